"""The content library (`content.toml`): assets a nurture step may send, parsed without I/O.

    [[assets]]
    id = "pricing-guide"                     # how sequences name it
    title = "How teams price signal-based outreach"
    url = "https://example.com/guides/pricing"
    stage = "evaluation"                     # awareness | evaluation | purchase (TOFU/MOFU/BOFU)
    personas = ["VP Sales"]                  # from [icp] personas; empty: every persona
    topics = ["pricing"]
    facts = ["Teams that reply within a day book twice as many meetings."]   # what a draft may cite

A bad asset is reported as `file:line: message` and skipped; the good ones are kept.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from agent.nurture.problems import Problem, describe_type
from agent.nurture.toml_lines import Locator, toml_error_line, toml_error_text

CONTENT_FILE = "content.toml"

AWARENESS, EVALUATION, PURCHASE = "awareness", "evaluation", "purchase"
STAGES: tuple[str, ...] = (AWARENESS, EVALUATION, PURCHASE)
#: The seeds' funnel words, accepted as spellings of our stages.
STAGE_ALIASES = {"tofu": AWARENESS, "mofu": EVALUATION, "bofu": PURCHASE}

ASSET_KEYS = ("id", "title", "url", "stage", "personas", "topics", "facts")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")
MAX_FACT_CHARS = 400
MAX_TITLE_CHARS = 200


@dataclass(frozen=True, slots=True)
class Asset:
    id: str
    title: str
    url: str
    stage: str
    #: Spelled as in `[icp] personas`; empty means the asset suits every persona.
    personas: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()
    line: int = 0

    def suits(self, persona: str | None) -> bool:
        """An asset without personas suits everyone; a lead of unknown persona takes any asset."""
        return not self.personas or persona is None or persona in self.personas

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "stage": self.stage,
            "personas": list(self.personas),
            "topics": list(self.topics),
            "facts": list(self.facts),
        }


@dataclass(frozen=True)
class Library:
    assets: tuple[Asset, ...] = ()
    file: str = CONTENT_FILE
    problems: tuple[Problem, ...] = field(default_factory=tuple)

    def get(self, asset_id: str) -> Asset | None:
        for asset in self.assets:
            if asset.id == asset_id:
                return asset
        return None

    def on_stage(self, stage: str) -> list[Asset]:
        return [a for a in self.assets if a.stage == stage]

    def stages_covered(self) -> list[str]:
        return [s for s in STAGES if any(a.stage == s for a in self.assets)]


def normalise_stage(value: str) -> str | None:
    low = value.strip().casefold()
    if low in STAGES:
        return low
    return STAGE_ALIASES.get(low)


def match_persona(value: str, personas: Sequence[str]) -> str | None:
    """The `[icp] personas` spelling of `value` (compared ignoring case and spacing), or None."""
    key = " ".join(value.split()).casefold()
    for persona in personas:
        if " ".join(persona.split()).casefold() == key:
            return persona
    return None


def is_web_url(value: str) -> bool:
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in value.strip()


def parse_content(text: str, *, file: str = CONTENT_FILE, personas: Sequence[str] = ()) -> Library:
    """Parse content.toml. Every problem is in `Library.problems`; bad assets are left out."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return Library((), file, (Problem(file, toml_error_line(exc), f"not valid TOML: {toml_error_text(exc)}"),))
    where = Locator(text)
    problems: list[Problem] = []
    for key in raw:
        if key != "assets":
            problems.append(Problem(file, where.line(key), f"unknown key `{key}` (content.toml holds [[assets]] tables)"))
    items = raw.get("assets", [])
    if not isinstance(items, list):
        problems.append(Problem(file, where.line("assets"), "`assets` must be [[assets]] tables"))
        items = []
    assets: list[Asset] = []
    seen_ids: dict[str, int] = {}
    seen_urls: dict[str, str] = {}
    for index, item in enumerate(items):
        line = where.line("assets", index)
        if not isinstance(item, dict):
            problems.append(Problem(file, line, "each [[assets]] entry must be a table"))
            continue
        asset = _asset(item, index, file, where, personas, problems)
        if asset is None:
            continue
        if asset.id in seen_ids:
            problems.append(
                Problem(file, line, f"asset id {asset.id!r} is used twice (first on line {seen_ids[asset.id]}); skipped")
            )
            continue
        seen_ids[asset.id] = line
        if asset.url in seen_urls:
            problems.append(
                Problem(file, where.line("assets", index, "url"),
                        f"asset {asset.id!r} has the same url as {seen_urls[asset.url]!r}; a click cannot tell them apart",
                        "warning")
            )
        seen_urls.setdefault(asset.url, asset.id)
        assets.append(asset)
    return Library(tuple(assets), file, tuple(problems))


def _asset(
    item: dict[str, Any], index: int, file: str, where: Locator, personas: Sequence[str], problems: list[Problem]
) -> Asset | None:
    line = where.line("assets", index)
    name = f"asset {item['id']!r}" if isinstance(item.get("id"), str) and item["id"].strip() else f"asset #{index + 1}"
    found: list[Problem] = []

    def bad(key: str, message: str, *path: str | int) -> None:
        found.append(Problem(file, where.line("assets", index, key, *path), f"{name}: {message}"))

    for key in item:
        if key not in ASSET_KEYS:
            bad(key, f"unknown key `{key}` (known: {', '.join(ASSET_KEYS)})")
    texts: dict[str, str] = {}
    for key in ("id", "title", "url", "stage"):
        value = item.get(key)
        if value is None:
            found.append(Problem(file, line, f"{name}: `{key}` is required"))
        elif not isinstance(value, str) or not value.strip():
            bad(key, f"`{key}` must be non-empty text, not {describe_type(value)}")
        else:
            texts[key] = value.strip()
    if "id" in texts and not _ID.match(texts["id"]):
        bad("id", "`id` may hold letters, digits, '.', '_' and '-' only (at most 80), like \"pricing-guide\"")
        texts.pop("id")
    if "title" in texts and len(texts["title"]) > MAX_TITLE_CHARS:
        bad("title", f"`title` is {len(texts['title'])} characters; keep it under {MAX_TITLE_CHARS}")
    if "url" in texts and not is_web_url(texts["url"]):
        bad("url", f"`url` {texts['url']!r} is not a web address (https://...)")
    stage = normalise_stage(texts["stage"]) if "stage" in texts else None
    if "stage" in texts and stage is None:
        bad("stage", f"`stage` {texts['stage']!r} is not one of {', '.join(STAGES)}")

    def text_list(key: str) -> list[str]:
        value = item.get(key, [])
        if not isinstance(value, list):
            bad(key, f"`{key}` must be a list of text, not {describe_type(value)}")
            return []
        out = []
        for i, entry in enumerate(value):
            if not isinstance(entry, str) or not entry.strip():
                bad(key, f"`{key}` item {i + 1} must be non-empty text, not {describe_type(entry)}", i)
            else:
                out.append(" ".join(entry.split()))
        return out

    chosen_personas: list[str] = []
    for i, value in enumerate(text_list("personas")):
        if not personas:
            bad("personas", f"persona {value!r} is named, but [icp] personas in outrider.toml lists none", i)
            continue
        spelled = match_persona(value, personas)
        if spelled is None:
            bad("personas", f"persona {value!r} is not in [icp] personas ({', '.join(personas)})", i)
        elif spelled not in chosen_personas:
            chosen_personas.append(spelled)
    topics = text_list("topics")
    facts = text_list("facts")
    for i, fact in enumerate(facts):
        if len(fact) > MAX_FACT_CHARS:
            bad("facts", f"fact {i + 1} is {len(fact)} characters; a draft cites one sentence (max {MAX_FACT_CHARS})", i)
    if found:
        problems.extend(found)
        problems.append(Problem(file, line, f"{name} skipped because of the problems above"))
        return None
    if not facts:
        problems.append(
            Problem(file, line, f"{name} has no `facts`: a draft about it can cite only its title", "warning")
        )
    return Asset(
        id=texts["id"],
        title=" ".join(texts["title"].split()),
        url=texts["url"],
        stage=stage or "",
        personas=tuple(chosen_personas),
        topics=tuple(topics),
        facts=tuple(facts),
        line=line,
    )
