"""What every page shares: the workspace (opened once per process), who is acting (signed in with
`[auth]`, else the one local user on 127.0.0.1), and messages that survive a rerun."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Literal

import streamlit as st
from streamlit.errors import StreamlitAuthError

from agent.config import AuthConfig, ConfigError
from agent.services.auth import Action, Actor, can, is_loopback, role_for
from agent.workspace import Workspace

#: Where the reviewer's email lives in `st.session_state` (a plain key, so it survives page switches).
REVIEWER_KEY = "reviewer_email"
_REVIEWER_INPUT = "reviewer-input"
_FLASH_KEY = "_flash"

NEED_EMAIL = "Enter your email in the sidebar first: every decision on a draft is recorded with who made it."

FlashKind = Literal["success", "info", "warning", "error"]


def _release_workspace(ws: Workspace) -> None:
    ws.close()


@st.cache_resource(show_spinner="Opening the workspace…", on_release=_release_workspace)
def _open_workspace(path: str, database_url: str) -> Workspace:
    # The database URL is part of the key too: the same folder may point at another database.
    return Workspace.open(Path(path) if path else None)


def workspace_path() -> str:
    return os.environ.get("OUTRIDER_WORKSPACE", "").strip()


def workspace() -> Workspace:
    """The workspace named by OUTRIDER_WORKSPACE (else the current folder), opened once per process.

    A workspace that cannot be opened stops the page with a message saying what to fix.
    """
    path = workspace_path()
    try:
        return _open_workspace(path, os.environ.get("DATABASE_URL", ""))
    except ConfigError as exc:
        say("error", f"The workspace cannot be opened. {exc}")
    except Exception as exc:  # a database that is down or unreachable, a bad URL, ...
        where = path or os.getcwd()
        say(
            "error",
            f"The workspace at {where} cannot be opened: {exc}. "
            "Check OUTRIDER_WORKSPACE and DATABASE_URL, then reload the page.",
        )
    st.stop()
    raise RuntimeError("unreachable")  # st.stop() raises; this keeps type checkers happy


def close_workspaces() -> None:
    """Dispose every cached workspace (tests call this; so could an admin button)."""
    _open_workspace.clear()


def _sync_reviewer() -> None:
    st.session_state[REVIEWER_KEY] = (st.session_state.get(_REVIEWER_INPUT) or "").strip()


def reviewer_sidebar() -> str:
    """The sidebar "Your email" box; its value defaults to OUTRIDER_REVIEWER."""
    if REVIEWER_KEY not in st.session_state:
        st.session_state[REVIEWER_KEY] = os.environ.get("OUTRIDER_REVIEWER", "").strip()
    # Widget state is dropped when a page does not draw the widget; the plain key is not.
    st.session_state[_REVIEWER_INPUT] = st.session_state[REVIEWER_KEY]
    st.sidebar.text_input(
        "Your email",
        key=_REVIEWER_INPUT,
        on_change=_sync_reviewer,
        placeholder="you@company.com",
        help="Recorded with every approve, edit, reject and snooze.",
    )
    if not st.session_state[REVIEWER_KEY]:
        st.sidebar.warning("Enter your email to act on drafts.")
    else:
        st.sidebar.caption(f"Acting as **{st.session_state[REVIEWER_KEY]}**")
    return str(st.session_state[REVIEWER_KEY])


def signed_in(auth: AuthConfig) -> Actor | None:
    """The user `st.login` signed in, with the role `[auth.roles]` gives them; None before sign-in."""
    user = st.user
    if not user.get("is_logged_in"):
        return None
    email = str(user.get("email") or "").strip().lower()
    if not email or user.get("email_verified") is False:
        return None
    return Actor(email=email, role=role_for(email, auth), via="ui")


def _auth() -> AuthConfig | None:
    return workspace().config.auth


def reviewer() -> str | Actor:
    """Who acts: the signed-in user with `[auth]` (never a typed name), else the local user's email."""
    auth = _auth()
    if auth is not None:
        return signed_in(auth) or ""
    return str(st.session_state.get(REVIEWER_KEY) or "").strip()


def may(action: Action) -> bool:
    """True when the current user may take `action` (pages hide what it may not; services refuse it)."""
    who = reviewer()
    if isinstance(who, Actor):
        return can(who, action)
    # The local single user may do everything; it is asked for its email when it acts.
    return _auth() is None


def _sign_in_gate(auth: AuthConfig) -> None:
    """Stop the page until the user has signed in with a verified e-mail; then show who and the role."""
    actor = signed_in(auth)
    if actor is None:
        st.title("Outrider review")
        if st.user.get("is_logged_in"):
            say("error", f"{auth.provider} did not share a verified e-mail address, which Outrider records with "
                "every decision. Sign in with another account, or ask your admin.")
            st.button("Sign out", on_click=st.logout, key="auth-logout")
            st.stop()
        st.write(f"Sign in with {md(auth.provider)} to see the review queue.")
        if st.button(f"Sign in with {auth.provider}", type="primary", key="auth-login"):
            try:
                st.login()
            except StreamlitAuthError:
                say("error", "Sign-in is not set up for this server. Start the UI with `outrider ui`: it writes "
                    "the sign-in settings from [auth] and the OIDC_CLIENT_SECRET and OUTRIDER_SECRET_KEY variables.")
        st.stop()
    st.sidebar.markdown(f"Signed in as **{md(actor.email)}**  \n:material/badge: {actor.role}")
    if actor.role == "viewer":
        st.sidebar.caption("Viewers can read everything but cannot act on drafts; ask an admin for the rep role.")
    st.sidebar.button("Sign out", on_click=st.logout, key="auth-logout")


def _served_only_here() -> bool:
    """True when this server listens on loopback only (unset means every interface, as `streamlit run`)."""
    address = st.get_option("server.address")
    return bool(address) and is_loopback(str(address))


def page_setup(title: str, caption: str | None = None) -> Workspace:
    """Sign-in (or the local user's email), title and workspace: the first lines of every page."""
    ws = workspace()
    ws.refresh_config()  # an edit of outrider.toml (here, in an editor, by the CLI) shows without a restart
    if ws.config.auth is not None:
        _sign_in_gate(ws.config.auth)
    elif _served_only_here():
        reviewer_sidebar()
    else:
        st.title("Outrider review")
        say("error", "This server listens beyond 127.0.0.1 without sign-in, so it will not show the queue: anyone "
            f"could approve mail in anyone's name. Start it with `outrider ui` (127.0.0.1), or add [auth] to "
            f"{ws.config_path}.")
        st.stop()
    st.title(title)
    if caption:
        st.caption(caption)
    st.sidebar.caption(f"Workspace: `{ws.path}`")
    if ws.config_error:
        say("warning", f"The last edit of outrider.toml was not taken; the settings before it still apply. "
            f"{ws.config_error}")
    return ws


def flash(kind: FlashKind, message: str) -> None:
    """Queue a message to show at the top of the page on the next run."""
    st.session_state.setdefault(_FLASH_KEY, []).append((kind, message))


def show_flashes() -> None:
    for kind, message in st.session_state.pop(_FLASH_KEY, []):
        say(kind, message)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~$])")
_MD_BULLET = re.compile(r"^(\s*)([#+-])", re.MULTILINE)
_MD_NUMBERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)


def md(text: Any) -> str:
    """Plain text made safe for st.markdown: no accidental links, emphasis, lists or LaTeX ($20M)."""
    escaped = _MD_SPECIAL.sub(r"\\\1", str(text if text is not None else ""))
    escaped = _MD_BULLET.sub(r"\1\\\2", escaped)
    escaped = _MD_NUMBERED.sub(r"\1\\\2", escaped)
    return escaped.replace("\n", "  \n")


def link(title: str, url: str | None) -> str:
    """A markdown link to an http(s) URL with `title` escaped; just the title for anything else."""
    if url and url.startswith(("http://", "https://")):
        return f"[{md(title)}](<{url.replace(' ', '%20').replace('>', '%3E')}>)"
    return md(title)


def evidence_lines(evidence: Any, cited: Any = ()) -> str:
    """A signal's evidence as people read it: one bullet per fact, "**label**: text (source)", a pin
    on the facts a draft cites. The ids ("E1") are for the model and never shown."""
    cited = {str(c) for c in cited or ()}
    lines = []
    for ev in evidence or []:
        if not isinstance(ev, dict):
            continue
        used = ":blue[:material/push_pin:] " if str(ev.get("id", "")) in cited else ""
        url = ev.get("url")
        src = f" ({link('source', url)})" if url else ""
        lines.append(f"- {used}**{md(ev.get('label') or '')}**: {md(ev.get('text') or '')}{src}")
    return "\n".join(lines)


def say(kind: FlashKind, message: str) -> None:
    """st.success/info/warning/error with a plain-text message (escaped, so it shows as written)."""
    getattr(st, kind)(md(message))


def sentence(exc: BaseException) -> str:
    """An exception message as a sentence: capitalised, ending with a full stop."""
    text = str(exc).strip() or exc.__class__.__name__
    first = text.split(maxsplit=1)[0]
    if first.isalpha():  # never "X.csv" or "Dana@example.com"
        text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def blank_to_none(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value
