"""The llm provider configured in outrider.toml drives the real cycle: drafts name their model and
prompt version, a failing model falls back to the offline drafter with the reason, and a rep's
regenerate instruction reaches the model. The model is a loopback OpenAI-compatible server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.scheduler import run_cycle
from agent.services import queue
from agent.services.accounts import import_accounts, import_contacts
from tests.conftest import LoopbackServer, Route, make_workspace
from tests.fakes.openai_server import FakeOpenAIServer, draft_reply, error_reply
from tests.integration.test_pipeline import ACCOUNTS, CONTACTS, WIRE, rss, source_toml

GOOD = {
    "subject": "Northwind Analytics' $45M Series B",
    "body": (
        "Hi Maya,\n\nSaw that Northwind Analytics raised $45M in a Series B led by Harbor Ventures. "
        "Teams usually rethink pipeline targets after a round like that.\n\n"
        "Would a short call next week be useful?\n\nBest,\nDana Rep"
    ),
    "call_to_action": "Would a short call next week be useful?",
    "evidence_ids": ["E1"],
    "personalisation_notes": ["opened with the round"],
}


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAIServer]:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    with FakeOpenAIServer() as server:
        yield server


def llm_workspace(tmp_path: Path, db_url: str, http_server: LoopbackServer, model: FakeOpenAIServer):  # type: ignore[no-untyped-def]
    url = http_server.add("/wire.xml", Route(rss(WIRE[:1])))
    ws = make_workspace(tmp_path / "ws", db_url, source_toml("wire", url))
    ws.config.drafting = ws.config.drafting.model_copy(
        update={"provider": "llm", "model": "fake-4o", "base_url": model.base_url, "timeout_s": 2, "max_retries": 1}
    )
    import_accounts(ws.db, ACCOUNTS)
    import_contacts(ws.db, CONTACTS)
    return ws


def test_llm_drafts_carry_model_and_prompt_version(
    tmp_path: Path, db_url: str, http_server: LoopbackServer, model: FakeOpenAIServer
) -> None:
    ws = llm_workspace(tmp_path, db_url, http_server, model)
    model.script(draft_reply(GOOD))
    run_cycle(ws, deliver=False)
    (view,) = queue.list_drafts(ws.db)
    draft = view.draft
    # Maya is a lead (a contact in an open deal gets no cold pitch at all, see test_pipeline.py).
    assert (draft.provider, draft.model, draft.prompt_version) == ("llm", "fake-4o", "funding.cold.v1")
    assert draft.body == GOOD["body"] and draft.fallback_reason is None
    (request,) = model.completions
    assert request.body["model"] == "fake-4o"
    assert "Harbor Ventures" in request.message_text()

    model.script(draft_reply({**GOOD, "subject": "Quick thought on the Series B"}))
    view = queue.regenerate(ws, draft_id=draft.id, reviewer="rep@example.com", instruction="shorter subject")
    assert view.draft.subject == "Quick thought on the Series B"
    assert "shorter subject" in model.completions[-1].message_text()
    ws.close()


def test_a_failing_model_falls_back_to_the_offline_draft(
    tmp_path: Path, db_url: str, http_server: LoopbackServer, model: FakeOpenAIServer
) -> None:
    ws = llm_workspace(tmp_path, db_url, http_server, model)
    model.script(*[error_reply(500, "boom") for _ in range(6)])
    report = run_cycle(ws, deliver=False)
    assert report.routed.drafted == 1
    (view,) = queue.list_drafts(ws.db)
    assert view.draft.provider == "offline"
    assert view.draft.fallback_reason and "500" in view.draft.fallback_reason
    ws.close()
