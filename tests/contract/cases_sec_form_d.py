"""Contract cases for sec_form_d: a getcurrent page in EDGAR's shape listing the real primary docs."""

from datetime import UTC, datetime

import signals.sources.sec_form_d  # noqa: F401 - registers the collector until signals.sources imports it
from signals.sec.formd import primary_doc_path
from signals.sources.sec_form_d import FEED_PATH
from tests.conftest import FIXTURES
from tests.contract.harness import ContractCase

EDGAR = FIXTURES / "edgar"
FEED = (EDGAR / "handmade_getcurrent_formd.atom.xml").read_bytes()
DOCS = {
    primary_doc_path("0001961089", "0001961089-23-000001"): "edgartools_D.1685REIT.primary_doc.xml",
    primary_doc_path("0001958740", "0001958740-23-000001"): "edgartools_D.APFund.primary_doc.xml",
    primary_doc_path("0001544190", "0001544190-23-000001"): "edgartools_D.Shepards.primary_doc.xml",
    primary_doc_path("0009990001", "0009990001-23-000001"): "handmade_D.acme_indefinite.primary_doc.xml",
    primary_doc_path("0009990002", "0009990002-23-000001"): "handmade_D.beta_yet_to_occur.primary_doc.xml",
}
ROUTES = {
    FEED_PATH.format(start=0, count=100): (FEED, "application/atom+xml"),
    **{path: ((EDGAR / name).read_bytes(), "text/xml") for path, name in DOCS.items()},
}
NOW = datetime(2023, 2, 1, tzinfo=UTC)

CASES = [
    ContractCase(
        id="sec_form_d-http",
        type="sec_form_d",
        config={
            "name": "edgar",
            "type": "sec_form_d",
            "user_agent_email": "revops@example.com",
            "base_urls": {"sec": "{base}"},
            "max_age_days": 30,
        },
        routes=ROUTES,
        bad_config={"name": "edgar", "type": "sec_form_d", "base_urls": {"sec": "{base}"}},
        bad_config_mentions="contact email",
        min_events=4,
        now=NOW,
    ),
    ContractCase(
        id="sec_form_d-funds-workspace-contact",
        type="sec_form_d",
        config={
            "name": "edgar-funds",
            "type": "sec_form_d",
            "contact_email": "team@example.org",
            "include_funds": True,
            "industries": ["Pooled Investment Fund", "REITS and Finance"],
            "base_urls": {"sec": "{base}"},
        },
        routes=ROUTES,
        bad_config={
            "name": "edgar-funds",
            "type": "sec_form_d",
            "contact_email": "team@example.org",
            "industries": ["Software"],
        },
        bad_config_mentions="unknown Form D industry group",
        min_events=2,
        now=NOW,
    ),
]
