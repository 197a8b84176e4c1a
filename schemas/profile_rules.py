"""Level-2 profile rules: the OASIS Akoma Ntoso Naming Convention 1.0 as applied by AKN4UN (PROFILE.md).

Conformance level 2 (akn-core part 2, section 3) asks that eIds, FRBRthis/FRBRuri and href values follow
the Naming Convention. The XSD cannot check any of that (they are all ``anyURI`` or free strings); these
rules do. Each rule is a small function registered with an id and a one-line description; it receives a
:class:`Context` (the parsed tree, indexed once) and yields ``(element, message)`` pairs.

The rules hold for any Akoma Ntoso document type (act, bill, judgment, debate, doc, statement,
documentCollection …): IRI rules read ``/akn/<country>/<docType>/…`` generically. Rules that only make sense
for UN resolutions say so in their id (``AKN-UN-…``) and only look at ``/akn/un/statement/…`` works.

    from converter.schemas.profile_rules import RULES, check
    for rule_id, element, message in check(tree): ...
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from lxml import etree

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_A = "{" + AKN_NS + "}"

DOCUMENT_TYPES = frozenset({
    "act", "amendment", "amendmentList", "bill", "debate", "debateReport", "doc", "documentCollection",
    "judgment", "officialGazette", "portion", "statement",
})

# Attributes whose XSD type is a reference to an element of the document (eIdRef, wIdRef, agentRef, roleRef,
# conceptRef, referenceRef, eventRefRef, voteRef, temporalGroupRef, listReferenceRef): "#XYZ" by definition.
# (`dictionary` is also referenceRef but AKN4UN uses it for vocabulary names: "UNBIS Thesaurus", "SDGO".)
REFERENCE_ATTRIBUTES = frozenset({
    "alternativeTo", "as", "by", "choice", "current", "empoweredBy", "end", "for", "from", "includedIn",
    "original", "outcome", "period", "placementBase", "refersTo", "source", "start", "to", "upTo",
})
# Attributes holding free text or names: a leading "#" there is not a reference.
TEXT_ATTRIBUTES = frozenset({
    "showAs", "shortForm", "title", "alt", "class", "style", "name", "value", "marker", "eId", "wId", "GUID",
    "number", "contains", "placement", "type", "language", "fromLanguage",
})

# eId abbreviations of the Naming Convention (section 5.x); any other element uses its own name.
EID_ABBREVIATIONS = {
    "alinea": "al", "article": "art", "attachment": "att", "chapter": "chp", "citation": "cit",
    "citations": "cits", "clause": "cl", "component": "cmp", "debateSection": "dbsect", "division": "dvs",
    "documentRef": "dref", "eventRef": "eref", "paragraph": "para", "quotedStructure": "qstr",
    "quotedText": "qtext", "recital": "rec", "recitals": "recs", "section": "sec", "subchapter": "subchp",
    "subclause": "subcl", "subdivision": "subdvs", "subparagraph": "subpara", "subsection": "subsec",
    "temporalGroup": "tmpg", "blockList": "list", "listIntroduction": "intro", "listWrapUp": "wrapup",
}
# Hierarchical elements whose eId carries the number printed in their <num>.
NUMBERED_ELEMENTS = frozenset({
    "alinea", "article", "book", "chapter", "clause", "division", "indent", "level", "list", "paragraph", "part",
    "point", "proviso", "rule", "section", "subchapter", "subclause", "subdivision", "sublist", "subparagraph",
    "subpart", "subrule", "subsection", "subtitle", "title", "tome", "transitional",
})

PLACEHOLDER_DATES = frozenset({"0001-01-01", "9999-12-31", "1900-01-01"})

_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
WORK_IRI = re.compile(
    r"^/akn/(?P<country>[a-z]{2})(?:-(?P<locality>[^/]+))?"
    r"/(?P<doctype>[A-Za-z]+)"
    r"(?:/(?P<seg1>[^/\d][^/]*))?(?:/(?P<seg2>[^/\d][^/]*))?"
    r"/(?P<date>" + _DATE + r")"
    r"/(?P<number>[^/!@~#]+)$"
)
EXPRESSION_TAIL = re.compile(r"^/(?P<lang>[a-z]{3})(?:@(?P<version>[^/!~#]*))?$")
COMPONENT = re.compile(r"^[^/!~#.]+(?:/[^/!~#.]+)*$")
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
ISO_DATETIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$")
LANGUAGE = re.compile(r"^[a-z]{3}$")


# --- registry ------------------------------------------------------------------------------------

Finding = tuple  # (element or None, message)


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    check: Callable[["Context"], Iterable[Finding]]


RULES: list[Rule] = []


def rule(rule_id: str, description: str):
    def register(func):
        RULES.append(Rule(rule_id, description, func))
        return func
    return register


# --- the indexed document ------------------------------------------------------------------------

def _local(el) -> str:
    tag = el.tag
    return tag[len(_A):] if tag.startswith(_A) else ""


@dataclass
class Identity:
    """One <identification> block and the document it identifies."""

    document: etree._Element          # statement, act, doc …
    identification: etree._Element
    parent: "Identity | None"         # the enclosing document's identity (annexes, collection components)
    work: dict                        # FRBRthis/FRBRuri elements per level: {"Work": (this_el, uri_el), …}
    blocks: dict                      # the FRBRWork/FRBRExpression/FRBRManifestation elements: {"Work": el, …}
    main: bool                        # the outermost document of the file
    own_work: bool                    # has its own Work IRI (not a component of the enclosing work)
    work_match: "re.Match | None"     # WORK_IRI parse of the Work FRBRuri (trailing slash ignored)

    def level(self, name: str):
        return self.work.get(name, (None, None))

    def block(self, name: str):
        return self.blocks.get(name)

    def value(self, name: str, which: int) -> str | None:
        el = self.level(name)[which]
        if el is None:
            return None
        return (el.get("value") or "").strip()


class Context:
    """The document, walked once: elements, eIds, identities."""

    def __init__(self, tree):
        self.tree = tree
        self.root = tree.getroot()
        self.elements = [el for el in self.root.iter() if isinstance(el.tag, str)]
        self.eids: dict[str, list] = {}
        self.wids: set[str] = set()
        for el in self.elements:
            eid = el.get("eId")
            if eid is not None:
                self.eids.setdefault(eid, []).append(el)
            wid = el.get("wId")
            if wid is not None:
                self.wids.add(wid)
        self.identities = self._identities()

    def _identities(self) -> list[Identity]:
        out: list[Identity] = []
        by_doc: dict = {}
        for ident in self.root.iter(_A + "identification"):
            meta = ident.getparent()
            if meta is None or meta.tag != _A + "meta" or meta.getparent() is None:
                continue
            doc = meta.getparent()
            parent = None
            anc = doc.getparent()
            while anc is not None:
                if anc in by_doc:
                    parent = by_doc[anc]
                    break
                anc = anc.getparent()
            levels, blocks = {}, {}
            for level in ("Work", "Expression", "Manifestation"):
                block = ident.find(_A + "FRBR" + level)
                if block is not None:
                    levels[level] = (block.find(_A + "FRBRthis"), block.find(_A + "FRBRuri"))
                    blocks[level] = block
            main = doc.getparent() is self.root
            uri_el = levels.get("Work", (None, None))[1]
            uri = _strip_slash((uri_el.get("value") or "").strip()) if uri_el is not None else ""
            parent_uri = None
            if parent is not None:
                puri = parent.level("Work")[1]
                parent_uri = _strip_slash((puri.get("value") or "").strip()) if puri is not None else None
            own = main or parent is None or (uri != parent_uri)
            ident_obj = Identity(doc, ident, parent, levels, blocks, main, own, WORK_IRI.match(uri) if uri else None)
            by_doc[doc] = ident_obj
            out.append(ident_obj)
        return out


def _strip_slash(value: str) -> str:
    return value.rstrip("/") if value != "/" else value


def _real_date(value: str) -> bool:
    m = ISO_DATE.match(value) or ISO_DATETIME.match(value)
    if not m:
        return False
    try:
        datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return False
    return True


def _q(value: str, limit: int = 90) -> str:
    value = " ".join(value.split())
    return "'" + (value if len(value) <= limit else value[: limit - 1] + "…") + "'"


# --- IRIs ----------------------------------------------------------------------------------------

@rule("AKN-NC-01", "FRBRthis/FRBRuri values and /akn/ IRIs in href/src have no trailing slash")
def no_trailing_slash(ctx: Context):
    for el in ctx.elements:
        tag = el.tag
        if tag == _A + "FRBRthis" or tag == _A + "FRBRuri":
            value = el.get("value") or ""
            if value.endswith("/") and value != "/":
                yield el, f"IRI {_q(value)} ends with '/'; the Naming Convention IRI is {_q(value.rstrip('/'))}"
        elif tag != _A + "a":  # <a> is exempt from the Naming Convention (akn-core part 2, 3)
            for attr in ("href", "src"):
                value = el.get(attr)
                if value and value.startswith("/akn/") and value.split("#", 1)[0].endswith("/"):
                    yield el, f"@{attr} IRI {_q(value)} ends with '/'; the Naming Convention has no trailing slash"


@rule("AKN-NC-02", "Work FRBRuri is /akn/<country>/<docType>[/<subtype>][/<actor>]/<date>/<number>, docType = document element")
def work_iri_shape(ctx: Context):
    for ident in ctx.identities:
        uri_el = ident.level("Work")[1]
        if uri_el is None:
            continue
        uri = _strip_slash(ident.value("Work", 1) or "")
        m = ident.work_match
        if m is None:
            yield uri_el, (f"Work FRBRuri {_q(uri)} does not have the Naming Convention shape "
                           "/akn/<country>/<docType>[/<subtype>][/<actor>]/<date>/<number>")
            continue
        doctype = m.group("doctype")
        if doctype not in DOCUMENT_TYPES:
            yield uri_el, (f"Work FRBRuri {_q(uri)}: '{doctype}' is not an Akoma Ntoso document type "
                           f"({', '.join(sorted(DOCUMENT_TYPES))})")
        elif ident.own_work and doctype != _local(ident.document):
            yield uri_el, (f"Work FRBRuri {_q(uri)} names document type '{doctype}' but the document "
                           f"is <{_local(ident.document)}>")
        date = m.group("date")
        if len(date) == 10 and not _real_date(date):
            yield uri_el, f"Work FRBRuri {_q(uri)}: '{date}' is not a calendar date"


def _component(ident: Identity):
    """The component name in the Work FRBRthis (``main``, ``annex_1`` …), or None if it cannot be read."""
    this = _strip_slash(ident.value("Work", 0) or "")
    uri = _strip_slash(ident.value("Work", 1) or "")
    if uri and this.startswith(uri + "/!"):
        comp = this[len(uri) + 2:]
        if COMPONENT.match(comp):
            return comp
    return None


@rule("AKN-NC-03", "Work FRBRthis = Work FRBRuri + /!<component> (/!main for the document itself)")
def work_this(ctx: Context):
    for ident in ctx.identities:
        this_el, uri_el = ident.level("Work")
        if this_el is None or uri_el is None:
            continue
        this = _strip_slash(ident.value("Work", 0))
        uri = _strip_slash(ident.value("Work", 1))
        comp = _component(ident)
        if comp is None:
            want = uri + "/!main" if ident.own_work else uri + "/!<component>"
            yield this_el, f"Work FRBRthis {_q(this)} does not agree with FRBRuri: expected {_q(want)}"
        elif ident.own_work and comp != "main":
            yield this_el, f"Work FRBRthis {_q(this)}: the document itself is component '!main', expected {_q(uri + '/!main')}"


@rule("AKN-NC-04", "Expression FRBRuri = Work FRBRuri + /<lang>@[<version>]; FRBRthis = that + /!<component>")
def expression_iri(ctx: Context):
    for ident in ctx.identities:
        this_el, uri_el = ident.level("Expression")
        work_uri = _strip_slash(ident.value("Work", 1) or "")
        if uri_el is None or not work_uri:
            continue
        uri = _strip_slash(ident.value("Expression", 1))
        if not uri.startswith(work_uri + "/"):
            yield uri_el, f"Expression FRBRuri {_q(uri)} does not start with the Work FRBRuri {_q(work_uri)}"
            continue
        m = EXPRESSION_TAIL.match(uri[len(work_uri):])
        if m is None:
            yield uri_el, (f"Expression FRBRuri {_q(uri)} does not have the shape <Work FRBRuri>/<lang>@[<version>] "
                           f"(e.g. {_q(work_uri + '/eng@')})")
            continue
        version = m.group("version")
        if version and re.match(r"^\d{4}-", version) and not _real_date(version):
            yield uri_el, f"Expression FRBRuri {_q(uri)}: version '{version}' is not a calendar date"
        comp = _component(ident)
        if this_el is not None and comp is not None:
            this = _strip_slash(ident.value("Expression", 0))
            want = f"{uri}/!{comp}"
            if this != want:
                yield this_el, f"Expression FRBRthis {_q(this)} does not agree with FRBRuri: expected {_q(want)}"


@rule("AKN-NC-05", "Manifestation FRBRthis = Expression FRBRuri + /!<component>.<format>; FRBRuri = Expression FRBRuri + .akn")
def manifestation_iri(ctx: Context):
    for ident in ctx.identities:
        this_el, uri_el = ident.level("Manifestation")
        expr = _strip_slash(ident.value("Expression", 1) or "")
        if not expr:
            continue
        comp = _component(ident)
        if this_el is not None and comp is not None:
            this = _strip_slash(ident.value("Manifestation", 0))
            prefix = f"{expr}/!{comp}."
            if not (this.startswith(prefix) and re.match(r"^[a-z0-9]+$", this[len(prefix):])):
                yield this_el, (f"Manifestation FRBRthis {_q(this)} does not agree with the Expression: "
                                f"expected {_q(expr + '/!' + comp + '.xml')}")
        if uri_el is not None:
            uri = _strip_slash(ident.value("Manifestation", 1))
            if uri != expr + ".akn":
                yield uri_el, f"Manifestation FRBRuri {_q(uri)}: expected {_q(expr + '.akn')} (the Expression IRI + .akn)"


@rule("AKN-NC-06", "FRBRlanguage is an ISO 639-2 three-letter code, the same as the Expression IRI's language")
def language(ctx: Context):
    for ident in ctx.identities:
        block = ident.block("Expression")
        if block is None:
            continue
        langs = [(el, (el.get("language") or "").strip()) for el in block.findall(_A + "FRBRlanguage")]
        for el, code in langs:
            if not LANGUAGE.match(code):
                yield el, f"FRBRlanguage {_q(code)} is not an ISO 639-2 alpha-3 code (three lower-case letters: eng, fra …)"
        work_uri = _strip_slash(ident.value("Work", 1) or "")
        uri = _strip_slash(ident.value("Expression", 1) or "")
        if not langs or not uri.startswith(work_uri + "/"):
            continue
        m = EXPRESSION_TAIL.match(uri[len(work_uri):])
        if m and m.group("lang") != "mul" and m.group("lang") not in {c for _, c in langs}:
            yield langs[0][0], (f"FRBRlanguage {_q(langs[0][1])} differs from the language "
                                f"'{m.group('lang')}' of the Expression IRI")


@rule("AKN-NC-07", "the Work has FRBRnumber and (when the IRI has a subtype) FRBRsubtype matching the IRI")
def work_number_subtype(ctx: Context):
    for ident in ctx.identities:
        m = ident.work_match
        block = ident.block("Work")
        if m is None or block is None or not ident.own_work:
            continue
        number = m.group("number")
        num_el = block.find(_A + "FRBRnumber")
        if num_el is None:
            yield block, f"<FRBRWork> has no <FRBRnumber>: the IRI number '{number}' needs <FRBRnumber value=\"{number}\"/>"
        elif (num_el.get("value") or "") != number:
            yield num_el, f"FRBRnumber {_q(num_el.get('value') or '')} differs from the number '{number}' in the Work IRI"
        seg1, seg2 = m.group("seg1"), m.group("seg2")
        sub_el = block.find(_A + "FRBRsubtype")
        if seg2 is not None:  # /<doctype>/<subtype>/<actor>/…
            if sub_el is None:
                yield block, f"<FRBRWork> has no <FRBRsubtype>: the IRI subtype '{seg1}' needs <FRBRsubtype value=\"{seg1}\"/>"
            elif (sub_el.get("value") or "") != seg1:
                yield sub_el, f"FRBRsubtype {_q(sub_el.get('value') or '')} differs from the subtype '{seg1}' in the Work IRI"
        elif sub_el is not None and (sub_el.get("value") or "") != (seg1 or ""):
            yield sub_el, f"FRBRsubtype {_q(sub_el.get('value') or '')} does not appear in the Work IRI"


@rule("AKN-NC-08", "FRBRcountry and the Work FRBRdate agree with the country and date of the Work IRI")
def work_country_date(ctx: Context):
    for ident in ctx.identities:
        m = ident.work_match
        block = ident.block("Work")
        if m is None or block is None:
            continue
        country = m.group("country")
        c_el = block.find(_A + "FRBRcountry")
        if c_el is not None:
            value = (c_el.get("value") or "").strip()
            allowed = {country, f"{country}-{m.group('locality')}" if m.group("locality") else country}
            if value not in allowed:
                yield c_el, f"FRBRcountry {_q(value)} differs from the country '{country}' in the Work IRI"
        date = m.group("date")
        dates = [(el, (el.get("date") or "").strip()) for el in block.findall(_A + "FRBRdate")]
        if dates and not any(d == date or (len(date) < 10 and d.startswith(date)) for _, d in dates):
            yield dates[0][0], (f"Work FRBRdate {_q(dates[0][1])} differs from the date '{date}' in the Work IRI "
                                "(the IRI date is the Work's date)")


@rule("AKN-UN-01", "a UN resolution/decision Work IRI is /akn/un/statement/deliberation/<actor>/<YYYY-MM-DD>/<number>")
def un_deliberation(ctx: Context):
    for ident in ctx.identities:
        m = ident.work_match
        if m is None or not ident.own_work or m.group("country") != "un" or m.group("doctype") != "statement":
            continue
        uri_el = ident.level("Work")[1]
        uri = m.group(0)
        if m.group("seg1") != "deliberation":
            yield uri_el, f"Work FRBRuri {_q(uri)}: a UN statement has subtype 'deliberation' (/akn/un/statement/deliberation/…)"
        elif m.group("seg2") is None:
            yield uri_el, f"Work FRBRuri {_q(uri)}: the actor (unga, unsc …) is missing after /deliberation/"
        if len(m.group("date")) != 10:
            yield uri_el, f"Work FRBRuri {_q(uri)}: the adoption date must be a full YYYY-MM-DD date"


# --- references ----------------------------------------------------------------------------------

@rule("AKN-NC-09", "every attribute value starting with '#' names an eId (or wId) declared in the document")
def local_references(ctx: Context):
    declared = ctx.eids.keys() | ctx.wids
    for el in ctx.elements:
        for attr, value in el.items():
            if "#" not in value or attr in TEXT_ATTRIBUTES or attr.startswith("{"):
                continue
            tokens = value.split() if attr == "refersTo" else [value.strip()]
            for token in tokens:
                if token.startswith("#") and token[1:] not in declared:
                    yield el, f"@{attr}={_q(token)} names no eId declared in the document"


@rule("AKN-NC-10", "reference attributes (source, refersTo, as, by, outcome …) and FRBRauthor/@href are '#eId' references")
def reference_syntax(ctx: Context):
    for el in ctx.elements:
        if not el.tag.startswith(_A):
            continue
        for attr, value in el.items():
            if attr in REFERENCE_ATTRIBUTES:
                tokens = value.split() if attr == "refersTo" else [value.strip()]
                bad = [t for t in tokens if not t.startswith("#")]
                if bad or not tokens:
                    yield el, (f"@{attr}={_q(value)} is not a local reference: the Naming Convention expects "
                               f"{_suggest(bad[0] if bad else '')} naming an element of <references>")
        if el.tag == _A + "FRBRauthor":
            href = el.get("href")
            if href is not None and not href.startswith("#"):
                yield el, (f"FRBRauthor/@href={_q(href)} is not a local reference: the Naming Convention expects "
                           f"{_suggest(href)} naming a TLC in <references>")


def _suggest(value: str) -> str:
    value = value.strip()
    if re.match(r"^[A-Za-z][A-Za-z0-9_.\-]*$", value):
        return f"'#{value}'"
    return "'#<eId>'"


# --- eIds ----------------------------------------------------------------------------------------

@rule("AKN-NC-11", "eIds are unique in the file")
def unique_eids(ctx: Context):
    for eid, els in ctx.eids.items():
        if len(els) > 1:
            first = els[0].sourceline
            for el in els[1:]:
                where = f" (first at line {first})" if first else ""
                yield el, f"eId {_q(eid)} is declared more than once{where}"


def num_tokens(text: str) -> set[str]:
    """The eId forms of a printed number: "7." → 7, "(a)" → a, "(ii)" → ii, "I." → I, "11.2 bis" → 11-2bis / 11-2-bis."""
    s = " ".join(text.split())
    s = s.strip().strip("()[].:;,").strip()
    if not s:
        return set()
    forms = {
        re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-"),                                  # 11-2-bis
        re.sub(r"[^A-Za-z0-9\-]", "", re.sub(r"\s+", "", s).replace(".", "-")),        # 11-2bis
        re.sub(r"[^A-Za-z0-9]", "", s),                                                # 112bis
        re.sub(r"[^A-Za-z0-9.\-]", "", s),                                             # 11.2bis
    }
    words = s.split(" ", 1)  # "Article 5" → 5
    if len(words) == 2 and re.match(r"^[A-Za-z]+\.?$", words[0]) and re.search(r"\d", words[1]):
        forms |= num_tokens(words[1])
    return {f for f in forms if f}


@rule("AKN-NC-12", "the eId of a numbered element (paragraph, point, section …) comes from its <num>: '7.' → para_7, '(a)' → point_a")
def eid_from_num(ctx: Context):
    for el in ctx.elements:
        name = _local(el)
        if name not in NUMBERED_ELEMENTS:
            continue
        eid = el.get("eId")
        num = el.find(_A + "num")
        if eid is None or num is None:
            continue
        printed = "".join(t for t in num.itertext()).strip()
        forms = num_tokens(printed)
        if not forms:
            continue
        last = eid.split("__")[-1]
        prefixes = {name, EID_ABBREVIATIONS.get(name, name)}
        candidates = {f"{p}_{f}" for p in prefixes for f in forms}
        if last in candidates:
            continue
        base = re.sub(r"-\d+$", "", last)  # a disambiguated duplicate number: para_1-2 beside para_1
        if base != last and base in candidates and eid[: len(eid) - len(last)] + base in ctx.eids:
            continue
        want = f"{EID_ABBREVIATIONS.get(name, name)}_{_preferred(printed)}"
        yield el, f"eId {_q(eid)} does not come from <num>{printed}</num>: expected it to end with '{want}'"


def _preferred(printed: str) -> str:
    s = " ".join(printed.split()).strip().strip("()[].:;,").strip()
    return re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-")


@rule("AKN-NC-13", "an eId inside an element with an eId starts with that eId + '__' (levels joined by a double underscore)")
def hierarchical_eids(ctx: Context):
    meta = _A + "meta"
    for el in ctx.elements:
        eid = el.get("eId")
        if eid is None:
            continue
        anc_eid = None
        in_meta = False
        for anc in el.iterancestors():
            if anc.tag == meta:
                in_meta = True
                break
            if anc_eid is None:
                anc_eid = anc.get("eId")
        if in_meta or anc_eid is None:
            continue
        if not eid.startswith(anc_eid + "__"):
            if eid.startswith(anc_eid + "_"):
                rest = eid[len(anc_eid) + 1:]
                hint = f"; levels are joined with '__' ({_q(anc_eid + '__' + rest)})"
            else:
                hint = ""
            yield el, f"eId {_q(eid)} is inside {_q(anc_eid)} but does not start with {_q(anc_eid + '__')}{hint}"


# --- dates ---------------------------------------------------------------------------------------

@rule("AKN-NC-14", "dates are real ISO dates (YYYY-MM-DD), not placeholders such as 0001-01-01, in @date and in Work IRIs")
def dates(ctx: Context):
    for el in ctx.elements:
        value = el.get("date")
        if value is None:
            continue
        value = value.strip()
        if value[:10] in PLACEHOLDER_DATES:
            yield el, f"@date={_q(value)} is a placeholder, not a known date"
        elif not _real_date(value):
            yield el, f"@date={_q(value)} is not an ISO date YYYY-MM-DD"
    for ident in ctx.identities:
        m = ident.work_match
        if m is not None and m.group("date") in PLACEHOLDER_DATES:
            yield ident.level("Work")[1], f"the Work IRI date '{m.group('date')}' is a placeholder, not a known date"


# --- running the rules ---------------------------------------------------------------------------

def check(tree, rules: Iterable[Rule] | None = None) -> Iterator[tuple[str, "etree._Element | None", str]]:
    """Run the rules over an lxml tree (or element); yields ``(rule_id, element, message)``."""
    if isinstance(tree, etree._Element):
        tree = tree.getroottree()
    ctx = Context(tree)
    for r in (RULES if rules is None else rules):
        for el, message in r.check(ctx):
            yield r.id, el, message


def describe() -> list[tuple[str, str]]:
    """``[(rule_id, description)]`` of every rule, in order."""
    return [(r.id, r.description) for r in RULES]
