"""Round 12 news batch: a people-moves column's 'X became <title> of <Org>, <place>, in <Month>.' is a move."""

from signals.extract.job_change import explain_appointment


def test_became_dated_by_a_month_without_year_is_a_move() -> None:
    got = explain_appointment("Dalia Vorn became CEO of Kestrel Valley Medical Center, Fresno, Calif., in March.")
    assert got is not None
    a = got.appointment
    assert (a.person, a.title, a.company) == ("Dalia Vorn", "CEO", "Kestrel Valley Medical Center")


def test_became_in_a_year_stays_a_biography() -> None:
    assert explain_appointment("Dalia Vorn became CEO of Kestrel Valley Medical Center in 2015.") is None
    assert explain_appointment("Dalia Vorn became CEO of Kestrel Valley Medical Center, Fresno, Calif., in March 2015.") is None


def test_became_without_a_date_is_not_read() -> None:
    assert explain_appointment("Dalia Vorn became CEO of Kestrel Valley Medical Center after a long career in nursing.") is None
