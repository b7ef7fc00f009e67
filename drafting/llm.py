"""The `llm` draft provider: LangChain's ChatOpenAI against any OpenAI-compatible server.

The model gets the versioned prompt for the signal's kind and funnel stage (`drafting.prompts`)
and must answer through structured output into `OutreachEmail` (subject, body, call to action,
evidence ids, personalisation notes). Guardrails are not this module's job: `produce_draft`
checks every draft, feeds the failures back once, and falls back to the offline drafter.

Structured output uses function calling by default (`structured_output="function_calling"`):
it is the mode with the widest support among OpenAI-compatible servers (OpenAI and Azure for
every chat model including ones without the json_schema Structured Outputs feature, vLLM,
Ollama, LM Studio, llama.cpp, Groq, Together), and the answer is parsed on our side from the
tool call. A server that ignores the forced tool choice and writes the JSON as plain content
is handled too. `"json_schema"` (OpenAI Structured Outputs, strict schema) can be chosen for
servers that support it; `"json_mode"` for servers that only know `{"type": "json_object"}`.

Failures: 429, 408/409, 5xx, timeouts and connection errors are retried with bounded
exponential backoff (tenacity; at most `max_retries` retries, a server's Retry-After is honoured
up to `MAX_RETRY_AFTER_S`), then `DraftingFailed` says what happened in words a rep can act on
("the model at http://... timed out after 30 s (3 attempts)"). The API key never appears in a
log line or an error message: server messages are scrubbed of it (and of any credential in a
URL or header, `signals.redact`) before they are quoted.

Network policy: the default server (api.openai.com) is reached through the same address guard
as every collector fetch (`signals.http.guarded_transport`): if its name ever resolves to a
loopback, private or metadata address, the call is refused. A `base_url` configured explicitly
in `[drafting]` is the operator's choice (Ollama on localhost, a vLLM box on the LAN) and is
connected to as configured.
"""

from __future__ import annotations

import email.utils
import json
import logging
import random
import re
import sys
import threading
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import httpx
import openai
from pydantic import BaseModel, Field, SecretStr, ValidationError
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt

from drafting.base import DraftingFailed, OutreachDraft
from drafting.context import DraftContext
from drafting.guardrails import GuardrailPolicy, normalise_space
from drafting.prompts import PromptError, load_prompt, prompt_key, render
from signals.http import guarded_transport
from signals.netguard import AddressPolicy, AddressRefused
from signals.redact import REDACTED, redact

log = logging.getLogger(__name__)

StructuredOutput = Literal["function_calling", "json_schema", "json_mode"]

DEFAULT_BASE_URL = "https://api.openai.com/v1"
#: Sent when no key is configured: local servers (Ollama, vLLM, LM Studio) need none, but the
#: openai client refuses to start without one.
NO_KEY = "no-key-configured"
#: A server's Retry-After is honoured up to this many seconds (beyond it, our backoff applies).
MAX_RETRY_AFTER_S = 20.0
#: Ceiling of the exponential backoff between attempts.
MAX_BACKOFF_S = 8.0
_RETRY_STATUSES = frozenset({408, 409, 429})
_NO_STRUCTURE = "did not answer with a draft in the expected structure"
_STATUS_PREFIX_RE = re.compile(r"^Error code: \d{3}(?: - |$)")
_EVIDENCE_ID_RE = re.compile(r"^\[?\s*(E\d+)\s*\]?$", re.IGNORECASE)


class OutreachEmail(BaseModel):
    """One short outreach email, grounded in the numbered evidence it cites."""

    subject: str = Field(description="Subject line: one line, short, no emoji.")
    body: str = Field(
        description="The whole email as plain text: greeting with the recipient's first name, short "
        "paragraphs, exactly one question (the call to action), the sender's name as sign-off."
    )
    call_to_action: str = Field(description="The one question from the body, copied exactly, ending in '?'.")
    evidence_ids: list[str] = Field(description="Ids of the evidence items the facts come from, like 'E1'.")
    personalisation_notes: list[str] = Field(
        description="One to three short notes for the rep on what was personalised and why."
    )


class LLMDrafter:
    """Drafts with a chat model behind an OpenAI-compatible API (the `DraftProvider` seam).

    After each `draft()` call, `last_usage` holds the token counts the server reported (or
    None), `last_latency_s` the wall time of the call including retries, and `last_attempts`
    how many HTTP attempts it took. Those three are per thread: the pipeline drafts with one
    instance from several threads, and each caller sees the numbers of its own last call.
    """

    name = "llm"

    def __init__(
        self,
        *,
        model: str,
        base_url: str | None,
        api_key: str | None,
        temperature: float = 0.4,
        timeout_s: float = 30,
        max_retries: int = 2,
        prompts_dir: Path | None = None,
        policy: GuardrailPolicy | None = None,
        structured_output: StructuredOutput = "function_calling",
        tone: str | None = None,
        max_output_tokens: int | None = None,
        backoff_s: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
        address_policy: AddressPolicy | None = None,
    ) -> None:
        from langchain_openai import (
            ChatOpenAI,  # imported here: only the llm provider needs it
        )

        if not model or not model.strip():
            raise ValueError("drafting.model is empty; name the model to use, for example 'gpt-4o-mini'")
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if timeout_s <= 0:
            raise ValueError("timeout_s must be more than 0")
        self.model = model.strip()
        self.base_url = (base_url or "").strip().rstrip("/") or None
        self.temperature = temperature
        self.timeout_s = float(timeout_s)
        self.max_retries = int(max_retries)
        self.prompts_dir = prompts_dir
        self.policy = policy or GuardrailPolicy()
        self.structured_output: StructuredOutput = structured_output
        self.tone = tone
        self.backoff_s = backoff_s
        self._sleep = sleep
        self._has_key = bool(api_key and api_key.strip())
        # A SecretStr, so no repr, log line or vars() dump shows it; it is unwrapped only to hand
        # it to the client and to scrub server messages that quote it back.
        self._secret = SecretStr(api_key.strip()) if api_key and api_key.strip() else None
        kwargs: dict[str, Any] = {}
        if max_output_tokens:
            kwargs["max_tokens"] = max_output_tokens
        if self.base_url is None:
            # The default server is not the operator's choice of address: guard it like a fetch.
            # (Sync calls only; this drafter never calls the model asynchronously.)
            kwargs["http_client"] = _guarded_http_client(address_policy or AddressPolicy(), self.timeout_s)
        self._chat = ChatOpenAI(
            model=self.model,
            base_url=self.base_url or DEFAULT_BASE_URL,
            api_key=self._secret or SecretStr(NO_KEY),
            temperature=temperature,
            timeout=self.timeout_s,
            # Retries are ours (tenacity) so they are bounded, counted and explained.
            max_retries=0,
            # Chat Completions only: the Responses API is OpenAI-specific and most compatible
            # servers do not have it.
            use_responses_api=False,
            **kwargs,
        )
        self._runnable = self._chat.with_structured_output(OutreachEmail, method=structured_output, include_raw=True)
        self._local = threading.local()

    @property
    def last_usage(self) -> dict[str, int] | None:
        """Tokens of this thread's last draft call, when the server reported them."""
        return getattr(self._local, "usage", None)

    @property
    def last_latency_s(self) -> float | None:
        """Wall time of this thread's last draft call, retries included."""
        return getattr(self._local, "latency_s", None)

    @property
    def last_attempts(self) -> int:
        """HTTP attempts of this thread's last draft call."""
        return getattr(self._local, "attempts", 0)

    def __repr__(self) -> str:
        return (
            f"LLMDrafter(model={self.model!r}, base_url={self.where!r}, "
            f"structured_output={self.structured_output!r})"
        )

    @property
    def where(self) -> str:
        """The server, as shown in reasons: without any user:password or query string."""
        return _display_url(self.base_url or DEFAULT_BASE_URL)

    # ---------------------------------------------------------------------------------------

    def draft(self, ctx: DraftContext, *, feedback: Sequence[str] = ()) -> OutreachDraft:
        """Ask the model for a draft; raise DraftingFailed with a human reason if it cannot."""
        local = self._local
        local.usage, local.latency_s, local.attempts = None, None, 0
        try:
            prompt = load_prompt(*prompt_key(ctx), directory=self.prompts_dir)
        except PromptError as exc:
            raise DraftingFailed(str(exc)) from exc
        messages = render(prompt, ctx, feedback, policy=self.policy, tone=self.tone)
        started = time.perf_counter()
        try:
            result = self._invoke(messages)
        finally:
            local.latency_s = time.perf_counter() - started
        raw = result.get("raw")
        local.usage = _usage(raw)
        email = result.get("parsed")
        if email is None:
            email = _from_content(raw)
        if email is None:
            detail = result.get("parsing_error")
            why = f": {self._scrub(_short(detail))}" if detail else ""
            raise DraftingFailed(f"the model at {self.where} {_NO_STRUCTURE}{why}")
        return OutreachDraft(
            subject=normalise_space(email.subject),
            body=email.body.strip(),
            call_to_action=normalise_space(email.call_to_action),
            evidence_ids=_evidence_ids(email.evidence_ids),
            personalisation_notes=[normalise_space(n) for n in email.personalisation_notes if n and n.strip()][:5],
            provider=self.name,
            model=self.model,
            prompt_version=prompt.version,
        )

    # ---------------------------------------------------------------------------------------

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        hinted = _retry_after(exc)
        if hinted is not None:
            return min(hinted, MAX_RETRY_AFTER_S)
        # Exponential with jitter (0.5, 1, 2, 4 ... s plus up to one base step), capped; written
        # out because tenacity renamed wait_exponential_jitter's arguments between versions.
        step = self.backoff_s * 2 ** (state.attempt_number - 1)
        return min(MAX_BACKOFF_S, step + random.uniform(0, self.backoff_s))

    def _invoke(self, messages: list[dict[str, str]]) -> dict[str, Any]:
        retrying = Retrying(
            stop=stop_after_attempt(self.max_retries + 1),
            wait=self._wait,
            retry=retry_if_exception(_transient),
            sleep=self._sleep,
            before_sleep=self._log_retry,
            reraise=True,
        )
        attempts = 0
        try:
            for attempt in retrying:
                with attempt:
                    attempts = self._local.attempts = attempt.retry_state.attempt_number
                    out = self._runnable.invoke(messages)
                    if not isinstance(out, dict):  # the include_raw runnable returns a dict
                        raise DraftingFailed(f"the model at {self.where} returned {type(out).__name__}")
                    return out
        except DraftingFailed:
            raise
        except Exception as exc:
            raise DraftingFailed(self._explain(exc, attempts)) from None
        raise DraftingFailed(f"the model at {self.where} was not asked")  # pragma: no cover - Retrying always runs once

    def _log_retry(self, state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        wait = state.next_action.sleep if state.next_action else 0.0
        log.info(
            "model at %s: attempt %d failed (%s); retrying in %.1f s",
            self.where, state.attempt_number, self._scrub(_kind_of(exc)), wait,
        )

    def _scrub(self, text: str) -> str:
        """`text` without the API key, the base_url's user:password, or anything credential-shaped."""
        for secret in self._secrets():
            text = text.replace(secret, REDACTED)
        return redact(text)

    def _secrets(self) -> list[str]:
        found = [self._secret.get_secret_value()] if self._secret is not None else []
        try:
            url = httpx.URL(self.base_url or DEFAULT_BASE_URL)
        except (httpx.InvalidURL, TypeError, ValueError):
            return found
        if url.password:
            found.append(url.password)  # servers quote it back bare, out of its URL
        return found

    def _explain(self, exc: BaseException, attempts: int) -> str:
        """A reason a rep can act on; never the key, never a traceback."""
        where = self.where
        tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
        if isinstance(exc, openai.APITimeoutError) or isinstance(exc, httpx.TimeoutException):
            return f"the model at {where} timed out after {self.timeout_s:g} s ({tries})"
        if isinstance(exc, openai.APIConnectionError) or isinstance(exc, httpx.TransportError):
            return f"could not connect to the model at {where} ({tries}): {self._scrub(_short(exc.__cause__ or exc))}"
        if isinstance(exc, openai.AuthenticationError):
            if not self._has_key:
                return f"the model at {where} needs an API key (HTTP 401); set OPENAI_API_KEY"
            return f"the model at {where} rejected the API key (HTTP 401); check OPENAI_API_KEY"
        if isinstance(exc, openai.PermissionDeniedError):
            return f"the model at {where} refused access (HTTP 403); check the key's permissions for {self.model!r}"
        if isinstance(exc, openai.RateLimitError):
            detail = self._scrub(_short(exc.message))
            quota = " (quota exhausted)" if "quota" in detail.casefold() else ""
            return f"the model at {where} kept answering 429 Too Many Requests{quota} ({tries})"
        if isinstance(exc, openai.NotFoundError):
            return f"the model at {where} has no model {self.model!r} or no chat completions endpoint (HTTP 404)"
        if isinstance(exc, openai.APIStatusError):
            status = exc.status_code
            detail = self._scrub(_short(exc.message))
            said = f": {detail}" if detail else ""
            if status >= 500:
                return f"the model at {where} answered HTTP {status} (server error) ({tries}){said}"
            if status in _RETRY_STATUSES:
                return f"the model at {where} answered HTTP {status} ({tries}){said}"
            hint = ""
            if "response_format" in detail and self.structured_output != "function_calling":
                hint = '; this server may not support it: try structured_output = "function_calling"'
            return f"the model at {where} refused the request (HTTP {status}){said}{hint}"
        if isinstance(exc, openai.LengthFinishReasonError):
            return f"the model at {where} ran out of output tokens before finishing the draft"
        if isinstance(exc, openai.ContentFilterFinishReasonError):
            return f"the model at {where} stopped the draft with its content filter"
        if isinstance(exc, TypeError | IndexError | KeyError | AttributeError):
            # LangChain could not read the answer as a chat completion (an empty `choices`, a
            # proxy's login page); the server is not speaking the OpenAI chat API.
            return (
                f"the model at {where} sent something that is not a chat completion "
                f"({type(exc).__name__}: {self._scrub(_short(exc, 120))})"
            )
        if isinstance(exc, ValidationError | ValueError):
            return f"the model at {where} {_NO_STRUCTURE}: {self._scrub(_short(exc))}"
        return f"the model at {where} failed: {type(exc).__name__}: {self._scrub(_short(exc))}"


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def _transient(exc: BaseException) -> bool:
    """Worth another attempt: rate limits, timeouts, dropped connections, server errors."""
    if isinstance(exc.__cause__, AddressRefused) or isinstance(exc, AddressRefused):
        return False  # the address will be refused again
    if isinstance(exc, openai.APIConnectionError | httpx.TimeoutException | httpx.TransportError):
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in _RETRY_STATUSES or exc.status_code >= 500
    return False


def _retry_after(exc: BaseException | None) -> float | None:
    """Seconds the server asked us to wait (retry-after-ms or Retry-After), if it said."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    raw_ms = headers.get("retry-after-ms")
    if raw_ms:
        try:
            value = float(raw_ms) / 1000
            return value if value >= 0 else None
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if not raw:
        return None
    try:
        value = float(raw)
        return value if value >= 0 else None
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _guarded_http_client(policy: AddressPolicy, timeout_s: float) -> Any:
    """The openai SDK's own default HTTP client class, on a transport that checks every address.

    Built from whichever httpx the installed SDK uses (httpx, or its fork httpx2), read off the
    SDK's client class, so the transport speaks the client's own request and response types.
    """
    client_class = openai.DefaultHttpxClient
    base = next(c for c in client_class.__mro__ if c.__name__ == "Client" and c is not client_class)
    module = sys.modules[base.__module__.split(".")[0]]
    return client_class(transport=guarded_transport(policy, client_module=module), timeout=timeout_s)


def _display_url(url: str) -> str:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        return "the configured base_url"
    return str(parsed.copy_with(userinfo=b"", query=None, fragment=None)).rstrip("/")


def _kind_of(exc: BaseException | None) -> str:
    if exc is None:
        return "no error"
    status = getattr(exc, "status_code", None)
    return f"HTTP {status}" if status else type(exc).__name__


def _short(value: Any, limit: int = 200) -> str:
    text = _STATUS_PREFIX_RE.sub("", normalise_space(str(value or "")))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _usage(raw: Any) -> dict[str, int] | None:
    usage = getattr(raw, "usage_metadata", None)
    if not usage:
        return None
    out = {k: int(usage.get(k) or 0) for k in ("input_tokens", "output_tokens", "total_tokens")}
    if not out["total_tokens"]:
        out["total_tokens"] = out["input_tokens"] + out["output_tokens"]
    return out if any(out.values()) else None


def _from_content(raw: Any) -> OutreachEmail | None:
    """The draft from plain message content, for servers that ignore the forced tool call.

    Accepts the JSON object on its own, in a ```json fence, or after a line of chatter.
    """
    content = getattr(raw, "content", None)
    if isinstance(content, list):
        content = "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
    if not isinstance(content, str) or "{" not in content:
        return None
    decoder = json.JSONDecoder()
    start = content.find("{")
    while start != -1:
        try:
            value, _end = decoder.raw_decode(content, start)
        except ValueError:
            start = content.find("{", start + 1)
            continue
        if isinstance(value, dict):
            try:
                return OutreachEmail.model_validate(value)
            except ValidationError:
                return None
        start = content.find("{", start + 1)
    return None


def _evidence_ids(ids: Sequence[str]) -> list[str]:
    """'[E1]', 'e1 ', 'E1' -> 'E1'; anything else is kept as written (the guardrail judges it)."""
    out: list[str] = []
    for item in ids:
        text = str(item).strip()
        match = _EVIDENCE_ID_RE.match(text)
        value = match.group(1).upper() if match else text
        if value and value not in out:
            out.append(value)
    return out
