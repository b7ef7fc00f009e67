"""Public job-board APIs (Greenhouse, Lever, Ashby, SmartRecruiters, Workable): pure payload
parsers into one `Posting` shape, and discovery of a company's board from its careers page."""

from signals.ats.discover import BoardRef, board_from_url, discover_board
from signals.ats.parsers import (
    ATS_KINDS,
    BoardFormatError,
    ParseResult,
    Posting,
    clean_description,
    parse_ashby,
    parse_board,
    parse_greenhouse,
    parse_lever,
    parse_smartrecruiters,
    parse_smartrecruiters_posting,
    parse_workable,
)

__all__ = [
    "ATS_KINDS",
    "BoardFormatError",
    "BoardRef",
    "ParseResult",
    "Posting",
    "board_from_url",
    "clean_description",
    "discover_board",
    "parse_ashby",
    "parse_board",
    "parse_greenhouse",
    "parse_lever",
    "parse_smartrecruiters",
    "parse_smartrecruiters_posting",
    "parse_workable",
]
