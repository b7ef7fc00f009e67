"""Money in prose: parse "$45M", "EUR 20 million", "45,000,000 USD"; format 45e6 + USD as "$45M"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

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
_SCALES: dict[str, int] = {
    "k": 10**3,
    "thousand": 10**3,
    "m": 10**6,
    "mm": 10**6,
    "mn": 10**6,
    "million": 10**6,
    "b": 10**9,
    "bn": 10**9,
    "billion": 10**9,
    "t": 10**12,
    "tn": 10**12,
    "trillion": 10**12,
}

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SYM = r"US\$|A\$|C\$|[$€£¥₹]"
_CODE = r"USD|EUR|GBP|JPY|INR|AUD|CAD|CHF|SEK|NOK|DKK|SGD|CNY|ILS|BRL|NZD|HKD|ZAR|PLN"
_WORD_SCALE = r"thousand|million|billion|trillion"
_LETTER_SCALE = r"[kKmMbBtT]|mm|MM|bn|Bn|BN|mn|tn"
_MONEY_RE = re.compile(
    rf"""
    (?<![\w.])
    (?:
        (?P<sym>{_SYM})\s?(?P<n1>{NUM})(?:\s?(?P<s1>{_WORD_SCALE})\b|(?P<l1>{_LETTER_SCALE})(?![\w]))?
      | (?P<code>{_CODE})\s?(?P<n2>{NUM})(?:\s?(?P<s2>{_WORD_SCALE})\b|(?P<l2>{_LETTER_SCALE})(?![\w]))?
      | (?P<n3>{NUM})(?:\s?(?P<s3>{_WORD_SCALE})\b|(?P<l3>{_LETTER_SCALE})(?![\w]))
        (?:\s?(?P<code3>{_CODE}|dollars|euros|pounds)\b)?
      | (?P<n4>{NUM})\s?(?P<code4>{_CODE})\b
    )
    """,
    re.VERBOSE,
)


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
    """Money amounts: "$45M", "€20 million", "USD 1.2B", "45 million", "45,000,000 USD"."""
    found: list[Money] = []
    for m in _MONEY_RE.finditer(text):
        g = m.groupdict()
        raw = g["n1"] or g["n2"] or g["n3"] or g["n4"]
        number = to_decimal(raw or "")
        if number is None:
            continue
        scale_word = g["s1"] or g["s2"] or g["s3"] or g["l1"] or g["l2"] or g["l3"]
        scale = _SCALES.get(scale_word.lower(), 1) if scale_word else 1
        currency_raw = g["sym"] or g["code"] or g["code3"] or g["code4"]
        currency = CURRENCY_ALIASES.get(currency_raw.lower()) if currency_raw else None
        decimals = len(raw.split(".", 1)[1]) if "." in raw else 0
        precision = Decimal(scale) / (Decimal(10) ** decimals)
        found.append(
            Money(
                text=m.group(0).strip(),
                value=number * scale,
                precision=precision,
                currency=currency,
                start=m.start(),
                end=m.end(),
            )
        )
    return found


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
