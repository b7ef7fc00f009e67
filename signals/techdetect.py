"""Which B2B tools a web page loads, and the evidence for each, from the fingerprints the project keeps.

`load_fingerprints()` reads `signals/data/technologies.toml` (or another file in the same format),
validates every entry with pydantic and precompiles its regexes; a bad entry raises
`FingerprintError` naming the entry. `detect()` is pure: HTML text (and optionally the response
headers and the page URL) in, `Detection`s out. The page is untrusted input: only its first
`MAX_HTML_CHARS` characters are read, it is parsed by a real HTML parser (lxml's libxml2 HTML
parser in recover mode, network off, no huge trees), and nothing in it is executed or fetched.
"""

from __future__ import annotations

import re
import threading
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, get_args
from urllib.parse import urljoin

from lxml import etree
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

__all__ = [
    "CATEGORIES",
    "DEFAULT_FINGERPRINTS",
    "MAX_HTML_CHARS",
    "Detection",
    "Fingerprint",
    "FingerprintError",
    "cookie_names",
    "detect",
    "load_fingerprints",
]

#: Only this much of a page is read, so one huge page cannot stall a cycle. Snippets usually sit
#: in <head>; a tool pasted at the very end of a page larger than this is missed, the price of a
#: bounded parse.
MAX_HTML_CHARS = 2_000_000
#: Longest script/link URL considered; longer values are cut, not rejected.
_MAX_URL_CHARS = 2048
_MAX_EVIDENCE_CHARS = 200

DEFAULT_FINGERPRINTS = Path(__file__).resolve().parent / "data" / "technologies.toml"

Category = Literal[
    "CRM",
    "marketing automation",
    "live chat",
    "analytics",
    "tag management",
    "payments",
    "applicant tracking",
    "intent data",
    "scheduling",
    "consent management",
    "advertising",
]
#: The categories a fingerprint may name, written as they read in a sentence ("HubSpot for
#: marketing automation"), because drafts quote them.
CATEGORIES: tuple[str, ...] = get_args(Category)

_TAGS = ("script", "link", "meta")
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
#: libxml2 drops whatever follows </html>, where browsers (and tag injectors) still run scripts.
_DOCUMENT_END = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_COOKIE_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_COOKIE_ATTRIBUTES = frozenset(
    {"expires", "max-age", "domain", "path", "secure", "httponly", "samesite", "priority",
     "partitioned", "version", "comment"}
)


class FingerprintError(ValueError):
    """The fingerprint file cannot be used; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class Detection:
    """One tool found on a page. `evidence` says which pattern matched where, for a person to check."""

    name: str
    category: str
    evidence: str


def _compile_all(values: Any, flags: int) -> tuple[re.Pattern[str], ...]:
    if values is None:
        return ()
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise ValueError("must be a list of regular expressions")
    out = []
    for index, value in enumerate(values):
        out.append(_compile_one(value, flags, f"[{index}]"))
    return tuple(out)


def _compile_one(value: Any, flags: int, where: str) -> re.Pattern[str]:
    if isinstance(value, re.Pattern):
        return value
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: a pattern must be a non-empty string")
    try:
        pattern = re.compile(value, flags)
    except re.error as exc:
        raise ValueError(f"{where}: {value!r} is not a valid regular expression ({exc})") from exc
    # A pattern that matches nothing at all would match every page.
    if pattern.search("") is not None:
        raise ValueError(f"{where}: {value!r} matches empty text; anchor it on a host, path or name")
    return pattern


class Fingerprint(BaseModel):
    """How one tool shows itself on a page. Regexes are compiled when the entry is validated."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=80)
    category: Category
    website: str
    #: Other names a team may use for the tool in `[icp] competitors / complements`.
    aliases: tuple[str, ...] = ()
    #: Matched against absolute https URLs ("//x" and "http://x" are read as "https://x").
    script_src: tuple[re.Pattern[str], ...] = ()
    link_href: tuple[re.Pattern[str], ...] = ()
    #: <meta> name (or property / http-equiv), lower-cased -> regex on its content.
    meta: dict[str, re.Pattern[str]] = Field(default_factory=dict)
    inline_script: tuple[re.Pattern[str], ...] = ()
    #: Matched in full against each cookie name a Set-Cookie header sets.
    cookies: tuple[re.Pattern[str], ...] = ()
    html: tuple[re.Pattern[str], ...] = ()

    @field_validator("script_src", "link_href", mode="before")
    @classmethod
    def _urls(cls, values: Any) -> tuple[re.Pattern[str], ...]:
        return _compile_all(values, re.IGNORECASE)

    @field_validator("inline_script", "cookies", "html", mode="before")
    @classmethod
    def _case_sensitive(cls, values: Any) -> tuple[re.Pattern[str], ...]:
        return _compile_all(values, 0)

    @field_validator("meta", mode="before")
    @classmethod
    def _meta(cls, values: Any) -> dict[str, re.Pattern[str]]:
        if values is None:
            return {}
        if not isinstance(values, Mapping):
            raise ValueError("must be a table of meta name -> regular expression")
        out: dict[str, re.Pattern[str]] = {}
        for key, value in values.items():
            if not isinstance(key, str) or not key.strip():
                raise ValueError("meta names must be non-empty strings")
            out[key.strip().lower()] = _compile_one(value, re.IGNORECASE, f"[{key!r}]")
        return out

    @field_validator("website")
    @classmethod
    def _website(cls, value: str) -> str:
        if not value.startswith(("https://", "http://")):
            raise ValueError("must be an http(s) URL")
        return value

    @field_validator("aliases", mode="before")
    @classmethod
    def _aliases(cls, values: Any) -> Any:
        if isinstance(values, str):
            raise ValueError("must be a list of names")
        return values

    @model_validator(mode="after")
    def _has_a_pattern(self) -> Fingerprint:
        if not (self.script_src or self.link_href or self.meta or self.inline_script
                or self.cookies or self.html):
            raise ValueError("needs at least one pattern (script_src, link_href, meta, "
                             "inline_script, cookies or html)")
        return self

    @property
    def names(self) -> frozenset[str]:
        """The name and aliases, case-folded: what `[icp]` lists are compared with."""
        return frozenset(n.strip().casefold() for n in (self.name, *self.aliases) if n.strip())


def _describe(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors()[:3]:
        loc = ".".join(str(p) for p in error.get("loc", ()))
        message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
        parts.append(f"{loc}: {message}" if loc else message)
    return "; ".join(parts)


def load_fingerprints(path: str | Path | None = None) -> list[Fingerprint]:
    """Read and validate a fingerprint file (default: the project's `technologies.toml`).

    Raises FingerprintError naming the file and the entry when anything is wrong: bad TOML, an
    unknown key, an unknown category, a regex that does not compile or matches empty text, an
    entry without patterns, or a name/alias used twice.
    """
    if path is None:
        return list(_default_fingerprints())
    return list(_load(Path(path)))


@lru_cache(maxsize=1)
def _default_fingerprints() -> tuple[Fingerprint, ...]:
    return _load(DEFAULT_FINGERPRINTS)


def _load(path: Path) -> tuple[Fingerprint, ...]:
    label = path.name
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise FingerprintError(f"cannot read the fingerprint file {path}: {exc.strerror or exc}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise FingerprintError(f"{label} is not valid TOML: {exc}") from exc
    unknown = set(raw) - {"technology"}
    if unknown:
        raise FingerprintError(
            f"{label}: unknown top-level keys {sorted(unknown)}; entries are [[technology]] tables"
        )
    entries = raw.get("technology", [])
    if not isinstance(entries, list) or not entries:
        raise FingerprintError(f"{label} has no [[technology]] entries")
    out: list[Fingerprint] = []
    seen: dict[str, str] = {}
    for index, entry in enumerate(entries):
        name = entry.get("name") if isinstance(entry, dict) else None
        label_entry = repr(name) if isinstance(name, str) and name else f"#{index + 1}"
        try:
            fingerprint = Fingerprint.model_validate(entry)
        except ValidationError as exc:
            raise FingerprintError(f"{label} entry {label_entry}: {_describe(exc)}") from exc
        for key in fingerprint.names:
            if key in seen:
                raise FingerprintError(
                    f"{label} entry {label_entry}: the name {key!r} is already used by {seen[key]!r}"
                )
            seen[key] = fingerprint.name
        out.append(fingerprint)
    return tuple(out)


# --------------------------------------------------------------------------------------------
# Reading a page
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Page:
    #: (URL as matched, URL as written)
    script_srcs: list[tuple[str, str]]
    link_hrefs: list[tuple[str, str]]
    #: (lower-cased name, content)
    metas: list[tuple[str, str]]
    inline: str
    #: The capped markup with HTML comments removed (commented-out snippets are not installs).
    html: str


_local = threading.local()


def _html_parser() -> etree.HTMLParser:
    # lxml parsers must not be shared between threads; the collector detects in a thread pool.
    parser = getattr(_local, "parser", None)
    if parser is None:
        parser = etree.HTMLParser(
            encoding="utf-8", recover=True, no_network=True, remove_comments=True,
            remove_pis=True, huge_tree=False,
        )
        _local.parser = parser
    return parser


def _absolute(value: str, base: str) -> str:
    value = value.strip()[:_MAX_URL_CHARS]
    if value.startswith("//"):
        value = "https:" + value
    elif base and not _SCHEME.match(value):
        try:
            value = urljoin(base, value)
        except ValueError:  # a page URL urllib cannot split (bad IPv6 literal, ...)
            pass
    if value[:7].lower() == "http://":
        value = "https://" + value[7:]
    return value


def _parse(html: str, url: str) -> _Page:
    # NUL is never meaningful in HTML and libxml2 stops at it.
    markup = html[:MAX_HTML_CHARS].replace("\x00", "")
    page = _Page([], [], [], "", markup)
    if "<" not in markup:
        return page
    if "<!--" in markup:
        page.html = _COMMENT.sub("", markup)
    try:
        # Bytes, so that an XML declaration naming another encoding cannot make lxml refuse a str.
        data = _DOCUMENT_END.sub("", markup).encode("utf-8", errors="replace")
        root = etree.fromstring(data, _html_parser())
    except (etree.LxmlError, ValueError):
        root = None
    if root is None:
        return page
    inline: list[str] = []
    for element in root.iter(*_TAGS):
        attrib = element.attrib
        if element.tag == "script":
            src = attrib.get("src")
            if src and src.strip():
                page.script_srcs.append((_absolute(src, url), src.strip()[:_MAX_URL_CHARS]))
            elif element.text and element.text.strip() and "json" not in attrib.get("type", "").lower():
                # JSON data blocks (JSON-LD, __NEXT_DATA__) hold page content, which may quote a
                # snippet in an article about it; they never run.
                inline.append(element.text)
        elif element.tag == "link":
            href = attrib.get("href")
            if href and href.strip():
                page.link_hrefs.append((_absolute(href, url), href.strip()[:_MAX_URL_CHARS]))
        else:
            key = attrib.get("name") or attrib.get("property") or attrib.get("http-equiv")
            content = attrib.get("content")
            if key and content is not None:
                page.metas.append((key.strip().lower(), content))
    # Joined so that each inline pattern is one search; the separator keeps scripts apart.
    page.inline = "\n;\n".join(inline)
    return page


def cookie_names(headers: Mapping[str, Any] | None) -> list[str]:
    """Names of the cookies the Set-Cookie headers set, in order.

    Accepts httpx.Headers (one value per header) or a plain mapping whose value may be several
    Set-Cookie headers folded with commas (the commas inside Expires dates are told apart
    because what follows them has no "name=").
    """
    if not headers:
        return []
    values: list[str] = []
    get_list = getattr(headers, "get_list", None)
    if callable(get_list):
        values = [str(v) for v in get_list("set-cookie")]
    else:
        for key, value in headers.items():
            if isinstance(key, str) and key.lower() == "set-cookie":
                values.extend(str(v) for v in value) if isinstance(value, list | tuple) else values.append(str(value))
    names: list[str] = []
    for value in values:
        for piece in re.split(r"[;,]", value[:8192]):
            name, sep, _ = piece.partition("=")
            name = name.strip()
            if sep and name and name.lower() not in _COOKIE_ATTRIBUTES and _COOKIE_NAME.fullmatch(name):
                names.append(name)
    return names


@lru_cache(maxsize=4096)
def _needle(pattern: re.Pattern[str]) -> str | None:
    """The longest run of literal text every match of `pattern` contains, or None.

    Inline scripts and whole pages are long, and a pattern that starts with \\b or a character
    class makes the regex engine try every position; `needle in text` first is a fast C scan that
    rules most patterns out. Only top-level literals count, so the needle is always required.
    """
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        from re import (
            _parser,  # the stdlib's own regex parser; private, hence the fallback
        )

        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - without a needle the search is merely slower
        return None
    best, run = "", []
    for op, arg in list(parsed) + [(None, None)]:
        if op is _parser.LITERAL:
            run.append(chr(arg))
            continue
        if len(run) > len(best):
            best = "".join(run)
        run = []
    return best if len(best) >= 3 else None


def _search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    needle = _needle(pattern)
    if needle is not None and needle not in text:
        return None
    return pattern.search(text)


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_EVIDENCE_CHARS else text[: _MAX_EVIDENCE_CHARS - 1] + "…"


def _evidence(fp: Fingerprint, page: _Page, cookies: Sequence[str]) -> str | None:
    for pattern in fp.script_src:
        for matched, written in page.script_srcs:
            if pattern.search(matched):
                return _clip(f"script src {written}")
    for pattern in fp.link_href:
        for matched, written in page.link_hrefs:
            if pattern.search(matched):
                return _clip(f"link href {written}")
    for key, pattern in fp.meta.items():
        for name, content in page.metas:
            if name == key and pattern.search(content):
                return _clip(f'meta {name}="{content}"')
    if page.inline:
        for pattern in fp.inline_script:
            found = _search(pattern, page.inline)
            if found:
                return _clip(f"inline script {found.group(0)}")
    for pattern in fp.html:
        found = _search(pattern, page.html)
        if found:
            return _clip(f"html {found.group(0)}")
    for pattern in fp.cookies:
        for name in cookies:
            if pattern.fullmatch(name):
                return f"cookie {name}"
    return None


def detect(
    html: str,
    *,
    headers: Mapping[str, Any] | None = None,
    url: str = "",
    fingerprints: Sequence[Fingerprint] | None = None,
) -> list[Detection]:
    """The tools a page shows, one Detection each, in fingerprint-file order.

    `url` (the page's final URL) makes relative script/link URLs absolute, so self-hosted tools
    (Matomo, Plausible) are read by path; `headers` supplies Set-Cookie names. Never raises on
    any text: garbage in, an empty list out.
    """
    if isinstance(html, bytes | bytearray):
        html = bytes(html[: MAX_HTML_CHARS * 4]).decode("utf-8", errors="replace")
    fps = _default_fingerprints() if fingerprints is None else fingerprints
    page = _parse(html, url or "")
    cookies = cookie_names(headers)
    out: list[Detection] = []
    for fp in fps:
        evidence = _evidence(fp, page, cookies)
        if evidence is not None:
            out.append(Detection(name=fp.name, category=fp.category, evidence=evidence))
    return out
