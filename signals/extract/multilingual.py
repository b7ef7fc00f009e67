"""Funding rounds and appointments in German, French, Spanish, Portuguese, Italian, Japanese and Chinese news.

The English readers (`signals.extract.funding`, `signals.extract.job_change`) know hundreds of headline shapes; a
European or Asian account's own press writes in its own language, and before round 18 every such item was read as
nothing. This module reads the common, plain shapes only, each a subject, a verb and an object in one sentence:

* funding: "Sorare sammelt 40 Mio. Euro ein", "Die Berliner Rematiq GmbH erhielt eine Seed-Finanzierung in Höhe von 5,4
  Mio. Euro", "Elevva cierra una ronda semilla de US$30 millones", "L'entreprise kényane FarmWorks a procédé à la levée
  d'un financement de pré-série A, d'un montant de 4,1 millions $", "Brandit、シリーズAで2.35億円を調達";
* appointments: "GlobalFoundries hat ... John Hollister zum Finanzchef ernannt", "Digibee nombra a Humberto Ballesteros
  como director comercial", "IBM de Colombia anunció la designación de Patricio Espinosa como nuevo gerente general",
  "RealNetworks 任命 ... Thomas Nielsen 为首席执行官".

It is called only when the English rules read nothing, and it answers below the English rules' confidence. Plans,
rumours, fund closes and board seats are refused as they are in English: "plant eine Finanzierungsrunde", "según
fuentes", "lance un fonds", "Aufsichtsrat", "consejo de administración", "董事".
"""

from __future__ import annotations

from signals.text import fastre as re  # the extractors keep more compiled patterns than the re module does
from collections.abc import Iterator

from signals.text.dates import FOREIGN_WEEKDAY_RX
from signals.text.money import Amount, foreign_amounts

#: Confidence of a foreign reading: drafted (above drafting.min_confidence's 0.6), below the English headline rules.
FOREIGN_CONFIDENCE = 0.75
#: A round with no amount ("Foretop, Inc. がシードラウンドの資金調達を行いました") is recorded for a human.
FOREIGN_NO_AMOUNT_CONFIDENCE = 0.55

# ---------------------------------------------------------------------------------------------------------------------
# Sentences and names
# ---------------------------------------------------------------------------------------------------------------------

#: Abbreviations whose full stop ends no sentence ("5,4 Mio. Euro", "Dr. Weber", "u.a.").
_NO_END = re.compile(r"(?:\b(?:Mio|Mrd|Dr|Prof|Nr|bzw|ca|inkl|Inc|Ltd|Co|S\.A|St|Mme|Sr|Sra|Dra|Ing|Dipl|u\.a|z\.B|d\.h)|\b[A-Z])\.$")


def _sentences(text: str) -> Iterator[str]:
    """The text's sentences: lines, then "." / "!" / "?" / "。" ends that no abbreviation makes."""
    for line in re.split(r"\n+", text):
        start = 0
        for end in re.finditer(r"[.!?](?=\s+[\"'\u201c\u201e(]?[A-ZÄÖÜÉÈÀÁÍÓÚ])|[。！？]", line):
            piece = line[start : end.end()]
            if end.group(0) == "." and _NO_END.search(piece):
                continue
            yield piece.strip()
            start = end.end()
        if line[start:].strip():
            yield line[start:].strip()


#: Words before a name that describe it and are no part of it (articles, "Startup", "Unternehmen", "Fintech", ...).
_DESCRIPTOR = frozenset(
    """der die das den dem des ein eine einer einem la le les l el los las lo il gli un une una uno o a os as um uma
    startup start-up start-ups startups unternehmen firma plattform fintech jungunternehmen scale-up scaleup anbieter
    spezialist hersteller entwickler konzern tochter gründer empresa compañía compania société societe entreprise
    plateforme compagnie companhia azienda società societa piattaforma marca marque""".split())
_DESCRIPTOR_TAIL = re.compile(r"-(?:Startup|Start-up|Unternehmen|Plattform|Anbieter|Spezialist|Hersteller|Fintech|Firma)$", re.I)
#: A German compound ending in a kind of company, in any case: "des Pharmakonzerns Merck", "Softwareherstellers" (round 19).
_DESCRIPTOR_COMPOUND = re.compile(r"\w{3,}(?:konzerns?|herstellers?|unternehmens?|anbieters?|spezialist(?:en)?|händlers?|versicherers?)$")
_LEGAL = frozenset("gmbh ag se kg sa sas sarl s.a. s.a.s. srl s.r.l. spa s.p.a. ltda ltda. inc inc. ltd ltd. bv nv ab oy as".split())
#: A city's or country's adjective in front of a name ("Die Berliner Rematiq GmbH", "Münchner").
_PLACE_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+er$")
_PLACE_NAMES = frozenset(
    """berlin münchen hamburg deutschland germany frankreich france paris madrid españa espana méxico mexico brasil brazil
    colombia chile argentina lima italia italy milano roma london europa europe kenya nigeria afrique africa""".split())
_NAME_TOKEN = re.compile(r"^(?:[A-Z0-9ÄÖÜÉÈÀÁÍÓÚÑ][\w.&'’\-]*|&|de|del|da|do|di|von|van|y|et|und)$")


def _name_tail(subject: str) -> str | None:
    """The name at the end of a subject: "das deutsche Raumfahrt-Startup Isar Aerospace" -> "Isar Aerospace"."""
    subject = re.sub(r"^.*(?:[:|\u2013\u2014]|\s-)\s+", "", subject.strip())  # "(Agence Ecofin) – ...": a dateline or a rubric
    subject = re.sub(r"^(?:\(.*?\)\s*)+", "", subject)
    # "Laut Forbes hat das Unternehmen ...", "Selon Les Echos, ...", "Según Expansión, ...": the source is no subject
    subject = re.sub(r"^(?:Laut|Gemäß|Selon|Según|Segundo|Secondo)\s+(?:\S+\s+){0,2}?\S+,?\s*$", "", subject)
    words = [w.strip(",;") for w in subject.split()]
    words = [w for w in words if w]
    tail: list[str] = []
    for word in reversed(words):
        low = word.lower().strip(".")
        if low in _LEGAL or word.lower() in _LEGAL:
            tail.insert(0, word)
            continue
        if low in _DESCRIPTOR or _DESCRIPTOR_TAIL.search(word) or _DESCRIPTOR_COMPOUND.search(low) or not _NAME_TOKEN.match(word):
            break
        if _PLACE_ADJECTIVE.match(word) and tail:
            break
        tail.insert(0, word)
    while tail and tail[0].lower() in ("de", "del", "da", "do", "di", "von", "van", "y", "et", "und", "&"):
        tail.pop(0)
    if not tail or len(tail) > 5 or all(t.lower().strip(".") in _LEGAL for t in tail):
        return None
    name = " ".join(tail)
    if name.lower() in _PLACE_NAMES or name.lower() in _DESCRIPTOR or len(name) < 2:
        return None
    return name


_UP = "A-ZÁÉÍÓÚÑÄÖÜÇÀÈÂÊÔØÅ"
_LOW = "a-zäöüßéèêëáíóúñçàâîïôûøå'’\\-"
_PERSON = (rf"(?P<p>(?-i:[{_UP}])[{_LOW}]+(?:-(?-i:[{_UP}])[{_LOW}]+)?(?:\s+(?-i:[A-Z])\.)?"
           rf"(?:\s+(?:de\s+|da\s+|van\s+|von\s+)?(?-i:[{_UP}])[{_LOW}]+(?:-(?-i:[{_UP}])[{_LOW}]+)?){{1,2}})")


# ---------------------------------------------------------------------------------------------------------------------
# Funding
# ---------------------------------------------------------------------------------------------------------------------

#: A raise verb, by language; `(?P<v>...)` opens the object. Some need a confirming word later (German "ein", a
#: participle) or a funding noun in the sentence (a generic "erhält", "obtient", "obtiene", "recebe").
_RAISE_VERBS: tuple[tuple[re.Pattern[str], str | None], ...] = (
    # German: "sammelt 40 Mio. Euro ein", "hat ... eingesammelt / eingeworben / erhalten", "erhielt eine Seed-Finanzierung"
    (re.compile(r"\s(?P<v>sammelt|sammelte|wirbt|warb)\s", re.I), r"\bein\b|\beingesammelt\b"),
    (re.compile(r"\s(?P<v>hat|haben)\s", re.I), r"\b(?:eingesammelt|eingeworben|erhalten|bekommen|gesichert|abgeschlossen|aufgenommen)\b"),
    (re.compile(r"\s(?P<v>erhält|erhielt|bekommt|bekam|sichert\s+sich|sicherte\s+sich|holt\s+sich|schließt|schliesst)\s", re.I), "noun"),
    # French: "lève 15 millions d'euros", "a levé", "boucle / réalise une levée de fonds", "a procédé à la levée"
    (re.compile(r"\s(?P<v>lève|a\s+levé|vient\s+de\s+lever)\s", re.I), None),
    (re.compile(r"\s(?P<v>boucle|a\s+bouclé|réalise|a\s+réalisé|a\s+procédé\s+à|obtient|a\s+obtenu|sécurise|a\s+sécurisé|finalise|"
                r"a\s+finalisé|clôture|a\s+clôturé|annonce)\s", re.I), "noun"),
    # Spanish: "recauda / levanta / capta", "cierra una ronda", "obtiene una inversión"
    (re.compile(r"\s(?P<v>recauda|recaudó|ha\s+recaudado|levanta|levantó|ha\s+levantado|capta|captó|ha\s+captado)\s", re.I), None),
    (re.compile(r"\s(?P<v>cierra|cerró|ha\s+cerrado|obtiene|obtuvo|ha\s+obtenido|consigue|consiguió|asegura|aseguró|completa|"
                r"completó|anuncia|anunció)\s", re.I), "noun"),
    # Portuguese: "capta / captou", "recebe aporte", "fecha rodada"
    (re.compile(r"\s(?P<v>captou|levantou|arrecada|arrecadou)\s", re.I), None),
    (re.compile(r"\s(?P<v>recebe|recebeu|fecha|fechou|conclui|concluiu|anuncia|anunciou|obtém|obteve)\s", re.I), "noun"),
    # Italian: "raccoglie 5 milioni", "chiude un round"
    (re.compile(r"\s(?P<v>raccoglie|ha\s+raccolto|incassa|ha\s+incassato)\s", re.I), None),
    (re.compile(r"\s(?P<v>chiude|ha\s+chiuso|ottiene|ha\s+ottenuto)\s", re.I), "noun"),
)
_FUNDING_NOUN = re.compile(
    r"finanzierung|finanzierungsrunde|investment|wagniskapital|risikokapital|kapitalrunde|\bseed|series|serie|runde\b|"
    r"levée|tour\s+de\s+table|financement|amorçage|investissement|"
    r"ronda|financiación|financiamiento|inversión|capital\s+semilla|semilla|"
    r"rodada|aporte|investimento|"
    r"\bround\b|finanziamento|investimento|aumento\s+di\s+capitale", re.I)
#: Plans, talks, rumours, grants and fund closes, by language: no round.
_NOT_DONE = re.compile(
    r"\b(?:plant|planen|will|wollen|soll|sollen|wird|werden|in\s+Gesprächen|laut\s+Insidern|Insidern\s+zufolge|"
    r"prévoit|envisage|compte\s+lever|cherche\s+à|en\s+discussions?|selon\s+(?:des|nos)\s+sources|"
    r"busca|buscará|planea|pretende|próxima|en\s+negociaciones|según\s+fuentes|"
    r"planeja|em\s+negociações|segundo\s+fontes|"
    r"prevede|intende|prossim[oa]|in\s+trattativa|secondo\s+fonti)\b", re.I)
_FUND_CLOSE = re.compile(r"\b(?:Fonds|fonds|fondo|fundo|Fund|Dachfonds)\b")
_ROUND_WORDS: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(r"pre[-\s]?seed|pré[-\s]?seed|pré[-\s]?amorçage|pre[-\s]?semilla", re.I), "pre_seed"),
    (re.compile(r"pr[eé][-\s]?s[eé]ries?[-\s]?A|pre[-\s]?serie[-\s]?A|プレシリーズA", re.I), "seed"),
    (re.compile(r"(?:Series|Serie|Série|série|Serien)[-\s]?(?P<l>[A-J])(?![a-z])|シリーズ\s?(?P<l2>[A-J])|(?P<l3>[A-J])\s?轮"), "series"),
    (re.compile(r"\bseed|semilla|amorçage|semente|シード|种子轮", re.I), "seed"),
    (re.compile(r"Brückenfinanzierung|ronda\s+puente|bridge", re.I), None),
)


def _round(text: str) -> str | None:
    for pattern, kind in _ROUND_WORDS:
        found = pattern.search(text)
        if found is None:
            continue
        if kind == "series":
            letter = found.group("l") or found.group("l2") or found.group("l3")
            return f"series_{letter.lower()}"
        return kind
    return None


def _raise_amount(amounts: list[Amount], start: int) -> Amount | None:
    """The first amount after the verb that is a raise (not a valuation or a total)."""
    for amount in amounts:
        if amount.start >= start and amount.meaning in ("raise", "debt", "mixed"):
            return amount
    return None


def foreign_funding(text: str):  # -> FundingDecision | None (imported lazily: funding imports this module lazily)
    """A round a German, French, Spanish, Portuguese, Italian, Japanese or Chinese text tells, or None."""
    from signals.extract.funding import FundingDecision, FundingRound, _valid_company

    previous: str | None = None
    sentences = list(_sentences(text))
    for sentence in sentences:
        if _NOT_DONE.search(sentence):
            continue  # "Elle prévoit de poursuivre sa croissance": this sentence plans; another may tell the round
        cjk = _cjk_funding(sentence)
        if cjk is not None:
            company, round_, amount = cjk
            return _funding_decision(FundingDecision, FundingRound, company, round_, amount, "a Japanese or Chinese "
                                     "sentence names the company before its round")
        for pattern, confirm in _RAISE_VERBS:
            verb = pattern.search(" " + sentence + " ")
            if verb is None:
                continue
            at = verb.start("v") - 1
            subject, rest = sentence[:at], sentence[at:]
            if confirm == "noun" and not _FUNDING_NOUN.search(rest):
                continue
            if confirm not in (None, "noun") and not re.search(confirm, rest, re.I):
                continue
            company = _name_tail(subject)
            if company is None and re.match(r"^\s*(?:hat|haben)\s+(?:das\s+(?:Unternehmen|Startup|Start-up)|die\s+Firma|es)\b", rest):
                company = previous  # "Laut Forbes hat das Unternehmen ... 30 Millionen Dollar erhalten": the last name
            if company is None and " - " in subject:
                company = _name_tail(subject.split(" - ", 1)[0])  # "Sorare - Fantasy-Fußball-Plattform sammelt ..."
            if company is None or not _valid_company(company) or re.search(r"(?:Capital|Ventures|Partners|VC)$", company):
                continue
            if _FUND_CLOSE.search(rest) and not _round(rest):
                return None  # a fund raised for others, no round
            amount = _raise_amount(foreign_amounts(rest), 0)
            round_ = _round(rest)
            if amount is None and round_ is None:
                continue
            if round_ is None:
                # "Sorare sammelt 40 Mio. Euro ein" + "Sorare hat eine Series-A-Finanzierung ... erhalten": another
                # sentence about the same company names the round
                round_ = next((r for r in (_round(o) for o in sentences if o is not sentence and company in o
                                           and not _NOT_DONE.search(o)) if r), None)
            return _funding_decision(FundingDecision, FundingRound, company, round_, amount,
                                     f"the sentence's subject {company!r} raised it ({verb.group('v').strip()!r})")
        name = _name_tail(re.split(r"\s(?:hat|ist|war|a|est|ha|es|é|è)\s", sentence, maxsplit=1)[0]) if " " in sentence else None
        previous = name or previous
    return None


#: "D2CファッションテックのBrandit、シリーズAで2.35億円を調達", "Foretop, Inc. がシードラウンドの資金調達を行いました",
#: "Acme 完成 3000 万美元 A 轮融资": a Latin-script name, then the round and the raise.
_CJK_NAME = r"(?<![A-Za-z0-9])(?P<co>[A-Z][A-Za-z0-9.&'\-]*(?:,?\s[A-Z][A-Za-z0-9.&'\-]*){0,3})"
_CJK_FUNDING = (
    re.compile(rf"{_CJK_NAME}\s*(?:は|、|が|，|,)\s*[^。]*?(?:資金調達|を調達|調達した|調達しました)"),
    re.compile(rf"{_CJK_NAME}\s*(?:宣布)?(?:完成|获得)(?:了)?[^。]*?融资"),
)


def _cjk_funding(sentence: str) -> tuple[str, str | None, Amount | None] | None:
    for pattern in _CJK_FUNDING:
        found = pattern.search(sentence)
        if found is None:
            continue
        rest = sentence[found.end("co") :]
        amount = _raise_amount(foreign_amounts(rest), 0)
        round_ = _round(rest)
        if amount is None and round_ is None:
            continue
        return found.group("co").strip(" ,"), round_, amount
    return None


def _funding_decision(decision_cls, round_cls, company: str, round_: str | None, amount: Amount | None, how: str):
    confidence = FOREIGN_CONFIDENCE if amount is not None else FOREIGN_NO_AMOUNT_CONFIDENCE
    found = round_cls(company=company, round=round_, amount=amount.value if amount else None,
                      currency=amount.currency if amount else None)
    money = [amount.as_fact()] if amount else []
    return decision_cls(round=found, confidence=confidence, explanation=f"foreign-language text: {how}", money=money)


# ---------------------------------------------------------------------------------------------------------------------
# Appointments
# ---------------------------------------------------------------------------------------------------------------------

#: Words a foreign post contains (one is needed): chiefs, directors, managers, presidents, heads, and the C-suite.
_TITLE_WORD = re.compile(
    r"chef|leiter|leiterin|direktor|geschäftsführer|vorstand|präsident|vorsitzende|"
    r"directeur|directrice|président|présidente|responsable|pdg|dg\b|"
    r"director|directora|gerente|presidente|jefe|jefa|consejero\s+delegado|diretor|diretora|"
    r"direttore|direttrice|amministratore\s+delegato|responsabile|"
    # a club's coach, as in English (round 19): "nuevo entrenador del Real España", "o novo técnico do Palmeiras"
    r"entrenador|entrenadora|técnico|treinador|treinadora|allenatore|entraîneur|cheftrainer|"
    r"\bC[A-Z]O\b|首席|总裁|总经理|社長|最高経営責任者|本部長|部長", re.I)
#: Board seats and chairs, by language: no appointment, as in English.
_BOARD = re.compile(
    r"aufsichtsrat|beirat|verwaltungsrat|conseil\s+d['\u2019]administration|conseil\s+de\s+surveillance|"
    r"consejo|conselho|consiglio\s+di\s+amministrazione|董事(?!长)|董事长|取締役|会長|vorsitzende[rn]?\s+des\s+aufsichtsrats", re.I)

_ORG = r"(?P<co>(?-i:[A-Z])[\w&.'’\-]*(?:\s+(?:de\s+|del\s+|do\s+|da\s+|di\s+)?(?-i:[A-Z])[\w&.'’\-]*){0,4})"
_APPOINTMENT_SHAPES: tuple[re.Pattern[str], ...] = (
    # German: "<Org> hat (am Montag) (den Veteranen ...) <Person> zum Finanzchef ernannt"
    re.compile(rf"^{_ORG}\s+(?:hat|haben)\s+[^.]*?{_PERSON}\s+(?:zum|zur)\s+(?P<t>[^,.;]{{2,60}}?)\s+(?:ernannt|berufen|bestellt|befördert)\b"),
    re.compile(rf"^{_ORG}\s+(?:ernennt|beruft|bestellt)\s+[^.]*?{_PERSON}\s+(?:zum|zur)\s+(?P<t>[^,.;]{{2,60}}?)(?:\s*$|[,.;])"),
    re.compile(rf"^{_PERSON}\s+(?:wird|ist)\s+(?:neuer|neue)\s+(?P<t>[^,.;]{{2,60}}?)\s+(?:bei|von|der|des)\s+{_ORG}"),
    # "Microsoft hat in der Person von Chris Liddell einen neuen Finanzchef gefunden" (round 19)
    re.compile(rf"^{_ORG}\s+hat\s+in\s+der\s+Person\s+(?:von\s+)?{_PERSON}\s+(?:einen|eine)\s+(?:neuen|neue)\s+(?P<t>[^,.;\s]{{2,40}})\s+"
               r"(?:gefunden|bekommen)"),
    # French: "<Org> nomme <Person> (au poste de) <title>", "<Person> est nommé(e) <title> de/chez <Org>", "rejoint"
    re.compile(rf"^{_ORG}\s+nomme\s+{_PERSON}\s+(?:au\s+poste\s+de\s+|comme\s+|en\s+tant\s+que\s+|à\s+la\s+tête\s+de\s+)?(?P<t>[^,.;]{{2,60}}?)(?:\s*$|[,.;])"),
    re.compile(rf"^{_PERSON}\s+(?:est|a\s+été)\s+nommée?\s+(?:au\s+poste\s+de\s+)?(?P<t>[^,.;]{{2,60}}?)\s+(?:de|d['’]|du|chez)\s*{_ORG}"),
    re.compile(rf"^{_PERSON}\s+rejoint\s+{_ORG}\s+(?:en\s+tant\s+que|comme)\s+(?P<t>[^,.;]{{2,60}}?)(?:\s*$|[,.;])"),
    # Spanish: "<Org> nombra a <Person> como <title>", "<Org> anunció la designación/el nombramiento de <Person> como"
    re.compile(rf"^{_ORG}\s+(?:nombra|nombró|designa|designó|ficha|fichó)\s+a\s+{_PERSON}\s+(?:como\s+)?(?:(?:su\s+)?nuev[oa]\s+)?(?P<t>[^,.;]{{2,60}}?)(?:\s*$|[,.;])"),
    re.compile(rf"^{_ORG}\s+(?:anuncia|anunció|confirma|confirmó)\s+(?:la\s+designación|el\s+nombramiento|la\s+incorporación)\s+de\s+{_PERSON}\s+como\s+(?:(?:su\s+)?nuev[oa]\s+)?(?P<t>[^,.;]{{2,60}}?)(?:\s*$|[,.;])"),
    re.compile(rf"^{_PERSON}\s+(?:es|fue)\s+(?:nombrad[oa]|designad[oa])\s+(?:como\s+)?(?:nuev[oa]\s+)?(?P<t>[^,.;]{{2,60}}?)\s+(?:de|del)\s+{_ORG}"),
    # Spanish, round 19 (sports desks): "Raúl Gutiérrez, nuevo entrenador del Real España", "el argentino Mauricio
    # Pochettino es nuevo entrenador del Chelsea inglés", "Independiente ha anunciado ... la contratación de Ramón Díaz
    # como nuevo entrenador"
    re.compile(rf"^{_PERSON},\s+(?:el\s+|la\s+)?nuev[oa]\s+(?P<t>[^,.;]{{2,60}}?)\s+(?:del|de\s+la|de)\s+{_ORG}"),
    re.compile(rf"(?:^|\s){_PERSON}\s+(?:es|será)\s+(?:el\s+|la\s+)?nuev[oa]\s+(?P<t>[^,.;]{{2,60}}?)\s+(?:del|de\s+la|de)\s+{_ORG}"),
    re.compile(rf"^{_ORG}\s+(?:ha\s+anunciado|anunció|anuncia|ha\s+confirmado|confirmó|confirma)\s+[^.]*?la\s+(?:contratación|llegada|"
               rf"incorporación)\s+de\s+{_PERSON}\s+como\s+(?:su\s+)?(?:nuev[oa]\s+)?(?P<t>[^,.;]{{2,60}}?)(?:\s*$|[,.;])"),
    # Portuguese: "<Org> nomeia/anuncia <Person> como (novo) <title>", "<Person> é o novo <title> da <Org>"
    re.compile(rf"^{_ORG}\s+(?:nomeia|nomeou|anuncia|anunciou|contrata|contratou)\s+{_PERSON}\s+como\s+(?:(?:seu|sua)\s+)?(?:nov[oa]\s+)?(?P<t>[^,.;]{{2,60}}?)(?:\s*$|[,.;])"),
    re.compile(rf"^{_PERSON}\s+(?:assina\s+[^.,;]{{2,40}}?\s+e\s+)?é\s+(?:o|a)\s+nov[oa]\s+(?P<t>[^,.;]{{2,60}}?)\s+(?:da|do|de)\s+{_ORG}"),
    # Italian: "<Org> nomina <Person> (nuovo) <title>", "<Person> è il nuovo <title> di <Org>"
    re.compile(rf"^{_ORG}\s+nomina\s+{_PERSON}\s+(?:come\s+|nuov[oa]\s+)?(?P<t>[^,.;]{{2,60}}?)(?:\s*$|[,.;])"),
    re.compile(rf"^{_PERSON}\s+è\s+(?:il|la)\s+nuov[oa]\s+(?P<t>[^,.;]{{2,60}}?)\s+di\s+{_ORG}"),
)
#: Chinese and Japanese: "RealNetworks 任命前 Adobe 高管 Thomas Nielsen 为首席执行官", "Flexera ... 宣布 David Zwick 为其新任首席财务官",
#: "Hacker Noon 聘用 v1Labs Dane Lyons 担任临时首席技术官", "FedExは...FedEx Freightの社長兼CEO(...)に...John A. Smith...が就任".
_CJK_PERSON = r"(?P<p>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+)"
_CJK_APPOINTMENTS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"{_CJK_NAME}[^。]*?(?:任命|宣布|聘用|聘请)[^。]*?{_CJK_PERSON}\s*(?:为|担任)(?:其)?(?:新任|新)?(?:总裁兼)?(?P<t>[^，。,(（\s]{{2,16}})"),
    re.compile(rf"(?P<co>[A-Z][\w.&'\-]*(?:\s[A-Z][\w.&'\-]*){{0,3}})の(?P<t>[^、。に]{{1,30}})に[、,]?[^。]*?{_CJK_PERSON}[^、。\s]*?が就任"),
)


def _given_name_suffix(run: str, has_given_name) -> str | None:
    """"Halbleiterindustrie John Hollister" -> "John Hollister": the longest end of a capitalised run that opens with a
    given name (German capitalises every noun, so a noun can stand right before the name)."""
    words = run.split()
    for k in range(min(len(words), 4), 1, -1):
        candidate = " ".join(words[-k:])
        if has_given_name(candidate):
            return candidate
    return None


def foreign_appointment(text: str):  # -> AppointmentDecision | None (job_change imports this module lazily)
    """A new post a German, French, Spanish, Portuguese, Italian, Chinese or Japanese text tells, or None."""
    from signals.extract.job_change import Appointment, AppointmentDecision, _FRACTIONAL, _has_given_name

    for sentence in _sentences(text):
        # "Este martes, IBM de Colombia anunció ...": a day before the subject
        sentence = re.sub(rf"^[^,]{{0,40}}?(?i:{FOREIGN_WEEKDAY_RX})[^,]{{0,20}},\s+", "", sentence)
        # "MÜNCHEN (COMPUTERWOCHE) - Der deutsche E-Commerce-Softwarespezialist Intershop hat ...": a dateline, then the
        # company's description before its name (round 19)
        sentence = re.sub(r"^[A-ZÄÖÜÉ][A-ZÄÖÜÉ .'\-]{2,40}\s*\([^()]{2,40}\)\s*[-\u2013\u2014]\s*", "", sentence)
        sentence = re.sub(r"^(?:Der|Die|Das)\s+(?:[a-zäöü]+\s+){0,2}[\w\-]*?(?:spezialist|konzern|hersteller|anbieter|unternehmen|"
                          r"händler|versicherer|Startup|Start-up)\s+(?=[A-ZÄÖÜ])", "", sentence)
        for pattern in (*_APPOINTMENT_SHAPES, *_CJK_APPOINTMENTS):
            found = pattern.search(sentence)
            if found is None:
                continue
            title = re.sub(r"\s+(?:de\s+la\s+compañía|de\s+la\s+empresa|de\s+la\s+société|da\s+empresa|der\s+Gesellschaft)\b.*$",
                           "", found.group("t").strip())
            title = re.sub(r"^(?:neue[nrsm]?|nouveaux?|nouvelle|nuev[oa]s?|nov[oa]s?|nuov[oa])\s+", "", title, flags=re.I)  # "zum neuen Präsidenten"
            person = _given_name_suffix(found.group("p").strip(), _has_given_name)
            company = (_name_tail(found.group("co")) if pattern in _APPOINTMENT_SHAPES else found.group("co")) or ""
            company = company.strip(" ,")
            if company.endswith(".") and company.split()[-1].lower() not in _LEGAL:
                company = company[:-1]  # "... des Pharmakonzerns Merck.": the sentence's full stop
            if not (title and company and _TITLE_WORD.search(title)) or _BOARD.search(title) or _BOARD.search(sentence):
                continue
            if not person or _NOT_DONE.search(sentence[: found.start("p")]):
                continue
            appointment = Appointment(person=person, title=title, company=company, fractional=bool(_FRACTIONAL.search(title)))
            return AppointmentDecision(appointment=appointment, confidence=FOREIGN_CONFIDENCE,
                                       explanation=f"foreign-language text: {company!r} gives {person!r} the post {title!r}")
    return None
