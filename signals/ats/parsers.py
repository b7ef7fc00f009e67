"""Pure parsers from public job-board API payloads (Greenhouse, Lever, Ashby, SmartRecruiters,
Workable) into one `Posting` shape.

Every parser takes the decoded JSON (or `parse_board` takes the raw bytes) and returns a
`ParseResult`: the postings it could read plus one `RecordProblem` per posting it skipped and why.
The only exception any of them raises is `BoardFormatError`, when the payload as a whole is not a
board of that ATS (not JSON, an error document, the wrong shape).

Job ads are untrusted text. Titles and fields are size-capped and stripped of control characters;
descriptions are kept raw (capped) and turned into clean text only when asked for
(`Posting.description_text`), because most postings of a board never become an event and parsing
their HTML would dominate a cycle. Scripts, styles and embedded frames are dropped, never run.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cached_property
from typing import Any, Literal

from bs4 import BeautifulSoup

from signals.model import RecordProblem

__all__ = [
    "ATS_KINDS",
    "BoardFormatError",
    "MAX_DESCRIPTION_CHARS",
    "MAX_DESCRIPTION_INPUT",
    "ParseResult",
    "Posting",
    "clean_description",
    "parse_ashby",
    "parse_board",
    "parse_greenhouse",
    "parse_lever",
    "parse_smartrecruiters",
    "parse_smartrecruiters_posting",
    "parse_workable",
]

#: The ATS kinds Outrider reads. `lever_eu` is a Lever board on the EU host (api.eu.lever.co).
ATS_KINDS: tuple[str, ...] = ("greenhouse", "lever", "lever_eu", "ashby", "smartrecruiters", "workable")

#: Raw description characters kept per posting (a hostile ad can be megabytes of markup).
MAX_DESCRIPTION_INPUT = 200_000
#: Clean description text kept per posting.
MAX_DESCRIPTION_CHARS = 20_000
MAX_TITLE_CHARS = 300
MAX_FIELD_CHARS = 300
MAX_URL_CHARS = 2_000

Markup = Literal["text", "html", "escaped_html"]


class BoardFormatError(ValueError):
    """The payload is not a job board of the expected ATS; the message says what it is instead."""


@dataclass(frozen=True)
class Posting:
    """One open job, the same shape whatever ATS published it. Times are tz-aware UTC."""

    ats: str
    board: str
    id: str
    title: str
    department: str | None = None
    team: str | None = None
    location: str | None = None
    #: ISO alpha-2, upper case, when the ATS gives a code.
    country: str | None = None
    url: str | None = None
    #: When the posting was published (first_published, createdAt, publishedAt, releasedDate,
    #: published_on), falling back to the creation or update time the ATS gives.
    created_at: datetime | None = None
    updated_at: datetime | None = None
    employment_type: str | None = None
    company_name: str | None = None
    description_raw: str = field(default="", repr=False)
    description_markup: Markup = field(default="text", repr=False)

    @cached_property
    def description_text(self) -> str:
        """The description as clean text: entities decoded, markup and scripts gone, capped."""
        return clean_description(self.description_raw, self.description_markup)

    @property
    def ref(self) -> str:
        """A stable reference for the posting: its public URL, else ats:board:id."""
        return self.url or f"{self.ats}:{self.board}:{self.id}"


@dataclass
class ParseResult:
    postings: list[Posting] = field(default_factory=list)
    problems: list[RecordProblem] = field(default_factory=list)
    #: SmartRecruiters pages say how many postings the board has in all...
    total_found: int | None = None
    #: ... and the next page starts after the records this one held (good or skipped).
    records: int = 0


# --------------------------------------------------------------------------------------------
# Cleaning helpers
# --------------------------------------------------------------------------------------------

_WS = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_ESCAPED_TAG = re.compile(r"&(?:amp;)*(?:lt|#0*60|#x0*3c);", re.IGNORECASE)
_DROP_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
                        "head", "title", "meta", "link", "form", "button", "select", "textarea"})
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                         "table", "section", "article", "blockquote", "pre", "hr", "header", "footer",
                         "dd", "dt", "dl"})
_TAG = re.compile(r"<[^>]{0,2000}>")


def _strip_controls(value: str) -> str:
    return "".join(
        " " if (unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") and ch not in "\n\t") else ch
        for ch in value
    )


def _single_line(value: Any, limit: int = MAX_FIELD_CHARS) -> str | None:
    """A short text field (title, department, location): one line, trimmed, capped."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        value = str(value)
    if not isinstance(value, str):
        return None
    value = _strip_controls(value[: limit * 4])
    value = " ".join(value.split())
    return value[:limit] or None


def _ident(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        value = value.strip()
        if value and len(value) <= 200 and not any(unicodedata.category(c)[0] in "CZ" for c in value):
            return value
    return None


def _url(value: Any) -> str | None:
    """An http(s) URL or None: a `javascript:` or malformed link in a job ad is dropped."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if len(value) > MAX_URL_CHARS or not value.lower().startswith(("http://", "https://")):
        return None
    if any(ch.isspace() or unicodedata.category(ch)[0] == "C" for ch in value):
        return None
    return value


def _iso_time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip() or len(value) > 64:
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime(day.year, day.month, day.day, tzinfo=UTC)
        parsed = datetime.fromisoformat(text)
        if parsed.tzinfo is None:
            return parsed.replace(tzinfo=UTC)
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def _epoch_ms(value: Any) -> datetime | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        if not 0 < value < 1e14:
            return None
        return datetime.fromtimestamp(value / 1000.0, tz=UTC)
    except (ValueError, OverflowError, OSError):
        return None


def _country(value: Any) -> str | None:
    if isinstance(value, str) and len(value.strip()) == 2 and value.strip().isalpha():
        return value.strip().upper()
    return None


def _raw_description(*parts: Any) -> str:
    text = "\n".join(p for p in parts if isinstance(p, str) and p)
    return text[:MAX_DESCRIPTION_INPUT]


def _unescape_layers(value: str) -> str:
    """Greenhouse entity-escapes its HTML, sometimes twice: decode until real tags appear."""
    for _ in range(4):
        if "<" in value or not _ESCAPED_TAG.search(value):
            break
        value = html.unescape(value)
    return value


def clean_description(raw: str, markup: Markup = "html", limit: int = MAX_DESCRIPTION_CHARS) -> str:
    """Markup to clean text, paragraphs kept as lines. Never raises on any string."""
    if not isinstance(raw, str) or not raw:
        return ""
    value = raw[:MAX_DESCRIPTION_INPUT]
    if markup == "escaped_html":
        value = _unescape_layers(value)
    if markup != "text" or "<" in value or "&" in value:
        try:
            soup = BeautifulSoup(value, "html.parser")
            for tag in soup.find_all(True):
                if tag.decomposed:  # inside a dropped <script> or <svg>
                    continue
                if tag.name in _DROP_TAGS:
                    tag.decompose()
                elif tag.name in _BLOCK_TAGS:
                    # Blocks become lines; inline tags (<strong>, <a>) stay inside their sentence.
                    tag.insert_before("\n")
                    tag.insert_after("\n")
            value = soup.get_text()
        except Exception:  # a parser bug must not cost the posting: fall back to tag stripping
            value = html.unescape(_TAG.sub("\n", value))
    value = _strip_controls(value)
    lines = (_WS.sub(" ", line).strip() for line in value.splitlines())
    return "\n".join(line for line in lines if line)[:limit]


# --------------------------------------------------------------------------------------------
# Per-ATS parsers
# --------------------------------------------------------------------------------------------


def _records(
    items: Iterable[Any],
    ats: str,
    board: str,
    build: Callable[[dict[str, Any]], Posting],
    result: ParseResult,
) -> ParseResult:
    seen: set[str] = set()
    for index, item in enumerate(items):
        result.records += 1
        where = f"{ats} board {board!r} posting #{index + 1}"
        if not isinstance(item, dict):
            result.problems.append(RecordProblem(where, f"not a JSON object but {type(item).__name__}"))
            continue
        try:
            posting = build(item)
        except _Skip as skip:
            result.problems.append(RecordProblem(where, str(skip)))
            continue
        except Exception as exc:  # one odd posting never costs the board
            result.problems.append(
                RecordProblem(where, f"could not read the posting: {exc.__class__.__name__}")
            )
            continue
        if posting.id in seen:
            result.problems.append(RecordProblem(where, f"duplicate posting id {posting.id!r}; kept the first"))
            continue
        seen.add(posting.id)
        result.postings.append(posting)
    return result


class _Skip(Exception):
    """A posting that cannot be used; the message is the reason a person reads."""


def _need(item: dict[str, Any], id_key: str, title_key: str) -> tuple[str, str]:
    ident = _ident(item.get(id_key))
    if ident is None:
        raise _Skip(f"no usable {id_key!r}")
    title = _single_line(item.get(title_key), MAX_TITLE_CHARS)
    if title is None:
        raise _Skip(f"posting {ident} has no {title_key!r}")
    return ident, title


def _list_of(data: Any, key: str, ats: str) -> list[Any]:
    if not isinstance(data, dict):
        raise BoardFormatError(f"a {ats} board is a JSON object with {key!r}, not {type(data).__name__}")
    items = data.get(key)
    if not isinstance(items, list):
        error = _single_line(data.get("error") or data.get("message") or data.get("errors"), 200)
        detail = f" (the server said: {error})" if error else ""
        raise BoardFormatError(f"a {ats} board needs a {key!r} list{detail}")
    return items


def parse_greenhouse(data: Any, board: str) -> ParseResult:
    """`GET /v1/boards/{token}/jobs?content=true`: {"jobs": [...], "meta": {...}}."""

    def build(item: dict[str, Any]) -> Posting:
        ident, title = _need(item, "id", "title")
        departments = item.get("departments") if isinstance(item.get("departments"), list) else []
        names = [_single_line(d.get("name")) for d in departments if isinstance(d, dict)]
        location = item.get("location")
        updated = _iso_time(item.get("updated_at"))
        return Posting(
            ats="greenhouse",
            board=board,
            id=ident,
            title=title,
            department=next((n for n in names if n), None),
            location=_single_line(location.get("name")) if isinstance(location, dict) else None,
            url=_url(item.get("absolute_url")),
            created_at=_iso_time(item.get("first_published")) or updated,
            updated_at=updated,
            company_name=_single_line(item.get("company_name")),
            description_raw=_raw_description(item.get("content")),
            description_markup="escaped_html",
        )

    return _records(_list_of(data, "jobs", "Greenhouse"), "greenhouse", board, build, ParseResult())


def _lever_html(item: dict[str, Any]) -> tuple[str, Markup]:
    parts: list[str] = []
    if isinstance(item.get("description"), str):
        parts.append(item["description"])
    elif isinstance(item.get("descriptionPlain"), str):
        parts.append(html.escape(item["descriptionPlain"]))
    for block in item.get("lists") or []:
        if isinstance(block, dict):
            heading = block.get("text")
            if isinstance(heading, str):
                parts.append(f"<h3>{html.escape(heading)}</h3>")
            if isinstance(block.get("content"), str):
                parts.append(f"<ul>{block['content']}</ul>")
    if isinstance(item.get("additional"), str):
        parts.append(item["additional"])
    elif isinstance(item.get("additionalPlain"), str):
        parts.append(html.escape(item["additionalPlain"]))
    return _raw_description(*parts), "html"


def parse_lever(data: Any, board: str, *, ats: str = "lever") -> ParseResult:
    """`GET /v0/postings/{site}?mode=json`: a bare JSON array; createdAt in epoch milliseconds."""
    if isinstance(data, dict):
        error = _single_line(data.get("error") or data.get("message"), 200)
        raise BoardFormatError(
            "a Lever board is a JSON array of postings"
            + (f" (the server said: {error})" if error else ", not an object")
        )
    if not isinstance(data, list):
        raise BoardFormatError(f"a Lever board is a JSON array of postings, not {type(data).__name__}")

    def build(item: dict[str, Any]) -> Posting:
        ident, title = _need(item, "id", "text")
        categories = item.get("categories") if isinstance(item.get("categories"), dict) else {}
        raw, markup = _lever_html(item)
        team = _single_line(categories.get("team"))
        return Posting(
            ats=ats,
            board=board,
            id=ident,
            title=title,
            department=_single_line(categories.get("department")) or team,
            team=team,
            location=_single_line(categories.get("location")),
            country=_country(item.get("country")),
            url=_url(item.get("hostedUrl")) or _url(item.get("applyUrl")),
            created_at=_epoch_ms(item.get("createdAt")),
            updated_at=_epoch_ms(item.get("updatedAt")),
            employment_type=_single_line(categories.get("commitment")),
            description_raw=raw,
            description_markup=markup,
        )

    return _records(data, ats, board, build, ParseResult())


def parse_ashby(data: Any, board: str) -> ParseResult:
    """`GET /posting-api/job-board/{name}`: {"jobs": [...]}; publishedAt ISO; unlisted jobs dropped."""

    def build(item: dict[str, Any]) -> Posting:
        ident, title = _need(item, "id", "title")
        published = _iso_time(item.get("publishedAt"))
        html_body = item.get("descriptionHtml")
        address = item.get("address") if isinstance(item.get("address"), dict) else {}
        postal = address.get("postalAddress") if isinstance(address.get("postalAddress"), dict) else {}
        return Posting(
            ats="ashby",
            board=board,
            id=ident,
            title=title,
            department=_single_line(item.get("department")) or _single_line(item.get("team")),
            team=_single_line(item.get("team")),
            location=_single_line(item.get("location")),
            country=_country(postal.get("addressCountry")),
            url=_url(item.get("jobUrl")) or _url(item.get("applyUrl")),
            created_at=published,
            updated_at=_iso_time(item.get("updatedAt")) or published,
            employment_type=_single_line(item.get("employmentType")),
            description_raw=_raw_description(html_body if isinstance(html_body, str) else item.get("descriptionPlain")),
            description_markup="html" if isinstance(html_body, str) else "text",
        )

    items = _list_of(data, "jobs", "Ashby")
    # An unlisted job is not public: it is neither kept nor a problem.
    listed = [i for i in items if not (isinstance(i, dict) and i.get("isListed") is False)]
    return _records(listed, "ashby", board, build, ParseResult())


def _label(value: Any) -> str | None:
    if isinstance(value, dict):
        return _single_line(value.get("label"))
    return _single_line(value)


def _smartrecruiters_location(location: Any) -> tuple[str | None, str | None]:
    if not isinstance(location, dict):
        return None, None
    full = location.get("fullLocation")
    if isinstance(full, str):
        # "Remote, , United States": the API leaves empty parts in.
        full = ", ".join(p.strip() for p in full.split(",") if p.strip())
    else:
        full = ", ".join(
            p for p in (_single_line(location.get(k)) for k in ("city", "region", "country")) if p
        )
    return _single_line(full), _country(location.get("country"))


def _smartrecruiters_build(item: dict[str, Any], board: str) -> Posting:
    ident, title = _need(item, "id", "name")
    company = item.get("company") if isinstance(item.get("company"), dict) else {}
    company_id = _ident(company.get("identifier")) or board
    location, country = _smartrecruiters_location(item.get("location"))
    sections: list[str] = []
    job_ad = item.get("jobAd") if isinstance(item.get("jobAd"), dict) else {}
    parts = job_ad.get("sections") if isinstance(job_ad.get("sections"), dict) else {}
    for section in parts.values():
        if isinstance(section, dict):
            if isinstance(section.get("title"), str):
                sections.append(f"<h3>{html.escape(section['title'])}</h3>")
            if isinstance(section.get("text"), str):
                sections.append(section["text"])
    released = _iso_time(item.get("releasedDate"))
    url = _url(item.get("postingUrl")) or f"https://jobs.smartrecruiters.com/{company_id}/{ident}"
    return Posting(
        ats="smartrecruiters",
        board=board,
        id=ident,
        title=title,
        department=_label(item.get("department")) or _label(item.get("function")),
        location=location,
        country=country,
        url=url,
        created_at=released,
        updated_at=released,
        employment_type=_label(item.get("typeOfEmployment")),
        company_name=_single_line(company.get("name")),
        description_raw=_raw_description(*sections),
        description_markup="html",
    )


def parse_smartrecruiters(data: Any, board: str) -> ParseResult:
    """One page of `GET /v1/companies/{id}/postings`: {offset, limit, totalFound, content: [...]}."""
    items = _list_of(data, "content", "SmartRecruiters")
    result = ParseResult()
    total = data.get("totalFound")
    if isinstance(total, int) and not isinstance(total, bool) and total >= 0:
        result.total_found = total
    return _records(items, "smartrecruiters", board, lambda item: _smartrecruiters_build(item, board), result)


def parse_smartrecruiters_posting(data: Any, board: str) -> Posting:
    """One `GET /v1/companies/{id}/postings/{posting}` detail, with its job ad sections."""
    if not isinstance(data, dict):
        raise BoardFormatError("a SmartRecruiters posting is a JSON object")
    try:
        return _smartrecruiters_build(data, board)
    except _Skip as skip:
        raise BoardFormatError(str(skip)) from None


def _workable_location(item: dict[str, Any]) -> tuple[str | None, str | None]:
    locations = item.get("locations") if isinstance(item.get("locations"), list) else []
    first = next((loc for loc in locations if isinstance(loc, dict) and not loc.get("hidden")), None)
    parts = [_single_line(item.get(k)) for k in ("city", "state", "country")]
    if not any(parts) and first:
        parts = [_single_line(first.get(k)) for k in ("city", "region", "country")]
    text = ", ".join(p for p in parts if p) or None
    country = _country(first.get("countryCode")) if first else None
    if item.get("telecommuting") is True:
        text = f"{text} (remote)" if text else "Remote"
    return _single_line(text), country


def parse_workable(data: Any, board: str) -> ParseResult:
    """Widget `GET /api/v1/widget/accounts/{name}?details=true`: {name, description, jobs: [...]}."""
    items = _list_of(data, "jobs", "Workable")
    company = _single_line(data.get("name"))

    def build(item: dict[str, Any]) -> Posting:
        ident = _ident(item.get("shortcode")) or _ident(item.get("code")) or _ident(item.get("id"))
        if ident is None:
            raise _Skip("no usable 'shortcode'")
        title = _single_line(item.get("title"), MAX_TITLE_CHARS)
        if title is None:
            raise _Skip(f"posting {ident} has no 'title'")
        department = item.get("department")
        if isinstance(department, list):
            department = ", ".join(d for d in (_single_line(x) for x in department) if d)
        location, country = _workable_location(item)
        created = _iso_time(item.get("created_at"))
        return Posting(
            ats="workable",
            board=board,
            id=ident,
            title=title,
            department=_single_line(department),
            location=location,
            country=country,
            url=_url(item.get("url")) or _url(item.get("shortlink")),
            created_at=_iso_time(item.get("published_on")) or created,
            updated_at=created,
            employment_type=_single_line(item.get("employment_type")),
            company_name=company,
            description_raw=_raw_description(item.get("description")),
            description_markup="html",
        )

    return _records(items, "workable", board, build, ParseResult())


_PARSERS: dict[str, Callable[[Any, str], ParseResult]] = {
    "greenhouse": parse_greenhouse,
    "lever": parse_lever,
    "lever_eu": lambda data, board: parse_lever(data, board, ats="lever_eu"),
    "ashby": parse_ashby,
    "smartrecruiters": parse_smartrecruiters,
    "workable": parse_workable,
}


def decode_json(content: bytes | str, what: str) -> Any:
    """JSON from bytes, or BoardFormatError naming what was expected."""
    try:
        return json.loads(content)
    except RecursionError:
        raise BoardFormatError(f"the {what} is JSON nested too deeply to read") from None
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        head = content[:200].lstrip().lower() if isinstance(content, bytes | str) else b""
        if isinstance(head, str):
            head = head.encode("utf-8", "replace")
        if head.startswith((b"<!doctype html", b"<html")):
            raise BoardFormatError(f"the {what} address returned an HTML page, not JSON") from None
        raise BoardFormatError(f"the {what} is not valid JSON ({str(exc)[:120]})") from None


def parse_board(ats: str, content: bytes | str | Any, board: str) -> ParseResult:
    """Parse one board payload of `ats`; bytes and str are decoded as JSON first."""
    parser = _PARSERS.get(ats)
    if parser is None:
        raise BoardFormatError(f"unknown ATS {ats!r}; known: {', '.join(ATS_KINDS)}")
    data = decode_json(content, f"{ats} board") if isinstance(content, bytes | str) else content
    try:
        return parser(data, board)
    except RecursionError:
        raise BoardFormatError(f"the {ats} board is nested too deeply to read") from None
