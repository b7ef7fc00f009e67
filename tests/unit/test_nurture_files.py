"""content.toml and sequences.toml: parsing, `file:line: message` problems, validation, the gap matrix."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.nurture.content import parse_content
from agent.nurture.definitions import parse_sequences
from agent.nurture.problems import errors
from agent.nurture.toml_lines import Locator
from agent.nurture.validate import gap_report, validate

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "agent" / "demo_data"
PERSONAS = ["VP Sales", "Head of Revenue Operations", "Chief Revenue Officer"]

LIBRARY = """
[[assets]]
id = "a1"
title = "Awareness one"
url = "https://example.com/a1"
stage = "awareness"
facts = ["Fact one."]

[[assets]]
id = "e1"
title = "Evaluation one"
url = "https://example.com/pricing/e1"
stage = "MOFU"
personas = ["vp sales"]
facts = ["Fact two."]

[[assets]]
id = "p1"
title = "Purchase one"
url = "https://example.com/p1"
stage = "purchase"
facts = ["Fact three."]
"""


def sequences(*blocks: str) -> str:
    return "\n".join(blocks)


def seq(name: str, steps: str, extra: str = "") -> str:
    return f'[[sequences]]\nname = "{name}"\npurpose = "educate"\n{extra}\n{steps}'


def steps(*waits: int, stage: str = "awareness", branches: dict[int, str] | None = None) -> str:
    out = []
    for i, wait in enumerate(waits, start=1):
        out.append(f'[[sequences.steps]]\nwait_days = {wait}\nstage = "{stage}"')
        if branches and i in branches:
            out.append(f"branches = [{branches[i]}]")
    return "\n".join(out)


def lines_of(problems: list) -> list[str]:
    return [str(p) for p in problems]


# --------------------------------------------------------------------------- the line locator


def test_locator_finds_tables_keys_array_items_and_inline_tables() -> None:
    text = (
        '# head\n[[assets]]\nid = "a"\nfacts = [\n  "one",\n  "two",\n]\ntitle = """x\nkey = 1\n"""\n'
        '[[sequences]]\nname = "s"\nentry = { events = ["form_submit"] }\n[[sequences.steps]]\n'
        'branches = [\n  { clicked = "x", goto = "y" },\n  { visited = "/z", goto = "y" },\n]\n'
        '[[sequences.steps]]\n[[sequences.steps.branches]]\ngoto = "w"\n'
    )
    tomllib.loads(text)
    where = Locator(text)
    assert where.line("assets", 0) == 2
    assert where.line("assets", 0, "facts", 1) == 6
    assert where.line("assets", 0, "title") == 8
    assert where.line("assets", 0, "key") == 2  # inside a string: not a key, so the table's line
    assert where.line("sequences", 0, "entry", "events") == 13
    assert where.line("sequences", 0, "steps", 0, "branches", 1, "goto") == 17
    assert where.line("sequences", 0, "steps", 1, "branches", 0, "goto") == 21
    assert where.line("nothing", 3) == 1


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30), min_size=1, max_size=5))
def test_locator_survives_any_string_content(values: list[str]) -> None:
    def quoted(value: str) -> str:
        return '"' + "".join(f"\\u{ord(c):04x}" if ord(c) < 0x20 or c in '"\\\x7f' else c for c in value) + '"'

    body = "".join(f"[[assets]]\nid = {quoted(v)}\ntitle = 'x'\n" for v in values)
    tomllib.loads(body)
    where = Locator(body)
    for i in range(len(values)):
        assert where.line("assets", i, "title") == 3 * i + 3


# --------------------------------------------------------------------------- content.toml


def test_the_demo_library_and_sequences_are_valid() -> None:
    library = parse_content((DEMO / "content.toml").read_text(), personas=PERSONAS)
    definitions = parse_sequences((DEMO / "sequences.toml").read_text())
    assert len(library.assets) >= 6 and set(library.stages_covered()) == {"awareness", "evaluation", "purchase"}
    assert {"educate", "high_intent", "re_engage"} <= set(definitions.names)
    assert validate(definitions, library, PERSONAS) == []


def test_assets_parse_with_stage_aliases_and_persona_spelling() -> None:
    library = parse_content(LIBRARY, personas=PERSONAS)
    assert not library.problems
    e1 = library.get("e1")
    assert e1 is not None and e1.stage == "evaluation" and e1.personas == ("VP Sales",)
    assert e1.suits("VP Sales") and not e1.suits("Chief Revenue Officer") and e1.suits(None)


def test_a_bad_asset_is_reported_at_its_line_and_skipped_the_good_ones_stay() -> None:
    text = LIBRARY + '\n[[assets]]\nid = "bad"\ntitle = "Bad"\nurl = "ftp://x"\nstage = "middle"\npersonas = ["CFO"]\ncolour = 1\n'
    library = parse_content(text, file="content.toml", personas=PERSONAS)
    assert [a.id for a in library.assets] == ["a1", "e1", "p1"]
    found = lines_of(list(library.problems))
    start = text.splitlines().index('id = "bad"')  # 0-based index of the line after [[assets]]
    assert f"content.toml:{start + 3}: asset 'bad': `url` 'ftp://x' is not a web address (https://...)" in found
    assert any(f"content.toml:{start + 4}: asset 'bad': `stage` 'middle' is not one of" in p for p in found)
    assert any(f"content.toml:{start + 5}: asset 'bad': persona 'CFO' is not in [icp] personas" in p for p in found)
    assert any(f"content.toml:{start + 6}: asset 'bad': unknown key `colour`" in p for p in found)


def test_missing_fields_duplicates_and_broken_toml() -> None:
    library = parse_content('[[assets]]\nid = "x"\n\n[[assets]]\nid = "x"\ntitle = "T"\nurl = "https://e.com"\nstage = "awareness"\n'
                            '[[assets]]\nid = "x"\ntitle = "T"\nurl = "https://e.com/2"\nstage = "awareness"\n')
    found = lines_of(list(library.problems))
    assert "content.toml:1: asset 'x': `title` is required" in found
    assert any(p.startswith("content.toml:9: asset id 'x' is used twice (first on line 4)") for p in found)
    assert any("warning: asset 'x' has no `facts`" in p for p in found)
    broken = parse_content('[[assets]]\nid = "x\n')
    assert len(broken.problems) == 1 and str(broken.problems[0]).startswith("content.toml:2: not valid TOML")


# --------------------------------------------------------------------------- sequences.toml


def test_a_sequence_parses_with_entry_steps_and_branches() -> None:
    text = seq(
        "educate",
        steps(0, 3, 4, 5, branches={3: '{ clicked = "pricing", goto = "hot" }, { opened_none_after = 2, goto = "hot" }'}),
        'entry = { events = ["form_submit"], stages = ["engaged"], signals = ["funding"], manual = false }\n'
        'review = "first"\nreenroll_after_days = 30\nbusiness_days = true\napprove_within_days = 2',
    )
    definitions = parse_sequences(text)
    assert not definitions.problems
    s = definitions.get("educate")
    assert s is not None and s.review == "first" and s.business_days and s.approve_within_days == 2
    assert s.entry.events == ("form_submit",) and s.entry.stages == ("engaged",) and not s.entry.manual
    assert [b.condition for b in s.steps[2].branches] == ["clicked", "opened_none_after"]
    assert s.steps[2].branches[1].value == 2


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ('purpose = "spam"\n[[sequences.steps]]\nstage = "awareness"', 4, "`purpose` 'spam' is not one of"),
        ('purpose = "educate"\nentry = { stages = ["customer"] }\n[[sequences.steps]]\nstage = "awareness"', 5,
         "`entry.stages` has 'customer'"),
        ('purpose = "educate"\n[[sequences.steps]]\nstage = "awareness"\n[[sequences.steps]]\nstage = "purchase"', 7,
         "step 2: `wait_days` is required"),
        ('purpose = "educate"\n[[sequences.steps]]\nwait_days = -1\nstage = "awareness"', 6, "`wait_days` must be 0 or more"),
        ('purpose = "educate"\n[[sequences.steps]]\nstage = "awareness"\nasset = "a1"', 5, "give either `stage` or `asset`"),
        ('purpose = "educate"\n[[sequences.steps]]\nstage = "awareness"\nbranches = [{ clicked = "x" }]', 7, "needs `goto`"),
        ('purpose = "educate"\n[[sequences.steps]]\nstage = "awareness"\nbranches = [{ clicked = "x", visited = "y", goto = "z" }]',
         7, "give one condition per branch"),
        ('purpose = "educate"\nreview = "never"\n[[sequences.steps]]\nstage = "awareness"', 5, "`review` 'never' is not one of"),
    ],
)
def test_sequence_problems_name_the_line(body: str, line: int, message: str) -> None:
    text = '# sequences\n[[sequences]]\nname = "s"\n' + body
    definitions = parse_sequences(text)
    assert definitions.sequences == ()
    found = lines_of(list(definitions.problems))
    assert any(p.startswith(f"sequences.toml:{line}: sequence s:") and message in p for p in found), found


def test_a_broken_sequence_is_left_out_and_the_others_kept() -> None:
    text = sequences(seq("good", steps(0, 2, 2, 2)), seq("bad", steps(0, 2), 'review = "sometimes"'))
    definitions = parse_sequences(text)
    assert definitions.names == ["good"]
    assert len(errors(list(definitions.problems))) == 1


# --------------------------------------------------------------------------- validation


def test_validate_reports_unknown_assets_sequences_unreachable_steps_and_lengths() -> None:
    library = parse_content(LIBRARY, personas=PERSONAS)
    text = sequences(
        seq("a", '[[sequences.steps]]\nasset = "nope"\n' + steps(2, 2, branches={1: '{ goto = "b" }'})
            + '\n[[sequences.steps]]\nwait_days = 1\nstage = "awareness"\nbranches = [{ clicked = "zebra", goto = "ghost" }]'),
        seq("b", steps(0, 1, 1, 1)),
    )
    definitions = parse_sequences(text)
    problems = validate(definitions, library, PERSONAS)
    found = lines_of(problems)
    assert any("sequence a step 1: unknown asset 'nope'" in p for p in found)
    assert any("sequence a step 3 can never be reached: step 2 always moves the lead" in p for p in found)
    assert any("branch goes to unknown sequence 'ghost'" in p for p in found)
    assert any("warning:" in p and "clicked 'zebra' is neither an asset id nor part of any asset's URL" in p for p in found)
    assert not any("sequence b has" in p for p in found)  # 4 steps: no length warning
    assert all(p.sequence == "a" for p in errors(problems))


def test_a_loop_without_waits_is_an_error_and_one_with_a_wait_is_not() -> None:
    library = parse_content(LIBRARY, personas=PERSONAS)
    loop = sequences(
        seq("a", steps(0, 1, 1, 1, branches={1: '{ score_at_least = 10, goto = "b" }'})),
        seq("b", steps(0, 1, 1, 1, branches={1: '{ visited = "/x", goto = "a" }'})),
    )
    found = lines_of(validate(parse_sequences(loop), library, PERSONAS))
    assert any("loop without a wait: a step 1 -> b step 1 -> a" in p for p in found)
    waited = sequences(
        seq("a", steps(0, 1, 1, 1, branches={2: '{ score_at_least = 10, goto = "b" }'})),
        seq("b", steps(0, 1, 1, 1, branches={1: '{ visited = "/x", goto = "a" }'})),
    )
    assert not any("loop" in p for p in lines_of(validate(parse_sequences(waited), library, PERSONAS)))


def test_a_library_on_fewer_than_three_stages_is_refused() -> None:
    thin = parse_content(LIBRARY.split('[[assets]]\nid = "p1"')[0], personas=PERSONAS)
    problems = validate(parse_sequences(seq("a", steps(0, 1, 1, 1))), thin, PERSONAS)
    assert any(str(p).startswith("content.toml:1: the library has 2 usable asset(s) on 2 stage(s)") for p in errors(problems))


def test_opened_none_after_that_cannot_hold_is_a_warning() -> None:
    library = parse_content(LIBRARY, personas=PERSONAS)
    text = seq("a", steps(0, 1, 1, 1, branches={2: '{ opened_none_after = 3, goto = "b" }'})) + "\n" + seq("b", steps(0, 1, 1, 1))
    found = lines_of(validate(parse_sequences(text), library, PERSONAS))
    assert any("warning:" in p and "opened_none_after = 3 can never hold here" in p for p in found)


# --------------------------------------------------------------------------- the gap matrix


def test_gap_report_flags_empty_cells_that_a_stage_step_needs() -> None:
    library = parse_content(LIBRARY, personas=PERSONAS)
    definitions = parse_sequences(seq("a", steps(0, 1, stage="evaluation") + "\n" + steps(1, 1)))
    report = gap_report(library, definitions, PERSONAS)
    assert report.cell("evaluation", "VP Sales").assets == ["e1"]
    assert report.cell("evaluation", "VP Sales").short  # two evaluation steps, one asset
    gaps = {(c.stage, c.persona) for c in report.gaps}
    assert gaps == {("evaluation", "Head of Revenue Operations"), ("evaluation", "Chief Revenue Officer")}
    assert report.cell("purchase", "VP Sales").needed_by == [] and not report.cell("purchase", "VP Sales").gap
    data = report.as_json()
    assert data["gaps"][0]["needed_by"] == ["a step 1", "a step 2"]


def test_gap_report_without_personas_has_one_column() -> None:
    library = parse_content(LIBRARY.replace('personas = ["vp sales"]\n', ""))
    report = gap_report(library, parse_sequences(seq("a", steps(0, 1))), [])
    assert report.personas == ["any persona"] and report.cell("awareness", "any persona").assets == ["a1"]
