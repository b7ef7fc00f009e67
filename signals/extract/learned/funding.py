"""A learned fallback beside the funding rules: read a round the rules found no parse for.

Two small linear models (pure-Python inference over `signals/data/funding_*.model.json`):

* the GATE, ``funding_gate``: P(the item announces a company's own funding round) from word 1-2
  grams of its first 80 words and char 3-5 grams of its headline (digits masked to 0);
* the COMPANY chooser, ``funding_company``: for every candidate name span (runs of capitalised
  tokens, 1-5 words, in the headline and the summary's first three sentences) P(this span is the
  company that raised), from the words around it, its shape, position and repetition.

`fallback` answers only when the rules had no parse at all (a rule's refusal - a listed company,
a secondary sale, a rumour - is never overridden), the gate says >= GATE_MIN, the best candidate
>= COMPANY_MIN, and the rules' own readers agree there is money or a round: the amount is the
first round-sized amount (`funding._amounts`, which skips valuations and revenue) and the round is
`funding._first_round` of that amount's sentence (else of the headline).

The gate is NOT used to veto the rules' answers: on the honest cross-validation it raised
precision but lowered F1 (see `--cv`), so it only guards the fallback.

    python -m signals.extract.learned.funding --train   # writes the two model files from dev rows
    python -m signals.extract.learned.funding --cv      # the honest GroupKFold table (needs oldpreds)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from signals.extract.learned import char_ngrams, load_model, word_ngrams, words

__all__ = ["COMPANY_MIN", "GATE_MIN", "Fallback", "candidates", "fallback", "gate_features", "gate_probability"]

GATE_MODEL = "funding_gate"
COMPANY_MODEL = "funding_company"
#: The fallback answers only when the gate is at least this sure the item announces a round ...
GATE_MIN = 0.8
#: ... and the best company candidate at least this.
COMPANY_MIN = 0.5
GATE_C = 1.0
COMPANY_C = 1.0
#: Text the models read (the rules read 4,000 characters; a round is told at the top).
_MAX_CHARS = 4000
_GATE_CHARS = 600
_CANDIDATE_SUMMARY_CHARS = 500

_DIGIT = re.compile(r"\d")


def gate_features(text: str) -> list[str]:
    """Word 1-2 grams of the first 80 words and char 3-5 grams of the headline, digits as 0."""
    masked = _DIGIT.sub("0", text[:_GATE_CHARS])
    head = masked.split("\n", 1)[0][:300]
    feats = word_ngrams(words(masked)[:80], 1, 2) + char_ngrams(head, 3, 5)
    if _MONEY_THEN_ROUND.search(head):
        feats.append("__money_then_round__")  # "EUR3.5 million Series A", "$12M seed round": one round of one size
    return feats


#: An amount followed at once by a round's name: the headline sizes one round.
_MONEY_THEN_ROUND = re.compile(
    r"[$\u20ac\u00a3\u00a5\u20b9]\s?0[0.,]*\s*(?:million|billion|mn|bn|m|b|k)?\s+(?:pre-seed|seed|series\s+[a-j]\b|growth\s+round)",
    re.I,
)


def gate_probability(text: str) -> float:
    return load_model(GATE_MODEL).probabilities(gate_features(text)).get("1", 0.0)


# --------------------------------------------------------------------------------------------
# Candidate company spans
# --------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W_](?:[\w.&'+\-\u2019]*[\w+])?|[$\u20ac\u00a3\u00a5\u20b9]|\S", re.UNICODE)
_CONNECT = frozenset("of a the de du la and & for on von van der y e do da".split())
#: Capitalised words that start a sentence but never a company name.
_STOP = frozenset(
    """the in on at after before during since earlier later meanwhile last this that these those its it his her
    their our we i a an as by for from with and but or so today yesterday tomorrow now also when while
    january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday series seed pre-seed round funding""".split()
)
_MONEYISH = re.compile(r"[$\u20ac\u00a3\u00a5\u20b9]|\b(?:usd|eur|rmb|million|billion|mn|m|bn)\b", re.I)
_POSSESSIVE = re.compile(r"['\u2019]s$")


def _nameish(token: str) -> bool:
    return bool(token) and (token[0].isupper() or token[0].isdigit() or any(c.isupper() for c in token[1:])) and any(
        c.isalpha() for c in token
    )


def _shape(token: str) -> str:
    return re.sub(r"[A-Z]+", "X", re.sub(r"[a-z]+", "x", re.sub(r"\d+", "0", token)))[:6]


def _mask(word: str) -> str:
    return _DIGIT.sub("0", word.lower())


def _prepare(text: str) -> tuple[str, str]:
    """(headline, summary) cleaned the way the rules clean them (entities, emoji, datelines out)."""
    from signals.extract import funding as rules
    from signals.text.money import written_as_digits

    decoded = rules._decode(written_as_digits(text[:_MAX_CHARS]))
    head, _, rest = decoded.lstrip().partition("\n")
    head = rules.strip_dateline(rules._clean(head))
    rest = rules.strip_dateline(rules._clean(rest.replace("\n", " ")))
    head = rules._PREAMBLE_RE.sub("", head, count=1)
    return head, rest


def _sentences(head: str, rest: str) -> list[str]:
    from signals.extract import funding as rules

    out = [head]
    if rest:
        out += rules._sentences(rest[:_CANDIDATE_SUMMARY_CHARS], limit=3)
    return out


def candidates(head: str, rest: str) -> list[tuple[str, list[str]]]:
    """Every candidate company span with its features: ``[(span, features)]``, in reading order."""
    sentences = _sentences(head, rest)
    full = " ".join(sentences).lower()
    out: list[tuple[str, list[str]]] = []
    seen: set[str] = set()
    for si, sentence in enumerate(sentences):
        toks: list[tuple[str, bool]] = []
        for m in _TOKEN.finditer(sentence):
            tok, poss = m.group(0), False
            if len(tok) > 2 and _POSSESSIVE.search(tok):
                tok, poss = tok[:-2], True
            toks.append((tok, poss))
        ws = [t for t, _ in toks]
        n = len(ws)
        for i in range(n):
            if not _nameish(ws[i]) or ws[i].lower() in _STOP:
                continue
            for j in range(i, min(n, i + 5)):
                w = ws[j]
                if j > i and toks[j - 1][1]:
                    break  # a possessive ends a name ("Rapido's $120M round")
                if not (_nameish(w) or (w.lower() in _CONNECT and j < n - 1)):
                    break
                if not _nameish(w):
                    continue
                span = " ".join(ws[i : j + 1])
                prev1 = _mask(ws[i - 1]) if i > 0 else "<s>"
                prev2 = _mask(ws[i - 2]) if i > 1 else "<s>"
                next1 = _mask(ws[j + 1]) if j + 1 < n else "</s>"
                next2 = _mask(ws[j + 2]) if j + 2 < n else "</s>"
                features = [
                    f"len:{min(j - i + 1, 4)}", f"sent:{min(si, 3)}", f"pos:{min(i, 6)}",
                    f"p1:{prev1}", f"p2:{prev2} {prev1}", f"n1:{next1}", f"n2:{next1} {next2}",
                    f"first:{ws[i].lower()}", f"last:{w.lower()}", f"suf:{w.lower()[-3:]}",
                    "shape:" + " ".join(_shape(x) for x in ws[i : j + 1][:3]),
                    f"poss:{toks[j][1]}",
                    f"lmax:{i == 0 or not _nameish(ws[i - 1])}",
                    f"rmax:{j + 1 >= n or not _nameish(ws[j + 1])}",
                    f"count:{min(full.count(span.lower()), 3)}",
                    f"sent_pos:{si}:{min(i, 3)}", f"p1n1:{prev1}|{next1}",
                    f"allcaps:{span.isupper()}",
                    f"money_after:{bool(_MONEYISH.search(' '.join(ws[j + 1 : j + 7])))}",
                    f"firstocc:{span.lower() not in seen}",
                ]
                out.append((span, features))
        seen.update(span.lower() for span, _ in out)
    return out


_HAD_RAISED = re.compile(
    r"^\W*(?:[\w,'\u2019-]+\s+){0,3}?had\s+(?:already\s+|previously\s+|earlier\s+|once\s+)?"
    r"(?:raised|secured|closed|received|landed|bagged|got|won)\b", re.I
)
#: "Meanwhile, Globex raised ...": a sentence that turns to another story than the item's own.
_OTHER_STORY = re.compile(r"^\W*(?:meanwhile|separately|elsewhere|in\s+other\s+news|also|similarly|likewise)\b", re.I)
_PAST_MARK = re.compile(r"\b(?:last|previous|prior)\s+year\b|\byears?\s+ago\b", re.I)


def _refused_by_rules(company: str, head: str, rest: str) -> str | None:
    """The rules' own no-round knowledge, applied to the learned reading: the reason, or None.

    A name the rules never take for a company (a round, a public body, a place, a generic word),
    and a sentence that tells a past round or a running total ("Back in 2019, ...", "in a 2017
    series C round", "had raised", "to date", "last year")."""
    from signals.extract import funding as rules

    if not rules._valid_company(company):
        return "not a company name"
    for sentence in _sentences(head, rest):
        # "X is in talks to raise $12M", "raised $12M ... and later filed for bankruptcy": the rules refuse
        # such a sentence wherever it stands, so the learned reading does too
        if company in sentence and (rules._RUMOUR_RE.search(sentence) or rules._DISTRESS_RE.search(sentence)):
            return "a rumour, talks or distress"
    for sentence in _sentences(head, rest):
        pos = sentence.find(company)
        if pos < 0:
            continue
        before, after = sentence[:pos], sentence[pos + len(company) :]
        if rules._PAST_TIME_RE.search(before) or rules._RUNNING_TOTAL_OPENING_RE.match(before):
            return "a past time"
        if _OTHER_STORY.match(before):
            return "another story"
        if _HAD_RAISED.match(after) or rules._YEAR_ROUND_RE.search(after) or rules._DATED_ROUND_RE.search(after):
            return "a past round"
        if rules._RUNNING_TOTAL_RE.match(after) or _PAST_MARK.search(sentence):
            return "a running total or a past round"
        return None
    return None


def _money_and_round(head: str, rest: str, company: str) -> tuple[float | None, str | None, str | None]:
    """The round-sized amount (the rules' reader, which skips valuations and revenue) and the round.

    The first sentence naming the company that also holds an amount is read first (its first
    amount, and the round named in it); otherwise the first amount in the text, and the round
    named in that amount's sentence or else in the headline."""
    from signals.extract import funding as rules

    for sentence in _sentences(head, rest):
        if company in sentence:
            found = rules._amounts(sentence)
            if found:
                return found[0][2], found[0][3], rules._first_round(sentence) or rules._first_round(head)
    plain = (head + " . " + rest)[:800]
    found = rules._amounts(plain)
    amount = currency = None
    sentence = head
    if found:
        start, end, amount, currency = found[0]
        a = plain.rfind(". ", 0, start)
        b = plain.find(". ", end)
        sentence = plain[a + 1 if a >= 0 else 0 : b if b >= 0 else len(plain)]
    round_ = rules._first_round(sentence) if sentence else None
    if round_ is None:
        round_ = rules._first_round(head)
    return amount, currency, round_


@dataclass(frozen=True, slots=True)
class Fallback:
    company: str
    round: str | None
    amount: float | None
    currency: str | None
    gate: float
    company_p: float
    #: True when the thresholds are met and no rule-side refusal applies.
    fires: bool
    #: True when no rule-side refusal applies and money or a round is named (the thresholds aside).
    admissible: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"company": self.company, "round": self.round, "amount": self.amount, "currency": self.currency}


def fallback(text: str, *, gate_model: Any = None, company_model: Any = None, full: bool = False) -> Fallback | None:
    """The learned reading of `text`, or None when it has no candidate company at all - or, unless
    `full`, when the gate is below GATE_MIN (most texts: the candidates are then not even scored).

    `fires` says whether it should be used (thresholds met, money or a round named, and none of the
    rules' refusals - question/rumour/IPO headline, listed company, secondary sale - applies)."""
    from signals.extract import funding as rules

    if not isinstance(text, str) or not text.strip():
        return None
    gate_model = gate_model or load_model(GATE_MODEL)
    company_model = company_model or load_model(COMPANY_MODEL)
    gate = gate_model.probabilities(gate_features(text)).get("1", 0.0)
    if gate < GATE_MIN and not full:
        return None
    head, rest = _prepare(text)
    if not head:
        return None
    cands = candidates(head, rest)
    if not cands:
        return None
    best_p, best = -1.0, ""
    for span, feats in cands:
        p = company_model.probabilities(feats).get("1", 0.0)
        if p > best_p:  # first best wins ties: reading order
            best_p, best = p, span
    amount, currency, round_ = _money_and_round(head, rest, best)
    plain = head + " " + rest
    admissible = (
        (amount is not None or round_ is not None)
        and not rules._rejected(head)
        and not rules._listed(best, plain)
        and not rules._person_subject(best, plain)
        and not rules._SECONDARY_SALE_RE.search(plain)
        and _refused_by_rules(best, head, rest) is None
    )
    fires = admissible and gate >= GATE_MIN and best_p >= COMPANY_MIN
    return Fallback(best, round_, amount, currency if amount is not None else None, gate, best_p, fires, admissible)


# --------------------------------------------------------------------------------------------
# Training and the honest cross-validation (scikit-learn; never imported at run time)
# --------------------------------------------------------------------------------------------


def _golden_rows() -> list[dict[str, Any]]:
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "golden" / "funding.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _fit_gate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    from signals.extract.learned import fit_linear

    return fit_linear(
        [gate_features(r["text"]) for r in rows],
        ["1" if r["expected"] is not None else "0" for r in rows],
        c=GATE_C,
        meta={"what": "funding gate: P(the item announces a company's own round)", "features": "w1-2 first 80 words + c3-5 headline"},
    )


def _fit_company(rows: list[dict[str, Any]]) -> dict[str, Any]:
    from signals.extract.learned import fit_linear
    from signals.extract.measure import _same_name

    samples, labels = [], []
    for r in rows:
        if r["expected"] is None:
            continue
        for span, feats in candidates(*_prepare(r["text"])):
            samples.append(feats)
            labels.append("1" if _same_name(r["expected"]["company"], span) else "0")
    return fit_linear(samples, labels, c=COMPANY_C, meta={"what": "funding company chooser: P(this span raised the round)"})


def train() -> None:
    from signals.extract.learned import LinearModel, dev_rows, write_model

    rows = dev_rows("funding") + _golden_rows()
    for name, data in ((GATE_MODEL, _fit_gate(rows)), (COMPANY_MODEL, _fit_company(rows))):
        path = write_model(name, data)
        LinearModel(data)
        print(f"wrote {path} ({path.stat().st_size / 1024:.0f} KB, {len(data['weights'])} weights)")
    from signals.extract.learned import reset_models

    reset_models()


def cross_validate(oldpreds: str = "/work/wt/_notes/oldpreds/funding.jsonl") -> None:
    """GroupKFold(5) by source over the rows added after the old rules (commit 619a0be): old rules
    alone vs combined with the learned parts, scored like measure.py."""
    import json
    from types import SimpleNamespace

    from sklearn.model_selection import GroupKFold

    from signals.extract.learned import LinearModel
    from signals.extract.measure import _funding_match

    rows = [json.loads(line) for line in open(oldpreds, encoding="utf-8")]
    older = [r for r in rows if r["in_X"]]
    post = [r for r in rows if not r["in_X"]]
    golden = _golden_rows()
    gates: list[float] = [0.0] * len(post)
    answers: list[Fallback | None] = [None] * len(post)
    for train_idx, test_idx in GroupKFold(n_splits=5).split(post, groups=[r["source"] for r in post]):
        train_rows = older + [post[i] for i in train_idx] + golden
        gate_model = LinearModel(_fit_gate(train_rows))
        company_model = LinearModel(_fit_company(train_rows))
        for i in test_idx:
            gates[i] = gate_model.probabilities(gate_features(post[i]["text"])).get("1", 0.0)
            answers[i] = fallback(post[i]["text"], gate_model=gate_model, company_model=company_model, full=True)

    def score(veto: float | None, use_fallback: bool, gate_min: float = GATE_MIN, company_min: float = COMPANY_MIN) -> str:
        tp = fp = fn = fired = 0
        for row, gate, fb in zip(post, gates, answers, strict=True):
            expected, found = row["expected"], row["old_found"]
            if found is not None and veto is not None and gate < veto:
                found = None
            elif (found is None and use_fallback and fb is not None and fb.admissible
                  and fb.gate >= gate_min and fb.company_p >= company_min):
                found, fired = fb.as_dict(), fired + 1
            if found is not None and expected is not None and _funding_match(expected, SimpleNamespace(**found)):
                tp += 1
                continue
            fp += found is not None
            fn += expected is not None
        p, r = tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return f"{tp:>5}{fp:>5}{fn:>5}{p:>8.3f}{r:>8.3f}{f1:>8.3f}{fired:>7}"

    print(f"post-X rows: {len(post)} ({sum(r['expected'] is not None for r in post)} rounds), 5 folds by source")
    print(f"{'policy':<44}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}{'fired':>7}")
    print(f"{'old rules alone':<44}{score(None, False)}")
    for veto in (0.05, 0.1, 0.2):
        print(f"{f'gate veto alone (P<{veto})':<44}{score(veto, False)}")
    print(f"{f'fallback alone (gate>={GATE_MIN}, company>={COMPANY_MIN})':<44}{score(None, True)}")
    print(f"{'gate veto 0.05 + fallback':<44}{score(0.05, True)}")
    print("the fallback's two thresholds, for comparison (shipped: the row above marked 'fallback alone'):")
    for gate_min, company_min in ((0.0, 0.5), (0.5, 0.5), (0.8, 0.3), (0.8, 0.7), (0.9, 0.5)):
        print(f"{f'  fallback gate>={gate_min}, company>={company_min}':<44}{score(None, True, gate_min, company_min)}")


if __name__ == "__main__":  # pragma: no cover - a maintainer's command
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--train", action="store_true", help="write the model files from the dev rows")
    parser.add_argument("--cv", action="store_true", help="print the honest cross-validation table")
    parser.add_argument("--oldpreds", default="/work/wt/_notes/oldpreds/funding.jsonl")
    args = parser.parse_args()
    if args.cv:
        cross_validate(args.oldpreds)
    if args.train:
        train()
    if not (args.cv or args.train):
        parser.print_help()
