"""The factual claims in a piece of prose, each with its meaning: what grounding checks, not tokens.

`extract_claims(text)` reads a draft (or an evidence text) sentence by sentence and returns typed
`Claim`s: amounts with what they are (raised, valuation, target "up to", revenue, debt, AUM),
funding rounds, investors with their role (led, participated, backer; or, wrongly, a company the
account invested in), dates, months and years, counts with what they count ("45 SDRs" is a count
of SDR roles; the 45 of "$45M" is money, never a headcount), percentages and multipliers, events
(layoffs, lawsuits, acquisitions, IPOs, funding, hiring, job changes...), references to past
interactions ("when we spoke in March", "as we discussed"), superlatives, and capitalised names.

Pure functions over strings: money and dates are read by `signals.text`, numbers written in words
("fifty million dollars", "forty-five SDRs") are turned into digits first. Whether a claim is true
is `drafting.facts`' job.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from signals.text.dates import MONTH_INDEX, MONTH_WORD_RE, find_dates
from signals.text.links import APOSTROPHES, EMAIL_RE, URL_RE
from signals.text.money import NUM, find_money, to_decimal
from signals.text.numbers import NUMBER_WORDS_RE, words_value


@dataclass(frozen=True)
class Claim:
    """One thing a text states. `kind` says how to check it; `value` and `detail` what it says."""

    #: money, round, investor, investee, date, month, year, count, number, percent, multiple,
    #: event, interaction, superlative, name
    kind: str
    #: The words as written ("fifty million dollars", "led by Sequoia Capital").
    text: str
    #: Decimal for money, counts, numbers, percentages and multiples; (month, day, year|None) for
    #: dates; an int for months and years; a normalised label otherwise ("series_b", "layoffs").
    value: Any
    #: money: raised|valuation|target|revenue|debt|aum|None; investor: led|participated|backer;
    #: count: what is counted ("employees", "roles", "role:sales development", "customers");
    #: money also carries its currency in `currency`.
    detail: str | None = None
    currency: str | None = None
    #: money: the smallest step its text can express ("$1.2B" -> 0.1B), to accept rounding.
    precision: Decimal | None = None
    #: The sentence the claim was read from (for judging it in context).
    sentence: str = field(default="", compare=False)


# --------------------------------------------------------------------------------------------
# Sentences and masking
# --------------------------------------------------------------------------------------------

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[^a-z])|\n+")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_SPLIT.split(text.translate(APOSTROPHES)) if s and s.strip()]


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Spaces over `spans`, keeping the text's length (so offsets stay valid)."""
    chars = list(text)
    for start, end in spans:
        for i in range(max(0, start), min(end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


# --------------------------------------------------------------------------------------------
# Numbers written in words
# --------------------------------------------------------------------------------------------

# The vocabulary and its reader live in signals.text.numbers (shared with the money layer).


def digits_for_words(text: str) -> tuple[str, list[tuple[int, int]]]:
    """"fifty million dollars" -> "50 million dollars", "forty-five SDRs" -> "45 SDRs", with the
    text padded so offsets stay valid, and the spans that were words. "one" stays a word unless a
    scale follows ("one million"): "one of the roles" is not a count."""
    out = list(text)
    spans: list[tuple[int, int]] = []
    for match in NUMBER_WORDS_RE.finditer(text):
        value = words_value(match.group(0))
        if value is None:
            continue
        after = text[match.end() : match.end() + 60]
        scaled = bool(re.match(r"\s*(?:thousand|million|billion|trillion|percent|per\s+cent)\b", after, re.I))
        # "the two", "one of them": a number word is a claim only when it counts something.
        if not scaled and (value < 2 or counted_noun(after)[0] is None):
            continue
        digits = format(value.normalize(), "f")
        span = match.end() - match.start()
        replacement = digits.rjust(span)  # padding before: "   50 million" still reads as money
        out[match.start() : match.end()] = list(replacement)
        spans.append((match.start(), match.end()))
    return "".join(out), spans


# --------------------------------------------------------------------------------------------
# Money and its meaning
# --------------------------------------------------------------------------------------------

_MEANING_NEAR: list[tuple[str, re.Pattern[str]]] = [
    ("valuation", re.compile(r"\bvalu(?:ation|ed|ing|es)\b|\bworth\b|\bmarket\s+cap", re.I)),
    ("revenue", re.compile(r"\brevenues?\b|\barr\b|\bmrr\b|\bsales\s+of\b|\bturnover\b|\bbookings\b|\bincome\b|\bprofits?\b|\bearnings\b|\bin\s+sales\b", re.I)),
    ("aum", re.compile(r"\bassets\s+under\s+management\b|\baum\b|\bfund\s+size\b", re.I)),
    ("debt", re.compile(r"\bdebt\b|\bcredit\s+(?:facility|line)\b|\bloans?\b|\bconvertible\s+notes?\b", re.I)),
]
_TARGET_BEFORE = re.compile(r"\b(?:up\s+to|as\s+much\s+as|target(?:ing)?|seek(?:s|ing)?|aim(?:s|ing)?\s+to\s+raise|plans?\s+to\s+raise|hopes?\s+to\s+raise)\s*$", re.I)
_TARGET_NEAR = re.compile(r"\boffering\b|\btarget\b|\bfund(?:raising)?\s+goal\b", re.I)
_RAISED = re.compile(
    r"\brais(?:e|ed|es|ing)\b|\bround\b|\bfunding\b|\bseries\s+[a-j]\b|\binvestment\b|\bfinancing\b|\bbacked\b"
    r"|\bsecur(?:e|ed|es|ing)\b|\bclos(?:e|ed|es|ing)\b|\bseed\b|\bsold\b|\bcapital\b|\bfundraise\b|\bbank(?:ed|s)\b",
    re.I,
)


def _words_around(sentence: str, start: int, end: int, before: int, after: int) -> tuple[str, str]:
    """Up to `before` words before and `after` words after, within the same clause."""
    head = re.split(r"[,;:()\u2014]", sentence[:start])[-1]
    tail = re.split(r"[,;:()\u2014]", sentence[end:])[0]
    return " ".join(head.split()[-before:]), " ".join(tail.split()[:after])


def money_meaning(sentence: str, start: int, end: int) -> str | None:
    """What an amount in `sentence` at [start, end) is: raised, valuation, target, revenue, debt, aum."""
    if _TARGET_BEFORE.search(sentence[:start]):
        return "target"
    head, tail = _words_around(sentence, start, end, 4, 4)
    near = f"{head} | {tail}"
    for meaning, pattern in _MEANING_NEAR:
        if pattern.search(near):
            return meaning
    if _TARGET_NEAR.search(near):
        return "target"
    if _RAISED.search(sentence):
        return "raised"
    return None


# --------------------------------------------------------------------------------------------
# Rounds
# --------------------------------------------------------------------------------------------

_ROUND_RE = re.compile(
    r"\b(?:(?P<pre>pre-?seed)"
    r"|(?P<seed>seed)(?=[\s-]+(?:round|funding|financing|raise|investment|stage|capital|extension|deal|money)\b)"
    r"|(?P<series>[Ss]eries\s+[A-Ja-j])(?![\w])"
    r"|(?P<growth>growth)(?=[\s-]+(?:round|equity|funding|stage)\b)"
    r"|(?P<bridge>bridge|angel|mezzanine)(?=[\s-]+round\b))",
    re.I,
)


def normalise_round(value: Any) -> str | None:
    """"Series B", "series_b", "Seed", "pre-seed round" -> "series_b", "seed", "pre_seed"."""
    if value is None:
        return None
    text = re.sub(r"[\s_-]+", " ", str(value)).strip().casefold()
    text = re.sub(r"\s*(?:round|funding|financing|stage)$", "", text)
    if not text:
        return None
    if m := re.fullmatch(r"series ([a-j])(?: .*)?", text):
        return f"series_{m.group(1)}"
    if text in ("pre seed", "preseed"):
        return "pre_seed"
    return text.replace(" ", "_")


# --------------------------------------------------------------------------------------------
# Investors and their role
# --------------------------------------------------------------------------------------------

_CAP = r"(?:[A-Z][\w&'.]*(?:-[A-Z][\w&'.]*)*|&)"
_NAME = rf"(?:{_CAP}(?:\s+(?:{_CAP}|of|de|von|van|and(?=\s+[A-Z][a-z]+\s+(?:Capital|Ventures|Partners))))*)"
_NAMES = rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*(?:,?\s+and\s+{_NAME})?)"
_ROLE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("led", re.compile(rf"\bled\s+by\s+{_NAMES}")),
    ("led", re.compile(rf"{_NAMES}\s+(?:led|leads|leading|co-led)\b(?!\s+by)")),
    ("led", re.compile(rf"{_NAMES}-led\b")),
    ("participated", re.compile(rf"\b(?:participation\s+from|joined\s+by)\s+{_NAMES}")),
    ("participated", re.compile(rf"{_NAMES}\s+(?:also\s+)?(?:participated|joined\s+the\s+round|chipped\s+in)\b")),
    ("backer", re.compile(rf"\b(?:backed|funded|financed|supported)\s+by\s+{_NAMES}")),
    (
        "backer",
        re.compile(rf"\bwith\s+{_NAMES}\s+(?:backing|on\s+board|participating|joining|investing|in\s+the\s+round)"),
    ),
    (
        "backer",
        re.compile(
            rf"\b(?:round|raise|investment|funding|financing|seed|Series\s+[A-J])\s+(?:with|from)\s+{_NAMES}",
            re.I,
        ),
    ),
    ("investee", re.compile(rf"\b(?:invest(?:ing|ed|s|ment|ments)?|stake)\s+in\s+{_NAMES}")),
]
_SPLIT_NAMES = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=[A-Z])")
_NOT_NAMES = frozenset("the a an our your their its this that we you i they he she it".split())


def _names(raw: str) -> list[str]:
    out = []
    for part in _SPLIT_NAMES.split(raw.strip()):
        part = part.strip(" .,;:")
        if part and part.casefold() not in _NOT_NAMES and part[0].isupper():
            out.append(part)
    return out


# --------------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------------

EMPLOYEE_NOUNS = frozenset("employee employees people staff headcount person persons workers fte ftes strong".split())
ROLE_NOUNS = frozenset(
    "role roles opening openings position positions job jobs req reqs requisition requisitions seat seats "
    "vacancy vacancies hire hires posting postings spot spots".split()
)
#: A counted kind of person that is a role: the words its function or title must contain.
ROLE_TYPES: dict[str, str] = {
    "sdr": "sales development", "sdrs": "sales development",
    "bdr": "business development", "bdrs": "business development",
    "ae": "account executive", "aes": "account executive",
    "rep": "sales", "reps": "sales", "salespeople": "sales", "sellers": "sales", "salesperson": "sales",
    "engineers": "engineer", "engineer": "engineer", "ses": "engineer",
    "marketers": "marketing", "recruiters": "recruit", "managers": "manager", "csms": "customer success",
    "developers": "developer", "designers": "design", "analysts": "analyst", "executives": "executive",
}  # fmt: skip
#: Words that may stand between a number and what it counts ("12 open sales roles").
_COUNT_FILLER = frozenset(
    "open new more additional full-time part-time remote active current live fresh global senior junior "
    "sales marketing engineering revenue operations ops customer success support product go-to-market gtm "
    "account development business enterprise mid-market inside outbound inbound field".split()
)
_NUMBER_RE = re.compile(r"(?<![\w.,$€£¥₹/:-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w%])")
_PERCENT_RE = re.compile(rf"(?<![\w.])(?P<n>{NUM})\s?(?:%|percent\b|per\s+cent\b)", re.I)
_MULTIPLE_RE = re.compile(
    r"\b(?:(?P<word>doubled|doubling|tripled|tripling|quadrupled|quadrupling)|(?P<n>\d+(?:\.\d+)?)x|(?P<fold>two|three|four|five|ten)-?fold)\b",
    re.I,
)
_MULTIPLE_WORDS = {"doubl": 2, "tripl": 3, "quadrupl": 4, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}
_DURATION_RE = re.compile(
    r"(?<![\w.])\d{1,3}[\s-]?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|quarters?)\b", re.I
)
_YEAR_RE = re.compile(r"(?<![\w.,$€£¥₹])(?:19[5-9]\d|20[0-4]\d)(?![\w%.,]\d)")


def counted_noun(after: str) -> tuple[str | None, int]:
    """What a number counts, from the words after it: "employees", "roles", "role:sales development"
    (a role type), another plural noun as written ("customers"), or None for a bare number; and
    where in `after` that noun ends."""
    for match in list(re.finditer(r"[A-Za-z][\w-]*", after))[:5]:
        if after[: match.start()].strip(" -"):  # only words, no punctuation, between number and noun
            if re.search(r"[^\w\s-]", after[: match.start()]):
                return None, 0
        low = match.group(0).casefold()
        if low in EMPLOYEE_NOUNS:
            return "employees", match.end()
        if low in ROLE_NOUNS:
            return "roles", match.end()
        if low in ROLE_TYPES:
            return f"role:{ROLE_TYPES[low]}", match.end()
        if low in _COUNT_FILLER:
            continue
        if low.endswith("s") and len(low) > 3 and low.isalpha():
            return low, match.end()
        return None, 0
    return None, 0


# --------------------------------------------------------------------------------------------
# Events, past interactions, superlatives
# --------------------------------------------------------------------------------------------

EVENT_PATTERNS: dict[str, re.Pattern[str]] = {
    "layoffs": re.compile(
        r"\blay-?offs?\b|\blaid\s+off\b|\blaying\s+off\b|\bjob\s+cuts\b|\bcut(?:ting)?\s+(?:jobs|staff|headcount)\b"
        r"|\bheadcount\s+reduction|\bredundanc(?:y|ies)\b|\bdownsiz\w*|\brestructur\w*|\breduction\s+in\s+force\b",
        re.I,
    ),
    "lawsuit": re.compile(
        r"\blaw-?suits?\b|\bsued\b|\bsuing\b|\blitigation\b|\blegal\s+(?:battle|action|dispute|trouble|fight)s?\b"
        r"|\bcourt\s+case\b|\bclass\s+action\b|\bsettlement\b",
        re.I,
    ),
    "acquisition": re.compile(
        r"\bacqui(?:re|red|res|ring|sition|sitions)\b|\bmerger\b|\bmerg(?:e|ed|ing)\s+with\b|\bbought\s+by\b"
        r"|\btakeover\b|\bbuyout\b",
        re.I,
    ),
    "ipo": re.compile(
        r"\bipo\b|\binitial\s+public\s+offering\b|\bgo(?:ing)?\s+public\b|\bwent\s+public\b|\bspac\b"
        r"|\blisting\s+on\s+(?:the\s+)?(?:nasdaq|nyse|lse)\b",
        re.I,
    ),
    "bankruptcy": re.compile(r"\bbankrupt\w*|\bchapter\s+11\b|\binsolven\w*", re.I),
    "breach": re.compile(
        r"\bdata\s+breach\w*|\bbreach(?:es)?\b|\bhack(?:ed|ers?)?\b|\bcyber-?attack\w*|\bransomware\b"
        r"|\bsecurity\s+incident\b|\boutage\b",
        re.I,
    ),
    "funding": re.compile(
        r"\bfund-?rais\w*|\braised\b|\braises\b|\braising\s+(?:money|capital|funds)\b|\bfunding\b|\bthe\s+round\b"
        r"|\ba\s+round\b|\byour\s+round\b|\bthe\s+raise\b|\ba\s+raise\b|\binvestment\s+round\b|\bnew\s+capital\b",
        re.I,
    ),
    "hiring": re.compile(r"\bhiring\b|\bopen\s+roles?\b|\bjob\s+(?:postings?|openings?|ads?)\b|\brecruiting\b", re.I),
    "job_change": re.compile(
        r"\b(?:your|his|her|their)\s+new\s+(?:role|job|position|seat)\b|\bcongrat\w*\s+on\s+the\s+(?:new\s+role|promotion|move)\b"
        r"|\bpromot(?:ed|ion)\b|\bstep(?:ped)?\s+up\s+to\b|\bstarted\s+at\b|\bappointed\b|\bjoin(?:ed|ing)\s+[A-Z]"
        r"|\bmove\s+to\s+[A-Z]|\bnew\s+leader(?:ship)?\b",
        re.I,
    ),
    "launch": re.compile(r"\blaunch(?:ed|es|ing)?\b|\bunveil(?:ed|s|ing)?\b", re.I),
    "expansion": re.compile(
        r"\bnew\s+(?:office|headquarters|hq|market|region)s?\b|\bopen(?:ed|ing|s)?\s+(?:an?\s+|the\s+)?(?:new\s+)?office\b"
        r"|\bexpan(?:d|ded|ding|sion)\s+(?:into|to)\b",
        re.I,
    ),
    "partnership": re.compile(r"\bpartner(?:ed|ship|ing)\s+with\b", re.I),
    "award": re.compile(r"\bawards?\b|\baward-winning\b", re.I),
}

#: References to an interaction with the recipient, by the history kinds that can back them.
INTERACTION_PATTERNS: dict[str, re.Pattern[str]] = {
    "meeting": re.compile(
        r"\b(?:when|since|after|before|since)\s+(?:we|you\s+and\s+I|I)\s+(?:last\s+)?(?:spoke|talked|met|chatted|caught\s+up|connected)\b"
        r"|\bour\s+(?:last\s+|recent\s+|previous\s+|earlier\s+)?(?:call|meeting|chat|conversation|demo|catch-?up|discussion|talk)\b"
        r"|\bas\s+(?:we|I)\s+(?:discussed|talked\s+about|agreed|promised)\b"
        r"|\b(?:great|good|nice|lovely)\s+(?:to\s+)?(?:meet|meeting|speak|speaking|talk|talking|chat|chatting|catch(?:ing)?\s+up)(?:\s+with)?\s+you\b"
        r"|\b(?:see|seeing)\s+you\s+(?:again|at\s+the)\b"
        r"|\bwe\s+(?:met|spoke|talked|chatted|discussed)\b|\blast\s+time\s+we\s+(?:spoke|talked|met)\b"
        r"|\bfollowing\s+up\s+on\s+(?:our|the)\s+(?:call|meeting|chat|conversation|demo)\b"
        r"|\bper\s+our\s+(?:call|conversation|meeting)\b|\bthanks\s+for\s+(?:your\s+time|the\s+call|the\s+chat|meeting)\b",
        re.I,
    ),
    "reply": re.compile(
        r"\bthanks\s+for\s+(?:your|the)\s+(?:reply|response|email|note|message)\b"
        r"|\byou\s+(?:mentioned|said|told\s+me|wrote|asked|replied)\b|\bin\s+your\s+(?:last\s+|recent\s+)?(?:email|reply|message|note)\b"
        r"|\bas\s+per\s+your\b",
        re.I,
    ),
    "email": re.compile(
        r"\bmy\s+(?:last|previous|earlier|recent)\s+(?:email|note|message)\b|\bas\s+per\s+my\b"
        r"|\bI\s+(?:wrote|emailed|reached\s+out)\s+(?:to\s+you\s+)?(?:last|before|earlier|in)\b|\bfollowing\s+up\s+on\s+my\b"
        r"|\bas\s+I\s+mentioned\b",
        re.I,
    ),
    # "since we were last in touch": any recorded contact (a CRM activity, a lost deal) backs it.
    "touch": re.compile(
        r"\b(?:we\s+were|we've\s+been|we\s+have\s+been)\s+(?:last\s+)?in\s+touch\b|\blast\s+in\s+touch\b"
        r"|\bsince\s+we\s+(?:last\s+)?(?:connected|corresponded)\b",
        re.I,
    ),
    "relationship": re.compile(
        r"\b(?:enjoyed|loved|great|good)\s+working\s+with\s+you\b|\bworking\s+together\b|\bas\s+(?:a|an\s+existing|our)\s+(?:customer|client)\b"
        r"|\bthank(?:s|\s+you)\s+for\s+(?:being|your)\s+(?:a\s+)?(?:customer|business|partnership|trust)\b|\bworked\s+with\s+you\b",
        re.I,
    ),
}
SUPERLATIVE_RE = re.compile(
    r"\b(?:largest|biggest|fastest[- ]growing|record(?:-breaking)?|unicorn|first-ever|market[- ]leading"
    r"|industry[- ]leading|number\s+one|#1|best[- ]funded|most\s+valuable)\b",
    re.I,
)


# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------

_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
)
#: Capitalised words that are never facts: greetings, sign-offs, pronouns, sales shorthand.
NAME_STOPWORDS: frozenset[str] = frozenset(
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
SENTENCE_STARTS: frozenset[str] = frozenset(
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
    sorry excited thrilled impressed proud delighted pleased sad saddened
    """.split()
)
_COMMON_SUFFIXES = ("ly", "ing", "ed")
_WORD_RE = re.compile(r"\S+")
STRIP_CHARS = "\"'()[]{}<>,.;:!?\u2014\u2013\u201c\u201d\u2018\u2019*_`~|/\\-"
_SENTENCE_END_RE = re.compile(r"[.!?:;\u2014\u2013]$|[.!?][\"')\u201d\u2019]$")


@dataclass(slots=True)
class NameToken:
    text: str
    sentence_start: bool


def ignorable_word(word: str, sentence_start: bool, extra: frozenset[str] | set[str] = frozenset()) -> bool:
    low = word.casefold()
    if low in NAME_STOPWORDS or low in _WEEKDAYS or low in MONTH_INDEX or low in extra:
        return True
    if low.endswith("s") and low[:-1] in NAME_STOPWORDS:  # "VPs", "CEOs"
        return True
    if sentence_start:
        if low in SENTENCE_STARTS:
            return True
        if len(low) > 4 and low.endswith(_COMMON_SUFFIXES) and low.isalpha():
            return True
    return False


def capitalised_runs(text: str) -> list[list[NameToken]]:
    """Runs of consecutive capitalised words (punctuation between words ends a run)."""
    runs: list[list[NameToken]] = []
    current: list[NameToken] = []
    for line in text.splitlines():
        sentence_start = True
        for match in _WORD_RE.finditer(line):
            raw = match.group(0)
            core = raw.translate(APOSTROPHES).strip(STRIP_CHARS)
            core = re.sub(r"'s$", "", core)
            if raw[:1] in '(["\u201c' and current:
                runs.append(current)
                current = []
            if core and core[0].isupper() and any(ch.isalpha() for ch in core):
                current.append(NameToken(core, sentence_start))
            elif current:
                runs.append(current)
                current = []
            trailing = raw.rstrip()
            if trailing and trailing[-1] in ",;:!?.\u2014\u2013)\"'\u201d" and current:
                runs.append(current)
                current = []
            sentence_start = bool(_SENTENCE_END_RE.search(raw)) or raw in ("\u2014", "\u2013", "-")
        if current:
            runs.append(current)
            current = []
    return runs


# --------------------------------------------------------------------------------------------
# Extraction
# --------------------------------------------------------------------------------------------


def _canon(number: Decimal) -> Decimal:
    return Decimal(int(number)) if number == number.to_integral_value() else number.normalize()


def extract_claims(text: str, *, protected: Iterable[str] = (), skip_words: Iterable[str] = ()) -> list[Claim]:
    """Every factual claim in `text`.

    `protected` are names that are facts by definition (the account, the recipient, the sender):
    they are not read as amounts, numbers or links ("3M", "Monday.com"), and are not name claims.
    `skip_words` are capitalised words that are never name claims (the sender's own words).
    """
    protected = [p for p in protected if p]
    if protected and (view := text.translate(APOSTROPHES)).isascii():
        # Every sentence is a piece of `view`: a name not in it is in none of them (name_spans).
        lower = view.lower()
        protected = [p for p in protected if not _cannot_contain(lower, p)]
    extra = frozenset(w.casefold().strip(STRIP_CHARS) for w in skip_words if w)
    claims: list[Claim] = []
    for sentence in sentences(text):
        claims.extend(_sentence_claims(sentence, _protected_spans(sentence, protected), extra))
    return claims


@functools.lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    # Built once per name: the re module's own cache (512 patterns) thrashes with many accounts.
    return re.compile(r"(?<!\w)" + re.escape(name).replace(r"\ ", r"\s+") + r"(?!\w)", re.I)


def name_spans(text: str, name: str, *, ascii_lower: str | None = None) -> list[tuple[int, int]]:
    """Where `name` is in `text` as whole words, in any case, with any run of spaces between its
    words. `ascii_lower`: `text.lower()` when the caller has it and `text` is ASCII."""
    if ascii_lower is None and text.isascii():
        ascii_lower = text.lower()
    if _cannot_contain(ascii_lower, name):
        return []
    return [(m.start(), m.end()) for m in _name_pattern(name).finditer(text)]


def _cannot_contain(ascii_lower: str | None, name: str) -> bool:
    """True when `name` is certainly not in the ASCII text whose lower() is `ascii_lower`: ASCII
    against ASCII, IGNORECASE is lower(), and every word of the name is matched literally. Then
    its pattern need not be built (a tick names thousands of accounts). False: it may be there."""
    return ascii_lower is not None and name.isascii() and any(w.lower() not in ascii_lower for w in name.split())


def _protected_spans(sentence: str, protected: list[str]) -> tuple[tuple[int, int], ...]:
    """Where the protected names are in `sentence`, sorted and without repeats: `blank` gives the
    same text for any order of the same spans, so this is all a sentence's claims need of them."""
    folded = sentence.lower() if sentence.isascii() else None
    return tuple(sorted({span for name in protected for span in name_spans(sentence, name, ascii_lower=folded)}))


@functools.lru_cache(maxsize=16384)
def _sentence_claims(sentence: str, protected_spans: tuple[tuple[int, int], ...], extra: frozenset[str]) -> tuple[Claim, ...]:
    """The claims of one sentence. A pure function of its arguments (the sentence, where the
    protected names are in it, the skip words), so it is cached: the step drafts of one asset
    repeat the same sentences for every lead, and Claims are immutable."""
    out: list[Claim] = []

    def add(
        kind: str, text: str, value: Any, detail: str | None = None, currency: str | None = None,
        precision: Decimal | None = None,
    ) -> None:
        out.append(Claim(kind, " ".join(text.split()), value, detail, currency, precision, sentence))

    # Relations and events read the sentence as written.
    for role, pattern in _ROLE_PATTERNS:
        for match in pattern.finditer(sentence):
            for name in _names(match.group("names")):
                add("investee" if role == "investee" else "investor", match.group(0), name, None if role == "investee" else role)
    for kind, pattern in INTERACTION_PATTERNS.items():
        for match in pattern.finditer(sentence):
            add("interaction", match.group(0), kind)
    def named(match: re.Match[str]) -> bool:
        """The match lies inside a protected name: "Hi Buyout," greets a recipient, it claims no buyout."""
        return any(start <= match.start() and match.end() <= end for start, end in protected_spans)

    for event, pattern in EVENT_PATTERNS.items():
        for match in pattern.finditer(sentence):
            if event == "funding" and re.match(r"raise[sd]?\s+the\s+bar", sentence[match.start() :], re.I):
                continue
            if named(match):
                continue
            add("event", match.group(0), event)
            break
    for match in SUPERLATIVE_RE.finditer(sentence):
        add("superlative", match.group(0), match.group(0).casefold())
    for match in _ROUND_RE.finditer(sentence):
        if not named(match):
            add("round", match.group(0), normalise_round(match.group(0)))

    # Numbers: with names, links and meeting lengths blanked out, and number words as digits.
    masked = blank(sentence, protected_spans)
    masked = blank(masked, [(m.start(), m.end()) for p in (URL_RE, EMAIL_RE) for m in p.finditer(masked)])
    masked = blank(masked, [(m.start(), m.end()) for m in _DURATION_RE.finditer(masked)])
    names_text = masked
    masked, worded = digits_for_words(masked)

    def written(start: int, end: int) -> str:
        """The claim as the sentence wrote it: a number spelled out is shown in words."""
        for ws, we in worded:
            if ws <= start < we or ws < end <= we:
                start, end = min(start, ws), max(end, we)
        return sentence[start:end]

    spans: list[tuple[int, int]] = []
    for money in find_money(masked):
        spans.append((money.start, money.end))
        meaning = money_meaning(masked, money.start, money.end)
        add("money", written(money.start, money.end), money.value, meaning, money.currency, money.precision)
    for match in _PERCENT_RE.finditer(masked):
        spans.append((match.start(), match.end()))
        number = to_decimal(match.group("n"))
        if number is not None:
            add("percent", written(match.start(), match.end()), _canon(number))
    for match in _MULTIPLE_RE.finditer(masked):
        spans.append((match.start(), match.end()))
        if match.group("n"):
            factor = Decimal(match.group("n"))
        else:
            word = (match.group("word") or match.group("fold") or "").casefold()
            factor = Decimal(next(v for k, v in _MULTIPLE_WORDS.items() if word.startswith(k)))
        add("multiple", written(match.start(), match.end()), factor)
    for date in find_dates(masked):
        if any(s <= date.start < e for s, e in spans):
            continue
        spans.append((date.start, date.end))
        add("date", written(date.start, date.end), (date.month, date.day, date.year))
    rest = blank(masked, spans)
    for match in MONTH_WORD_RE.finditer(rest):
        word = match.group("m")
        # "May" is also a verb and "Jan"/"Mar" are names; only unambiguous, capitalised month words count.
        ambiguous = word == "May" or (len(word) == 3 and not word.endswith("."))
        if not ambiguous and word[0].isupper():
            spans.append((match.start(), match.end()))
            add("month", word, MONTH_INDEX[word.rstrip(".").lower()])
    rest = blank(masked, spans)
    for match in _YEAR_RE.finditer(rest):
        spans.append((match.start(), match.end()))
        add("year", match.group(0), int(match.group(0)))
    rest = blank(masked, spans)
    for match in _NUMBER_RE.finditer(rest):
        number = to_decimal(match.group(0))
        if number is None:
            continue
        noun, upto = counted_noun(rest[match.end() : match.end() + 60])
        add("count" if noun else "number", written(match.start(), match.end() + upto).strip(), _canon(number), noun)

    # Names: capitalised runs outside what was already read.
    names_text = blank(names_text, spans)
    for run in capitalised_runs(names_text):
        if len(run) == 1 and len(run[0].text) == 1:
            # A lone initial names nothing that can be checked; it is what is left of a name the sentence splitter cut
            # at its full stop ("A. 0's $45M Series B", where "A. 0" is the account's own name).
            continue
        words = [t.text for t in run if not ignorable_word(t.text, t.sentence_start, extra)]
        if words:
            add("name", " ".join(t.text for t in run), tuple((t.text, t.sentence_start) for t in run))
    return tuple(out)
