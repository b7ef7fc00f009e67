"""Line numbers for values in a TOML document, so a problem can be reported as `file:line: message`.

`tomllib` parses but forgets where things were. `Locator` walks the same (already valid) text once
and remembers the line each table, key, array item and inline table starts on, in the shape
tomllib returns: `Locator(text).line("sequences", 1, "steps", 0, "wait_days")`. A path that goes
deeper than what was found answers with the deepest line it knows, so every problem gets a line.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_TOML_ERROR_LINE = re.compile(r"\(at line (\d+), column \d+\)")


@dataclass
class Node:
    line: int
    keys: dict[str, Node] = field(default_factory=dict)
    items: list[Node] = field(default_factory=list)


class Locator:
    """Where each part of a TOML document starts. Build it only from text tomllib accepted."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.lineno = 1
        self.root = Node(1)
        self._parse()

    # -- queries -----------------------------------------------------------------------------

    def line(self, *path: str | int) -> int:
        node = self.root
        for part in path:
            nxt: Node | None
            if isinstance(part, int):
                nxt = node.items[part] if 0 <= part < len(node.items) else None
            else:
                nxt = node.keys.get(part)
            if nxt is None:
                break
            node = nxt
        return node.line

    # -- scanning ------------------------------------------------------------------------------

    def _peek(self, n: int = 1) -> str:
        return self.text[self.pos : self.pos + n]

    def _advance(self, n: int = 1) -> None:
        chunk = self.text[self.pos : self.pos + n]
        self.lineno += chunk.count("\n")
        self.pos += n

    def _skip_space(self, newlines: bool) -> None:
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch in " \t\r" or (newlines and ch == "\n"):
                self._advance()
            elif ch == "#":
                end = self.text.find("\n", self.pos)
                self._advance((end if end != -1 else len(self.text)) - self.pos)
            else:
                return

    def _parse(self) -> None:
        section = self.root
        while True:
            self._skip_space(newlines=True)
            if self.pos >= len(self.text):
                return
            if self._peek(2) == "[[":
                self._advance(2)
                section = self._header(array=True)
            elif self._peek() == "[":
                self._advance()
                section = self._header(array=False)
            else:
                self._key_value(section)

    def _header(self, *, array: bool) -> Node:
        line = self.lineno
        self._skip_space(newlines=False)
        keys = self._key()
        self._skip_space(newlines=False)
        self._advance(2 if array else 1)
        node = self.root
        for name in keys[:-1]:
            child = node.keys.setdefault(name, Node(line))
            # A dotted header walks into the last element of an array of tables.
            node = child.items[-1] if child.items else child
        last = keys[-1]
        if array:
            holder = node.keys.setdefault(last, Node(line))
            new = Node(line)
            holder.items.append(new)
            return new
        node.keys[last] = node.keys.get(last) or Node(line)
        node.keys[last].line = line
        return node.keys[last]

    def _key(self) -> list[str]:
        parts: list[str] = []
        while True:
            self._skip_space(newlines=False)
            ch = self._peek()
            if ch in ('"', "'"):
                start = self.pos
                self._string()
                parts.append(tomllib.loads(f"k = {self.text[start:self.pos]}")["k"])
            else:
                match = _BARE_KEY.match(self.text, self.pos)
                if match is None:
                    return parts or [""]
                parts.append(match.group(0))
                self._advance(match.end() - self.pos)
            self._skip_space(newlines=False)
            if self._peek() != ".":
                return parts
            self._advance()

    def _key_value(self, table: Node) -> None:
        line = self.lineno
        keys = self._key()
        node = table
        for name in keys[:-1]:
            node = node.keys.setdefault(name, Node(line))
        self._skip_space(newlines=False)
        self._advance()  # "="
        self._skip_space(newlines=False)
        value = self._value()
        value.line = line
        node.keys[keys[-1]] = value

    def _value(self) -> Node:
        node = Node(self.lineno)
        ch = self._peek()
        if ch in ('"', "'"):
            self._string()
        elif ch == "[":
            self._advance()
            while True:
                self._skip_space(newlines=True)
                if self._peek() == "]":
                    self._advance()
                    break
                node.items.append(self._value())
                self._skip_space(newlines=True)
                if self._peek() == ",":
                    self._advance()
        elif ch == "{":
            self._advance()
            while True:
                self._skip_space(newlines=False)
                if self._peek() == "}":
                    self._advance()
                    break
                self._key_value(node)
                self._skip_space(newlines=False)
                if self._peek() == ",":
                    self._advance()
        else:
            while self.pos < len(self.text) and self.text[self.pos] not in ",]}\n#":
                self._advance()
        return node

    def _string(self) -> None:
        quote = self._peek()
        if self._peek(3) == quote * 3:
            self._advance(3)
            end = self.text.find(quote * 3, self.pos)
            while quote == '"' and end != -1 and _escaped(self.text, end):
                end = self.text.find(quote * 3, end + 1)
            end = len(self.text) if end == -1 else end
            # A closing run may be up to five quotes long ("""a"""" ends with a quote in the value).
            stop = end + 3
            while self.text[stop : stop + 1] == quote and stop - end < 5:
                stop += 1
            self._advance(stop - self.pos)
            return
        self._advance()
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if quote == '"' and ch == "\\":
                self._advance(2)
                continue
            self._advance()
            if ch == quote or ch == "\n":
                return


def _escaped(text: str, index: int) -> bool:
    backslashes = 0
    while index > 0 and text[index - 1] == "\\":
        backslashes += 1
        index -= 1
    return backslashes % 2 == 1


def toml_error_line(exc: tomllib.TOMLDecodeError) -> int:
    """The line tomllib names in its message ("... (at line 4, column 9)"), else 1."""
    match = _TOML_ERROR_LINE.search(str(exc))
    return int(match.group(1)) if match else getattr(exc, "lineno", 1) or 1


def toml_error_text(exc: tomllib.TOMLDecodeError) -> str:
    """tomllib's message without its position (the position goes in front as file:line)."""
    return _TOML_ERROR_LINE.sub("", str(exc)).strip()
