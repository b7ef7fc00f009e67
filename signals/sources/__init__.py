"""Built-in collectors. Importing this package registers every one of them."""

from signals.sources import funding_rss  # noqa: F401
