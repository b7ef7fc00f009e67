"""Named checks every draft passes before a rep sees it, whichever provider wrote it.

Each check is a plain function `(draft, ctx, policy) -> CheckResult`, registered in `CHECKS`.
`check_draft` runs them all; a failing check's `reason` names what is wrong in words that can be
fed back to the provider that wrote the draft ("unsupported '$50M'").

Money, dates and links are read by `signals.text` (the one text layer, shared with extraction
and the evaluation); placeholder patterns and word counts live here and are shared with the
offline drafter so that it writes what the checks accept.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from drafting.base import OutreachDraft
from drafting.context import DraftContext
from signals.text.dates import MONTH_INDEX as _MONTH_INDEX
from signals.text.dates import MONTH_WORD_RE as _MONTH_WORD_RE
from signals.text.dates import find_dates
from signals.text.links import APOSTROPHES as _APOSTROPHES
from signals.text.links import EMAIL_RE as _EMAIL_RE
from signals.text.links import URL_RE as _URL_RE
from signals.text.links import (
    find_emails,
    find_links,
    link_host,
    link_view,
    normalise_link,
)
from signals.text.money import CURRENCY_ALIASES as _CURRENCY_ALIASES
from signals.text.money import NUM as _NUM
from signals.text.money import (
    Money,
    currency_code,
    find_money,
    parse_amount,
)
from signals.text.money import to_decimal as _to_decimal

# --------------------------------------------------------------------------------------------
# Policy and report
# --------------------------------------------------------------------------------------------

DEFAULT_BANNED_PHRASES: list[str] = [
    "hope this email finds you well",
    "hope this finds you well",
    "hope you are well",
    "hope you're well",
    "circle back",
    "touch base",
    "synergy",
    "synergies",
    "guarantee",
    "guaranteed",
    "act now",
    "100% free",
    "risk-free",
    "risk free",
    "limited time",
    "buy now",
    "click here",
    "no-brainer",
    "game-changer",
    "game changer",
    "revolutionary",
    "best-in-class",
    "world-class",
    "cutting-edge",
    "just checking in",
    "just following up",
    "as per my last email",
    "i wanted to reach out",
]


class GuardrailPolicy(BaseModel):
    """Limits a draft must respect. Lives in the workspace config under `[guardrails]`."""

    model_config = ConfigDict(extra="forbid")

    max_subject_chars: int = Field(default=60, ge=10)
    max_body_words: int = Field(default=120, ge=20)
    #: Content assets any draft may link to (a context can add its own).
    allowed_urls: list[str] = Field(default_factory=list)
    banned_phrases: list[str] = Field(default_factory=lambda: list(DEFAULT_BANNED_PHRASES))


class CheckResult(BaseModel):
    name: str
    passed: bool
    reason: str


class GuardrailReport(BaseModel):
    results: list[CheckResult]

    @property
    def passed(self) -> bool:
        return all(r.passed for r in self.results)

    @property
    def failed_checks(self) -> list[str]:
        return [r.name for r in self.results if not r.passed]

    def failures(self) -> list[str]:
        """One human reason per failing check: "grounding: unsupported '$50M'"."""
        return [f"{r.name}: {r.reason}" for r in self.results if not r.passed]

    def result(self, name: str) -> CheckResult | None:
        for r in self.results:
            if r.name == name:
                return r
        return None


Check = Callable[[OutreachDraft, DraftContext, GuardrailPolicy], CheckResult]

#: Every check, in the order they run. Each function carries its short name as `check_name`.
CHECKS: list[Check] = []


def _register(name: str) -> Callable[[Check], Check]:
    def wrap(fn: Check) -> Check:
        fn.check_name = name  # type: ignore[attr-defined]
        CHECKS.append(fn)
        return fn

    return wrap


def check_names() -> list[str]:
    return [fn.check_name for fn in CHECKS]  # type: ignore[attr-defined]


def check_draft(draft: OutreachDraft, ctx: DraftContext, policy: GuardrailPolicy | None = None) -> GuardrailReport:
    """Run every check in `CHECKS`. A check that crashes counts as failed, with the error as reason."""
    policy = policy or GuardrailPolicy()
    results: list[CheckResult] = []
    for fn in CHECKS:
        name = fn.check_name  # type: ignore[attr-defined]
        try:
            results.append(fn(draft, ctx, policy))
        except Exception as exc:  # a bug in a check must not let a draft through
            results.append(CheckResult(name=name, passed=False, reason=f"check could not run: {exc!r}"))
    return GuardrailReport(results=results)


def _ok(name: str, reason: str = "ok") -> CheckResult:
    return CheckResult(name=name, passed=True, reason=reason)


def _fail(name: str, reason: str) -> CheckResult:
    return CheckResult(name=name, passed=False, reason=reason)


def _quoted(items: Iterable[str]) -> str:
    return ", ".join(f"'{i}'" for i in items)


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


def _draft_text(draft: OutreachDraft) -> str:
    return f"{draft.subject}\n{draft.body}"


# --------------------------------------------------------------------------------------------
# Shared text helpers
# --------------------------------------------------------------------------------------------


def count_words(text: str) -> int:
    """Words as a reader counts them: whitespace-separated tokens with a letter or digit."""
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


def normalise_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


_PLACEHOLDER_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("double braces", re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)),
    ("braces", re.compile(r"\{[^{}\n]{0,60}\}")),
    ("square brackets", re.compile(r"\[[^\[\]\n]{0,60}\]")),
    ("angle brackets", re.compile(r"<[^<>\n]{1,60}>")),
    ("TODO/TBD", re.compile(r"\b(?:TODO|TBD|FIXME)\b", re.IGNORECASE)),
    ("XX", re.compile(r"(?<![A-Za-z])X{2,}(?![a-z])")),
    ("lorem ipsum", re.compile(r"\blorem\b", re.IGNORECASE)),
    ("merge field", re.compile(r"\b[A-Z]{2,}(?:_[A-Z]{2,})+\b|%\([a-z_]+\)s|\$\{?[a-z_]+\}?(?![\d.])")),
]


def find_placeholders(text: str) -> list[str]:
    found: list[str] = []
    for _label, pattern in _PLACEHOLDER_PATTERNS:
        found.extend(m.group(0) for m in pattern.finditer(text))
    return _unique(found)


_INJECTION_PATTERNS: list[re.Pattern[str]] = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\bignore\s+(?:all\s+|any\s+|the\s+|your\s+)*(?:previous|prior|above|earlier|preceding|former)\s+"
        r"(?:instructions?|prompts?|messages?|rules?|directions?)",
        r"\bignore\s+(?:all\s+|your\s+|these\s+)+(?:instructions?|rules?)",
        r"\bdisregard\b",
        r"\bsystem\s+prompt\b",
        r"\bprompt\s+injection\b",
        r"\bnew\s+instructions?\b",
        r"\bforget\s+(?:all\s+|everything\s+|your\s+|the\s+)*(?:previous|prior|above|instructions?)\b",
        r"\byou\s+are\s+now\s+(?:an?\s+)?(?:ai|assistant|chatbot|dan|in\s+\w+\s+mode)\b",
        r"\bas\s+an\s+ai\b",
        r"\bdeveloper\s+mode\b",
        r"\bjailbreak",
        r"\bdo\s+anything\s+now\b",
        r"\boverride\s+(?:your|the|all|any)\s+(?:instructions?|rules?|guardrails?|policy|policies)\b",
        r"<\|",
        r"^\s*(?:system|assistant)\s*:",
        r"\b(?:begin|end)\s+(?:system\s+)?prompt\b",
    )
]


# All of the above in one pass; MULTILINE so "^system:" anchors at every line.
_INJECTION_ANY = re.compile(
    "|".join(f"(?:{p.pattern})" for p in _INJECTION_PATTERNS), re.IGNORECASE | re.MULTILINE
)


def find_injection(text: str) -> list[str]:
    """Instruction-like phrases ("ignore previous instructions", "system prompt")."""
    return _unique([normalise_space(m.group(0)) for m in _INJECTION_ANY.finditer(text)])


# ---- money -----------------------------------------------------------------------------------



# ---- dates -----------------------------------------------------------------------------------



# --------------------------------------------------------------------------------------------
# Grounding
# --------------------------------------------------------------------------------------------

_WEEKDAYS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
}  # fmt: skip

#: Capitalised words that are never facts: greetings, sign-offs, pronouns, sales shorthand.
GROUNDING_STOPWORDS: frozenset[str] = frozenset(
    """
    i i'm i'd i've i'll hi hello hey dear thanks thank best cheers regards warm warmly sincerely kind
    congrats congratulations ps p.s ok okay mr mrs ms dr
    ceo cfo cto coo cro cmo cio ciso cpo vp svp evp avp md gm
    sdr sdrs bdr bdrs ae aes am ams csm csms crm crms gtm b2b b2c saas ai ml roi api apis
    revops salesops ops abm icp arr mrr mql mqls sql sqls plg kpi kpis okr okrs qbr seo smb smbs
    mid-market emea apac latam na us uk eu q1 q2 q3 q4 h1 h2 fy
    hr it pr cx ux ui ip rfp rfps poc pocs sla slas faq b2b2c dm dms pm pms ops co-founder co-founders
    """.split()
)

#: Words that may start a sentence without being a name.
COMMON_SENTENCE_STARTS: frozenset[str] = frozenset(
    """
    see feel keen talk makes make plenty speak chat call
    a an the this that these those it its it's i i'm i'd i've i'll we we're we've we'd our us you
    you're you've your yours he she they their them my me
    and but or so yet also plus then still even just only not no yes
    if when while since as because though although once until unless after before during given
    with without for from about at by in on of to into onto over under between across through
    what why how where who which whether whatever whenever however
    is are was were be been being do does did have has had can could would should will shall may
    might must let let's lets
    hi hello hey dear thanks thank best cheers regards warmly sincerely kind congrats
    congratulations welcome
    saw seen noticed noticing seeing spotted read heard looks looking seems sounds feels
    curious quick quickly happy glad great nice good exciting exciting big huge fresh new next
    worth open any every each all most many some few several much more less both either neither
    other another such here there now today right often usually typically generally
    sometimes recently lately clearly especially
    teams team companies company leaders leader people folks sales marketing growth revenue
    one two three first second last final
    reaching following circling sharing wanted wondering thinking hoping
    hope mind imagine picture say tell ask share send
    together ahead anyway either
    post pre mid non co re self well long short high low top full part year quarter end early late
    change changes hire hires moment moments tool tools leader reps sellers buyers customers
    result results number numbers plan plans thing things idea ideas question questions priority
    priorities budget budgets deal deals pipeline quota ramp onboarding forecasting leadership
    kudos sure absolutely definitely certainly totally honestly frankly interesting impressive
    amazing awesome cool love loved enjoyed really well great perhaps maybe possibly happy
    """.split()
)
_COMMON_SUFFIXES = ("ly", "ing", "ed")

_WORD_RE = re.compile(r"\S+")
_STRIP_CHARS = "\"'()[]{}<>,.;:!?\u2014\u2013\u201c\u201d\u2018\u2019*_`~|/\\-"
_SENTENCE_END_RE = re.compile(r"[.!?:;\u2014\u2013]$|[.!?][\"')\u201d\u2019]$")
_NUMBER_RE = re.compile(r"(?<![\w.,$€£¥₹])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w%])")
_PERCENT_RE = re.compile(rf"(?<![\w.])(?P<n>{_NUM})\s?(?:%|percent\b|per\s+cent\b)")
_DURATION_RE = re.compile(r"(?<![\w.])\d{1,3}[\s-]?(?:minutes?|mins?)\b", re.IGNORECASE)


def _canon_number(raw: str) -> str:
    number = _to_decimal(raw)
    if number is None:
        return raw
    normal = number.normalize()
    return format(normal, "f") if normal == normal.to_integral_value() else str(normal)


@dataclass(slots=True)
class _Corpus:
    text: str
    numbers: set[str]
    money: list[tuple[Decimal, str | None]]
    currencies: set[str]
    dates: set[tuple[int, int]]
    months: set[int]


def _build_corpus(ctx: DraftContext) -> _Corpus:
    raw = ctx.grounding_corpus().translate(_APOSTROPHES)
    numbers = {_canon_number(m.group(0)) for m in re.finditer(r"\d+(?:,\d{3})*(?:\.\d+)?", raw)}
    numbers |= {_canon_number(m.group(0)) for m in re.finditer(r"\d+", raw)}
    money: list[tuple[Decimal, str | None]] = [(m.value, m.currency) for m in find_money(raw)]
    for n in numbers:
        value = _to_decimal(n)
        if value is not None and value > 0:
            money.append((value, None))
    for amount in _iter_fact_values(ctx.facts.get("amount")):
        value = parse_amount(amount)
        if value is not None:
            money.append((value, currency_code(ctx.facts.get("currency"))))
    currencies = {m.currency for m in find_money(raw) if m.currency}
    for token in re.findall(r"\b[A-Za-z]{3}\b|US\$|A\$|C\$|[$€£¥₹]", raw):
        code = _CURRENCY_ALIASES.get(token.lower())
        if code and (not token.isalpha() or token.isupper()):
            currencies.add(code)
    dates = {(d.month, d.day) for d in find_dates(raw)}
    months = {m for m, _ in dates}
    months |= {_MONTH_INDEX[m.group("m").rstrip(".").lower()] for m in _MONTH_WORD_RE.finditer(raw)}
    text = " " + normalise_space(raw).casefold() + " "
    return _Corpus(text, numbers, money, currencies, dates, months)


def _iter_fact_values(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _money_supported(m: Money, corpus: _Corpus) -> bool:
    for value, currency in corpus.money:
        if value <= 0:
            continue
        if m.currency and currency and m.currency != currency:
            continue
        if m.currency and currency is None and corpus.currencies and m.currency not in corpus.currencies:
            continue
        rounded = (value / m.precision).quantize(Decimal(1), rounding="ROUND_HALF_UP") * m.precision
        if abs(rounded - m.value) < m.precision / 2 and abs(value - m.value) / value <= Decimal("0.05"):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)")


@functools.lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(name).replace(r"\ ", r"\s+") + r"(?!\w)", re.IGNORECASE)


def _word_occurrences(haystack: str, needle: str) -> list[tuple[int, int]]:
    """Whole-word occurrences of `needle`, as a regex with \\w boundaries would find them."""
    spans: list[tuple[int, int]] = []
    if not needle:
        return spans
    start = haystack.find(needle)
    while start != -1:
        end = start + len(needle)
        before = haystack[start - 1] if start else ""
        after = haystack[end] if end < len(haystack) else ""
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            spans.append((start, end))
        start = haystack.find(needle, start + 1)
    return spans


def _phrase_in(phrase: str, corpus_text: str) -> bool:
    phrase = phrase.casefold()
    # Cheap containment first: most phrases are not in the text at all.
    return phrase in corpus_text and _phrase_pattern(phrase).search(corpus_text) is not None


@dataclass(slots=True)
class _Token:
    text: str
    sentence_start: bool
    run: int


def _capitalised_runs(text: str) -> list[list[_Token]]:
    """Runs of consecutive capitalised words (punctuation between words ends a run)."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    run_id = 0
    sentence_start = True
    for line in text.splitlines():
        sentence_start = True
        for match in _WORD_RE.finditer(line):
            raw = match.group(0)
            core = raw.translate(_APOSTROPHES).strip(_STRIP_CHARS)
            core = re.sub(r"'s$", "", core)
            leading_break = raw[:1] in '(["\u201c'
            if leading_break and current:
                runs.append(current)
                current, run_id = [], run_id + 1
            if core and core[0].isupper() and any(ch.isalpha() for ch in core):
                current.append(_Token(core, sentence_start, run_id))
            elif current:
                runs.append(current)
                current, run_id = [], run_id + 1
            trailing = raw.rstrip()
            if trailing and trailing[-1] in ",;:!?.\u2014\u2013)\"'\u201d" and current:
                runs.append(current)
                current, run_id = [], run_id + 1
            sentence_start = bool(_SENTENCE_END_RE.search(raw)) or raw in ("\u2014", "\u2013", "-")
        if current:
            runs.append(current)
            current, run_id = [], run_id + 1
    return runs


def _ignorable(token: _Token, sender_words: set[str]) -> bool:
    word = token.text.casefold()
    if word in GROUNDING_STOPWORDS or word in _WEEKDAYS or word in _MONTH_INDEX or word in sender_words:
        return True
    if word.endswith("s") and word[:-1] in GROUNDING_STOPWORDS:  # "VPs", "CEOs"
        return True
    if token.sentence_start:
        if word in COMMON_SENTENCE_STARTS:
            return True
        if len(word) > 4 and word.endswith(_COMMON_SUFFIXES) and word.isalpha():
            return True
    return False


def _unsupported_names(text: str, corpus: _Corpus, sender_words: set[str]) -> list[str]:
    """Capitalised names not in the corpus. A run is matched greedily, longest corpus phrase
    first; a word matched only on its own ("Capital") next to an unsupported one ("Globex") is
    reported with it ("Globex Capital"), so the reason names the whole made-up name."""
    unsupported: list[str] = []
    for run in _capitalised_runs(text):
        words = [t.text for t in run]
        span = [0] * len(run)  # length of the corpus phrase that covered each word; 0 = none
        i = 0
        while i < len(run):
            matched = 0
            for j in range(len(run), i, -1):
                if j - i == 1 and len(words[i]) == 1:
                    continue  # a lone letter ("C" of "Series C") must match with its neighbour
                if _phrase_in(" ".join(words[i:j]), corpus.text):
                    matched = j - i
                    break
            if matched:
                for k in range(i, i + matched):
                    span[k] = matched
                i += matched
            else:
                i += 1
        for k, token in enumerate(run):
            if span[k] or not re.search(r"[-/]", token.text):
                continue
            parts = [p for p in re.split(r"[-/]", token.text) if p and p[0].isupper()]
            if all(
                _phrase_in(p, corpus.text) or _ignorable(_Token(p, token.sentence_start, token.run), sender_words)
                for p in parts
            ):
                span[k] = 1
        bad = [not span[k] and not _ignorable(token, sender_words) for k, token in enumerate(run)]
        k = 0
        while k < len(run):
            if not bad[k]:
                k += 1
                continue
            lo, hi = k, k
            while hi + 1 < len(run) and bad[hi + 1]:
                hi += 1
            while lo > 0 and span[lo - 1] == 1 and not _ignorable(run[lo - 1], sender_words):
                lo -= 1
            while hi + 1 < len(run) and span[hi + 1] == 1 and not _ignorable(run[hi + 1], sender_words):
                hi += 1
            if lo == k and len(run[k].text) == 1 and k > 0:
                lo = k - 1  # "Series C", not "C"
            unsupported.append(" ".join(words[lo : hi + 1]))
            k = hi + 1
    return unsupported


def _mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Blank out spans already judged, keeping line breaks and a span's final full stop (so the
    next word is still seen as the start of a sentence)."""
    chars = list(text)
    for start, end in spans:
        end = min(end, len(chars))
        for i in range(start, end):
            if chars[i] == "\n" or (i == end - 1 and chars[i] in ".!?" and (end == len(chars) or chars[end].isspace())):
                continue
            chars[i] = " "
    return "".join(chars)


def known_names(ctx: DraftContext) -> list[str]:
    """Names that are grounded by definition: the account, the recipient, the sender."""
    names = [
        ctx.account.name,
        ctx.account.domain or "",
        ctx.contact.full_name,
        ctx.contact.first_name,
        ctx.contact.last_name,
        ctx.sender.name,
        ctx.sender.company or "",
    ]
    cleaned = {normalise_space(n.translate(_APOSTROPHES)) for n in names}
    return sorted((n for n in cleaned if n), key=len, reverse=True)


def _known_name_spans(text: str, ctx: DraftContext) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    folded = text.lower()
    exact = len(folded) == len(text)  # lower() kept every offset, so positions carry over
    for name in known_names(ctx):
        if exact and " " not in name:
            spans.extend(_word_occurrences(folded, name.lower()))
        elif name.split()[0].lower() in folded:
            spans.extend((m.start(), m.end()) for m in _name_pattern(name).finditer(text))
    return spans


def unsupported_tokens(text: str, ctx: DraftContext, corpus: _Corpus | None = None) -> list[str]:
    """Numbers, money, percentages, dates and names in `text` that the context does not support.

    The account's, recipient's and sender's own names are grounded by definition and are
    blanked out first, so "3M" or "Monday.com" as an account name is not read as an amount or a
    link.
    """
    corpus = corpus or _build_corpus(ctx)
    text = text.translate(_APOSTROPHES)
    bad: list[str] = []
    text = _mask(text, _known_name_spans(text, ctx))
    spans: list[tuple[int, int]] = []
    for pattern in (_URL_RE, _EMAIL_RE):
        spans.extend((m.start(), m.end()) for m in pattern.finditer(text))
    text = _mask(text, spans)
    spans = []
    for m in _DURATION_RE.finditer(text):  # "a 15-minute call" is logistics, not a fact
        spans.append((m.start(), m.end()))
    for money in find_money(text):
        spans.append((money.start, money.end))
        if not _money_supported(money, corpus):
            bad.append(money.text)
    for m in _PERCENT_RE.finditer(text):
        spans.append((m.start(), m.end()))
        if _canon_number(m.group("n")) not in corpus.numbers:
            bad.append(m.group(0))
    for date in find_dates(text):
        if any(s <= date.start < e for s, e in spans):
            continue
        spans.append((date.start, date.end))
        if (date.month, date.day) not in corpus.dates or (
            date.year is not None and str(date.year) not in corpus.numbers
        ):
            bad.append(date.text)
    masked = _mask(text, spans)
    for m in _MONTH_WORD_RE.finditer(masked):
        word = m.group("m")
        # "May" is also a verb and "Jan"/"Mar" are also names; only unambiguous month words count.
        ambiguous = word == "May" or (len(word) == 3 and not word.endswith("."))
        month = _MONTH_INDEX[word.rstrip(".").lower()]
        if not ambiguous and word[0].isupper() and month not in corpus.months:
            bad.append(word)
    for m in _NUMBER_RE.finditer(masked):
        if _canon_number(m.group(0)) not in corpus.numbers:
            bad.append(m.group(0))
    sender_words = {
        w.casefold().strip(_STRIP_CHARS)
        for w in f"{ctx.sender.name} {ctx.sender.company or ''}".translate(_APOSTROPHES).split()
    }
    bad.extend(_unsupported_names(masked, corpus, sender_words))
    return _unique(bad)


# --------------------------------------------------------------------------------------------
# The checks
# --------------------------------------------------------------------------------------------


@_register("grounding")
def check_grounding(draft: OutreachDraft, ctx: DraftContext, policy: GuardrailPolicy) -> CheckResult:
    """Every number, amount, date and name in the subject and body is in the context."""
    corpus = _build_corpus(ctx)
    bad = _unique([*unsupported_tokens(draft.subject, ctx, corpus), *unsupported_tokens(draft.body, ctx, corpus)])
    if bad:
        return _fail("grounding", f"unsupported {_quoted(bad)} (not in the evidence or account facts)")
    return _ok("grounding", "every number, date and name is in the evidence or account facts")


@_register("evidence_ids")
def check_evidence_ids(draft: OutreachDraft, ctx: DraftContext, policy: GuardrailPolicy) -> CheckResult:
    """The draft cites at least one evidence id, and every cited id exists."""
    known = [e.id for e in ctx.evidence]
    if not draft.evidence_ids:
        return _fail("evidence_ids", "cites no evidence; cite the evidence ids the facts come from")
    unknown = [i for i in draft.evidence_ids if i not in known]
    if unknown:
        have = ", ".join(known) or "none"
        return _fail("evidence_ids", f"cites unknown evidence {_quoted(unknown)} (known: {have})")
    return _ok("evidence_ids", f"cites {', '.join(_unique(draft.evidence_ids))}")


@_register("one_cta")
def check_one_cta(draft: OutreachDraft, ctx: DraftContext, policy: GuardrailPolicy) -> CheckResult:
    """Exactly one question in the body, and it is the call to action."""
    questions = draft.body.count("?") + draft.body.count("\uff1f")
    if questions == 0:
        return _fail("one_cta", "the body asks nothing; end with exactly one question as the call to action")
    if questions > 1:
        return _fail("one_cta", f"{questions} question marks in the body; ask exactly one thing")
    cta = normalise_space(draft.call_to_action)
    if not cta.endswith("?"):
        return _fail("one_cta", "call_to_action is not a question ending in '?'")
    if cta not in normalise_space(draft.body):
        return _fail("one_cta", "call_to_action does not appear in the body")
    return _ok("one_cta", "one question, and it is the call to action")


@_register("subject_length")
def check_subject_length(draft: OutreachDraft, ctx: DraftContext, policy: GuardrailPolicy) -> CheckResult:
    subject = draft.subject.strip()
    if not subject:
        return _fail("subject_length", "the subject is empty")
    if "\n" in subject:
        return _fail("subject_length", "the subject has a line break")
    if len(subject) > policy.max_subject_chars:
        return _fail("subject_length", f"subject is {len(subject)} characters (max {policy.max_subject_chars})")
    return _ok("subject_length", f"{len(subject)} characters")


@_register("body_length")
def check_body_length(draft: OutreachDraft, ctx: DraftContext, policy: GuardrailPolicy) -> CheckResult:
    words = count_words(draft.body)
    if words == 0:
        return _fail("body_length", "the body is empty")
    if words > policy.max_body_words:
        return _fail("body_length", f"body is {words} words (max {policy.max_body_words})")
    return _ok("body_length", f"{words} words")


def _allowed_links(ctx: DraftContext, policy: GuardrailPolicy) -> set[str]:
    allowed = {normalise_link(u) for u in [*ctx.allowed_urls, *policy.allowed_urls] if u.strip()}
    return allowed


def _is_account_name(link: str, ctx: DraftContext) -> bool:
    """ "Monday.com" as the account's own name is a name, not a link."""
    target = normalise_link(link)
    return any(normalise_link(own) == target for own in find_links(ctx.account.name))


@_register("links")
def check_links(draft: OutreachDraft, ctx: DraftContext, policy: GuardrailPolicy) -> CheckResult:
    """No link except the allowed content assets."""
    allowed = _allowed_links(ctx, policy)
    text = f"{draft.subject}\n{draft.body}\n{draft.call_to_action}"
    bad = [link for link in find_links(text) if normalise_link(link) not in allowed and not _is_account_name(link, ctx)]
    # An address is a link too ("write to deals@evil.example"): only the sender's own, or an
    # allowed mailto:, may appear.
    addresses = {ctx.sender.email.casefold()} | {
        u.strip().casefold().removeprefix("mailto:")
        for u in [*ctx.allowed_urls, *policy.allowed_urls]
        if u.strip().casefold().startswith("mailto:")
    }
    bad += [e for e in find_emails(link_view(text)) if e.casefold() not in addresses]
    if bad:
        return _fail("links", f"link not allowed: {_quoted(_unique(bad))}")
    return _ok("links", "no links outside the allowed assets")


@_register("placeholders")
def check_placeholders(draft: OutreachDraft, ctx: DraftContext, policy: GuardrailPolicy) -> CheckResult:
    """No template syntax left behind ({first_name}, [Company], <name>, TODO, XX, lorem)."""
    text = f"{draft.subject}\n{draft.body}\n{draft.call_to_action}"
    found = find_placeholders(text)
    if found:
        return _fail("placeholders", f"template syntax left in: {_quoted(found)}")
    return _ok("placeholders", "no template syntax")


_GREETING_WORDS = frozenset(
    "hi hello hey dear good morning afternoon evening greetings hiya howdy there all team folks "
    "and & dr dr. mr mr. mrs mrs. ms ms. prof prof.".split()
)


def greeting_of(body: str) -> str:
    """The greeting: the first line up to its first sentence break, plus any comma-separated
    pieces right after the first that look like names ("Hi Dana, Mark," -> "Hi Dana, Mark")."""
    for line in body.splitlines():
        if line.strip():
            first = line.strip()
            break
    else:
        return ""
    head = re.split(r"[.!?:;\u2014\u2013]\s|[.!?:;\u2014\u2013]$|\s[\u2014\u2013-]\s", first, maxsplit=1)[0]
    pieces = head.split(",")
    kept = [pieces[0]]
    for piece in pieces[1:]:
        words = [w.strip(_STRIP_CHARS) for w in piece.split()]
        words = [w for w in words if w]
        if words and all(w[0].isupper() or w.casefold() in _GREETING_WORDS for w in words):
            kept.append(piece)
        else:
            break
    return ",".join(kept).strip()


@_register("recipient_name")
def check_recipient_name(draft: OutreachDraft, ctx: DraftContext, policy: GuardrailPolicy) -> CheckResult:
    """The greeting uses the recipient's first name and nobody else's."""
    greeting = greeting_of(draft.body)
    first = normalise_space(ctx.contact.first_name).casefold()
    own = {w.casefold() for w in f"{ctx.contact.first_name} {ctx.contact.last_name}".split()}
    words = [w.translate(_APOSTROPHES).strip(_STRIP_CHARS) for w in greeting.split()]
    others = [w for w in words if w and w[0].isupper() and w.casefold() not in own | _GREETING_WORDS]
    if first and not _phrase_in(first, " " + normalise_space(greeting).casefold() + " "):
        return _fail(
            "recipient_name",
            f"greeting {greeting.strip()!r} does not use the recipient's first name {ctx.contact.first_name!r}",
        )
    if others:
        return _fail("recipient_name", f"greeting names someone else: {_quoted(others)}")
    return _ok("recipient_name", f"greets {ctx.contact.first_name or 'the recipient'}")


@_register("banned_phrases")
def check_banned_phrases(draft: OutreachDraft, ctx: DraftContext, policy: GuardrailPolicy) -> CheckResult:
    raw = _draft_text(draft).translate(_APOSTROPHES)
    raw = _mask(raw, _known_name_spans(raw, ctx))  # "Synergy Labs" may be the account's name
    text = " " + normalise_space(raw).casefold() + " "
    found = [
        p for p in policy.banned_phrases if p.strip() and _phrase_in(normalise_space(p.translate(_APOSTROPHES)), text)
    ]
    if found:
        return _fail("banned_phrases", f"banned phrase: {_quoted(found)}")
    return _ok("banned_phrases", "no banned phrases")


def _shingles(words: list[str], size: int) -> set[tuple[str, ...]]:
    if len(words) <= size:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.translate(_APOSTROPHES).casefold())


@_register("injection")
def check_injection(draft: OutreachDraft, ctx: DraftContext, policy: GuardrailPolicy) -> CheckResult:
    """No instruction-like text, no text copied from an instruction in the evidence, no evidence link."""
    text = f"{draft.subject}\n{draft.body}\n{draft.call_to_action}"
    problems: list[str] = [f"instruction-like text {phrase!r}" for phrase in find_injection(text)]

    draft_words = _words(text)
    draft_shingles = _shingles(draft_words, 5)
    for item in ctx.evidence:
        # Everything from the first instruction-like phrase on is treated as the payload.
        hit = _INJECTION_ANY.search(item.text)
        if hit is None:
            continue
        first = hit.start()
        words = _words(item.text[first:])
        size = min(5, len(words))
        if size and (_shingles(words, size) & (draft_shingles if size == 5 else _shingles(draft_words, size))):
            problems.append(f"copies instruction-like text from {item.id}")

    allowed = _allowed_links(ctx, policy)
    evidence_text = "\n".join([*(e.text for e in ctx.evidence), *(e.url or "" for e in ctx.evidence)])
    evidence_links = {normalise_link(link) for link in find_links(evidence_text)}
    evidence_hosts = {link_host(link) for link in evidence_links}
    for link in find_links(text):
        norm = normalise_link(link)
        if norm in allowed or _is_account_name(link, ctx):
            continue
        if norm in evidence_links or link_host(link) in evidence_hosts:
            problems.append(f"link copied from evidence {link!r}")
    evidence_emails = {e.casefold() for e in find_emails(evidence_text)}
    problems.extend(f"address copied from evidence {e!r}" for e in find_emails(text) if e.casefold() in evidence_emails)
    if problems:
        return _fail("injection", "; ".join(_unique(problems)))
    return _ok("injection", "no instructions or links taken from the evidence")
