"""Instruction-like text: what a prompt injection looks like, and the trusted part of a text.

A feed item, a job ad or a CRM field that says "ignore previous instructions", "note to the AI"
or "system:" is carrying a payload. `find_injection` names such phrases (the `injection`
guardrail refuses a draft that contains one); `trusted_part` is a text up to the first one, so
nothing after it is ever taken as a fact a draft may state.
"""

from __future__ import annotations

import functools
import re

INJECTION_PATTERNS: list[re.Pattern[str]] = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\bignore\s+(?:all\s+|any\s+|the\s+|your\s+)*(?:previous|prior|above|earlier|preceding|former)\s+"
        r"(?:instructions?|prompts?|messages?|rules?|directions?)",
        r"\bignore\s+(?:all\s+|your\s+|these\s+)+(?:instructions?|rules?)",
        r"\bdisregard\b",
        r"\bsystem\s+prompt\b",
        r"\bprompt\s+injection\b",
        r"\bnew\s+instructions?\b",
        r"\bforget\s+(?:all\s+|everything\s+|your\s+|the\s+)*(?:previous|prior|above|instructions?)\b",
        r"\byou\s+are\s+now\s+(?:an?\s+)?(?:ai|assistant|chatbot|dan|in\s+\w+\s+mode)\b",
        r"\bas\s+an\s+ai\b",
        r"\bdeveloper\s+mode\b",
        r"\bjailbreak",
        r"\bdo\s+anything\s+now\b",
        r"\boverride\s+(?:your|the|all|any)\s+(?:instructions?|rules?|guardrails?|policy|policies)\b",
        r"<\|",
        r"^\s*(?:system|assistant)\s*:",
        r"\b(?:begin|end)\s+(?:system\s+)?prompt\b",
        r"\b(?:note|message|instructions?)\s+(?:to|for)\s+(?:the\s+|any\s+)?(?:ai|assistant|model|llm|bot)s?\b",
        r"\b(?:ai|llm)\s+(?:assistants?|models?|writers?)\s+(?:reading|writing|summari[sz]ing)\b",
        r"\bif\s+you\s+are\s+an?\s+(?:ai|assistant|language\s+model|llm)\b",
        r"(?:^|(?<=[\s.(]))(?:system|assistant)\s*:",
    )
]


# All of the above in one pass; MULTILINE so "^system:" anchors at every line.
INJECTION_ANY = re.compile(
    "|".join(f"(?:{p.pattern})" for p in INJECTION_PATTERNS), re.IGNORECASE | re.MULTILINE
)


_SPACES = re.compile(r"\s+")


def normalise_space(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def find_injection(text: str) -> list[str]:
    """Instruction-like phrases ("ignore previous instructions", "system prompt")."""
    return list(_injections(text))


# Both are pure functions of the text, cached: a tick's step drafts read the same asset texts and
# evidence for thousands of leads.
@functools.lru_cache(maxsize=16384)
def _injections(text: str) -> tuple[str, ...]:
    return tuple(_unique([normalise_space(m.group(0)) for m in INJECTION_ANY.finditer(text)]))


@functools.lru_cache(maxsize=16384)
def trusted_part(text: str) -> str:
    """`text` up to its first instruction-like phrase: everything from there on is the payload."""
    hit = INJECTION_ANY.search(text)
    return text if hit is None else text[: hit.start()]
