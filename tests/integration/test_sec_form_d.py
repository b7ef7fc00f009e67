"""The sec_form_d collector over real HTTP on loopback: feed, primary docs, User-Agent, state, skips."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from signals.http import Fetcher
from signals.model import SignalKind
from signals.sec.formd import primary_doc_path
from signals.sources.base import ConfigProblem, ReadContext, SourceError
from signals.sources.sec_form_d import FEED_PATH, SecFormDCollector, SecFormDConfig
from tests.conftest import FIXTURES, LoopbackServer, Route

EDGAR = FIXTURES / "edgar"
NOW = datetime(2023, 2, 1, 12, tzinfo=UTC)
EMAIL = "revops@example.com"
FEED = FEED_PATH.format(start=0, count=100)

DOCS = {
    ("0001961089", "0001961089-23-000001"): "edgartools_D.1685REIT.primary_doc.xml",
    ("0001958740", "0001958740-23-000001"): "edgartools_D.APFund.primary_doc.xml",
    ("0001544190", "0001544190-23-000001"): "edgartools_D.Shepards.primary_doc.xml",
    ("0009990001", "0009990001-23-000001"): "handmade_D.acme_indefinite.primary_doc.xml",
    ("0009990002", "0009990002-23-000001"): "handmade_D.beta_yet_to_occur.primary_doc.xml",
}


def doc_path(accession: str) -> str:
    cik = next(c for c, a in DOCS if a == accession)
    return primary_doc_path(cik, accession)


@pytest.fixture
def edgar(http_server: LoopbackServer) -> LoopbackServer:
    feed = (EDGAR / "handmade_getcurrent_formd.atom.xml").read_bytes()
    http_server.add(FEED, Route(feed, content_type="application/atom+xml", etag='"feed-1"'))
    for (cik, accession), name in DOCS.items():
        http_server.add(primary_doc_path(cik, accession), Route((EDGAR / name).read_bytes(), content_type="text/xml"))
    return http_server


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(attempts=1, timeout=10, allow_private=True) as f:
        yield f


def make_config(server: LoopbackServer, **extra: Any) -> SecFormDConfig:
    raw = {
        "name": "edgar",
        "type": "sec_form_d",
        "user_agent_email": EMAIL,
        "base_urls": {"sec": server.base},
        "max_requests_per_second": 10,
        **extra,
    }
    config = SecFormDConfig.model_validate(raw)
    SecFormDCollector().check(config)
    return config


def read(config: SecFormDConfig, fetcher: Fetcher, state: dict[str, Any] | None = None):  # type: ignore[no-untyped-def]
    ctx = ReadContext(http=fetcher, state=json.loads(json.dumps(state or {})), now=NOW)
    events = list(SecFormDCollector().read(config, ctx))
    return events, ctx


def paths(server: LoopbackServer) -> list[str]:
    return [r["path"] for r in server.requests]


def test_first_read_emits_one_funding_event_per_company_filing(edgar: LoopbackServer, fetcher: Fetcher) -> None:
    events, ctx = read(make_config(edgar), fetcher)
    assert ctx.problems == [] and ctx.warnings == []
    by_company = {e.company_name: e for e in events}
    # The pooled fund is left out by default; the other four are companies (a REIT, a finance
    # LLC's amendment, two hand-made operating companies).
    assert sorted(by_company) == [
        "1685 38th REIT, L.L.C.",
        "Acme Robotics, Inc.",
        "Beta Analytics Corp.",
        "Shepherd's Finance, LLC",
    ]
    # One feed request, and one document per accession: the fund listed under two CIKs is
    # fetched once, from the issuer's own folder.
    assert paths(edgar)[0] == FEED
    assert sorted(paths(edgar)[1:]) == sorted(primary_doc_path(c, a) for c, a in DOCS)

    acme = by_company["Acme Robotics, Inc."]
    assert acme.kind == SignalKind.FUNDING and acme.source == "edgar"
    assert acme.ref == "0009990001-23-000001"
    assert acme.occurred_at == datetime(2023, 1, 31, tzinfo=UTC) and not acme.stale
    assert acme.url == (
        "https://www.sec.gov/Archives/edgar/data/9990001/000999000123000001/0009990001-23-000001-index.htm"
    )
    assert acme.hints == {"state": "CA", "country": "US"}
    assert acme.title == "Acme Robotics, Inc. filed Form D: $2,500,000 sold (offering size indefinite)"
    facts = acme.facts
    assert facts["round"] is None and facts["offering_type"] == "form_d"
    assert (facts["amount"], facts["amount_basis"], facts["currency"]) == (2_500_000, "total_sold", "USD")
    assert facts["total_offering"] is None and facts["offering_indefinite"] is True
    assert facts["industry_group"] == "Other Technology" and facts["state"] == "CA"
    assert facts["first_sale_date"] == "2023-01-15" and facts["form"] == "D"
    assert facts["investors"] == []
    assert facts["executives"] == [
        {"name": "Jane Q. Doe", "title": "Chief Executive Officer; Chair of the Board"},
        {"name": "Zoë Martínez", "title": "Chief Revenue Officer"},
    ]
    assert facts["related_persons"][0] == "Jane Q. Doe (Chief Executive Officer; Chair of the Board)"
    assert len(facts["related_persons"]) == 3  # Jane's two entries are one person

    beta = by_company["Beta Analytics Corp."]
    assert (beta.facts["amount"], beta.facts["amount_basis"]) == (10_000_000, "total_offering")
    assert beta.facts["first_sale_date"] == "yet to occur"
    assert beta.title == "Beta Analytics Corp. filed Form D: a $10,000,000 offering, no sales yet"

    shepherds = by_company["Shepherd's Finance, LLC"]
    assert shepherds.facts["form"] == "D/A" and shepherds.hints == {"state": "FL", "country": "US"}
    assert shepherds.title.startswith("Shepherd's Finance, LLC filed an amended Form D: $5,725,051 sold")
    assert {"name": "Catherine Loftin", "title": "Chief Financial Officer"} in shepherds.facts["executives"]

    evidence = {e.label: e.text for e in acme.evidence()}
    assert evidence["accession"] == "0009990001-23-000001"
    assert evidence["amount"] == "2500000"


def test_every_request_carries_the_contact_email(edgar: LoopbackServer, fetcher: Fetcher) -> None:
    read(make_config(edgar), fetcher)
    assert len(edgar.requests) == 6
    assert {r["user-agent"] for r in edgar.requests} == {f"Outrider/0.1 {EMAIL}"}


def test_workspace_contact_email_is_used_when_the_source_has_none(edgar: LoopbackServer, fetcher: Fetcher) -> None:
    config = make_config(edgar, user_agent_email=None, contact_email="team@example.org")
    read(config, fetcher)
    assert {r["user-agent"] for r in edgar.requests} == {"Outrider/0.1 team@example.org"}


def test_second_read_fetches_nothing_new(edgar: LoopbackServer, fetcher: Fetcher) -> None:
    config = make_config(edgar)
    first, ctx = read(config, fetcher)
    assert len(first) == 4
    state = ctx.state
    assert set(state["seen"]) == {a for _, a in DOCS}

    edgar.requests.clear()
    again, ctx2 = read(config, fetcher, state)
    assert again == []
    assert paths(edgar) == [FEED]
    assert edgar.routes[FEED].not_modified == 1  # conditional GET answered 304

    # The feed changed (no validator match): it is read, but no known filing is fetched again.
    edgar.requests.clear()
    third, _ = read(config, fetcher, {**ctx2.state, "etag": None, "last_modified": None})
    assert third == [] and paths(edgar) == [FEED]


def test_a_missing_primary_doc_is_skipped_with_a_reason(edgar: LoopbackServer, fetcher: Fetcher) -> None:
    del edgar.routes[doc_path("0001544190-23-000001")]
    config = make_config(edgar)
    events, ctx = read(config, fetcher)
    assert sorted(e.company_name for e in events) == [
        "1685 38th REIT, L.L.C.",
        "Acme Robotics, Inc.",
        "Beta Analytics Corp.",
    ]
    assert len(ctx.problems) == 1
    problem = ctx.problems[0]
    assert "0001544190-23-000001" in problem.where and "source 'edgar'" in problem.where
    assert "404" in problem.reason and "primary_doc.xml" in problem.reason
    # A 404 is not retried on every read.
    edgar.requests.clear()
    read(config, fetcher, {**ctx.state, "etag": None})
    assert paths(edgar) == [FEED]


def test_a_malformed_primary_doc_is_skipped_and_the_rest_kept(edgar: LoopbackServer, fetcher: Fetcher) -> None:
    path = doc_path("0009990002-23-000001")
    edgar.add(path, Route(b"\n<?xml version='1.0'?><edgarSubmission><submissionType>D", content_type="text/xml"))
    events, ctx = read(make_config(edgar), fetcher)
    assert len(events) == 3 and "Beta Analytics Corp." not in {e.company_name for e in events}
    assert [p.reason.split(":")[0] for p in ctx.problems] == ["primary_doc.xml is malformed"]
    assert "not well-formed XML" in ctx.problems[0].reason


def test_a_transient_failure_is_retried_on_the_next_read(edgar: LoopbackServer, fetcher: Fetcher) -> None:
    path = doc_path("0001961089-23-000001")
    good = edgar.routes[path]
    edgar.add(path, Route(b"", status=503))
    config = make_config(edgar)
    events, ctx = read(config, fetcher)
    assert "1685 38th REIT, L.L.C." not in {e.company_name for e in events} and len(events) == 3
    assert ctx.problems == []
    assert len(ctx.warnings) == 1 and "tried again" in ctx.warnings[0]
    assert "0001961089-23-000001" not in ctx.state["seen"]
    assert ctx.state["etag"] is None  # so the next read fetches the feed in full

    edgar.add(path, good)
    edgar.requests.clear()
    retried, ctx2 = read(config, fetcher, ctx.state)
    assert [e.company_name for e in retried] == ["1685 38th REIT, L.L.C."]
    assert paths(edgar) == [FEED, path]
    assert ctx2.warnings == []


def test_edgar_refusing_the_client_stops_the_source(edgar: LoopbackServer, fetcher: Fetcher) -> None:
    edgar.add(FEED, Route(b"<html>Undeclared Automated Tool</html>", status=403, content_type="text/html"))
    with pytest.raises(SourceError, match="User-Agent") as info:
        read(make_config(edgar), fetcher)
    assert "source 'edgar'" in str(info.value)


def test_an_html_answer_instead_of_the_feed_is_a_source_error(edgar: LoopbackServer, fetcher: Fetcher) -> None:
    edgar.add(FEED, Route(b"<!DOCTYPE html><html><body>Maintenance</body></html>", content_type="text/html"))
    with pytest.raises(SourceError, match="HTML page"):
        read(make_config(edgar), fetcher)


def test_filters_industries_and_funds(edgar: LoopbackServer, fetcher: Fetcher) -> None:
    tech, _ = read(make_config(edgar, industries=["Other Technology", "computers"]), fetcher)
    assert sorted(e.company_name for e in tech) == ["Acme Robotics, Inc.", "Beta Analytics Corp."]
    funds, _ = read(make_config(edgar, include_funds=True), fetcher)
    fund = next(e for e in funds if e.facts["industry_group"] == "Pooled Investment Fund")
    assert fund.company_name == "AP Fund IV, a series of Inference Technology Partners, LP"
    assert fund.facts["executives"] == []  # its related "persons" are companies


def test_real_getcurrent_page_requests_the_right_documents(http_server: LoopbackServer, fetcher: Fetcher) -> None:
    page = (EDGAR / "edgartools_getcurrent_atom_page_start400.xml").read_bytes()
    http_server.add(FEED, Route(page, content_type="application/atom+xml"))
    events, ctx = read(make_config(http_server), fetcher)
    assert events == []
    assert paths(http_server)[1:] == [
        "/Archives/edgar/data/2100701/000210070125000001/primary_doc.xml",
        "/Archives/edgar/data/2068302/000206830225000001/primary_doc.xml",
        "/Archives/edgar/data/2068303/000206830325000001/primary_doc.xml",
        "/Archives/edgar/data/2084236/000208423625000005/primary_doc.xml",
        "/Archives/edgar/data/1797552/000179755225000002/primary_doc.xml",
    ]
    assert len(ctx.problems) == 5 and all("404" in p.reason for p in ctx.problems)


def test_paging_stops_at_a_page_of_known_filings(edgar: LoopbackServer, fetcher: Fetcher) -> None:
    page2 = FEED_PATH.format(start=100, count=100)
    config = make_config(edgar, pages=2)
    # First read: page 1 is all new, so page 2 is asked for; it is missing, which costs a
    # warning, not the filings of page 1.
    events, ctx = read(config, fetcher)
    assert len(events) == 4 and paths(edgar)[:2] == [FEED, page2]
    assert len(ctx.warnings) == 1 and "page 2" in ctx.warnings[0]
    edgar.requests.clear()
    again, _ = read(config, fetcher, {**ctx.state, "etag": None})
    assert again == [] and paths(edgar) == [FEED]


def test_check_refuses_a_config_without_contact() -> None:
    collector = SecFormDCollector()
    base = {"name": "edgar", "type": "sec_form_d"}
    with pytest.raises(ConfigProblem, match="contact email"):
        collector.check(SecFormDConfig.model_validate(base))
    with pytest.raises(ConfigProblem, match="not an email"):
        collector.check(SecFormDConfig.model_validate({**base, "user_agent_email": "Outrider bot"}))
    with pytest.raises(ConfigProblem, match="unknown Form D industry"):
        collector.check(SecFormDConfig.model_validate({**base, "contact_email": EMAIL, "industries": ["SaaS"]}))
    with pytest.raises(ConfigProblem, match="include_funds"):
        collector.check(
            SecFormDConfig.model_validate({**base, "contact_email": EMAIL, "industries": ["Pooled Investment Fund"]})
        )
    with pytest.raises(ConfigProblem, match="base_urls.sec"):
        collector.check(
            SecFormDConfig.model_validate({**base, "contact_email": EMAIL, "base_urls": {"sec": "ftp://x"}})
        )
    collector.check(SecFormDConfig.model_validate({**base, "contact_email": EMAIL}))


def test_a_foreign_issuer_gets_a_country_hint_not_a_state(edgar: LoopbackServer, fetcher: Fetcher) -> None:
    path = doc_path("0001544190-23-000001")
    moved = edgar.routes[path].body.replace(
        b"<stateOrCountry>FL</stateOrCountry>\n            <stateOrCountryDescription>FLORIDA<",
        b"<stateOrCountry>X0</stateOrCountry>\n            <stateOrCountryDescription>UNITED KINGDOM<",
        1,
    )
    assert moved != edgar.routes[path].body
    edgar.add(path, Route(moved, content_type="text/xml"))
    events, _ = read(make_config(edgar), fetcher)
    shepherds = next(e for e in events if e.company_name == "Shepherd's Finance, LLC")
    assert shepherds.hints == {"country": "GB"}
    assert shepherds.facts["state"] == "X0"


def test_the_workspace_default_contact_is_used_by_read(edgar: LoopbackServer, fetcher: Fetcher) -> None:
    config = SecFormDConfig.model_validate(
        {"name": "edgar", "type": "sec_form_d", "base_urls": {"sec": edgar.base}, "max_requests_per_second": 10}
    )
    ctx = ReadContext(http=fetcher, now=NOW, defaults={"contact_email": "owner@example.net"})
    assert len(list(SecFormDCollector().read(config, ctx))) == 4
    assert {r["user-agent"] for r in edgar.requests} == {"Outrider/0.1 owner@example.net"}
    with pytest.raises(SourceError, match="contact email"):
        list(SecFormDCollector().read(config, ReadContext(http=fetcher, now=NOW)))
