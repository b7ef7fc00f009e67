"""Cross-checks of sequences against each other and the content library, and the gap matrix.

`validate` finds what a parser alone cannot: unknown assets and sequences, steps nobody can reach,
branch loops that would bounce a lead between sequences without a wait, a library too thin to
nurture with, and sequences of unusual length. `gap_report` is the stage x persona matrix with
the cells a sequence needs but the library leaves empty.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from agent.nurture.content import STAGES, Library
from agent.nurture.definitions import Definitions, SequenceDef
from agent.nurture.problems import Problem

#: The seeds' rule: a nurture library needs at least this many assets on different stages.
MIN_STAGES = 3
MIN_STEPS, MAX_STEPS = 4, 11
ANY_PERSONA = "any persona"


def validate(definitions: Definitions, library: Library, personas: Sequence[str] = ()) -> list[Problem]:
    """Every problem in both files, parse problems first, each as `file:line: message`."""
    problems: list[Problem] = [*library.problems, *definitions.problems]
    file = definitions.file
    names = set(definitions.names)
    refusal = library_refusal(definitions, library)
    if refusal is not None:
        problems.append(Problem(library.file, 1, refusal))
    branched_into: set[str] = set()
    for seq in definitions.sequences:
        for step in seq.steps:
            for branch in step.branches:
                branched_into.add(branch.goto)
    for seq in definitions.sequences:
        problems.extend(_check_sequence(seq, file, names, library, personas))
        if not seq.entry.automatic and not seq.entry.manual and seq.name not in branched_into:
            problems.append(
                Problem(file, seq.line, f"sequence {seq.name}: nothing enrols a lead (no entry, manual = false, "
                        "and no branch goes to it)", "warning")
            )
    problems.extend(_loops_without_waits(definitions))
    return problems


def library_refusal(definitions: Definitions, library: Library) -> str | None:
    """Why no sequence may run on this library (the seeds' rule), or None."""
    covered = library.stages_covered()
    if not definitions.sequences or len(covered) >= MIN_STAGES:
        return None
    have = ", ".join(covered) or "none"
    return (
        f"the library has {len(library.assets)} usable asset(s) on {len(covered)} stage(s) ({have}); "
        f"sequences need at least {MIN_STAGES} assets on different stages ({', '.join(STAGES)})"
    )


def broken_sequences(problems: list[Problem]) -> dict[str, str]:
    """Sequence name -> its first error: a sequence with an error does not run."""
    broken: dict[str, str] = {}
    for p in problems:
        if p.severity == "error" and p.sequence is not None:
            broken.setdefault(p.sequence, str(p))
    return broken


def _check_sequence(
    seq: SequenceDef, file: str, names: set[str], library: Library, personas: Sequence[str]
) -> list[Problem]:
    out: list[Problem] = []
    if not MIN_STEPS <= len(seq.steps) <= MAX_STEPS:
        out.append(
            Problem(file, seq.line, f"sequence {seq.name} has {len(seq.steps)} step(s); nurture sequences usually have "
                    f"{MIN_STEPS}-{MAX_STEPS}", "warning")
        )
    always_from: int | None = None
    for step in seq.steps:
        label = f"sequence {seq.name} step {step.number}"
        if always_from is not None:
            out.append(Problem(file, step.line, f"{label} can never be reached: step {always_from} always moves the "
                               "lead to another sequence"))
        if step.asset is not None and library.get(step.asset) is None:
            known = ", ".join(a.id for a in library.assets) or "the library is empty"
            out.append(Problem(file, step.line, f"{label}: unknown asset {step.asset!r} (known: {known})"))
        if step.stage is not None:
            on_stage = library.on_stage(step.stage)
            if not on_stage:
                out.append(Problem(file, step.line, f"{label}: content.toml has no asset on stage {step.stage!r}"))
            else:
                missing = [p for p in personas if not any(a.suits(p) for a in on_stage)]
                if missing:
                    out.append(
                        Problem(file, step.line, f"{label}: no {step.stage} asset for {', '.join(missing)}; those "
                                "leads skip this step (see `outrider content gaps`)", "warning")
                    )
        for branch in step.branches:
            if branch.goto == seq.name:
                out.append(Problem(file, branch.line, f"{label}: a branch cannot go to its own sequence"))
            elif branch.goto not in names:
                known = ", ".join(sorted(names))
                out.append(Problem(file, branch.line, f"{label}: branch goes to unknown sequence {branch.goto!r} (known: {known})"))
            if branch.condition == "opened_none_after" and branch.value > step.number - 1:
                out.append(
                    Problem(file, branch.line, f"{label}: opened_none_after = {branch.value} can never hold here: at most "
                            f"{step.number - 1} step(s) are sent before step {step.number}", "warning")
                )
            if branch.condition == "clicked" and library.get(str(branch.value)) is None \
                    and not _matches_any_url(str(branch.value), library):
                out.append(
                    Problem(file, branch.line, f"{label}: clicked {branch.value!r} is neither an asset id nor part of any "
                            "asset's URL; our e-mails link only to assets, so it fires only on clicks tracked elsewhere",
                            "warning")
                )
            if branch.condition is None and always_from is None:
                always_from = step.number
    return [replace(p, sequence=seq.name) for p in out]


def _matches_any_url(text: str, library: Library) -> bool:
    return any(text.casefold() in a.url.casefold() for a in library.assets)


def immediate_branches(seq: SequenceDef) -> list[tuple[int, str, int]]:
    """(step, goto, line) of branches that can fire with no time passing since enrolment: those on
    the steps before the first wait. Following only these, a lead could loop within one tick."""
    out: list[tuple[int, str, int]] = []
    for step in seq.steps:
        if step.wait_days > 0:
            break
        out.extend((step.number, b.goto, b.line) for b in step.branches)
    return out


def _loops_without_waits(definitions: Definitions) -> list[Problem]:
    edges: dict[str, list[tuple[int, str, int]]] = {
        seq.name: immediate_branches(seq) for seq in definitions.sequences
    }
    reported: set[frozenset[str]] = set()
    problems: list[Problem] = []

    def visit(name: str, path: list[tuple[str, int, int]]) -> None:
        for step, goto, line in edges.get(name, []):
            trail = [*path, (name, step, line)]
            seen = [p[0] for p in trail]
            if goto in seen:
                cycle = trail[seen.index(goto):]
                key = frozenset(p[0] for p in cycle)
                if key in reported:
                    continue
                reported.add(key)
                hops = " -> ".join(f"{n} step {s}" for n, s, _ in cycle) + f" -> {goto}"
                problems.append(
                    Problem(definitions.file, cycle[0][2], f"loop without a wait: {hops}; a lead would bounce between "
                            "these sequences with no time passing. Give one of these steps a wait_days",
                            sequence=cycle[0][0])
                )
                continue
            visit(goto, trail)

    for seq in definitions.sequences:
        visit(seq.name, [])
    return problems


# --------------------------------------------------------------------------- the gap matrix


@dataclass
class Cell:
    stage: str
    persona: str
    assets: list[str] = field(default_factory=list)
    #: "educate step 2" for each stage step that would draw from this cell.
    needed_by: list[str] = field(default_factory=list)

    @property
    def gap(self) -> bool:
        return bool(self.needed_by) and not self.assets

    @property
    def short(self) -> bool:
        """More steps of one sequence draw from this cell than it has assets (later ones are skipped)."""
        per_sequence: dict[str, int] = defaultdict(int)
        for need in self.needed_by:
            per_sequence[need.rsplit(" step ", 1)[0]] += 1
        return bool(self.assets) and max(per_sequence.values(), default=0) > len(self.assets)

    def as_json(self) -> dict[str, Any]:
        return {
            "stage": self.stage,
            "persona": self.persona,
            "count": len(self.assets),
            "assets": list(self.assets),
            "needed_by": list(self.needed_by),
            "gap": self.gap,
            "short": self.short,
        }


@dataclass
class GapReport:
    stages: list[str]
    personas: list[str]
    cells: list[Cell]

    def cell(self, stage: str, persona: str) -> Cell:
        return next(c for c in self.cells if c.stage == stage and c.persona == persona)

    @property
    def gaps(self) -> list[Cell]:
        return [c for c in self.cells if c.gap]

    def as_json(self) -> dict[str, Any]:
        return {
            "stages": list(self.stages),
            "personas": list(self.personas),
            "cells": [c.as_json() for c in self.cells],
            "gaps": [
                {"stage": c.stage, "persona": c.persona, "needed_by": list(c.needed_by)} for c in self.gaps
            ],
        }


def gap_report(library: Library, definitions: Definitions, personas: Sequence[str] = ()) -> GapReport:
    """Assets per stage x persona; an asset with no personas counts for every persona.

    A step with `stage = S` needs a cell (S, persona) for every persona (any of them could be
    enrolled); a step naming an asset needs nothing from the matrix.
    """
    columns = list(personas) or [ANY_PERSONA]
    cells = [Cell(stage, persona) for stage in STAGES for persona in columns]
    by_key = {(c.stage, c.persona): c for c in cells}
    for asset in library.assets:
        for persona in columns:
            if persona == ANY_PERSONA or not asset.personas or persona in asset.personas:
                by_key[(asset.stage, persona)].assets.append(asset.id)
    for seq in definitions.sequences:
        for step in seq.steps:
            if step.stage is None:
                continue
            for persona in columns:
                by_key[(step.stage, persona)].needed_by.append(f"{seq.name} step {step.number}")
    return GapReport(list(STAGES), columns, cells)
