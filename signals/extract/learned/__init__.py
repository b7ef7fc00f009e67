"""Small learned models beside the extraction rules: one linear model format, one trainer.

The rules in `signals.extract` are exact on the text they were written for and fall off on text of
a new shape (a new wire, a new country's careers site). A linear model over n-gram features,
trained on the hand-labelled `dev` rows of tests/fixtures/realworld, generalises more smoothly; each
extractor decides how the two are combined (see the extractor's own `learned` module).

* Inference is pure Python over a JSON file in `signals/data/` (no numpy or scikit-learn at run
  time), so the installed agent stays small and starts fast.
* Training uses scikit-learn (the `test` extra) and is deterministic: the same rows give the same
  file. Only `dev` rows are ever read for training; the held-out `test` part stays unseen.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

__all__ = [
    "DATA_DIR",
    "FORMAT",
    "LinearModel",
    "ModelUnavailable",
    "char_ngrams",
    "dev_rows",
    "enabled",
    "fit_linear",
    "load_file",
    "load_model",
    "normalise",
    "reset_models",
    "word_ngrams",
    "words",
    "write_model",
]

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
FORMAT = "outrider-linear/1"

_WORD = re.compile(r"[^\W_]+(?:['’.&+-][^\W_]+)*", re.UNICODE)


def normalise(text: str) -> str:
    """NFKC, case-folded, accents kept (they carry language), whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def words(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


def char_ngrams(text: str, low: int = 2, high: int = 5, prefix: str = "c") -> list[str]:
    """Character n-grams inside word boundaries (scikit-learn's `char_wb` shape): '<sa', 'sal', ..."""
    out: list[str] = []
    for word in words(text):
        padded = f" {word} "
        for n in range(low, high + 1):
            if len(padded) < n:
                break
            out.extend(f"{prefix}:{padded[i:i + n]}" for i in range(len(padded) - n + 1))
    return out


def word_ngrams(tokens: Sequence[str], low: int = 1, high: int = 2, prefix: str = "w") -> list[str]:
    out: list[str] = []
    for n in range(low, high + 1):
        out.extend(f"{prefix}:{' '.join(tokens[i:i + n])}" for i in range(len(tokens) - n + 1))
    return out


#: Which extractors consult their learned model: a comma list of names, "all", or 0/off/none.
SWITCH = "OUTRIDER_EXTRACT_LEARNED"
#: The extractors whose model earned its place on text nobody had seen (tests/fixtures/realworld/LEARNED.md):
#: the appointment tagger lowered precision on round 6's fresh items against today's rules, so it is opt-in.
DEFAULT_ON = frozenset({"funding", "titles"})
KNOWN = frozenset({"funding", "appointments", "titles"})


def enabled(extractor: str) -> bool:
    """Whether `extractor` (funding, appointments, titles) consults its learned model.

    ``OUTRIDER_EXTRACT_LEARNED`` unset: funding and titles. ``all``: every one. ``0``/``off``/``none``:
    rules alone. A list (``funding,appointments``): those. An unknown name in the list is ignored."""
    raw = os.environ.get(SWITCH)
    if raw is None or not raw.strip():
        return extractor in DEFAULT_ON
    value = raw.strip().casefold()
    if value in {"0", "false", "off", "no", "none"}:
        return False
    if value in {"1", "true", "on", "yes", "default"}:
        return extractor in DEFAULT_ON
    if value == "all":
        return True
    return extractor in {part.strip() for part in value.split(",")}


class LinearModel:
    """A multinomial (or binary) logistic model over named features, read from its JSON file.

    ``{"format", "classes", "bias": [..], "weights": {feature: [w per class]}, "meta": {..}}``;
    a binary model has one weight per feature (the positive class is ``classes[1]``)."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != FORMAT:
            raise ValueError(f"not an {FORMAT} model file (format {data.get('format')!r})")
        self.classes: list[str] = list(data["classes"])
        self.bias: list[float] = [float(b) for b in data["bias"]]
        self.weights: dict[str, list[float]] = {k: [float(x) for x in v] for k, v in data["weights"].items()}
        self.meta: dict[str, Any] = dict(data.get("meta") or {})
        self.binary = len(self.bias) == 1

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """Class -> probability. Repeated features count as often as they occur (term counts)."""
        logits = list(self.bias)
        for feature in features:
            w = self.weights.get(feature)
            if w is not None:
                for i, value in enumerate(w):
                    logits[i] += value
        if self.binary:
            p = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, logits[0]))))
            return {self.classes[0]: 1.0 - p, self.classes[1]: p}
        top = max(logits)
        exps = [math.exp(v - top) for v in logits]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def predict(self, features: Iterable[str]) -> tuple[str, float]:
        probs = self.probabilities(features)
        best = max(probs, key=probs.__getitem__)
        return best, probs[best]


class ModelUnavailable(ValueError):
    """A shipped model file that is missing or cannot be read; the extractors then answer by rules alone."""


_log = logging.getLogger(__name__)
T = TypeVar("T")


#: Loaded models by file, and files that failed to load with the reason: each file is read once per
#: process, so a feed of thousands of items neither re-reads a good file nor a broken one.
_LOADED: dict[str, Any] = {}
_LOCK = threading.Lock()


def load_file(path: Path, build: Callable[[dict[str, Any]], T], *, what: str = "extraction") -> T:
    """`build(json of path)`, read once. A missing or damaged file (I/O, JSON, shape) raises
    ModelUnavailable: once with a logged warning, then at once on every later call."""
    key = str(path)
    with _LOCK:
        if key not in _LOADED:
            try:
                _LOADED[key] = build(json.loads(path.read_text(encoding="utf-8")))
            except Exception as exc:  # noqa: BLE001 - any unreadable file means rules alone
                detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else f"{type(exc).__name__}: {exc}"
                _LOADED[key] = ModelUnavailable(
                    f"the learned model {path} cannot be read ({detail}); {what} goes on by its rules alone - "
                    "reinstall outrider or retrain the model")
                _log.warning("%s", _LOADED[key])
        found = _LOADED[key]
    if isinstance(found, ModelUnavailable):
        raise ModelUnavailable(str(found))
    return found


def load_model(name: str) -> LinearModel:
    """The shipped model `signals/data/<name>.model.json` (read once; see load_file)."""
    return load_file(DATA_DIR / f"{name}.model.json", LinearModel)


def reset_models() -> None:
    """Forget loaded and unreadable models (after training writes new files)."""
    with _LOCK:
        _LOADED.clear()


def dev_rows(set_name: str, directory: Path | None = None) -> list[dict[str, Any]]:
    """The `dev` rows of a real-world set; `test` rows are dropped unread (never train on them)."""
    from signals.extract.measure import SETS, load_set

    root = directory or Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "realworld"
    return [r for r in load_set(root / SETS[set_name]) if r.get("part") == "dev"]


def fit_linear(
    samples: Sequence[Sequence[str]],
    labels: Sequence[str],
    *,
    c: float = 1.0,
    min_count: int = 2,
    digits: int = 4,
    min_weight: float = 0.0,
    meta: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Train a logistic model (scikit-learn, lbfgs, deterministic) and return its JSON-ready dict.

    Features seen in fewer than `min_count` samples are dropped; weights are rounded to `digits`
    and zero weights left out, which keeps the file small; a feature whose largest weight is under `min_weight` says
    too little to keep (round 16: the title model stays under its 2 MB bound as the dev titles grow)."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:  # pragma: no cover - the test extra installs it
        raise RuntimeError("training needs scikit-learn: pip install -e '.[test]'") from exc

    seen: dict[str, int] = {}
    for feats in samples:
        for f in set(feats):
            seen[f] = seen.get(f, 0) + 1
    keep = {f for f, n in seen.items() if n >= min_count}
    dicts = []
    for feats in samples:
        d: dict[str, float] = {}
        for f in feats:
            if f in keep:
                d[f] = d.get(f, 0.0) + 1.0
        dicts.append(d)
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform(dicts)
    model = LogisticRegression(C=c, max_iter=3000, solver="lbfgs")
    model.fit(x, list(labels))
    classes = [str(k) for k in model.classes_]
    names = vec.get_feature_names_out()
    coef = model.coef_
    weights: dict[str, list[float]] = {}
    for j, name in enumerate(names):
        column = [_weight(coef[i, j], digits) for i in range(coef.shape[0])]
        if any(column) and max(abs(w) for w in column) >= min_weight:
            weights[str(name)] = column
    return {
        "format": FORMAT,
        "classes": classes,
        "bias": [_weight(b, digits) for b in model.intercept_],
        "weights": dict(sorted(weights.items())),
        "meta": {"c": c, "min_count": min_count, "samples": len(samples), **(meta or {})},
    }


def _weight(value: Any, digits: int) -> float | int:
    """A weight rounded to `digits` decimals; one that rounds to zero is written "0", not "-0.0"
    (round 12: a third of the title model's weights are such zeros, and the file stays under its
    2 MB bound as the dev titles grow; no answer moves)."""
    rounded = round(float(value), digits)
    return 0 if rounded == 0 else rounded


def write_model(name: str, data: dict[str, Any]) -> Path:
    path = DATA_DIR / f"{name}.model.json"
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n", encoding="utf-8")
    return path
