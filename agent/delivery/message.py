"""Turn an approved draft into one RFC 5322 message: headers, opt-out, footer.

The message is plain text, UTF-8, and built with the stdlib `email` package. Every value that
lands in a header is stripped of CR/LF (and other control characters) first, so a subject or a
contact name from a CRM cannot add headers of its own.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from email import policy as email_policy
from email.headerregistry import Address, HeaderRegistry, UnstructuredHeader
from email.message import EmailMessage
from email.utils import format_datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from signals.model import utcnow

if TYPE_CHECKING:
    from agent.config import SenderConfig
    from agent.delivery.links import MessageLinks
    from agent.store.models import Contact, Draft

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_DOMAIN_OK = re.compile(r"[^A-Za-z0-9.-]+")
#: Characters a URI in List-Unsubscribe may keep as they are. Commas separate the URIs in the
#: header, so they are percent-encoded; so are spaces, "<", ">" and anything non-ASCII.
_URI_SAFE = ":/?#[]@!$&'()*+;=%~-._"


class _UriListHeader(UnstructuredHeader):
    """List-Unsubscribe: a comma-separated list of <URI>s that must reach the reader verbatim.

    The generic header folder turns a long unbreakable token (a long https URL) into RFC 2047
    encoded-words, which no mail client would recognise as a URI. This header folds only after
    the commas between URIs and never encodes.
    """

    max_count = 1

    def fold(self, *, policy: Any) -> str:
        uris = [part.strip() for part in str(self).split(",") if part.strip()]
        return f"{self.name}: " + ("," + policy.linesep + " ").join(uris) + policy.linesep


_registry = HeaderRegistry()
_registry.map_to_type("list-unsubscribe", _UriListHeader)

#: SMTP line endings, 78-column folding, and 7-bit clean output (a UTF-8 body goes out as
#: quoted-printable), so nothing depends on the server offering 8BITMIME.
POLICY = email_policy.SMTP.clone(cte_type="7bit", header_factory=_registry)


def clean_header_text(value: str | None) -> str:
    """One line of header text: CR, LF and other control characters become single spaces."""
    return " ".join(_CONTROL.sub(" ", value or "").split())


def _domain_of(email: str) -> str:
    domain = email.rpartition("@")[2]
    domain = _DOMAIN_OK.sub("", domain).strip(".-")
    return domain or "outrider.invalid"


def make_message_id(draft_id: int, sender_email: str) -> str:
    """A globally unique Message-ID: `<outrider.{draft_id}.{uuid4hex}@{sender domain}>`."""
    return f"<outrider.{int(draft_id)}.{uuid.uuid4().hex}@{_domain_of(sender_email)}>"


def _safe_uri(uri: str) -> str:
    return quote(clean_header_text(uri), safe=_URI_SAFE)


def unsubscribe_targets(sender: SenderConfig, links: MessageLinks | None = None) -> tuple[str, str | None]:
    """(mailto URI, https URI or None) for List-Unsubscribe and the footer.

    `sender.unsubscribe_url` may be a mailto: (it replaces the default, a mailto: to the sender)
    or an https: URL (added next to the mailto:). Anything else is ignored. With `links` (a
    `[server] public_url` is set) the https URI is Outrider's own one-click link for this message,
    which wins over a configured https page: only it unsubscribes on the RFC 8058 POST.
    """
    mailto = f"mailto:{sender.email}?subject=unsubscribe"
    https: str | None = None
    configured = clean_header_text(sender.unsubscribe_url)
    if configured:
        scheme = urlsplit(configured).scheme.lower()
        if scheme == "https":
            https = _safe_uri(configured)
        elif scheme == "mailto":
            mailto = _safe_uri(configured)
    if links is not None:
        https = _safe_uri(links.unsubscribe_url)
    return mailto, https


def footer_text(sender: SenderConfig, contact: Contact | None = None, links: MessageLinks | None = None) -> str:
    """The opt-out footer under the signature separator."""
    mailto, https = unsubscribe_targets(sender, links)
    who = clean_header_text(sender.company) or clean_header_text(sender.name)
    company = clean_header_text(contact.company) if contact is not None and contact.company else ""
    about = f"this could be relevant to you at {company}" if company else "this could be relevant to you"
    if https:
        how = f"Reply 'unsubscribe' or visit {https} to opt out."
    elif mailto != f"mailto:{sender.email}?subject=unsubscribe":
        how = f"Reply 'unsubscribe' or write to {mailto.removeprefix('mailto:').split('?')[0]} to opt out."
    else:
        how = "Reply 'unsubscribe' to opt out."
    lines = [f"You received this because {who} thought {about}. {how}"]
    postal = clean_header_text(sender.postal_address)
    if postal:
        lines.append(postal)
    return "\n".join(lines)


def _recipient(contact: Contact | None, to_email: str | None) -> Address:
    email = clean_header_text(to_email or (contact.email if contact is not None else "")).strip()
    if not email:
        raise ValueError("the draft has no recipient address")
    name = ""
    if contact is not None:
        name = clean_header_text(f"{contact.first_name} {contact.last_name}")
    local, at, domain = email.rpartition("@")
    if not at or not local or not domain or any(c in email for c in " <>,;\"()"):
        raise ValueError(f"the recipient address {email!r} is not a valid email address")
    try:
        return Address(display_name=name, addr_spec=email)
    except (ValueError, IndexError) as exc:
        raise ValueError(f"the recipient address {email!r} is not a valid email address ({exc})") from None


def build_message(
    *,
    draft: Draft,
    contact: Contact | None,
    sender: SenderConfig,
    message_id: str,
    to_email: str | None = None,
    date: datetime | None = None,
    links: MessageLinks | None = None,
) -> EmailMessage:
    """The message for one approved draft.

    `to_email` (the address the reviewer approved, kept on the outbox row) wins over
    `contact.email`; the contact gives the display name. `links` (the outbox row's signed links,
    see agent.delivery.links) puts the one-click unsubscribe URL in List-Unsubscribe and the
    footer and wraps links to content assets for click tracking. Raises ValueError when the
    recipient address cannot be used.
    """
    message = EmailMessage(policy=POLICY)
    message["From"] = clean_header_text(sender.from_)
    message["To"] = _recipient(contact, to_email)
    message["Subject"] = clean_header_text(draft.subject)
    message["Date"] = format_datetime(date or utcnow())
    message["Message-ID"] = clean_header_text(message_id)
    if sender.reply_to and clean_header_text(sender.reply_to):
        message["Reply-To"] = clean_header_text(sender.reply_to)

    mailto, https = unsubscribe_targets(sender, links)
    uris = [f"<{mailto}>"] + ([f"<{https}>"] if https else [])
    message["List-Unsubscribe"] = ", ".join(uris)
    # RFC 8058 one-click unsubscribe: a POST to the https URI. The RFC requires the
    # List-Unsubscribe header to carry an https URI for List-Unsubscribe-Post to be valid, so with
    # only a mailto: the header is left out (receivers would ignore or distrust it).
    if https:
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"

    body = (draft.body or "").replace("\r\n", "\n").replace("\r", "\n").rstrip()
    if links is not None:
        body = links.track_clicks(body)
    text = f"{body}\n\n--\n{footer_text(sender, contact, links)}\n"
    message.set_content(text, subtype="plain", charset="utf-8")
    return message
