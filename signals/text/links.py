"""Links, e-mail addresses and web domains in prose, as a link-reader (or an attacker) sees them.

`link_view` folds the tricks used to hide a link (full-width dots, zero-width characters, NFKC
forms); `find_links` and `find_emails` then find what a mail client would make clickable.
"""

from __future__ import annotations

import re
import unicodedata

APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})

#: Things that end in a dot plus letters but are not links.
_NOT_TLDS = frozenset(
    "js ts jsx tsx py rb php java go rs cs cpp md txt pdf csv json xml yaml yml toml html htm exe dll "
    "png jpg jpeg gif svg doc docx xls xlsx ppt pptx zip gz tar".split()
)

URL_RE = re.compile(
    r"""
    (?:\b(?:https?|ftp)://[^\s<>"'()]+)                      # scheme://...
    | (?:\bwww\.[^\s<>"'()]+)                                # www.x.com
    | (?<![@\w.\-])                                          # bare domain, not part of an email
      (?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+
      (?P<tld>[a-z]{2,24})
      (?::\d{2,5})?
      (?:/[^\s<>"'()]*)?
      (?![\w@\-])
    """,
    re.IGNORECASE | re.VERBOSE,
)
EMAIL_RE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
TRAILING_PUNCT = ".,;:!?)]}'\""


_LINK_DOTS = str.maketrans({"\uff0e": ".", "\u3002": ".", "\uff61": ".", "\u2024": ".", "\ufe52": "."})


def link_view(text: str) -> str:
    """`text` as a link-reader sees it: NFKC, look-alike dots made dots, invisible characters gone,
    so "evil\uff0eexample" or "evil\u200b.example" cannot slip past the link checks."""
    if text.isascii():
        return text  # NFKC keeps ASCII as it is, and no ASCII character is a look-alike dot or Cf
    text = unicodedata.normalize("NFKC", text).translate(_LINK_DOTS)
    # The category of each distinct non-ASCII character, not of every character of the text.
    hidden = {ord(ch): None for ch in set(text) if not ch.isascii() and unicodedata.category(ch) == "Cf"}
    return text.translate(hidden) if hidden else text


def find_links(text: str) -> list[str]:
    """URL- and domain-looking strings in `text` ("http://a.b/c", "www.x.com", "evil.example/x").

    Email addresses are not links; "Node.js"-style names with a file-type suffix are skipped.
    """
    text = link_view(text)
    links: list[str] = []
    for match in URL_RE.finditer(text):
        value = match.group(0).rstrip(TRAILING_PUNCT)
        tld = match.group("tld")
        if tld is not None and tld.lower() in _NOT_TLDS:
            continue
        if value:
            links.append(value)
    return links


def find_emails(text: str) -> list[str]:
    return [m.group(0).rstrip(TRAILING_PUNCT) for m in EMAIL_RE.finditer(text)]


def normalise_link(link: str) -> str:
    """Compare links without scheme, "www.", case of the host, or a trailing slash."""
    value = link.strip().rstrip(TRAILING_PUNCT)
    value = re.sub(r"^[a-z][a-z0-9+.\-]*://", "", value, flags=re.IGNORECASE)
    value = re.sub(r"^www\.", "", value, flags=re.IGNORECASE)
    host, sep, rest = value.partition("/")
    value = host.lower() + (sep + rest if rest else "")
    return value.rstrip("/")


def link_host(link: str) -> str:
    return normalise_link(link).split("/", 1)[0].split(":", 1)[0]



# ---- domains -----------------------------------------------------------------------------

_DOMAIN_SCHEME = re.compile(r"^[a-z][a-z0-9+.\-]*:(//)?")
_DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\Z")
_DOMAIN_WWW = re.compile(r"^www\d{0,3}\.")


def normalise_domain(value: str | None) -> str | None:
    """A bare, lowercase host name, or None when `value` is not a usable domain.

    "https://www.Acme.io/about" -> "acme.io"; "ACME.IO." -> "acme.io"; "jane@acme.io" ->
    "acme.io"; "acme" / "acme io" / "" / "10.0.0.1" -> None. International names come back as
    punycode ("münchen.de" -> "xn--mnchen-3ya.de").
    """
    if not isinstance(value, str):
        return None
    text = value.strip().lower()
    if not text or any(ch.isspace() for ch in text):
        return None
    text = _DOMAIN_SCHEME.sub("", text, count=1) if "://" in text or text.startswith("mailto:") else text
    text = text.lstrip("/")
    text = re.split(r"[/?#\\]", text, maxsplit=1)[0]
    if "@" in text:
        text = text.rsplit("@", 1)[1]
    if ":" in text:
        host, _, port = text.partition(":")
        if not port.isdigit() and port != "":
            return None
        text = host
    text = text.strip(".")
    if _DOMAIN_WWW.match(text) and text.count(".") >= 2:
        text = _DOMAIN_WWW.sub("", text, count=1)
    if not text.isascii():
        try:
            text = text.encode("idna").decode("ascii")
        except (UnicodeError, ValueError):
            return None
        text = text.lower()
    if len(text) > 253 or not _DOMAIN.match(text):
        return None
    tld = text.rsplit(".", 1)[1]
    if len(tld) < 2 or tld.isdigit() or not any(c.isalpha() for c in tld):
        return None
    return text
