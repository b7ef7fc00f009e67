"""The FastAPI app behind `outrider serve`: /healthz, the /v1 event API, and our mail's links.

`create_app(ws)` builds it for one workspace. Errors are answered in words (`{"detail": ...}`),
a busy database is a 503 with Retry-After, and nothing unexpected ever shows a traceback,
a token or a request body: those are logged (without the body) and answered with a plain 500.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.status import HTTP_422_UNPROCESSABLE_CONTENT, HTTP_503_SERVICE_UNAVAILABLE

from agent.api import events, pages
from agent.api.gate import WriteGate, urgent_workspace
from agent.api.middleware import AccessLog, BodyLimit, loggable_path
from agent.api.writer import EventWriter
from agent.api.schemas import Health
from agent.delivery.alerts import AlertWorker
from agent.delivery.links import link_secret
from agent.workspace import Workspace

log = logging.getLogger("outrider.api")

BUSY_RETRY_AFTER_S = 5


def create_app(ws: Workspace, *, alert_worker: bool = True) -> FastAPI:
    """The app for `ws`. Raises ConfigError when `[server] public_url` is set without a usable
    OUTRIDER_SECRET_KEY. `alert_worker`: deliver MQL alerts from this process as they are made."""
    secret = link_secret(ws)
    if secret is None and ws.settings.secret_key is not None:
        # Links already in inboxes keep working while public_url is unset.
        secret = ws.settings.secret_key.get_secret_value().strip() or None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        worker = None
        if alert_worker:
            worker = AlertWorker(urgent_workspace(app.state.workspace, app.state.write_gate))
            worker.start()
        try:
            yield
        finally:
            app.state.event_writer.stop()
            if worker is not None:
                worker.stop()

    app = FastAPI(
        title="Outrider",
        summary="Engagement events in; lead scores, stages and MQL handoffs out.",
        version="1",
        lifespan=lifespan,
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.workspace = ws
    app.state.link_secret = secret
    #: Schedules this process's SQLite writers: alert delivery first (agent.api.gate).
    app.state.write_gate = WriteGate()
    #: Records the event endpoints' requests, those that arrive together in one transaction.
    app.state.event_writer = EventWriter(app.state)

    @app.get("/healthz", response_model=Health, response_model_exclude_none=True, responses={503: {"model": Health}}, tags=["health"])
    def healthz(request: Request) -> Any:
        """200 when the database answers; 503 with a reason otherwise."""
        try:
            with request.app.state.workspace.db.session() as session:
                session.execute(text("SELECT 1"))
        except Exception as exc:
            # Never str(exc): a driver's message can carry the database URL and its password.
            log.warning("health check: the database did not answer (%s)", type(exc).__name__)
            return JSONResponse(
                {"status": "unavailable", "reason": f"the database does not answer ({type(exc).__name__})"},
                status_code=HTTP_503_SERVICE_UNAVAILABLE,
            )
        return {"status": "ok"}

    @app.get("/metrics", include_in_schema=False)
    def metrics(request: Request) -> Any:
        """Prometheus metrics: this process's counters, and queue depths on PostgreSQL."""
        from fastapi.responses import Response
        from prometheus_client import CONTENT_TYPE_LATEST

        from agent.workers.metrics import latest, watch_queues

        watch_queues(request.app.state.workspace)
        return Response(latest(), media_type=CONTENT_TYPE_LATEST)

    app.include_router(events.router)
    app.include_router(pages.router)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            {"index": None, "field": ".".join(str(p) for p in e.get("loc", ())[1:]) or "body",
             "message": str(e.get("msg", "is not valid"))}
            for e in exc.errors()
        ]
        return JSONResponse({"detail": problems}, status_code=HTTP_422_UNPROCESSABLE_CONTENT)

    @app.exception_handler(OperationalError)
    async def _busy(request: Request, exc: OperationalError) -> JSONResponse:
        log.warning("%s %s: the database is busy or down (%s); answered 503", request.method,
                    loggable_path(request.url.path), type(exc.orig).__name__ if exc.orig is not None else "OperationalError")
        return JSONResponse(
            {"detail": "the database is busy or down; nothing was stored, retry in a few seconds"},
            status_code=HTTP_503_SERVICE_UNAVAILABLE,
            headers={"Retry-After": str(BUSY_RETRY_AFTER_S)},
        )

    @app.exception_handler(SQLAlchemyError)
    async def _db_error(request: Request, exc: SQLAlchemyError) -> JSONResponse:
        log.error("%s %s: database error %s", request.method, loggable_path(request.url.path), type(exc).__name__)
        return JSONResponse({"detail": "the database refused the request; nothing was stored"}, status_code=500)

    app.add_middleware(BodyLimit, max_bytes=ws.config.server.max_body_bytes)
    app.add_middleware(AccessLog)
    return app

