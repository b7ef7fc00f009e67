"""Intent spikes from first-party web events: JSON Lines from a path, a glob or a URL.

Each line is one event, `{"domain" or "email", "topic" or "url", "score"?, "timestamp"}`. Files
are read line by line from a byte offset kept in ctx.state, so a log that grows is read
incrementally and memory stays flat however long it gets. Scores are summed per (domain, topic,
day) — events with a URL and no topic fall under "web visits", and a visit to a pricing or demo
page is a strong event worth more. A domain whose sum over the trailing `window_days` reaches
`threshold` is an intent spike, once per (domain, topic, ISO week). The daily sums live in one
snapshot per domain, `intent_events:{domain}`, loaded only for domains a run saw.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from pydantic import Field, field_validator, model_validator

from signals.http import FetchHTTPError
from signals.intent import (
    DEFAULT_STRONG_PATHS,
    WEB_VISITS,
    CappedProblems,
    EventProblem,
    iso_week,
    parse_event_line,
    watched_domains,
    week_monday,
)
from signals.model import SignalEvent, SignalKind
from signals.scoring import signal_strength
from signals.sources.base import (
    Collector,
    ConfigProblem,
    ReadContext,
    SourceConfig,
    check_http_url,
    expand_files,
    register,
)

SNAPSHOT_PREFIX = "intent_events:"
#: URL mode holds the body in memory (the fetcher has no streaming mode), so it is capped.
MAX_DOWNLOAD_BYTES = 200 * 1024 * 1024
PROGRESS_EVERY = 50_000
#: Strong pages listed per day (evidence needs a few, not every visit).
_PAGES_PER_DAY = 5
_HEAD_CHECK = 1024


class IntentEventsConfig(SourceConfig):
    #: A JSON Lines file or a glob ("/var/log/intent/*.jsonl"), read in name order.
    path: str | None = None
    #: Or an http(s) URL; re-fetched with a conditional GET and a Range from the last offset.
    url: str | None = None
    #: URL paths that make a visit strong (matched as whole path segments, any locale prefix).
    strong_paths: list[str] = Field(default_factory=lambda: list(DEFAULT_STRONG_PATHS))
    #: Days summed for the threshold, ending on the day of each event.
    window_days: int = Field(default=7, ge=1, le=90)
    threshold: float = Field(default=50, gt=0)
    #: Score of an event without one; a strong page visit without one scores `strong_score`.
    default_score: float = Field(default=10, ge=0)
    strong_score: float = Field(default=40, ge=0)
    #: Topics that count (case-insensitive); empty: the workspace's `[intent] topics`, then all.
    #: Events that carry only a URL ("web visits") always count.
    topics: list[str] = Field(default_factory=list)
    #: Only events from watched accounts' domains are kept (memory stays bounded by the list).
    watched_only: bool = True
    max_bytes: int = Field(default=MAX_DOWNLOAD_BYTES, gt=0)
    #: A longer line is skipped unread.
    max_line_bytes: int = Field(default=64 * 1024, ge=256)

    @model_validator(mode="after")
    def _one_location(self) -> IntentEventsConfig:
        if bool(self.url) == bool(self.path):
            raise ValueError("give exactly one of `url` or `path`")
        return self

    @field_validator("topics", "strong_paths")
    @classmethod
    def _clean(cls, values: list[str]) -> list[str]:
        return [v.strip() for v in values if v and v.strip()]


@dataclass
class _Day:
    score: float = 0.0
    events: int = 0
    strong: int = 0
    pages: list[str] = field(default_factory=list)
    #: Newest event time read this run (None for days that come from the snapshot).
    latest: datetime | None = None

    def to_json(self, day: str) -> list[Any]:
        return [day, _num(self.score), self.events, self.strong, self.pages]


def _num(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 2)


def _days_from_snapshot(value: Any) -> dict[str, _Day]:
    out: dict[str, _Day] = {}
    if not isinstance(value, list):
        return out
    for item in value:
        if not (isinstance(item, list) and len(item) == 5 and isinstance(item[0], str)):
            continue
        day, score, events, strong, pages = item
        try:
            date.fromisoformat(day)
        except ValueError:
            continue
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (score, events, strong)):
            continue
        clean_pages = [p for p in pages if isinstance(p, str)][:_PAGES_PER_DAY] if isinstance(pages, list) else []
        out[day] = _Day(float(score), int(events), int(strong), clean_pages)
    return out


class _EventsRun:
    def __init__(self, config: IntentEventsConfig, ctx: ReadContext) -> None:
        self.config = config
        self.ctx = ctx
        self.where = f"source {config.name!r}"
        self.watched = watched_domains(ctx.accounts)
        self.topics = frozenset(t.casefold() for t in config.topics) or None
        self.problems = CappedProblems(ctx.skip)
        #: (domain, topic casefolded) -> (topic as first written, {day: _Day})
        self.groups: dict[tuple[str, str], tuple[str, dict[str, _Day]]] = {}
        self.companies: dict[str, str] = {}
        self.lines_done = 0

    # -- reading -------------------------------------------------------------------------------

    def consume(self, stream: IO[bytes], name: str, line_no: int) -> tuple[int, int]:
        """Read complete lines from `stream`; returns (bytes consumed, last line number).

        A last line without a newline is taken only when it is a whole JSON object: otherwise
        the writer is still writing it, and the offset stays before it for the next run.
        """
        cap = self.config.max_line_bytes
        consumed = 0
        where = f"{self.where} {name} line "
        progress = self.ctx.progress
        while True:
            chunk = stream.readline(cap + 1)
            if not chunk:
                break
            if not chunk.endswith(b"\n"):
                if len(chunk) > cap:
                    size = len(chunk)
                    while not chunk.endswith(b"\n"):
                        chunk = stream.readline(cap + 1)
                        if not chunk:
                            break
                        size += len(chunk)
                    consumed += size
                    line_no += 1
                    self.problems.add(where + str(line_no), f"the line is longer than {cap:,} bytes")
                    continue
                if not _whole_object(chunk):
                    break
            consumed += len(chunk)
            line_no += 1
            self.lines_done += 1
            if progress is not None and self.lines_done % PROGRESS_EVERY == 0:
                progress(self.lines_done, None)
            if not chunk.strip():
                continue
            self._line(chunk, where + str(line_no))
        return consumed, line_no

    def _line(self, chunk: bytes, where: str) -> None:
        config = self.config
        try:
            event = parse_event_line(
                chunk,
                strong_paths=config.strong_paths,
                default_score=config.default_score,
                strong_score=config.strong_score,
            )
        except EventProblem as exc:
            self.problems.add(where, str(exc))
            return
        if event is None:  # a person on a free-mail address: nothing says which company
            return
        if config.watched_only and event.domain not in self.watched:
            return
        key = event.group.casefold()
        if self.topics is not None and event.group != WEB_VISITS and key not in self.topics:
            return
        group = self.groups.get((event.domain, key))
        if group is None:
            group = self.groups[(event.domain, key)] = (event.group, {})
        day_key = event.at.date().isoformat()
        day = group[1].get(day_key)
        if day is None:
            day = group[1][day_key] = _Day()
        day.score += event.score
        day.events += 1
        if event.strong:
            day.strong += 1
            if event.page and event.page not in day.pages and len(day.pages) < _PAGES_PER_DAY:
                day.pages.append(event.page)
        if day.latest is None or event.at > day.latest:
            day.latest = event.at
        if event.company and event.domain not in self.companies:
            self.companies[event.domain] = event.company

    def read_path(self, pattern: str) -> None:
        files = expand_files(pattern, self.ctx, self.where)
        cursors = self.ctx.state.get("files")
        cursors = cursors if isinstance(cursors, dict) else {}
        kept: dict[str, dict[str, int]] = {}
        for path in files:
            try:
                stat = path.stat()
            except OSError as exc:
                self.ctx.warn(f"{self.where}: cannot read {path}: {exc.strerror or exc}")
                continue
            cursor = cursors.get(str(path))
            cursor = cursor if isinstance(cursor, dict) else {}
            offset, line_no = int(cursor.get("offset") or 0), int(cursor.get("line") or 0)
            if cursor.get("inode") != stat.st_ino or stat.st_size < offset:
                # A rotated or truncated file is a new file: read it from the start.
                offset, line_no = 0, 0
            if stat.st_size > offset:
                try:
                    with open(path, "rb", buffering=1024 * 1024) as stream:
                        stream.seek(offset)
                        try:
                            used, line_no = self.consume(stream, path.name, line_no)
                        finally:
                            self.problems.close_file(f"{self.where} {path.name}")
                except OSError as exc:
                    self.ctx.warn(f"{self.where}: cannot read {path}: {exc.strerror or exc}")
                    if cursor:
                        kept[str(path)] = cursor
                    continue
                offset += used
            kept[str(path)] = {"offset": offset, "line": line_no, "inode": stat.st_ino, "size": stat.st_size}
        self.ctx.state["files"] = kept

    def read_url(self, url: str) -> None:
        state = self.ctx.state
        offset, line_no = int(state.get("offset") or 0), int(state.get("line") or 0)
        try:
            result = self.ctx.http.get(
                url,
                etag=state.get("etag"),
                last_modified=state.get("last_modified"),
                headers={"Range": f"bytes={offset}-"} if offset else None,
                max_bytes=self.config.max_bytes,
                timeout=self.config.timeout_s,
            )
        except FetchHTTPError as exc:
            if exc.status == 416:  # nothing past the offset yet
                return
            raise
        if result.not_modified:
            return
        content = result.content
        content_range = str(result.headers.get("content-range", ""))
        if offset and result.status == 206 and content_range.startswith(f"bytes {offset}-"):
            start, body = offset, content
        else:
            # A whole body: the same log grown (its first bytes unchanged) is read from the
            # offset; anything else is a new log, read from the start.
            head_len = int(state.get("head_len") or 0)
            same = (
                offset > 0
                and len(content) >= offset
                and state.get("head") == hashlib.sha256(content[:head_len]).hexdigest()
            )
            start = offset if same else 0
            line_no = line_no if same else 0
            body = content[start:]
            state["head"] = hashlib.sha256(content[:_HEAD_CHECK]).hexdigest()
            state["head_len"] = min(len(content), _HEAD_CHECK)
        name = Path(urlsplit(url).path).name or "events.jsonl"
        try:
            used, line_no = self.consume(io.BytesIO(body), name, line_no)
        finally:
            self.problems.close_file(f"{self.where} {name}")
        state.update(
            etag=result.etag, last_modified=result.last_modified, offset=start + used, line=line_no
        )

    # -- spikes --------------------------------------------------------------------------------

    def events(self) -> Iterator[SignalEvent]:
        by_domain: dict[str, list[str]] = {}
        for domain, key in self.groups:
            by_domain.setdefault(domain, []).append(key)
        keys = [SNAPSHOT_PREFIX + d for d in by_domain]
        get_many = getattr(self.ctx.snapshots, "get_many", None)
        stored: dict[str, Any] = {}
        if callable(get_many):
            for start in range(0, len(keys), 1000):
                stored.update(get_many(keys[start : start + 1000]) or {})
        else:
            stored = {k: self.ctx.snapshots.get(k) for k in keys}
        for domain, group_keys in by_domain.items():
            snapshot = stored.get(SNAPSHOT_PREFIX + domain)
            groups = snapshot.get("groups") if isinstance(snapshot, dict) else None
            groups = dict(groups) if isinstance(groups, dict) else {}
            for key in group_keys:
                yield from self._group(domain, key, groups)
            self.ctx.snapshots.put(SNAPSHOT_PREFIX + domain, {"groups": groups})

    def _group(self, domain: str, key: str, groups: dict[str, Any]) -> Iterator[SignalEvent]:
        config = self.config
        name, fresh = self.groups[(domain, key)]
        old = groups.get(key) if isinstance(groups.get(key), dict) else {}
        if isinstance(old.get("name"), str) and old["name"]:
            name = old["name"]
        days = _days_from_snapshot(old.get("days"))
        emitted = {w for w in old.get("emitted", []) if isinstance(w, str) and week_monday(w)}
        for day_key, day in fresh.items():
            have = days.get(day_key)
            if have is None:
                days[day_key] = day
            else:
                have.score += day.score
                have.events += day.events
                have.strong += day.strong
                have.pages.extend(p for p in day.pages if p not in have.pages)
                del have.pages[_PAGES_PER_DAY:]
                have.latest = day.latest
        newest = max(date.fromisoformat(d) for d in days)
        # Days before the horizon are forgotten; a late event for them can no longer fire.
        horizon = newest - timedelta(days=config.window_days + 7)
        for day_key in sorted(fresh):
            current = date.fromisoformat(day_key)
            if current < horizon:
                continue
            week = iso_week(current)
            if week in emitted:
                continue
            window = [
                days[d.isoformat()]
                for d in (current - timedelta(days=k) for k in range(config.window_days))
                if d.isoformat() in days
            ]
            total = sum(d.score for d in window)
            if total < config.threshold - 1e-9:
                continue
            emitted.add(week)
            yield self._event(domain, name, week, current, days[day_key], window, total)
        keep_from = horizon.isoformat()
        groups[key] = {
            "name": name,
            "days": [days[d].to_json(d) for d in sorted(days) if d >= keep_from],
            "emitted": sorted(w for w in emitted if (week_monday(w) or date.min) >= horizon - timedelta(days=7)),
        }

    def _event(
        self,
        domain: str,
        topic: str,
        week: str,
        current: date,
        today: _Day,
        window: list[_Day],
        total: float,
    ) -> SignalEvent:
        config = self.config
        company = self.companies.get(domain) or self.watched.get(domain)
        label = company or domain
        count = sum(d.events for d in window)
        strong_count = sum(d.strong for d in window)
        pages: list[str] = []
        for d in window:
            pages.extend(p for p in d.pages if p not in pages)
        pages = sorted(pages)[:_PAGES_PER_DAY]
        occurred = today.latest or datetime(current.year, current.month, current.day, tzinfo=UTC)
        span = f"{config.window_days} day{'s' if config.window_days != 1 else ''}"
        reason = f"{_num(total)} points from {count} event{'s' if count != 1 else ''} in {span}"
        if pages:
            reason += f", including {'a visit' if len(pages) == 1 else 'visits'} to " + ", ".join(pages)
        facts: dict[str, Any] = {
            # Web visits carry no topic: the drafter then writes no topic line rather than
            # "a quick thought on web visits" (or on which pages a person looked at).
            "topic": None if topic == WEB_VISITS else topic,
            "activity": "website visits" if topic == WEB_VISITS else "topic research",
            "score": _num(total),
            "window_days": config.window_days,
            "events": count,
            "week": week,
            "strong": strong_count > 0,
            "pages": pages,
            "reason": reason,
        }
        if topic == WEB_VISITS:
            title = f"{label}: {count} website visit{'s' if count != 1 else ''} in {span}"
            title += f", including {', '.join(pages)}" if pages else ""
        else:
            title = f"{label} is researching {topic}: {_num(total)} intent points in {span}"
        return SignalEvent(
            kind=SignalKind.INTENT_SPIKE,
            source=config.name,
            occurred_at=occurred,
            title=title,
            ref=f"{domain}|{topic}|{week}",
            company_name=company,
            company_domain=domain,
            excerpt=f"First-party activity from {domain} on {topic}: {reason}.",
            facts=facts,
            strength=signal_strength(SignalKind.INTENT_SPIKE, facts),
            stale=self.ctx.is_stale(occurred, config.max_age_days),
        )


def _whole_object(chunk: bytes) -> bool:
    try:
        return isinstance(json.loads(chunk), dict)
    except (ValueError, RecursionError):
        return False


@register
class IntentEventsCollector(Collector):
    type = "intent_events"
    Config = IntentEventsConfig
    description = "Intent spikes from first-party web events (JSON Lines: domain/email, topic/URL, score)."

    def check(self, config: SourceConfig) -> None:
        assert isinstance(config, IntentEventsConfig)
        check_http_url(config, config.url)
        bad = [p for p in config.strong_paths if not p.startswith("/")]
        if bad:
            raise ConfigProblem(
                f"source {config.name!r}: strong_paths must be URL paths starting with '/' ({bad[0]!r})"
            )

    def read(self, config: SourceConfig, ctx: ReadContext) -> Iterator[SignalEvent]:
        assert isinstance(config, IntentEventsConfig)
        run = _EventsRun(config, ctx)
        if config.path:
            run.read_path(config.path)
        else:
            assert config.url
            run.read_url(config.url)
        yield from run.events()
