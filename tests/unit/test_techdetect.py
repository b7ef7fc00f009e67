"""Technology detection: every fingerprint on a page written the way its vendor documents the
install, no detection from mere mentions, the fingerprint file's own validation, and garbage in."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from signals.techdetect import (
    CATEGORIES,
    DEFAULT_FINGERPRINTS,
    MAX_HTML_CHARS,
    Detection,
    FingerprintError,
    _needle,
    _search,
    cookie_names,
    detect,
    load_fingerprints,
)
from tests.conftest import FIXTURES

EXAMPLES = FIXTURES / "tech" / "examples"
FINGERPRINTS = load_fingerprints()
_ALSO = re.compile(r"<!-- also: (.*?) -->")


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def names(html: str, **kw: object) -> set[str]:
    return {d.name for d in detect(html, **kw)}  # type: ignore[arg-type]


def wrap(head: str = "", body: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Acme</title>{head}</head>"
        f"<body><h1>Acme</h1>{body}</body></html>"
    )


# ------------------------------------------------------------------------- the fingerprint file


def test_the_file_covers_every_family_the_issue_names() -> None:
    assert len(FINGERPRINTS) >= 50
    categories = {fp.category for fp in FINGERPRINTS}
    for needed in ("CRM", "marketing automation", "live chat", "analytics", "tag management",
                   "payments", "applicant tracking", "intent data", "scheduling", "consent management"):
        assert needed in categories
    assert categories <= set(CATEGORIES)
    required = {"HubSpot", "Salesforce", "Pardot", "Zoho CRM", "Pipedrive", "Marketo", "ActiveCampaign",
                "Mailchimp", "Klaviyo", "Customer.io", "Braze", "Intercom", "Drift", "Zendesk", "LiveChat",
                "Crisp", "Olark", "Tawk.to", "Qualified", "HubSpot Chat", "Google Analytics", "Segment",
                "Mixpanel", "Amplitude", "Heap", "Hotjar", "FullStory", "PostHog", "Plausible", "Matomo",
                "Pendo", "Google Tag Manager", "Tealium iQ", "Adobe Launch", "Stripe", "Paddle",
                "Chargebee", "Recurly", "PayPal", "Greenhouse", "Lever", "Ashby", "Workable",
                "SmartRecruiters", "6sense", "Demandbase", "Bombora", "Clearbit Reveal",
                "ZoomInfo WebSights", "RB2B", "Leadfeeder", "Albacross", "Calendly", "Chili Piper",
                "OneTrust", "Cookiebot"}
    assert required <= {fp.name for fp in FINGERPRINTS}


def test_default_load_is_cached_but_callers_get_their_own_list() -> None:
    first = load_fingerprints()
    first.clear()
    assert len(load_fingerprints()) == len(FINGERPRINTS)
    assert len(load_fingerprints(DEFAULT_FINGERPRINTS)) == len(FINGERPRINTS)


@pytest.mark.parametrize("fingerprint", FINGERPRINTS, ids=lambda fp: slug(fp.name))
def test_every_fingerprint_detects_its_example_page_and_nothing_else(fingerprint) -> None:  # type: ignore[no-untyped-def]
    path = EXAMPLES / f"{slug(fingerprint.name)}.html"
    assert path.exists(), f"{fingerprint.name} has no positive example: add {path.relative_to(FIXTURES.parent.parent)}"
    html = path.read_text(encoding="utf-8")
    also = _ALSO.search(html)
    expected = {fingerprint.name} | (set(also.group(1).split(", ")) if also else set())
    found = detect(html, url="https://www.example.com/")
    assert {d.name for d in found} == expected
    mine = next(d for d in found if d.name == fingerprint.name)
    assert mine.category == fingerprint.category
    assert mine.evidence.split(" ", 1)[0] in {"script", "link", "meta", "inline", "html", "cookie"}


def test_every_example_page_belongs_to_a_fingerprint() -> None:
    slugs = {slug(fp.name) for fp in FINGERPRINTS}
    strays = [p.name for p in EXAMPLES.glob("*.html") if p.stem not in slugs]
    assert not strays


def test_needles_never_change_a_result() -> None:
    """The literal pre-check is an optimisation: on every example page it agrees with the regex."""
    pages = [p.read_text(encoding="utf-8") for p in EXAMPLES.glob("*.html")]
    with_needle = matched = 0
    for fp in FINGERPRINTS:
        for pattern in (*fp.inline_script, *fp.html):
            needle = _needle(pattern)
            with_needle += needle is not None
            for html in pages:
                found = pattern.search(html)
                assert (_search(pattern, html) is None) == (found is None), pattern.pattern
                if found and needle is not None:
                    matched += 1
                    assert needle in found.group(0), (needle, pattern.pattern)
    assert with_needle > 100 and matched > 50


def test_needle_is_only_a_required_literal() -> None:
    assert _needle(re.compile(r"\bpaypal\.Buttons\(")) == "paypal.Buttons("
    assert _needle(re.compile(r"colou?r_setting")) == "r_setting"
    assert _needle(re.compile(r"abc|defgh")) is None  # an alternation has no single required text
    assert _needle(re.compile(r"(?i)HubSpotTracker")) is None  # a case-insensitive match may differ
    assert _needle(re.compile(r"a\d")) is None  # too short to be worth it


# --------------------------------------------------------------------------- precision


def test_a_plain_page_detects_nothing() -> None:
    html = wrap(
        '<link rel="stylesheet" href="/assets/site.css"><script src="/assets/app.js"></script>'
        "<script>window.dataLayer = []; console.log('hello');</script>",
        "<p>We build robots.</p><a href='/careers'>Careers</a><img src='/logo.png'>",
    )
    assert detect(html, url="https://acme.example/") == []
    assert detect("") == [] and detect("just text, no markup") == []


@pytest.mark.parametrize(
    "body",
    [
        "<p>We moved our marketing to HubSpot last year and love it.</p>",
        "<p>Read <a href='https://blog.hubspot.com/marketing/inbound-marketing'>HubSpot's blog</a>.</p>",
        "<a href='https://www.hubspot.com/products/marketing'><img src='https://www.hubspot.com/hubfs/logo.png'></a>",
        # A tutorial quoting the snippet as text is not an install.
        "<pre><code>&lt;script id=\"hs-script-loader\" src=\"//js.hs-scripts.com/123.js\"&gt;&lt;/script&gt;"
        "\nvar _hsq = window._hsq || [];</code></pre>",
        # A commented-out snippet is not an install either.
        "<!-- <script src=\"//js.hs-scripts.com/123.js\"></script> -->",
        "<p>Compare HubSpot, Salesforce, Marketo, Intercom and Drift in our guide.</p>",
    ],
)
def test_a_mention_of_hubspot_is_not_an_install(body: str) -> None:
    assert detect(wrap(body=body), url="https://acme.example/") == []


def test_json_data_blocks_quoting_a_snippet_are_not_installs() -> None:
    article = '{"props":{"post":{"body":"Paste var _hsq = window._hsq || []; and window.intercomSettings = {}"}}}'
    html = wrap(body=f'<script id="__NEXT_DATA__" type="application/json">{article}</script>'
                '<script type="application/ld+json">{"text": "drift.load(\'abc\')"}</script>')
    assert detect(html) == []
    # A script marked text/plain for a consent manager still runs once consent is given.
    held = wrap('<script type="text/plain" data-cookieconsent="statistics">'
                "(function(h,o,t,j,a,r){h._hjSettings={hjid:1234567,hjsv:6};})"
                "(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');</script>")
    assert names(held) == {"Hotjar"}


def test_careers_links_to_vendor_sites_are_not_boards() -> None:
    body = (
        "<a href='https://www.greenhouse.com/blog/hiring'>Greenhouse blog</a>"
        "<a href='https://www.lever.co/'>Lever</a><a href='https://www.ashbyhq.com/customers'>Ashby</a>"
        "<a href='https://www.workable.com/'>Workable</a>"
    )
    assert detect(wrap(body=body)) == []
    assert names(wrap(body="<a href='https://jobs.lever.co/acme'>Jobs</a>")) == {"Lever"}
    assert names(wrap(body="<a class='btn' href=\"https://boards.greenhouse.io/acme?gh_src=1\">Jobs</a>")) == {"Greenhouse"}


def test_related_google_tags_are_told_apart() -> None:
    gtm_only = wrap(
        "<script>(function(w,d,s,l,i){w[l]=w[l]||[];j.src='https://www.googletagmanager.com/gtm.js?id='+i;"
        "})(window,document,'script','dataLayer','GTM-AB12CD3');</script>"
    )
    assert names(gtm_only) == {"Google Tag Manager"}
    ads_only = wrap(
        '<script async src="https://www.googletagmanager.com/gtag/js?id=AW-123456789"></script>'
        "<script>gtag('config', 'AW-123456789');</script>"
    )
    assert names(ads_only) == set()
    facebook_sdk = wrap(body='<script async defer src="https://connect.facebook.net/en_US/sdk.js"></script>')
    assert names(facebook_sdk) == set()


def test_several_tools_on_one_page_each_with_evidence() -> None:
    html = (EXAMPLES / "hubspot.html").read_text() + (EXAMPLES / "drift.html").read_text() + (
        EXAMPLES / "google-tag-manager.html").read_text()
    found = {d.name: d for d in detect(html)}
    assert set(found) == {"HubSpot", "Drift", "Google Tag Manager"}
    assert found["HubSpot"] == Detection("HubSpot", "marketing automation",
                                         "script src //js.hs-scripts.com/1234567.js")
    assert found["Drift"].evidence.startswith("inline script ")


def test_script_urls_are_read_as_https_whatever_their_form() -> None:
    for src in ("//js.hs-scripts.com/1.js", "http://js.hs-scripts.com/1.js", "HTTPS://JS.HS-SCRIPTS.COM/1.js",
                "  https://js.hs-scripts.com/1.js  "):
        assert names(wrap(f'<script src="{src}"></script>')) == {"HubSpot"}, src


def test_self_hosted_tools_are_read_by_path_against_the_page_url() -> None:
    html = wrap('<script defer data-domain="acme.example" src="/js/plausible.outbound-links.js"></script>'
                '<script src="stats/matomo.js"></script>')
    assert names(html, url="https://acme.example/pricing") == {"Plausible", "Matomo"}
    evidence = {d.name: d.evidence for d in detect(html, url="https://acme.example/")}
    assert evidence["Matomo"] == "script src stats/matomo.js"
    # A broken page URL does not break detection.
    assert names(html, url="http://[::1") == {"Plausible", "Matomo"}


def test_link_and_meta_patterns() -> None:
    assert names(wrap('<link rel="preconnect" href="https://js.stripe.com">')) == {"Stripe"}
    assert names(wrap('<link rel="preconnect" href="https://js.stripe.community.example">')) == set()
    assert names(wrap('<link href="https://assets.calendly.com/assets/external/widget.css" rel="stylesheet">')) == {"Calendly"}
    found = detect(wrap('<meta name="generator" content="HubSpot">'))
    assert found == [Detection("HubSpot", "marketing automation", 'meta generator="HubSpot"')]
    assert detect(wrap('<meta name="description" content="HubSpot partner agency">')) == []


# ---------------------------------------------------------------------------------- cookies


def test_cookie_names_from_set_cookie_headers() -> None:
    folded = {"Set-Cookie": "hubspotutk=abc; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT, "
                            "_ga=GA1.2.3; Domain=.acme.example; Secure; HttpOnly"}
    assert cookie_names(folded) == ["hubspotutk", "_ga"]
    headers = httpx.Headers([("set-cookie", "__stripe_mid=1; Path=/"), ("set-cookie", "OptanonConsent=x"),
                             ("content-type", "text/html")])
    assert cookie_names(headers) == ["__stripe_mid", "OptanonConsent"]
    assert cookie_names({"set-cookie": ["intercom-id-abc123=1", "bad name=2"]}) == ["intercom-id-abc123"]
    assert cookie_names(None) == [] and cookie_names({}) == []


def test_cookies_detect_tools() -> None:
    headers = httpx.Headers([("set-cookie", "_ga_ABC123=GS1; Path=/"), ("set-cookie", "_mkto_trk=id:123")])
    assert names(wrap(), headers=headers) == {"Google Analytics", "Marketo"}
    found = {d.name: d.evidence for d in detect(wrap(), headers=headers)}
    assert found["Marketo"] == "cookie _mkto_trk"
    assert names(wrap(), headers={"Set-Cookie": "_gax=1"}) == set()  # names match in full


# ---------------------------------------------------------------------------- size and garbage


def test_only_the_first_two_megabytes_are_read() -> None:
    snippet = '<script src="https://js.hs-scripts.com/1.js"></script>'
    head = "<html><body><p>"
    near = head + "x" * (MAX_HTML_CHARS - len(head) - len(snippet)) + snippet
    assert len(near) == MAX_HTML_CHARS and names(near) == {"HubSpot"}
    beyond = head + "x" * (MAX_HTML_CHARS - len(head)) + snippet
    assert names(beyond) == set()


def test_odd_but_real_markup() -> None:
    xml_declared = '<?xml version="1.0" encoding="ISO-8859-1"?><html><head>' \
                   '<script src="https://js.hs-scripts.com/1.js"></script></head></html>'
    assert names(xml_declared) == {"HubSpot"}
    assert names("\x00<script>window.intercomSettings = {app_id: 'x'};</script>") == {"Intercom"}
    assert names(b'<script src="https://js.stripe.com/v3/"></script>') == {"Stripe"}  # type: ignore[arg-type]
    unclosed = "<html><head><script src='https://client.crisp.chat/l.js'><body><p>never closed"
    assert names(unclosed) == {"Crisp"}


_FRAGMENTS = st.sampled_from([
    "<script>", "</script>", "<script src='", "'>", "<link href=\"", "<meta name=", "content=",
    "//js.hs-scripts.com/", "_hsq", "<!--", "-->", "<a href='https://jobs.lever.co/", "<div id=",
    "\x00", "&amp;", "<![CDATA[", "]]>", "<?xml ?>", "\ufeff", "\ud7ff", "<", ">", "\"", "'", "=",
])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    html=st.one_of(st.text(max_size=3000), st.lists(st.one_of(_FRAGMENTS, st.text(max_size=20)),
                                                     max_size=80).map("".join)),
    headers=st.one_of(st.none(), st.dictionaries(st.sampled_from(["Set-Cookie", "set-cookie", "X"]),
                                                 st.text(max_size=200), max_size=3)),
    url=st.one_of(st.just(""), st.text(max_size=40), st.just("https://acme.example/a/")),
)
def test_detect_never_raises_on_garbage(html: str, headers: dict | None, url: str) -> None:
    found = detect(html, headers=headers, url=url)
    assert isinstance(found, list)
    assert all(isinstance(d, Detection) and d.name and d.evidence for d in found)
    assert len({d.name for d in found}) == len(found)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_detect_takes_undecodable_bytes(data: bytes) -> None:
    assert isinstance(detect(data), list)  # type: ignore[arg-type]


# ------------------------------------------------------------------------ load_fingerprints


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "tools.toml"
    path.write_text(body, encoding="utf-8")
    return path


ENTRY = "[[technology]]\nname = \"Widget\"\ncategory = \"live chat\"\nwebsite = \"https://widget.example\"\n"


@pytest.mark.parametrize(
    ("body", "mentions"),
    [
        (ENTRY + "script_src = ['''^https://cdn\\.widget\\.example/(''']\n", "not a valid regular expression"),
        (ENTRY + "inline_script = ['''a*''']\n", "matches empty text"),
        (ENTRY, "needs at least one pattern"),
        (ENTRY + "script_srcs = ['''x\\.js''']\n", "script_srcs"),
        (ENTRY.replace("live chat", "chat") + "html = ['''<div id=\"w\">''']\n", "category"),
        (ENTRY.replace("https://widget.example", "widget.example") + "html = ['''<w-x''']\n", "website"),
        (ENTRY + "meta = '''generator'''\n", "meta"),
        (ENTRY + "aliases = \"Widgets\"\nhtml = ['''<w-x''']\n", "aliases"),
        (ENTRY + "html = ['''<w-x''']\n" + ENTRY.replace("Widget\"", "Other\"") + "aliases = [\"widget\"]\n"
         + "html = ['''<o-x''']\n", "already used by 'Widget'"),
        ("[[technology]]\nname = \"Widget\"\ncategory = \"live chat\"\n", "website"),
        ("name = 'x'\n", "unknown top-level keys"),
        ("", "has no [[technology]] entries"),
        ("[[technology]\nname=", "not valid TOML"),
    ],
)
def test_a_bad_fingerprint_file_names_the_problem(tmp_path: Path, body: str, mentions: str) -> None:
    with pytest.raises(FingerprintError) as info:
        load_fingerprints(_write(tmp_path, body))
    assert mentions in str(info.value)
    if "name = \"Widget\"" in body and "already used" not in mentions:
        assert "entry 'Widget'" in str(info.value)


def test_an_entry_without_a_name_is_named_by_position(tmp_path: Path) -> None:
    body = ENTRY + "html = ['''<w-x''']\n" + "[[technology]]\ncategory = \"CRM\"\n"
    with pytest.raises(FingerprintError, match=r"tools\.toml entry #2: name"):
        load_fingerprints(_write(tmp_path, body))


def test_a_missing_file_is_a_fingerprint_error(tmp_path: Path) -> None:
    with pytest.raises(FingerprintError, match="cannot read the fingerprint file"):
        load_fingerprints(tmp_path / "nope.toml")


def test_a_good_file_of_ones_own(tmp_path: Path) -> None:
    path = _write(tmp_path, ENTRY + "script_src = ['''^https://cdn\\.widget\\.example/''']\n"
                  "meta = { Generator = '''^Widget''' }\ncookies = ['''wid_\\d+''']\n")
    (fp,) = load_fingerprints(path)
    assert fp.meta["generator"].flags & re.IGNORECASE
    assert fp.names == frozenset({"widget"})
    html = wrap('<script src="//CDN.widget.example/w.js"></script>')
    assert detect(html, fingerprints=[fp]) == [Detection("Widget", "live chat", "script src //CDN.widget.example/w.js")]
    assert detect(wrap(), headers={"Set-Cookie": "wid_42=1"}, fingerprints=[fp])[0].evidence == "cookie wid_42"


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_garbage_fingerprint_files_raise_only_fingerprint_error(tmp_path_factory, body: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("fp") / "tools.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(FingerprintError):
        load_fingerprints(path)
