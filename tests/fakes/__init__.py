"""Stand-ins for outside services that tests run for real on loopback (an OpenAI-compatible model)."""
