"""Dates in prose: "14 August 2024", "Aug. 14", "2024-08-14"; and month names."""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTH_INDEX: dict[str, int] = {}
for _i, _name in enumerate(MONTHS, start=1):
    MONTH_INDEX[_name.lower()] = _i
    MONTH_INDEX[_name[:3].lower()] = _i
MONTH_INDEX["sept"] = 9
MONTH_RX = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
#: A month's name or its abbreviation, for patterns compiled with re.I ("Sept", "june", "OCT"); no full stop.
MONTH_NAME_RX = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)"
)
#: A day of the week, for patterns compiled with re.I ("Thursday", "on friday").
WEEKDAY_RX = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
#: The same in Spanish, German and French, for the foreign readers (signals.extract.multilingual; round 18).
FOREIGN_WEEKDAY_RX = (r"(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|montag|dienstag|mittwoch|donnerstag|"
                      r"freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)")
_ORD = r"(?:st|nd|rd|th)?"
_DATE_RE = re.compile(
    rf"""
    (?P<iso>\b(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})\b)
  | \b(?P<d1>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m1>{MONTH_RX})(?:,?\s+(?P<y1>\d{{4}}))?(?![\w])
  | \b(?P<m2>{MONTH_RX})\s+(?P<d2>\d{{1,2}}){_ORD}\b(?:,?\s+(?P<y2>\d{{4}})\b)?
    """,
    re.VERBOSE,
)
MONTH_WORD_RE = re.compile(rf"\b(?P<m>{MONTH_RX})(?![\w])")


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    month: int
    day: int
    year: int | None
    start: int
    end: int


def find_dates(text: str) -> list[DateMention]:
    found: list[DateMention] = []
    for m in _DATE_RE.finditer(text):
        g = m.groupdict()
        year: int | None
        if g["iso"]:
            month, day, year = int(g["im"]), int(g["id"]), int(g["iy"])
        else:
            month_name = (g["m1"] or g["m2"]).rstrip(".").lower()
            month = MONTH_INDEX[month_name]
            day = int(g["d1"] or g["d2"])
            year_raw = g["y1"] or g["y2"]
            year = int(year_raw) if year_raw else None
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        found.append(DateMention(m.group(0), month, day, year, m.start(), m.end()))
    return found


def format_day_month(day: int, month: int) -> str:
    """14, 8 -> "14 August" (no locale, so the same everywhere)."""
    return f"{day} {MONTHS[month - 1]}"
