"""The one text layer for untrusted prose: money, dates, links and domains, and whether a span reads as a name.

Extraction (signals/extract), the guardrails and the drafting evaluation read amounts, dates and
links through these modules, so a "$2.75M CAD" or an "evil[.]example" means the same thing in
every part of Outrider; every extractor asks `names.review_hold` before it drafts an answer.
Pure functions over strings: no I/O.
"""
