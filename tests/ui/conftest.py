"""The UI tests stand for a server bound to 127.0.0.1, as `outrider ui` starts it: without [auth]
the pages refuse to serve the typed-email reviewer on any other address."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from streamlit import config


@pytest.fixture(autouse=True)
def served_on_loopback() -> Iterator[None]:
    before = config.get_option("server.address")
    config.set_option("server.address", "127.0.0.1")
    yield
    config.set_option("server.address", before)
