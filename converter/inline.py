"""Inline semantics found in the words: citations of UN documents and dates.

``find(text)`` returns non-overlapping spans ``(start, end, kind, value)`` sorted by start:
``("ref", href)`` for a citation, ``("date", iso)`` for a date. Nothing here changes the text.

Citations
    * Document symbols written out, from a list of UN symbol series (``A/75/74/Add.1``,
      ``A/C.4/75/L.2``, ``E/CN.6/2020/3``, ``S/RES/1373 (2001)``, ``A/75/6 (Sect. 3)/Add.1``,
      ``NPT/CONF.2000/28 (Parts I and II)``, ``ICCD/COP(14)/23``): ``https://undocs.org/<symbol>``.
      Each symbol of a joint document (``A/50/60-S/1995/1``, ``A/67/828 S/2013/210``) is a ref of its own.
      Strings of other organisations (IAEA ``GC(65)/RES/2``, WHO ``EB136/8``) are left alone.
    * Numbers cued by "resolution(s)"/"decision(s)" and the lists that follow the cue
      ("resolutions 70/1 of 25 September 2015, 71/313 and 2282 (2016)"). The number's shape and
      the body whose resolution it is give the symbol: ``59/48``, ``45/55 B``, ``75/101 A-B``,
      ``S-26/2``, ``ES-10/19`` → ``A/RES/…``; ``845 (IX)``, ``2200 A (XXI)`` → ``A/RES/845(IX)``,
      ``A/RES/2200(XXI)`` (the document of all its parts); ``1373 (2001)`` → ``S/RES/1373(2001)``;
      decision ``77/507`` → ``A/DEC/77/507``; Human Rights Council ``5/1``, ``S-29/1`` →
      ``A/HRC/RES/…``; Economic and Social Council ``2013/40``, ``2008 (LX)`` → ``E/RES/…``;
      Commission on Human Rights ``2005/66`` → ``E/CN.4/RES/2005/66``; Environment Assembly
      ``4/1`` → ``UNEP/EA.4/Res.1``. The body is the one named right before the cue ("Human Rights
      Council resolution", "the Council, in its resolution") or right after it ("resolutions adopted
      by the Human Rights Council", "resolution 7/2 … of the Conference of the Parties"), else the one
      of the cue before in the same sentence, else the General Assembly unless the sentence names
      another body whose numbers look alike. A number of a body whose symbols cannot be derived
      ("Commission on the Status of Women resolution 56/3", "(A/69/25), annex, resolution 1/1") is
      not linked: no link rather than a wrong one.
    * A GA or Security Council resolution with its adoption date right after it ("59/48 of
      2 December 2004") points at its AKN Work IRI, ``/akn/un/statement/deliberation/unga/
      2004-12-02/59-48`` (``…/unsc/2001-09-28/1373(2001)``), named as ``naming.frbr`` names it.
    * The span of a single citation right after "resolution "/"decision " takes that word in
      ("its <ref>resolution 59/48</ref> of …"); in a list only the symbols are marked.

Organs and officers (only with ``find(text, entities=True)``)
    ``("organization", id)`` for "General Assembly", "Security Council", "Economic and Social Council",
    "Human Rights Council", "Trusteeship Council", "International Court of Justice", "Peacebuilding
    Commission", "First Committee" … "Sixth Committee"; ``("role", id)`` for "Secretary-General", "Deputy
    Secretary-General", "President of the General Assembly" (Security Council, Economic and Social Council),
    "United Nations High Commissioner for Human Rights" (for Refugees). ``TLC[id]`` gives the TLC element,
    href and showAs to declare in ``references``. Not "Assistant Secretary-General", "Office of the
    Secretary-General", "Security Council Committee …".

Dates
    "2 December 2004" → 2004-12-02; impossible dates are not marked. In a range each printed day is
    a date of its own: "5 to 8 August 2025" marks "5" (2025-08-05) and "8 August 2025",
    "30 November–2 December 2025" marks "30 November" (2025-11-30) and "2 December 2025".
"""
from __future__ import annotations

import bisect
import functools
import re

from .dates import MONTHS
from .naming import number_from_symbol, undocs

__all__ = ["find", "TLC"]

_MONTH = "|".join(MONTHS)
_MONTH_NAME = {v: k for k, v in MONTHS.items()}
_DASHES = str.maketrans({"–": "-", "‑": "-", "‐": "-", "—": "-"})
_AKN = "/akn/un/statement/deliberation"

# The part letter of a resolution ("45/55 B"); "A" and "I" are words too, so they need what follows a part
_PART = (r"(?:[B-HJ-Z]|[AI](?=$|[,;:.)\]”’]|\s(?:and|to)\s[B-Z]|\s?[-–]\s?[B-Z]|\s\(|\s+(?:of|and|or|on|in|as|"
         r"adopted|entitled|by|concerning|relating|regarding|sects?\.|sections?|paras?\.|paragraphs?|annex)\b))")

# --- Articles of the Charter -------------------------------------------------------------------------

CHARTER = "/akn/un/act/charter/1945-06-26/charter-of-the-united-nations"
_CHARTER_ARTICLE = re.compile(
    r"\bArticles? (\d{1,3})(?:, paragraph \d+,)? of the Charter(?: of the United Nations)?\b"
)


def _charter_articles(text: str, spans: list) -> None:
    """"Article 19 of the Charter (of the United Nations)": a ref to the article of the Charter's Work."""
    for m in _CHARTER_ARTICLE.finditer(text):
        spans.append((m.start(), m.end(), "ref", f"{CHARTER}/!main#art_{m.group(1)}"))


# --- document symbols -----------------------------------------------------------------------------
# Series of UN document symbols (the first element of the symbol).
_ROOTS = ("A|S|E|ST|TD|UNEP|DP|ICCD|FCCC|CRC|CEDAW|CCPR|CERD|CAT|CRPD|CMW|CED|HRI|UNW|NPT|CAC|CD|ISBA|"
          "SPLOS|CLCS|CCW|BWC|JIU|CTOC|CCM|HSP|CEB|TPNW|APLC|UNCTAD|ECE|PBC|ITLOS|LOS|ACC|UNCITRAL")
_SEG = r"[A-Za-z0-9](?:[A-Za-z0-9.]|\(\d{1,3}\)|[-‑–](?=[A-Za-z0-9]))*"
_NEXT_SEG = rf"/(?:\s(?=(?:Add|Corr|Rev|Amend)\.))?{_SEG}"
_PAREN = (r"\s?\((?:(?i:Sect|Sects|Part|Parts|Vol|Vols|Supp|Suppl|Income\s+sect)\.?\s?[IVXL0-9][^()]{0,22}"
          r"|Introduction|Plan outline|\d{4}|(?:E?S-)?[IVXLC]{1,7})\)")
_DOC_RE = re.compile(rf"(?<![\w/.\-‑–])(?:{_ROOTS})/{_SEG}(?:{_NEXT_SEG})*(?P<paren>{_PAREN}(?:{_NEXT_SEG})*)?")
_JOINT = re.compile(rf"[-‑–](?=(?:{_ROOTS})/)")
_ONE_SEG = re.compile(r"(?:\d{3,}|[A-Z]{2,5}\.\d+)$")
_RES_NEW = re.compile(r"A/RES/(?:E?S-)?\d{1,2}/\d{1,4}$")
_RES_PART = re.compile(rf"\s({_PART})(?:[-–]([A-Z]))?(?![\w/’'\-])")
_L_DOT = re.compile(r"/L(\d)")
_SR_RANGE = re.compile(r"(/SR\.\d+)[-–]\d+$")  # A/C.6/56/SR.11–13: the records from the 11th
_YEAR_PAREN = re.compile(r"\(\d{4}\)$")
_ROMAN_PAREN = re.compile(r"\((?:E?S-)?[IVXLC]+\)$")
_OLD_RES = re.compile(r"[AE]/RES/\d{1,4}$")
_SC_RES = re.compile(r"S/RES/\d+\(\d{4}\)$")
_GA_RES = re.compile(r"A/RES/(?:(?:E?S-)?\d{1,2}/\d{1,4}(?:[A-Z](?:-[A-Z])?)?|\d{1,4}\((?:E?S-)?[IVXLC]+\))$")
_OF_DATE = re.compile(rf"\s+of\s+(\d{{1,2}})\s({_MONTH})\s(\d{{4}})\b")

# --- citations cued by "resolution(s)" / "decision(s)" --------------------------------------------
# (the first letter first and the word boundary after it: a pattern that starts with a character set
# is scanned fast)
_CUE = re.compile(r"(?P<c>[RrDd])(?<!\w[RrDd])(?:esolution|ESOLUTION|ecision|ECISION)(?P<pl>[sS])?\b")
# where an item may be: "59/48", "1373 (2001)", "2200 A (XXI)"; the item itself starts at the number
_ITEM_HINT = re.compile(r"\d(?:/\d|\s?(?:[A-Z](?:\s(?:and|to)\s[A-Z]|[-–][A-Z])?\s?)?\()")
_ITEM = re.compile(
    r"(?<![\w/.\-‑–])(?:"
    # new style 59/48, 45/55 B, 75/101 A-B, 74/255 A and B, S-26/2, ES-10/19, 2013/40
    r"(?P<ss>E?S[-‑–])?(?P<sess>\d{1,4})/(?P<num>\d{1,4})(?![\w/])"
    rf"(?:\s(?P<p1>{_PART})(?:(?:[-‑–]|\s?[-–]\s?|\s(?:and|to)\s)(?P<p2>[A-Z]))?(?![\w’'/\-]))?"
    # old style 845 (IX), 2200 A (XXI), 3201 (S-VI); Security Council 1373 (2001)
    r"|(?P<n>\d{1,4})(?:\s?(?P<o1>[A-Z])(?:\s(?:and|to)\s(?P<o2>[A-Z])|[-–](?P<o3>[A-Z]))?)?"
    r"\s?\((?:(?P<year>(?:19|20)\d\d)|(?P<roman>(?:E?S-)?[IVXLC]{1,7}))\)"
    r")"
)
_FIRST_GAP = re.compile(r"\s{1,3}(?:(?:No|Nos)\.\s)?")
# what may stand between two items of one list without breaking it
_ARG = r"(?:\d+|[A-Z][IVXLC]*)(?:\.\w+)*"  # "sect. B", "paras. 76–95", "sect. I.A" (no words: no ambiguity)
_TRAILER = (rf"(?:\s+of\s+\d{{1,2}}\s(?:{_MONTH})\s\d{{4}}"
            r"|,?\s+(?:sects?\.|sections?|parts?|chaps?\.|chapters?|annex(?:es)?|paras?\.|paragraphs?|"
            rf"appendix|vols?\.|arts?\.|articles?)(?:\s+{_ARG}(?:[–-]{_ARG})?(?:(?:,|\s+and)\s+{_ARG})?)?"
            r"|\s\((?:annex|[^()]{0,40}\d[^()]{0,40})\))")
_GLUE = re.compile(rf"(?:{_TRAILER})*(?:,\s*|,?\s+and\s+|,?\s+or\s+|,?\s+as\s+well\s+as\s+|\s+to\s+|\s?[–-]\s?)"
                   rf"|(?:{_TRAILER})+(?:;\s+(?:and\s+)?|\s+)")  # "57/130 B, sect. X; 58/101 B, sect. X"
_SEP_END = re.compile(r"(?:,|\band|\bor|\bas well as|\bto|\bnor|\bthen)\s+$")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_BREAK = re.compile(r"[;:]|[.!?](?=\s+[A-Z“\"(])")
_LAST_WORD = re.compile(r"([\w.]+)$")
_ABBREV = {"sect", "sects", "para", "paras", "chap", "chaps", "no", "nos", "vol", "vols", "art", "arts", "p", "pp",
           "add", "corr", "rev", "supp", "suppl", "e.g", "i.e", "mr", "ms", "dr", "st", "annex"}

# Bodies whose resolutions are cited, by name, the longest name first. Ids: GA, SC, HRC, ECOSOC, CHR
# (Commission on Human Rights), UNEA (Environment Assembly), TC, COUNCIL (a council named before: look
# back), "?" (another body: its numbers are not linked). A "~" before an id marks a body only inferred
# (from the sentence, not named at the cue): its numbers must also look like that body's.
_BODY_NAMES = [
    ("United Nations Environment Assembly", "UNEA"), ("Economic and Social Council", "ECOSOC"),
    ("Commission on Human Rights", "CHR"), ("Human Rights Council", "HRC"), ("Environment Assembly", "UNEA"),
    ("Security Council", "SC"), ("General Assembly", "GA"), ("Trusteeship Council", "TC"),
    ("ECOSOC", "ECOSOC"), ("UNEA", "UNEA"), ("HRC", "HRC"), ("Assembly", "GA"), ("Council", "COUNCIL"),
    ("Commission", "COMMISSION"),
]
_FULL_NAMES = [(k, i) for k, i in _BODY_NAMES if k not in ("Assembly", "Council", "Commission")]
_BODY_WORDS = re.compile(
    r"\b(?:Commission|Council|Assembly|Board|Conference|Committee|Parties|Forum|Organi[sz]ation|Programme|Fund|"
    r"Agency|Group|Session|Summit|Meeting|Court|Tribunal|Union|Authority|Panel|Bureau|Congress|Governors|"
    r"Secretariat)\b|\b[A-Z]{2,}\b")
_CONNECT = r"(?:of|on|and|for|the|to|in)"
_WORD = r"[A-Z][\w’'.\-]*"
# The patterns below open with a character or a literal where they can: the scan for a match then skips
# ahead fast instead of trying the whole pattern at every position (same matches as the plain spelling
# noted beside each).
# = (?:{_WORD}(?:\s+{_CONNECT})*\s+)*{_WORD}\s*$
_NAME_RUN = re.compile(rf"{_WORD}(?:(?:\s+{_CONNECT})*\s+{_WORD})*\s*$")
_NAME_FWD = re.compile(rf"{_WORD}(?:(?:\s+{_CONNECT})*\s+{_WORD})*")
_IN_ITS = re.compile(  # [,\s]\s* = (?:,\s*|\s+)
    r"[,\s]\s*(?:in|by|through|under|with|pursuant\s+to)\s+its\s+"
    r"(?:(?:relevant|previous|earlier|subsequent|latest|most\s+recent|first|second|third|last)\s+)?$")
_ITS = re.compile(r"its(?<!\wits)\s+(?:[a-z]+\s+){0,2}$")  # = \bits\s+(?:[a-z]+\s+){0,2}$
_AFTER = re.compile(r"(?:\s+of|,?\s+adopted\s+by)\s+(?:the\s+)?(?=[A-Z])")
_AFTER_DATE = re.compile(rf"\s+of\s+\d{{1,2}}\s(?:{_MONTH})\s\d{{4}}")
# "Supplement No. 25 (A/69/25), annex, resolution 1/1": a resolution printed in another body's report
_IN_DOC = re.compile(r"(?:\bannex(?:es)?|\bchap\.\s*[IVXL]+|\bsect\.\s*[\w.]+|\bappendix|\bpart\s+\w+)"
                     r"(?:\s+[IVXL]+)?\s*,\s*$")
_REPORT = re.compile(r"\bA/\d{2}/(53|25)(?:/(?:Add|Corr)\.\d+)*\)")
_MENTION = re.compile(r"Human Rights Council|Economic and Social Council|Commission on Human Rights|"
                      r"Environment Assembly|General Assembly|Security Council|"
                      r"(?:adopted|adoption),?\s+by\s+the\s+(?=[A-Z])")
_COUNCILS = re.compile(r"Security Council|Economic and Social Council|Human Rights Council|Trusteeship Council")
_COUNCIL_ID = {"Security Council": "SC", "Economic and Social Council": "ECOSOC", "Human Rights Council": "HRC",
               "Trusteeship Council": "TC"}
_YEAR_BODIES = re.compile(r"Economic and Social Council|Commission on Human Rights")

# --- organs and officers (find(text, entities=True)) ----------------------------------------------
# TLC id → (TLC element, href, showAs); the General Assembly and its Main Committees keep the ids and
# hrefs the AKN writer already declares for FRBRauthor and docProponent.
TLC: dict[str, tuple[str, str, str]] = {
    "ga": ("TLCOrganization", "/akn/ontology/organization/un/un-ga", "General Assembly"),
    "securityCouncil": ("TLCOrganization", "/akn/ontology/organization/un/un-sc", "Security Council"),
    "economicAndSocialCouncil": ("TLCOrganization", "/akn/ontology/organization/un/un-ecosoc",
                                 "Economic and Social Council"),
    "humanRightsCouncil": ("TLCOrganization", "/akn/ontology/organization/un/un-hrc", "Human Rights Council"),
    "trusteeshipCouncil": ("TLCOrganization", "/akn/ontology/organization/un/un-tc", "Trusteeship Council"),
    "internationalCourtOfJustice": ("TLCOrganization", "/akn/ontology/organization/un/un-icj",
                                    "International Court of Justice"),
    "peacebuildingCommission": ("TLCOrganization", "/akn/ontology/organization/un/un-pbc", "Peacebuilding Commission"),
    "firstCommittee": ("TLCOrganization", "/akn/ontology/organization/un/un-ga-c1", "First Committee"),
    "secondCommittee": ("TLCOrganization", "/akn/ontology/organization/un/un-ga-c2", "Second Committee"),
    "thirdCommittee": ("TLCOrganization", "/akn/ontology/organization/un/un-ga-c3", "Third Committee"),
    "fourthCommittee": ("TLCOrganization", "/akn/ontology/organization/un/un-ga-c4",
                        "Special Political and Decolonization Committee (Fourth Committee)"),
    "fifthCommittee": ("TLCOrganization", "/akn/ontology/organization/un/un-ga-c5", "Fifth Committee"),
    "sixthCommittee": ("TLCOrganization", "/akn/ontology/organization/un/un-ga-c6", "Sixth Committee"),
    "secretaryGeneral": ("TLCRole", "/akn/ontology/role/un/secretaryGeneral", "Secretary-General"),
    "deputySecretaryGeneral": ("TLCRole", "/akn/ontology/role/un/deputySecretaryGeneral", "Deputy Secretary-General"),
    "presidentOfTheGeneralAssembly": ("TLCRole", "/akn/ontology/role/un/presidentOfTheGeneralAssembly",
                                      "President of the General Assembly"),
    "presidentOfTheSecurityCouncil": ("TLCRole", "/akn/ontology/role/un/presidentOfTheSecurityCouncil",
                                      "President of the Security Council"),
    "presidentOfTheEconomicAndSocialCouncil": ("TLCRole",
                                               "/akn/ontology/role/un/presidentOfTheEconomicAndSocialCouncil",
                                               "President of the Economic and Social Council"),
    "highCommissionerForHumanRights": ("TLCRole", "/akn/ontology/role/un/highCommissionerForHumanRights",
                                       "United Nations High Commissioner for Human Rights"),
    "highCommissionerForRefugees": ("TLCRole", "/akn/ontology/role/un/highCommissionerForRefugees",
                                    "United Nations High Commissioner for Refugees"),
}
_ENTITY_IDS = {
    "General Assembly": "ga", "Security Council": "securityCouncil",
    "Economic and Social Council": "economicAndSocialCouncil", "Human Rights Council": "humanRightsCouncil",
    "Trusteeship Council": "trusteeshipCouncil", "International Court of Justice": "internationalCourtOfJustice",
    "Peacebuilding Commission": "peacebuildingCommission", "First Committee": "firstCommittee",
    "Second Committee": "secondCommittee", "Third Committee": "thirdCommittee", "Fourth Committee": "fourthCommittee",
    "Fifth Committee": "fifthCommittee", "Sixth Committee": "sixthCommittee",
    "Secretary-General": "secretaryGeneral", "Deputy Secretary-General": "deputySecretaryGeneral",
    "President of the General Assembly": "presidentOfTheGeneralAssembly",
    "President of the Security Council": "presidentOfTheSecurityCouncil",
    "President of the Economic and Social Council": "presidentOfTheEconomicAndSocialCouncil",
    "High Commissioner for Human Rights": "highCommissionerForHumanRights",
    "High Commissioner for Refugees": "highCommissionerForRefugees",
}
# (kind, TLC id) of each name as written, with a non-breaking hyphen too ("Secretary‑General")
_ENTITY_KINDS = {
    written: ("role" if ("Secretary" in name or "President" in name or "Commissioner" in name) else "organization",
              tlc)
    for name, tlc in _ENTITY_IDS.items() for written in {name, name.replace("-", "‑")}
}
_ENTITY = re.compile(
    r"(?<![\w\-‑])(?:United Nations )?(?P<name>"
    r"President of the (?:General Assembly|Security Council|Economic and Social Council)"
    r"|(?:Deputy )?Secretary[-‑]General|High Commissioner for (?:Human Rights|Refugees)"
    r"|(?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|Trusteeship Council"
    r"|International Court of Justice|Peacebuilding Commission|(?:First|Second|Third|Fourth|Fifth|Sixth) Committee)"
    r"(?!\s[A-Z][a-z])"  # "Security Council Committee …", "Human Rights Council Advisory Committee": another body
    r")(?![\w\-‑])")
# How every match of _ENTITY begins: the scan looks for these literals (fast) and tries _ENTITY only there,
# instead of trying its leading look-behind at every position
# ("United Nations " only where a name follows: the many other "United Nations" would each cost a failed match)
_NAME_HEADS = (
    r"President of the |Deputy |Secretary|High Commissioner for |General Assembly|Security Council"
    r"|Economic and Social Council|Human Rights Council|Trusteeship Council|International Court of Justice"
    r"|Peacebuilding Commission|First |Second |Third |Fourth |Fifth |Sixth ")
_ENTITY_HEAD = re.compile(r"United Nations (?=" + _NAME_HEADS + ")|" + _NAME_HEADS)


def _entities(text: str, spans: list) -> None:
    # each name holds one of these words ("Commissioner" holds "Commission")
    if not ("Council" in text or "Assembly" in text or "Secretary" in text or "Committee" in text
            or "Commission" in text or "Court" in text):
        return
    head, match = _ENTITY_HEAD.search, _ENTITY.match
    h = head(text)
    while h:  # the matches of _ENTITY.finditer, left to right
        at = h.start()
        m = match(text, at)
        if not m:
            h = head(text, at + 1)
            continue
        end = m.end()
        h = head(text, end)
        kind, tlc = _ENTITY_KINDS[m.group("name")]
        if kind == "organization":
            spans.append((m.start("name"), end, kind, tlc))  # without "United Nations "
        elif not text.endswith(("Assistant ", "Under ", "Office of the "), max(0, at - 14), at):
            spans.append((at, end, kind, tlc))  # not another officer, nor an office (not its head)


# --- dates ----------------------------------------------------------------------------------------
# found from the month and year (a scan for a literal is fast), then read back to the day
_MONTH_YEAR = re.compile(rf"({_MONTH})\s(\d{{4}})\b")
_DAY = re.compile(r"\b\d{1,2}\s$")
_RANGE_START = re.compile(
    rf"(?<![\w/.,\-–])(?P<d0>\d{{1,2}})(?:\s(?P<m0>{_MONTH}))?(?:\s(?:to|and)\s|\s?[–-]\s?)$")


_DIGIT = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    """Does ``text`` hold a character that ``\\d`` matches? First the ASCII digits, each by a substring
    search (written out: much faster than a loop, or a scan by a pattern); only non-ASCII text can hold
    another digit."""
    if ("0" in text or "1" in text or "2" in text or "3" in text or "4" in text or "5" in text or "6" in text
            or "7" in text or "8" in text or "9" in text):
        return True
    return not text.isascii() and _DIGIT.search(text) is not None


def find(text: str, entities: bool = False) -> list[tuple[int, int, str, str]]:
    """Citations and dates in ``text``: non-overlapping ``(start, end, kind, value)`` sorted by start.

    With ``entities``, also the United Nations organs and officers named in the text:
    ``("organization", tlc)`` and ``("role", tlc)``, ``tlc`` a key of ``TLC``.
    """
    if not text:
        return []
    spans: list[tuple[int, int, str, str]] = []
    slash = "/" in text
    if slash:
        _symbols(text, spans)
    if _has_digit(text):  # cued numbers, dates and articles all need a digit (\d); most paragraphs have none
        if slash or "(" in text:
            _citations(text, spans)
        _dates(text, spans)
        if "Charter" in text:
            _charter_articles(text, spans)
    if entities:
        _entities(text, spans)
    if len(spans) < 2:
        return spans
    ordered = sorted(spans)
    end = 0
    for sp in ordered:
        if sp[0] < end:
            break
        end = sp[1]
    else:
        return ordered  # no two overlap (the common case): all are kept
    # earlier finders win: symbols over cued numbers over dates over organs and officers
    out: list[tuple[int, int, str, str]] = []
    for sp in spans:
        s, e = sp[0], sp[1]
        i = bisect.bisect_left(out, sp)
        if (i == 0 or out[i - 1][1] <= s) and (i == len(out) or out[i][0] >= e):
            out.insert(i, sp)
    return out


# --- document symbols -----------------------------------------------------------------------------


def _symbols(text: str, spans: list) -> None:
    last_end = 0
    i = text.find("/")
    while i >= 0:  # a symbol's series ends in a capital right before its first slash
        if i > last_end and i and "A" <= text[i - 1] <= "Z":
            j = i - 1
            while j > 0 and "A" <= text[j - 1] <= "Z":
                j -= 1
            m = _DOC_RE.match(text, j)
            if m:
                last_end = m.end()
                _symbol_match(text, m, spans)
        i = text.find("/", i + 1)


def _symbol_match(text: str, m: re.Match, spans: list) -> None:
    s = m.start()
    raw = m.group(0)
    if m.group("paren"):
        base = raw[: m.start("paren") - s]
        inner = m.group("paren")
        if _YEAR_PAREN.search(inner):  # (2001): only a Security Council resolution has a year
            if not base.startswith("S/RES/"):
                raw = base
        elif _ROMAN_PAREN.search(inner):  # (XXI): only an old-style resolution has a session
            if not _OLD_RES.match(base):
                raw = base
    # each symbol of a joint document (A/50/60-S/1995/1) is a ref of its own
    pieces = _JOINT.split(raw) if ("-" in raw or "–" in raw or "‑" in raw) else [raw]
    for piece in pieces:
        n = len(piece)
        piece = piece.rstrip(".-‑–")
        _symbol(text, s, s + len(piece), piece, spans)
        s += n + 1


def _symbol(text: str, s: int, e: int, piece: str, spans: list) -> None:
    if _RES_NEW.match(piece):  # "A/RES/77/292 B", "A/RES/75/101 A-B": the part is in the symbol
        pm = _RES_PART.match(text, e)
        if pm:
            piece, e = piece + pm.group(1) + (f"-{pm.group(2)}" if pm.group(2) else ""), pm.end()
    parts = piece.split("/")
    if len(parts) < 2 or not any(c.isdigit() for c in piece):
        return
    if len(parts) == 2 and len(parts[0]) == 1 and not _ONE_SEG.match(parts[1]):
        return  # "A/5", "S/b": a one-letter series takes a number of 3 digits or more, or "PV.7813"
    symbol = _SR_RANGE.sub(r"\1", re.sub(r"\s+", "", piece).translate(_DASHES))
    symbol = _L_DOT.sub(r"/L.\1", symbol)  # "A/77/L45/Rev.1" misprinted for A/77/L.45/Rev.1
    href = undocs(symbol)
    if symbol.startswith(("A/RES/", "S/RES/")):
        dm = _OF_DATE.match(text, e)
        iso = dm and _iso(*dm.groups())
        if iso and _SC_RES.match(symbol):
            href = f"{_AKN}/unsc/{iso}/{number_from_symbol(symbol)[0]}"
        elif iso and _GA_RES.match(symbol):
            href = f"{_AKN}/unga/{iso}/{number_from_symbol(symbol)[0]}"
    spans.append((s, e, "ref", href))


# --- citations cued by "resolution(s)"/"decision(s)" ----------------------------------------------


_CUE_WORDS = ("esolution", "ecision", "ESOLUTION", "ECISION")


def _cues(text: str) -> list[re.Match]:
    """The matches of ``_CUE.finditer(text)``, tried only where one of its words follows a letter (a search
    for a literal is much faster than the scan of a pattern that opens with a character set)."""
    starts = []
    for word in _CUE_WORDS:
        i = text.find(word, 1)
        while i > 0:
            starts.append(i - 1)
            i = text.find(word, i + 1)
    if len(starts) > 1:
        starts.sort()
    cues, end = [], 0
    for s in starts:
        if s >= end:
            m = _CUE.match(text, s)
            if m:
                cues.append(m)
                end = m.end()
    return cues


def _citations(text: str, spans: list) -> None:
    if "esolution" not in text and "ecision" not in text and "ESOLUTION" not in text and "ECISION" not in text:
        return
    cues = _cues(text)
    if not cues:
        return
    # a title in quotes ("entitled “Implementation of General Assembly resolution 46/152”") is a
    # world of its own: its cue does not take the numbers after the closing quote
    quotes = [(q.start(), q.end()) for q in _QUOTED.finditer(text)] if ("“" in text or '"' in text) else []

    def inside(at: int) -> int:
        for i, (a, b) in enumerate(quotes):
            if a < at < b:
                return i
        return -1

    cue_ends = [c.end() for c in cues]
    cue_quote = [inside(c.start()) for c in cues] if quotes else None
    # 1. the lists: an item right after a cue, and those that follow it in one list
    runs: dict[int, list[re.Match]] = {}
    order: list[int] = []
    last_end = 0
    # a hint holds a "/" right after its first digit, or ends in "(": none ends past the last of these plus 2,
    # and the scan stops there (the pattern looks at nothing outside its match: the same hints, found faster)
    scan_end = max(text.rfind("/"), text.rfind("(")) + 2
    for h in _ITEM_HINT.finditer(text, cues[0].end(), scan_end):
        s = h.start()
        if s < last_end:
            continue
        while s > 0 and text[s - 1].isdigit():
            s -= 1
        if text[s - 2: s - 1] == "S" and text[s - 1] in "-‑–":
            s -= 3 if text[s - 3: s - 2] == "E" else 2
        m = _ITEM.match(text, s)
        if not m:
            continue
        last_end = m.end()
        k = bisect.bisect_right(cue_ends, s) - 1
        if cue_quote is not None:
            q = inside(s)
            while k >= 0 and cue_quote[k] != q:
                k -= 1
            if k < 0:
                continue
        items = runs.get(k)
        if items:
            if _continues(text[items[-1].end():s]):
                items.append(m)
        elif _FIRST_GAP.fullmatch(text, cues[k].end(), s):
            runs[k] = [m]
            order.append(k)
    if not runs:
        return
    # 2. whose resolutions they are, and their symbols
    bodies = _Bodies(text, cues, {k: v[-1].end() for k, v in runs.items()})
    for k in order:
        items = runs[k]
        cue = cues[k]
        body = bodies.body(k)
        if bodies.kind[k] not in ("named", "subject"):  # "resolution 7/2 … of the Conference of the Parties"
            after = _after_body(text, items[-1].end())
            if after is not None:
                body = after
        decision = cue.group("c") in "Dd"
        single = not cue.group("pl")
        for i, m in enumerate(items):
            symbol, work = _symbol_of(m, body, decision, text, cue.start())
            if not symbol:
                continue
            href = None
            dm = _OF_DATE.match(text, m.end())
            iso = dm and _iso(*dm.groups())
            if iso and iso >= "2100":
                iso = None  # a misprint ("24 December 2107")
            if iso and symbol.startswith(("A/RES/", "A/DEC/")) and not _in_session(symbol, iso):
                continue  # "resolution 31/1 of 20 May 2022" is not the Assembly's of 1976
            if iso and work:
                href = f"{_AKN}/{work[0]}/{iso}/{work[1]}"
            start = cue.start() if i == 0 and single else m.start()
            spans.append((start, m.end(), "ref", href or undocs(symbol)))


def _continues(gap: str) -> bool:
    """Does ``gap``, between two numbers, keep them in one list of citations?"""
    if _GLUE.fullmatch(gap):
        return True
    if len(gap) > 300 or not _SEP_END.search(gap):
        return False
    bare = _QUOTED.sub("", gap) if ("“" in gap or '"' in gap) else gap
    for b in _BREAK.finditer(bare):
        if b.group(0) != ".":
            return False
        w = _LAST_WORD.search(bare, 0, b.start())
        if not w or w.group(1).lower() not in _ABBREV:
            return False
    return True


class _Bodies:
    """The body whose resolutions each cue cites (see the module's docstring)."""

    def __init__(self, text: str, cues: list[re.Match], run_ends: dict[int, int]):
        self.text, self.cues, self.run_ends = text, cues, run_ends
        self.memo: dict[int, str | None] = {}
        self.kind: dict[int, str] = {}

    def body(self, k: int) -> str | None:
        if k in self.memo:
            return self.memo[k]
        if k > 0 and k - 1 not in self.memo:  # in order, so that a long chain of cues recurses one level
            for j in range(k):
                if j not in self.memo:
                    self.body(j)
        text, cue = self.text, self.cues[k]
        kind, body = _direct_body(text, cue.start())
        if kind == "none":
            after = _after_body(text, cue.end())  # "resolutions adopted by the Human Rights Council"
            if after is not None:
                kind, body = "named", after
        if kind in ("its", "none"):
            start = _sentence_start(text, cue.start())
            prev = k - 1 if k > 0 and self.cues[k - 1].end() > start else -1
            if prev >= 0 and cue.start() - self.run_ends.get(prev, self.cues[prev].end()) > 150:
                prev = -1  # too far back to speak of the same resolutions
            if prev >= 0 and (kind == "none" or self._subject(prev)):
                # "Human Rights Council resolutions on the subject, including resolution 42/9";
                # "the Council, in its resolution 51/30 … and its decision 51/101"
                pb = self.body(prev)
                body = None if pb in (None, "GA", "SC", "~SC") else ("~" + pb.lstrip("~"))
                if kind == "its" and self._subject(prev):
                    kind = "subject"
            elif (text[max(0, cue.start() - 40):cue.start()].rstrip().endswith(",")  # what _IN_DOC ends with
                  and _IN_DOC.search(text, max(0, cue.start() - 40), cue.start())):
                body = _report_body(text, cue.start())
            else:
                body = _mentioned(text, start, cue.start(), kind == "its")
        self.kind[k] = kind
        self.memo[k] = body
        return body

    def _subject(self, k: int) -> bool:
        self.body(k)
        return self.kind[k] == "subject"


def _report_body(text: str, at: int) -> str:
    """The body of a resolution printed in a report ("(A/74/53/Add.1), chap. III, resolution 42/12"):
    the Assembly's Official Records print the Human Rights Council's in Supplement No. 53 and the
    Environment Assembly's in No. 25; of other reports nothing is known."""
    last = None
    for last in _REPORT.finditer(text, max(0, at - 120), at):
        pass
    if last is None:
        return "?"
    return "^HRC" if last.group(1) == "53" else "^UNEA"


def _sentence_start(text: str, at: int) -> int:
    lo = max(0, at - 600)  # a longer sentence is looked at from 600 characters back
    return max(text.rfind(". ", lo, at), text.rfind("; ", lo, at), text.rfind(": ", lo, at), lo - 1) + 1


def _mentioned(text: str, start: int, end: int, its: bool) -> str | None:
    """The last body named earlier in the sentence, as an inferred body ("~HRC"); None for the Assembly.
    "its resolution" after "… adopted by the World Conference" is still the Assembly's."""
    seg = text[start:end]
    if not ("Council" in seg or "Assembly" in seg or "Commission on" in seg or "adopt" in seg):
        return None  # none of the names of _MENTION
    last = None
    for m in _MENTION.finditer(text, start, end):
        if not (its and m.group(0).startswith("adopt")):
            last = m
    if last is None:
        return None
    name = last.group(0)
    if name.startswith("adopt"):
        n = _NAME_FWD.match(text, last.end())
        body = _classify(n.group(0), False) if n else None
    else:
        body = _classify(name, False)
    return None if body in (None, "GA") else "~" + body


def _classify(name: str, opener: bool) -> str | None:
    """The body id of a capitalised name; None when it names no body ("Recalling", "Secretary-General")."""
    if name.endswith("’s") or name.endswith("'s"):
        name = name[:-2]
    if "General Assembly" in name and "Security Council" in name:
        return "GA"  # "General Assembly and Security Council resolutions 70/262 and 2282 (2016)"
    for known, ident in _BODY_NAMES:
        if name == known or name.endswith(" " + known):
            words = name.split()
            rest = words[: len(words) - len(known.split())]
            if known in ("Assembly", "Council", "Commission") and rest and not (opener and len(rest) == 1):
                last = rest[-1]  # "Governing Council", "World Health Assembly", "Statistical Commission"
                if last[0].isupper() and last not in ("United", "Nations"):
                    return "?"
            return ident
    return "?" if _BODY_WORDS.search(name) else None


def _direct_body(text: str, cue: int) -> tuple[str, str | None]:
    """("named", body) for a body named right before the cue ("Human Rights Council resolution"),
    ("subject", body) for "the Council, in its resolution", ("its", None) for "its resolution",
    ("none", None) otherwise."""
    base = max(0, cue - 90)
    pre = text[base:cue]
    m = _IN_ITS.search(pre) if "its" in pre else None  # both patterns need "its"
    if m:
        end = m.start()
    elif "its" in pre and _ITS.search(pre):
        return "its", None
    else:
        end = len(pre)
    last = pre[:end].rstrip().rsplit(None, 1)
    if not last or not last[-1][:1].isupper():  # no capitalised word right before: no name
        return ("its" if m else "none"), None
    run = _NAME_RUN.search(pre, 0, end)
    if not run or run.end() != end:
        return ("its" if m else "none"), None
    i = base + run.start()
    while i > 0 and text[i - 1] in " \u00a0":
        i -= 1
    opener = i == 0 or text[i - 1] in ".;:([“\"\t\n"
    body = _classify(run.group(0).strip(), opener)
    if body is None:
        return ("its" if m else "none"), None
    return ("subject" if m else "named"), body


def _after_body(text: str, end: int) -> str | None:
    """A body named right after a cue or a list: "resolutions adopted by the Human Rights Council",
    "resolution 7/2 of 10 November 2017 of the Conference of the Parties"."""
    d = _AFTER_DATE.match(text, end)
    if d:
        end = d.end()
    a = _AFTER.match(text, end)
    if not a:
        return None
    n = _NAME_FWD.match(text, a.end())
    if not n:
        return None
    name = n.group(0)
    for known, ident in _FULL_NAMES:  # "the United Nations Environment Assembly of the United Nations …"
        if name.startswith(known + " "):
            return ident
    return _classify(name, False)


def _parts(a: str | None, b: str | None) -> str:
    if not a:
        return ""
    return a + (f"-{b}" if b else "")


def _inferred(body: str, sess: str, num: str, ss: str, decision: bool) -> str | None:
    """An inferred body ("~HRC") when the number looks like one of its resolutions, else the Assembly;
    for "^HRC" (the body of the report the resolution is printed in), else an unknown body."""
    b = _plausible(body[1:], sess, num, ss, decision)
    return b if b or body[0] == "~" else "?"


def _plausible(b: str, sess: str, num: str, ss: str, decision: bool) -> str | None:
    if b == "HRC":  # the Council's sessions and numbers are small (decisions from 101); the Assembly's large
        limit = 130 if decision else 60
        return b if (ss == "S-" or (len(sess) <= 2 and int(sess) <= 60 and int(num) <= limit)) else None
    if b == "UNEA":
        return b if (not ss and int(sess) <= 9 and int(num) <= 30) else None
    if b in ("ECOSOC", "CHR"):
        return b if len(sess) == 4 else None
    if b == "COUNCIL":
        return "COUNCIL"
    if b == "?":
        return "?"
    return None


def _symbol_of(m: re.Match, body: str | None, decision: bool, text: str, at: int):
    """(undocs symbol, (actor, Work number) or None) of a cued item; (None, None) when not derivable."""
    if body == "COUNCIL" or body == "~COUNCIL":
        body = _last_council(text, at, body)
    elif body == "COMMISSION" or body == "~COMMISSION":  # "Commission resolution 1998/72" after its full name
        body = ("~" if body[0] == "~" else "") + ("CHR" if "Commission on Human Rights" in text[:at] else "?")
    if m.group("num") is not None:
        sess, num = m.group("sess"), m.group("num")
        ss = (m.group("ss") or "").translate(_DASHES)
        parts = _parts(m.group("p1"), m.group("p2"))
        year_like = len(sess) == 4 and not ss
        if body and body[0] in "~^":
            body = _inferred(body, sess, num, ss, decision)
        if body == "COUNCIL":  # "Council resolution 5/1": only the Human Rights Council numbers so
            body = "ECOSOC" if year_like else "HRC"
        if body is None and year_like:  # "and resolutions 2013/38 and 2019/23": the Council named before
            last = None
            for last in _YEAR_BODIES.finditer(text, 0, at):
                pass
            if last:
                body = "ECOSOC" if last.group(0).startswith("Economic") else "CHR"
        if body in (None, "GA"):
            # numbered so from the thirty-first session (1976); "4/6", "10/6" are another body's
            if year_like or len(sess) > 2 or len(num) > 3 or (not ss and int(sess) < 31):
                return None, None
            tail = f"{ss}{sess}/{num}{parts}"
            if decision:
                return f"A/DEC/{tail}", None
            return f"A/RES/{tail}", ("unga", number_from_symbol(f"A/RES/{tail}")[0])
        if body == "HRC":
            if year_like or len(sess) > 2 or ss == "ES-":
                return None, None
            return f"A/HRC/{'DEC' if decision else 'RES'}/{ss}{sess}/{num}{parts}", None
        if body == "ECOSOC":
            if not year_like:
                return None, None
            return f"E/{'DEC' if decision else 'RES'}/{sess}/{num}{parts}", None
        if body == "CHR":
            if not year_like:
                return None, None
            return f"E/CN.4/{'DEC' if decision else 'RES'}/{sess}/{num}", None
        if body == "UNEA":
            if ss or len(sess) > 1:
                return None, None
            return f"UNEP/EA.{sess}/{'Dec' if decision else 'Res'}.{num}", None
        return None, None
    n = m.group("n")
    if m.group("year"):  # 1373 (2001): the Security Council's, whoever is named
        if decision or m.group("o1") or body not in (None, "GA", "SC", "~SC", "COUNCIL", "~HRC", "~ECOSOC", "~?"):
            return None, None
        symbol = f"S/RES/{n}({m.group('year')})"
        return symbol, ("unsc", number_from_symbol(symbol)[0])
    if decision:
        return None, None
    roman = m.group("roman").translate(_DASHES)
    part = _parts(m.group("o1"), m.group("o2") or m.group("o3"))
    if body and body[0] in "~^":
        body = "ECOSOC" if body == "~ECOSOC" else (None if body in ("~SC", "~HRC", "~UNEA") else "?")
    if body in (None, "GA"):  # the document of all parts: A/RES/2200(XXI) for 2200 A (XXI)
        if not _old_style_ga(int(n), roman):
            return None, None
        return f"A/RES/{n}({roman})", ("unga", f"{n}{part}({roman})")
    if body == "ECOSOC":
        return f"E/RES/{n}({roman})", None
    return None, None


# the first resolution number of each regular session I-XXX and the end of old-style numbering
# (approximate: the test leaves a margin)
_OLD_FIRST = [1, 108, 182, 265, 357, 500, 609, 713, 792, 908, 1001, 1093, 1237, 1361, 1473, 1622, 1745, 1892,
              2004, 2009, 2136, 2267, 2391, 2500, 2589, 2750, 2904, 3028, 3205, 3363, 3540]
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(r: str) -> int:
    total = 0
    for i, ch in enumerate(r):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(r) and _ROMAN[r[i + 1]] > v else v
    return total


def _old_style_ga(n: int, roman: str) -> bool:
    """Is "n (roman)" a GA resolution of 1946-1975? "722 (XXIII)" (World Tourism Organization) and
    "990 (LIV)" are not: the Assembly's numbers grew with its sessions."""
    if roman.startswith(("S-", "ES-")):  # special and emergency special sessions
        return n < 3400 and _roman(roman.split("-", 1)[1]) <= 7
    session = _roman(roman)
    if not 1 <= session <= 30:
        return False
    return _OLD_FIRST[session - 1] - 60 <= n < _OLD_FIRST[session] + 60


_SESSION = re.compile(r"^A/(?:RES|DEC)/(?:(\d{2})/|\d+\(([IVXLC]+)\))")


@functools.lru_cache(maxsize=4096)  # the same few resolutions and dates are cited again and again
def _in_session(symbol: str, iso: str) -> bool:
    """Was a resolution of this session adopted in the year of ``iso``? (session n met from
    September 1945+n to September 1946+n; special sessions are not checked)"""
    m = _SESSION.match(symbol)
    if not m:
        return True
    session = int(m.group(1)) if m.group(1) else _roman(m.group(2))
    return 1945 + session <= int(iso[:4]) <= 1946 + session


def _last_council(text: str, at: int, body: str) -> str:
    last = None
    for last in _COUNCILS.finditer(text, 0, at):
        pass
    if not last:
        return body
    return ("~" if body[0] == "~" else "") + _COUNCIL_ID[last.group(0)]


# --- dates ----------------------------------------------------------------------------------------


def _days(y: int, m: int) -> int:
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return 30 if m in (4, 6, 9, 11) else 31


@functools.lru_cache(maxsize=4096)  # a document repeats its dates (and the same dates recur across documents)
def _iso(d: str, mon: str, y: str) -> str | None:
    dd, mm, yy = int(d), MONTHS[mon], int(y)
    if not (1 <= dd <= _days(yy, mm)):
        return None
    return f"{yy:04d}-{mm:02d}-{dd:02d}"


def _dates(text: str, spans: list) -> None:
    for my in _MONTH_YEAR.finditer(text):
        ms = my.start()
        d = _DAY.search(text, max(0, ms - 4), ms)
        if not d:
            continue
        day = d.group(0).rstrip()
        iso = _iso(day, my.group(1), my.group(2))
        if not iso:
            continue
        ds = d.start()
        spans.append((ds, my.end(), "date", iso))
        before = text[max(0, ds - 4):ds]
        if not ("to " in before or "and " in before or "–" in before or "-" in before):
            continue
        # the first day of a range: "5 to 8 August 2025", "30 November–2 December 2025"
        m = _RANGE_START.search(text, max(0, ds - 24), ds)
        if not m:
            continue
        y, mon, d0 = int(my.group(2)), MONTHS[my.group(1)], int(m.group("d0"))
        if m.group("m0"):
            mon0, end0 = MONTHS[m.group("m0")], m.end("m0")
            y0 = y - 1 if mon0 > mon else y
            ok = mon0 != mon or d0 < int(day)
        else:
            mon0, y0, end0 = mon, y, m.end("d0")
            ok = d0 < int(day)
        iso0 = _iso(str(d0), _MONTH_NAME[mon0], str(y0)) if ok else None
        if iso0:
            spans.append((m.start("d0"), end0, "date", iso0))
