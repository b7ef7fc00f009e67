"""Who may do what: roles from `[auth]`, and the check every service runs before it acts."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from typing import Literal

from agent.config import AuthConfig, ConfigError, Role
from agent.services.queue import QueueError

Action = Literal[
    "approve", "edit", "reject", "snooze", "regenerate", "settle", "suppress", "config",
    "stage", "retry_alert", "enrol", "reactivate", "accounts",
]

_REVIEW: frozenset[Role] = frozenset({"rep", "admin"})
_ADMIN: frozenset[Role] = frozenset({"admin"})

#: The roles that may take each action.
ALLOWED: dict[Action, frozenset[Role]] = {
    "approve": _REVIEW,
    "edit": _REVIEW,
    "reject": _REVIEW,
    "snooze": _REVIEW,
    "regenerate": _REVIEW,
    "settle": _ADMIN,
    "suppress": _ADMIN,
    "config": _ADMIN,
    # What the UI has always offered reps beside the queue: moving a lead, retrying a failed alert,
    # enrolling or stopping a lead in a sequence, deciding on a reactivation, keeping the account list.
    "stage": _REVIEW,
    "retry_alert": _REVIEW,
    "enrol": _REVIEW,
    "reactivate": _REVIEW,
    "accounts": _REVIEW,
}

_WHAT: dict[Action, str] = {
    "approve": "approve drafts",
    "edit": "edit drafts",
    "reject": "reject drafts",
    "snooze": "snooze drafts",
    "regenerate": "regenerate drafts",
    "settle": "settle deliveries",
    "suppress": "change the suppression list",
    "config": "change the configuration",
    "stage": "move leads between stages",
    "retry_alert": "retry alerts",
    "enrol": "enrol leads in sequences or stop them",
    "reactivate": "decide on reactivations",
    "accounts": "add, edit, archive or import accounts and contacts",
}


class Forbidden(QueueError):
    """The signed-in user's role may not take this action. The message says who can."""


@dataclass(frozen=True)
class Actor:
    """Someone acting through a channel that vouched for them: signed in to the UI, or the CLI."""

    email: str
    role: Role
    #: "ui" (signed in with OIDC) or "cli".
    via: str = "ui"

    @property
    def label(self) -> str:
        """What the audit trail records: the address, plus where it came from unless signed in."""
        return self.email if self.via == "ui" else f"{self.email} ({self.via})"

    def __str__(self) -> str:
        return self.label


def role_for(email: str, config: AuthConfig) -> Role:
    """The role `[auth.roles]` gives an address: the address itself, else its domain, else the default."""
    email = email.strip().lower()
    if email in config.roles:
        return config.roles[email]
    domain = email.rpartition("@")[2]
    return config.roles.get("@" + domain, config.default_role)


def can(actor: Actor | str, action: Action) -> bool:
    """True when `actor` may take `action` (a plain name is the local single user: always)."""
    return not isinstance(actor, Actor) or actor.role in ALLOWED[action]


def authorize(actor: Actor | str, action: Action) -> str:
    """The name to record for `actor` taking `action`; `Forbidden` when its role may not.

    A plain string is the local single user of a workspace without `[auth]` (the UI on 127.0.0.1
    or the CLI): it only has to say who it is.
    """
    if isinstance(actor, Actor):
        if actor.role not in ALLOWED[action]:
            who = " or ".join(sorted(ALLOWED[action], reverse=True))
            raise Forbidden(
                f"{actor.email} is a {actor.role}: {actor.role}s can read the queue but not {_WHAT[action]}; "
                f"ask an admin to give you the {who} role in [auth.roles]"
            )
        return actor.label
    name = (actor or "").strip()
    if not name:
        raise QueueError(f"say who you are (an email address) to {_WHAT[action]}")
    return name


def authorize_named(actor: Actor | str | None, action: Action) -> str | None:
    """`authorize` for an entry point that may also run unattended (an import from a script, the
    demo): None when nobody is named, else the name to record (`Forbidden` when the role may not)."""
    if isinstance(actor, Actor) or (actor or "").strip():
        return authorize(actor or "", action)
    return None


def is_loopback(host: str) -> bool:
    """True when every address `host` names is a loopback address (127.0.0.0/8, ::1, localhost)."""
    name = host.strip().strip("[]")
    if name.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(name, None)
    except socket.gaierror:
        raise ConfigError(f"--host {host!r} is not an address this machine can resolve") from None
    return all(ipaddress.ip_address(str(info[4][0]).split("%")[0]).is_loopback for info in infos)
