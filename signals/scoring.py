"""Scores that explain themselves: account fit, persona fit, signal strength and priority.

Every score comes back with one plain reason line per rule that contributed, so a rep can see why
an account is "80/100" and a reviewer can argue with a rule rather than with a number.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, field_validator

from signals.model import Explained, Person, WatchedAccount, as_utc
from signals.resolve import country_code

__all__ = [
    "FUNDING_ROUND_STRENGTH",
    "STRENGTH",
    "WEIGHTS",
    "IcpRules",
    "choose_recipient",
    "fit_score",
    "persona_match",
    "priority",
    "signal_strength",
]

# --------------------------------------------------------------------------------------------
# ICP fit
# --------------------------------------------------------------------------------------------

#: Points per ICP rule; they add up to 100.
WEIGHTS: dict[str, float] = {"industry": 35.0, "employees": 35.0, "country": 30.0}
#: Points per complementary technology the account uses (total capped at 100).
COMPLEMENT_BONUS = 5.0


class IcpRules(BaseModel, extra="forbid"):
    """The ideal customer profile, as written in the workspace config (`[icp]`)."""

    industries: list[str] = []
    #: Inclusive employee range, written `[50, 5000]`.
    employees: tuple[int, int] | None = None
    #: ISO alpha-2 codes; common names ("United States", "UK") are accepted and converted.
    countries: list[str] = []
    personas: list[str] = []
    competitors: list[str] = []
    complements: list[str] = []

    @field_validator("employees")
    @classmethod
    def _range(cls, value: tuple[int, int] | None) -> tuple[int, int] | None:
        if value is None:
            return None
        low, high = value
        if low < 0 or high < 0:
            raise ValueError("employees must not be negative")
        if low > high:
            raise ValueError(f"employees range [{low}, {high}] has min above max")
        return value

    @field_validator("countries")
    @classmethod
    def _countries(cls, values: list[str]) -> list[str]:
        out: list[str] = []
        for value in values:
            code = country_code(value)
            if code is None:
                raise ValueError(
                    f"{value!r} is not a country; use an ISO code like \"US\", \"GB\" or \"DE\""
                )
            if code not in out:
                out.append(code)
        return out

    @field_validator("industries", "personas", "competitors", "complements")
    @classmethod
    def _clean(cls, values: list[str]) -> list[str]:
        return [v.strip() for v in values if v and v.strip()]


def _fmt(points: float) -> str:
    return f"{points:.1f}".rstrip("0").rstrip(".") if points % 1 else f"{points:.0f}"


_INDUSTRY_GENERIC = frozenset(
    {"services", "service", "solutions", "solution", "products", "product", "technology",
     "technologies", "industry", "industries", "general", "other", "and", "of", "the", "for"}
)


def _industry_tokens(value: str) -> frozenset[str]:
    text = unicodedata.normalize("NFKD", value.casefold().replace("&", " and "))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    out = set()
    for token in re.split(r"[\W_]+", text):
        if not token or token in {"and", "of", "the", "for", "in"}:
            continue
        if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
            token = token[:-1]
        out.add(token)
    return frozenset(out)


def _industry_matches(account_industry: str, rule: str) -> bool:
    """Token containment either way: "Computer Software" ~ "Software"; "Services" !~ "IT Services"."""
    a, r = _industry_tokens(account_industry), _industry_tokens(rule)
    if not a or not r:
        return False
    for small, big in ((r, a), (a, r)):
        if small <= big and any(t not in _INDUSTRY_GENERIC for t in small):
            return True
    return False


def fit_score(
    account: WatchedAccount, rules: IcpRules, *, technologies: Iterable[str] = ()
) -> Explained:
    """0..100: how well an account fits the ICP, one reason per rule.

    Unknown account attributes get half credit; a rule left empty gives full credit.
    """
    reasons: list[str] = []
    total = 0.0

    # industry
    w = WEIGHTS["industry"]
    if not rules.industries:
        total += w
        reasons.append(f"no industry rule (+{_fmt(w)})")
    elif not (account.industry and account.industry.strip()):
        total += w / 2
        reasons.append(f"industry unknown (+{_fmt(w / 2)}, half credit)")
    else:
        hit = next((r for r in rules.industries if _industry_matches(account.industry, r)), None)
        if hit is not None:
            total += w
            extra = "" if hit.casefold() == account.industry.strip().casefold() else f" (as {hit})"
            reasons.append(f"industry {account.industry.strip()} is in the ICP{extra} (+{_fmt(w)})")
        else:
            reasons.append(f"industry {account.industry.strip()} is not in the ICP (+0)")

    # size
    w = WEIGHTS["employees"]
    if rules.employees is None:
        total += w
        reasons.append(f"no size rule (+{_fmt(w)})")
    elif account.employees is None or account.employees < 0:
        total += w / 2
        reasons.append(f"employees unknown (+{_fmt(w / 2)}, half credit)")
    else:
        low, high = rules.employees
        span = f"{low:,}-{high:,}"
        if low <= account.employees <= high:
            total += w
            reasons.append(f"employees {account.employees:,} is within {span} (+{_fmt(w)})")
        else:
            reasons.append(f"employees {account.employees:,} is outside {span} (+0)")

    # country
    w = WEIGHTS["country"]
    raw_country = (account.country or "").strip()
    if not rules.countries:
        total += w
        reasons.append(f"no country rule (+{_fmt(w)})")
    elif not raw_country:
        total += w / 2
        reasons.append(f"country unknown (+{_fmt(w / 2)}, half credit)")
    else:
        code = country_code(raw_country)
        if code is None:
            total += w / 2
            reasons.append(f"country {raw_country} not recognised (+{_fmt(w / 2)}, half credit)")
        elif code in rules.countries:
            total += w
            reasons.append(f"country {code} is in the ICP (+{_fmt(w)})")
        else:
            reasons.append(f"country {code} is not in the ICP (+0)")

    # technologies
    competitors = {c.casefold(): c for c in rules.competitors}
    complements = {c.casefold(): c for c in rules.complements}
    seen: set[str] = set()
    for tech in technologies:
        if not isinstance(tech, str) or not tech.strip():
            continue
        key = tech.strip().casefold()
        if key in seen:
            continue
        seen.add(key)
        if key in competitors:
            reasons.append(f"+ uses competitor {competitors[key]} (displacement angle)")
        elif key in complements:
            total += COMPLEMENT_BONUS
            reasons.append(f"+ uses complement {complements[key]} (+{_fmt(COMPLEMENT_BONUS)})")
    if total > 100:
        total = 100.0
        reasons.append("capped at 100")
    return Explained(value=round(total, 2), reasons=reasons)


# --------------------------------------------------------------------------------------------
# Personas
# --------------------------------------------------------------------------------------------

#: Title abbreviations, expanded before anything else.
_ABBREVIATIONS: dict[str, str] = {
    "vp": "vice president", "svp": "senior vice president", "evp": "executive vice president",
    "avp": "assistant vice president", "cro": "chief revenue officer",
    "cmo": "chief marketing officer", "cfo": "chief financial officer",
    "ceo": "chief executive officer", "coo": "chief operating officer",
    "cto": "chief technology officer", "cio": "chief information officer",
    "ciso": "chief information security officer", "cpo": "chief product officer",
    "chro": "chief human resources officer", "cco": "chief commercial officer",
    "cdo": "chief data officer", "revops": "revenue operations",
    "salesops": "sales operations", "sdr": "sales development representative",
    "bdr": "business development representative", "ae": "account executive",
    "gtm": "go to market", "csm": "customer success manager", "bizdev": "business development",
    "bd": "business development", "gm": "general manager", "md": "managing director",
    "ops": "operations", "mktg": "marketing", "eng": "engineering", "engg": "engineering",
    "sr": "senior", "snr": "senior", "jr": "junior", "dir": "director", "mgr": "manager",
    "mgmt": "management", "exec": "executive", "rep": "representative", "acct": "account",
    "hr": "human resources", "intl": "international", "ww": "worldwide", "hd": "head",
    "cofounder": "co founder", "vicepresident": "vice president", "techops": "technical operations",
}

#: (pattern, level). The highest level found wins. Levels: 10 C-suite/founder, 9 EVP/president,
#: 8 VP, 7 head, 6 director, 4 manager/lead, 2 individual contributor, 1 intern.
_SENIORITY: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(rf"\b{p}\b"), level)
    for p, level in [
        (r"chief [a-z ]*?officer", 10.0),
        (r"(?:co )?founder", 10.0),
        (r"executive vice president", 9.0),
        (r"senior vice president", 8.5),
        (r"(?:assistant|associate|deputy) vice president", 7.0),
        (r"vice president", 8.0),
        (r"president", 9.5),
        (r"managing director", 9.0),
        (r"general manager", 7.5),
        (r"head", 7.0),
        (r"leader|leadership", 7.0),
        (r"executive director", 7.0),
        (r"senior director", 6.5),
        (r"(?:assistant|associate|deputy) director", 5.5),
        (r"director", 6.0),
        (r"senior manager", 5.0),
        (r"manager|lead|principal|supervisor", 4.0),
        (r"senior (?:representative|associate|specialist|executive|analyst|consultant)", 3.0),
        (r"representative|associate|specialist|coordinator|analyst|executive|consultant|"
         r"engineer|administrator|assistant|agent|officer", 2.0),
        (r"intern|trainee|apprentice", 1.0),
    ]
)

#: Function phrases, longest first: phrase -> tag.
_FUNCTIONS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        {
            "revenue operations": "revops", "sales operations": "sales_ops",
            "sales ops": "sales_ops", "marketing operations": "marketing_ops",
            "sales enablement": "enablement", "enablement": "enablement",
            "sales development": "sales_dev", "business development": "bizdev",
            "account management": "account_mgmt", "account manager": "account_mgmt",
            "account executive": "sales", "customer success": "cs", "customer experience": "cs",
            "customer support": "support", "support": "support", "go to market": "gtm",
            "demand generation": "demand_gen", "demand gen": "demand_gen", "growth": "growth",
            "partnerships": "partnerships", "partnership": "partnerships", "partner": "partnerships",
            "alliances": "partnerships", "channel": "partnerships", "revenue": "revenue",
            "sales": "sales", "selling": "sales", "commercial": "revenue",
            "marketing": "marketing", "operations": "operations", "operating": "operations",
            "finance": "finance", "financial": "finance", "accounting": "finance",
            "controller": "finance", "treasury": "finance", "human resources": "people",
            "people": "people", "talent": "talent", "recruiting": "talent",
            "recruitment": "talent", "technology": "technology", "technical": "technology",
            "engineering": "engineering", "software": "engineering", "development": "engineering",
            "information security": "security", "security": "security",
            "information technology": "it", "information": "it", "it": "it",
            "infrastructure": "it", "product": "product", "data": "data", "analytics": "data",
            "procurement": "procurement", "purchasing": "procurement", "legal": "legal",
            "counsel": "legal", "executive": "general", "founder": "general",
            "co founder": "general", "president": "general", "managing director": "general",
            "general manager": "general", "strategy": "strategy", "design": "design",
        }.items(),
        key=lambda kv: -len(kv[0]),
    )
)

#: How related two function tags are (symmetric); anything absent is 0.
_RELATED: dict[frozenset[str], float] = {
    frozenset(pair): score
    for pair, score in [
        (("sales", "revenue"), 0.8),
        (("sales", "sales_dev"), 0.8),
        (("sales", "bizdev"), 0.7),
        (("sales_dev", "bizdev"), 0.9),
        (("sales", "account_mgmt"), 0.6),
        (("sales", "gtm"), 0.6),
        (("revenue", "gtm"), 0.7),
        (("sales", "partnerships"), 0.4),
        (("sales", "sales_ops"), 0.4),
        (("sales", "revops"), 0.3),
        (("revops", "sales_ops"), 0.85),
        (("revops", "revenue"), 0.4),
        (("revops", "marketing_ops"), 0.5),
        (("revops", "enablement"), 0.5),
        (("sales_ops", "enablement"), 0.5),
        (("revops", "operations"), 0.4),
        (("marketing", "marketing_ops"), 0.6),
        (("marketing", "demand_gen"), 0.8),
        (("marketing", "growth"), 0.7),
        (("demand_gen", "growth"), 0.7),
        (("marketing", "gtm"), 0.5),
        (("cs", "account_mgmt"), 0.6),
        (("cs", "support"), 0.6),
        (("technology", "engineering"), 0.8),
        (("technology", "it"), 0.7),
        (("it", "security"), 0.6),
        (("technology", "security"), 0.5),
        (("engineering", "product"), 0.3),
        (("engineering", "data"), 0.4),
        (("people", "talent"), 0.7),
        (("general", "strategy"), 0.3),
    ]
}

#: Scope words that qualify a function without changing it ("SVP Global Sales").
_QUALIFIERS = frozenset(
    """global worldwide international regional region national north south east west central
    america americas emea apac latam na us usa uk europe eu dach nordics benelux anz japan
    enterprise mid market midmarket smb strategic field inside corporate group area district
    team of the and for to in at a an interim acting deputy senior junior co new key major
    named territory segment vertical""".split()
)


def _fold_title(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("&", " and ")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"\b((?:[a-z]\.){2,}[a-z]?)", lambda m: m.group(1).replace(".", ""), text)
    words: list[str] = []
    for word in re.split(r"[\W_]+", text):
        if word:
            words.extend(_ABBREVIATIONS.get(word, word).split())
    return " ".join(words)


_ON_BEHALF = re.compile(r"\b(?:assistant|advisor|adviser|aide|chief of staff|reporting) to\b.*$")
_VICE = re.compile(r"\b(?:(?:senior|executive|assistant|associate|deputy) )?vice president\b")


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


@lru_cache(maxsize=8192)
def _parse_title(title: str) -> tuple[float | None, frozenset[str]]:
    """(seniority level or None, function tags) for a job title or a persona."""
    text = _ON_BEHALF.sub("", _fold_title(title)).strip()  # "Executive Assistant to the CEO"
    level: float | None = None
    spans: list[tuple[int, int]] = []
    for pattern, value in _SENIORITY:
        for m in pattern.finditer(text):
            if any(s <= m.start() < e or s < m.end() <= e for s, e in spans):
                continue  # "executive" inside "chief executive officer" was counted already
            spans.append((m.start(), m.end()))
            level = value if level is None else max(level, value)
    tags: set[str] = set()
    rest = text
    chief = re.search(r"\bchief ([a-z ]*?) ?officer\b", text)
    if chief:
        inner = chief.group(1).strip()
        inner_tags = _function_tags(inner)
        if not inner_tags:
            inner_tags = {"general"} if inner in ("", "executive") else {"w:" + inner}
        tags |= inner_tags
        rest = _blank(rest, [chief.span()])
    # "president" is a function (general management) only when it is not "vice president"
    tags |= _function_tags(_VICE.sub(" ", rest))
    if not tags:
        residue = [w for w in _blank(rest, spans).split() if w not in _QUALIFIERS]
        tags = {"w:" + (w[:-1] if len(w) > 3 and w.endswith("s") else w) for w in residue}
    return level, frozenset(tags)


def _function_tags(text: str) -> set[str]:
    tags: set[str] = set()
    padded = f" {text} "
    for phrase, tag in _FUNCTIONS:
        needle = f" {phrase} "
        if needle in padded:
            # "executive" only names a function inside "chief executive officer"
            if tag == "general" and phrase == "executive":
                continue
            tags.add(tag)
            padded = padded.replace(needle, " ")
    return tags


def _function_similarity(persona: frozenset[str], title: frozenset[str]) -> float:
    if not persona:
        return 1.0
    if not title:
        return 0.3
    total = 0.0
    for p in persona:
        best = 0.0
        for t in title:
            if p == t:
                best = 1.0
                break
            best = max(best, _RELATED.get(frozenset((p, t)), 0.0))
        total += best
    return total / len(persona)


def _seniority_factor(persona: float | None, title: float | None) -> float:
    if persona is None:
        return 1.0
    if title is None:
        return 0.6
    gap = title - persona
    if gap >= 0:
        return max(0.6, 1.0 - 0.1 * gap)  # more senior than asked: slightly lower
    return max(0.0, 1.0 + 0.25 * gap)  # less senior: falls off fast (director for VP: 0.5)


def persona_match(title: str | None, personas: Sequence[str]) -> tuple[float, str | None]:
    """How well a job title fits the best of `personas`: (0..1, that persona) or (0.0, None).

    Titles and personas are parsed into a seniority level and a function ("VP of Sales" ->
    (VP, sales)); abbreviations are expanded first (vp, svp, cro, revops, sdr, ae, gtm, ...).
    The score is function similarity x seniority closeness: "Vice President, Sales" fits
    "VP Sales" at 1.0, "SVP Global Sales" at 0.95, "Sales Development Representative" at 0.
    """
    if not isinstance(title, str) or not title.strip() or not personas:
        return 0.0, None
    t_level, t_tags = _parse_title(title.strip())
    best, best_persona = 0.0, None
    for persona in personas:
        if not isinstance(persona, str) or not persona.strip():
            continue
        p_level, p_tags = _parse_title(persona.strip())
        if not p_tags and p_level is None:
            continue
        score = round(_function_similarity(p_tags, t_tags) * _seniority_factor(p_level, t_level), 3)
        if score > best:
            best, best_persona = score, persona
    return (best, best_persona) if best_persona is not None else (0.0, None)


_EMAIL = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[a-z]{2,}$", re.IGNORECASE)
_LIFECYCLE_RANK = {"customer": 0, "opportunity": 0}


def choose_recipient(
    contacts: Sequence[Person], personas: Sequence[str], *, min_score: float = 0.5
) -> tuple[Person, str] | None:
    """The contact to write to and why, or None when nobody with an email fits a persona.

    Best persona fit wins; ties go to the champion, then to customer/opportunity contacts, then
    to the lowest id. With no personas configured, anyone with a title qualifies.
    """
    ranked: list[tuple[tuple[Any, ...], Person, str]] = []
    for person in contacts:
        if not (person.email and _EMAIL.match(person.email.strip())):
            continue
        title = (person.title or "").strip()
        lifecycle = _LIFECYCLE_RANK.get((person.lifecycle_stage or "").strip().casefold(), 1)
        tie = (not person.champion, lifecycle, person.id)
        if not personas:
            if not title:
                continue
            reason = f'{person.full_name}, "{title}", no persona rule; has a title'
            ranked.append(((0.0, *tie), person, reason))
            continue
        score, persona = persona_match(title, personas)
        if persona is None or score < min_score:
            continue
        reason = f'{person.full_name}, "{title}", fits persona "{persona}" ({score:.2f})'
        ranked.append(((-round(score, 3), *tie), person, reason))
    if not ranked:
        return None
    ranked.sort(key=lambda item: item[0])
    _, person, reason = ranked[0]
    if person.champion:
        reason += ", champion"
    return person, reason


# --------------------------------------------------------------------------------------------
# Strength and priority
# --------------------------------------------------------------------------------------------

#: Base strength by signal kind.
STRENGTH: dict[str, float] = {
    "funding": 0.6,
    "new_role": 0.6,
    "hiring_surge": 0.75,
    "job_change": 0.85,
    "intent_spike": 0.7,
    "tech_installed": 0.6,
    "tech_removed": 0.7,
    "role_closed": 0.2,
}
OTHER_STRENGTH = 0.5

#: Funding strength by normalised round name; rounds after B (series_c, series_d...) count as B.
FUNDING_ROUND_STRENGTH: dict[str, float] = {
    "pre_seed": 0.5,
    "seed": 0.6,
    "series_a": 0.8,
    "series_b": 0.9,
    "growth": 0.85,
    "venture_debt": 0.5,
    "private_equity": 0.6,
    "unknown": 0.6,
}

_ROUND_ALIASES = {
    "preseed": "pre_seed", "angel": "pre_seed", "seed_round": "seed", "debt": "venture_debt",
    "debt_financing": "venture_debt", "pe": "private_equity", "buyout": "private_equity",
    "growth_equity": "growth", "late_stage": "growth",
}
_AMOUNT = re.compile(r"^\s*[^\d.]*([\d][\d,]*(?:\.\d+)?)\s*([kmb]|thousand|million|billion|bn|mm)?",
                     re.IGNORECASE)
_MULTIPLIER = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6, "b": 1e9,
               "bn": 1e9, "billion": 1e9}


def _round_key(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        return "unknown"
    key = re.sub(r"[^a-z0-9]+", "_", value.strip().casefold()).strip("_")
    key = _ROUND_ALIASES.get(key, key)
    if key.startswith("pre_seed"):
        return "pre_seed"
    m = re.match(r"^series_?([a-z])(?:_?\d+|_|$)", key)
    if m:
        letter = m.group(1)
        return "series_a" if letter == "a" else "series_b"  # b and later
    for known in FUNDING_ROUND_STRENGTH:
        if key == known or key.startswith(known + "_"):
            return known
    return "unknown"


def _amount(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        m = _AMOUNT.match(value)
        if not m:
            return None
        try:
            number = float(m.group(1).replace(",", ""))
        except ValueError:
            return None
        return number * _MULTIPLIER.get((m.group(2) or "").casefold(), 1.0)
    return None


def signal_strength(kind: str, facts: Mapping[str, Any]) -> float:
    """How strong a buying signal an event is, 0..1, from its kind and facts."""
    kind = str(getattr(kind, "value", kind)).strip().casefold()
    facts = facts or {}
    if kind == "funding":
        strength = FUNDING_ROUND_STRENGTH[_round_key(facts.get("round"))]
        amount = _amount(facts.get("amount_usd", facts.get("amount")))
        if amount is not None and amount >= 50_000_000:
            strength += 0.05
        return round(min(strength, 1.0), 3)
    if kind == "job_change":
        return 0.95 if facts.get("champion") else STRENGTH[kind]
    if kind == "intent_spike":
        return round(min(STRENGTH[kind] + (0.1 if facts.get("strong") else 0.0), 1.0), 3)
    if kind == "tech_installed":
        return 0.8 if facts.get("competitor") else STRENGTH[kind]
    if kind == "tech_removed":
        return 0.9 if facts.get("competitor") else STRENGTH[kind]
    return STRENGTH.get(kind, OTHER_STRENGTH)


def _age_text(days: float) -> str:
    if days < 1:
        hours = int(days * 24)
        return "under an hour old" if hours < 1 else f"{hours} hour{'s' if hours != 1 else ''} old"
    whole = int(days)
    return f"{whole} day{'s' if whole != 1 else ''} old"


def priority(
    *,
    fit: float,
    strength: float,
    occurred_at: datetime,
    now: datetime,
    half_life_days: float = 14,
) -> Explained:
    """0..100 = fit x strength x freshness, where freshness halves every `half_life_days`."""
    if not half_life_days or half_life_days <= 0 or not math.isfinite(half_life_days):
        raise ValueError("half_life_days must be a positive number")
    fit = min(max(float(fit), 0.0), 100.0) if math.isfinite(fit) else 0.0
    strength = min(max(float(strength), 0.0), 1.0) if math.isfinite(strength) else 0.0
    age_days = max((as_utc(now) - as_utc(occurred_at)).total_seconds() / 86400.0, 0.0)
    freshness = 0.5 ** (age_days / half_life_days)
    value = fit * strength * freshness
    word = "fresh" if age_days <= half_life_days else "stale"
    return Explained(
        value=round(value, 2),
        reasons=[
            f"fit {fit:.0f}/100",
            f"signal strength {strength:.2f}",
            f"{word}: {_age_text(age_days)} (x{freshness:.2f})",
        ],
    )
