"""A real HTTP server on 127.0.0.1 for fetch and feed tests: scripted replies, counted requests.

Each path answers with a fixed Reply or a function of the request (for 304s, "500 then
200", compression). Nothing here reaches beyond loopback.
"""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import brotli

_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]  # lower-case names
    client_port: int = 0  # the same port twice means the connection was reused


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds of silence before the status line
    filler: int = 0  # send this many bytes of filler instead of `body`
    declare_length: bool = True  # whether a filler body announces its Content-Length


Route = Reply | Callable[[Request], Reply]


def html(text: str, **headers: str) -> Reply:
    return Reply(200, text.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8", **headers})


def redirect(to: str, status: int = 302) -> Reply:
    return Reply(status, b"", {"Location": to})


def in_turn(*replies: Reply) -> Callable[[Request], Reply]:
    """The replies one per request, the last one repeated ("500 then 200")."""
    queue = list(replies)

    def answer(_request: Request) -> Reply:
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return answer


def conditional(reply: Reply, etag: str | None, last_modified: str | None = None) -> Route:
    """`reply` with validators; 304 when the request carries a matching one."""
    validators = {"ETag": etag, "Last-Modified": last_modified}
    full = replace(reply, headers={**reply.headers, **{k: v for k, v in validators.items() if v}})

    def answer(request: Request) -> Reply:
        matches = (etag and request.headers.get("if-none-match") == etag) or (
            last_modified and request.headers.get("if-modified-since") == last_modified
        )
        return Reply(304, b"", {k: v for k, v in validators.items() if v}) if matches else full

    return answer


def compressed(reply: Reply, coding: str) -> Callable[[Request], Reply]:
    """`reply` encoded with `coding` (gzip, deflate, br) when the client accepts it."""
    encode = {"gzip": gzip.compress, "deflate": zlib.compress, "br": brotli.compress}[coding]

    def answer(request: Request) -> Reply:
        offered = request.headers.get("accept-encoding", "").split(",")
        if coding not in [c.split(";")[0].strip() for c in offered]:
            return reply
        headers = {**reply.headers, "Content-Encoding": coding}
        return Reply(reply.status, encode(reply.body), headers)

    return answer


class LoopbackSite:
    """Serve `routes` on an ephemeral port; unknown paths (robots.txt too) are 404."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.sent: Counter[str] = Counter()  # body bytes written per path before the client left
        self.finished: Counter[str] = Counter()  # requests fully handled, per path
        self.closing = threading.Event()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def hits(self, path: str) -> int:
        with self._lock:
            return sum(1 for request in self.requests if request.path == path)

    def requests_to(self, path: str) -> list[Request]:
        with self._lock:
            return [request for request in self.requests if request.path == path]

    def wait_finished(self, path: str, count: int = 1, timeout: float = 5.0) -> None:
        """Until the server is done with `count` requests to `path` (it may still be writing)."""
        ends = time.monotonic() + timeout
        while self.finished[path] < count and time.monotonic() < ends:
            time.sleep(0.01)

    def record(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)

    def start(self) -> LoopbackSite:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.closing.set()
        self._server.shutdown()
        self._server.server_close()


def _handler_for(site: LoopbackSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            headers = {k.lower(): v for k, v in self.headers.items()}
            request = Request(path, headers, self.client_address[1])
            site.record(request)
            route = site.routes.get(path, Reply(404, b"not here", {"Content-Type": "text/plain"}))
            reply = route(request) if callable(route) else route
            try:
                if not (reply.delay and site.closing.wait(reply.delay)):
                    self._send(path, reply)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True
            finally:
                site.finished[path] += 1

        def _send(self, path: str, reply: Reply) -> None:
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            size = reply.filler if reply.filler else len(reply.body)
            if reply.declare_length or not reply.filler:
                self.send_header("Content-Length", str(size))
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            for chunk in _chunks(reply):
                self.wfile.write(chunk)
                site.sent[path] += len(chunk)

        def log_message(self, *_args: object) -> None:
            pass

    return Handler


def _chunks(reply: Reply) -> Iterator[bytes]:
    if not reply.filler:
        yield reply.body
        return
    block = (b"<p>" + b"filler " * (_CHUNK // 7))[:_CHUNK]
    left = reply.filler
    while left > 0:
        yield block[:left]
        left -= len(block)
