"""The workspace's content library and sequences: read, parsed, validated, cached until they change."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any


from agent.nurture.content import CONTENT_FILE, Library, parse_content
from agent.nurture.definitions import SEQUENCES_FILE, Definitions, SequenceDef, parse_sequences
from agent.nurture.problems import Problem
from agent.nurture.validate import GapReport, broken_sequences, gap_report, library_refusal, validate

if TYPE_CHECKING:
    from agent.workspace import Workspace


class NurtureError(ValueError):
    """A nurture action that cannot be done; the message says why and what to do."""


# --------------------------------------------------------------------------- the definitions


@dataclass(frozen=True)
class Programme:
    """The workspace's content library and sequences, validated."""

    library: Library
    definitions: Definitions
    problems: tuple[Problem, ...]
    personas: tuple[str, ...]
    #: Why no sequence may run at all (the library is too thin), or None.
    refusal: str | None
    #: Sequence name -> the error that keeps it from running.
    broken: dict[str, str]
    #: sequences.toml exists.
    present: bool

    def runnable(self, name: str) -> SequenceDef | None:
        if self.refusal is not None or name in self.broken:
            return None
        return self.definitions.get(name)

    def why_not(self, name: str) -> str:
        if self.definitions.get(name) is None:
            known = ", ".join(self.definitions.names) or "none are defined"
            return f"there is no sequence {name!r} in {SEQUENCES_FILE} (sequences: {known})"
        if self.refusal is not None:
            return f"no sequence runs: {self.refusal}"
        return f"sequence {name} has errors and does not run: {self.broken.get(name, '')}"

    @property
    def runnable_names(self) -> list[str]:
        return [s.name for s in self.definitions.sequences if self.runnable(s.name) is not None]


_CACHE: dict[tuple[Any, ...], Programme] = {}


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def _read(path: Path, problems: list[Problem]) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError as exc:
        problems.append(Problem(path.name, 1, f"is not UTF-8 text ({exc.reason} at byte {exc.start})"))
    except OSError as exc:
        problems.append(Problem(path.name, 1, f"cannot be read: {exc.strerror or exc}"))
    return ""


def load(ws: Workspace) -> Programme:
    """content.toml and sequences.toml of the workspace, parsed and validated (cached by mtime)."""
    content_path, sequences_path = ws.path / CONTENT_FILE, ws.path / SEQUENCES_FILE
    personas = tuple(ws.config.icp.personas)
    key = (str(ws.path), _stat(content_path), _stat(sequences_path), personas)
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    read_problems: list[Problem] = []
    content_text = _read(content_path, read_problems)
    sequences_text = _read(sequences_path, read_problems)
    library = parse_content(content_text or "", file=CONTENT_FILE, personas=personas)
    definitions = parse_sequences(sequences_text or "", file=SEQUENCES_FILE)
    problems = [*read_problems, *validate(definitions, library, personas)]
    if content_text is None and definitions.sequences:
        problems.insert(0, Problem(CONTENT_FILE, 1, f"does not exist in {ws.path}; sequences need a content library"))
    programme = Programme(
        library=library,
        definitions=definitions,
        problems=tuple(problems),
        personas=personas,
        refusal=library_refusal(definitions, library),
        broken=broken_sequences(problems),
        present=sequences_text is not None,
    )
    if len(_CACHE) > 32:
        _CACHE.clear()
    _CACHE[key] = programme
    return programme


def check_files(ws: Workspace) -> list[Problem]:
    """Every problem in content.toml and sequences.toml (a missing sequences.toml is one)."""
    programme = load(ws)
    problems = list(programme.problems)
    if not programme.present:
        problems.insert(
            0, Problem(SEQUENCES_FILE, 1, f"does not exist in {ws.path}; write one (the README has a full example)")
        )
    return problems


def content_gaps(ws: Workspace) -> GapReport:
    programme = load(ws)
    return gap_report(programme.library, programme.definitions, programme.personas)


def list_assets(ws: Workspace) -> list[dict[str, Any]]:
    return [a.as_json() for a in load(ws).library.assets]
