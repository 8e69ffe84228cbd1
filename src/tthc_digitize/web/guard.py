"""What stands between the public and the register: security headers on every answer, a token
bucket per client address, and an upload size limit enforced on the declared length and again while
the body streams in (a client that lies about, or omits, Content-Length is cut off at the limit)."""

from __future__ import annotations

import threading
import time

HEADERS = [
    (b"content-security-policy", b"default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                                 b"frame-ancestors 'none'; base-uri 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
]


class TooLarge(Exception):
    """The request body passed the upload limit."""


class Buckets:
    """Token buckets per client: ``rate`` requests a second on average, bursts up to ``burst``."""

    def __init__(self, rate: float, burst: int, max_clients: int = 10_000) -> None:
        self.rate, self.burst, self.max_clients = rate, burst, max_clients
        self._state: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, client: str) -> float:
        """0 when the request may go ahead, else the seconds to wait."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._state.get(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= 1:
                self._state[client] = (tokens - 1, now)
                wait = 0.0
            else:
                self._state[client] = (tokens, now)
                wait = (1 - tokens) / self.rate
            if len(self._state) > self.max_clients:  # forget the oldest rather than grow without bound
                for key in sorted(self._state, key=lambda k: self._state[k][1])[: self.max_clients // 10]:
                    del self._state[key]
        return wait


class Guard:
    """ASGI middleware: headers, per-client limits (uploads have their own, stricter bucket) and the
    body size limit. ``render_refusal(status, key, lang)`` builds the page for a refusal."""

    def __init__(self, app, *, max_body: int, lookups: Buckets, uploads: Buckets, render_refusal) -> None:
        self.app, self.max_body = app, max_body
        self.lookups, self.uploads = lookups, uploads
        self.render_refusal = render_refusal

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *HEADERS]}
            await send(message)

        lang = "en" if b"lang=en" in scope.get("query_string", b"") else "vi"
        client = (scope.get("client") or ("?", 0))[0]
        upload = scope["method"] == "POST"
        wait = (self.uploads if upload else self.lookups).take(client)
        if wait:
            return await self._refuse(send_with_headers, 429, "serve.throttled", lang,
                                      [(b"retry-after", str(max(1, round(wait))).encode())])
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            return await self._refuse(send_with_headers, 413, "serve.too_large", lang)
        seen = 0

        async def counted_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise TooLarge
            return message

        await self.app(scope, counted_receive if upload else receive, send_with_headers)

    async def _refuse(self, send, status: int, key: str, lang: str, extra=()) -> None:
        body = self.render_refusal(status, key, lang).encode("utf-8")
        await send({"type": "http.response.start", "status": status, "headers": [
            (b"content-type", b"text/html; charset=utf-8"), (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"), *extra]})
        await send({"type": "http.response.body", "body": body})
