"""Built-in collectors. Importing this package registers every one of them."""

from signals.sources import (  # noqa: F401
    bombora_csv,
    funding_rss,
    intent_events,
    job_boards,
    people_file,
    press_rss,
    sec_form_d,
    tech_stack,
)
