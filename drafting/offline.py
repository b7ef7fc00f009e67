"""The offline drafter: deterministic templates, one per signal kind, tuned by persona family.

No network, no randomness, no clock: the same context always gives the same draft, byte for
byte. Every fact it writes (company, round, amount, investors, date, role, topic, technology,
person) comes from the context's facts, evidence, account or contact, and it never quotes the
free-text headline or excerpt, so nothing written by a third party (or an attacker) ends up in
the email. It is also the fallback when another provider fails the guardrails.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from drafting.base import OutreachDraft
from drafting.context import DraftContext
from drafting.guardrails import count_words, find_placeholders
from drafting.instructions import find_injection, normalise_space
from drafting.policy import allowed_mention, find_domainlike, policy_findings
from signals.model import ROUND_LABELS
from signals.text.dates import format_day_month
from signals.text.links import find_links
from signals.text.money import format_money

PROMPT_VERSION = "offline-v1"

# --------------------------------------------------------------------------------------------
# Persona families
# --------------------------------------------------------------------------------------------

SALES_LEADER = "sales_leader"
REVOPS = "revops"
MARKETING = "marketing"
EXECUTIVE = "executive"
OTHER = "other"
FAMILIES = (SALES_LEADER, REVOPS, MARKETING, EXECUTIVE, OTHER)
FAMILY_LABEL = {
    SALES_LEADER: "sales leader",
    REVOPS: "revenue operations",
    MARKETING: "marketing",
    EXECUTIVE: "executive/founder",
    OTHER: "other",
}

_FAMILY_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        REVOPS,
        re.compile(
            r"\b(rev\s*ops|revops|revenue\s+operations?|sales\s*ops|sales\s+operations?|salesops|gtm\s+operations?|"
            r"go[- ]to[- ]market\s+operations?|marketing\s+operations?|mops|crm|sales\s+systems|enablement)\b"
        ),
    ),
    (
        EXECUTIVE,
        re.compile(
            r"\b(ceo|coo|cfo|founder|co-?founder|owner|president|chief\s+executive|chief\s+operating|"
            r"managing\s+director|general\s+manager|executive|exec|partner)\b"
        ),
    ),
    (
        MARKETING,
        re.compile(r"\b(cmo|marketing|demand\s*gen|demand\s+generation|growth|brand|content|communications)\b"),
    ),
    (
        SALES_LEADER,
        re.compile(
            r"\b(sales|cro|chief\s+revenue|revenue|business\s+development|bdr|sdr|account\s+executive|"
            r"commercial|selling|seller)\b"
        ),
    ),
]


def persona_family(persona: str | None, title: str | None = None) -> str:
    """ "VP Sales" -> sales_leader; "RevOps Manager" -> revops; "CEO & Co-founder" -> executive."""
    for text in (persona, title):
        if not text:
            continue
        low = text.casefold().replace("_", " ")
        if low.strip() in FAMILIES or low.strip().replace(" ", "_") in FAMILIES:
            return low.strip().replace(" ", "_")
        for family, pattern in _FAMILY_PATTERNS:
            if pattern.search(low):
                return family
    return OTHER


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------

#: One sentence of context per (kind, persona family): why this signal matters to this reader.
BRIDGES: dict[str, dict[str, str]] = {
    "funding": {
        SALES_LEADER: "After a raise, pipeline targets usually jump, and so does the pressure to ramp new reps.",
        REVOPS: "This is usually when routing, territories and forecasting get rebuilt for the next stage.",
        MARKETING: "New funding usually comes with a bigger pipeline target, and more of it lands on marketing.",
        EXECUTIVE: "The months after a round are when the go-to-market plan has to start proving itself.",
        OTHER: "The months after a round tend to move quickly for every team.",
    },
    "new_role": {
        SALES_LEADER: "A hire like that usually comes with new quota, and ramp time starts to matter right away.",
        REVOPS: "Each new seat tends to bring routing rules, territories and reporting to set up.",
        MARKETING: "New go-to-market hires usually raise the bar on how much pipeline marketing hands over.",
        EXECUTIVE: "Hires like this are usually a sign the go-to-market plan is stepping up a gear.",
        OTHER: "New roles like this usually change how the team works day to day.",
    },
    "hiring_surge": {
        SALES_LEADER: "Hiring at that pace usually makes ramp time the bottleneck.",
        REVOPS: "Growth like that usually means capacity planning, territories and onboarding all need rework at once.",
        MARKETING: "A bigger team usually needs more pipeline to match, and a lot of that lands on marketing.",
        EXECUTIVE: "Scaling that fast usually turns the cost of each new hire into a board-level question.",
        OTHER: "Growth like that tends to change how every team works.",
    },
    "role_closed": {
        SALES_LEADER: "If the seat is filled, the first few months decide how fast that person gets productive.",
        REVOPS: "Once a seat is filled, access, territories and reporting all need setting up quickly.",
        MARKETING: "New starters usually lean on marketing for the pipeline that gets them going.",
        EXECUTIVE: "A filled seat is often a good moment to reset how that team is measured.",
        OTHER: "A new starter usually shifts the team's priorities for a while.",
    },
    "job_change": {
        SALES_LEADER: "The first few months in a new seat are usually when the pipeline plan gets set.",
        REVOPS: "A new role usually comes with a fresh look at the tools and processes in place.",
        MARKETING: "The first few months are usually when the plan for pipeline gets set.",
        EXECUTIVE: "The first few months are usually when go-to-market priorities get reset.",
        OTHER: "A new role tends to come with a fresh look at how things are done.",
    },
    "job_change_other": {
        SALES_LEADER: "A new leader usually brings a fresh look at how pipeline gets built.",
        REVOPS: "A new leader usually means a fresh look at the tools and processes in place.",
        MARKETING: "A new leader usually resets what marketing is asked to deliver.",
        EXECUTIVE: "Leadership changes are usually when go-to-market priorities get reset.",
        OTHER: "A new leader usually brings a fresh look at how things are done.",
    },
    "intent_spike": {
        SALES_LEADER: "For sales teams, the hard part is usually turning it into pipeline rather than another project.",
        REVOPS: "From the operations side, the hard part is usually the data and process behind it.",
        MARKETING: "For marketing, it usually comes down to whether it turns into pipeline you can measure.",
        EXECUTIVE: "At the leadership level, the question is usually whether it pays back this year.",
        OTHER: "It usually touches more teams than expected.",
    },
    "tech_installed": {
        SALES_LEADER: "New tools usually only pay off once reps use them every day.",
        REVOPS: "A new tool usually means integrations, fields and reporting to get right.",
        MARKETING: "New tools usually change how leads and attribution flow between teams.",
        EXECUTIVE: "New tools are usually judged on whether they pay back within the year.",
        OTHER: "New tools tend to take a while to settle in.",
    },
    "tech_removed": {
        SALES_LEADER: "When a tool goes, reps usually feel the gap first.",
        REVOPS: "Removing a tool usually leaves gaps in data, routing or reporting to fill.",
        MARKETING: "Dropping a tool usually changes how leads and attribution are tracked.",
        EXECUTIVE: "Consolidating tools is usually about spending less without slowing the team down.",
        OTHER: "Changes like that usually ripple across several teams.",
    },
    "generic": {
        SALES_LEADER: "Moments like this usually change where pipeline comes from.",
        REVOPS: "Moments like this usually mean process and reporting changes.",
        MARKETING: "Moments like this usually change what marketing is asked to deliver.",
        EXECUTIVE: "Moments like this are usually when priorities get reset.",
        OTHER: "Moments like this tend to shift priorities.",
    },
}

#: The one question each draft asks, by persona family; `{focus}` is what it is about.
CTAS: dict[str, list[str]] = {
    SALES_LEADER: [
        "Would it be useful to compare notes on {focus}?",
        "Open to a short call next week about {focus}?",
        "Worth a quick conversation about {focus}?",
    ],
    REVOPS: [
        "Would it help to compare notes on {focus} from the operations side?",
        "Open to a short call about {focus}?",
        "Would a quick look at {focus} from the systems side be useful?",
    ],
    MARKETING: [
        "Would it be useful to compare notes on {focus}?",
        "Open to a short conversation about {focus}?",
        "Would a short call about {focus} be useful for your team?",
    ],
    EXECUTIVE: [
        "Would a short conversation about {focus} be useful?",
        "Worth a quick call about {focus}?",
        "Open to comparing notes on {focus} for a few minutes?",
    ],
    OTHER: [
        "Would a short call about {focus} be useful?",
        "Open to a quick conversation about {focus}?",
        "Worth comparing notes on {focus}?",
    ],
}

#: Short generic subjects for when nothing specific fits the limit.
FALLBACK_SUBJECTS: dict[str, str] = {
    "funding": "Congrats on the round",
    "new_role": "The new role",
    "hiring_surge": "Scaling the team",
    "role_closed": "A new starter",
    "job_change": "Congrats on the new role",
    "job_change_other": "A new leader",
    "intent_spike": "A quick thought",
    "tech_installed": "The new rollout",
    "tech_removed": "Switching tools",
    "generic": "A quick thought",
}

_SHORTER_RE = re.compile(r"\b(short|shorter|shorten|brief|briefer|concise|tighter|trim|less text|fewer words)\b", re.I)
_NO_PITCH_RE = re.compile(
    r"\b(no|without|drop|remove|skip|less)\b[\w\s']{0,20}\b(pitch|value prop(osition)?|product|selling)\b", re.I
)
_FORMAL_RE = re.compile(r"\bformal\b", re.I)
_CASUAL_RE = re.compile(r"\b(casual|informal|relaxed|friendlier)\b", re.I)
_MENTION_RE = re.compile(r"\b(mention|include|reference|call out|highlight)\b", re.I)


# --------------------------------------------------------------------------------------------
# Small text helpers
# --------------------------------------------------------------------------------------------


def _clean(
    value: Any, *, max_words: int = 12, max_chars: int = 80, ctx: DraftContext | None = None, verbatim: bool = False
) -> str | None:
    """A fact value safe to write into an email, or None.

    Rejects anything that could smuggle content in: links, addresses and domains in any disguise
    (with `ctx`, only those the guardrails would allow, such as an account named "Monday.com"
    after its own domain), offers, prices, phone numbers, credential or payment requests, lures,
    questions, template syntax, instruction-like text, or values too long to be a name or a title.
    """
    if value is None or isinstance(value, bool | dict | list | tuple | set):
        return None
    text = normalise_space(str(value))
    if not verbatim:
        text = text.strip(" .,;:!-")
    if not text or len(text) > max_chars or count_words(text) > max_words:
        return None
    if "?" in text or any(ch in text for ch in "{}[]<>`|\\"):
        return None
    if find_placeholders(text) or find_injection(text) or policy_findings(text):
        return None
    for mention in find_domainlike(text):
        if ctx is None or not allowed_mention(
            mention,
            sender_email=ctx.sender.email,
            allowed_urls=ctx.allowed_urls,
            account_name=ctx.account.name,
            account_domain=ctx.account.domain,
        ):
            return None
    return text


def _lower_common(text: str) -> str:
    """ "Sales" -> "sales", "Customer Success" -> "customer success"; acronyms and "RevOps" stay."""
    words = []
    for word in text.split():
        if word[:1].isupper() and word[1:] == word[1:].lower() and word[1:].isalpha():
            words.append(word.lower())
        else:
            words.append(word)
    return " ".join(words)


def _article(phrase: str) -> str:
    word = phrase.split()[0] if phrase.split() else phrase
    if len(word) > 1 and word.isupper():
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    low = word.lower()
    if low.startswith(("uni", "use", "usu", "eu", "one", "ur")):
        return "a"
    if low.startswith(("hour", "honest", "heir")):
        return "an"
    return "an" if low[:1] in "aeiou" else "a"


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _join_names(names: list[str], limit: int) -> str | None:
    if not names or limit <= 0:
        return None
    if len(names) == 1:
        return names[0]
    if len(names) <= limit and len(names) == 2:
        return f"{names[0]} and {names[1]}"
    if limit == 1:
        return f"{names[0]} and others"
    shown = names[:limit]
    if len(names) <= limit:
        return ", ".join(shown[:-1]) + f" and {shown[-1]}"
    return ", ".join(shown) + " and others"


def _sentence(text: str) -> str:
    text = normalise_space(text)
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def _stable_hash(*parts: str) -> int:
    raw = "\x1f".join(p.casefold().strip() for p in parts)
    return int(hashlib.sha256(raw.encode("utf-8")).hexdigest()[:12], 16)


def _display_name(name: str) -> str:
    name = normalise_space(name)
    if name and (name.islower() or name.isupper()):
        return "-".join(part.capitalize() for part in name.split("-")) if " " not in name else name.title()
    return name


# --------------------------------------------------------------------------------------------
# What the templates know
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Known:
    """Cleaned facts, each with the evidence label it comes from."""

    ctx: DraftContext
    corpus: str
    values: dict[str, Any] = field(default_factory=dict)

    def text(self, key: str, *, max_words: int = 12, max_chars: int = 80) -> str | None:
        value = _clean(self.ctx.facts.get(key), max_words=max_words, max_chars=max_chars)
        if value is None or not self._grounded(key, value):
            return None
        return value

    def names(self, key: str) -> list[str]:
        raw = self.ctx.facts.get(key)
        items = raw if isinstance(raw, list | tuple) else (str(raw).split(",") if raw else [])
        out: list[str] = []
        for item in items:
            value = _clean(item, max_words=6, max_chars=60)
            if value and value.casefold() not in {o.casefold() for o in out} and self._grounded(key, value):
                out.append(value)
        return out

    def count(self, key: str) -> int | None:
        raw = self.ctx.facts.get(key)
        if isinstance(raw, bool) or raw is None:
            return None
        try:
            number = float(str(raw).replace(",", "").strip())
        except ValueError:
            return None
        if number != int(number) or number < 0 or number > 1_000_000:
            return None
        return int(number) if self._grounded(key, str(int(number))) else None

    def flag(self, key: str) -> bool:
        raw = self.ctx.facts.get(key)
        if isinstance(raw, str):
            return raw.strip().casefold() in {"true", "yes", "1"}
        return bool(raw)

    def _grounded(self, key: str, value: str) -> bool:
        return self.ctx.evidence_for(key) is not None or value.casefold() in self.corpus


@dataclass(slots=True)
class _Opener:
    """One rendering of the signal sentence(s), and the evidence labels it used."""

    text: str
    labels: tuple[str, ...] = ()


@dataclass(slots=True)
class _Plan:
    kind_key: str  # the BRIDGES / FALLBACK_SUBJECTS key
    opener: Callable[[int], _Opener]  # detail 3 (everything) .. 0 (minimal, no company)
    focus: str
    focus_labels: tuple[str, ...]
    subjects: Sequence[tuple[str | None, tuple[str, ...]]]


# --------------------------------------------------------------------------------------------
# The drafter
# --------------------------------------------------------------------------------------------


class OfflineDrafter:
    """Deterministic, grounded templates. Needs no key and no network."""

    name = "offline"
    prompt_version = PROMPT_VERSION

    def __init__(self, *, max_subject_chars: int = 60, max_body_words: int = 120) -> None:
        self.max_subject_chars = max_subject_chars
        self.max_body_words = max_body_words

    def draft(self, ctx: DraftContext, *, feedback: Sequence[str] = ()) -> OutreachDraft:
        if ctx.signal_kind == "nurture_step":  # a sequence step: its own template (drafting.nurture)
            from drafting.nurture import draft_step

            return draft_step(ctx, max_subject_chars=self.max_subject_chars, max_body_words=self.max_body_words)
        if ctx.reactivation is not None:  # a dormant lead woken by a signal (drafting.reactivation)
            from drafting.reactivation import draft_reactivation

            return draft_reactivation(ctx, self)
        known = _Known(ctx=ctx, corpus=ctx.grounding_corpus().casefold())
        kind = ctx.signal_kind
        seed = _stable_hash(ctx.account.name, kind)
        variant = seed % 3
        family = persona_family(ctx.persona, ctx.contact.title)
        family_source = (
            f"persona {ctx.persona!r}"
            if ctx.persona
            else (f"title {ctx.contact.title!r}" if ctx.contact.title else "no persona or title")
        )
        # The account's own name may look like a domain ("Monday.com"); the guardrails accept that
        # only when it names the account's own domain. A CRM name carrying anything else is not used.
        company = _clean(ctx.account.name, max_words=40, max_chars=300, ctx=ctx, verbatim=True)
        plan = _plan_for(kind, known, company, variant, ctx)

        instruction = ctx.instruction or ""
        shorter = bool(_SHORTER_RE.search(instruction)) or any(
            f.startswith(("body_length", "subject_length")) for f in feedback
        )
        no_pitch = bool(_NO_PITCH_RE.search(instruction))
        notes: list[str] = []

        first = _display_name(ctx.contact.first_name)
        if _FORMAL_RE.search(instruction):
            greeting, signoff = (f"Dear {first}," if first else "Hello,"), "Kind regards,"
        elif _CASUAL_RE.search(instruction):
            greeting, signoff = (f"Hey {first}," if first else "Hey there,"), "Cheers,"
        else:
            greeting, signoff = (f"Hi {first}," if first else "Hi there,"), "Best,"
        sender_name = normalise_space(ctx.sender.name)
        signature = f"{signoff}\n{sender_name}" if sender_name else signoff

        bridge = BRIDGES.get(plan.kind_key, BRIDGES["generic"])[family]
        value_prop = None if no_pitch else _value_prop_sentence(ctx)
        cta = _sentence(CTAS[family][(seed >> 8) % 3].format(focus=plan.focus))

        # From the fullest draft to the leanest; the first that fits the word limit wins.
        configs = [
            (3, True, True),
            (3, False, True),
            (2, False, True),
            (1, False, True),
            (1, False, False),
            (0, False, False),
        ]
        if shorter:
            configs = [c for c in configs if not c[1]]
        chosen = None
        for detail, with_bridge, with_vp in configs:
            opener = plan.opener(detail)
            middle = " ".join(p for p in (opener.text, bridge if with_bridge else None) if p)
            closing = " ".join(p for p in (value_prop if with_vp else None, cta) if p)
            body = "\n\n".join([greeting, middle, closing, signature])
            chosen = (detail, with_bridge, with_vp, opener, body)
            if count_words(body) <= self.max_body_words:
                break
        assert chosen is not None
        detail, with_bridge, with_vp, opener, body = chosen

        subject, subject_labels = _choose_subject(plan, variant, self.max_subject_chars)

        labels = {*opener.labels, *plan.focus_labels, *subject_labels}
        evidence_ids = _evidence_ids(ctx, labels)

        notes.append(f"signal: {kind.replace('_', ' ')}, citing {', '.join(evidence_ids)}")
        notes.append(f"written for a {FAMILY_LABEL[family]} reader (from {family_source})")
        notes.append(f"template variant {variant + 1} of 3")
        if value_prop and with_vp:
            notes.append("includes the sender's value proposition in one sentence")
        elif value_prop:
            notes.append("left out the value proposition to stay within the word limit")
        if not with_bridge and not shorter:
            notes.append("left out the context sentence to stay within the word limit")
        if detail < 3 and not shorter:
            notes.append("trimmed detail (investors, date or company) to stay within the word limit")
        if instruction:
            applied = [
                label
                for label, hit in (
                    ("shorter", shorter and bool(_SHORTER_RE.search(instruction))),
                    ("no pitch", no_pitch),
                    ("formal", bool(_FORMAL_RE.search(instruction))),
                    ("casual", bool(_CASUAL_RE.search(instruction))),
                )
                if hit
            ]
            if applied:
                notes.append(f"rep instruction applied: {', '.join(applied)}")
            if _MENTION_RE.search(instruction) or not applied:
                notes.append("rep instruction only partly applied by the offline templates; edit by hand if needed")
        if feedback:
            notes.append(f"regenerated after: {'; '.join(feedback)}")

        return OutreachDraft(
            subject=subject,
            body=body,
            call_to_action=cta,
            evidence_ids=evidence_ids,
            personalisation_notes=notes,
            provider=self.name,
            model=None,
            prompt_version=self.prompt_version,
        )


def _evidence_ids(ctx: DraftContext, labels: set[str]) -> list[str]:
    ids: list[str] = []
    for item in ctx.evidence:
        if item.label in labels or item.label == "headline":
            ids.append(item.id)
    if not ids and ctx.evidence:
        ids.append(ctx.evidence[0].id)
    return ids


def _choose_subject(plan: _Plan, variant: int, limit: int) -> tuple[str, tuple[str, ...]]:
    candidates = [c for c in plan.subjects if c[0]]
    if candidates:
        start = variant % len(candidates)
        candidates = candidates[start:] + candidates[:start]
    for text, labels in candidates:
        assert text is not None
        subject = normalise_space(text)
        subject = subject[0].upper() + subject[1:]
        if len(subject) <= limit:
            return subject, labels
    fallback = FALLBACK_SUBJECTS.get(plan.kind_key, FALLBACK_SUBJECTS["generic"])
    if len(fallback) <= limit:
        return fallback, ()
    words = fallback.split()
    while words and len(" ".join(words)) > limit:
        words.pop()
    return (" ".join(words) or fallback[:limit]), ()


def _value_prop_sentence(ctx: DraftContext) -> str | None:
    raw = ctx.sender.value_proposition
    if not raw:
        return None
    text = normalise_space(raw).rstrip(" .!;:")
    if not text or "?" in text or find_domainlike(text) or find_placeholders(text) or find_injection(text):
        return None
    if policy_findings(text):
        return None
    if count_words(text) > 40:
        return None
    company = _clean(ctx.sender.company) if ctx.sender.company else None
    first = text.split(" ", 1)[0]
    low = first.casefold()
    if low in {"we", "we're", "our", "i", "i'm", "my"} or (company and text.casefold().startswith(company.casefold())):
        return _sentence(text)
    if low in {"a", "an", "the"}:
        return _sentence(
            f"{company} is {text[0].lower() + text[1:]}" if company else f"We are {text[0].lower() + text[1:]}"
        )
    if low.endswith("s") and not low.endswith("ss") and first.islower():
        return _sentence(f"{company} {text}" if company else f"Our team {text}")
    if first.islower():
        return _sentence(f"We {text}")
    return _sentence(text)


# --------------------------------------------------------------------------------------------
# One plan per kind
# --------------------------------------------------------------------------------------------


def _plan_for(kind: str, k: _Known, company: str | None, variant: int, ctx: DraftContext) -> _Plan:
    builders: dict[str, Callable[[_Known, str | None, int, DraftContext], _Plan]] = {
        "funding": _funding,
        "new_role": _new_role,
        "hiring_surge": _hiring_surge,
        "role_closed": _role_closed,
        "job_change": _job_change,
        "intent_spike": _intent_spike,
        "tech_installed": _tech_installed,
        "tech_removed": _tech_removed,
    }
    return builders.get(kind, _generic)(k, company, variant, ctx)


def _date_phrase(ctx: DraftContext) -> tuple[str | None, tuple[str, ...]]:
    """ "on 14 August", only when the date itself is in the evidence."""
    iso = ctx.occurred_at.date().isoformat()
    for item in ctx.evidence:
        if iso in item.text:
            return f"on {format_day_month(ctx.occurred_at.day, ctx.occurred_at.month)}", (item.label,)
    return None, ()


def _round_phrase(round_: str | None, *, with_amount: bool = False) -> str:
    if not round_:
        return "funding round" if with_amount else "new funding round"
    round_ = ROUND_LABELS.get(round_, round_)
    low = round_.casefold()
    if any(w in low for w in ("round", "series", "funding", "financing", "ipo", "raise")):
        return round_
    return f"{round_} round"


def _form_d(k: _Known, company: str | None, ctx: DraftContext) -> _Plan:
    """A Form D is a filing, not an announcement: say what was filed, never "congrats on the round"."""
    amount = format_money(ctx.facts.get("amount"), ctx.facts.get("currency")) if k.ctx.evidence_for("amount") else None
    sold = ctx.facts.get("amount_basis") == "total_sold"
    date, date_labels = _date_phrase(ctx)
    c = company or "your company"
    labels = tuple(lbl for lbl, used in (("amount", amount), ("currency", amount)) if used)

    def opener(detail: int) -> _Opener:
        when = date if detail >= 2 else None
        filed = f"Noticed {c} filed a Form D" + (f" {when}" if when else "")
        if amount and sold:
            text = f"{filed}, showing {amount} raised in a private offering"
        elif amount:
            text = f"{filed} for a {amount} private offering"
        else:
            text = f"{filed} for a private offering"
        return _Opener(_sentence(text), labels + (date_labels if when else ()))

    subjects = [
        (f"{_possessive(company)} Form D filing" if company else None, labels),
        ("Your recent Form D filing", labels),
    ]
    return _Plan("funding", opener, "the plan for the new capital", (), subjects)


def _funding(k: _Known, company: str | None, variant: int, ctx: DraftContext) -> _Plan:
    if ctx.facts.get("offering_type") == "form_d":
        return _form_d(k, company, ctx)
    round_ = k.text("round", max_words=5, max_chars=40)
    amount = format_money(ctx.facts.get("amount"), ctx.facts.get("currency")) if k.ctx.evidence_for("amount") else None
    investors = k.names("investors")
    date, date_labels = _date_phrase(ctx)
    c = company or "your company"
    what = " ".join(p for p in (amount, _round_phrase(round_, with_amount=bool(amount))) if p)
    base_labels = tuple(lbl for lbl, used in (("round", round_), ("amount", amount), ("currency", amount)) if used)

    def opener(detail: int) -> _Opener:
        inv = _join_names(investors, {3: 2, 2: 1}.get(detail, 0))
        when = date if detail >= 2 else None
        labels = base_labels + (("investors",) if inv else ()) + (date_labels if when else ())
        if detail == 0:
            return _Opener(_sentence(f"Congrats on the {what}"), base_labels)
        if variant == 0:
            text = f"Congrats to you and the team at {c} on the {what}"
            text += f" announced {when}" if when else ""
            text += f", backed by {inv}" if inv else ""
        elif variant == 1:
            text = f"Saw that {c} announced the {what}"
            text += f" {when}" if when else ""
            text += f", backed by {inv}" if inv else ""
        else:
            text = f"Great to see {c} announce the {what}"
            text += f" {when}" if when else ""
            text += f", with {inv} backing it" if inv else ""
        return _Opener(_sentence(text), labels)

    r = _round_phrase(round_) if round_ else "round"
    subjects = [
        (f"Congrats on the {r}", base_labels),
        (f"{_possessive(company)} {what}" if company else None, base_labels),
        (f"After the {r} at {company}" if company else None, base_labels),
        (f"{company} and the {r}" if company else None, base_labels),
        (f"After the {r}", base_labels),
    ]
    return _Plan("funding", opener, "the plan after the round", (), subjects)


def _role_np(title: str | None, function: str | None) -> str:
    if title:
        return f"{_article(title)} {title}"
    if function:
        fn = _lower_common(function)
        return f"a new {fn} role"
    return "a new role"


def _new_role(k: _Known, company: str | None, variant: int, ctx: DraftContext) -> _Plan:
    title = k.text("role_title", max_words=8, max_chars=60)
    function = None if title else k.text("function", max_words=4, max_chars=40)
    labels = ("role_title",) if title else (("function",) if function else ())
    role = _role_np(title, function)
    c = company or "your company"

    def opener(detail: int) -> _Opener:
        if detail == 0:
            return _Opener(_sentence(f"Noticed the opening for {role}"), labels)
        text = [
            f"Noticed {c} is hiring {role}",
            f"Saw the opening for {role} at {c}",
            f"Looks like {c} is adding {role} to the team",
        ][variant]
        return _Opener(_sentence(text), labels)

    subjects = [
        (f"The {title} role at {company}" if title and company else None, labels),
        (f"{company} hiring {role}" if company else None, labels),
        (f"The {title} opening" if title else None, labels),
        (f"Hiring {role}", labels),
    ]
    return _Plan("new_role", opener, "getting the new hire productive quickly", (), subjects)


def _hiring_surge(k: _Known, company: str | None, variant: int, ctx: DraftContext) -> _Plan:
    function_raw = k.text("function", max_words=4, max_chars=40)
    function = _lower_common(function_raw) if function_raw else None
    open_roles = k.count("open_roles")
    previous = k.count("previous_open_roles")
    if previous is not None and (open_roles is None or previous >= open_roles):
        previous = None
    team = f"{function} team" if function else "team"
    c = company or "your company"
    fn_sp = f"{function} " if function else ""

    def opener(detail: int) -> _Opener:
        prev = previous if detail >= 2 else None
        labels = tuple(
            lbl
            for lbl, used in (("function", function), ("open_roles", open_roles), ("previous_open_roles", prev))
            if used
        )
        if detail == 0:
            text = f"Noticed the {team} is growing" + (f", with {open_roles} open roles" if open_roles else "")
            return _Opener(_sentence(text), labels)
        if open_roles:
            text = [
                f"Noticed {c} has {open_roles} open {fn_sp}roles right now" + (f", up from {prev}" if prev else ""),
                f"Saw that the {team} at {c} is growing, with {open_roles} open roles"
                + (f" (up from {prev})" if prev else ""),
                f"Looks like {c} is scaling the {team}, with {open_roles} roles open"
                + (f", up from {prev}" if prev else ""),
            ][variant]
        else:
            text = [
                f"Noticed {c} is hiring across the {team}",
                f"Saw that the {team} at {c} is growing",
                f"Looks like {c} is scaling the {team}",
            ][variant]
        return _Opener(_sentence(text), labels)

    sl = tuple(lbl for lbl, used in (("function", function), ("open_roles", open_roles)) if used)
    subjects = [
        (f"{open_roles} open {fn_sp}roles at {company}" if open_roles and company else None, sl),
        (f"Scaling the {team} at {company}" if company else None, sl),
        (f"{_possessive(company)} growing {team}" if company else None, sl),
        (f"Scaling the {team}", sl),
    ]
    return _Plan("hiring_surge", opener, "ramping the new hires", (), subjects)


def _role_closed(k: _Known, company: str | None, variant: int, ctx: DraftContext) -> _Plan:
    title = k.text("role_title", max_words=8, max_chars=60)
    function = None if title else k.text("function", max_words=4, max_chars=40)
    labels = ("role_title",) if title else (("function",) if function else ())
    c = company or "your company"
    if title:
        minimal = f"Noticed the {title} opening has closed"
        texts = [
            f"Saw that the {title} opening at {c} has closed",
            f"Noticed the {title} posting at {c} is no longer listed",
            f"Looks like {c} has closed the search for the {title}",
        ]
    else:
        fn = f"{_lower_common(function)} " if function else ""
        minimal = f"Noticed one of the open {fn}roles has closed"
        texts = [
            f"Saw that one of the open {fn}roles at {c} has closed",
            f"Noticed an open {fn}role at {c} is no longer listed",
            f"Looks like {c} has closed one of its open {fn}roles",
        ]

    def opener(detail: int) -> _Opener:
        return _Opener(_sentence(texts[variant] if detail else minimal), labels)

    subjects = [
        (f"The {title} search at {company}" if title and company else None, labels),
        (f"After the {title} search" if title else None, labels),
        (f"{_possessive(company)} new {title}" if company and title else None, labels),
    ]
    return _Plan("role_closed", opener, "the first few months for whoever takes the seat", (), subjects)


def _same_person(person: str | None, ctx: DraftContext) -> bool:
    if not person:
        return True
    p = person.casefold().split()
    first = ctx.contact.first_name.casefold().strip()
    last = ctx.contact.last_name.casefold().strip()
    if not p:
        return True
    if " ".join(p) == f"{first} {last}".strip():
        return True
    return p[0] == first and (not last or p[-1] == last)


def _job_change(k: _Known, company: str | None, variant: int, ctx: DraftContext) -> _Plan:
    person = k.text("person", max_words=5, max_chars=60)
    title = k.text("new_title", max_words=8, max_chars=60)
    new_company = k.text("new_company", max_words=8, max_chars=80) or company
    previous = k.text("previous_company", max_words=8, max_chars=80)
    change = str(ctx.facts.get("change") or "").casefold()
    recipient = _same_person(person, ctx)
    v = variant % 2
    nc_label = ("new_company",) if k.text("new_company", max_words=8, max_chars=80) else ()

    def used(*pairs: tuple[str, Any]) -> tuple[str, ...]:
        return tuple(lbl for lbl, val in pairs if val)

    as_title = f" as {title}" if title else ""
    at_company = f" at {new_company}" if new_company else ""

    def opener(detail: int) -> _Opener:
        prev = previous if detail >= 2 else None
        nc = new_company if detail >= 1 else None
        base = used(("new_title", title), ("person", person if not recipient else None)) + (nc_label if nc else ())
        if recipient:
            if detail == 0:
                return _Opener("Congrats on the new role.", used(("new_title", None)))
            if change == "promotion":
                text = (
                    [
                        f"Congrats on the step up to {title}{at_company}",
                        f"Saw the news about your promotion to {title}{at_company}",
                    ][v]
                    if title
                    else [f"Congrats on the promotion{at_company}", f"Saw the news about your promotion{at_company}"][v]
                )
                extra = ""
            elif change == "champion_moved":
                text = [
                    f"Congrats on the move to {nc or 'the new team'}{as_title}",
                    f"Saw the news about your move{' from ' + prev if prev else ''} to {nc or 'a new team'}{as_title}",
                ][v]
                extra = f" We enjoyed working with you at {prev}." if prev and v == 0 else ""
            else:
                text = [
                    f"Congrats on joining {nc or 'the new team'}{as_title}",
                    f"Saw the news that you joined {nc or 'a new team'}{as_title}",
                ][v]
                extra = ""
            labels = base + (("previous_company",) if prev and (extra or v == 1) and change == "champion_moved" else ())
            return _Opener(_sentence(text) + extra, labels)
        # about someone else at the account
        if detail == 0:
            return _Opener(_sentence(f"Saw that {person} has a new role"), used(("person", person)))
        if change == "promotion":
            text = [
                f"Saw that {person} was promoted{' to ' + title if title else ''}{' at ' + nc if nc else ''}",
                f"Noticed {person} has stepped up{' to ' + title if title else ''}{' at ' + nc if nc else ''}",
            ][v]
        else:
            text = [
                f"Saw that {person} joined {nc or 'the team'}{as_title}{' from ' + prev if prev else ''}",
                f"Noticed {person} has started at {nc or 'the company'}{as_title}",
            ][v]
        labels = base + (("previous_company",) if prev and v == 0 and change != "promotion" else ())
        return _Opener(_sentence(text), labels)

    if recipient:
        key = "job_change"
        focus = "your plans for the first few months"
        subjects = [
            ("Congrats on the promotion" if change == "promotion" else "Congrats on the new role", ()),
            (f"Your move to {new_company}" if new_company and change != "promotion" else None, nc_label),
            (f"Congrats on the {title} role" if title else None, used(("new_title", title))),
        ]
    else:
        key = "job_change_other"
        focus = "what the new leadership means for your plans"
        subjects = [
            (
                f"{person} joining {new_company}" if person and new_company and change != "promotion" else None,
                used(("person", person)) + nc_label,
            ),
            (f"New {title} at {new_company}" if title and new_company else None, used(("new_title", title)) + nc_label),
            (
                f"{_possessive(new_company)} new {title}" if title and new_company else None,
                used(("new_title", title)) + nc_label,
            ),
        ]
    return _Plan(key, opener, focus, (), subjects)


def _intent_spike(k: _Known, company: str | None, variant: int, ctx: DraftContext) -> _Plan:
    topic = k.text("topic", max_words=6, max_chars=50)
    labels = ("topic",) if topic else ()
    c = company or "your company"

    def opener(detail: int) -> _Opener:
        if not topic:
            text = (
                f"Reaching out with a quick thought for the team at {c}"
                if detail
                else "Reaching out with a quick thought"
            )
            return _Opener(_sentence(text), ())
        if detail == 0:
            return _Opener(_sentence(f"Quick thought on {topic}"), labels)
        text = [
            f"Quick thought on {topic} for the team at {c}",
            f"I have been thinking about {topic} and how teams like {c} approach it",
            f"Reaching out about {topic}, which seems to be on the agenda for a lot of teams like {c} right now",
        ][variant]
        return _Opener(_sentence(text), labels)

    focus = f"how you are approaching {topic}" if topic else "your plans for this quarter"
    subjects = [
        (f"{topic} at {company}" if topic and company else None, labels),
        (f"A thought on {topic}" if topic else None, labels),
        (f"{topic} for {company}" if topic and company else None, labels),
    ]
    return _Plan("intent_spike", opener, focus, labels, subjects)


def _tech(k: _Known) -> tuple[str | None, str | None, tuple[str, ...]]:
    tech = k.text("technology", max_words=5, max_chars=40)
    category_raw = k.text("category", max_words=4, max_chars=40)
    category = _lower_common(category_raw) if category_raw else None
    labels = tuple(lbl for lbl, used in (("technology", tech), ("category", category)) if used)
    return tech, category, labels


def _tech_installed(k: _Known, company: str | None, variant: int, ctx: DraftContext) -> _Plan:
    tech, category, labels = _tech(k)
    competitor, complement = k.flag("competitor"), k.flag("complement")
    c = company or "your company"
    thing = tech or (f"a new {category} tool" if category else "a new tool")
    for_cat = f" for {category}" if category and tech else ""

    def opener(detail: int) -> _Opener:
        if detail == 0:
            return _Opener(_sentence(f"Noticed the team recently brought in {thing}"), labels)
        text = [
            f"Noticed {c} recently brought in {thing}{for_cat}",
            f"Saw that {c} has started using {thing}{for_cat}",
            f"Looks like {c} has rolled out {thing}{for_cat}",
        ][variant]
        sentence = _sentence(text)
        if complement and tech and not competitor and detail >= 1:
            sentence += f" What we do works alongside {tech}, so it adds to what you have rather than replacing it."
        return _Opener(sentence, labels)

    if tech:
        focus = f"how the {tech} rollout is going" if competitor or not complement else f"getting more out of {tech}"
    else:
        focus = "how the new rollout is going"
    focus_labels = ("technology",) if tech else ()
    subjects = [
        (f"{tech} at {company}" if tech and company else None, focus_labels),
        (f"The {tech} rollout" if tech else None, focus_labels),
        (f"{company} and {tech}" if tech and company else None, focus_labels),
    ]
    return _Plan("tech_installed", opener, focus, focus_labels, subjects)


def _tech_removed(k: _Known, company: str | None, variant: int, ctx: DraftContext) -> _Plan:
    tech, category, labels = _tech(k)
    complement = k.flag("complement")
    c = company or "your company"
    thing = tech or (f"a {category} tool" if category else "one of its tools")
    for_cat = f" for {category}" if category and tech else ""

    def opener(detail: int) -> _Opener:
        if detail == 0:
            return _Opener(_sentence(f"Noticed the move away from {thing}"), labels)
        text = [
            f"Noticed {c} appears to have moved off {thing}",
            f"Saw that {c} no longer seems to be running {thing}{for_cat}",
            f"Looks like {c} has stepped away from {thing}{for_cat}",
        ][variant]
        return _Opener(_sentence(text), labels)

    if tech:
        focus = f"what the team is using instead of {tech}" if complement else f"what replaces {tech}"
    else:
        focus = "what comes next for the stack"
    focus_labels = ("technology",) if tech else ()
    subjects = [
        (f"After {tech}" if tech else None, focus_labels),
        (f"{company} moving off {tech}" if tech and company else None, focus_labels),
        (f"What replaces {tech}" if tech else None, focus_labels),
    ]
    return _Plan("tech_removed", opener, focus, focus_labels, subjects)


def _generic(k: _Known, company: str | None, variant: int, ctx: DraftContext) -> _Plan:
    c = company or "your company"

    def opener(detail: int) -> _Opener:
        text = f"Saw the recent news about {c}" if detail else "Saw the recent news"
        return _Opener(_sentence(text), ())

    subjects = [(f"The news at {company}" if company else None, ())]
    return _Plan("generic", opener, "what the team is working on next", (), subjects)
