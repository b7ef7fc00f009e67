"""Technology installs and removals on watched accounts' websites (source type `tech_stack`).

For every watched account with a domain, the collector fetches its homepage and any extra paths
(`paths = ["/", "/pricing"]`) with a conditional GET, runs `signals.techdetect.detect` over each
page, and compares the tools found with the account's last snapshot (`tech:<domain>`):

* the first successful check of a site is its baseline: no events;
* a tool seen now and not before is `tech_installed`, at once;
* a tool seen before and absent now is `tech_removed` only after it has been absent on
  `REMOVAL_CHECKS` (two) consecutive successful checks. Pages vary between requests (A/B tests,
  consent banners holding scripts back, geo and bot variants), and one odd page must not tell a
  rep that a customer ripped out a tool;
* a page that cannot be fetched (timeout, TLS, 4xx/5xx, not HTML, empty) is skipped with a
  reason and its last known tools are kept: a failed fetch never looks like "every tool removed".
  A page that suddenly shows none of several tools seen before (a challenge page, an error page
  served with 200) is treated the same way;
* a 304 means the page is unchanged; it counts as a successful check with the tools it had.

Config (`[[sources]]`, type = "tech_stack"):

    paths        ["/"]      paths fetched on each site, each starting with "/"
    scheme       "https"    how the site is reached ("http" for odd intranets and tests)
    base_urls    {}         {"site": "http://127.0.0.1:8080/{domain}"}: a template for the site
                            root, "{domain}" standing for the account's domain (proxies, tests)
    competitors  []         tool names (or aliases) that mark an event competitor = true;
    complements  []         ... and complement = true. Left out, the workspace's [icp] lists
                            apply (from ctx.defaults, or copied in by the config loader).
    concurrency  16         sites fetched at once (threads over the shared, thread-safe Fetcher)
    max_bytes    5 MB       response size cap per page (detection reads the first 2 MB)
    fingerprints null       a fingerprint file of your own instead of the bundled one

Fetching and detection run in a thread pool; snapshot reads and writes and event creation stay
on the calling thread, in account order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import Field, field_validator

from signals.http import FetchError
from signals.model import SignalEvent, SignalKind, WatchedAccount
from signals.scoring import signal_strength
from signals.sources.base import (
    Collector,
    ConfigProblem,
    ReadContext,
    SourceConfig,
    SourceError,
    register,
)
from signals.techdetect import Fingerprint, FingerprintError, detect, load_fingerprints

#: Consecutive successful checks a tool must be missing on before `tech_removed` is emitted.
REMOVAL_CHECKS = 2
#: A page that loses every tool at once is suspect when it had at least this many.
WIPEOUT_MIN_TOOLS = 2
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
SNAPSHOT_PREFIX = "tech:"

_HOST = re.compile(
    r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$"
)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


class TechStackConfig(SourceConfig):
    #: Paths fetched on each account's site: the homepage plus, for example, "/pricing".
    paths: list[str] = Field(default_factory=lambda: ["/"])
    scheme: Literal["https", "http"] = "https"
    #: Tool names (or aliases from the fingerprint file) that are competitors / complements.
    competitors: list[str] = Field(default_factory=list)
    complements: list[str] = Field(default_factory=list)
    concurrency: int = Field(default=16, ge=1, le=64)
    max_bytes: int = Field(default=DEFAULT_MAX_BYTES, gt=0)
    #: Path to a fingerprint file in the format of signals/data/technologies.toml.
    fingerprints: str | None = None

    @field_validator("competitors", "complements")
    @classmethod
    def _names(cls, values: list[str]) -> list[str]:
        return [v.strip() for v in values if v and v.strip()]


def normalise_domain(raw: str | None) -> str | None:
    """"https://WWW.Acme.com/about" -> "www.acme.com"; None when it is not a host name."""
    if not raw or not isinstance(raw, str):
        return None
    value = _SCHEME.sub("", raw.strip())
    value = re.split(r"[/?#]", value, maxsplit=1)[0]
    value = value.rsplit("@", 1)[-1].split(":", 1)[0].rstrip(".").lower()
    try:
        value = value.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    return value if _HOST.match(value) else None


@dataclass(frozen=True, slots=True)
class _Site:
    domain: str
    account: WatchedAccount
    urls: tuple[str, ...]


@dataclass(slots=True)
class _PageResult:
    url: str
    status: Literal["ok", "not_modified", "failed"]
    #: tool name -> [category, evidence]
    tools: dict[str, list[str]] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    error: str = ""


@register
class TechStackCollector(Collector):
    type = "tech_stack"
    Config = TechStackConfig
    description = (
        "Tools installed on or removed from watched accounts' websites (CRM, marketing automation, "
        "chat, analytics, payments, ATS, intent pixels), from the project's fingerprint file."
    )

    # ------------------------------------------------------------------------------ config

    def check(self, config: SourceConfig) -> None:
        assert isinstance(config, TechStackConfig)
        where = f"source {config.name!r}"
        if not config.paths:
            raise ConfigProblem(f"{where}: `paths` must list at least one path, such as \"/\"")
        for path in config.paths:
            if not path.startswith("/") or "://" in path or any(c.isspace() for c in path):
                raise ConfigProblem(
                    f"{where}: each entry of `paths` must be a path starting with \"/\" "
                    f"(got {path!r}); the host comes from each account's domain"
                )
        unknown = set(config.base_urls) - {"site"}
        if unknown:
            raise ConfigProblem(
                f"{where}: base_urls accepts only `site` (a template such as "
                f"\"http://127.0.0.1:8080/{{domain}}\"); unknown keys: {sorted(unknown)}"
            )
        site = config.base_urls.get("site")
        if site is not None:
            if "{domain}" not in site:
                raise ConfigProblem(
                    f"{where}: base_urls.site must contain {{domain}}, which stands for each "
                    f"account's domain (got {site!r})"
                )
            if not site.startswith(("http://", "https://")):
                raise ConfigProblem(f"{where}: base_urls.site must start with http:// or https://")
        try:
            load_fingerprints(config.fingerprints)
        except FingerprintError as exc:
            raise ConfigProblem(f"{where}: {exc}") from exc

    # -------------------------------------------------------------------------------- read

    def read(self, config: SourceConfig, ctx: ReadContext) -> Iterator[SignalEvent]:
        assert isinstance(config, TechStackConfig)
        where = f"source {config.name!r}"
        try:
            fingerprints = load_fingerprints(config.fingerprints)
        except FingerprintError as exc:
            raise SourceError(f"{where}: {exc}") from exc
        by_name = {fp.name: fp for fp in fingerprints}
        sites = self._sites(config, ctx, where)
        old_validators = ctx.state.get("pages")
        old_validators = old_validators if isinstance(old_validators, dict) else {}
        validators: dict[str, dict[str, str]] = {}
        total = len(sites)
        failed_sites = 0
        last_error = ""
        if ctx.progress:
            ctx.progress(0, total)

        def work(site: _Site) -> list[_PageResult]:
            return [
                self._check_page(url, old_validators.get(url), config, ctx, fingerprints)
                for url in site.urls
            ]

        pool = ThreadPoolExecutor(max_workers=max(1, min(config.concurrency, total or 1)),
                                  thread_name_prefix="tech_stack")
        try:
            for done, (site, results) in enumerate(zip(sites, pool.map(work, sites), strict=True), 1):
                for result in results:
                    if result.status == "failed":
                        last_error = f"{result.url}: {result.error}"
                if all(r.status == "failed" for r in results):
                    failed_sites += 1
                yield from self._compare(config, ctx, site, results, by_name, old_validators, validators)
                if ctx.progress:
                    ctx.progress(done, total)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        ctx.state["pages"] = validators
        if total and failed_sites == total:
            ctx.warn(f"{where}: none of the {total} sites could be fetched (last error: {last_error})")

    def _sites(self, config: TechStackConfig, ctx: ReadContext, where: str) -> list[_Site]:
        template = config.base_urls.get("site")
        paths = list(dict.fromkeys(config.paths))
        sites: list[_Site] = []
        seen: set[str] = set()
        for account in ctx.accounts:
            if not account.domain:
                continue
            domain = normalise_domain(account.domain)
            if domain is None:
                ctx.skip(f"{where} account {account.name!r}",
                         f"the domain {account.domain!r} is not a host name; fix it on the account")
                continue
            if domain in seen:  # two accounts on one site: one check, events for the first
                continue
            seen.add(domain)
            root = template.replace("{domain}", domain) if template else f"{config.scheme}://{domain}"
            urls = tuple(root.rstrip("/") + path for path in paths)
            sites.append(_Site(domain=domain, account=account, urls=urls))
        return sites

    # ------------------------------------------------------------------- worker thread side

    @staticmethod
    def _check_page(
        url: str,
        validator: Any,
        config: TechStackConfig,
        ctx: ReadContext,
        fingerprints: Sequence[Fingerprint],
    ) -> _PageResult:
        validator = validator if isinstance(validator, dict) else {}
        try:
            response = ctx.http.get(
                url,
                etag=validator.get("etag"),
                last_modified=validator.get("last_modified"),
                max_bytes=config.max_bytes,
                timeout=config.timeout_s,
            )
        except FetchError as exc:
            return _PageResult(url, "failed", error=exc.reason)
        except Exception as exc:  # noqa: BLE001 - one page's surprise must not cost the batch
            return _PageResult(url, "failed", error=f"could not fetch the page: {exc.__class__.__name__}")
        if response.not_modified:
            return _PageResult(url, "not_modified", etag=response.etag, last_modified=response.last_modified)
        ctype = str(response.headers.get("content-type", "")).lower()
        if ctype and "html" not in ctype:
            return _PageResult(url, "failed", error=f"the page is not HTML (Content-Type {ctype[:60]})")
        try:
            text = response.text()
            if not text.strip():
                return _PageResult(url, "failed", error="the page was empty")
            found = detect(text, headers=response.headers, url=response.url, fingerprints=fingerprints)
        except Exception as exc:  # noqa: BLE001 - detect() is total; this guards the batch anyway
            return _PageResult(url, "failed", error=f"could not read the page: {exc.__class__.__name__}")
        return _PageResult(
            url,
            "ok",
            tools={d.name: [d.category, d.evidence] for d in found},
            etag=response.etag,
            last_modified=response.last_modified,
        )

    # ------------------------------------------------------------------ calling thread side

    def _compare(
        self,
        config: TechStackConfig,
        ctx: ReadContext,
        site: _Site,
        results: list[_PageResult],
        by_name: Mapping[str, Fingerprint],
        old_validators: Mapping[str, Any],
        validators: dict[str, dict[str, str]],
    ) -> list[SignalEvent]:
        where = f"source {config.name!r}"
        key = SNAPSHOT_PREFIX + site.domain
        snapshot = ctx.snapshots.get(key)
        if not isinstance(snapshot, dict) or not isinstance(snapshot.get("techs"), dict):
            snapshot = None
        previous_pages = snapshot.get("pages") if snapshot else None
        previous_pages = previous_pages if isinstance(previous_pages, dict) else {}

        read_now: dict[str, dict[str, list[str]]] = {}  # pages checked this time
        not_read: dict[str, dict[str, list[str]]] = {}  # pages that failed: last known tools
        for result in results:
            if result.status == "failed":
                ctx.skip(f"{where} {result.url}", result.error)
                if isinstance(previous_pages.get(result.url), dict):
                    not_read[result.url] = previous_pages[result.url]
                if isinstance(old_validators.get(result.url), dict):
                    validators[result.url] = old_validators[result.url]
                continue
            if result.status == "not_modified":
                if not isinstance(previous_pages.get(result.url), dict):
                    # Validators without the page they describe: fetch it in full next time.
                    continue
                tools = previous_pages[result.url]
            else:
                tools = result.tools
            read_now[result.url] = tools
            stored = {k: v for k, v in (("etag", result.etag), ("last_modified", result.last_modified)) if v}
            if stored:
                validators[result.url] = stored
        if not read_now:
            return []  # nothing was checked: the snapshot stays exactly as it was

        today = ctx.now.date().isoformat()
        current: dict[str, tuple[str, str, str]] = {}  # name -> (category, evidence, page url)
        for url in site.urls:
            for name, value in (read_now.get(url) or {}).items():
                if name in by_name and name not in current and _pair(value):
                    current[name] = (str(value[0]), str(value[1]), url)
        pages = {**not_read, **read_now}
        if snapshot is None:
            techs = {
                name: {"category": cat, "first_seen": today, "last_seen": today,
                       "evidence": ev, "page_url": url}
                for name, (cat, ev, url) in current.items()
            }
            ctx.snapshots.put(key, {"techs": techs, "checked_at": ctx.now.isoformat(), "pages": pages})
            return []

        previous: dict[str, Any] = {
            name: value for name, value in snapshot["techs"].items()
            if name in by_name and isinstance(value, dict)  # tools dropped from the file are forgotten
        }
        unknown = {name for tools in not_read.values() for name in tools}
        wipeout = not current and len(previous) >= WIPEOUT_MIN_TOOLS
        if wipeout:
            ctx.skip(
                f"{where} {site.urls[0]}",
                f"the site showed none of the {len(previous)} tools seen before (an error or "
                "challenge page?); not counted as a removal",
            )
        events: list[SignalEvent] = []
        techs: dict[str, Any] = {}
        for name, (category, evidence, url) in current.items():
            old = previous.get(name)
            if old is None:
                techs[name] = {"category": category, "first_seen": today, "last_seen": today,
                               "evidence": evidence, "page_url": url}
                events.append(self._event(SignalKind.TECH_INSTALLED, config, ctx, site, by_name[name],
                                          category, evidence, url, {}))
            else:
                kept = {k: v for k, v in old.items() if k != "misses"}
                techs[name] = {**kept, "category": category, "last_seen": today,
                               "evidence": evidence, "page_url": url}
        for name, old in previous.items():
            if name in techs:
                continue
            if wipeout or name in unknown:
                techs[name] = old
                continue
            misses = _int(old.get("misses")) + 1
            if misses < REMOVAL_CHECKS:
                techs[name] = {**old, "misses": misses}
                continue
            category = str(old.get("category") or by_name[name].category)
            last = str(old.get("evidence") or "")
            evidence = (f"absent on {misses} consecutive checks of {', '.join(site.urls)}"
                        + (f"; last seen via {last}" if last else ""))
            url = str(old.get("page_url") or site.urls[0])
            events.append(self._event(SignalKind.TECH_REMOVED, config, ctx, site, by_name[name],
                                      category, evidence, url, {"last_seen": old.get("last_seen")}))
        ctx.snapshots.put(key, {"techs": techs, "checked_at": ctx.now.isoformat(), "pages": pages})
        return events

    @staticmethod
    def _event(
        kind: SignalKind,
        config: TechStackConfig,
        ctx: ReadContext,
        site: _Site,
        fp: Fingerprint,
        category: str,
        evidence: str,
        page_url: str,
        extra: dict[str, Any],
    ) -> SignalEvent:
        competitors = {c.casefold() for c in _names(config, ctx, "competitors")}
        complements = {c.casefold() for c in _names(config, ctx, "complements")}
        facts: dict[str, Any] = {
            "technology": fp.name,
            "category": category,
            "competitor": bool(fp.names & competitors),
            "complement": bool(fp.names & complements),
            "evidence": evidence,
            "page_url": page_url,
            **{k: v for k, v in extra.items() if v},
        }
        company = site.account.name
        installed = kind is SignalKind.TECH_INSTALLED
        if installed:
            title = f"{company} added {fp.name} ({category}) to its website"
            excerpt = f"{fp.name} found on {page_url}: {evidence}"
        else:
            title = f"{company} removed {fp.name} ({category}) from its website"
            excerpt = f"{fp.name} no longer found on {site.domain}: {evidence}"
        verb = "installed" if installed else "removed"
        return SignalEvent(
            kind=kind,
            source=config.name,
            occurred_at=ctx.now,
            title=title,
            url=page_url,
            ref=f"{site.domain}|{fp.name}|{verb}|{ctx.now.date().isoformat()}",
            company_name=company,
            company_domain=site.domain,
            excerpt=excerpt,
            facts=facts,
            strength=signal_strength(kind, facts),
        )


def _names(config: TechStackConfig, ctx: ReadContext, key: str) -> list[str]:
    """The source's own list, else the workspace's `[icp]` list the orchestrator passed in."""
    own: list[str] = getattr(config, key)
    if key in config.model_fields_set:
        return own
    fallback = ctx.defaults.get(key) if isinstance(getattr(ctx, "defaults", None), Mapping) else None
    if isinstance(fallback, list | tuple):
        return [str(v).strip() for v in fallback if str(v).strip()]
    return own


def _pair(value: Any) -> bool:
    return isinstance(value, list | tuple) and len(value) == 2


def _int(value: Any) -> int:
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return 0
