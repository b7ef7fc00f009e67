"""The typed facts a draft context supports, and the verdict on each claim a draft makes.

`FactSheet.of(ctx)` turns a DraftContext into typed facts: the structured facts of the signal
(amount with its meaning, round, investors with their role, open roles with their function,
dates), the account's headcount, the events its kind stands for, the claims found in the
evidence texts (read by the same `drafting.claims` extractor, and only up to the first
instruction-like phrase: a payload is never a fact), the recipient's history, and the names a
draft may use. `ground(text, ctx)` judges every claim in `text` against that sheet: a claim is
supported only by a fact of the same kind *and meaning* ("$45M" raised is not a $45M valuation,
"45 SDRs" is not the 45 of "$45M", Sequoia leading is not the account investing in Sequoia).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from drafting.claims import (
    STRIP_CHARS,
    Claim,
    extract_claims,
    ignorable_word,
    normalise_round,
)
from drafting.context import DraftContext, HistoryFact
from drafting.instructions import trusted_part
from signals.model import ROUND_LABELS
from signals.text.dates import MONTHS, find_dates
from signals.text.links import APOSTROPHES
from signals.text.money import currency_code, format_money, parse_amount

#: What each signal kind is evidence of.
KIND_EVENTS: dict[str, set[str]] = {
    "funding": {"funding"},
    "new_role": {"hiring"},
    "hiring_surge": {"hiring"},
    "role_closed": {"hiring"},
    "job_change": {"job_change"},
    "intent_spike": set(),
    "tech_installed": {"launch"},
    "tech_removed": set(),
}
#: History kinds that can back each kind of reference to the past.
INTERACTION_BACKING: dict[str, set[str]] = {
    "meeting": {"meeting", "call", "demo", "event", "conversation"},
    "reply": {"reply", "response"},
    "email": {"email", "reply", "response"},
    "relationship": {"meeting", "call", "demo", "event", "conversation", "reply", "email", "response", "customer"},
    "touch": {"meeting", "call", "demo", "event", "conversation", "reply", "email", "response", "activity", "deal"},
}
WARM_STAGES = frozenset({"customer", "opportunity", "evangelist"})
#: Amount meanings that a structured fact's basis gives ("amount_basis" of a Form D).
_BASIS_MEANING = {"total_sold": "raised", "total_offering": "target", "total_remaining": None}


@dataclass(frozen=True)
class Fact:
    kind: str
    value: Any
    detail: str | None = None
    currency: str | None = None
    #: Where it comes from: an evidence id, "account", "history"...
    source: str = ""
    #: For counts of roles: the function and title the roles are for ("sales head of sales development").
    qualifier: str = ""


@dataclass
class FactSheet:
    facts: list[Fact] = field(default_factory=list)
    #: Casefolded text of every name a draft may use (evidence, records, history), one per line.
    names: str = ""
    #: Casefolded trusted evidence text, for superlatives.
    text: str = ""
    history: list[HistoryFact] = field(default_factory=list)
    relationship: bool = False
    #: Names of the companies that received the investment (the account, the new employer).
    investees: list[str] = field(default_factory=list)
    skip_words: frozenset[str] = frozenset()
    protected: tuple[str, ...] = ()

    def of_kind(self, kind: str) -> list[Fact]:
        return [f for f in self.facts if f.kind == kind]

    @classmethod
    def of(cls, ctx: DraftContext) -> FactSheet:
        return _fact_sheet(ctx)


def _values(value: Any) -> list[Any]:
    if value in (None, "", [], {}):
        return []
    if isinstance(value, list | tuple):
        return [v for v in value if v not in (None, "")]
    if isinstance(value, str) and "," in value:
        return [v.strip() for v in value.split(",") if v.strip()]
    return [value]


def _name_of(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("name") or "")
    return str(value)


def _fact_texts(value: Any) -> list[str]:
    """Every text in a fact value, one per list item or field (each judged on its own)."""
    if isinstance(value, dict):
        return [t for v in value.values() for t in _fact_texts(v)]
    if isinstance(value, list | tuple):
        return [t for v in value for t in _fact_texts(v)]
    return [] if value is None or isinstance(value, bool) else [str(value)]


def _fact_sheet(ctx: DraftContext) -> FactSheet:
    facts: list[Fact] = []
    f = ctx.facts
    by_label = {e.label: e.id for e in ctx.evidence}

    def src(key: str) -> str:
        return by_label.get(key, "facts")

    # Money with its meaning.
    currency = currency_code(f.get("currency"))
    basis = str(f.get("amount_basis") or "")
    meaning = f.get("amount_meaning") or f.get("amount_type")
    if meaning is None:
        meaning = _BASIS_MEANING.get(basis, "raised" if ctx.signal_kind == "funding" else None)
    for amount in _values(f.get("amount")):
        value = parse_amount(amount)
        if value is not None:
            found = currency or (currency_code(m) if (m := _money_currency(amount)) else None)
            facts.append(Fact("money", value, meaning, found, src("amount")))
    for key, key_meaning in (("total_offering", "target"), ("total_sold", "raised"), ("valuation", "valuation")):
        value = parse_amount(f.get(key))
        if value is not None:
            facts.append(Fact("money", value, key_meaning, currency, src(key)))
    # Round and investors with their role.
    for value in _values(f.get("round")):
        facts.append(Fact("round", normalise_round(value), source=src("round")))
    for key, role in (("lead_investors", "led"), ("lead_investor", "led"), ("investors", "investor")):
        for investor in _values(f.get(key)):
            facts.append(Fact("investor", _name_of(investor), role, source=src(key)))
    # Counts and numbers.
    qualifier = " ".join(str(f.get(k) or "") for k in ("function", "role_title", "department")).casefold()
    for key in ("open_roles", "previous_open_roles", "roles", "new_roles"):
        value = parse_amount(f.get(key))
        if value is not None:
            facts.append(Fact("count", value, "roles", source=src(key), qualifier=qualifier))
    if ctx.account.employees:
        facts.append(Fact("count", Decimal(ctx.account.employees), "employees", source="account"))
    value = parse_amount(f.get("investor_count"))
    if value is not None:
        facts.append(Fact("count", value, "investors", source=src("investor_count")))
    value = parse_amount(f.get("score"))
    if value is not None:
        facts.append(Fact("number", value, "score", source=src("score")))
    # Dates: the signal's own, and any date-valued fact.
    when = ctx.occurred_at
    facts.append(Fact("date", (when.month, when.day, when.year), source=src("date")))
    for key, value in f.items():
        if isinstance(value, str):
            facts.extend(Fact("date", when, source=src(key)) for when in _dates_in(value))
    # Events the signal's kind stands for.
    for event in KIND_EVENTS.get(ctx.signal_kind, set()):
        facts.append(Fact("event", event, source="signal"))
    change = str(f.get("change") or "").casefold()
    relationship = (ctx.lifecycle_stage or "").casefold() in WARM_STAGES or change == "champion_moved"

    # Claims in the trusted part of the evidence texts are facts too.
    texts: list[tuple[str, str]] = []
    structured = {k for k, v in f.items() if v not in (None, "", [], {})}
    for item in ctx.evidence:
        if item.label in structured or item.label == "date":
            continue
        texts.append((item.id, trusted_part(item.text)))
    if not any(item.label == "headline" for item in ctx.evidence):
        texts.append(("headline", trusted_part(ctx.signal_title)))
    for source, text in texts:
        facts.extend(_text_facts(source, text))

    account = ctx.account
    contact = ctx.contact
    sender = ctx.sender
    records = [
        account.name, account.domain, account.industry, account.country,
        contact.first_name, contact.last_name, contact.title,
        sender.name, sender.company, sender.value_proposition, ctx.persona,
        *(h.summary for h in ctx.history),
    ]  # fmt: skip
    name_lines = [str(r) for r in records if r]
    name_lines += [t for _s, t in texts]
    name_lines += [t for v in f.values() for t in _fact_texts(v)]
    name_lines += [ROUND_LABELS.get(str(f.get("round") or ""), "")]
    names = "\n" + "\n".join(line for line in map(_name_line, name_lines) if line is not None).casefold() + "\n"
    investees = [n for n in (account.name, _name_of(f.get("new_company") or ""), _name_of(f.get("company") or "")) if n]
    skip = frozenset(w.casefold().strip(STRIP_CHARS) for w in f"{sender.name} {sender.company or ''}".split())
    protected = tuple(
        n
        for n in {
            account.name, account.domain or "", contact.full_name, contact.first_name, contact.last_name,
            sender.name, sender.company or "",
        }
        if n
    )  # fmt: skip
    return FactSheet(
        facts=facts,
        names=names,
        text=" ".join(t for _s, t in texts).casefold(),
        history=list(ctx.history),
        relationship=relationship,
        investees=investees,
        skip_words=skip,
        protected=protected,
    )


# Pure functions of their strings, cached: every step draft of an asset has the same evidence.


@functools.lru_cache(maxsize=16384)
def _text_facts(source: str, text: str) -> tuple[Fact, ...]:
    """The claims in an evidence text (its trusted part) that are facts, from `source`."""
    facts: list[Fact] = []
    for claim in extract_claims(text):
        if claim.kind in ("money", "round", "date", "month", "year", "count", "number", "percent", "multiple", "event", "superlative"):
            facts.append(Fact(claim.kind, claim.value, claim.detail, claim.currency, source))
        elif claim.kind == "investor":
            facts.append(Fact("investor", claim.value, claim.detail, source=source))
    return tuple(facts)


@functools.lru_cache(maxsize=16384)
def _dates_in(value: str) -> tuple[tuple[int, int | None, int | None], ...]:
    return tuple((d.month, d.day, d.year) for d in find_dates(value))


@functools.lru_cache(maxsize=16384)
def _name_line(text: str) -> str | None:
    """One line of the names corpus: the trusted part, spaces collapsed; None when nothing is trusted."""
    line = trusted_part(text)
    return " ".join(line.translate(APOSTROPHES).split()) if line else None


def _money_currency(amount: Any) -> str | None:
    from signals.text.money import find_money

    found = find_money(str(amount)) if isinstance(amount, str) else []
    return found[0].currency if found and found[0].currency else None


# --------------------------------------------------------------------------------------------
# Judging claims
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    claim: Claim
    #: None when a fact supports the claim; otherwise why not, in words a writer can act on.
    problem: str | None

    @property
    def supported(self) -> bool:
        return self.problem is None


def _money_text(value: Decimal, currency: str | None, meaning: str | None) -> str:
    shown = format_money(value, currency) or str(value)
    return f"{shown} {meaning}" if meaning else shown


def _money_matches(claim: Claim, fact: Fact) -> bool:
    value: Decimal = claim.value
    if fact.value is None or fact.value <= 0 or value <= 0:
        return False
    if claim.currency and fact.currency and claim.currency != fact.currency:
        return False
    # Rounding: "$1.2B" stands for anything that rounds to it at its own precision, within 5%.
    precision = claim.precision or Decimal(1)
    rounded = (fact.value / precision).quantize(Decimal(1), rounding="ROUND_HALF_UP") * precision
    return abs(rounded - value) < precision / 2 and abs(fact.value - value) / fact.value <= Decimal("0.05")


def _meaning_fits(claimed: str | None, fact: str | None) -> bool:
    return claimed is None or fact is None or claimed == fact


def _same_name(a: str, b: str) -> bool:
    """"Sequoia" ~ "Sequoia Capital"; "Index" is not "Index Ventures"' rival "Index Partners"."""
    ta = [w for w in re.findall(r"[\w&]+", a.casefold()) if w not in ("the",)]
    tb = [w for w in re.findall(r"[\w&]+", b.casefold()) if w not in ("the",)]
    if not ta or not tb:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return long_[: len(short)] == short


def _round_label(value: str | None) -> str:
    return ROUND_LABELS.get(value or "", (value or "").replace("_", " ")) or "a round"


def _sources(facts: Iterable[Fact]) -> str:
    ids = sorted({f.source for f in facts if f.source.startswith("E")})
    return f" ({', '.join(ids)})" if ids else ""


def judge(claim: Claim, sheet: FactSheet, *, dates_from_history: bool = False) -> str | None:
    """None when `sheet` supports `claim`; otherwise the reason it does not."""
    kind = claim.kind
    if kind == "money":
        money = sheet.of_kind("money")
        if any(_money_matches(claim, f) and _meaning_fits(claim.detail, f.detail) for f in money):
            return None
        said = _money_text(claim.value, claim.currency, claim.detail)
        same_value = [f for f in money if _money_matches(claim, f)]
        if same_value:
            had = ", ".join(dict.fromkeys(_money_text(f.value, f.currency, f.detail) for f in same_value))
            return f"states {said}, but the evidence has {had}{_sources(same_value)}"
        had = ", ".join(dict.fromkeys(_money_text(f.value, f.currency, f.detail) for f in money)) or "no amount"
        return f"states {said}; the evidence has {had}{_sources(money)}"
    if kind == "round":
        rounds = sheet.of_kind("round")
        if any(f.value == claim.value for f in rounds):
            return None
        had = ", ".join(sorted({_round_label(f.value) for f in rounds})) or "no round"
        return f"says {_round_label(claim.value)}; the evidence says {had}{_sources(rounds)}"
    if kind == "investor":
        investors = [f for f in sheet.of_kind("investor") if _same_name(claim.value, f.value)]
        if not investors:
            return f"names {claim.value} as an investor; the evidence does not"
        if claim.detail == "led" and not any(f.detail == "led" for f in investors):
            return f"says {claim.value} led the round; the evidence names it only as an investor{_sources(investors)}"
        return None
    if kind == "investee":
        if any(_same_name(claim.value, n) for n in sheet.investees):
            return None
        if any(_same_name(claim.value, f.value) for f in sheet.of_kind("investor")):
            return f"says the money went into {claim.value}, which the evidence names as an investor"
        return f"says the money went into {claim.value}; the evidence does not"
    if kind in ("date", "month", "year"):
        return _judge_when(claim, sheet, dates_from_history)
    if kind == "count":
        return _judge_count(claim, sheet)
    if kind == "number":
        pool = [f for f in sheet.facts if f.kind in ("count", "number")]
        if any(f.value == claim.value for f in pool) or _inside_a_name(claim, sheet):
            return None
        return f"states the number {claim.value}; no count in the evidence is {claim.value}"
    if kind == "percent":
        if any(f.value == claim.value for f in sheet.of_kind("percent")):
            return None
        return f"states {claim.value}%; the evidence gives no such percentage"
    if kind == "multiple":
        if any(f.value == claim.value for f in sheet.of_kind("multiple")):
            return None
        roles = {f.source: f.value for f in sheet.of_kind("count") if f.detail == "roles"}
        values = sorted(v for v in roles.values() if v)
        if len(values) >= 2 and abs(values[-1] / values[0] - claim.value) <= claim.value * Decimal("0.1"):
            return None
        return f"says {claim.text!r}; the evidence shows no such change"
    if kind == "event":
        if any(f.value == claim.value for f in sheet.of_kind("event")):
            return None
        return f"mentions {claim.value.replace('_', ' ')}; nothing in the evidence says that happened"
    if kind == "interaction":
        backing = INTERACTION_BACKING[claim.value]
        if claim.value == "relationship" and sheet.relationship:
            return None
        if any(h.kind in backing for h in sheet.history):
            return None
        what = {"meeting": "a past meeting or call", "reply": "a reply from them", "email": "an earlier email",
                "touch": "being in touch before"}
        return f"refers to {what.get(claim.value, 'a past relationship')}; there is no such history with this contact"
    if kind == "superlative":
        if claim.value in sheet.text:
            return None
        return f"says {claim.text!r}; the evidence makes no such claim"
    if kind == "name":
        bad = unsupported_name_parts(claim.value, sheet.names, sheet.skip_words)
        if bad:
            return f"names {', '.join(repr(b) for b in bad)}, which is not in the evidence or records"
        return None
    return f"cannot check a {kind} claim"


def _inside_a_name(claim: Claim, sheet: FactSheet) -> bool:
    """A number that is part of a name the records hold ("Fund 2 Partners", "Investor Number 0")."""
    pattern = re.compile(rf"(\S+\s+)?{re.escape(claim.text)}(\s+\S+)?")
    for match in pattern.finditer(claim.sentence):
        for phrase in (match.group(0), (match.group(1) or "") + claim.text, claim.text + (match.group(2) or "")):
            phrase = " ".join(phrase.strip(STRIP_CHARS + " ").split())
            if " " in phrase and phrase_in(phrase, sheet.names):
                return True
    return False


def _judge_when(claim: Claim, sheet: FactSheet, from_history: bool) -> str | None:
    if from_history:
        dates = [(h.at.month, h.at.day, h.at.year) for h in sheet.history]
        where = "the history with this contact"
    else:
        dates = [f.value for f in sheet.of_kind("date")]
        where = "the evidence"
    months = {d[0] for d in dates} | ({f.value for f in sheet.of_kind("month")} if not from_history else set())
    years = {d[2] for d in dates if d[2]} | ({f.value for f in sheet.of_kind("year")} if not from_history else set())
    if claim.kind == "date":
        month, day, year = claim.value
        if any(d[0] == month and d[1] == day and (year is None or d[2] in (None, year)) for d in dates):
            return None
        return f"gives the date {claim.text!r}; {where} has no such date"
    if claim.kind == "month":
        if claim.value in months:
            return None
        return f"mentions {MONTHS[claim.value - 1]}; nothing in {where} happened then"
    if claim.value in years:
        return None
    return f"mentions {claim.value}; nothing in {where} happened that year"


def _judge_count(claim: Claim, sheet: FactSheet) -> str | None:
    if _inside_a_name(claim, sheet):
        return None
    noun = claim.detail or ""
    counts = sheet.of_kind("count")
    same = [f for f in counts if f.value == claim.value]
    if noun.startswith("role:"):
        need = noun.split(":", 1)[1]
        if any(f.detail == "roles" and need in f.qualifier for f in same):
            return None
        if any(f.detail == noun for f in same):
            return None
        return f"says {claim.text!r}; the evidence has no {claim.value} open {need} roles"
    if any(f.detail == noun or (noun.rstrip("s") and (f.detail or "").rstrip("s") == noun.rstrip("s")) for f in same):
        return None
    had = [f for f in counts if f.detail == noun]
    if had:
        values = ", ".join(dict.fromkeys(str(f.value) for f in had))
        return f"says {claim.text!r}; the evidence has {values} {noun}{_sources(had)}"
    return f"says {claim.text!r}; the evidence counts no {noun}"


# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)")


def phrase_in(phrase: str, corpus_text: str) -> bool:
    phrase = phrase.casefold()
    return phrase in corpus_text and _phrase_pattern(phrase).search(corpus_text) is not None


def unsupported_name_parts(run: tuple[tuple[str, bool], ...], corpus: str, skip: frozenset[str]) -> list[str]:
    """The parts of a capitalised run not in the corpus. Matched greedily, longest corpus phrase
    first; a word matched only on its own ("Capital") next to an unsupported one ("Globex") is
    reported with it ("Globex Capital"), so the reason names the whole made-up name."""
    words = [w for w, _s in run]
    starts = [s for _w, s in run]
    span = [0] * len(run)
    i = 0
    while i < len(run):
        matched = 0
        for j in range(len(run), i, -1):
            if j - i == 1 and len(words[i]) == 1:
                continue  # a lone letter ("C" of "Series C") must match with its neighbour
            if phrase_in(" ".join(words[i:j]), corpus):
                matched = j - i
                break
        for k in range(i, i + matched):
            span[k] = matched
        i += matched or 1
    for k, word in enumerate(words):
        if span[k] or not re.search(r"[-/]", word):
            continue
        parts = [p for p in re.split(r"[-/]", word) if p and p[0].isupper()]
        if all(phrase_in(p, corpus) or ignorable_word(p, starts[k], skip) for p in parts):
            span[k] = 1
    bad = [not span[k] and not ignorable_word(words[k], starts[k], skip) for k in range(len(run))]
    out: list[str] = []
    k = 0
    while k < len(run):
        if not bad[k]:
            k += 1
            continue
        lo, hi = k, k
        while hi + 1 < len(run) and bad[hi + 1]:
            hi += 1
        while lo > 0 and span[lo - 1] == 1 and not ignorable_word(words[lo - 1], starts[lo - 1], skip):
            lo -= 1
        while hi + 1 < len(run) and span[hi + 1] == 1 and not ignorable_word(words[hi + 1], starts[hi + 1], skip):
            hi += 1
        if lo == k and len(words[k]) == 1 and k > 0:
            lo = k - 1  # "Series C", not "C"
        out.append(" ".join(words[lo : hi + 1]))
        k = hi + 1
    return out


# --------------------------------------------------------------------------------------------
# Grounding a text
# --------------------------------------------------------------------------------------------


def ground(text: str, ctx: DraftContext, sheet: FactSheet | None = None) -> list[Verdict]:
    """Every claim in `text`, each with its verdict against the context's facts."""
    sheet = sheet or FactSheet.of(ctx)
    claims = extract_claims(text, protected=sheet.protected, skip_words=sheet.skip_words)
    past = {c.sentence for c in claims if c.kind == "interaction"}
    return [Verdict(c, judge(c, sheet, dates_from_history=c.sentence in past)) for c in claims]
