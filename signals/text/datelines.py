"""Datelines in front of news text: the one reader both extractors use.

"BOSTON--(BUSINESS WIRE)--Acme Inc. ...", "NEW YORK, Jan. 5, 2025 (GLOBE NEWSWIRE) -- ...",
"LONDON, June 1, 2025 /PRNewswire/ -- ...", "SINGAPORE (Reuters) - ...", "Austin, Texas, March 3, 2025 -- ...",
"MONTVALE, N.J. Grocer A&P ...":
a wire's, a news agency's or a place-and-date opening, never part of the first sentence's subject.
"""

from __future__ import annotations

import re

__all__ = ["DATELINE", "strip_dateline"]

DATELINE = re.compile(
    # a wire service's mark, after a place and date
    r"^.{0,160}?(?:/\s*PRNewswire(?:-[\w-]+)?\s*/|\(\s*BUSINESS\s+WIRE\s*\)|"
    r"\(\s*(?:GLOBE\s+NEWSWIRE|ACCESSWIRE|ACCESS\s+Newswire)\s*\)|/?\s*GLOBE\s+NEWSWIRE\s*/?|"
    r"/\s*CNW\s*/|/\s*EINPresswire(?:\.com)?\s*/|\(PRWEB\)|"
    # "COLUMBIA, Md.--(HSMN NewsFeed)--", "--(Market Wire)--": another wire's mark between double dashes
    r"--\(\s*(?:HSMN\s+NewsFeed|[A-Z][\w&.' ]{1,30}?(?:Wire|NewsFeed|Newswire|News\s+Service))\s*\)(?=\s*--))"
    r"\s*(?:--|\u2014|\u2013|-)?\s*"
    # a news agency's
    r"|^.{0,60}?\((?:Reuters|AFP|AP|UPI|Bloomberg|Dow\s+Jones|IANS|PTI|Jiji\s+Press|Kyodo|Xinhua|Yonhap|Bernama|dpa(?:-AFX)?|AFX|ANI|EFE|ANSA)\)\s*(?:--|\u2014|-|:)?\s*"
    # a place and a date
    r"|^[A-Z][A-Za-z .,'\-]{2,60},?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})"
    r"\s*(?:--|\u2014|-)\s*"
    # a place in capitals and its state, with no date ("MONTVALE, N.J. Grocer A&P has appointed ...", "BOSTON, Mass. --
    # Acme named ...", round 19), before a sentence in ordinary case
    r"|^[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3},\s+(?:[A-Z][a-z]{1,5}\.|[A-Z]\.\s?[A-Z]\.|[A-Z]{2}(?=\s))"
    r"\s*(?:--|\u2014|\u2013|-)?\s*(?=[\"'\u201c]?[A-Z][a-z])",
)


def strip_dateline(text: str) -> str:
    """`text` without the dateline it opens with (unchanged when there is none)."""
    return DATELINE.sub("", text, count=1)
