"""Job changes: the diff rules, the people-file parser, emit-once, and garbage in."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from signals.model import RecordProblem, SignalKind, WatchedAccount
from signals.people import (
    Job,
    PersonRecord,
    diff_people,
    is_executive,
    parse_start_date,
    person_from_jobs,
    role_kind_of,
    same_company,
    start_date_latest,
    watched_lookup,
)
from signals.sources.base import MemorySnapshots
from signals.sources.people_file import PeopleFileError, emit_changes, parse_people
from tests.conftest import FIXTURES

JOB_CHANGE = FIXTURES / "job_change"
NOW = datetime(2024, 6, 15, tzinfo=UTC)
ACCOUNTS = [
    WatchedAccount(id=1, name="Northwind Analytics", domain="northwind.example"),
    WatchedAccount(id=2, name="Kestrel Robotics", domain="kestrel.example"),
    WatchedAccount(id=3, name="Lattice Energy", domain="latticeenergy.example"),
]
WATCHED = watched_lookup(ACCOUNTS)


def person(**kw) -> PersonRecord:  # type: ignore[no-untyped-def]
    base = {"key": "pdl:1", "name": "Maya Okafor", "email": "maya@beacon.example"}
    return PersonRecord(**{**base, **kw})


AT_BEACON = person(title="VP of Sales", company_name="Beacon Labs", company_domain="beacon.example", start_date="2019-04")


# --------------------------------------------------------------------------------------------
# diff_people


def test_champion_moved_to_a_watched_account() -> None:
    now = person(title="VP Sales", company_name="Kestrel Robotics", company_domain="kestrel.example", start_date="2024")
    [change] = diff_people(AT_BEACON, now, champion=True, lifecycle_stage=None, watched=WATCHED)
    assert change.change == "champion_moved"
    assert change.watched is True and change.account_id == 2
    assert (change.previous_company, change.previous_title) == ("Beacon Labs", "VP of Sales")
    assert (change.new_company, change.new_company_domain, change.new_title) == (
        "Kestrel Robotics", "kestrel.example", "VP Sales",
    )
    assert change.champion is True and change.start_date == "2024"


def test_champion_moved_to_an_unwatched_company_carries_what_a_suggested_account_needs() -> None:
    now = person(title="Head of Sales", company_name="Tidewater", company_domain="https://www.Tidewater.example/about")
    [change] = diff_people(AT_BEACON, now, champion=True, lifecycle_stage=None, watched=WATCHED)
    assert change.change == "champion_moved"
    assert change.watched is False and change.account_id is None
    assert (change.new_company, change.new_company_domain) == ("Tidewater", "tidewater.example")
    assert change.facts()["watched"] is False and change.facts()["new_company_domain"] == "tidewater.example"


def test_a_lifecycle_customer_counts_as_a_champion() -> None:
    now = person(title="AE", company_name="Tidewater")
    [change] = diff_people(AT_BEACON, now, champion=False, lifecycle_stage="Customer", watched=WATCHED)
    assert change.change == "champion_moved" and change.champion is True


def test_a_non_champion_moving_to_an_unwatched_company_is_nothing() -> None:
    now = person(title="CEO", company_name="Tidewater")
    assert diff_people(AT_BEACON, now, champion=False, lifecycle_stage="lead", watched=WATCHED) == []


def test_new_executive_at_a_watched_account() -> None:
    now = person(title="Chief Revenue Officer", company_name="Northwind Analytics", start_date="2024-05-20")
    [change] = diff_people(AT_BEACON, now, champion=False, lifecycle_stage=None, watched=WATCHED)
    assert change.change == "new_executive" and change.watched is True
    assert change.new_company_domain == "northwind.example"  # filled from the watched account


@pytest.mark.parametrize(("title", "executive"), [
    ("VP Sales", True), ("Head of Growth", True), ("Chief Revenue Officer", True), ("CFO", True),
    ("Director of Sales", False), ("Account Executive", False), ("Sales Manager", False),
])  # fmt: skip
def test_only_vp_c_level_and_head_titles_are_new_executives(title: str, executive: bool) -> None:
    now = person(title=title, company_name="Kestrel Robotics")
    changes = diff_people(AT_BEACON, now, champion=False, lifecycle_stage=None, watched=WATCHED)
    assert bool(changes) is executive
    assert is_executive(title) is executive


def test_promotion_at_a_watched_account() -> None:
    before = person(title="Director of Marketing", company_name="Kestrel Robotics", start_date="2020")
    after = person(title="VP Marketing", company_name="Kestrel Robotics, Inc.", start_date="2024-05")
    [change] = diff_people(before, after, champion=False, lifecycle_stage=None, watched=WATCHED)
    assert change.change == "promotion" and change.previous_title == "Director of Marketing"


def test_same_level_or_lower_is_no_promotion() -> None:
    before = person(title="VP Marketing", company_name="Kestrel Robotics")
    for title in ("SVP Marketing", "Director of Marketing", "VP Marketing"):
        after = person(title=title, company_name="Kestrel Robotics")
        assert diff_people(before, after, champion=False, lifecycle_stage=None, watched=WATCHED) == []


def test_promotion_at_an_unwatched_company_counts_only_for_champions() -> None:
    before = person(title="Sales Manager", company_name="Beacon Labs")
    after = person(title="VP Sales", company_name="Beacon Labs")
    assert diff_people(before, after, champion=False, lifecycle_stage=None, watched=WATCHED) == []
    [change] = diff_people(before, after, champion=True, lifecycle_stage=None, watched=WATCHED)
    assert change.change == "promotion"


@pytest.mark.parametrize(
    ("title", "declared", "kind"),
    [
        ("Advisor", None, "advisor"),
        ("Strategic Adviser to the CEO", None, "advisor"),
        ("Board Member", None, "board"),
        ("Independent Director", None, "board"),
        ("Executive Chairman", None, "board"),
        ("Fractional CMO", None, "fractional"),
        ("Part-time CFO", None, "fractional"),
        ("Interim CEO", None, "interim"),
        ("Acting VP Sales", None, "interim"),
        ("Venture Partner", None, "investor"),
        ("Angel Investor", None, "investor"),
        ("VP Sales", "advisor", "advisor"),
        ("Member", "Board Member", "board"),
    ],
)
def test_advisor_board_fractional_interim_and_investor_roles_are_not_moves(
    title: str, declared: str | None, kind: str
) -> None:
    assert role_kind_of(title, declared) == kind
    now = person(title=title, company_name="Kestrel Robotics", role_kind=kind, start_date="2024-05")
    assert diff_people(AT_BEACON, now, champion=True, lifecycle_stage=None, watched=WATCHED) == []


@pytest.mark.parametrize("title", ["Chairman and CEO", "Head of Investor Relations", "Director of Sales", "CEO"])
def test_titles_that_only_look_like_seats_are_employees(title: str) -> None:
    assert role_kind_of(title) == "employee"


def test_two_concurrent_primary_jobs_are_flagged_not_moved() -> None:
    jobs = [
        Job(title="CTO", company_name="Helio Systems", start_date="2019", is_primary=True),
        Job(title="CTO", company_name="Vantage Data", start_date="2024-05", is_primary=True),
    ]
    record = person_from_jobs(key="pdl:7", name="Priya Raman", jobs=jobs)
    assert record is not None and record.concurrent == ("Helio Systems",)
    assert record.company_name == "Vantage Data"  # the newest is shown, but nothing moves
    notes: list[RecordProblem] = []
    before = person(key="pdl:7", title="CTO", company_name="Helio Systems")
    assert diff_people(before, record, champion=True, lifecycle_stage=None, watched=WATCHED, notes=notes) == []
    [note] = notes
    assert "Vantage Data" in note.reason and "Helio Systems" in note.reason


def test_person_from_jobs_picks_the_current_primary_employee_job() -> None:
    jobs = [
        Job(title="VP Sales", company_name="Beacon Labs", start_date="2019", end_date="2024-01", is_primary=False),
        Job(title="Advisor", company_name="Orbital", start_date="2024-02", role_kind="advisor"),
        Job(title="CRO", company_name="Kestrel Robotics", start_date="2024-03", is_primary=True),
        Job(title="CRO", company_name="Kestrel Robotics, Inc.", start_date="2024-03", is_primary=True),
    ]
    record = person_from_jobs(key="k", jobs=jobs)
    assert record is not None
    assert (record.company_name, record.title, record.concurrent) == ("Kestrel Robotics", "CRO", ())
    assert person_from_jobs(key="k", jobs=jobs[:1]) is None  # between jobs: nothing current
    only_advisor = person_from_jobs(key="k", jobs=jobs[:2])
    assert only_advisor is not None and only_advisor.role_kind == "advisor" and not only_advisor.movable


def test_unmarked_current_jobs_count_as_primary_and_two_of_them_are_concurrent() -> None:
    one = person_from_jobs(key="k", jobs=[Job(title="CEO", company_name="Acme")])
    assert one is not None and one.movable
    two = person_from_jobs(key="k", jobs=[Job(title="CEO", company_name="Acme"), Job(title="CEO", company_name="Beta")])
    assert two is not None and two.concurrent and not two.movable


def test_company_identity_by_domain_or_normalised_name() -> None:
    a = person(company_name="Acme, Inc.", company_domain="acme.io")
    assert same_company(a, person(company_name="ACME")) is True
    assert same_company(a, person(company_name="Acme Holdings Ltd", company_domain="https://www.acme.io")) is True
    assert same_company(a, person(company_name="Beta", company_domain="beta.io")) is False
    assert same_company(person(company_name="Acme"), person(company_domain="acme.io")) is None


def test_a_name_against_a_domain_is_compared_through_the_watched_accounts() -> None:
    before = person(title="VP Sales", company_name="Beacon Labs")
    after = person(title="CEO", company_domain="kestrel.example")
    [change] = diff_people(before, after, champion=False, lifecycle_stage=None, watched=WATCHED)
    assert change.change == "new_executive" and change.new_company == "Kestrel Robotics"
    stayed = person(title="CEO", company_domain="kestrel.example")
    was = person(title="VP Sales", company_name="Kestrel Robotics")
    assert diff_people(was, stayed, champion=False, lifecycle_stage=None, watched=WATCHED)[0].change == "promotion"


def test_when_companies_cannot_be_compared_nothing_is_emitted() -> None:
    before = person(title="VP Sales", company_name="Beacon Labs")
    after_unwatched = person(title="CEO", company_domain="tidewater.example")
    assert diff_people(before, after_unwatched, champion=True, lifecycle_stage=None, watched=WATCHED) == []


# --------------------------------------------------------------------------------------------
# start dates


@pytest.mark.parametrize(
    ("raw", "iso", "latest"),
    [
        ("2021", "2021", date(2021, 12, 31)),
        ("2024-02", "2024-02", date(2024, 2, 29)),
        ("2021-3", "2021-03", date(2021, 3, 31)),
        ("2021-03-15", "2021-03-15", date(2021, 3, 15)),
        ("2021/03/05", "2021-03-05", date(2021, 3, 5)),
        ("2021-03-15T00:00:00Z", "2021-03-15", date(2021, 3, 15)),
        (2020, "2020", date(2020, 12, 31)),
        ("", None, None),
        (None, None, None),
    ],
)
def test_start_dates_keep_their_precision(raw: object, iso: str | None, latest: date | None) -> None:
    assert parse_start_date(raw) == iso
    assert start_date_latest(iso) == latest


@pytest.mark.parametrize("raw", ["May 2024", "2024-13", "2024-02-30", "1850", "yesterday", 3.5, True])
def test_bad_start_dates_are_refused(raw: object) -> None:
    with pytest.raises(ValueError):
        parse_start_date(raw)


# --------------------------------------------------------------------------------------------
# emit_changes: baseline, once, precision


def _emit(records, snapshots, champions=None, now=NOW, max_age_days=90):  # type: ignore[no-untyped-def]
    return list(
        emit_changes(
            records, snapshots, champions=champions or {}, watched=WATCHED, source="people",
            now=now, max_age_days=max_age_days,
        )
    )


def test_first_sighting_is_the_baseline_unless_the_job_is_young() -> None:
    snapshots = MemorySnapshots()
    old = person(key="a", title="CEO", company_name="Kestrel Robotics", start_date="2015")
    young = person(key="b", title="CEO", company_name="Lattice Energy", start_date="2024-05-01")
    events = _emit([old, young], snapshots)
    assert [e.facts["change"] for e in events] == ["new_executive"]
    assert events[0].company_name == "Lattice Energy" and events[0].kind is SignalKind.JOB_CHANGE
    assert snapshots.get("person:a")["job"]["company_name"] == "Kestrel Robotics"


@pytest.mark.parametrize(("start", "counts"), [("2024", True), ("2024-04", True), ("2024-03-10", False), ("2023", False)])
def test_first_sighting_uses_the_latest_day_a_start_date_allows(start: str, counts: bool) -> None:
    record = person(title="CEO", company_name="Kestrel Robotics", start_date=start)
    events = _emit([record], MemorySnapshots(), max_age_days=90)  # horizon: 2024-03-17
    assert bool(events) is counts


def test_the_same_move_seen_twice_is_emitted_once() -> None:
    snapshots = MemorySnapshots()
    champions = {"maya@beacon.example": (True, None)}
    _emit([AT_BEACON], snapshots, champions)
    moved = person(title="VP Sales", company_name="Kestrel Robotics", start_date="2024")
    first = _emit([moved], snapshots, champions)
    again = _emit([moved], snapshots, champions)
    assert [e.facts["change"] for e in first] == ["champion_moved"] and again == []
    # the person bounces back and forth: the same move (same company, same start) is not told twice
    _emit([AT_BEACON], snapshots, champions)
    assert _emit([moved], snapshots, champions) == []
    assert first[0].facts["champion"] is True and first[0].strength == pytest.approx(0.95)


def test_champion_flags_are_found_by_any_of_the_persons_emails() -> None:
    snapshots = MemorySnapshots()
    _emit([AT_BEACON], snapshots)
    moved = person(email="maya@tidewater.example", emails=["maya@beacon.example"], company_name="Tidewater",
                   title="CRO", start_date="2024-05")
    [event] = _emit([moved], snapshots, {"maya@beacon.example": (True, "customer")})
    assert event.facts["change"] == "champion_moved" and event.facts["watched"] is False


def test_a_move_with_an_old_start_date_is_recorded_stale() -> None:
    snapshots = MemorySnapshots()
    _emit([AT_BEACON], snapshots)
    moved = person(title="CRO", company_name="Kestrel Robotics", start_date="2023-01")
    [event] = _emit([moved], snapshots, {"maya@beacon.example": (True, None)})
    assert event.stale is True and event.facts["start_date"] == "2023-01"


def test_flagged_and_non_moves_keep_the_last_known_job() -> None:
    snapshots = MemorySnapshots()
    _emit([AT_BEACON], snapshots)
    advisor = person(title="Advisor", company_name="Kestrel Robotics", role_kind="advisor", start_date="2024-05")
    assert _emit([advisor], snapshots, {"maya@beacon.example": (True, None)}) == []
    assert snapshots.get("person:pdl:1")["job"]["company_name"] == "Beacon Labs"


# --------------------------------------------------------------------------------------------
# parse_people


def test_pdl_fixtures_follow_the_official_person_schema() -> None:
    spec = json.loads((JOB_CHANGE / "pdl_openapi_person_schema_subset.json").read_text(encoding="utf-8"))
    root = {"components": {"schemas": spec["schemas"]}, "$ref": "#/components/schemas/Person"}
    validator = jsonschema.Draft7Validator(root)
    checked = 0
    for name in ("handmade_pdl_bulk_v1.json", "handmade_pdl_bulk_v2.json"):
        for item in json.loads((JOB_CHANGE / name).read_text(encoding="utf-8")):
            if item.get("status") == 200:
                errors = [e.message for e in validator.iter_errors(item["data"])]
                assert not errors, (name, errors)
                checked += 1
    assert checked == 18


def test_pdl_bulk_response_is_read() -> None:
    parsed = parse_people((JOB_CHANGE / "handmade_pdl_bulk_v2.json").read_bytes(), name="v2.json")
    assert parsed.format == "json" and len(parsed.records) == 10
    [problem] = parsed.problems
    assert "status 404" in problem.reason and "No records were found" in problem.reason
    maya = next(r for r in parsed.records if r.key == "pdl:qEnOZ5Oh0poWnQ1luFBfVw_0001")
    assert (maya.name, maya.title, maya.company_name, maya.company_domain, maya.start_date) == (
        "Maya Okafor", "VP Sales", "Kestrel Robotics", "kestrel.example", "2024",
    )
    assert maya.email == "maya@kestrel.example" and "maya@beacon.example" in maya.all_emails
    assert maya.profile_url == "https://www.linkedin.com/in/mayaokafor"


def test_pdl_single_enrich_response_search_response_and_bare_person() -> None:
    data = json.loads((JOB_CHANGE / "handmade_pdl_bulk_v1.json").read_text(encoding="utf-8"))
    person_data = data[0]["data"]
    for document in (data[0], {"status": 200, "data": [person_data], "total": 1}, person_data):
        parsed = parse_people(json.dumps(document).encode(), name="x")
        assert [r.company_name for r in parsed.records] == ["Beacon Labs"], document.keys()


def test_pdl_top_level_job_fields_mark_the_primary_experience() -> None:
    doc = {
        "id": "p1", "full_name": "ann lee", "job_company_name": "kestrel robotics",
        "job_title": "vp sales", "job_company_website": "kestrel.example", "job_start_date": "2024-05",
        "experience": [
            {"company": {"name": "kestrel robotics", "website": "kestrel.example"}, "title": {"name": "vp sales"},
             "start_date": "2024-05"},
            {"company": {"name": "orbital", "website": "orbital.example"}, "title": {"name": "ceo"},
             "start_date": "2010"},
        ],
    }  # fmt: skip
    [record] = parse_people(json.dumps(doc).encode()).records
    assert (record.company_name, record.title, record.concurrent) == ("Kestrel Robotics", "VP Sales", ())


def test_csv_history_rows_flags_and_bad_rows() -> None:
    parsed = parse_people((JOB_CHANGE / "handmade_people_v2.csv").read_bytes(), name="v2.csv")
    keys = {r.key for r in parsed.records}
    assert "id:p-0011" not in keys and "id:p-0012" not in keys
    reasons = " | ".join(p.reason for p in parsed.problems)
    assert "formula" in reasons and "May 2024" in reasons
    priya = next(r for r in parsed.records if r.key == "id:p-0007")
    assert priya.concurrent
    lena = next(r for r in parsed.records if r.key == "id:p-0005")
    assert lena.company_name == "Orbital" and lena.movable  # the advisor row is not her job
    assert parsed.contact_flags["id:p-0004"] == (True, None)


def test_csv_semicolons_bom_and_header_spelling() -> None:
    data = "\ufeffE-Mail;Full Name;Job Title;Company Name;Company Domain;Start Date\n" \
           "ann@acme.example;Ann Lee;CFO;Acme;acme.example;2024-05\n".encode("utf-8")
    [record] = parse_people(data).records
    assert (record.key, record.name, record.title, record.start_date) == ("email:ann@acme.example", "Ann Lee", "CFO", "2024-05")


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"<!doctype html><html><body>Login</body></html>", "HTML"),
        (b"\x00\x01\x02binary", "binary"),
        (b"name,title,company\nAnn,CFO,Acme\n", "recognise people"),
        (b"email,name,title\nann@acme.example,Ann,CFO\n", "company"),
        (b"[1, 2", "not valid JSON"),
    ],
)
def test_unusable_files_say_why(data: bytes, words: str) -> None:
    with pytest.raises(PeopleFileError, match=words):
        parse_people(data, name="people.csv")


def test_json_lines_with_a_broken_line() -> None:
    parsed = parse_people((JOB_CHANGE / "handmade_people_v2.jsonl").read_bytes(), name="v2.jsonl")
    assert parsed.format == "jsonl" and len(parsed.records) == 3
    [problem] = parsed.problems
    assert problem.where == "v2.jsonl line 3" and "not valid JSON" in problem.reason


# --------------------------------------------------------------------------------------------
# garbage in


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=2000))
def test_parse_people_on_random_bytes_raises_only_its_own_error(data: bytes) -> None:
    try:
        parsed = parse_people(data)
    except PeopleFileError:
        return
    for record in parsed.records:
        assert record.key


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=5)
    | st.dictionaries(
        st.sampled_from(["id", "email", "full_name", "experience", "company", "title", "start_date",
                         "end_date", "is_primary", "job_company_name", "data", "status", "emails",
                         "linkedin_url", "role_kind", "champion", "website", "name"]),
        children, max_size=8,
    ),
    max_leaves=40,
)  # fmt: skip


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(_json)
def test_parse_people_on_random_json_raises_only_its_own_error(document: object) -> None:
    try:
        parsed = parse_people(json.dumps(document).encode())
    except PeopleFileError:
        return
    snapshots = MemorySnapshots()
    for _ in range(2):  # the diff over whatever came out never raises either
        list(emit_changes(parsed.records, snapshots, champions={}, watched=WATCHED, source="s", now=NOW))


_cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.lists(_cell, min_size=1, max_size=8), max_size=10))
def test_parse_people_on_random_csv_rows_raises_only_its_own_error(rows: list[list[str]]) -> None:
    header = "person_id,email,name,title,company,company_domain,start_date,end_date,is_primary,role_kind\n"
    body = "\n".join(",".join(json.dumps(c) for c in row) for row in rows)
    try:
        parse_people((header + body).encode("utf-8"))
    except PeopleFileError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=40), st.integers(), st.none()))
def test_parse_start_date_raises_only_value_error(value: object) -> None:
    try:
        parsed = parse_start_date(value)
    except ValueError:
        return
    assert parsed is None or start_date_latest(parsed) is not None


def test_contacts_reimport_diffs_through_the_same_path() -> None:
    from signals.imports import parse_contacts_csv
    from signals.people import person_from_contact

    before = parse_contacts_csv(
        b"first_name,last_name,email,title,company,domain,lifecycle_stage,champion,crm_id\n"
        b"Maya,Okafor,maya@beacon.example,VP of Sales,Beacon Labs,beacon.example,customer,true,003A\n"
    ).records
    after = parse_contacts_csv(
        b"first_name,last_name,email,title,company,domain,lifecycle_stage,champion,crm_id\n"
        b"Maya,Okafor,maya@kestrel.example,VP Sales,Kestrel Robotics,kestrel.example,customer,true,003A\n"
    ).records
    snapshots = MemorySnapshots()
    flags = {c.email: (c.champion, c.lifecycle_stage) for c in before + after}
    records = [r for r in map(person_from_contact, before) if r]
    assert _emit(records, snapshots, flags) == []
    [event] = _emit([r for r in map(person_from_contact, after) if r], snapshots, flags)
    assert event.facts["change"] == "champion_moved" and event.facts["previous_company"] == "Beacon Labs"
    assert snapshots.get("person:crm:003A")["job"]["company_name"] == "Kestrel Robotics"
