"""Run the HTTP API under uvicorn (`outrider serve`).

uvicorn's own access log is off: it would print every URL, and our unsubscribe and click URLs
carry signed tokens. agent.api.middleware.AccessLog logs requests with those masked instead.
"""

from __future__ import annotations

import logging

import uvicorn

from agent.api.app import create_app
from agent.workspace import Workspace


def make_server(ws: Workspace, *, host: str = "127.0.0.1", port: int = 8000, alert_worker: bool = True) -> uvicorn.Server:
    """A uvicorn server for `ws`, not yet started (`.run()` blocks; tests run it in a thread)."""
    app = create_app(ws, alert_worker=alert_worker)
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        access_log=False,
        log_config=None,  # keep the process's logging (the CLI's -v), not uvicorn's own setup
        server_header=False,
        timeout_keep_alive=15,
        lifespan="on",
    )
    # access_log=False only unhooks the logger's handlers; a handler added later (a log collector,
    # a test's capture) would still receive every URL. Disabled, it emits nothing at all.
    logging.getLogger("uvicorn.access").disabled = True
    return uvicorn.Server(config)


def serve(ws: Workspace, *, host: str = "127.0.0.1", port: int = 8000, alert_worker: bool = True) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM shut down gracefully)."""
    make_server(ws, host=host, port=port, alert_worker=alert_worker).run()
