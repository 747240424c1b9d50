"""Fetch: an http(s) URL → the page's bytes, its final URL after redirects, and its headers.

Only the transport: the bytes are decoded by the same code as a file's (`load.load_bytes`). Every
failure is an InputError with one line that says what went wrong (the name, the connection, the
time, the status, the size, the kind of content). httpx is imported on the first fetch only.
"""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

from reader import __version__
from reader.errors import InputError
from reader.io.load import DEFAULT_MAX_BYTES, too_large_message

DEFAULT_TIMEOUT = 30.0
MAX_REDIRECTS = 5
USER_AGENT = f"reader/{__version__} (terminal news-article reader)"
_URL = re.compile(r"\Ahttps?://", re.I)
_OTHER_SCHEME = re.compile(r"\A[a-z][a-z0-9+.-]*://", re.I)
# What an article can be: any text, or a page. Everything else (PDF, images, archives) is refused
# before its body is read.
_TEXT_TYPES = ("application/xhtml+xml", "application/xml")


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A page as the server sent it: body with any gzip/deflate undone, final URL, headers."""

    url: str
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)  # names in lower case

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    @property
    def charset(self) -> str | None:
        """The charset the Content-Type header declares, as written, or None."""
        return header_charset(self.content_type)


def is_url(text: str) -> bool:
    """True for what `reader` fetches instead of opening: an http:// or https:// address."""
    return bool(_URL.match(text))


def unsupported_scheme(text: str) -> str | None:
    """`ftp` for `ftp://…` and the like (a URL reader does not fetch), else None."""
    if _OTHER_SCHEME.match(text) and not is_url(text):
        return text.split(":", 1)[0]
    return None


def header_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip("\"'"):
            return value.strip().strip("\"'")
    return None


def media_type(content_type: str | None) -> str | None:
    return content_type.split(";", 1)[0].strip().lower() or None if content_type else None


def is_text_type(content_type: str | None) -> bool:
    """Text or HTML (or no type at all: the bytes are checked for binary formats later)."""
    kind = media_type(content_type)
    return kind is None or kind.startswith("text/") or kind in _TEXT_TYPES


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES) -> FetchedPage:
    """GET `url`, following at most MAX_REDIRECTS redirects, within `timeout` seconds for the
    connection and for the whole body, reading no more than `max_bytes` (after decompression).

    Honours HTTP_PROXY / HTTPS_PROXY / ALL_PROXY / NO_PROXY and SSL_CERT_FILE. Raises InputError.
    """
    import httpx

    deadline = time.monotonic() + timeout
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/*;q=0.9,*/*;q=0.1"}
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                timeout=httpx.Timeout(timeout),
                headers=headers,
                trust_env=True,
            ) as client,
            client.stream("GET", url) as response,
        ):
            final = str(response.url)
            if response.status_code >= 400:
                phrase = f" {response.reason_phrase}" if response.reason_phrase else ""
                raise InputError(f"cannot fetch {url}: the server answered {response.status_code}{phrase}")
            content_type = response.headers.get("content-type")
            if not is_text_type(content_type):
                raise InputError(f"{final} is {media_type(content_type)}, not text or HTML")
            _check_declared_length(response.headers, final, max_bytes)
            body = _read_body(response, final, max_bytes, deadline, timeout)
            page_headers = {name.lower(): value for name, value in response.headers.items()}
    except httpx.TooManyRedirects:
        raise InputError(f"cannot fetch {url}: more than {MAX_REDIRECTS} redirects") from None
    except httpx.TimeoutException:
        raise InputError(_timed_out(url, timeout)) from None
    except httpx.ConnectError as error:
        raise InputError(f"cannot fetch {url}: {_connect_problem(error)}") from None
    except httpx.InvalidURL as error:
        raise InputError(f"cannot fetch {url}: not a valid URL ({error})") from None
    except httpx.UnsupportedProtocol:
        raise InputError(f"cannot fetch {url}: a redirect led to a URL that is not http or https") from None
    except (httpx.HTTPError, httpx.StreamError) as error:  # protocol errors, a broken connection
        raise InputError(f"cannot fetch {url}: {_first_line(error) or type(error).__name__}") from None
    except OSError as error:  # a proxy or certificate file named in the environment that cannot be read
        raise InputError(f"cannot fetch {url}: {error.strerror or error}") from None
    return FetchedPage(final, body, page_headers)


def _check_declared_length(headers: Mapping[str, str], url: str, max_bytes: int) -> None:
    """Refuse early when the server says the (uncompressed) body is too large."""
    length = headers.get("content-length", "")
    if length.isdigit() and not headers.get("content-encoding") and int(length) > max_bytes:
        raise InputError(too_large_message(url, int(length), max_bytes))


def _read_body(response, url: str, max_bytes: int, deadline: float, timeout: float) -> bytes:
    """The body, counted as it arrives (a lying Content-Length or a gzip bomb stops at the limit)."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise InputError(too_large_message(url, None, max_bytes))
        if time.monotonic() > deadline:  # a server that trickles: each read is in time, the whole is not
            raise InputError(_timed_out(url, timeout))
        chunks.append(chunk)
    return b"".join(chunks)


def _timed_out(url: str, timeout: float) -> str:
    return f"cannot fetch {url}: no complete answer within {timeout:g} s (--timeout changes it)"


def _connect_problem(error: BaseException) -> str:
    """Name the usual causes: the name does not resolve, nothing listens, else the system's words."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, socket.gaierror):
            return "the host name does not resolve"
        if isinstance(seen, ConnectionRefusedError):
            return "the connection was refused"
        seen = seen.__cause__ or seen.__context__
    text = _first_line(error)
    if "Name or service not known" in text or "nodename nor servname" in text or "getaddrinfo" in text:
        return "the host name does not resolve"
    if "Connection refused" in text or "Errno 111" in text:
        return "the connection was refused"
    return text or "the connection failed"


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else ""
