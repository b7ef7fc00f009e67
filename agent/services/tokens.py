"""API tokens for the HTTP server: created once and shown once, kept only as a SHA-256 hash.

A token is `otr_` plus 43 URL-safe random characters (256 bits). A lookup hashes what the client
sent and finds the row by its UNIQUE hash, so checking a token costs one indexed read; the hash
of a high-entropy secret needs no salt or slow KDF (nothing to brute-force).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import col, select

from agent.store.db import Database
from agent.store.models import ApiToken
from signals.model import as_utc, utcnow

TOKEN_PREFIX = "otr_"
#: Characters of the token kept in clear, so a person can tell tokens apart.
SHOWN_CHARS = 8
MAX_NAME_CHARS = 100
#: `last_used_at` is written at most this often per token (a write per request would serialise
#: every API call behind SQLite's write lock).
LAST_USED_EVERY = timedelta(minutes=1)


class TokenError(ValueError):
    """A token action that cannot be done; the message says why."""


@dataclass(frozen=True, slots=True)
class TokenInfo:
    id: int
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "prefix": self.prefix,
            "created_at": as_utc(self.created_at).isoformat(),
            "last_used_at": as_utc(self.last_used_at).isoformat() if self.last_used_at else None,
            "revoked_at": as_utc(self.revoked_at).isoformat() if self.revoked_at else None,
        }


def _info(row: ApiToken) -> TokenInfo:
    return TokenInfo(
        id=row.id or 0,
        name=row.name,
        prefix=row.prefix,
        created_at=row.created_at,
        last_used_at=row.last_used_at,
        revoked_at=row.revoked_at,
    )


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise TokenError("give the token a name that says who uses it, like `segment` or `website`")
    if len(name) > MAX_NAME_CHARS:
        raise TokenError(f"the token name is {len(name)} characters; keep it under {MAX_NAME_CHARS}")
    return name


def create_token(db: Database, *, name: str, now: datetime | None = None) -> tuple[str, TokenInfo]:
    """A new token named `name`. Returns the token itself (shown once, never stored) and its row."""
    name = _clean_name(name)
    now = as_utc(now) if now else utcnow()
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(name=name, token_hash=hash_token(token), prefix=token[: len(TOKEN_PREFIX) + SHOWN_CHARS], created_at=now)
    with db.session() as session:
        session.add(row)
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            raise TokenError(
                f"a token named {name!r} exists already; revoke it (`outrider api-token revoke {name}`) "
                "or choose another name"
            ) from None
        session.refresh(row)
    return token, _info(row)


def list_tokens(db: Database) -> list[TokenInfo]:
    with db.session() as session:
        return [_info(row) for row in session.exec(select(ApiToken).order_by(col(ApiToken.created_at), col(ApiToken.id))).all()]


def revoke_token(db: Database, *, name: str, now: datetime | None = None) -> TokenInfo:
    """Revoke the token named `name`; its next request is refused. Revoking twice is harmless."""
    name = _clean_name(name)
    now = as_utc(now) if now else utcnow()
    with db.session() as session:
        row = session.exec(select(ApiToken).where(ApiToken.name == name)).first()
        if row is None:
            known = ", ".join(t.name for t in session.exec(select(ApiToken)).all()) or "none yet"
            raise TokenError(f"there is no token named {name!r} (tokens: {known})")
        if row.revoked_at is None:
            row.revoked_at = now
            session.add(row)
            session.commit()
            session.refresh(row)
        return _info(row)


def authenticate(db: Database, token: str | None, *, now: datetime | None = None, touch: bool = True) -> TokenInfo | None:
    """The live token matching `token`, or None (missing, unknown or revoked).

    With `touch`, its use is recorded (at most once a minute); a caller that schedules its own
    writes passes touch=False and calls `record_use` when `use_due` says so.
    """
    if not token or not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    digest = hash_token(token)
    with db.session() as session:
        row = session.exec(select(ApiToken).where(ApiToken.token_hash == digest)).first()
    if row is None or row.revoked_at is not None:
        return None
    info = _info(row)
    now = as_utc(now) if now else utcnow()
    if touch and use_due(info, now):
        record_use(db, info.id, now)
    return info


def use_due(info: TokenInfo, now: datetime) -> bool:
    return info.last_used_at is None or as_utc(info.last_used_at) < as_utc(now) - LAST_USED_EVERY


def record_use(db: Database, token_id: int, now: datetime) -> None:
    """Record a use in its own short transaction; a busy database only delays the record."""
    try:
        with db.session() as session:
            session.execute(
                update(ApiToken)
                .where(col(ApiToken.id) == token_id)
                .where(or_(col(ApiToken.last_used_at).is_(None), col(ApiToken.last_used_at) < now - LAST_USED_EVERY))
                .values(last_used_at=now)
            )
            session.commit()
    except OperationalError:
        pass
