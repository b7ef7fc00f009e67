"""The owner's e-mail: a plain-text note (an MQL handoff, or a lead's reply) through the configured
transport (file or SMTP).

A transport failure that is definitely-not-sent is retried; one that may have gone out (the
connection broke after DATA) is never retried automatically.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from agent.config import SenderConfig
from agent.delivery.channels.base import ChannelError, Delivered, Note, cap
from agent.delivery.message import POLICY, clean_header_text
from agent.delivery.transports import DeliveryError, Transport

SUBJECT_CHARS = 150
#: The last line of each kind's e-mail: why the owner got it.
FOOTERS = {
    "mql_handoff": "Sent by Outrider: an MQL handoff to the lead's owner.",
    "reply": "Sent by Outrider: a lead you own replied to a message Outrider sent. Answer them "
             "yourself; Outrider sends them nothing more until someone enrols them again.",
}


def message_for(note: Note, *, to: str, sender: SenderConfig, now: datetime) -> EmailMessage:
    message = EmailMessage(policy=POLICY)
    message["From"] = clean_header_text(sender.from_)
    message["To"] = clean_header_text(to)
    message["Subject"] = clean_header_text(cap(note.headline, SUBJECT_CHARS))
    message["Date"] = format_datetime(now)
    domain = sender.email.rpartition("@")[2] or "outrider.invalid"
    message["Message-ID"] = make_msgid(idstring=f"alert-{note.alert_id}", domain=domain)
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no out-of-office replies to a robot
    message.set_content("\n".join(note.text_lines()) + f"\n\n-- \n{FOOTERS[note.kind]}\n")
    return message


class OwnerEmailChannel:
    name = "email"

    def __init__(self, transport: Transport, sender: SenderConfig) -> None:
        self.transport = transport
        self.sender = sender

    def deliver(self, note: Note, *, progress: str | None, now: datetime) -> Delivered:
        if not note.owner_email:
            raise ChannelError(
                f"{note.email} has no owner to e-mail: set owner_email on the contact or its account, "
                "or [alerts] fallback_owner, then retry",
                outcome="failed",
            )
        message = message_for(note, to=note.owner_email, sender=self.sender, now=now)
        try:
            self.transport.send(message)
        except DeliveryError as exc:
            if not exc.definitely_not_sent:
                raise ChannelError(exc.message, outcome="unknown", stop_channel=True) from None
            raise ChannelError(
                exc.message, outcome="failed" if exc.permanent else "retry", stop_channel=exc.stop_run
            ) from None
        return Delivered(external_ref=str(message["Message-ID"]))

    def close(self) -> None:
        pass
