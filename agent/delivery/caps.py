"""Frequency caps and send windows, as plain arithmetic: recipient zone + history + now -> send
now, or not before a time with a reason a rep understands.

No I/O: the sender gathers the history under its claim and asks `decide`. Local time appears only
here, through zoneinfo, so daylight-saving changes are the tz database's business.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from signals.model import as_utc

WEEK = timedelta(days=7)
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WINDOW_RE = re.compile(
    r"^\s*(?P<days>[a-z]{3}(?:\s*-\s*[a-z]{3})?(?:\s*,\s*[a-z]{3}(?:\s*-\s*[a-z]{3})?)*)"
    r"\s+(?P<start>\d{1,2}:\d{2})\s*-\s*(?P<end>\d{1,2}:\d{2})\s*$"
)


def _minutes(text: str) -> int:
    hours, minutes = (int(part) for part in text.split(":"))
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise ValueError(f"{text!r} is not a time of day (00:00 to 24:00)")
    return hours * 60 + minutes


@dataclass(frozen=True, slots=True)
class SendWindow:
    """Days of the week (0 = Monday) and [start, end) minutes of the local day."""

    days: frozenset[int]
    start: int
    end: int

    @classmethod
    def parse(cls, text: str) -> SendWindow:
        """"mon-fri 09:00-17:00", "mon,wed,fri 08:30-12:00", "sat-sun 10:00-14:00", "always"."""
        raw = (text or "").strip().lower()
        if raw in ("always", "any", "anytime"):
            return cls(frozenset(range(7)), 0, 24 * 60)
        match = _WINDOW_RE.match(raw)
        if match is None:
            raise ValueError(
                f"{text!r} is not a send window; write days and hours like \"mon-fri 09:00-17:00\" "
                "(days mon..sun, ranges and commas allowed) or \"always\""
            )
        days: set[int] = set()
        for item in match["days"].split(","):
            first, _, last = (part.strip() for part in item.partition("-"))
            for name in (first, last or first):
                if name not in DAY_NAMES:
                    raise ValueError(f"{name!r} in {text!r} is not a day; use mon, tue, wed, thu, fri, sat, sun")
            a, b = DAY_NAMES.index(first), DAY_NAMES.index(last or first)
            span = range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)]  # "sat-mon" wraps
            days.update(span)
        start, end = _minutes(match["start"]), _minutes(match["end"])
        if start >= end:
            raise ValueError(
                f"the window {text!r} ends before it starts; a window lies within one day (like 09:00-17:00)"
            )
        return cls(frozenset(days), start, end)

    @property
    def always(self) -> bool:
        return len(self.days) == 7 and self.start == 0 and self.end == 24 * 60

    def describe(self) -> str:
        if self.always:
            return "always"
        ordered = sorted(self.days)
        runs: list[str] = []
        run = [ordered[0]]
        for day in ordered[1:]:
            if day == run[-1] + 1:
                run.append(day)
            else:
                runs.append(_run_name(run))
                run = [day]
        runs.append(_run_name(run))
        return f"{','.join(runs).title()} {_hhmm(self.start)}-{_hhmm(self.end)}"

    def contains(self, at: datetime, zone: ZoneInfo) -> bool:
        local = as_utc(at).astimezone(zone)
        minute = local.hour * 60 + local.minute + local.second / 60 + local.microsecond / 60e6
        return local.weekday() in self.days and self.start <= minute < self.end

    def next_open(self, at: datetime, zone: ZoneInfo) -> datetime:
        """The earliest instant at or after `at` inside the window (UTC)."""
        at = as_utc(at)
        if self.contains(at, zone):
            return at
        local_day = at.astimezone(zone).date()
        for offset in range(0, 15):
            day = local_day + timedelta(days=offset)
            if day.weekday() not in self.days:
                continue
            for opens in _openings(day, self.start, zone):
                if opens >= at and self.contains(opens, zone):
                    return opens
        raise ValueError(f"the window {self.describe()} never opens")  # only with no days at all


def _run_name(run: list[int]) -> str:
    return DAY_NAMES[run[0]] if len(run) == 1 else f"{DAY_NAMES[run[0]]}-{DAY_NAMES[run[-1]]}"


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _wall(day: date, minutes: int) -> datetime:
    return datetime.combine(day, time(minutes // 60, minutes % 60))


def _first_at_wall(naive: datetime, zone: ZoneInfo) -> datetime:
    """The earliest instant whose local wall time is `naive` or later (UTC).

    An ambiguous wall time (the hour repeated when clocks go back) gives its first occurrence. A
    wall time that never happens (clocks jumped forward over it) gives the moment of the jump:
    zoneinfo alone would answer a time an hour after it.
    """
    first = as_utc(naive.replace(tzinfo=zone, fold=0))
    second = as_utc(naive.replace(tzinfo=zone, fold=1))
    if first == second or first.astimezone(zone).replace(tzinfo=None) == naive:
        return min(first, second)
    # The jump lies between the two readings; clocks change on whole seconds.
    low, high = int(min(first, second).timestamp()), int(max(first, second).timestamp())
    while high - low > 1:
        middle = (low + high) // 2
        if datetime.fromtimestamp(middle, UTC).astimezone(zone).replace(tzinfo=None) >= naive:
            high = middle
        else:
            low = middle
    return datetime.fromtimestamp(high, UTC)


def _openings(day: date, minutes: int, zone: ZoneInfo) -> list[datetime]:
    """The instants the local clock reads `minutes` (or first passes it) on `day`, in order: two
    when that hour repeats."""
    naive = _wall(day, minutes)
    first = _first_at_wall(naive, zone)
    repeat = as_utc(naive.replace(tzinfo=zone, fold=1))
    if repeat > first and repeat.astimezone(zone).replace(tzinfo=None) == naive:
        return [first, repeat]
    return [first]


def _local_instant(day: date, minutes: int, zone: ZoneInfo) -> datetime:
    if minutes >= 24 * 60:
        return _local_instant(day + timedelta(days=1), 0, zone)
    return _first_at_wall(_wall(day, minutes), zone)


def start_of_day(day: date, zone: ZoneInfo) -> datetime:
    """The first instant of a local calendar day (UTC)."""
    return _local_instant(day, 0, zone)


def next_local_midnight(at: datetime, zone: ZoneInfo) -> datetime:
    return _local_instant(as_utc(at).astimezone(zone).date() + timedelta(days=1), 0, zone)


def local_day_start(at: datetime, zone: ZoneInfo) -> datetime:
    return _local_instant(as_utc(at).astimezone(zone).date(), 0, zone)


# --------------------------------------------------------------------------- the decision


@dataclass(frozen=True, slots=True)
class Caps:
    per_contact_per_week: int = 1
    engaged_per_week: int = 2
    engaged_score: float = 50
    per_account_per_day: int | None = 3
    daily_limit: int | None = None
    #: The zone of the sending mailbox's day.
    sender_zone: ZoneInfo = ZoneInfo("UTC")


@dataclass(frozen=True, slots=True)
class Recipient:
    name: str
    zone: ZoneInfo
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class History:
    """When earlier messages were handed to the server (claimed): to this person, to anyone at
    their account, and from the sending mailbox."""

    contact: Sequence[datetime] = ()
    account: Sequence[datetime] = ()
    mailbox: Sequence[datetime] = ()


@dataclass(frozen=True, slots=True)
class Decision:
    not_before: datetime | None = None
    reason: str | None = None

    @property
    def send_now(self) -> bool:
        return self.not_before is None


def _when(at: datetime, zone: ZoneInfo) -> str:
    local = as_utc(at).astimezone(zone)
    return f"{local:%a} {local.day} {local:%b} {local:%H:%M}"


def _day(at: datetime, zone: ZoneInfo) -> str:
    local = as_utc(at).astimezone(zone)
    return f"{local.day} {local:%b}"


def _past(times: Sequence[datetime], now: datetime) -> list[datetime]:
    # A send recorded after `now` (a calendar played backwards) counts as happening now: never
    # let a message slip under a cap because the clock moved.
    return sorted((min(as_utc(t), now) for t in times), reverse=True)


def decide(*, recipient: Recipient, window: SendWindow, caps: Caps, history: History, now: datetime) -> Decision:
    """Send now, or the earliest time every cap and the window allow, with the reasons."""
    now = as_utc(now)
    zone = recipient.zone
    contact = _past(history.contact, now)
    account = _past(history.account, now)
    mailbox = _past(history.mailbox, now)
    engaged = recipient.score >= caps.engaged_score
    weekly = max(caps.engaged_per_week if engaged else caps.per_contact_per_week, 1)
    reasons: dict[str, str] = {}
    at = now
    for _ in range(64):  # each pass only moves `at` forward; a handful settle it
        moved = False
        recent = [t for t in contact if t > at - WEEK]
        if len(recent) >= weekly:
            free = recent[weekly - 1] + WEEK
            if free > at:
                at, moved = free, True
                if "weekly" not in reasons:
                    got = " and ".join(_day(t, zone) for t in sorted(recent[:weekly]))
                    noun = "an e-mail" if weekly == 1 else f"{weekly} e-mails"
                    label = "weekly cap" + (f" of {weekly} (engaged lead)" if engaged else "")
                    reasons["weekly"] = f"{label}: {recipient.name} got {noun} on {got}"
        if caps.per_account_per_day is not None:
            start = local_day_start(at, zone)
            today = [t for t in account if start <= t <= at]
            if len(today) >= caps.per_account_per_day:
                at, moved = next_local_midnight(at, zone), True
                reasons.setdefault(
                    "account",
                    f"account cap: {len(today)} e-mail(s) to {recipient.name}'s company on {_day(start, zone)}",
                )
        if caps.daily_limit is not None:
            start = local_day_start(at, caps.sender_zone)
            today = [t for t in mailbox if start <= t <= at]
            if len(today) >= caps.daily_limit:
                at, moved = next_local_midnight(at, caps.sender_zone), True
                reasons.setdefault("mailbox", f"daily limit: {caps.daily_limit} e-mails already sent that day")
        opens = window.next_open(at, zone)
        if opens != at:
            if not reasons:
                reasons["window"] = f"outside {window.describe()} {zone.key}"
            at, moved = opens, True
        if not moved:
            break
    if at == now:
        return Decision()
    why = "; ".join(reasons.values())
    return Decision(not_before=at, reason=f"{why}; goes {_when(at, zone)} {zone.key}")
