"""The learned appointment tagger (signals.extract.learned.appointments) and how job_change uses it.

Every example here is made up; no row of the real-world sets is quoted."""

from __future__ import annotations

import pytest

from signals.extract import job_change
from signals.extract.job_change import Appointment, AppointmentDecision, explain_appointment, extract_appointment
from signals.extract.learned import DATA_DIR
from signals.extract.learned import appointments as learned
from signals.extract.learned.appointments import Span, Spans

HIRE = "Zephyrine Robotics has appointed Margaret Oduya as chief technology officer."


@pytest.fixture(autouse=True)
def _tagger_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tagger is opt-in (it lowered precision on round 6's fresh items); these tests switch it on."""
    from signals.extract.learned import SWITCH

    monkeypatch.setenv(SWITCH, "appointments")


def _spans(person=None, title=None, company=None) -> Spans:
    def span(value):
        if value is None:
            return None
        text, p = value
        return Span(text, 0, len(text), p)

    return Spans(span(person), span(title), span(company), {})


# ---------------------------------------------------------------------------------------------- the model


def test_the_model_loads_and_is_small():
    path = DATA_DIR / f"{learned.MODEL_NAME}.model.json"
    assert path.stat().st_size <= 2_000_000
    tagger = learned.load_tagger()
    assert tagger.labels == list(learned.LABELS)
    assert len(tagger.transitions) == len(learned.LABELS)
    assert tagger.state


def test_it_tags_a_plain_hire():
    spans = learned.tag(HIRE)
    assert spans.person is not None and spans.person.text == "Margaret Oduya"
    assert spans.title is not None and spans.title.text == "chief technology officer"
    assert spans.company is not None and spans.company.text == "Zephyrine Robotics"
    assert learned.fallback(spans, text=HIRE) == ("Margaret Oduya", "chief technology officer", "Zephyrine Robotics")


def test_marginals_are_probabilities_and_viterbi_is_a_path():
    tagger = learned.load_tagger()
    feats = learned.features(learned.tokens(HIRE))
    path, marg = tagger.marginals(feats)
    assert len(path) == len(feats) == len(marg)
    for row in marg:
        assert sum(row) == pytest.approx(1.0, abs=1e-6)
    assert tagger.marginals([]) == ([], [])


def test_it_tags_nothing_in_text_without_an_appointment():
    spans = learned.tag("Quarterly revenue at the grocer rose 12 percent on strong demand.")
    assert learned.fallback(spans, text="Quarterly revenue at the grocer rose 12 percent on strong demand.") is None


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n", "x" * 200_000, "Acme " * 50_000, "<p>Zephyrine Robotics <b>appoints</b> Margaret Oduya as CTO</p>" * 300,
     "<<<>>>&amp;&#8217;", "\u200b\ufeff", "名前 任命 社長", "12345 67890"],
)
def test_any_input_is_read_without_error(text):
    spans = learned.tag(text)
    assert isinstance(spans, Spans)
    learned.fallback(spans, text=text)
    extract_appointment(text)


def test_markup_is_blanked_with_offsets_kept():
    text = "<p>Zephyrine Robotics has appointed <b>Margaret Oduya</b> as chief technology officer.</p>"
    spans = learned.tag(text)
    assert spans.person is not None and spans.person.text == "Margaret Oduya"
    assert text[spans.person.start:spans.person.end] == "Margaret Oduya"


def test_support_of_a_value():
    spans = learned.tag(HIRE)
    assert spans.support("Margaret Oduya", "P") > 0.5
    assert spans.support("Zephyrine Robotics", "P") < 0.5
    assert spans.support("Nobody Here", "P") is None
    assert spans.support("", "C") is None


# ---------------------------------------------------------------------------------------------- the combination's edges


def test_repair_takes_a_strictly_shorter_confident_company():
    spans = _spans(company=("Zephyrine Robotics", 0.9))
    assert learned.repair_company("Tulsa, Okla.-based Zephyrine Robotics", spans) == "Zephyrine Robotics"
    assert learned.repair_company("Zephyrine Robotics in Tulsa", spans) == "Zephyrine Robotics"


def test_repair_keeps_the_rules_company_otherwise():
    assert learned.repair_company("Zephyrine Robotics", _spans(company=("Zephyrine Robotics", 0.99))) is None  # the same
    assert learned.repair_company("Bellweather Foods", _spans(company=("Zephyrine Robotics", 0.99))) is None  # not inside
    assert learned.repair_company("Tulsa-based Zephyrine Robotics", _spans(company=("Zephyrine Robotics", 0.49))) is None
    assert learned.repair_company("Tulsa-based Zephyrine Robotics", _spans(company=None)) is None
    # a cut name is no shorter name: "Barnes &" of "Barnes & Noble Education"
    assert learned.repair_company("Barnes & Noble Education", _spans(company=("Barnes &", 0.95))) is None
    assert learned.repair_company("Bank of Zephyr", _spans(company=("Bank of", 0.95))) is None
    # a part of a word is no part of the name
    assert learned.repair_company("Zephyrine Robotics", _spans(company=("Zephyr", 0.95))) is None


def test_repair_threshold_is_inclusive():
    spans = _spans(company=("Zephyrine Robotics", learned.REPAIR_MIN_P))
    assert learned.repair_company("Tulsa-based Zephyrine Robotics", spans) == "Zephyrine Robotics"


def _with_support(company_text, p, support_text, support):
    """Spans whose tagged company is `company_text` and whose tokens read `support_text` as a company
    `support` sure."""
    toks = tuple(learned.tokens(support_text))
    labels = learned.LABELS
    row = [0.0] * len(labels)
    marg = []
    for n, _ in enumerate(toks):
        r = list(row)
        r[labels.index("B-C" if n == 0 else "I-C")] = support
        r[labels.index("O")] = 1 - support
        marg.append(tuple(r))
    return Spans(None, None, Span(company_text, 0, len(company_text), p), {}, toks, tuple(marg), labels)


def test_override_replaces_a_company_the_tagger_reads_as_none():
    spans = _with_support("Zephyrine Robotics", 0.9, "In Tulsa", 0.05)
    assert learned.override_company("In Tulsa", spans) == "Zephyrine Robotics"


def test_override_keeps_the_rules_company_otherwise():
    assert learned.override_company("In Tulsa", _with_support("Zephyrine Robotics", 0.9, "In Tulsa", 0.5)) is None  # supported
    assert learned.override_company("In Tulsa", _with_support("Zephyrine Robotics", 0.4, "In Tulsa", 0.05)) is None  # unsure
    assert learned.override_company("Bellweather", _with_support("Zephyrine Robotics", 0.9, "In Tulsa", 0.05)) is None  # not read
    # the same company, shorter or longer, is the repair's business, not the override's
    assert learned.override_company("Zephyrine Robotics Corp", _with_support("Zephyrine Robotics", 0.9, "Zephyrine Robotics Corp", 0.0)) is None
    # an abbreviation of the rules' company is the same company
    assert learned.override_company("Zephyrine Leasing & Robotics", _with_support("ZL&R", 0.9, "Zephyrine Leasing & Robotics", 0.0)) is None
    assert learned.override_company("In Tulsa", _with_support("Barnes &", 0.9, "In Tulsa", 0.0)) is None
    assert learned.override_company("In Tulsa", _with_support("HEAD\nZephyrine", 0.9, "In Tulsa", 0.0)) is None


def test_override_refuses_the_person_a_cut_name_and_a_past_employer():
    assert learned.override_company("In Tulsa", _with_support("Margaret Oduya", 0.9, "In Tulsa", 0.0), person="Margaret Oduya") is None

    def spans_in(text, company):
        start = text.index(company)
        base = _with_support(company, 0.9, "In Tulsa", 0.0)
        return Spans(None, None, Span(company, start, start + len(company), 0.9), {}, base.tokens, base.marginals, base.labels, text)

    text = "In Tulsa, Jane Roe, who served as Zephyr Daily's editor, was promoted to publisher."
    assert learned.override_company("In Tulsa", spans_in(text, "Zephyr Daily")) is None
    text = "In Tulsa, the Zephyr Daily Gazette promoted Jane Roe to publisher."
    assert learned.override_company("In Tulsa", spans_in(text, "Zephyr Daily")) is None
    text = "In Tulsa, the Zephyr Daily CEO Sam Poe promoted Jane Roe to publisher."
    assert learned.override_company("In Tulsa", spans_in(text, "Zephyr Daily")) == "Zephyr Daily"


def test_repair_reads_a_possessive_but_keeps_a_possessive_name():
    spans = _spans(company=("Zephyr", 0.9))
    assert learned.repair_company("Zephyr's CEO, Sam Poe", spans) == "Zephyr"
    assert learned.repair_company("Zephyr's Corp", spans) is None


def test_fallback_needs_all_three_spans_sure_enough():
    full = dict(person=("Margaret Oduya", 0.9), title=("CTO", 0.9), company=("Zephyrine Robotics", 0.9))
    assert learned.fallback(_spans(**full)) == ("Margaret Oduya", "CTO", "Zephyrine Robotics")
    for missing in full:
        assert learned.fallback(_spans(**{**full, missing: None})) is None
        assert learned.fallback(_spans(**{**full, missing: (full[missing][0], learned.FALLBACK_MIN_P - 0.01)})) is None
    at_edge = {k: (v[0], learned.FALLBACK_MIN_P) for k, v in full.items()}
    assert learned.fallback(_spans(**at_edge)) is not None
    assert learned.fallback(_spans(**full), person_ok=lambda p: False) is None
    same = dict(full, company=("Margaret Oduya", 0.9))
    assert learned.fallback(_spans(**same)) is None


def test_fallback_refuses_a_person_leaving_or_replaced_and_text_without_a_move():
    leaving = "Margaret Oduya resigned as chief technology officer of Zephyrine Robotics."
    spans = Spans(Span("Margaret Oduya", 0, 14, 0.99), Span("chief technology officer", 27, 51, 0.99),
                  Span("Zephyrine Robotics", 55, 73, 0.99), {})
    assert learned.fallback(spans, text=leaving) is None
    replaced = "Zephyrine Robotics replaces Margaret Oduya as chief technology officer."
    spans = Spans(Span("Margaret Oduya", 28, 42, 0.99), Span("chief technology officer", 46, 70, 0.99),
                  Span("Zephyrine Robotics", 0, 18, 0.99), {})
    assert learned.fallback(spans, text=replaced) is None
    no_move = "Margaret Oduya, chief technology officer of Zephyrine Robotics, spoke at the fair."
    spans = Spans(Span("Margaret Oduya", 0, 14, 0.99), Span("chief technology officer", 16, 40, 0.99),
                  Span("Zephyrine Robotics", 44, 62, 0.99), {})
    assert learned.fallback(spans, text=no_move) is None
    old_post = "A new dean has been named at Zephyr College. Margaret Oduya, currently provost at Zephyr College, takes over."
    start = old_post.index("Margaret")
    spans = Spans(Span("Margaret Oduya", start, start + 14, 0.99), Span("provost", old_post.index("provost"), old_post.index("provost") + 7, 0.99),
                  Span("Zephyr College", old_post.index("Zephyr"), old_post.index("Zephyr") + 14, 0.99), {})
    assert learned.fallback(spans, text=old_post) is None


def test_fallback_refuses_a_span_across_lines():
    spans = _spans(person=("Margaret Oduya", 0.9), title=("CTO", 0.9), company=("ZEPHYR\nZephyrine Robotics", 0.9))
    assert learned.fallback(spans) is None


# ---------------------------------------------------------------------------------------------- the extractor's wiring


def test_the_extractor_answers_from_the_tagger_when_no_rule_reads_the_item(monkeypatch):
    monkeypatch.setattr(job_change, "_extract_rules", lambda text: None)
    decision = explain_appointment(HIRE)
    assert decision is not None
    assert decision.appointment == Appointment(person="Margaret Oduya", title="chief technology officer", company="Zephyrine Robotics")
    assert decision.explanation.startswith("learned:")
    assert 0.4 <= decision.confidence <= 0.6


def test_the_extractor_repairs_the_rules_company(monkeypatch):
    text = "Tulsa, Okla.-based Zephyrine Robotics has appointed Margaret Oduya as chief technology officer."
    rules = AppointmentDecision(
        appointment=Appointment(person="Margaret Oduya", title="chief technology officer", company="Tulsa, Okla.-based Zephyrine Robotics"),
        confidence=0.9, explanation="the headline says 'Tulsa, Okla.-based Zephyrine Robotics' appointed Margaret Oduya")
    monkeypatch.setattr(job_change, "_extract_rules", lambda t: rules)
    spans = learned.tag(text)
    decision = explain_appointment(text)
    if spans.company is not None and spans.company.text == "Zephyrine Robotics" and spans.company.p >= learned.REPAIR_MIN_P:
        assert decision.appointment.company == "Zephyrine Robotics"
        assert decision.explanation.startswith("learned:")
        assert decision.confidence <= 0.65
    else:  # the tagger does not read it: the rules' answer stands
        assert decision == rules


def test_the_rules_answer_stands_when_the_tagger_fails(monkeypatch):
    def broken(text):
        raise RuntimeError("no model")

    monkeypatch.setattr(learned, "tag", broken)
    decision = explain_appointment(HIRE)
    assert decision is not None and decision.appointment.person == "Margaret Oduya"
    assert not decision.explanation.startswith("learned:")


def test_the_tagger_does_not_answer_a_refused_departure(monkeypatch):
    monkeypatch.setattr(job_change, "_extract_rules", lambda text: None)
    # even when the tagger reads all three spans, the rules' refusal of a departure headline holds
    monkeypatch.setattr(learned, "fallback", lambda *a, **kw: ("Margaret Oduya", "CEO", "Zephyrine Robotics"))
    assert extract_appointment("Margaret Oduya Steps Down as CEO of Zephyrine Robotics") is None
    assert extract_appointment("Zephyrine Robotics appoints Margaret Oduya as CEO") is not None  # the same spans, no refusal


def test_a_learned_appointment_is_never_drafted(monkeypatch):
    """Repaired, overridden or fallback: a learned answer stays under drafting.min_confidence's default."""
    from signals.extract.measure import DRAFT_CONFIDENCE

    text = "Tulsa, Okla.-based Zephyrine Robotics has appointed Margaret Oduya as chief technology officer."
    rules = AppointmentDecision(
        appointment=Appointment(person="Margaret Oduya", title="chief technology officer",
                                company="Tulsa, Okla.-based Zephyrine Robotics"),
        confidence=0.9, explanation="the headline says 'Tulsa, Okla.-based Zephyrine Robotics' appointed Margaret Oduya")
    monkeypatch.setattr(job_change, "_extract_rules", lambda t: rules)
    monkeypatch.setattr(learned, "repair_company", lambda company, spans: "Zephyrine Robotics")
    decision = explain_appointment(text)
    assert decision.appointment.company == "Zephyrine Robotics" and decision.explanation.startswith("learned:")
    assert decision.confidence < DRAFT_CONFIDENCE


# ---------------------------------------------------------------------------------------------- retraining


def test_retraining_from_dev_reproduces_the_shipped_model():
    import pycrfsuite  # noqa: F401 - the test extra installs it; a missing trainer must fail, not skip
    rows = learned.training_rows()
    fresh = learned.Tagger(learned.train(rows))
    shipped = learned.load_tagger()
    agree = total = 0
    for row in rows:
        feats = learned.features(learned.tokens(row["text"]))
        if not feats:
            continue
        total += 1
        agree += fresh.marginals(feats)[0] == shipped.marginals(feats)[0]
    assert total > 1000
    assert agree / total >= 0.99


# ---------------------------------------------------------------------------------------------- round 6 guards


def test_repair_refuses_a_cut_name_that_the_rules_name_goes_on_from():
    spans = _spans(company=("Zephyrine", 0.95))
    # "Zephyrine School of Medicine": the name goes on in capitals after the shorter one
    assert learned.repair_company("Zephyrine School of Medicine", spans) is None
    assert learned.repair_company("Zephyrine Museum of Art", spans) is None
    # a legal form or a title after it does not go on with the name; a tail in lower case is dropped
    assert learned.repair_company("Zephyrine Ltd", spans) is None  # the same name kept whole
    assert learned.repair_company("Zephyrine CEO Sam Poe", spans) == "Zephyrine"
    assert learned.repair_company("Zephyrine in Tulsa", spans) == "Zephyrine"


def test_fallback_refuses_a_span_starting_inside_a_word():
    text = "Zephyrine Robotics has named Margaret Oduya as a non-executive director."
    start = text.index("executive director")
    person = Span("Margaret Oduya", text.index("Margaret"), text.index("Margaret") + 14, 0.9)
    title = Span("executive director", start, start + len("executive director"), 0.9)
    company = Span("Zephyrine Robotics", 0, 18, 0.9)
    spans = Spans(person, title, company, {}, text=text)
    assert learned.fallback(spans) is None
    whole = Span("non-executive director", start - 4, start + len("executive director"), 0.9)
    assert learned.fallback(Spans(person, whole, company, {}, text=text)) == (
        "Margaret Oduya", "non-executive director", "Zephyrine Robotics")


@pytest.mark.parametrize("repaired", ["LLC", "Inc.", "Pty Ltd", "Group", "Benny"])
def test_the_extractor_keeps_the_rules_company_over_a_bare_legal_form_or_a_dropped_s(monkeypatch, repaired):
    text = "Benny's LLC has appointed Margaret Oduya as chief technology officer."
    rules = job_change._extract_rules(text)
    assert rules is not None
    company = "Benny's" if repaired == "Benny" else rules.appointment.company
    decision = AppointmentDecision(
        appointment=Appointment(person="Margaret Oduya", title="chief technology officer", company=company),
        confidence=0.9, explanation=f"the headline says {company!r} appointed Margaret Oduya as chief technology officer")
    monkeypatch.setattr(learned, "repair_company", lambda *a, **k: repaired)
    assert job_change._learned(text, decision) is decision


def test_fallback_refuses_a_company_opening_with_a_conjunction():
    full = dict(person=("Margaret Oduya", 0.9), title=("COO", 0.9))
    assert learned.fallback(_spans(**full, company=("Because of Zephyrine", 0.9))) is None
    assert learned.fallback(_spans(**full, company=("After Zephyrine", 0.9))) is None
    # names may open with a preposition
    assert learned.fallback(_spans(**full, company=("In-N-Zephyr Burgers", 0.9))) == ("Margaret Oduya", "COO", "In-N-Zephyr Burgers")
    assert learned.fallback(_spans(**full, company=("On Zephyr Semiconductor", 0.9))) is not None


def _placed(text, **kinds):
    def span(value):
        if value is None:
            return None
        words, p = value
        start = text.index(words)
        return Span(words, start, start + len(words), p)

    return Spans(span(kinds.get("person")), span(kinds.get("title")), span(kinds.get("company")), {}, text=text)


def test_fallback_refuses_the_persons_present_post_told_to_say_who_they_are():
    # company, title and name in a row opening the line: who the person is, not the new post
    text = "Zephyrine CEO Margaret Oduya agrees to join Bellweather Foods"
    spans = _placed(text, person=("Margaret Oduya", 0.9), title=("CEO", 0.9), company=("Zephyrine", 0.9))
    assert learned.fallback(spans, text=text) is None
    # "Zephyrine's Margaret Oduya": the possessive names her present employer
    text = "Zephyrine's Margaret Oduya has been appointed chief operating officer"
    spans = _placed(text, person=("Margaret Oduya", 0.9), title=("chief operating officer", 0.9), company=("Zephyrine", 0.9))
    assert learned.fallback(spans, text=text) is None
    # the company inside the person's appositive
    text = "Margaret Oduya, president of Zephyrine's rail unit, has been elected chairman and a director"
    spans = _placed(text, person=("Margaret Oduya", 0.9), title=("director", 0.9), company=("Zephyrine", 0.9))
    assert learned.fallback(spans, text=text) is None
    # the plain hire stays read
    text = "Zephyrine Robotics has appointed Margaret Oduya as chief operating officer"
    spans = _placed(text, person=("Margaret Oduya", 0.9), title=("chief operating officer", 0.9), company=("Zephyrine Robotics", 0.9))
    assert learned.fallback(spans, text=text) == ("Margaret Oduya", "chief operating officer", "Zephyrine Robotics")


def test_fallback_drops_a_possessive_that_belongs_to_the_noun_after_it():
    text = "Zephyrine’s governing board picked Margaret Oduya as superintendent"
    spans = _placed(text, person=("Margaret Oduya", 0.9), title=("superintendent", 0.9), company=("Zephyrine’s", 0.9))
    assert learned.fallback(spans) == ("Margaret Oduya", "superintendent", "Zephyrine")
    # before its verb the "'s" is the name's own
    text = "Benny’s named Margaret Oduya as superintendent"
    spans = _placed(text, person=("Margaret Oduya", 0.9), title=("superintendent", 0.9), company=("Benny’s", 0.9))
    assert learned.fallback(spans) == ("Margaret Oduya", "superintendent", "Benny’s")


def test_fallback_refuses_the_appointer_after_by():
    text = "Zephyrine Chamber President Sam Poe said he had been tapped by Gov. Margaret Oduya to lead Bellweather"
    spans = _placed(text, person=("Margaret Oduya", 0.9), title=("President", 0.9), company=("Zephyrine Chamber", 0.9))
    assert learned.fallback(spans) is None


def test_the_tagger_is_off_unless_the_switch_names_it(monkeypatch):
    from signals.extract.learned import SWITCH

    monkeypatch.setattr(job_change, "_extract_rules", lambda text: None)
    assert explain_appointment(HIRE) is not None  # on: the tagger answers where no rule does
    monkeypatch.delenv(SWITCH)
    assert explain_appointment(HIRE) is None  # the default: rules alone
    monkeypatch.setenv(SWITCH, "all")
    assert explain_appointment(HIRE) is not None
