"""SEC Form D private placements as funding signals: EDGAR's getcurrent feed, then each filing's primary_doc.xml.

One read: fetch the newest page(s) of
`{sec}/cgi-bin/browse-edgar?action=getcurrent&type=D&...&output=atom` (conditional GET on the
first page), collapse the per-entity repeats of each filing, and for every accession number not
processed before fetch `{sec}/Archives/edgar/data/{cik}/{accession}/primary_doc.xml`, parse it
and emit one FUNDING event about the issuer ("Acme Robotics, Inc."), with the issuer's state as a
resolution hint and its executives as facts for job-change tracking.

Politeness, because EDGAR blocks clients that ignore it: every request carries
`User-Agent: Outrider/0.1 <contact email>` (EDGAR refuses requests without a contact), and this
collector spaces its own requests at `max_requests_per_second` (default 8, at most 10) whatever
host `base_urls.sec` names, on top of the Fetcher's own per-host limit for www.sec.gov. The
Fetcher's retries of one request are spaced by its backoff (>= 0.5 s), so they stay under it too.

Incremental state (`ctx.state`): the feed's ETag/Last-Modified and the last 5,000 accession
numbers processed, so a filing is fetched once. A filing whose document could not be fetched for
a transient reason (timeout, 5xx, 429) is not remembered, and the feed validators are dropped so
the next read fetches the feed again and retries it.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from datetime import time as dtime
from typing import Any

from pydantic import Field

from signals.http import FetchError, FetchHTTPError, FetchTimeout, FetchTransportError
from signals.model import SignalEvent, SignalKind
from signals.resolve import country_code
from signals.scoring import signal_strength
from signals.sec.formd import (
    MAX_XML_BYTES,
    FilingRef,
    FormD,
    FormDError,
    RelatedPerson,
    parse_primary_doc,
    read_getcurrent,
)
from signals.sources.base import (
    Collector,
    ConfigProblem,
    ReadContext,
    SourceConfig,
    SourceError,
    register,
)

DEFAULT_SEC_BASE = "https://www.sec.gov"
#: How many processed accession numbers are remembered (a few weeks of Form D filings).
SEEN_LIMIT = 5000
FEED_PATH = (
    "/cgi-bin/browse-edgar?action=getcurrent&type=D&company=&dateb=&owner=include"
    "&start={start}&count={count}&output=atom"
)

#: The industry groups Form D item 4 offers, as primary_doc.xml spells them.
INDUSTRY_GROUPS: tuple[str, ...] = (
    "Agriculture",
    "Commercial Banking", "Insurance", "Investing", "Investment Banking", "Pooled Investment Fund",
    "Other Banking and Financial Services",
    "Business Services",
    "Coal Mining", "Electric Utilities", "Energy Conservation", "Environmental Services",
    "Oil and Gas", "Other Energy",
    "Biotechnology", "Health Insurance", "Hospitals and Physicians", "Pharmaceuticals",
    "Other Health Care",
    "Manufacturing",
    "Commercial", "Construction", "REITS and Finance", "Residential", "Other Real Estate",
    "Retailing",
    "Restaurants",
    "Computers", "Telecommunications", "Other Technology",
    "Airlines and Airports", "Lodging and Conventions", "Tourism and Travel Services", "Other Travel",
    "Other",
)
POOLED_FUND = "Pooled Investment Fund"


class SecFormDConfig(SourceConfig):
    #: The contact EDGAR wants in the User-Agent. Falls back to `contact_email`.
    user_agent_email: str | None = None
    #: The workspace-wide contact (`contact_email` at the top of outrider.toml), passed through.
    contact_email: str | None = None
    #: Entries per feed page (EDGAR serves at most 100).
    count: int = Field(default=100, ge=1, le=100)
    #: Feed pages read per run; reading stops early at a page with nothing new.
    pages: int = Field(default=1, ge=1, le=20)
    #: Only these industry groups ("Other Technology", "Computers", ...); empty means all.
    industries: list[str] = Field(default_factory=list)
    #: Pooled investment funds are skipped unless this is true: they are not buying software.
    include_funds: bool = False
    #: This collector's own pacing, whatever host base_urls.sec names. EDGAR allows < 10.
    max_requests_per_second: float = Field(default=8.0, gt=0, le=10)

    @property
    def email(self) -> str | None:
        value = (self.user_agent_email or self.contact_email or "").strip()
        return value or None

    @property
    def sec_base(self) -> str:
        return (self.base_urls.get("sec") or DEFAULT_SEC_BASE).rstrip("/")


def _valid_email(value: str) -> bool:
    if any(ch.isspace() or ch in "<>\"'()," for ch in value) or len(value) > 254:
        return False
    local, at, domain = value.partition("@")
    return bool(at and local and "." in domain.strip(".") and "@" not in domain)


class _Pacer:
    """Spaces requests at least 1/rate seconds apart (one read is one thread)."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate
        self.next_at = 0.0

    def wait(self) -> None:
        now = time.monotonic()
        if now < self.next_at:
            time.sleep(self.next_at - now)
            now = self.next_at
        self.next_at = now + self.interval


def _money(value: int) -> str:
    return f"${value:,}"


@register
class SecFormDCollector(Collector):
    type = "sec_form_d"
    Config = SecFormDConfig
    description = "Private placements (SEC Form D) from EDGAR's latest-filings feed, one funding signal per issuer."

    def check(self, config: SourceConfig) -> None:
        assert isinstance(config, SecFormDConfig)
        name = config.name
        email = config.email
        if not email:
            raise ConfigProblem(
                f"source {name!r}: EDGAR refuses requests without a contact email in the User-Agent; "
                f"set user_agent_email = \"you@yourcompany.com\" on the source, or contact_email at the "
                f"top of outrider.toml"
            )
        if not _valid_email(email):
            raise ConfigProblem(
                f"source {name!r}: {email!r} is not an email address; EDGAR wants a contact email "
                f"in the User-Agent (user_agent_email or contact_email)"
            )
        if not config.sec_base.startswith(("http://", "https://")):
            raise ConfigProblem(
                f"source {name!r}: base_urls.sec must start with http:// or https://, not {config.sec_base!r}"
            )
        known = {group.casefold(): group for group in INDUSTRY_GROUPS}
        unknown = [i for i in config.industries if i.strip().casefold() not in known]
        if unknown:
            raise ConfigProblem(
                f"source {name!r}: unknown Form D industry group(s) {', '.join(map(repr, unknown))}; "
                f"choose from: {', '.join(INDUSTRY_GROUPS)}"
            )
        if not config.include_funds and any(i.strip().casefold() == POOLED_FUND.casefold() for i in config.industries):
            raise ConfigProblem(
                f"source {name!r}: industries lists {POOLED_FUND!r} but include_funds is false; "
                f"set include_funds = true to read pooled investment funds"
            )

    # ---------------------------------------------------------------------------------------

    def read(self, config: SourceConfig, ctx: ReadContext) -> Iterator[SignalEvent]:
        assert isinstance(config, SecFormDConfig)
        where = f"source {config.name!r}"
        # The workspace-wide contact (ctx.defaults) stands in when the source names none.
        email = config.email or str(ctx.defaults.get("contact_email") or "").strip() or None
        if not email or not _valid_email(email):
            raise SourceError(
                f"{where}: EDGAR refuses requests without a contact email in the User-Agent; "
                f"set user_agent_email on the source or contact_email in outrider.toml"
            )
        headers = {"User-Agent": f"Outrider/0.1 {email}"}
        pacer = _Pacer(config.max_requests_per_second)
        base = config.sec_base

        seen_list = [str(a) for a in (ctx.state.get("seen") or []) if isinstance(a, str)]
        seen = set(seen_list)
        refs, validators = self._feed(config, ctx, where, headers, pacer, seen)

        retry_later: list[tuple[FilingRef, str]] = []
        total = len(refs)
        for done, ref in enumerate(refs, start=1):
            filing_where = f"{where} filing {ref.accession} ({ref.company or 'CIK ' + ref.cik})"
            outcome = self._document(config, ctx, ref, base, headers, pacer, filing_where)
            if isinstance(outcome, _Retry):
                retry_later.append((ref, outcome.reason))
            else:
                seen_list.append(ref.accession)
                seen.add(ref.accession)
                if isinstance(outcome, FormD):
                    event = self._event(config, ctx, ref, outcome)
                    if event is not None:
                        yield event
            if ctx.progress is not None:
                ctx.progress(done, total)

        if retry_later:
            ref, reason = retry_later[0]
            ctx.warn(
                f"{where}: {len(retry_later)} filing(s) could not be fetched this time and will be "
                f"tried again (first: {ref.accession}: {reason})"
            )
            # The next read must fetch the feed again to see these filings.
            validators = {"etag": None, "last_modified": None}
        if validators is not None:
            ctx.state["etag"] = validators["etag"]
            ctx.state["last_modified"] = validators["last_modified"]
        ctx.state["seen"] = seen_list[-SEEN_LIMIT:]

    def _feed(
        self,
        config: SecFormDConfig,
        ctx: ReadContext,
        where: str,
        headers: dict[str, str],
        pacer: _Pacer,
        seen: set[str],
    ) -> tuple[list[FilingRef], dict[str, str | None] | None]:
        """New filings from the feed, newest first, and the first page's validators (None on 304)."""
        refs: list[FilingRef] = []
        queued: set[str] = set()
        validators: dict[str, str | None] | None = None
        for page in range(config.pages):
            url = config.sec_base + FEED_PATH.format(start=page * config.count, count=config.count)
            first = page == 0
            pacer.wait()
            try:
                result = ctx.http.get(
                    url,
                    etag=ctx.state.get("etag") if first else None,
                    last_modified=ctx.state.get("last_modified") if first else None,
                    headers=headers,
                    max_bytes=MAX_XML_BYTES,
                    timeout=config.timeout_s,
                )
            except FetchError as exc:
                refused = _refused(exc) if isinstance(exc, FetchHTTPError) else None
                if first or refused:
                    raise SourceError(f"{where}: {refused or f'could not read the EDGAR feed: {exc}'}") from exc
                # A later page failing still leaves the newest filings, which are the ones that count.
                ctx.warn(f"{where}: feed page {page + 1} could not be read ({exc}); kept the pages before it")
                break
            if result.not_modified:
                break
            if first:
                validators = {"etag": result.etag, "last_modified": result.last_modified}
            try:
                page_refs, problems = read_getcurrent(result.content)
            except FormDError as exc:
                if first:
                    raise SourceError(f"{where}: the EDGAR feed could not be read: {exc.reason}") from exc
                ctx.warn(f"{where}: feed page {page + 1} could not be read ({exc.reason}); kept the pages before it")
                break
            for problem in problems:
                ctx.skip(f"{where} page {page + 1} {problem.where}", problem.reason)
            fresh = [r for r in page_refs if r.accession not in seen and r.accession not in queued]
            refs.extend(fresh)
            queued.update(r.accession for r in fresh)
            if not fresh:
                break  # nothing new on this page: the later pages are older still
        return refs, validators

    def _document(
        self,
        config: SecFormDConfig,
        ctx: ReadContext,
        ref: FilingRef,
        base: str,
        headers: dict[str, str],
        pacer: _Pacer,
        where: str,
    ) -> FormD | _Retry | None:
        """The parsed primary_doc, a _Retry for a transient failure, or None when skipped for good."""
        url = ref.primary_doc_url(base)
        pacer.wait()
        try:
            result = ctx.http.get(url, headers=headers, max_bytes=MAX_XML_BYTES, timeout=config.timeout_s)
        except FetchHTTPError as exc:
            refused = _refused(exc)
            if refused:
                # EDGAR blocks the whole client, not one filing: stop, remember nothing.
                raise SourceError(f"source {config.name!r}: {refused}") from exc
            if exc.transient:
                return _Retry(exc.reason)
            ctx.skip(where, f"primary_doc.xml could not be fetched: {exc.reason}")
            return None
        except (FetchTimeout, FetchTransportError) as exc:
            return _Retry(exc.reason)
        except FetchError as exc:
            ctx.skip(where, f"primary_doc.xml could not be fetched: {exc.reason}")
            return None
        try:
            doc = _parse_doc(result.content)
        except FormDError as exc:
            ctx.skip(where, f"primary_doc.xml is malformed: {exc.reason}")
            return None
        if not doc.live:
            ctx.skip(where, "primary_doc.xml is marked TEST, not LIVE")
            return None
        return doc

    # ---------------------------------------------------------------------------------------

    def _event(self, config: SecFormDConfig, ctx: ReadContext, ref: FilingRef, doc: FormD) -> SignalEvent | None:
        if doc.is_pooled_fund and not config.include_funds:
            return None
        if config.industries:
            wanted = {i.strip().casefold() for i in config.industries}
            if (doc.industry_group or "").casefold() not in wanted:
                return None
        occurred = datetime.combine(ref.filed_on, dtime(0, 0), tzinfo=UTC)
        amount, basis = _headline_amount(doc)
        facts = _facts(ref, doc, amount, basis)
        return SignalEvent(
            kind=SignalKind.FUNDING,
            source=config.name,
            occurred_at=occurred,
            title=_title(doc),
            url=_index_url(ref),
            ref=ref.accession,
            company_name=doc.issuer_name,
            excerpt=_excerpt(doc),
            facts=facts,
            strength=signal_strength(SignalKind.FUNDING, facts),
            hints=_hints(doc),
            stale=ctx.is_stale(occurred, config.max_age_days),
        )


class _Retry:
    """A transient failure: the filing is not remembered, so a later read tries it again."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason


def _parse_doc(data: bytes) -> FormD:
    """parse_primary_doc, with any unexpected parser failure turned into FormDError for one filing."""
    try:
        return parse_primary_doc(data)
    except FormDError:
        raise
    except Exception as exc:  # a parser bug must cost one filing, never the batch
        raise FormDError(f"unreadable ({exc.__class__.__name__}: {exc})") from exc


def _refused(exc: FetchHTTPError) -> str | None:
    if exc.status in (401, 403):
        return (
            f"EDGAR refused the request (HTTP {exc.status}); it blocks clients without a real contact "
            f"email in the User-Agent or above 10 requests a second ({exc.url})"
        )
    return None


def _headline_amount(doc: FormD) -> tuple[int | None, str | None]:
    """Amount sold when known and above zero, else the offering size; and which one it is."""
    if doc.total_sold:
        return doc.total_sold, "total_sold"
    if doc.total_offering is not None:
        return doc.total_offering, "total_offering"
    if doc.total_sold is not None:
        return doc.total_sold, "total_sold"
    return None, None


def _title(doc: FormD) -> str:
    form = "an amended Form D" if doc.is_amendment else "Form D"
    sold, offered = doc.total_sold, doc.total_offering
    if sold and offered is not None:
        detail = f"{_money(sold)} sold of a {_money(offered)} offering"
    elif sold and doc.offering_indefinite:
        detail = f"{_money(sold)} sold (offering size indefinite)"
    elif sold:
        detail = f"{_money(sold)} sold"
    elif offered is not None:
        detail = f"a {_money(offered)} offering" + (", no sales yet" if sold == 0 else "")
    else:
        detail = "a private offering of undisclosed size"
    return f"{doc.issuer_name} filed {form}: {detail}"


def _person_text(person: RelatedPerson) -> str:
    return f"{person.name} ({person.title})" if person.title else person.name


def _excerpt(doc: FormD) -> str:
    parts: list[str] = []
    place = ", ".join(p for p in (doc.city, doc.address_state) if p)
    about = doc.entity_type or "Issuer"
    if doc.jurisdiction:
        about += f" incorporated in {doc.jurisdiction}"
    if doc.year_of_incorporation:
        about += f" ({doc.year_of_incorporation})"
    if place:
        about += f", based in {place}"
    parts.append(about + ".")
    if doc.industry_group:
        parts.append(f"Industry group: {doc.industry_group}.")
    amounts = []
    if doc.total_offering is not None:
        amounts.append(f"total offering {_money(doc.total_offering)}")
    elif doc.offering_indefinite:
        amounts.append("total offering indefinite")
    if doc.total_sold is not None:
        amounts.append(f"sold {_money(doc.total_sold)}")
    if doc.total_remaining is not None:
        amounts.append(f"remaining {_money(doc.total_remaining)}")
    if amounts:
        parts.append(amounts[0][0].upper() + "; ".join(amounts)[1:] + ".")
    if doc.first_sale_date:
        parts.append(f"First sale {doc.first_sale_date.isoformat()}.")
    elif doc.first_sale_yet_to_occur:
        parts.append("First sale yet to occur.")
    people = [p for p in doc.related_persons if not p.is_entity][:8]
    if people:
        parts.append("Related persons: " + "; ".join(_person_text(p) for p in people) + ".")
    return " ".join(parts)


def _facts(ref: FilingRef, doc: FormD, amount: int | None, basis: str | None) -> dict[str, Any]:
    if doc.first_sale_date:
        first_sale: str | None = doc.first_sale_date.isoformat()
    elif doc.first_sale_yet_to_occur:
        first_sale = "yet to occur"
    else:
        first_sale = None
    return {
        "company": doc.issuer_name,
        # Form D names no round; "round" stays within the funding vocabulary.
        "round": None,
        "offering_type": "form_d",
        "amount": amount,
        "currency": "USD",
        "amount_basis": basis,
        "investors": [],
        "industry_group": doc.industry_group,
        "state": doc.address_state,
        "jurisdiction": doc.jurisdiction,
        "entity_type": doc.entity_type,
        "year_of_incorporation": doc.year_of_incorporation,
        "first_sale_date": first_sale,
        "total_offering": doc.total_offering,
        "offering_indefinite": True if doc.offering_indefinite else None,
        "total_sold": doc.total_sold,
        "total_remaining": doc.total_remaining,
        "investor_count": doc.investor_count,
        "accession": ref.accession,
        "cik": doc.cik,
        "form": doc.submission_type,
        "previous_accession": doc.previous_accession,
        "related_persons": [_person_text(p) for p in doc.related_persons],
        "executives": [{"name": p.name, "title": p.title} for p in doc.executives],
    }


def _hints(doc: FormD) -> dict[str, str]:
    if doc.is_us and doc.address_state:
        return {"state": doc.address_state, "country": "US"}
    # Foreign issuers: EDGAR's code ("X0") means nothing to the resolver, its description may.
    code = country_code(doc.address_state_name) if doc.address_state_name else None
    return {"country": code} if code else {}


def _index_url(ref: FilingRef) -> str:
    link = ref.index_url
    if link and link.startswith(("http://", "https://")):
        return link
    if link and link.startswith("/"):
        return DEFAULT_SEC_BASE + link
    nodash = ref.accession.replace("-", "")
    return f"{DEFAULT_SEC_BASE}/Archives/edgar/data/{int(ref.cik)}/{nodash}/{ref.accession}-index.htm"
