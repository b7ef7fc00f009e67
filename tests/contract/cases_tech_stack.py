"""Contract cases for tech_stack: two watched sites served on loopback, with extra paths.

The first read of a site is its baseline, so a fresh read yields no event (min_events=0); the
contract still checks that config validates, a second read adds nothing, and that the state and
snapshots survive JSON.
"""

import signals.sources.tech_stack  # noqa: F401 - registers the collector for the contract test
from signals.model import WatchedAccount
from tests.conftest import FIXTURES
from tests.contract.harness import ContractCase

EXAMPLES = FIXTURES / "tech" / "examples"
HOME = (EXAMPLES / "hubspot.html").read_bytes() + (EXAMPLES / "drift.html").read_bytes()
PRICING = (EXAMPLES / "stripe.html").read_bytes()

CASES = [
    ContractCase(
        id="tech_stack-loopback",
        type="tech_stack",
        config={
            "name": "sites",
            "type": "tech_stack",
            "base_urls": {"site": "{base}/{domain}"},
            "paths": ["/", "/pricing"],
            "competitors": ["Drift"],
            "complements": ["Stripe"],
            "every": "1d",
        },
        routes={
            "/acme.example/": (HOME, "text/html; charset=utf-8"),
            "/acme.example/pricing": (PRICING, "text/html"),
            "/beta.example/": ((EXAMPLES / "intercom.html").read_bytes(), "text/html"),
        },
        accounts=[
            WatchedAccount(id=1, name="Acme Robotics", domain="acme.example"),
            WatchedAccount(id=2, name="Beta Labs", domain="https://beta.example/"),
        ],
        bad_config={"name": "sites", "type": "tech_stack", "base_urls": {"site": "{base}/sites"}},
        bad_config_mentions="{domain}",
        min_events=0,
    ),
]
