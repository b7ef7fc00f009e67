"""The tech_stack collector over real HTTP on loopback: baseline, installs, removals after two
checks, failed fetches that are not removals, 304s, extra paths and the competitor flags."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from signals.http import Fetcher
from signals.model import SignalEvent, SignalKind, WatchedAccount
from signals.sources.base import ConfigProblem, MemorySnapshots, ReadContext, parse_source_config
from signals.sources.tech_stack import TechStackCollector, TechStackConfig, normalise_domain
from tests.conftest import LoopbackServer, Route

HUBSPOT = (
    '<script type="text/javascript" id="hs-script-loader" async defer '
    'src="//js.hs-scripts.com/1234567.js"></script>'
)
GA = (
    '<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABCDEF1234"></script>'
    "<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}"
    "gtag('js', new Date());gtag('config', 'G-ABCDEF1234');</script>"
)
DRIFT = (
    "<script>\"use strict\";!function(){var t=window.driftt=window.drift=window.driftt||[];"
    "if(!t.init){t.load=function(t){var e=3e5,n=Math.ceil(new Date()/e)*e,o=document.createElement"
    "(\"script\");o.type=\"text/javascript\",o.async=!0,o.crossorigin=\"anonymous\",o.src="
    "\"https://js.driftt.com/include/\"+n+\"/\"+t+\".js\";var i=document.getElementsByTagName"
    "(\"script\")[0];i.parentNode.insertBefore(o,i);};}}();drift.SNIPPET_VERSION='0.3.1';"
    "drift.load('abcd1234efgh');</script>"
)
SEGMENT = (
    '<script>!function(){var i="analytics",analytics=window[i]=window[i]||[];analytics.load='
    'function(key,n){var t=document.createElement("script");t.src="https://cdn.segment.com/'
    'analytics.js/v1/" + key + "/analytics.min.js";};analytics.load("AbCdEf0123456789");}();</script>'
)
STRIPE = '<script src="https://js.stripe.com/v3/"></script>'

ACME = WatchedAccount(id=1, name="Acme Robotics", domain="acme.example")
BETA = WatchedAccount(id=2, name="Beta Labs", domain="https://www.beta.example/about")


def page(*snippets: str) -> bytes:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Acme</title>"
        + "".join(snippets)
        + "</head><body><h1>Acme Robotics</h1><p>Robots for warehouses. Read about us on "
        "<a href='https://blog.hubspot.com/marketing'>the HubSpot blog</a>.</p></body></html>"
    ).encode()


def html_route(body: bytes, **kw) -> Route:  # type: ignore[no-untyped-def]
    return Route(body, content_type="text/html; charset=utf-8", **kw)


class Runner:
    """Runs the collector as the pipeline does: state and snapshots survive a JSON round trip."""

    def __init__(self, server: LoopbackServer, accounts: list[WatchedAccount], **config: object) -> None:
        raw = {"name": "sites", "type": "tech_stack", "base_urls": {"site": server.base + "/{domain}"}}
        self.config = TechStackConfig.model_validate({**raw, **config})
        TechStackCollector().check(self.config)
        self.fetcher = Fetcher(attempts=1, timeout=5, allow_private=True)
        self.accounts = accounts
        self.state: dict = {}
        self.snapshots = MemorySnapshots()
        self.progress: list[tuple[int, int | None]] = []

    def run(self, day: int) -> tuple[list[SignalEvent], ReadContext]:
        ctx = ReadContext(
            http=self.fetcher,
            state=json.loads(json.dumps(self.state)),
            snapshots=self.snapshots,
            accounts=self.accounts,
            now=datetime(2024, 5, day, 9, 30, tzinfo=UTC),
            progress=lambda done, total: self.progress.append((done, total)),
        )
        events = list(TechStackCollector().read(self.config, ctx))
        self.state = json.loads(json.dumps({**ctx.state, "polled_once": True}))
        self.snapshots.data = json.loads(json.dumps(self.snapshots.data))
        return events, ctx

    def techs(self, domain: str = "acme.example") -> dict:
        return self.snapshots.get(f"tech:{domain}")["techs"]


@pytest.fixture
def make_runner(http_server: LoopbackServer) -> Iterator:  # type: ignore[type-arg]
    runners: list[Runner] = []

    def make(accounts: list[WatchedAccount] | None = None, **config: object) -> Runner:
        runner = Runner(http_server, accounts or [ACME], **config)
        runners.append(runner)
        return runner

    yield make
    for runner in runners:
        runner.fetcher.close()


def test_first_check_is_the_baseline(http_server: LoopbackServer, make_runner) -> None:  # type: ignore[no-untyped-def]
    http_server.add("/acme.example/", html_route(page(HUBSPOT, GA), etag='"v1"'))
    runner = make_runner()
    events, ctx = runner.run(1)
    assert events == [] and ctx.problems == []
    techs = runner.techs()
    assert set(techs) == {"HubSpot", "Google Analytics"}
    assert techs["HubSpot"]["first_seen"] == "2024-05-01"
    assert techs["HubSpot"]["category"] == "marketing automation"
    assert techs["HubSpot"]["evidence"] == "script src //js.hs-scripts.com/1234567.js"
    assert runner.snapshots.get("tech:acme.example")["checked_at"].startswith("2024-05-01T09:30")
    url = http_server.url("/acme.example/")
    assert runner.state["pages"] == {url: {"etag": '"v1"'}}
    assert runner.progress[0] == (0, 1) and runner.progress[-1] == (1, 1)


def test_a_new_tool_is_an_install_event(http_server: LoopbackServer, make_runner) -> None:  # type: ignore[no-untyped-def]
    route = http_server.add("/acme.example/", html_route(page(HUBSPOT)))
    runner = make_runner()
    assert runner.run(1)[0] == []
    http_server.routes["/acme.example/"] = html_route(page(HUBSPOT, DRIFT))
    events, _ = runner.run(2)
    assert [e.kind for e in events] == [SignalKind.TECH_INSTALLED]
    event = events[0]
    assert event.source == "sites"
    assert event.company_domain == "acme.example" and event.company_name == "Acme Robotics"
    assert event.ref == "acme.example|Drift|installed|2024-05-02"
    assert event.url == route
    assert event.title == "Acme Robotics added Drift (live chat) to its website"
    assert event.facts["technology"] == "Drift" and event.facts["category"] == "live chat"
    assert event.facts["competitor"] is False and event.facts["complement"] is False
    assert event.facts["evidence"].startswith("inline script js.driftt.com/include/")
    assert event.facts["page_url"] == route
    assert event.occurred_at == datetime(2024, 5, 2, 9, 30, tzinfo=UTC)
    assert not event.stale and event.strength == pytest.approx(0.5, abs=0.5)
    assert runner.techs()["Drift"]["first_seen"] == "2024-05-02"
    assert runner.techs()["HubSpot"]["first_seen"] == "2024-05-01"
    # The same page again: nothing new.
    assert runner.run(3)[0] == []


def test_removal_needs_two_consecutive_successful_checks(http_server: LoopbackServer, make_runner) -> None:  # type: ignore[no-untyped-def]
    http_server.add("/acme.example/", html_route(page(HUBSPOT, DRIFT)))
    runner = make_runner()
    runner.run(1)
    http_server.routes["/acme.example/"] = html_route(page(HUBSPOT))
    first, _ = runner.run(2)
    assert first == []
    assert runner.techs()["Drift"]["misses"] == 1
    second, _ = runner.run(3)
    assert [(e.kind, e.facts["technology"]) for e in second] == [(SignalKind.TECH_REMOVED, "Drift")]
    removed = second[0]
    assert removed.ref == "acme.example|Drift|removed|2024-05-03"
    assert removed.title == "Acme Robotics removed Drift (live chat) from its website"
    assert removed.facts["last_seen"] == "2024-05-01"
    assert "absent on 2 consecutive checks" in removed.facts["evidence"]
    assert "last seen via inline script js.driftt.com/include/" in removed.facts["evidence"]
    assert "Drift" not in runner.techs()
    assert runner.run(4)[0] == []


def test_a_tool_that_comes_back_resets_the_count(http_server: LoopbackServer, make_runner) -> None:  # type: ignore[no-untyped-def]
    http_server.add("/acme.example/", html_route(page(HUBSPOT, DRIFT)))
    runner = make_runner()
    runner.run(1)
    http_server.routes["/acme.example/"] = html_route(page(HUBSPOT))
    assert runner.run(2)[0] == []
    http_server.routes["/acme.example/"] = html_route(page(HUBSPOT, DRIFT))  # an A/B variant
    assert runner.run(3)[0] == []
    assert "misses" not in runner.techs()["Drift"]
    http_server.routes["/acme.example/"] = html_route(page(HUBSPOT))
    assert runner.run(4)[0] == []  # one miss again, not two


@pytest.mark.parametrize(
    "failure",
    [
        html_route(b"", status=404),
        html_route(b"<html><body>down</body></html>", status=503),
        Route(b'{"error": "maintenance"}', content_type="application/json"),
        html_route(b"   \n"),
    ],
    ids=["404", "503", "not-html", "empty"],
)
def test_a_failed_fetch_is_not_a_removal(http_server: LoopbackServer, make_runner, failure: Route) -> None:  # type: ignore[no-untyped-def]
    http_server.add("/acme.example/", html_route(page(HUBSPOT, DRIFT)))
    runner = make_runner()
    runner.run(1)
    before = runner.snapshots.get("tech:acme.example")
    http_server.routes["/acme.example/"] = failure
    for day in (2, 3, 4):
        events, ctx = runner.run(day)
        assert events == []
        assert len(ctx.problems) == 1
        assert ctx.problems[0].where == f"source 'sites' {http_server.url('/acme.example/')}"
        assert ctx.problems[0].reason
    assert runner.snapshots.get("tech:acme.example") == before  # kept exactly, misses untouched
    # Back up without Drift: that is the first miss, not the third.
    http_server.routes["/acme.example/"] = html_route(page(HUBSPOT))
    assert runner.run(5)[0] == []
    assert runner.techs()["Drift"]["misses"] == 1


def test_an_unreachable_site_is_skipped_and_warned(make_runner) -> None:  # type: ignore[no-untyped-def]
    runner = make_runner(base_urls={"site": "http://127.0.0.1:9/{domain}"})
    events, ctx = runner.run(1)
    assert events == []
    assert "could not connect" in ctx.problems[0].reason
    assert ctx.warnings and "none of the 1 sites could be fetched" in ctx.warnings[0]
    assert runner.snapshots.get("tech:acme.example") is None


def test_a_page_that_loses_every_tool_at_once_is_not_trusted(http_server: LoopbackServer, make_runner) -> None:  # type: ignore[no-untyped-def]
    http_server.add("/acme.example/", html_route(page(HUBSPOT, DRIFT, GA)))
    runner = make_runner()
    runner.run(1)
    http_server.routes["/acme.example/"] = html_route(b"<html><title>Just a moment...</title></html>")
    for day in (2, 3):
        events, ctx = runner.run(day)
        assert events == []
        assert "none of the 3 tools seen before" in ctx.problems[0].reason
    assert all("misses" not in t for t in runner.techs().values())


def test_not_modified_is_an_unchanged_page(http_server: LoopbackServer, make_runner) -> None:  # type: ignore[no-untyped-def]
    route = html_route(page(HUBSPOT, DRIFT), etag='"abc"')
    http_server.add("/acme.example/", route)
    runner = make_runner()
    runner.run(1)
    before = runner.techs()
    events, ctx = runner.run(2)
    assert events == [] and ctx.problems == []
    assert route.not_modified == 1
    assert http_server.requests[-1]["if-none-match"] == '"abc"'
    assert runner.techs() == {name: {**t, "last_seen": "2024-05-02"} for name, t in before.items()}
    assert runner.state["pages"] == {http_server.url("/acme.example/"): {"etag": '"abc"'}}


def test_validators_without_a_snapshot_page_fall_back_to_a_full_fetch(http_server: LoopbackServer, make_runner) -> None:  # type: ignore[no-untyped-def]
    route = html_route(page(HUBSPOT), etag='"abc"')
    http_server.add("/acme.example/", route)
    runner = make_runner()
    runner.run(1)
    runner.snapshots.data.clear()  # state kept, snapshot lost
    assert runner.run(2)[0] == [] and route.not_modified == 1
    assert runner.snapshots.get("tech:acme.example") is None
    assert runner.state["pages"] == {}
    runner.run(3)
    assert set(runner.techs()) == {"HubSpot"}


def test_competitor_and_complement_flags(http_server: LoopbackServer, make_runner) -> None:  # type: ignore[no-untyped-def]
    http_server.add("/acme.example/", html_route(page(HUBSPOT)))
    runner = make_runner(competitors=["drift", "Marketo"], complements=["Twilio Segment"])
    runner.run(1)
    http_server.routes["/acme.example/"] = html_route(page(HUBSPOT, DRIFT, SEGMENT))
    events, _ = runner.run(2)
    by_tool = {e.facts["technology"]: e for e in events}
    assert set(by_tool) == {"Drift", "Segment"}
    assert by_tool["Drift"].facts["competitor"] is True and by_tool["Drift"].facts["complement"] is False
    assert by_tool["Segment"].facts["complement"] is True  # matched through its alias
    assert by_tool["Drift"].strength > by_tool["Segment"].strength
    evidence = {e.label: e.text for e in by_tool["Drift"].evidence()}
    assert evidence["technology"] == "Drift" and evidence["competitor"] == "yes"


@pytest.mark.parametrize(("own", "expected"), [({}, True), ({"competitors": []}, False)])
def test_competitors_default_to_the_workspace_icp(http_server: LoopbackServer, make_runner, own: dict, expected: bool) -> None:  # type: ignore[no-untyped-def]
    """Left out, the lists come from the workspace's [icp]; a source that sets its own keeps it."""
    http_server.add("/acme.example/", html_route(page(HUBSPOT)))
    runner = make_runner(**own)
    defaults = {"competitors": ["Drift"], "complements": ["Segment"]}
    for day, body in ((1, page(HUBSPOT)), (2, page(HUBSPOT, DRIFT))):
        http_server.routes["/acme.example/"] = html_route(body)
        ctx = ReadContext(http=runner.fetcher, state=runner.state, snapshots=runner.snapshots,
                          accounts=[ACME], defaults=defaults, now=datetime(2024, 5, day, tzinfo=UTC))
        events = list(TechStackCollector().read(runner.config, ctx))
        runner.state = {**ctx.state, "polled_once": True}
    assert [e.facts["competitor"] for e in events] == [expected]


def test_extra_paths_and_a_failing_one(http_server: LoopbackServer, make_runner) -> None:  # type: ignore[no-untyped-def]
    http_server.add("/acme.example/", html_route(page(HUBSPOT)))
    http_server.add("/acme.example/pricing", html_route(page(HUBSPOT, STRIPE)))
    runner = make_runner(paths=["/", "/pricing"])
    runner.run(1)
    assert runner.techs()["Stripe"]["page_url"] == http_server.url("/acme.example/pricing")
    assert runner.techs()["HubSpot"]["page_url"] == http_server.url("/acme.example/")
    http_server.routes["/acme.example/pricing"] = html_route(b"", status=500)
    for day in (2, 3):
        events, ctx = runner.run(day)
        assert events == [] and [p.where for p in ctx.problems] == [
            f"source 'sites' {http_server.url('/acme.example/pricing')}"
        ]
    assert "misses" not in runner.techs()["Stripe"]  # only seen on the page that failed
    http_server.routes["/acme.example/pricing"] = html_route(page(HUBSPOT, STRIPE, DRIFT))
    events, _ = runner.run(4)
    assert [(e.facts["technology"], e.facts["page_url"]) for e in events] == [
        ("Drift", http_server.url("/acme.example/pricing"))
    ]


def test_accounts_domains_and_order(http_server: LoopbackServer, make_runner) -> None:  # type: ignore[no-untyped-def]
    http_server.add("/acme.example/", html_route(page(HUBSPOT)))
    http_server.add("/www.beta.example/", html_route(page(GA)))
    accounts = [
        ACME,
        BETA,
        WatchedAccount(id=3, name="No Site Inc"),
        WatchedAccount(id=4, name="Broken", domain="not a domain"),
        WatchedAccount(id=5, name="Acme Duplicate", domain="ACME.example."),
    ]
    runner = make_runner(accounts, concurrency=4)
    _, ctx = runner.run(1)
    assert [(p.where, p.reason) for p in ctx.problems] == [
        ("source 'sites' account 'Broken'",
         "the domain 'not a domain' is not a host name; fix it on the account")
    ]
    assert set(runner.techs("www.beta.example")) == {"Google Analytics"}
    assert runner.progress[-1] == (2, 2)
    http_server.routes["/acme.example/"] = html_route(page(HUBSPOT, DRIFT))
    http_server.routes["/www.beta.example/"] = html_route(page(GA, DRIFT))
    events, _ = runner.run(2)
    assert [(e.company_name, e.company_domain) for e in events] == [
        ("Acme Robotics", "acme.example"),
        ("Beta Labs", "www.beta.example"),
    ]


def test_many_sites_concurrently(http_server: LoopbackServer, make_runner) -> None:  # type: ignore[no-untyped-def]
    accounts = [WatchedAccount(id=i, name=f"Company {i}", domain=f"c{i}.example") for i in range(40)]
    for i in range(40):
        http_server.add(f"/c{i}.example/", html_route(page(HUBSPOT if i % 2 else GA), delay=0.01))
    runner = make_runner(accounts, concurrency=8)
    runner.run(1)
    for i in range(40):
        http_server.routes[f"/c{i}.example/"] = html_route(page(HUBSPOT if i % 2 else GA, DRIFT))
    events, _ = runner.run(2)
    assert [e.company_domain for e in events] == [f"c{i}.example" for i in range(40)]
    assert {e.facts["technology"] for e in events} == {"Drift"}


def test_fingerprints_file_of_ones_own(http_server: LoopbackServer, make_runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    own = tmp_path / "tools.toml"
    own.write_text(
        "[[technology]]\nname = \"Acme Widget\"\ncategory = \"live chat\"\n"
        "website = \"https://widget.example\"\nscript_src = ['''^https://cdn\\.widget\\.example/''']\n",
        encoding="utf-8",
    )
    http_server.add("/acme.example/", html_route(page(HUBSPOT, '<script src="https://cdn.widget.example/w.js"></script>')))
    runner = make_runner(fingerprints=str(own))
    runner.run(1)
    assert set(runner.techs()) == {"Acme Widget"}


@pytest.mark.parametrize(
    ("config", "mentions"),
    [
        ({"base_urls": {"site": "http://127.0.0.1:8080/sites"}}, "{domain}"),
        ({"base_urls": {"site": "ftp://x/{domain}"}}, "http://"),
        ({"base_urls": {"greenhouse": "https://x"}}, "only `site`"),
        ({"paths": ["pricing"]}, "starting with \"/\""),
        ({"paths": ["https://acme.example/"]}, "starting with \"/\""),
        ({"paths": []}, "at least one path"),
        ({"fingerprints": "/nonexistent/tools.toml"}, "cannot read the fingerprint file"),
    ],
)
def test_check_refuses_bad_configs(config: dict, mentions: str) -> None:
    parsed = TechStackConfig.model_validate({"name": "sites", "type": "tech_stack", **config})
    with pytest.raises(ConfigProblem) as info:
        TechStackCollector().check(parsed)
    assert mentions in str(info.value)
    assert "source 'sites'" in str(info.value)


def test_config_keys_are_validated() -> None:
    with pytest.raises(ValidationError):
        TechStackConfig.model_validate({"name": "s", "type": "tech_stack", "scheme": "ftp"})
    with pytest.raises(ValidationError):
        TechStackConfig.model_validate({"name": "s", "type": "tech_stack", "concurrency": 0})
    with pytest.raises(ValidationError):
        TechStackConfig.model_validate({"name": "s", "type": "tech_stack", "pathz": ["/"]})
    config = parse_source_config(
        {"name": "s", "type": "tech_stack", "competitors": [" Drift ", ""], "every": "1d"}
    )
    assert isinstance(config, TechStackConfig) and config.competitors == ["Drift"]
    assert config.paths == ["/"] and config.scheme == "https" and config.concurrency == 16


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("acme.com", "acme.com"),
        ("https://WWW.Acme.com/about?x=1", "www.acme.com"),
        ("acme.com:8443", "acme.com"),
        ("user@acme.com", "acme.com"),
        ("bücher.example", "xn--bcher-kva.example"),
        ("not a domain", None),
        ("localhost", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise_domain(raw: str | None, expected: str | None) -> None:
    assert normalise_domain(raw) == expected
