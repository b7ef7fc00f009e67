"""people_file and press_rss for real: files on disk, a loopback HTTP server, and the store.

people_file reads CSV, JSON Lines and People Data Labs JSON from a path, a glob and a URL; the
first read is the baseline, the second (v2 of the same people) yields the moves, a third yields
nothing. press_rss reads a hand-made wire mixing appointments with everything else.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import signals.sources.people_file  # noqa: F401 - registers people_file
import signals.sources.press_rss  # noqa: F401 - registers press_rss
from agent.pipeline import collect_source
from agent.services.accounts import import_accounts, import_contacts
from agent.services.signals import list_signals
from signals.http import Fetcher
from signals.model import SignalEvent, SignalKind, WatchedAccount
from signals.sources.base import MemorySnapshots, ReadContext, SourceError, registered
from tests.conftest import FIXTURES, LoopbackServer, Route, make_workspace

JOB_CHANGE = FIXTURES / "job_change"
NOW = datetime(2024, 6, 15, tzinfo=UTC)
ACCOUNTS = [
    WatchedAccount(id=1, name="Northwind Analytics", domain="northwind.example"),
    WatchedAccount(id=2, name="Kestrel Robotics", domain="kestrel.example"),
    WatchedAccount(id=3, name="Lattice Energy", domain="latticeenergy.example"),
]
#: What ReadContext.people carries: the CRM's champion / lifecycle flags by contact email.
CONTACT_FLAGS = {"maya@beacon.example": (True, "opportunity"), "sam@northwind.example": (False, "customer")}
#: The moves in every v2 file (see tests/fixtures/job_change/README.md).
V2_MOVES = {
    ("Maya Okafor", "champion_moved", True),
    ("Ava Collins", "promotion", True),
    ("Ori Levi", "new_executive", True),
    ("Sam Park", "champion_moved", False),
    ("Grace Liu", "new_executive", True),
}


class Reader:
    """Runs one collector config over and over with state and snapshots kept as the store keeps them."""

    def __init__(self, raw: dict, *, people: dict | None = None, now: datetime = NOW) -> None:
        cls = registered()[raw["type"]]
        self.collector = cls()
        self.config = cls.Config.model_validate(raw)
        self.collector.check(self.config)
        self.state: dict = {}
        self.snapshots = MemorySnapshots()
        self.people = people
        self.now = now
        self.fetcher = Fetcher(attempts=1, timeout=10, allow_private=True)
        self.ctx: ReadContext | None = None

    def read(self) -> list[SignalEvent]:
        ctx = ReadContext(
            http=self.fetcher, state=self.state, snapshots=self.snapshots, accounts=ACCOUNTS, now=self.now,
            people=self.people or {},
        )
        self.ctx = ctx
        events = list(self.collector.read(self.config, ctx))
        self.state["polled_once"] = True
        return events

    def close(self) -> None:
        self.fetcher.close()


def moves(events: list[SignalEvent]) -> set[tuple[str, str, bool]]:
    assert all(e.kind is SignalKind.JOB_CHANGE and e.source for e in events)
    return {(e.facts["person"], e.facts["change"], e.facts["watched"]) for e in events}


def replace(path: Path, source: Path) -> None:
    """Overwrite a file and make sure its modification time moves, as a new export would."""
    shutil.copyfile(source, path)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))


@pytest.mark.parametrize(
    ("v1", "v2", "expected"),
    [
        ("handmade_pdl_bulk_v1.json", "handmade_pdl_bulk_v2.json", V2_MOVES),
        ("handmade_people_v1.csv", "handmade_people_v2.csv", V2_MOVES),
        (
            "handmade_people_v1.jsonl",
            "handmade_people_v2.jsonl",
            {("Maya Okafor", "champion_moved", True), ("Ava Collins", "promotion", True),
             ("Grace Liu", "new_executive", True)},
        ),
    ],
)
def test_people_file_from_a_path(tmp_path: Path, v1: str, v2: str, expected: set) -> None:
    target = tmp_path / f"people{Path(v1).suffix}"
    shutil.copyfile(JOB_CHANGE / v1, target)
    reader = Reader({"name": "people", "type": "people_file", "path": str(target)}, people=CONTACT_FLAGS)
    assert reader.read() == []  # the baseline: everyone's start date is old
    replace(target, JOB_CHANGE / v2)
    events = reader.read()
    assert moves(events) == expected
    assert reader.read() == []  # unchanged file: not read again
    replace(target, JOB_CHANGE / v2)
    assert reader.read() == []  # touched but the same people: nothing moved since
    reader.close()


def test_people_file_events_carry_the_facts_a_draft_needs(tmp_path: Path) -> None:
    target = tmp_path / "people.json"
    shutil.copyfile(JOB_CHANGE / "handmade_pdl_bulk_v1.json", target)
    reader = Reader({"name": "pdl", "type": "people_file", "path": str(target)}, people=CONTACT_FLAGS)
    reader.read()
    replace(target, JOB_CHANGE / "handmade_pdl_bulk_v2.json")
    by_person = {e.facts["person"]: e for e in reader.read()}
    sam = by_person["Sam Park"]
    assert sam.facts == {
        "change": "champion_moved", "person": "Sam Park", "person_email": "sam@tidewater.example",
        "new_title": "Head of Sales", "new_company": "Tidewater", "new_company_domain": "tidewater.example",
        "previous_company": "Northwind Analytics", "previous_title": "Account Executive",
        "champion": True, "watched": False, "start_date": "2024-05",
    }  # fmt: skip
    assert (sam.company_name, sam.company_domain) == ("Tidewater", "tidewater.example")
    assert sam.url == "https://www.linkedin.com/in/sampark" and sam.strength == pytest.approx(0.95)
    assert "not a watched account" in sam.excerpt and not sam.stale
    assert by_person["Ori Levi"].title == "Ori Levi joined Northwind Analytics as Chief Revenue Officer (previously at Quartz)"
    assert by_person["Ori Levi"].strength == pytest.approx(0.85)
    # Priya's two primary jobs are reported, and the 404 of the bulk response too
    assert reader.ctx is not None
    reasons = [p.reason for p in reader.ctx.problems]
    assert any("Helio Systems" in r and "Vantage Data" in r for r in reasons)
    assert any("status 404" in r for r in reasons)


def test_champion_flags_in_the_file_and_from_contacts(tmp_path: Path) -> None:
    target = tmp_path / "people.csv"
    shutil.copyfile(JOB_CHANGE / "handmade_people_v1.csv", target)
    # without contacts: Maya is no champion, so her move to Kestrel is a new executive there;
    # Sam is a champion by the file's own column
    reader = Reader({"name": "p", "type": "people_file", "path": str(target), "champions_from_contacts": False},
                    people=CONTACT_FLAGS)
    reader.read()
    replace(target, JOB_CHANGE / "handmade_people_v2.csv")
    got = moves(reader.read())
    assert ("Maya Okafor", "new_executive", True) in got and ("Sam Park", "champion_moved", False) in got


def test_people_file_over_http_with_conditional_get(http_server: LoopbackServer) -> None:
    route = Route((JOB_CHANGE / "handmade_pdl_bulk_v1.json").read_bytes(), content_type="application/json", etag='"v1"')
    url = http_server.add("/exports/people.json", route)
    reader = Reader({"name": "pdl", "type": "people_file", "url": url}, people=CONTACT_FLAGS)
    assert reader.read() == []
    route.body, route.etag = (JOB_CHANGE / "handmade_pdl_bulk_v2.json").read_bytes(), '"v2"'
    assert moves(reader.read()) == V2_MOVES
    assert reader.read() == [] and route.not_modified == 1
    assert reader.state["etag"] == '"v2"'
    reader.close()


@pytest.mark.parametrize("name", ["handmade_people_v2.csv", "handmade_people_v2.jsonl"])
def test_people_file_csv_and_json_lines_over_http(http_server: LoopbackServer, name: str) -> None:
    v1 = (JOB_CHANGE / name.replace("v2", "v1")).read_bytes()
    route = Route(v1, content_type="text/plain", etag='"a"')
    reader = Reader({"name": "p", "type": "people_file", "url": http_server.add("/p", route)}, people=CONTACT_FLAGS)
    assert reader.read() == []
    route.body, route.etag = (JOB_CHANGE / name).read_bytes(), '"b"'
    assert ("Ava Collins", "promotion", True) in moves(reader.read())
    reader.close()


def test_a_glob_is_read_in_name_order_and_a_broken_file_is_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "drops"
    folder.mkdir()
    shutil.copyfile(JOB_CHANGE / "handmade_people_v1.csv", folder / "people-2024-05.csv")
    reader = Reader({"name": "p", "type": "people_file", "path": str(folder / "people-*.csv")}, people=CONTACT_FLAGS)
    assert reader.read() == []
    shutil.copyfile(JOB_CHANGE / "handmade_people_v2.csv", folder / "people-2024-06.csv")
    (folder / "people-2024-06b.csv").write_bytes(b"<html><body>Sign in</body></html>")
    events = reader.read()
    assert moves(events) == V2_MOVES
    assert reader.ctx is not None
    assert any("HTML" in p.reason and p.where.endswith("people-2024-06b.csv") for p in reader.ctx.problems)
    assert reader.read() == []  # nothing changed in the folder


def test_a_single_unusable_file_fails_the_source_with_a_reason(tmp_path: Path) -> None:
    target = tmp_path / "people.csv"
    target.write_bytes(b"name,title\nAnn,CFO\n")
    with pytest.raises(SourceError, match="recognise people by"):
        Reader({"name": "p", "type": "people_file", "path": str(target)}).read()
    with pytest.raises(SourceError, match="does not exist"):
        Reader({"name": "p", "type": "people_file", "path": str(tmp_path / "missing.csv")}).read()
    empty_glob = Reader({"name": "p", "type": "people_file", "path": str(tmp_path / "none-*.csv")})
    assert empty_glob.read() == []
    assert empty_glob.ctx is not None and "no file matches" in empty_glob.ctx.warnings[0]


def test_people_file_through_the_pipeline_and_the_store(tmp_path: Path, db_url: str) -> None:
    target = tmp_path / "people.csv"
    shutil.copyfile(JOB_CHANGE / "handmade_people_v1.csv", target)
    extra = f'\n[[sources]]\nname = "people"\ntype = "people_file"\npath = "{target}"\nevery = "1d"\n'
    ws = make_workspace(tmp_path / "ws", db_url, extra)
    try:
        import_accounts(
            ws.db,
            b"name,domain,aliases,industry,employees,country,owner_email\n"
            b"Northwind Analytics,northwind.example,,Software,420,US,dana@example.com\n"
            b"Kestrel Robotics,kestrel.example,,Software,180,DE,sam@example.com\n"
            b"Lattice Energy,latticeenergy.example,,Energy,900,US,sam@example.com\n",
            filename="accounts.csv",
        )
        # the CRM says Maya is a champion: the pipeline hands that to the collector (ReadContext.people)
        import_contacts(
            ws.db,
            b"first_name,last_name,email,title,company,domain,lifecycle_stage,champion\n"
            b"Maya,Okafor,maya@beacon.example,VP of Sales,Beacon Labs,beacon.example,opportunity,true\n",
            filename="contacts.csv",
        )
        first = collect_source(ws, "people", now=NOW)
        assert first.error is None and first.new_signals == 0
        replace(target, JOB_CHANGE / "handmade_people_v2.csv")
        second = collect_source(ws, "people", now=NOW)
        assert second.error is None and second.new_signals == 5, second.problems
        assert any("formula" in p for p in second.problems)
        stored = {s["facts"]["person"]: s for s in list_signals(ws.db) if s["kind"] == "job_change"}
        assert set(stored) == {"Maya Okafor", "Ava Collins", "Ori Levi", "Sam Park", "Grace Liu"}
        assert stored["Maya Okafor"]["facts"]["change"] == "champion_moved"
        assert stored["Maya Okafor"]["facts"]["new_company_domain"] == "kestrel.example"
        replace(target, JOB_CHANGE / "handmade_people_v2.csv")
        assert collect_source(ws, "people", now=NOW).new_signals == 0  # snapshots came back from the store
    finally:
        ws.close()


# --------------------------------------------------------------------------------------------
# press_rss


def test_press_rss_over_http(http_server: LoopbackServer) -> None:
    feed = (JOB_CHANGE / "handmade_press_releases.rss.xml").read_bytes()
    route = Route(feed, content_type="application/rss+xml", etag='"w1"')
    reader = Reader(
        {"name": "wire", "type": "press_rss", "url": http_server.add("/wire.xml", route), "max_age_days": 30},
        now=datetime(2024, 6, 21, tzinfo=UTC),
    )
    events = reader.read()
    got = {(e.facts["person"], e.facts["new_title"], e.company_name): e for e in events}
    assert set(got) == {
        ("Jane Doe", "Chief Revenue Officer", "Kestrel Robotics"),
        ("Omar Haddad", "Interim Chief Financial Officer", "Northwind Analytics"),
        ("Grace Liu", "Senior Vice President of Sales", "Lattice Energy"),
        ("Priya Raman", "Chief Operating Officer", "Helio Systems"),
        ("Sam Park", "Head of Sales", "Tidewater"),
        ("Rachel Kim", "Chief People Officer", "Quartz"),
    }
    jane = got[("Jane Doe", "Chief Revenue Officer", "Kestrel Robotics")]
    assert jane.kind is SignalKind.JOB_CHANGE and jane.facts["change"] == "new_executive"
    assert jane.url == "https://wire.example/news/kestrel-robotics-appoints-jane-doe-cro-301"
    assert jane.facts["fractional"] is False and jane.strength == pytest.approx(0.85)
    assert "PRNewswire" in jane.excerpt and not jane.stale
    omar = got[("Omar Haddad", "Interim Chief Financial Officer", "Northwind Analytics")]
    assert omar.facts["fractional"] is True and omar.strength == pytest.approx(0.4)
    assert got[("Priya Raman", "Chief Operating Officer", "Helio Systems")].facts["change"] == "promotion"
    assert got[("Rachel Kim", "Chief People Officer", "Quartz")].stale is True  # March release, 30-day window
    assert reader.read() == [] and route.not_modified == 1
    reader.close()


# --------------------------------------------------------------------------------------------
# garbage over the wire: only SourceError (or nothing) comes out


_garbage = st.one_of(
    st.binary(max_size=1500),
    st.text(max_size=800).map(lambda t: t.encode("utf-8", "replace")),
    st.text(max_size=400).map(
        lambda t: f"<?xml version='1.0'?><rss version='2.0'><channel><item><title>{t}</title>"
        f"<description>{t}</description></item></channel></rss>".encode("utf-8", "replace")
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(body=_garbage, kind=st.sampled_from(["people_file", "press_rss"]))
def test_collectors_survive_garbage(http_server: LoopbackServer, body: bytes, kind: str) -> None:
    url = http_server.add("/garbage", Route(body, content_type="application/octet-stream"))
    reader = Reader({"name": "g", "type": kind, "url": url})
    try:
        events = reader.read()
    except SourceError:
        return
    finally:
        reader.close()
    assert all(e.kind is SignalKind.JOB_CHANGE for e in events)
