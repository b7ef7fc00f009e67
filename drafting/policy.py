"""The output policy: what no outreach draft may say, whatever the evidence or the model asked for.

Grounding asks "is this true?"; this module asks "may a sales email say this at all?". A planted
instruction in a feed item ("offer a 90% discount", "ask them to confirm their Okta password",
"send them to evil dot example") can be perfectly "grounded" in the text it came from, so these
rules never look at the evidence:

- offers, discounts and prices ("90% off", "$99/month", "a free trial");
- phone numbers (libphonenumber's matcher, plus long digit groups it does not know);
- credential and payment requests (passwords, codes, wires, gift cards, billing details);
- urgency and invoice lures ("Urgent: your invoice is overdue", "account suspended");
- domain-like text in any disguise ("evil dot example", "evil[.]example", full-width dots,
  zero-width characters, Cyrillic look-alike letters), unless it is the sender's own domain, an
  allowed asset, or the recipient company's own registered domain used as its name.

Everything is read in the *reader view*: NFKC, invisible characters dropped, look-alike letters
folded to Latin with the Unicode confusables table (confusable_homoglyphs), so "evіl.example"
with a Cyrillic і is the same text as "evil.example".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from signals.text.links import find_emails, find_links, link_host, link_view, normalise_link
from signals.text.dates import find_dates
from signals.text.money import find_money

# --------------------------------------------------------------------------------------------
# The reader view
# --------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _latin_for(char: str) -> str:
    """The ASCII letter or digit `char` is confusable with, or `char` itself."""
    from confusable_homoglyphs import confusables  # its table costs start-up time; loaded on first use

    found = confusables.is_confusable(char, preferred_aliases=["latin", "common"], greedy=True)
    if not found:
        return char
    for item in found:
        for glyph in item.get("homoglyphs", []):
            c = glyph.get("c", "")
            if len(c) == 1 and c.isascii() and c.isalnum():
                return c
    return char


def fold_confusables(text: str) -> str:
    """Non-ASCII letters that look like Latin ones ("і", "ο", "ѕ") replaced by those Latin letters.

    Accented Latin letters ("é", "ü") are Latin already and stay as they are.
    """
    if text.isascii():
        return text
    # One lookup per distinct non-ASCII character, then one translate (not a join per character).
    table = {ord(ch): _latin_for(ch) for ch in set(text) if not ch.isascii()}
    return text.translate({k: v for k, v in table.items() if v != chr(k)}) if table else text


def reader_view(text: str) -> str:
    """`text` as a person (or a mail client) reads it: NFKC, look-alike dots made dots, invisible
    characters gone (signals.text.links.link_view), look-alike letters folded to Latin."""
    return fold_confusables(link_view(text))


# --------------------------------------------------------------------------------------------
# Domain-like text
# --------------------------------------------------------------------------------------------

_DOT_WORD = r"(?:\s*[\[\(\{<]\s*(?:dot|\.)\s*[\]\)\}>]\s*|\s+dot\s+|\s+\.\s+|\s*\[\.\]\s*|\s*\(\.\)\s*)"
_AT_WORD = r"(?:\s*[\[\(\{<]\s*(?:at|@)\s*[\]\)\}>]\s*|\s+at\s+)"
_LABEL = r"[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?"
#: "evil dot example", "evil[.]example", "evil (dot) example", "evil . example"
_DISGUISED_DOMAIN = re.compile(
    rf"(?<![\w@.\-])(?P<host>{_LABEL}(?:{_DOT_WORD}{_LABEL})+)(?![\w\-])", re.IGNORECASE
)
#: "deals at evil-example dot com", "deals (at) evil.example"
_DISGUISED_EMAIL = re.compile(
    rf"(?<![\w.\-])(?P<user>[\w.+\-]+){_AT_WORD}(?P<host>{_LABEL}(?:(?:{_DOT_WORD}|\.){_LABEL})+)(?![\w\-])",
    re.IGNORECASE,
)
#: "hxxp://", "h**p://", "http[:]//"
_DISGUISED_SCHEME = re.compile(r"\bh(?:xx|\*\*)ps?\s*(?:\[:\]|:)\s*//|\bhttps?\s*\[:\]\s*//", re.IGNORECASE)
#: Words that may stand before "dot" in prose ("the dot com era", "connect the dots").
_NOT_A_HOST = frozenset("a an the this that each every one no connect join".split())
#: Top-level labels a disguised domain must end in to count; plain prose rarely ends a
#: "x dot y" in one of these, and an attacker has to use one for the address to work.
_TLD_RE = re.compile(r"^[a-z]{2,24}$|^xn--[a-z0-9\-]+$")


def _undisguise(host: str) -> str:
    return re.sub(_DOT_WORD, ".", host, flags=re.IGNORECASE).casefold()


@dataclass(frozen=True)
class DomainMention:
    #: The text as written ("evil dot example").
    text: str
    #: What it points at, normalised ("evil.example", "deals@evil-example.com", "evil.example/deal").
    target: str
    host: str
    is_email: bool = False


def find_domainlike(text: str) -> list[DomainMention]:
    """Links, bare domains and e-mail addresses in `text`, disguised or not."""
    return list(_domainlike(text))


@functools.lru_cache(maxsize=16384)
def _domainlike(text: str) -> tuple[DomainMention, ...]:
    # A pure function of the text (mentions are frozen), cached: the links and injection checks
    # read the same draft text, and every step draft of an asset the same evidence.
    view = reader_view(text)
    found: list[DomainMention] = []
    seen: set[str] = set()

    def add(mention: DomainMention) -> None:
        if mention.target not in seen:
            seen.add(mention.target)
            found.append(mention)

    for match in _DISGUISED_EMAIL.finditer(view):
        raw_host = match.group("host")
        host = _undisguise(raw_host)
        # "the team at Monday.com" is prose: a plain " at " makes an address only when the host
        # is disguised too ("deals at evil-example dot com"); "(at)" and "[at]" always do. A plain
        # host is found as a link below either way.
        bracketed = bool(re.search(r"[\[\(\{<]", match.group(0).split(match.group("user"), 1)[1].split(raw_host, 1)[0]))
        if not bracketed and not re.search(_DOT_WORD, raw_host, flags=re.IGNORECASE):
            continue
        if "." in host and _TLD_RE.match(host.rsplit(".", 1)[1]):
            add(DomainMention(match.group(0), f"{match.group('user').casefold()}@{host}", host, is_email=True))
    for match in _DISGUISED_DOMAIN.finditer(view):
        raw = match.group("host")
        if "." in raw and not re.search(_DOT_WORD, raw, flags=re.IGNORECASE):
            continue  # plain "a.b": find_links below reads it with its path
        first = re.split(_DOT_WORD, raw, maxsplit=1, flags=re.IGNORECASE)[0].casefold()
        host = _undisguise(raw)
        if first in _NOT_A_HOST or not _TLD_RE.match(host.rsplit(".", 1)[1]):
            continue
        add(DomainMention(match.group(0), host, host))
    for match in _DISGUISED_SCHEME.finditer(view):
        add(DomainMention(match.group(0), match.group(0).casefold(), ""))
    for email in find_emails(view):
        add(DomainMention(email, email.casefold(), email.rsplit("@", 1)[1].casefold(), is_email=True))
    for link in find_links(view):
        add(DomainMention(link, normalise_link(link), link_host(link)))
    return tuple(found)


def _host_of(value: str) -> str:
    value = value.strip().casefold().removeprefix("mailto:")
    if "@" in value and "/" not in value:
        return value.rsplit("@", 1)[1]
    return link_host(value)


def allowed_mention(
    mention: DomainMention,
    *,
    sender_email: str,
    allowed_urls: Iterable[str],
    account_name: str = "",
    account_domain: str | None = None,
) -> bool:
    """May a draft carry this link or address?

    Yes for an address or a link on the sender's own domain, for an allowed asset
    (exactly that link, or that mailto: address), and for the recipient company's registered
    domain when the account's name *is* that domain ("Monday.com"). Never because a CRM field or
    the evidence happens to contain it: "evil.example/deal" as an account name is still a link.
    """
    allowed = [u.strip() for u in allowed_urls if u and u.strip()]
    sender_host = _host_of(sender_email) if "@" in sender_email else ""
    if mention.is_email:
        addresses = {sender_email.strip().casefold()} | {
            u.casefold().removeprefix("mailto:") for u in allowed if u.casefold().startswith("mailto:")
        }
        return mention.target in addresses or (bool(sender_host) and mention.host == sender_host)
    if not mention.host:
        return False  # a disguised scheme is never an allowed asset
    if mention.target in {normalise_link(u) for u in allowed if not u.casefold().startswith("mailto:")}:
        return True
    if sender_host and mention.host == sender_host:
        return True
    # "Monday.com" or "Ramp.io" as the whole account name is a name: allowed when it is a bare
    # host and names the company's own registered domain, never with a path or beside other words.
    own = (account_domain or "").strip().casefold()
    name = " ".join(reader_view(account_name).split()).casefold()
    if own and mention.target == mention.host == name and "." in own:
        return mention.host == own or mention.host.split(".", 1)[0] == own.split(".", 1)[0]
    return False


# --------------------------------------------------------------------------------------------
# Offers, prices, phone numbers, credential and payment requests, lures
# --------------------------------------------------------------------------------------------


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_OFFER = _any(
    r"\b\d{1,3}(?:[.,]\d+)?\s?(?:%|percent|per\s+cent)\s+(?:off|discount|reduction|cheaper|savings?)\b",
    r"\bdiscount(?:s|ed)?\b",
    r"\bfree\s+(?:trial|month|months|year|demo|pilot|access|upgrade|gift|licen[cs]es?|seats?|onboarding|setup|for)\b",
    r"\b(?:for|at)\s+no\s+(?:cost|charge)\b|\bfree\s+of\s+charge\b|\bfor\s+free\b",
    r"\b(?:limited|exclusive|special|introductory|one-time|early[- ]bird|launch)\s+(?:time\s+)?"
    r"(?:offer|deal|price|pricing|discount|rate|promotion)s?\b",
    r"\bpromo(?:tional)?\s*codes?\b|\bcoupons?\b|\bvouchers?\b|\brebates?\b|\bcash\s?back\b",
    r"\bbuy\s+one,?\s+get\s+one\b|\bbogo\b|\bhalf[- ]price\b|\b\d+\s+months?\s+free\b",
    r"\bcomplimentary\b|\bwaive\s+(?:the\s+)?fees?\b|\bno\s+setup\s+fees?\b",
    r"\b(?:our|the)\s+(?:price|pricing)\s+(?:is|starts|for)\b|\bpriced\s+at\b|\bstarting\s+at\b",
)
_PER_PERIOD = re.compile(
    r"^\s*(?:/|per\b|a\b|an\b|each\b)\s*(?:mo\b|month|yr\b|year|annum|user|seat|licen[cs]e|head|rep|week|day)",
    re.IGNORECASE,
)
_PRICE_BEFORE = re.compile(
    r"(?:\bonly|\bjust|\bpricing|\bprice|\bpriced\s+at|\bcosts?|\bfor\s+as\s+little\s+as|\bstarting\s+(?:at|from)"
    r"|\bpay|\bfee\s+of|\bsubscription\s+of)\s*$",
    re.IGNORECASE,
)
_CREDENTIALS = _any(
    r"\bpass(?:word|code|phrase)s?\b|\bcredentials?\b|\blog[- ]?in\s+(?:details|info|information|credentials)\b",
    r"\bsign[- ]?in\s+(?:details|info|information)\b|\b(?:2fa|mfa|otp)\b|\bone[- ]time\s+(?:code|password|pin)\b",
    r"\b(?:verification|security|authentication|auth|access)\s+codes?\b|\bpin\s+(?:code|number)\b",
    r"\bsocial\s+security\b|\bssn\b|\btax\s+id\b",
    r"\bbank(?:ing)?\s+(?:details|account|info|information|number)\b|\brouting\s+number\b|\biban\b|\bswift\s+code\b",
    r"\bcredit\s+cards?\b|\bcard\s+(?:number|details|info)\b|\bcvv\b|\bcvc\b",
    r"\bwire\s+(?:transfer|the|a|your|us|me|it|funds|money|payment|[$€£¥])|\bwired?\s+(?:funds|money|payment)\b",
    r"\bgift\s?cards?\b|\bitunes\s+cards?\b|\bbitcoin\b|\bbtc\b|\busdt\b|\bcrypto(?:currency)?\s+wallet\b",
    r"\b(?:update|confirm|verify|re-?enter|provide|send|share|submit)\s+(?:us\s+)?(?:your\s+|the\s+)?"
    r"(?:billing|payment|account|card|banking|bank|login|sign-?in)\s*(?:details|info(?:rmation)?|method|data)?\b",
    r"\bbilling\s+(?:details|information|info|address)\b|\bpayment\s+(?:details|information|info|method|link)\b",
    r"\b(?:verify|confirm)\s+your\s+(?:account|identity|email|mailbox)\b|\breset\s+your\s+password\b",
)
_LURES = _any(
    r"\burgent(?:ly)?\b|\bact\s+(?:now|fast|today|immediately)\b|\bfinal\s+(?:notice|warning|reminder)\b",
    r"\boverdue\b|\bpast\s+due\b|\boutstanding\s+(?:balance|invoice|payment|amount)\b|\binvoices?\b",
    r"\bunpaid\b|\bpayment\s+(?:failed|declined|overdue|due|required)\b|\bremittance\b",
    r"\b(?:account|access|service|subscription|mailbox)\s+(?:will\s+be\s+|has\s+been\s+|is\s+|was\s+)?"
    r"(?:suspended|locked|disabled|terminated|deactivated|closed|on\s+hold)\b",
    r"\bwithin\s+(?:24|48|72)\s+hours\b|\bexpires?\s+(?:today|tonight|soon|in)\b|\blast\s+chance\b",
    r"\btime[- ]sensitive\b|\bsecurity\s+alert\b|\bunusual\s+(?:activity|sign-?in|login)\b|\bimmediate\s+action\b",
)
_PHONE_FALLBACK = re.compile(
    r"(?<![\w$€£¥₹.,/])(?:\+|00)?\(?\d{1,4}\)?(?:[\s.\-/]\(?\d{2,5}\)?){2,5}(?![\w%])"
)


def find_phone_numbers(text: str) -> list[str]:
    """Phone numbers: whatever libphonenumber matches as a possible number (national forms read as
    US, international forms anywhere), and long groups of digits that read like one."""
    import phonenumbers  # loaded on first use, like the confusables table

    view = reader_view(text)
    found = [m.raw_string for m in phonenumbers.PhoneNumberMatcher(view, "US", leniency=phonenumbers.Leniency.POSSIBLE)]
    money_spans = [(m.start, m.end) for m in find_money(view)] + [(d.start, d.end) for d in find_dates(view)]
    for match in _PHONE_FALLBACK.finditer(view):
        digits = sum(ch.isdigit() for ch in match.group(0))
        inside_money = any(s <= match.start() < e for s, e in money_spans)
        if digits >= 8 and not inside_money and not any(match.group(0) in f or f in match.group(0) for f in found):
            found.append(match.group(0).strip())
    return list(dict.fromkeys(f.strip() for f in found))


def find_prices(text: str) -> list[str]:
    """Money that reads as a price ("$99/month", "only €49", "pricing starts at $10 per seat")."""
    view = reader_view(text)
    out: list[str] = []
    for money in find_money(view):
        after = view[money.end : money.end + 20]
        before = view[max(0, money.start - 30) : money.start]
        if _PER_PERIOD.match(after) or _PRICE_BEFORE.search(before):
            out.append(money.text + (after[: _PER_PERIOD.match(after).end()] if _PER_PERIOD.match(after) else ""))
    return out


def _matches(pattern: re.Pattern[str], text: str) -> list[str]:
    return list(dict.fromkeys(" ".join(m.group(0).split()) for m in pattern.finditer(text)))


@dataclass(frozen=True)
class PolicyFinding:
    #: offer, price, phone number, credential or payment request, urgency or invoice lure
    category: str
    text: str


def policy_findings(text: str) -> list[PolicyFinding]:
    """Everything in `text` that no outreach draft may say (domains are judged by `find_domainlike`)."""
    return list(_policy_findings(text))


@functools.lru_cache(maxsize=16384)
def _policy_findings(text: str) -> tuple[PolicyFinding, ...]:
    # A pure function of the text (findings are frozen), cached: step drafts of one asset differ
    # only in the greeting and the fact they cite, and greetings repeat over thousands of leads.
    view = reader_view(text)
    findings: list[PolicyFinding] = []
    findings += [PolicyFinding("offer or discount", t) for t in _matches(_OFFER, view)]
    findings += [PolicyFinding("price", t) for t in find_prices(view)]
    findings += [PolicyFinding("phone number", t) for t in find_phone_numbers(view)]
    findings += [PolicyFinding("credential or payment request", t) for t in _matches(_CREDENTIALS, view)]
    findings += [PolicyFinding("urgency or invoice lure", t) for t in _matches(_LURES, view)]
    return tuple(findings)
