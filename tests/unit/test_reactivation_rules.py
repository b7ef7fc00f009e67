"""Reactivation's pure parts: which signal wakes whom, and the one truthful line about the past."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from agent.services.reactivation import hiring_fits, trigger_for
from drafting.context import AccountFacts, ContactFacts, DraftContext, HistoryFact, ReactivationFacts, SenderFacts
from drafting.facts import ground
from drafting.guardrails import GuardrailPolicy
from drafting.offline import OfflineDrafter
from drafting.guardrails import check_draft
from drafting.reactivation import history_line
from signals.model import Evidence


@pytest.mark.parametrize(
    ("kind", "facts", "about_them", "trigger"),
    [
        ("funding", {}, False, "funding"),
        ("intent_spike", {}, False, "intent_surge"),
        ("tech_removed", {}, False, "technology"),
        ("new_role", {}, False, "hiring"),
        ("hiring_surge", {}, False, "hiring"),
        ("role_closed", {}, False, None),
        ("job_change", {"change": "new_executive"}, False, "new_executive"),
        ("job_change", {"change": "promotion"}, False, None),  # someone else's promotion wakes nobody
        ("job_change", {"change": "promotion"}, True, "promotion"),
        ("job_change", {"change": "champion_moved"}, True, "job_move"),
    ],
)
def test_which_signal_wakes(kind: str, facts: dict, about_them: bool, trigger: str | None) -> None:
    assert trigger_for(kind, facts, about_them=about_them) == trigger


def test_hiring_wakes_only_the_department_that_hires() -> None:
    assert hiring_fits({"function": "sales", "role_title": "Account Executive"}, "VP Sales")
    assert hiring_fits({"function": "revenue operations"}, "Head of Revenue Operations")
    assert not hiring_fits({"function": "engineering", "role_title": "Backend Engineer"}, "VP Sales")
    assert not hiring_fits({"function": "sales"}, "CFO")


def at(month: int) -> datetime:
    return datetime(2026, month, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("history", "line"),
    [
        ([], None),
        ([HistoryFact(at=at(2), kind="activity")], "since we were last in touch, back in February 2026"),
        ([HistoryFact(at=at(1), kind="email"), HistoryFact(at=at(2), kind="activity")], "since my last note in January 2026"),
        ([HistoryFact(at=at(1), kind="email"), HistoryFact(at=at(4), kind="reply")], "since you replied to my note in April 2026"),
        ([HistoryFact(at=at(3), kind="meeting"), HistoryFact(at=at(5), kind="reply")], "since we last spoke, back in March 2026"),
    ],
)
def test_the_line_names_the_strongest_interaction_by_its_month(history: list[HistoryFact], line: str | None) -> None:
    found = history_line(history)
    assert (found[0] if found else None) == (f"It has been a while {line}." if line else None)


def context(history: list[HistoryFact]) -> DraftContext:
    return DraftContext(
        signal_kind="funding",
        signal_title="Northwind Analytics raises $45M Series B",
        occurred_at=datetime(2026, 12, 1, tzinfo=UTC),
        facts={"round": "series_b", "amount": 45_000_000, "currency": "USD"},
        evidence=[Evidence(id="E1", label="headline", text="Northwind Analytics raises $45M Series B"),
                  Evidence(id="E2", label="round", text="Series B"), Evidence(id="E3", label="amount", text="45000000"),
                  Evidence(id="E4", label="currency", text="USD")],
        account=AccountFacts(name="Northwind Analytics", domain="northwind.example"),
        contact=ContactFacts(first_name="Ravi", last_name="Shah", email="ravi@northwind.example", title="VP Sales"),
        sender=SenderFacts(name="Dana Rep", email="dana@example.com", company="Vendorly"),
        history=history,
        reactivation=ReactivationFacts(trigger="funding", dormant_reason="no engagement for 200 days"),
    )


def test_offline_reactivations_pass_the_guardrails_and_need_their_history() -> None:
    for history in ([], [HistoryFact(at=at(3), kind="meeting", summary="discovery call")],
                    [HistoryFact(at=at(1), kind="email", summary='we sent "hello"')]):
        ctx = context(history)
        draft = OfflineDrafter().draft(ctx)
        assert draft.prompt_version == "offline-reactivation-v1"
        report = check_draft(draft, ctx, GuardrailPolicy())
        assert report.passed, report.failures()
        past = [v for v in ground(draft.body, ctx) if v.claim.kind == "interaction"]
        assert bool(past) == bool(history)  # no history: nothing about the past at all
        if history:  # the same text with no history fails: the line is grounded, not free
            assert any(v.problem for v in ground(draft.body, ctx.model_copy(update={"history": []}))
                       if v.claim.kind == "interaction")


def test_an_invented_meeting_fails_and_a_wrong_month_too() -> None:
    ctx = context([HistoryFact(at=at(3), kind="meeting")])
    bad = context([HistoryFact(at=at(1), kind="email")])
    text = "Hi Ravi,\n\nIt has been a while since we last spoke, back in March 2026."
    assert not [v for v in ground(text, ctx) if v.problem]
    assert [v for v in ground(text, bad) if v.problem]  # an e-mail is not a conversation
    other_month = context([HistoryFact(at=at(5), kind="meeting")])
    assert [v for v in ground(text, other_month) if v.problem]  # it was May, not March
