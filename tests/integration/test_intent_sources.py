"""The intent collectors on files, globs and loopback HTTP, and through the real pipeline.

bombora_csv: the four hand-made weekly Company Surge files (tests/fixtures/intent/*.source.txt
lists the spikes they hold), read by glob, each once; header variants, encodings and gzip;
malformed rows with their line numbers, capped; conditional GET with ETag -> 304.
intent_events: the hand-made JSON Lines log, read incrementally from a byte offset; strong
pricing/demo visits; free mail; one spike per (domain, topic, ISO week).
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import os
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from sqlmodel import select

import signals.sources.bombora_csv  # noqa: F401 - registers the collectors before workspaces parse config
import signals.sources.intent_events  # noqa: F401
from agent.pipeline import collect_source
from agent.services.accounts import import_accounts
from agent.store.models import Signal, Snapshot
from signals.http import Fetcher
from signals.model import SignalEvent, SignalKind, WatchedAccount
from signals.sources.base import ConfigProblem, MemorySnapshots, ReadContext, SourceError
from signals.sources.bombora_csv import BomboraConfig, BomboraCsvCollector
from signals.sources.intent_events import IntentEventsCollector, IntentEventsConfig
from tests.conftest import FIXTURES, LoopbackServer, Route, make_workspace

INTENT = FIXTURES / "intent"
WEEK_FILES = sorted(INTENT.glob("handmade_surge_2024-*.csv"))
EVENTS_FILE = INTENT / "handmade_web_events.jsonl"
HEADER = (INTENT / "bombora_master_surge_file_columns.csv").read_text(encoding="utf-8").strip()
ACCOUNTS = [
    WatchedAccount(id=1, name="Acme Corp", domain="acme.com"),
    WatchedAccount(id=2, name="Globex", domain="https://www.globex.com/"),
    WatchedAccount(id=3, name="Initech", domain="initech.com"),
    WatchedAccount(id=4, name="Umbrella", domain="umbrella.com"),
]
EXPECTED_SPIKES = {
    ("acme.com", "Customer Data Platform", "2024-W01", "crossed 60"),
    ("globex.com", "Cloud Security", "2024-W02", "rose 22 points over the week before"),
    ("acme.com", "Sales Intelligence", "2024-W03", "crossed 60"),
    ("acme.com", "Sales Intelligence", "2024-W04", "rose 31.3 points over its 3-week mean"),
    ("initech.com", "Sales Intelligence", "2024-W04", "crossed 60 and rose 19.3 points over its 3-week mean"),
    ("umbrella.com", "Customer Data Platform", "2024-W04", "crossed 60"),
}


class Reader:
    """Runs one collector repeatedly the way the pipeline does: state and snapshots go through JSON."""

    def __init__(self, collector: Any, config: Any, accounts: list[WatchedAccount] = ACCOUNTS,
                 http: Any = None) -> None:
        self.collector, self.config, self.accounts, self.http = collector, config, accounts, http
        self.state: dict[str, Any] = {}
        self.snapshots = MemorySnapshots()
        self.ctx: ReadContext | None = None
        self.progress: list[tuple[int, int | None]] = []

    def read(self) -> list[SignalEvent]:
        self.ctx = ReadContext(
            http=self.http,
            state=json.loads(json.dumps(self.state)),
            snapshots=self.snapshots,
            accounts=self.accounts,
            now=datetime(2024, 1, 24, tzinfo=UTC),
            progress=lambda done, total: self.progress.append((done, total)),
        )
        self.collector.check(self.config)
        events = list(self.collector.read(self.config, self.ctx))
        self.state = json.loads(json.dumps({**self.ctx.state, "polled_once": True}))
        self.snapshots.data = json.loads(json.dumps(self.snapshots.data))
        return events

    @property
    def problems(self) -> list[str]:
        assert self.ctx is not None
        return [f"{p.where}: {p.reason}" for p in self.ctx.problems]

    @property
    def warnings(self) -> list[str]:
        assert self.ctx is not None
        return list(self.ctx.warnings)


def bombora(path: str | None = None, **extra: Any) -> Reader:
    config = BomboraConfig.model_validate({"name": "bombora", "type": "bombora_csv", "path": path, **extra})
    return Reader(BomboraCsvCollector(), config)


def spikes(events: list[SignalEvent]) -> set[tuple[str, str, str, str]]:
    return {(e.company_domain, e.facts["topic"], e.facts["week"], e.facts["reason"]) for e in events}  # type: ignore[misc]


def copy_weeks(folder: Path, files: list[Path]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for path in files:
        shutil.copy(path, folder / path.name)


# ============================================================================ bombora_csv


def test_weekly_files_by_glob_give_exactly_the_expected_spikes(tmp_path: Path) -> None:
    copy_weeks(tmp_path / "surge", WEEK_FILES)
    reader = bombora(str(tmp_path / "surge" / "*.csv"))
    events = reader.read()
    assert spikes(events) == EXPECTED_SPIKES
    assert len(events) == len(EXPECTED_SPIKES)

    by_ref = {e.ref: e for e in events}
    top = by_ref["acme.com|Sales Intelligence|2024-W04"]
    assert top.kind is SignalKind.INTENT_SPIKE and top.source == "bombora"
    assert top.occurred_at == datetime(2024, 1, 22, tzinfo=UTC)
    assert top.company_name == "Acme Corp" and top.company_domain == "acme.com"
    assert top.facts == {
        "topic": "Sales Intelligence", "score": 85, "previous_mean": 53.7, "week": "2024-W04",
        "category": "Sales", "strong": True, "reason": "rose 31.3 points over its 3-week mean",
    }
    assert top.strength == 0.8 and "85" in top.title and "Sales Intelligence" in top.title
    assert by_ref["globex.com|Cloud Security|2024-W02"].occurred_at == datetime(2024, 1, 8, tzinfo=UTC)
    assert by_ref["globex.com|Cloud Security|2024-W02"].company_name == "Globex, Inc."
    umbrella = by_ref["umbrella.com|Customer Data Platform|2024-W04"]  # "www.umbrella.com", "70.0"
    assert umbrella.facts["score"] == 70 and umbrella.facts["previous_mean"] is None
    assert {e.strength for e in events if not e.facts["strong"]} == {0.7}
    assert all(e.stale is False for e in events if e.facts["week"] == "2024-W04")

    # Line numbers of the three malformed watched rows; the unwatched one (line 9) is never parsed.
    assert reader.problems == [
        "source 'bombora' handmade_surge_2024-01-15.csv line 6: composite score 'n/a' is not a number from 0 to 100",
        "source 'bombora' handmade_surge_2024-01-15.csv line 7: no domain",
        "source 'bombora' handmade_surge_2024-01-15.csv line 8: datestamp 'next tuesday' is not a date",
    ]
    assert reader.warnings == []

    # One compact snapshot per watched domain; hooli.com (not watched) has none.
    assert set(reader.snapshots.data) == {f"intent:{d}" for d in ("acme.com", "globex.com", "initech.com", "umbrella.com")}
    assert reader.snapshots.data["intent:acme.com"]["Sales Intelligence"] == [
        ["2024-W01", 45], ["2024-W02", 55], ["2024-W03", 61], ["2024-W04", 85],
    ]
    assert reader.snapshots.data["intent:umbrella.com"] == {"Customer Data Platform": [["2024-W04", 70]]}


def test_each_file_is_read_once_and_a_new_week_adds_only_its_spikes(tmp_path: Path) -> None:
    folder = tmp_path / "surge"
    copy_weeks(folder, WEEK_FILES[:3])
    reader = bombora(str(folder / "*.csv"))
    first = reader.read()
    assert {e.facts["week"] for e in first} == {"2024-W01", "2024-W02", "2024-W03"}
    assert len(reader.problems) == 3
    assert sorted(Path(p).name for p in reader.state["files"]) == [p.name for p in WEEK_FILES[:3]]

    again = reader.read()
    assert again == [] and reader.problems == []  # nothing re-read, so no problem re-reported

    copy_weeks(folder, WEEK_FILES[3:])
    later = reader.read()
    assert spikes(later) == {s for s in EXPECTED_SPIKES if s[2] == "2024-W04"}
    assert not {e.dedup_key for e in later} & {e.dedup_key for e in first}
    assert reader.read() == []


def test_a_corrected_file_is_read_again_and_replaces_its_week(tmp_path: Path) -> None:
    folder = tmp_path / "surge"
    copy_weeks(folder, WEEK_FILES)
    reader = bombora(str(folder / "*.csv"))
    first = {e.dedup_key for e in reader.read()}
    week4 = folder / WEEK_FILES[3].name
    week4.write_bytes(week4.read_bytes().replace(b",70.0,", b",74,"))
    again = reader.read()
    assert [e.ref for e in again] and {e.dedup_key for e in again} <= first
    assert reader.snapshots.data["intent:umbrella.com"] == {"Customer Data Platform": [["2024-W04", 74]]}


def test_files_that_leave_the_folder_leave_the_state(tmp_path: Path) -> None:
    folder = tmp_path / "surge"
    copy_weeks(folder, WEEK_FILES[:2])
    reader = bombora(str(folder / "*.csv"))
    reader.read()
    (folder / WEEK_FILES[0].name).unlink()
    assert reader.read() == []
    assert [Path(p).name for p in reader.state["files"]] == [WEEK_FILES[1].name]


def test_topics_match_case_insensitively_and_exactly(tmp_path: Path) -> None:
    copy_weeks(tmp_path / "surge", WEEK_FILES)
    events = bombora(str(tmp_path / "surge" / "*.csv"), topics=["SALES INTELLIGENCE "]).read()
    assert spikes(events) == {s for s in EXPECTED_SPIKES if s[1] == "Sales Intelligence"}
    assert bombora(str(tmp_path / "surge" / "*.csv"), topics=["Sales"]).read() == []


def _rows(date_text: str = "2024-01-08") -> list[list[str]]:
    return [
        ["Société Générale", "acme.com", "Large", "Finance", "Sales", "Sales Intelligence", "70",
         "Paris, France", "FR", "A", date_text],
        ["Hooli", "hooli.com", "Large", "Software", "Sales", "Sales Intelligence", "99",
         "Palo Alto, CA", "US", "A", date_text],
    ]


def _csv(header: list[str] | None, rows: list[list[str]], delimiter: str = ",") -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    if header is not None:
        writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


CANONICAL = HEADER.split(",")
VARIANTS: dict[str, tuple[str, bytes]] = {
    "canonical": ("surge.csv", _csv(CANONICAL, _rows()).encode()),
    "bom-title-case-us-dates": (
        "surge.csv",
        codecs.BOM_UTF8 + _csv(["Company Name", "Domain", "Size", "Industry", "Category", "Topic Name",
                                "Composite Score", "Metro Area", "Domain Origin", "Bucket Code", "Date"],
                               _rows("1/8/2024")).encode(),
    ),
    "semicolon-cp1252": ("surge.csv", _csv(CANONICAL, _rows(), delimiter=";").encode("cp1252")),
    "headerless": ("surge.csv", _csv(None, _rows()).encode()),
    "utf16": ("surge.csv", _csv(CANONICAL, _rows()).encode("utf-16")),
    "gzip": ("surge.csv.gz", gzip.compress(_csv(CANONICAL, _rows()).encode())),
    "date-in-file-name": (
        "MasterSurgeFile_20240108_1.csv",
        _csv(CANONICAL[:10], [r[:10] for r in _rows()]).encode(),
    ),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_header_variants_encodings_and_gzip(tmp_path: Path, variant: str) -> None:
    name, data = VARIANTS[variant]
    (tmp_path / name).write_bytes(data)
    reader = bombora(str(tmp_path / name))
    events = reader.read()
    assert reader.problems == [] and reader.warnings == []
    assert [(e.ref, e.company_name, e.occurred_at) for e in events] == [
        ("acme.com|Sales Intelligence|2024-W02", "Société Générale", datetime(2024, 1, 8, tzinfo=UTC))
    ]


def test_a_file_without_the_needed_columns_is_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("company,size\nAcme,Large\n", encoding="utf-8")
    (tmp_path / "b.csv").write_bytes(_csv(CANONICAL, _rows()).encode())
    reader = bombora(str(tmp_path / "*.csv"))
    assert len(reader.read()) == 1
    assert len(reader.warnings) == 1 and "a.csv line 1" in reader.warnings[0]
    assert "no domain, topic, composite score, datestamp column" in reader.warnings[0]
    assert len(reader.state["files"]) == 2  # the broken file is not retried until it changes


def test_empty_binary_and_missing_inputs(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "blank.csv").write_bytes(b"\r\n\r\n")
    (tmp_path / "image.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    reader = bombora(str(tmp_path / "*.csv"))
    assert reader.read() == []
    assert sorted(w.split(": ", 1)[1] for w in reader.warnings) == [
        "blank.csv is empty", "empty.csv is empty", "image.csv is a binary file, not a CSV export",
    ]
    none = bombora(str(tmp_path / "nothing" / "*.csv"))
    assert none.read() == [] and "no file matches" in none.warnings[0]
    with pytest.raises(SourceError, match="does not exist"):
        bombora(str(tmp_path / "missing.csv")).read()


def test_short_rows_and_unreadable_records_are_skipped_with_line_numbers(tmp_path: Path) -> None:
    text = (
        HEADER + "\n"
        + "Acme Corp,acme.com,Large\n"                      # line 2: too few columns
        + "Acme Corp,acme.com,L,S,Sales,,70,X,US,A,2024-01-08\n"  # line 3: no topic
        + "\n"                                             # line 4: blank, ignored
        + "Initech,initech.com,L,S,Sales,CDP,61,X,US,A,2024-01-08\n"
    )
    (tmp_path / "s.csv").write_text(text, encoding="utf-8")
    reader = bombora(str(tmp_path / "s.csv"))
    assert [e.ref for e in reader.read()] == ["initech.com|CDP|2024-W02"]
    assert reader.problems == [
        "source 'bombora' s.csv line 2: has 3 columns; expected 11",
        "source 'bombora' s.csv line 3: no topic for acme.com",
    ]


def test_malformed_rows_are_listed_up_to_a_cap_then_counted(tmp_path: Path) -> None:
    bad = "Acme Corp,acme.com,L,S,Sales,Topic {i},lots,X,US,A,2024-01-08\n"
    text = HEADER + "\n" + "".join(bad.format(i=i) for i in range(1000))
    text += "Acme Corp,acme.com,L,S,Sales,Good Topic,75,X,US,A,2024-01-08\n"
    (tmp_path / "broken.csv").write_text(text, encoding="utf-8")
    reader = bombora(str(tmp_path / "broken.csv"))
    assert [e.facts["topic"] for e in reader.read()] == ["Good Topic"]
    assert len(reader.problems) == 101
    assert reader.problems[0] == (
        "source 'bombora' broken.csv line 2: composite score 'lots' is not a number from 0 to 100"
    )
    assert reader.problems[99].startswith("source 'bombora' broken.csv line 101:")
    assert reader.problems[100] == (
        "source 'bombora' broken.csv: 900 more malformed rows were skipped "
        "(only the first 100 of a run are listed one by one)"
    )


def test_max_rows_per_file_and_progress(tmp_path: Path) -> None:
    row = "Co {i},d{i}.example,L,S,Sales,Topic,70,X,US,A,2024-01-08\n"
    (tmp_path / "big.csv").write_text(HEADER + "\n" + "".join(row.format(i=i) for i in range(120_000)))
    accounts = [WatchedAccount(id=i, name=f"Co {i}", domain=f"d{i}.example") for i in (5, 110_000)]
    reader = bombora(str(tmp_path / "big.csv"))
    reader.accounts = accounts
    assert [e.company_domain for e in reader.read()] == ["d5.example", "d110000.example"]
    assert reader.progress == [(50_000, None), (100_000, None), (120_000, 120_000)]

    capped = bombora(str(tmp_path / "big.csv"), max_rows_per_file=100_000)
    capped.accounts = accounts
    assert [e.company_domain for e in capped.read()] == ["d5.example"]
    assert capped.warnings == ["source 'bombora': big.csv: only the first 100,000 rows were read (max_rows_per_file)"]


def test_url_mode_uses_the_etag_and_gets_304_the_second_time(http_server: LoopbackServer) -> None:
    route = Route(WEEK_FILES[3].read_bytes(), content_type="text/csv", etag='"w4"')
    url = http_server.add("/exports/surge.csv", route)
    with Fetcher(attempts=1, timeout=10, allow_private=True) as fetcher:
        reader = Reader(BomboraCsvCollector(), BomboraConfig(name="bombora", type="bombora_csv", url=url),
                        http=fetcher)
        first = reader.read()
        assert {e.ref for e in first} == {
            "acme.com|Sales Intelligence|2024-W04", "acme.com|Customer Data Platform|2024-W04",
            "initech.com|Sales Intelligence|2024-W04", "umbrella.com|Customer Data Platform|2024-W04",
        }
        assert reader.state["etag"] == '"w4"'
        assert reader.read() == []
        assert route.hits == 2 and route.not_modified == 1
        assert http_server.requests[-1]["if-none-match"] == '"w4"'

        # A server without validators serving the same bytes: read, recognised, not re-parsed.
        plain = http_server.add("/plain.csv", Route(WEEK_FILES[0].read_bytes(), content_type="text/csv"))
        reader2 = Reader(BomboraCsvCollector(), BomboraConfig(name="b2", type="bombora_csv", url=plain),
                         http=fetcher)
        assert len(reader2.read()) == 1
        assert reader2.read() == [] and reader2.snapshots.data["intent:acme.com"]

        gz = http_server.add("/surge.csv.gz", Route(gzip.compress(WEEK_FILES[3].read_bytes()),
                                                    content_type="application/gzip"))
        reader3 = Reader(BomboraCsvCollector(), BomboraConfig(name="b3", type="bombora_csv", url=gz),
                         http=fetcher)
        assert len(reader3.read()) == 4


def test_check_refuses_a_non_http_url_and_config_needs_one_location() -> None:
    with pytest.raises(ConfigProblem, match="http"):
        BomboraCsvCollector().check(BomboraConfig(name="b", type="bombora_csv", url="ftp://x/y.csv"))
    with pytest.raises(ValidationError, match="exactly one"):
        BomboraConfig(name="b", type="bombora_csv", url="https://x/y.csv", path="/tmp/x.csv")
    with pytest.raises(ValidationError):
        BomboraConfig(name="b", type="bombora_csv", path="/tmp/x.csv", threshold=0)


_cell = st.one_of(
    st.text(max_size=15),
    st.sampled_from(["acme.com", "ACME.COM", "www.acme.com", "", "n/a", "61", "100", "2024-01-08",
                     "1/8/2024", "Sales Intelligence", '"', "\x00", "\r"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    header=st.one_of(st.just(CANONICAL), st.lists(st.text(max_size=12), max_size=12)),
    rows=st.lists(st.lists(_cell, max_size=13), max_size=25),
    noise=st.binary(max_size=300),
)
def test_garbage_files_never_raise(header: list[str], rows: list[list[str]], noise: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "a.csv").write_text(_csv(header, rows), encoding="utf-8", errors="replace")
        (folder / "b.csv").write_bytes(noise)
        (folder / "c.csv").write_bytes(_csv(CANONICAL, rows).encode("utf-8", "replace") + noise)
        reader = bombora(str(folder / "*.csv"))
        for event in reader.read():
            assert event.company_domain == "acme.com" and event.facts["reason"]
        assert len(reader.state["files"]) == 3


# ============================================================================ intent_events


def events_reader(path: Path | str | None = None, **extra: Any) -> Reader:
    config = IntentEventsConfig.model_validate(
        {"name": "web", "type": "intent_events", "path": str(path) if path else None, **extra}
    )
    return Reader(IntentEventsCollector(), config)


APPENDED = (
    b'{"domain": "globex.com", "topic": "Sales Intelligence", "score": 15, "timestamp": "2024-01-12T09:00:00Z"}\n'
    b'{"domain": "initech.com", "url": "/pricing", "timestamp": "2024-01-12T10:00:00Z"}\n'
    b"not json at all\n"
)


def test_the_event_log_gives_one_strong_spike_and_says_what_it_skipped(tmp_path: Path) -> None:
    log = tmp_path / "events.jsonl"
    shutil.copy(EVENTS_FILE, log)
    reader = events_reader(log)
    events = reader.read()
    assert [e.ref for e in events] == ["acme.com|web visits|2024-W02"]
    acme = events[0]
    assert acme.occurred_at == datetime(2024, 1, 9, 10, 15, tzinfo=UTC)
    assert acme.company_domain == "acme.com" and acme.company_name == "Acme Corporation"
    assert acme.facts == {
        "topic": None, "activity": "website visits", "score": 50, "window_days": 7, "events": 2,
        "week": "2024-W02",
        "strong": True, "pages": ["/pricing"],
        "reason": "50 points from 2 events in 7 days, including a visit to /pricing",
    }
    assert acme.strength == 0.8 and "/pricing" in acme.title
    assert "topic" not in {e.label for e in acme.evidence()}
    assert reader.problems == [
        "source 'web' events.jsonl line 6: the line is not JSON (Expecting value: line 1 column 33 (char 32))",
        "source 'web' events.jsonl line 7: the event has neither `topic` nor `url`",
        "source 'web' events.jsonl line 10: `timestamp` 'yesterday' is not a date and time",
    ]  # the gmail.com visit (line 3) is skipped without a problem; hooli.com is not watched
    assert reader.state["files"][str(log)]["offset"] == log.stat().st_size
    assert reader.state["files"][str(log)]["line"] == 11
    snapshot = reader.snapshots.data["intent_events:acme.com"]["groups"]["web visits"]
    assert snapshot["emitted"] == ["2024-W02"]
    assert snapshot["days"] == [
        ["2024-01-08", 10, 1, 0, []], ["2024-01-09", 40, 1, 1, ["/pricing"]],
        ["2024-01-10", 40, 1, 1, ["/request-demo"]],
    ]


def test_appended_lines_are_read_from_the_offset(tmp_path: Path) -> None:
    log = tmp_path / "events.jsonl"
    shutil.copy(EVENTS_FILE, log)
    reader = events_reader(log)
    reader.read()
    assert reader.read() == [] and reader.problems == []

    with log.open("ab") as f:
        f.write(APPENDED)
        f.write(b'{"domain": "globex.com", "topic": "Sales Intelligence", "score": 5, ')  # still being written
    events = reader.read()
    assert sorted(e.ref for e in events) == ["globex.com|Sales Intelligence|2024-W02", "initech.com|web visits|2024-W02"]
    by_ref = {e.ref: e for e in events}
    assert by_ref["globex.com|Sales Intelligence|2024-W02"].facts["score"] == 55  # 20 + 20 from the first read + 15
    assert by_ref["initech.com|web visits|2024-W02"].facts["pages"] == ["/contact-sales", "/pricing"]
    # Only the new lines were read: the old problems are not reported again; numbering goes on.
    assert reader.problems == ["source 'web' events.jsonl line 14: the line is not JSON (Expecting value: line 1 column 1 (char 0))"]
    assert reader.state["files"][str(log)]["line"] == 14
    assert reader.state["files"][str(log)]["offset"] == log.stat().st_size - len(
        b'{"domain": "globex.com", "topic": "Sales Intelligence", "score": 5, '
    )

    with log.open("ab") as f:
        f.write(b'"timestamp": "2024-01-13T09:00:00Z"}\n')
    assert reader.read() == []  # globex already had its spike in 2024-W02
    assert reader.problems == []
    assert reader.snapshots.data["intent_events:globex.com"]["groups"]["sales intelligence"]["days"][-1] == [
        "2024-01-13", 5, 1, 0, []
    ]


def test_a_last_line_without_newline_is_taken_when_it_is_whole(tmp_path: Path) -> None:
    log = tmp_path / "events.jsonl"
    log.write_bytes(b'{"domain": "acme.com", "url": "/pricing", "score": 60, "timestamp": "2024-01-09T10:00:00Z"}')
    reader = events_reader(log)
    assert len(reader.read()) == 1
    assert reader.state["files"][str(log)]["offset"] == log.stat().st_size


def test_a_rotated_log_is_read_from_the_start(tmp_path: Path) -> None:
    log = tmp_path / "events.jsonl"
    shutil.copy(EVENTS_FILE, log)
    reader = events_reader(log)
    reader.read()
    os.replace(log, tmp_path / "old.jsonl.1")
    log.write_bytes(b'{"domain": "initech.com", "url": "/demo", "score": 55, "timestamp": "2024-01-16T10:00:00Z"}\n')
    events = reader.read()
    assert [e.ref for e in events] == ["initech.com|web visits|2024-W03"]
    assert reader.state["files"][str(log)]["line"] == 1


def test_one_spike_per_domain_topic_and_iso_week(tmp_path: Path) -> None:
    lines = [
        {"domain": "acme.com", "url": "/pricing", "timestamp": "2024-01-08T10:00:00Z"},
        {"domain": "acme.com", "url": "/demo", "timestamp": "2024-01-09T10:00:00Z"},   # 80: spike W02
        {"domain": "acme.com", "url": "/pricing", "timestamp": "2024-01-10T10:00:00Z"},  # same week
        {"domain": "acme.com", "url": "/pricing", "timestamp": "2024-01-15T10:00:00Z"},  # W03, window 90
        {"domain": "acme.com", "topic": "CDP", "score": 50, "timestamp": "2024-01-15T11:00:00Z"},
    ]
    log = tmp_path / "e.jsonl"
    log.write_text("".join(json.dumps(line) + "\n" for line in lines))
    events = events_reader(log).read()
    assert sorted(e.ref for e in events) == [
        "acme.com|CDP|2024-W03", "acme.com|web visits|2024-W02", "acme.com|web visits|2024-W03",
    ]
    assert len({e.dedup_key for e in events}) == 3


def test_the_window_forgets_old_days(tmp_path: Path) -> None:
    lines = [
        {"domain": "acme.com", "url": "/pricing", "timestamp": "2024-01-01T10:00:00Z"},
        {"domain": "acme.com", "url": "/blog", "timestamp": "2024-01-08T10:00:00Z"},  # 7 days later: 10 + 0
    ]
    log = tmp_path / "e.jsonl"
    log.write_text("".join(json.dumps(line) + "\n" for line in lines))
    assert events_reader(log).read() == []
    assert len(events_reader(log, window_days=8).read()) == 1


def test_unwatched_domains_and_topics(tmp_path: Path) -> None:
    log = tmp_path / "events.jsonl"
    shutil.copy(EVENTS_FILE, log)
    everyone = events_reader(log, watched_only=False).read()
    assert "hooli.com|web visits|2024-W02" not in {e.ref for e in everyone}  # 40 points: below 50
    assert {e.ref for e in events_reader(log, watched_only=False, threshold=40).read()} >= {
        "hooli.com|web visits|2024-W02"
    }
    lines = [{"domain": "globex.com", "topic": t, "score": 60, "timestamp": "2024-01-09T10:00:00Z"}
             for t in ("Sales Intelligence", "Payroll")]
    log.write_text("".join(json.dumps(line) + "\n" for line in lines))
    assert [e.facts["topic"] for e in events_reader(log, topics=["sales intelligence"]).read()] == [
        "Sales Intelligence"
    ]


def test_an_oversized_line_is_skipped_unread(tmp_path: Path) -> None:
    log = tmp_path / "e.jsonl"
    big = json.dumps({"domain": "acme.com", "url": "/x", "timestamp": "2024-01-09T10:00:00Z", "pad": "x" * 5000})
    ok = json.dumps({"domain": "acme.com", "url": "/pricing", "score": 70, "timestamp": "2024-01-09T10:00:00Z"})
    log.write_text(big + "\n" + ok + "\n")
    reader = events_reader(log, max_line_bytes=1024)
    assert len(reader.read()) == 1
    assert reader.problems == ["source 'web' e.jsonl line 1: the line is longer than 1,024 bytes"]


def test_events_url_mode_reads_only_what_was_appended(http_server: LoopbackServer) -> None:
    body = EVENTS_FILE.read_bytes()
    route = Route(body, content_type="application/x-ndjson", etag='"v1"')
    url = http_server.add("/events.jsonl", route)
    with Fetcher(attempts=1, timeout=10, allow_private=True) as fetcher:
        reader = Reader(IntentEventsCollector(),
                        IntentEventsConfig(name="web", type="intent_events", url=url), http=fetcher)
        assert [e.ref for e in reader.read()] == ["acme.com|web visits|2024-W02"]
        assert reader.state["offset"] == len(body) and reader.state["etag"] == '"v1"'
        assert reader.read() == [] and route.not_modified == 1
        assert http_server.requests[-1]["range"] == f"bytes={len(body)}-"

        # The server ignores Range and sends the whole grown log: only the new tail is read.
        route.body, route.etag = body + APPENDED, '"v2"'
        events = reader.read()
        assert sorted(e.ref for e in events) == [
            "globex.com|Sales Intelligence|2024-W02", "initech.com|web visits|2024-W02",
        ]
        assert [p.split(": ", 1)[0] for p in reader.problems] == ["source 'web' events.jsonl line 14"]

        # A different log at the same address is read from the start.
        route.body, route.etag = APPENDED, '"v3"'
        assert reader.read() == []
        assert reader.state["offset"] == len(APPENDED) and reader.state["line"] == 3


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chunks=st.lists(st.one_of(
    st.binary(max_size=80),
    st.sampled_from([
        b'{"domain": "acme.com", "url": "/pricing", "timestamp": "2024-01-09T10:00:00Z"}\n',
        b'{"email": "x@acme.com", "topic": "CDP", "score": 1e308, "timestamp": 1704794400}\n',
        b'{"domain": "acme.com", "url": "/x", "timestamp": "2024-01-09T10:00:00Z"',
        b"[[[[[[[[[[[[[[[[[[[[\n", b"\n", b"\xff\xfe\x00\n",
    ]),
), max_size=20))
def test_garbage_event_logs_never_raise(chunks: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "e.jsonl"
        reader = events_reader(log)
        log.write_bytes(b"")
        assert reader.read() == []
        for chunk in chunks:  # the log grows between reads
            with log.open("ab") as f:
                f.write(chunk)
            for event in reader.read():
                assert event.company_domain == "acme.com"
        assert reader.state["files"][str(log)]["offset"] <= log.stat().st_size


# ============================================================================ through the pipeline


def test_bombora_through_the_pipeline_with_database_snapshots(tmp_path: Path, db_url: str) -> None:
    folder = tmp_path / "surge"
    copy_weeks(folder, WEEK_FILES[:3])
    extra = (
        '\n[[sources]]\nname = "bombora"\ntype = "bombora_csv"\n'
        f'path = "{folder}/*.csv"\nevery = "1d"\nmax_age_days = 100000\n'
    )
    ws = make_workspace(tmp_path / "ws", db_url, extra)
    try:
        import_accounts(
            ws.db,
            b"name,domain,industry,employees,country\n"
            b"Acme Corp,acme.com,Software,400,US\nGlobex,globex.com,Software,900,US\n"
            b"Initech,initech.com,Software,200,US\nUmbrella,umbrella.com,Software,300,US\n",
            filename="accounts.csv",
        )
        first = collect_source(ws, "bombora")
        assert first.ok, first.error
        assert first.new_signals == 3 and len(first.problems) == 3
        again = collect_source(ws, "bombora")
        assert again.ok and again.events == 0 and again.new_signals == 0

        copy_weeks(folder, WEEK_FILES[3:])
        later = collect_source(ws, "bombora")
        assert later.ok and later.new_signals == 3
        with ws.db.session() as session:
            stored = session.exec(select(Signal).where(Signal.source == "bombora")).all()
            assert {(s.company_domain, s.facts["topic"], s.facts["week"]) for s in stored} == {
                s[:3] for s in EXPECTED_SPIKES
            }
            snap = session.exec(
                select(Snapshot).where(Snapshot.source == "bombora", Snapshot.key == "intent:acme.com")
            ).one()
            assert snap.data["Sales Intelligence"][-1] == ["2024-W04", 85]
    finally:
        ws.close()
