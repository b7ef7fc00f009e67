"""Money in prose: parse "$45M", "EUR 20 million", "45,000,000 USD"; format 45e6 + USD as "$45M"."""

from __future__ import annotations

from signals.text import fastre as re  # the extractors keep more compiled patterns than the re module does
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from signals.text.numbers import NUMBER_WORD, words_value

CURRENCY_ALIASES: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "¥": "JPY",
    "jpy": "JPY",
    "yen": "JPY",
    "₹": "INR",
    "inr": "INR",
    "rupees": "INR",
    "a$": "AUD",
    "aud": "AUD",
    "c$": "CAD",
    "cad": "CAD",
    "chf": "CHF",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "sgd": "SGD",
    "cny": "CNY",
    "ils": "ILS",
    "brl": "BRL",
    "nzd": "NZD",
    "hkd": "HKD",
    "zar": "ZAR",
    "pln": "PLN",
}
_SYMBOL_FOR: dict[str, str] = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}
NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
@dataclass(frozen=True, slots=True)
class Money:
    text: str
    value: Decimal
    #: The smallest step the text can express ("$1.2B" -> 0.1B); used to accept rounding.
    precision: Decimal
    currency: str | None
    start: int
    end: int


def to_decimal(raw: str) -> Decimal | None:
    try:
        return Decimal(raw.replace(",", ""))
    except InvalidOperation:
        return None


def find_money(text: str) -> list[Money]:
    """Money amounts: "$45M", "€20 million", "USD 1.2B", "45 million", "45,000,000 USD".

    The same grammar extraction reads (`AMOUNT_RE`: every sign and code, crore/lakh, decimal
    commas, a code after the amount), plus a bare number with a scale ("45 million", "45M"), which
    a draft may state without a currency. Each with the smallest step its text can express.
    """
    found: list[Money] = []
    taken: list[tuple[int, int]] = []
    for match in AMOUNT_RE.finditer(text):
        raw = match.group("n1") or match.group("n2") or match.group("n3")
        number = _decimal_of(match)
        if number is None or raw is None:
            continue
        start, end = match.span()
        if end < len(text) and text[end - 1].isdigit() and _CODE_AFTER_RE.match(text, end):
            end = _CODE_AFTER_RE.match(text, end).end()  # "$2.75M CAD": the code belongs to it
        unit = match.group("u1") or match.group("u2") or match.group("u3")
        found.append(Money(text[start:end].strip(), number, _step(raw, unit), amount_currency(match), start, end))
        taken.append((start, end))
    for match in _BARE_RE.finditer(text):
        start, end = match.span()
        if any(a < end and start < b for a, b in taken):
            continue
        number = _scaled(match.group("n"), match.group("u"))
        if number is not None:
            found.append(Money(match.group(0).strip(), number, _step(match.group("n"), match.group("u")), None, start, end))
    return sorted(found, key=lambda m: m.start)


def parse_amount(value: Any) -> Decimal | None:
    """A fact's amount as a number: 45000000, "45,000,000", "$45M", "45 million" -> 45000000."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            return None
        return number if number > 0 else None
    text = str(value).strip()
    money = find_money(text)
    if money:
        return money[0].value if money[0].value > 0 else None
    parsed = to_decimal(text)
    return parsed if parsed is not None and parsed > 0 else None


def currency_code(value: Any) -> str | None:
    if value in (None, ""):
        return None
    text = str(value).strip()
    return CURRENCY_ALIASES.get(text.lower(), text.upper() if re.fullmatch(r"[A-Za-z]{3}", text) else None)


def format_money(amount: Any, currency: Any = None) -> str | None:
    """45000000 + "USD" -> "$45M"; 20e6 + "EUR" -> "€20M"; 1.2e9 -> "$1.2B"; 5e5 -> "$500K".

    The shortest form within 0.5% of the amount. No currency -> words ("45 million"), so no
    currency is made up. Unparseable or missing amounts -> None (omit the amount).
    """
    number = parse_amount(amount)
    if number is None:
        return None
    code = currency_code(currency)
    if code is None and isinstance(amount, str):
        found = find_money(amount)
        if found and found[0].currency:
            code = found[0].currency
    symbol = _SYMBOL_FOR.get(code or "")
    letters = [(Decimal(10**12), "T", "trillion"), (Decimal(10**9), "B", "billion"), (Decimal(10**6), "M", "million")]
    if symbol or code:
        letters.append((Decimal(10**3), "K", "thousand"))
    for scale, letter, word in letters:
        if number / scale < Decimal("0.9995"):
            continue
        scaled = number / scale
        for decimals in (0, 1, 2):
            shown = round(scaled, decimals)
            if shown == 0 or abs(shown - scaled) / scaled > Decimal("0.005"):
                continue
            digits = f"{shown:.{decimals}f}"
            if symbol:
                return f"{symbol}{digits}{letter}"
            if code:
                return f"{code} {digits}{letter}"
            return f"{digits} {word}"
        break
    whole = f"{number:,.0f}" if number == number.to_integral_value() else f"{number:,.2f}"
    if symbol:
        return f"{symbol}{whole}"
    if code:
        return f"{code} {whole}"
    return whole


# --------------------------------------------------------------------------------------------
# The one amount grammar, read by extraction (`find_amounts`) and the guardrails (`find_money`)
# alike: every currency sign and code, units from thousand to trillion and Indian crore/lakh,
# decimal commas, and a code after the amount ("$2.75M CAD").
# --------------------------------------------------------------------------------------------

_NUM = (
    r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3}){2,4}(?:,\d{1,2})?|\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,4})?|\d{1,12}(?:[.,]\d{1,4})?)"
    r"(?![\d,]*\d)"
)
#: Dots grouping thousands, as German, Dutch, Spanish and Italian text writes them: "900.000 Euro", "EUR 1.500.000".
#: With no scale word after it, a number with three digits after its dot is thousands ("900.000 Euro" is 900,000):
#: money is never written to three decimals. With a scale word, one dot is a decimal point ("$1.500 million").
_DOT_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?")
_DOT_THOUSANDS_GROUPS_RE = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?")
_UNIT = (
    r"(?i:trillion|tn|billions?|bn|bil|b|millions?|mln|mn|mio|mm|mil|m|thousand|k|"
    r"crores?|cr|lakhs?|lacs?)(?![A-Za-z])"
)
_CUR_PREFIX = (
    r"(?<![A-Za-z])(?P<pre>US\s?\$|U\.S\.\s?\$|USD|CA\$|C\$|CAD|AU\$|A\$|AUD|S\$|SGD|HK\$|HKD|"
    r"NZ\$|NZD|R\$|BRL|MX\$|MXN|EUR|\u20ac|GBP|\u00a3|JPY|\u00a5|INR|\u20b9|Rs\.?|CHF|SEK|NOK|DKK|"
    r"CNY|RMB|ILS|NIS|\u20aa|KRW|\u20a9|NGN|\u20a6|KES|KSh|ZAR|AED|"
    # round 16: South and South-East Asia, the Gulf, Africa and Central Europe ("MYR 4 million", "RM4 million",
    # "Tk5 crore", "Rp 10 billion")
    r"MYR|RM|IDR|Rp|\u20b1|THB|\u0e3f|VND|\u20ab|BDT|Tk|\u09f3|PKR|EGP|PLN|CZK|HUF|NT\$|TWD|SAR|QAR|GHS|UGX|TZS|\$)"
)
_CUR_POST = (
    r"(?P<post>(?i:US\s+dollars?|dollars?|euros?|pounds?(?:\s+sterling)?|sterling|rupees?|yen|yuan|"
    r"ren(?:min|mim)bi|reminbi|Swiss\s+francs?|francs?|shekels?|reais|kronor|krona|naira|dirhams?|(?<=[a-z]\s)won)(?![A-Za-z])|"
    r"(?:USD|EUR|GBP|INR|CAD|AUD|JPY|CHF|SEK|SGD|CNY|RMB|ILS|BRL|NOK|DKK|HKD|NZD|ZAR|AED|NGN|KES|"
    r"MXN|KRW|MYR|IDR|PHP|THB|VND|BDT|PKR|EGP|PLN|CZK|HUF|TWD|SAR|QAR|GHS|UGX|TZS)(?![A-Za-z])|"
    r"(?i:ringgit|rupiah|baht|taka|zlotys?|z\u0142oty)(?![A-Za-z])|\u20ac)"
)
AMOUNT_RE = re.compile(
    rf"{_CUR_PREFIX}\s?(?P<n1>{_NUM})(?:(?:\s?|-(?=(?i:trillion|billion|million)(?![A-Za-z])))(?P<u1>{_UNIT}))?"  # "$40-billion"
    rf"|(?P<n2>{_NUM})\s?(?:(?P<u2>{_UNIT})\s?)?{_CUR_POST}"
    rf"|(?P<n3>{_NUM})\s?(?P<u3>(?i:crores?|cr|lakhs?|lacs?)(?![A-Za-z]))"
)

_PREFIX_CURRENCY = {
    "US$": "USD",
    "U.S.$": "USD",
    "$": "USD",
    "USD": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAD": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD": "AUD",
    "S$": "SGD",
    "SGD": "SGD",
    "HK$": "HKD",
    "HKD": "HKD",
    "NZ$": "NZD",
    "NZD": "NZD",
    "R$": "BRL",
    "BRL": "BRL",
    "MX$": "MXN",
    "MXN": "MXN",
    "EUR": "EUR",
    "\u20ac": "EUR",
    "GBP": "GBP",
    "\u00a3": "GBP",
    "JPY": "JPY",
    "\u00a5": "JPY",
    "INR": "INR",
    "\u20b9": "INR",
    "RS": "INR",
    "RS.": "INR",
    "CHF": "CHF",
    "SEK": "SEK",
    "NOK": "NOK",
    "DKK": "DKK",
    "CNY": "CNY",
    "RMB": "CNY",
    "ILS": "ILS",
    "NIS": "ILS",
    "\u20aa": "ILS",
    "KRW": "KRW",
    "\u20a9": "KRW",
    "NGN": "NGN",
    "\u20a6": "NGN",
    "KES": "KES",
    "KSH": "KES",
    "ZAR": "ZAR",
    "AED": "AED",
    "MYR": "MYR",
    "RM": "MYR",
    "IDR": "IDR",
    "RP": "IDR",
    "\u20b1": "PHP",
    "THB": "THB",
    "\u0e3f": "THB",
    "VND": "VND",
    "\u20ab": "VND",
    "BDT": "BDT",
    "TK": "BDT",
    "\u09f3": "BDT",
    "PKR": "PKR",
    "EGP": "EGP",
    "PLN": "PLN",
    "CZK": "CZK",
    "HUF": "HUF",
    "NT$": "TWD",
    "TWD": "TWD",
    "SAR": "SAR",
    "QAR": "QAR",
    "GHS": "GHS",
    "UGX": "UGX",
    "TZS": "TZS",
    "PHP": "PHP",
}
_POST_CURRENCY = {
    "dollar": "USD",
    "us dollar": "USD",
    "euro": "EUR",
    "pound": "GBP",
    "pound sterling": "GBP",
    "sterling": "GBP",
    "rupee": "INR",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "reminbi": "CNY",  # a common misspelling
    "renmimbi": "CNY",  # and another
    "swiss franc": "CHF",
    "franc": "CHF",
    "shekel": "ILS",
    "reais": "BRL",
    "kronor": "SEK",
    "krona": "SEK",
    "naira": "NGN",
    "dirham": "AED",
    "won": "KRW",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "baht": "THB",
    "taka": "BDT",
    "zloty": "PLN",
    "zlotys": "PLN",
    "z\u0142oty": "PLN",
    "rmb": "CNY",
    "\u20ac": "EUR",
}
_UNIT_VALUE = {
    "trillion": 10**12,
    "tn": 10**12,
    "t": 10**12,
    "billion": 10**9,
    "billions": 10**9,
    "bn": 10**9,
    "bil": 10**9,
    "b": 10**9,
    "million": 10**6,
    "millions": 10**6,
    "mln": 10**6,
    "mn": 10**6,
    "mio": 10**6,
    "mm": 10**6,
    "mil": 10**6,
    "m": 10**6,
    "thousand": 10**3,
    "k": 10**3,
    "crore": 10**7,
    "crores": 10**7,
    "cr": 10**7,
    "lakh": 10**5,
    "lakhs": 10**5,
    "lac": 10**5,
    "lacs": 10**5,
}
_WS_ANY_RE = re.compile(r"\s+")
_CODE_AFTER_RE = re.compile(r"\s?(CAD|AUD|SGD|NZD|HKD|USD)\b")
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


#: "$1 million Canadian", "$4.5M Australian dollars": the country's dollar named after a bare "$" amount.
#: "$1 million Canadian" / "$4.5M Australian dollars" / "$2M Singapore dollars". Place names (Singapore, Hong
#: Kong, New Zealand) name a currency only with "dollars" after them ("a $30 million Singapore and Jakarta push",
#: "$10 million Singapore, Reuters reported" stay USD); the adjectives Canadian and Australian also at the end of
#: a clause ("That's $1 million Canadian, better than ..."), never before a noun or "and" ("$5 million Canadian
#: and U.S. investors").
_DOLLAR_WORD_AFTER_RE = re.compile(
    r"\s?(?:(Canadian|Australian)(?=\s+dollars?\b|\s*(?:[.,;:)\u2026]|$))"
    r"|(Singapore|New\s+Zealand|Hong\s+Kong)(?=\s+dollars?\b))"
)
_DOLLAR_WORD_CODE = {"canadian": "CAD", "australian": "AUD", "singapore": "SGD", "new zealand": "NZD", "hong kong": "HKD"}


#: "¥200 million (US$29 million)": the dollar figure in brackets tells yen from yuan.
_GLOSS_OPEN = r"\s*\(\s*(?:about\s+|around\s+|approx(?:imately|\.)?\s+|roughly\s+|some\s+|~\s*)?"
_GLOSS_SUM = r"\s?(?P<num>\d[\d.,]*)\s*(?P<unit>million|billion|mn|bn|m|b|k)?\b"
_USD_GLOSS_RE = re.compile(rf"{_GLOSS_OPEN}(?:US\$|USD\s?|\$){_GLOSS_SUM}", re.I)
_GLOSS_UNITS = {"million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "k": 1e3}


def _glossed(match: re.Match[str], gloss_re: re.Pattern[str]) -> tuple[float, float] | None:
    """(the amount, the US dollars a bracket right after it gives) or None: "¥200 million (US$29 million)"."""
    gloss = gloss_re.match(match.string, match.end())
    if not gloss:
        return None
    value = amount_value(match)
    try:
        usd = float(gloss.group("num").replace(",", "")) * _GLOSS_UNITS.get((gloss.group("unit") or "").lower(), 1.0)
    except ValueError:
        return None
    return (float(value), usd) if value and usd else None


def _yen_or_yuan(match: re.Match[str]) -> str | None:
    pair = _glossed(match, _USD_GLOSS_RE)
    if pair is None:
        return None
    ratio = pair[1] / pair[0]
    if 0.1 <= ratio <= 0.2:
        return "CNY"  # a yuan is worth 0.13-0.16 dollars
    if 0.004 <= ratio <= 0.015:
        return "JPY"
    return None


#: "$28.35m (US$20m)": a bracket that restates the amount in explicitly US dollars.
_US_GLOSS_RE = re.compile(rf"{_GLOSS_OPEN}(?:US\s?\$|U\.S\.\s?\$|USD\s?\$?){_GLOSS_SUM}", re.I)


def glossed_as_other_dollars(match: re.Match[str]) -> bool:
    """A bare "$" amount that a bracket right after restates as a different number of US dollars.

    "Validus has secured $28.35m (US$20m)": nobody glosses US dollars in US dollars, so the "$" is a local
    dollar (Singapore's, here) that the text does not name; its currency is unknown, never USD."""
    pair = _glossed(match, _US_GLOSS_RE)
    return pair is not None and abs(pair[1] - pair[0]) > 0.02 * pair[0]


#: Where a local dollar is from, said in the same sentence before the amount ("Singapore-based ... $8.5m (US$6.3m)"),
#: and the band of US dollars one of them has been worth: both must agree before the dollar is named (round 17).
_LOCAL_DOLLARS = (
    ("SGD", re.compile(r"\bSingapore(?:-based|an|'s|\u2019s)?\b", re.I), (0.55, 0.9)),
    ("AUD", re.compile(r"\b(?:Australia(?:n|-based|'s|\u2019s)?|(?:Sydney|Melbourne|Brisbane|Perth|Adelaide)-based)\b", re.I), (0.5, 0.85)),
    ("CAD", re.compile(r"\b(?:Canad(?:a|ian)(?:-based|'s|\u2019s)?|(?:Toronto|Vancouver|Montreal|Calgary|Ottawa)-based)\b", re.I), (0.65, 0.9)),
    ("NZD", re.compile(r"\b(?:New\s+Zealand(?:-based|er|'s|\u2019s)?|(?:Auckland|Wellington|Christchurch)-based)\b", re.I), (0.5, 0.75)),
    ("HKD", re.compile(r"\bHong\s+Kong(?:-based|'s|\u2019s)?\b", re.I), (0.11, 0.15)),
)


def _local_dollar(match: re.Match[str]) -> str | None:
    """The local dollar a glossed bare "$" is, when the sentence before it says where the company is and the gloss's
    rate fits that dollar; None when either is missing or they disagree."""
    pair = _glossed(match, _US_GLOSS_RE)
    if pair is None:
        return None
    before = re.split(r"(?<=[.!?])\s+(?=[A-Za-z])|\n", match.string[: match.start()])[-1]
    ratio = pair[1] / pair[0]
    found = [code for code, place, (low, high) in _LOCAL_DOLLARS if place.search(before) and low <= ratio <= high]
    return found[0] if len(found) == 1 else None


def amount_currency(match: re.Match[str]) -> str | None:
    """The ISO code an AMOUNT_RE match names ("$2.75M CAD" -> CAD: a code after the amount wins).

    None when it cannot be told: a bare "$" amount glossed in brackets as a different sum of US dollars."""
    after = match.string[match.end() : match.end() + 5]
    code = _CODE_AFTER_RE.match(after)
    if code and match.group("pre") and match.group("pre").strip() in {"$", "US$"} and match.group("pre").strip() != code.group(1):
        return _PREFIX_CURRENCY.get(code.group(1).upper())
    if match.group("pre") and match.group("pre").strip() == "$":
        word = _DOLLAR_WORD_AFTER_RE.match(match.string, match.end())
        if word:
            return _DOLLAR_WORD_CODE[" ".join((word.group(1) or word.group(2)).lower().split())]
        if glossed_as_other_dollars(match):
            return _local_dollar(match)
    if match.group("pre") and match.group("pre").strip() in {"\u00a5", "\uffe5"}:
        yuan = _yen_or_yuan(match)
        if yuan:
            return yuan
    pre = match.group("pre")
    if pre:
        return _PREFIX_CURRENCY.get(_WS_ANY_RE.sub("", pre).upper())
    post = match.group("post")
    if post:
        key = _WS_ANY_RE.sub(" ", post.lower())
        if key.upper() in _PREFIX_CURRENCY and len(key) == 3:
            return _PREFIX_CURRENCY[key.upper()]
        if key in _POST_CURRENCY:
            return _POST_CURRENCY[key]
        return _POST_CURRENCY.get(key.rstrip("s"), None)
    if match.group("u3"):
        return "INR"
    return None


def _number(num: str) -> Decimal | None:
    if "," in num:
        if _THOUSANDS_RE.fullmatch(num):
            num = num.replace(",", "")
        else:  # "1,5 million": a decimal comma
            num = num.replace(",", ".")
    try:
        value = Decimal(num)
    except InvalidOperation:
        return None
    return value if value.is_finite() and value >= 0 else None


def _dot_thousands(num: str, unit: str | None) -> bool:
    return bool(_DOT_THOUSANDS_GROUPS_RE.fullmatch(num) or (unit is None and _DOT_THOUSANDS_RE.fullmatch(num)))


def _scaled(num: str | None, unit: str | None) -> Decimal | None:
    if num and _dot_thousands(num, unit):
        num = num.replace(".", "").replace(",", ".")  # "1.500.000,50" -> 1500000.50
    value = _number(num) if num else None
    if value is None:
        return None
    return value * _UNIT_VALUE.get(unit.lower(), 1) if unit else value


def _decimal_of(match: re.Match[str]) -> Decimal | None:
    return _scaled(match.group("n1") or match.group("n2") or match.group("n3"),
                   match.group("u1") or match.group("u2") or match.group("u3"))


def _step(num: str, unit: str | None) -> Decimal:
    """The smallest step `num` can express at its scale ("1.2B" -> 0.1B): rounding within it is honest."""
    scale = Decimal(_UNIT_VALUE.get(unit.lower(), 1)) if unit else Decimal(1)
    if _dot_thousands(num, unit):
        digits = num.rsplit(",", 1)[1] if "," in num else ""
    elif "." in num:
        digits = num.rsplit(".", 1)[1]
    elif "," in num and not _THOUSANDS_RE.fullmatch(num):
        digits = num.rsplit(",", 1)[1]  # "1,5 million": a decimal comma
    else:
        digits = ""
    return scale / (Decimal(10) ** len(digits))


#: A bare number with a scale ("45 million", "45M"): money the text states without a currency.
_BARE_RE = re.compile(
    rf"(?<![\w.])(?P<n>{NUM})\s?(?P<u>(?i:trillion|billion|million|thousand)(?![A-Za-z])|(?:bn|Bn|BN|mn|mm|MM|tn|[kKmMbBtT])(?![\w]))"
)


def amount_value(match: re.Match[str]) -> float | None:
    """The number an AMOUNT_RE match states, scaled by its unit (crore 1e7, lakh 1e5)."""
    value = _decimal_of(match)
    return float(value) if value is not None else None


# --------------------------------------------------------------------------------------------
# Written-out amounts and what an amount means
# --------------------------------------------------------------------------------------------

WRITTEN_AMOUNT_RE = re.compile(
    r"(?<![\w-])(?P<words>(?:(?:a|" + NUMBER_WORD + r")[\s-]+){1,4})"
    r"(?P<unit>thousand|million|billion)\s+(?P<cur>(?:US\s+)?dollars|euros?|pounds|rupees|yen)\b",
    re.I,
)
_WRITTEN_CURRENCY = {"dollars": "USD", "us dollars": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "rupees": "INR", "yen": "JPY"}


def written_amounts(text: str) -> list[tuple[int, int, float, str]]:
    """"fifty million dollars" -> [(start, end, 50e6, "USD")]; numbers in words up to 999."""
    found: list[tuple[int, int, float, str]] = []
    for match in WRITTEN_AMOUNT_RE.finditer(text):
        words = re.sub(r"^a\b", "one", match.group("words").strip(), flags=re.I)  # "a million dollars"
        value = words_value(words)
        total = int(value) if value is not None else 0
        if total <= 0:
            continue
        scale = {"thousand": 10**3, "million": 10**6, "billion": 10**9}[match.group("unit").lower()]
        currency = _WRITTEN_CURRENCY.get(" ".join(match.group("cur").lower().split()), "USD")
        found.append((match.start(), match.end(), float(total * scale), currency))
    return found


def written_as_digits(text: str) -> str:
    """"raises two million dollars" -> "raises $2 million": written-out amounts in the digit form
    `AMOUNT_RE` reads, so every reader of amounts sees them (the rest of the text is unchanged)."""
    out, last = [], 0
    for start, end, value, currency in written_amounts(text):
        scale, word = next((s, w) for s, w in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")) if value >= s)
        number = f"{value / scale:g}"
        symbol = _SYMBOL_FOR.get(currency)
        out.append(text[last:start])
        out.append(f"{symbol}{number} {word}" if symbol else f"{currency} {number} {word}")
        last = end
    return "".join(out) + text[last:] if out else text


#: What an amount in a funding story stands for. The guardrails check a draft's money claim
#: against these: only a "raise" (or "debt"/"mixed" when the round says so) is the round's size.
AMOUNT_MEANINGS: tuple[str, ...] = (
    "raise", "valuation", "aum", "debt", "mixed", "target", "revenue", "total", "other",
)

# "... at $4 billion" is a price, except right after the round ("closes seed round at $500,000").
_VALUATION_BEFORE = re.compile(
    r"\b(?:valu(?:ed|ation|ing)|worth|post-money|pre-money|market\s+cap\w*)\b\W+(?:[\w-]+\W+){0,1}$"
    r"|(?<!\bround)(?<!\bfunding)(?<!\bfinancing)(?<!\bseed)(?<!\braise)\s+at\s+(?:an?\s+)?$|^at\s+(?:an?\s+)?$",
    re.I,
)
_VALUATION_AFTER = re.compile(r"^\s*\+?\s*(?:(?:post|pre)-money\s+)?valu(?:ation|ed)\b", re.I)
_AUM = re.compile(r"\b(?:assets\s+under\s+management|under\s+management|AuMs?|AUM|manag(?:es|ing)|fund\s+size|fund\s+of)\b", re.I)
_TARGET_BEFORE = re.compile(r"\b(?:up\s+to|as\s+much\s+as|to\s+(?:invest|raise|deploy|spend)|will\s+invest|plans?\s+to|aims?\s+to|target(?:s|ing)?|seeks?|seeking|eyes)\b\W+(?:[\w-]+\W+){0,3}$", re.I)
_REVENUE_NEAR = re.compile(r"^\s*(?:in\s+)?(?:annual\s+|annualized\s+|recurring\s+)*(?:revenue|ARR|sales|losses|profit)\b|\b(?:revenue|ARR|sales|turnover)\s+(?:of|to|at)\s+$", re.I)
_MIXED_AFTER = re.compile(r"^\W*(?:[\w-]+\s+){0,3}?(?:in\s+)?(?:equity\s+and\s+(?:debt|credit|loans?)|debt\s+and\s+equity|equity\s+and\s+venture\s+debt)\b", re.I)
_DEBT_AFTER = re.compile(r"^\W*(?:[\w-]+\s+){0,3}?(?:in\s+)?(?:venture\s+debt|debt|loans?|credit\s+(?:facility|line)|line\s+of\s+credit|notes|bonds?|debt\s+financing)\b", re.I)
_TOTAL_BEFORE = re.compile(r"\b(?:total(?:ing|ling)?|to\s+date|bringing|brings|cumulative|overall|altogether)\b\W+(?:[\w-]+\W+){0,3}$", re.I)
_CLAUSE_START = re.compile(r"[;.!?]|\s\u2014\s|,\s+(?:and|while|but)\s", re.I)


def amount_meaning(text: str, start: int, end: int) -> str:
    """What the amount at text[start:end] stands for, read from the words around it in its clause."""
    before = text[max(0, start - 80) : start]
    cuts = list(_CLAUSE_START.finditer(before))
    if cuts:
        before = before[cuts[-1].end() :]
    after = text[end : end + 60]
    if _VALUATION_BEFORE.search(before) or _VALUATION_AFTER.match(after):
        return "valuation"
    if _REVENUE_NEAR.search(after) or _REVENUE_NEAR.search(before):
        return "revenue"
    if _AUM.search(before[-40:]) or _AUM.search(after[:40]):
        return "aum"
    if _TARGET_BEFORE.search(before):
        return "target"
    if _TOTAL_BEFORE.search(before):
        return "total"
    if _MIXED_AFTER.match(after):
        return "mixed"
    if _DEBT_AFTER.match(after):
        return "debt"
    return "raise"


@dataclass(frozen=True, slots=True)
class Amount:
    """An amount in a funding story with its meaning; `value` is in units of `currency`."""

    text: str
    value: float
    currency: str | None
    meaning: str
    start: int
    end: int

    def as_fact(self) -> dict[str, Any]:
        return {"text": self.text, "amount": self.value, "currency": self.currency, "meaning": self.meaning}


def find_amounts(text: str) -> list[Amount]:
    """Every amount in `text` (signs, codes, crore/lakh, written out), each with its meaning."""
    found: list[Amount] = []
    for match in AMOUNT_RE.finditer(text):
        value = amount_value(match)
        if value is None:
            continue
        start, end = match.span()
        code = _CODE_AFTER_RE.match(text, end)  # "$200 million USD in ARR": the code is part of the amount
        meaning = amount_meaning(text, start, code.end() if code else end)
        found.append(Amount(match.group(0).strip(), value, amount_currency(match), meaning, start, end))
    for start, end, value, currency in written_amounts(text):
        if not any(a.start <= start < a.end for a in found):
            found.append(Amount(text[start:end], value, currency, amount_meaning(text, start, end), start, end))
    return sorted(found, key=lambda a: a.start)


# --------------------------------------------------------------------------------------------------------------------
# Amounts as German, French, Spanish, Portuguese, Italian, Japanese and Chinese news write them (round 18)
# --------------------------------------------------------------------------------------------------------------------

#: "5,4 Mio. Euro", "155 Millionen Euro", "4,1 millions $", "US$30 millones", "90 milhões de dólares", "R$ 10 milhões",
#: "32.5 milioni di dollari", "1.000 millones": a number, a scale word, and a currency before or after.
_EU_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_EU_SCALE = {
    "mio": 1e6, "mio.": 1e6, "millionen": 1e6, "million": 1e6, "millions": 1e6, "millones": 1e6, "millón": 1e6,
    "milhões": 1e6, "milhoes": 1e6, "milhão": 1e6, "milhao": 1e6, "milioni": 1e6, "milione": 1e6, "m": 1e6, "mn": 1e6,
    "mrd": 1e9, "mrd.": 1e9, "milliarden": 1e9, "milliarde": 1e9, "milliard": 1e9, "milliards": 1e9, "mil millones": 1e9,
    "bilhões": 1e9, "bilhoes": 1e9, "bilhão": 1e9, "bilhao": 1e9, "miliardi": 1e9, "miliardo": 1e9,
}
_EU_CURRENCY = {
    **CURRENCY_ALIASES,  # the English layer's signs, codes and words, plus the words these languages use
    "us-dollar": "USD", "dólares": "USD", "dolares": "USD", "dólar": "USD", "dollari": "USD", "r$": "BRL", "reais": "BRL",
    "franken": "CHF", "francs suisses": "CHF", "pfund": "GBP", "livres sterling": "GBP", "libras": "GBP", "kronor": "SEK",
    "złotych": "PLN", "zlotych": "PLN", "mxn": "MXN", "pesos mexicanos": "MXN", "cop": "COP", "pesos colombianos": "COP",
}
_EU_CUR_WORDS = "|".join(sorted((re.escape(k) for k in _EU_CURRENCY), key=len, reverse=True))
_EU_SCALE_WORDS = "|".join(sorted((re.escape(k) for k in _EU_SCALE), key=len, reverse=True))
_EU_AMOUNT_RE = re.compile(
    rf"(?:(?P<pre>US\$|R\$|€|\$|£|CHF|EUR|USD)\s?)?(?P<num>{_EU_NUM})\s*(?P<scale>{_EU_SCALE_WORDS})(?![\w])"
    rf"(?:\s*(?:de\s+|d['\u2019]\s*|di\s+)?(?P<post>{_EU_CUR_WORDS})(?![\w]))?",
    re.I,
)
#: "2.35億円", "5000万円", "3000 多万美元", "1亿元": a number, 万 (1e4) or 億/亿 (1e8), and yen, dollars or yuan.
_CJK_AMOUNT_RE = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)\s*(?:多|余)?\s*(?P<scale>億|亿|万)(?P<scale2>万)?\s*(?P<cur>円|日元|ドル|美元|元人民币|人民币|元|欧元|ユーロ)?")
_CJK_CURRENCY = {"円": "JPY", "日元": "JPY", "ドル": "USD", "美元": "USD", "元人民币": "CNY", "人民币": "CNY", "元": "CNY",
                 "欧元": "EUR", "ユーロ": "EUR"}


def _eu_number(num: str, scaled: bool) -> float | None:
    """"5,4" -> 5.4, "1.000" -> 1000 (a thousands dot before a scale word), "32.5" -> 32.5."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", num) and (scaled or "," in num):
        num = num.replace(".", "").replace(",", ".")
    else:
        num = num.replace(",", ".")
    try:
        return float(num)
    except ValueError:
        return None


def foreign_amounts(text: str) -> list[Amount]:
    """Amounts as German, French, Spanish, Portuguese, Italian, Japanese and Chinese news write them, each with the
    meaning `amount_meaning` gives (which reads English context, so a foreign amount is usually a "raise")."""
    found: list[Amount] = []
    for match in _EU_AMOUNT_RE.finditer(text):
        value = _eu_number(match.group("num"), True)
        if value is None:
            continue
        scale = _EU_SCALE[match.group("scale").lower()]
        if scale == 1e6 and match.group("scale").lower() in ("m", "mn") and not (match.group("pre") or match.group("post")):
            continue  # a bare "5 m" is metres as often as millions
        code = (match.group("pre") or match.group("post") or "").lower()
        if code in ("$",) and match.group("post") and text[max(0, match.start() - 3) : match.start()].endswith("US"):
            code = "us$"
        currency = _EU_CURRENCY.get(code)
        start, end = match.span()
        found.append(Amount(match.group(0).strip(), float(round(value * scale)), currency, amount_meaning(text, start, end),
                            start, end))
    for match in _CJK_AMOUNT_RE.finditer(text):
        try:
            value = float(match.group("num"))
        except ValueError:
            continue
        value *= 1e8 if match.group("scale") in ("億", "亿") else 1e4
        if match.group("scale2"):
            value *= 1e4
        start, end = match.span()
        found.append(Amount(match.group(0).strip(), float(round(value)), _CJK_CURRENCY.get(match.group("cur") or ""), "raise",
                            start, end))
    return sorted(found, key=lambda a: a.start)
