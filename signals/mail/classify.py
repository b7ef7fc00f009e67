"""What an incoming e-mail is: a person's reply, an unsubscribe request, an out-of-office notice
(with the day its author is back), another automatic reply, or a bounce (hard, soft) or other
delivery notice. Bytes in, a `Mail` out; pure, and never raises on a bad message.

Recognised: RFC 3834 `Auto-Submitted`, `X-Autoreply`, `X-Autorespond`, `Precedence`; RFC 3464
delivery reports (`multipart/report; report-type=delivery-status`) and the plain-text bounces of
mail servers that do not send them; subjects and phrases in English, German, French and Spanish.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from signals.mail import parse
from signals.mail.returns import normalise, return_date


class MailKind(StrEnum):
    REPLY = "reply"
    UNSUBSCRIBE = "unsubscribe"
    OUT_OF_OFFICE = "out_of_office"
    AUTO_REPLY = "auto_reply"
    BOUNCE_HARD = "bounce_hard"
    BOUNCE_SOFT = "bounce_soft"
    #: A delay warning, a delivery confirmation, a bounce without a status: recorded, not acted on.
    DELIVERY_NOTICE = "delivery_notice"
    #: The bytes could not be read as a message at all.
    UNREADABLE = "unreadable"


@dataclass(frozen=True, slots=True)
class Bounce:
    #: "5.1.1" / "4.2.2" (RFC 3463), "" when none was given.
    status: str
    action: str
    diagnostic: str
    recipients: tuple[str, ...]
    #: The Message-ID of the message that bounced, when the report returned its headers.
    original_message_id: str | None


@dataclass
class Mail:
    kind: MailKind
    #: Why it was classified so, for a person ("Auto-Submitted: auto-replied; subject 'Abwesenheitsnotiz'").
    reason: str
    message_id: str | None = None
    in_reply_to: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    from_email: str | None = None
    from_name: str = ""
    to: list[str] = field(default_factory=list)
    subject: str = ""
    sent_at: datetime | None = None
    #: The author's own words: quoted text and signatures cut off.
    fresh_text: str = ""
    snippet: str = ""
    #: Out of office: the first day the author is back, when the notice says.
    back_on: date | None = None
    bounce: Bounce | None = None
    truncated: bool = False
    defects: int = 0

    @property
    def refs(self) -> list[str]:
        """Message-IDs that may be ours: In-Reply-To first, then References, then a bounce's original."""
        ids = [*self.in_reply_to, *reversed(self.references)]
        if self.bounce and self.bounce.original_message_id:
            ids.insert(0, self.bounce.original_message_id)
        return list(dict.fromkeys(ids))


# --------------------------------------------------------------------------- patterns
# They run on normalised text: lowercase, accents removed ("Réponse" -> "reponse").

_OOO_SUBJECT = re.compile(
    r"\b(?:out of (?:the )?office|ooo|automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|"
    r"away from (?:the |my )?(?:office|desk)|on (?:vacation|holiday|annual leave|parental leave|leave)|"
    r"abwesenheit(?:snotiz)?|abwesend|automatische antwort|nicht im buro|urlaub|"
    r"absence du bureau|absente?|reponse automatique|en conge|en vacances|"
    r"fuera de la oficina|respuesta automatica|ausente|de vacaciones)\b"
)
_OOO_BODY = re.compile(
    r"\b(?:out of (?:the )?office|i am (?:currently )?(?:away|out|on (?:vacation|holiday|leave))|"
    r"i'?m (?:currently )?(?:away|out of|on (?:vacation|holiday|leave))|limited access to (?:my )?e-?mail|"
    r"nicht im buro|abwesend|im urlaub|keinen zugriff auf (?:meine )?e-?mails|"
    r"absente? du bureau|je suis (?:actuellement )?absente?|en conge|en vacances|"
    r"fuera de la oficina|estoy (?:de vacaciones|fuera|ausente)|de vacaciones)\b"
)
_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|fw|fwd|wg|tr|rv|sv)\s*:", re.IGNORECASE)
_UNSUBSCRIBE = re.compile(
    r"\b(?:unsubscribe|remove me|take me off|opt[- ]?out|"
    r"stop (?:e-?mailing|emailing|writing|contacting|sending)|"
    r"(?:do not|don'?t) (?:contact|e-?mail|email|write to) me|"
    r"abmelden|abbestellen|austragen|keine (?:weiteren )?(?:e-?mails|nachrichten)|"
    r"desabonner|desinscrire|desinscription|desabonnement|ne plus recevoir|"
    r"darse de baja|darme de baja|dar de baja|de baja|no me (?:escriba|envie|contacte)n?)\b"
)
_ONE_WORD_STOP = {"stop", "stopp", "baja", "unsubscribe", "remove", "abmelden", "desabonner", "desinscrire"}
#: An unsubscribe phrase counts only in a short reply (a long one is a conversation).
SHORT_REPLY_WORDS = 40
_BOUNCE_SENDER = re.compile(r"^(?:mailer-daemon|mail-daemon|postmaster|mailerdaemon)@", re.IGNORECASE)
_BOUNCE_SUBJECT = re.compile(
    r"\b(?:undeliver(?:ed|able)|delivery status notification|delivery (?:has )?failed|mail delivery failed|"
    r"returned mail|failure notice|delivery failure|unzustellbar|nicht zustellbar|non remis|"
    r"echec de (?:la )?remise|no se puede entregar|no entregado)\b"
)
_DELAY_WORDS = re.compile(r"\b(?:delayed|delay|verzogert|retarde|retrasad[oa])\b")
_QUOTE_START = re.compile(
    r"^(?:>|-{2,}\s*(?:original message|ursprungliche nachricht|message d'origine|mensaje original)|"
    r"_{10,}|(?:from|von|de|envoye|gesendet|sent|enviado)\s?:\s.*|-- ?$)",
)
_WROTE = re.compile(r"(?:\bwrote|\bschrieb|a ecrit|\bescribio)\s*:?\s*$")


def fresh_text(text: str) -> str:
    """The author's own lines: everything before the quoted message or the signature."""
    kept: list[str] = []
    for line in text.splitlines()[:2000]:
        plain = normalise(line).strip()
        if _QUOTE_START.match(plain) or (plain.startswith(("on ", "am ", "le ", "el ")) and _WROTE.search(plain)):
            break
        kept.append(line.rstrip())
    return "\n".join(kept).strip()


def _snippet(text: str, lines: int = 5, chars: int = 500) -> str:
    nonempty = [line.strip() for line in text.splitlines() if line.strip()]
    return "\n".join(nonempty[:lines])[:chars]


def _auto_headers(msg: parse.Message) -> list[str]:
    """The RFC 3834 and de-facto headers that say a machine wrote this message."""
    found = []
    auto = parse.header_text(msg, "Auto-Submitted").lower()
    if auto and auto.split(";")[0].strip() != "no":
        found.append(f"Auto-Submitted: {auto.split(';')[0].strip()}")
    for name in ("X-Autoreply", "X-Autorespond", "X-Autogenerated"):
        value = parse.header_text(msg, name)
        if value and value.lower() not in ("no", "false", "0"):
            found.append(f"{name}: {value[:30]}")
    precedence = parse.header_text(msg, "Precedence").lower()
    if precedence in ("auto_reply", "bulk", "junk", "list"):
        found.append(f"Precedence: {precedence}")
    return found


def _bounce_of(report: parse.DeliveryReport) -> tuple[MailKind, Bounce, str]:
    failed = [r for r in report.recipients if r.action in ("failed", "")]
    hard = [r for r in failed if r.status.startswith("5")]
    soft = [r for r in failed if r.status.startswith("4")]
    if hard:
        chosen, kind, why = hard[0], MailKind.BOUNCE_HARD, "delivery report: failed permanently"
    elif soft:
        # A 4.x.x status on a *failed* action: the server gave up for now. Not delivered.
        chosen, kind, why = soft[0], MailKind.BOUNCE_SOFT, "delivery report: failed for now"
    elif failed:
        codes = parse.status_codes(failed[0].diagnostic)
        chosen = failed[0]
        kind = MailKind.BOUNCE_SOFT if codes and codes[0].startswith("4") else MailKind.BOUNCE_HARD
        why = "delivery report: failed (no status; read from the diagnostic)"
    else:
        # delayed: the server still tries, so it may yet arrive; delivered/relayed/expanded: fine.
        chosen = report.recipients[0] if report.recipients else parse.DeliveryStatus(None, "", "", "")
        kind, why = MailKind.DELIVERY_NOTICE, f"delivery report: {chosen.action or 'no action'}"
    recipients = tuple(r.recipient for r in (hard or soft or failed or report.recipients) if r.recipient)
    if not recipients:
        recipients = tuple(report.original_to)
    bounce = Bounce(
        status=chosen.status,
        action=chosen.action,
        diagnostic=chosen.diagnostic,
        recipients=recipients,
        original_message_id=report.original_message_id,
    )
    return kind, bounce, why + (f" ({chosen.status})" if chosen.status else "")


def _plain_bounce(msg: parse.Message, sender: str, subject: str, text: str) -> tuple[MailKind, Bounce, str] | None:
    """A bounce written as prose (qmail, Exim, some Exchange setups): no report part."""
    if not (_BOUNCE_SENDER.match(sender or "") or _BOUNCE_SUBJECT.search(normalise(subject))):
        return None
    returned = parse.DeliveryReport()
    for part, _depth in parse.walk(msg):
        if parse.content_type(part) in ("message/rfc822", "text/rfc822-headers"):
            original = parse.returned_headers(part)
            if original is not None:
                ids = parse.message_ids(parse.header_text(original, "Message-ID"))
                returned.original_message_id = ids[0] if ids else None
                returned.original_to = parse.addresses(parse.header_text(original, "To"))
                break
    codes = parse.status_codes(text)
    mentioned = [a for a in re.findall(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", text[:5000]) if a.lower() != sender]
    recipients = tuple(dict.fromkeys([*returned.original_to, *(a.lower() for a in mentioned)]))[:5]
    if codes and not _DELAY_WORDS.search(normalise(subject)):
        kind = MailKind.BOUNCE_HARD if codes[0].startswith("5") else MailKind.BOUNCE_SOFT
        why = f"bounce notice from a mail server ({codes[0]})"
    else:
        kind, why = MailKind.DELIVERY_NOTICE, "delivery notice from a mail server (no status code; not acted on)"
    bounce = Bounce(
        status=codes[0] if codes else "",
        action="failed" if kind != MailKind.DELIVERY_NOTICE else "",
        diagnostic=_snippet(text, lines=3, chars=300),
        recipients=recipients,
        original_message_id=returned.original_message_id,
    )
    return kind, bounce, why


def _is_unsubscribe(subject: str, text: str) -> str | None:
    subject_plain = re.sub(r"[^\w\s'-]", " ", normalise(_REPLY_PREFIX.sub("", subject))).strip()
    if subject_plain in _ONE_WORD_STOP or _UNSUBSCRIBE.fullmatch(subject_plain or "-"):
        return f"subject {subject!r}"
    body = normalise(text)
    words = re.findall(r"[\w'-]+", body)
    if not words or len(words) > SHORT_REPLY_WORDS:
        return None
    if " ".join(words) in _ONE_WORD_STOP:
        return f"a short reply: {text.strip()[:40]!r}"
    found = _UNSUBSCRIBE.search(body)
    return f"a short reply asking to {found.group(0)!r}" if found else None


def read_mail(raw: bytes, *, received: datetime | None = None, max_bytes: int = parse.MAX_MESSAGE_BYTES) -> Mail:
    """Classify one message. `received` dates a message whose Date header is missing or broken."""
    try:
        return _read(raw, received=received, max_bytes=max_bytes)
    except Exception as exc:  # a last guard: one message must never stop a poll
        return Mail(kind=MailKind.UNREADABLE, reason=f"could not be read ({type(exc).__name__})")


def _read(raw: bytes, *, received: datetime | None, max_bytes: int) -> Mail:
    msg, truncated = parse.parse_bytes(raw, max_bytes)
    subject = parse.header_text(msg, "Subject")
    sender = parse.header_text(msg, "From")
    ids = parse.message_ids(parse.header_text(msg, "Message-ID"))
    mail = Mail(
        kind=MailKind.REPLY,
        reason="",
        message_id=ids[0] if ids else None,
        in_reply_to=parse.message_ids(parse.header_text(msg, "In-Reply-To")),
        references=parse.message_ids(parse.header_text(msg, "References")),
        from_email=parse.address(sender),
        from_name=parse.display_name(sender),
        to=parse.addresses(parse.header_text(msg, "To")),
        subject=subject,
        sent_at=parse.sent_date(parse.header_text(msg, "Date")) or received,
        truncated=truncated,
        defects=len(getattr(msg, "defects", []) or []),
    )
    text = parse.body_text(msg)
    mail.fresh_text = fresh_text(text)[: parse.MAX_TEXT_CHARS]
    mail.snippet = _snippet(mail.fresh_text or text)

    report = parse.delivery_report(msg)
    bounced = _bounce_of(report) if report is not None else _plain_bounce(msg, mail.from_email or "", subject, text)
    if bounced is not None:
        mail.kind, mail.bounce, mail.reason = bounced
        return mail

    auto = _auto_headers(msg)
    subject_plain = normalise(subject)
    ooo_subject = bool(_OOO_SUBJECT.search(subject_plain)) and not _REPLY_PREFIX.match(subject)
    ooo_body = bool(_OOO_BODY.search(normalise(mail.fresh_text[:3000])))
    if ooo_subject or (auto and ooo_body):
        mail.kind = MailKind.OUT_OF_OFFICE
        clues = [*auto, f"subject {subject[:60]!r}" if ooo_subject else "an out-of-office phrase in the text"]
        mail.reason = "; ".join(clues)
        sent = (mail.sent_at or received).date() if (mail.sent_at or received) else None
        if sent is not None:
            mail.back_on = return_date(f"{subject}\n{mail.fresh_text[:3000]}", sent=sent)
        return mail
    if auto:
        mail.kind, mail.reason = MailKind.AUTO_REPLY, "; ".join(auto)
        return mail
    unsubscribe = _is_unsubscribe(subject, mail.fresh_text)
    if unsubscribe:
        mail.kind, mail.reason = MailKind.UNSUBSCRIBE, f"asks to unsubscribe: {unsubscribe}"
        return mail
    mail.reason = "written by a person"
    return mail
