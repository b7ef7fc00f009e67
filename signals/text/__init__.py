"""The one text layer for untrusted prose: money, dates, links and domains, and whether a span reads as a name.

Extraction (signals/extract), the guardrails and the drafting evaluation read amounts, dates and
links through these modules (and every extractor asks `names.odd_company_span` before drafting), so a "$2.75M CAD" or an "evil[.]example" means the same thing in
every part of Outrider. Pure functions over strings: no I/O.
"""
