"""Money meanings found in issue 12's round-4 fresh batches, pinned with made-up sentences."""

from __future__ import annotations

from signals.text.money import find_amounts


def _meanings(text: str) -> list[tuple[float, str]]:
    return [(a.value, a.meaning) for a in find_amounts(text)]


def test_round_at_amount_is_the_round_size() -> None:
    assert _meanings("Acme closes seed round at $500,000") == [(500000.0, "raise")]
    assert _meanings("Acme has closed its initial seed funding at $750,000.") == [(750000.0, "raise")]


def test_at_amount_after_anything_else_is_still_a_price() -> None:
    assert _meanings("Acme raises $10M at $90M") == [(10e6, "raise"), (90e6, "valuation")]
    assert _meanings("Acme is valued at $1.4 billion") == [(1.4e9, "valuation")]


def test_written_amount_in_singular_euro() -> None:
    from signals.text.money import written_as_digits

    assert written_as_digits("an investment of around one million euro") == "an investment of around €1 million"


def test_a_code_after_the_amount_does_not_hide_what_follows() -> None:
    assert _meanings("on the back of $200 million USD in ARR") == [(200e6, "revenue")]
    assert _meanings("valued at $3 billion USD") == [(3e9, "valuation")]
