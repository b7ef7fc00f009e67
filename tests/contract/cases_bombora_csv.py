"""Contract cases for bombora_csv: the hand-made weekly Company Surge files, by glob and over HTTP."""

import signals.sources.bombora_csv  # noqa: F401 - registers the collector
from signals.model import WatchedAccount
from tests.conftest import FIXTURES
from tests.contract.harness import ContractCase

INTENT = FIXTURES / "intent"
WEEKS = {p.name: p.read_bytes() for p in sorted(INTENT.glob("handmade_surge_2024-*.csv"))}
ACCOUNTS = [
    WatchedAccount(id=1, name="Acme Corp", domain="acme.com"),
    WatchedAccount(id=2, name="Globex", domain="globex.com"),
    WatchedAccount(id=3, name="Initech", domain="initech.com"),
    WatchedAccount(id=4, name="Umbrella", domain="umbrella.com"),
]

CASES = [
    ContractCase(
        id="bombora_csv-glob",
        type="bombora_csv",
        config={"name": "bombora", "type": "bombora_csv", "path": "{dir}/surge/*.csv"},
        files={f"surge/{name}": data for name, data in WEEKS.items()},
        accounts=ACCOUNTS,
        bad_config={"name": "bombora", "type": "bombora_csv"},
        bad_config_mentions="exactly one of `url` or `path`",
        min_events=6,
    ),
    ContractCase(
        id="bombora_csv-http",
        type="bombora_csv",
        config={
            "name": "bombora",
            "type": "bombora_csv",
            "url": "{base}/exports/surge.csv",
            "topics": ["sales intelligence"],
        },
        routes={"/exports/surge.csv": (WEEKS["handmade_surge_2024-01-22.csv"], "text/csv")},
        accounts=ACCOUNTS,
        bad_config={"name": "bombora", "type": "bombora_csv", "url": "ftp://example.com/surge.csv"},
        bad_config_mentions="http",
        min_events=2,
    ),
]
