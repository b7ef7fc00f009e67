"""Contract cases for press_rss: the hand-made press-release wire, over HTTP and from a file."""

from datetime import UTC, datetime

import signals.sources.press_rss  # noqa: F401 - registers the collector for a local run
from tests.conftest import FIXTURES
from tests.contract.harness import ContractCase

FEED = (FIXTURES / "job_change" / "handmade_press_releases.rss.xml").read_bytes()
NOW = datetime(2024, 6, 21, tzinfo=UTC)

CASES = [
    ContractCase(
        id="press_rss-http",
        type="press_rss",
        config={"name": "wire", "type": "press_rss", "url": "{base}/press.xml", "max_age_days": 30},
        routes={"/press.xml": (FEED, "application/rss+xml")},
        bad_config={"name": "wire", "type": "press_rss", "url": "file:///etc/passwd"},
        bad_config_mentions="http",
        min_events=4,
        now=NOW,
    ),
    ContractCase(
        id="press_rss-file",
        type="press_rss",
        config={"name": "wire", "type": "press_rss", "path": "{dir}/press.xml"},
        files={"press.xml": FEED},
        bad_config={"name": "wire", "type": "press_rss", "path": "{dir}/press.xml", "url": "{base}/x"},
        bad_config_mentions="exactly one of `url` or `path`",
        min_events=4,
        now=NOW,
    ),
]
