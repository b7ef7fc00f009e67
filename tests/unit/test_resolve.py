"""Entity resolution: a miss is acceptable, a wrong match is not."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from signals.model import WatchedAccount
from signals.resolve import (
    AccountResolver,
    Match,
    country_code,
    normalise_company_name,
    normalise_domain,
    registrable_domain,
    same_words,
    state_code,
)

# -- normalise_domain -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("https://www.Acme.io/about", "acme.io"),
        ("acme.io", "acme.io"),
        ("ACME.IO.", "acme.io"),
        ("  acme.io  ", "acme.io"),
        ("http://acme.io:8080/careers?x=1#top", "acme.io"),
        ("acme.io/about", "acme.io"),
        ("//cdn.acme.io/x.js", "cdn.acme.io"),
        ("www2.acme.co.uk", "acme.co.uk"),
        ("jane.doe@Acme.io", "acme.io"),
        ("mailto:jane@acme.io", "acme.io"),
        ("https://user:secret@acme.io/", "acme.io"),
        ("jobs.acme.io", "jobs.acme.io"),
        ("münchen.de", "xn--mnchen-3ya.de"),
        ("acme", None),
        ("acme io", None),
        ("acme .io", None),
        ("", None),
        ("   ", None),
        (None, None),
        ("10.0.0.1", None),
        ("acme.", None),
        (".io", None),
        ("*.acme.io", None),
        ("acme_corp.io", None),
        ("-acme.io", None),
        ("acme.io:notaport", None),
        ("https://", None),
        ("www.io", "www.io"),
    ],
)
def test_normalise_domain(raw: str | None, expected: str | None) -> None:
    assert normalise_domain(raw) == expected


def test_normalise_domain_tolerates_non_strings() -> None:
    assert normalise_domain(42) is None  # type: ignore[arg-type]


def test_registrable_domain_knows_multi_label_suffixes() -> None:
    assert registrable_domain("jobs.acme.co.uk") == "acme.co.uk"
    assert registrable_domain("jobs.acme.io") == "acme.io"
    assert registrable_domain("co.uk") is None


# -- normalise_company_name -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Acme Robotics", "acme robotics"),
        ("ACME ROBOTICS, INC.", "acme robotics"),
        ("Acme Robotics Incorporated", "acme robotics"),
        ("The Acme Robotics Company", "acme robotics"),
        ("Acme, L.L.C.", "acme"),
        ("Acme Ltd.", "acme"),
        ("Acme Limited", "acme"),
        ("Acme Corp", "acme"),
        ("Acme Corporation", "acme"),
        ("Acme Co.", "acme"),
        ("Acme GmbH", "acme"),
        ("Acme AG", "acme"),
        ("Acme S.A.", "acme"),
        ("Acme SAS", "acme"),
        ("Acme B.V.", "acme"),
        ("Acme NV", "acme"),
        ("Acme Pty Ltd", "acme"),
        ("Acme PLC", "acme"),
        ("Acme LP", "acme"),
        ("Acme LLP", "acme"),
        ("Acme AB", "acme"),
        ("Acme Oy", "acme"),
        ("Acme ASA", "acme"),
        ("Acme KK", "acme"),
        ("Acme S.r.l.", "acme"),
        ("Acme SpA", "acme"),
        ("Acme S.p.A.", "acme"),
        ("Acme GmbH & Co. KG", "acme"),
        ("Acme Holdings", "acme"),
        ("Acme Holdings, Inc.", "acme"),
        ("Holdings", "holdings"),
        ("Inc.", "inc"),
        ("The Company", "company"),
        ("Acme's", "acme"),
        ("Acme’s", "acme"),
        ("the Acme", "acme"),
        ("Paris-based Acme", "acme"),
        ("Berlin based Acme GmbH", "acme"),
        ("San Francisco-based Acme, Inc.", "acme"),
        ("Fintech startup Acme", "acme"),
        ("AI startup Acme", "acme"),
        ("YC-backed Acme", "acme"),
        ("stealth startup Acme", "acme"),
        ("London's Acme", "acme"),
        ("YC-backed fintech startup Acme", "acme"),
        ("Moody's Analytics", "moody analytics"),  # not a place: the possessive is the name
        ("Asset Backed Securities Corp", "asset backed securities"),
        ("Lean Startup Co", "lean startup"),
        ("Procter & Gamble", "procter and gamble"),
        ("Smith & Co.", "smith"),
        ("Société Générale S.A.", "societe generale"),
        ("Ørsted A/S", "orsted"),
        ("Nestlé", "nestle"),
        ("ＡＣＭＥ", "acme"),  # full-width (NFKC)
        ("ACME ROBOTICS INC /DE/", "acme robotics"),
        ("Acme (formerly Globex) Inc", "acme"),
        ("J.P. Morgan Chase & Co.", "jp morgan chase"),
        ("  Acme   --  Robotics  ", "acme robotics"),
        ("Hugging Face, Inc.", "hugging face"),
        ("", ""),
        ("!!!", ""),
    ],
)
def test_normalise_company_name(raw: str, expected: str) -> None:
    assert normalise_company_name(raw) == expected


def test_normalised_names_are_stable_examples() -> None:
    for raw in ["London's Acme Ltd", "the the Acme", "Acme Inc Inc", "Paris-based YC-backed Acme Co"]:
        once = normalise_company_name(raw)
        assert normalise_company_name(once) == once


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=60))
def test_normalise_company_name_is_idempotent(raw: str) -> None:
    once = normalise_company_name(raw)
    assert normalise_company_name(once) == once


_NAME_ALPHABET = st.sampled_from(
    list("abcAé ß'’.-&,/()") + ["inc", "the ", " llc", " co", "based ", "paris ", "startup ", "'s "]
)


@settings(max_examples=400)
@given(st.lists(_NAME_ALPHABET, max_size=12).map("".join))
def test_normalise_company_name_is_idempotent_on_name_like_text(raw: str) -> None:
    once = normalise_company_name(raw)
    assert normalise_company_name(once) == once


@settings(max_examples=300)
@given(st.text(max_size=40))
def test_normalise_domain_output_is_a_fixpoint(raw: str) -> None:
    once = normalise_domain(raw)
    if once is not None:
        assert normalise_domain(once) == once


# -- geography helpers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("US", "US"), ("us", "US"), ("USA", "US"), ("United States", "US"), ("UK", "GB"),
     ("United Kingdom", "GB"), ("Germany", "DE"), ("de", "DE"), ("", None), (None, None),
     ("Narnia", None)],
)
def test_country_code(raw: str | None, expected: str | None) -> None:
    assert country_code(raw) == expected


def test_state_code() -> None:
    assert state_code("California") == "CA"
    assert state_code("ca") == "CA"
    assert state_code(None) is None


# -- same_words -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("acme robotcs", "acme robotics", True),
        ("data dog", "datadog", True),
        ("hugging face", "huggingface", True),
        ("acme lab", "acme labs", True),
        ("lattice", "lattice energy", False),
        ("ramp", "ramp flow", False),
        ("acme", "acme robotics", False),
        ("acme robotics east", "acme robotics west", False),
        ("studio 54", "studio 55", False),
        ("international business machines", "international business machines uk", False),
    ],
)
def test_same_words(a: str, b: str, expected: bool) -> None:
    assert same_words(a.split(), b.split()) is expected
    assert same_words(b.split(), a.split()) is expected


# -- AccountResolver ------------------------------------------------------------------------

ACCOUNTS = [
    WatchedAccount(id=1, name="Acme Robotics", domain="acme.io", aliases=("ACME Bots",),
                   industry="Software", employees=300, country="US", state="CA"),
    WatchedAccount(id=2, name="Lattice Energy", domain="latticeenergy.com"),
    WatchedAccount(id=3, name="Ramp Flow", domain="rampflow.io"),
    WatchedAccount(id=4, name="Datadog", domain="datadoghq.com"),
    WatchedAccount(id=5, name="HuggingFace"),
    WatchedAccount(id=6, name="Northwind Traders Inc.", state="CA", country="US"),
    WatchedAccount(id=7, name="Northwind Traders LLC", state="New York", country="United States"),
    WatchedAccount(id=8, name="Globex Ltd", domain="globex.co.uk", country="GB"),
    WatchedAccount(id=9, name="Initech", domain="https://www.Initech.com/", aliases=("Initrode",)),
    WatchedAccount(id=10, name="Lever Analytics", domain="lever.co"),  # a shared host as own domain
    WatchedAccount(id=11, name="Stark Industries", domain="co.uk"),  # junk domain: never indexed
    WatchedAccount(id=12, name="Lattice", domain="latticesemi.com"),
]


@pytest.fixture(scope="module")
def resolver() -> AccountResolver:
    return AccountResolver(ACCOUNTS)


def _id(match: Match | None) -> int | None:
    return match.account.id if match else None


def test_match_is_a_frozen_value(resolver: AccountResolver) -> None:
    match = resolver.resolve(domain="acme.io")
    assert isinstance(match, Match)
    with pytest.raises(dataclasses.FrozenInstanceError):
        match.score = 1  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kwargs", "expected", "method"),
    [
        ({"domain": "acme.io"}, 1, "domain"),
        ({"domain": "https://www.ACME.io/about"}, 1, "domain"),
        ({"domain": "jobs.acme.io"}, 1, "domain"),
        ({"domain": "eu.jobs.acme.io"}, 1, "domain"),
        ({"domain": "initech.com"}, 9, "domain"),
        ({"domain": "careers.globex.co.uk"}, 8, "domain"),
        ({"domain": "acme.io", "name": "Something Else Entirely"}, 1, "domain"),
        ({"name": "Acme Robotics, Inc."}, 1, "name"),
        ({"name": "ACME ROBOTICS INC /DE/"}, 1, "name"),
        ({"name": "Paris-based Acme Robotics"}, 1, "name"),
        ({"name": "Tartu-based Acme Robotics"}, 1, "name"),  # unknown place, still the remainder
        ({"name": "YC-backed Acme Robotics"}, 1, "name"),
        ({"name": "Acme Bots"}, 1, "alias"),
        ({"name": "Initrode Corp"}, 9, "alias"),
        ({"name": "Acme Robotcs"}, 1, "fuzzy"),
        ({"name": "Data Dog"}, 4, "fuzzy"),
        ({"name": "Hugging Face"}, 5, "fuzzy"),
        ({"name": "Hugging Face, Inc."}, 5, "fuzzy"),
        ({"name": "Lattice Energy"}, 2, "name"),
    ],
)
def test_resolves(resolver: AccountResolver, kwargs: dict, expected: int, method: str) -> None:
    match = resolver.resolve(**kwargs)
    assert match is not None, kwargs
    assert (match.account.id, match.method) == (expected, method)
    assert 0 <= match.score <= 100
    assert match.reason and "\n" not in match.reason


def test_reasons_read_like_a_sentence(resolver: AccountResolver) -> None:
    assert resolver.resolve(domain="acme.io").reason == 'domain acme.io matches "Acme Robotics"'
    assert "under acme.io" in resolver.resolve(domain="jobs.acme.io").reason
    assert 'alias "ACME Bots" of "Acme Robotics"' in resolver.resolve(name="acme bots").reason
    fuzzy = resolver.resolve(name="Acme Robotcs")
    assert fuzzy.reason.startswith('name "Acme Robotcs" is close to "Acme Robotics"')


@pytest.mark.parametrize(
    "kwargs",
    [
        {"name": "Lattice Energy Storage"},  # extra word
        {"name": "Ramp"},  # account is "Ramp Flow"
        {"name": "Acme"},  # account is "Acme Robotics"
        {"name": "Acme Robotics Europe"},
        {"name": "Datadog Ventures"},
        {"name": "Acme Robotics West"},
        {"name": "Globex Energy"},
        {"domain": "github.io"},
        {"domain": "acme.github.io"},
        {"domain": "medium.com"},
        {"domain": "acme.substack.com"},
        {"domain": "acme.notion.site"},
        {"domain": "jobs.lever.co"},
        {"domain": "lever.co"},  # even an account's own domain, when it is a shared host
        {"domain": "boards.greenhouse.io"},
        {"domain": "jobs.ashbyhq.com"},
        {"domain": "acme.wd1.myworkdayjobs.com"},
        {"domain": "co.uk"},
        {"domain": "stark.co.uk"},  # account 11's junk domain "co.uk" is no parent
        {"domain": "unknown-company.com"},
        {"name": None, "domain": None},
        {"name": "", "domain": ""},
        {"name": "   ", "domain": "  "},
        {"name": "Inc."},
        {"name": "!!!"},
    ],
)
def test_misses(resolver: AccountResolver, kwargs: dict) -> None:
    assert resolver.resolve(**kwargs) is None


def test_lattice_never_matches_lattice_energy() -> None:
    resolver = AccountResolver([WatchedAccount(id=1, name="Lattice Energy")])
    assert resolver.resolve(name="Lattice") is None
    assert resolver.resolve(name="Lattice Inc") is None


def test_ramp_never_matches_ramp_flow() -> None:
    resolver = AccountResolver([WatchedAccount(id=1, name="Ramp Flow")])
    assert resolver.resolve(name="Ramp") is None
    assert resolver.resolve(name="Ramp Flow, Inc.").account.id == 1


def test_acme_never_matches_acme_robotics() -> None:
    resolver = AccountResolver([WatchedAccount(id=1, name="Acme Robotics")])
    assert resolver.resolve(name="Acme") is None


def test_shared_host_falls_through_to_the_name(resolver: AccountResolver) -> None:
    # a job posting on Lever is about Acme, not about the account whose domain is lever.co
    match = resolver.resolve(name="Acme Robotics", domain="https://jobs.lever.co/acme/123")
    assert _id(match) == 1 and match.method == "name"
    match = resolver.resolve(name="Lever Analytics", domain="lever.co")
    assert _id(match) == 10 and match.method == "name"


def test_same_name_is_told_apart_by_hints(resolver: AccountResolver) -> None:
    assert resolver.resolve(name="Northwind Traders") is None
    ca = resolver.resolve(name="Northwind Traders", hints={"state": "CA"})
    assert _id(ca) == 6 and "state CA" in ca.reason
    ny = resolver.resolve(name="NORTHWIND TRADERS INC", hints={"state": "NY"})
    assert _id(ny) == 7  # account 7 says "New York"
    assert _id(resolver.resolve(name="Northwind Traders", hints={"state": "California"})) == 6
    assert resolver.resolve(name="Northwind Traders", hints={"state": "TX"}) is None
    # both accounts are in the US: the country cannot decide
    assert resolver.resolve(name="Northwind Traders", hints={"country": "US"}) is None
    assert resolver.resolve(name="Northwind Traders", hints={"unrelated": "x"}) is None


def test_country_hint_breaks_a_tie() -> None:
    resolver = AccountResolver(
        [
            WatchedAccount(id=1, name="Orbit Labs", country="Germany"),
            WatchedAccount(id=2, name="Orbit Labs GmbH", country="US"),
        ]
    )
    assert resolver.resolve(name="Orbit Labs") is None
    assert _id(resolver.resolve(name="Orbit Labs", hints={"country": "DE"})) == 1
    assert _id(resolver.resolve(name="Orbit Labs", hints={"country": "United States"})) == 2


def test_fuzzy_tie_between_same_named_accounts_uses_hints() -> None:
    resolver = AccountResolver(
        [
            WatchedAccount(id=1, name="Acme Robotics", state="CA"),
            WatchedAccount(id=2, name="Acme Robotics", state="TX"),
        ]
    )
    assert resolver.resolve(name="Acme Robotcs") is None
    assert _id(resolver.resolve(name="Acme Robotcs", hints={"state": "TX"})) == 2


def test_fuzzy_needs_a_clear_margin() -> None:
    resolver = AccountResolver(
        [WatchedAccount(id=1, name="Acme Robotics"), WatchedAccount(id=2, name="Acme Robotica")]
    )
    assert resolver.resolve(name="Acme Robotic") is None  # equally close to both
    assert _id(resolver.resolve(name="Acme Robotics")) == 1  # exact still wins


def test_fuzzy_needs_a_high_score() -> None:
    resolver = AccountResolver([WatchedAccount(id=1, name="Quantum Harbor")])
    assert _id(resolver.resolve(name="Quantum Harbour")) == 1
    assert resolver.resolve(name="Quantim Harbr") is None  # too far


def test_same_domain_accounts_need_the_name_or_hints() -> None:
    resolver = AccountResolver(
        [
            WatchedAccount(id=1, name="Acme Robotics", domain="acme.io", state="CA"),
            WatchedAccount(id=2, name="Acme Foods", domain="acme.io", state="NY"),
        ]
    )
    assert resolver.resolve(domain="acme.io") is None
    assert _id(resolver.resolve(domain="acme.io", name="Acme Foods Inc")) == 2
    assert _id(resolver.resolve(domain="acme.io", hints={"state": "CA"})) == 1


def test_a_conflicting_own_domain_blocks_a_name_match() -> None:
    accounts = [WatchedAccount(id=1, name="Lattice", domain="latticesemi.com")]
    resolver = AccountResolver(accounts)
    # "Lattice" the HR company (lattice.com) is not Lattice Semiconductor
    assert resolver.resolve(name="Lattice", domain="lattice.com") is None
    # same brand on another TLD is fine, and so is no domain at all
    assert _id(resolver.resolve(name="Lattice", domain="latticesemi.de")) == 1
    assert _id(resolver.resolve(name="Lattice")) == 1
    # a shared host says nothing about the company
    assert _id(resolver.resolve(name="Lattice", domain="lattice.medium.com")) == 1
    # the check can be turned off
    loose = AccountResolver(accounts, domain_conflicts_block=False)
    assert _id(loose.resolve(name="Lattice", domain="lattice.com")) == 1


def test_duplicate_account_rows_are_one_account() -> None:
    account = WatchedAccount(id=1, name="Acme Robotics", domain="acme.io")
    resolver = AccountResolver([account, account])
    assert _id(resolver.resolve(domain="acme.io")) == 1
    assert _id(resolver.resolve(name="Acme Robotics")) == 1


def test_subdomain_of_a_watched_subdomain_on_a_shared_host() -> None:
    resolver = AccountResolver([WatchedAccount(id=1, name="Acme Docs", domain="acme.github.io")])
    assert _id(resolver.resolve(domain="acme.github.io")) == 1
    assert _id(resolver.resolve(domain="docs.acme.github.io")) == 1
    assert resolver.resolve(domain="other.github.io") is None


def test_empty_resolver() -> None:
    resolver = AccountResolver([])
    assert resolver.resolve(name="Acme", domain="acme.io") is None


def test_many_accounts_with_a_shared_prefix_stay_correct() -> None:
    accounts = [WatchedAccount(id=i, name=f"Acme Division {i:04d}") for i in range(2000)]
    accounts.append(WatchedAccount(id=99999, name="Acme Robotics"))
    resolver = AccountResolver(accounts)
    assert _id(resolver.resolve(name="Acme Robotcs")) == 99999
    assert _id(resolver.resolve(name="Acme Division 0042")) == 42
    assert resolver.resolve(name="Acme Division 0042 East") is None


_HINTS = st.dictionaries(st.sampled_from(["state", "country", "x"]), st.text(max_size=10), max_size=3)


@settings(max_examples=400, deadline=None)
@given(
    name=st.none() | st.text(max_size=50),
    domain=st.none() | st.text(max_size=50),
    hints=st.none() | _HINTS,
)
def test_resolve_never_raises(name: str | None, domain: str | None, hints: dict | None) -> None:
    resolver = _shared_resolver()
    match = resolver.resolve(name=name, domain=domain, hints=hints)
    assert match is None or isinstance(match, Match)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([a.name for a in ACCOUNTS]), st.sampled_from(["", " Inc.", ", LLC", " GmbH"]))
def test_every_watched_name_resolves_to_itself_or_is_ambiguous(name: str, suffix: str) -> None:
    match = _shared_resolver().resolve(name=name + suffix)
    if match is not None:
        assert normalise_company_name(match.account.name) == normalise_company_name(name)


_CACHE: dict[str, AccountResolver] = {}


def _shared_resolver() -> AccountResolver:
    if "r" not in _CACHE:
        _CACHE["r"] = AccountResolver(ACCOUNTS)
    return _CACHE["r"]


def test_a_name_that_spells_its_web_address_matches_that_domain() -> None:
    from signals.model import WatchedAccount
    from signals.resolve import AccountResolver

    resolver = AccountResolver([WatchedAccount(1, "Salesforce", "salesforce.com"), WatchedAccount(2, "Acme", "acme.com")])
    match = resolver.resolve(name="Salesforce.com, Inc.")
    assert match is not None and match.account.id == 1 and match.method == "domain"
    assert resolver.resolve(name="Acme.com.au Pty Ltd") is None  # a regional site is not acme.com
    assert resolver.resolve(name="Notsalesforce.com") is None


# The resolver reads stored domains through a fast path; it must agree with the normaliser on
# every input, canonical or not (a stored domain from an older import may not be canonical).
from signals.resolve import _stored_domain  # noqa: E402
from signals.text.links import normalise_domain as _normalise_domain  # noqa: E402


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="abcw019-.xnA/:@ ", max_size=24))
def test_stored_domains_read_as_the_normaliser_reads_them(value: str) -> None:
    assert _stored_domain(value) == _normalise_domain(value)


def test_stored_domains_fast_path_examples() -> None:
    for value in ("acme.io", "www.acme.io", "www.acme", "ACME.io", "acme.io.", "acme.12", "acme.x",
                  "xn--mnchen-3ya.de", "sub.acme.co.uk", "www2.acme.com", "acme.io:443", "", None):
        assert _stored_domain(value) == _normalise_domain(value), value
