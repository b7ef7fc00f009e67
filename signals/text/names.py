"""Whether a span an extractor read as a company is shaped like an organisation's name.

One check for every extractor (funding, appointments): a last net after each reader's own rules.
It does not refuse an answer; a span that reads unlike a name is recorded for a human rather than
drafted. Round 10 measured the need on history: the funding and appointment answers drafted on
fresh batches by the code of their own scratch commits (text it had not been tuned on) were right
0.83 and 0.75 of the time, and a share of the wrong ones had spans no name has: a sentence adverb
("Meanwhile", "Then"), an opener ("In Baltimore", "On Tuesday Amazon"), a US state's abbreviation
("Mass.", "Overlake Medical Center, Bellevue, Wash"), a dateline ("NEW YORK: Omnicom ..."), a
syndication tail ("Chegg / via Yahoo Finance"), quotes, or a lower-case word inside ("The operator
separately", "Andrew McNaughton its new").

Pure functions over strings: no I/O.
"""

from __future__ import annotations

from signals.text import fastre as re  # the extractors keep more compiled patterns than the re module does
from collections.abc import Callable
from typing import TypeVar

from pydantic import BaseModel

__all__ = ["REVIEW_CONFIDENCE", "clause_rest", "last_net", "odd_company_span", "opener_rest"]

#: The confidence an answer held by `last_net` gets: under the draft line (0.6), so a human sees it.
REVIEW_CONFIDENCE = 0.55

#: Nationalities: before a name they describe it ("Slovenian Darko Milanic", "Peruvian Veef Secures $320K"). The
#: appointment and funding readers share this one table.
DEMONYMS = frozenset(
    """american argentine argentinian australian austrian bangladeshi belgian bolivian brazilian british bulgarian
    cameroonian canadian chilean chinese colombian congolese croatian czech danish dutch ecuadorian egyptian emirati
    english estonian ethiopian filipino finnish french georgian german ghanaian greek hungarian indian indonesian iranian
    iraqi irish israeli italian ivorian jamaican japanese jordanian kenyan korean latvian lebanese lithuanian malawian
    malaysian mexican moroccan mozambican namibian nepalese nigerian norwegian pakistani peruvian polish portuguese
    romanian russian rwandan saudi scottish senegalese serbian singaporean slovak slovenian spanish swedish swiss
    taiwanese tanzanian thai tunisian turkish ugandan ukrainian uruguayan venezuelan vietnamese welsh zambian zealander
    zimbabwean""".split())

#: Words that open a sentence and say how it hangs together, and that no name is spelt as.
_ADVERB_ONLY = frozenset(
    "meanwhile notably however separately additionally also furthermore lastly yesterday recently previously "
    "similarly likewise moreover besides thus therefore".split()
)
#: Words that do the same but are also names ("Next", "Indeed", "Later", "Instead", "Overall"): an opener only when
#: the text closes them with a comma and no apposition follows ("Indeed, the jobs site, has appointed ...").
_ADVERB_OR_NAME = frozenset(
    "first second third then next still yet now indeed further hence later instead overall today finally "
    "elsewhere earlier".split()
)
_DISCOURSE = _ADVERB_ONLY | _ADVERB_OR_NAME
_VERB_AFTER = (
    r"(?:has|have|had|is|are|was|were|will|would|said|says|names?|named|hires?|hired|appoints?|appointed|promotes?|"
    r"promoted|raises?|raised|secures?|secured|closes?|closed|lands?|landed|announces?|announced|bags?|bagged)\b"
)
#: "Indeed, the jobs site, has ...", "First, the Lagos fintech, raises ...", "Yet, which makes software for clinics,
#: has raised ...": a name with an apposition or a relative clause after it, then its verb. A short noun phrase
#: with no verb in it counts on its own ("In Leeds, the council named Jo Marsh CEO, ..." is no apposition).
_APPOSITION = re.compile(
    rf"^(?:(?:the|a|an|which|who)\s[^,]{{1,140}},\s+{_VERB_AFTER}"
    r"|(?:the|a|an)\s(?:(?!(?:has|have|had|is|are|was|were|will|would|said|says|named|names|hired|hires|appointed|"
    r"appoints|promoted|promotes|raised|raises|secured|secures|closed|closes|announced|announces|landed|lands)\b)"
    r"[\w'\u2019&.\-]+\s){0,5}[\w'\u2019&.\-]+,\s)",
    re.I,
)
#: Openers: a phrase of place or time the text closes with a comma ("In Baltimore, ...", "On Tuesday Amazon, ...").
#: Only "In" takes any word after it; other prepositions need a time word, because names begin with them
#: ("On Running", "At Home", "Under Armour", "On the Beach"); a corporate word keeps a name ("In The Pink Ltd").
_TIME_WORD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|(?:19|20)\d\d|"
    r"\d{1,2}(?:st|nd|rd|th)?|early|late|mid|this|last|recent)"
)
_OPENER = re.compile(rf"^(?:In\s+\S|(?:On|At|After|During|Since|Following|Amid|By)\s+{_TIME_WORD}(?![\w-]))")
#: A time no name begins with (a weekday, a year, a day's number): an opener even with an apposition after it
#: ("On Friday Quillon, a freight company, named ..."), which a month is not ("At June Homes, the start-up, ...").
_SURE_OPENER = re.compile(
    r"^(?:On|At|After|During|Since|Following|Amid|By|In)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?)(?![\w-])"
)
#: US state abbreviations as wires write them after a city ("Worcester, Mass.", "Emeryville, Calif.").
_STATE = (
    r"Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nebr|Nev|"
    r"N\.\s?[HJMYCD]|Okla|Ore|Pa|R\.\s?I|S\.\s?[CD]|Tenn|Tex|Vt|Va|Wash|W\.\s?Va|Wis|Wisc|Wyo"
)
#: after a comma ("Overlake Medical Center, Bellevue, Wash"), or alone with its full stop ("Mass.") or as the two
#: no name is spelt as; names take the others ("Mass", "Colo", "Ala" and "Penn Ind." are start-ups' names)
_STATE_TAIL = re.compile(rf",\s*(?:{_STATE})\.?$")
_STATE_ALONE = re.compile(rf"^(?:(?:{_STATE})\.|Calif|Fla)$")
#: Lower-case words no name holds: possessives and determiners ("Andrew McNaughton its new"), a sentence's
#: words ("The operator separately"), a region. A name may hold other lower-case words ("ODDA magazine",
#: "Vodafone Group plc", "The Williams Formula One team", "Banco de la Nación"), so only these count.
_NOT_IN_A_NAME = frozenset(
    "its his her their our this that these those new former current incoming outgoing who which whose "
    "has have had was were is are will would said says announced region".split()
)


#: A title before a person's name ("Dr Ada Obi", "Prof. Lin Wei"); brands keep one word after it ("Dr. Martens")
#: or a corporate word ("Dr Pepper Snapple Group", "Dr. Reddy's Laboratories").
#: "Mr"/"Mrs"/"Ms" are left out: brands take them with two words as often as people do ("Mr Green Africa",
#: "Mr Price Home", "Mrs Bridges Preserves");
#: "Hon" and "Sir" too: "Hon Hai Precision", "Sir Robert McAlpine" are companies. A possessive after the
#: honorific is a brand ("Dr. Bronner's Magic Soaps").
_HONORIFIC = re.compile(r"^(?:Dr|Prof|Professor|Dame|Dato|Datuk|Tan\s+Sri)\.?\s+(?![\w-]+['\u2019]s\b)")
_CORPORATE = frozenset(
    "group inc incorporated ltd limited llc llp plc corp corporation co company companies holdings laboratories labs "
    "lab foods brands industries international bank capital partners ventures systems technologies technology pharma "
    "pharmaceuticals health healthcare clinic clinics hospital university college institute foundation trust fund "
    "media studios games software solutions services products store stores restaurants motors energy ag gmbh sa nv bv".split()
)


def _corporate(words: list[str]) -> bool:
    """Whether a word after the first is a corporate one ("In The Pink Ltd", "Today Capital Group")."""
    return any(w.lower().strip(".,'\u2019") in _CORPORATE for w in words[1:])


def _opener(name: str) -> bool:
    """Whether `name` is a place or time phrase that opens a sentence (see `_OPENER`), not a name."""
    return bool(_OPENER.match(name)) and not _corporate(name.split())


def _lower_word_no_name_holds(word: str) -> bool:
    w = word.strip(",.;'\u2019()")
    return w.isalpha() and w.islower() and (
        w in _NOT_IN_A_NAME or (len(w) > 4 and w.endswith("ly") and w not in _LY_NOUNS))


#: Words ending in -ly that are nouns or names' words, not adverbs ("Walton family office", "Business daily").
_LY_NOUNS = frozenset("family supply assembly daily weekly monthly quarterly anomaly butterfly holy".split())


def odd_company_span(span: str, text: str = "") -> str | None:
    """Why `span`, read as a company from `text`, reads unlike an organisation's name, or None.

    The reasons are short phrases for an explanation ("a sentence adverb", "a US state's
    abbreviation", ...). `text` (optional) lets an opener be told by the comma that closes it."""
    if not isinstance(span, str):
        return None
    name = span.strip()
    if not name:
        return None
    words = name.split()
    first = words[0].lower().rstrip(",")
    if len(words) == 1 and first.strip(".") in _ADVERB_ONLY:
        return "a sentence adverb"
    if len(words) == 1 and first.strip(".") in _ADVERB_OR_NAME and text and _opens_with(name, text):
        return "a sentence adverb"
    corporate = _corporate(words)
    if len(words) > 1 and ((first in _DISCOURSE and words[0].endswith(",")) or (first in _ADVERB_ONLY and not corporate)):
        return "a sentence adverb"  # "Recently, Tandem Health", "Meanwhile Acme Robotics"; never "Today Capital Group"
    if _opener(name) and text and (_opens_with(name, text) or (_SURE_OPENER.match(name) and re.search(re.escape(name) + r"\s*,", text))):
        return "an opening phrase the text closes with a comma"
    if _STATE_ALONE.match(name) or _STATE_TAIL.search(name):
        return "a US state's abbreviation"
    if re.search(r"[\"\u201c\u201d]", name):
        return "quotation marks"
    if re.search(r"\s/\s|\bvia\s", name):
        return "a syndication note"
    if re.search(r":\s", name):  # "NEW YORK: Omnicom", never "Re:Build Manufacturing"
        return "a colon (a dateline or a rubric)"
    if _HONORIFIC.match(name) and len(words) >= 3 and not corporate and text and re.search(r",\s*" + re.escape(name) + r"\s*,", text):
        # "The President of AfDB, Dr Akinwumi Adesina, has announced ...": a person set off by commas after a
        # title; a brand heads its own sentence ("Dr. Lal PathLabs appoints ...", "Dr. Sulaiman Al Habib names ...")
        return "an honorific before a person's name"
    if any(_lower_word_no_name_holds(w) for w in words[1:]):
        return "a lower-case word no name holds"
    return None


_Decision = TypeVar("_Decision", bound=BaseModel)


def last_net(decision: _Decision, company: str, text: str, reread: Callable[[str], _Decision | None],
             draft_line: float) -> _Decision:
    """An extractor's `decision` (its company span `company`, read from `text`) after the last net both extractors
    share: an opener read as the company is dropped and `reread` reads the rest of the sentence (when it reads
    nothing, the first answer is kept for review); a drafted answer (confidence >= `draft_line`) whose span reads
    unlike a name (`odd_company_span`) is recorded for review with the reason. The answer itself is never dropped."""
    rest = opener_rest(company, text)
    if rest is not None:
        again = reread(rest)
        return again if again is not None else decision.model_copy(update={
            "confidence": REVIEW_CONFIDENCE,
            "explanation": f"{decision.explanation}; {company!r} may open the sentence rather than name the company, "
                           "and nothing else could be read, so it is recorded for review"})
    reason = odd_company_span(company, text) if decision.confidence >= draft_line else None
    if reason is None:
        return decision
    rubric = re.match(r"\s*" + re.escape(company.split(":")[0]) + r"\s*:\s+", text) if ":" in company else None
    if rubric is not None and rubric.end() < len(text):
        # "ISL 2020-21: Acme FC confirm Jane Roe as head coach": a rubric opens the text; the sentence after it is read
        # alone, and that reading passes this net again (round 15)
        again = reread(text[rubric.end():])
        if again is not None:
            return again
    return decision.model_copy(update={
        "confidence": REVIEW_CONFIDENCE,
        "explanation": f"{decision.explanation}; the company {company!r} holds {reason}, so it is recorded for review"})


def opener_rest(span: str, text: str) -> str | None:
    """The text after its opening word or phrase when a reader took that opener for the company, else None.

    "Overall, cloud kitchen operator Kitopi raised ...", "Notably, platform Medium picked up ...",
    "In Dorset, the Harrowgate Trust has appointed ...": the span is a sentence adverb or an opener the
    text closes with a comma, and it opens the text; what follows the comma is the sentence to read."""
    if not isinstance(span, str) or not isinstance(text, str) or not span.strip():
        return None
    name = span.strip()
    words = name.split()
    if len(words) > 1 and words[0].endswith(",") and words[0].lower().rstrip(",") in _DISCOURSE:
        name = words[0].rstrip(",")  # "Recently, Tandem Health": the reader kept the adverb and its comma
        words = [name]
    opener = (len(words) == 1 and name.lower() in _DISCOURSE) or _opener(name)
    if not opener or not (_opens_with(name, text) or _SURE_OPENER.match(name)):
        return None
    match = re.match(r"\s*" + re.escape(name) + r"\s*,\s*", text)
    return text[match.end():] if match is not None and match.end() < len(text) else None


#: A concessive or contrasting clause that opens a sentence and is closed by a comma: "While Nigerian startups
#: missed out during the week, HyperionDev ... raised ...", "Despite a slow quarter, Acme has appointed ...".
#: Not "Since ...", "After ..." or "When ...": those date the news ("Since its launch, Finix has raised $50m" is a
#: running total) or tell it ("When Acme hired P as CMO, ...").
_CONCESSIVE_CLAUSE = re.compile(
    r"^(?:While|Whilst|Although|Though|Whereas|Even\s+(?:as|though|if)|Despite|Amid|Amidst)\b[^,;:\n]{3,140},\s+"
    r"(?=[A-Z0-9\"\u201c])"
)


def clause_rest(text: str) -> str | None:
    """`text` without the concessive clause that opens one of its lines, or None when no line opens with one.

    For an extractor that read nothing in the whole text: the clause's own subject ("Nigerian startups") is no
    company and its comma hides the main clause's subject from a reader anchored at the start of a line."""
    if not isinstance(text, str):
        return None
    lines = text.split("\n")
    for index, line in enumerate(lines):
        match = _CONCESSIVE_CLAUSE.match(line)
        if match is not None:
            return "\n".join([*lines[:index], line[match.end():], *lines[index + 1:]])
    return None


def _opens_with(name: str, text: str) -> bool:
    """Whether `text` opens with `name` and a comma that no apposition follows ("Indeed, the jobs site, ...")."""
    match = re.match(r"\s*" + re.escape(name) + r"\s*,\s*", text)
    return match is not None and not _APPOSITION.match(text[match.end():])
