"""Text -> facts: funding rounds, appointments, job titles."""
