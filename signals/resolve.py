"""Entity resolution: which watched account (if any) is an event about?

A source names a company the way it likes ("Acme Robotics, Inc.", "Paris-based Acme", a careers
page on jobs.acme.io, an SEC filer "ACME ROBOTICS INC /DE/"). `AccountResolver` turns that into
one of the team's `WatchedAccount`s, or into nothing. It prefers a miss to a wrong match: a rep
who gets a draft about the wrong "Lattice" stops trusting every draft after it.

Order of evidence, strongest first:

1. the web domain (or a subdomain of it; never a public suffix or a shared host such as
   github.io or a job board),
2. the normalised company name,
3. a normalised alias,
4. a fuzzy match for spelling variation only (clear winner, no extra or missing words).

Same-named accounts are told apart by the event's hints (`state`, `country`) and otherwise left
unresolved. Everything here is pure and in-memory; the resolver builds its indexes once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from signals.model import WatchedAccount
from signals.text.links import normalise_domain

__all__ = [
    "PUBLIC_SUFFIXES",
    "SHARED_HOSTS",
    "AccountResolver",
    "Match",
    "country_code",
    "normalise_company_name",
    "normalise_domain",
    "registrable_domain",
    "state_code",
]

# --------------------------------------------------------------------------------------------
# Domains
# --------------------------------------------------------------------------------------------

#: Multi-label public suffixes we know about. Every single label ("com", "io", "uk") is a public
#: suffix too; the resolver never matches a one-label domain, so those need no list.
PUBLIC_SUFFIXES: frozenset[str] = frozenset(
    """
    co.uk org.uk ac.uk gov.uk ltd.uk plc.uk me.uk net.uk nhs.uk sch.uk
    com.au net.au org.au edu.au gov.au asn.au id.au
    co.nz org.nz net.nz govt.nz ac.nz
    co.jp ne.jp or.jp ac.jp go.jp gr.jp
    co.kr or.kr ne.kr go.kr ac.kr
    com.cn net.cn org.cn gov.cn edu.cn ac.cn
    com.hk org.hk net.hk edu.hk gov.hk
    com.tw org.tw net.tw edu.tw gov.tw idv.tw
    com.sg org.sg net.sg edu.sg gov.sg
    com.my org.my net.my edu.my gov.my
    co.id or.id ac.id go.id web.id
    com.ph org.ph net.ph
    com.vn net.vn org.vn
    co.th or.th ac.th in.th go.th
    co.in net.in org.in firm.in gen.in ind.in ac.in edu.in gov.in
    com.pk org.pk net.pk
    com.bd org.bd
    com.br net.br org.br gov.br edu.br
    com.ar org.ar net.ar gob.ar
    com.mx org.mx gob.mx net.mx
    com.co org.co net.co
    com.pe org.pe
    com.uy org.uy
    com.ve org.ve
    cl.cl
    co.za org.za net.za gov.za ac.za
    com.ng org.ng
    co.ke or.ke
    com.eg
    co.il org.il ac.il gov.il
    com.tr org.tr net.tr gen.tr
    com.sa org.sa
    com.pl net.pl org.pl
    com.ua org.ua
    com.ru org.ru net.ru
    com.es org.es nom.es
    com.pt
    com.gr
    com.cy
    com.mt
    co.at or.at
    gv.at
    """.split()
)

#: Hosts where many unrelated companies live side by side (blogs, job boards, site builders,
#: social networks, data vendors). A domain at or under one of these says nothing about which
#: company an event is about, so it is never used to match, not even exactly.
SHARED_HOSTS: frozenset[str] = frozenset(
    """
    github.io github.com gitlab.io gitlab.com bitbucket.io
    medium.com substack.com notion.site notion.so ghost.io hashnode.dev dev.to
    wordpress.com blogspot.com tumblr.com wixsite.com squarespace.com webflow.io carrd.co
    typepad.com weebly.com site123.me strikingly.com
    vercel.app netlify.app herokuapp.com pages.dev workers.dev web.app firebaseapp.com
    azurewebsites.net cloudfront.net amazonaws.com appspot.com glitch.me fly.dev onrender.com
    lever.co greenhouse.io ashbyhq.com myworkdayjobs.com workable.com smartrecruiters.com
    breezy.hr bamboohr.com recruitee.com teamtailor.com jobvite.com icims.com taleo.net
    applytojob.com jazzhr.com personio.de personio.com rippling-ats.com gem.com
    workatastartup.com wellfound.com angel.co ycombinator.com
    linkedin.com lnkd.in twitter.com x.com t.co facebook.com instagram.com youtube.com
    youtu.be tiktok.com reddit.com crunchbase.com pitchbook.com techcrunch.com
    prnewswire.com businesswire.com globenewswire.com accesswire.com einpresswire.com
    sec.gov google.com sites.google.com docs.google.com forms.gle goo.gl bit.ly
    calendly.com typeform.com hubspotpagebuilder.com hs-sites.com myshopify.com
    """.split()
) - frozenset({"google.com"})  # google.com is a company; only its hosting subdomains are shared

#: A domain already in the form `normalise_domain` gives (lowercase ASCII labels, a top-level label
#: of two or more characters with a letter in it). No "www." prefix is accepted here: that one
#: goes through the normaliser, which decides whether it is dropped.
_CANONICAL_DOMAIN = re.compile(
    r"(?!www)(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+(?=[a-z0-9\-]*[a-z])[a-z0-9][a-z0-9\-]{0,61}[a-z0-9]\Z"
)


def _stored_domain(value: str | None) -> str | None:
    """`normalise_domain(value)` for a domain as accounts store it (normalised on the way in), with
    the canonical case checked by one match: building the resolver over 100,000 accounts must not
    re-parse each domain as if it were a URL typed by a person."""
    if value and len(value) <= 253 and _CANONICAL_DOMAIN.match(value):
        return value
    return normalise_domain(value)


def _is_public_suffix(host: str) -> bool:
    return "." not in host or host in PUBLIC_SUFFIXES


def _shared_parent(host: str) -> str | None:
    """The shared host `host` is, or lives under, if any."""
    labels = host.split(".")
    for i in range(len(labels) - 1):
        candidate = ".".join(labels[i:])
        if candidate in SHARED_HOSTS:
            return candidate
    return None


def registrable_domain(host: str) -> str | None:
    """The part of a host a company registers: "jobs.acme.co.uk" -> "acme.co.uk"."""
    labels = host.split(".")
    if len(labels) < 2:
        return None
    suffix_len = 2 if ".".join(labels[-2:]) in PUBLIC_SUFFIXES else 1
    if len(labels) <= suffix_len:
        return None
    return ".".join(labels[-(suffix_len + 1) :])


def _brand(host: str) -> str | None:
    """The brand label of a host ("acme" for www.acme.co.uk), hyphens removed."""
    reg = registrable_domain(host)
    return reg.split(".", 1)[0].replace("-", "") if reg else None


# --------------------------------------------------------------------------------------------
# Places (for "Paris-based", "London's", hints)
# --------------------------------------------------------------------------------------------

_COUNTRY_NAMES: dict[str, str] = {
    "united states": "US", "united states of america": "US", "usa": "US", "us": "US",
    "u s": "US", "u s a": "US", "america": "US",
    "united kingdom": "GB", "uk": "GB", "u k": "GB", "great britain": "GB", "britain": "GB",
    "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB", "gb": "GB",
    "germany": "DE", "deutschland": "DE", "france": "FR", "spain": "ES", "espana": "ES",
    "italy": "IT", "italia": "IT", "netherlands": "NL", "the netherlands": "NL", "holland": "NL",
    "belgium": "BE", "switzerland": "CH", "austria": "AT", "sweden": "SE", "norway": "NO",
    "denmark": "DK", "finland": "FI", "iceland": "IS", "ireland": "IE", "portugal": "PT",
    "poland": "PL", "czech republic": "CZ", "czechia": "CZ", "slovakia": "SK", "hungary": "HU",
    "romania": "RO", "bulgaria": "BG", "greece": "GR", "croatia": "HR", "slovenia": "SI",
    "serbia": "RS", "estonia": "EE", "latvia": "LV", "lithuania": "LT", "luxembourg": "LU",
    "malta": "MT", "cyprus": "CY", "ukraine": "UA", "russia": "RU", "russian federation": "RU",
    "turkey": "TR", "turkiye": "TR", "israel": "IL", "united arab emirates": "AE", "uae": "AE",
    "saudi arabia": "SA", "qatar": "QA", "egypt": "EG", "nigeria": "NG", "kenya": "KE",
    "south africa": "ZA", "morocco": "MA", "canada": "CA", "mexico": "MX", "brazil": "BR",
    "argentina": "AR", "chile": "CL", "colombia": "CO", "peru": "PE", "uruguay": "UY",
    "australia": "AU", "new zealand": "NZ", "japan": "JP", "china": "CN",
    "people s republic of china": "CN", "hong kong": "HK", "taiwan": "TW",
    "south korea": "KR", "korea": "KR", "republic of korea": "KR", "singapore": "SG",
    "india": "IN", "indonesia": "ID", "malaysia": "MY", "philippines": "PH", "thailand": "TH",
    "vietnam": "VN", "viet nam": "VN", "pakistan": "PK", "bangladesh": "BD",
}

_US_STATES: dict[str, str] = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA",
    "colorado": "CO", "connecticut": "CT", "delaware": "DE", "florida": "FL", "georgia": "GA",
    "hawaii": "HI", "idaho": "ID", "illinois": "IL", "indiana": "IN", "iowa": "IA",
    "kansas": "KS", "kentucky": "KY", "louisiana": "LA", "maine": "ME", "maryland": "MD",
    "massachusetts": "MA", "michigan": "MI", "minnesota": "MN", "mississippi": "MS",
    "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV", "new hampshire": "NH",
    "new jersey": "NJ", "new mexico": "NM", "new york": "NY", "north carolina": "NC",
    "north dakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA",
    "rhode island": "RI", "south carolina": "SC", "south dakota": "SD", "tennessee": "TN",
    "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA",
    "west virginia": "WV", "wisconsin": "WI", "wyoming": "WY",
    "district of columbia": "DC", "washington dc": "DC", "washington d c": "DC",
    "puerto rico": "PR",
}

_CITIES = """
    london paris berlin munich hamburg frankfurt cologne stuttgart vienna zurich geneva basel
    amsterdam rotterdam utrecht eindhoven brussels antwerp ghent dublin cork edinburgh
    glasgow manchester birmingham bristol cambridge oxford leeds belfast cardiff madrid
    barcelona valencia lisbon porto milan rome turin copenhagen aarhus stockholm gothenburg
    malmo oslo helsinki espoo reykjavik tallinn riga vilnius warsaw krakow wroclaw prague brno
    budapest bucharest sofia athens zagreb belgrade ljubljana kyiv kiev lviv istanbul ankara
    jerusalem haifa dubai riyadh doha cairo lagos nairobi johannesburg casablanca
    nyc sf seattle portland boston chicago austin dallas houston denver boulder miami atlanta
    raleigh durham nashville pittsburgh philadelphia detroit minneapolis phoenix baltimore
    columbus cincinnati cleveland indianapolis charlotte tampa orlando brooklyn manhattan
    oakland berkeley sunnyvale toronto montreal vancouver ottawa calgary waterloo bogota lima
    medellin santiago sydney melbourne brisbane perth adelaide auckland wellington tokyo osaka
    kyoto seoul beijing shanghai shenzhen hangzhou guangzhou taipei bangalore bengaluru mumbai
    delhi gurgaon gurugram hyderabad chennai pune noida kolkata jakarta manila bangkok hanoi
    karachi lahore dhaka europe asia africa latam nordics emea apac dach benelux
"""

_MULTI_WORD_PLACES = """
    tel aviv|abu dhabi|cape town|new york city|san francisco|los angeles|san diego|san jose|
    palo alto|mountain view|menlo park|santa clara|salt lake city|las vegas|st louis|
    kansas city|silicon valley|bay area|mexico city|sao paulo|rio de janeiro|buenos aires|
    new delhi|kuala lumpur|ho chi minh city|washington dc|latin america|north america|
    south east asia|southeast asia|middle east
"""

#: Never treated as a place prefix: "America's Car-Mart" is a company.
_NOT_PREFIX_PLACES = frozenset({("america",), ("us",), ("u", "s"), ("u", "s", "a")})


def _build_places() -> frozenset[tuple[str, ...]]:
    places: set[tuple[str, ...]] = set()
    for name in [*_COUNTRY_NAMES, *_US_STATES, *_MULTI_WORD_PLACES.replace("\n", "").split("|")]:
        words = tuple(name.split())
        if words:
            places.add(words)
    places.update((word,) for word in _CITIES.split())
    return frozenset(places - _NOT_PREFIX_PLACES)


_PLACES = _build_places()
_MAX_PLACE_WORDS = max(len(p) for p in _PLACES)


def _geo_key(value: str) -> str:
    text = unicodedata.normalize("NFKD", value.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def country_code(value: str | None) -> str | None:
    """ISO alpha-2 for a country code or a common name ("USA", "United Kingdom", "de")."""
    if not value or not isinstance(value, str):
        return None
    key = _geo_key(value)
    if not key:
        return None
    if key in _COUNTRY_NAMES:
        return _COUNTRY_NAMES[key]
    if len(key) == 2 and key.isalpha():
        return "GB" if key == "uk" else key.upper()
    if len(key) == 3 and key.isalpha():
        return {"usa": "US", "gbr": "GB", "deu": "DE", "fra": "FR", "can": "CA", "aus": "AU",
                "nld": "NL", "esp": "ES", "ita": "IT", "che": "CH", "swe": "SE", "irl": "IE",
                "isr": "IL", "ind": "IN", "jpn": "JP", "sgp": "SG", "bra": "BR"}.get(key)
    return None


def state_code(value: str | None) -> str | None:
    """A US state as its two-letter code ("California" -> "CA"); other regions casefolded."""
    if not value or not isinstance(value, str):
        return None
    key = _geo_key(value)
    if not key:
        return None
    if key in _US_STATES:
        return _US_STATES[key]
    if len(key) == 2:
        return key.upper()
    return key


# --------------------------------------------------------------------------------------------
# Company names
# --------------------------------------------------------------------------------------------

_LETTER_FIXES = str.maketrans(
    {
        "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
        "ß": "ss", "’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "＇": "'",
    }
)

#: Legal-form tokens dropped from the end of a name (never when that would leave nothing).
_LEGAL_SUFFIXES: tuple[tuple[str, ...], ...] = tuple(
    tuple(s.split())
    for s in sorted(
        [
            "inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "co",
            "company", "companies", "gmbh", "ag", "sa", "sas", "sarl", "bv", "nv", "pty",
            "plc", "lp", "llp", "ab", "oy", "oyj", "asa", "kk", "srl", "spa", "holdings",
            "holding", "se", "kg", "kgaa", "ltda", "sl", "aps", "pte", "pvt", "bhd", "sdn bhd",
            "tbk", "ltee", "ulc", "lllp", "pllc", "pc", "mbh", "ug", "sprl", "scs",
            "a s", "s a", "s a s", "b v", "n v", "l l c", "s r l", "s p a", "k k", "p l c",
            "l p", "l l p", "and co", "and company", "et cie", "and cie", "cie", "gmbh and co",
        ],
        key=lambda s: -len(s.split()),
    )
)

#: Words that end a leading descriptor: "YC-backed Acme", "stealth startup Acme".
_DESCRIPTOR_ENDS = frozenset({"backed", "startup", "scaleup", "unicorn"})
#: "Asset-backed securities" is a name, not a descriptor.
_NOT_BACKERS = frozenset(
    {"asset", "assets", "mortgage", "receivable", "receivables", "loan", "loans", "credit",
     "collateral", "equity", "government", "gold", "dollar", "crypto", "stablecoin"}
)
_PLACE_DESCRIPTORS = frozenset({"based", "headquartered"})

_DOTTED = re.compile(r"\b((?:[^\W\d_]\.){2,}[^\W\d_]?)(?=\W|$)")
_PARENS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_SEC_STATE = re.compile(r"(?:\s+[/\\][a-z0-9.\-]{1,8}[/\\])+\s*$|\s+[/\\][a-z]{2}\s*$")
_POSSESSIVE_PREFIX = re.compile(r"^\s*(?:the\s+)?([^']{1,40}?)\s*'s\s+(?=\S)")
_POSSESSIVE = re.compile(r"'s\b")
_NON_WORD = re.compile(r"[\W_]+")


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower().replace("`", "'")
    text = unicodedata.normalize("NFKC", text).casefold().translate(_LETTER_FIXES)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return unicodedata.normalize("NFKC", text).casefold()


def _is_place(tokens: Sequence[str]) -> bool:
    return 0 < len(tokens) <= _MAX_PLACE_WORDS and tuple(tokens) in _PLACES


_SUFFIXES_BY_LAST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _suffix in _LEGAL_SUFFIXES:  # already longest first
    _SUFFIXES_BY_LAST[_suffix[-1]] = (*_SUFFIXES_BY_LAST.get(_suffix[-1], ()), _suffix)


def _strip_tokens(tokens: list[str]) -> list[str]:
    """Leading "the", descriptor prefixes and trailing legal forms, to a fixpoint."""
    while True:
        before = len(tokens)
        # leading "the" (first, so "The Company" keeps "company")
        if len(tokens) > 1 and tokens[0] == "the":
            tokens = tokens[1:]
        # trailing legal suffixes ("acme pty ltd" -> "acme"), never down to nothing
        for suffix in _SUFFIXES_BY_LAST.get(tokens[-1], ()):
            n = len(suffix)
            if len(tokens) > n and tuple(tokens[-n:]) == suffix:
                tokens = tokens[:-n]
                break
        # "yc backed acme", "fintech startup acme", "paris based acme"
        for i in range(1, min(len(tokens) - 1, 6)):
            word = tokens[i]
            if word in _DESCRIPTOR_ENDS:
                if word == "backed" and tokens[i - 1] in _NOT_BACKERS:
                    continue
                tokens = tokens[i + 1 :]
                break
            if word in _PLACE_DESCRIPTORS and _is_place(tokens[:i]):
                tokens = tokens[i + 1 :]
                break
        if len(tokens) == before:  # every step only ever removes tokens
            return tokens


@lru_cache(maxsize=131072)
def _normalise_once(name: str) -> str:
    text = _fold(name)
    if "&" in text or "+" in text:
        text = text.replace("&", " and ").replace("+", " and ")
    if "(" in text or "[" in text:
        stripped = _PARENS.sub(" ", text)
        if _NON_WORD.sub("", stripped):
            text = stripped
    if "/" in text or "\\" in text:
        text = _SEC_STATE.sub("", text) or text
    if "." in text:
        text = _DOTTED.sub(lambda m: m.group(1).replace(".", ""), text)
    if "'" in text:
        # "London's Acme" -> "Acme" (only for places: "Moody's Analytics" keeps its name)
        m = _POSSESSIVE_PREFIX.match(text)
        if m and _is_place(_NON_WORD.sub(" ", m.group(1)).split()):
            text = text[m.end() :]
        text = _POSSESSIVE.sub("", text)
    tokens = _NON_WORD.sub(" ", text).split()
    if not tokens:
        return ""
    return " ".join(_strip_tokens(tokens))


def normalise_company_name(name: str) -> str:
    """A comparison key for a company name. Idempotent; "" for a name with no letters/digits.

    "The Acme Robotics, Inc." -> "acme robotics"; "Paris-based Acme SAS" -> "acme";
    "Société Générale S.A." -> "societe generale"; "Smith & Co." -> "smith"; "Holdings" ->
    "holdings" (a legal form is dropped only when something is left).
    """
    if not isinstance(name, str) or not name:
        return ""
    current = _normalise_once(name)
    for _ in range(4):  # the pipeline is near-idempotent; make it exactly so
        again = _normalise_once(current)
        if again == current:
            return current
        current = again
    return current


def _descriptor_remainder(key: str) -> str | None:
    """For unknown places: "tartu based acme" -> "acme" (tried only after exact lookups miss)."""
    tokens = key.split()
    for i in range(1, min(len(tokens) - 1, 5)):
        if tokens[i] in _PLACE_DESCRIPTORS:
            rest = " ".join(tokens[i + 1 :])
            return rest or None
    return None


# --------------------------------------------------------------------------------------------
# Resolver
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Match:
    """A resolved account and how we got there."""

    account: WatchedAccount
    method: str  # "domain" | "name" | "alias" | "fuzzy"
    score: float  # 0..100
    reason: str  # one human line, e.g. 'domain acme.io matches "Acme Robotics"'


#: A fuzzy winner needs at least this score (rapidfuzz ratio on the space-free key) ...
FUZZY_MIN_SCORE = 92.0
#: ... and must beat every other account by this much.
FUZZY_MARGIN = 5.0
_FUZZY_CACHE_SIZE = 50_000


@dataclass(frozen=True, slots=True)
class _Entry:
    account: WatchedAccount
    tokens: tuple[str, ...]
    label: str  # what the account calls itself here (name or alias, as typed)
    via_alias: bool


def _close_tokens(a: str, b: str) -> bool:
    """Is `b` a spelling variant of the single word `a`?"""
    if a == b:
        return True
    if a + "s" == b or b + "s" == a or a + "es" == b or b + "es" == a:
        return True
    if any(c.isdigit() for c in a + b):
        return False
    if min(len(a), len(b)) <= 3:
        return False
    from rapidfuzz import fuzz  # imported on first fuzzy comparison: loading it costs a start-up ~50 ms

    return fuzz.ratio(a, b) >= 84


def _close_merge(a: str, b: str) -> bool:
    """Is `b` the same words as `a` with spaces moved ("data dog" / "datadog")?"""
    if a == b:
        return True
    if any(c.isdigit() for c in a + b):
        return False
    if min(len(a), len(b)) < 8:
        return False
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) >= 93


def same_words(a: Sequence[str], b: Sequence[str]) -> bool:
    """True when two token lists differ only in spelling and spacing, never by a whole word.

    Tokens are aligned left to right; a step pairs one token with one token (spelling variant),
    or one token with 2-3 adjacent tokens of the other side written together ("hugging face" /
    "huggingface"). Every token on both sides must be used, so "lattice" never aligns with
    "lattice energy".
    """
    a, b = tuple(a), tuple(b)
    memo: dict[tuple[int, int], bool] = {}

    def walk(i: int, j: int) -> bool:
        if i == len(a) and j == len(b):
            return True
        if i == len(a) or j == len(b):
            return False
        key = (i, j)
        if key in memo:
            return memo[key]
        ok = False
        if _close_tokens(a[i], b[j]) and walk(i + 1, j + 1):
            ok = True
        else:
            for size in (2, 3):
                if j + size <= len(b) and _close_merge(a[i], "".join(b[j : j + size])):
                    if walk(i + 1, j + size):
                        ok = True
                        break
                if i + size <= len(a) and _close_merge("".join(a[i : i + size]), b[j]):
                    if walk(i + size, j + 1):
                        ok = True
                        break
        memo[key] = ok
        return ok

    return walk(0, 0)


def _hint_values(hints: Mapping[str, Any] | None) -> tuple[str | None, str | None]:
    if not hints or not isinstance(hints, Mapping):
        return None, None
    state = hints.get("state")
    country = hints.get("country")
    return (
        state_code(str(state)) if state not in (None, "") else None,
        country_code(str(country)) if country not in (None, "") else None,
    )


def _unique(accounts: Iterable[WatchedAccount]) -> list[WatchedAccount]:
    seen: dict[int, WatchedAccount] = {}
    for account in accounts:
        seen.setdefault(account.id, account)
    return list(seen.values())


class AccountResolver:
    """Resolve (name, domain, hints) to one watched account. Build once, query many times."""

    def __init__(self, accounts: Sequence[WatchedAccount], *, domain_conflicts_block: bool = True):
        """`domain_conflicts_block`: when the event carries a real domain that matches no account,
        a name/alias/fuzzy candidate whose own domain has a different brand ("lattice.com" vs
        "latticesemi.com") is not taken. Set False to resolve on the name alone in that case."""
        self.domain_conflicts_block = domain_conflicts_block
        self._by_domain: dict[str, list[WatchedAccount]] = {}
        self._by_name: dict[str, list[WatchedAccount]] = {}
        self._by_alias: dict[str, list[WatchedAccount]] = {}
        self._account_domain: dict[int, str] = {}
        self._account_key: dict[int, str] = {}
        # fuzzy blocks: first 3 chars of the space-free key -> parallel lists of keys / entries
        self._block_keys: dict[str, list[str]] = {}
        self._block_entries: dict[str, list[list[_Entry]]] = {}
        self._block_pos: dict[str, dict[str, int]] = {}
        self._count = 0
        # fuzzy candidates per query key; event streams repeat company names a lot
        self._fuzzy_cache: dict[str, list[tuple[str, float, int]]] = {}

        for account in accounts:
            self._count += 1
            domain = _stored_domain(account.domain)
            if domain and not _is_public_suffix(domain) and domain not in SHARED_HOSTS:
                self._account_domain[account.id] = domain
                self._by_domain.setdefault(domain, []).append(account)
            name_key = normalise_company_name(account.name)
            self._account_key[account.id] = name_key
            if name_key:
                self._by_name.setdefault(name_key, []).append(account)
                self._add_fuzzy(name_key, _Entry(account, tuple(name_key.split()), account.name, False))
            for alias in account.aliases:
                alias_key = normalise_company_name(alias)
                if not alias_key or alias_key == name_key:
                    continue
                self._by_alias.setdefault(alias_key, []).append(account)
                self._add_fuzzy(alias_key, _Entry(account, tuple(alias_key.split()), alias, True))

    def __len__(self) -> int:
        return self._count

    def _add_fuzzy(self, key: str, entry: _Entry) -> None:
        compact = key.replace(" ", "")
        block = compact[:3]
        positions = self._block_pos.setdefault(block, {})
        pos = positions.get(compact)
        if pos is None:
            positions[compact] = len(self._block_keys.setdefault(block, []))
            self._block_keys[block].append(compact)
            self._block_entries.setdefault(block, []).append([entry])
        else:
            self._block_entries[block][pos].append(entry)

    # -- public ------------------------------------------------------------------------------

    def resolve(
        self,
        *,
        name: str | None = None,
        domain: str | None = None,
        hints: Mapping[str, str] | None = None,
    ) -> Match | None:
        """The watched account an event is about, or None when unsure. Never raises on odd text."""
        state, country = _hint_values(hints)
        host = normalise_domain(domain) if isinstance(domain, str) else None
        if host and not _is_public_suffix(host) and host not in SHARED_HOSTS:
            # the walk itself stops at a shared host: acme.github.io may match, github.io never
            found = self._by_domain_walk(host, name, state, country)
            if found is not None:
                return found if isinstance(found, Match) else None
        # Only a company's own domain can contradict a name (not a blog or a job board).
        usable_host = host if host and not _is_public_suffix(host) and not _shared_parent(host) else None

        if not isinstance(name, str) or not name.strip():
            return None
        key = normalise_company_name(name)
        if not key:
            return None
        brand = _brand(usable_host) if usable_host and self.domain_conflicts_block else None

        for lookup_key, note in ((key, ""), (_descriptor_remainder(key), " (descriptor dropped)")):
            if not lookup_key:
                continue
            found = self._exact(lookup_key, name, note, brand, state, country)
            if found is not None:
                return found if isinstance(found, Match) else None
        if host is None:
            # A name that is its own web address ("Salesforce.com, Inc.", "Monday.com") names the
            # company's domain: match that exactly, as a domain, before trying fuzzy names.
            named_host = _domain_in_name(name)
            if named_host and named_host in self._by_domain:
                found = self._by_domain_walk(named_host, name, state, country)
                if found is not None:
                    return found if isinstance(found, Match) else None
        return self._fuzzy(key, name, brand, state, country)

    # -- steps -------------------------------------------------------------------------------

    def _by_domain_walk(
        self, host: str, name: str | None, state: str | None, country: str | None
    ) -> Match | bool | None:
        """Match | False (domain known but ambiguous: stop) | None (no domain match: go on)."""
        labels = host.split(".")
        for i in range(len(labels) - 1):
            candidate = ".".join(labels[i:])
            if _is_public_suffix(candidate) or candidate in SHARED_HOSTS:
                return None
            accounts = self._by_domain.get(candidate)
            if not accounts:
                continue
            accounts = _unique(accounts)
            how = (
                f"domain {host} matches"
                if candidate == host
                else f"domain {host} is under {candidate} of"
            )
            score = 100.0 if candidate == host else 95.0
            if len(accounts) == 1:
                return Match(accounts[0], "domain", score, f'{how} "{accounts[0].name}"')
            # Several accounts share the domain: the name, then the hints, decide.
            key = normalise_company_name(name) if isinstance(name, str) else ""
            if key:
                named = [a for a in accounts if self._account_key.get(a.id) == key]
                if len(named) == 1:
                    return Match(named[0], "domain", score - 5, f'{how} "{named[0].name}" (name agrees)')
                if named:
                    accounts = named
            chosen, why = _tie_break(accounts, state, country)
            if chosen is not None:
                return Match(chosen, "domain", score - 10, f'{how} "{chosen.name}" ({why})')
            return False
        return None

    def _conflicts(self, account: WatchedAccount, brand: str | None) -> bool:
        if brand is None:
            return False
        own = self._account_domain.get(account.id)
        if own is None:
            return False
        return _brand(own) != brand

    def _exact(
        self,
        key: str,
        raw: str,
        note: str,
        brand: str | None,
        state: str | None,
        country: str | None,
    ) -> Match | bool | None:
        for method, index in (("name", self._by_name), ("alias", self._by_alias)):
            accounts = index.get(key)
            if not accounts:
                continue
            accounts = [a for a in _unique(accounts) if not self._conflicts(a, brand)]
            if not accounts:
                continue
            base = 100.0 if method == "name" else 95.0
            if len(accounts) == 1:
                chosen, why = accounts[0], ""
            else:
                chosen, why = _tie_break(accounts, state, country)
                if chosen is None:
                    return False  # same name, several accounts, nothing to tell them apart
                base -= 10
                why = f" ({why})"
            if method == "name":
                reason = f'name "{_clip(raw)}" matches "{chosen.name}"{note}{why}'
            else:
                alias = next(
                    (al for al in chosen.aliases if normalise_company_name(al) == key), key
                )
                reason = f'name "{_clip(raw)}" matches alias "{alias}" of "{chosen.name}"{note}{why}'
            return Match(chosen, method, base, reason)
        return None

    def _fuzzy(
        self, key: str, raw: str, brand: str | None, state: str | None, country: str | None
    ) -> Match | None:
        compact = key.replace(" ", "")
        block = compact[:3]
        keys = self._block_keys.get(block)
        if not keys:
            return None
        hits = self._fuzzy_cache.get(compact)
        if hits is None:
            from rapidfuzz import fuzz, process

            hits = process.extract(
                compact,
                keys,
                scorer=fuzz.ratio,
                score_cutoff=FUZZY_MIN_SCORE - FUZZY_MARGIN,
                limit=None,
            )
            if len(self._fuzzy_cache) >= _FUZZY_CACHE_SIZE:
                self._fuzzy_cache.clear()
            self._fuzzy_cache[compact] = hits
        if not hits:
            return None
        entries_at = self._block_entries[block]
        best_per_account: dict[int, tuple[float, _Entry, str]] = {}
        for choice, score, pos in hits:
            for entry in entries_at[pos]:
                prev = best_per_account.get(entry.account.id)
                if prev is None or score > prev[0]:
                    best_per_account[entry.account.id] = (float(score), entry, choice)
        ranked = sorted(best_per_account.values(), key=lambda t: (-t[0], t[1].account.id))
        best_score, best_entry, best_key = ranked[0]
        if best_score < FUZZY_MIN_SCORE:
            return None
        rivals = [r for r in ranked[1:] if r[0] > best_score - FUZZY_MARGIN]
        chosen = best_entry.account
        why = ""
        if rivals:
            # Only a tie between accounts with the very same key can be broken, by hints.
            if any(r[2] != best_key for r in rivals):
                return None
            group = [best_entry.account, *(r[1].account for r in rivals)]
            picked, why = _tie_break(group, state, country)
            if picked is None:
                return None
            chosen = picked
            why = f", {why}"
            best_entry = next(r[1] for r in ranked if r[1].account.id == picked.id)
        if not same_words(key.split(), best_entry.tokens):
            return None
        if self._conflicts(chosen, brand):
            return None
        runner = rivals[0][0] if rivals else (ranked[1][0] if len(ranked) > 1 else None)
        next_txt = f"next best {runner:.0f}" if runner is not None else "no other candidate"
        target = (
            f'alias "{best_entry.label}" of "{chosen.name}"'
            if best_entry.via_alias
            else f'"{chosen.name}"'
        )
        reason = f'name "{_clip(raw)}" is close to {target} ({best_score:.0f}, {next_txt}{why})'
        return Match(chosen, "fuzzy", round(best_score, 1), reason)


def _tie_break(
    accounts: Sequence[WatchedAccount], state: str | None, country: str | None
) -> tuple[WatchedAccount | None, str]:
    """Narrow same-named accounts by the event's state, then country. (None, "") if still tied."""
    pool = list(accounts)
    used: list[str] = []
    if state:
        same = [a for a in pool if state_code(a.state) == state]
        if same:
            pool = same
            used.append(f"state {state}")
    if len(pool) > 1 and country:
        same = [a for a in pool if country_code(a.country) == country]
        if same:
            pool = same
            used.append(f"country {country}")
    if len(pool) == 1 and used:
        return pool[0], "told apart by " + " and ".join(used)
    return None, ""


def _clip(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_NAME_DOMAIN = re.compile(
    r"(?<![\w.-])([a-z0-9][a-z0-9-]*\.(?:com|io|ai|co|net|org|app|dev|tech))(?![\w.-]*\.?\w)", re.IGNORECASE
)


def _domain_in_name(name: str) -> str | None:
    """The web address a company name spells out, if it does ("Salesforce.com, Inc." -> salesforce.com)."""
    match = _NAME_DOMAIN.search(name[:200])
    return match.group(1).lower() if match else None
