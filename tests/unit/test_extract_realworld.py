"""The extractors on hand-labelled real-world sets (tests/fixtures/realworld/): a drop below a floor fails.

Floors are the issue's targets where the extractor meets them, otherwise the value measured when
the floor was set (see the README there): precision first, because a wrong company in a funding
draft is the worst mistake. The held-out `test` part is scored and gated too, never tuned on.
"""

from __future__ import annotations

import json

import pytest

from signals.extract.measure import SETS, PartScore, load_set, score_directory, score_rows
from tests.conftest import FIXTURES

REALWORLD = FIXTURES / "realworld"

#: (extractor, part) -> (precision floor, recall floor). Targets: funding 0.97/0.90,
#: appointments 0.95/0.90, titles 0.93 accuracy (precision = recall = accuracy for titles).
FLOORS: dict[tuple[str, str], tuple[float, float]] = {
    ("funding", "dev"): (0.97, 0.90),  # both targets met (measured 1.000 / 0.950, round 6; 0.992 / 0.946 on 2,890 items, round 7)
    # Recall below target: floor = measured (0.736 after round 3, 0.755 after round 4, 0.774 after
    # round 6). Precision over every answer is 0.932 after round 6: the learned fallback (round 6)
    # found one more round and gave two wrong answers, both at confidence 0.55, which the pipeline
    # records for review and never drafts; the precision of what is drafted stays at the target
    # (DRAFTED_FLOORS). The fallback was kept on the fresh batches' evidence, decided before this
    # part was measured (tests/fixtures/realworld/LEARNED.md). Round 7: 0.953 / 0.774 (one of the two
    # review-only answers gone; the rules alone answer 40 with no wrong one). Unchanged after rounds 8 and 9.
    # Round 10: 0.976 / 0.774 (41 right, 1 wrong: the fallback, retrained with 62 more dev items, gives one
    # wrong review-only answer fewer; the rules alone still 1.000 / 0.755): the precision target is met, so
    # its floor is the target.
    # Round 11: 0.955 / 0.792 (42 right, 2 wrong). The rules alone answer 41 with no wrong one (1.000 / 0.774, one more
    # right than round 10); the fallback, retrained with the 232 news texts of rounds 10 and 11 (decided before this
    # part was measured, as in rounds 6 and 10), finds one more round and gives two wrong answers, both review-only
    # (0.55), so drafted precision stays 1.000. Precision is below its target again: floor = measured, and the model
    # was not switched back after seeing this part (that would tune on it; ROUND11.md).
    # Round 15: 0.977 / 0.792 (42 right, 1 wrong, measured once at the end): one wrong review-only answer fewer, from the
    # fallback retrained on the round's dev rows; the precision target is met again, so its floor is the target.
    # Round 17: 0.955 / 0.792 (42 right, 2 wrong; drafted 1.000 over 41). The rules alone answer 41 with no wrong one
    # (1.000 / 0.774, as in rounds 11 to 16); the fallback, retrained on the round's 210 more news texts, finds the same
    # extra round and gives a second wrong review-only answer (0.55). Precision is below its target again: floor =
    # measured, and the model was not changed after seeing this part (that would tune on it).
    # Round 18: 0.977 / 0.811 (43 right, 1 wrong, measured once at the end; drafted 1.000 over 41). The rules alone are
    # unchanged (1.000 / 0.774); the fallback, retrained on the round's 135 more news texts, finds two rounds the rules
    # miss and gives one wrong review-only answer. The precision target is met again, so its floor is the target.
    # Round 19: 0.956 / 0.811 (43 right, 2 wrong, measured once at the end; drafted 1.000 over 41). The rules alone are
    # unchanged (1.000 / 0.774); the fallback, retrained on the round's 264 more news texts, finds the same two rounds
    # and gives a second wrong review-only answer (0.55), as in round 17. Precision is below its target again: floor =
    # measured, and the model was not changed after seeing this part (that would tune on it).
    ("funding", "test"): (0.95, 0.81),
    ("appointments", "dev"): (0.95, 0.90),  # both targets met (0.997 / 0.901 round 6, 0.995 / 0.903 round 7, rules alone)
    # Below the recall target: floor = measured (19 moves; 0.714 / 0.526 after round 2, 0.800 / 0.632
    # after round 3, 0.824 / 0.737 after round 4, 0.941 / 0.842 after rounds 6, 7, 8, 9 and 10). Round 11: 1.000 / 0.895
    # (17 right, none wrong): the precision target is met, so its floor is the target; recall floor = measured.
    ("appointments", "test"): (0.95, 0.89),
    ("titles", "dev"): (0.93, 0.93),  # target met (measured 0.975, round 6; 0.977, round 7)
    # Below target: floor = measured (0.857 after round 3, 0.886 after round 4, 0.899 after rounds 6 to 8,
    # 0.890 after round 9: 211 of 237, two fewer, measured once at the end and not tuned on; ROUND9.md;
    # unchanged after rounds 10 and 11). Round 15: 0.895 (212 of 237; the rules alone 211). Round 16: 0.890 (211 of 237,
    # the rules' own answers; the title model retrained on 166 more dev titles and cut under its 2 MB bound no longer
    # adds round 15's one), measured once at the end and not tuned on. Rounds 17 to 19: 0.890 (211 of 237).
    ("titles", "test"): (0.89, 0.89),
}

#: (extractor, part) -> floor for the precision of the answers the pipeline drafts from (confidence
#: >= DRAFT_CONFIDENCE); the rest are recorded for a person to check.
DRAFTED_FLOORS: dict[tuple[str, str], float] = {
    ("funding", "dev"): 0.97,  # measured 1.000 (407 answers), round 6; 0.996 (570 answers), round 7
    ("funding", "test"): 0.97,  # measured 0.976 (41 answers), round 6; 1.000 (40 answers), round 7; 1.000 (41), round 11
    ("appointments", "dev"): 0.95,  # measured 0.997 (301 answers), round 6; 0.995 (364 answers), round 7
    # below target until round 10 (0.933, 15 answers, rounds 6 to 10); round 11: 1.000 (15 answers), so the target
    ("appointments", "test"): 0.95,
}


@pytest.fixture(scope="module")
def scores() -> dict[tuple[str, str], PartScore]:
    return {(s.extractor, s.part): s for s in score_directory(REALWORLD)}


@pytest.mark.parametrize(("key", "floor"), sorted(FLOORS.items()))
def test_scores_stay_above_their_floor(scores: dict, key: tuple[str, str], floor: tuple[float, float]) -> None:
    score = scores[key]
    assert score.precision >= floor[0], f"{key}: precision {score.precision:.3f} < {floor[0]}"
    assert score.recall >= floor[1], f"{key}: recall {score.recall:.3f} < {floor[1]}"


@pytest.mark.parametrize(("key", "floor"), sorted(DRAFTED_FLOORS.items()))
def test_drafted_precision_stays_above_its_floor(scores: dict, key: tuple[str, str], floor: float) -> None:
    score = scores[key]
    assert score.drafted_precision is not None and score.drafted_precision >= floor, (
        f"{key}: drafted precision {score.drafted_precision} < {floor}")


@pytest.mark.parametrize("name", list(SETS))
def test_each_set_is_big_enough_hard_enough_and_has_provenance(name: str) -> None:
    rows = load_set(REALWORLD / SETS[name])
    minimum = {"funding": 300, "appointments": 150, "titles": 300}[name]
    assert len(rows) >= minimum
    hard = [r for r in rows if r["expected"] is None or r.get("hard_negative")]
    assert len(hard) >= 0.4 * len(rows)
    assert all(r["source"].strip() for r in rows)
    assert {r["part"] for r in rows} == {"dev", "test"}
    assert len({r["text"] for r in rows}) == len(rows), "an item appears twice"


def test_sets_are_kept_apart_from_the_golden_files() -> None:
    golden = set()
    for path in (FIXTURES / "golden").glob("*.jsonl"):
        golden |= {json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    for name in SETS:
        texts = {r["text"] for r in load_set(REALWORLD / SETS[name])}
        assert not texts & golden, f"{name}: items shared with the golden files"


def test_a_wrong_company_counts_against_precision_and_recall() -> None:
    rows = [
        {"text": "Acme raises $5M seed round", "expected": {"company": "Beta", "round": "seed",
         "amount": 5e6, "currency": "USD"}, "part": "dev", "source": "made up for this test"},
        {"text": "Acme raises $5M seed round", "expected": None, "part": "dev", "source": "made up"},
    ]
    [score] = score_rows("funding", rows)
    assert (score.tp, score.fp, score.fn) == (0, 2, 1)
    assert score.precision == 0.0 and score.recall == 0.0


def test_a_broken_set_file_names_the_line(tmp_path) -> None:
    (tmp_path / "funding.jsonl").write_text('{"text": "x", "expected": null, "source": "s"}\nnot json\n')
    with pytest.raises(ValueError, match="funding.jsonl line 2"):
        score_directory(tmp_path)


def test_drafted_precision_counts_only_answers_a_rep_would_see() -> None:
    """Answers under DRAFT_CONFIDENCE are recorded for review, so they leave drafted precision alone."""
    from types import SimpleNamespace

    from signals.extract.measure import DRAFT_CONFIDENCE, _funding_match, _score_pairs

    def answer(company: str, confidence: float) -> SimpleNamespace:
        found = SimpleNamespace(company=company, round="seed", amount=5e6, currency="USD")
        return SimpleNamespace(round=found, confidence=confidence)

    want = {"company": "Acme", "round": "seed", "amount": 5e6, "currency": "USD"}
    answers = {"a": answer("Acme", 0.9), "b": answer("Wrong Co", DRAFT_CONFIDENCE - 0.05),
               "c": answer("Acme", DRAFT_CONFIDENCE), "d": None}
    rows = [{"text": t, "expected": want, "part": "dev", "source": "made up"} for t in "abcd"]
    [score] = _score_pairs("funding", rows, answers.get, _funding_match)
    assert (score.tp, score.fp, score.fn) == (2, 1, 2)
    assert (score.drafted_tp, score.drafted_fp) == (2, 0)
    assert score.drafted_precision == 1.0 and score.precision == 2 / 3
    assert score.as_dict()["drafted_precision"] == 1.0
