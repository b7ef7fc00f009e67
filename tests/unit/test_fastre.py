"""signals.text.fastre: the re module's functions over a larger LRU cache, with the same results."""

from __future__ import annotations

import re

from signals.text import fastre


def test_the_functions_give_the_standard_modules_results() -> None:
    text = "Acme hires Jane Roe; Globex hires John Doe."
    pattern = r"(?P<co>\w+) hires (?P<p>\w+ \w+)"
    assert fastre.search(pattern, text).group("co") == re.search(pattern, text).group("co")
    assert fastre.match(r"acme", text, fastre.I) is not None
    assert fastre.fullmatch(r"\w+", "Acme") is not None
    assert fastre.sub(r"hires", "names", text, count=1) == re.sub(r"hires", "names", text, count=1)
    assert fastre.subn(r"hires", "names", text) == ("Acme names Jane Roe; Globex names John Doe.", 2)
    assert fastre.split(r";\s*", text, maxsplit=1) == re.split(r";\s*", text, maxsplit=1)
    assert fastre.findall(r"[A-Z]\w+", text) == re.findall(r"[A-Z]\w+", text)
    assert [m.group(0) for m in fastre.finditer(r"hires", text)] == ["hires", "hires"]
    assert fastre.escape("a.b") == re.escape("a.b")


def test_a_compiled_pattern_passes_through_and_fixed_patterns_stay_cached() -> None:
    compiled = re.compile(r"acme", re.I)
    assert fastre.compile(compiled) is compiled
    first = fastre.compile(r"fixed-pattern-\d+")
    for i in range(1000):  # per-text patterns, more than the re module's own cache holds
        fastre.compile(rf"per-text-{i}")
        fastre.compile(r"fixed-pattern-\d+")  # used between them, as the extractors' fixed patterns are
    assert fastre.compile(r"fixed-pattern-\d+") is first
