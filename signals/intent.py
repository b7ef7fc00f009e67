"""Pure helpers for intent signals: Bombora Company Surge headers and cells, weekly topic history
and spike rules, and first-party web events (parsing, strong pages, scores).

Nothing here reads files or touches the network; the collectors in `signals.sources.bombora_csv`
and `signals.sources.intent_events` stream the bytes and call these on each record.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from signals.imports import is_freemail
from signals.model import WatchedAccount
from signals.resolve import normalise_domain

__all__ = [
    "BOMBORA_COLUMNS",
    "DEFAULT_STRONG_PATHS",
    "HISTORY_WEEKS",
    "STRONG_RISE",
    "STRONG_SCORE",
    "WEB_VISITS",
    "MAX_PROBLEMS",
    "BomboraHeader",
    "CappedProblems",
    "EventProblem",
    "HeaderProblem",
    "Spike",
    "WebEvent",
    "date_from_name",
    "evaluate_week",
    "history_from_snapshot",
    "history_to_snapshot",
    "iso_week",
    "map_bombora_header",
    "parse_event",
    "parse_event_line",
    "parse_score",
    "parse_surge_date",
    "parse_timestamp",
    "previous_weeks",
    "strong_path",
    "watched_domains",
    "week_monday",
]

#: Positional columns of Bombora's Master Surge file (tests/fixtures/intent/*.source.txt).
BOMBORA_COLUMNS: tuple[str, ...] = (
    "company", "domain", "size", "industry", "category", "topic", "composite_score",
    "metro_area", "domain_origin", "bucket_code", "datestamp",
)  # fmt: skip

#: A topic at or above this composite score is "strong" regardless of how it moved.
STRONG_SCORE = 80
#: A rise of this many points over the trailing mean is "strong" regardless of the level.
STRONG_RISE = 25
#: Weeks of history kept per (account, topic); the rules look back three.
HISTORY_WEEKS = 8
#: The group name of first-party events that carry a URL and no topic.
WEB_VISITS = "web visits"
DEFAULT_STRONG_PATHS: tuple[str, ...] = (
    "/pricing", "/demo", "/contact-sales", "/get-a-demo", "/request-demo",
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# Shared by the two collectors
# --------------------------------------------------------------------------------------------

#: Malformed records listed one by one per run; the rest are counted in one line per file.
MAX_PROBLEMS = 100
_PLAIN_DOMAIN = re.compile(r"^(?!www\d{0,3}\.)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\Z")


def watched_domains(accounts: Iterable[WatchedAccount]) -> dict[str, str]:
    """Normalised domain -> account name, for every watched account that has a domain."""
    out: dict[str, str] = {}
    for account in accounts:
        raw = account.domain
        if not raw:
            continue
        # Most account domains are stored clean already; the full normaliser is for the rest
        # (100,000 accounts through it cost most of a second).
        domain = raw if _PLAIN_DOMAIN.match(raw) else normalise_domain(raw)
        if domain and domain not in out:
            out[domain] = account.name
    return out


class CappedProblems:
    """Passes the first `cap` problems of a run to `skip`; later ones are only counted, and
    `close_file` reports the count, so a broken 1M-row file does not make 1M problem records."""

    def __init__(self, skip: Callable[[str, str], None], cap: int = MAX_PROBLEMS) -> None:
        self.skip = skip
        self.cap = cap
        self.recorded = 0
        self.unlisted = 0

    def add(self, where: str, reason: str) -> None:
        if self.recorded < self.cap:
            self.recorded += 1
            self.skip(where, reason)
        else:
            self.unlisted += 1

    def close_file(self, where: str) -> None:
        if self.unlisted:
            self.skip(
                where,
                f"{self.unlisted:,} more malformed rows were skipped (only the first "
                f"{self.cap} of a run are listed one by one)",
            )
            self.unlisted = 0


# --------------------------------------------------------------------------------------------
# Bombora header and cells
# --------------------------------------------------------------------------------------------

# Header spellings seen across exports ("Company Name", "Topic Name", "Composite Score", "Date"),
# after _header_key: most specific first, so "composite_score" beats a generic "score".
_ALIASES: dict[str, tuple[str, ...]] = {
    "domain": ("domain", "company_domain", "domain_name", "website", "company_website", "web_domain"),
    "company": ("company", "company_name", "account_name", "organization", "organisation", "name"),
    "topic": ("topic", "topic_name", "intent_topic", "surge_topic"),
    "score": ("composite_score", "compositescore", "surge_score", "intent_score", "score"),
    "date": ("datestamp", "date_stamp", "date", "week", "week_of", "week_start", "surge_date",
             "report_date"),
    "category": ("category", "topic_category", "category_name", "theme"),
}  # fmt: skip
_NON_WORD = re.compile(r"[^0-9a-z]+")


def _header_key(cell: str) -> str:
    return _NON_WORD.sub("_", cell.replace("\ufeff", "").strip().casefold()).strip("_")


class HeaderProblem(ValueError):
    """The first row of a file is neither a usable header nor a positional data row."""


@dataclass(frozen=True, slots=True)
class BomboraHeader:
    """Column positions in one file. `date` is None when the file name carries the date."""

    domain: int
    topic: int
    score: int
    date: int | None
    company: int | None
    category: int | None
    #: The file has no header: the first row is data in the BOMBORA_COLUMNS order.
    positional: bool = False

    @property
    def width(self) -> int:
        """A row needs at least this many cells to be read."""
        used = [self.domain, self.topic, self.score, self.date, self.company, self.category]
        return max(i for i in used if i is not None) + 1


_POSITIONAL = BomboraHeader(
    domain=1, topic=5, score=6, date=10, company=0, category=4, positional=True
)


def map_bombora_header(cells: Sequence[str], *, date_known: bool = False) -> BomboraHeader:
    """Where each needed column is, from the first row of a file.

    A recognised header wins; a first row that already looks like Master Surge data (domain in
    the second cell, a number in the seventh) means a header-less export read by position.
    `date_known` says the file name carries the week, so a date column is optional.
    Raises HeaderProblem naming the missing columns.
    """
    keys = [_header_key(c) for c in cells]
    found: dict[str, int] = {}
    for field_name, aliases in _ALIASES.items():
        for alias in aliases:
            if alias in keys:
                found[field_name] = keys.index(alias)
                break
    required = ["domain", "topic", "score"] + ([] if date_known else ["date"])
    missing = [f for f in required if f not in found]
    if not missing:
        return BomboraHeader(
            domain=found["domain"],
            topic=found["topic"],
            score=found["score"],
            date=found.get("date"),
            company=found.get("company"),
            category=found.get("category"),
        )
    if (
        len(cells) >= len(BOMBORA_COLUMNS)
        and normalise_domain(cells[1]) is not None
        and parse_score(cells[6]) is not None
    ):
        return _POSITIONAL
    names = {"domain": "domain", "topic": "topic", "score": "composite score", "date": "datestamp"}
    shown = ", ".join(names[m] for m in missing)
    seen = ", ".join(c.strip()[:40] for c in cells[:15]) or "(empty)"
    raise HeaderProblem(f"the header has no {shown} column (columns: {seen})")


_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$")
_SLASH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?: [0-9:]+(?: ?[AaPp][Mm])?)?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NAME_DATE = re.compile(r"(?<!\d)(20\d{2})-?(\d{2})-?(\d{2})(?!\d)")


def _make_date(year: int, month: int, day: int) -> date | None:
    if not 1990 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_surge_date(text: str) -> date | None:
    """"2024-01-08", "2024-01-08 00:00:00", "1/8/2024" (US), "13/01/2024", "20240108" -> date."""
    if not isinstance(text, str):
        return None
    text = text.strip()
    if len(text) > 40:
        return None
    if m := _ISO_DATE.match(text):
        return _make_date(int(m[1]), int(m[2]), int(m[3]))
    if m := _SLASH_DATE.match(text):
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        if year < 100:
            year += 2000
        # US month/day first; a first part over 12 can only be a day (an EU export).
        if first > 12 >= second:
            first, second = second, first
        return _make_date(year, first, second)
    if m := _COMPACT_DATE.match(text):
        return _make_date(int(m[1]), int(m[2]), int(m[3]))
    return None


def date_from_name(name: str) -> date | None:
    """The week in a delivery's file name: "MasterSurgeFile_20240108_3.csv" -> 2024-01-08."""
    for m in _NAME_DATE.finditer(name):
        found = _make_date(int(m[1]), int(m[2]), int(m[3]))
        if found is not None:
            return found
    return None


def parse_score(text: str) -> int | float | None:
    """A composite score cell, 0..100 ("72", "72.0", "72%"), or None when it is not one."""
    if not isinstance(text, str):
        return None
    text = text.strip().rstrip("%").strip()
    if not text or len(text) > 20:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    if not math.isfinite(value) or not 0 <= value <= 100:
        return None
    return int(value) if value.is_integer() else round(value, 2)


# --------------------------------------------------------------------------------------------
# Weekly history and the spike rules
# --------------------------------------------------------------------------------------------


def iso_week(day: date) -> str:
    """2024-01-08 -> "2024-W02" (ISO weeks start on Monday)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


_WEEK = re.compile(r"^(\d{4})-W(\d{2})\Z")


def week_monday(week: str) -> date | None:
    """"2024-W02" -> 2024-01-08; None when it is not an ISO week."""
    return _week_monday(week) if isinstance(week, str) else None


@lru_cache(maxsize=4096)
def _week_monday(week: str) -> date | None:
    m = _WEEK.match(week)
    if not m:
        return None
    try:
        return date.fromisocalendar(int(m[1]), int(m[2]), 1)
    except ValueError:
        return None


def previous_weeks(week: str, count: int) -> tuple[str, ...]:
    """The `count` ISO weeks before `week`, nearest first."""
    return _previous_weeks(week, count) if isinstance(week, str) else ()


@lru_cache(maxsize=4096)
def _previous_weeks(week: str, count: int) -> tuple[str, ...]:
    # A run evaluates hundreds of thousands of (account, topic) pairs over a handful of weeks.
    monday = _week_monday(week)
    if monday is None:
        return ()
    return tuple(iso_week(monday - timedelta(weeks=k)) for k in range(1, count + 1))


@dataclass(frozen=True, slots=True)
class Spike:
    week: str
    score: int | float
    previous_mean: float | None
    crossed: bool
    rise: float | None
    strong: bool
    reason: str


def _points(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def evaluate_week(
    scores: Mapping[str, int | float], week: str, *, threshold: float, rise_points: float
) -> Spike | None:
    """Did a topic spike in `week`? `scores` maps ISO week -> composite score for one topic.

    A spike is a crossing (at or above `threshold` this week, below it or absent the week
    before) or a rise of at least `rise_points` over the mean of the up-to-three weeks before
    (which needs at least one of them).
    """
    score = scores.get(week)
    if score is None:
        return None
    before = previous_weeks(week, 3)
    prior = [scores[w] for w in before if w in scores]
    last = scores.get(before[0]) if before else None
    crossed = score >= threshold and (last is None or last < threshold)
    mean = sum(prior) / len(prior) if prior else None
    rise = score - mean if mean is not None else None
    rose = rise is not None and rise >= rise_points - 1e-9
    if not crossed and not rose:
        return None
    parts = []
    if crossed:
        parts.append(f"crossed {_points(threshold)}")
    if rose:
        assert rise is not None
        span = "the week before" if len(prior) == 1 else f"its {len(prior)}-week mean"
        parts.append(f"rose {_points(round(rise, 1))} points over {span}")
    strong = score >= STRONG_SCORE or (rise is not None and rise >= STRONG_RISE - 1e-9)
    return Spike(
        week=week,
        score=score,
        previous_mean=round(mean, 1) if mean is not None else None,
        crossed=crossed,
        rise=round(rise, 1) if rise is not None else None,
        strong=strong,
        reason=" and ".join(parts),
    )


def history_from_snapshot(value: Any) -> dict[str, dict[str, int | float]]:
    """A stored snapshot {topic: [[week, score], ...]} as {topic: {week: score}}.

    Snapshots come back from the database; anything malformed in one is dropped, not trusted.
    """
    out: dict[str, dict[str, int | float]] = {}
    if not isinstance(value, dict):
        return out
    for topic, pairs in value.items():
        if not isinstance(topic, str) or not isinstance(pairs, list):
            continue
        weeks: dict[str, int | float] = {}
        for pair in pairs:
            if (
                isinstance(pair, list | tuple)
                and len(pair) == 2
                and week_monday(pair[0]) is not None
                and isinstance(pair[1], int | float)
                and not isinstance(pair[1], bool)
                and math.isfinite(pair[1])
            ):
                weeks[pair[0]] = pair[1]
        if weeks:
            out[topic] = weeks
    return out


def history_to_snapshot(
    history: Mapping[str, Mapping[str, int | float]], *, keep: int = HISTORY_WEEKS
) -> dict[str, list[list[Any]]]:
    """{topic: {week: score}} -> {topic: [[week, score], ...]}, oldest first.

    Each topic keeps its last `keep` weeks; a topic whose newest week is `keep` or more weeks
    older than the account's newest week is dropped, so the snapshot stays small.
    """
    # ISO week strings ("2024-W02") sort in time order as plain text.
    newest = max((w for weeks in history.values() for w in weeks), default=None)
    horizon = ""
    if newest is not None:
        monday = week_monday(newest)
        horizon = iso_week(monday - timedelta(weeks=keep - 1)) if monday else ""
    out: dict[str, list[list[Any]]] = {}
    for topic, weeks in history.items():
        ordered = sorted(weeks)[-keep:]
        if not ordered or ordered[-1] < horizon:
            continue
        out[topic] = [[w, weeks[w]] for w in ordered]
    return out


# --------------------------------------------------------------------------------------------
# First-party web events
# --------------------------------------------------------------------------------------------


class EventProblem(ValueError):
    """A JSON Lines event that cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class WebEvent:
    domain: str
    #: The topic, or WEB_VISITS for an event that only carries a URL.
    group: str
    score: float
    #: A visit to a pricing or demo page (see `strong_path`).
    strong: bool
    at: datetime
    #: The strong page's path, for evidence ("/pricing").
    page: str | None = None
    company: str | None = None


def strong_path(url: str, strong_paths: Iterable[str]) -> str | None:
    """The strong path a URL's path contains as whole segments ("/en/pricing/" -> "/pricing")."""
    try:
        path = urlsplit(url.strip()).path if "://" in url else url.split("?", 1)[0].split("#", 1)[0]
    except ValueError:
        return None
    path = "/" + path.strip().strip("/").casefold() + "/"
    for candidate in strong_paths:
        wanted = "/" + candidate.strip().strip("/").casefold() + "/"
        if wanted != "//" and wanted in path:
            return wanted.rstrip("/")
    return None


def parse_timestamp(value: Any) -> datetime | None:
    """ISO 8601 text (naive = UTC) or Unix seconds/milliseconds -> aware UTC datetime.

    None for anything else, and for times outside 1990-2100 (a zero or a typo, not an event).
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if not math.isfinite(value):
            return None
        seconds = value / 1000 if abs(value) > 1e11 else value
        try:
            parsed = datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
        return parsed if 1990 <= parsed.year <= 2100 else None
    if not isinstance(value, str) or len(value) > 64:
        return None
    text = value.strip()
    if text.isdigit():
        return parse_timestamp(int(text))
    try:
        parsed = datetime.fromisoformat(text)
        parsed = parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        return None
    return parsed if 1990 <= parsed.year <= 2100 else None


def _text(obj: Mapping[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise EventProblem(f"`{key}` is not text")
    value = value.strip()
    return value or None


def parse_event(
    obj: Any,
    *,
    strong_paths: Iterable[str] = DEFAULT_STRONG_PATHS,
    default_score: float = 10,
    strong_score: float = 40,
) -> WebEvent | None:
    """One decoded JSON event -> WebEvent; None for a person on a free-mail address.

    Raises EventProblem with the reason for anything unusable.
    """
    if not isinstance(obj, dict):
        raise EventProblem("the line is not a JSON object")
    domain_text, email = _text(obj, "domain"), _text(obj, "email")
    if domain_text:
        domain = normalise_domain(domain_text[:300])
        if domain is None:
            raise EventProblem(f"`domain` {domain_text[:80]!r} is not a web domain")
    elif email:
        local, at, host = email[:320].rpartition("@")
        domain = normalise_domain(host) if at and local else None
        if domain is None:
            raise EventProblem(f"`email` {email[:80]!r} is not an email address")
    else:
        raise EventProblem("the event has neither `domain` nor `email`")
    if is_freemail(domain):
        return None
    topic, url = _text(obj, "topic"), _text(obj, "url")
    if not topic and not url:
        raise EventProblem("the event has neither `topic` nor `url`")
    page = strong_path(url[:2000], strong_paths) if url else None
    raw_score = obj.get("score")
    if raw_score is None:
        score = float(strong_score if page else default_score)
    elif isinstance(raw_score, bool) or not isinstance(raw_score, int | float):
        raise EventProblem("`score` is not a number")
    elif not math.isfinite(raw_score) or raw_score < 0 or raw_score > 1_000_000:
        raise EventProblem(f"`score` {raw_score!r} is out of range")
    else:
        score = float(raw_score)
    if "timestamp" not in obj:
        raise EventProblem("the event has no `timestamp`")
    at = parse_timestamp(obj.get("timestamp"))
    if at is None:
        raise EventProblem(f"`timestamp` {str(obj.get('timestamp'))[:60]!r} is not a date and time")
    company = obj.get("company")
    return WebEvent(
        domain=domain,
        group=topic[:200] if topic else WEB_VISITS,
        score=score,
        strong=page is not None,
        at=at,
        page=page,
        company=company.strip()[:200] or None if isinstance(company, str) else None,
    )


def parse_event_line(
    line: bytes | str,
    *,
    strong_paths: Iterable[str] = DEFAULT_STRONG_PATHS,
    default_score: float = 10,
    strong_score: float = 40,
) -> WebEvent | None:
    """One JSON Lines record -> WebEvent (None: free mail). Raises EventProblem."""
    try:
        obj = json.loads(line.strip())
    except (ValueError, RecursionError) as exc:
        reason = str(exc).split("\n", 1)[0][:120]
        raise EventProblem(f"the line is not JSON ({reason})") from None
    return parse_event(
        obj, strong_paths=strong_paths, default_score=default_score, strong_score=strong_score
    )
