"""Fetching a URL: bytes, final URL and headers, and one clear InputError for every way it can fail.

Every request goes to a server the test starts on 127.0.0.1.
"""

from __future__ import annotations

import gzip
import socket
import time
import zlib

import pytest
from werkzeug.wrappers import Response

from reader import __version__
from reader.errors import InputError
from reader.io.fetch import MAX_REDIRECTS, fetch, header_charset, is_text_type, is_url, unsupported_scheme
from reader.io.load import load_bytes
from tests.servers import closed_port, no_proxy_env, proxy_server, silent_server, trickling_server

__all__ = ["no_proxy_env"]
pytestmark = pytest.mark.usefixtures("no_proxy_env")

PAGE = (
    "<!doctype html><html><head><title>Quay to open</title></head><body><article><h1>Quay to open</h1>"
    "<p>Maria Lopez, the harbour master of Port Elling, said on Monday that the new quay would open in May.</p>"
    "<p>The council had argued for years about the cost, and critics called it a vanity project.</p>"
    "</article></body></html>"
)


def _refused(url: str, **kwargs) -> str:
    with pytest.raises(InputError) as caught:
        fetch(url, **kwargs)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_a_plain_page_comes_back_with_its_final_url_headers_and_our_user_agent(httpserver) -> None:
    httpserver.expect_request("/page.html").respond_with_data(PAGE, content_type="text/html; charset=utf-8")
    page = fetch(httpserver.url_for("/page.html"))
    assert page.body == PAGE.encode()
    assert page.url == httpserver.url_for("/page.html")
    assert page.content_type == "text/html; charset=utf-8" and page.charset == "utf-8"
    request, _ = httpserver.log[0]
    assert request.headers["User-Agent"] == f"reader/{__version__} (terminal news-article reader)"
    assert "gzip" in request.headers["Accept-Encoding"] and "deflate" in request.headers["Accept-Encoding"]


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_compressed_page_is_undone(httpserver, encoding: str) -> None:
    data = gzip.compress(PAGE.encode()) if encoding == "gzip" else zlib.compress(PAGE.encode())
    httpserver.expect_request("/z.html").respond_with_data(
        data, headers={"Content-Encoding": encoding}, content_type="text/html"
    )
    assert fetch(httpserver.url_for("/z.html")).body == PAGE.encode()


def _redirect_chain(httpserver, length: int) -> str:
    for step in range(length):
        target = httpserver.url_for(f"/hop{step + 1}") if step + 1 < length else httpserver.url_for("/end.html")
        httpserver.expect_request(f"/hop{step}").respond_with_response(
            Response(status=302, headers={"Location": target})
        )
    httpserver.expect_request("/end.html").respond_with_data(PAGE, content_type="text/html")
    return httpserver.url_for("/hop0")


def test_redirects_are_followed_up_to_the_limit_and_the_final_url_kept(httpserver) -> None:
    page = fetch(_redirect_chain(httpserver, MAX_REDIRECTS))
    assert page.url == httpserver.url_for("/end.html") and page.body == PAGE.encode()


def test_one_redirect_too_many_is_refused(httpserver) -> None:
    assert _refused(_redirect_chain(httpserver, MAX_REDIRECTS + 1)).endswith("more than 5 redirects")


@pytest.mark.parametrize(("status", "words"), [(404, "404 NOT FOUND"), (500, "500 INTERNAL SERVER ERROR")])
def test_an_error_status_is_named(httpserver, status: int, words: str) -> None:
    httpserver.expect_request("/gone.html").respond_with_data("no", status=status)
    message = _refused(httpserver.url_for("/gone.html"))
    assert f"the server answered {status}" in message and message.upper().endswith(words)


def test_a_server_that_never_answers_times_out() -> None:
    with silent_server() as url:
        started = time.monotonic()
        message = _refused(url, timeout=1)
    assert time.monotonic() - started < 5
    assert "no complete answer within 1 s (--timeout changes it)" in message


def test_a_trickling_body_is_held_to_the_whole_timeout() -> None:
    with trickling_server(pause=0.3, chunks=40) as url:
        started = time.monotonic()
        message = _refused(url, timeout=1)
    assert time.monotonic() - started < 4  # 40 bytes at 0.3 s would take 12 s
    assert "within 1 s" in message


def test_a_refused_connection_says_so() -> None:
    assert _refused(f"http://127.0.0.1:{closed_port()}/x.html").endswith("the connection was refused")


def test_a_name_that_does_not_resolve_says_so(monkeypatch) -> None:
    def no_such_name(host, *args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)  # no resolver is ever asked
    assert _refused("http://no-such-host.invalid/page.html").endswith("the host name does not resolve")


def test_a_body_over_the_limit_is_refused_with_or_without_a_length(httpserver) -> None:
    httpserver.expect_request("/big.html").respond_with_data("a" * 5000, content_type="text/html")
    assert "over the 1,000 bytes limit (--max-bytes changes it)" in _refused(
        httpserver.url_for("/big.html"), max_bytes=1000
    )

    def chunked(_request):
        return Response((b"a" * 500 for _ in range(10)), content_type="text/plain")  # no Content-Length

    httpserver.expect_request("/stream.txt").respond_with_handler(chunked)
    assert "more than 1,000 bytes" in _refused(httpserver.url_for("/stream.txt"), max_bytes=1000)


def test_a_gzip_bomb_stops_at_the_limit(httpserver) -> None:
    bomb = gzip.compress(b"a" * 10_000_000)  # about 10 KB on the wire
    httpserver.expect_request("/bomb.html").respond_with_data(
        bomb, headers={"Content-Encoding": "gzip"}, content_type="text/html"
    )
    assert "over the" in _refused(httpserver.url_for("/bomb.html"), max_bytes=100_000)


@pytest.mark.parametrize("kind", ["application/pdf", "image/png", "application/zip"])
def test_content_that_is_not_text_or_html_is_refused_by_its_type(httpserver, kind: str) -> None:
    httpserver.expect_request("/file").respond_with_data(b"%PDF-1.4 ...", content_type=kind)
    assert _refused(httpserver.url_for("/file")).endswith(f"is {kind}, not text or HTML")


def test_a_proxy_from_the_environment_is_used(monkeypatch) -> None:
    with proxy_server() as (proxy, seen):
        monkeypatch.setenv("HTTP_PROXY", proxy)
        page = fetch("http://article.example/story.html")
    assert seen == ["http://article.example/story.html"]
    assert b"Served by the proxy" in page.body


def test_the_charset_comes_from_the_header_then_the_page(httpserver) -> None:
    words = "Café society: “naïve” señor Grüße"
    html = f"<html><head><title>T</title></head><body><article><p>{words}, she said on Monday at the café.</p></article></body></html>"
    meta = html.replace("<head>", '<head><meta charset="windows-1252">')
    httpserver.expect_request("/meta.html").respond_with_data(meta.encode("cp1252"), content_type="text/html")
    page = fetch(httpserver.url_for("/meta.html"))
    assert page.charset is None
    loaded = load_bytes(page.body, page.url, charset=page.charset)
    assert loaded.encoding == "cp1252" and words in loaded.text

    russian = "Министр иностранных дел Сергей Лавров заявил в понедельник, что переговоры продолжатся."
    body = f"<html><body><article><p>{russian}</p></article></body></html>".encode("cp1251")
    httpserver.expect_request("/ru.html").respond_with_data(body, content_type="text/html; charset=windows-1251")
    page = fetch(httpserver.url_for("/ru.html"))
    loaded = load_bytes(page.body, page.url, charset=page.charset)
    assert loaded.encoding == "cp1251" and russian in loaded.text


def test_url_and_content_type_helpers() -> None:
    assert is_url("https://x.example/a") and is_url("HTTP://x") and not is_url("page.html")
    assert unsupported_scheme("ftp://x/a") == "ftp" and unsupported_scheme("https://x") is None
    assert header_charset('text/html; Charset="ISO-8859-1"') == "ISO-8859-1" and header_charset("text/html") is None
    assert is_text_type(None) and is_text_type("text/plain") and is_text_type("application/xhtml+xml")
    assert not is_text_type("application/pdf") and not is_text_type("image/jpeg")


def test_httpx_is_imported_only_when_a_url_is_fetched(tmp_path) -> None:
    import subprocess
    import sys

    path = tmp_path / "a.txt"
    path.write_text("The mayor said the quay would open in May, after years of argument.\n")
    code = (
        "import sys, contextlib, io; from reader.cli import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()): main(['--text', {str(path)!r}])\n"
        "print('httpx' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr
