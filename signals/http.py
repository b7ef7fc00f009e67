"""The one HTTP fetcher every collector uses: SSRF guard, deadlines, retries, size caps, conditional GET.

Errors form a small tree (`FetchError` and its subclasses) whose messages name the URL and say
what went wrong in words a person can act on. Nothing here retries forever, reads an unbounded
body, or waits past its deadline: `timeout` covers the whole request (connect, headers and every
read of the body), and a source's deadline (`Fetcher.bounded`) caps every request and retry made
for it. Every connection, including each redirect hop, goes only to an address the
`signals.netguard.AddressPolicy` allows, and to exactly the address it checked.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import httpx
from tenacity import (
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential_jitter,
)

from signals.netguard import AddressPolicy, AddressRefused

DEFAULT_USER_AGENT = "Outrider/0.1 (+https://github.com/outrider-dev/outrider)"
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
#: Redirects followed per request; the next one is an error naming the chain.
MAX_REDIRECTS = 5


class FetchError(Exception):
    """A fetch failed. `url` says where; the message says what to do about it."""

    def __init__(self, url: str, message: str, *, status: int | None = None) -> None:
        super().__init__(f"{message} ({url})")
        self.url = url
        self.status = status
        self.reason = message


class FetchTimeout(FetchError):
    """The server did not finish answering within the request's timeout."""


class FetchDeadline(FetchTimeout):
    """The source's deadline passed; nothing more is fetched for it this run (never retried)."""


class FetchTransportError(FetchError):
    """The connection failed (refused, reset, DNS)."""


class FetchHTTPError(FetchError):
    """The server answered with an error status."""

    @property
    def transient(self) -> bool:
        return self.status is not None and (self.status == 429 or self.status >= 500)


class FetchTooLarge(FetchError):
    """The body exceeded the size cap; nothing of it is used."""


class FetchRefused(FetchError):
    """The address (or a redirect's address) is one the network policy refuses; nothing was read from it."""


class FetchRedirectError(FetchError):
    """Too many redirects, a redirect loop, or a redirect to something that is not http(s)."""


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


# --------------------------------------------------------------------------- guarded connections

#: The monotonic time by which the request running on this thread must be done. Set by
#: `Fetcher` around one request (sync httpx does all of a request's I/O on the calling thread);
#: every socket operation of that request waits at most until then.
_DEADLINE: ContextVar[float | None] = ContextVar("outrider_fetch_deadline", default=None)


def _clamp(timeout: float | None, error: type[Exception]) -> float | None:
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise error("the request's deadline passed")
    return remaining if timeout is None else min(timeout, remaining)


class _DeadlineStream:
    """A socket stream whose every read and write ends by the request's deadline.

    httpx's own timeouts apply to each read, so a server trickling a byte every few seconds
    never trips them; clamping each read to the time left makes the timeout cover the request.
    """

    def __init__(self, stream: Any, core: ModuleType) -> None:
        self._stream = stream
        self._core = core

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _clamp(timeout, self._core.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _clamp(timeout, self._core.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        # TLS runs over the checked socket; SNI and the certificate check use the URL's host name.
        inner = self._stream.start_tls(ssl_context, server_hostname, _clamp(timeout, self._core.ConnectTimeout))
        return _DeadlineStream(inner, self._core)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _GuardedBackend:
    """An httpcore network backend that resolves the host itself, checks every address with the
    policy and connects to a checked one.

    Resolving and connecting in one place is what closes the DNS-rebinding gap: the address that
    was checked is the address the socket goes to, never a second lookup's answer. It implements
    the whole backend interface (no fallthrough), so a connect path it does not know fails
    instead of going round the check.
    """

    def __init__(self, policy: AddressPolicy, core: ModuleType) -> None:
        self.policy = policy
        self._core = core
        self._inner = core.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> _DeadlineStream:
        core = self._core
        try:
            addresses = self.policy.addresses_for(host, port)
        except AddressRefused:
            raise
        except OSError as exc:
            raise core.ConnectError(str(exc)) from exc
        failure: Exception | None = None
        for address in addresses:
            try:
                stream = self._inner.connect_tcp(
                    address,
                    port,
                    timeout=_clamp(timeout, core.ConnectTimeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (core.ConnectError, core.ConnectTimeout) as exc:
                failure = exc  # the name's next address may answer
                continue
            return _DeadlineStream(stream, core)
        assert failure is not None
        raise failure

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options: Any = None) -> Any:
        raise AddressRefused(path, None, "unix sockets are never fetched")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


_SSL_CONTEXTS: dict[tuple[str, bool], Any] = {}
_SSL_LOCK = threading.Lock()


def shared_ssl_context(client_module: ModuleType = httpx, *, verify: bool = True) -> Any:
    """One SSL context per process (per client library and verify setting), shared by every
    fetcher and client: building one reads the CA bundle and costs a few hundred milliseconds,
    and an SSLContext is safe to share between connections and threads."""
    key = (client_module.__name__, bool(verify))
    with _SSL_LOCK:
        context = _SSL_CONTEXTS.get(key)
        if context is None:
            context = _SSL_CONTEXTS[key] = client_module.create_ssl_context(verify=verify)
        return context


def guarded_transport(
    policy: AddressPolicy,
    *,
    client_module: ModuleType = httpx,
    limits: Any = None,
    verify: bool = True,
) -> Any:
    """An HTTP transport whose every connection goes only where `policy` allows.

    It is the client library's own HTTPTransport with its connection pool rebuilt on
    `_GuardedBackend` (HTTPTransport takes no network backend; its pool has been `_pool` since
    httpx 0.18). `client_module` is httpx, or the httpx fork a client library is built on (the
    openai SDK's httpx2): the matching httpcore is read off the transport's own pool. A custom
    transport also turns off the client's HTTP(S)_PROXY handling: through a proxy, the proxy
    would resolve the target and the check would mean nothing.
    """
    limits = limits or client_module.Limits()
    ssl_context = shared_ssl_context(client_module, verify=verify)
    transport = client_module.HTTPTransport(verify=ssl_context, limits=limits)
    pool = getattr(transport, "_pool", None)
    core = sys.modules.get(type(pool).__module__.split(".")[0])
    if core is None or not isinstance(pool, core.ConnectionPool):  # pragma: no cover - a future httpx
        raise RuntimeError(f"{client_module.__name__} keeps its connection pool elsewhere; update guarded_transport")
    pool.close()
    transport._pool = core.ConnectionPool(
        ssl_context=ssl_context,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=_GuardedBackend(policy, core),
    )
    return transport


# --------------------------------------------------------------------------- the fetcher


def _is_transient(exc: BaseException) -> bool:
    if isinstance(exc, FetchDeadline):
        return False
    if isinstance(exc, FetchHTTPError):
        return exc.transient
    return isinstance(exc, FetchTimeout | FetchTransportError)


def _seconds(value: float) -> str:
    return f"{value:g} s" if value < 10 else f"{value:.0f} s"


class Fetcher:
    """A polite HTTP client. One per process is enough; it is thread-safe.

    Connections go only where `address_policy` (default: public addresses only, or every
    address with `allow_private=True`) allows. A `transport` given for tests (httpx.MockTransport)
    replaces the connection layer, and with it the address check, which lives at connect time:
    a mock never connects anywhere.
    """

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
        allow_private: bool = False,
        address_policy: AddressPolicy | None = None,
        max_redirects: int = MAX_REDIRECTS,
    ) -> None:
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.max_redirects = max_redirects
        self.address_policy = address_policy or AddressPolicy(allow_private=allow_private)
        self._limiter = _HostLimiter(rate_per_host, host_rates)
        limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
        self._client = httpx.Client(
            headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            # Redirects are followed here, hop by hop, so each is counted, loop-checked and named.
            follow_redirects=False,
            transport=transport or guarded_transport(self.address_policy, limits=limits),
            limits=limits,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def bounded(self, deadline: float) -> BoundedFetcher:
        """This fetcher, with every request (and retry) ending by `deadline` (time.monotonic())."""
        return BoundedFetcher(self, deadline)

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        headers: Mapping[str, str] | None = None,
        max_bytes: int | None = None,
        timeout: float | None = None,
        deadline: float | None = None,
    ) -> FetchResult:
        """GET `url`. A 304 comes back as a result with `not_modified`; errors raise FetchError.

        `timeout` (default: the fetcher's) bounds each attempt as a whole; `deadline` (a
        time.monotonic() value) bounds every attempt and the waits between them.
        """
        request_headers = dict(headers or {})
        if etag:
            request_headers["If-None-Match"] = etag
        if last_modified:
            request_headers["If-Modified-Since"] = last_modified
        cap = max_bytes or self.max_bytes

        def out_of_time(state: Any) -> bool:
            upcoming = getattr(state, "upcoming_sleep", 0.0) or 0.0
            return deadline is not None and time.monotonic() + upcoming >= deadline

        retrying = Retrying(
            stop=stop_after_attempt(self.attempts) | out_of_time,
            wait=wait_exponential_jitter(multiplier=self.backoff, max=self.backoff * 8, jitter=self.backoff),
            retry=retry_if_exception(_is_transient),
            reraise=True,
        )
        for attempt in retrying:
            with attempt:
                return self._get_once(url, request_headers, cap, timeout or self.timeout, deadline)
        raise AssertionError("unreachable")  # pragma: no cover

    def _get_once(
        self, url: str, headers: dict[str, str], cap: int, timeout: float, source_deadline: float | None
    ) -> FetchResult:
        attempt = _Attempt(url, timeout, source_deadline)
        if attempt.ends <= time.monotonic():
            raise attempt.timed_out()
        token = _DEADLINE.set(attempt.ends)
        try:
            request = self._client.build_request("GET", url, headers=headers)
            for hop in range(self.max_redirects + 1):
                if not request.url.host or request.url.scheme not in ("http", "https"):
                    raise FetchError(url, "not an absolute http(s) URL")
                self._limiter.wait(request.url.host)
                left = max(0.001, attempt.ends - time.monotonic())
                request.extensions["timeout"] = httpx.Timeout(left, connect=min(left, 10.0)).as_dict()
                response = self._client.send(request, stream=True)
                try:
                    if not (response.has_redirect_location and response.next_request is not None):
                        return self._read(attempt, response, headers, cap)
                    request = response.next_request
                    attempt.follow(str(request.url), request.url.scheme, last_hop=hop == self.max_redirects)
                    if _small(response):
                        response.read()  # so the connection can carry the next hop to the same host
                finally:
                    response.close()
            raise AssertionError("unreachable")  # pragma: no cover
        except AddressRefused as exc:
            raise attempt.refused(exc) from None
        except httpx.TimeoutException as exc:
            raise attempt.timed_out() from exc
        except httpx.TransportError as exc:
            raise FetchTransportError(url, f"could not connect: {exc.__class__.__name__}") from exc
        except httpx.InvalidURL as exc:
            raise FetchError(url, "not a valid URL") from exc
        finally:
            _DEADLINE.reset(token)

    def _read(self, attempt: _Attempt, response: httpx.Response, headers: dict[str, str], cap: int) -> FetchResult:
        url = attempt.url
        if response.status_code == 304:
            response.read()  # an empty body, read so the connection goes back to the pool
            return FetchResult(
                url=str(response.url),
                status=304,
                etag=response.headers.get("etag") or headers.get("If-None-Match"),
                last_modified=response.headers.get("last-modified") or headers.get("If-Modified-Since"),
                headers=response.headers,
            )
        if response.status_code >= 400:
            raise FetchHTTPError(url, _status_advice(response.status_code) + attempt.trail(), status=response.status_code)
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise FetchTooLarge(url, f"the response is {int(declared):,} bytes, over the {cap:,}-byte cap")
        chunks: list[bytes] = []
        for chunk in response.iter_bytes():
            attempt.received += len(chunk)
            if attempt.received > cap:
                raise FetchTooLarge(url, f"the response is over the {cap:,}-byte cap")
            # Real connections stop at the deadline inside the read; this catches transports
            # that never block (a MockTransport streaming a large body).
            if time.monotonic() > attempt.ends:
                raise attempt.timed_out()
            chunks.append(chunk)
        return FetchResult(
            url=str(response.url),
            status=response.status_code,
            content=b"".join(chunks),
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
            headers=response.headers,
        )


class _Attempt:
    """One attempt at one URL: when it must end, the redirect chain so far, bytes received."""

    def __init__(self, url: str, timeout: float, source_deadline: float | None) -> None:
        self.url = url
        self.timeout = timeout
        own = time.monotonic() + timeout
        self.by_source = source_deadline is not None and source_deadline < own
        self.ends = source_deadline if self.by_source and source_deadline is not None else own
        self.chain = [url]
        self.received = 0

    def follow(self, target: str, scheme: str, *, last_hop: bool) -> None:
        """Record one redirect, refusing a loop, a non-http(s) target or one hop too many."""
        if scheme not in ("http", "https"):
            raise FetchRedirectError(
                self.url, f"a redirect leads to {scheme}:, which is never fetched ({_chain([*self.chain, target])})"
            )
        if target in self.chain:
            raise FetchRedirectError(self.url, f"the redirects loop ({_chain([*self.chain, target])})")
        self.chain.append(target)
        if last_hop:
            raise FetchRedirectError(self.url, f"more than {len(self.chain) - 2} redirects ({_chain(self.chain)})")

    def trail(self) -> str:
        return f" (after redirects: {_chain(self.chain)})" if len(self.chain) > 1 else ""

    def refused(self, exc: AddressRefused) -> FetchRefused:
        if len(self.chain) > 1:
            return FetchRefused(self.url, f"{exc} (a redirect led there: {_chain(self.chain)})")
        return FetchRefused(self.url, str(exc))

    def timed_out(self) -> FetchTimeout:
        if self.by_source:
            return FetchDeadline(self.url, "stopped: the source's deadline_s passed before this request finished")
        got = f"; {self.received:,} bytes had arrived" if self.received else ""
        return FetchTimeout(
            self.url,
            f"the server did not answer in time: the whole request (connect, headers and body) "
            f"took longer than timeout_s = {_seconds(self.timeout)}{got}",
        )


class BoundedFetcher:
    """A Fetcher view whose every request ends by one deadline (a source's `deadline_s`).

    Collectors fetch from worker threads too, so the deadline travels with this object rather
    than with the thread that made it.
    """

    def __init__(self, fetcher: Fetcher, deadline: float) -> None:
        self.fetcher = fetcher
        self.deadline = deadline

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self.deadline

    def get(self, url: str, **options: Any) -> FetchResult:
        given = options.pop("deadline", None)
        deadline = self.deadline if given is None else min(given, self.deadline)
        return self.fetcher.get(url, deadline=deadline, **options)

    def bounded(self, deadline: float) -> BoundedFetcher:
        return BoundedFetcher(self.fetcher, min(deadline, self.deadline))


def _small(response: httpx.Response, limit: int = 64 * 1024) -> bool:
    declared = response.headers.get("content-length", "")
    return declared.isdigit() and int(declared) <= limit


def _chain(urls: list[str]) -> str:
    return " -> ".join(urls)


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
