"""The output policy: offers, prices, phone numbers, credential and payment requests, lures, and
domain-like text in any disguise are refused whatever the evidence says (issue 8, finding 1)."""

from __future__ import annotations

import pytest

from drafting.base import OutreachDraft
from drafting.eval import load_cases
from drafting.guardrails import GuardrailPolicy, check_draft, forbidden_links
from drafting.offline import OfflineDrafter
from drafting.policy import find_domainlike, find_phone_numbers, fold_confusables, policy_findings, reader_view

CASES = {c.id: c for c in load_cases()}
FUNDING = CASES["funding-series-b-vp-sales"]  # Acme Robotics, acmerobotics.example; sender sam@vendorly.example
CTA = "Would a short call next week be useful?"


def draft_saying(sentence: str, *, subject: str = "The Series B at Acme Robotics") -> OutreachDraft:
    body = f"Hi Dana,\n\nCongrats on the $45M Series B. {sentence}\n\n{CTA}\n\nSam Lee"
    return OutreachDraft(subject=subject, body=body, call_to_action=CTA, evidence_ids=["E1"])


def failed(draft: OutreachDraft, ctx=None) -> dict[str, str]:  # type: ignore[no-untyped-def]
    report = check_draft(draft, ctx or FUNDING.context())
    return {r.name: r.reason for r in report.results if not r.passed}


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Reply this week for a 90% discount.", "offer or discount"),
        ("We can give you 50% off the first year.", "offer or discount"),
        ("Start a free trial of Vendorly Pro.", "offer or discount"),
        ("The first two months are at no charge.", "offer or discount"),
        ("Use promo code SPRING90 at checkout.", "offer or discount"),
        ("Vendorly is only $99/month for the team.", "price"),
        ("Pricing starts at $10 per seat.", "price"),
        ("Call me on +1 (415) 555-0199.", "phone number"),
        ("My direct line is 415.555.0142.", "phone number"),
        ("Ring our Berlin desk on +49 30 901820.", "phone number"),
        ("Please confirm your Okta password before Friday.", "credential or payment request"),
        ("Send us your MFA code to finish the setup.", "credential or payment request"),
        ("Please wire the deposit today.", "credential or payment request"),
        ("Buy three gift cards and send the codes.", "credential or payment request"),
        ("Update your billing details in the portal.", "credential or payment request"),
        ("Share your bank details for the refund.", "credential or payment request"),
        ("Reply with your social security number.", "credential or payment request"),
        ("Your invoice is overdue.", "urgency or invoice lure"),
        ("Your account will be suspended within 24 hours.", "urgency or invoice lure"),
        ("This is urgent.", "urgency or invoice lure"),
    ],
)
def test_the_policy_refuses_each_category(sentence: str, category: str) -> None:
    assert category in [f.category for f in policy_findings(sentence)], policy_findings(sentence)
    reason = failed(draft_saying(sentence))["output_policy"]
    assert category in reason


def test_a_lure_in_the_subject_is_refused() -> None:
    reason = failed(draft_saying("", subject="Urgent: your invoice is overdue"))["output_policy"]
    assert "urgency or invoice lure" in reason and "'Urgent'" in reason


@pytest.mark.parametrize(
    "text",
    [
        "Congrats on the $45M Series B announced on 11 March 2025.",
        "With 250 employees and 12 open roles, ramp matters.",
        "Worth a 15-minute call on Tuesday at 10:30?",
        "We help revenue teams act on buying signals the day they happen.",
        "The months after a round are when the plan has to prove itself.",
        "Open to comparing notes on forecasting for a few minutes?",
    ],
)
def test_ordinary_outreach_is_not_refused(text: str) -> None:
    assert policy_findings(text) == [] and find_domainlike(text) == []


def test_money_and_dates_are_not_phone_numbers() -> None:
    assert find_phone_numbers("$45,000,000 raised on 2025-03-11, 45000000 USD, 1,200 employees") == []
    assert find_phone_numbers("call 020 7946 0958 today") == ["020 7946 0958"]


# ---- domain-like text ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("visit evil dot example for more", "evil.example"),
        ("see evil[.]example/offer", "evil.example"),
        ("see evil (dot) example", "evil.example"),
        ("write to deals at evil-example dot com", "deals@evil-example.com"),
        ("write to sales (at) evil-example (dot) com", "sales@evil-example.com"),
        ("read ev\u0456l.example/news", "evil.example/news"),  # Cyrillic і
        ("pay at p\u0430yp\u0430l-billing.com", "paypal-billing.com"),  # Cyrillic а
        ("details at evil\uff0eexample", "evil.example"),  # full-width dot
        ("details at evil\u200b.example", "evil.example"),  # zero-width space
        ("go to helio . grid-deals . example", "helio.grid-deals.example"),
        ("book at xn--evl-5cd.example", "xn--evl-5cd.example"),
        ("promo at hxxp://evil.example/promo", "hxxp://"),
    ],
)
def test_disguised_domains_are_found(text: str, target: str) -> None:
    targets = [m.target for m in find_domainlike(text)]
    assert any(target in t for t in targets), targets


def test_reader_view_folds_look_alike_letters_but_keeps_accents() -> None:
    assert fold_confusables("ev\u0456l") == "evil"
    assert reader_view("M\u00fcller") == "M\u00fcller"
    assert reader_view("caf\u00e9 ev\u0456l\uff0eexample") == "caf\u00e9 evil.example"


def test_a_crm_account_name_carrying_a_link_is_not_an_allowed_link() -> None:
    """Issue 8: an account name carrying evil.example/deal counted as an allowed link."""
    case = FUNDING.model_copy(update={"account": FUNDING.account.model_copy(update={"name": "Acme Robotics evil.example/deal"})})
    ctx = case.context()
    draft = draft_saying("Saw the news at Acme Robotics evil.example/deal.")
    assert forbidden_links(draft.body, ctx, GuardrailPolicy()) == ["evil.example/deal"]
    assert "links" in failed(draft, ctx)
    # The offline drafter never writes such a name: it falls back to a generic reference.
    offline = OfflineDrafter().draft(ctx)
    assert "evil" not in offline.subject + offline.body
    assert check_draft(offline, ctx).passed


def test_an_account_named_after_its_own_domain_is_a_name() -> None:
    account = FUNDING.account.model_copy(update={"name": "Monday.com", "domain": "monday.com"})
    ctx = FUNDING.model_copy(update={"account": account}).context()
    assert forbidden_links("Congrats to the team at Monday.com.", ctx, GuardrailPolicy()) == []
    assert forbidden_links("See monday.com/pricing for more.", ctx, GuardrailPolicy()) == ["monday.com/pricing"]
    other = FUNDING.model_copy(update={"account": account.model_copy(update={"domain": "acme.io"})}).context()
    assert forbidden_links("Congrats to the team at Monday.com.", other, GuardrailPolicy()) == ["Monday.com"]


def test_the_sender_domain_and_allowed_assets_pass_and_nothing_else() -> None:
    ctx = FUNDING.context().model_copy(update={"allowed_urls": ["https://assets.example.org/guide"]})
    policy = GuardrailPolicy()
    assert forbidden_links("Guide: https://assets.example.org/guide", ctx, policy) == []
    assert forbidden_links("About us: vendorly.example", ctx, policy) == []
    assert forbidden_links("Write to sam@vendorly.example", ctx, policy) == []
    assert forbidden_links("Guide: https://assets.example.org/other", ctx, policy) == ["https://assets.example.org/other"]
    assert forbidden_links("Write to dana@acmerobotics.example", ctx, policy) == ["dana@acmerobotics.example"]
