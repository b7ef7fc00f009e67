"""Built-in collectors, each imported the first time its type is asked for
(`signals.sources.base.collector_for`), so a workspace that polls two feeds never imports the
HTML, CSV and SEC parsers of the others. `load_all()` (or `base.registered()`) imports every one."""

from __future__ import annotations

import importlib

#: Source type -> the module that registers its collector.
BUILTIN_MODULES: dict[str, str] = {
    "bombora_csv": "signals.sources.bombora_csv",
    "funding_rss": "signals.sources.funding_rss",
    "intent_events": "signals.sources.intent_events",
    "job_boards": "signals.sources.job_boards",
    "people_file": "signals.sources.people_file",
    "press_rss": "signals.sources.press_rss",
    "sec_form_d": "signals.sources.sec_form_d",
    "tech_stack": "signals.sources.tech_stack",
}


def load(source_type: str) -> bool:
    """Import the built-in collector of `source_type`; False when there is none by that name."""
    module = BUILTIN_MODULES.get(source_type)
    if module is None:
        return False
    importlib.import_module(module)
    return True


def load_all() -> None:
    for module in BUILTIN_MODULES.values():
        importlib.import_module(module)
