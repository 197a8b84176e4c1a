"""AKN writer: the document model → Akoma Ntoso 3.0 XML following PROFILE.md (AKN4UN, Naming Convention).

Built with lxml element by element; inline semantics (citations, dates) come from ``inline.find``.
"""
from __future__ import annotations

import functools
import re

from lxml import etree

from . import inline
from .dates import format_date
from .model import ORGANS, Annex, Block, Note, Resolution
from .naming import UNKNOWN_DATE, Frbr, frbr, num_id, undocs

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
AKN4UN = "http://un.org/akn4un"
_N = "{" + NS + "}"
NSMAP = {None: NS, "akn4un": AKN4UN}

_COMMITTEE_NAMES = {
    "noMainCommittee": ("un-ga", "No Main Committee"),
    "firstCommittee": ("un-ga-c1", "First Committee"),
    "secondCommittee": ("un-ga-c2", "Second Committee"),
    "thirdCommittee": ("un-ga-c3", "Third Committee"),
    "fourthCommittee": ("un-ga-c4", "Special Political and Decolonization Committee (Fourth Committee)"),
    "fifthCommittee": ("un-ga-c5", "Fifth Committee"),
    "sixthCommittee": ("un-ga-c6", "Sixth Committee"),
}


_FORMULA_END = re.compile(r"^(.*?)([,.:;]?)$")
_PLENARY = re.compile(r"(\d+)(?:st|nd|rd|th) plenary meeting")
_DOC_SYMBOL = re.compile(r"[A-Z]/[A-Za-z0-9./-]*[A-Za-z0-9]")

_SubElement = etree.SubElement
# the tags written most often, with their namespace
_P, _I, _REF, _DATE = (_N + t for t in ("p", "i", "ref", "date"))


def _el(parent, tag, attrib=None, text=None):
    """A new child ``tag`` of ``parent`` (in the AKN namespace)."""
    e = _SubElement(parent, _N + tag, attrib)
    if text is not None:
        e.text = text
    return e


class _Refs:
    """The TLCs the document points at: each ``#id`` written is declared in ``references``."""

    def __init__(self):
        self.used: dict[str, tuple[str, str, str]] = {}
        self.counts: dict[tuple[str, str], int] = {}

    def count(self, owner: str, kind: str) -> int:
        """The next number for an inline ``kind`` (organization, role) inside ``owner``: eIds stay unique."""
        key = (owner, kind)
        n = self.counts[key] = self.counts.get(key, 0) + 1
        return n

    def use(self, eid: str, tag: str, href: str, show: str) -> str:
        self.used.setdefault(eid, (tag, href, show))
        return "#" + eid


def write_akn(res: Resolution, markup_date: str) -> etree._Element:
    """Build the ``akomaNtoso`` element for ``res``."""
    m = res.meta
    seed = "" if m.symbol or m.number else _seed(res)  # only a document without a number needs it
    ident = frbr(m.symbol, m.number, m.adopted, m.language, m.doc_name, fallback_seed=seed)
    refs = _Refs()
    root = _skeleton(m.doc_name, bool(m.symbol), m.organ).__copy__()
    doc = root[0]
    meta = doc[0]
    _set_identification(meta[0], ident, res, markup_date, refs, component=None)
    if m.symbol:
        date = m.issued or m.adopted
        if date:
            _el(meta, "publication", {"date": date, "name": m.symbol, "showAs": m.symbol})
    passive = _passive_refs(res)
    if m.adopted:
        lc = _el(meta, "lifecycle", {"source": "#DGACM"})
        _el(lc, "eventRef", {"eId": "evt_1", "date": m.adopted, "source": "#ro_1",
                             "type": "generation", "refersTo": refs.use("adoption", "TLCEvent",
                                                                         "/akn/ontology/event/un/adoption", "Adoption")})
        _write_workflow(meta, res, bool(passive), refs)

    if m.has_masthead:
        _write_cover(doc, res, refs)
    if m.number or m.title or res.headings:
        pre = _preface_template(bool(m.number), bool(m.title)).__copy__()
        doc.append(pre)
        p = pre[0]
        if m.number:
            p[0].text = "Resolution " + m.number if m.organ == "sc" else m.number + "."  # as each organ prints it
            if m.title:
                p[0].tail = " "
        if m.title:
            refs.use("resolutionTitle", "TLCConcept", "/akn/ontology/concept/un/resolutionTitle", "Resolution title")
            p[-1].text = m.title
        for i, h in enumerate(res.headings, 1):  # a series letter ("B"), a part's own title
            _fill(_el(pre, "p", {"class": "heading"}), h.text, "", h.notes, f"preface__p_{i}", refs, _Counter())
    if res.formula or res.preamble:
        _write_preamble(doc, res, refs)
    _write_body(doc, res.body, "", refs)
    if res.closing.meeting or res.closing.date:
        con = _el(doc, "conclusions", {"eId": "conclusions"})
        p = _el(con, "p")
        if res.closing.meeting:
            attrs = {"name": "adoptionMeeting"}
            mm = _PLENARY.match(res.closing.meeting)
            if mm and m.session_number:
                attrs["refersTo"] = refs.use("plenaryMeeting", "TLCEvent",
                                             f"/akn/ontology/event/un/unga/{m.session_number}/plenary/{mm.group(1)}",
                                             res.closing.meeting)
            _el(p, "inline", attrs, text=res.closing.meeting)
            if res.closing.date_text:
                _el(p, "eol")
        if res.closing.date_text:
            attrs = {"date": res.closing.date or UNKNOWN_DATE}
            attrs["refersTo"] = refs.use("adoptionDate", "TLCConcept", "/akn/ontology/concept/un/dateOfAdoption",
                                         "Date of adoption")
            _el(p, "docDate", attrs, text=res.closing.date_text)
    if res.annexes:
        atts = _el(doc, "attachments")
        for i, annex in enumerate(res.annexes, 1):
            _write_annex(atts, annex, i, ident, res, markup_date, refs)
    # references last: only now are all the TLCs the document points at known
    _write_references(meta, refs, ident.expression if m.adopted else None, m.symbol or ident.show_number, passive)
    return root


class _Counter:
    def __init__(self):
        self.n = 0

    def next(self) -> int:
        self.n += 1
        return self.n


def _lead_fits(b: Block) -> bool:
    """Does the text of ``b`` open with its lead, in italics at the start of its <p> (no footnotes)?
    Then its template can hold the <i> already (see ``_fill``)."""
    return bool(b.lead) and not b.notes and b.text.startswith(b.lead)


@functools.lru_cache(maxsize=None)
def _preface_template(number: bool, title: bool):
    """<preface><p>, with <docNumber/> and <docTitle refersTo="#resolutionTitle"/> as asked: copied, faster
    than made."""
    pre = _el(etree.Element(_N + "statement", nsmap=NSMAP), "preface")
    p = _el(pre, "p")
    if number:
        _el(p, "docNumber")
    if title:
        _el(p, "docTitle", {"refersTo": "#resolutionTitle"})
    return pre


def _seed(res: Resolution) -> str:
    parts = [res.meta.title or ""] + [b.text for b in res.preamble[:3]] + [b.text for b in res.body[:3]]
    return "\n".join(parts)


_LETTERS = re.compile(r"[A-Za-z]+")


@functools.lru_cache(maxsize=1024)
def _camel(phrase: str) -> str:
    """"Recalling also" → "recallingAlso" (the opening phrases of paragraphs repeat: cached)."""
    words = _LETTERS.findall(phrase)
    if not words:
        return ""
    return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])


# --- meta -------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _skeleton(doc_name: str, alias: bool, organ: str = "ga"):
    """akomaNtoso > statement > meta > identification (the values of the latter still to set): the start of
    every document. A copy of a root element is a new document at once, so nothing has to be moved into it
    (much faster than making these elements, or appending a copy of the identification)."""
    root = etree.Element(_N + "akomaNtoso", nsmap=NSMAP)
    doc = _el(root, "statement", {"name": doc_name, "contains": "originalVersion"})
    _el(doc, "meta").append(_identification_template(True, alias, organ).__copy__())
    return root


def _write_identification(meta, ident: Frbr, res: Resolution, markup_date: str, refs: _Refs, component):
    """FRBRWork, FRBRExpression, FRBRManifestation: a copy of the block's template, its values set."""
    idn = _identification_template(not component, bool(res.meta.symbol) and not component, res.meta.organ).__copy__()
    meta.append(idn)
    _set_identification(idn, ident, res, markup_date, refs, component)


def _set_identification(idn, ident: Frbr, res: Resolution, markup_date: str, refs: _Refs, component):
    """The values of a copy of ``_identification_template``; its TLCs declared."""
    m = res.meta
    refs.use("DGACM", "TLCOrganization", "/akn/ontology/organization/un/DGACM", "DGACM")
    _use_organ(refs, m.organ)
    refs.use("author", "TLCRole", "/akn/ontology/role/un/author", "Author")
    refs.use("issuer", "TLCRole", "/akn/ontology/role/un/issuer", "Issuer")
    refs.use("editor", "TLCRole", "/akn/ontology/role/un/editor", "Editor")
    if component:
        w_this, e_this, m_this = ident.component(component)
    else:
        w_this, e_this, m_this = ident.work_this, ident.expression_this, ident.manifestation_this
    alias = bool(m.symbol) and not component
    work, expr, manif = idn
    # (each child by its index: an element proxy is made only for the children that get a value)
    work[0].set("value", w_this)
    work[1].set("value", ident.work)
    if alias:
        work[2].set("value", m.symbol)
    date = work[3 if alias else 2]
    date.set("date", ident.date)
    date.set("name", "adoption" if m.adopted else "unknown")
    if not component:
        number = work[-2]
        number.set("value", ident.number)
        number.set("showAs", ident.show_number)
        work[-1].set("value", m.doc_name)
    expr[0].set("value", e_this)
    expr[1].set("value", ident.expression)
    date = expr[2]
    if m.issued:
        date.set("date", m.issued)
        date.set("name", "publication")
    else:
        date.set("date", ident.date)
        date.set("name", "adoption" if m.adopted else "unknown")
    expr[4].set("language", m.language)
    manif[0].set("value", m_this)
    manif[1].set("value", ident.manifestation_uri)
    manif[2].set("date", markup_date)


def _use_organ(refs: _Refs, organ: str) -> str:
    """Declare the TLC of the organ whose resolution it is (``ORGANS``); its eId."""
    eid, href, name = ORGANS[organ]
    return refs.use(eid, "TLCOrganization", href, name)


@functools.lru_cache(maxsize=None)
def _identification_template(main: bool, alias: bool, organ: str = "ga"):
    """The identification block with its fixed attributes; the others, in their order, are set per document
    (copying a template is much faster than making its 20-odd elements one by one)."""
    idn = _el(etree.Element(_N + "meta", nsmap=NSMAP), "identification", {"source": "#DGACM"})
    w = _el(idn, "FRBRWork")
    _el(w, "FRBRthis", {"value": ""})
    _el(w, "FRBRuri", {"value": ""})
    if alias:
        _el(w, "FRBRalias", {"value": "", "name": "symbol"})
    _el(w, "FRBRdate", {"date": "", "name": ""})
    _el(w, "FRBRauthor", {"href": "#" + ORGANS[organ][0], "as": "#author"})
    _el(w, "FRBRcountry", {"value": "un"})
    if main:
        _el(w, "FRBRsubtype", {"value": "deliberation"})
        _el(w, "FRBRnumber", {"value": "", "showAs": ""})
        _el(w, "FRBRname", {"value": ""})
    e = _el(idn, "FRBRExpression")
    _el(e, "FRBRthis", {"value": ""})
    _el(e, "FRBRuri", {"value": ""})
    _el(e, "FRBRdate", {"date": "", "name": ""})
    _el(e, "FRBRauthor", {"href": "#" + ORGANS[organ][0], "as": "#issuer"})
    _el(e, "FRBRlanguage", {"language": ""})
    ma = _el(idn, "FRBRManifestation")
    _el(ma, "FRBRthis", {"value": ""})
    _el(ma, "FRBRuri", {"value": ""})
    _el(ma, "FRBRdate", {"date": "", "name": "markup"})
    _el(ma, "FRBRauthor", {"href": "#DGACM", "as": "#editor"})
    _el(ma, "FRBRformat", {"value": "application/akn+xml"})
    return idn


def _origin_docs(origin: str | None) -> list[str]:
    if not origin:
        return []
    return _DOC_SYMBOL.findall(origin)


def _passive_refs(res: Resolution) -> list[tuple[str, str]]:
    """Documents the workflow points at: the draft or committee report of the masthead."""
    out = []
    for sym in _origin_docs(res.meta.origin)[:1]:
        out.append((undocs(sym), sym))
    return out


def _write_workflow(meta, res: Resolution, has_basis: bool, refs: _Refs):
    """The adoption, pointing at the draft or committee report it was based on (the masthead's document).

    The date of the draft or report is not stated in a resolution, so no step of its own is invented."""
    attrs = {"eId": "step_1", "date": res.meta.adopted, "by": "#" + ORGANS[res.meta.organ][0],
             "outcome": refs.use("adopted", "TLCConcept", "/akn/ontology/concept/un/adopted", "Adopted")}
    if has_basis:
        attrs["href"] = "#ro_2"
    _el(_el(meta, "workflow", {"source": "#DGACM"}), "step", attrs)


_TLC_ORDER = {"TLCOrganization": 0, "TLCPerson": 1, "TLCRole": 2, "TLCConcept": 3, "TLCEvent": 4}


def _write_references(meta, refs: _Refs, original: str | None, original_show: str,
                      passive: list[tuple[str, str]]):
    """<references>, the last child of ``meta``: the original (the expression itself, for an adopted
    resolution), the documents of the workflow, then the TLCs used, by kind and eId."""
    refs_el = _references_template(original is not None, len(passive), tuple(refs.used.items())).__copy__()
    meta.append(refs_el)
    if original is not None:
        refs_el[0].set("href", original)
        refs_el[0].set("showAs", original_show)
    for i, (href, show) in enumerate(passive, 0 if original is None else 1):
        refs_el[i].set("href", href)
        refs_el[i].set("showAs", show)


@functools.lru_cache(maxsize=512)
def _references_template(original: bool, passive: int, used: tuple[tuple[str, tuple[str, str, str]], ...]):
    """<references> with empty ``href``/``showAs`` for the original and the passive refs, then the TLCs of
    ``used`` (the items of ``_Refs.used``) by kind and eId: most documents declare the same few TLCs, and
    one copy is much faster than making them one by one."""
    refs_el = _el(etree.Element(_N + "meta", nsmap=NSMAP), "references", {"source": "#DGACM"})
    if original:
        _el(refs_el, "original", {"eId": "ro_1", "href": "", "showAs": ""})
    for i in range(2, passive + 2):
        _el(refs_el, "passiveRef", {"eId": f"ro_{i}", "href": "", "showAs": ""})
    for eid, (tag, href, show) in sorted(used, key=lambda kv: (_TLC_ORDER.get(kv[1][0], 9), kv[0])):
        _el(refs_el, tag, {"eId": eid, "href": href, "showAs": show})
    return refs_el


def _write_cover(doc, res: Resolution, refs: _Refs):
    m = res.meta
    cp = _el(doc, "coverPage", {"eId": "coverPage"})
    organ = _use_organ(refs, m.organ)
    p = _el(cp, "p")
    _el(p, "docAuthority", {"refersTo": organ}, text="United Nations")
    if m.symbol:
        p[-1].tail = " "
        _el(p, "docNumber", {"refersTo": refs.use("symbol", "TLCConcept", "/akn/ontology/concept/un/symbol",
                                                  "Symbol")}, text=m.symbol)
    p = _el(cp, "p")
    _el(p, "docAuthority", {"refersTo": organ}, text=ORGANS[m.organ][2])
    if m.distribution:
        p[-1].tail = " "
        _el(p, "docStatus", text=m.distribution)
    if m.issued_text:
        p[-1].tail = " "
        attrs = {"date": m.issued or UNKNOWN_DATE,
                 "refersTo": refs.use("dateOfIssuance", "TLCConcept", "/akn/ontology/concept/un/dateOfIssuance",
                                      "Date of issuance")}
        _el(p, "docDate", attrs, text=m.issued_text)
    if m.session or m.agenda:
        p = _el(cp, "p")
        if m.session:
            attrs = {"refersTo": organ}
            if m.session_number:
                attrs = {"value": m.session_number, "refersTo": organ}
            _el(p, "session", attrs, text=m.session)
        for item in m.agenda:
            if len(p):
                p[-1].tail = " "
            _el(p, "inline", {"name": "akn4un:agendaItem"}, text=item)
    if m.agenda_title:
        p = _el(cp, "p")
        _el(p, "inline", {"name": "akn4un:agendaItemTitle"}, text=m.agenda_title)
    if m.adopted_text and m.adoption_meeting:  # a Security Council resolution's: at its meeting, on its date
        p = _el(cp, "p")
        t = _el(p, "docTitle", text=f"Adopted by the {ORGANS[m.organ][2]} at its ")
        _el(t, "inline", {"name": "adoptionMeeting"}, text=m.adoption_meeting).tail = ", on "
        _el(t, "docDate", {"date": m.adopted or UNKNOWN_DATE,
                            "refersTo": refs.use("adoptionDate", "TLCConcept",
                                                 "/akn/ontology/concept/un/dateOfAdoption", "Date of adoption")},
            text=m.adopted_text)
    elif m.adopted_text:
        p = _el(cp, "p")
        kind = "Decision" if m.doc_name == "decision" else "Resolution"
        t = _el(p, "docTitle", text=f"{kind} adopted by the General Assembly on ")
        _el(t, "docDate", {"date": m.adopted or UNKNOWN_DATE,
                            "refersTo": refs.use("adoptionDate", "TLCConcept",
                                                 "/akn/ontology/concept/un/dateOfAdoption", "Date of adoption")},
            text=m.adopted_text)
    if m.proponent:
        p = _el(cp, "p")
        text = m.proponent
        who = None
        for name in ("Special Political and Decolonization Committee (Fourth Committee)", "First Committee",
                     "Second Committee", "Third Committee", "Fourth Committee", "Fifth Committee", "Sixth Committee",
                     "Main Committee"):
            if name in text:
                who = name
                break
        if who and m.committee:
            i = text.index(who)
            p.text = text[:i]
            tlc = m.committee
            org = _COMMITTEE_NAMES.get(tlc, ("un-ga", who))
            tag = "TLCOrganization" if tlc != "noMainCommittee" else "TLCConcept"
            href = (f"/akn/ontology/organization/un/{org[0]}" if tag == "TLCOrganization"
                    else "/akn/ontology/concept/un/noMainCommittee")
            dp = _el(p, "docProponent", {"refersTo": refs.use(tlc, tag, href, org[1])}, text=who)
            rest = text[i + len(who):]
            if m.origin and m.origin in rest:
                j = rest.index(m.origin)
                dp.tail = rest[:j]
                docs = _origin_docs(m.origin)
                href = undocs(docs[0]) if docs else None
                if href:
                    r = _el(p, "ref", {"href": href}, text=m.origin)
                else:
                    r = _el(p, "inline", {"name": "originatingDocument"}, text=m.origin)
                r.tail = rest[j + len(m.origin):]
            else:
                dp.tail = rest
        else:
            p.text = text
    for line in m.other:  # what no field holds ("Reissued for technical reasons on …"), as printed
        _el(cp, "p", text=line)


# --- preamble ---------------------------------------------------------------------------------


def _write_preamble(doc, res: Resolution, refs: _Refs):
    """The formula and the preambular paragraphs: a copy of the template of a preamble of that length, filled."""
    n = len(res.preamble)
    pre = _preamble_template(bool(res.formula), min(n, _PREAMBLE_TEMPLATE_MAX)).__copy__()
    for i in range(_PREAMBLE_TEMPLATE_MAX + 1, n + 1):  # a very long preamble: the containers past the template's
        c = _preamble_template(False, 1)[0].__copy__()
        c.set("eId", f"preamble__container_{i}")
        pre.append(c)
    doc.append(pre)
    parts = iter(pre)
    if res.formula:
        italic = next(parts)[0][0]  # formula/p/i
        fm = _FORMULA_END.match(res.formula)
        italic.text = fm.group(1)
        italic.tail = fm.group(2) or None
    for k, (b, c) in enumerate(zip(res.preamble, parts), 1):
        eid = f"preamble__container_{k}"  # as in the template
        c.set("name", _camel(b.lead) or "preambularParagraph")
        p = c[0]
        if b.children:  # a blockList instead of the <p>
            c.remove(p)
            _write_block_list(c, b, eid, refs, _Counter())
        elif _lead_fits(b):
            _fill(p, b.text, b.lead, b.notes, eid, refs, None, p[0])
        else:
            p.remove(p[0])
            _fill(p, b.text, b.lead, b.notes, eid, refs, None)


_PREAMBLE_TEMPLATE_MAX = 100  # containers in a cached template at most (bounded memory)


@functools.lru_cache(maxsize=128)
def _preamble_template(formula: bool, containers: int):
    """<preamble>: <formula name="enactingFormula"><p><i/></p></formula> if ``formula``, then ``containers``
    times <container name="" eId="preamble__container_N"><p><i/></p></container>, N from 1. One copy for the
    whole preamble is much faster than a copy or a new element for each of its parts."""
    pre = _el(etree.Element(_N + "statement", nsmap=NSMAP), "preamble")
    if formula:
        _el(_el(_el(pre, "formula", {"name": "enactingFormula"}), "p"), "i")
    for n in range(1, containers + 1):
        _el(_el(_el(pre, "container", {"name": "", "eId": f"preamble__container_{n}"}), "p"), "i")
    return pre


# --- body -------------------------------------------------------------------------------------


def _write_body(doc, blocks: list[Block], prefix: str, refs: _Refs):
    """<mainBody>. In the common shape, numbered paragraphs only (none with items, none a table row), a copy of
    the template of a body of that length, filled (like the preamble's); else made part by part."""
    if 0 < len(blocks) <= _BODY_TEMPLATE_MAX and all(map(_plain_numbered, blocks)):
        body = _body_template(prefix, len(blocks)).__copy__()
        doc.append(body)
        used: dict[str, int] = {}
        for k, (b, el) in enumerate(zip(blocks, body), 1):
            eid = _unique(f"{prefix}para_{num_id(b.num)}", used)  # as _write_blocks names it
            if eid != f"{prefix}para_{k}":  # (the template's)
                el.set("eId", eid)
            lead = _lead_fits(b)
            if not lead:
                p = el[1][0]
                p.remove(p[0])  # (the template's <i>, where the opening phrase is not set in italics)
            _fill_numbered(el, b, eid, refs, lead)
        return
    body = _el(doc, "mainBody")
    _write_blocks(body, blocks, prefix, refs)
    if len(body) == 0:
        _el(body, "p")


def _plain_numbered(b: Block) -> bool:
    """Would ``_write_blocks`` write ``b`` as a numbered paragraph from ``_numbered_template``?"""
    return (not b.children and b.kind not in ("section", "heading", "preamble") and num_id(b.num) is not None
            and not (b.kind == "text" and _is_row(b.text)))


_BODY_TEMPLATE_MAX = 100  # paragraphs in a cached template at most (bounded memory)


@functools.lru_cache(maxsize=128)
def _body_template(prefix: str, paragraphs: int):
    """<mainBody> with ``paragraphs`` times <paragraph eId="{prefix}para_N"><num/><content><p><i/></p></content>
    </paragraph>, N from 1: one copy for the whole body instead of one for each paragraph."""
    body = _el(etree.Element(_N + "statement", nsmap=NSMAP), "mainBody")
    for n in range(1, paragraphs + 1):
        el = _el(body, "paragraph", {"eId": f"{prefix}para_{n}"})
        _el(el, "num")
        _el(_el(_el(el, "content"), "p"), "i")
    return body


def _write_blocks(parent, blocks: list[Block], prefix: str, refs: _Refs):
    top = parent.tag == _N + "mainBody"
    unnumbered = _Counter()
    headings = _Counter()
    used: dict[str, int] = {}
    rows: list[Block] = []
    for i, b in enumerate(blocks):
        if b.kind == "text" and _is_row(b.text) and not b.children:
            rows.append(b)  # a table row: the rows in a run make one table
            if i + 1 < len(blocks) and blocks[i + 1].kind == "text" and _is_row(blocks[i + 1].text):
                continue
            eid = _unique(f"{prefix}para_nn_{unnumbered.next()}", used)
            _write_table(_el(_el(parent, "paragraph", {"eId": eid}), "content"), rows, eid, refs)
            rows = []
        elif b.kind == "section":
            tag, abbr = ("subsection", "subsec") if prefix.count("sec_") else ("section", "sec")
            eid = _unique(f"{prefix}{abbr}_{num_id(b.num) or 'nn_' + str(unnumbered.next())}", used)
            s = _el(parent, tag, {"eId": eid})
            if b.num:
                _el(s, "num", text=b.num)
            if b.heading:
                h = _el(s, "heading")
                _fill(h, b.heading, "", b.heading_notes, eid, refs, _Counter())
            if b.children:
                _write_blocks(s, b.children, eid + "__", refs)
            else:
                _el(_el(s, "content"), "p")
        elif b.kind in ("heading", "preamble"):
            attrs = {}
            if b.kind == "preamble":
                attrs["refersTo"] = refs.use("preamble", "TLCConcept", "/akn/ontology/concept/un/preamble", "preamble")
            if top:
                # crossHeading lives only inside hierarchical elements: at the top, a heading-only hcontainer
                eid = _unique(f"{prefix}hcontainer_{headings.next()}", used)
                h = _el(_el(parent, "hcontainer", {"eId": eid, "name": "crossHeading", **attrs}), "heading")
            else:
                eid = _unique(f"{prefix}crossHeading_{headings.next()}", used)
                h = _el(parent, "crossHeading", {"eId": eid, **attrs})
            _fill(h, b.text, b.lead if b.kind == "preamble" else "", b.notes, eid, refs, _Counter())
        else:  # paragraph, text, point at top level
            n = num_id(b.num)
            eid = _unique(f"{prefix}para_{n}" if n else f"{prefix}para_nn_{unnumbered.next()}", used)
            _write_numbered(parent, "paragraph", b, eid, refs)


_CELL_BAR = re.compile(r"(?:^|\s)\|(?:\s|$)")


def _is_row(text: str) -> bool:
    return bool(_CELL_BAR.search(text))


def _write_table(parent, rows: list[Block], owner: str, refs: _Refs):
    table = _el(parent, "table", {"eId": f"{owner}__table_1"})
    counter = _Counter()
    for r in rows:
        tr = _el(table, "tr")
        # cells apart by "|" with a space on each side where there is text; notes go with their cell
        bounds, start = [], 0
        for m in _CELL_BAR.finditer(r.text):
            bounds.append((start, m.start()))
            start = m.end()
        bounds.append((start, len(r.text)))
        for s, e in bounds:
            notes = [Note(n.marker, n.text, n.at - s) for n in r.notes if s <= n.at <= e]
            _write_p(_el(tr, "td"), r.text[s:e], "", notes, owner, refs, counter)


def _child_ids(children: list[Block], base: str):
    """(child, eId) for the items of a list: ``base_a`` from the number, ``base_nn_1`` without one, unique."""
    used: dict[str, int] = {}
    unnumbered = _Counter()
    for c in children:
        n = num_id(c.num)
        yield c, _unique(f"{base}_{n}" if n else f"{base}_nn_{unnumbered.next()}", used)


def _unique(eid: str, used: dict[str, int]) -> str:
    """``eid``, or where it is taken the first free of ``eid-2``, ``eid-3``, …; ``used`` holds the eIds taken, each
    with the suffix to try next (where many blocks share a number, the search goes on from the last one found)."""
    if eid in used:
        i = used[eid]
        while f"{eid}-{i}" in used:
            i += 1
        used[eid] = i + 1
        eid = f"{eid}-{i}"
    used[eid] = 2
    return eid


def _write_numbered(parent, tag: str, b: Block, eid: str, refs: _Refs):
    """A paragraph or point: num, then content or list(intro, points, wrapUp)."""
    if b.num and not b.children:  # the common shape: a copy of its template
        lead = _lead_fits(b)
        el = _numbered_template(tag, lead).__copy__()
        parent.append(el)
        el.set("eId", eid)
        _fill_numbered(el, b, eid, refs, lead)
        return
    el = _el(parent, tag, {"eId": eid})
    if b.num:
        _el(el, "num", text=b.num)
    notes = _Counter()
    if not b.children:
        c = _el(el, "content")
        _write_p(c, b.text, b.lead, b.notes, eid, refs, notes)
        return
    lst_id = f"{eid}__list_1"
    lst = _el(el, "list", {"eId": lst_id})
    if b.text or b.notes:
        intro = _el(lst, "intro")
        _write_p(intro, b.text, b.lead, b.notes, eid, refs, notes)
    for c, pid in _child_ids(b.children, f"{lst_id}__point"):
        _write_numbered(lst, "point", c, pid, refs)
    if b.wrap or b.wrap_notes:
        w = _el(lst, "wrapUp")
        _write_p(w, b.wrap, "", b.wrap_notes, eid, refs, notes)


def _fill_numbered(el, b: Block, eid: str, refs: _Refs, lead: bool):
    """Fill a copy of a numbered template (``_numbered_template``, ``_body_template``): its <num>, and its <p>
    (whose <i> takes the opening phrase where ``lead``)."""
    num, content = el
    num.text = b.num
    p = content[0]
    _fill(p, b.text, b.lead, b.notes, eid, refs, None, p[0] if lead else None)


@functools.lru_cache(maxsize=None)
def _numbered_template(tag: str, lead: bool):
    """<paragraph eId=""><num/><content><p/></content></paragraph> (or point), with ``lead`` <p><i/></p>:
    copied, faster than made."""
    el = _el(etree.Element(_N + "mainBody", nsmap=NSMAP), tag, {"eId": ""})
    _el(el, "num")
    p = _el(_el(el, "content"), "p")
    if lead:
        _el(p, "i")
    return el


# --- inline -----------------------------------------------------------------------------------


def _write_block_list(parent, b: Block, owner: str, refs: _Refs, counter: _Counter):
    """A preambular paragraph with items: blockList (listIntroduction, items, listWrapUp)."""
    bl_id = f"{owner}__blockList_1"
    bl = _el(parent, "blockList", {"eId": bl_id})
    if b.text or b.notes:
        _fill(_el(bl, "listIntroduction"), b.text, b.lead, b.notes, owner, refs, counter)
    for c, iid in _child_ids(b.children, f"{bl_id}__item"):
        item = _el(bl, "item", {"eId": iid})
        if c.num:
            _el(item, "num", text=c.num)
        if c.children:
            _write_block_list(item, c, iid, refs, _Counter())
        else:
            _write_p(item, c.text, "", c.notes, iid, refs, _Counter())
    if b.wrap or b.wrap_notes:
        _fill(_el(bl, "listWrapUp"), b.wrap, "", b.wrap_notes, owner, refs, counter)


def _write_p(parent, text: str, lead: str, notes: list[Note], owner: str, refs: _Refs, counter: _Counter):
    _fill(_SubElement(parent, _P), text, lead, notes, owner, refs, counter)


def _fill(el, text: str, lead: str, notes: list[Note], owner: str, refs: _Refs, counter: _Counter | None,
          lead_el=None):
    """Mixed content of ``el``, a new empty element: the lead in <i>, refs and dates, footnotes at their offsets
    (numbered by ``counter``; a new one if None). ``lead_el``: the empty <i> that ``el`` already holds, from a
    template, when ``_lead_fits``."""
    if notes:
        _fill_with_notes(el, text, lead, notes, owner, refs, counter or _Counter())
        return
    # No footnotes: the spans of ``inline.find`` come sorted and apart, after the lead; each piece of plain
    # text between them is the text of ``el`` or the tail of the child before it.
    spans = inline.find(text, entities=True) if text else []
    lead_end = len(lead) if lead else 0
    pos = 0
    last = None
    if lead and text.startswith(lead):
        last = _SubElement(el, _I) if lead_el is None else lead_el
        last.text = lead
        pos = lead_end
    for s, e, kind, value in spans:
        if s < lead_end or s < pos:
            continue
        if s > pos:
            if last is None:
                el.text = text[pos:s]
            else:
                last.tail = text[pos:s]
        last = _inline(el, kind, value, text[s:e], owner, refs)
        pos = e
    if pos < len(text):
        if last is None:
            el.text = text[pos:]
        else:
            last.tail = text[pos:]


def _inline(el, kind: str, value, words: str, owner: str, refs: _Refs):
    """The element of one span of ``inline.find`` (a ref, a date, an organ or officer) as a child of ``el``."""
    if kind == "ref":
        child = _SubElement(el, _REF)
        child.set("href", value)
    elif kind == "date":
        child = _SubElement(el, _DATE)
        child.set("date", value)
    else:  # organization, role: a copy of the element with its refersTo and words, only the eId to set
        if value not in refs.used:
            refs.use(value, *inline.TLC[value])
        child = _entity_template(kind, value, words).__copy__()
        el.append(child)
        child.set("eId", f"{owner}__{kind}_{refs.count(owner, kind)}")
        return child
    child.text = words
    return child


@functools.lru_cache(maxsize=256)  # the names that inline.find marks are a few dozen
def _entity_template(kind: str, tlc: str, words: str):
    """<role refersTo="#secretaryGeneral">Secretary-General</role> (or organization): copied, faster than made."""
    return _el(etree.Element(_N + "mainBody", nsmap=NSMAP), kind, {"refersTo": "#" + tlc}, text=words)


def _fill_with_notes(el, text: str, lead: str, notes: list[Note], owner: str, refs: _Refs, counter: _Counter):
    """``_fill`` with footnotes: the calls cut the text, and a span a call falls inside is not marked."""
    spans = inline.find(text, entities=True) if text else []
    events: list[tuple[int, int, str, object]] = []  # (start, end, kind, value)
    inside = [n.at for n in notes if 0 < n.at < len(lead)]
    if inside:  # a footnote call inside the opening phrase: the italics end at the call
        lead = text[: min(inside)].rstrip()
    if lead and text.startswith(lead):
        events.append((0, len(lead), "i", None))
    cuts = sorted({n.at for n in notes})
    for s, e, kind, value in spans:
        if any(s < c < e for c in cuts):
            continue
        if lead and s < len(lead):
            continue
        events.append((s, e, kind, value))
    events.sort(key=lambda x: x[0])
    notes_sorted = sorted(enumerate(notes), key=lambda x: (x[1].at, x[0]))
    pos = 0
    last = None

    def put(s: str):
        if not s:
            return
        if last is None:
            el.text = (el.text or "") + s
        else:
            last.tail = (last.tail or "") + s

    def put_notes_until(limit: int, inclusive: bool):
        nonlocal pos, last
        while notes_sorted and (notes_sorted[0][1].at < limit or (inclusive and notes_sorted[0][1].at == limit)):
            _, n = notes_sorted.pop(0)
            at = min(max(n.at, pos), len(text))
            put(text[pos:at])
            pos = at
            last = _note(el, n, owner, refs, counter)

    for s, e, kind, value in events:
        put_notes_until(s, inclusive=False)
        if s < pos:
            continue
        put(text[pos:s])
        if kind == "i":
            child = _el(el, "i", text=text[s:e])
        else:
            child = _inline(el, kind, value, text[s:e], owner, refs)
        last = child
        pos = e
    put_notes_until(len(text) + 1, inclusive=True)
    put(text[pos:])


def _note(parent, n: Note, owner: str, refs: _Refs, counter: _Counter):
    eid = f"{owner}__authorialNote_{counter.next()}"
    an = _el(parent, "authorialNote", {"marker": n.marker, "placement": "bottom", "eId": eid})
    p = _el(an, "p")
    _fill(p, n.text, "", [], eid, refs, _Counter())
    return an


# --- annexes ----------------------------------------------------------------------------------


def _write_annex(atts, annex: Annex, i: int, ident: Frbr, res: Resolution, markup_date: str, refs: _Refs):
    att_id = f"att_{i}"
    att = _el(atts, "attachment", {"eId": att_id})
    doc = _el(att, "doc", {"name": "annex"})
    meta = _el(doc, "meta")
    _write_identification(meta, ident, res, markup_date, refs, component=f"annex_{i}")
    pre = _el(doc, "preface")
    if annex.label:
        _el(_el(pre, "p"), "docType", text=annex.label)
    if annex.title:
        t = _el(_el(pre, "p"), "docTitle")
        _fill(t, annex.title, "", annex.title_notes, att_id + "__preface", refs, _Counter())
    for sub in annex.subtitles:
        _el(pre, "p", {"class": "subtitle"}, text=sub)
    if len(pre) == 0:
        doc.remove(pre)
    _write_body(doc, annex.blocks, att_id + "__", refs)


def serialize(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


__all__ = ["write_akn", "serialize", "format_date"]
