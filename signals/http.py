"""The one HTTP fetcher every collector uses: timeouts, bounded retries, size caps, conditional GET.

Errors form a small tree (`FetchError` and its subclasses) whose messages name the URL and say
what went wrong in words a person can act on. Nothing here retries forever or reads an
unbounded body.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx
from tenacity import (
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential_jitter,
)

DEFAULT_USER_AGENT = "Outrider/0.1 (+https://github.com/outrider-dev/outrider)"
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


class FetchError(Exception):
    """A fetch failed. `url` says where; the message says what to do about it."""

    def __init__(self, url: str, message: str, *, status: int | None = None) -> None:
        super().__init__(f"{message} ({url})")
        self.url = url
        self.status = status
        self.reason = message


class FetchTimeout(FetchError):
    """The server did not answer in time."""


class FetchTransportError(FetchError):
    """The connection failed (refused, reset, DNS)."""


class FetchHTTPError(FetchError):
    """The server answered with an error status."""

    @property
    def transient(self) -> bool:
        return self.status is not None and (self.status == 429 or self.status >= 500)


class FetchTooLarge(FetchError):
    """The body exceeded the size cap; nothing of it is used."""


@dataclass
class FetchResult:
    url: str
    status: int
    content: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text(self) -> str:
        charset = None
        ctype = self.headers.get("content-type", "")
        if "charset=" in ctype:
            charset = ctype.split("charset=", 1)[1].split(";")[0].strip().strip('"')
        try:
            return self.content.decode(charset or "utf-8", errors="replace")
        except LookupError:
            return self.content.decode("utf-8", errors="replace")


class _HostLimiter:
    """At most `rate` requests a second to any one host (EDGAR asks for fewer than 10)."""

    def __init__(self, rate: float | None, per_host: Mapping[str, float] | None = None) -> None:
        self.rate = rate
        self.per_host = dict(per_host or {})
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str) -> None:
        rate = self.per_host.get(host, self.rate)
        if not rate:
            return
        interval = 1.0 / rate
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next.get(host, now))
            self._next[host] = slot + interval
        delay = slot - now
        if delay > 0:
            time.sleep(delay)


def _is_transient(exc: BaseException) -> bool:
    if isinstance(exc, FetchHTTPError):
        return exc.transient
    return isinstance(exc, FetchTimeout | FetchTransportError)


class Fetcher:
    """A polite HTTP client. One per process is enough; it is thread-safe."""

    def __init__(
        self,
        *,
        user_agent: str = DEFAULT_USER_AGENT,
        timeout: float = 20.0,
        max_bytes: int = DEFAULT_MAX_BYTES,
        attempts: int = 3,
        backoff: float = 0.5,
        rate_per_host: float | None = None,
        host_rates: Mapping[str, float] | None = None,
        transport: httpx.BaseTransport | None = None,
        max_connections: int = 20,
    ) -> None:
        self.max_bytes = max_bytes
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self._limiter = _HostLimiter(rate_per_host, host_rates)
        self._client = httpx.Client(
            headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            follow_redirects=True,
            transport=transport,
            limits=httpx.Limits(
                max_connections=max_connections, max_keepalive_connections=max_connections
            ),
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        headers: Mapping[str, str] | None = None,
        max_bytes: int | None = None,
        timeout: float | None = None,
    ) -> FetchResult:
        """GET `url`. A 304 comes back as a result with `not_modified`; errors raise FetchError."""
        request_headers = dict(headers or {})
        if etag:
            request_headers["If-None-Match"] = etag
        if last_modified:
            request_headers["If-Modified-Since"] = last_modified
        cap = max_bytes or self.max_bytes
        retrying = Retrying(
            stop=stop_after_attempt(self.attempts),
            wait=wait_exponential_jitter(multiplier=self.backoff, max=self.backoff * 8, jitter=self.backoff),
            retry=retry_if_exception(_is_transient),
            reraise=True,
        )
        for attempt in retrying:
            with attempt:
                return self._get_once(url, request_headers, cap, timeout)
        raise AssertionError("unreachable")  # pragma: no cover

    def _get_once(
        self, url: str, headers: dict[str, str], cap: int, timeout: float | None = None
    ) -> FetchResult:
        host = urlsplit(url).hostname or ""
        if not host:
            raise FetchError(url, "not an absolute http(s) URL")
        self._limiter.wait(host)
        try:
            options = {"timeout": httpx.Timeout(timeout, connect=min(timeout, 10.0))} if timeout else {}
            with self._client.stream("GET", url, headers=headers, **options) as response:
                if response.status_code == 304:
                    response.read()  # an empty body, read so the connection goes back to the pool
                    return FetchResult(
                        url=str(response.url),
                        status=304,
                        etag=response.headers.get("etag") or headers.get("If-None-Match"),
                        last_modified=response.headers.get("last-modified")
                        or headers.get("If-Modified-Since"),
                        headers=response.headers,
                    )
                if response.status_code >= 400:
                    raise FetchHTTPError(
                        url,
                        _status_advice(response.status_code),
                        status=response.status_code,
                    )
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > cap:
                    raise FetchTooLarge(
                        url, f"the response is {int(declared):,} bytes, over the {cap:,}-byte cap"
                    )
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > cap:
                        raise FetchTooLarge(url, f"the response is over the {cap:,}-byte cap")
                    chunks.append(chunk)
                return FetchResult(
                    url=str(response.url),
                    status=response.status_code,
                    content=b"".join(chunks),
                    etag=response.headers.get("etag"),
                    last_modified=response.headers.get("last-modified"),
                    headers=response.headers,
                )
        except httpx.TimeoutException as exc:
            raise FetchTimeout(url, "the server did not answer in time") from exc
        except httpx.TransportError as exc:
            raise FetchTransportError(url, f"could not connect: {exc.__class__.__name__}") from exc
        except httpx.InvalidURL as exc:
            raise FetchError(url, "not a valid URL") from exc


def _status_advice(status: int) -> str:
    if status == 404:
        return "HTTP 404: the address does not exist; check the URL in outrider.toml"
    if status in (401, 403):
        return f"HTTP {status}: the server refused access; check credentials or the User-Agent"
    if status == 429:
        return "HTTP 429: rate limited by the server; it will be retried later"
    if status >= 500:
        return f"HTTP {status}: the server failed; it will be retried later"
    return f"HTTP {status}"
