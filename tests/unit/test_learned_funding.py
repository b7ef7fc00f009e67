"""The learned funding fallback (signals.extract.learned.funding) and how extract_funding uses it.

Every example text here is made up; no dev or test row is quoted."""

from __future__ import annotations

import os

import math

import pytest

from signals.extract import funding as rules
from signals.extract.funding import LEARNED_CONFIDENCE, explain_funding, extract_funding
from signals.extract.learned import DATA_DIR, LinearModel, load_model
from signals.extract.learned import funding as learned


def _stub(p: float) -> LinearModel:
    """A binary model that answers p for every input (bias only)."""
    return LinearModel({"format": "outrider-linear/1", "classes": ["0", "1"], "bias": [math.log(p / (1 - p))], "weights": {}})


# --------------------------------------------------------------------------------------------
# The model files
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [learned.GATE_MODEL, learned.COMPANY_MODEL])
def test_the_shipped_models_load_and_stay_small(name: str) -> None:
    model = load_model(name)
    assert model.binary and model.classes == ["0", "1"]
    assert model.weights
    assert (DATA_DIR / f"{name}.model.json").stat().st_size <= 2 * 1024 * 1024


def test_the_runtime_does_not_need_scikit_learn() -> None:
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['sklearn'] = None; sys.modules['numpy'] = None\n"
        "from signals.extract.funding import extract_funding\n"
        "print(extract_funding('Kestrel Grid, an Oslo-based energy startup, $5 million seed round, led by Fjord Capital.'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "Kestrel Grid" in out.stdout


# --------------------------------------------------------------------------------------------
# Made-up examples
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no rule reads these shapes (a name, an appositive, then the round with no verb); the fallback does.
        # Until round 10 the first two were deal-list lines ("Tallowmere Foods - EUR3.5 million Series A from
        # Oakfield Partners."), which sat near the gate's bar and moved under it with most retrains; the rules
        # read that shape now (tests/unit/test_funding_r10.py), and these examples sit well clear of both bars.
        ("Kestrel Grid, an Oslo-based energy startup, $5 million seed round, led by Fjord Capital.", ("Kestrel Grid", "seed", 5_000_000, "USD")),
        ("Brindle Labs, a Lisbon-based fintech, $8 million Series A, led by Atlantic Ventures.", ("Brindle Labs", "series_a", 8_000_000, "USD")),
        ("Velloro Bio, a Basel-based biotech startup, CHF 30 million Series B round, led by Rhine Partners.", ("Velloro Bio", "series_b", 30_000_000, "CHF")),
    ],
)
def test_the_fallback_reads_a_round_no_rule_matched(text: str, expected: tuple) -> None:
    decision = explain_funding(text)
    assert decision is not None
    found = decision.round
    assert (found.company, found.round, found.amount, found.currency) == expected
    assert decision.explanation.startswith("learned:")
    assert decision.confidence == LEARNED_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        "Weather turns cold across the region",
        "Is Zentrova about to raise $50 million?",  # a question: the rules refuse the headline
        "Back in 2019, Gridnest raised $4 million in a seed round.",  # a past round
        "Ohio State raises $100 million in capital campaign",  # a public body, no company
        "Acme Corp (NASDAQ: ACME) secures $200 million in senior notes",  # a listed company's notes
        "Fintech Startup Raises $5M To Expand\nMeanwhile, Globex raised $40 million in a Series B round.",
    ],
)
def test_the_fallback_stays_quiet_on_non_rounds(text: str) -> None:
    assert extract_funding(text) is None


def test_a_rule_answer_keeps_its_own_explanation_and_confidence() -> None:
    decision = explain_funding("Oslo energy startup Kestrel Grid has closed a $5 million seed round led by Fjord Capital")
    assert decision is not None and decision.round.company == "Kestrel Grid"
    assert not decision.explanation.startswith("learned:")
    assert decision.confidence > LEARNED_CONFIDENCE


# --------------------------------------------------------------------------------------------
# Retraining reproduces the shipped models
# --------------------------------------------------------------------------------------------


def test_retraining_from_dev_reproduces_the_shipped_predictions() -> None:
    import sklearn  # noqa: F401 - the test extra installs it; a missing trainer must fail, not skip
    from signals.extract.learned import dev_rows

    rows = dev_rows("funding") + learned._golden_rows()
    gate, company = LinearModel(learned._fit_gate(rows)), LinearModel(learned._fit_company(rows))
    shipped_gate, shipped_company = load_model(learned.GATE_MODEL), load_model(learned.COMPANY_MODEL)
    texts = [r["text"] for r in dev_rows("funding")]
    agree = 0
    for text in texts:
        new = learned.fallback(text, gate_model=gate, company_model=company, full=True)
        old = learned.fallback(text, gate_model=shipped_gate, company_model=shipped_company, full=True)
        agree += (new and (new.company, new.fires, new.amount, new.round)) == (old and (old.company, old.fires, old.amount, old.round))
    assert agree >= 0.99 * len(texts)


# --------------------------------------------------------------------------------------------
# Odd input
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        " \n\n ",
        "$",
        "\u2014",
        "x" * 1_000_000,
        "Acme " * 200_000,
        "<html><body><h1>Tallowmere Foods</h1><p>&euro;3.5 million &mdash; Series A</p><script>x()</script></body></html>",
        "\U0001F1F5\U0001F1F9 \U0001F4B8\n\u00a0\u200b",
        None,
        42,
    ],
)
def test_odd_input_never_raises(text) -> None:
    extract_funding(text)
    explain_funding(text)
    learned.fallback(text)
    learned.fallback(text, full=True)


# --------------------------------------------------------------------------------------------
# The combination rule's edges
# --------------------------------------------------------------------------------------------

ITEM = "Kestrel Grid, an Oslo-based energy startup, $5 million seed round, led by Fjord Capital."


@pytest.mark.parametrize(
    ("gate", "company", "fires"),
    [
        (learned.GATE_MIN + 0.01, learned.COMPANY_MIN + 0.01, True),
        (learned.GATE_MIN - 0.01, 0.99, False),
        (0.99, learned.COMPANY_MIN - 0.01, False),
    ],
)
def test_both_thresholds_must_be_met(gate: float, company: float, fires: bool) -> None:
    answer = learned.fallback(ITEM, gate_model=_stub(gate), company_model=_stub(company), full=True)
    assert answer is not None and answer.fires is fires
    # below the gate, the cheap path does not even score the candidates
    cheap = learned.fallback(ITEM, gate_model=_stub(gate), company_model=_stub(company))
    assert (cheap is None) is (gate < learned.GATE_MIN)


def test_no_money_and_no_round_never_fires() -> None:
    answer = learned.fallback("Tallowmere Foods welcomes Oakfield Partners", gate_model=_stub(0.99), company_model=_stub(0.99))
    assert answer is not None and not answer.fires


def test_the_fallback_is_asked_only_when_the_rules_find_no_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = learned.fallback

    def spy(text: str, **kw):
        calls.append(text)
        return real(text, **kw)

    monkeypatch.setattr(learned, "fallback", spy)
    assert extract_funding("Acme Robotics raises $45M Series B led by Foo Capital").company == "Acme Robotics"
    assert calls == []  # a rule answered
    assert extract_funding("Back in 2019, Gridnest raised $4 million in a seed round.") is None
    assert extract_funding(ITEM) is not None
    assert ITEM in calls


def test_a_rule_refusal_is_never_overridden(monkeypatch: pytest.MonkeyPatch) -> None:
    always = learned.Fallback("Acme", "seed", 1e6, "USD", 1.0, 1.0, True)
    monkeypatch.setattr(learned, "fallback", lambda text, **kw: always)
    # refused by the rules (a question headline, a listed company, a secondary sale): no answer
    for text in (
        "Acme raises $12M in Series A?",
        "Acme Corp (NASDAQ: ACME) raises $20 million",
        "Acme raises $95M from KKR via a secondary stake acquisition",
    ):
        with pytest.raises(rules._Refused):
            rules._decide(text)
        assert extract_funding(text) is None
    # nothing read by the rules: the (stubbed) fallback answers
    assert extract_funding("Weather turns cold across the region").company == "Acme"


def test_a_broken_model_costs_the_fallback_not_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(text: str, **kw):
        raise RuntimeError("model file damaged")

    monkeypatch.setattr(learned, "fallback", boom)
    assert extract_funding(ITEM) is None
    assert extract_funding("Acme Robotics raises $45M Series B led by Foo Capital").company == "Acme Robotics"


def test_the_fallback_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from signals.extract.learned import SWITCH

    assert extract_funding(ITEM) is not None
    monkeypatch.setenv(SWITCH, "titles")  # a list that leaves funding out
    assert extract_funding(ITEM) is None


def test_the_shared_switch_turns_the_fallback_off_and_eval_can_compare(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    import json

    from typer.testing import CliRunner

    from agent.cli import app
    from signals.extract.learned import SWITCH

    monkeypatch.setenv(SWITCH, "0")
    assert extract_funding(ITEM) is None
    monkeypatch.delenv(SWITCH)
    assert extract_funding(ITEM) is not None
    rows = tmp_path / "mine.jsonl"
    found = extract_funding(ITEM)
    want = {"company": found.company, "round": found.round, "amount": found.amount, "currency": found.currency}
    rows.write_text(json.dumps({"text": ITEM, "expected": want, "source": "made up"}, default=str) + "\n")
    both = CliRunner().invoke(app, ["eval", "extract", "--file", str(rows), "--set", "funding", "--json"])
    alone = CliRunner().invoke(app, ["eval", "extract", "--file", str(rows), "--set", "funding", "--json", "--rules-only"])
    assert SWITCH not in os.environ  # --rules-only sets it for its own run only
    assert json.loads(both.stdout)[0]["tp"] == 1, both.output
    assert json.loads(alone.stdout)[0]["tp"] == 0, alone.output


def test_summary_refusals_keep_the_fallback_silent() -> None:
    """A rule that refuses a sentence (talks, a public body's money, distress) is not 'no parse'."""
    for text in (
        "Harbourline Robotics nabs $12.5M from US Navy, DoD",
        "Harbourline Robotics Series A\nHarbourline Robotics is in talks to raise a $12 million Series A round led by Northgate Capital.",
        "Harbourline Robotics funding news\nHarbourline Robotics has raised $12 million in a Series A round, and later filed for bankruptcy.",
    ):
        assert explain_funding(text) is None, text


def test_a_damaged_model_file_is_read_once_and_logged(tmp_path, monkeypatch, caplog) -> None:
    import signals.extract.learned as core

    (tmp_path / f"{learned.GATE_MODEL}.model.json").write_text('{"format": "outrider-linear/9"}')
    (tmp_path / f"{learned.COMPANY_MODEL}.model.json").write_text("[]")
    monkeypatch.setattr(core, "DATA_DIR", tmp_path)
    core.reset_models()
    reads = []
    real_loads = core.json.loads
    monkeypatch.setattr(core.json, "loads", lambda text, *a, **kw: reads.append(1) or real_loads(text, *a, **kw))
    try:
        with caplog.at_level("WARNING", logger="signals.extract.learned"):
            for _ in range(3):
                assert extract_funding(ITEM) is None  # rules alone: no rule reads ITEM
            assert extract_funding("Acme Robotics raises $45M Series B led by Foo Capital").company == "Acme Robotics"
        warnings = [r for r in caplog.records if "cannot be read" in r.getMessage()]
        assert len(warnings) == 1 and "outrider-linear/9" in warnings[0].getMessage()
        assert len(reads) == 1  # the broken gate was read once, not once per item (the chooser is never reached)
        assert isinstance(core._LOADED[str(tmp_path / f"{learned.GATE_MODEL}.model.json")], core.ModelUnavailable)
    finally:
        monkeypatch.undo()
        core.reset_models()
