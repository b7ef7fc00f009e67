"""Hiring signals from public job boards: new roles in watched families, hiring surges, closed roles.

For each watched account with a board (`ats` + `ats_board` on the account, a `boards` entry in the
source config, or a board found on the account's careers page) the collector fetches the board's
public API with a conditional GET, diffs it against the board's snapshot and emits:

* `new_role` for a posting not seen before whose title falls in a watched role family
  (`watch`, else the workspace's `[hiring] watch`). On a board's first poll only postings younger
  than `max_age_days` are events; older ones form the baseline.
* `hiring_surge` when the open roles of one function rise by at least `surge_share` over their
  trailing-30-day daily average and by at least `surge_min_roles` roles; at most once per function
  per ISO week.
* `role_closed` (low strength, recorded) when a watched-family posting disappears.

Boards are fetched concurrently (a small thread pool over the thread-safe `ctx.http`); parsing
happens on the workers, while every read and write of `ctx.state` and `ctx.snapshots` stays on
the calling thread. A board that answers 404 is skipped (it moved or was removed); the source
fails only when every board it tried failed.

State kept (`ctx.state`): `boards[ats:board]` = ETag, Last-Modified, last history day, pages;
`discovered[account id]` = {ats, board, found_at} for the agent to copy onto the account;
`discovery_checked[account id]` = the day a careers page showed no board (retried weekly).
Snapshots: `board:{ats}:{board}` = {postings: {id: {title, function, first_seen, url,
closed_at?}}, history: {day: {function: open count}}, surges: {function: ISO week}}.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict, Field, field_validator

from signals.ats.discover import BoardRef, discover_board
from signals.ats.parsers import (
    ATS_KINDS,
    BoardFormatError,
    ParseResult,
    Posting,
    parse_board,
)
from signals.extract.roles import FUNCTION_LABELS, classify_title, matches_watch
from signals.http import FetchError, FetchHTTPError
from signals.model import SignalEvent, SignalKind, WatchedAccount
from signals.scoring import signal_strength
from signals.sources.base import (
    Collector,
    ConfigProblem,
    ReadContext,
    SourceConfig,
    SourceError,
    register,
)

#: API hosts, overridable per source through `base_urls` (EU hosts, proxies, tests).
DEFAULT_BASE_URLS: dict[str, str] = {
    "greenhouse": "https://boards-api.greenhouse.io",
    "lever": "https://api.lever.co",
    "lever_eu": "https://api.eu.lever.co",
    "ashby": "https://api.ashbyhq.com",
    "smartrecruiters": "https://api.smartrecruiters.com",
    "workable": "https://apply.workable.com",
}
#: Where people look at a board, for the URL of a surge event.
PUBLIC_BOARD_URLS: dict[str, str] = {
    "greenhouse": "https://job-boards.greenhouse.io/{board}",
    "lever": "https://jobs.lever.co/{board}",
    "lever_eu": "https://jobs.eu.lever.co/{board}",
    "ashby": "https://jobs.ashbyhq.com/{board}",
    "smartrecruiters": "https://careers.smartrecruiters.com/{board}",
    "workable": "https://apply.workable.com/{board}/",
}
_ATS_ALIASES = {"lever-eu": "lever_eu", "lever eu": "lever_eu", "smart recruiters": "smartrecruiters"}
_BOARD_TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_DOMAIN = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")

WINDOW_DAYS = 30
#: Strength of a closed role: recorded for the account's story, rarely worth a message alone.
ROLE_CLOSED_STRENGTH = 0.2
#: Closed postings are forgotten this long after they closed.
CLOSED_RETENTION_DAYS = 90
#: Problems recorded per board before the rest are summarised in one line.
MAX_PROBLEMS_PER_BOARD = 20
SMARTRECRUITERS_PAGE = 100
SMARTRECRUITERS_MAX_PAGES = 50
MAX_CAREERS_PAGE_BYTES = 3 * 1024 * 1024


def normalise_ats(value: str | None) -> str | None:
    """"Greenhouse" -> "greenhouse", "lever-eu" -> "lever_eu"; None when it is not an ATS we read."""
    if not value or not isinstance(value, str):
        return None
    key = " ".join(value.strip().casefold().split())
    key = _ATS_ALIASES.get(key, key)
    return key if key in ATS_KINDS else None


class BoardSpec(BaseModel):
    """One board named in the source config: `{ats = "lever", board = "acme", account_domain = "acme.com"}`."""

    model_config = ConfigDict(extra="forbid")

    ats: str
    board: str
    account_domain: str | None = None

    @field_validator("ats")
    @classmethod
    def _ats(cls, value: str) -> str:
        ats = normalise_ats(value)
        if ats is None:
            raise ValueError(f"{value!r} is not a supported ATS; use one of {', '.join(ATS_KINDS)}")
        return ats

    @field_validator("board")
    @classmethod
    def _board(cls, value: str) -> str:
        value = value.strip()
        if not _BOARD_TOKEN.match(value):
            raise ValueError(
                f"{value!r} is not a board name; give the token from the board's URL "
                "(jobs.lever.co/<site>, boards.greenhouse.io/<token>)"
            )
        return value

    @field_validator("account_domain")
    @classmethod
    def _domain(cls, value: str | None) -> str | None:
        return _clean_domain(value) if value else None


class JobBoardsConfig(SourceConfig):
    #: Role families whose new postings are signals; empty means the workspace's `[hiring] watch`.
    watch: list[str] = Field(default_factory=list)
    #: A surge is open roles in a function rising by at least this share over the 30-day average.
    surge_share: float = Field(default=0.3, gt=0, le=100)
    #: ... and by at least this many roles.
    surge_min_roles: int = Field(default=3, ge=1)
    boards: list[BoardSpec] = Field(default_factory=list)
    #: Look for a board on the careers page of accounts that name none.
    discover: bool = True
    careers_paths: list[str] = Field(default_factory=lambda: ["/careers", "/jobs"])
    #: Days before a careers page that showed no board is looked at again.
    rediscover_days: int = Field(default=7, ge=1)
    #: Boards fetched at once.
    workers: int = Field(default=16, ge=1, le=64)
    max_bytes: int = Field(default=20 * 1024 * 1024, gt=0)


def _clean_domain(value: str | None) -> str | None:
    if not value:
        return None
    text = value.strip().casefold()
    text = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text)
    text = text.split("/")[0].split("?")[0].split("#")[0].split("@")[-1].split(":")[0]
    text = text.removeprefix("www.").rstrip(".")
    return text if _DOMAIN.match(text) else None


@dataclass
class _Target:
    ats: str
    board: str
    account: WatchedAccount | None = None
    company_domain: str | None = None
    #: The account id whose careers page named this board (its discovery is undone on a 404).
    discovered_for: str | None = None

    @property
    def key(self) -> str:
        return f"{self.ats}:{self.board}"

    @property
    def where(self) -> str:
        return f"{self.ats} board {self.board!r}"


@dataclass
class _Fetched:
    target: _Target
    status: str  # ok | not_modified | gone | error
    parsed: ParseResult | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str = ""
    #: False when the board had more postings than we read: closures cannot be told then.
    complete: bool = True
    pages: int = 1


@dataclass
class _Run:
    successes: int = 0
    failures: int = 0
    gone: int = 0
    first_error: str = ""
    boards: dict[str, Any] = field(default_factory=dict)


@register
class JobBoardsCollector(Collector):
    type = "job_boards"
    Config = JobBoardsConfig
    description = (
        "Hiring signals from public job boards (Greenhouse, Lever, Ashby, SmartRecruiters, Workable): "
        "new roles in watched families, hiring surges and closed roles."
    )

    # ------------------------------------------------------------------ config

    def check(self, config: SourceConfig) -> None:
        assert isinstance(config, JobBoardsConfig)
        name = config.name
        for key, url in config.base_urls.items():
            if key not in DEFAULT_BASE_URLS:
                raise ConfigProblem(
                    f"source {name!r}: unknown base_urls key {key!r}; "
                    f"known keys: {', '.join(DEFAULT_BASE_URLS)}"
                )
            if not url.startswith(("http://", "https://")):
                raise ConfigProblem(f"source {name!r}: base_urls.{key} must start with http:// or https://")
        for path in config.careers_paths:
            if not path.startswith("/"):
                raise ConfigProblem(
                    f"source {name!r}: careers_paths entries are paths starting with '/', not {path!r}"
                )
        for phrase in config.watch:
            if not phrase.strip():
                raise ConfigProblem(f"source {name!r}: watch has an empty role family")

    def _base(self, config: JobBoardsConfig, ats: str) -> str:
        return config.base_urls.get(ats, DEFAULT_BASE_URLS[ats]).rstrip("/")

    def board_url(self, config: JobBoardsConfig, ats: str, board: str, *, offset: int = 0) -> str:
        """The API address of one board (one page of it, for SmartRecruiters)."""
        base, token = self._base(config, ats), quote(board, safe="")
        if ats == "greenhouse":
            return f"{base}/v1/boards/{token}/jobs?content=true"
        if ats in ("lever", "lever_eu"):
            return f"{base}/v0/postings/{token}?mode=json"
        if ats == "ashby":
            return f"{base}/posting-api/job-board/{token}"
        if ats == "smartrecruiters":
            return f"{base}/v1/companies/{token}/postings?limit={SMARTRECRUITERS_PAGE}&offset={offset}"
        if ats == "workable":
            return f"{base}/api/v1/widget/accounts/{token}?details=true"
        raise ValueError(ats)

    # ------------------------------------------------------------------ read

    def read(self, config: SourceConfig, ctx: ReadContext) -> Iterator[SignalEvent]:
        assert isinstance(config, JobBoardsConfig)
        where = f"source {config.name!r}"
        watch = list(config.watch) or [
            w for w in (ctx.defaults.get("hiring_watch") or []) if isinstance(w, str) and w.strip()
        ]
        boards_state = ctx.state.setdefault("boards", {})
        ctx.state.setdefault("discovered", {})
        run = _Run(boards=boards_state)

        with ThreadPoolExecutor(max_workers=config.workers, thread_name_prefix="job-boards") as pool:
            try:
                targets = self._targets(config, ctx, pool)
                if not targets:
                    if ctx.accounts and not config.discover:
                        # Accounts are watched but nothing says where their boards are.
                        ctx.warn(
                            f"{where}: no job boards to read; give accounts an ats and ats_board, "
                            "list boards in the source, or turn on discover"
                        )
                    return
                yield from self._read_boards(config, ctx, pool, targets, watch, run)
            finally:
                pool.shutdown(wait=True, cancel_futures=True)

        if run.successes == 0 and run.failures:
            raise SourceError(
                f"{where}: every job board failed ({run.failures} of {len(targets)}); "
                f"first error: {run.first_error}"
            )
        if run.successes == 0 and run.gone:
            ctx.warn(
                f"{where}: all {run.gone} job boards answered 404; check the board names and base_urls"
            )

    def _read_boards(
        self,
        config: JobBoardsConfig,
        ctx: ReadContext,
        pool: ThreadPoolExecutor,
        targets: list[_Target],
        watch: Sequence[str],
        run: _Run,
    ) -> Iterator[SignalEvent]:
        total = len(targets)
        done = 0
        queue = iter(targets)
        pending: set[Future[_Fetched]] = set()
        # A bounded window keeps memory flat: at most two parsed boards per worker wait here.
        window = config.workers * 2

        def submit_more() -> None:
            while len(pending) < window:
                target = next(queue, None)
                if target is None:
                    return
                prior = dict(run.boards.get(target.key) or {})
                pending.add(pool.submit(self._fetch, config, ctx, target, prior))

        submit_more()
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                pending.discard(future)
                fetched = future.result()
                yield from self._apply(config, ctx, fetched, watch, run)
                done += 1
                if ctx.progress is not None:
                    ctx.progress(done, total)
            submit_more()

    # ------------------------------------------------------------------ which boards

    def _targets(
        self, config: JobBoardsConfig, ctx: ReadContext, pool: ThreadPoolExecutor
    ) -> list[_Target]:
        by_domain = {}
        for account in ctx.accounts:
            domain = _clean_domain(account.domain)
            if domain:
                by_domain.setdefault(domain, account)
        targets: dict[str, _Target] = {}
        covered: set[str] = set()

        for spec in config.boards:
            account = by_domain.get(spec.account_domain) if spec.account_domain else None
            target = _Target(spec.ats, spec.board, account, spec.account_domain)
            targets.setdefault(target.key, target)
            if account is not None:
                covered.add(str(account.id))

        discovered: dict[str, Any] = ctx.state["discovered"]
        needs_discovery: list[WatchedAccount] = []
        for account in ctx.accounts:
            account_id = str(account.id)
            raw_ats = getattr(account, "ats", None)
            raw_board = getattr(account, "ats_board", None)
            if raw_ats or raw_board:
                ats = normalise_ats(raw_ats)
                board = (raw_board or "").strip()
                if ats is None or not _BOARD_TOKEN.match(board):
                    ctx.skip(
                        f"account {account.name!r}",
                        f"ats {raw_ats!r} / ats_board {raw_board!r} do not name a board we can read "
                        f"(ats is one of {', '.join(ATS_KINDS)}; ats_board is the token in the board's URL)",
                    )
                    continue
                targets.setdefault(f"{ats}:{board}", _Target(ats, board, account, _clean_domain(account.domain)))
                covered.add(account_id)
                continue
            if account_id in covered:
                continue
            found = discovered.get(account_id)
            if isinstance(found, dict) and normalise_ats(found.get("ats")) and found.get("board"):
                ats = normalise_ats(found["ats"])
                assert ats is not None
                target = _Target(ats, str(found["board"]), account, _clean_domain(account.domain), account_id)
                targets.setdefault(target.key, target)
                continue
            if config.discover:
                needs_discovery.append(account)

        for account, ref, url in self._discover(config, ctx, pool, needs_discovery):
            discovered[str(account.id)] = {"ats": ref.ats, "board": ref.board, "found_at": url}
            target = _Target(ref.ats, ref.board, account, _clean_domain(account.domain), str(account.id))
            targets.setdefault(target.key, target)
        return list(targets.values())

    def _discover(
        self,
        config: JobBoardsConfig,
        ctx: ReadContext,
        pool: ThreadPoolExecutor,
        accounts: list[WatchedAccount],
    ) -> list[tuple[WatchedAccount, BoardRef, str]]:
        checked: dict[str, str] = ctx.state.setdefault("discovery_checked", {})
        today = ctx.now.date()
        due: list[tuple[WatchedAccount, list[str], bool]] = []
        for account in accounts:
            last = checked.get(str(account.id))
            if isinstance(last, str):
                try:
                    if today - datetime.fromisoformat(last).date() < timedelta(days=config.rediscover_days):
                        continue
                except ValueError:
                    pass
            careers = getattr(account, "careers_url", None)
            if isinstance(careers, str) and careers.strip().lower().startswith(("http://", "https://")):
                due.append((account, [careers.strip()], True))
                continue
            domain = _clean_domain(account.domain)
            if domain:
                due.append((account, [f"https://{domain}{path}" for path in config.careers_paths], False))
        if not due:
            return []
        futures = [(account, explicit, pool.submit(self._find_board, config, ctx, urls)) for account, urls, explicit in due]
        found: list[tuple[WatchedAccount, BoardRef, str]] = []
        for account, explicit, future in futures:
            ref, url, error = future.result()
            if ref is not None and url is not None:
                found.append((account, ref, url))
                checked.pop(str(account.id), None)
                continue
            checked[str(account.id)] = today.isoformat()
            if explicit and error:
                ctx.skip(f"account {account.name!r} careers page", error)
        return found

    def _find_board(
        self, config: JobBoardsConfig, ctx: ReadContext, urls: list[str]
    ) -> tuple[BoardRef | None, str | None, str]:
        """Runs on a worker: fetch careers pages in turn until one names a board."""
        error = ""
        for url in urls:
            try:
                result = ctx.http.get(url, max_bytes=MAX_CAREERS_PAGE_BYTES, timeout=config.timeout_s)
            except FetchError as exc:
                error = f"could not read the careers page: {exc}"
                continue
            ref = discover_board(result.text(), result.url or url)
            if ref is not None:
                return ref, url, ""
        return None, None, error

    # ------------------------------------------------------------------ fetching (worker threads)

    def _fetch(
        self, config: JobBoardsConfig, ctx: ReadContext, target: _Target, prior: dict[str, Any]
    ) -> _Fetched:
        try:
            if target.ats == "smartrecruiters":
                return self._fetch_pages(config, ctx, target, prior)
            result = ctx.http.get(
                self.board_url(config, target.ats, target.board),
                etag=prior.get("etag"),
                last_modified=prior.get("last_modified"),
                max_bytes=config.max_bytes,
                timeout=config.timeout_s,
            )
            if result.not_modified:
                return _Fetched(target, "not_modified", etag=result.etag, last_modified=result.last_modified)
            parsed = parse_board(target.ats, result.content, target.board)
            return _Fetched(target, "ok", parsed, etag=result.etag, last_modified=result.last_modified)
        except FetchHTTPError as exc:
            if exc.status in (404, 410):
                return _Fetched(target, "gone", error=str(exc))
            return _Fetched(target, "error", error=str(exc))
        except (FetchError, BoardFormatError) as exc:
            return _Fetched(target, "error", error=str(exc))

    def _fetch_pages(
        self, config: JobBoardsConfig, ctx: ReadContext, target: _Target, prior: dict[str, Any]
    ) -> _Fetched:
        # Only a board that fitted on one page can be trusted to be unchanged on a 304 of page 1.
        conditional = prior.get("pages") == 1
        first = ctx.http.get(
            self.board_url(config, target.ats, target.board),
            etag=prior.get("etag") if conditional else None,
            last_modified=prior.get("last_modified") if conditional else None,
            max_bytes=config.max_bytes,
            timeout=config.timeout_s,
        )
        if first.not_modified:
            return _Fetched(target, "not_modified", etag=first.etag, last_modified=first.last_modified)
        parsed = parse_board(target.ats, first.content, target.board)
        total = parsed.total_found if parsed.total_found is not None else parsed.records
        pages, offset, exhausted = 1, parsed.records, False
        while offset < total and pages < SMARTRECRUITERS_MAX_PAGES:
            url = self.board_url(config, target.ats, target.board, offset=offset)
            try:
                page = ctx.http.get(url, max_bytes=config.max_bytes, timeout=config.timeout_s)
                more = parse_board(target.ats, page.content, target.board)
            except (FetchError, BoardFormatError) as exc:
                # Page 1 was there, so the board exists: a later page failing is an error, not a 404.
                return _Fetched(target, "error", error=f"page {pages + 1} (offset {offset}): {exc}")
            if not more.records:
                exhausted = True  # the count was stale: an empty page is the end of the list
                break
            known = {p.id for p in parsed.postings}
            parsed.postings.extend(p for p in more.postings if p.id not in known)
            parsed.problems.extend(more.problems)
            pages += 1
            offset += more.records
        return _Fetched(
            target, "ok", parsed, etag=first.etag, last_modified=first.last_modified,
            complete=exhausted or offset >= total, pages=pages,
        )

    # ------------------------------------------------------------------ diffing (calling thread)

    def _apply(
        self,
        config: JobBoardsConfig,
        ctx: ReadContext,
        fetched: _Fetched,
        watch: Sequence[str],
        run: _Run,
    ) -> list[SignalEvent]:
        target = fetched.target
        where = f"source {config.name!r} {target.where}"
        if fetched.status == "gone":
            run.gone += 1
            ctx.skip(where, f"the board is gone (moved or removed); skipped: {fetched.error}")
            if target.discovered_for:
                # Found on a careers page once; forget it and look again after rediscover_days
                # rather than keep polling a dead board.
                ctx.state["discovered"].pop(target.discovered_for, None)
                ctx.state.setdefault("discovery_checked", {})[target.discovered_for] = ctx.now.date().isoformat()
            return []
        if fetched.status == "error":
            run.failures += 1
            run.first_error = run.first_error or f"{target.where}: {fetched.error}"
            ctx.skip(where, fetched.error)
            return []
        run.successes += 1
        board_state = run.boards.setdefault(target.key, {})
        snapshot_key = f"board:{target.ats}:{target.board}"
        today = ctx.now.date().isoformat()

        if fetched.status == "not_modified":
            if board_state.get("day") == today:
                return []
            snapshot = ctx.snapshots.get(snapshot_key)
            if not isinstance(snapshot, dict):
                # The validator outlived the snapshot: fetch the whole board next time.
                board_state.pop("etag", None)
                board_state.pop("last_modified", None)
                return []
            snapshot = _copy_snapshot(snapshot)
            events = self._surges(config, ctx, target, snapshot, today)
            ctx.snapshots.put(snapshot_key, snapshot)
            board_state["day"] = today
            return events

        assert fetched.parsed is not None
        parsed = fetched.parsed
        for problem in parsed.problems[:MAX_PROBLEMS_PER_BOARD]:
            ctx.skip(f"source {config.name!r} {problem.where}", problem.reason)
        if len(parsed.problems) > MAX_PROBLEMS_PER_BOARD:
            ctx.skip(where, f"{len(parsed.problems) - MAX_PROBLEMS_PER_BOARD} more postings skipped")

        stored = ctx.snapshots.get(snapshot_key)
        first_poll = not isinstance(stored, dict)
        snapshot = _copy_snapshot(stored if isinstance(stored, dict) else {})
        events = self._diff(config, ctx, target, parsed.postings, snapshot, watch, first_poll, fetched.complete)
        events.extend(self._surges(config, ctx, target, snapshot, today))
        ctx.snapshots.put(snapshot_key, snapshot)
        board_state.update(
            {"etag": fetched.etag, "last_modified": fetched.last_modified, "day": today, "pages": fetched.pages}
        )
        return events

    def _diff(
        self,
        config: JobBoardsConfig,
        ctx: ReadContext,
        target: _Target,
        postings: list[Posting],
        snapshot: dict[str, Any],
        watch: Sequence[str],
        first_poll: bool,
        complete: bool,
    ) -> list[SignalEvent]:
        now_iso = ctx.now.isoformat()
        old: dict[str, Any] = snapshot.get("postings") or {}
        current: dict[str, Any] = {}
        events: list[SignalEvent] = []
        for posting in postings:
            klass = classify_title(posting.title, department=posting.department)
            previous = old.get(posting.id)
            entry = {
                "title": posting.title,
                "function": klass.function,
                "first_seen": now_iso,
                "url": posting.url,
            }
            if isinstance(previous, dict):
                entry["first_seen"] = previous.get("first_seen") or now_iso
                current[posting.id] = entry  # a reopened posting is open again, not new
                continue
            current[posting.id] = entry
            family = matches_watch(posting.title, watch, department=posting.department) if watch else None
            if family is None:
                continue
            published = posting.created_at
            if first_poll and (published is None or ctx.is_stale(published, config.max_age_days)):
                continue  # the baseline of a board seen for the first time
            events.append(self._new_role_event(config, ctx, target, posting, klass, family))

        for posting_id, previous in old.items():
            if posting_id in current or not isinstance(previous, dict):
                continue
            closed_at = previous.get("closed_at")
            if closed_at:
                if _age_days(ctx.now, closed_at) <= CLOSED_RETENTION_DAYS:
                    current[posting_id] = previous
                continue
            if not complete:
                current[posting_id] = previous  # not read this time, so not known to be closed
                continue
            closed = {**previous, "closed_at": now_iso}
            current[posting_id] = closed
            title = str(previous.get("title") or "")
            if watch and matches_watch(title, watch):
                events.append(self._closed_event(config, ctx, target, posting_id, closed))
        snapshot["postings"] = current
        return events

    def _surges(
        self,
        config: JobBoardsConfig,
        ctx: ReadContext,
        target: _Target,
        snapshot: dict[str, Any],
        today: str,
    ) -> list[SignalEvent]:
        postings: dict[str, Any] = snapshot.get("postings") or {}
        open_entries = [p for p in postings.values() if isinstance(p, dict) and not p.get("closed_at")]
        counts = Counter(str(p.get("function") or "other") for p in open_entries)
        history: dict[str, dict[str, int]] = {
            day: value for day, value in (snapshot.get("history") or {}).items() if isinstance(value, dict)
        }
        start = (ctx.now - timedelta(days=WINDOW_DAYS)).date().isoformat()
        history = {day: value for day, value in history.items() if start <= day <= today}
        baseline_days = [day for day in history if day < today]
        surges: dict[str, str] = dict(snapshot.get("surges") or {})
        iso = ctx.now.isocalendar()
        week = f"{iso.year}-W{iso.week:02d}"
        events: list[SignalEvent] = []
        if baseline_days:
            for function, open_roles in sorted(counts.items()):
                if function == "other" or surges.get(function) == week:
                    continue
                baseline = sum(_count(history[d], function) for d in baseline_days) / len(baseline_days)
                if open_roles - baseline < config.surge_min_roles:
                    continue
                if open_roles < baseline * (1 + config.surge_share):
                    continue
                titles = [
                    str(p.get("title"))
                    for p in sorted(open_entries, key=lambda p: str(p.get("first_seen")), reverse=True)
                    if p.get("function") == function
                ][:5]
                events.append(
                    self._surge_event(config, ctx, target, function, open_roles, baseline, titles, week)
                )
                surges[function] = week
        history[today] = dict(counts)
        snapshot["history"] = history
        snapshot["surges"] = surges
        return events

    # ------------------------------------------------------------------ events

    def _company(self, target: _Target, posting: Posting | None = None) -> tuple[str, str | None]:
        if target.account is not None:
            return target.account.name, _clean_domain(target.account.domain) or target.company_domain
        name = (posting.company_name if posting else None) or target.board
        return name, target.company_domain

    def _new_role_event(
        self,
        config: JobBoardsConfig,
        ctx: ReadContext,
        target: _Target,
        posting: Posting,
        klass: Any,
        family: str,
    ) -> SignalEvent:
        company, domain = self._company(target, posting)
        occurred = min(posting.created_at or ctx.now, ctx.now)
        facts = {
            "role_title": posting.title,
            "function": FUNCTION_LABELS[klass.function],
            "seniority": klass.seniority,
            "department": posting.department,
            "location": posting.location,
            "posting_url": posting.url,
            "ats": target.ats,
            "role_family": family,
        }
        return SignalEvent(
            kind=SignalKind.NEW_ROLE,
            source=config.name,
            occurred_at=occurred,
            title=f"{company} is hiring: {posting.title}",
            url=posting.url,
            ref=posting.ref,
            company_name=company,
            company_domain=domain,
            excerpt=posting.description_text[:1500],
            facts=facts,
            strength=signal_strength(SignalKind.NEW_ROLE, facts),
            hints={"ats": target.ats, "board": target.board},
            stale=ctx.is_stale(occurred, config.max_age_days),
        )

    def _closed_event(
        self,
        config: JobBoardsConfig,
        ctx: ReadContext,
        target: _Target,
        posting_id: str,
        entry: dict[str, Any],
    ) -> SignalEvent:
        company, domain = self._company(target)
        title = str(entry.get("title") or "")
        klass = classify_title(title)
        url = entry.get("url") if isinstance(entry.get("url"), str) else None
        first_seen = str(entry.get("first_seen") or "")
        facts = {
            "role_title": title,
            "function": FUNCTION_LABELS.get(str(entry.get("function")), FUNCTION_LABELS[klass.function]),
            "seniority": klass.seniority,
            "posting_url": url,
            "ats": target.ats,
            "first_seen": first_seen[:10] or None,
            "open_days": int(_age_days(ctx.now, first_seen)) if first_seen else None,
        }
        return SignalEvent(
            kind=SignalKind.ROLE_CLOSED,
            source=config.name,
            occurred_at=ctx.now,
            title=f"{company} closed the {title} posting",
            url=url,
            ref=url or f"{target.ats}:{target.board}:{posting_id}",
            company_name=company,
            company_domain=domain,
            facts=facts,
            strength=ROLE_CLOSED_STRENGTH,
            hints={"ats": target.ats, "board": target.board},
        )

    def _surge_event(
        self,
        config: JobBoardsConfig,
        ctx: ReadContext,
        target: _Target,
        function: str,
        open_roles: int,
        baseline: float,
        titles: list[str],
        week: str,
    ) -> SignalEvent:
        company, domain = self._company(target)
        label = FUNCTION_LABELS.get(function, function)
        previous = int(round(baseline))
        facts = {
            "function": label,
            "open_roles": open_roles,
            "previous_open_roles": previous,
            "window_days": WINDOW_DAYS,
            "roles": titles,
            "ats": target.ats,
        }
        url = PUBLIC_BOARD_URLS[target.ats].format(board=quote(target.board, safe=""))
        return SignalEvent(
            kind=SignalKind.HIRING_SURGE,
            source=config.name,
            occurred_at=ctx.now,
            title=f"{company} has {open_roles} open {label} roles, up from {previous} over the last {WINDOW_DAYS} days",
            url=url,
            ref=f"{target.ats}:{target.board}:hiring_surge:{function}:{week}",
            company_name=company,
            company_domain=domain,
            facts=facts,
            strength=signal_strength(SignalKind.HIRING_SURGE, facts),
            hints={"ats": target.ats, "board": target.board},
        )


def _copy_snapshot(snapshot: dict[str, Any]) -> dict[str, Any]:
    # A fresh top level (and fresh postings/history maps) so a failed run leaves the stored
    # snapshot as it was; the entries themselves are replaced, never edited in place.
    return {
        "postings": dict(snapshot.get("postings") or {}),
        "history": dict(snapshot.get("history") or {}),
        "surges": dict(snapshot.get("surges") or {}),
    }


def _count(day: dict[str, Any], function: str) -> float:
    value = day.get(function, 0)
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def _age_days(now: datetime, iso: Any) -> float:
    try:
        then = datetime.fromisoformat(str(iso))
    except ValueError:
        return float("inf")
    if then.tzinfo is None:
        then = then.replace(tzinfo=now.tzinfo)
    return (now - then).total_seconds() / 86400.0
