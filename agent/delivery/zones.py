"""The recipient's time zone: the contact's own, else the main zone of the account's country.

Country -> zone comes from the tz database's `zone.tab` as shipped by the `tzdata` package (the
IANA data the Python core team packages; `zoneinfo` reads the same files), so the table is as
current as the zone rules themselves. `iso3166.tab` beside it turns country names ("Germany",
"United States") into codes, since CRM exports carry either.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

#: zone.tab lists a country's zones roughly east to west, not by population: its first zone for
#: these countries is a small region (Lord Howe Island, Newfoundland, Kaliningrad...). Where a
#: business most likely sits, then.
MAIN_ZONE_OVERRIDES: dict[str, str] = {
    "AU": "Australia/Sydney",
    "BR": "America/Sao_Paulo",
    "CA": "America/Toronto",
    "RU": "Europe/Moscow",
    "UA": "Europe/Kyiv",
    "UZ": "Asia/Tashkent",
}

#: Names CRM exports use that iso3166.tab spells differently.
COUNTRY_ALIASES: dict[str, str] = {
    "usa": "US",
    "united states of america": "US",
    "u.s.": "US",
    "u.s.a.": "US",
    "america": "US",
    "uk": "GB",
    "u.k.": "GB",
    "united kingdom": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "deutschland": "DE",
    "south korea": "KR",
    "korea": "KR",
    "czech republic": "CZ",
    "holland": "NL",
    "the netherlands": "NL",
    "uae": "AE",
    "russian federation": "RU",
    "españa": "ES",
    "espana": "ES",
    "schweiz": "CH",
    "suisse": "CH",
    "österreich": "AT",
    "osterreich": "AT",
}


def _tzdata_text(name: str) -> str:
    return resources.files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")


@cache
def country_zones() -> dict[str, str]:
    """ISO 3166 alpha-2 code -> the country's main zone."""
    zones: dict[str, str] = {}
    for line in _tzdata_text("zone.tab").splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) >= 3:
            zones.setdefault(fields[0].upper(), fields[2])
    zones.update(MAIN_ZONE_OVERRIDES)
    return zones


@cache
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for line in _tzdata_text("iso3166.tab").splitlines():
        if not line or line.startswith("#"):
            continue
        code, _, name = line.partition("\t")
        full = name.strip().lower()
        names[full] = code.upper()
        # "Britain (UK)" -> "britain"; "Korea (South)" -> "korea"
        names.setdefault(re.sub(r"\s*\(.*?\)\s*", " ", full).strip(), code.upper())
    names.update({k: v for k, v in COUNTRY_ALIASES.items()})
    return names


def country_code(country: str | None) -> str | None:
    """"DE", "de", "Germany", "United States" -> the ISO code, or None when it is not a country."""
    text = (country or "").strip()
    if not text:
        return None
    if len(text) == 2 and text.isalpha():
        code = text.upper()
        return code if code in country_zones() else None
    return _country_names().get(re.sub(r"\s+", " ", text.lower()))


@cache
def load_zone(name: str | None) -> ZoneInfo | None:
    """The zone named `name`, or None when the tz database has no such zone."""
    text = (name or "").strip()
    if not text or len(text) > 80 or ".." in text or text.startswith("/"):
        return None
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def recipient_zone(
    *, contact_timezone: str | None, country: str | None, default: str
) -> tuple[ZoneInfo, str]:
    """(zone, where it came from) for a recipient: "contact", "country DE", or "[sending] timezone"."""
    own = load_zone(contact_timezone)
    if own is not None:
        return own, "contact"
    code = country_code(country)
    if code is not None:
        zone = load_zone(country_zones().get(code))
        if zone is not None:
            return zone, f"country {code}"
    return load_zone(default) or ZoneInfo("UTC"), "[sending] timezone"
