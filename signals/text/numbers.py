"""Numbers written in words ("forty-five", "one hundred and twenty", "two point five"): the one
reader for the money layer (written-out amounts, signals.text.money) and the guardrails' claims
(counts and amounts in a draft, drafting.claims)."""

from __future__ import annotations

import re
from decimal import Decimal

UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i >= 2}
NUMBER_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|" \
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)"
NUMBER_WORDS_RE = re.compile(
    rf"\b{NUMBER_WORD}(?:(?:[\s-]+|\s+and\s+){NUMBER_WORD})*(?:\s+point\s+{NUMBER_WORD}(?:\s+{NUMBER_WORD})*)?\b",
    re.IGNORECASE,
)


def words_value(words: str) -> Decimal | None:
    """"forty-five" -> 45, "one hundred and twenty" -> 120, "two point five" -> 2.5; None when a
    word is not a number word."""
    parts = [p for p in re.split(r"[\s-]+", words.casefold()) if p and p != "and"]
    if "point" in parts:
        whole, _, frac = " ".join(parts).partition(" point ")
        head = words_value(whole)
        digits = [UNITS.get(p) for p in frac.split()]
        if head is None or any(d is None or d > 9 for d in digits):
            return None
        return Decimal(f"{head}.{''.join(str(d) for d in digits)}")
    total = 0
    for part in parts:
        if part in UNITS:
            total += UNITS[part]
        elif part in TENS:
            total += TENS[part]
        elif part == "hundred":
            total = max(total, 1) * 100
        elif part == "dozen":
            total = max(total, 1) * 12
        else:
            return None
    return Decimal(total)
