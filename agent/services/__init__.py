"""The one API the CLI and the UI call: queue, accounts, signals, sources, delivery, cycles."""
