"""Sequences: each definition with its leads per step and exits by reason, and one lead's path."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # runnable on its own: `streamlit run review_ui/views/sequences.py`
    sys.path.insert(0, str(_ROOT))

import streamlit as st  # noqa: E402

from agent.services import nurture as nurture_service  # noqa: E402
from agent.services.auth import Forbidden  # noqa: E402
from review_ui import common  # noqa: E402
from review_ui.common import md  # noqa: E402

ACTION_ICONS = {
    "enrolled": "➡️", "drafted": "✍️", "auto_approved": "✅", "settled": "📤", "skipped": "⏭️", "expired": "⌛",
    "branched": "🔀", "paused": "⏸️", "resumed": "▶️", "exited": "🚪", "completed": "🏁",
}
EXIT_LABELS = {
    "replied": "replied", "meeting_booked": "booked a meeting", "mql": "became an MQL", "unsubscribed": "unsubscribed",
    "bounced": "bounced", "customer": "became a customer", "disqualified": "disqualified", "stopped": "stopped by hand",
    "branched": "moved to another sequence", "completed": "completed",
}


def when(value: str | None) -> str:
    return (value or "")[:16].replace("T", " ")


ws = common.page_setup("Sequences", "Nurture sequences from sequences.toml: where each lead is, and why.")
common.show_flashes()

problems = nurture_service.check_files(ws)
errors = [p for p in problems if p.severity == "error"]
if problems:
    with st.expander(f"{len(errors)} error(s), {len(problems) - len(errors)} warning(s) in the definitions",
                     expanded=bool(errors)):
        for p in problems:
            common.say("error" if p.severity == "error" else "warning", str(p))

sequences = nurture_service.list_sequences(ws)
if not sequences:
    st.info("No sequences yet. Write sequences.toml and content.toml in the workspace folder "
            "(the README has a full example), then run `outrider sequences validate`.")
    st.stop()

overview = [
    {
        "sequence": s["name"],
        "purpose": (s.get("purpose") or "").replace("_", " "),
        "steps": len(s["steps"]),
        "review": s.get("review") or "",
        "active": s["enrollments"]["active"],
        "waiting": s["enrollments"]["waiting"],
        "paused": s["enrollments"]["paused"],
        "exited": s["enrollments"]["exited"],
        "completed": s["enrollments"]["completed"],
        "runs": "yes" if s["runs"] else f"no: {s['problem']}",
    }
    for s in sequences
]
st.dataframe(overview, hide_index=True, width="stretch", key="seq-overview")

names = [s["name"] for s in sequences]
name = st.selectbox("Sequence", names, key="seq-name")
report = nurture_service.sequence_report(ws, name=name)
if report["problem"]:
    common.say("error", f"{name} does not run: {report['problem']}")

st.subheader(f"{name} · by step")
st.dataframe(
    [
        {
            "step": row["step"],
            "sends": row.get("asset") or (f"a {row['stage']} asset" if row.get("stage") else ""),
            "wait (days)": row.get("wait_days"),
            "due next": row["due"],
            "in the queue": row["waiting"],
            "paused": row["paused"],
            "drafts": ", ".join(f"{k} {v}" for k, v in sorted(row["drafts"].items())) or "—",
            "branches": "; ".join(row.get("branches") or []) or "—",
        }
        for row in report["steps"]
    ],
    hide_index=True,
    width="stretch",
    key="seq-steps",
)
st.caption("“Due next” leads wait for the step's time; “in the queue” have that step's draft waiting for a "
           "decision or for sending.")

left, right = st.columns([1, 2])
with left:
    st.markdown("**Exits by reason**")
    if report["exits"]:
        for reason, count in sorted(report["exits"].items(), key=lambda kv: -kv[1]):
            st.markdown(f"- {md(EXIT_LABELS.get(reason, reason))}: **{count}**")
    else:
        st.caption("Nobody has left this sequence yet.")
with right:
    st.markdown("**Leads in this sequence** (most recent first)")
    enrolments = report["enrollments"]
    if enrolments:
        st.dataframe(
            [
                {
                    "email": e["email"],
                    "state": e["state"],
                    "step": e["step"],
                    "next (UTC)": when(e["next_at"]),
                    "exit": EXIT_LABELS.get(e["exit_reason"] or "", e["exit_reason"] or ""),
                    "entered by": e["entered_by"],
                }
                for e in enrolments
            ],
            hide_index=True,
            width="stretch",
            key="seq-enrollments",
        )
    else:
        st.caption("No leads yet: enrol some below, or let the entry rules do it.")

st.divider()
st.subheader("One lead's path")
emails = list(dict.fromkeys(e["email"] for e in report["enrollments"]))
if emails:
    email = st.selectbox("Lead", emails, key="seq-contact")
    steps = nurture_service.path(ws, email=email)
    for item in steps:
        draft = f" · draft {item['draft_id']} ({item['draft_status']})" if item["draft_id"] else ""
        step = f" step {item['step']}" if item["step"] else ""
        st.markdown(
            f"{ACTION_ICONS.get(item['action'], '•')} `{when(item['at'])}` **{md(item['sequence'])}{step}** "
            f"{md(item['action'].replace('_', ' '))}: {md(item['detail'])}{md(draft)}"
        )
    live = [r for r in nurture_service.status(ws, email=email) if r["state"] in ("active", "waiting", "paused")]
    if live and common.may("enrol") and st.button(f"Stop {email}'s sequences", key="seq-stop"):
        who = common.reviewer()
        if not who:
            common.say("warning", common.NEED_EMAIL)
        else:
            try:
                ended = nurture_service.stop(ws, email=email, actor=who)
            except (nurture_service.NurtureError, Forbidden) as exc:
                common.say("error", common.sentence(exc))
            else:
                common.flash("success", f"Stopped {ended} sequence(s) for {email}; pending steps were withdrawn.")
                st.rerun()
else:
    st.caption("Nobody has been through this sequence yet.")

if common.may("enrol"):  # viewers read sequences; enrolling leads is a rep's decision (the service checks again)
    with st.expander("Enrol leads by hand"):
        with st.form("seq-enroll-form"):
            raw = st.text_area("E-mail addresses", key="seq-enroll-emails", placeholder="one per line, or separated by commas")
            if st.form_submit_button(f"Enrol in {name}", type="primary", key="seq-enroll"):
                who = common.reviewer()
                wanted = [e.strip() for e in raw.replace(",", "\n").splitlines() if e.strip()]
                if not who:
                    common.say("warning", common.NEED_EMAIL)
                elif not wanted:
                    common.say("warning", "Enter at least one e-mail address.")
                else:
                    try:
                        results = nurture_service.enroll(ws, emails=wanted, sequence=name, actor=who)
                    except (nurture_service.NurtureError, Forbidden) as exc:
                        common.say("error", common.sentence(exc))
                    else:
                        for r in results:
                            if r["enrolled"]:
                                common.flash("success", f"Enrolled {r['email']} in {name}; the next tick drafts its first step.")
                            else:
                                common.flash("warning", f"Not enrolled {r['email']}: {r['reason']}.")
                        st.rerun()
