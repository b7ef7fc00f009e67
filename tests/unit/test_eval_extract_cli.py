"""`outrider eval extract`: one part, a team's own labelled file, the wrong answers, and the duplicate check.

Runs on small made-up sets in a temporary folder, so the project's held-out part is never listed."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from agent.cli import app
from signals.extract.measure import failures, near_duplicates

runner = CliRunner()

ROUND = {"company": "Zeta Labs", "round": "seed", "amount": 5e6, "currency": "USD"}


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _sets(tmp_path: Path) -> Path:
    _write(tmp_path / "funding.jsonl", [
        {"text": "Zeta Labs raises $5M seed round", "expected": ROUND, "part": "dev", "source": "made up"},
        {"text": "Zeta Labs opens an office in Lisbon", "expected": None, "part": "dev", "source": "made up"},
        {"text": "Omega Robotics raises $9M Series A", "expected": {"company": "Omega Robotics", "round": "series_a",
         "amount": 9e6, "currency": "USD"}, "part": "test", "source": "made up"},
    ])
    return tmp_path


def test_one_part_is_scored_alone(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "extract", "--dir", str(_sets(tmp_path)), "--part", "dev"])
    assert result.exit_code == 0, result.output
    assert "funding      dev" in result.output
    assert " test " not in result.output and " all " not in result.output


def test_fails_lists_each_wrong_answer_of_a_labelled_file(tmp_path: Path) -> None:
    mine = _write(tmp_path / "mine.jsonl", [
        {"text": "Zeta Labs raises $5M seed round", "expected": ROUND, "source": "ours"},
        # labelled with the wrong company on purpose: the extractor's answer is listed as wrong
        {"text": "Kappa Health raises $7M seed round", "expected": dict(ROUND, company="Kappa", amount=7e6), "source": "ours"},
    ])
    result = runner.invoke(app, ["eval", "extract", "--file", str(mine), "--set", "funding", "--fails"])
    assert result.exit_code == 0, result.output
    assert "funding      file" in result.output
    listed = result.output.split("\n\n", 1)[1]  # after the table: the wrong answers
    assert "Kappa Health raises" in listed and "Zeta Labs raises" not in listed
    as_json = json.loads(runner.invoke(app, ["eval", "extract", "--file", str(mine), "--set", "funding", "--fails", "--json"]).output)
    assert as_json["scores"][0]["tp"] == 1 and len(as_json["fails"]["funding"]) == 1
    assert as_json["fails"]["funding"][0]["found"]["company"] == "Kappa Health"


def test_fails_needs_a_part_or_a_file_and_a_file_needs_its_set(tmp_path: Path) -> None:
    sets = _sets(tmp_path)
    refused = runner.invoke(app, ["eval", "extract", "--dir", str(sets), "--fails"])
    assert refused.exit_code == 2 and "--part dev" in refused.output
    no_set = runner.invoke(app, ["eval", "extract", "--file", str(sets / "funding.jsonl")])
    assert no_set.exit_code == 2 and "--set" in no_set.output
    no_part = runner.invoke(app, ["eval", "extract", "--dir", str(sets), "--part", "tuning"])
    assert no_part.exit_code == 2 and "no items in a part called 'tuning'" in no_part.output


def test_dupcheck_names_the_part_never_the_row(tmp_path: Path) -> None:
    sets = _sets(tmp_path)
    candidates = _write(tmp_path / "new.jsonl", [
        {"text": "Omega Robotics raises $9M Series A round", "expected": None, "source": "x"},
        {"text": "A council approves a new library budget", "expected": None, "source": "x"},
    ])
    result = runner.invoke(app, ["eval", "extract", "--dir", str(sets), "--dupcheck", str(candidates)])
    assert result.exit_code == 0, result.output
    assert "already in the test part" in result.output and "1 of 2 items" in result.output
    assert "Omega Robotics raises $9M Series A'" not in result.output  # the stored row itself is not printed
    assert [h[1] for h in near_duplicates(["Omega Robotics raises $9M Series A round"], sets)] == ["test"]


def test_failures_of_titles_name_function_and_seniority() -> None:
    rows = [{"text": "Account Executive", "expected": {"function": "sales", "seniority": "ic"}, "source": "x"},
            {"text": "Account Executive", "expected": {"function": "finance", "seniority": "ic"}, "source": "x"}]
    wrong = failures("titles", rows)
    assert len(wrong) == 1 and wrong[0]["found"] == {"function": "sales", "seniority": "ic"}
