"""The pages a recipient reaches from our mail: one-click unsubscribe (`/u/{token}`, RFC 8058) and
tracked links (`/c/{token}`). No API token: the signed link is the credential.

GET /u never unsubscribes (mail scanners and link previews fetch it): it shows a confirm page
whose form POSTs `List-Unsubscribe=One-Click`, the very body a mail client's one-click POST
sends. A token that does not verify is a plain 404 page.
"""

from __future__ import annotations

import html
import logging
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.exc import SQLAlchemyError

from agent.api import own_mail
from agent.api.gate import writing
from agent.api.schemas import HTML_PAGE
from signals.model import utcnow

log = logging.getLogger("outrider.api")

router = APIRouter(tags=["mail links"])

ONE_CLICK_FIELD = "List-Unsubscribe"
ONE_CLICK_VALUE = "One-Click"

_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#222}"
    "button{font-size:1rem;padding:.6rem 1.2rem;border:0;border-radius:.3rem;background:#333;color:#fff;cursor:pointer}"
)


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    document = (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
        "<meta name=\"robots\" content=\"noindex\">"
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><h1>{html.escape(title)}</h1>{body}</body></html>"
    )
    return HTMLResponse(document, status_code=status, headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"})


def _not_found() -> HTMLResponse:
    return _page("Link not found", "<p>This link is not valid, or it was changed on the way. "
                 "To stop our e-mails, reply to one of them with the word <em>unsubscribe</em>.</p>", 404)


def _unavailable() -> HTMLResponse:
    return _page("Please try again", "<p>We could not record this just now. Please try the link again "
                 "in a minute, or reply to our e-mail with the word <em>unsubscribe</em>.</p>", 503)


_PAGE_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {**HTML_PAGE, "description": "A page for the recipient."},
    400: {**HTML_PAGE, "description": "The POST lacked `List-Unsubscribe=One-Click`."},
    404: {**HTML_PAGE, "description": "The link is not valid."},
    503: {**HTML_PAGE, "description": "The database is busy; try again."},
}

_ONE_CLICK_BODY = {
    "required": False,
    "content": {
        "application/x-www-form-urlencoded": {
            "schema": {
                "type": "object",
                "properties": {ONE_CLICK_FIELD: {"type": "string", "enum": [ONE_CLICK_VALUE]}},
                "required": [ONE_CLICK_FIELD],
            }
        }
    },
}


@router.get("/u/{token}", response_class=HTMLResponse, responses=_PAGE_RESPONSES, summary="Unsubscribe: confirm page")
def unsubscribe_page(token: str, request: Request) -> Response:
    ws = request.app.state.workspace
    try:
        found = own_mail.unsubscribe_address(ws, secret=request.app.state.link_secret, token=token)
    except SQLAlchemyError:
        log.warning("unsubscribe page: the database did not answer")
        return _unavailable()
    if found is None:
        return _not_found()
    _outbox_id, email = found
    form = (
        f"<p>Stop all e-mail from us to <strong>{html.escape(email)}</strong>?</p>"
        f"<form method=\"post\"><input type=\"hidden\" name=\"{ONE_CLICK_FIELD}\" value=\"{ONE_CLICK_VALUE}\">"
        "<button type=\"submit\">Unsubscribe</button></form>"
    )
    return _page("Unsubscribe", form)


def _unsubscribe(request: Request, token: str) -> str | None:
    with writing(request.app.state):
        return own_mail.unsubscribe(request.app.state.workspace, secret=request.app.state.link_secret, token=token, now=utcnow())


async def _one_click(request: Request) -> bool:
    try:
        form = await request.form()
    except Exception:  # a malformed multipart body is simply not a one-click request
        return False
    return str(form.get(ONE_CLICK_FIELD, "")).strip().lower() == ONE_CLICK_VALUE.lower()


@router.post(
    "/u/{token}",
    response_class=HTMLResponse,
    responses=_PAGE_RESPONSES,
    openapi_extra={"requestBody": _ONE_CLICK_BODY},
    summary="Unsubscribe at once (RFC 8058 one-click POST)",
)
async def unsubscribe(token: str, request: Request) -> Response:
    if not await _one_click(request):
        return _page("Unsubscribe", f"<p>To unsubscribe, send <code>{ONE_CLICK_FIELD}={ONE_CLICK_VALUE}</code> "
                     "(the button on this link's page does).</p>", 400)
    ws = request.app.state.workspace
    try:
        email = await run_in_threadpool(_unsubscribe, request, token)
    except SQLAlchemyError:
        log.warning("unsubscribe: the database did not answer; the recipient was asked to retry")
        return _unavailable()
    if email is None:
        return _not_found()
    return _page("You are unsubscribed", f"<p>We will not e-mail <strong>{html.escape(email)}</strong> again.</p>")


@router.get(
    "/c/{token}",
    status_code=302,
    response_class=RedirectResponse,
    responses={302: {"description": "To the linked page."}, 404: _PAGE_RESPONSES[404], 503: _PAGE_RESPONSES[503]},
    summary="A tracked link: records the click, then redirects",
)
def click(token: str, request: Request) -> Response:
    ws = request.app.state.workspace
    try:
        target = own_mail.click_target(ws, secret=request.app.state.link_secret, token=token)
    except SQLAlchemyError:
        log.warning("click: the database did not answer")
        return _unavailable()
    if target is None:
        return _not_found()
    try:
        with writing(request.app.state):
            own_mail.record_click(ws, target, now=utcnow())
    except SQLAlchemyError:
        # The reader still gets where they were going; only the click is not counted.
        log.warning("click on outbox #%s was not recorded: the database did not answer", target[0])
    return RedirectResponse(target[2], status_code=302, headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"})
