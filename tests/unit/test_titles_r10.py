"""Round 10: three fallbacks of the title rules that are decisions, not a want of evidence, are named as
such, so the learned model may never replace them (a looser model policy tried in round 10 would have:
signals/extract/learned/titles.py, CONFIDENT). Every title here is made up; none is a row of the sets."""

from __future__ import annotations

import pytest

from signals.extract.learned import dev_rows
from signals.extract.roles import _classify_basis, classify_title

DECIDED = [
    ("Senior Policy Advisor, Trade", "other"),
    ("Climate Policy Adviser (Fixed Term)", "other"),
    ("Auxiliares de eventos (fin de semana)", "other"),
    ("Impiegata amministrativa - settore edilizia", "operations"),
]

# ... and where a phrase names the team, the phrase still decides
NAMED = [
    ("Public Policy Advisor", "marketing"),
    ("Impiegato amministrativo contabile", "finance"),
    ("Policy Advisor - Sales Compensation", "revenue_operations"),
]


def test_the_examples_are_not_dev_rows() -> None:
    texts = {r["text"].casefold() for r in dev_rows("titles")}
    assert not {t.casefold() for t, _ in DECIDED + NAMED} & texts


@pytest.mark.parametrize(("title", "function"), DECIDED)
def test_a_decided_fallback_is_the_rules_answer_and_the_model_may_not_replace_it(title: str, function: str) -> None:
    ruled, basis = _classify_basis(title, "")
    assert (ruled.function, basis) == (function, "phrase")
    got = classify_title(title)
    assert got.function == function and got.how == "rules"


@pytest.mark.parametrize(("title", "function"), NAMED)
def test_a_phrase_naming_the_team_still_decides(title: str, function: str) -> None:
    assert classify_title(title).function == function
