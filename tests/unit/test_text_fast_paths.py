"""The guardrails' text views take shortcuts (ASCII returns at once; each distinct non-ASCII
character is looked at once): they must read text exactly as the character-by-character
definitions do."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from drafting.policy import _latin_for, fold_confusables
from signals.text.links import _LINK_DOTS, link_view

#: Text with the characters that matter here mixed in: format characters (zero-width, bidi,
#: soft hyphen, BOM), look-alike dots and letters, accents, wide forms.
TRICKY = "\u200b\u200c\u200d\u2060\u202e\u00ad\ufeff\uff0e\u3002\u2024\u0430\u0435\u043e\u0456\u03bf\u0455\u00e9\uff41"
texts = st.text(alphabet=st.one_of(st.characters(), st.sampled_from(list(TRICKY + "abc .@/"))), max_size=80)


def link_view_by_character(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_LINK_DOTS)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def fold_by_character(text: str) -> str:
    return "".join(ch if ch.isascii() else _latin_for(ch) for ch in text)


@settings(max_examples=400)
@given(texts)
def test_link_view_reads_text_as_the_per_character_definition(text: str) -> None:
    assert link_view(text) == link_view_by_character(text)


@settings(max_examples=400)
@given(texts)
def test_fold_confusables_reads_text_as_the_per_character_definition(text: str) -> None:
    assert fold_confusables(text) == fold_by_character(text)


def test_disguised_links_are_still_unmasked() -> None:
    assert link_view("evil\u200b.example") == "evil.example"
    assert link_view("evil\uff0eexample") == "evil.example"
    assert fold_confusables("p\u0430yp\u0430l.com") == "paypal.com"
