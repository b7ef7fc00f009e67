"""Round 12 news batch: an investor's running total told with 'has invested about $X in' is no round."""

from signals.extract.funding import explain_funding


def test_has_invested_about_is_a_running_total() -> None:
    assert explain_funding("Quillfeather said it has invested about $40 million in Tarnwick, a design tool valued at $2 billion.") is None


def test_have_invested_more_than_is_a_running_total() -> None:
    assert explain_funding("Ostrava Partners have invested more than $12 million in Bellmoor since 2019.") is None


def test_plain_invests_is_still_a_round() -> None:
    got = explain_funding("Quillfeather invests $40 million in Tarnwick")
    assert got is not None and got.round.company == "Tarnwick" and got.round.amount == 40_000_000

