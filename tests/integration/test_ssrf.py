"""Redirects and addresses into the network, through the real collect path (issue 8, finding 4).

The workspace keeps the production default (`allow_private = false`). The "public" feed server
is a loopback port the test vouches for (`LoopbackServer.counts_as_public`, passed to the real
`make_fetcher`); the internal server is another loopback port nobody vouches for, so what
refuses it is the production policy.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from agent.pipeline import collect_source, make_fetcher
from agent.services.accounts import add_account, get_account
from agent.store.models import CollectorState, Signal
from drafting.base import DraftingFailed
from drafting.llm import LLMDrafter
from signals.netguard import AddressPolicy
from tests.conftest import LoopbackServer, Route, make_workspace
from tests.integration.test_pipeline import rss, source_toml

SECRET_FEED = rss([("int-1", "Northwind Analytics raises $45M Series B INTERNAL-SECRET-7731",
                    "Board minutes: INTERNAL-SECRET-7731")])
INTERNAL_CAREERS = b"""<!doctype html><html><body><h1>Intranet</h1>
<script src="https://boards.greenhouse.io/embed/job_board/js?for=internalboardtoken"></script></body></html>"""


@pytest.fixture
def internal() -> Iterator[LoopbackServer]:
    server = LoopbackServer()
    yield server
    server.close()


def signals_in(ws) -> list[Signal]:  # type: ignore[no-untyped-def]
    with ws.db.session() as session:
        return list(session.exec(select(Signal)).all())


def test_a_feed_redirecting_to_an_internal_address_is_refused_and_nothing_is_stored(
    tmp_path: Path, db_url: str, http_server: LoopbackServer, internal: LoopbackServer
) -> None:
    """It used to be followed: the internal feed was read and its secret text became a signal."""
    secret_url = internal.add("/wire.xml", Route(SECRET_FEED))
    feed = http_server.add("/wire.xml", Route.redirect(secret_url))
    ws = make_workspace(tmp_path / "ws", db_url, source_toml("wire", feed), allow_private=False)
    assert ws.config.http.allow_private is False
    with make_fetcher(ws, address_policy=http_server.counts_as_public()) as fetcher:
        result = collect_source(ws, "wire", fetcher=fetcher)
    assert result.failed and result.error is not None
    assert "loopback" in result.error and f"{feed} -> {secret_url}" in result.error
    assert "allow_private" in result.error
    assert internal.requests == [], "not one request reached the internal server"
    assert signals_in(ws) == []
    with ws.db.session() as session:
        state = session.get(CollectorState, "wire")
        assert state is not None and state.health == "degraded" and "INTERNAL-SECRET" not in (state.last_error or "")
    ws.close()


def test_the_same_redirect_is_followed_when_the_workspace_allows_private_addresses(
    tmp_path: Path, db_url: str, http_server: LoopbackServer, internal: LoopbackServer
) -> None:
    """The refusal above is the policy, not a broken redirect: opting in reads the internal feed."""
    secret_url = internal.add("/wire.xml", Route(SECRET_FEED))
    feed = http_server.add("/wire.xml", Route.redirect(secret_url))
    ws = make_workspace(tmp_path / "ws", db_url, source_toml("wire", feed), allow_private=True)
    result = collect_source(ws, "wire")
    assert result.ok, result.error
    assert [s.title for s in signals_in(ws)] == ["Northwind Analytics raises $45M Series B INTERNAL-SECRET-7731"]
    ws.close()


def test_a_careers_page_redirecting_inside_never_puts_a_board_token_on_an_account(
    tmp_path: Path, db_url: str, http_server: LoopbackServer, internal: LoopbackServer
) -> None:
    """It used to be followed: a board token found on an internal page was written onto the account."""
    inside = internal.add("/careers", Route(INTERNAL_CAREERS, content_type="text/html"))
    careers = http_server.add("/careers", Route.redirect(inside))
    extra = (
        '\n[[sources]]\nname = "boards"\ntype = "job_boards"\nevery = "1d"\n'
        f'base_urls = {{ greenhouse = "{http_server.base}" }}\n'
    )
    ws = make_workspace(tmp_path / "ws", db_url, extra, allow_private=False)
    account = add_account(ws.db, name="Acme", domain="acme.example", careers_url=careers)
    with make_fetcher(ws, address_policy=http_server.counts_as_public()) as fetcher:
        result = collect_source(ws, "boards", fetcher=fetcher)
    adopted = get_account(ws.db, account.id)
    assert (adopted.ats, adopted.ats_board) == (None, None)
    assert internal.requests == []
    assert not [r for r in http_server.requests if "internalboardtoken" in r["path"]]
    assert any("loopback" in p and "careers page" in p for p in result.problems), result.problems
    ws.close()


def test_a_feed_pointing_at_cloud_metadata_is_refused_even_when_private_addresses_are_allowed(
    tmp_path: Path, db_url: str, http_server: LoopbackServer
) -> None:
    """It used to be requested: 169.254.169.254 was asked for instance credentials."""
    feed = http_server.add("/wire.xml", Route.redirect("http://169.254.169.254/latest/meta-data/iam/security-credentials/"))
    extra = source_toml("wire", feed) + source_toml("direct", "http://169.254.169.254/latest/user-data")
    ws = make_workspace(tmp_path / "ws", db_url, extra, allow_private=True)
    for name in ("wire", "direct"):
        result = collect_source(ws, name)
        assert result.error is not None and "cloud metadata" in result.error, result.error
    assert signals_in(ws) == []
    ws.close()


def test_the_default_model_server_is_guarded_but_an_explicit_base_url_is_the_operators_choice() -> None:
    """With no base_url, api.openai.com goes through the guard: a DNS answer pointing it inside is refused
    before any connection. (The lookup is answered by the test; nothing leaves the machine.)"""
    asked: list[str] = []

    def hijacked(host: str, port: int) -> list[str]:
        asked.append(host)
        return ["127.0.0.1"]

    from drafting.eval import load_cases

    case = next(c for c in load_cases() if c.id == "funding-series-b-vp-sales")
    drafter = LLMDrafter(model="m", base_url=None, api_key="sk-test-abcdef123456", max_retries=2,
                         address_policy=AddressPolicy(resolve=hijacked), sleep=lambda s: None)
    with pytest.raises(DraftingFailed) as info:
        drafter.draft(case.context())
    assert asked == ["api.openai.com"], "one lookup, by the guard; a refused address is not retried"
    assert "loopback" in info.value.reason and "https://api.openai.com/v1" in info.value.reason
    assert "sk-test" not in info.value.reason
