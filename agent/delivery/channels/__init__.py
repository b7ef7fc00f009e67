"""Alert channels: Slack, the owner's e-mail and HubSpot, each a small class that turns a
`HandoffNote` into a delivery or a `ChannelError` that says what to do. They never touch the
database; `agent.delivery.alerts` claims the rows and records what happened."""

from agent.delivery.channels.base import Channel, ChannelError, Delivered, HandoffNote

__all__ = ["Channel", "ChannelError", "Delivered", "HandoffNote"]
