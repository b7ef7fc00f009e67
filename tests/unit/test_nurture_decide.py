"""The pure step decision: enrolment + the lead's history + now -> the next action."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.nurture import decide as nd
from agent.nurture.content import parse_content
from agent.nurture.definitions import parse_sequences

LIBRARY = parse_content(
    """
[[assets]]
id = "blog"
title = "A blog post"
url = "https://example.com/blog/post"
stage = "awareness"
facts = ["One fact."]

[[assets]]
id = "revops-guide"
title = "For RevOps"
url = "https://example.com/guides/revops"
stage = "awareness"
personas = ["Head of Revenue Operations"]
facts = ["Two fact."]

[[assets]]
id = "pricing-guide"
title = "Pricing guide"
url = "https://example.com/pricing/guide"
stage = "evaluation"
facts = ["Three fact."]

[[assets]]
id = "plans"
title = "Plans"
url = "https://example.com/plans"
stage = "purchase"
facts = ["Four fact."]
""",
    personas=["VP Sales", "Head of Revenue Operations"],
)
DEFS = parse_sequences(
    """
[[sequences]]
name = "educate"
purpose = "educate"
approve_within_days = 3

[[sequences.steps]]
wait_days = 0
stage = "awareness"

[[sequences.steps]]
wait_days = 3
asset = "pricing-guide"

[[sequences.steps]]
wait_days = 4
stage = "awareness"
branches = [
  { clicked = "pricing-guide", goto = "hot" },
  { visited = "/pricing", goto = "hot" },
  { opened_none_after = 2, goto = "cold" },
  { score_at_least = 80, goto = "hot" },
]

[[sequences]]
name = "hot"
purpose = "high_intent"
[[sequences.steps]]
wait_days = 0
stage = "purchase"

[[sequences]]
name = "cold"
purpose = "re_engage"
business_days = true
[[sequences.steps]]
wait_days = 0
stage = "awareness"
[[sequences.steps]]
wait_days = 2
stage = "awareness"
"""
)
EDUCATE = DEFS.get("educate")
ENROLLED = datetime(2030, 1, 7, 9, 0, tzinfo=UTC)  # a Monday


def at(days: float) -> datetime:
    return ENROLLED + timedelta(days=days)


def enrollment(step: int = 0, *, next_at: datetime | None = ENROLLED, state: str = nd.ACTIVE,
               paused_until: datetime | None = None) -> nd.EnrollmentFacts:
    return nd.EnrollmentFacts("educate", state, step, ENROLLED, next_at, paused_until)


def test_definitions_for_these_tests_are_clean() -> None:
    assert not LIBRARY.problems and not DEFS.problems and EDUCATE is not None


def test_a_due_first_step_drafts_the_first_unsent_asset_for_the_persona() -> None:
    action = nd.decide(enrollment(), EDUCATE, LIBRARY, nd.LeadFacts(persona="Head of Revenue Operations"), ENROLLED)
    assert isinstance(action, nd.DraftStep)
    assert action.step == 1 and action.asset.id == "revops-guide"  # written for the persona comes first
    assert action.expires_at == at(3)
    again = nd.decide(enrollment(), EDUCATE, LIBRARY,
                      nd.LeadFacts(persona="VP Sales", used_assets=frozenset({"blog"})), ENROLLED)
    assert isinstance(again, nd.Skip) and "every awareness asset for VP Sales was already sent" in again.reason
    assert again.next_at == ENROLLED + timedelta(days=3)


def test_not_due_waits_and_the_end_completes() -> None:
    wait = nd.decide(enrollment(1, next_at=at(3)), EDUCATE, LIBRARY, nd.LeadFacts(), at(2))
    assert isinstance(wait, nd.Wait) and wait.until == at(3)
    done = nd.decide(enrollment(3, next_at=at(9)), EDUCATE, LIBRARY, nd.LeadFacts(), at(9))
    assert isinstance(done, nd.Complete) and done.reason == "completed all 3 steps"
    assert isinstance(nd.decide(enrollment(1, state=nd.WAITING, next_at=None), EDUCATE, LIBRARY, nd.LeadFacts(), at(9)), nd.Wait)


def test_a_pause_holds_until_the_return_date() -> None:
    paused = enrollment(1, state=nd.PAUSED, next_at=at(10), paused_until=at(10))
    assert isinstance(nd.decide(paused, EDUCATE, LIBRARY, nd.LeadFacts(), at(5)), nd.Wait)
    back = nd.decide(paused, EDUCATE, LIBRARY, nd.LeadFacts(), at(10))
    assert isinstance(back, nd.Resume) and "2030-01-17" in back.reason


@pytest.mark.parametrize(
    ("event", "goto", "reason"),
    [
        (nd.EventFact("email_click", at(4), "https://www.example.com/pricing/guide/?utm_source=x"), "hot", "clicked"),
        (nd.EventFact("page_view", at(4), "https://example.com/Pricing"), "hot", "visited"),
    ],
)
def test_a_click_or_a_visit_takes_the_branch(event: nd.EventFact, goto: str, reason: str) -> None:
    lead = nd.LeadFacts(events=(event,), sent_steps=2)
    action = nd.decide(enrollment(2, next_at=at(7)), EDUCATE, LIBRARY, lead, at(7))
    assert isinstance(action, nd.TakeBranch) and action.goto == goto and action.step == 3
    assert action.reason.startswith(reason)


def test_a_blog_click_is_not_a_pricing_click_and_events_before_enrolment_do_not_count() -> None:
    blog = nd.EventFact("email_click", at(4), "https://example.com/blog/post")
    before = nd.EventFact("page_view", at(-1), "https://example.com/pricing")
    lead = nd.LeadFacts(events=(blog, before), sent_steps=2)
    action = nd.decide(enrollment(2, next_at=at(7)), EDUCATE, LIBRARY, lead, at(7))
    assert isinstance(action, nd.DraftStep) and action.step == 3


def test_no_opens_after_two_sends_goes_to_re_engage_unless_blocked() -> None:
    lead = nd.LeadFacts(sent_steps=2)
    action = nd.decide(enrollment(2, next_at=at(7)), EDUCATE, LIBRARY, lead, at(7))
    assert isinstance(action, nd.TakeBranch) and action.goto == "cold"
    assert action.reason == "opened none of the 2 e-mails sent"
    opened = nd.LeadFacts(sent_steps=2, events=(nd.EventFact("email_open", at(1)),))
    assert isinstance(nd.decide(enrollment(2, next_at=at(7)), EDUCATE, LIBRARY, opened, at(7)), nd.DraftStep)
    blocked = nd.decide(enrollment(2, next_at=at(7)), EDUCATE, LIBRARY, lead, at(7), blocked=frozenset({"cold"}))
    assert isinstance(blocked, nd.DraftStep)


def test_a_high_score_takes_its_branch() -> None:
    action = nd.decide(enrollment(2, next_at=at(7)), EDUCATE, LIBRARY, nd.LeadFacts(score=85, sent_steps=2,
                       events=(nd.EventFact("email_open", at(1)),)), at(7))
    assert isinstance(action, nd.TakeBranch) and action.goto == "hot" and action.reason == "score 85 reached 80"


def test_settle_schedules_the_next_step_or_completes() -> None:
    assert nd.settle(EDUCATE, 1, at(1)) == (nd.ACTIVE, at(4))
    assert nd.settle(EDUCATE, 3, at(9)) == (nd.COMPLETED, None)
    cold = DEFS.get("cold")
    friday = datetime(2030, 1, 11, 10, tzinfo=UTC)
    assert nd.settle(cold, 1, friday) == (nd.ACTIVE, datetime(2030, 1, 15, 10, tzinfo=UTC))  # Tuesday


def test_may_enroll_follows_reenroll_after_days() -> None:
    once = DEFS.get("hot")
    ended = [nd.PastEnrollment("hot", nd.COMPLETED, at(1))]
    assert "it has no reenroll_after_days" in (nd.may_enroll(once, ended, at(400)) or "")
    assert nd.may_enroll(once, [nd.PastEnrollment("hot", nd.WAITING, None)], at(2)) == "already in hot"
    assert nd.may_enroll(once, [nd.PastEnrollment("cold", nd.EXITED, at(1))], at(2)) is None
    again = parse_sequences('[[sequences]]\nname = "x"\npurpose = "educate"\nreenroll_after_days = 30\n'
                            '[[sequences.steps]]\nstage = "awareness"\n').get("x")
    assert nd.may_enroll(again, [nd.PastEnrollment("x", nd.EXITED, at(1))], at(20)) == (
        "went through x (exited 2030-01-08); may enter again from 2030-02-07"
    )
    assert nd.may_enroll(again, [nd.PastEnrollment("x", nd.EXITED, at(1))], at(31)) is None


def test_exits_by_event_and_stage() -> None:
    assert nd.exit_for_event("reply", {}) == nd.REPLIED
    assert nd.exit_for_event("meeting_booked", {}) == nd.MEETING
    assert nd.exit_for_event("unsubscribe", {}) == nd.UNSUBSCRIBED
    assert nd.exit_for_event("bounce", {"bounce_type": "hard"}) == nd.BOUNCED
    assert nd.exit_for_event("bounce", {"bounce_type": "soft"}) is None
    assert nd.exit_for_event("email_click", {}) is None
    assert [nd.exit_for_stage(s) for s in ("mql", "handed_off", "customer", "disqualified", "engaged")] == [
        nd.MQL, nd.MQL, nd.CUSTOMER, nd.DISQUALIFIED, None,
    ]


# --------------------------------------------------------------------------- properties


@settings(max_examples=200, deadline=None)
@given(
    start=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(UTC)),
    days=st.integers(min_value=0, max_value=40),
)
def test_business_days_skip_weekends_and_count_exactly(start: datetime, days: int) -> None:
    end = nd.add_days(start, days, business=True)
    assert end.time() == start.time()
    if days:
        assert end.weekday() < 5
    weekdays = sum(1 for i in range(1, (end - start).days + 1) if (start + timedelta(days=i)).weekday() < 5)
    assert weekdays == days
    assert nd.add_days(start, days, business=False) == start + timedelta(days=days)


events = st.builds(
    nd.EventFact,
    type=st.sampled_from(["email_click", "page_view", "email_open", "reply"]),
    at=st.integers(min_value=-5, max_value=30).map(lambda d: at(d)),
    url=st.sampled_from([None, "https://example.com/pricing/guide", "https://example.com/blog/post", "https://x.io/pricing"]),
)


@settings(max_examples=300, deadline=None)
@given(
    step=st.integers(min_value=0, max_value=4),
    persona=st.sampled_from([None, "VP Sales", "Head of Revenue Operations"]),
    used=st.sets(st.sampled_from(["blog", "revops-guide", "pricing-guide", "plans"])),
    history=st.lists(events, max_size=6),
    sent=st.integers(min_value=0, max_value=4),
    score=st.floats(min_value=-50, max_value=150),
    blocked=st.sets(st.sampled_from(["hot", "cold"])),
    now_days=st.integers(min_value=0, max_value=40),
)
def test_the_decision_never_repeats_an_asset_nor_enters_a_blocked_sequence(
    step: int, persona: str | None, used: set[str], history: list[nd.EventFact], sent: int, score: float,
    blocked: set[str], now_days: int,
) -> None:
    facts = nd.LeadFacts(persona=persona, score=score, events=tuple(history), sent_steps=sent, used_assets=frozenset(used))
    e = enrollment(step, next_at=at(3))
    now = at(now_days)
    action = nd.decide(e, EDUCATE, LIBRARY, facts, now, blocked=frozenset(blocked))
    assert action == nd.decide(e, EDUCATE, LIBRARY, facts, now, blocked=frozenset(blocked))  # pure
    if now < at(3):
        assert isinstance(action, nd.Wait)
    if isinstance(action, nd.DraftStep):
        spec = EDUCATE.step(action.step)
        assert action.step == step + 1
        assert spec.asset == action.asset.id or (action.asset.id not in used and action.asset.suits(persona))
    if isinstance(action, nd.TakeBranch):
        assert action.goto not in blocked and action.step == step + 1
