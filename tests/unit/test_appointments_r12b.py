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


def test_teaser_headline_and_named_summary_read_together() -> None:
    got = explain_appointment("Quorvex Bio nabs former Pfizer exec as new CFO | Dana Welk, Ph.D., joins as CFO.")
    assert got is not None
    a = got.appointment
    assert (a.person, a.title, a.company) == ("Dana Welk", "CFO", "Quorvex Bio")


def test_teaser_with_a_described_company_keeps_the_name() -> None:
    got = explain_appointment("Dutch gene therapy biotech Quorvex Bio taps Roche alum as CMO | Roche veteran Ivo Brandt, M.D., has been appointed as CMO.")
    assert got is not None
    assert (got.appointment.person, got.appointment.company) == ("Ivo Brandt", "Quorvex Bio")


def test_teaser_titles_must_agree() -> None:
    assert explain_appointment("Quorvex Bio hires former Pfizer exec as new CFO | Dana Welk has been named COO.") is None


def test_teaser_without_a_named_summary_is_not_read() -> None:
    assert explain_appointment("Quorvex Bio hires former Pfizer exec as new CFO | The company did not name the executive.") is None
