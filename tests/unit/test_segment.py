"""The Segment mapper (signals/segment.py): pure, so tested with plain values and hypothesis."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from signals.engagement import EVENT_TYPES, MAX_BATCH, EngagementIn
from signals.segment import TRACK_EVENTS, identity_keys, map_segment, track_type, unpack

# --------------------------------------------------------------------------- examples


def test_track_names_from_the_brief_map_onto_our_types() -> None:
    assert track_type("Demo Requested") == "demo_request"
    assert track_type("Form Submitted") == "form_submit"
    assert track_type("Email Link Clicked") == "email_click"
    assert track_type("Email Opened") == "email_open"
    assert track_type("Webinar Attended") == "webinar_attended"
    assert track_type("Content Downloaded") == "content_download"
    assert track_type("Whitepaper Downloaded") == "content_download"
    assert track_type("Meeting Booked") == "meeting_booked"
    assert track_type("Unsubscribed") == "unsubscribe"
    assert track_type("Email Bounced") == "bounce"
    assert track_type("demo_requested") == track_type("  DEMO-requested ") == "demo_request"
    assert track_type("Cart Viewed") is None
    assert set(TRACK_EVENTS.values()) <= set(EVENT_TYPES)


def test_a_track_call_becomes_one_event_with_id_time_url_and_properties() -> None:
    call = {
        "type": "track", "event": "Content Downloaded", "messageId": "ajs-next-1", "userId": "Ana@Acme.io",
        "timestamp": "2030-01-02T10:00:00.123+02:00",
        "properties": {"asset": "routing guide", "pages": 12, "nested": {"dropped": True}, "email": "x@y.io"},
        "context": {"page": {"url": "https://vendor.example/guides/routing"}},
    }
    result = map_segment([call])
    (event,) = result.events
    assert (event.id, event.type, event.email) == ("ajs-next-1", "content_download", "ana@acme.io")
    assert event.url == "https://vendor.example/guides/routing"
    assert event.occurred_at == datetime(2030, 1, 2, 8, 0, 0, 123000, tzinfo=UTC)
    assert event.properties == {"segment_event": "Content Downloaded", "asset": "routing guide", "pages": 12}
    assert not result.problems and result.ignored_total == 0


def test_identify_teaches_ids_that_later_calls_use() -> None:
    identify = {"type": "identify", "userId": "u-1", "anonymousId": "a-1", "traits": {"email": "ana@acme.io"}}
    page = {"type": "page", "messageId": "p-1", "anonymousId": "a-1", "properties": {"url": "https://v.example/pricing"}}
    same_batch = map_segment([identify, page])
    assert same_batch.identities == {"user:u-1": "ana@acme.io", "anon:a-1": "ana@acme.io"}
    assert [e.email for e in same_batch.events] == ["ana@acme.io"] and same_batch.identified == 1

    # A later request: the caller looked the ids up first.
    assert identity_keys([page]) == {"anon:a-1"}
    later = map_segment([page], known=same_batch.identities)
    assert [(e.type, e.email, e.url) for e in later.events] == [("page_view", "ana@acme.io", "https://v.example/pricing")]
    assert later.identities == {}
    unknown = map_segment([page])
    assert unknown.events == [] and unknown.ignored_total == 1


def test_problems_name_the_index_and_the_segment_field() -> None:
    calls: list[Any] = [
        {"type": "track", "event": "Demo Requested", "userId": "ana@acme.io"},
        {"type": "track", "messageId": "m-2", "userId": "ana@acme.io"},
        {"type": "page", "messageId": "m-3", "userId": "ana@acme.io", "timestamp": "last tuesday"},
        "page",
        {"messageId": "m-5"},
        {"type": "page", "messageId": "x" * 300, "userId": "ana@acme.io"},
    ]
    problems = [(p.index, p.field) for p in map_segment(calls).problems]
    assert problems == [(0, "messageId"), (1, "event"), (2, "timestamp"), (3, ""), (4, "type"), (5, "messageId")]


def test_unpack_accepts_one_call_or_a_batch() -> None:
    assert unpack({"type": "page"}) == ([{"type": "page"}], None)
    assert unpack({"batch": [{"type": "page"}], "context": {}}) == ([{"type": "page"}], None)
    assert unpack({"batch": {}})[1] is not None
    assert unpack([{"type": "page"}])[1] is not None
    assert "at most" in unpack({"batch": [{}] * (MAX_BATCH + 1)})[1].message  # type: ignore[union-attr]


# --------------------------------------------------------------------------- properties

json_leaf = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30)
json_value = st.recursive(json_leaf, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=12)
names = st.sampled_from(sorted(TRACK_EVENTS)) | st.text(max_size=25)
emails = st.from_regex(r"[a-z][a-z0-9.]{0,10}@[a-z]{2,10}\.(io|com|example)", fullmatch=True)
segment_call = st.fixed_dictionaries(
    {"type": st.sampled_from(["track", "page", "identify", "screen", "group"])},
    optional={
        "messageId": st.text(max_size=20) | st.integers(),
        "event": names,
        "userId": emails | st.text(max_size=15) | st.none(),
        "anonymousId": st.text(max_size=15),
        "traits": st.fixed_dictionaries({}, optional={"email": emails | st.text(max_size=10)}),
        "properties": st.dictionaries(st.text(max_size=10), json_value, max_size=5),
        "context": json_value,
        "timestamp": st.datetimes(timezones=st.just(UTC)).map(datetime.isoformat) | st.text(max_size=10),
    },
)


@settings(max_examples=150, deadline=None)
@given(st.lists(segment_call | json_value, max_size=12))
def test_every_call_is_an_event_an_identify_an_ignore_or_a_problem(calls: list[Any]) -> None:
    result = map_segment(calls)
    assert len(result.events) + result.identified + result.ignored_total + len(result.problems) == len(calls)
    for event in result.events:
        assert isinstance(event, EngagementIn)
        assert event.email is not None and event.email == event.email.lower()
        EngagementIn.model_validate(event.model_dump())  # what we produce is what the API accepts
    assert all(0 <= p.index < len(calls) and p.message for p in result.problems)
    assert all(key.startswith(("user:", "anon:")) and len(key) <= 300 for key in result.identities)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(sorted(TRACK_EVENTS)), emails, st.text(min_size=1, max_size=20).filter(str.strip)),
        min_size=1, max_size=10, unique_by=lambda t: t[2].strip(),
    )
)
def test_known_track_calls_keep_their_id_type_and_person(items: list[tuple[str, str, str]]) -> None:
    calls = [{"type": "track", "event": name, "userId": who, "messageId": mid} for name, who, mid in items]
    result = map_segment(calls)
    assert not result.problems
    assert [(e.id, e.type, e.email) for e in result.events] == [
        (mid.strip(), TRACK_EVENTS[name], who) for name, who, mid in items
    ]
    assert map_segment(calls) == result  # deterministic


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=30).filter(lambda name: track_type(name) is None), emails)
def test_unknown_track_names_are_ignored_and_counted(name: str, who: str) -> None:
    result = map_segment([{"type": "track", "event": name, "userId": who, "messageId": "m-1"}] * 3)
    assert result.events == []
    if name.strip():
        assert result.problems == [] and result.ignored_total == 3
    else:  # no name at all is a malformed call, not an unknown one
        assert [p.field for p in result.problems] == ["event"] * 3
