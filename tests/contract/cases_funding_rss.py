"""Contract cases for funding_rss: the real TechCrunch capture, over HTTP and from a file."""

from datetime import UTC, datetime

from tests.conftest import FIXTURES
from tests.contract.harness import ContractCase

FEED = (FIXTURES / "news_rss" / "techcrunch_feed_2023-08-16.xml").read_bytes()
NOW = datetime(2023, 8, 20, tzinfo=UTC)

CASES = [
    ContractCase(
        id="funding_rss-http",
        type="funding_rss",
        config={"name": "tc", "type": "funding_rss", "url": "{base}/feed.xml", "max_age_days": 30},
        routes={"/feed.xml": (FEED, "application/rss+xml")},
        bad_config={"name": "tc", "type": "funding_rss", "url": "ftp://example.com/feed"},
        bad_config_mentions="http",
        now=NOW,
    ),
    ContractCase(
        id="funding_rss-file",
        type="funding_rss",
        config={"name": "tc", "type": "funding_rss", "path": "{dir}/feed.xml"},
        files={"feed.xml": FEED},
        bad_config={"name": "tc", "type": "funding_rss"},
        bad_config_mentions="exactly one of `url` or `path`",
        now=NOW,
    ),
]
