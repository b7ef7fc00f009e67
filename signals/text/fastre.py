"""The `re` module's functions over a larger, least-recently-used cache of compiled patterns.

The extractors build some patterns per text (a company's or a person's name escaped into a pattern) beside hundreds of
fixed ones. The standard module keeps 512 compiled patterns and evicts the oldest first, so per-text patterns push the
fixed ones out and every fixed pattern is compiled again every few dozen texts. Here the fixed patterns stay compiled
while the per-text ones come and go. Use it as `from signals.text import fastre as re`; everything else (flags,
`escape`, `Pattern`, `error`) is the standard module's.
"""

from __future__ import annotations

import functools
import re as _re
from re import *  # noqa: F401,F403 - flags, escape, error, Pattern, Match: the standard names
from typing import Any

#: Compiled patterns kept: the extractors use about a thousand distinct fixed patterns.
CACHE_SIZE = 4096


@functools.lru_cache(maxsize=CACHE_SIZE)
def _compiled(pattern: str | bytes, flags: int) -> _re.Pattern:
    return _re.compile(pattern, flags)


def compile(pattern: Any, flags: int = 0) -> _re.Pattern:  # noqa: A001 - the standard module's name
    return pattern if isinstance(pattern, _re.Pattern) else _compiled(pattern, int(flags))


def search(pattern: Any, string: str, flags: int = 0) -> _re.Match | None:
    return compile(pattern, flags).search(string)


def match(pattern: Any, string: str, flags: int = 0) -> _re.Match | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: Any, string: str, flags: int = 0) -> _re.Match | None:
    return compile(pattern, flags).fullmatch(string)


def sub(pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> tuple[str, int]:
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern: Any, string: str, maxsplit: int = 0, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern: Any, string: str, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).findall(string)


def finditer(pattern: Any, string: str, flags: int = 0):
    return compile(pattern, flags).finditer(string)
