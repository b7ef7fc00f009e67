"""The arrows point one way: review_ui -> agent -> drafting -> signals. This test reads the imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAYERS = ["review_ui", "agent", "drafting", "signals"]
# A package may import only the packages after it in LAYERS.
FORBIDDEN = {layer: set(LAYERS[: i + 1]) - {layer} for i, layer in enumerate(LAYERS)}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def python_files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", LAYERS)
def test_package_imports_only_downstream(package: str) -> None:
    files = python_files(package)
    assert files, f"{package}/ has no Python files"
    offenders = []
    for path in files:
        for module in imported_modules(path):
            top = module.split(".")[0]
            if top in FORBIDDEN[package]:
                offenders.append(f"{path.relative_to(ROOT)} imports {module}")
    assert not offenders, "imports against the arrows:\n" + "\n".join(offenders)


def test_review_ui_calls_services_only() -> None:
    """Pages never open a session or write SQL: they call agent.services (or read config/workspace)."""
    allowed = ("agent.services", "agent.workspace", "agent.config")
    offenders = []
    for path in python_files("review_ui"):
        for module in imported_modules(path):
            if module.startswith("agent") and not module.startswith(allowed):
                offenders.append(f"{path.relative_to(ROOT)} imports {module}")
            if module.split(".")[0] in ("sqlmodel", "sqlalchemy"):
                offenders.append(f"{path.relative_to(ROOT)} imports {module}")
    assert not offenders, "\n".join(offenders)


def test_checker_catches_a_wrong_arrow(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from agent.store import models\nimport drafting.offline\n", encoding="utf-8")
    assert {"agent.store", "drafting.offline"} <= imported_modules(bad)
