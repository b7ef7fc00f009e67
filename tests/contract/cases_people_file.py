"""Contract cases for people_file: hand-made People Data Labs JSON over HTTP, and a CSV from a file."""

from datetime import UTC, datetime

import signals.sources.people_file  # noqa: F401 - registers the collector for a local run
from signals.model import WatchedAccount
from tests.conftest import FIXTURES
from tests.contract.harness import ContractCase

PDL_V2 = (FIXTURES / "job_change" / "handmade_pdl_bulk_v2.json").read_bytes()
CSV_V2 = (FIXTURES / "job_change" / "handmade_people_v2.csv").read_bytes()
NOW = datetime(2024, 6, 15, tzinfo=UTC)
ACCOUNTS = [
    WatchedAccount(id=1, name="Northwind Analytics", domain="northwind.example"),
    WatchedAccount(id=2, name="Kestrel Robotics", domain="kestrel.example"),
    WatchedAccount(id=3, name="Lattice Energy", domain="latticeenergy.example"),
]

CASES = [
    ContractCase(
        id="people_file-pdl-http",
        type="people_file",
        config={"name": "pdl", "type": "people_file", "url": "{base}/people.json"},
        routes={"/people.json": (PDL_V2, "application/json")},
        accounts=ACCOUNTS,
        bad_config={"name": "pdl", "type": "people_file", "url": "ftp://example.com/people.json"},
        bad_config_mentions="http",
        now=NOW,
    ),
    ContractCase(
        id="people_file-csv-file",
        type="people_file",
        config={"name": "crm-people", "type": "people_file", "path": "{dir}/exports/people-*.csv"},
        files={"exports/people-2024-06.csv": CSV_V2},
        accounts=ACCOUNTS,
        bad_config={"name": "crm-people", "type": "people_file"},
        bad_config_mentions="exactly one of `url` or `path`",
        now=NOW,
    ),
]
