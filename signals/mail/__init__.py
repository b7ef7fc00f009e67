"""Incoming e-mail, classified: replies, unsubscribe requests, out-of-office notices, other
automatic replies and bounces. Pure: bytes in, a `Mail` out; untrusted input never raises."""

from signals.mail.classify import Bounce, Mail, MailKind, read_mail
from signals.mail.parse import MAX_MESSAGE_BYTES
from signals.mail.returns import return_date

__all__ = ["MAX_MESSAGE_BYTES", "Bounce", "Mail", "MailKind", "read_mail", "return_date"]
