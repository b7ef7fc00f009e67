"""Nurture sequences as data: the content library, sequence definitions, their validation and the
pure step decision. No I/O here; `agent.services.nurture` reads the files and keeps the state."""
