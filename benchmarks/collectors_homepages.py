"""Homepage benchmark for the tech_stack collector: 2,000 sites on loopback, a full cycle, then a 304 cycle.

Each synthetic homepage is a realistic marketing page (navigation, hero, feature sections, a
large inline hydration script, JSON-LD, footer; 40-140 KB) carrying a random set of 3-10 vendor
snippets written the way the vendors document them. The pages are written to a temp folder and
served by `benchmarks._loopback.StaticServer` (a child process, ETag / If-None-Match), one site
per folder: `/<domain>/index.html`, read through `base_urls = {site = "http://127.0.0.1:PORT/{domain}"}`
and `paths = ["/index.html"]`.

Cycle 1 fetches and detects every page (the baseline). Before cycle 2, 5% of the sites gain a
tool (their file is rewritten, so their ETag changes); cycle 2 then sees mostly 304s and emits one
`tech_installed` per changed site.

    python benchmarks/collectors_homepages.py              # 2,000 sites
    python benchmarks/collectors_homepages.py --sites 200  # a quick look

`run_homepages_benchmark(n_sites=2000) -> dict` is what benchmarks/collectors.py calls.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._loopback import StaticServer, peak_rss_mb  # noqa: E402
from signals.http import Fetcher  # noqa: E402
from signals.model import SignalKind, WatchedAccount  # noqa: E402
from signals.sources.base import MemorySnapshots, ReadContext  # noqa: E402
from signals.sources.tech_stack import TechStackCollector, TechStackConfig  # noqa: E402

#: Tool name -> the snippet a site pastes, with @ID@-style placeholders for account ids.
#: Names match technologies.toml.
SNIPPETS: dict[str, str] = {
    "Google Tag Manager": (
        "<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),"
        "event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?"
        "'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;"
        "f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-@ID@');</script>"
    ),
    "Google Analytics": (
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-@ID@"></script><script>'
        "window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}"
        "gtag('js', new Date());gtag('config', 'G-@ID@');</script>"
    ),
    "HubSpot": (
        '<script type="text/javascript" id="hs-script-loader" async defer '
        'src="//js.hs-scripts.com/@NUM@.js"></script>'
    ),
    "Hotjar": (
        "<script>(function(h,o,t,j,a,r){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};"
        "h._hjSettings={hjid:@NUM@,hjsv:6};a=o.getElementsByTagName('head')[0];r=o.createElement"
        "('script');r.async=1;r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;a.appendChild(r);"
        "})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');</script>"
    ),
    "Segment": (
        '<script>!function(){var i="analytics",analytics=window[i]=window[i]||[];if(!analytics.initialize)'
        'if(analytics.invoked)window.console&&console.error&&console.error("Segment snippet included twice.");'
        'else{analytics.invoked=!0;analytics.load=function(key,n){var t=document.createElement("script");'
        't.type="text/javascript";t.async=!0;t.src="https://cdn.segment.com/analytics.js/v1/" + key + '
        '"/analytics.min.js";var r=document.getElementsByTagName("script")[0];r.parentNode.insertBefore(t,r);'
        'analytics._loadOptions=n};analytics.SNIPPET_VERSION="5.2.0";analytics.load("@ID@");analytics.page();}}();</script>'
    ),
    "Intercom": (
        '<script>window.intercomSettings = {api_base: "https://api-iam.intercom.io", app_id: "@ID@"};</script>'
        "<script>(function(){var w=window;var ic=w.Intercom;if(typeof ic===\"function\"){ic('update',"
        "w.intercomSettings);}else{var d=document;var i=function(){i.c(arguments);};i.q=[];w.Intercom=i;"
        "var l=function(){var s=d.createElement('script');s.async=true;s.src='https://widget.intercom.io/widget/@ID@';"
        "var x=d.getElementsByTagName('script')[0];x.parentNode.insertBefore(s,x);};l();}})();</script>"
    ),
    "Drift": (
        "<script>!function(){var t=window.driftt=window.drift=window.driftt||[];if(!t.init){t.load="
        "function(t){var e=3e5,n=Math.ceil(new Date()/e)*e,o=document.createElement(\"script\");"
        "o.async=!0,o.src=\"https://js.driftt.com/include/\"+n+\"/\"+t+\".js\";var i=document."
        "getElementsByTagName(\"script\")[0];i.parentNode.insertBefore(o,i);};}}();"
        "drift.SNIPPET_VERSION='0.3.1';drift.load('@ID@');</script>"
    ),
    "LinkedIn Insight Tag": (
        '<script type="text/javascript">_linkedin_partner_id = "@NUM@";window._linkedin_data_partner_ids = '
        "window._linkedin_data_partner_ids || [];window._linkedin_data_partner_ids.push(_linkedin_partner_id);"
        '</script><script type="text/javascript">(function(l) {var s = document.getElementsByTagName("script")[0];'
        'var b = document.createElement("script");b.type = "text/javascript";b.async = true;'
        'b.src = "https://snap.licdn.com/li.lms-analytics/insight.min.js";s.parentNode.insertBefore(b, s);'
        "})(window.lintrk);</script>"
    ),
    "Meta Pixel": (
        "<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod."
        "apply(n,arguments):n.queue.push(arguments)};t=b.createElement(e);t.async=!0;t.src=v;"
        "s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window, document,'script',"
        "'https://connect.facebook.net/en_US/fbevents.js');fbq('init', '@NUM@');fbq('track', 'PageView');</script>"
    ),
    "OneTrust": (
        '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" '
        'charset="UTF-8" data-domain-script="@UUID@"></script><script type="text/javascript">'
        "function OptanonWrapper() { }</script>"
    ),
    "Cookiebot": (
        '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="@UUID@" '
        'data-blockingmode="auto" type="text/javascript"></script>'
    ),
    "Stripe": '<script src="https://js.stripe.com/v3/"></script>',
    "Marketo": (
        "<script type=\"text/javascript\">(function() {var didInit = false;function initMunchkin() {"
        "if(didInit === false) {didInit = true;Munchkin.init('@MKTO@');}}var s = document.createElement"
        "('script');s.type = 'text/javascript';s.async = true;s.src = '//munchkin.marketo.net/munchkin.js';"
        "s.onload = initMunchkin;document.getElementsByTagName('head')[0].appendChild(s);})();</script>"
    ),
    "Pardot": (
        "<script type=\"text/javascript\">piAId = '@NUM@';piCId = '1234';piHostname = 'pi.pardot.com';"
        "(function() {function async_load(){var s = document.createElement('script'); s.type = "
        "'text/javascript';s.src = ('https:' == document.location.protocol ? 'https://pi' : 'http://cdn') + "
        "'.pardot.com/pd.js';var c = document.getElementsByTagName('script')[0]; c.parentNode.insertBefore(s, c);"
        "}window.addEventListener('load', async_load, false);})();</script>"
    ),
    "6sense": '<script id="6senseWebTag" src="https://j.6sc.co/j/@UUID@.js"></script>',
    "Clearbit Reveal": (
        '<script src="https://tag.clearbitscripts.com/v1/pk_@ID@/tags.js" '
        'referrerpolicy="strict-origin-when-cross-origin"></script>'
    ),
    "ZoomInfo WebSights": (
        '<script>window.ZIProjectKey = "@ID@";(function () {var zi = document.createElement("script");'
        'zi.async = true;zi.src = "https://js.zi-scripts.com/zi-tag.js";var s = document.'
        'getElementsByTagName("script")[0];s.parentNode.insertBefore(zi, s);})();</script>'
    ),
    "Calendly": (
        '<link href="https://assets.calendly.com/assets/external/widget.css" rel="stylesheet">'
        '<script src="https://assets.calendly.com/assets/external/widget.js" type="text/javascript" async></script>'
    ),
    "Chili Piper": '<script src="https://js.chilipiper.com/marketing.js" type="text/javascript" async></script>',
    "Mixpanel": (
        '<script type="text/javascript">(function(f,b){if(!b.__SV){var e,g;window.mixpanel=b;b._i=[];'
        'e=f.createElement("script");e.async=!0;e.src="undefined"!==typeof MIXPANEL_CUSTOM_LIB_URL?'
        'MIXPANEL_CUSTOM_LIB_URL:"//cdn.mxpnl.com/libs/mixpanel-2-latest.min.js";g=f.getElementsByTagName'
        '("script")[0];g.parentNode.insertBefore(e,g)}})(document,window.mixpanel||[]);'
        'mixpanel.init("@HEX32@");</script>'
    ),
    "FullStory": (
        "<script>window['_fs_host'] = 'fullstory.com';window['_fs_script'] = 'edge.fullstory.com/s/fs.js';"
        "window['_fs_org'] = 'o-@ID@-na1';window['_fs_namespace'] = 'FS';</script>"
    ),
    "Zendesk": '<script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=@UUID@"> </script>',
    "Crisp": (
        '<script type="text/javascript">window.$crisp=[];window.CRISP_WEBSITE_ID="@UUID@";(function(){'
        'd=document;s=d.createElement("script");s.src="https://client.crisp.chat/l.js";s.async=1;'
        'd.getElementsByTagName("head")[0].appendChild(s);})();</script>'
    ),
    "Greenhouse": (
        '<div id="grnhse_app"></div><script src="https://boards.greenhouse.io/embed/job_board/js?for=@SLUG@"></script>'
    ),
}
#: Tools most B2B homepages carry, picked more often.
COMMON = ["Google Tag Manager", "Google Analytics", "HubSpot", "LinkedIn Insight Tag", "OneTrust"]

WORDS = ("platform revenue teams pipeline automate insight workflow secure scale customers data "
         "integrations analytics growth cloud enterprise onboarding reporting forecast trusted "
         "modern faster simple powerful collaboration dashboard compliance support global").split()


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def _fill(snippet: str, rng: random.Random, domain: str) -> str:
    hexchars = "0123456789abcdef"
    uuid = "-".join("".join(rng.choice(hexchars) for _ in range(k)) for k in (8, 4, 4, 4, 12))
    values = {
        "@ID@": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)),
        "@NUM@": str(rng.randrange(1_000_000, 9_999_999)),
        "@UUID@": uuid,
        "@HEX32@": "".join(rng.choice(hexchars) for _ in range(32)),
        "@MKTO@": f"{rng.randrange(100, 999)}-ABC-{rng.randrange(100, 999)}",
        "@SLUG@": domain.split(".")[0],
    }
    for token, value in values.items():
        snippet = snippet.replace(token, value)
    return snippet


def homepage(rng: random.Random, domain: str, tools: list[str]) -> str:
    """A marketing homepage with the given tools' snippets, head and body as real sites place them."""
    company = domain.split(".")[0].replace("-", " ").title()
    head_tools = [t for t in tools if t not in ("Greenhouse", "Drift", "Intercom", "Zendesk")]
    body_tools = [t for t in tools if t not in head_tools]
    nav = "".join(f'<li><a href="/{w}">{w.title()}</a></li>' for w in rng.sample(WORDS, 7))
    sections = []
    for i in range(rng.randint(14, 48)):
        cards = "".join(
            f'<div class="card card-{j}"><img src="/img/f{i}-{j}.webp" alt="" loading="lazy">'
            f"<h3>{_sentence(rng, 3)}</h3><p>{_sentence(rng, rng.randint(20, 60))}</p>"
            f'<a class="link" href="/features/{i}-{j}">Learn more</a></div>'
            for j in range(rng.randint(2, 4))
        )
        sections.append(f'<section class="feature" id="s{i}"><h2>{_sentence(rng, 5)}</h2>'
                        f'<div class="grid">{cards}</div></section>')
    hydration = '{"props":{"pageProps":{"blocks":[' + ",".join(
        f'{{"id":{k},"text":"{_sentence(rng, 10)}"}}' for k in range(rng.randint(40, 160))
    ) + "]}}}"
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{company} | {_sentence(rng, 4)}</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="description" content="{_sentence(rng, 20)}">'
        f'<link rel="canonical" href="https://{domain}/"><link rel="stylesheet" href="/assets/site.{rng.randrange(10**8)}.css">'
        '<link rel="preload" as="font" href="/fonts/inter.woff2" crossorigin>'
        + "".join(_fill(SNIPPETS[t], rng, domain) for t in head_tools)
        + '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization",'
        f'"name":"{company}","url":"https://{domain}/"}}</script>'
        f'<script defer src="/assets/app.{rng.randrange(10**8)}.js"></script></head><body>'
        f'<header><nav><a class="logo" href="/">{company}</a><ul>{nav}</ul>'
        '<a class="btn" href="/demo">Book a demo</a></nav></header>'
        f'<main><section class="hero"><h1>{_sentence(rng, 6)}</h1><p>{_sentence(rng, 25)}</p></section>'
        + "".join(sections)
        + "</main><footer><p>&copy; 2024 " + company + "</p><a href=\"/careers\">Careers</a></footer>"
        + "".join(_fill(SNIPPETS[t], rng, domain) for t in body_tools)
        + f'<script id="__NEXT_DATA__" type="application/json">{hydration}</script></body></html>\n'
    )


def _pick_tools(rng: random.Random) -> list[str]:
    tools = {t for t in COMMON if rng.random() < 0.6}
    others = [t for t in SNIPPETS if t not in COMMON]
    tools.update(rng.sample(others, rng.randint(1, 6)))
    while len(tools) < 3:
        tools.add(rng.choice(others))
    return sorted(tools)


def run_homepages_benchmark(n_sites: int = 2000, *, concurrency: int = 16, seed: int = 7,
                            changed_share: float = 0.05) -> dict[str, Any]:
    """Generate, serve and read `n_sites` homepages twice; return the measurements."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="outrider-homepages-") as tmp:
        root = Path(tmp)
        accounts: list[WatchedAccount] = []
        site_tools: list[list[str]] = []
        total_bytes = 0
        for i in range(n_sites):
            domain = f"site{i}.example"
            tools = _pick_tools(rng)
            site_tools.append(tools)
            html = homepage(rng, domain, tools)
            folder = root / domain
            folder.mkdir()
            (folder / "index.html").write_text(html, encoding="utf-8")
            total_bytes += len(html)
            accounts.append(WatchedAccount(id=i + 1, name=f"Site {i}", domain=domain))

        server = StaticServer(root)
        fetcher = Fetcher(attempts=2, timeout=30, max_connections=concurrency, allow_private=True)
        try:
            config = TechStackConfig.model_validate({
                "name": "homepages", "type": "tech_stack", "paths": ["/index.html"],
                "base_urls": {"site": f"http://127.0.0.1:{server.port}/{{domain}}"},
                "concurrency": concurrency,
            })
            collector = TechStackCollector()
            collector.check(config)
            snapshots = MemorySnapshots()
            state: dict[str, Any] = {}

            def cycle() -> tuple[float, list, ReadContext]:
                ctx = ReadContext(http=fetcher, state=state, snapshots=snapshots, accounts=accounts)
                start = time.perf_counter()
                events = list(collector.read(config, ctx))
                return time.perf_counter() - start, events, ctx

            first_s, first_events, first_ctx = cycle()
            detected = sum(len(snapshots.get(f"tech:{a.domain}")["techs"]) for a in accounts
                           if snapshots.get(f"tech:{a.domain}"))
            expected = sum(len(t) for t in site_tools)
            state["polled_once"] = True

            # A few sites add a tool between the cycles; the rest answer 304.
            changed = rng.sample(range(n_sites), max(1, int(n_sites * changed_share)))
            for i in changed:
                missing = [t for t in SNIPPETS if t not in site_tools[i]]
                site_tools[i] = sorted([*site_tools[i], rng.choice(missing)])
                domain = f"site{i}.example"
                html = homepage(rng, domain, site_tools[i])
                path = root / domain / "index.html"
                path.write_text(html, encoding="utf-8")
            second_s, second_events, second_ctx = cycle()
        finally:
            fetcher.close()
            server.close()
    installs = sum(1 for e in second_events if e.kind is SignalKind.TECH_INSTALLED)
    return {
        "homepages": n_sites,
        "avg_page_kb": round(total_bytes / n_sites / 1024, 1),
        "tools_expected": expected,
        "tools_detected": detected,
        "first_cycle_s": round(first_s, 2),
        "first_homepages_per_s": round(n_sites / first_s, 1),
        "first_cycle_events": len(first_events),
        "first_cycle_problems": len(first_ctx.problems),
        "changed_sites": len(changed),
        "second_cycle_s": round(second_s, 2),
        "second_homepages_per_s": round(n_sites / second_s, 1),
        "second_cycle_installs": installs,
        "second_cycle_problems": len(second_ctx.problems),
        "second_over_first": round(second_s / first_s, 3),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    result = run_homepages_benchmark(args.sites, concurrency=args.concurrency)

    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"tech_stack: {args.sites:,} homepages on loopback")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key, value in result.items():
        table.add_row(key.replace("_", " "), f"{value:,}" if isinstance(value, int) else str(value))
    Console().print(table)


if __name__ == "__main__":
    main()
