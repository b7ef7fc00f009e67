"""signals.intent: Bombora headers and cells, weekly history and spike rules, first-party events.

- the real Master Surge column order (tests/fixtures/intent/bombora_master_surge_file_columns.csv)
  and the header spellings other exports use;
- the spike rules at their edges (exactly 60, exactly 15 points, ISO year boundaries);
- hypothesis: garbage headers, cells, snapshots and JSON lines raise nothing but the documented
  HeaderProblem / EventProblem.
"""

from __future__ import annotations

import csv
import io
import json
import math
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from signals.intent import (
    BOMBORA_COLUMNS,
    HISTORY_WEEKS,
    WEB_VISITS,
    CappedProblems,
    EventProblem,
    HeaderProblem,
    date_from_name,
    evaluate_week,
    history_from_snapshot,
    history_to_snapshot,
    iso_week,
    map_bombora_header,
    parse_event,
    parse_event_line,
    parse_score,
    parse_surge_date,
    parse_timestamp,
    previous_weeks,
    strong_path,
    watched_domains,
    week_monday,
)
from signals.model import WatchedAccount
from tests.conftest import FIXTURES

REAL_HEADER = FIXTURES / "intent" / "bombora_master_surge_file_columns.csv"


# -- header ----------------------------------------------------------------------------------


def test_the_real_header_maps_to_its_positions() -> None:
    cells = next(csv.reader(io.StringIO(REAL_HEADER.read_text(encoding="utf-8"))))
    assert tuple(cells) == BOMBORA_COLUMNS
    header = map_bombora_header(cells)
    assert (header.company, header.domain, header.category, header.topic, header.score, header.date) == (
        0, 1, 4, 5, 6, 10,
    )
    assert header.width == 11 and not header.positional


@pytest.mark.parametrize(
    "cells",
    [
        ["Company Name", "Domain", "Size", "Industry", "Category", "Topic Name", "Composite Score",
         "Metro Area", "Domain Origin", "Bucket Code", "Date"],
        ["\ufeffCOMPANY", "DOMAIN", "SIZE", "INDUSTRY", "CATEGORY", "TOPIC", "COMPOSITE SCORE",
         "METRO AREA", "DOMAIN ORIGIN", "BUCKET CODE", "DATESTAMP"],
        [" company ", " domain", "size", "industry", "category", "topic ", "Composite_Score",
         "metro_area", "domain_origin", "bucket_code", "Date Stamp"],
    ],
    ids=["title-case", "bom-upper", "spaces-underscores"],
)
def test_header_variants_map_like_the_real_one(cells: list[str]) -> None:
    header = map_bombora_header(cells)
    assert (header.domain, header.topic, header.score, header.date, header.company) == (1, 5, 6, 10, 0)


def test_a_reordered_header_is_read_by_name() -> None:
    header = map_bombora_header(["Date", "Topic", "Score", "Website", "Account Name"])
    assert (header.date, header.topic, header.score, header.domain, header.company) == (0, 1, 2, 3, 4)
    assert header.category is None and header.width == 5


def test_composite_score_wins_over_a_generic_score_column() -> None:
    header = map_bombora_header(["domain", "topic", "score", "composite_score", "date"])
    assert header.score == 3


def test_a_headerless_export_is_read_by_position() -> None:
    first = ["Acme Corp", "acme.com", "Small", "Software", "Sales", "Sales Intelligence", "72",
             "Austin, TX", "US", "A", "2024-01-08"]
    header = map_bombora_header(first)
    assert header.positional and header.domain == 1 and header.score == 6


def test_a_header_without_needed_columns_names_them() -> None:
    with pytest.raises(HeaderProblem) as info:
        map_bombora_header(["company", "domain", "size", "industry"])
    message = str(info.value)
    assert "topic" in message and "composite score" in message and "datestamp" in message
    assert "company, domain, size, industry" in message


def test_the_date_column_is_optional_when_the_file_name_has_the_week() -> None:
    header = map_bombora_header(["domain", "topic", "composite_score"], date_known=True)
    assert header.date is None and header.width == 3
    with pytest.raises(HeaderProblem, match="datestamp"):
        map_bombora_header(["domain", "topic", "composite_score"])


# -- cells -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-08", date(2024, 1, 8)),
        (" 2024-1-8 ", date(2024, 1, 8)),
        ("2024-01-08 00:00:00", date(2024, 1, 8)),
        ("2024-01-08T00:00:00Z", date(2024, 1, 8)),
        ("2024-01-08T00:00:00.000+00:00", date(2024, 1, 8)),
        ("1/8/2024", date(2024, 1, 8)),
        ("01/08/2024", date(2024, 1, 8)),
        ("1/8/24", date(2024, 1, 8)),
        ("1/8/2024 0:00", date(2024, 1, 8)),
        ("1/8/2024 12:00:00 AM", date(2024, 1, 8)),
        ("13/01/2024", date(2024, 1, 13)),
        ("20240108", date(2024, 1, 8)),
        ("2024-02-30", None),
        ("13/13/2024", None),
        ("next tuesday", None),
        ("", None),
        ("1899-01-01", None),
        ("2024-01-08" + "0" * 50, None),
    ],
)
def test_parse_surge_date(text: str, expected: date | None) -> None:
    assert parse_surge_date(text) == expected


def test_date_from_a_delivery_file_name() -> None:
    assert date_from_name("MasterSurgeFile_20240108_3.csv") == date(2024, 1, 8)
    assert date_from_name("surge_2024-01-15.csv") == date(2024, 1, 15)
    assert date_from_name("surge.csv") is None
    assert date_from_name("batch_20241399.csv") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("72", 72), (" 72 ", 72), ("72.0", 72), ("72.5", 72.5), ("72%", 72), ("0", 0), ("100", 100),
     ("101", None), ("-1", None), ("n/a", None), ("", None), ("nan", None), ("inf", None),
     ("1e1", 10)],
)
def test_parse_score(text: str, expected: float | None) -> None:
    value = parse_score(text)
    assert value == expected
    if expected is not None:
        assert type(value) is type(expected)


# -- weeks and the spike rules ---------------------------------------------------------------


def test_iso_weeks_across_a_year_boundary() -> None:
    assert iso_week(date(2024, 1, 8)) == "2024-W02"
    assert iso_week(date(2021, 1, 3)) == "2020-W53"
    assert previous_weeks("2021-W01", 3) == ("2020-W53", "2020-W52", "2020-W51")
    assert week_monday("2024-W02") == date(2024, 1, 8)
    assert week_monday("2024-W54") is None and week_monday("garbage") is None
    assert week_monday(["2024-W02"]) is None  # type: ignore[arg-type]


def test_crossing_the_threshold_from_below() -> None:
    spike = evaluate_week({"2024-W01": 59, "2024-W02": 60}, "2024-W02", threshold=60, rise_points=15)
    assert spike is not None and spike.crossed and spike.reason == "crossed 60"
    assert spike.previous_mean == 59 and spike.rise == 1 and not spike.strong


def test_crossing_when_last_week_is_absent() -> None:
    spike = evaluate_week({"2024-W02": 65}, "2024-W02", threshold=60, rise_points=15)
    assert spike is not None and spike.crossed and spike.previous_mean is None and spike.rise is None
    # A gap week counts as absent even with older history.
    spike = evaluate_week({"2023-W52": 70, "2024-W02": 65}, "2024-W02", threshold=60, rise_points=15)
    assert spike is not None and spike.crossed


def test_staying_above_the_threshold_is_not_a_crossing() -> None:
    assert evaluate_week({"2024-W01": 61, "2024-W02": 70}, "2024-W02", threshold=60, rise_points=15) is None


def test_a_rise_over_the_three_week_mean() -> None:
    scores = {"2024-W01": 20, "2024-W02": 30, "2024-W03": 40, "2024-W04": 45}
    spike = evaluate_week(scores, "2024-W04", threshold=60, rise_points=15)
    assert spike is not None and not spike.crossed
    assert spike.previous_mean == 30 and spike.rise == 15
    assert spike.reason == "rose 15 points over its 3-week mean"
    assert evaluate_week({**scores, "2024-W04": 44}, "2024-W04", threshold=60, rise_points=15) is None


def test_the_mean_uses_only_the_three_weeks_before() -> None:
    scores = {"2023-W50": 100, "2024-W01": 40, "2024-W02": 40, "2024-W03": 40, "2024-W04": 55}
    spike = evaluate_week(scores, "2024-W04", threshold=60, rise_points=15)
    assert spike is not None and spike.previous_mean == 40
    assert evaluate_week(scores, "2023-W50", threshold=60, rise_points=15).reason == "crossed 60"  # type: ignore[union-attr]


def test_a_rise_with_one_prior_week_says_so() -> None:
    spike = evaluate_week({"2024-W01": 30, "2024-W02": 52}, "2024-W02", threshold=60, rise_points=15)
    assert spike is not None and spike.reason == "rose 22 points over the week before"


def test_both_rules_and_strength() -> None:
    scores = {"2024-W01": 50, "2024-W02": 58, "2024-W03": 59, "2024-W04": 75}
    spike = evaluate_week(scores, "2024-W04", threshold=60, rise_points=15)
    assert spike is not None
    assert spike.reason == "crossed 60 and rose 19.3 points over its 3-week mean"
    assert not spike.strong
    assert evaluate_week({"2024-W04": 80}, "2024-W04", threshold=60, rise_points=15).strong  # type: ignore[union-attr]
    rise25 = evaluate_week({"2024-W03": 20, "2024-W04": 45}, "2024-W04", threshold=60, rise_points=15)
    assert rise25 is not None and rise25.strong and not rise25.crossed


def test_no_score_for_the_week_is_no_spike() -> None:
    assert evaluate_week({"2024-W01": 90}, "2024-W02", threshold=60, rise_points=15) is None


def test_history_keeps_the_last_eight_weeks_and_drops_stale_topics() -> None:
    weeks = [iso_week(date(2024, 1, 1) + timedelta(weeks=k)) for k in range(12)]
    history = {
        "Sales Intelligence": {w: 40 + i for i, w in enumerate(weeks)},
        "Old Topic": {weeks[0]: 90},
    }
    snapshot = history_to_snapshot(history)
    assert list(snapshot) == ["Sales Intelligence"]
    assert [w for w, _ in snapshot["Sales Intelligence"]] == weeks[-HISTORY_WEEKS:]
    assert json.loads(json.dumps(snapshot)) == snapshot
    assert history_from_snapshot(snapshot) == {"Sales Intelligence": {w: 40 + i for i, w in enumerate(weeks)
                                                                       if w in weeks[-HISTORY_WEEKS:]}}


def test_a_damaged_snapshot_is_read_as_far_as_it_makes_sense() -> None:
    value = {
        "Sales Intelligence": [["2024-W01", 40], ["2024-W99", 50], ["2024-W02", "x"], ["2024-W03", True],
                               [1, 2], "junk", ["2024-W04", float("nan")], ["2024-W05", 61.5]],
        "Empty": [],
        "Bad": "nope",
        7: [["2024-W01", 1]],
    }
    assert history_from_snapshot(value) == {"Sales Intelligence": {"2024-W01": 40, "2024-W05": 61.5}}
    assert history_from_snapshot(None) == {} and history_from_snapshot([1, 2]) == {}


# -- first-party events ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.ourproduct.example/pricing", "/pricing"),
        ("https://www.ourproduct.example/pricing/?plan=team#faq", "/pricing"),
        ("https://www.ourproduct.example/en-gb/Pricing", "/pricing"),
        ("/get-a-demo", "/get-a-demo"),
        ("/request-demo?utm_source=ad", "/request-demo"),
        ("/pricing-history", None),
        ("/blog/why-pricing-matters", None),
        ("https://pricing.example/blog", None),
        ("", None),
    ],
)
def test_strong_paths_match_whole_segments(url: str, expected: str | None) -> None:
    paths = ["/pricing", "/demo", "/contact-sales", "/get-a-demo", "/request-demo"]
    assert strong_path(url, paths) == expected


def test_a_strong_visit_scores_forty_and_a_plain_one_ten() -> None:
    at = "2024-01-09T10:00:00Z"
    strong = parse_event({"email": "Jane@Acme.com", "url": "https://x.example/pricing", "timestamp": at})
    plain = parse_event({"domain": "https://www.acme.com/", "url": "/blog", "timestamp": at})
    assert strong is not None and strong.strong and strong.score == 40 and strong.page == "/pricing"
    assert strong.domain == "acme.com" and strong.group == WEB_VISITS
    assert plain is not None and not plain.strong and plain.score == 10 and plain.domain == "acme.com"
    given_score = parse_event({"domain": "acme.com", "topic": "CDP", "score": 7.5, "timestamp": at})
    assert given_score is not None and given_score.score == 7.5 and given_score.group == "CDP"


def test_free_mail_is_skipped_without_a_problem() -> None:
    at = "2024-01-09T10:00:00Z"
    assert parse_event({"email": "bob@gmail.com", "url": "/pricing", "timestamp": at}) is None
    assert parse_event({"email": "bob@yahoo.co.uk", "url": "/pricing", "timestamp": at}) is None
    assert parse_event({"domain": "hotmail.com", "url": "/pricing", "timestamp": at}) is None


@pytest.mark.parametrize(
    ("obj", "reason"),
    [
        ([1, 2], "not a JSON object"),
        ({"url": "/x", "timestamp": "2024-01-01"}, "neither `domain` nor `email`"),
        ({"domain": "not a domain", "url": "/x", "timestamp": "2024-01-01"}, "not a web domain"),
        ({"email": "nobody", "url": "/x", "timestamp": "2024-01-01"}, "not an email address"),
        ({"domain": 5, "url": "/x", "timestamp": "2024-01-01"}, "`domain` is not text"),
        ({"domain": "acme.com", "timestamp": "2024-01-01"}, "neither `topic` nor `url`"),
        ({"domain": "acme.com", "url": "/x", "score": "high", "timestamp": "2024-01-01"}, "not a number"),
        ({"domain": "acme.com", "url": "/x", "score": True, "timestamp": "2024-01-01"}, "not a number"),
        ({"domain": "acme.com", "url": "/x", "score": -3, "timestamp": "2024-01-01"}, "out of range"),
        ({"domain": "acme.com", "url": "/x"}, "no `timestamp`"),
        ({"domain": "acme.com", "url": "/x", "timestamp": "yesterday"}, "not a date and time"),
    ],
)
def test_malformed_events_say_why(obj: object, reason: str) -> None:
    with pytest.raises(EventProblem, match=reason.replace("(", r"\(")):
        parse_event(obj)


def test_parse_event_line_reports_broken_json() -> None:
    with pytest.raises(EventProblem, match="not JSON"):
        parse_event_line(b'{"domain": "acme.com", "url": \n')
    with pytest.raises(EventProblem, match="not JSON"):
        parse_event_line(b"\xff\xfe garbage\n")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-01-09T10:00:00Z", datetime(2024, 1, 9, 10, tzinfo=UTC)),
        ("2024-01-09T12:00:00+02:00", datetime(2024, 1, 9, 10, tzinfo=UTC)),
        ("2024-01-09 10:00:00", datetime(2024, 1, 9, 10, tzinfo=UTC)),
        (1704794400, datetime(2024, 1, 9, 10, tzinfo=UTC)),
        (1704794400000, datetime(2024, 1, 9, 10, tzinfo=UTC)),
        ("1704794400", datetime(2024, 1, 9, 10, tzinfo=UTC)),
        ("yesterday", None),
        (True, None),
        (float("nan"), None),
        (10**30, None),
        (0, None),
        ("0001-01-01T00:00:00+14:00", None),
        ("9999-12-31T23:59:59-14:00", None),
        (None, None),
    ],
)
def test_parse_timestamp(value: object, expected: datetime | None) -> None:
    assert parse_timestamp(value) == expected


# -- hypothesis: garbage never raises anything undocumented -----------------------------------


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(max_size=30), max_size=20), st.booleans())
def test_garbage_headers_raise_only_header_problem(cells: list[str], date_known: bool) -> None:
    try:
        header = map_bombora_header(cells, date_known=date_known)
    except HeaderProblem as exc:
        assert str(exc)
        return
    assert header.width <= max(len(cells), len(BOMBORA_COLUMNS))


@settings(max_examples=300)
@given(st.text(max_size=60))
def test_garbage_cells_never_raise(text: str) -> None:
    day = parse_surge_date(text)
    assert day is None or 1990 <= day.year <= 2100
    score = parse_score(text)
    assert score is None or (0 <= score <= 100 and math.isfinite(score))
    date_from_name(text)
    strong_path(text, ["/pricing"])


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(_json)
def test_garbage_snapshots_never_raise(value: object) -> None:
    history = history_from_snapshot(value)
    history_to_snapshot(history)
    for weeks in history.values():
        for week in weeks:
            evaluate_week(weeks, week, threshold=60, rise_points=15)


_event_fields = st.fixed_dictionaries(
    {},
    optional={
        "domain": st.one_of(st.text(max_size=30), st.sampled_from(["acme.com", "www.ACME.com", "gmail.com"]),
                            st.integers()),
        "email": st.one_of(st.text(max_size=30), st.sampled_from(["a@acme.com", "b@gmail.com", "@", "x@"])),
        "topic": st.one_of(st.text(max_size=20), st.none(), st.integers()),
        "url": st.one_of(st.text(max_size=40), st.sampled_from(["/pricing", "https://x.example/demo?q=1"])),
        "score": _json,
        "timestamp": st.one_of(
            _json,
            st.sampled_from(["2024-01-09T10:00:00Z", "2024-01-09"]),
            st.builds(
                lambda d, h: d.isoformat() + f"{'+' if h >= 0 else '-'}{abs(h):02d}:00",
                st.datetimes(),
                st.integers(-23, 23),
            ),
        ),
        "company": _json,
    },
)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_event_fields, _json))
def test_garbage_events_raise_only_event_problem(obj: object) -> None:
    try:
        event = parse_event(obj)
    except EventProblem:
        return
    if event is not None:
        assert event.at.tzinfo is not None and event.score >= 0 and event.domain


@settings(max_examples=300)
@given(st.binary(max_size=200))
def test_garbage_lines_raise_only_event_problem(line: bytes) -> None:
    try:
        parse_event_line(line)
    except EventProblem:
        pass


# -- collector helpers -----------------------------------------------------------------------


def test_watched_domains_normalise_what_needs_it() -> None:
    accounts = [
        WatchedAccount(id=1, name="Acme", domain="acme.com"),
        WatchedAccount(id=2, name="Globex", domain="https://www.Globex.com/about"),
        WatchedAccount(id=3, name="Acme again", domain="ACME.com"),
        WatchedAccount(id=4, name="No domain", domain=None),
        WatchedAccount(id=5, name="Broken", domain="not a domain"),
        WatchedAccount(id=6, name="Widgets", domain="wwwidgets.com"),
    ]
    assert watched_domains(accounts) == {"acme.com": "Acme", "globex.com": "Globex", "wwwidgets.com": "Widgets"}


def test_capped_problems_list_the_first_ones_then_count() -> None:
    seen: list[tuple[str, str]] = []
    problems = CappedProblems(lambda where, reason: seen.append((where, reason)), cap=2)
    for i in range(5):
        problems.add(f"line {i}", "bad")
    problems.close_file("f.csv")
    problems.close_file("f.csv")  # nothing more to say
    problems.add("line 9", "bad")
    assert seen == [
        ("line 0", "bad"), ("line 1", "bad"),
        ("f.csv", "3 more malformed rows were skipped (only the first 2 of a run are listed one by one)"),
    ]
    problems.close_file("g.csv")
    assert seen[-1] == ("g.csv", "1 more malformed rows were skipped (only the first 2 of a run are listed one by one)")
