"""Credentials never reach a log line, an error or the UI: the redaction every path shares (issue 8, finding 10)."""

from __future__ import annotations

import logging

import pytest

from drafting.base import DraftingFailed
from drafting.eval import load_cases
from drafting.llm import LLMDrafter
from drafting.produce import produce_draft
from signals.redact import RedactingFilter, redact, url_credential_problem
from tests.fakes.openai_server import FakeOpenAIServer, error_reply

CASE = next(c for c in load_cases() if c.id == "funding-series-b-vp-sales")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("HTTP Request: POST https://dana:hunter2pw@llm.example/v1/chat", "hunter2pw"),
        ("GET https://feeds.example/rss?token=tok-998877&page=2", "tok-998877"),
        ("GET https://h.example/a?x=1&API-Key=zz998877", "zz998877"),
        ("headers={'authorization': 'Bearer sk-abc123456789'}", "sk-abc123456789"),
        ("[(b'Authorization', b'Basic ZGFuYTpodW50ZXIy')]", "ZGFuYTpodW50ZXIy"),
        ("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig", "eyJhbGciOiJIUzI1NiJ9"),
        ("proxy-authorization=Basic cXdlcnR5dWlvcA==", "cXdlcnR5dWlvcA"),
        ("x-api-key: 0a1b2c3d4e5f", "0a1b2c3d4e5f"),
        ("Incorrect API key provided: sk-test-****cdef", "sk-test-****cdef"),
    ],
)
def test_credential_shapes_are_redacted(text: str, secret: str) -> None:
    cleaned = redact(text)
    assert secret not in cleaned and "[redacted]" in cleaned


def test_ordinary_text_is_left_alone() -> None:
    for text in ("GET https://feeds.example/rss?page=2 200", "the monkey=1 keyboard", "Basic plan", "mailto:a@b.example"):
        assert redact(text) == text


def test_url_credential_problems_are_named() -> None:
    assert url_credential_problem("https://u:p@h.example/") == "a user name or password before the host"
    assert url_credential_problem("https://h.example/?apikey=1") == "a `apikey` query parameter"
    assert url_credential_problem("https://h.example/feed?page=1") is None


def test_the_filter_redacts_arguments_and_tracebacks() -> None:
    record = logging.LogRecord("httpx", logging.INFO, __file__, 1, "HTTP Request: %s %s", ("POST", "https://u:pw123@h/v1"), None)
    try:
        raise ValueError("failed for https://u:pw123@h/v1")
    except ValueError as exc:
        record.exc_info = (type(exc), exc, exc.__traceback__)
    assert RedactingFilter().filter(record)
    assert "pw123" not in record.getMessage() and "pw123" not in (record.exc_text or "")
    assert record.exc_text and "ValueError" in record.exc_text


def test_base_url_credentials_never_reach_the_fallback_reason() -> None:
    """Credentials in base_url used to be echoed into fallback_reason, which the UI shows."""
    with FakeOpenAIServer() as server:
        url = server.base_url.replace("http://", "http://dana:hunter2pw@")
        server.script(error_reply(500, f"upstream {url} failed; auth was dana:hunter2pw", kind="server_error"))
        drafter = LLMDrafter(model="m", base_url=url, api_key=None, max_retries=0, sleep=lambda s: None)
        produced = produce_draft(CASE.context(), drafter)
    assert produced.fallback_reason is not None and "HTTP 500" in produced.fallback_reason
    assert "hunter2pw" not in produced.fallback_reason
    assert "hunter2pw" not in repr(drafter)

    closed = FakeOpenAIServer()
    url = closed.base_url.replace("http://", "http://dana:hunter2pw@")
    closed.close()
    with pytest.raises(DraftingFailed) as info:
        LLMDrafter(model="m", base_url=url, api_key=None, max_retries=0).draft(CASE.context())
    assert info.value.reason.startswith("could not connect to the model at http://127.0.0.1:")
    assert "hunter2pw" not in info.value.reason
