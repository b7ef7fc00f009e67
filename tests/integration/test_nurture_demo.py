"""`outrider demo` ships a content library, the educate / high_intent / re_engage sequences and two
weeks of their life, so the Sequences and Content pages show something offline."""

from __future__ import annotations

from pathlib import Path

from agent.config import Settings
from agent.demo import create_demo
from agent.services import nurture, queue


def test_the_demo_has_a_library_sequences_and_leads_on_their_way(tmp_path: Path, db_url: str) -> None:
    ws = create_demo(tmp_path / "demo", settings=Settings(DATABASE_URL=db_url))  # type: ignore[call-arg]
    try:
        assert nurture.check_files(ws) == []
        assets = nurture.list_assets(ws)
        assert len(assets) >= 6 and {a["stage"] for a in assets} == {"awareness", "evaluation", "purchase"}
        assert nurture.content_gaps(ws).gaps == []
        counts = {s["name"]: s["enrollments"] for s in nurture.list_sequences(ws)}
        assert set(counts) == {"educate", "high_intent", "re_engage"}
        assert all(sum(c.values()) for c in counts.values())
        hannah = [(r["sequence"], r["exit_reason"]) for r in nurture.status(ws, email="hannah.vogel@copperleaf.example")]
        assert hannah == [("educate", "branched"), ("high_intent", None)]
        assert [r["exit_reason"] for r in nurture.status(ws, email="noah@rampflow.example")] == ["replied"]
        pending = [v for v in queue.list_drafts(ws.db) if v.draft.kind == "sequence"]
        assert "re_engage" in {v.draft.sequence for v in pending}  # Marcus starts today; his step waits for you
        history = list((ws.outbox_dir / "demo-history").glob("*.eml"))
        assert history and not list(ws.outbox_dir.glob("*.eml"))
        report = nurture.sequence_report(ws, name="educate")
        assert report["exits"] == {"branched": 1, "replied": 1}
        before = nurture.list_sequences(ws)
    finally:
        ws.close()
    again = create_demo(tmp_path / "demo", settings=Settings(DATABASE_URL=db_url))  # type: ignore[call-arg]
    try:
        assert nurture.list_sequences(again) == before
    finally:
        again.close()
