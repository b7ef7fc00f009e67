"""Intent spikes from Bombora's weekly Company Surge file, read from a path, a glob or a URL.

The file is streamed through the csv module (never held whole), and only rows whose domain is a
watched account's domain are parsed past that one cell: a 1,000,000-row delivery against 100,000
accounts costs a small multiple of merely reading it (benchmarks/collectors_intent.py). Each
watched domain keeps one compact snapshot, `intent:{domain}` -> {topic: [[iso_week, score], ...]}
(last 8 weeks), loaded only for the domains a run saw. A topic spikes when it crosses the threshold or rises over its trailing
three-week mean (see `signals.intent.evaluate_week`); one event per (domain, topic, week).
"""

from __future__ import annotations

import codecs
import csv
import gzip
import hashlib
import io
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from pydantic import Field, field_validator, model_validator

from signals.intent import (
    BomboraHeader,
    CappedProblems,
    HeaderProblem,
    Spike,
    date_from_name,
    evaluate_week,
    history_from_snapshot,
    history_to_snapshot,
    iso_week,
    map_bombora_header,
    parse_score,
    parse_surge_date,
    watched_domains,
)
from signals.model import SignalEvent, SignalKind
from signals.resolve import normalise_domain
from signals.scoring import signal_strength
from signals.sources.base import (
    Collector,
    ReadContext,
    SourceConfig,
    SourceError,
    check_http_url,
    expand_files,
    register,
)

#: URL mode holds the body in memory (the fetcher has no streaming mode), so it is capped.
MAX_DOWNLOAD_BYTES = 200 * 1024 * 1024
PROGRESS_EVERY = 50_000
SNAPSHOT_PREFIX = "intent:"
_HEAD_BYTES = 64 * 1024


class BomboraConfig(SourceConfig):
    #: A file or a glob ("/data/bombora/*.csv"; ".csv.gz" too). Files are read in name order.
    path: str | None = None
    #: Or an http(s) URL fetched with a conditional GET.
    url: str | None = None
    #: Topic names to watch (case-insensitive, exact). Empty: the workspace's `[intent] topics`,
    #: and when that is empty too, every topic.
    topics: list[str] = Field(default_factory=list)
    #: Composite score (0-100) a topic must reach to "cross".
    threshold: int = Field(default=60, ge=1, le=100)
    #: Points over the trailing three-week mean that count as a rise.
    rise_points: int = Field(default=15, ge=1, le=100)
    #: Stop reading a file after this many data rows (a safety valve for runaway exports).
    max_rows_per_file: int | None = Field(default=None, gt=0)
    #: Body cap in URL mode.
    max_bytes: int = Field(default=MAX_DOWNLOAD_BYTES, gt=0)

    @model_validator(mode="after")
    def _one_location(self) -> BomboraConfig:
        if bool(self.url) == bool(self.path):
            raise ValueError("give exactly one of `url` or `path`")
        return self

    @field_validator("topics")
    @classmethod
    def _topics(cls, values: list[str]) -> list[str]:
        return [v.strip() for v in values if v and v.strip()]


def sniff_text(head: bytes) -> tuple[str, str]:
    """(encoding, delimiter) from the first bytes of a file: UTF-8 (BOM or not), UTF-16 with a
    BOM, else cp1252 as Excel writes it; comma unless the header line has more ; or tabs."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
        text = head.decode("utf-16", errors="replace")
    else:
        try:
            text = codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=False)
            encoding = "utf-8-sig"
        except UnicodeDecodeError:
            encoding = "cp1252"
            text = head.decode("cp1252", errors="replace")
    first = text.split("\n", 1)[0]
    counts = {",": first.count(","), ";": first.count(";"), "\t": first.count("\t")}
    delimiter = max(counts, key=lambda d: (counts[d], d == ","))
    return encoding, delimiter


def _week_of(cell: str, cache: dict[str, tuple[date, str] | None]) -> tuple[date, str] | None:
    # A delivery holds one or a few distinct datestamps: parse each spelling once.
    try:
        return cache[cell]
    except KeyError:
        pass
    day = parse_surge_date(cell)
    found = (day, iso_week(day)) if day else None
    if len(cache) < 10_000:  # a file of all-different spellings must not grow it without end
        cache[cell] = found
    return found


class _SurgeRun:
    """One read: stream every new file into `obs`, then compare with the stored history."""

    def __init__(self, config: BomboraConfig, ctx: ReadContext) -> None:
        self.config = config
        self.ctx = ctx
        self.where = f"source {config.name!r}"
        self.watched = watched_domains(ctx.accounts)
        #: domain -> the same string: one lookup both tests a row's domain and hands back a
        #: shared string object, so 300,000 kept rows do not keep 300,000 copies of it.
        self.canonical = {domain: domain for domain in self.watched}
        self.topics = frozenset(t.casefold() for t in config.topics) or None
        self.problems = CappedProblems(ctx.skip)
        #: (domain, topic casefolded, iso week) -> (score, datestamp)
        self.obs: dict[tuple[str, str, str], tuple[int | float, date]] = {}
        #: topic casefolded -> (topic as first written, its Bombora category)
        self.topic_names: dict[str, tuple[str, str]] = {}
        #: domain -> company name as the file writes it (first seen)
        self.companies: dict[str, str] = {}
        self.rows_done = 0

    # -- reading -------------------------------------------------------------------------------

    def read_stream(self, raw: IO[bytes], name: str) -> None:
        """Read one delivery from a seekable binary stream. `name` is used in problem reports."""
        head = raw.read(_HEAD_BYTES)
        raw.seek(0)
        if not head.strip():
            self.ctx.warn(f"{self.where}: {name} is empty")
            return
        if b"\x00" in head[:1024] and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            self.ctx.warn(f"{self.where}: {name} is a binary file, not a CSV export")
            return
        encoding, delimiter = sniff_text(head)
        text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
        reader = csv.reader(text, delimiter=delimiter)
        try:
            first = self._first_row(reader, name)
            if first is None:
                self.ctx.warn(f"{self.where}: {name} has no rows")
                return
            header_line = reader.line_num
            file_day = date_from_name(name)
            try:
                header = map_bombora_header(first, date_known=file_day is not None)
            except HeaderProblem as exc:
                self.ctx.warn(f"{self.where}: {name} line {header_line}: {exc}; the file was skipped")
                return
            if header.positional:
                self._consume([first], reader, header, name, file_day)
            self._consume(reader, reader, header, name, file_day)
        finally:
            self.problems.close_file(f"{self.where} {name}")
            text.detach()

    def _first_row(self, reader: Any, name: str) -> list[str] | None:
        while True:
            try:
                for row in reader:
                    if any(cell.strip() for cell in row):
                        return row
                return None
            except csv.Error as exc:
                self.problems.add(f"{self.where} {name} line {reader.line_num}", f"unreadable CSV: {exc}")

    def _consume(
        self,
        rows: Iterable[list[str]],
        reader: Any,
        header: BomboraHeader,
        name: str,
        file_day: date | None,
    ) -> None:
        while True:
            try:
                self._rows(rows, reader, header, name, file_day)
                return
            except csv.Error as exc:
                # The reader resumes on the next line; the broken record alone is lost.
                self.problems.add(f"{self.where} {name} line {reader.line_num}", f"unreadable CSV: {exc}")
            except _RowLimit:
                self.ctx.warn(
                    f"{self.where}: {name}: only the first {self.config.max_rows_per_file:,} rows "
                    "were read (max_rows_per_file)"
                )
                return

    def _rows(
        self,
        rows: Iterable[list[str]],
        reader: Any,
        header: BomboraHeader,
        name: str,
        file_day: date | None,
    ) -> None:
        # The hot loop: everything it needs is a local, and a row whose domain is not watched
        # costs one strip, one lower and one dict lookup.
        di, ti, si, dti = header.domain, header.topic, header.score, header.date
        ci, cati = header.company, header.category
        width = header.width
        canonical = self.canonical.get
        topics = self.topics
        obs = self.obs
        obs_get = obs.get
        topic_names = self.topic_names
        companies = self.companies
        problem = self.problems.add
        where = f"{self.where} {name} line "
        weeks: dict[str, tuple[date, str] | None] = {}
        # Raw topic cell -> (topic, casefolded key): a delivery repeats a few thousand topics.
        topic_cells: dict[str, tuple[str, str]] = {}
        fixed_week = (file_day, iso_week(file_day)) if file_day else None
        limit = self.config.max_rows_per_file
        progress = self.ctx.progress
        done = self.rows_done
        stop_at = done + limit if limit is not None else None
        try:
            for row in rows:
                done += 1
                if done % PROGRESS_EVERY == 0 and progress is not None:
                    progress(done, None)
                if stop_at is not None and done > stop_at:
                    raise _RowLimit
                try:
                    raw = row[di].strip().lower()
                except IndexError:
                    if any(cell.strip() for cell in row):
                        problem(where + str(reader.line_num), f"has {len(row)} columns; expected {width}")
                    continue
                domain = canonical(raw)
                if domain is None:
                    if not raw:
                        if any(cell.strip() for cell in row):
                            problem(where + str(reader.line_num), "no domain")
                        continue
                    if raw.startswith("www") or "/" in raw or ":" in raw:
                        domain = canonical(normalise_domain(raw) or "")
                    if domain is None:
                        continue
                if len(row) < width:
                    problem(where + str(reader.line_num), f"has {len(row)} columns; expected {width}")
                    continue
                cell = row[ti]
                known = topic_cells.get(cell)
                if known is None:
                    topic = cell.strip()[:200]
                    known = (topic, topic.casefold())
                    if len(topic_cells) < 50_000:
                        topic_cells[cell] = known
                topic, key = known
                if topics is not None and key not in topics:
                    continue
                if not topic:
                    problem(where + str(reader.line_num), f"no topic for {domain}")
                    continue
                score = parse_score(row[si])
                if score is None:
                    problem(
                        where + str(reader.line_num),
                        f"composite score {row[si].strip()[:40]!r} is not a number from 0 to 100",
                    )
                    continue
                if dti is not None:
                    found = _week_of(row[dti], weeks)
                    if found is None:
                        problem(where + str(reader.line_num), f"datestamp {row[dti].strip()[:40]!r} is not a date")
                        continue
                else:
                    found = fixed_week
                    assert found is not None
                day, week = found
                ident = (domain, key, week)
                previous = obs_get(ident)
                if previous is None or score > previous[0] or (score == previous[0] and day > previous[1]):
                    obs[ident] = (score, day)
                if key not in topic_names:
                    topic_names[key] = (topic, row[cati].strip()[:200] if cati is not None else "")
                if ci is not None and domain not in companies:
                    companies[domain] = row[ci].strip()[:200]
        finally:
            self.rows_done = done

    def read_path(self, pattern: str) -> None:
        files = expand_files(pattern, self.ctx, self.where)
        seen = self.ctx.state.get("files")
        seen = seen if isinstance(seen, dict) else {}
        kept: dict[str, dict[str, int]] = {}
        for path in files:
            try:
                stat = path.stat()
            except OSError as exc:
                self.ctx.warn(f"{self.where}: cannot read {path}: {exc.strerror or exc}")
                continue
            mark = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
            if seen.get(str(path)) == mark:
                kept[str(path)] = mark
                continue
            try:
                with _open(path) as raw:
                    self.read_stream(raw, path.name)
            except (OSError, EOFError, gzip.BadGzipFile) as exc:
                # Not marked as read: it is tried again next run (a half-copied file, say).
                self.ctx.warn(f"{self.where}: cannot read {path}: {exc}")
                continue
            kept[str(path)] = mark
        # Files that left the folder drop out, so the state stays as small as the folder.
        self.ctx.state["files"] = kept

    def read_url(self, url: str) -> None:
        state = self.ctx.state
        result = self.ctx.http.get(
            url,
            etag=state.get("etag"),
            last_modified=state.get("last_modified"),
            max_bytes=self.config.max_bytes,
            timeout=self.config.timeout_s,
        )
        if result.not_modified:
            return
        state["etag"] = result.etag
        state["last_modified"] = result.last_modified
        digest = hashlib.sha256(result.content).hexdigest()
        if state.get("sha256") == digest:
            return  # the server has no validators but the body is what we read last time
        name = Path(urlsplit(url).path).name or "download.csv"
        raw: IO[bytes] = io.BytesIO(result.content)
        if result.content[:2] == b"\x1f\x8b":
            raw = gzip.GzipFile(fileobj=raw, mode="rb")
        try:
            self.read_stream(raw, name)
        except (OSError, EOFError) as exc:
            raise SourceError(f"{self.where}: {url} is not a readable CSV or gzip file ({exc})") from None
        state["sha256"] = digest

    # -- comparing with history ----------------------------------------------------------------

    def _load(self, domains: list[str]) -> dict[str, Any]:
        keys = [SNAPSHOT_PREFIX + d for d in domains]
        get_many = getattr(self.ctx.snapshots, "get_many", None)
        if callable(get_many):
            found: dict[str, Any] = {}
            for start in range(0, len(keys), 1000):
                found.update(get_many(keys[start : start + 1000]) or {})
            return found
        return {key: self.ctx.snapshots.get(key) for key in keys}

    def events(self) -> Iterator[SignalEvent]:
        by_domain: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for ident in self.obs:
            by_domain[ident[0]].append(ident)
        stored = self._load(list(by_domain))
        config = self.config
        obs = self.obs
        for domain, idents in by_domain.items():
            history = history_from_snapshot(stored.get(SNAPSHOT_PREFIX + domain))
            names = {topic.casefold(): topic for topic in history}
            touched: list[tuple[str, str, tuple[str, str, str]]] = []
            for ident in idents:
                _, key, week = ident
                topic_name = names.get(key) or names.setdefault(key, self.topic_names[key][0])
                # What this run read replaces what was stored for that week (a corrected file).
                history.setdefault(topic_name, {})[week] = obs[ident][0]
                touched.append((week, topic_name, ident))
            touched.sort()
            for week, topic_name, ident in touched:
                spike = evaluate_week(
                    history[topic_name], week, threshold=config.threshold, rise_points=config.rise_points
                )
                if spike is None:
                    continue
                category = self.topic_names[ident[1]][1]
                yield self._event(domain, topic_name, week, spike, category, obs[ident][1])
            self.ctx.snapshots.put(SNAPSHOT_PREFIX + domain, history_to_snapshot(history))

    def _event(
        self,
        domain: str,
        topic: str,
        week: str,
        spike: Spike,
        category: str,
        day: date,
    ) -> SignalEvent:
        name = self.companies.get(domain) or self.watched.get(domain) or domain
        occurred = datetime(day.year, day.month, day.day, tzinfo=UTC)
        facts: dict[str, Any] = {
            "topic": topic,
            "score": spike.score,
            "previous_mean": spike.previous_mean,
            "week": week,
            "category": category or None,
            "strong": spike.strong,
            "reason": spike.reason,
        }
        before = (
            f"; its mean over the weeks before was {spike.previous_mean:g}"
            if spike.previous_mean is not None
            else "; no score the weeks before"
        )
        excerpt = (
            f"Bombora Company Surge, week of {day.isoformat()} ({week}): {domain} scored "
            f"{spike.score} on {topic}" + (f" ({category})" if category else "") + before + "."
        )
        return SignalEvent(
            kind=SignalKind.INTENT_SPIKE,
            source=self.config.name,
            occurred_at=occurred,
            title=f"{name} is researching {topic}: surge score {spike.score}, {spike.reason}",
            ref=f"{domain}|{topic}|{week}",
            company_name=name,
            company_domain=domain,
            excerpt=excerpt,
            facts=facts,
            strength=signal_strength(SignalKind.INTENT_SPIKE, facts),
            stale=self.ctx.is_stale(occurred, self.config.max_age_days),
        )


class _RowLimit(Exception):
    """max_rows_per_file was reached."""


def _open(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb", buffering=1024 * 1024)  # noqa: SIM115 - closed by the caller's `with`


@register
class BomboraCsvCollector(Collector):
    type = "bombora_csv"
    Config = BomboraConfig
    description = "Intent spikes from Bombora's weekly Company Surge CSV (path, glob or URL)."

    def check(self, config: SourceConfig) -> None:
        assert isinstance(config, BomboraConfig)
        check_http_url(config, config.url)

    def read(self, config: SourceConfig, ctx: ReadContext) -> Iterator[SignalEvent]:
        assert isinstance(config, BomboraConfig)
        run = _SurgeRun(config, ctx)
        if config.path:
            run.read_path(config.path)
        else:
            assert config.url
            run.read_url(config.url)
        if ctx.progress is not None and run.rows_done:
            ctx.progress(run.rows_done, run.rows_done)
        yield from run.events()
