"""The one API that the CLI and the UI call: queue, accounts, signals, sources, delivery, cycles."""

# Importing the nurture service registers its listeners on agent.leads.hooks (exits and pauses act
# inside the transaction that records an event or a stage change), wherever events are recorded.
from agent.services import nurture as _nurture  # noqa: E402,F401
