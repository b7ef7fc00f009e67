"""A job board found on an account's careers page is kept on the account, through the real cycle."""

from __future__ import annotations

from pathlib import Path

from agent.pipeline import collect_source
from agent.services.accounts import add_account, get_account
from tests.conftest import FIXTURES, LoopbackServer, Route, make_workspace

CAREERS = b"""<!doctype html><html><body><h1>Careers at Acme</h1>
<div id="grnhse_app"></div>
<script src="https://boards.greenhouse.io/embed/job_board/js?for=acmeboard"></script>
</body></html>"""


def test_discovered_board_is_adopted_by_the_account(tmp_path: Path, db_url: str, http_server: LoopbackServer) -> None:
    careers = http_server.add("/careers", Route(CAREERS, content_type="text/html"))
    jobs = (FIXTURES / "ats" / "ats_polling_greenhouse.json").read_bytes()
    http_server.add("/v1/boards/acmeboard/jobs?content=true", Route(jobs, content_type="application/json"))
    extra = (
        '\n[[sources]]\nname = "boards"\ntype = "job_boards"\nevery = "1d"\n'
        f'base_urls = {{ greenhouse = "{http_server.base}" }}\n'
    )
    ws = make_workspace(tmp_path / "ws", db_url, extra)
    account = add_account(ws.db, name="Acme", domain="acme.example", careers_url=careers)
    result = collect_source(ws, "boards")
    assert result.ok, result.error
    adopted = get_account(ws.db, account.id)
    assert (adopted.ats, adopted.ats_board) == ("greenhouse", "acmeboard")
    board_requests = [r for r in http_server.requests if r["path"].startswith("/v1/boards/acmeboard")]
    assert board_requests, "the discovered board was read in the same run"
    ws.close()
