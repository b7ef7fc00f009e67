"""The HTTP API (`outrider serve`): engagement events in over /v1, our own mail's unsubscribe and
click links, and a health check. FastAPI under uvicorn."""

from agent.api.app import create_app

__all__ = ["create_app"]
