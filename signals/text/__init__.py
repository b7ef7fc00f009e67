"""The one text layer for untrusted prose: money, dates, links and domains, and whether a span reads as a name.

Extraction (signals/extract), the guardrails and the drafting evaluation read amounts, dates and
links through these modules, so a "$2.75M CAD" or an "evil[.]example" means the same thing in
every part of Outrider; every extractor passes its answer through `names.last_net` before it drafts it.
Pure functions over strings: no I/O.
"""
