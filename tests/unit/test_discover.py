"""Finding a company's job board on its careers page: one hand-made page per way boards are
embedded or linked, a page with no board, and garbage that must not raise."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from signals.ats import BoardRef, board_from_url, discover_board

BASE = "https://www.acme.example/careers"


def page(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head><title>Careers at Acme</title>{head}</head><body>{body}</body></html>"


PAGES = [
    (
        "greenhouse embed script",
        page('<div id="grnhse_app"></div>'
             '<script src="https://boards.greenhouse.io/embed/job_board/js?for=acme"></script>'),
        BoardRef("greenhouse", "acme"),
    ),
    (
        "greenhouse iframe",
        page('<iframe src="https://boards.greenhouse.io/embed/job_board?for=acmeco&amp;b=https%3A%2F%2Facme.example"'
             ' width="100%"></iframe>'),
        BoardRef("greenhouse", "acmeco"),
    ),
    (
        "greenhouse job-boards link",
        page('<nav><a href="/about">About</a></nav><a class="btn" href="https://job-boards.greenhouse.io/acme">'
             "Open roles</a>"),
        BoardRef("greenhouse", "acme"),
    ),
    (
        "greenhouse boards link to one job",
        page('<ul><li><a href="https://boards.greenhouse.io/acme/jobs/4012345">Account Executive</a></li></ul>'),
        BoardRef("greenhouse", "acme"),
    ),
    (
        "greenhouse inline settings",
        page('<script>Grnhse.Settings = { for: "acme-labs", scrollOnLoad: true };</script>'
             '<script src="/js/grnhse-loader.js"></script>'),
        BoardRef("greenhouse", "acme-labs"),
    ),
    (
        "lever link",
        page('<p>We are hiring!</p><a href="https://jobs.lever.co/acme?team=Sales">Sales roles</a>'),
        BoardRef("lever", "acme"),
    ),
    (
        "lever EU link",
        page('<a href="https://jobs.eu.lever.co/acme/9b2b7c5e-1111-4a4a-9a9a-0123456789ab">Engineer</a>'),
        BoardRef("lever_eu", "acme"),
    ),
    (
        "ashby embed script",
        page('<div id="ashby_embed"></div>'
             '<script src="https://jobs.ashbyhq.com/acme/embed?version=2" defer></script>'),
        BoardRef("ashby", "acme"),
    ),
    (
        "ashby inline url",
        page("<script>window.__ashby = {url: 'https://jobs.ashbyhq.com/Acme%20Labs'}; "
             "var board = 'https://jobs.ashbyhq.com/acmelabs';</script>"),
        BoardRef("ashby", "acmelabs"),
    ),
    (
        "smartrecruiters careers link",
        page('<a href="https://careers.smartrecruiters.com/AcmeGroup">Join us</a>'),
        BoardRef("smartrecruiters", "AcmeGroup"),
    ),
    (
        "smartrecruiters job link",
        page('<a href="https://jobs.smartrecruiters.com/AcmeGroup/744000135080134-software-architect">'
             "Software Architect</a>"),
        BoardRef("smartrecruiters", "AcmeGroup"),
    ),
    (
        "workable link",
        page('<a href="https://apply.workable.com/acme/">See all jobs</a>'),
        BoardRef("workable", "acme"),
    ),
    (
        "workable in a data attribute",
        page('<div class="jobs-widget" data-url="https://apply.workable.com/api/v1/widget/accounts/acme"></div>'),
        BoardRef("workable", "acme"),
    ),
]


@pytest.mark.parametrize(("html", "expected"), [(h, e) for _, h, e in PAGES], ids=[n for n, _, _ in PAGES])
def test_discovers_the_board(html: str, expected: BoardRef) -> None:
    assert discover_board(html, BASE) == expected


def test_a_page_with_no_board() -> None:
    html = page(
        '<a href="https://www.linkedin.com/company/acme/jobs">LinkedIn</a>'
        '<a href="https://apply.workable.com/j/81B46579FE">One job without its account</a>'
        '<a href="https://boards.greenhouse.io/embed/job_board">An embed without a token</a>'
        '<a href="/careers/engineering">Engineering</a><script>var jobs = [];</script>'
        "<p>Email jobs@acme.example; we use greenhouse.io.</p>"
    )
    assert discover_board(html, BASE) is None
    assert discover_board("", BASE) is None


def test_the_first_board_in_document_order_wins() -> None:
    html = page('<a href="https://jobs.lever.co/first">x</a><a href="https://jobs.ashbyhq.com/second">y</a>')
    assert discover_board(html, BASE) == BoardRef("lever", "first")


def test_a_careers_link_that_redirected_to_the_board_is_the_board() -> None:
    assert discover_board("<html><body>Jobs</body></html>", "https://jobs.lever.co/acme") == BoardRef("lever", "acme")


def test_relative_links_resolve_against_the_page() -> None:
    assert discover_board(page('<a href="//jobs.ashbyhq.com/acme">Jobs</a>'), BASE) == BoardRef("ashby", "acme")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true", BoardRef("greenhouse", "acme")),
        ("https://api.lever.co/v0/postings/acme?mode=json", BoardRef("lever", "acme")),
        ("https://api.eu.lever.co/v0/postings/acme?mode=json", BoardRef("lever_eu", "acme")),
        ("https://api.ashbyhq.com/posting-api/job-board/acme", BoardRef("ashby", "acme")),
        ("https://api.smartrecruiters.com/v1/companies/Acme/postings", BoardRef("smartrecruiters", "Acme")),
        ("https://acme.workable.com/", BoardRef("workable", "acme")),
        ("https://www.workable.com/pricing", None),
        ("https://jobs.lever.co/", None),
        ("https://evil.example/jobs.lever.co/acme", None),
        ("https://jobs.lever.co.evil.example/acme", None),
        ("http://[broken", None),
    ],
)
def test_board_from_url(url: str, expected: BoardRef | None) -> None:
    assert board_from_url(url) == expected


@given(st.text(max_size=2000), st.text(max_size=100))
def test_garbage_never_raises(html: str, base: str) -> None:
    found = discover_board(html, base)
    assert found is None or isinstance(found, BoardRef)


@given(st.lists(st.sampled_from(['<a href="', '<script src="', "https://", "jobs.lever.co/", "boards.greenhouse.io",
                                 "/embed/job_board?for=", "apply.workable.com/", '">', "</a>", "%", "[", "acme",
                                 "<script>Grnhse for: '", "'</script>", "\x00", " "]), max_size=30))
def test_near_miss_markup_never_raises(parts: list[str]) -> None:
    found = discover_board(page("".join(parts)), BASE)
    assert found is None or isinstance(found, BoardRef)
