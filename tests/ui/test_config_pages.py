"""Configuration in the UI (AppTest): accounts (archive, contacts upload, re-matching the same as
the CLI), settings (ICP, scoring) and sources (add with a test fetch, enable), all saved through
the services into the one source of truth."""

from __future__ import annotations

import json
import tomllib
import uuid
from collections.abc import Iterator
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
import streamlit as st
from sqlmodel import select
from streamlit.testing.v1 import AppTest
from typer.testing import CliRunner

from agent.cli import app as cli
from agent.pipeline import process_signals
from agent.services import accounts as accounts_service
from agent.services import settings as settings_service
from agent.store.models import Account, Draft, Signal
from agent.workspace import Workspace
from signals.model import utcnow
from tests.conftest import LoopbackServer, Route, make_workspace

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "review_ui" / "app.py"
TIMEOUT = 60

ACCOUNT_CSV = b"name,domain,industry,employees,country\nInitech,initech.com,Software,300,US\n"
CONTACTS_CSV = (
    b"first_name,last_name,email,title,company,domain\n"
    b"Gavin,Belson,gavin@hooli.xyz,VP Sales,Hooli,hooli.xyz\n"
    b"Broken,Row,not-an-email,VP Sales,Hooli,hooli.xyz\n"
)


@pytest.fixture
def ws(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    workspace = make_workspace(tmp_path / "ws", db_url)
    workspace.db  # noqa: B018 - migrate before the app opens its own connection
    monkeypatch.setenv("OUTRIDER_WORKSPACE", str(workspace.path))
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setenv("OUTRIDER_REVIEWER", "rep@example.com")
    yield workspace
    st.cache_resource.clear()
    workspace.close()


def page(name: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    at.switch_page(f"views/{name}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    return at


def messages(at: AppTest) -> str:
    text = " | ".join(str(e.value) for kind in (at.error, at.warning, at.success, at.info) for e in kind)
    return text.replace("\\", "")  # as shown: markdown escapes dropped


def signal(account_id: int | None, status: str, name: str, domain: str, reason: str | None = None) -> Signal:
    url = f"https://news.example.com/{uuid.uuid4().hex[:8]}"
    title = f"{name} raises $20M Series B"
    return Signal(
        kind="funding", source="wire", dedup_key=f"{name}-{status}", ref=url, occurred_at=utcnow() - timedelta(days=1),
        url=url, title=title, excerpt=f"{name} raised $20M led by Example Ventures.", company_name=name,
        company_domain=domain, facts={"round": "Series B", "amount": 20_000_000, "currency": "USD"},
        evidence=[{"id": "E1", "label": "Funding", "text": f"{name} raised $20M", "url": url}],
        account_id=account_id, status=status, status_reason=reason, strength=0.8,
    )


def seed(ws: Workspace) -> None:
    """An unmatched signal about Initech (not watched yet), and one recorded at Hooli for want of a contact."""
    with ws.db.session() as s:
        hooli = Account(name="Hooli", domain="hooli.xyz", industry="Software", employees=5000, country="US")
        s.add(hooli)
        s.flush()
        s.add(signal(None, "unmatched", "Initech", "initech.com", "Initech is not a watched account"))
        s.add(signal(hooli.id, "recorded", "Hooli", "hooli.xyz", "no contact at Hooli fits the personas; add one"))
        s.commit()


def outcome(ws: Workspace) -> dict[str, tuple[str, str | None]]:
    with ws.db.session() as s:
        names = {a.id: a.name for a in s.exec(select(Account)).all()}
        return {sig.dedup_key: (sig.status, names.get(sig.account_id)) for sig in s.exec(select(Signal)).all()}


def drafts(ws: Workspace) -> list[tuple[str, int | None]]:
    with ws.db.session() as s:
        names = {a.id: a.name for a in s.exec(select(Account)).all()}
        return sorted((names[d.account_id], d.contact_id is not None) for d in s.exec(select(Draft)).all())


def test_the_cli_and_the_ui_re_match_signals_the_same_way(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The CLI path, in its own workspace.
    cli_ws = make_workspace(tmp_path / "cli", f"sqlite:///{tmp_path / 'cli' / 'outrider.db'}")
    seed(cli_ws)
    (tmp_path / "accounts.csv").write_bytes(ACCOUNT_CSV)
    (tmp_path / "contacts.csv").write_bytes(CONTACTS_CSV)
    runner = CliRunner()
    with monkeypatch.context() as env:
        env.setenv("DATABASE_URL", cli_ws.settings.database_url or "")
        for what in ("accounts", "contacts"):
            result = runner.invoke(cli, ["-w", str(cli_ws.path), what, "import", str(tmp_path / f"{what}.csv")])
            assert result.exit_code == 0, result.output
            assert "1 signal(s) get another pass" in " ".join(result.output.split())

    # The UI path: add the account with the form, upload the contacts file.
    seed(ws)
    at = page("accounts")
    at.text_input(key="add-0-name").input("Initech")
    at.text_input(key="add-0-domain").input("initech.com")
    at.text_input(key="add-0-industry").input("Software")
    at.number_input(key="add-0-employees").set_value(300)
    at.text_input(key="add-0-country").input("US")
    ok(at.button(key="add-submit-0").click().run())
    at.file_uploader(key="contacts-import-file").set_value(("contacts.csv", CONTACTS_CSV, "text/csv")).run()
    ok(at.button(key="contacts-import").click().run())
    # The bad row is listed open, with its line number and why.
    problems = at.table[0].value
    assert any("line 3" in str(w) for w in problems["line"]), problems
    assert "1 signal(s) get another look" in messages(at)

    expected = {"Initech-unmatched": ("new", None), "Hooli-recorded": ("new", "Hooli")}
    assert outcome(cli_ws) == expected
    assert outcome(ws) == expected

    # And the next cycle turns them into the same things on both paths.
    process_signals(cli_ws)
    process_signals(ws)
    assert outcome(ws) == outcome(cli_ws)
    assert outcome(ws)["Initech-unmatched"] == ("recorded", "Initech")  # matched now; no contact there yet
    assert outcome(ws)["Hooli-recorded"] == ("drafted", "Hooli")  # Gavin is the recipient now
    assert drafts(ws) == drafts(cli_ws) == [("Hooli", True)]
    cli_ws.close()


def test_archive_and_restore_an_account(ws: Workspace) -> None:
    seed(ws)
    at = page("accounts")
    hooli = accounts_service.list_accounts(ws.db)[0]
    ok(at.button(key=f"archive-{hooli['id']}").click().run())
    assert "Archived Hooli" in messages(at)
    assert accounts_service.list_accounts(ws.db) == []
    assert [a["name"] for a in accounts_service.list_accounts(ws.db, archived=True)] == ["Hooli"]
    with ws.db.session() as s:
        assert accounts_service.watched_accounts(s) == []  # no new signal is matched to it
        assert s.exec(select(Signal).where(Signal.account_id == hooli["id"])).first() is not None  # history kept
    listed = CliRunner().invoke(cli, ["-w", str(ws.path), "accounts", "list", "--archived", "--json"])
    assert listed.exit_code == 0, listed.output
    assert [a["name"] for a in json.loads(listed.output)] == ["Hooli"]
    ok(at.button(key=f"restore-{hooli['id']}").click().run())
    assert [a["name"] for a in accounts_service.list_accounts(ws.db)] == ["Hooli"]


def test_edit_an_account_re_matches_signals_about_its_new_alias(ws: Workspace) -> None:
    seed(ws)
    with ws.db.session() as s:
        s.add(signal(None, "unmatched", "Hooli XYZ Labs", "", "Hooli XYZ Labs is not a watched account"))
        s.commit()
    process_signals(ws)
    assert outcome(ws)["Hooli XYZ Labs-unmatched"][0] == "unmatched"
    at = page("accounts")
    hooli = accounts_service.list_accounts(ws.db)[0]
    at.text_input(key=f"edit-{hooli['id']}-aliases").input("Hooli XYZ Labs")
    ok(at.button(key=f"edit-submit-{hooli['id']}").click().run())
    assert accounts_service.get_account(ws.db, hooli["id"]).aliases == ["Hooli XYZ Labs"]
    process_signals(ws)
    assert outcome(ws)["Hooli XYZ Labs-unmatched"] == ("recorded", "Hooli")


def test_settings_page_saves_the_icp_with_the_loaders_validation(ws: Workspace) -> None:
    at = page("settings")
    at.text_area(key="icp-industries").input("Software\nFintech")
    at.text_area(key="icp-personas").input("VP Sales\nHead of RevOps")
    ok(at.button(key="icp-save").click().run())
    assert "Saved the ICP" in messages(at)
    raw = tomllib.loads(ws.config_path.read_text())
    assert raw["icp"]["industries"] == ["Software", "Fintech"]
    assert raw["icp"]["personas"] == ["VP Sales", "Head of RevOps"]
    assert "# Who we sell to." in ws.config_path.read_text()

    before = ws.config_path.read_bytes()
    at.number_input(key="icp-employees-min").set_value(9000)
    ok(at.button(key="icp-save").click().run())
    assert "min above max" in messages(at) and "icp.employees" in messages(at)
    assert ws.config_path.read_bytes() == before


def test_settings_page_saves_scoring_and_refuses_a_stale_form(ws: Workspace) -> None:
    at = page("settings")
    at.number_input(key="scoring-mql").set_value(55.0)
    ok(at.button(key="scoring-save").click().run())
    assert tomllib.loads(ws.config_path.read_text())["scoring"] == {"mql_threshold": 55.0}  # only what changed

    at.number_input(key="scoring-mql").set_value(60.0)
    settings_service.update_scoring(ws, {"half_life_days": 14})  # someone else saves meanwhile
    ok(at.button(key="scoring-save").click().run())
    assert "changed since this form was opened" in messages(at)
    scoring = tomllib.loads(ws.config_path.read_text())["scoring"]
    assert (scoring["mql_threshold"], scoring["half_life_days"]) == (55.0, 14)


def test_sources_page_adds_a_source_after_a_test_fetch_and_disables_it(
    ws: Workspace, http_server: LoopbackServer
) -> None:
    accounts_service.add_account(ws.db, name="Northwind Analytics", domain="northwind.example")
    when = format_datetime(utcnow() - timedelta(hours=3))
    feed = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>W</title><link>https://n.example/</link>"
        "<description>d</description><item><title>Northwind Analytics raises $45M Series B led by Harbor"
        f"</title><link>https://n.example/1</link><guid>n-1</guid><pubDate>{when}</pubDate>"
        "<description>Northwind Analytics raised $45 million.</description></item></channel></rss>"
    ).encode()
    url = http_server.add("/feed.xml", Route(feed))
    at = page("sources")
    at.text_input(key="src-new-0-name").input("loop-feed")
    at.text_input(key="src-new-0-url").input(url)
    ok(at.button(key="src-new-0-test").click().run())
    assert "1 event(s), 1 about a watched account. Nothing was stored." in messages(at)
    # The test fetch's table (on PostgreSQL the Workers section adds its own table below it).
    fetched = [df.value for df in at.dataframe if "account" in df.value.columns]
    assert len(fetched) == 1 and fetched[0]["account"].tolist() == ["Northwind Analytics"]
    assert "loop-feed" not in ws.config_path.read_text()  # a test fetch saves nothing

    ok(at.button(key="src-new-0-save").click().run())
    assert ws.refresh_config() is True  # as a running `outrider run` notices it
    assert [s.name for s in ws.config.sources] == ["loop-feed"]
    assert "Saved source loop-feed" in messages(at)
    ok(at.toggle(key="enable-loop-feed").set_value(False).run())
    assert tomllib.loads(ws.config_path.read_text())["sources"][0]["enabled"] is False


def test_a_bad_source_is_refused_with_the_loaders_message(ws: Workspace) -> None:
    at = page("sources")
    at.text_input(key="src-new-0-name").input("feed")
    at.text_input(key="src-new-0-url").input("https://example.com/feed.xml")
    at.text_input(key="src-new-0-every").input("sometimes")
    ok(at.button(key="src-new-0-save").click().run())
    assert 'sources[0] ("feed").every' in messages(at)
    assert "sources" not in tomllib.loads(ws.config_path.read_text())


def test_sources_page_edits_and_renames_a_source(ws: Workspace) -> None:
    settings_service.save_source(
        ws, {"name": "wire", "type": "funding_rss", "url": "https://example.com/wire.rss", "max_age_days": 10}
    )
    at = page("sources")
    ok(at.selectbox(key="source-choice").set_value("wire").run())
    assert at.text_area(key="src-wire-0-extra").value.strip() == "max_age_days = 10"
    at.text_input(key="src-wire-0-name").input("wire-eu")
    at.text_input(key="src-wire-0-every").input("30m")
    at.text_area(key="src-wire-0-extra").input("max_age_days = 14\ndeadline_s = 60")
    ok(at.button(key="src-wire-0-save").click().run())
    assert "Saved source wire-eu" in messages(at)
    assert tomllib.loads(ws.config_path.read_text())["sources"] == [
        {"name": "wire-eu", "type": "funding_rss", "url": "https://example.com/wire.rss", "every": "30m",
         "max_age_days": 14, "deadline_s": 60}
    ]

    ok(at.selectbox(key="source-choice").set_value("wire-eu").run())
    at.text_area(key="src-wire-eu-1-extra").input("max_age_days = [")
    ok(at.button(key="src-wire-eu-1-save").click().run())
    assert "Other settings are not valid TOML" in messages(at)
