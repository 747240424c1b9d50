"""`reader URL`: the same Document as the same bytes in a file, kept for offline reopening, and one
`reader:` line with exit 2 (nothing on stdout) for every way a fetch fails. All servers are on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import html
import io
import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug.wrappers import Response

from reader.cli import main
from tests.servers import closed_port, no_proxy_env, silent_server

__all__ = ["no_proxy_env"]
pytestmark = pytest.mark.usefixtures("no_proxy_env", "fresh_user_dirs")


@pytest.fixture
def fresh_user_dirs(tmp_path: Path, monkeypatch) -> Path:
    """An empty page store, analysis cache and history for each test (and for its subprocesses)."""
    from reader import batch

    home = tmp_path / "home"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    batch._process_pages.cache_clear()
    batch._process_cache.cache_clear()
    yield home
    batch._process_pages.cache_clear()
    batch._process_cache.cache_clear()


def sample_html(sample_path: Path) -> bytes:
    """The sample article as a simple page: its first line the title and headline, each line a <p>."""
    lines = [line for line in sample_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
    title = html.escape(lines[0])
    return (
        f'<!doctype html>\n<html><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta name="author" content="Jane Doe"><meta property="og:site_name" content="Example News"></head>\n'
        f"<body><article><h1>{title}</h1>\n{body}\n</article></body></html>\n"
    ).encode()


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return status, out.getvalue(), err.getvalue()


def assert_refused(args: tuple[str, ...], *words: str) -> str:
    status, out, err = run(*args)
    assert (status, out) == (2, ""), err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: "), err
    assert "Traceback" not in err
    for word in words:
        assert word in lines[0]
    return lines[0]


@contextlib.contextmanager
def own_server():
    """A server this test can stop (the `httpserver` fixture lives for the whole session)."""
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    try:
        yield server
    finally:
        if server.is_running():
            server.stop()


# -- the same Document as the file ---------------------------------------------------------------
def test_json_of_a_url_equals_json_of_the_same_bytes_in_a_file(httpserver, sample_path, tmp_path, nlp) -> None:
    page = sample_html(sample_path)
    path = tmp_path / "panjshir.html"
    path.write_bytes(page)
    httpserver.expect_request("/panjshir").respond_with_response(
        Response(status=301, headers={"Location": httpserver.url_for("/news/panjshir.html")})
    )
    httpserver.expect_request("/news/panjshir.html").respond_with_data(page, content_type="text/html")
    status, out, err = run("--json", httpserver.url_for("/panjshir"))
    assert status == 0, err
    from_url = json.loads(out)
    status, out, err = run("--json", str(path))
    assert status == 0, err
    from_file = json.loads(out)
    assert from_url.pop("source") == httpserver.url_for("/news/panjshir.html")  # the final URL
    assert from_file.pop("source") == str(path)
    assert from_url == from_file
    assert from_url["meta"]["author"] == "Jane Doe" and from_url["meta"]["site"] == "Example News"
    assert len(from_url["entities"]) > 10 and len(from_url["quotes"]) >= 4  # analysed, not empty
    assert "Lavrov" in from_url["text"]


def test_text_of_a_gzipped_page(httpserver, sample_path) -> None:
    import gzip

    httpserver.expect_request("/gz.html").respond_with_data(
        gzip.compress(sample_html(sample_path)), headers={"Content-Encoding": "gzip"}, content_type="text/html"
    )
    status, out, err = run("--text", httpserver.url_for("/gz.html"))
    assert status == 0, err
    assert out.startswith("Taliban asks Russia") and "Advertisement" not in out


# -- the page store ------------------------------------------------------------------------------
def test_a_second_open_is_served_from_the_store_with_the_server_gone(sample_path) -> None:
    with own_server() as server:
        server.expect_request("/a.html").respond_with_data(sample_html(sample_path), content_type="text/html")
        url = server.url_for("/a.html")
        first = run("--text", url)
        assert first[0] == 0, first[2]
        server.stop()
        assert run("--text", url) == first  # offline, from the store
        status, out, err = run("--json", "--no-analysis", url)  # the batch path uses the same store
        assert status == 0 and json.loads(out)["title"].startswith("Taliban"), err
        assert_refused(("--text", "--refresh", url), "connection was refused")  # --refresh really fetches


def test_refresh_takes_the_new_version(httpserver) -> None:
    def page(words: str) -> str:
        return f"<html><head><title>{words}</title></head><body><article><p>{words} said the mayor on Monday, and the council agreed after a long debate.</p></article></body></html>"

    httpserver.expect_oneshot_request("/changing.html").respond_with_data(page("Old news"), content_type="text/html")
    url = httpserver.url_for("/changing.html")
    assert "Old news" in run("--text", url)[1]
    httpserver.expect_oneshot_request("/changing.html").respond_with_data(page("New news"), content_type="text/html")
    assert "Old news" in run("--text", url)[1]  # stored: the server is not asked
    assert "New news" in run("--text", "--refresh", url)[1]
    assert "New news" in run("--text", url)[1]  # and the new copy is kept


# -- every failure: exit 2, one line, nothing on stdout ------------------------------------------
MODES = [("--text",), ("--json",), ("--json", "--no-analysis"), ()]


@pytest.mark.parametrize("mode", MODES)
def test_http_errors_name_the_status(httpserver, mode) -> None:
    httpserver.expect_request("/missing.html").respond_with_data("gone", status=404)
    httpserver.expect_request("/broken.html").respond_with_data("oops", status=500)
    assert_refused((*mode, httpserver.url_for("/missing.html")), "the server answered 404")
    assert_refused((*mode, httpserver.url_for("/broken.html")), "the server answered 500")


@pytest.mark.parametrize("mode", MODES)
def test_a_refused_connection(mode) -> None:
    assert_refused((*mode, f"http://127.0.0.1:{closed_port()}/a.html"), "connection was refused")


@pytest.mark.parametrize("mode", MODES)
def test_a_name_that_does_not_resolve(mode, monkeypatch) -> None:
    def no_such_name(host, *args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    assert_refused((*mode, "https://no-such-host.invalid/a.html"), "no-such-host.invalid", "does not resolve")


def test_a_server_that_never_answers_with_timeout_1() -> None:
    with silent_server() as url:
        assert_refused(("--text", "--timeout", "1", url), "within 1 s", "--timeout")
        assert_refused(("--json", "--timeout", "1", url), "within 1 s")


def test_a_body_over_max_bytes(httpserver) -> None:
    httpserver.expect_request("/big.html").respond_with_data("<p>" + "word " * 2000 + "</p>", content_type="text/html")
    assert_refused(("--text", "--max-bytes", "1000", httpserver.url_for("/big.html")), "--max-bytes")
    assert_refused(("--json", "--max-bytes", "1000", httpserver.url_for("/big.html")), "--max-bytes")


def test_a_pdf_and_an_image_are_refused_by_type(httpserver) -> None:
    httpserver.expect_request("/paper.pdf").respond_with_data(b"%PDF-1.4\n...", content_type="application/pdf")
    httpserver.expect_request("/photo").respond_with_data(b"\x89PNG\r\n\x1a\n", content_type="image/png")
    assert_refused(("--text", httpserver.url_for("/paper.pdf")), "application/pdf, not text or HTML")
    assert_refused(("--json", httpserver.url_for("/photo")), "image/png")


def test_too_many_redirects(httpserver) -> None:
    httpserver.expect_request("/loop").respond_with_response(
        Response(status=302, headers={"Location": httpserver.url_for("/loop")})
    )
    assert_refused(("--text", httpserver.url_for("/loop")), "more than 5 redirects")


def test_another_scheme_and_bad_timeouts_are_refused() -> None:
    assert_refused(("--text", "ftp://127.0.0.1/a.txt"), "http:// and https:// URLs only")
    assert_refused(("--text", "--timeout", "0", "x.txt"), "--timeout")
    assert_refused(("--text", "--timeout", "soon", "x.txt"), "--timeout")


def test_control_characters_in_a_url_are_shown_not_sent(httpserver) -> None:
    line = assert_refused(("--text", httpserver.url_for("/a\x1b]0;pwned\x07.html")))
    assert "\x1b" not in line and "\x07" not in line and "␛" in line


def test_the_installed_entry_point_fails_the_same_way() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--json", f"http://127.0.0.1:{closed_port()}/a.html"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("reader: ") and "Traceback" not in result.stderr
