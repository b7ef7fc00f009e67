"""Workspace settings edited from the UI (and the CLI): ICP and personas, sources, scoring.

Where settings live: **`outrider.toml` is the one source of truth.** An edit made here is applied
to the file's TOML document (tomlkit: comments, order and formatting of everything else stay),
the whole new document is validated by `agent.config.parse_workspace_config` - the very function
that loads the file at start-up, so the messages are the same - and only then written, atomically
(a temporary file in the same folder, fsync, `os.replace`): a crash never leaves half a file,
and a running `outrider run` or UI never reads one. Both notice the new file by its stamp
(`Workspace.refresh_config`, a `stat` per tick or page run) and use it without a restart.

Concurrent edits are compare-and-set: a form carries the `config_version` it was drawn from, and
saving is refused when the file changed since (someone else saved, or an editor did) - the
person reloads and makes their change again instead of silently overwriting it. Writers hold a
lock file beside outrider.toml for the read-check-write.

Accounts and contacts are data, not settings: they live in the database (agent/services/accounts).
Secrets never live in the file (they come from the environment); the validation refuses a URL
carrying a credential exactly as loading does.
"""

from __future__ import annotations

import copy
import fcntl
import hashlib
import logging
import os
import tempfile
import tomllib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import AoT, Table

from agent.config import CONFIG_FILE, ConfigError, WorkspaceConfig, parse_workspace_config
from agent.workspace import Workspace

log = logging.getLogger(__name__)

#: Sections the UI edits as a whole table.
EDITABLE_SECTIONS = ("icp", "scoring", "drafting", "hiring", "intent")


class SettingsError(ValueError):
    """A settings change that cannot be made; the message says why and what to do."""


class StaleSettings(SettingsError):
    """outrider.toml changed since the form was drawn."""


# --------------------------------------------------------------------------- reading


def config_version(ws: Workspace) -> str:
    """A short fingerprint of outrider.toml as it is on disk now (forms carry it back on save)."""
    return _version(ws.config_path.read_bytes())


def _version(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def read_document(ws: Workspace) -> tomlkit.TOMLDocument:
    return tomlkit.parse(ws.config_path.read_text(encoding="utf-8"))


def section_values(ws: Workspace, section: str) -> dict[str, Any]:
    """What the file itself says in `[section]` (not the defaults), as plain values."""
    doc = read_document(ws)
    table = doc.get(section)
    return table.unwrap() if table is not None else {}


def source_tables(ws: Workspace) -> list[dict[str, Any]]:
    """Each `[[sources]]` table exactly as written (plain values), in file order."""
    doc = read_document(ws)
    sources = doc.get("sources")
    return [dict(item) for item in sources.unwrap()] if sources is not None else []


# --------------------------------------------------------------------------- writing


@dataclass
class Change:
    """One settings change, as the audit log wants it."""

    what: str  # "icp", "scoring", "source:techcrunch", "source:techcrunch enabled"
    before: Any
    after: Any
    actor: str
    version_before: str
    version_after: str


def audit_settings_change(ws: Workspace, change: Change) -> None:
    """THE one call site per configuration change for the audit log: `config.changed` on the
    section or source changed, with its before and after (agent.services.audit.record). The file
    is written first, so the entry is written on its own just after."""
    from agent.services import audit

    log.info(
        "config change what=%s actor=%s version=%s->%s", change.what, change.actor or "unknown",
        change.version_before, change.version_after,
    )
    audit.record(ws.db, actor=change.actor or "unknown", action="config.changed", target_type="config",
                 target_id=change.what, before=change.before, after=change.after)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    lock_path = path.with_name(path.name + ".lock")
    with open(lock_path, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def validate_document(text: str, path: Path) -> WorkspaceConfig:
    """Validate TOML text exactly as loading outrider.toml does (same function, same messages)."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None
    return parse_workspace_config(raw, path=path)


def write_atomically(path: Path, text: str) -> None:
    """Replace `path` with `text` so a reader sees the old file or the new one, never a mix."""
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    try:  # the rename itself survives a power cut once the folder is synced
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _edit(
    ws: Workspace,
    what: str,
    apply: Any,
    *,
    expected_version: str | None,
    actor: Any,
) -> WorkspaceConfig:
    """Read the file, let `apply(doc)` change it (returning (before, after) for the audit),
    validate the result like loading does, write it atomically and reload the workspace.

    `actor`: a signed-in `Actor` must be an admin (`Forbidden` otherwise); a plain name is the
    local single user or the CLI."""
    from agent.services.auth import authorize_named

    who = authorize_named(actor, "config") or ""
    path = ws.config_path
    with _locked(path):
        current = path.read_bytes()
        version_before = _version(current)
        if expected_version is not None and expected_version != version_before:
            raise StaleSettings(
                f"{CONFIG_FILE} changed since this form was opened (someone saved, or the file was edited); "
                "reload the page and make your change again"
            )
        doc = tomlkit.parse(current.decode("utf-8"))
        before, after = apply(doc)
        text = tomlkit.dumps(doc)
        config = validate_document(text, path)  # raises ConfigError with the loader's message
        if text.encode("utf-8") == current:
            return config
        write_atomically(path, text)
        version_after = _version(text.encode("utf-8"))
    ws.refresh_config()
    audit_settings_change(ws, Change(what, before, after, who, version_before, version_after))
    return config


def _set_table(doc: tomlkit.TOMLDocument, section: str, values: Mapping[str, Any]) -> tuple[Any, Any]:
    """Set keys of `[section]`; a None value removes the key (its default applies)."""
    table = doc.get(section)
    before = table.unwrap() if table is not None else {}
    if table is None:
        table = tomlkit.table()
        doc[section] = table
    for key, value in values.items():
        if value is None:
            if key in table:
                del table[key]
        else:
            current = table.get(key)
            plain = current.unwrap() if hasattr(current, "unwrap") else current
            if key not in table or plain != (list(value) if isinstance(value, tuple) else value):
                table[key] = _item(value)  # an unchanged key keeps its formatting and comment
    return before, table.unwrap()


def _item(value: Any) -> Any:
    if isinstance(value, tuple):
        value = list(value)
    if isinstance(value, dict):
        inline = tomlkit.inline_table()
        inline.update({k: _item(v) for k, v in value.items()})
        return inline
    return value


def update_section(
    ws: Workspace,
    section: str,
    values: Mapping[str, Any],
    *,
    expected_version: str | None = None,
    actor: Any = "",
) -> WorkspaceConfig:
    """Change keys of one `[section]` (icp, scoring, ...); None removes a key (back to default)."""
    if section not in EDITABLE_SECTIONS:
        raise SettingsError(f"[{section}] is not edited here; edit {CONFIG_FILE} (sections: {', '.join(EDITABLE_SECTIONS)})")
    return _edit(
        ws, section, lambda doc: _set_table(doc, section, values), expected_version=expected_version, actor=actor
    )


def update_icp(ws: Workspace, values: Mapping[str, Any], **kw: Any) -> WorkspaceConfig:
    """The ICP and personas: industries, employees [min, max], countries, personas, competitors, complements."""
    return update_section(ws, "icp", values, **kw)


def update_scoring(ws: Workspace, values: Mapping[str, Any], **kw: Any) -> WorkspaceConfig:
    """Lead-scoring weights and thresholds (`[scoring]`)."""
    return update_section(ws, "scoring", values, **kw)


def _sources_aot(doc: tomlkit.TOMLDocument) -> AoT:
    sources = doc.get("sources")
    if sources is not None and not isinstance(sources, AoT) and isinstance(sources, list) and not sources:
        del doc["sources"]  # `sources = []`: no source yet
        sources = None
    if sources is None:
        sources = tomlkit.aot()
        doc.append("sources", sources)
    if not isinstance(sources, AoT):
        raise SettingsError(f"`sources` in {CONFIG_FILE} is not a list of [[sources]] tables; fix the file first")
    return sources


def _index_of(sources: AoT, name: str) -> int | None:
    for index, table in enumerate(sources):
        if table.get("name") == name:
            return index
    return None


def _source_table(values: Mapping[str, Any]) -> Table:
    table = tomlkit.table()
    # name and type first: the file reads like the examples
    for key in ("name", "type", *[k for k in values if k not in ("name", "type")]):
        if key in values and values[key] is not None and values[key] != "":
            table[key] = _item(values[key])
    return table


def save_source(
    ws: Workspace,
    values: Mapping[str, Any],
    *,
    original_name: str | None = None,
    expected_version: str | None = None,
    actor: Any = "",
) -> WorkspaceConfig:
    """Add a `[[sources]]` table, or replace the one named `original_name` (a rename is allowed).

    Keys whose value is None or empty are left out (their defaults apply)."""
    name = str(values.get("name") or "").strip()
    if not name:
        raise SettingsError("a source needs a name (letters, digits, dashes: e.g. techcrunch)")

    def apply(doc: tomlkit.TOMLDocument) -> tuple[Any, Any]:
        sources = _sources_aot(doc)
        index = _index_of(sources, original_name) if original_name else None
        if original_name and index is None:
            raise SettingsError(f"there is no source named {original_name!r} in {CONFIG_FILE} any more; reload the page")
        clash = _index_of(sources, name)
        if clash is not None and clash != index:
            raise SettingsError(f"a source named {name!r} already exists; pick another name")
        table = _source_table({**values, "name": name})
        if index is None:
            sources.append(table)
            return None, table.unwrap()
        before = sources[index].unwrap()
        sources[index] = table
        return before, table.unwrap()

    return _edit(ws, f"source:{original_name or name}", apply, expected_version=expected_version, actor=actor)


def set_source_enabled(
    ws: Workspace, name: str, enabled: bool, *, expected_version: str | None = None, actor: Any = ""
) -> WorkspaceConfig:
    def apply(doc: tomlkit.TOMLDocument) -> tuple[Any, Any]:
        sources = _sources_aot(doc)
        index = _index_of(sources, name)
        if index is None:
            raise SettingsError(f"there is no source named {name!r} in {CONFIG_FILE}")
        table = sources[index]
        before = bool(table.get("enabled", True))
        if enabled:
            table.pop("enabled", None)  # the default
        else:
            table["enabled"] = False
        return {"enabled": before}, {"enabled": enabled}

    return _edit(ws, f"source:{name} enabled", apply, expected_version=expected_version, actor=actor)


def remove_source(ws: Workspace, name: str, *, expected_version: str | None = None, actor: Any = "") -> WorkspaceConfig:
    def apply(doc: tomlkit.TOMLDocument) -> tuple[Any, Any]:
        sources = _sources_aot(doc)
        index = _index_of(sources, name)
        if index is None:
            raise SettingsError(f"there is no source named {name!r} in {CONFIG_FILE}")
        before = sources[index].unwrap()
        del sources[index]
        if not len(sources):
            del doc["sources"]  # the last one: no `sources = []` left behind
        return before, None

    return _edit(ws, f"source:{name} removed", apply, expected_version=expected_version, actor=actor)


# --------------------------------------------------------------------------- test fetch


@dataclass
class TestFetch:
    """What a source would produce now, read without storing anything."""

    source: str
    events: list[dict[str, Any]] = field(default_factory=list)
    problems: list[dict[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    #: More events were read than shown.
    truncated: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


def test_fetch(ws: Workspace, values: Mapping[str, Any], *, limit: int = 50) -> TestFetch:
    """A dry run of a source as `values` describe it (saved or not): validated exactly like
    outrider.toml, then read once through the workspace's fetcher - the same network guard
    (signals/netguard: no private, loopback or metadata addresses unless `[http] allow_private`),
    rate limits and deadline as a real run - as on a first poll (no cursor, no snapshots).
    Nothing is stored: no signal, no cursor, no health row. Each event says which watched
    account it would be matched to."""
    import time

    from agent.pipeline import make_fetcher
    from agent.services.accounts import watched_accounts
    from signals.http import FetchDeadline, FetchError
    from signals.resolve import AccountResolver
    from signals.sources.base import ConfigProblem, MemorySnapshots, ReadContext, SourceError, collector_for

    name = str(values.get("name") or "").strip() or "test-fetch"
    result = TestFetch(source=name)
    # Validate as part of the whole file, so a source is judged exactly as when it is saved.
    doc = read_document(ws)
    sources = _sources_aot(doc)
    index = _index_of(sources, name)
    table = _source_table({**values, "name": name})
    if index is None:
        sources.append(table)
    else:
        sources[index] = table
    try:
        config = validate_document(tomlkit.dumps(doc), ws.config_path)
    except ConfigError as exc:
        result.error = str(exc)
        return result
    source = config.source(name)
    with ws.db.session() as session:
        accounts = watched_accounts(session)
    resolver = AccountResolver(accounts)
    fetcher = make_fetcher(ws)
    deadline = time.monotonic() + source.deadline_s
    ctx = ReadContext(
        http=fetcher.bounded(deadline),
        state={},
        snapshots=MemorySnapshots(),
        accounts=accounts,
        defaults=config.collector_defaults(),
    )
    try:
        collector = collector_for(source.type)
        collector.check(source)
        reader = collector.read(source, ctx)
        try:
            for event in reader:
                if len(result.events) >= limit:
                    result.truncated = True
                    break
                match = resolver.resolve(name=event.company_name, domain=event.company_domain, hints=event.hints)
                result.events.append(
                    {
                        "kind": str(event.kind.value if hasattr(event.kind, "value") else event.kind),
                        "occurred_at": event.occurred_at.isoformat(timespec="minutes"),
                        "company": event.company_name or event.company_domain or "",
                        "account": match.account.name if match is not None else None,
                        "title": event.title,
                        "url": event.url,
                        "stale": event.stale,
                    }
                )
                if time.monotonic() >= deadline:
                    result.warnings.append(f"stopped at the source's deadline_s = {source.deadline_s:g} s")
                    break
        finally:
            close = getattr(reader, "close", None)
            if close is not None:
                close()
    except (ConfigProblem, SourceError, FetchError) as exc:
        message = str(exc)
        if isinstance(exc, FetchDeadline):
            message = f"the source did not answer within its deadline_s = {source.deadline_s:g} s ({message})"
        result.error = message if message.startswith("source ") else f"source {name!r}: {message}"
    except Exception as exc:  # a collector bug: say so, never crash the page
        log.exception("test fetch of source %s crashed", name)
        result.error = f"source {name!r} failed unexpectedly: {exc.__class__.__name__}: {exc}"
    finally:
        fetcher.close()
    result.problems = [{"where": p.where, "reason": p.reason} for p in ctx.problems]
    result.warnings.extend(ctx.warnings)
    log.info(
        "test fetch source=%s events=%d problems=%d error=%s", name, len(result.events), len(result.problems),
        result.error,
    )
    return result


test_fetch.__test__ = False  # type: ignore[attr-defined]  # not a pytest test, despite its name
TestFetch.__test__ = False  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- export


def export_config(ws: Workspace, *, full: bool = False) -> str:
    """outrider.toml as TOML text, validated first (an invalid file is refused with its message).

    `full`: every setting with its effective value, defaults included (a complete, reviewable
    snapshot); otherwise the file as written, comments kept. Secrets are never in either: they
    live in the environment."""
    text = ws.config_path.read_text(encoding="utf-8")
    config = validate_document(text, ws.config_path)
    if not full:
        return text
    from agent.config import _DEFAULTED_KEYS

    data = config.model_dump(mode="json", by_alias=True, exclude_none=True)
    raw_sources = tomllib.loads(text).get("sources", [])
    # Sources: what each says plus its type's defaults, but not the workspace-wide fallbacks
    # copied into it at load (those stay in their own sections, and follow them).
    data["sources"] = [
        {
            k: v
            for k, v in source.model_dump(mode="json", exclude_none=True).items()
            if k not in _DEFAULTED_KEYS or k in raw
        }
        for source, raw in zip(config.sources, raw_sources, strict=True)
    ]
    doc = tomlkit.document()
    doc.add(tomlkit.comment(f"Exported from {ws.config_path} with every default spelled out."))
    for key, value in data.items():
        if key == "sources":
            continue
        doc[key] = _plain(value)
    if data["sources"]:
        aot = tomlkit.aot()
        for s in data["sources"]:
            aot.append(_plain(s))
        doc["sources"] = aot
    out = tomlkit.dumps(doc)
    validate_document(out, ws.config_path)  # what we export loads back
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return copy.copy(value)
