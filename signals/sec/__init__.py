"""Parsers for SEC EDGAR payloads (pure: bytes in, typed values out; no network, no database)."""

from signals.sec.formd import (
    FilingRef,
    FormD,
    FormDError,
    RelatedPerson,
    parse_getcurrent,
    parse_primary_doc,
    primary_doc_path,
)

__all__ = [
    "FilingRef",
    "FormD",
    "FormDError",
    "RelatedPerson",
    "parse_getcurrent",
    "parse_primary_doc",
    "primary_doc_path",
]
