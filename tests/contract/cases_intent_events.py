"""Contract cases for intent_events: the hand-made JSON Lines events, by path and over HTTP."""

import signals.sources.intent_events  # noqa: F401 - registers the collector
from signals.model import WatchedAccount
from tests.conftest import FIXTURES
from tests.contract.harness import ContractCase

EVENTS = (FIXTURES / "intent" / "handmade_web_events.jsonl").read_bytes()
ACCOUNTS = [
    WatchedAccount(id=1, name="Acme Corp", domain="acme.com"),
    WatchedAccount(id=2, name="Globex", domain="globex.com"),
    WatchedAccount(id=3, name="Initech", domain="initech.com"),
]

CASES = [
    ContractCase(
        id="intent_events-file",
        type="intent_events",
        config={"name": "web", "type": "intent_events", "path": "{dir}/events.jsonl"},
        files={"events.jsonl": EVENTS},
        accounts=ACCOUNTS,
        bad_config={"name": "web", "type": "intent_events", "path": "{dir}/events.jsonl",
                    "strong_paths": ["pricing"]},
        bad_config_mentions="strong_paths",
    ),
    ContractCase(
        id="intent_events-http",
        type="intent_events",
        config={"name": "web", "type": "intent_events", "url": "{base}/events.jsonl", "threshold": 40},
        routes={"/events.jsonl": (EVENTS, "application/x-ndjson")},
        accounts=ACCOUNTS,
        bad_config={"name": "web", "type": "intent_events", "url": "file:///etc/passwd"},
        bad_config_mentions="http",
        min_events=3,
    ),
]
