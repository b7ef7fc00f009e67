"""Precision and recall of the extractors on hand-labelled real-world sets (JSON Lines).

One place scores funding, appointments and job titles, so the CI test, `benchmarks/extraction.py`
and `outrider eval extract` print the same numbers. A set is a file of
``{"text", "expected", "part", "source"}`` rows (see tests/fixtures/realworld/README.md);
`expected` is None when the text announces nothing.

How an answer counts (strict, because a wrong company in a draft is the worst mistake):

* funding: a true positive needs the same company (any of the listed spellings), the same round,
  and the same amount (within 0.5%) and currency; any other answer is a false positive, and a
  missed or wrong answer is also a false negative;
* appointments: the same person and company, and a title that equals or contains the expected one;
* titles: function and seniority both right (accuracy; each is also reported alone).

Besides every answer, the funding and appointment scores count the answers the pipeline would draft
from: those at or above `DRAFT_CONFIDENCE` (the default `drafting.min_confidence`). An answer below
it is recorded for a person to check, not written to (see agent/pipeline.py), so "drafted
precision" is the precision a rep sees in the queue; precision and recall count every answer.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["DRAFT_CONFIDENCE", "PartScore", "SetError", "load_set", "score_directory", "format_table", "failures", "near_duplicates", "score_rows", "SETS"]

#: The sets a directory of real-world fixtures holds, by extractor.
SETS: dict[str, str] = {
    "funding": "funding.jsonl",
    "appointments": "appointments.jsonl",
    "titles": "titles.jsonl",
}


#: Answers under this confidence are recorded for review, not drafted (drafting.min_confidence's default).
DRAFT_CONFIDENCE = 0.6


class SetError(ValueError):
    """A set file that cannot be read; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class PartScore:
    extractor: str
    part: str
    items: int
    positives: int
    tp: int
    fp: int
    fn: int
    #: For titles: function-only and seniority-only accuracy.
    function_accuracy: float | None = None
    seniority_accuracy: float | None = None
    #: Funding and appointments: right and wrong answers at or above DRAFT_CONFIDENCE.
    drafted_tp: int | None = None
    drafted_fp: int | None = None

    @property
    def drafted_precision(self) -> float | None:
        if self.drafted_tp is None or self.drafted_fp is None:
            return None
        answered = self.drafted_tp + self.drafted_fp
        return self.drafted_tp / answered if answered else 1.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "extractor": self.extractor,
            "part": self.part,
            "items": self.items,
            "positives": self.positives,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "function_accuracy": self.function_accuracy,
            "seniority_accuracy": self.seniority_accuracy,
            "drafted_tp": self.drafted_tp,
            "drafted_fp": self.drafted_fp,
            "drafted_precision": None if self.drafted_precision is None else round(self.drafted_precision, 4),
        }


def load_set(path: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SetError(f"cannot read {path}: {exc.strerror or exc}") from None
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SetError(f"{path.name} line {lineno}: not JSON ({exc.msg})") from None
        if not isinstance(row, dict) or "text" not in row or "expected" not in row or "source" not in row:
            raise SetError(f"{path.name} line {lineno}: a row needs text, expected and source")
        rows.append(row)
    return rows


def _norm(value: Any) -> str:
    text = unicodedata.normalize("NFKC", str(value or "")).casefold()
    text = text.replace("\u2019", "'")
    text = " ".join(re.sub(r"[^\w&'+.\- ]", " ", text).split()).strip(" .,'-")
    return text[4:] if text.startswith("the ") else text  # "The European Commission" is its name too


def _same_name(expected: Any, found: str | None) -> bool:
    names = expected if isinstance(expected, list) else [expected]
    return found is not None and _norm(found) in {_norm(n) for n in names}


def _same_amount(expected: Any, found: Any) -> bool:
    if expected is None or found is None:
        return expected is None and found is None
    return abs(float(found) - float(expected)) <= 0.005 * float(expected)


def _funding_match(expected: dict[str, Any], found: Any) -> bool:
    return (
        _same_name(expected["company"], found.company)
        and expected.get("round") == found.round
        and _same_amount(expected.get("amount"), found.amount)
        and (expected.get("amount") is None or expected.get("currency") == found.currency)
    )


def _appointment_match(expected: dict[str, Any], found: Any) -> bool:
    if not (_same_name(expected["person"], found.person) and _same_name(expected["company"], found.company)):
        return False
    got = _norm(found.title)
    titles = expected["title"] if isinstance(expected["title"], list) else [expected["title"]]
    # A list gives the spellings a reader may fairly cut ("president/Co-CEO", "Co-CEO"): any one of them will do.
    return any(want and (want == got or want in got or got in want) for want in map(_norm, titles))


def _score_pairs(
    name: str,
    rows: list[dict[str, Any]],
    explain: Callable[[str], Any],
    match: Callable[[dict[str, Any], Any], bool],
) -> list[PartScore]:
    counts: dict[str, list[int]] = {}
    for row in rows:
        part = str(row.get("part") or "all")
        tally = counts.setdefault(part, [0, 0, 0, 0, 0, 0, 0])  # items, positives, tp, fp, fn, drafted tp, drafted fp
        expected = row["expected"]
        found, confidence = _answer(explain(row["text"]))
        drafted = found is not None and confidence >= DRAFT_CONFIDENCE
        tally[0] += 1
        if expected is not None:
            tally[1] += 1
        if found is not None and expected is not None and match(expected, found):
            tally[2] += 1
            tally[5] += drafted
            continue
        if found is not None:
            tally[3] += 1
            tally[6] += drafted
        if expected is not None:
            tally[4] += 1
    return [PartScore(name, part, *t[:5], drafted_tp=t[5], drafted_fp=t[6]) for part, t in sorted(counts.items())]


def _answer(decision: Any) -> tuple[Any, float]:
    """(the round or appointment, its confidence) of an explain_* decision; (None, 0) for none."""
    if decision is None:
        return None, 0.0
    found = getattr(decision, "round", None) or getattr(decision, "appointment", None)
    return found, float(decision.confidence)


def _score_titles(rows: list[dict[str, Any]]) -> list[PartScore]:
    from signals.extract.roles import classify_title

    counts: dict[str, list[int]] = {}
    for row in rows:
        part = str(row.get("part") or "all")
        tally = counts.setdefault(part, [0, 0, 0, 0])  # items, both right, function right, seniority right
        found = classify_title(row["text"])
        want = row["expected"]
        ok_f = found.function == want["function"]
        ok_s = found.seniority == want["seniority"]
        tally[0] += 1
        tally[1] += ok_f and ok_s
        tally[2] += ok_f
        tally[3] += ok_s
    out = []
    for part, (items, both, ok_f, ok_s) in sorted(counts.items()):
        # A title is always answered: a wrong answer is both a false positive and a false negative.
        out.append(
            PartScore("titles", part, items, items, both, items - both, items - both,
                      function_accuracy=round(ok_f / items, 4) if items else None,
                      seniority_accuracy=round(ok_s / items, 4) if items else None)
        )
    return out


def _extractor(name: str) -> tuple[Callable[[str], Any], Callable[[dict[str, Any], Any], bool]]:
    if name == "funding":
        from signals.extract.funding import explain_funding

        return explain_funding, _funding_match
    if name == "appointments":
        from signals.extract.job_change import explain_appointment

        return explain_appointment, _appointment_match
    raise SetError(f"no extractor is called {name!r}; known: {', '.join(SETS)}")


def failures(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every row the extractor gets wrong: ``{"text", "expected", "found"}`` (found None = nothing read).

    For a team's own labelled items, or a set's `dev` part while tuning; reading the `test` part's
    failures makes it a second dev part (see tests/fixtures/realworld/README.md)."""
    wrong: list[dict[str, Any]] = []
    if name == "titles":
        from signals.extract.roles import classify_title

        for row in rows:
            got = classify_title(row["text"])
            want = row["expected"]
            if (got.function, got.seniority) != (want["function"], want["seniority"]):
                wrong.append({"text": row["text"], "expected": want,
                              "found": {"function": got.function, "seniority": got.seniority}})
        return wrong
    explain, match = _extractor(name)
    for row in rows:
        got, confidence = _answer(explain(row["text"]))
        want = row["expected"]
        if (got is None and want is None) or (got is not None and want is not None and match(want, got)):
            continue
        found = None if got is None else {**got.model_dump(), "confidence": round(confidence, 2)}
        wrong.append({"text": row["text"], "expected": want, "found": found})
    return wrong


def near_duplicates(texts: Iterable[str], directory: Path, cutoff: float = 88.0) -> list[tuple[str, str, float]]:
    """Candidate texts that are (nearly) a row of a set in `directory` already: ``(text, part, score)``.

    Only the part is reported, never the row, so a held-out row stays unread. Token-set similarity
    (rapidfuzz) at `cutoff`; a short title inside a longer row scores 100, so titles flag generously."""
    from rapidfuzz import fuzz, process

    rows: list[dict[str, Any]] = []
    for filename in SETS.values():
        if (directory / filename).exists():
            rows.extend(load_set(directory / filename))
    known = [r["text"].casefold() for r in rows]
    hits = []
    for text in texts:
        hit = process.extractOne(text.casefold(), known, scorer=fuzz.token_set_ratio, score_cutoff=cutoff)
        if hit is not None:
            hits.append((text, str(rows[hit[2]].get("part") or "?"), float(hit[1])))
    return hits


def score_rows(name: str, rows: list[dict[str, Any]]) -> list[PartScore]:
    """Scores of one extractor over rows, one per part (dev, test) plus "all"."""
    if name == "titles":
        parts = _score_titles(rows)
    else:
        parts = _score_pairs(name, rows, *_extractor(name))
    return [*parts, _total(name, parts)] if len(parts) > 1 else parts


def _total(name: str, parts: Iterable[PartScore]) -> PartScore:
    parts = list(parts)
    items = sum(p.items for p in parts)

    def mean(attr: str) -> float | None:
        values = [(getattr(p, attr), p.items) for p in parts if getattr(p, attr) is not None]
        return round(sum(v * n for v, n in values) / items, 4) if values and items else None

    def total(attr: str) -> int | None:
        values = [getattr(p, attr) for p in parts]
        return None if any(v is None for v in values) else sum(values)

    return PartScore(
        name, "all", items, sum(p.positives for p in parts), sum(p.tp for p in parts),
        sum(p.fp for p in parts), sum(p.fn for p in parts),
        function_accuracy=mean("function_accuracy"), seniority_accuracy=mean("seniority_accuracy"),
        drafted_tp=total("drafted_tp"), drafted_fp=total("drafted_fp"),
    )


def score_directory(directory: Path) -> list[PartScore]:
    """Every set found in `directory` (a set that is missing is skipped), scored per part."""
    scores: list[PartScore] = []
    for name, filename in SETS.items():
        path = directory / filename
        if path.exists():
            scores.extend(score_rows(name, load_set(path)))
    if not scores:
        raise SetError(f"no evaluation sets ({', '.join(SETS.values())}) in {directory}")
    return scores


def format_table(scores: Iterable[PartScore]) -> str:
    """A plain-text table: extractor, part, items, precision, recall, F1 (and title accuracies)."""
    header = f"{'extractor':<13}{'part':<8}{'items':>6}{'pos':>6}{'tp':>5}{'fp':>5}{'fn':>5}" \
             f"{'precision':>11}{'recall':>8}{'F1':>7}{'function':>10}{'seniority':>10}{'drafted P':>13}"
    lines = [header, "-" * len(header)]
    for s in scores:
        fa = f"{s.function_accuracy:.3f}" if s.function_accuracy is not None else "-"
        sa = f"{s.seniority_accuracy:.3f}" if s.seniority_accuracy is not None else "-"
        dp = s.drafted_precision
        drafted = f"{dp:.3f} ({s.drafted_tp + s.drafted_fp})" if dp is not None else "-"
        lines.append(
            f"{s.extractor:<13}{s.part:<8}{s.items:>6}{s.positives:>6}{s.tp:>5}{s.fp:>5}{s.fn:>5}"
            f"{s.precision:>11.3f}{s.recall:>8.3f}{s.f1:>7.3f}{fa:>10}{sa:>10}{drafted:>13}"
        )
    lines.append(f"drafted P: precision of the answers at confidence >= {DRAFT_CONFIDENCE} (drafted; the rest "
                 "are recorded for review), with their count")
    return "\n".join(lines)
