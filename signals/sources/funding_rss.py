"""Funding rounds from any RSS or Atom feed: conditional GET, feedparser over bytes, one event per entry."""

from __future__ import annotations

import calendar
import html
import re
from abc import abstractmethod
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import Field, model_validator

from signals.model import SignalEvent, SignalKind
from signals.scoring import signal_strength
from signals.sources.base import (
    Collector,
    ReadContext,
    SourceConfig,
    SourceError,
    check_http_url,
    register,
)

# feedparser, BeautifulSoup and the funding extractor (with its many patterns) are imported where
# they are used: a cycle whose feeds all answer 304 Not Modified never parses anything.

MAX_FEED_BYTES = 10 * 1024 * 1024
_WS = re.compile(r"\s+")


class FeedConfig(SourceConfig):
    #: An http(s) URL, or leave it out and give `path` for a file on disk (recorded feeds, tests).
    url: str | None = None
    path: str | None = None
    max_bytes: int = Field(default=MAX_FEED_BYTES, gt=0)

    @model_validator(mode="after")
    def _one_location(self) -> FeedConfig:
        if bool(self.url) == bool(self.path):
            raise ValueError("give exactly one of `url` or `path`")
        return self


def html_to_text(value: str, limit: int = 4000) -> str:
    """Markup to clean text. Untrusted input: size-capped before parsing."""
    value = value[: limit * 4]
    if "<" in value or "&" in value:
        from bs4 import BeautifulSoup

        value = BeautifulSoup(value, "html.parser").get_text(" ")
        value = html.unescape(value)
    return _WS.sub(" ", value).strip()[:limit]


def read_feed_bytes(config: FeedConfig, ctx: ReadContext, where: str) -> bytes | None:
    """The feed's bytes, or None when the server says nothing changed (304)."""
    if config.path:
        path = Path(config.path).expanduser()
        if not path.exists():
            raise SourceError(f"{where}: the file {path} does not exist")
        if path.stat().st_size > config.max_bytes:
            raise SourceError(f"{where}: {path} is over the {config.max_bytes:,}-byte cap")
        return path.read_bytes()
    result = ctx.http.get(
        config.url,
        etag=ctx.state.get("etag"),
        last_modified=ctx.state.get("last_modified"),
        max_bytes=config.max_bytes,
        timeout=config.timeout_s,
    )
    if result.not_modified:
        return None
    ctx.state["etag"] = result.etag
    ctx.state["last_modified"] = result.last_modified
    return result.content


def parse_feed(data: bytes, where: str, ctx: ReadContext | None = None) -> Any:
    """feedparser over bytes; raise SourceError when it is not a feed at all.

    A malformed feed whose entries the lenient parser could still recover is kept, with a warning
    that marks the source degraded, so nothing readable is lost.
    """
    head = data[:512].lstrip().lower()
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
            raise SourceError(f"{where}: the address returned an HTML page, not an RSS/Atom feed")
        if parsed.get("bozo") and parsed.get("bozo_exception") is not None:
            reason = str(parsed.bozo_exception).splitlines()[0][:200]
            raise SourceError(f"{where}: the feed is not well-formed XML ({reason})")
        if not parsed.get("version"):
            raise SourceError(f"{where}: the response is not an RSS or Atom feed")
    elif ctx is not None and parsed.get("bozo") and _is_syntax_error(parsed.get("bozo_exception")):
        reason = str(parsed.bozo_exception).splitlines()[0][:200]
        ctx.warn(
            f"{where}: the feed is not well-formed XML ({reason}); "
            f"{len(parsed.entries)} entries were recovered by the lenient parser"
        )
    return parsed


def _is_syntax_error(exc: object) -> bool:
    # Encoding overrides are harmless; SAX parse errors mean the document itself is broken.
    import feedparser

    return exc is not None and not isinstance(
        exc, feedparser.CharacterEncodingOverride | feedparser.NonXMLContentType
    )


def entry_time(entry: Any, fallback: datetime) -> datetime:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        # dict.get skips FeedParserDict's deprecated updated->published key mapping.
        value = dict.get(entry, key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
            except (OverflowError, ValueError, TypeError):
                continue
    return fallback


def entry_text(entry: Any) -> tuple[str, str]:
    title = html_to_text(entry.get("title") or "", 500)
    summary = entry.get("summary") or ""
    if not summary and entry.get("content"):
        summary = entry.content[0].get("value", "")
    return title, html_to_text(summary, 1500)


class FeedCollector(Collector):
    """A collector over one RSS/Atom feed: each entry gives at most one event (`_event`)."""

    Config = FeedConfig

    def check(self, config: SourceConfig) -> None:
        assert isinstance(config, FeedConfig)
        check_http_url(config, config.url)

    def read(self, config: SourceConfig, ctx: ReadContext) -> Iterator[SignalEvent]:
        assert isinstance(config, FeedConfig)
        where = f"source {config.name!r}"
        data = read_feed_bytes(config, ctx, where)
        if data is None:
            return
        parsed = parse_feed(data, where, ctx)
        total = len(parsed.entries)
        for index, entry in enumerate(parsed.entries):
            if ctx.progress:
                ctx.progress(index, total)
            try:
                event = self._event(config, ctx, entry)
            except Exception as exc:  # one bad entry never costs the batch
                ctx.skip(f"{where} entry {index + 1}", f"could not read the entry: {exc}")
                continue
            if event is not None:
                yield event

    @abstractmethod
    def _event(self, config: FeedConfig, ctx: ReadContext, entry: Any) -> SignalEvent | None:
        """The event one entry gives, or None when it is not one."""


@register
class FundingRssCollector(FeedCollector):
    type = "funding_rss"
    description = "Funding rounds from a news RSS/Atom feed (TechCrunch, Crunchbase News, PR wires)."

    def _event(self, config: FeedConfig, ctx: ReadContext, entry: Any) -> SignalEvent | None:
        title, summary = entry_text(entry)
        if not title:
            return None
        from signals.extract.funding import explain_funding

        decision = explain_funding(f"{title}\n{summary}")
        if decision is None:
            return None
        found = decision.round
        link = entry.get("link") or None
        ref = entry.get("id") or link or title
        occurred = entry_time(entry, ctx.now)
        facts = {
            "company": found.company,
            "round": found.round,
            "amount": found.amount,
            "currency": found.currency,
            "investors": list(found.investors),
            # How sure the company is, and why: the pipeline records (not drafts) an unsure one.
            "confidence": decision.confidence,
            "explanation": decision.explanation,
            # Every amount with its meaning (raise, valuation, aum, debt, mixed, target, ...).
            "money": decision.money,
        }
        return SignalEvent(
            kind=SignalKind.FUNDING,
            source=config.name,
            occurred_at=occurred,
            title=title,
            url=link,
            ref=str(ref),
            company_name=found.company,
            excerpt=summary,
            facts=facts,
            strength=signal_strength(SignalKind.FUNDING, facts),
            stale=ctx.is_stale(occurred, config.max_age_days),
        )
