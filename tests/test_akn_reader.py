"""AKN XML → model: our markup (PROFILE-example.xml), the UN's quirks (own fixtures), the corpus."""
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from converter.akn_reader import AknInputError, read_akn, read_akn_all
from converter.model import _walk
from converter.text_writer import to_text
from converter.xmlsafe import XmlInputError

from .conftest import CORPUS, SHARED

FIX = Path(__file__).parent / "fixtures" / "akn"
UN_STYLE = FIX / "un_style.xml"
UN_COLLECTION = FIX / "un_collection.xml"
NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


def akn(body: str, preamble: str = "", extra: str = "") -> bytes:
    """A minimal statement around the given mainBody content."""
    return (
        f'<akomaNtoso xmlns="{NS}"><statement name="resolution"><meta/>'
        f"<preamble>{preamble}</preamble><mainBody>{body}</mainBody>{extra}</statement></akomaNtoso>"
    ).encode()


def note_marked(text, notes):
    """Text with [marker] at each note offset, for readable assertions."""
    out, pos = [], 0
    for n in sorted(notes, key=lambda n: n.at):  # stable: notes at one offset keep their order
        out += [text[pos:n.at], f"[{n.marker}]"]
        pos = n.at
    return "".join(out) + text[pos:]


# --- our markup ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def example():
    p = SHARED / "PROFILE-example.xml"
    if not p.exists():
        pytest.skip("PROFILE-example.xml not available")
    return read_akn(p)


def test_example_meta(example):
    m = example.meta
    assert (m.symbol, m.number, m.title) == ("A/RES/81/999", "81/999", "Example resolution title")
    assert (m.adopted, m.adopted_text) == ("2026-12-15", "15 December 2026")
    assert (m.issued, m.issued_text) == ("2026-12-22", "22 December 2026")
    assert (m.session, m.session_number) == ("Eighty-first session", "81")
    assert m.agenda == ["Agenda item 20 (a)"]
    assert m.proponent == "[on the report of the Second Committee (A/81/499, para. 12)]"
    assert (m.committee, m.origin) == ("secondCommittee", "A/81/499, para. 12")
    assert (m.language, m.distribution, m.doc_name, m.has_masthead) == ("eng", "Distr.: General", "resolution", True)


def test_example_structure(example):
    r = example
    assert r.formula == "The General Assembly,"
    assert [(b.kind, b.lead) for b in r.preamble] == [("preamble", "Recalling"), ("preamble", "Having considered")]
    assert r.preamble[0].text == "Recalling its resolution 80/999 of 10 December 2025,"
    [n] = r.preamble[1].notes
    assert (n.marker, n.text) == ("1", "A/81/999.")
    assert note_marked(r.preamble[1].text, [n]).endswith("Secretary-General,[1]")
    assert [b.num for b in r.body] == ["1.", "2.", "3."]
    p2 = r.body[1]
    assert (p2.text, p2.lead) == ("Decides that the programme shall:", "Decides")
    assert [c.num for c in p2.children] == ["(a)", "(b)"]
    assert [c.num for c in p2.children[0].children] == ["(i)", "(ii)"]
    assert p2.children[0].children[1].text == "Region two;"
    assert (r.closing.meeting, r.closing.date, r.closing.date_text) == ("60th plenary meeting", "2026-12-15", "15 December 2026")
    [a] = r.annexes
    assert (a.label, a.title) == ("Annex", "Example reporting template")
    assert [(b.kind, b.text) for b in a.blocks] == [("text", "Text of the annex.")]


def test_our_sections_wrapup_crossheading():
    data = akn(
        '<section eId="sec_I"><num>I.</num><heading>Budget<authorialNote marker="1"><p>Note.</p></authorialNote></heading>'
        '<crossHeading refersTo="#preamble" eId="sec_I__crossHeading_1"><i>Recalling</i> its work,</crossHeading>'
        '<subsection eId="sec_I__subsec_A"><num>A.</num><heading>Posts</heading>'
        '<paragraph eId="sec_I__subsec_A__para_1"><num>1.</num><list eId="l"><intro><p><i>Decides</i> that:</p></intro>'
        '<point eId="p_a"><num>(a)</num><content><p>One;</p></content></point>'
        '<wrapUp><p>and reports.<authorialNote marker="*"><p>Star.</p></authorialNote></p></wrapUp></list></paragraph>'
        "</subsection></section>"
        "<crossHeading>Other matters</crossHeading>"
    )
    r = read_akn(data)
    sec, head = r.body
    assert (sec.kind, sec.num, sec.heading) == ("section", "I.", "Budget")
    assert [(n.marker, n.at) for n in sec.heading_notes] == [("1", 6)]
    pre, sub = sec.children
    assert (pre.kind, pre.lead, pre.text) == ("preamble", "Recalling", "Recalling its work,")
    assert (sub.kind, sub.num, sub.heading) == ("section", "A.", "Posts")
    [para] = sub.children
    assert (para.num, para.text, para.lead, para.wrap) == ("1.", "Decides that:", "Decides", "and reports.")
    assert [(n.marker, n.at) for n in para.wrap_notes] == [("*", len("and reports."))]
    assert (head.kind, head.text) == ("heading", "Other matters")


# --- the UN's quirks ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def un():
    return read_akn(UN_STYLE)


def test_un_meta(un):
    m = un.meta
    assert (m.symbol, m.number, m.title) == ("A/RES/81/998", "81/998", "Fictional test resolution")
    assert (m.adopted, m.adopted_text, m.issued_text) == ("2026-12-14", "14 December 2026", "20 December 2026")
    assert m.agenda == ["Agenda items 12 and 13"]
    assert m.agenda_title == "First fictional agenda item\nSecond fictional agenda item"
    assert m.committee == "fourthCommittee"
    assert m.origin == "A/81/444, para. 8"
    assert m.proponent.startswith("[on the report of the Special Political") and m.proponent.endswith("para. 8)]")
    assert (m.job_number, m.session_number) == ("26-99999 (E)", "81")
    assert un.closing.meeting == "60th plenary meeting" and un.closing.date == "2026-12-14"


def test_un_spans_tabs_and_links(un):
    assert un.formula == "The General Assembly,"
    rec, cons, noting = un.preamble
    assert (rec.lead, rec.text) == ("Recalling", "Recalling its resolution 80/1 of 19 September 2025,")
    assert cons.lead == "Having considered"  # a tab inside the italic span
    assert noting.text == "Noting the Charter of the United Nations and the Universal Declaration,"
    [n] = noting.notes
    assert (n.marker, n.text) == ("2", "See Charter.")
    assert note_marked(noting.text, noting.notes) == "Noting the Charter of the United Nations[2] and the Universal Declaration,"
    # a note followed by a space before the end of the text: at the end, no trailing space
    assert note_marked(cons.text, cons.notes) == "Having considered the report of the Secretary-General,[1]"


def test_un_sublist_is_renested(un):
    p2 = un.body[1]
    assert (p2.num, p2.text, p2.lead) == ("2.", "Decides that:", "Decides")
    a, b = p2.children
    assert (a.num, a.text) == ("(a)", "The first point covers:")
    assert [(c.num, c.text) for c in a.children] == [("(i)", "Region one;"), ("(ii)", "Region two;")]
    assert (b.num, b.children) == ("(b)", [])


def test_un_headings_and_sections(un):
    kinds = [(b.kind, b.num, b.heading or b.text) for b in un.body]
    assert kinds == [
        ("paragraph", "1.", "Takes note of the report;"),
        ("paragraph", "2.", "Decides that:"),
        ("heading", None, "Follow-up"),
        ("paragraph", "3.", "Requests the Secretary-General to report."),
        ("section", "I", "Budget matters"),
    ]
    sec = un.body[-1]
    assert [(c.kind, c.lead) for c in sec.children] == [("preamble", "Recalling"), ("paragraph", "Approves")]


def test_un_flattened_annexes(un):
    a1, a2 = un.annexes
    assert (a1.label, a1.title, a1.subtitles) == ("Annex I", "Declaration on fictional matters", ["New York, 1 and 2 March 2027"])
    first, sec = a1.blocks
    assert (first.kind, first.text) == ("text", "We, the Heads of State, declare:")
    assert [(n.marker, n.at) for n in first.notes] == [("3", len(first.text))]
    assert (sec.kind, sec.num, sec.heading) == ("section", "I.", "Principles")  # the num repeated in the subheading is dropped
    assert [(c.num, c.text) for c in sec.children] == [("1.", "First principle.")]
    assert (a2.label, a2.title) == ("Annex II", "Second fictional annex")
    assert [b.text for b in a2.blocks] == ["Item | Amount", "Posts | 12"]


def test_un_collection():
    rs = read_akn_all(UN_COLLECTION)
    assert len(rs) == 2
    a, b = rs
    for r in rs:
        assert (r.meta.symbol, r.meta.number, r.meta.title) == ("A/RES/81/997 A-B", "81/997", "Questions relating to fiction")
        assert r.meta.adopted == "2026-12-10" and r.closing.meeting == "41st plenary meeting"
    assert [h.text for h in a.headings] == ["A", "Fiction in the service of humanity"]
    assert [h.text for h in b.headings] == ["B", "Fiction policies"]
    assert a.preamble[0].notes[0].text == "A/81/21."
    assert (b.body[0].num, b.body[0].notes[0].marker) == ("1.", "2")
    assert read_akn(UN_COLLECTION).headings[0].text == "A"  # read_akn gives the first component


def test_series_letter_with_footnote():
    data = (
        f'<akomaNtoso xmlns="{NS}"><statement name="resolution"><meta/>'
        "<coverPage><p><docNumber refersTo=\"#symbol\">A/RES/81/5 B</docNumber></p></coverPage>"
        "<preface><p><docNumber>81/5.</docNumber><docTitle>Common system</docTitle>"
        '<docNumber>\t\tB</docNumber><authorialNote marker="1"><p>Resolution 81/5 becomes 81/5 A.</p></authorialNote></p></preface>'
        "<preamble/><mainBody/></statement></akomaNtoso>"
    ).encode()
    r = read_akn(data)
    assert (r.meta.number, r.meta.title, r.meta.symbol) == ("81/5", "Common system", "A/RES/81/5 B")
    [h] = r.headings
    assert (h.kind, h.text, [(n.marker, n.at) for n in h.notes]) == ("heading", "B", [("1", 1)])


def test_repeated_preamble_goes_into_the_body():
    data = (
        f'<akomaNtoso xmlns="{NS}"><statement name="resolution"><meta/>'
        '<preamble><formula name="enactingFormula"><p>The General Assembly,</p></formula>'
        '<container name="x"><p><span class="italic">Noting</span> one,</p></container></preamble>'
        "<mainBody><paragraph><num>1.</num><content><p>Decides.</p></content></paragraph></mainBody>"
        '<preamble><container name="y"><p><span class="italic">Recalling</span> two,</p></container></preamble>'
        "<mainBody><paragraph><num>2.</num><content><p>Requests.</p></content></paragraph></mainBody>"
        "</statement></akomaNtoso>"
    ).encode()
    r = read_akn(data)
    assert [b.text for b in r.preamble] == ["Noting one,"]
    assert [(b.kind, b.text) for b in r.body] == [
        ("paragraph", "Decides."), ("preamble", "Recalling two,"), ("paragraph", "Requests.")]


# --- footnote offsets ------------------------------------------------------------------------

@pytest.mark.parametrize("p, expected", [
    ("United Nations<authorialNote marker='1'><p>x</p></authorialNote> are", "United Nations[1] are"),
    ("Rights, <authorialNote marker='1'><p>x</p></authorialNote> next", "Rights,[1] next"),
    ("2014\u20132024<authorialNote marker='3'><p>x</p></authorialNote>,", "2014\u20132024[3],"),
    ("<authorialNote marker='1'><p>x</p></authorialNote>  Start", "[1]Start"),
    ("End.\n\t<authorialNote marker='12'><p>x</p></authorialNote>\n", "End.[12]"),
    ("a<authorialNote marker='1'><p>x</p></authorialNote><authorialNote marker='2'><p>y</p></authorialNote> b",
     "a[1][2] b"),
    ("\t\t<span class='italic'>Lead\t</span>  text<authorialNote marker='a'><p>x</p></authorialNote>", "Lead text[a]"),
])
def test_note_offsets(p, expected):
    r = read_akn(akn(f"<paragraph><num>1.</num><content><p>{p}</p></content></paragraph>"))
    b = r.body[0]
    assert note_marked(b.text, b.notes) == expected
    assert "  " not in b.text and b.text == b.text.strip()


def test_note_text_is_normalised_and_nested_notes_are_dropped():
    r = read_akn(akn(
        "<paragraph><num>1.</num><content><p>Text<authorialNote marker='1'><p>\t\tSee <a href='x'>A/1</a>"
        "<authorialNote marker='9'><p>inner</p></authorialNote>,\n  annex.</p></authorialNote>.</p></content></paragraph>"))
    [n] = r.body[0].notes
    assert (n.marker, n.text, n.at) == ("1", "See A/1, annex.", 4)


# --- input handling and robustness -----------------------------------------------------------

def test_sources_bytes_str_path(tmp_path):
    data = UN_STYLE.read_bytes()
    p = tmp_path / "x.xml"
    p.write_bytes(data)
    titles = {read_akn(s).meta.title for s in (data, str(p), p, data.decode())}
    assert titles == {"Fictional test resolution"}


def test_not_akn_is_refused():
    with pytest.raises(AknInputError) as e:
        read_akn(b"<html><body/></html>")
    assert isinstance(e.value, ValueError) and "not an Akoma Ntoso document" in str(e.value)
    assert "\n" not in str(e.value) and e.value.line == 1


def test_bad_xml_and_dtd_are_refused():
    with pytest.raises(XmlInputError):
        read_akn(b"<akomaNtoso><statement>")
    with pytest.raises(XmlInputError):
        read_akn(b'<!DOCTYPE x [<!ENTITY a "b">]><akomaNtoso/>')


def test_empty_and_odd_documents_degrade():
    assert read_akn(f'<akomaNtoso xmlns="{NS}"/>'.encode()).body == []
    r = read_akn(f'<akomaNtoso xmlns="{NS}"><act><body><article><num>1</num><p>Hello</p><foo>bar</foo></article></body></act></akomaNtoso>'.encode())
    assert "Hello" in to_text(r) and "bar" in to_text(r)
    # no namespace at all still reads
    r = read_akn(b"<akomaNtoso><statement><mainBody><paragraph><num>1.</num><content><p>Hi</p></content></paragraph></mainBody></statement></akomaNtoso>")
    assert r.body[0].text == "Hi"


_TAGS = ["statement", "meta", "coverPage", "preface", "preamble", "mainBody", "conclusions", "attachments",
         "attachment", "doc", "formula", "container", "paragraph", "num", "content", "p", "list", "intro", "point",
         "sublist", "wrapUp", "section", "subsection", "heading", "subheading", "crossHeading", "span", "i", "a",
         "authorialNote", "docNumber", "docTitle", "docProponent", "docDate", "session", "inline", "eol", "table",
         "tr", "td", "blockList", "item", "listIntroduction", "documentCollection", "components", "component",
         "collectionBody", "event", "location", "docType", "b", "sup"]


@st.composite
def trees(draw, depth=0):
    tag = draw(st.sampled_from(_TAGS))
    attrs = draw(st.dictionaries(st.sampled_from(["class", "name", "refersTo", "marker", "date", "value"]),
                                 st.sampled_from(["italic", "bold", "H23", "#preamble", "1", "agenda item", "", "adoptionMeeting"]),
                                 max_size=2))
    text = draw(st.sampled_from(["", " ", "\tAnnex I", "I", "A.", "(a)", "1.", "Text, more", "Annex"]))
    kids = draw(st.lists(trees(depth + 1), max_size=3)) if depth < 3 else []
    tail = draw(st.sampled_from(["", " tail", "\n"]))
    return (tag, attrs, text, kids, tail)


def _build(parent, node):
    tag, attrs, text, kids, tail = node
    el = etree.SubElement(parent, f"{{{NS}}}{tag}", {k: v for k, v in attrs.items()})
    el.text = text
    el.tail = tail
    for k in kids:
        _build(el, k)


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(trees(), min_size=0, max_size=3))
def test_never_crashes_on_random_akn(nodes):
    root = etree.Element(f"{{{NS}}}akomaNtoso")
    for n in nodes:
        _build(root, n)
    data = etree.tostring(root)
    for r in read_akn_all(data):
        for style in ("printed", "body", "lines"):
            assert isinstance(to_text(r, style), str)


def test_mutilated_example_never_crashes():
    """Delete each element of the UN-style fixture in turn: reading and writing still work."""
    base = etree.fromstring(UN_STYLE.read_bytes())
    n = sum(1 for _ in base.iter())
    for i in range(1, n, 3):
        root = etree.fromstring(UN_STYLE.read_bytes())
        el = list(root.iter())[i]
        if el.getparent() is not None:
            el.getparent().remove(el)
        for r in read_akn_all(etree.tostring(root)):
            to_text(r)


# --- the UN's corpus -------------------------------------------------------------------------

def _ln(e):
    return e.tag.rpartition("}")[2] if isinstance(e.tag, str) else ""


def _words(el, out):
    if not isinstance(el.tag, str) or _ln(el) in ("authorialNote", "meta", "num"):
        return
    if el.text:
        out.extend(el.text.split())
    for c in el:
        _words(c, out)
        if c.tail:
            out.extend(c.tail.split())


def _statements(root):
    docs = [c for c in root if _ln(c) and _ln(c) != "components"]
    if docs and _ln(docs[0]) == "documentCollection":
        return [s for comp in root.iter() if _ln(comp) == "component" for s in comp if _ln(s) == "statement"]
    return docs[:1]


_NUM = re.compile(r"\d+\.")


def test_corpus_reads_completely():
    base = CORPUS / "un-akn"
    files = sorted(base.glob("eng/*/*.xml")) if base.exists() else []
    if not files:
        pytest.skip(f"corpus not available: {base}")
    t0 = time.monotonic()
    problems = []
    for f in files:
        data = f.read_bytes()
        try:
            ress = read_akn_all(data)
        except Exception as e:  # noqa: BLE001 - the test reports every failure
            problems.append(f"{f.name}: {type(e).__name__}: {e}")
            continue
        sts = _statements(etree.fromstring(data))
        if len(sts) != len(ress):
            problems.append(f"{f.name}: {len(sts)} statements, {len(ress)} resolutions")
            continue
        for st_el, res in zip(sts, ress):
            text = to_text(res)
            # every word of the body (preamble, operative part, annexes), in order
            words = []
            for part in st_el:
                if _ln(part) in ("preamble", "mainBody", "attachments"):
                    _words(part, words)
            pos = 0
            for w in words:
                i = text.find(w, pos)
                if i < 0:
                    problems.append(f"{f.name}: word {w!r} missing after {text[max(0, pos - 40):pos]!r}")
                    break
                pos = i + len(w)
            # numbered operative paragraphs
            xml_paras = sum(
                1 for mb in st_el if _ln(mb) == "mainBody" for p in mb.iter()
                if _ln(p) == "paragraph" and p.find(f"{{{NS}}}num") is not None
                and _NUM.fullmatch((p.find(f"{{{NS}}}num").text or "").strip()))
            model_paras = sum(1 for b in _walk(res.body) if b.kind == "paragraph" and b.num and _NUM.fullmatch(b.num))
            if xml_paras != model_paras:
                problems.append(f"{f.name}: {xml_paras} numbered paragraphs in the XML, {model_paras} read")
            # preambular paragraphs
            pre = [c for c in st_el if _ln(c) == "preamble"]
            if pre:
                xml_cont = sum(1 for c in pre[0] if _ln(c) == "container" and c.find(f"{{{NS}}}table") is None
                               and "".join(c.itertext()).strip())
                if xml_cont != sum(1 for b in res.preamble if b.kind == "preamble"):
                    problems.append(f"{f.name}: preamble container count differs")
            # every footnote, once, in the footnote list
            xml_notes = sum(1 for e in st_el.iter() if _ln(e) == "authorialNote"
                            and not any(_ln(a) == "authorialNote" for a in e.iterancestors()))
            listed = text.split("\n__________\n")[-1].count("\n") if "\n__________\n" in text else 0
            if xml_notes != listed:
                problems.append(f"{f.name}: {xml_notes} footnotes in the XML, {listed} listed")
    elapsed = time.monotonic() - t0
    assert not problems, "\n".join(problems[:30])
    assert len(files) >= 900
    assert elapsed < 60


def _para(text, num=None):
    n = f"<num>\t{num}</num>" if num else ""
    return f'<paragraph class="SingleTxt">{n}<content><p xml:space="preserve">{text}</p></content></paragraph>'


def test_flattened_lists_are_recovered():
    letters = "abcdefgh"
    body = (_para("\t<span class='italic'>Decides</span> that the Conference shall:", "4.")
            + "".join(_para(f"\t({c})\tItem {c};") for c in letters)
            + _para("\t(i)\tLetter i, not a numeral;")
            + _para("\t(j)\tWith sub-items:")
            + _para("\t(i)\tSub one;<authorialNote marker='1'><p>N.</p></authorialNote>")
            + _para("\t(ii)\tSub two;")
            + _para("as well as the rest;")
            + _para("\t<span class='italic'>Requests</span> a report.", "5.")
            + _para("(a)\tNot a point: the paragraph before does not open a list."))
    p4, p5, stray = read_akn(akn(body)).body
    assert [c.num for c in p4.children] == [f"({c})" for c in letters + "ij"]
    j = p4.children[-1]
    assert [(c.num, c.text) for c in j.children] == [("(i)", "Sub one;"), ("(ii)", "Sub two;")]
    assert [(n.marker, n.at) for n in j.children[0].notes] == [("1", len("Sub one;"))]
    assert p4.wrap == "as well as the rest;"
    assert (p5.num, p5.lead) == ("5.", "Requests")
    assert (stray.kind, stray.num, stray.text) == ("paragraph", None, "(a) Not a point: the paragraph before does not open a list.")


def test_flattened_annex_subtitles_are_place_and_date_lines_only():
    extra = ('<attachments><attachment><doc name="annex"><meta/><mainBody>'
             + _para("<span class='bold'>Annex</span>") + _para("<span class='bold'>Regulations</span>")
             + '<paragraph class="H23"><subheading>Article 1</subheading></paragraph>'
             + _para("Text of article 1.")
             + "</mainBody></doc></attachment></attachments>")
    [a] = read_akn(akn("", extra=extra)).annexes
    assert (a.label, a.title, a.subtitles) == ("Annex", "Regulations", [])
    assert [(b.kind, b.text) for b in a.blocks] == [("heading", "Article 1"), ("text", "Text of article 1.")]


def test_table_rows_become_text_lines():
    r = read_akn(akn(
        '<container name="table"><table><tr><th><p><span class="italic">Item</span></p></th><th/><th><p>Sum</p></th></tr>'
        '<tbody><tr><td><p>Posts<authorialNote marker="a"><p>Note a.</p></authorialNote></p></td><td/>'
        "<td><p>1\u00a0200</p></td><td/></tr></tbody></table></container>"))
    head, row = r.body
    assert (head.kind, head.text, row.text) == ("text", "Item | | Sum", "Posts | | 1 200")
    assert note_marked(row.text, row.notes) == "Posts[a] | | 1 200"
