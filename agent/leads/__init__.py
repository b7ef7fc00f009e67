"""The lead's life: a score (pure), stages (pure rules), and hooks other parts listen on."""
