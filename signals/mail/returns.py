"""The day an out-of-office notice says its author is back, in English, German, French or Spanish.

"back on 12 January", "until Friday", "bis zum 12.01.2025", "ab dem 13. Januar wieder",
"jusqu'au 12 janvier", "de retour le lundi 13 janvier", "hasta el 12 de enero", "del 3 al 12 de
enero"... A date counts only when a return or until word stands right before it (a date in a
signature or a quoted message does not). "Until X" means away through X, so back the day after;
when several dates count, the latest wins: pausing a day too long costs less than writing to
someone who is still away.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

#: A notice that says someone is back later than this is not believed (a typo, a year off).
HORIZON = timedelta(days=366)
#: How far before a date its trigger word may stand (characters of normalised text).
TRIGGER_REACH = 48

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan januar janner janvier janv enero ene",
        "february feb februar fevrier fevr fev febrero",
        "march mar marz maerz mars marzo",
        "april apr avril avr abril abr",
        "may mai mayo",
        "june jun juni juin junio",
        "july jul juli juillet juil julio",
        "august aug aout agosto ago",
        "september sep sept septembre septiembre setiembre",
        "october oct oktober okt octobre octubre",
        "november nov novembre noviembre",
        "december dec dezember dez decembre diciembre dic",
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "monday montag lundi lunes",
        "tuesday dienstag mardi martes",
        "wednesday mittwoch mercredi miercoles",
        "thursday donnerstag jeudi jueves",
        "friday freitag vendredi viernes",
        "saturday samstag sonnabend samedi sabado",
        "sunday sonntag dimanche domingo",
    ]
):
    for _name in _names.split():
        WEEKDAYS[_name] = _number

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))

# Each trigger: (pattern, meaning, language). "back": the date is the day of return; "until": the
# last day away. Patterns run on lowercased text without accents.
_TRIGGERS: list[tuple[str, str, str]] = [
    (r"\bback(?: in(?: the)? office)?(?: on)?", "back", "en"),
    (r"\breturn(?:ing)?(?: to (?:the )?office)?(?: on)?", "back", "en"),
    (r"\bavailable (?:again )?(?:on|from)", "back", "en"),
    (r"\b(?:until|till|til|through|thru)(?: and including)?", "until", "en"),
    (r"\bzuruck(?: am| ab)?", "back", "de"),
    (r"\bwieder(?: im buro| erreichbar| da)?(?: am| ab)?", "back", "de"),
    (r"\bab(?: dem| den)?", "back", "de"),
    (r"\bbis(?: zum| einschliesslich| einschl\.| inkl\.| inklusive)?(?: den)?", "until", "de"),
    (r"\b(?:de )?retour(?: au bureau)?(?: le| a partir du)?", "back", "fr"),
    (r"\b(?:je )?(?:reviens|reviendrai|rentre|rentrerai)(?: le)?", "back", "fr"),
    (r"\ba partir du", "back", "fr"),
    (r"\bdes le", "back", "fr"),
    (r"\bjusqu ?'?(?:au|a)(?: inclus)?", "until", "fr"),
    (r"\b(?:de )?(?:regreso|regresare|vuelta|volvere|vuelvo)(?: a la oficina)?(?: el)?", "back", "es"),
    (r"\ba partir del?", "back", "es"),
    (r"\bhasta(?: el)?", "until", "es"),
]
#: Range words count only right before the date: "from 3 to 12 January", "du 3 au 12 janvier".
_RANGE_WORDS: list[tuple[str, str, str]] = [
    (r"(?:\bto|-|–|—)", "until", "en"),
    (r"\bau", "until", "fr"),
    (r"\bal", "until", "es"),
]
_TRIGGER_RES = [(re.compile(p + r"\s*(?:,|:)?\s*(?:(?:the|le|el|den|dem)\s+)?$"), m, lang) for p, m, lang in _TRIGGERS]
_RANGE_RES = [(re.compile(r"\d\.?\s*" + p + r"\s*$"), m, lang) for p, m, lang in _RANGE_WORDS]

_DATE_RE = re.compile(
    rf"""
    (?:(?P<wd0>{_WEEKDAY}),?\s+(?:(?:the|le|el|den|dem)\s+)?)?
    (?:
        (?P<iso>\b(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})\b)
      | \b(?P<nd>\d{{1,2}})(?P<sep>[./])(?P<nm>\d{{1,2}})(?:(?P=sep)(?P<ny>\d{{4}}|\d{{2}}))?(?![\d/]|\.\d|\s*(?:uhr|h|am|pm)\b)
      | \b(?P<td>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s*(?:de\s+|of\s+)?(?P<tm>{_MONTH})\b\.?(?:,?\s*(?:de\s+)?(?P<ty>\d{{4}})\b)?
      | \b(?P<mm>{_MONTH})\b\.?\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(?P<my>\d{{4}})\b)?
      | \b(?P<wd>{_WEEKDAY})\b
    )
    """,
    re.VERBOSE,
)


def normalise(text: str) -> str:
    """Lowercase, accents removed ("März" -> "marz"), apostrophes unified, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("\u2019", "'").replace("\u00a0", " ").lower()
    return re.sub(r"[ \t]+", " ", plain)


def _trigger(before: str) -> tuple[str, str] | None:
    tail = before[-TRIGGER_REACH:]
    for rx, meaning, lang in _RANGE_RES:
        if rx.search(tail):
            return meaning, lang
    best: tuple[int, str, str] | None = None
    for rx, meaning, lang in _TRIGGER_RES:
        found = rx.search(tail)
        if found and (best is None or found.start() > best[0]):
            best = (found.start(), meaning, lang)
    return (best[1], best[2]) if best else None


def _year(month: int, day: int, year: int | None, sent: date) -> date | None:
    if year is not None:
        if year < 100:
            year += 2000
        try:
            return date(year, month, day)
        except ValueError:
            return None
    for candidate_year in (sent.year, sent.year + 1):
        try:
            candidate = date(candidate_year, month, day)
        except ValueError:
            continue
        if candidate >= sent - timedelta(days=7):
            return candidate
    return None


def _date_of(match: re.Match[str], lang: str, sent: date) -> date | None:
    g = match.groupdict()
    if g["iso"]:
        return _year(int(g["im"]), int(g["id"]), int(g["iy"]), sent)
    if g["nd"]:
        first, second = int(g["nd"]), int(g["nm"])
        day, month = first, second
        # Slashes in English are month first (12/01 is December 1st) unless that cannot be.
        if g["sep"] == "/" and lang == "en" and first <= 12 and second <= 31:
            day, month = second, first
        if g["sep"] == "/" and not (1 <= month <= 12 and 1 <= day <= 31):
            day, month = month, day
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return _year(month, day, int(g["ny"]) if g["ny"] else None, sent)
    if g["tm"]:
        return _year(MONTHS[g["tm"]], int(g["td"]), int(g["ty"]) if g["ty"] else None, sent)
    if g["mm"]:
        return _year(MONTHS[g["mm"]], int(g["md"]), int(g["my"]) if g["my"] else None, sent)
    if g["wd"]:
        ahead = (WEEKDAYS[g["wd"]] - sent.weekday()) % 7 or 7
        return sent + timedelta(days=ahead)
    return None


def return_date(text: str, *, sent: date) -> date | None:
    """The first day the author is back, or None when the text names no return date."""
    plain = normalise(text)
    best: date | None = None
    for match in _DATE_RE.finditer(plain):
        found = _trigger(plain[: match.start()])
        if found is None:
            continue
        meaning, lang = found
        try:
            day = _date_of(match, lang, sent)
        except (ValueError, KeyError, OverflowError):
            continue
        if day is None:
            continue
        back = day + timedelta(days=1) if meaning == "until" else day
        if back <= sent or back - sent > HORIZON:
            continue
        if best is None or back > best:
            best = back
    return best
