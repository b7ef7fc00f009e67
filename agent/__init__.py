"""Outrider's orchestrator: owns the database and every side effect (the CLI and UI call agent.services)."""
