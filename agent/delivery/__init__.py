"""Delivery: build each approved draft's message and hand it over exactly once (or say why not)."""

from agent.delivery.message import build_message, footer_text, make_message_id
from agent.delivery.sender import SendReport, recover_stuck, send_approved, transport_for
from agent.delivery.transports import DeliveryError, FileTransport, SmtpTransport, Transport

__all__ = [
    "DeliveryError",
    "FileTransport",
    "SendReport",
    "SmtpTransport",
    "Transport",
    "build_message",
    "footer_text",
    "make_message_id",
    "recover_stuck",
    "send_approved",
    "transport_for",
]
