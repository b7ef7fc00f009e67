"""The shared learned-model core: feature helpers, the JSON model format, the trainer and dev_rows."""

from __future__ import annotations

import json
import math

import pytest

from signals.extract.learned import (
    FORMAT,
    LinearModel,
    char_ngrams,
    dev_rows,
    fit_linear,
    normalise,
    word_ngrams,
    words,
)


def test_normalise_and_words_keep_accents_and_joined_words() -> None:
    assert normalise("  Chargé  de\tCLIENTÈLE ") == "chargé de clientèle"
    assert words("Sr. Sales-Ops Manager (F/H)") == ["sr", "sales-ops", "manager", "f", "h"]
    assert words("") == []


def test_char_ngrams_stay_inside_words() -> None:
    grams = char_ngrams("ab cd", 2, 3)
    assert "c: a" in grams and "c:ab " in grams and "c:cd " in grams
    assert not any("b c" in g for g in grams)  # never across a word boundary


def test_word_ngrams() -> None:
    assert word_ngrams(["vp", "of", "sales"], 1, 2) == ["w:vp", "w:of", "w:sales", "w:vp of", "w:of sales"]


def test_linear_model_multiclass_and_binary() -> None:
    multi = LinearModel({"format": FORMAT, "classes": ["a", "b", "c"], "bias": [0, 0, 0],
                         "weights": {"x": [2.0, 0.0, 0.0]}})
    probs = multi.probabilities(["x", "unknown"])
    assert math.isclose(sum(probs.values()), 1.0)
    assert multi.predict(["x"])[0] == "a"
    assert multi.predict([])[1] == pytest.approx(1 / 3)
    binary = LinearModel({"format": FORMAT, "classes": ["no", "yes"], "bias": [0.0], "weights": {"y": [1e9]}})
    assert binary.probabilities(["y"])["yes"] == pytest.approx(1.0)  # no overflow on a huge logit
    assert binary.probabilities([])["yes"] == pytest.approx(0.5)


def test_a_file_of_another_format_is_refused_with_its_format() -> None:
    with pytest.raises(ValueError, match="format 'other/9'"):
        LinearModel({"format": "other/9", "classes": [], "bias": [], "weights": {}})


def test_fit_linear_learns_a_separable_toy_set_and_is_deterministic() -> None:
    samples = [["w:sales", "w:rep"], ["w:sales", "w:lead"], ["w:java", "w:dev"], ["w:java", "w:lead"]] * 3
    labels = ["sales", "sales", "engineering", "engineering"] * 3
    first = fit_linear(samples, labels, c=10.0)
    second = fit_linear(samples, labels, c=10.0)
    assert json.dumps(first) == json.dumps(second)
    model = LinearModel(first)
    assert model.predict(["w:sales"])[0] == "sales"
    assert model.predict(["w:java"])[0] == "engineering"
    assert first["meta"]["samples"] == 12


def test_dev_rows_never_hold_a_test_row() -> None:
    rows = dev_rows("titles")
    assert rows and all(r["part"] == "dev" for r in rows)


@pytest.mark.parametrize(
    ("value", "on"),
    [
        (None, {"funding", "titles"}),
        ("", {"funding", "titles"}),
        ("1", {"funding", "titles"}),
        ("all", {"funding", "titles", "appointments"}),
        ("0", set()),
        (" Off ", set()),
        ("none", set()),
        ("appointments, titles", {"appointments", "titles"}),
        ("funding,nonsense", {"funding"}),
    ],
)
def test_one_switch_says_which_extractors_use_their_model(monkeypatch, value, on) -> None:
    from signals.extract import learned

    if value is None:
        monkeypatch.delenv(learned.SWITCH, raising=False)
    else:
        monkeypatch.setenv(learned.SWITCH, value)
    assert {name for name in learned.KNOWN if learned.enabled(name)} == on
