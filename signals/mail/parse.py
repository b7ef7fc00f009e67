"""Untrusted e-mail bytes -> plain values: headers decoded, the readable text, Message-IDs,
addresses, and the fields of an RFC 3464 delivery report. Never raises on a bad message.

The stdlib parser with the compat32 policy records defects instead of raising; everything read
from it is decoded here defensively (unknown or wrong charsets, broken encoded-words, bad
base64), and every size is capped: the bytes read, the parts walked, their nesting, the text kept.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes
from email.header import Header, decode_header, make_header
from email.message import Message
from email.policy import compat32
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from signals.model import as_utc

#: Bytes of a message read at most (the inbox fetches no more than this either).
MAX_MESSAGE_BYTES = 1_000_000
#: MIME parts looked at, and how deep multiparts may nest.
MAX_PARTS = 200
MAX_DEPTH = 12
#: Characters of text kept from the body, and of one header.
MAX_TEXT_CHARS = 20_000
MAX_HEADER_CHARS = 2_000
MAX_IDS = 50

#: Multipart boundaries declared in one message (each may nest one level deeper).
MAX_BOUNDARIES = 100
_BOUNDARY_RE = re.compile(rb"boundary\s*=", re.IGNORECASE)
_MSGID_RE = re.compile(r"<[^<>\s\x00-\x1f\x7f]{1,250}>")
#: Control characters (NUL among them: PostgreSQL refuses it in text) never leave a header.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_STATUS_RE = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")


def _charset(name: str | None) -> str:
    """A codec that decodes bytes to text, else utf-8 (labels lie; some name no text codec)."""
    try:
        info = codecs.lookup((name or "utf-8").strip().strip('"').lower() or "utf-8")
    except (LookupError, ValueError, TypeError):
        return "utf-8"
    # rot13, base64_codec, zlib_codec...: not text encodings; bytes.decode refuses them.
    return info.name if getattr(info, "_is_text_encoding", True) else "utf-8"


def decode_bytes(data: bytes, charset: str | None) -> str:
    codec = _charset(charset)
    try:
        return data.decode(codec, errors="replace")
    except (LookupError, UnicodeError, ValueError, TypeError):
        return data.decode("utf-8", errors="replace")


def header_text(msg: Message, name: str) -> str:
    """A header as text: encoded-words decoded, folded lines joined, capped; "" when absent."""
    try:
        raw = msg.get(name)
    except Exception:  # a header that cannot even be read is as good as absent
        return ""
    if raw is None:
        return ""
    text = _CONTROL_RE.sub(" ", _decode_header_value(raw))
    text = re.sub(r"\s+", " ", text).strip()
    return text[:MAX_HEADER_CHARS]


def _decode_header_value(raw: object) -> str:
    try:
        parts = decode_header(raw if isinstance(raw, Header) else str(raw))
        out = []
        for chunk, charset in parts:
            out.append(decode_bytes(chunk, charset) if isinstance(chunk, bytes) else str(chunk))
        return "".join(out) if len(parts) > 1 else out[0] if out else ""
    except Exception:  # broken encoded-words: keep the raw text
        try:
            return str(make_header([(str(raw), None)]))
        except Exception:
            return str(raw).encode("utf-8", errors="replace").decode("utf-8", errors="replace")


def message_ids(value: str) -> list[str]:
    """"<a@b> <c@d>" -> ["<a@b>", "<c@d>"] (at most MAX_IDS, order kept, no repeats)."""
    seen: list[str] = []
    for found in _MSGID_RE.findall(value or ""):
        if found not in seen:
            seen.append(found)
        if len(seen) >= MAX_IDS:
            break
    return seen


def address(value: str) -> str | None:
    """The one e-mail address in a From-like header, lowercased, or None."""
    _name, addr = parseaddr(value or "")
    addr = addr.strip().lower()
    if addr.count("@") != 1 or any(c.isspace() or not c.isprintable() for c in addr) or len(addr) > 320:
        return None
    local, _, domain = addr.partition("@")
    if not local or "." not in domain:
        return None
    return addr


def display_name(value: str) -> str:
    name, _addr = parseaddr(value or "")
    return _CONTROL_RE.sub(" ", name).strip()[:200]


def addresses(value: str) -> list[str]:
    out = []
    for _name, addr in getaddresses([value or ""])[:MAX_IDS]:
        normal = address(addr)
        if normal and normal not in out:
            out.append(normal)
    return out


def sent_date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    try:
        return as_utc(parsed) if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    except (OverflowError, ValueError):
        return None


def parse_bytes(raw: bytes, max_bytes: int = MAX_MESSAGE_BYTES) -> tuple[Message, bool]:
    """(message, truncated). The parser records defects; it does not raise on bad MIME.

    It does recurse once per nested multipart, though: a message with thousands of nested
    boundaries would exhaust the stack. So the bytes are cut before the boundary parameter that
    would go past MAX_BOUNDARIES; what came before is still read.
    """
    data = bytes(raw[:max_bytes])
    truncated = len(raw) > max_bytes
    for count, found in enumerate(_BOUNDARY_RE.finditer(data), start=1):
        if count > MAX_BOUNDARIES:
            data = data[: data.rfind(b"\n", 0, found.start()) + 1]
            truncated = True
            break
    return message_from_bytes(data, policy=compat32), truncated


def walk(msg: Message) -> list[tuple[Message, int]]:
    """Every part with its depth, breadth first, within MAX_PARTS and MAX_DEPTH (no recursion)."""
    out: list[tuple[Message, int]] = []
    queue: list[tuple[Message, int]] = [(msg, 0)]
    while queue and len(out) < MAX_PARTS:
        part, depth = queue.pop(0)
        out.append((part, depth))
        if depth >= MAX_DEPTH:
            continue
        try:
            payload = part.get_payload()
        except Exception:
            continue
        if isinstance(payload, list):
            queue.extend((child, depth + 1) for child in payload[:MAX_PARTS] if isinstance(child, Message))
    return out


def content_type(part: Message) -> str:
    try:
        return (part.get_content_type() or "text/plain").lower()
    except Exception:
        return "application/octet-stream"


def part_bytes(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        return b""
    if isinstance(data, bytes):
        return data[:MAX_MESSAGE_BYTES]
    return b""


def part_text(part: Message) -> str:
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    return decode_bytes(part_bytes(part), charset)


def html_to_text(html: str) -> str:
    from bs4 import BeautifulSoup

    try:
        soup = BeautifulSoup(html[:MAX_MESSAGE_BYTES], "html.parser")
        for tag in soup(["script", "style", "head"]):
            tag.decompose()
        for br in soup.find_all(["br", "p", "div", "tr", "li", "blockquote"]):
            br.append("\n")
        return soup.get_text()
    except Exception:  # html.parser is lenient, but the text is untrusted
        return re.sub(r"<[^>]*>", " ", html)


def body_text(msg: Message) -> str:
    """The readable text: the first text/plain part, else the first text/html part as text.

    Attachments (a Content-Disposition of attachment) and the returned message inside a delivery
    report are not the sender's words and are skipped.
    """
    plain = html = None
    for part, _depth in walk(msg):
        ctype = content_type(part)
        if ctype in ("message/rfc822", "text/rfc822-headers", "message/delivery-status"):
            continue
        try:
            disposition = (part.get("Content-Disposition") or "").lower()
        except Exception:
            disposition = ""
        if "attachment" in disposition:
            continue
        if ctype == "text/plain" and plain is None:
            plain = part_text(part)
        elif ctype == "text/html" and html is None:
            html = part_text(part)
        if plain is not None:
            break
    text = plain if plain is not None else html_to_text(html) if html is not None else ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return text[:MAX_TEXT_CHARS]


# --------------------------------------------------------------------------- RFC 3464


@dataclass(frozen=True, slots=True)
class DeliveryStatus:
    """One recipient's block of a delivery report."""

    recipient: str | None
    action: str
    status: str
    diagnostic: str


@dataclass
class DeliveryReport:
    recipients: list[DeliveryStatus] = field(default_factory=list)
    #: The Message-ID of the message that could not be delivered (from the returned headers).
    original_message_id: str | None = None
    original_to: list[str] = field(default_factory=list)


def _fields(block: str) -> dict[str, str]:
    """"Name: value" lines (with folded continuations) -> {name lowercased: value}."""
    out: dict[str, str] = {}
    last: str | None = None
    for line in block.splitlines()[:200]:
        if line[:1] in (" ", "\t") and last:
            out[last] += " " + line.strip()
            continue
        name, sep, value = line.partition(":")
        if sep and name.strip() and " " not in name.strip():
            last = name.strip().lower()
            out.setdefault(last, value.strip()[:MAX_HEADER_CHARS])
    return out


def _status_blocks(part: Message) -> list[dict[str, str]]:
    """The field blocks of a message/delivery-status part, however the parser left them."""
    try:
        payload = part.get_payload()
    except Exception:
        return []
    blocks: list[dict[str, str]] = []
    if isinstance(payload, list):  # the stdlib splits the blocks into header-only messages
        for block in payload[:MAX_PARTS]:
            if isinstance(block, Message):
                try:
                    items = block.items()
                except Exception:
                    continue
                blocks.append(
                    {str(k).strip().lower(): re.sub(r"\s+", " ", _decode_header_value(v)).strip()[:MAX_HEADER_CHARS]
                     for k, v in items}
                )
    else:
        text = decode_bytes(part_bytes(part), None) if not isinstance(payload, str) else payload
        blocks.extend(_fields(chunk) for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n")))
    return [b for b in blocks if b]


def _typed_address(value: str) -> str | None:
    """"rfc822; dana@acme.io" -> "dana@acme.io"."""
    _kind, _, addr = (value or "").partition(";")
    return address((addr or value).strip().strip("<>"))


def delivery_report(msg: Message) -> DeliveryReport | None:
    """The RFC 3464 report in `msg`, or None when it is not a delivery report."""
    if content_type(msg) != "multipart/report":
        return None
    report = DeliveryReport()
    found = False
    for part, _depth in walk(msg):
        ctype = content_type(part)
        if ctype in ("message/delivery-status", "message/global-delivery-status"):
            found = True
            for block in _status_blocks(part):
                if "action" not in block and "status" not in block:
                    continue  # the per-message block (Reporting-MTA, Arrival-Date)
                recipient = _typed_address(block.get("final-recipient", "")) or _typed_address(
                    block.get("original-recipient", "")
                )
                status = _STATUS_RE.search(block.get("status", ""))
                report.recipients.append(
                    DeliveryStatus(
                        recipient=recipient,
                        action=block.get("action", "").strip().lower()[:40],
                        status=status.group(0) if status else "",
                        diagnostic=block.get("diagnostic-code", "")[:500],
                    )
                )
        elif ctype in ("message/rfc822", "text/rfc822-headers", "message/global", "message/global-headers"):
            original = returned_headers(part)
            if original is not None and report.original_message_id is None:
                ids = message_ids(header_text(original, "Message-ID"))
                report.original_message_id = ids[0] if ids else None
                report.original_to = addresses(header_text(original, "To"))
    return report if found else None


def returned_headers(part: Message) -> Message | None:
    try:
        payload = part.get_payload()
    except Exception:
        return None
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        return payload[0]  # message/rfc822: the parser nested the returned message
    raw = part_bytes(part) or (payload.encode("utf-8", "replace") if isinstance(payload, str) else b"")
    if not raw:
        return None
    return message_from_bytes(raw[:100_000], policy=compat32)


def status_codes(text: str) -> list[str]:
    """Enhanced status codes (RFC 3463) in free text: "5.1.1", "4.2.2"."""
    return [m.group(0) for m in _STATUS_RE.finditer(text or "")][:20]
