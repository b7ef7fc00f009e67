"""POST /v1/events and POST /v1/segment: engagement events in, all or nothing.

A request is validated whole before anything is stored: one bad event answers 422 with every
problem named by its index and field, and nothing from that request is kept. Good requests go to
`leads.record_event_batches` through the app's EventWriter (agent.api.writer: requests that
arrive together share one transaction, each answered with its own counts; a repost of an id
stores nothing new).
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError
from starlette.status import HTTP_202_ACCEPTED, HTTP_422_UNPROCESSABLE_CONTENT

from agent.api import identities
from agent.api.auth import require_token
from agent.api.schemas import (
    EVENTS_REQUEST,
    SEGMENT_REQUEST,
    V1_RESPONSES,
    Accepted,
    SegmentAccepted,
)
from agent.services import leads
from signals import segment
from signals.engagement import MAX_BATCH, EngagementIn
from signals.model import utcnow

router = APIRouter(prefix="/v1", tags=["events"], dependencies=[Depends(require_token)])

#: At most this many problems are listed in one 422 (a batch of 1,000 bad events stays readable).
MAX_PROBLEMS = 50


class Problem(BaseModel):
    index: int | None = Field(description="The event's position in the request (0 for a single object); null for the whole body.")
    field: str = Field(description="The field that is wrong (`body` for the request as a whole).")
    message: str


async def record(request: Request, events: list[EngagementIn], *, origin: str) -> leads.RecordResult:
    """The events recorded by the app's writer, together with other requests' (agent.api.writer)."""
    return await asyncio.wrap_future(request.app.state.event_writer.submit(events, origin))


def problems_response(problems: list[dict[str, Any]]) -> JSONResponse:
    shown = problems[:MAX_PROBLEMS]
    if len(problems) > MAX_PROBLEMS:
        shown.append({"index": None, "field": "body", "message": f"... and {len(problems) - MAX_PROBLEMS} more problems"})
    return JSONResponse({"detail": shown}, status_code=HTTP_422_UNPROCESSABLE_CONTENT)


def _message(error: dict[str, Any]) -> str:
    return str(error.get("msg", "is not valid")).removeprefix("Value error, ")


def parse_json(body: bytes) -> tuple[Any, dict[str, Any] | None]:
    if not body.strip():
        return None, {"index": None, "field": "body", "message": "the body is empty; send a JSON event or an array of events"}
    try:
        return json.loads(body), None
    except UnicodeDecodeError:
        return None, {"index": None, "field": "body", "message": "the body is not UTF-8 text"}
    except ValueError as exc:
        return None, {"index": None, "field": "body", "message": f"the body is not JSON ({exc})"}


def validate_events(payload: Any) -> tuple[list[EngagementIn], list[dict[str, Any]]]:
    """Events from a request body (one object or an array), or every problem with index and field."""
    if isinstance(payload, dict):
        items = [payload]
    elif isinstance(payload, list):
        items = payload
        if len(items) > MAX_BATCH:
            return [], [{"index": None, "field": "body",
                         "message": f"the array holds {len(items):,} events; send at most {MAX_BATCH:,} per request"}]
    else:
        return [], [{"index": None, "field": "body", "message": "send one event (a JSON object) or an array of events"}]
    events: list[EngagementIn] = []
    problems: list[dict[str, Any]] = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            problems.append({"index": index, "field": "", "message": "an event must be a JSON object"})
            continue
        try:
            events.append(EngagementIn.model_validate(item))
        except ValidationError as exc:
            for error in exc.errors():
                loc = [str(part) for part in error.get("loc", ())]
                # The only whole-event rule is "email or domain": name the field a sender would add.
                field = ".".join(loc) if loc else "email"
                problems.append({"index": index, "field": field, "message": _message(error)})
    return events, problems


@router.post(
    "/events",
    status_code=HTTP_202_ACCEPTED,
    response_model=Accepted,
    responses=V1_RESPONSES,
    openapi_extra={"requestBody": EVENTS_REQUEST},
    summary="Record engagement events (one object or an array of at most 1,000)",
)
async def post_events(request: Request) -> Any:
    payload, problem = parse_json(await request.body())
    if problem is not None:
        return problems_response([problem])
    events, problems = validate_events(payload)
    if problems:
        return problems_response(problems)
    result = await record(request, events, origin="api")
    return JSONResponse(result.as_json(), status_code=HTTP_202_ACCEPTED)


@router.post(
    "/segment",
    status_code=HTTP_202_ACCEPTED,
    response_model=SegmentAccepted,
    responses=V1_RESPONSES,
    openapi_extra={"requestBody": SEGMENT_REQUEST},
    summary="Record Segment / RudderStack track, page and identify calls (one call or {\"batch\": [...]})",
)
async def post_segment(request: Request) -> Any:
    payload, problem = parse_json(await request.body())
    if problem is not None:
        return problems_response([problem])
    messages, problem_ = segment.unpack(payload)
    if problem_ is not None:
        return problems_response([{**problem_.as_json(), "index": None}])
    ws = request.app.state.workspace
    known = await run_in_threadpool(identities.known_identities, ws.db, segment.identity_keys(messages))
    mapping = segment.map_segment(messages, known=known)
    if mapping.problems:
        return problems_response([p.as_json() for p in mapping.problems])
    now = utcnow()
    await run_in_threadpool(identities.remember_identities, ws.db, mapping.identities, now=now)
    result = await record(request, mapping.events, origin="segment")
    return JSONResponse(
        {
            **result.as_json(),
            "identified": mapping.identified,
            "ignored": mapping.ignored_total,
            "ignored_reasons": dict(mapping.ignored.most_common(20)),
        },
        status_code=HTTP_202_ACCEPTED,
    )
