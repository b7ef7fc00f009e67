"""The one fetcher against real loopback servers: the address guard on every hop, redirects, deadlines.

"Public" here is a loopback server the test vouches for (`LoopbackServer.counts_as_public`); every
other loopback port, and every private address, meets the production refusal logic.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

import httpx
import pytest

from signals.http import (
    MAX_REDIRECTS,
    FetchDeadline,
    Fetcher,
    FetchRedirectError,
    FetchRefused,
    FetchTimeout,
)
from signals.netguard import AddressPolicy
from tests.conftest import LoopbackServer, Route


@pytest.fixture
def internal() -> Iterator[LoopbackServer]:
    """A server inside the network: never vouched for."""
    server = LoopbackServer()
    yield server
    server.close()


def public_fetcher(public: LoopbackServer, **options: object) -> Fetcher:
    return Fetcher(attempts=1, timeout=10, address_policy=public.counts_as_public(), **options)  # type: ignore[arg-type]


def test_loopback_is_refused_by_default_and_nothing_is_requested(http_server: LoopbackServer) -> None:
    url = http_server.add("/feed.xml", Route(b"<rss/>"))
    port = http_server.port
    with Fetcher(attempts=1) as fetcher:
        for target in (url, f"http://2130706433:{port}/feed.xml", f"http://0x7f.1:{port}/feed.xml",
                       f"http://localhost:{port}/feed.xml", f"http://[::ffff:127.0.0.1]:{port}/feed.xml"):
            with pytest.raises(FetchRefused, match="loopback") as info:
                fetcher.get(target)
            assert "allow_private = true" in str(info.value)
    assert http_server.requests == []
    with Fetcher(attempts=1, allow_private=True) as fetcher:
        assert fetcher.get(url).content == b"<rss/>"


def test_a_redirect_into_the_network_is_refused_before_connecting(
    http_server: LoopbackServer, internal: LoopbackServer
) -> None:
    """It used to be followed: httpx followed every redirect, and the internal page was read."""
    secret = internal.add("/admin/secret", Route(b"SECRET-42", content_type="text/plain"))
    start = http_server.add("/feed.xml", Route.redirect(secret))
    with public_fetcher(http_server) as fetcher, pytest.raises(FetchRefused) as info:
        fetcher.get(start)
    message = str(info.value)
    assert "loopback" in message and f"{start} -> {secret}" in message
    assert "SECRET-42" not in message
    assert internal.requests == [], "no byte was asked of the internal server"


def test_a_redirect_to_cloud_metadata_is_refused_even_with_allow_private(http_server: LoopbackServer) -> None:
    """It used to be requested: 169.254.169.254 was asked for its credentials."""
    for target in ("http://169.254.169.254/latest/meta-data/iam/", "http://metadata.google.internal/computeMetadata/v1/",
                   "http://[fd00:ec2::254]/latest/"):
        url = http_server.add(f"/to-{len(http_server.routes)}", Route.redirect(target))
        with Fetcher(attempts=1, allow_private=True) as fetcher, pytest.raises(FetchRefused, match="metadata"):
            fetcher.get(url)


def test_redirects_are_followed_up_to_five_hops(http_server: LoopbackServer) -> None:
    for hop in range(MAX_REDIRECTS):
        http_server.add(f"/hop{hop}", Route.redirect(f"/hop{hop + 1}"))
    http_server.add(f"/hop{MAX_REDIRECTS}", Route(b"arrived", content_type="text/plain"))
    with public_fetcher(http_server) as fetcher:
        result = fetcher.get(http_server.url("/hop0"))
    assert result.content == b"arrived" and result.url == http_server.url(f"/hop{MAX_REDIRECTS}")


def test_the_sixth_hop_and_a_loop_are_errors_naming_the_chain(http_server: LoopbackServer) -> None:
    """A 30-hop loop used to end in a traceback (httpx.TooManyRedirects escaped the fetcher)."""
    for hop in range(MAX_REDIRECTS + 1):
        http_server.add(f"/far{hop}", Route.redirect(f"/far{hop + 1}"))
    http_server.add(f"/far{MAX_REDIRECTS + 1}", Route(b"too far"))
    http_server.add("/a", Route.redirect("/b"))
    http_server.add("/b", Route.redirect("/a"))
    with public_fetcher(http_server) as fetcher:
        with pytest.raises(FetchRedirectError, match="more than 5 redirects") as far:
            fetcher.get(http_server.url("/far0"))
        with pytest.raises(FetchRedirectError, match="loop") as loop:
            fetcher.get(http_server.url("/a"))
    assert http_server.url("/far5") in str(far.value) and http_server.url("/far6") in str(far.value)
    assert http_server.routes[f"/far{MAX_REDIRECTS + 1}"].hits == 0
    assert f"{http_server.url('/a')} -> {http_server.url('/b')} -> {http_server.url('/a')}" in str(loop.value)


def test_a_redirect_to_another_scheme_is_refused(http_server: LoopbackServer) -> None:
    url = http_server.add("/file", Route.redirect("file:///etc/passwd"))
    with public_fetcher(http_server) as fetcher, pytest.raises(FetchRedirectError, match="file:"):
        fetcher.get(url)


def test_the_connection_goes_to_the_checked_address_not_a_second_lookup(http_server: LoopbackServer) -> None:
    """DNS rebinding: a name that answers public first and internal next must not reach the internal one.

    The guard resolves once and connects to that address; a later answer is never used (the
    second answer here is a private address that would be refused, and nothing asks for it).
    """
    http_server.add("/feed.xml", Route(b"public feed", content_type="text/plain"))
    answers = [["127.0.0.1"], ["10.9.8.7"]]
    asked: list[str] = []

    def rebinding(host: str, port: int) -> list[str]:
        asked.append(host)
        return answers[min(len(asked) - 1, 1)]

    policy = AddressPolicy(public_endpoints=frozenset({("127.0.0.1", http_server.port)}), resolve=rebinding)
    with Fetcher(attempts=1, address_policy=policy) as fetcher:
        result = fetcher.get(f"http://feeds.rebind.test:{http_server.port}/feed.xml")
    assert result.content == b"public feed"
    assert asked == ["feeds.rebind.test"], "resolved exactly once, by the guard"
    assert http_server.requests[0]["host"] == f"feeds.rebind.test:{http_server.port}", "Host kept the name"


def test_a_trickling_server_fails_at_the_request_deadline(http_server: LoopbackServer) -> None:
    """A server sending 1 byte every few seconds used to hold a fetch for minutes: httpx's timeout
    is per read, and every byte arrived within it. Now timeout_s covers the whole request."""
    url = http_server.add("/drip.xml", Route(b"<rss>" + b" " * 400 + b"</rss>", trickle=0.25))
    with Fetcher(attempts=1, timeout=1.0, allow_private=True) as fetcher, pytest.raises(FetchTimeout) as info:
        fetcher.get(url)
    assert not isinstance(info.value, FetchDeadline)
    assert "timeout_s = 1 s" in str(info.value) and "bytes had arrived" in str(info.value)
    assert http_server.routes["/drip.xml"].completed == 0, "the body was not read to its end"


def test_a_source_deadline_bounds_every_request_and_is_not_retried(http_server: LoopbackServer) -> None:
    url = http_server.add("/drip.xml", Route(b"x" * 400, trickle=0.25))
    with Fetcher(attempts=3, timeout=60, backoff=0.01, allow_private=True) as fetcher:
        bounded = fetcher.bounded(time.monotonic() + 1.0)
        with pytest.raises(FetchDeadline, match="deadline_s"):
            bounded.get(url)
        assert http_server.routes["/drip.xml"].hits == 1, "a passed deadline is not retried"
        with pytest.raises(FetchDeadline):
            bounded.get(url)  # already past: fails at once, without a request
        assert http_server.routes["/drip.xml"].hits == 1


def test_a_mock_transport_never_connects_so_the_guard_does_not_apply() -> None:
    """MockTransport replaces the connection layer (where the guard lives): a test double only."""
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=b"mocked"))
    with Fetcher(attempts=1, transport=transport) as fetcher:
        assert fetcher.get("http://127.0.0.1/feed.xml").content == b"mocked"


def test_a_refused_fetch_logs_no_content_of_the_internal_page(
    http_server: LoopbackServer, internal: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    secret = internal.add("/s", Route(b"TOPSECRET", content_type="text/plain"))
    start = http_server.add("/go", Route.redirect(secret))
    with caplog.at_level(logging.DEBUG), public_fetcher(http_server) as fetcher, pytest.raises(FetchRefused):
        fetcher.get(start)
    assert "TOPSECRET" not in caplog.text
