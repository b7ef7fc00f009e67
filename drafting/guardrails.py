"""Named checks every draft passes before a rep sees it, whichever provider wrote it.

Each check is a plain function `(draft, ctx, policy) -> CheckResult`, registered in `CHECKS`.
`check_draft` runs them all; a failing check's `reason` names what is wrong in words that can be
fed back to the provider that wrote the draft ("unsupported '$50M'").

Grounding judges the claims a draft makes against the context's typed facts (drafting.claims,
drafting.facts); links and the output policy read the text as a reader would (drafting.policy);
instruction-like text is drafting.instructions. Placeholder patterns and word counts live here and
are shared with the offline drafter so that it writes what the checks accept.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from pydantic import BaseModel

from drafting.base import OutreachDraft
from drafting.limits import DEFAULT_BANNED_PHRASES, GuardrailPolicy  # noqa: F401  (re-exported)
from drafting.context import DraftContext
from drafting.facts import ground
from drafting.instructions import INJECTION_ANY, find_injection, normalise_space
from drafting.policy import allowed_mention, find_domainlike, policy_findings
from drafting.claims import STRIP_CHARS as _STRIP_CHARS
from drafting.claims import name_spans
from signals.text.links import APOSTROPHES as _APOSTROPHES

# --------------------------------------------------------------------------------------------
# Policy and report
# --------------------------------------------------------------------------------------------

# The limits themselves live in drafting.limits (light: the workspace config imports them).


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


# --------------------------------------------------------------------------------------------
# Names the checks treat as the draft's own
# --------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)")


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
    ascii_lower = folded if text.isascii() else None
    for name in known_names(ctx):
        if exact and " " not in name:
            spans.extend(_word_occurrences(folded, name.lower()))
        elif name.split()[0].lower() in folded:
            spans.extend(name_spans(text, name, ascii_lower=ascii_lower))
    return spans


# --------------------------------------------------------------------------------------------
# The checks
# --------------------------------------------------------------------------------------------


@_register("grounding")
def check_grounding(draft: OutreachDraft, ctx: DraftContext, policy: GuardrailPolicy) -> CheckResult:
    """Every claim in the subject and body (amounts with their meaning, round, investors and their
    role, dates, counts of what they count, events, past interactions, names) has a typed fact of
    the context that supports it."""
    problems = unsupported_claims(f"{draft.subject}\n{draft.body}", ctx)
    if problems:
        return _fail("grounding", "; ".join(problems))
    return _ok("grounding", "every amount, round, investor, date, count, event and name is in the evidence or records")


def unsupported_claims(text: str, ctx: DraftContext) -> list[str]:
    """One reason per unsupported claim in `text`: "unsupported '$50M' (states $50M raised; ...)"."""
    verdicts = ground(text, ctx)
    return _unique(f"unsupported {v.claim.text!r} ({v.problem})" for v in verdicts if v.problem)


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


def _allowed_urls(ctx: DraftContext, policy: GuardrailPolicy) -> list[str]:
    return [*ctx.allowed_urls, *policy.allowed_urls]


def forbidden_links(text: str, ctx: DraftContext, policy: GuardrailPolicy) -> list[str]:
    """Links, domains and addresses in `text` (however disguised) that the draft may not carry."""
    return _unique(
        m.text
        for m in find_domainlike(text)
        if not allowed_mention(
            m,
            sender_email=ctx.sender.email,
            allowed_urls=_allowed_urls(ctx, policy),
            account_name=ctx.account.name,
            account_domain=ctx.account.domain,
        )
    )


@_register("links")
def check_links(draft: OutreachDraft, ctx: DraftContext, policy: GuardrailPolicy) -> CheckResult:
    """No link, domain or address, written plainly or disguised ("evil dot example", "evil[.]example",
    look-alike letters), except the sender's own, the allowed assets, and the recipient company's
    registered domain where its name is that domain. A CRM field is no permission."""
    bad = forbidden_links(f"{draft.subject}\n{draft.body}\n{draft.call_to_action}", ctx, policy)
    if bad:
        return _fail("links", f"link not allowed: {_quoted(bad)}")
    return _ok("links", "no links outside the allowed assets")


@_register("output_policy")
def check_output_policy(draft: OutreachDraft, ctx: DraftContext, policy: GuardrailPolicy) -> CheckResult:
    """Nothing a sales email may never say: offers, discounts and prices, phone numbers, credential
    or payment requests, urgency or invoice lures (whatever the evidence says)."""
    findings = policy_findings(f"{draft.subject}\n{draft.body}\n{draft.call_to_action}")
    if findings:
        by_category: dict[str, list[str]] = {}
        for finding in findings:
            by_category.setdefault(finding.category, []).append(finding.text)
        detail = "; ".join(f"{category} {_quoted(_unique(texts))}" for category, texts in by_category.items())
        return _fail("output_policy", f"not allowed in outreach: {detail}")
    return _ok("output_policy", "no offers, prices, phone numbers, credential or payment requests, or lures")


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


@functools.lru_cache(maxsize=64)
def _banned_phrases(phrases: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each non-blank banned phrase with its normalised form (once per policy, not per draft)."""
    return tuple((p, normalise_space(p.translate(_APOSTROPHES))) for p in phrases if p.strip())


@_register("banned_phrases")
def check_banned_phrases(draft: OutreachDraft, ctx: DraftContext, policy: GuardrailPolicy) -> CheckResult:
    raw = _draft_text(draft).translate(_APOSTROPHES)
    raw = _mask(raw, _known_name_spans(raw, ctx))  # "Synergy Labs" may be the account's name
    text = " " + normalise_space(raw).casefold() + " "
    found = [p for p, phrase in _banned_phrases(tuple(policy.banned_phrases)) if _phrase_in(phrase, text)]
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
        hit = INJECTION_ANY.search(item.text)
        if hit is None:
            continue
        first = hit.start()
        words = _words(item.text[first:])
        size = min(5, len(words))
        if size and (_shingles(words, size) & (draft_shingles if size == 5 else _shingles(draft_words, size))):
            problems.append(f"copies instruction-like text from {item.id}")

    evidence_text = "\n".join([*(e.text for e in ctx.evidence), *(e.url or "" for e in ctx.evidence)])
    evidence_hosts = {m.host for m in find_domainlike(evidence_text) if m.host}
    for mention in find_domainlike(text):
        if mention.host in evidence_hosts and not allowed_mention(
            mention,
            sender_email=ctx.sender.email,
            allowed_urls=_allowed_urls(ctx, policy),
            account_name=ctx.account.name,
            account_domain=ctx.account.domain,
        ):
            problems.append(f"link copied from evidence {mention.text!r}")
    if problems:
        return _fail("injection", "; ".join(_unique(problems)))
    return _ok("injection", "no instructions or links taken from the evidence")
