"""Outrider's review UI: a Streamlit app over `agent.services` (run `streamlit run review_ui/app.py`).

Pages never touch the database directly; every read and write goes through `agent.services.*`.
"""
