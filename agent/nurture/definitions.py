"""Sequence definitions (`sequences.toml`), parsed without I/O. The README has a full example.

    [[sequences]]
    name = "educate"
    purpose = "educate"              # welcome | educate | high_intent | re_engage | reactivation
    entry = { events = ["content_download"], signals = ["funding"], stages = ["engaged"], manual = true }
    review = "every"                 # "every" (default): each step waits for a rep; "first": only step 1
    reenroll_after_days = 90         # absent: a lead goes through a sequence once
    business_days = true             # wait_days count Monday to Friday
    approve_within_days = 5          # a step nobody approved by then expires; never sent late

    [[sequences.steps]]
    wait_days = 0
    stage = "awareness"              # or asset = "an-asset-id"
    instruction = "keep it short"    # optional, for the drafter
    branches = [{ clicked = "pricing", goto = "high_intent" }]

Each problem is reported as `file:line: message`; a sequence with a problem is left out, the
others are kept. Cross-checks (unknown assets and sequences, loops) are in `validate`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from agent.leads import stages as lead_stages
from agent.nurture.content import STAGES as CONTENT_STAGES
from agent.nurture.content import normalise_stage
from agent.nurture.problems import Problem, describe_type
from agent.nurture.toml_lines import Locator, toml_error_line, toml_error_text
from signals.engagement import EVENT_TYPES
from signals.model import SignalKind

SEQUENCES_FILE = "sequences.toml"

PURPOSES: tuple[str, ...] = ("welcome", "educate", "high_intent", "re_engage", "reactivation")
REVIEWS: tuple[str, ...] = ("every", "first")
SEQUENCE_KEYS = (
    "name", "purpose", "entry", "review", "reenroll_after_days", "business_days", "approve_within_days", "steps",
)
ENTRY_KEYS = ("events", "signals", "stages", "manual")
STEP_KEYS = ("wait_days", "stage", "asset", "instruction", "branches")
CONDITIONS = ("clicked", "visited", "opened_none_after", "score_at_least")
BRANCH_KEYS = (*CONDITIONS, "goto")
#: Stages that end a sequence; they cannot start one.
EXIT_STAGES = frozenset({lead_stages.MQL, lead_stages.HANDED_OFF, lead_stages.CUSTOMER, lead_stages.DISQUALIFIED})
DEFAULT_APPROVE_WITHIN_DAYS = 5
MAX_INSTRUCTION_CHARS = 500
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,59}$")


@dataclass(frozen=True, slots=True)
class Branch:
    """Evaluated before its step: when the condition holds, the lead moves to `goto`."""

    goto: str
    #: "clicked" | "visited" | "opened_none_after" | "score_at_least" | None (always).
    condition: str | None = None
    value: Any = None
    line: int = 0

    def describe(self) -> str:
        if self.condition is None:
            return f"always -> {self.goto}"
        return f"{self.condition} {self.value!r} -> {self.goto}"


@dataclass(frozen=True, slots=True)
class Step:
    number: int
    wait_days: int
    stage: str | None = None
    asset: str | None = None
    instruction: str | None = None
    branches: tuple[Branch, ...] = ()
    line: int = 0

    def describe(self) -> str:
        what = f"asset {self.asset}" if self.asset else f"a {self.stage} asset"
        return f"step {self.number}: {what} after {self.wait_days} day(s)"


@dataclass(frozen=True, slots=True)
class Entry:
    events: tuple[str, ...] = ()
    signals: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    manual: bool = True

    @property
    def automatic(self) -> bool:
        return bool(self.events or self.signals or self.stages)


@dataclass(frozen=True, slots=True)
class SequenceDef:
    name: str
    purpose: str
    steps: tuple[Step, ...]
    entry: Entry = field(default_factory=Entry)
    review: str = "every"
    reenroll_after_days: int | None = None
    business_days: bool = False
    approve_within_days: int = DEFAULT_APPROVE_WITHIN_DAYS
    line: int = 0

    def step(self, number: int) -> Step | None:
        return self.steps[number - 1] if 1 <= number <= len(self.steps) else None

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "purpose": self.purpose,
            "review": self.review,
            "reenroll_after_days": self.reenroll_after_days,
            "business_days": self.business_days,
            "approve_within_days": self.approve_within_days,
            "entry": {
                "events": list(self.entry.events),
                "signals": list(self.entry.signals),
                "stages": list(self.entry.stages),
                "manual": self.entry.manual,
            },
            "steps": [
                {
                    "step": s.number,
                    "wait_days": s.wait_days,
                    "stage": s.stage,
                    "asset": s.asset,
                    "instruction": s.instruction,
                    "branches": [{"condition": b.condition, "value": b.value, "goto": b.goto} for b in s.branches],
                }
                for s in self.steps
            ],
        }


@dataclass(frozen=True)
class Definitions:
    sequences: tuple[SequenceDef, ...] = ()
    file: str = SEQUENCES_FILE
    problems: tuple[Problem, ...] = ()

    def get(self, name: str) -> SequenceDef | None:
        for seq in self.sequences:
            if seq.name == name:
                return seq
        return None

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.sequences]


class _Checker:
    """Collects problems for one [[sequences]] table, each at the line of the key it is about."""

    def __init__(self, file: str, where: Locator, index: int, name: str) -> None:
        self.file, self.where, self.index, self.name = file, where, index, name
        self.found: list[Problem] = []

    def line(self, *path: str | int) -> int:
        return self.where.line("sequences", self.index, *path)

    def bad(self, message: str, *path: str | int) -> None:
        self.found.append(Problem(self.file, self.line(*path), f"sequence {self.name}: {message}"))

    def integer(self, raw: dict[str, Any], key: str, *path: str | int, minimum: int = 0) -> int | None:
        value = raw.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.bad(f"`{key}` must be a whole number, not {describe_type(value)}", *path, key)
            return None
        if value < minimum:
            self.bad(f"`{key}` must be {minimum} or more (got {value})", *path, key)
            return None
        return value

    def text(self, raw: dict[str, Any], key: str, *path: str | int) -> str | None:
        value = raw.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.bad(f"`{key}` must be non-empty text, not {describe_type(value)}", *path, key)
            return None
        return value.strip()

    def unknown_keys(self, raw: dict[str, Any], known: tuple[str, ...], what: str, *path: str | int) -> None:
        for key in raw:
            if key not in known:
                self.bad(f"unknown key `{key}` in {what} (known: {', '.join(known)})", *path, key)


def parse_sequences(text: str, *, file: str = SEQUENCES_FILE) -> Definitions:
    """Parse sequences.toml. Every problem is in `Definitions.problems`; bad sequences are left out."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return Definitions((), file, (Problem(file, toml_error_line(exc), f"not valid TOML: {toml_error_text(exc)}"),))
    where = Locator(text)
    problems: list[Problem] = []
    for key in raw:
        if key != "sequences":
            problems.append(
                Problem(file, where.line(key), f"unknown key `{key}` (sequences.toml holds [[sequences]] tables)")
            )
    items = raw.get("sequences", [])
    if not isinstance(items, list):
        problems.append(Problem(file, where.line("sequences"), "`sequences` must be [[sequences]] tables"))
        items = []
    sequences: list[SequenceDef] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        line = where.line("sequences", index)
        if not isinstance(item, dict):
            problems.append(Problem(file, line, "each [[sequences]] entry must be a table"))
            continue
        seq = _sequence(item, index, file, where, problems)
        if seq is None:
            continue
        if seq.name in seen:
            problems.append(
                Problem(file, line, f"sequence name {seq.name!r} is used twice (first on line {seen[seq.name]}); skipped")
            )
            continue
        seen[seq.name] = line
        sequences.append(seq)
    return Definitions(tuple(sequences), file, tuple(problems))


def _sequence(raw: dict[str, Any], index: int, file: str, where: Locator, problems: list[Problem]) -> SequenceDef | None:
    name_value = raw.get("name")
    label = name_value.strip() if isinstance(name_value, str) and name_value.strip() else f"#{index + 1}"
    check = _Checker(file, where, index, label)
    check.unknown_keys(raw, SEQUENCE_KEYS, "[[sequences]]")
    name = check.text(raw, "name")
    if name_value is None:
        check.bad("`name` is required")
    elif name is not None and not _NAME.match(name):
        check.bad(f"`name` {name!r} may hold lowercase letters, digits, '_' and '-' only, like \"educate\"", "name")
        name = None
    purpose = check.text(raw, "purpose")
    if raw.get("purpose") is None:
        check.bad(f"`purpose` is required ({', '.join(PURPOSES)})")
    elif purpose is not None and purpose not in PURPOSES:
        check.bad(f"`purpose` {purpose!r} is not one of {', '.join(PURPOSES)}", "purpose")
    review = check.text(raw, "review") or "every"
    if review not in REVIEWS:
        check.bad(f"`review` {review!r} is not one of {', '.join(REVIEWS)}", "review")
    reenroll = check.integer(raw, "reenroll_after_days", minimum=1)
    approve = check.integer(raw, "approve_within_days", minimum=1)
    business = raw.get("business_days", False)
    if not isinstance(business, bool):
        check.bad(f"`business_days` must be true or false, not {describe_type(business)}", "business_days")
        business = False
    entry = _entry(raw.get("entry", {}), check)
    steps = _steps(raw.get("steps"), check)
    if check.found:
        problems.extend(check.found)
        return None
    assert name is not None and purpose is not None
    return SequenceDef(
        name=name,
        purpose=purpose,
        steps=tuple(steps),
        entry=entry,
        review=review,
        reenroll_after_days=reenroll,
        business_days=business,
        approve_within_days=approve or DEFAULT_APPROVE_WITHIN_DAYS,
        line=where.line("sequences", index),
    )


def _entry(raw: Any, check: _Checker) -> Entry:
    if not isinstance(raw, dict):
        check.bad(f"`entry` must be a table like {{ events = [\"form_submit\"] }}, not {describe_type(raw)}", "entry")
        return Entry()
    check.unknown_keys(raw, ENTRY_KEYS, "entry", "entry")
    known = {
        "events": EVENT_TYPES,
        "signals": tuple(k.value for k in SignalKind),
        "stages": tuple(s for s in lead_stages.STAGES if s not in EXIT_STAGES),
    }
    lists: dict[str, tuple[str, ...]] = {}
    for key, allowed in known.items():
        value = raw.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            check.bad(f"`entry.{key}` must be a list, not {describe_type(value)}", "entry", key)
            lists[key] = ()
            continue
        chosen: list[str] = []
        for i, item in enumerate(value):
            if not isinstance(item, str) or item.strip() not in allowed:
                extra = " (those stages end a sequence)" if key == "stages" and item in EXIT_STAGES else ""
                check.bad(f"`entry.{key}` has {item!r}, which is not one of {', '.join(allowed)}{extra}", "entry", key, i)
            elif item.strip() not in chosen:
                chosen.append(item.strip())
        lists[key] = tuple(chosen)
    manual = raw.get("manual", True)
    if not isinstance(manual, bool):
        check.bad(f"`entry.manual` must be true or false, not {describe_type(manual)}", "entry", "manual")
        manual = True
    return Entry(events=lists["events"], signals=lists["signals"], stages=lists["stages"], manual=manual)


def _steps(raw: Any, check: _Checker) -> list[Step]:
    if raw is None:
        check.bad("has no steps; add [[sequences.steps]] tables")
        return []
    if not isinstance(raw, list) or not all(isinstance(s, dict) for s in raw):
        check.bad("`steps` must be [[sequences.steps]] tables", "steps")
        return []
    if not raw:
        check.bad("has no steps; add [[sequences.steps]] tables", "steps")
    steps: list[Step] = []
    for i, item in enumerate(raw):
        path: tuple[str | int, ...] = ("steps", i)
        number = i + 1
        before = len(check.found)
        check.unknown_keys(item, STEP_KEYS, f"step {number}", *path)
        wait = check.integer(item, "wait_days", *path)
        if "wait_days" not in item and number > 1:
            check.found.append(
                Problem(check.file, check.line(*path),
                        f"sequence {check.name}: step {number}: `wait_days` is required (days after the step before)")
            )
        stage_text = check.text(item, "stage", *path)
        asset = check.text(item, "asset", *path)
        stage = normalise_stage(stage_text) if stage_text else None
        if stage_text and stage is None:
            check.bad(f"step {number}: `stage` {stage_text!r} is not one of {', '.join(CONTENT_STAGES)}", *path, "stage")
        if ("stage" in item) == ("asset" in item):
            check.found.append(
                Problem(check.file, check.line(*path),
                        f"sequence {check.name}: step {number}: give either `stage` or `asset` (exactly one)")
            )
        instruction = check.text(item, "instruction", *path)
        if instruction and len(instruction) > MAX_INSTRUCTION_CHARS:
            check.bad(f"step {number}: `instruction` is over {MAX_INSTRUCTION_CHARS} characters", *path, "instruction")
        branches = _branches(item.get("branches", []), check, path, number)
        if len(check.found) == before:
            steps.append(
                Step(
                    number=number,
                    wait_days=wait or 0,
                    stage=stage,
                    asset=asset,
                    instruction=" ".join(instruction.split()) if instruction else None,
                    branches=tuple(branches),
                    line=check.line(*path),
                )
            )
    return steps


def _branches(raw: Any, check: _Checker, path: tuple[str | int, ...], number: int) -> list[Branch]:
    if isinstance(raw, dict):
        raw = [raw]
    if not isinstance(raw, list):
        check.bad(f"step {number}: `branches` must be a list of tables, not {describe_type(raw)}", *path, "branches")
        return []
    out: list[Branch] = []
    for j, item in enumerate(raw):
        bpath = (*path, "branches", j)
        if not isinstance(item, dict):
            check.bad(f"step {number}: branch {j + 1} must be a table like {{ clicked = \"pricing\", goto = \"high_intent\" }}", *bpath)
            continue
        check.unknown_keys(item, BRANCH_KEYS, f"step {number} branch {j + 1}", *bpath)
        goto = check.text(item, "goto", *bpath)
        if "goto" not in item:
            check.bad(f"step {number}: branch {j + 1} needs `goto` (the sequence to move the lead to)", *bpath)
        conditions = [c for c in CONDITIONS if c in item]
        if len(conditions) > 1:
            check.bad(f"step {number}: branch {j + 1} has {' and '.join(conditions)}; give one condition per branch", *bpath)
            continue
        condition = conditions[0] if conditions else None
        value: Any = None
        if condition in ("clicked", "visited"):
            value = check.text(item, condition, *bpath)
        elif condition == "opened_none_after":
            value = check.integer(item, condition, *bpath, minimum=1)
        elif condition == "score_at_least":
            raw_value = item[condition]
            if isinstance(raw_value, bool) or not isinstance(raw_value, int | float):
                check.bad(f"step {number}: `score_at_least` must be a number, not {describe_type(raw_value)}", *bpath, condition)
            else:
                value = float(raw_value)
        if goto is not None and (condition is None or value is not None):
            out.append(Branch(goto=goto, condition=condition, value=value, line=check.line(*bpath)))
    return out
