"""Contract cases for job_boards: real Greenhouse, Lever, Ashby, SmartRecruiters and Workable
payloads served on loopback, named in the source config or on the watched account."""

import json
from datetime import UTC, datetime

import signals.sources.job_boards  # noqa: F401 - registers the collector before the registry is read
from signals.model import WatchedAccount
from tests.conftest import FIXTURES
from tests.contract.harness import ContractCase

ATS = FIXTURES / "ats"
GREENHOUSE = (ATS / "gtm-signal-engine_greenhouse_jobs.json").read_bytes()
LEVER = (ATS / "gtm-signal-engine_lever_jobs.json").read_bytes()
ASHBY = (ATS / "gtm-signal-engine_ashby_jobs.json").read_bytes()
WORKABLE = (ATS / "research-notes_workable_widget_huggingface_trimmed.json").read_bytes()
# The fixture keeps the two list pages of one SmartRecruiters board side by side.
_SR_PAGES = json.loads((ATS / "job-board_smartrecruiters_list_and_detail.json").read_bytes())["list_pages"]
SR_PAGE_1, SR_PAGE_2 = (json.dumps(page).encode() for page in _SR_PAGES)

CASES = [
    ContractCase(
        id="job_boards-config-boards",
        type="job_boards",
        config={
            "name": "boards",
            "type": "job_boards",
            "watch": ["sales", "engineering"],
            "base_urls": {"greenhouse": "{base}", "lever": "{base}", "ashby": "{base}"},
            "discover": False,
            "boards": [
                {"ats": "greenhouse", "board": "vercel", "account_domain": "vercel.com"},
                {"ats": "lever", "board": "matchgroup"},
                {"ats": "Ashby", "board": "ashby"},
            ],
        },
        routes={
            "/v1/boards/vercel/jobs?content=true": (GREENHOUSE, "application/json"),
            "/v0/postings/matchgroup?mode=json": (LEVER, "application/json"),
            "/posting-api/job-board/ashby": (ASHBY, "application/json"),
        },
        accounts=[WatchedAccount(id=1, name="Vercel", domain="vercel.com")],
        bad_config={"name": "boards", "type": "job_boards", "base_urls": {"greenhose": "https://x"}},
        bad_config_mentions="unknown base_urls key",
        min_events=3,
        now=datetime(2026, 8, 1, tzinfo=UTC),
    ),
    ContractCase(
        id="job_boards-account-boards",
        type="job_boards",
        config={
            "name": "boards",
            "type": "job_boards",
            "watch": ["engineering"],
            "base_urls": {"smartrecruiters": "{base}", "workable": "{base}"},
        },
        routes={
            "/v1/companies/BoschGroup/postings?limit=100&offset=0": (SR_PAGE_1, "application/json"),
            "/v1/companies/BoschGroup/postings?limit=100&offset=2": (SR_PAGE_2, "application/json"),
            "/api/v1/widget/accounts/huggingface?details=true": (WORKABLE, "application/json"),
        },
        accounts=[
            WatchedAccount(id=3, name="Bosch", domain="bosch.com", ats="smartrecruiters", ats_board="BoschGroup"),
            WatchedAccount(id=4, name="Hugging Face", domain="huggingface.co", ats="workable",
                           ats_board="huggingface"),
        ],
        bad_config={"name": "boards", "type": "job_boards", "careers_paths": ["careers"]},
        bad_config_mentions="careers_paths",
        min_events=2,
        now=datetime(2026, 7, 5, tzinfo=UTC),
    ),
]
