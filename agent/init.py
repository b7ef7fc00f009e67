"""`outrider init`: write a commented outrider.toml and create the database."""

from __future__ import annotations

from pathlib import Path

from agent.config import CONFIG_FILE

TEMPLATE = """\
# Outrider workspace configuration.
# Secrets never go here: OPENAI_API_KEY, SMTP_PASSWORD and DATABASE_URL come from the environment.
# An unknown key or a wrong type stops start-up with a message naming the key.

# Polite APIs (SEC EDGAR) want a contact address in the User-Agent.
contact_email = "{contact_email}"

[icp]
# Who we sell to. Each rule adds to a 0-100 fit score and explains itself in the queue.
industries = ["Software", "Financial Services"]
employees = [50, 5000]          # inclusive range
countries = ["US", "GB", "DE"]   # ISO 3166 alpha-2
personas = ["VP Sales", "Head of Revenue Operations", "Chief Revenue Officer"]
competitors = []                 # technologies whose install/removal is a displacement angle
complements = []                 # technologies that make an account a better fit

# One [[sources]] table per feed or API. `every` is "30m", "1h", "1d"...
# Events older than max_age_days are recorded, never drafted.
[[sources]]
name = "techcrunch-venture"
type = "funding_rss"
url = "https://techcrunch.com/category/venture/feed/"
every = "30m"
max_age_days = 30

[hiring]
# Role families whose new job postings are signals (job_boards sources).
watch = ["sales development", "revenue operations", "sales", "marketing operations"]

[intent]
# Intent topics that matter (bombora_csv / intent_events sources). Empty: every topic.
topics = []

[sender]
from = "{sender}"
transport = "file"     # "file": .eml files in the workspace outbox/ (offline default) | "smtp"
company = "{company}"
value_proposition = "We help revenue teams reach the right account at the right moment."
# unsubscribe_url = "https://example.com/unsubscribe"   # default: a mailto: to the sender
# postal_address = "1 Example Street, Springfield"

[smtp]
host = "smtp.example.com"
port = 587
security = "starttls"  # "starttls" | "ssl" | "none"
username = "dana@example.com"   # password from SMTP_PASSWORD

[drafting]
provider = "offline"   # "offline" (default, no key, no network) | "llm"
model = "gpt-4o-mini"
# base_url = "https://api.openai.com/v1"   # any OpenAI-compatible server
temperature = 0.4
timeout_s = 30
max_retries = 2
min_priority = 0       # signals scored below this are recorded, not drafted

[guardrails]
max_subject_chars = 60
max_body_words = 120
allowed_urls = []      # content assets a draft may link to
# banned_phrases = ["circle back", "synergy"]

[delivery]
max_per_run = 200
max_attempts = 3

[http]
# rate_per_host = 5        # requests a second to any one host (default: no limit)
host_rates = {{ "www.sec.gov" = 8.0 }}   # EDGAR asks for fewer than 10 a second
attempts = 3               # per request, for timeouts, 429 and 5xx, with exponential backoff
"""


def write_config(
    directory: Path,
    *,
    sender: str = "Dana Rep <dana@example.com>",
    company: str = "Example Co",
    contact_email: str = "revops@example.com",
    overwrite: bool = False,
) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / CONFIG_FILE
    if path.exists() and not overwrite:
        raise FileExistsError(f"{path} already exists; edit it, or pass --force to start over")
    path.write_text(
        TEMPLATE.format(sender=sender, company=company, contact_email=contact_email), encoding="utf-8"
    )
    return path
