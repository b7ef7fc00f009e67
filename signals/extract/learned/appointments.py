"""A learned span tagger beside the appointment rules (signals.extract.job_change).

A linear-chain CRF tags the first words of an item (headline and first sentences) with PERSON,
TITLE and COMPANY spans (BIO labels projected from the hand-labelled `dev` rows of
tests/fixtures/realworld/appointments.jsonl). Training uses python-crfsuite (the `test` extra);
its weights are written to `signals/data/appointments_tagger.model.json` and read back here in pure
Python (Viterbi and forward-backward over the JSON weights), so the installed agent needs neither.

How the extractor uses it (`signals.extract.job_change._learned`), three knobs chosen on the honest
cross-validation (`--cv`): where the rules' company holds a strictly shorter company the tagger tags
at least 0.5 sure, that one replaces it (`repair_company`: "Aurora, Colo.-based UCHealth" ->
"UCHealth"); where the tagger tags another company at least 0.5 sure and reads the rules' one as a
company at most 0.2 sure, its company replaces the rules' (`override_company`: "In Baltimore, the
University of Maryland Medical System has appointed ..."); where no rule reads the item, the tagger's answer is taken when all three spans are at
least 0.5 sure, the person passes the extractor's person check, is not told leaving or replaced, and
the text has a move word (`fallback`), at confidence 0.55.

    python -m signals.extract.learned.appointments --train   # writes the model from ALL dev rows
    python -m signals.extract.learned.appointments --cv      # the honest cross-validation table
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from signals.extract.learned import DATA_DIR

__all__ = ["Span", "Spans", "Tagger", "fallback", "load_tagger", "override_company", "repair_company", "tag", "tokens"]

FORMAT = "outrider-crf/1"
MODEL_NAME = "appointments_tagger"
#: Only this much of an item is read (the headline and its first sentences).
MAX_CHARS = 1200
MAX_TOKENS = 90
LABELS = ("O", "B-P", "I-P", "B-T", "I-T", "B-C", "I-C")

_TOKEN = re.compile(r"[^\W_]+(?:['’](?![sS]\b)[^\W_]+)*|['’][sS]\b|[^\w\s]", re.UNICODE)
_TAG = re.compile(r"<[^<>]{0,400}>")


# --------------------------------------------------------------------------------------------
# Tokens and features (the same code at training and at run time)
# --------------------------------------------------------------------------------------------


def _prepare(text: str) -> str:
    """Markup blanked out (offsets kept), cut to MAX_CHARS."""
    text = text[:MAX_CHARS]
    return _TAG.sub(lambda m: " " * len(m.group(0)), text)


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) over the prepared text; at most MAX_TOKENS."""
    out = []
    for m in _TOKEN.finditer(_prepare(text)):
        out.append((m.group(0), m.start(), m.end()))
        if len(out) >= MAX_TOKENS:
            break
    return out


@lru_cache(maxsize=1)
def _given() -> frozenset[str]:
    path = DATA_DIR / "given_names.txt"
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            names.add(_fold(line))
    return frozenset(names)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def _shape(word: str) -> str:
    s = re.sub(r"[A-Z]", "X", word)
    s = re.sub(r"[a-z]", "x", s)
    s = re.sub(r"\d", "d", s)
    s = re.sub(r"[^\W\d_]", "x", s)  # other letters
    return re.sub(r"(.)\1+", r"\1\1", s)


_TITLEISH = re.compile(
    r"(?:ceo|cfo|coo|cto|cmo|cio|cro|cpo|chro|cso|president|vp|svp|evp|chief|officer|director|head|manager|chair|"
    r"chairman|chairwoman|chairperson|partner|principal|executive|lead|founder|dean|editor|secretary|treasurer|"
    r"counsel|general|vice|senior|managing|interim|acting|commissioner|coach|superintendent)"
)
_MOVE = re.compile(
    r"(?:appoints?|appointed|appointment|names?|named|hires?|hired|promotes?|promoted|taps?|tapped|joins?|joined|"
    r"welcomes?|welcomed|selects?|selected|elevates?|elevated|adds?|added|picks?|picked|recruits?|recruited|"
    r"succeeds?|succeeded|becomes?|became|takes?|took|confirmed|announced|announces)"
)


def _word_features(word: str) -> list[str]:
    low = word.casefold()
    f = [f"w={low}", f"sh={_shape(word)}", f"p3={low[:3]}", f"s3={low[-3:]}"]
    if word[:1].isupper():
        f.append("cap")
    if word.isupper() and len(word) > 1:
        f.append("upper")
    if not word[:1].isalnum():
        f.append("punct")
    if word[:1].isupper() and _fold(word) in _given():
        f.append("given")
    if _TITLEISH.fullmatch(low):
        f.append("titleish")
    if _MOVE.fullmatch(low):
        f.append("move")
    return f


def features(toks: list[tuple[str, int, int]]) -> list[list[str]]:
    words = [t[0] for t in toks]
    base = [_word_features(w) for w in words]
    out = []
    n = len(words)
    for i in range(n):
        f = ["bias", *base[i]]
        if i == 0:
            f.append("BOS")
        if i == n - 1:
            f.append("EOS")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                low = words[j].casefold()
                f.append(f"{d}:w={low}")
                f.append(f"{d}:sh={_shape(words[j])}")
                if d in (-1, 1):
                    f.extend(f"{d}:{x}" for x in base[j] if x in ("given", "titleish", "move", "cap"))
            else:
                f.append(f"{d}:none")
        if i > 0:
            f.append(f"-1|0:{words[i - 1].casefold()}|{words[i].casefold()}")
        if i + 1 < n:
            f.append(f"0|1:{words[i].casefold()}|{words[i + 1].casefold()}")
        out.append(f)
    return out


# --------------------------------------------------------------------------------------------
# Run time: a first-order CRF read from JSON
# --------------------------------------------------------------------------------------------


class Tagger:
    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != FORMAT:
            raise ValueError(f"not an {FORMAT} model file (format {data.get('format')!r})")
        self.labels: list[str] = list(data["labels"])
        self.transitions: list[list[float]] = [[float(x) for x in row] for row in data["transitions"]]
        self.state: dict[str, list[tuple[int, float]]] = {
            attr: [(int(i), float(w)) for i, w in pairs] for attr, pairs in data["state"].items()
        }
        self.meta: dict[str, Any] = dict(data.get("meta") or {})

    def _scores(self, feats: list[list[str]]) -> list[list[float]]:
        k = len(self.labels)
        out = []
        for f in feats:
            row = [0.0] * k
            for attr in f:
                for i, w in self.state.get(attr, ()):
                    row[i] += w
            out.append(row)
        return out

    def marginals(self, feats: list[list[str]]) -> tuple[list[str], list[list[float]]]:
        """The Viterbi labels and each position's label marginals."""
        if not feats:
            return [], []
        s = self._scores(feats)
        k, n, t = len(self.labels), len(s), self.transitions
        # Viterbi
        best = list(s[0])
        back: list[list[int]] = []
        for i in range(1, n):
            row, ptr = [], []
            for b in range(k):
                a = max(range(k), key=lambda a: best[a] + t[a][b])
                ptr.append(a)
                row.append(best[a] + t[a][b] + s[i][b])
            best = row
            back.append(ptr)
        last = max(range(k), key=best.__getitem__)
        path = [last]
        for ptr in reversed(back):
            path.append(ptr[path[-1]])
        path.reverse()

        # forward-backward in log space
        def lse(xs: list[float]) -> float:
            m = max(xs)
            return m + math.log(sum(math.exp(x - m) for x in xs))

        alpha = [list(s[0])]
        for i in range(1, n):
            prev = alpha[-1]
            alpha.append([lse([prev[a] + t[a][b] for a in range(k)]) + s[i][b] for b in range(k)])
        beta = [[0.0] * k for _ in range(n)]
        for i in range(n - 2, -1, -1):
            beta[i] = [lse([t[a][b] + s[i + 1][b] + beta[i + 1][b] for b in range(k)]) for a in range(k)]
        z = lse(alpha[-1])
        marg = [[math.exp(alpha[i][a] + beta[i][a] - z) for a in range(k)] for i in range(n)]
        return [self.labels[i] for i in path], marg


def load_tagger(path: str | None = None) -> Tagger:
    """The tagger (read once); a missing or damaged file raises ModelUnavailable, logged once."""
    from signals.extract.learned import load_file

    return load_file(Path(path) if path else DATA_DIR / f"{MODEL_NAME}.model.json", Tagger, what="appointment extraction")


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int
    #: the mean marginal of the span's labels
    p: float


@dataclass(frozen=True)
class Spans:
    person: Span | None
    title: Span | None
    company: Span | None
    #: every span of each kind, best first
    all: dict[str, list[Span]]
    #: the tokens read (token, start, end) and each one's label marginals (in the tagger's label order)
    tokens: tuple[tuple[str, int, int], ...] = ()
    marginals: tuple[tuple[float, ...], ...] = ()
    labels: tuple[str, ...] = LABELS

    #: the text the spans were read from (markup blanked out)
    text: str = ""

    def text_after(self, span: Span, n: int = 12) -> str:
        return self.text[span.end:span.end + n]

    def support(self, value: str, kind: str) -> float | None:
        """How sure the tagger is that the first occurrence of `value` is a span of `kind` ("P", "T",
        "C"): the mean marginal of its tokens' B-/I- labels; None if `value` is not among the tokens."""
        if not value or not self.tokens:
            return None
        words = [t[0].casefold() for t in self.tokens]
        want = [m.group(0).casefold() for m in _TOKEN.finditer(value)]
        if not want:
            return None
        b, i = self.labels.index(f"B-{kind}"), self.labels.index(f"I-{kind}")
        for start in range(len(words) - len(want) + 1):
            if words[start:start + len(want)] == want:
                probs = [self.marginals[start][b]] + [self.marginals[x][i] for x in range(start + 1, start + len(want))]
                return sum(probs) / len(probs)
        return None


def tag(text: str, tagger: Tagger | None = None) -> Spans:
    """The tagger's best PERSON, TITLE and COMPANY span in `text` (each None when it tags none)."""
    tagger = tagger or load_tagger()
    prepared = _prepare(text) if isinstance(text, str) else ""
    toks = tokens(prepared)
    labels, marg = tagger.marginals(features(toks))
    index = {name: i for i, name in enumerate(tagger.labels)}
    found: dict[str, list[Span]] = {"P": [], "T": [], "C": []}
    i = 0
    while i < len(labels):
        lab = labels[i]
        if lab == "O":
            i += 1
            continue
        kind = lab[2:]
        j = i + 1
        while j < len(labels) and labels[j] == f"I-{kind}":
            j += 1
        probs = [marg[i][index[f"B-{kind}"]]] + [marg[x][index[f"I-{kind}"]] for x in range(i + 1, j)]
        start, end = toks[i][1], toks[j - 1][2]
        found[kind].append(Span(prepared[start:end], start, end, sum(probs) / len(probs)))
        i = j
    for spans in found.values():
        spans.sort(key=lambda s: -s.p)
    first = {k: (v[0] if v else None) for k, v in found.items()}
    return Spans(first["P"], first["T"], first["C"], found, tuple(toks), tuple(tuple(m) for m in marg), tuple(tagger.labels),
                 prepared)


# --------------------------------------------------------------------------------------------
# The combination with the rules (few knobs, chosen on the honest cross-validation)
# --------------------------------------------------------------------------------------------

#: A fallback answer needs every span at least this sure.
FALLBACK_MIN_P = 0.5
#: A repaired company needs the tagger's span at least this sure.
REPAIR_MIN_P = 0.5


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w&'+.\- ]", " ", unicodedata.normalize("NFKC", s).casefold()).split()).strip(" .,'-")


def repair_company(company: str, spans: Spans, min_p: float = REPAIR_MIN_P) -> str | None:
    """The tagger's company when it is a strictly shorter part of the rules' one ("Aurora, Colo.-based
    UCHealth" -> "UCHealth"), tagged at least `min_p` sure; else None (keep the rules' company)."""
    c = spans.company
    if c is None or c.p < min_p:
        return None
    got, rules = _norm(c.text), _norm(company)
    if not got or got == rules or len(got) < 2:
        return None
    text = c.text.strip(" ,;:")
    if not text[-1:].isalnum() or text.split()[-1].casefold() in _CONNECTORS:
        return None  # "Barnes &" of "Barnes & Noble Education": a cut name, not a shorter one
    core = re.sub(r"^the\s+", "", rules)
    core = re.sub(rf"(?:[\s,]+(?:{_LEGAL}))+$", "", core).strip(" .,")
    if got == core or got == re.sub(r"^the\s+", "", core):
        return None  # "Acme" of "Acme Inc.", "Financial Times" of "The Financial Times": the same name, kept whole
    # "Acme" of "Acme School of Medicine", "Acme Museum of Art": the rules' name goes on in capitals (or "of"/"&" and
    # capitals) after the shorter one, so it is a cut name, not a shorter one
    whole = " ".join(unicodedata.normalize("NFKC", company).split())
    if re.search(rf"(?i:(?:^|\s){re.escape(got)})\s+(?:(?i:of|for|and|&|de|du|la)\s+)?(?!(?i:{_LEGAL})\b)[A-Z][a-z]", whole):
        return None  # (a legal form, "Acme Corp.", or a title, "Twitter CEO Jack Dorsey", does not go on with the name)
    # "Microsoft's CEO, Satya Nadella" holds "Microsoft"; "Dunkin's Corp" is a name of its own
    if re.search(rf"(?:^|\s){re.escape(got)}(?:$|\s|'s\b(?!\s+(?:{_LEGAL})\b))", rules):
        return text
    return None


#: The rules' company is replaced outright when the tagger reads it as a company at most this sure.
OVERRIDE_MAX_SUPPORT = 0.2


def _abbreviates(short: str, name: str) -> bool:
    letters = [c for c in short if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return False
    initials = [w[0] for w in re.findall(r"[^\W\d_]+", name) if w[0].isupper()]
    return letters == initials or (initials[:1] == ["T"] and name.lower().startswith("the ") and letters == initials[1:])


_PAST_EMPLOYER_BEFORE = re.compile(
    r"\b(?:served|serving|was|worked|working|former|formerly|previously|currently|ex|most\s+recently|left|leaves|leaving)"
    r"\b[^.;]{0,20}$", re.I)
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday".split())


def override_company(company: str, spans: Spans, min_p: float = REPAIR_MIN_P,
                     max_support: float = OVERRIDE_MAX_SUPPORT, person: str | None = None) -> str | None:
    """The tagger's company in place of the rules' one when the tagger tags its own company at least
    `min_p` sure and reads the rules' company as a company at most `max_support` ("In Baltimore, the
    University of Maryland Medical System has appointed ..." read by the rules as 'In Baltimore'),
    unless it is the same name (longer, shorter, abbreviated), a cut name or the `person`; else None."""
    c = spans.company
    if c is None or c.p < min_p:
        return None
    text = c.text.strip(" ,;:")
    if not text or "\n" in text or _norm(text) == _norm(company) or not text[-1:].isalnum() \
            or text.split()[-1].casefold() in _CONNECTORS:
        return None
    got, rules = _norm(text), _norm(company)
    if got in rules or rules in got:
        return None  # one holds the other: "Dunkin" of "Dunkin's Corp" is the same company
    if _abbreviates(text, company) or _abbreviates(company, text):
        return None  # "NL&FS" of "Northwind Leasing & Financial Services": its abbreviation
    following = re.match(r"[ \t]+([A-Z][\w&'’.\-]*)", spans.text_after(c, 30))
    if following and not _TITLEISH.fullmatch(following.group(1).casefold().rstrip(".")) \
            and following.group(1).casefold() not in _DAYS:
        return None  # "USA" of "USA TODAY": a cut name
    if person and (_norm(person) in got or got in _norm(person)):
        return None  # the person read as the company
    if _PAST_EMPLOYER_BEFORE.search(spans.text[max(0, c.start - 40):c.start]):
        return None  # "who served as USA TODAY's interim editor": where the person was, not where they go
    support = spans.support(company, "C")
    if support is None or support > max_support:
        return None
    return text


_LEGAL = r"inc|corp|corporation|ltd|limited|llc|llp|l\.p|lp|plc|co|company|ag|sa|se|nv|bv|gmbh|s\.a|pty|pte"


_CONNECTORS = frozenset({"&", "and", "of", "the", "for", "at", "in", "-", "+"})
#: The person leaves the post ("Jane Doe resigned as CEO of Acme", "Jane Doe will step away from her role as CEO").
_LEAVES_AFTER = re.compile(
    r"^[\s,]*(?:[^.;]{0,40}?\b)?(?:resign\w*|retir\w*|depart\w*|step(?:s|ped|ping)?\s+(?:down|away|aside)|"
    r"leav\w*|left\b|exit\w*|quit\w*|(?:was|were|has\s+been|had\s+been)\s+(?:fired|ousted|dismissed|removed)|"
    r"dies|died|recently\s+appointed|said|says|talks|speaks|discusses|explains|shares|"
    r"announc\w+\s+(?:on\s+\w+\s+|today\s+|yesterday\s+|\w+day\s+)?that)", re.I)
#: A past move, a past role or an extension, told anywhere in the item ("joined Acme as CFO in 2015", "who most
#: recently served as CMO at Globex", "has extended the appointment of ...").
_NOT_NEWS = re.compile(
    r"\b(?:in|since)\s+(?:19|20)\d\d\b|\b(?:most\s+recently|previously|formerly)\s+(?:served|was|worked|held)\b|"
    r"\bextend\w*\s+(?:the|his|her|their)\s+(?:appointment|contract|term|tenure)", re.I)
#: The person is the one replaced ("replaces Mr. Clement Mshana", "to succeed Chairman Sean Lance").
_REPLACED_BEFORE = re.compile(
    r"\b(?:replac\w*|succeed\w*|in\s+place\s+of|instead\s+of|predecessor|outgoing|former|departing|retiring)"
    r"\s+(?:[\w.]+\s+){0,2}$", re.I)

#: An appointment is told with a move word somewhere near the top ("named", "joins", "takes over", "new").
_MOVE_WORD = re.compile(
    r"\b(?:appoint\w*|nam(?:e|es|ed|ing)|hir(?:e|es|ed|ing)|promot\w*|tap(?:s|ped)?|join\w*|welcom\w*|select\w*|"
    r"elevat\w*|recruit\w*|succeed\w*|succession|successor|becom\w*|became|tak\w+\s+(?:over|charge|up)|"
    r"took\s+(?:over|charge|up)|elect\w*|chos\w+|pick\w*|install\w*|assum\w*|mov\w+\s+(?:to|up)|new|next|"
    r"replac\w*|confirm\w*|brought|bring\w*|lands?|step\w*\s+(?:up|in)|will\s+(?:lead|head|serve|become)|"
    r"to\s+(?:lead|head|become|serve))\b", re.I)

#: "Acme names Roe to top research job": the headline names whom it is about.
_NAMED_IN_HEADLINE = re.compile(
    r"\b(?:names?|named|appoints?|appointed|hires?|hired|taps?|tapped|promotes?|promoted|picks?|welcomes?)\s+"
    r"(?P<w>[A-Z][\w'’\-]+)")
_NOT_A_NAME = frozenset({"new", "its", "former", "ex", "veteran", "industry", "a", "the", "interim", "acting"})


def _split_ok(text: str, spans: Spans) -> bool:
    """Spans split between the headline and the summary ("Acme ships version 5\nSeparately, Beta named
    Jane Doe CFO") count only when the headline tells a move, and not of someone else ("Acme names
    Roe ...\nMary Major will be promoted ...")."""
    parts = [s for s in (spans.person, spans.title, spans.company) if s is not None]
    lines = {text.count("\n", 0, s.start) for s in parts}
    if len(lines) == 1 or 0 not in lines:
        return True
    head = text.split("\n", 1)[0]
    if not _MOVE_WORD.search(head):
        return False
    named = _NAMED_IN_HEADLINE.search(head)
    if named and spans.person is not None:
        word = named.group("w").casefold()
        if word not in spans.person.text.casefold() and word not in _NOT_A_NAME and not _TITLEISH.fullmatch(word):
            return False
    return True


#: The title is the one held before ("Professor Jane Doe, currently senior vice-principal at ...").
_PAST_TITLE_BEFORE = re.compile(r"\b(?:currently|formerly|previously|former|ex|most\s+recently|until\s+now)[\s,-]+(?:the\s+)?$", re.I)


def _other_role(text: str, span: Span, title: Span | None = None) -> bool:
    """Does the text tell the tagged person leaving, or being the one replaced, or the title as the one
    held before?"""
    after = text[span.end:span.end + 80]
    before = text[max(0, span.start - 40):span.start]
    if title is not None and _PAST_TITLE_BEFORE.search(text[max(0, title.start - 30):title.start]):
        return True
    return bool(_LEAVES_AFTER.match(after) or _REPLACED_BEFORE.search(before))


def _descriptor(text: str, person: Span, title: Span, company: Span) -> bool:
    """Are the company (and title) the person's present post, told to say who the person is? "Acme CEO Jane Doe
    agrees to join Globex" (company, title and name in a row, opening a line; or "Acme's Jane Doe") or "Jane Doe, president of Acme's
    rail unit, has been elected chairman" (the company inside the person's appositive)."""
    if company.end <= title.start and title.end <= person.start:
        gap1, gap2 = text[company.end:title.start], text[title.end:person.start]
        line_start = text.rfind("\n", 0, company.start) + 1
        if re.fullmatch(r"(?:['\u2019]s)?\s+", gap1) and re.fullmatch(r"\s+", gap2) and not text[line_start:company.start].strip():
            return True
    if re.match(rf"['\u2019]s\s+{re.escape(person.text)}", text[company.end:]):
        return True  # "Acme's Jane Doe joins Globex": the possessive names the person's present employer
    if person.end <= company.start:
        return re.fullmatch(r",\s+(?:the\s+)?[^,]{0,60}?\b(?:of|at|with)\s+(?:the\s+)?", text[person.end:company.start]) is not None
    return False


#: A company span opening with a conjunction is a clause's start ("Because of ...", "After ..."); prepositions are
#: left alone, names start with them ("In-N-Out", "On Semiconductor").
_FUNCTION_START = re.compile(
    r"(?:because|after|following|despite|since|while|when|amid|although|though|if|once|until|during)\s", re.I)


def fallback(spans: Spans, person_ok: Any = None, min_p: float = FALLBACK_MIN_P,
             text: str | None = None) -> tuple[str, str, str] | None:
    """(person, title, company) when all three spans are tagged at least `min_p` sure, the person
    passes `person_ok` (the extractor's own person check) and, given `text`, is not told leaving or
    replaced, the text has a move word and tells no past move or extension, and spans split between the
    headline and the summary agree with the headline; else None."""
    p, t, c = spans.person, spans.title, spans.company
    if p is None or t is None or c is None:
        return None
    if min(p.p, t.p, c.p) < min_p:
        return None
    if text is not None:
        prepared = _prepare(text)
        if _other_role(prepared, p, t) or not _MOVE_WORD.search(prepared[:500]) or _NOT_NEWS.search(prepared[:500]) \
                or not _split_ok(prepared, spans) or _descriptor(prepared, p, t, c):
            return None
    if spans.text and re.search(r"\bby\s+(?:(?:Gov|Governor|Sen|Senator|Rep|Mayor|President|Premier|Minister|Chancellor|Dr|Mr|Ms|Mrs|"
                                r"Prof)\.?\s+)?$", spans.text[max(0, p.start - 30):p.start]):
        return None  # "he had been tapped by Gov. Jane Doe to lead ...": the one who appoints, not the appointee
    if any(x.start > 0 and (spans.text[x.start - 1].isalnum() or spans.text[x.start - 1] in "-'’")
           for x in (p, t, c) if spans.text):
        return None  # "executive director" of "non-executive director": a span starting inside a word
    person, title, company = p.text.strip(" ,;:"), t.text.strip(" ,;:"), c.text.strip(" ,;:")
    if not person or not title or not company or _norm(person) == _norm(company):
        return None
    if _FUNCTION_START.match(company):
        return None  # "Because of Neichel": a clause's opening words, not a company
    if re.search(r"['\u2019]s$", company) and re.match(r"\s+(?-i:[a-z])", spans.text_after(c, 20)) \
            and not re.match(r"\s+(?:has|have|had|announced|announces|named|names|appointed|appoints|hired|hires|said|says|"
                             r"promoted|promotes|selected|selects|welcomed|welcomes|taps|tapped)\b", spans.text_after(c, 20)):
        company = company[:-2].rstrip()  # "Acme's governing board named ...": the possessive belongs to the noun after it
    if any("\n" in x for x in (person, title, company)):
        return None  # a span across the headline and the summary
    if person_ok is not None and not person_ok(person):
        return None
    return person, title, company


# --------------------------------------------------------------------------------------------
# Training (python-crfsuite; never imported at run time)
# --------------------------------------------------------------------------------------------


def _occurrences(text: str, value: str) -> list[tuple[int, int]]:
    if not value:
        return []
    out = []
    pattern = re.compile(rf"(?<!\w){re.escape(value)}(?!\w)", re.I)
    for m in pattern.finditer(text):
        out.append((m.start(), m.end()))
    return out


def bio(text: str, expected: dict[str, Any] | None) -> list[str] | None:
    """BIO labels for the tokens of `text` from the labelled strings; None if one cannot be found."""
    prepared = _prepare(text)
    toks = tokens(prepared)
    labels = ["O"] * len(toks)
    if expected is None:
        return labels
    limit = toks[-1][2] if toks else 0

    def spans_of(value: Any) -> list[tuple[int, int]]:
        values = value if isinstance(value, list) else [value]
        hits = []
        for v in values:
            hits.extend(_occurrences(prepared[:limit], str(v or "")))
        return hits

    person = spans_of(expected.get("person"))
    if not person:
        return None
    anchor = person[0]
    chosen = {"P": anchor}
    for kind, key in (("T", "title"), ("C", "company")):
        hits = [h for h in spans_of(expected.get(key)) if h[1] <= anchor[0] or h[0] >= anchor[1]]
        if not hits:
            return None
        # the occurrence nearest the person; the longest of those that tie
        chosen[kind] = min(hits, key=lambda h: (min(abs(h[0] - anchor[1]), abs(anchor[0] - h[1])), -(h[1] - h[0])))
    taken = [None] * len(toks)
    for kind, (start, end) in chosen.items():
        inside = [i for i, (_, s, e) in enumerate(toks) if s >= start and e <= end]
        if not inside or any(taken[i] for i in inside):
            return None
        for n, i in enumerate(inside):
            taken[i] = kind
            labels[i] = ("B-" if n == 0 else "I-") + kind
    return labels


def train(rows: list[dict[str, Any]], *, c1: float = 0.05, c2: float = 0.05, iterations: int = 150,
          min_weight: float = 0.02, negatives: bool = False) -> dict[str, Any]:
    import tempfile

    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    used = 0
    for row in rows:
        if row["expected"] is None and not negatives:
            continue
        labels = bio(row["text"], row["expected"])
        if labels is None or not labels:
            continue
        trainer.append(features(tokens(row["text"])), labels)
        used += 1
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "m.crfsuite")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        tagger.close()
    labels = list(LABELS)
    index = {lab: i for i, lab in enumerate(labels)}
    trans = [[0.0] * len(labels) for _ in labels]
    for (a, b), w in info.transitions.items():
        trans[index[a]][index[b]] = round(float(w), 4)
    state: dict[str, list[list[float]]] = {}
    for (attr, lab), w in info.state_features.items():
        if abs(w) >= min_weight:
            state.setdefault(attr, []).append([index[lab], round(float(w), 4)])
    state = {k: sorted(v) for k, v in sorted(state.items())}
    return {
        "format": FORMAT,
        "labels": labels,
        "transitions": trans,
        "state": state,
        "meta": {"c1": c1, "c2": c2, "iterations": iterations, "min_weight": min_weight, "sequences": used,
                 "max_tokens": MAX_TOKENS},
    }


def _golden_rows() -> list[dict[str, Any]]:
    path = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "golden" / "appointments.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def training_rows() -> list[dict[str, Any]]:
    from signals.extract.learned import dev_rows

    return [*dev_rows("appointments"), *_golden_rows()]


# --------------------------------------------------------------------------------------------
# The honest cross-validation (the notes' protocol)
# --------------------------------------------------------------------------------------------


def _person_ok(person: str) -> bool:
    from signals.extract import job_change as J

    return J._has_given_name(person) and not J._ORG_WORD.search(person)


class _Found:
    def __init__(self, person: str, title: str, company: str) -> None:
        self.person, self.title, self.company = person, title, company


def _gate_features(text: str) -> list[str]:
    from signals.extract.learned import char_ngrams, word_ngrams, words

    head = text[:400]
    return word_ngrams(words(head), 1, 2) + char_ngrams(head, 3, 5)


def cv_predictions(oldpreds: Path, folds: int = 5) -> list[tuple[dict[str, Any], Spans, float]]:
    """Every post-X row with the spans of a tagger trained without its fold (GroupKFold by source), and
    the P(appointment) of an n-gram gate trained the same way (measured only; the gate is not shipped)."""
    from sklearn.model_selection import GroupKFold

    from signals.extract.learned import LinearModel, fit_linear

    rows = [json.loads(line) for line in oldpreds.read_text(encoding="utf-8").splitlines() if line.strip()]
    before = [r for r in rows if r["in_X"]]
    after = [r for r in rows if not r["in_X"]]
    out: list[tuple[dict[str, Any], Spans, float]] = []
    split = GroupKFold(n_splits=folds).split(after, groups=[r["source"] for r in after])
    for train_idx, test_idx in split:
        rows_in = [*before, *[after[i] for i in train_idx], *_golden_rows()]
        tagger = Tagger(train(rows_in))
        gate = LinearModel(fit_linear([_gate_features(r["text"]) for r in rows_in],
                                      ["yes" if r["expected"] else "no" for r in rows_in], c=1.0))
        for i in test_idx:
            row = after[i]
            out.append((row, tag(row["text"], tagger), gate.probabilities(_gate_features(row["text"]))["yes"]))
    return out


def combine_found(old: dict[str, Any] | None, spans: Spans, text: str, *, repair: float | None,
                  fall: float | None, override: float | None = None) -> _Found | None:
    """The shipped combination on the old rules' answer `old`: the company repaired or overridden, or
    the fallback."""
    if old is not None:
        company = old["company"]
        if repair is not None:
            company = repair_company(company, spans, repair) or company
        if override is not None and company == old["company"]:
            company = override_company(company, spans, repair or REPAIR_MIN_P, override, old["person"]) or company
        return _Found(old["person"], old["title"], company)
    if fall is not None:
        got = fallback(spans, _person_ok, fall, text)
        return _Found(*got) if got else None
    return None


def _as_wired(row: dict[str, Any], spans: Spans) -> _Found | None:
    """`combine_found` with the checks job_change._learned adds (they are the current rules' own, tuned on
    all dev rows, so this line is a little less honest than the others)."""
    from signals.extract import job_change as J

    found = combine_found(row["old_found"], spans, row["text"], repair=REPAIR_MIN_P, fall=FALLBACK_MIN_P,
                          override=OVERRIDE_MAX_SUPPORT)
    if found is None or row["old_found"] is not None:
        return found
    decoded = J._decode(row["text"])
    title = J._title(found.title)
    if title is None or J._refused(J._recase(J._clean(decoded.lstrip().partition("\n")[0]))):
        return None
    gated = J._gate((found.person, title[0], found.company, title[1]), J._clean(decoded))
    return _Found(*gated[:3]) if gated else None


def score(pairs: list[tuple[dict[str, Any], Any]]) -> tuple[int, int, int]:
    from signals.extract.measure import _appointment_match

    tp = fp = fn = 0
    for expected, found in pairs:
        if found is not None and expected is not None and _appointment_match(expected, found):
            tp += 1
            continue
        fp += found is not None
        fn += expected is not None
    return tp, fp, fn


def _line(name: str, tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{name:<52}{tp:>5}{fp:>5}{fn:>5}{p:>8.3f}{r:>8.3f}{f:>8.3f}"


def run_cv(oldpreds: Path) -> None:
    preds = cv_predictions(oldpreds)

    def show(name: str, pick: Any) -> None:
        print(_line(name, *score([(row["expected"], pick(row, spans, gate)) for row, spans, gate in preds])))

    def old(row: dict[str, Any]) -> _Found | None:
        o = row["old_found"]
        return _Found(o["person"], o["title"], o["company"]) if o else None

    def alone(spans: Spans, text: str, m: float) -> _Found | None:
        got = fallback(spans, _person_ok, m, text)
        return _Found(*got) if got else None

    print(f"{'post-X rows: ' + str(len(preds)):<52}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}")
    show("old rules alone", lambda r, s, g: old(r))
    for t in (0.05, 0.1, 0.2):
        show(f"gate alone: old rules vetoed when P(appt) < {t}", lambda r, s, g: old(r) if g >= t else None)
    for m in (0.0, 0.5, 0.8):
        show(f"tagger alone (spans >= {m})", lambda r, s, g: alone(s, r["text"], m))
    show("old rules + company repair (>= 0.5)", lambda r, s, g: combine_found(r["old_found"], s, r["text"], repair=0.5, fall=None))
    show("old rules + repair + override (support <= 0.2)",
         lambda r, s, g: combine_found(r["old_found"], s, r["text"], repair=0.5, fall=None, override=0.2))
    show("old rules + fallback (>= 0.5)", lambda r, s, g: combine_found(r["old_found"], s, r["text"], repair=None, fall=0.5))
    show("old rules + repair (>= 0.5) + fallback (>= 0.5)",
         lambda r, s, g: combine_found(r["old_found"], s, r["text"], repair=0.5, fall=0.5))
    for repair, fall, override in ((0.5, 0.5, 0.2), (0.5, 0.5, 0.1), (0.5, 0.5, 0.3), (0.5, 0.7, 0.2), (0.8, 0.8, 0.2)):
        show(f"SHIPPED: repair {repair} + override {override} + fallback {fall}" if (repair, fall, override) == (0.5, 0.5, 0.2)
             else f"  repair {repair} + override {override} + fallback {fall}",
             lambda r, s, g: combine_found(r["old_found"], s, r["text"], repair=repair, fall=fall, override=override))
    show("... as wired (+ the extractor's title/refusal/_gate checks)", lambda r, s, g: _as_wired(r, s))
    show("... + fallback only when gate P(appt) >= 0.3",
         lambda r, s, g: combine_found(r["old_found"], s, r["text"], repair=0.5, fall=0.5 if g >= 0.3 else None, override=0.2))
    show("... + old rules vetoed when gate P(appt) < 0.1",
         lambda r, s, g: combine_found(r["old_found"] if g >= 0.1 else None, s, r["text"], repair=0.5,
                                       fall=0.5 if g >= 0.1 else None, override=0.2))


def _main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m signals.extract.learned.appointments")
    parser.add_argument("--train", action="store_true", help="write the tagger from all dev rows (and the golden file)")
    parser.add_argument("--cv", action="store_true", help="the honest cross-validation table (needs the notes' oldpreds file)")
    parser.add_argument("--oldpreds", default="/work/wt/_notes/oldpreds/appointments.jsonl")
    args = parser.parse_args(argv)
    if args.train:
        data = train(training_rows())
        path = DATA_DIR / f"{MODEL_NAME}.model.json"
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB, {len(data['state'])} attributes, "
              f"{data['meta']['sequences']} sequences)")
    if args.cv:
        run_cv(Path(args.oldpreds))
    if not (args.train or args.cv):
        parser.print_help()
    return 0


if __name__ == "__main__":
    raise SystemExit(_main())
