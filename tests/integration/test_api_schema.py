"""Schemathesis over the app's own OpenAPI schema: generated requests (valid and not) to every
operation, with a real token, must never get a server error, and every answer must match what
the schema documents (status code, content type, body).

It runs against the ASGI app in process (the live-server tests cover the socket), bounded by
`max_examples` so it stays a normal part of the suite. The schema is loaded at import (the
pytest integration's lazy `from_fixture` does not run under pytest 9), from an app whose
workspace each test then points at a fresh database of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from agent.api import create_app
from agent.config import Settings, WorkspaceConfig
from agent.services.tokens import create_token
from agent.store.models import Account, Contact
from agent.workspace import Workspace
from tests.conftest import make_workspace

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
SECRET = "schema-test-secret-0123456789"

# No database is opened here: Workspace.db is opened on first use, and each test swaps in its own.
APP = create_app(Workspace(path=Path("."), config=WorkspaceConfig(), settings=Settings()), alert_worker=False)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture
def api_token(tmp_path: Path) -> Iterator[str]:
    """A fresh workspace (a contact, a signing key) behind APP, and a live token for it."""
    url = f"sqlite:///{tmp_path / 'api.db'}"
    make_workspace(tmp_path / "ws", url).close()
    ws = Workspace.open(tmp_path / "ws", settings=Settings(DATABASE_URL=url, OUTRIDER_SECRET_KEY=SECRET))  # type: ignore[call-arg]
    with ws.db.session() as session:
        account = Account(name="Acme", domain="acme.io")
        session.add(account)
        session.flush()
        session.add(Contact(first_name="Ana", email="ana@acme.io", account_id=account.id))
        session.commit()
    before = (APP.state.workspace, APP.state.link_secret)
    APP.state.workspace, APP.state.link_secret = ws, SECRET
    yield create_token(ws.db, name="schemathesis")[0]
    APP.state.workspace, APP.state.link_secret = before
    ws.close()


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors_and_answers_match_the_schema(case, api_token: str) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate(headers={"Authorization": f"Bearer {api_token}"}, checks=CHECKS)
