"""The text reader on the shapes real input comes in (issue 3), with fixtures written for the purpose."""
from converter.text_reader import read_text

MASTHEAD_LINES = """United Nations
A/RES/81/7
General Assembly
Distr.: General
20 December 2026
25-15106 (E)
*2515106*
Eighty-first session
Agenda item 20 (a)
Sustainable development: example sub-item
Resolution adopted by the General Assembly
on 15 December 2026
[on the report of the Second Committee (A/81/499, para. 12)]
81/7. Example resolution on
wrapped titles
"""

MASTHEAD_RUN = """United Nations A/RES/81/7
General Assembly Distr.: General 20 December 2026
Eighty-first session Agenda item 20 (a) Sustainable development: example sub-item
Resolution adopted by the General Assembly on 15 December 2026
[on the report of the Second Committee (A/81/499, para. 12)]
81/7. Example resolution on wrapped titles
"""

BODY = """The General Assembly,
Recalling its resolution 80/99 of 10 December 2025, and the Charter of the United
Nations,1
Noting with concern the action-
oriented approach and the manage-
ment of the programme, as well as the management of funds,
1.
Decides that:
(a) The first item, which refers to paragraph 1
(a) above, continues here;
(b) The second item:
(i) A roman sub-item;
(ii) Another one;
(c) A third item;
(d) Four;
(e) Five;
(f) Six;
(g) Seven;
(h) Eight;
(i) Nine, a letter after (h);
2. Requests the Secretary-General to report for the period 2014–20242 at its
eighty-second session.
60th plenary meeting
15 December 2026
"""

NOTES_PAGE = """_______________
1 See resolution 169 (II).
2 A/81/1.
"""


def _text(masthead=MASTHEAD_LINES, body=BODY):
    return masthead + "\n" + body + NOTES_PAGE


def test_masthead_one_item_per_line():
    m = read_text(_text()).meta
    assert m.symbol == "A/RES/81/7"
    assert m.adopted == "2026-12-15" and m.issued == "2026-12-20"
    assert m.session_number == "81" and m.agenda == ["Agenda item 20 (a)"]
    assert m.agenda_title == "Sustainable development: example sub-item"
    assert m.committee == "secondCommittee" and m.origin == "A/81/499, para. 12"
    assert m.number == "81/7" and m.title == "Example resolution on wrapped titles"


def test_masthead_run_together_gives_same_meta():
    a, b = read_text(_text()).meta, read_text(_text(MASTHEAD_RUN)).meta
    for field in ("symbol", "adopted", "issued", "session_number", "agenda", "agenda_title", "committee", "origin",
                  "number", "title"):
        assert getattr(a, field) == getattr(b, field), field


def test_structure_labels_and_nesting():
    r = read_text(_text())
    assert [b.lead for b in r.preamble] == ["Recalling", "Noting with concern"]
    assert [b.num for b in r.body] == ["1.", "2."]
    points = r.body[0].children
    assert [p.num for p in points] == ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)", "(i)"]
    assert points[0].text == "The first item, which refers to paragraph 1 (a) above, continues here;"
    assert [p.num for p in points[1].children] == ["(i)", "(ii)"]
    assert r.closing.meeting == "60th plenary meeting" and r.closing.date == "2026-12-15"


def test_hyphenation_by_evidence():
    r = read_text(_text())
    text = r.preamble[1].text
    assert "action-oriented" in text  # no "actionoriented" in the document: the hyphen stays
    assert "the management of the programme" in text  # "management" is used elsewhere: joined


def test_footnotes_glued_and_after_numbers():
    r = read_text(_text())
    n1 = r.preamble[0].notes
    assert [(n.marker, n.text) for n in n1] == [("1", "See resolution 169 (II).")]
    assert r.preamble[0].text.endswith("the Charter of the United Nations,")
    assert r.preamble[0].text[n1[0].at - 1] == ","
    para2 = r.body[1]
    assert "2014–2024 at its" in para2.text
    assert para2.notes[0].marker == "2" and para2.text[: para2.notes[0].at].endswith("2014–2024")


def test_page_furniture_mid_sentence_removed():
    body = BODY.replace("eighty-second session.", "eighty-\n" + NOTES_PAGE + "\nA/RES/81/7\nExample resolution on wrapped titles\n25-15106\n2/3\nsecond session.")
    r = read_text(MASTHEAD_LINES + "\n" + body)
    assert r.body[1].text.endswith("at its eighty-second session.")
    assert [n.marker for n in r.body[1].notes] == ["2"]


def test_markdown_and_front_matter():
    md = "---\nsymbol: A/RES/81/7\ntitle: \"x\"\n---\n\n" + MASTHEAD_RUN + "\n" + BODY.replace("Nations,1", "Nations,[^1]").replace(
        "2014–20242", "2014–2024[^2]") + "\n[^1]: See resolution 169 (II).\n\n[^2]: A/81/1.\n"
    r = read_text(md)
    assert r.meta.symbol == "A/RES/81/7"
    assert [n.text for n in r.preamble[0].notes] == ["See resolution 169 (II)."]
    assert [n.text for n in r.body[1].notes] == ["A/81/1."]


def test_sections_and_annex():
    text = _text().replace("60th plenary meeting", "60th plenary meeting").replace(NOTES_PAGE, "") + """
Annex
Example annex title
I. First part
1. We do one thing.
2. We do another thing.
II. Second part
3. We conclude.
"""
    r = read_text(text)
    assert len(r.annexes) == 1
    a = r.annexes[0]
    assert a.label == "Annex" and a.title == "Example annex title"
    assert [(s.num, s.heading) for s in a.blocks] == [("I.", "First part"), ("II.", "Second part")]
    assert [p.num for p in a.blocks[0].children] == ["1.", "2."]


def test_two_extractions_same_ids():
    """The same resolution from two extractors gives the same eIds and IRIs (issue 4)."""
    import re

    from converter.api import convert_text

    from .conftest import corpus_or_skip

    base = corpus_or_skip("pdf-text")
    xs = [convert_text((base / f"A_RES_73_7.{e}.txt").read_text(encoding="utf-8"), markup_date="2026-01-01").xml.decode()
          for e in ("pdfminer", "pymupdf")]
    ids = [(re.findall(r'eId="([^"]+)"', x), re.findall(r'(?:value|href)="(/akn[^"]+)"', x)) for x in xs]
    assert ids[0] == ids[1]


# --- block boundaries that the round trip of the UN's files showed (fixtures written here) ---------------

HEAD = "The General Assembly,\n\nRecalling its resolution 80/1,\n\n"


def _kinds(blocks):
    return [(b.kind, b.num, b.text or b.heading) for b in blocks]


def test_table_rows_end_at_a_blank_line():
    r = read_text(HEAD + """1. Approves the following posts:

Department | Unit | Number

Department of Operational Support

Office of Support | Health Division | 1

| Subtotal | 1

a See A/80/383.

b See A/80/639.

2. Decides to remain seized of the matter.
""")
    texts = [b.text for b in r.body]
    assert "Department of Operational Support" in texts  # a one-cell row, not glued to its neighbours
    assert "| Subtotal | 1" in texts
    assert "a See A/80/383." in texts and "b See A/80/639." in texts
    assert r.body[-1].num == "2."


def test_asterism_and_bullets_stand_alone():
    r = read_text(HEAD + """1. We commit ourselves to act.

* * *

2. We will act now:

• Achieve a sustainable increase in coverage;

• End hunger and malnutrition;

• Ensure education for all.

3. We will report.
""")
    texts = [b.text for b in r.iter_blocks()]
    assert "* * *" in texts
    assert "• End hunger and malnutrition;" in texts
    assert "• Ensure education for all." in texts
    assert [b.num for b in r.body if b.num] == ["1.", "2.", "3."]


def test_headings_ending_in_parenthesis_quotation_or_gerund():
    r = read_text(HEAD + """Noting the work done so far,

Governance of the United Nations Human Settlements Programme (UN-Habitat)

1. Welcomes the report;

Meaning of the phrase \u201cStates present and voting\u201d

2. Decides that abstentions are not votes;

Financing of the support account for peacekeeping operations for the financial periods from 1 July 2020 to 30 June 2021 and from 1 July 2022 to 30 June 2023

3. Decides to finance the account.
""")
    headings = [b.text for b in r.body if b.kind == "heading"]
    assert headings == [
        "Governance of the United Nations Human Settlements Programme (UN-Habitat)",
        "Meaning of the phrase \u201cStates present and voting\u201d",
        "Financing of the support account for peacekeeping operations for the financial periods from 1 July 2020 "
        "to 30 June 2021 and from 1 July 2022 to 30 June 2023",
    ]
    assert [b.num for b in r.body if b.kind == "paragraph"] == ["1.", "2.", "3."]


def test_mistyped_paragraph_numbers_and_invisible_marks():
    r = read_text(HEAD + """1. Welcomes the report;

2. Calls for continued efforts;

3 Calls upon all Member States to act;

4 .Recognizes the need to act;

5.\u200e Reaffirms its decision.
""")
    assert [(b.num, b.text.split()[0]) for b in r.body] == [
        ("1.", "Welcomes"), ("2.", "Calls"), ("3.", "Calls"), ("4.", "Recognizes"), ("5.", "Reaffirms")]


def test_section_preamble_then_unnumbered_operative_and_treaty_formula():
    r = read_text(HEAD + """1. Decides as follows;

A. Base/floor salary scale

Recalling its resolution 44/198,

Approves, with effect from 1 January 2021, the revised scale;

Annex

Convention on example matters

The States Parties to this Convention,

Wishing to establish uniform rules,

Have agreed as follows:

Article 1
""")
    sec = r.body[1]
    assert [b.kind for b in sec.children][:2] == ["preamble", "paragraph"]
    assert sec.children[1].text.startswith("Approves")
    assert "Have agreed as follows:" in [b.text for b in r.annexes[0].blocks]


def test_wrap_up_after_a_list_of_recitals_and_asterisk_call():
    r = read_text("""The General Assembly,

Recalling the priority areas:

(a) Building capacity,

(b) Mobilizing solidarity,

and the commitments contained therein,

Noting the Statute:

1. Recalls that the Commission shall recommend on:

(a) Allowances determined by the Assembly;*

(b) Staff assessment.
""")
    assert r.preamble[0].wrap == "and the commitments contained therein,"
    assert [c.num for c in r.body[0].children] == ["(a)", "(b)"]


def test_stacked_headings_without_blank_lines():
    r = read_text(HEAD + """1. Takes note of the principles annexed to the present resolution.
Annex
Principles on an example subject
Part one
Introduction
Principle 1
Scope
The present principles apply to the protection of the environment before, during or after an armed
conflict, including in situations of occupation.
Principle 2
Purpose
The present principles are aimed at enhancing the protection of the environment in relation to armed
conflicts.
""")
    a = r.annexes[0]
    assert [(b.kind, b.text) for b in a.blocks][:6] == [
        ("heading", "Part one"), ("heading", "Introduction"), ("heading", "Principle 1"), ("heading", "Scope"),
        ("text", "The present principles apply to the protection of the environment before, during or after an "
                 "armed conflict, including in situations of occupation."),
        ("heading", "Principle 2"),
    ]


def test_section_headings_before_numbered_paragraphs_in_a_budget_resolution():
    r = read_text(HEAD + """1. Decides to reduce resources for consultants by 10 per cent;
2. Stresses that all extrabudgetary posts must be administered and managed with the same
rigour as regular budget posts;
Part I
Overall policymaking, direction and coordination
Section 2
General Assembly and Economic and Social Council affairs and conference management
3. Recalls paragraph 8 of its resolution 75/252, and requests the Secretary-General to ensure
adequate training;
Section 10
Least developed countries, landlocked developing countries and small island developing
States
4. Takes note of paragraph IV.24 of the report of the Advisory Committee.
""")
    assert [(b.kind, b.num) for b in r.body] == [
        ("paragraph", "1."), ("paragraph", "2."), ("heading", None), ("heading", None), ("heading", None),
        ("heading", None), ("paragraph", "3."), ("heading", None), ("heading", None), ("paragraph", "4.")]
    assert r.body[2].text == "Part I" and r.body[-2].text.endswith("small island developing States")


def test_letter_l_for_the_digit_one_opens_the_operative_part():
    r = read_text(HEAD + """Recognizing the value of plant health,

l. Decides to designate 12 May as the International Day of Plant Health;

2. Invites all Member States to observe the Day.
""")
    assert [b.num for b in r.body] == ["1.", "2."]
    assert len(r.preamble) == 2


def test_annex_list_of_unpunctuated_entries_and_table_notes():
    r = read_text(HEAD + """1. Approves the changes set out in the annex.

Annex

Changes to the staffing table

Redeployment

Department of Operational Support/Office of Support Operations

Redeployment of 2 posts (Associate Human Resources Officer (P-2)) from the Training Service

Reassignment

Office of Internal Oversight Services/Inspection and Evaluation Division

Reassignment of 1 post (Resident Auditor (P-3)) to be reassigned as Evaluation Officer (P-3)

Abbreviations: GS (OL), General Service (Other level).

a Person-months are indicated in the column entitled "Level".
""")
    texts = [b.text for b in r.annexes[0].blocks]
    assert "Reassignment" in texts
    assert texts[-2:] == ["Abbreviations: GS (OL), General Service (Other level).",
                          'a Person-months are indicated in the column entitled "Level".']


def test_wrapped_title_after_a_comma_is_not_a_new_recital():
    r = read_text("""The General Assembly,
Recalling the decision of the African Union to declare 2019 as the African Year of Refugees,
Returnees and Internally Displaced Persons: Towards Durable Solutions to Forced Displacement
in Africa,
Recognizing the particular vulnerability of women and children, as well as older persons and
persons with disabilities,
Reiterating its appreciation to the Government of India for hosting the fourteenth session
of the Conference of the Parties to the Convention to Combat Desertification in Those Countries,
Particularly in Africa, held in New Delhi from 2 to 13 September 2019,
1. Decides to remain seized of the matter.
""")
    assert [b.text.split()[0] for b in r.preamble] == ["Recalling", "Recognizing", "Reiterating"]


def test_vowelless_piece_of_a_split_word_is_joined():
    from converter.text_reader import _mend_split_words

    assert _mend_split_words("considering the impa ct of the Statute") == "considering the impact of the Statute"
    assert _mend_split_words("a 10 km zone and the st of it") == "a 10 km zone and the st of it"


def test_ligatures_and_soft_hyphens_from_pdf_extraction():
    r = read_text("The General Assembly,\n\nRecalling its \ufb01rst resolution on the \ufb02ow of \ufb01nance and the "
                  "manage\xad\nment of the pro\xadgramme,\n\n1. Decides to remain seized of the matter.\n")
    assert r.preamble[0].text == "Recalling its first resolution on the flow of finance and the management of the programme,"


def test_stray_call_after_a_comma_reads_the_same_glued_or_spaced():
    body = ("The General Assembly,\n\nRecalling the Rome Statute of the International Criminal Court,{}\n\n"
            "1. Reaffirms the importance of the Court,{} and calls upon all States to cooperate.\n"
            "_______________\n1 United Nations, Treaty Series, vol. 2187, No. 38544.\n")
    glued = read_text(body.format("1", "1"))
    spaced = read_text(body.format("1", " 1"))
    assert glued.body[0].text == spaced.body[0].text


def test_words_are_the_tokens_of_the_word_pattern():
    from hypothesis import given, settings, strategies as st

    from converter.text_reader import _TOKEN, _words

    for text in ("Secretary-General", "a--b -c- d-", "post- conflict", "\u00e9-a a-\u00e9 \u00df-b", "x\udc80y", ""):
        assert _words(text) == _TOKEN.findall(text)

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="aZq- \n.,1\u00e9\u201c\U0001d400\t", max_size=40))
    def same(text):
        assert _words(text) == _TOKEN.findall(text)

    same()


def test_fast_path_for_wrapped_lines_changes_nothing(monkeypatch):
    """_segment adds a line that goes on in a small letter without trying its rules: the same blocks as with them."""
    from converter import text_reader
    from converter.akn_reader import read_akn
    from converter.api import convert
    from converter.text_writer import to_text

    from .conftest import CORPUS, SAMPLES, corpus_or_skip

    monkeypatch.syspath_prepend(str(SAMPLES.parent / "benchmarks"))
    import shapes

    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "pdf-text").glob("*.txt"))]
    files = sorted(corpus_or_skip("un-akn", "eng").glob("7[567]/*.xml"))
    # every 50th file, and those with tables (rows of cells apart by "|" in the text)
    for p in [p for i, p in enumerate(files) if i % 50 == 0 or b"<table" in p.read_bytes()]:
        un = read_akn(p)
        texts.append(to_text(un, style="printed"))
        texts += [shapes.generate(un, shape, seed=p.name) for shape in ("pdf", "typed")]

    assert len(texts) > 20
    fast = [convert(t, markup_date="2026-01-01") for t in texts]
    monkeypatch.setattr(text_reader, "_WRAPPED_FAST_PATH", False)
    assert [convert(t, markup_date="2026-01-01") for t in texts] == fast


def test_first_words_are_those_of_the_word_pattern():
    from hypothesis import given, settings, strategies as st

    from converter.phrases import _LETTER_WORD, _first_words

    for text in ("Recalling also its resolution", "- -a- b--c", "", "1. 2.", "x" * 100 + " y", "Also, further;  decides"):
        for n in (1, 3, 4):
            assert list(_first_words(text, n)) == _LETTER_WORD.findall(text, 0, 80)[:n]

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="aZq- ,.1\u00e9\u201c", max_size=100), st.sampled_from((1, 3, 4)))
    def same(text, n):
        assert list(_first_words(text, n)) == _LETTER_WORD.findall(text, 0, 80)[:n]

    same()
