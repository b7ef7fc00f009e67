"""Built-in collectors. Importing this package registers every one of them."""

from signals.sources import funding_rss, people_file, press_rss, sec_form_d  # noqa: F401
