"""The inbox classifier (signals.mail): bytes in, what the message is out.

The messages below are written the way real clients and servers write them: Gmail and Outlook
replies with quoted history, Exchange and Gmail out-of-office notices, Postfix RFC 3464 reports,
a qmail prose bounce, a List-Unsubscribe mailto. Then hypothesis feeds it junk: malformed MIME,
wrong and unknown charsets, huge and deeply nested parts, binary noise, missing headers.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from signals.mail import MailKind, read_mail, return_date
from signals.mail.parse import MAX_HEADER_CHARS, MAX_IDS, MAX_TEXT_CHARS

OURS = "<outrider.7.5f0c2a9e41b84d7c9a3b2d1e0f6a7b8c@example.com>"


def crlf(text: str) -> bytes:
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


GMAIL_REPLY = crlf(f"""\
MIME-Version: 1.0
Date: Wed, 3 Dec 2025 09:12:44 +0100
References: {OURS}
In-Reply-To: {OURS}
Message-ID: <CAB4x=Yq9w1Zt@mail.gmail.com>
Subject: Re: Congrats on the Series B
From: =?UTF-8?Q?Zo=C3=AB_Doe?= <zoe@acme.io>
To: Dana Rep <dana@example.com>
Content-Type: multipart/alternative; boundary="000000000000a1b2c3"

--000000000000a1b2c3
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hi Dana,

Thanks =E2=80=94 happy to talk next week. Tuesday afternoon works.

Zo=C3=AB

On Tue, Dec 2, 2025 at 10:00 AM Dana Rep <dana@example.com> wrote:
> Saw the Series B news. Please unsubscribe me if this is not relevant.
> Dana

--000000000000a1b2c3
Content-Type: text/html; charset="UTF-8"

<div>Hi Dana,</div><div>Thanks =E2=80=94 happy to talk next week.</div>

--000000000000a1b2c3--
""")

EXCHANGE_OOO_DE = crlf(f"""\
From: Max Mustermann <max@kunde.de>
To: Dana Rep <dana@example.com>
Subject: Automatische Antwort: Congrats on the Series B
Date: Mon, 05 Jan 2026 08:01:12 +0000
Message-ID: <a1b2c3d4@EX01.kunde.de>
In-Reply-To: {OURS}
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: max@kunde.de
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><body><p>Vielen Dank f=FCr Ihre Nachricht.</p>
<p>Ich bin bis einschlie=DFlich 16.01.2026 nicht im B=FCro. Ab dem 19. Januar bin ich wieder erreichbar.</p>
<p>In dringenden F=E4llen wenden Sie sich an kollegin@kunde.de.</p></body></html>
""")

GMAIL_VACATION_EN = crlf("""\
From: Sam Lee <sam@bigco.com>
To: dana@example.com
Subject: Thanks for your note
Date: Fri, 19 Dec 2025 17:30:00 -0500
Message-ID: <vacation.1@bigco.com>
Auto-Submitted: auto-replied
Precedence: bulk
Content-Type: text/plain; charset=us-ascii

I'm currently out of the office with limited access to email and will be back on Monday, January 5.
""")

FRENCH_OOO = crlf("""\
From: Claire Martin <claire@societe.fr>
To: dana@example.com
Subject: =?utf-8?q?R=C3=A9ponse_automatique=C2=A0=3A_Congrats?=
Date: Tue, 10 Feb 2026 09:00:00 +0100
Message-ID: <fr.1@societe.fr>
X-Autoreply: yes
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour, je suis absente du bureau jusqu'au vendredi 20 février inclus.
""")

SPANISH_OOO = crlf("""\
From: Lucia Garcia <lucia@empresa.es>
To: dana@example.com
Subject: Fuera de la oficina
Date: Mon, 03 Aug 2026 10:00:00 +0200
Message-ID: <es.1@empresa.es>
X-Autorespond: Fuera de la oficina
Content-Type: text/plain; charset=windows-1252
Content-Transfer-Encoding: 8bit

Estar\xe9 de vacaciones del 3 al 21 de agosto. Regreso el lunes 24 de agosto.
""".replace("\xe9", "é"))

TICKET_AUTOREPLY = crlf("""\
From: Support <support@vendor.io>
To: dana@example.com
Subject: [Ticket #4711] We received your request
Message-ID: <t4711@vendor.io>
Auto-Submitted: auto-replied
Content-Type: text/plain

Thank you for contacting support. A member of our team will respond shortly.
""")


def dsn(action: str, status: str, recipient: str, original_id: str = OURS, *, returned: str = "text/rfc822-headers") -> bytes:
    returned_part = (
        f"Content-Type: {returned}\n\nFrom: Dana Rep <dana@example.com>\nTo: {recipient}\n"
        f"Subject: Congrats on the Series B\nMessage-ID: {original_id}\n\n"
    )
    if returned == "message/rfc822":
        returned_part += "Hi,\n\nSaw the Series B news.\n"
    return crlf(f"""\
From: MAILER-DAEMON@mail.example.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: dana@example.com
Auto-Submitted: auto-replied
Message-ID: <20251203091500.4A1B2@mail.example.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="4A1B2.1764753300/mail.example.com"

This is a MIME-encapsulated message.

--4A1B2.1764753300/mail.example.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

--4A1B2.1764753300/mail.example.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.com
X-Postfix-Queue-ID: 4A1B2
Arrival-Date: Wed,  3 Dec 2025 09:14:58 +0000 (UTC)

Final-Recipient: rfc822; {recipient}
Original-Recipient: rfc822;{recipient}
Action: {action}
Status: {status}
Remote-MTA: dns; mx.acme.io
Diagnostic-Code: smtp; 550 {status} <{recipient}>: Recipient address rejected:
    User unknown in virtual mailbox table

--4A1B2.1764753300/mail.example.com
Content-Description: Undelivered Message
{returned_part}
--4A1B2.1764753300/mail.example.com--
""")


QMAIL_BOUNCE = crlf(f"""\
From: MAILER-DAEMON@mx.old-isp.net
To: dana@example.com
Subject: failure notice
Message-ID: <q1@mx.old-isp.net>

Hi. This is the qmail-send program at mx.old-isp.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<gone@old-isp.net>:
Remote host said: 550 5.1.1 user unknown

--- Below this line is a copy of the message.

Message-ID: {OURS}
""")


def reply(body: str, subject: str = "Re: Congrats on the Series B", *, extra: str = "") -> bytes:
    return crlf(
        f"From: Zoe Doe <zoe@acme.io>\nTo: dana@example.com\nSubject: {subject}\nIn-Reply-To: {OURS}\n"
        f"Message-ID: <r.{abs(hash(body + subject))}@acme.io>\nDate: Wed, 3 Dec 2025 09:12:44 +0100\n{extra}"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}"
    )


# --------------------------------------------------------------------------- what each message is


def test_a_person_replying_is_a_reply_with_its_own_words_only() -> None:
    mail = read_mail(GMAIL_REPLY)
    assert mail.kind == MailKind.REPLY and mail.reason == "written by a person"
    assert mail.in_reply_to == [OURS] and mail.refs == [OURS]
    assert mail.from_email == "zoe@acme.io" and mail.from_name == "Zoë Doe"
    assert mail.message_id == "<CAB4x=Yq9w1Zt@mail.gmail.com>"
    assert mail.sent_at == datetime(2025, 12, 3, 8, 12, 44, tzinfo=UTC)
    # The quoted "Please unsubscribe me" is ours, not theirs: cut off, and not an unsubscribe.
    assert "unsubscribe" not in mail.fresh_text and "Tuesday afternoon works." in mail.fresh_text
    assert mail.snippet.splitlines()[:2] == ["Hi Dana,", "Thanks — happy to talk next week. Tuesday afternoon works."]


@pytest.mark.parametrize(
    ("raw", "back_on", "clue"),
    [
        (EXCHANGE_OOO_DE, date(2026, 1, 19), "Auto-Submitted: auto-generated"),
        (GMAIL_VACATION_EN, date(2026, 1, 5), "an out-of-office phrase"),
        (FRENCH_OOO, date(2026, 2, 21), "X-Autoreply: yes"),
        (SPANISH_OOO, date(2026, 8, 24), "X-Autorespond"),
    ],
    ids=["exchange-de", "gmail-en", "fr", "es"],
)
def test_out_of_office_notices_and_their_return_dates(raw: bytes, back_on: date, clue: str) -> None:
    mail = read_mail(raw)
    assert mail.kind == MailKind.OUT_OF_OFFICE, mail.reason
    assert clue in mail.reason
    assert mail.back_on == back_on


def test_other_automatic_replies_are_not_people() -> None:
    mail = read_mail(TICKET_AUTOREPLY)
    assert mail.kind == MailKind.AUTO_REPLY and mail.reason == "Auto-Submitted: auto-replied"
    newsletter = read_mail(reply("Our December product news", subject="News", extra="Precedence: list\n"))
    assert newsletter.kind == MailKind.AUTO_REPLY


def test_a_reply_about_an_out_of_office_policy_is_still_a_reply() -> None:
    mail = read_mail(reply("Sure, our out of office policy is attached.", subject="Re: Out of office policy"))
    assert mail.kind == MailKind.REPLY


@pytest.mark.parametrize(
    ("action", "status", "kind"),
    [
        ("failed", "5.1.1", MailKind.BOUNCE_HARD),
        ("failed", "4.2.2", MailKind.BOUNCE_SOFT),
        ("delayed", "4.4.7", MailKind.DELIVERY_NOTICE),
        ("delivered", "2.0.0", MailKind.DELIVERY_NOTICE),
    ],
)
def test_rfc_3464_reports(action: str, status: str, kind: MailKind) -> None:
    mail = read_mail(dsn(action, status, "nobody@acme.io"))
    assert mail.kind == kind, mail.reason
    assert mail.bounce is not None
    assert (mail.bounce.status, mail.bounce.action) == (status, action)
    assert mail.bounce.recipients == ("nobody@acme.io",)
    assert mail.bounce.original_message_id == OURS and mail.refs[0] == OURS
    assert "Recipient address rejected: User unknown in virtual mailbox table" in mail.bounce.diagnostic


def test_the_returned_message_may_be_whole() -> None:
    mail = read_mail(dsn("failed", "5.7.1", "x@acme.io", returned="message/rfc822"))
    assert mail.kind == MailKind.BOUNCE_HARD and mail.bounce and mail.bounce.original_message_id == OURS


def test_a_prose_bounce_without_a_report() -> None:
    mail = read_mail(QMAIL_BOUNCE)
    assert mail.kind == MailKind.BOUNCE_HARD and mail.bounce is not None
    assert mail.bounce.status == "5.1.1" and "gone@old-isp.net" in mail.bounce.recipients
    vague = read_mail(crlf("From: postmaster@x.org\nSubject: Returned mail\n\nSomething went wrong.\n"))
    assert vague.kind == MailKind.DELIVERY_NOTICE  # no status: never suppress on a guess


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("Please remove me from your list.\n\nOn Tue, Dec 2 Dana wrote:\n> Hi", "Re: Congrats"),
        ("STOP", "Re: Congrats"),
        ("Bitte abmelden.", "AW: Congrats"),
        ("Merci de me désabonner.", "RE: Congrats"),
        ("Quiero darme de baja, gracias.", "RE: Congrats"),
        ("", "unsubscribe"),  # what our List-Unsubscribe mailto: sends
        ("Stop emailing me.", "Re: Congrats"),
    ],
)
def test_unsubscribe_requests(body: str, subject: str) -> None:
    mail = read_mail(reply(body, subject=subject))
    assert mail.kind == MailKind.UNSUBSCRIBE, mail.reason


def test_a_long_conversation_that_mentions_stopping_is_a_reply() -> None:
    body = (
        "Hi Dana, we had to stop the evaluation last quarter because of budget, but the new round changes that. "
        "Could you send the pricing for forty seats and the onboarding plan? If the numbers work we would like to "
        "start in February. I can unsubscribe our old vendor then."
    )
    assert read_mail(reply(body)).kind == MailKind.REPLY


@pytest.mark.parametrize(
    ("text", "sent", "back"),
    [
        ("I am out of the office until 12 January 2026.", date(2026, 1, 8), date(2026, 1, 13)),
        ("Back on Monday, 12 January.", date(2026, 1, 8), date(2026, 1, 12)),
        ("Returning 1/12.", date(2026, 1, 8), date(2026, 1, 12)),
        ("I'm away from 3 to 9 January.", date(2026, 1, 2), date(2026, 1, 10)),
        ("Ich bin bis zum 09.01.2026 im Urlaub.", date(2026, 1, 2), date(2026, 1, 10)),
        ("Ab dem 12. Januar bin ich wieder da.", date(2026, 1, 2), date(2026, 1, 12)),
        ("Abwesend vom 3. bis 9. Jänner.", date(2026, 1, 2), date(2026, 1, 10)),
        ("De retour le lundi 12 janvier.", date(2026, 1, 8), date(2026, 1, 12)),
        ("Absente du 3 au 9 janvier.", date(2026, 1, 2), date(2026, 1, 10)),
        ("Estaré fuera hasta el 9 de enero de 2026.", date(2026, 1, 2), date(2026, 1, 10)),
        ("Vuelvo el 12/01.", date(2026, 1, 8), date(2026, 1, 12)),
        ("Out until 3 January.", date(2025, 12, 22), date(2026, 1, 4)),  # across the new year
        ("Out until Friday.", date(2026, 1, 7), date(2026, 1, 10)),  # Wednesday -> away through Friday
        ("Back 2026-01-12.", date(2026, 1, 8), date(2026, 1, 12)),
    ],
)
def test_return_dates_in_four_languages(text: str, sent: date, back: date) -> None:
    assert return_date(text, sent=sent) == back


@pytest.mark.parametrize(
    "text",
    [
        "Out of office. Call me between 12.30 Uhr and 17.00 Uhr.",  # times are not dates
        "I am out of the office. Our offices: 12 Main Street.",  # no trigger word
        "Back on 12 January 2019.",  # in the past
        "Out until 12 January 2031.",  # beyond any plausible absence
        "Out of office.",
    ],
)
def test_no_return_date_is_invented(text: str) -> None:
    assert return_date(text, sent=date(2026, 1, 8)) is None


# --------------------------------------------------------------------------- junk never breaks it


def _caps_hold(mail) -> None:  # noqa: ANN001
    assert isinstance(mail.kind, MailKind)
    assert mail.kind != MailKind.UNREADABLE, mail.reason  # the parser itself coped; the guard was not needed
    assert len(mail.fresh_text) <= MAX_TEXT_CHARS
    assert len(mail.subject) <= MAX_HEADER_CHARS
    assert len(mail.snippet) <= 500
    assert len(mail.in_reply_to) <= MAX_IDS and len(mail.references) <= MAX_IDS
    assert mail.from_email is None or mail.from_email.count("@") == 1
    # NUL (PostgreSQL refuses it in text) and other control characters never reach what is stored.
    headers = [mail.subject, mail.message_id or "", mail.from_email or "", *mail.refs]
    assert not any(c in value for value in headers for c in ("\x00", "\x01", "\x7f")), headers
    assert "\x00" not in mail.snippet + mail.fresh_text + mail.reason


FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(st.binary(max_size=4000))
def test_binary_noise(raw: bytes) -> None:
    _caps_hold(read_mail(raw))


HEADER_NAMES = st.sampled_from(
    ["From", "To", "Subject", "Message-ID", "In-Reply-To", "References", "Date", "Auto-Submitted", "X-Autoreply",
     "Precedence", "Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "MIME-Version"]
)
HEADER_VALUES = st.one_of(
    st.text(max_size=200),
    st.sampled_from([
        "=?utf-8?q?R=C3=A9ponse_automatique?=", "=?bogus-charset?b?////?=", "=?utf-8?b?not base64!?=",
        "=?x-unknown?q?=FF=FE?=", "<a@b> <c@d", "multipart/report; report-type=delivery-status",
        "multipart/mixed", "text/plain; charset=rot13", "text/plain; charset=\"utf-99\"", "text/html; charset=x-mac-klingon",
        "base64", "quoted-printable", "auto-replied", "Wed, 32 Dec 99999 25:61:61 +9999", "\udcff\udcfe",
    ]),
)
BODIES = st.one_of(
    st.text(max_size=2000),
    st.binary(max_size=2000).map(lambda b: b.decode("latin-1")),
    st.sampled_from(["====", "=\r\n=\r\n", "--\r\n--", "Action: failed\r\nStatus: 5.1.1\r\n", "\x00" * 50]),
)


@st.composite
def messages(draw: st.DrawFn) -> bytes:
    lines = []
    for _ in range(draw(st.integers(0, 12))):
        value = draw(HEADER_VALUES).replace("\r", " ").replace("\n", " ")
        lines.append(f"{draw(HEADER_NAMES)}: {value}")
    boundary = draw(st.sampled_from(["b", "", "a b", "x" * 80]))
    if draw(st.booleans()):
        ctype = draw(st.sampled_from(["multipart/mixed", "multipart/report; report-type=delivery-status",
                                      "multipart/alternative"]))
        lines.append(f'Content-Type: {ctype}; boundary="{boundary}"')
        body = ""
        for _ in range(draw(st.integers(0, 5))):
            part_type = draw(st.sampled_from(["text/plain; charset=utf-8", "text/html; charset=klingon",
                                              "message/delivery-status", "message/rfc822", "text/rfc822-headers",
                                              "application/octet-stream", f'multipart/mixed; boundary="{boundary}"']))
            encoding = draw(st.sampled_from(["7bit", "base64", "quoted-printable", "x-uuencode", "8bit"]))
            body += f"--{boundary}\r\nContent-Type: {part_type}\r\nContent-Transfer-Encoding: {encoding}\r\n\r\n"
            body += draw(BODIES) + "\r\n"
        if draw(st.booleans()):
            body += f"--{boundary}--\r\n"
    else:
        body = draw(BODIES)
    text = "\r\n".join(lines) + "\r\n\r\n" + body
    return text.encode("utf-8", errors="surrogateescape")


@FUZZ
@given(messages())
def test_malformed_mime_wrong_charsets_missing_headers(raw: bytes) -> None:
    _caps_hold(read_mail(raw))


@pytest.mark.parametrize("size", [3_000_000, 20_000_000])
def test_huge_parts_are_cut_not_read(size: int) -> None:
    raw = GMAIL_REPLY.replace(b"Tuesday afternoon works.", b"Tuesday afternoon works. " + b"word " * (size // 5))
    mail = read_mail(raw)
    assert mail.truncated and mail.kind == MailKind.REPLY
    _caps_hold(mail)


def test_thousands_of_nested_parts_do_not_exhaust_the_stack() -> None:
    raw = b"From: a@b.io\r\nSubject: hi\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n"
    raw += b"".join(b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i - 1, i) for i in range(1, 20_000))
    mail = read_mail(raw)
    assert mail.truncated
    _caps_hold(mail)


def test_a_message_with_nothing_in_it() -> None:
    mail = read_mail(b"")
    _caps_hold(mail)
    assert mail.from_email is None and mail.refs == []
