"""Who may call /v1/*: a live API token, as `Authorization: Bearer <token>` or, for Segment and
RudderStack webhook destinations that only speak Basic auth, as the Basic username."""

from __future__ import annotations

import base64
import binascii

from fastapi import HTTPException, Request
from starlette.status import HTTP_401_UNAUTHORIZED

from agent.api.gate import writing
from agent.services.tokens import TokenInfo, authenticate, record_use, use_due
from signals.model import utcnow

#: What a refused request hears (the same for missing, unknown and revoked: no oracle).
REFUSED = "a valid API token is required: send `Authorization: Bearer <token>` (create one with `outrider api-token create NAME`)"
CHALLENGE = {"WWW-Authenticate": 'Bearer realm="outrider"'}


def token_from_header(header: str | None) -> str | None:
    """The token in an Authorization header: Bearer, or Basic with the token as the username."""
    if not header:
        return None
    scheme, _, value = header.strip().partition(" ")
    value = value.strip()
    if scheme.lower() == "bearer":
        return value or None
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(value, validate=True).decode("utf-8")
        except (binascii.Error, ValueError):
            return None
        username, _, password = decoded.partition(":")
        return username or password or None
    return None


def require_token(request: Request) -> TokenInfo:
    """FastAPI dependency: the caller's token, or 401."""
    ws = request.app.state.workspace
    info = authenticate(ws.db, token_from_header(request.headers.get("authorization")), touch=False)
    if info is None:
        raise HTTPException(status_code=HTTP_401_UNAUTHORIZED, detail=REFUSED, headers=CHALLENGE)
    now = utcnow()
    if use_due(info, now):
        with writing(request.app.state):
            record_use(ws.db, info.id, now)
    return info
