"""Find the job board a careers page embeds or links to (Greenhouse, Lever, Ashby, SmartRecruiters,
Workable), so an account needs no `ats`/`ats_board` typed in by hand.

`discover_board(html, base_url)` reads the page with beautifulsoup4 and looks at, in document
order: the page's own address (a careers link that redirected straight to the board), script
`src`s, iframes, links and anchors, `data-*` URLs, and URLs written inside inline scripts (the
Greenhouse embed `Grnhse.Settings`, an Ashby embed). The first URL that names a board wins.
Nothing on the page is fetched or run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

from bs4 import BeautifulSoup

__all__ = ["BoardRef", "board_from_url", "discover_board"]

#: Largest page we read; a careers page is rarely over a few hundred KB.
MAX_PAGE_CHARS = 3_000_000
MAX_URL_CHARS = 4_000

_TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_URL_IN_TEXT = re.compile(
    r"(?:https?:)?//(?:[a-z0-9-]+\.)*(?:greenhouse\.io|lever\.co|ashbyhq\.com|smartrecruiters\.com|"
    r"workable\.com)[^\s\"'<>\\)]*",
    re.IGNORECASE,
)
_GREENHOUSE_FOR = re.compile(r"""["']?for["']?\s*[:=]\s*["']([A-Za-z0-9._-]{1,100})["']""")
# Path words that are pages of the ATS itself, never a board token.
_RESERVED = frozenset(
    {"embed", "api", "j", "jobs", "job", "v0", "v1", "widget", "careers", "static", "assets",
     "js", "css", "external-referrals", "company", "companies", "oauth", "login", "signup",
     "sitemap.xml", "robots.txt", "favicon.ico", "posting-api", "job-board", "job_app", "apply"}
)


@dataclass(frozen=True, slots=True)
class BoardRef:
    """Which ATS hosts a company's board, and the board's name on it (token, site, company id)."""

    ats: str
    board: str

    @property
    def key(self) -> str:
        return f"{self.ats}:{self.board}"


def _token(value: str | None) -> str | None:
    if not value:
        return None
    value = unquote(value).strip()
    if _TOKEN.match(value) and value.casefold() not in _RESERVED:
        return value
    return None


def board_from_url(url: str) -> BoardRef | None:
    """The board a URL points at, or None when it is not a job-board URL."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").casefold().rstrip(".")
    segments = [s for s in parts.path.split("/") if s]
    first = _token(segments[0]) if segments else None
    query = parse_qs(parts.query)

    if host.endswith("greenhouse.io"):
        # boards.greenhouse.io/embed/job_board(/js)?for=TOKEN, job-boards(.eu).greenhouse.io/TOKEN,
        # boards.greenhouse.io/TOKEN(/jobs/123), boards-api.greenhouse.io/v1/boards/TOKEN/jobs
        for_token = _token((query.get("for") or [None])[0])
        if for_token:
            return BoardRef("greenhouse", for_token)
        if host.startswith("boards-api") and len(segments) >= 3 and segments[:2] == ["v1", "boards"]:
            token = _token(segments[2])
            return BoardRef("greenhouse", token) if token else None
        if host.split(".")[0] in ("boards", "job-boards") and first:
            return BoardRef("greenhouse", first)
        return None
    if host in ("jobs.lever.co", "jobs.eu.lever.co"):
        if first:
            return BoardRef("lever_eu" if ".eu." in host else "lever", first)
        return None
    if host in ("api.lever.co", "api.eu.lever.co") and len(segments) >= 3 and segments[:2] == ["v0", "postings"]:
        token = _token(segments[2])
        if token:
            return BoardRef("lever_eu" if ".eu." in host else "lever", token)
        return None
    if host == "jobs.ashbyhq.com" and first:
        return BoardRef("ashby", first)
    if host == "api.ashbyhq.com" and len(segments) >= 3 and segments[:2] == ["posting-api", "job-board"]:
        token = _token(segments[2])
        return BoardRef("ashby", token) if token else None
    if host in ("careers.smartrecruiters.com", "jobs.smartrecruiters.com") and first:
        return BoardRef("smartrecruiters", first)
    if host == "api.smartrecruiters.com" and len(segments) >= 3 and segments[:2] == ["v1", "companies"]:
        token = _token(segments[2])
        return BoardRef("smartrecruiters", token) if token else None
    if host == "apply.workable.com":
        if first:
            return BoardRef("workable", first)
        if len(segments) >= 5 and segments[:4] == ["api", "v1", "widget", "accounts"]:
            token = _token(segments[4])
            return BoardRef("workable", token) if token else None
        return None
    if host.endswith(".workable.com") and host.count(".") == 2:
        # The older hosted boards: https://acme.workable.com/
        sub = _token(host.split(".")[0])
        if sub and sub not in ("www", "apply", "jobs", "resources", "help"):
            return BoardRef("workable", sub)
    return None


_URL_ATTRS = ("src", "href", "data-src", "data-href", "data-url", "action", "content")


def _join(base_url: str, value: str) -> str | None:
    try:
        return urljoin(base_url, value)
    except ValueError:  # "http://[broken" and friends
        return None


def _candidates(soup: BeautifulSoup, base_url: str) -> Iterator[str]:
    for tag in soup.find_all(True):
        for attr in _URL_ATTRS:
            value = tag.get(attr)
            if isinstance(value, str) and value.strip():
                joined = _join(base_url, value.strip()[:MAX_URL_CHARS])
                if joined:
                    yield joined
        if tag.name == "script" and tag.string:
            text = tag.string[:200_000]
            for match in _URL_IN_TEXT.finditer(text):
                found = match.group(0)
                yield ("https:" + found) if found.startswith("//") else found
            # Greenhouse's inline embed: Grnhse.Settings = {for: "acme"} beside a loader script.
            if "grnhse" in text.casefold():
                for match in _GREENHOUSE_FOR.finditer(text):
                    yield f"https://boards.greenhouse.io/embed/job_board?for={match.group(1)}"


def discover_board(html: str, base_url: str) -> BoardRef | None:
    """The first job board the page at `base_url` embeds or links to, or None."""
    if base_url:
        found = board_from_url(base_url)
        if found:
            return found
    if not isinstance(html, str) or not html:
        return None
    try:
        soup = BeautifulSoup(html[:MAX_PAGE_CHARS], "html.parser")
    except Exception:  # a page the parser cannot read has no board we can find
        return None
    for url in _candidates(soup, base_url or ""):
        found = board_from_url(url)
        if found is not None:
            return found
    return None
