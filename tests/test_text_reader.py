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
    # typed with no blank lines: after a clause's end, before a common drafting verb
    typed = read_text(HEAD + "1. Welcomes the report;\n2. Calls for continued efforts;\n3 Calls upon all Member "
                      "States to act in\n4 areas of the report;\n4 .Recognizes the need to act.\n")
    assert [(b.num, b.text.split()[0]) for b in typed.body] == [
        ("1.", "Welcomes"), ("2.", "Calls"), ("3.", "Calls"), ("4.", "Recognizes")]
    assert "act in 4 areas of the report;" in typed.body[2].text
    # OCR's colon for the full stop
    colon = read_text(HEAD + "1. Welcomes the report;\n\n2: Decides to remain seized of the matter.\n")
    assert [b.num for b in colon.body] == ["1.", "2."]


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


def test_split_word_is_joined_only_where_the_joined_spelling_prevails():
    from converter.text_reader import _mend_split_words

    # an extractor's split: the document writes "International" elsewhere, and "Internati" is no word
    text = "the International Court, the International Law Commission and the Internati onal community"
    assert _mend_split_words(text) == text.replace("Internati onal", "International")
    # "web page" once beside "webpage" once is the author's spelling: both kept
    text = "the multilingual web page of the Assembly and its webpage on revitalization"
    assert _mend_split_words(text) == text


def test_heading_that_opens_like_a_recital_stands_alone():
    r = read_text("The General Assembly\n\nAdopts the following political declaration:\n\n"
                  "United against racism, racial discrimination, xenophobia and related intolerance\n\n"
                  "We, Heads of State and Government and representatives of States and Governments, gathered at "
                  "United Nations Headquarters in New York on 22 September 2021, on the occasion of the high-level "
                  "meeting,\n\n"
                  "1. Reaffirm that the Durban Declaration and Programme of Action provide a comprehensive United "
                  "Nations framework and solid foundation for combating racism;\n")
    texts = [b.text for b in r.preamble] + [b.text for b in r.body]
    assert "United against racism, racial discrimination, xenophobia and related intolerance" in texts
    # a recital wrapped with a stray blank line goes on: not a heading
    r = read_text("The General Assembly,\n\nAcknowledging the need to strengthen the cooperation between the United\n\n"
                  "Nations and INTERPOL,\n\n1. Decides to remain seized of the matter.\n")
    assert len(r.preamble) == 1


def test_superscript_footnote_number_may_skip_ahead_in_a_note_block():
    r = read_text("The General Assembly,\n\nRecalling its resolution 73/195,\u00b9\n\n"
                  "1. Welcomes the African Migration Observatory,\u2078 as well as the centres;\n\n"
                  "__________\n\u00b9 Resolution 73/195, annex.\n"
                  "\u2078 The African Migration Observatory is an organ of the African Union.\n")
    notes = {n.marker: n.text for b in r.iter_blocks() for n in b.notes}
    assert notes == {"1": "Resolution 73/195, annex.",
                     "8": "The African Migration Observatory is an organ of the African Union."}


def test_split_word_is_mended_only_in_text_laid_out_in_lines():
    from converter.text_reader import _mend_split_words

    recital = ("Stressing also the need for further action by States to promote a safe and enabling environment for "
               "human rights defenders and their protection, taking into account their diversity,")
    typo = recital.replace("for human", "for hu man") + "\n\n" + recital + "\n\n" + recital + "\n"
    assert _mend_split_words(typo) == typo  # each paragraph on one line: the author's spelling
    wrapped = "\n".join(line for p in typo.split("\n\n") for line in (p[:90], p[90:]))
    assert "hu man" not in _mend_split_words(wrapped)  # the same words as an extractor lays them out


def test_suspended_hyphen_at_a_line_end_keeps_its_space():
    r = read_text("The General Assembly,\n\nWelcoming her work in integrating a gender-\nand age-specific perspective "
                  "and the burden-\nor responsibility-sharing of all States, and well-\nbeing,\n\n"
                  "1. Decides to remain seized of the matter.\n")
    assert r.preamble[0].text == ("Welcoming her work in integrating a gender- and age-specific perspective and the "
                                  "burden- or responsibility-sharing of all States, and well-being,")


def test_call_glued_to_a_resolution_number_is_found_before_the_next_call():
    r = read_text("The General Assembly,\n\n1. Takes note of the report submitted pursuant to resolution\n"
                  "74/1673 and the report of the Special Rapporteur on Iran,4 submitted pursuant to\n"
                  "Council resolution 43/24;\n\n2. Decides to remain seized of the matter, see A/75/2873.\n"
                  "__________\n3 A/75/287.\n4 A/75/213.\n")
    first = r.body[0]
    assert "74/167 and" in first.text and [n.marker for n in first.notes] == ["3", "4"]
    assert "A/75/2873" in r.body[1].text and not r.body[1].notes


def test_call_glued_to_a_decision_symbol_with_a_long_number():
    r = read_text("The General Assembly,\n\n1. Underlines the request in decision 1/CP.2125 of the Conference of\n"
                  "the Parties, and the outcome of its session,26 and the report A/75/Add.12;\n\n"
                  "__________\n25 See FCCC/CP/2015/10/Add.1.\n26 See FCCC/CP/2016/10.\n")
    b = r.body[0]
    assert "1/CP.21 of" in b.text and "Add.12;" in b.text and [n.marker for n in b.notes] == ["25", "26"]


def test_call_glued_to_any_symbol_is_the_last_resort_between_two_calls():
    r = read_text("The General Assembly,\n\nTaking note of the decisions on article 8 (j) and related provisions,12 "
                  "decision CBD/CP/MOP/VIII/1913 and\ndecision CBD/NP/MOP/DEC/2/7,14 as well as of the work done,\n\n"
                  "1. Decides to include in the agenda of its seventy-sixth session the item, as set out in section 13 "
                  "of the report.\n__________\n12 See UNEP/CBD/COP/13/25.\n13 See UNEP/CBD/CP/MOP/8/17.\n"
                  "14 See CBD/NP/MOP/2/13.\n")
    recital = r.preamble[0]
    assert "MOP/VIII/19 and" in recital.text and [n.marker for n in recital.notes] == ["12", "13", "14"]
    assert "section 13 of" in r.body[0].text and not r.body[0].notes


def test_call_glued_to_a_resolution_the_document_cites_elsewhere():
    r = read_text("The General Assembly,\n\nRecalling its resolutions 71/205 of 19 December 2016 and 74/17 of "
                  "9 December 2019 on the problem of the militarization of Crimea,\n\n"
                  "Welcoming the reports submitted pursuant to\nresolutions 71/2057 and 72/190,8 and the reports of "
                  "the Secretary-General,\n\n1. Decides to remain seized of the matter.\n"
                  "__________\n7 See A/72/498.\n8 See A/73/404.\n")
    first, second = r.preamble
    assert "74/17 of 9 December" in first.text and not first.notes
    assert "71/205 and 72/190," in second.text and [n.marker for n in second.notes] == ["7", "8"]


def test_spaced_call_after_a_reference_word_is_the_last_resort_between_two_calls():
    r = read_text("The General Assembly,\n\nReaffirming its previous resolutions on the policy review,5 the triennial "
                  "review6 and other relevant resolutions 7 on the operational activities,8 and the period from "
                  "1 January to 30 June 2021,\n\n1. Decides to consider the report in paragraph 7 of its annex.\n"
                  "__________\n5 Resolution 71/243.\n6 Resolution 67/226.\n7 Resolutions 52/12 B and 74/297.\n"
                  "8 See A/75/73.\n")
    recital = r.preamble[0]
    assert "other relevant resolutions on the" in recital.text and "from 1 January" in recital.text
    assert [n.marker for n in recital.notes] == ["5", "6", "7", "8"]
    assert "paragraph 7 of" in r.body[0].text


def test_number_glued_after_no_is_no_call():
    r = read_text("The General Assembly,\n\nNoting the findings in its Greenhouse Gas Bulletin No.18, that carbon "
                  "dioxide levels rose,\n\nRecalling the Convention on the Law of the Sea,18\n\n"
                  "1. Decides to remain seized of the matter.\n__________\n18 United Nations, Treaty Series, vol. 1833.\n")
    assert "Bulletin No.18, that" in r.preamble[0].text and not r.preamble[0].notes
    assert [n.marker for n in r.preamble[1].notes] == ["18"]


def test_series_letter_under_a_typed_title_is_a_heading_with_its_call():
    r = read_text("United Nations common system\n\nB1\n\nThe General Assembly,\n\nRecalling its resolution "
                  "75/245 A of 31 December 2020,\n\n1. Decides to remain seized of the matter.\n"
                  "__________\n1 Resolution 75/245 A.\n")
    assert r.meta.title == "United Nations common system"
    assert [h.text for h in r.headings] == ["B"] and [n.marker for n in r.headings[0].notes] == ["1"]


def test_heading_wrapped_onto_a_short_line_before_the_next_paragraph():
    r = read_text("The General Assembly,\n\nRecalling its resolutions on the situation in Afghanistan,\n\n"
                  "1. Welcomes and urges further efforts to strengthen the process of regional economic\n"
                  "cooperation, and calls upon all regional countries to facilitate trade and transit;\n\n"
                  "United Nations Assistance Mission in Afghanistan and Joint Coordination and Monitoring\n"
                  "Board\n\n2.\nExpresses its appreciation for the appointment of the new Special Representative\n"
                  "of the Secretary-General for Afghanistan;\n")
    kinds = [(b.kind, b.num, b.text[:40]) for b in r.body]
    assert kinds[1] == ("heading", None, "United Nations Assistance Mission in Afg")
    assert r.body[1].text.endswith("Monitoring Board") and r.body[0].text.endswith("trade and transit;")
    assert r.body[2].num == "2."


def test_unpunctuated_lines_before_the_next_paragraph_number_are_a_heading():
    r = read_text("The General Assembly,\n\nRecalling its resolutions on human settlements,\n\n"
                  "1. Invites all Member States making financial contributions earmarked for the\n"
                  "operational activities of UN-Habitat to ensure that such resources are aligned;\n"
                  "Implementation of the New Urban Agenda to achieve the Sustainable Development\n\n"
                  "Goals\n2. Reaffirms that the New Urban Agenda will help to end poverty;\n")
    assert [(b.kind, b.num) for b in r.body] == [("paragraph", "1."), ("heading", None), ("paragraph", "2.")]
    assert r.body[0].text.endswith("are aligned;")
    assert r.body[1].text == "Implementation of the New Urban Agenda to achieve the Sustainable Development Goals"


def test_declaration_title_after_adopts_is_a_heading_of_its_own():
    r = read_text("The General Assembly\n\nAdopts the following declaration:\n\n"
                  "Declaration on the commemoration of the seventy-fifth anniversary of the United\nNations\n\n"
                  "1. We, the Heads of State and Government representing the peoples of the world,\n"
                  "have gathered on 21 September 2020 at the high-level meeting.\n")
    blocks = [(b.kind, b.text) for b in r.preamble + r.body]
    assert ("heading", "Declaration on the commemoration of the seventy-fifth anniversary of the United Nations") in blocks
    assert any(t == "Adopts the following declaration:" for _, t in blocks)


def test_article_heading_in_amended_text_and_its_short_first_sentence():
    r = read_text("The General Assembly,\n\nHaving considered the views of the Commission,\n\n"
                  "1. Recalls its resolutions 44/198 of 21 December 1989 and 45/259 of 3 May 1991, and decides to\n"
                  "amend articles 10 and 11 of the statute of the Commission to read as follows:\n"
                  "Article 10\nThe Commission shall make recommendations to the General Assembly on:\n"
                  "(a) The broad principles for the determination of the conditions of service of the\nstaff;\n"
                  "(b) Staff assessment.\nArticle 11\nThe Commission shall establish:\n"
                  "(a) The methods by which the principles for determining conditions of service\nshould be applied;\n"
                  "(b) Rates of allowances and benefits.\n")
    heads = [b.text for b in r.iter_blocks() if b.kind == "heading"]
    assert heads == ["Article 10", "Article 11"]
    texts = [b.text for b in r.iter_blocks()]
    assert "The Commission shall establish:" in texts


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


def test_list_item_after_a_sections_recital_keeps_its_words_and_never_crashes():
    text = ("The General Assembly,\n\nRecalling its earlier resolutions,\n\nI\n\nGeneral matters\n\n"
            "1. Decides on the following:\n(a) The first item;\n(b) The second item;\n\n"
            "Recalling also its resolution 60/1 of 16 September 2005,\n\n(c) The third item.\n")
    r = read_text(text)
    words = " ".join(b.text for b in r.iter_blocks())
    assert "(c) The third item." in words or any(b.num == "(c)" for b in r.iter_blocks())
    assert "The third item." in words


def test_markdown_footnote_goes_on_in_indented_lines_even_when_they_look_like_a_number():
    r = read_text("The General Assembly,\n\nRecalling the Conference on Disarmament,[^2]\n\n"
                  "1. Decides to remain seized of the matter.\n\n"
                  "[^2]: The Committee on Disarmament was redesignated the Conference on Disarmament as from 7 February\n"
                  "    1984.\n")
    assert not r.annexes
    assert [n.text for n in r.preamble[0].notes] == [
        "The Committee on Disarmament was redesignated the Conference on Disarmament as from 7 February 1984."]


def test_typed_title_may_end_in_a_parenthesis():
    r = read_text("Cooperation between the United Nations and the International Criminal Police\n"
                  "Organization (INTERPOL)\n\nThe General Assembly,\n\nRecalling its resolution 51/1 of 15 October 1996,\n\n"
                  "1. Decides to remain seized of the matter.\n")
    assert r.meta.title == "Cooperation between the United Nations and the International Criminal Police Organization (INTERPOL)"
    assert len(r.preamble) == 1


def test_running_title_wrapped_to_a_last_short_word_is_furniture():
    page = ("United Nations Programme of Assistance in the Teaching,\nStudy, Dissemination and Wider Appreciation "
            "of International\nLaw\nA/RES/77/102\n\n22-28247\n\n2/7\n")
    text = ("United Nations\nA/RES/77/102\nGeneral Assembly\nDistr.: General\n12 December 2022\n\n"
            "Resolution adopted by the General Assembly on 7 December 2022\n\n77/102. United Nations Programme of Assistance in the Teaching, Study, Dissemination and Wider "
            "Appreciation of International Law\n\nThe General Assembly,\n\nHaving considered the report of the "
            "Secretary-General,1\n\n__________________\n\n1 A/77/515.\n\n" + page +
            "\n1. Approves the guidelines and recommendations in the report;\n")
    r = read_text(text)
    notes = [n.text for b in r.iter_blocks() for n in b.notes]
    assert notes == ["A/77/515."]
    assert "Law" not in " ".join(b.text for b in r.iter_blocks()).split()


def test_running_title_is_one_block_of_lines_beside_the_symbol():
    text = ("United Nations\nA/RES/77/92\nGeneral Assembly\nDistr.: General\n12 December 2022\n\n"
            "Resolution adopted by the General Assembly on 7 December 2022\n\n"
            "77/92. Protection of the marine environment\n\nThe General Assembly,\n\n"
            "Recalling its resolutions on the protection of\n\nA/RES/77/92\n"
            "Protection of the marine environment\n\n2/5\n22-12345\n\n"
            "the marine environment\nand its resources,\n\n"
            "1. Decides to remain seized of the matter.\n")
    r = read_text(text)
    assert r.preamble[0].text == ("Recalling its resolutions on the protection of the marine environment and its "
                                  "resources,")


def test_wrapped_title_that_opens_with_a_drafting_word_stays_in_its_recital():
    r = read_text("The General Assembly,\n\n"
                  "Confirming its commitment to the Declaration on International Cooperation in the\n"
                  "Exploration and Use of Outer Space for the Benefit and in the Interest of All States,\n"
                  "Taking into Particular Account the Needs of Developing Countries, as contained in the\n"
                  "annex to its resolution 51/122 of 13 December 1996,\n"
                  "Taking into account the needs of developing countries and the work done in the field\n"
                  "of outer space,\n\n1. Decides to remain seized of the matter.\n")
    assert [b.text.split()[0] for b in r.preamble] == ["Confirming", "Taking"]
    assert "Taking into Particular Account" in r.preamble[0].text


def test_call_glued_to_a_code_the_document_writes_elsewhere():
    r = read_text("The General Assembly,\n\nExpressing concern at the impact of the COVID-19 pandemic,\n\n"
                  "1. Takes note of the statement of the Group of Least Developed Countries on COVID-1914 and\n"
                  "commits to supporting its implementation, as reaffirmed on 2 May 2020,15 and the year 1914;\n"
                  "__________\n14 See A/74/843.\n15 See A/74/844.\n")
    b = r.body[0]
    assert "on COVID-19 and" in b.text and "year 1914;" in b.text
    assert [n.marker for n in b.notes] == ["14", "15"]


def test_spaced_call_after_a_resolution_number_is_the_last_resort_between_two_calls():
    r = read_text("The General Assembly,\n\nHaving considered the report of the Group of Legal Experts established "
                  "pursuant to its resolution 59/300 9 and the reports of the Ad Hoc Committee, 10 as well as the "
                  "note by the Secretariat,\n\n1. Decides to include in its agenda the item, as in paragraph 9 of "
                  "the report.\n__________\n9 See A/60/980.\n10 See A/62/54.\n")
    recital = r.preamble[0]
    assert "resolution 59/300 and the reports" in recital.text and [n.marker for n in recital.notes] == ["9", "10"]
    assert "paragraph 9 of" in r.body[0].text


DECIMAL = ("The General Assembly,\n\nRecalling its resolution 73/6,\n\n1. Adopts the following objectives:\n\n"
           "Objective 1: Enhance benefits\n\n1.1 Raise awareness of the importance of space.\n\n"
           "1.2. Facilitate the integration of the space sector, which employs\n2.5 Million people, and\n"
           "2.5 per cent of the workforce.\n\n{alone}\n. Address issues arising from commercial activities.\n\n"
           "2. Decides to remain seized of the matter.\n")


def test_decimal_numbers_are_paragraphs_of_their_own_outside_the_count():
    r = read_text(DECIMAL.format(alone="1.3"))
    assert [(b.kind, b.num) for b in r.body] == [("paragraph", "1."), ("heading", None), ("paragraph", "1.1"),
                                               ("paragraph", "1.2."), ("paragraph", "1.3"), ("paragraph", "2.")]
    assert r.body[3].text.endswith("which employs 2.5 Million people, and 2.5 per cent of the workforce.")
    assert r.body[4].text == ". Address issues arising from commercial activities."


def test_decimal_number_out_of_sequence_is_not_a_paragraph_number():
    r = read_text(DECIMAL.format(alone="1.7"))  # a figure at a line's start, not the next item after 1.2
    assert [b.num for b in r.body] == ["1.", None, "1.1", "1.2.", "2."]
    assert "workforce. 1.7 . Address issues" in r.body[3].text


def test_long_wrapped_heading_before_a_numbered_paragraph_is_a_heading():
    r = read_text("The General Assembly,\n\n1. Decides to adopt the programme.\n\n"
                  "Overarching objective 1: Enhance space-derived economic benefits and strengthen\n"
                  "the role of the space sector as a major driver of sustainable development\n\n"
                  "2. Requests the Secretary-General to report on the matter.\n")
    assert [(b.kind, b.num) for b in r.body] == [("paragraph", "1."), ("heading", None), ("paragraph", "2.")]


def test_labels_typed_without_their_opening_parenthesis():
    r = read_text("The General Assembly,\n\nRecalling its resolution 73/6,\n\n1.\tDecides that:\n"
                  "a)\tThe first item, as in paragraph 2\nb) above;\nb)\tThe second item:\ni) sub one;\nii) sub two;\n"
                  "2.\tRequests the Secretary-General to report.\n")
    p1 = r.body[0]
    assert [c.num for c in p1.children] == ["a)", "b)"]
    assert p1.children[0].text == "The first item, as in paragraph 2 b) above;"
    assert [c.num for c in p1.children[1].children] == ["i)", "ii)"]
    assert r.body[1].num == "2."


REISSUED = ("United Nations A/RES/77/5\nGeneral Assembly Distr.: General\n18 November 2022\n"
            "Reissued for technical reasons on 5 December 2022\nSeventy-seventh session\nAgenda item 13\n"
            "2001-2010: Decade to Roll Back Malaria in Developing Countries\n"
            "Resolution adopted by the General Assembly on 10 November 2022\n"
            "[without reference to a Main Committee (A/77/L.5)]\n77/5. Example\n\nThe General Assembly,\n\n"
            "Recalling its previous resolutions,\n\n1. Decides to remain seized of the matter.\n")


def test_masthead_lines_no_field_holds_are_kept_as_printed():
    m = read_text(REISSUED).meta
    assert m.other == ["Reissued for technical reasons on 5 December 2022"]
    assert (m.symbol, m.issued, m.session, m.adopted) == ("A/RES/77/5", "2022-11-18", "Seventy-seventh session",
                                                          "2022-11-10")


def test_agenda_item_before_a_title_that_opens_with_a_year():
    m = read_text(REISSUED).meta
    assert m.agenda == ["Agenda item 13"]
    assert m.agenda_title == "2001-2010: Decade to Roll Back Malaria in Developing Countries"


def test_unknown_masthead_keeps_every_word_through_xml_and_back():
    from collections import Counter

    from converter import convert, to_text
    sc = ("United Nations S/RES/2712 (2023)\nSecurity Council Distr.: General\n15 November 2023\n\n"
          "Resolution 2712 (2023)\n\nAdopted by the Security Council at its 9479th meeting, on 15 November 2023\n\n"
          "The Security Council,\n\nRecalling its previous resolutions,\n\n1. Decides to remain seized of the matter.\n")
    for text in (REISSUED, sc):
        xml = convert(text, markup_date="2026-01-01")
        back = to_text(xml)
        assert not Counter(text.split()) - Counter(back.split())
        assert convert(back, markup_date="2026-01-01") == xml
    assert sorted(REISSUED.split()) == sorted(to_text(convert(REISSUED)).split())


def test_stray_blank_line_after_a_comma_inside_a_list_item_is_not_the_end_of_the_list():
    r = read_text("The General Assembly,\n\n1. Urges the Member States:\n(a) To end the practice of compelling residents"
                  " to serve, including through pressure or propaganda,\n\nand in particular ensure that residents are"
                  " not compelled to participate in\n\nmilitary operations;\n(b) To end also the practice of "
                  "prosecution;\n\n2. Decides to remain seized of the matter.\n")
    items = r.body[0].children
    assert [i.num for i in items] == ["(a)", "(b)"] and not r.body[0].wrap
    assert items[0].text.endswith("propaganda, and in particular ensure that residents are not compelled to "
                                  "participate in military operations;")


def test_typed_title_goes_on_after_a_stray_blank_line_unless_a_series_letter_follows():
    r = read_text("76/206. Implementation of the United Nations Convention to Combat\n\nDesertification in Those "
                  "Countries Experiencing Serious Drought\n\nThe General Assembly,\n\nRecalling its resolution 75/218,"
                  "\n\n1. Decides to remain seized of the matter.\n")
    assert r.meta.title == ("Implementation of the United Nations Convention to Combat Desertification in Those "
                            "Countries Experiencing Serious Drought")
    assert not r.headings
    r = read_text("75/245. United Nations common system\n\nB\n\nThe General Assembly,\n\nRecalling its resolution "
                  "75/218,\n\n1. Decides to remain seized of the matter.\n")
    assert r.meta.title == "United Nations common system" and [h.text for h in r.headings] == ["B"]


def test_section_heading_wrapped_at_a_comma_or_after_a_stray_blank_line():
    r = read_text("The General Assembly,\n\n1. Decides to adopt the programme;\n\nVI Special Rapporteur on contemporary "
                  "forms of racism,\nracial discrimination and related intolerance\n 2. Takes note of the report;\n\n"
                  "VII Funding of operational activities for development of the United Nations\n\nsystem\n"
                  "3. Recognizes the need for funding.\n")
    secs = [b for b in r.body if b.kind == "section"]
    assert [(s.num, s.heading) for s in secs] == [
        ("VI", "Special Rapporteur on contemporary forms of racism, racial discrimination and related intolerance"),
        ("VII", "Funding of operational activities for development of the United Nations system")]
    assert [c.num for s in secs for c in s.children] == ["2.", "3."]


def test_split_pieces_are_those_of_a_walk_over_the_sorted_words():
    from collections import Counter

    from hypothesis import given, settings, strategies as st

    from converter.text_reader import _NO_VOWEL, _split_pieces, _words

    def walk(words, counts):  # stems: rare words that begin the next word in sorted order; tails: vowelless words
        stems = {a for a, after in zip(words, words[1:]) if after.startswith(a) and counts[a] <= 3}
        return stems, {b for b in counts if len(b) <= 3 and _NO_VOWEL.match(b)}

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="abcstAZ- \n", max_size=80))
    def same(text):
        counts = Counter(_words(text))
        words = sorted(counts)
        assert _split_pieces(words, counts) == walk(words, counts)

    same()


def test_lines_are_joined_as_by_joining_them_one_by_one():
    """_join_lines (a footnote that goes on for many lines) and _Raw.add (a block's lines) give what _join_words
    gives line by line: a word split at a line end, a suspended hyphen, a range, a spaced hyphen, and lines of one or
    two characters among them."""
    import functools

    from hypothesis import example, given, settings, strategies as st

    from converter.text_reader import _join_lines, _join_words, _Raw

    pieces = st.sampled_from(["-", " ", " -", "\u2013", "\ue003", "-\ue003", "1", "2", "a", "t", "x", "B", "and",
                              "or", "to"])

    @settings(max_examples=500, deadline=None)
    @given(st.lists(st.lists(pieces, max_size=4).map("".join), min_size=1, max_size=7))
    @example(["the Secretary", "-", "general"])  # a hyphen alone on its line: "the Secretary-general"
    def same(lines):
        assert _join_lines(lines) == functools.reduce(_join_words, lines)
        raw = _Raw("para", "1.", lines[0])  # (a block's wrapped lines are joined so too)
        for line in lines[1:]:
            raw.add(line)
        assert raw.text == functools.reduce(_join_words, lines)

    same()


def test_emphasis_is_stripped_as_the_plain_lazy_pattern_strips_it():
    """_MD_EMPH finds the first letter inside the marks by a possessive run (in linear time: the plain lazy pattern
    below took seconds on a run-together PDF page's barcodes, "*2109022*"); it strips what the plain one strips."""
    import re

    from hypothesis import given, settings, strategies as st

    from converter.text_reader import _MD_EMPH

    plain = re.compile(r"(\*\*|__)(?=[^\s_*])(.*?[A-Za-z].*?)(?<=[^\s_*])\1"
                       r"|(?<![\w*])\*(?=[^\s*])(.*?[A-Za-z].*?)(?<=[^\s*])\*(?![\w*])")

    def inner(m):
        return m.group(2) or m.group(3)

    @settings(max_examples=500, deadline=None)
    @given(st.lists(st.sampled_from(["*", "**", "_", "__", "a", "B", "1", " ", "x y", "-", ".", "\u00e9"]),
                    max_size=12).map("".join))
    def same(line):
        assert _MD_EMPH.sub(inner, line) == plain.sub(inner, line)

    same()
    assert _MD_EMPH.sub(inner, "**Decides** to *act* on *2109022* A/RES/75/304") == \
        "Decides to act on *2109022* A/RES/75/304"


def test_bounded_count_is_that_of_the_pattern_with_word_boundaries():
    """_count_bounded counts as findall with \\b on both sides (or a small letter and a space before) counts."""
    import re

    from hypothesis import given, settings, strategies as st

    from converter.text_reader import _count_bounded

    text = st.lists(st.sampled_from(["a", "b", "c", "bc", " ", "-", "_", "1", "\u00e9", "A", "\n", ".", "la"]),
                    max_size=14).map("".join)

    @settings(max_examples=500, deadline=None)
    @given(text, st.sampled_from(["bc", "b", "a bc", "la la", "ab-c"]))
    def same(t, s):
        assert _count_bounded(t, s) == len(re.findall(r"\b" + re.escape(s) + r"\b", t))
        if " " not in s:
            assert _count_bounded(t, s, after_small=True) == len(re.findall(r"(?<=[a-z] )" + re.escape(s) + r"\b", t))

    same()


def test_words_split_at_marked_line_ends_are_fixed_as_by_a_search_of_all_the_text_so_far(monkeypatch):
    """fix_breaks keeps only the end of the text so far at hand (a paragraph with thousands of marked line ends took
    seconds); it gives what a search of all of it gives, words longer than what is kept included."""
    import re

    from hypothesis import given, settings, strategies as st

    from converter import text_reader

    def searched(text, fix):  # the word before each marked line end, searched for in all the text so far
        parts = text.split("\ue003")
        out = parts[0]
        for p in parts[1:]:
            m, n = re.search(r"([A-Za-z]+)-$", out), re.match(r"([a-z]+)", p)
            out = out[: m.start()] + fix(m.group(1) + "-" + n.group(1)) + p[n.end() :] if m and n else out + p
        return out

    def fix(word):  # joins some words, keeps others
        return word.replace("-", "") if len(word) % 2 else word

    monkeypatch.setattr(text_reader, "_BREAKS_KEPT", 3)

    @settings(max_examples=500, deadline=None)
    @given(st.lists(st.sampled_from(["a", "bc", "-", "-\ue003", " ", "X", "1", "\n", "é", "abcdefghij"]),
                    max_size=30).map("".join))
    def same(text):
        assert text_reader.fix_breaks(text, fix) == searched(text, fix)

    same()


def test_calls_above_a_growing_page_are_found_as_on_the_whole_page():
    """_CallsAbove answers for a page that grows line by line, looking again only at its last
    characters: the same answers as a look at the whole page each time, calls glued, spaced, after a year,
    superscript, or ruled out by what follows ("1 January", "1 500") near the end included."""
    from hypothesis import given, settings, strategies as st

    from converter.text_reader import _call_candidates, _CallsAbove, _TO_SUP

    def _called_above(page, marker):  # a look at the whole page
        text = "\n".join(page)
        return marker.translate(_TO_SUP) in text or any(c <= 2 for _, _, c in _call_candidates(text, marker))

    words = st.sampled_from(["Nations1", "Court 1", "1", "2", "resolution 59/3001", "in 2023.1", "Rights, 1 and", "¹",
                             "paragraph 1", "1 January", "the", "1 500", ";", "12", "Nations 2", "x" * 30])
    line = st.lists(words, max_size=5).map(" ".join)

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.tuples(st.lists(line, max_size=3), st.sampled_from(["1", "2"])), max_size=10),
           st.lists(line, max_size=2))
    def same(steps, before_page):
        lines, page, calls = list(before_page), len(before_page), _CallsAbove()
        for added, marker in steps:
            lines += added
            assert calls(lines, page, marker) == _called_above(lines[page:], marker)

    same()
    # a call near the end ruled out by a line added later: "… thereto 1" is a call until "January" follows it
    calls, lines = _CallsAbove(), ["The Convention and the Protocol thereto 1", "", "", ""]
    assert calls(lines, 0, "1") and _called_above(lines, "1")
    lines.append("January 2020 marked the date")
    assert not calls(lines, 0, "1") and not _called_above(lines, "1")


def test_split_word_precheck_changes_nothing():
    """_mend_split_words returns early where _may_join finds no pair it could join: the same text as without that
    check, on texts made of split words, their pieces and their whole spellings, and on the samples and corpus."""
    from hypothesis import given, settings, strategies as st

    from converter import text_reader
    from converter.text_reader import _mend_split_words

    from .conftest import CORPUS, SAMPLES

    def both(text):
        try:
            text_reader._SPLIT_PRECHECK = False
            full = _mend_split_words(text)
        finally:
            text_reader._SPLIT_PRECHECK = True
        return _mend_split_words(text), full

    pieces = ["Internati", "onal", "International", "impa", "ct", "impact", "Secretary", "General", "-General",
              "Secretary-General", "are", "as", "areas", "in", "to", "into", "web", "page", "webpage", "hu", "man",
              "human", "km", "th", "st", "x-ray", "x", "ray", "a", "an"]
    changed = []

    @settings(max_examples=600, deadline=None)
    @given(st.lists(st.tuples(st.sampled_from(pieces), st.sampled_from([" ", " ", " ", " -", "\n", ", ", "- "])),
                    max_size=30))
    def same(parts):
        text = "".join(w + sep for w, sep in parts)
        fast, full = both(text)
        assert fast == full
        changed.append(full != text)

    same()
    assert any(changed)  # the texts do hold pairs that are joined
    for text in ("including the progress of the work, its progres s and its planni ng and includi ng",  # each way to join
                 "the International Court, the International Law Commission and the Internati onal community",
                 "considering the impa ct of the Statute"):
        fast, full = both(text)
        assert fast == full != text
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "pdf-text").glob("*.txt"))]
    for text in texts:
        fast, full = both(text)
        assert fast == full


def test_rule_or_note_lines_are_those_of_a_test_of_each_line():
    from hypothesis import given, settings, strategies as st

    from converter.text_reader import _rule_or_note_lines

    sup = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"

    def each(lines):  # the test of each line that the search over all lines stands for
        glued = any("---" in l or "_____" in l for l in lines)
        return [i for i, l in enumerate(lines) if l and (
            l[0] in "_-\u2014" or ("0" <= l[0] <= "9" or l[0] in sup) and (l[1:2] in "0123456789" + sup
                                                                           or l[1:2].isspace())
            or glued and ("---" in l or "_____" in l))]

    @settings(max_examples=500, deadline=None)
    @given(st.lists(st.text(alphabet="1a_-\u2014 \t\u2028\u00b9\u0661.", max_size=7), max_size=12))
    def same(lines):
        assert _rule_or_note_lines(lines) == each(lines)

    same()


def test_clean_end_keeps_plain_ends_as_the_full_steps_do():
    from hypothesis import given, settings, strategies as st

    from converter.text_reader import _GLUED_CALL_END, _SENTINEL_END, _SUP_CHARS, _clean_end

    def steps(text):  # every step, without the shortcut for a plain last character
        t = text[-60:].rstrip()
        if t[-1:] == "\ue001":
            t = _SENTINEL_END.sub("", t).rstrip()
        t = t.rstrip(_SUP_CHARS).rstrip()
        if t[-1:].isdigit() or t[-1:] in "*\u2020\u2021":
            t = _GLUED_CALL_END.sub("", t)
        return t

    @settings(max_examples=500, deadline=None)
    @given(st.text(alphabet="aZ .,;:)\u201d\u2019\"!?12\u00b9*\u2020 \t\ue000\ue001", max_size=70))
    def same(text):
        assert _clean_end(text) == steps(text)

    same()


def test_single_spaced_is_the_whitespace_substitution():
    import re

    from hypothesis import given, settings, strategies as st

    from converter.text_reader import _single_spaced

    @settings(max_examples=500, deadline=None)
    @given(st.text(alphabet="a. \t\n\u00a0\u2028\u3000\x1c\u201c", max_size=20))
    def same(text):
        assert _single_spaced(text) == re.sub(r"\s+", " ", text)

    same()


def test_fast_paths_change_nothing_on_mixed_lines(monkeypatch):
    """Lines of every kind in random order, with and without blank lines between them (wrapped lines that go on in
    a small letter or a capital, after a blank line too, beside headings, items, rows, notes and drafting phrases,
    "éRecalling" among them): the same documents with the fast paths of _segment as without."""
    import random

    from converter import text_reader
    from converter.api import convert

    pool = ["The General Assembly,", "Recalling its resolution 1,", "Recalling that the", "1. Decides that",
            "2. Requests the", "(a) item;", "(b) the other", "I. Section title", "II", "A.", "A State party", "Annex",
            "Annex I", "A | B | C", "Guideline 1", "Article 10", "a See A/75/1.", "\u2022 bullet", "United Nations",
            "Organization helps to", "Noting with concern that", "Decides to", "Part one", "Introduction",
            "recalling its work", "\u00e9Recalling its resolution,", "\u03b1 Recalling x,", "b See A/75/2.", "l. Decides",
            "and so on.", "the end;", "of the", "New York, 22 to 24 March 2023", "64th plenary meeting",
            "10 December 2020", "* * *", "\u201cQuoted Text", "Scope", ""]
    rnd = random.Random(7)
    texts = ["\n".join(rnd.choice(pool) for _ in range(rnd.randint(2, 12))) for _ in range(600)]
    fast = [convert(t, markup_date="2026-01-01") for t in texts]
    monkeypatch.setattr(text_reader, "_WRAPPED_FAST_PATH", False)
    assert [convert(t, markup_date="2026-01-01") for t in texts] == fast


def test_section_heading_wrapped_over_full_lines_up_to_the_next_paragraph():
    body = ("The General Assembly,\n\n1. Calls upon States to address the impacts of underwater noise,\n"
            "taking into account the best available scientific information;\n{gap}"
            "II Implementation of the 1995 Agreement for the Implementation of the Provisions\n"
            "of the United Nations Convention on the Law of the Sea of 10 December 1982\n"
            "relating to the Conservation and Management of Straddling Fish Stocks and Highly\n"
            "Migratory Fish Stocks\n{gap}2. Welcomes the most recent accession to the Agreement, and calls upon\n"
            "all States to ratify or accede to the Agreement;\n")
    for gap in ("\n", ""):
        sec = [b for b in read_text(body.format(gap=gap)).body if b.kind == "section"]
        assert len(sec) == 1 and sec[0].heading.endswith("and Highly Migratory Fish Stocks")
        assert [c.num for c in sec[0].children] == ["2."]


def test_section_heading_wrapped_over_full_lines_up_to_a_recital_or_at_a_capital():
    # a budget resolution typed without blank lines: the heading's rest runs on in full lines (in small letters, or
    # at a name: "… Human Rights" / "Council at its …") up to the section's first recital
    text = ("The General Assembly,\n\n"
            "I Request for a subvention to the United Nations Institute for Disarmament Research\n"
            "resulting from the recommendations of the Board of Trustees of the Institute on the work\n"
            "programme of the Institute for 2021\n"
            "Having considered the note by the Secretary-General on the request for a subvention to the\n"
            "United Nations Institute for Disarmament Research,\n"
            "1. Takes note of the note by the Secretary-General;\n"
            "II Revised estimates resulting from resolutions and decisions adopted by the Human Rights\n"
            "Council at its forty-third, forty-fourth and forty-fifth sessions and revised estimates\n"
            "resulting from decision OS/14/101, adopted at the organizational session for the fifteenth\n"
            "cycle of the Council\n"
            "Having considered the reports of the Secretary-General and the related reports of the\n"
            "Advisory Committee,\n"
            "1. Takes note of the reports of the Secretary-General.\n")
    sec = read_text(text).body
    assert [b.kind for b in sec] == ["section", "section"]
    assert sec[0].heading.endswith("on the work programme of the Institute for 2021")
    assert sec[1].heading.endswith("adopted at the organizational session for the fifteenth cycle of the Council")
    for s in sec:
        assert [c.kind for c in s.children] == ["preamble", "paragraph"]
        assert s.children[0].text.startswith("Having considered the ")


def test_recital_first_line_before_a_stray_blank_line_is_no_heading():
    text = ("The General Assembly,\n\n1. Approves the revised scale;\n\n"
            "B Evolution of the margin and margin management around the desirable midpoint\n\n"
            "Recalling section I.B of its resolution 51/216 and the standing mandate from the General\n\n"
            "Assembly, in which the Commission is requested to continue its review of the relationship\n"
            "between the net remuneration of the staff (referred to as \u201cthe margin\u201d),\n\n"
            "1. Reaffirms that the range of 110 to 120 for the margin should continue to apply.\n")
    sec = read_text(text).body[1]
    assert sec.kind == "section" and sec.num == "B"
    assert [c.kind for c in sec.children] == ["preamble", "paragraph"]
    assert sec.children[0].text.startswith("Recalling section I.B of its resolution 51/216 and the standing mandate "
                                           "from the General Assembly, in which")


def test_section_heading_run_may_break_after_a_comma_and_unnumbered_decision_after_its_recital():
    text = ("The General Assembly,\n\n1. Approves the revised scale;\n"
            "IX Revised estimates resulting from resolutions and decisions adopted by the Human Rights\n"
            "Council at its forty-sixth, forty-seventh and forty-eighth regular sessions and thirtieth,\n"
            "thirty-first and thirty-second special sessions\n"
            "Having considered the report of the Secretary-General and the related report of the\n"
            "Advisory Committee,\n"
            "Takes note of the revised estimates arising from recosting owing to changes in the rates\n"
            "of exchange and inflation;\n"
            "X Contingency fund\n"
            "1. Recalls its resolution 75/253 A.\n")
    sec = read_text(text).body[1]
    assert sec.kind == "section" and sec.heading.endswith("thirty-first and thirty-second special sessions")
    assert [c.kind for c in sec.children] == ["preamble", "paragraph"]
    assert sec.children[1].text.startswith("Takes note of the revised estimates")


def test_section_heading_goes_on_after_a_stray_blank_line_at_an_open_end():
    text = ("The General Assembly,\n\n1. Approves the revised scale;\n"
            "II Revised estimates resulting from resolutions and decisions adopted by the Economic and\n\n"
            "Social Council at its 2020 session\n"
            "Having considered the report of the Secretary-General,\n"
            "1. Takes note of the report of the Secretary-General.\n")
    sec = read_text(text).body[1]
    assert sec.kind == "section" and sec.heading.endswith("by the Economic and Social Council at its 2020 session")
    assert [c.kind for c in sec.children] == ["preamble", "paragraph"]


def test_recital_opening_with_an_adverb_and_a_common_word_after_a_full_line():
    # "Equally concerned" after a full line that ends with a comma is a new recital; "Particularly in Africa" in the
    # same place goes on with a name ("… Drought and/or Desertification," / "Particularly in Africa, …")
    text = ("The General Assembly,\n"
            "Deeply concerned by all human rights violations and abuses committed in relation to the\n"
            "safety of journalists, as well as intimidation, harassment and other forms of violence,\n"
            "Equally concerned about incidences of extraterritorial targeting of journalists and media\n"
            "workers, including harassment, surveillance and arbitrary deprivation of life,\n"
            "Acknowledging the work of the United Nations Convention to Combat Desertification in\n"
            "Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa,\n"
            "1. Decides to remain seized of the matter.\n")
    pre = read_text(text).preamble
    assert [p.text.split()[0] for p in pre] == ["Deeply", "Equally", "Acknowledging"]
    text2 = text.replace("Desertification, Particularly in Africa,\n", "Desertification,\nParticularly in Africa, "
                         "towards mitigating sand and dust storm issues at their source,\n")
    assert [p.text.split()[0] for p in read_text(text2).preamble] == ["Deeply", "Equally", "Acknowledging"]


def test_name_going_on_after_a_page_break_is_no_new_recital():
    head = ("A/RES/76/211 Combating sand and dust storms\n\nThe General Assembly,\n\n"
            "Recalling its resolutions on combating sand and dust storms, and taking note of the reports\n"
            "of the Secretary-General on the subject, including the report entitled \u201cCombating sand\n"
            "and dust storms\u201d and all the other reports that have been submitted on the matter,\n"
            "Acknowledging the work done by the secretariat of the United Nations Convention to Combat\n"
            "Desertification in Those Countries Experiencing Serious Drought and/or Desertification,\n\n"
            "21-19272\n3/9\n\n")
    text = head + ("Particularly in Africa, towards mitigating sand and dust storm issues at source, and\n"
                   "acknowledging also the continuing support of the Food and Agriculture Organization,\n"
                   "1. Decides to remain seized of the matter.\n")
    pre = read_text(text).preamble
    assert [p.text.split()[0] for p in pre] == ["Recalling", "Acknowledging"]
    assert "Drought and/or Desertification, Particularly in Africa, towards" in pre[1].text
    # a common drafting phrase after the page break is a new recital
    pre = read_text(text.replace("Particularly in Africa, towards", "Recalling also the efforts made towards")).preamble
    assert [p.text.split()[0] for p in pre] == ["Recalling", "Acknowledging", "Recalling"]


def test_quoted_text_after_a_short_line_that_ends_with_a_colon_or_full_stop_in_a_numbered_body():
    text = ("The General Assembly,\n\n"
            "1. Recalls the report of the Secretary-General on the opening of the regular sessions of the\n"
            "General Assembly and decides to amend rule 1 of the rules of procedure to read, effective\n"
            "from the opening of the seventy-eighth session:\n"
            "The General Assembly shall meet every year in regular session commencing on the\n"
            "Tuesday of the second week in September, counting from the first week that contains\n"
            "at least one working day.\n"
            "The general debate in the General Assembly shall open on the Tuesday of the fourth\n"
            "week in September, and shall be held without interruption over nine working days;\n"
            "2. Decides to include in the provisional agenda of its seventy-sixth session the item.\n")
    body = read_text(text).body
    assert [(b.kind, b.num) for b in body] == [("paragraph", "1."), ("paragraph", None), ("paragraph", None),
                                                ("paragraph", "2.")]
    assert body[1].text.startswith("The General Assembly shall meet") and body[1].text.endswith("working day.")


def test_lone_section_number_over_a_heading_wrapped_at_a_comma():
    text = ("The General Assembly,\n\n1.\nStrongly appeals to all Governments to contribute generously to the\n"
            "trust fund, and requests the Secretary-General to encourage contributions;\nVI\n"
            "Special Rapporteur of the Human Rights Council on contemporary forms of racism,\n"
            "racial discrimination, xenophobia and related intolerance\n2.\n"
            "Takes note of the report of the Special Rapporteur.\n")
    body = read_text(text).body
    assert [(b.kind, b.num) for b in body] == [("paragraph", "1."), ("section", "VI")]
    assert body[1].heading.endswith("forms of racism, racial discrimination, xenophobia and related intolerance")
    assert [c.num for c in body[1].children] == ["2."]


# A/RES/73/3 as pdfminer gives it: its first page up to the page break, and the words after the next page's head
TB_PAGE_ONE = ("United Nations A/RES/73/3\nGeneral Assembly Distr.: General\n18 October 2018\nSeventy-third session\n"
               "Agenda item 129\n\nResolution adopted by the General Assembly on 10 October 2018\n\n"
               "[without reference to a Main Committee (A/73/L.4)]\n\n"
               "73/3. Political declaration of the high-level meeting of the\n"
               "General Assembly on the fight against tuberculosis\n\nThe General Assembly,\n\n"
               "Recalling its resolutions on tuberculosis, and stressing that the disease requires a\n"
               "comprehensive response, including one that addresses the social and economic\n\n")
TB_PAGE_TWO = "determinants of the epidemic,\n\n1. Decides to remain seized of the matter.\n"


def test_running_title_one_blank_line_under_the_symbol_is_page_furniture():
    # pdfminer puts a blank line between the running symbol and the running title at the top of a page
    text = TB_PAGE_ONE + ("18-16895 (E) 241018\n\n\f"
                          "A/RES/73/3 \n\nPolitical declaration of the high-level meeting of the General Assembly \n"
                          " on the fight against tuberculosis \n\n") + TB_PAGE_TWO
    r = read_text(text)
    assert r.preamble[0].text.endswith("addresses the social and economic determinants of the epidemic,")


def test_title_of_an_adopted_declaration_alone_between_blank_lines_is_a_heading():
    text = ("The General Assembly\n\n"
            "Adopts the following political declaration of the high-level meeting of the General\n"
            "Assembly to commemorate the twentieth anniversary of the adoption of the Durban\n"
            "Declaration and Programme of Action:\n\n"
            "United against racism, racial discrimination, xenophobia and related intolerance\n\n"
            "We, Heads of State and Government and representatives of States and Governments,\n"
            "gathered at United Nations Headquarters in New York on 22 September 2021,\n\n"
            "1. Reaffirm that the Durban Declaration and Programme of Action is the framework.\n")
    body = read_text(text).body
    assert [b.kind for b in body] == ["paragraph", "heading", "paragraph", "paragraph"]
    assert body[1].text == "United against racism, racial discrimination, xenophobia and related intolerance"


def test_title_of_an_adopted_declaration_wrapped_over_two_lines_is_a_heading():
    text = ("The General Assembly\n\n"
            "Adopts the following political declaration approved by the high-level meeting\n\n"
            "of the General Assembly on the fight against tuberculosis on 26 September 2018:\n\n"
            "Political declaration of the high-level meeting of the\n"
            "General Assembly on the fight against tuberculosis\n\n"
            "United to end tuberculosis: an urgent global response to a global epidemic\n\n"
            "We, Heads of State and Government and representatives of States and Governments, assembled\n"
            "at the United Nations in New York on 26 September 2018, with a dedicated focus for the first\n"
            "time on the global tuberculosis epidemic, reaffirm our commitment to ending the epidemic\n"
            "globally by 2030 in line with the Sustainable Development Goals target, and we therefore:\n\n"
            "1. Reaffirm the 2030 Agenda for Sustainable Development, including the resolve to end the\n"
            "tuberculosis epidemic by 2030, and the Addis Ababa Action Agenda of the Third International\n"
            "Conference on Financing for Development;\n")
    r = read_text(text)
    blocks = r.preamble + r.body
    assert [b.kind for b in blocks if b.kind == "heading"] == ["heading", "heading"]
    heads = [b.text for b in blocks if b.kind == "heading"]
    assert heads == ["Political declaration of the high-level meeting of the General Assembly on the fight against "
                     "tuberculosis", "United to end tuberculosis: an urgent global response to a global epidemic"]
    assert blocks[0].text.endswith("on 26 September 2018:")


def test_title_under_a_typed_symbol_is_the_title_not_a_masthead_line():
    text = ("A/RES/78/12\n\nStrengthening of the coordination of emergency humanitarian assistance\n\n"
            "The General Assembly,\n\nRecalling its resolution 46/182,\n\n1. Decides to remain seized of the matter.\n")
    meta = read_text(text).meta
    assert meta.symbol == "A/RES/78/12" and meta.number == "78/12"
    assert meta.title == "Strengthening of the coordination of emergency humanitarian assistance"
    assert meta.other == []
    # a line no field takes above the number-and-title line stays in the masthead, as printed
    kept = read_text("A/RES/78/12\nReissued for technical reasons on 5 December 2022\n\n78/12. Strengthening of the "
                     "coordination\n\nThe General Assembly,\n\n1. Decides to remain seized of the matter.\n").meta
    assert kept.other == ["Reissued for technical reasons on 5 December 2022"]
    assert kept.title == "Strengthening of the coordination"


def test_footnotes_in_brackets_as_copied_from_a_web_page():
    text = ("The General Assembly,\n\n"
            "Recalling its resolution 46/182 and the Sendai Framework for Disaster Risk Reduction 2015–2030,[1]\n\n"
            "Taking note of the report of the Secretary-General [2] and of its recommendations,\n\n"
            "1. Decides to remain seized of the matter.\n\n[1] Resolution 69/283, annex II.\n[2] A/78/84.\n")
    r = read_text(text)
    assert [(n.marker, n.text) for b in r.preamble for n in b.notes] == [("1", "Resolution 69/283, annex II."),
                                                                        ("2", "A/78/84.")]
    assert r.preamble[0].text.endswith("2015–2030,") and "[" not in r.preamble[1].text
    assert r.body[0].text == "Decides to remain seized of the matter."
    # a bracketed number with no note line for it is text
    plain = read_text(text.replace("\n\n[1] Resolution 69/283, annex II.\n[2] A/78/84.\n", "\n"))
    assert plain.preamble[0].text.endswith("2015–2030,[1]") and not plain.preamble[0].notes


def test_label_glued_to_its_text():
    r = read_text("The General Assembly,\n\n1. Requests the Secretary-General to report on:\n(a)progress made;\n"
                  "(b)\u201cgaps\u201d remaining;\n\n2. Decides to remain seized of the matter.\n")
    p1 = r.body[0]
    assert [(c.num, c.text) for c in p1.children] == [("(a)", "progress made;"), ("(b)", "\u201cgaps\u201d remaining;")]


def test_run_on_text_with_every_line_break_lost_reads_as_the_original():
    from pathlib import Path

    from converter.api import convert

    seed = (Path(__file__).resolve().parent.parent / "samples" / "A_RES_65_124.txt").read_text(encoding="utf-8")
    one = " ".join(seed.split())
    assert "\n" not in one.strip()
    assert convert(one, markup_date="2026-01-01") == convert(seed, markup_date="2026-01-01")


def test_run_on_text_breaks_at_formula_recitals_numbers_labels_and_closing():
    text = ("[without reference to a Main Committee (A/78/L.1)] 78/1. Cooperation with the Organization "
            "The General Assembly, Recalling its resolution 46/182 of 19 December 1991,\u00b9 Deeply concerned at the "
            "increasing number of natural disasters, which affect the interests of the peoples, 1. Takes note of the "
            "report; 2. Requests the Secretary-General to report on: (a) The progress made; (b) The gaps that remain; "
            "3. Decides to remain seized of the matter. 75th plenary meeting 5 December 2023")
    r = read_text(text)
    assert r.meta.title == "Cooperation with the Organization" and r.formula == "The General Assembly,"
    assert [p.text.split()[0] for p in r.preamble] == ["Recalling", "Deeply"]
    assert [b.num for b in r.body] == ["1.", "2.", "3."]
    assert [c.num for c in r.body[1].children] == ["(a)", "(b)"]
    assert r.closing.meeting == "75th plenary meeting" and r.closing.date == "2023-12-05"
    # sections: a number and heading right before the section's first paragraph, numbered on or anew
    for first in ("3", "1"):
        second = str(int(first) + 1)
        sections = ("The General Assembly, Recalling its resolution 46/182 of 19 December 1991 on the strengthening "
                    "of the coordination of emergency humanitarian assistance of the United Nations, "
                    "1. Takes note of the report; "
                    f"2. Requests a report; II Contribution of operational activities {first}. Reiterates the call; "
                    f"{second}. Decides to remain seized of the matter.")
        body = read_text(sections).body
        assert [(b.kind, b.num) for b in body] == [("paragraph", "1."), ("paragraph", "2."), ("section", "II")]
        assert body[2].heading == "Contribution of operational activities"
        assert [c.num for c in body[2].children] == [first + ".", second + "."]
    # a long paragraph that cites numbers out of order, or a number after a comma, is left whole
    long = ("The General Assembly, 1. Recalls paragraphs 3. Of the report and 2. The annex, as well as paragraph 5, "
            + "and the related discussion " * 20 + "in the Committee.")
    assert [b.num for b in read_text(long).body] == ["1."]


def test_sentence_opening_with_a_plural_noun_and_a_modal_goes_on_in_its_paragraph():
    text = ("The General Assembly,\n\n1. Adopts the rules annexed to the present resolution.\n\n"
            "Annex\n\nRules of the awards\n\n"
            "1. The awards shall be open to all partnerships at the local and national levels.\n\n"
            "2. Self-nominations and nominations by third parties are both acceptable.\n"
            "Nominations can also be submitted by the following:\n\n(a) Governments of Member States;\n\n"
            "(b) Entities of the United Nations system.\n")
    annex = read_text(text).annexes[0]
    p2 = [b for b in annex.blocks if b.num == "2."][0]
    assert p2.text.endswith("are both acceptable. Nominations can also be submitted by the following:")
    assert [c.num for c in p2.children] == ["(a)", "(b)"]


def test_annex_sentence_opening_with_a_plural_noun_stays_in_its_numbered_paragraph():
    text = ("The General Assembly,\n\n1. Adopts the guidelines annexed to the present resolution.\n\n"
            "Annex\n\nGuidelines for voluntary national reviews\n\n"
            "1. Countries presenting voluntary national reviews are encouraged to report on progress.\n"
            "Countries having already conducted a voluntary national review could consider highlighting trends.\n\n"
            "2. Declarations under article 18 shall be made at the time of ratification or accession.\n"
            "Declarations made at the time of signature are subject to confirmation upon ratification.\n")
    blocks = read_text(text).annexes[0].blocks
    paras = [b for b in blocks if b.kind != "heading"]
    assert [b.num for b in paras] == ["1.", "2."]
    assert paras[0].text.endswith("could consider highlighting trends.")
    assert paras[1].text.endswith("subject to confirmation upon ratification.")


def test_annex_title_line_ending_in_a_function_word_goes_on():
    text = ("The General Assembly,\n\n1. Endorses the Declaration annexed to the present resolution.\n\n"
            "53rd plenary meeting\n16 December 2021\n\nAnnex\n\n"
            "Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of\n"
            "Law: Towards the Achievement of the 2030 Agenda for Sustainable Development\n\n"
            "We, Heads of State and Government, Ministers and Representatives of Member States,\n\n"
            "1. Declare our commitment to the rule of law, and to the Declaration adopted at Kyoto in 1970.\n")
    annex = read_text(text).annexes[0]
    assert annex.title == ("Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: "
                           "Towards the Achievement of the 2030 Agenda for Sustainable Development")


def test_annex_title_in_title_case_goes_on_over_full_lines_to_its_year():
    text = ("The General Assembly,\n\n1. Approves the provisional agenda annexed to the present resolution.\n\n"
            "Annex I\n\n"
            "Provisional agenda of the United Nations Conference on the Midterm Comprehensive\n"
            "Review of the Implementation of the Objectives of the International Decade for\n"
            "Action, \u201cWater for Sustainable Development\u201d, 2018\u20132028\n\n"
            "New York, 22 to 24 March 2023\n\n1. Opening of the Conference.\n\n2. Election of the President.\n")
    annex = read_text(text).annexes[0]
    assert annex.title.startswith("Provisional agenda of the United Nations Conference on the Midterm Comprehensive "
                                  "Review of the Implementation")
    assert annex.title.endswith("Decade for Action, \u201cWater for Sustainable Development\u201d, 2018\u20132028")
    # a title in small letters that ends its line is followed by a subtitle, then the text
    text2 = ("The General Assembly,\n\n1. Endorses the political declaration annexed to the present resolution.\n\n"
             "Annex\n\nPolitical declaration of the high-level meeting on improving global road safety\n"
             "The 2030 horizon for road safety: securing a decade of action and delivery\n"
             "We, ministers and other representatives of States and Governments, assembled at the\n"
             "United Nations on 30 June and 1 July 2022, for a high-level meeting on road safety:\n"
             "1. Recognize that road safety is an urgent development priority.\n")
    annex2 = read_text(text2).annexes[0]
    assert annex2.title == "Political declaration of the high-level meeting on improving global road safety"


def test_name_going_on_in_a_numbered_paragraph_after_a_comma_and_a_stray_blank_line():
    text = ("The General Assembly,\n\nRecalling its resolution 76/206,\n\n"
            "1. Takes note of the report of the Secretary-General on the implementation of\n"
            "resolution 76/206 on the United Nations Convention to Combat Desertification\n"
            "in Those Countries Experiencing Serious Drought and/or Desertification,\n\n"
            "Particularly in Africa;\n"
            "2. Welcomes the decisions of the fifteenth session of the Conference of the Parties;\n")
    body = read_text(text).body
    assert [b.num for b in body] == ["1.", "2."]
    assert body[0].text.endswith("and/or Desertification, Particularly in Africa;")


def test_formula_with_letters_ocr_confuses_is_the_formula_kept_as_printed():
    for printed in ("Tbe General Assemb1y,", "The Genera1 Assernbly,", "Tlie General Asscmbly,"):
        r = read_text(f"Cooperation between the United Nations and the Organization\n\n{printed}\n\n"
                      "Recalling its resolution 64/183,\n\n1. Decides to remain seized of the matter.\n")
        assert r.formula == printed and r.meta.title == "Cooperation between the United Nations and the Organization"
        assert [b.kind for b in r.preamble] == ["preamble"]


def test_page_numbers_as_word_processors_print_them_are_furniture():
    for furniture in ("Page 2", "Page 2 of 3"):
        text = ("The General Assembly,\n\nRecalling its resolution 64/183 on cooperation between the United Nations\n"
                f"and the Organization, and its decision on the matter,\n\n{furniture}\n\n"
                "1. Decides to remain seized of the matter.\n")
        r = read_text(text)
        assert r.preamble[0].text.endswith("and the Organization, and its decision on the matter,")
        assert [b.num for b in r.body] == ["1."]


def test_section_heading_cut_by_a_page_break_or_a_stray_blank_line_goes_on_after_it():
    text = ("United Nations A/RES/75/237\nGeneral Assembly Distr.: General\n4 January 2021\nSeventy-fifth session\n"
            "Agenda item 71 (b)\n\nResolution adopted by the General Assembly on 31 December 2020\n\n"
            "[on the report of the Third Committee (A/75/480/Add.1)]\n\n"
            "75/237. A global call for concrete action for the elimination of racism\n\nThe General Assembly,\n\n"
            "Recognizing that the global fight against racism, racial discrimination, xenophobia and\n"
            "related intolerance is a matter of priority for the international community,\n"
            "I International Convention on the Elimination of All Forms of Racial\n\n"
            "21-00003 4/9\n\n"
            "Discrimination\n"
            "1. Reaffirms the paramount importance of universal adherence to the Convention;\n"
            "2. Calls upon States that have not done so to accede to the Convention.\n")
    for cut in ("\n\n21-00003 4/9\n\n", "\n\n"):  # a page break, or a stray blank line in a typed copy
        sec = read_text(text.replace("\n\n21-00003 4/9\n\n", cut)).body[0]
        assert sec.kind == "section" and sec.heading == ("International Convention on the Elimination of All Forms "
                                                         "of Racial Discrimination")
        assert [c.num for c in sec.children] == ["1.", "2."]


def test_section_heading_rest_in_full_lines_after_a_stray_blank_line():
    text = ("The General Assembly,\n\n1. Calls upon States to address the impacts of underwater noise, taking into\n"
            "account the best available scientific information and the precautionary approach;\n\n"
            "II Implementation of the 1995 Agreement for the Implementation of the Provisions of\n\n"
            "the United Nations Convention on the Law of the Sea of 10 December 1982 relating to\n"
            "the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish\n"
            "Stocks\n\n2. Welcomes the most recent accession to the Agreement, and calls upon all States\n"
            "to ratify or accede to the Agreement;\n")
    sec = read_text(text).body[1]
    assert sec.kind == "section" and sec.heading.endswith("Straddling Fish Stocks and Highly Migratory Fish Stocks")
    assert [c.num for c in sec.children] == ["2."]


def test_two_line_heading_without_blank_lines_before_a_numbered_paragraph():
    text = ("The General Assembly,\n\n"
            "1. Approves the support account requirements in the amount of 355,694,500 dollars for the\n"
            "financial period from 1 July 2022 to 30 June 2023, inclusive of related post and non-post\n"
            "requirements;\n"
            "Financing of the support account for peacekeeping operations for the financial periods\n"
            "from 1 July 2020 to 30 June 2021 and from 1 July 2022 to 30 June 2023\n"
            "2.\nDecides that the requirements for the support account shall be financed as follows.\n")
    body = read_text(text).body
    assert [(b.kind, b.num) for b in body] == [("paragraph", "1."), ("heading", None), ("paragraph", "2.")]
    assert body[1].text.endswith("and from 1 July 2022 to 30 June 2023")


def test_typed_series_letter_and_part_title_under_the_title():
    text = ("Questions relating to information\n\nA\nInformation in the service of humanity\nThe General Assembly,\n\n"
            "Taking note of the report of the Committee on Information,\n\n"
            "1. Urges all countries to cooperate in reducing existing disparities in information flows.\n")
    r = read_text(text)
    assert r.meta.title == "Questions relating to information"
    assert [h.text for h in r.headings] == ["A", "Information in the service of humanity"]
    assert r.formula == "The General Assembly," and len(r.preamble) == 1


def test_title_part_after_its_colon_is_no_new_recital():
    text = ("The General Assembly,\n\n"
            "Appreciating the fact that the Summit of the Group of 20 held in Hamburg, Germany, on 7 and\n"
            "8 July 2017 endorsed the Hamburg Update:\n"
            "Taking Forward the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development,\n"
            "Taking note of the report of the Secretary-General,\n\n1. Decides to remain seized of the matter.\n")
    pre = read_text(text).preamble
    assert [p.text.split()[0] for p in pre] == ["Appreciating", "Taking"]
    assert "Hamburg Update: Taking Forward the Group of 20" in pre[0].text


def test_sentence_cut_by_a_page_break_under_a_heading_is_no_heading():
    # paragraphs each on one line (a cleaner joined them), a page break inside one right after "Article 7"
    text = ("The General Assembly,\n\n1. Adopts the regulations annexed to the present resolution.\n\nAnnex\n\n"
            "Regulations to give effect to Article 102 of the Charter of the United Nations\n\nArticle 6\n\n"
            "The date of receipt by the Secretariat of the United Nations of the treaty or international agreement "
            "registered shall be deemed to be the date of registration, provided that the date of registration shall "
            "be the date on which the Secretariat received all the information required.\n\nArticle 7\n\n"
            "A certificate of registration signed by the Secretary-General shall be issued to the registering party, "
            "or specialized agency or\n\n21-18512 3/9\n\n"
            "depositary, and also, upon request, to all the signatories and parties to the treaty or international "
            "agreement.\n")
    blocks = read_text(text).annexes[0].blocks
    cert = [b for b in blocks if b.text.startswith("A certificate")]
    assert len(cert) == 1 and cert[0].kind == "text"
    assert cert[0].text.endswith("or specialized agency or depositary, and also, upon request, to all the signatories "
                                 "and parties to the treaty or international agreement.")


def test_closing_words_after_a_list_without_a_blank_line():
    r = read_text("The General Assembly,\n\n1. Condemns the use of chemical weapons reported in:\n"
                  "(a) The first report of the Team, of 8 April 2020;\n(b) The second report of the Team;\n"
                  "and demands that the perpetrators immediately desist from any further use of chemical\n"
                  "weapons;\n2. Requests the Secretary-General to include the following:\n"
                  "(a) A summary of the report;\nand to that end a table of the costs;\n(b) Background information.\n")
    p1, p2 = r.body
    assert [c.num for c in p1.children] == ["(a)", "(b)"]
    assert p1.wrap == "and demands that the perpetrators immediately desist from any further use of chemical weapons;"
    assert [c.num for c in p2.children] == ["(a)", "(b)"] and not p2.wrap
    assert p2.children[0].text == "A summary of the report; and to that end a table of the costs;"


CONDITIONS = ("The General Assembly,\nRecalling its resolutions 44/198 of 21 December 1989,\n1.\nTakes note with "
              "appreciation of the work of the International Civil Service Commission\nand of its report;\n2.\n"
              "Requests the Commission to review the scope and parameters of the non-family service\nallowance, in "
              "particular the eligibility of staff without dependants, and to report\nthereon to the General "
              "Assembly at its seventy-eighth session of the Assembly;\n{gap}"
              "Conditions of service of staff in the Professional and higher categories\n{letter}\n"
              "Recalling its resolution 44/198, by which it established a floor net salary level\nfor staff in the "
              "Professional and higher categories,\n1.\nApproves, with effect from 1 January 2022, the revised "
              "unified salary scale;\n")


def test_plural_noun_with_of_is_no_drafting_verb_and_a_lettered_section_follows_a_heading():
    from converter import phrases

    assert not phrases.operative_opener("Conditions of service of staff")
    assert phrases.operative_opener("Takes note of the report") and phrases.operative_opener("Also requests the")
    for gap, letter in (("", "A\nBase/floor salary scale"), ("\n", "A Base/floor salary scale")):
        body = read_text(CONDITIONS.format(gap=gap, letter=letter)).body
        assert [(b.kind, b.num) for b in body[2:]] == [("heading", None), ("section", "A")]
        assert body[2].text == "Conditions of service of staff in the Professional and higher categories"
        assert body[3].heading == "Base/floor salary scale"
        assert [(c.kind, c.num) for c in body[3].children] == [("preamble", None), ("paragraph", "1.")]


def test_the_article_a_at_a_wrapped_line_start_is_no_section_letter():
    r = read_text("The General Assembly,\n\n1. Welcome the convening of the first World Health Organization Global\n"
                  "Ministerial Conference on Ending Tuberculosis in the Sustainable Development Era:\n"
                  "A  Multisectoral Response, held in Moscow on 16 and 17 November 2017, and take\n"
                  "note with appreciation of its Moscow Declaration to End TB;\n\n"
                  "2. Commit to providing leadership to end the epidemic;\n\nAnnex I\n\n"
                  "A Posts to be established under the support account for peacekeeping operations\n"
                  "for the period from 1 July 2021 to 30 June 2022\n\nThe posts are listed below.\n")
    assert [(b.kind, b.num) for b in r.body] == [("paragraph", "1."), ("paragraph", "2.")]
    assert "Era: A Multisectoral Response" in r.body[0].text
    assert [(b.kind, b.num) for b in r.annexes[0].blocks][:1] == [("section", "A")]


def test_spaced_call_at_a_paragraphs_end_beats_the_same_digits_inside_it():
    r = read_text("The General Assembly,\n\nEmphasizing the importance of action in the marine sector as recognized "
                  "in chapter 17 of Agenda 21, 21\n\nRecalling the work done by the International Maritime "
                  "Organization,\n\n1. Decides to remain seized of the matter.\n\n__________\n\n21 Report of the "
                  "United Nations Conference on Environment and Development, annex II.\n")
    rec = r.preamble[0]
    assert rec.text.endswith("chapter 17 of Agenda 21,")
    assert [(n.marker, n.at) for n in rec.notes] == [("21", len(rec.text))]


def test_stray_blank_line_inside_a_name_in_a_recital_is_no_new_recital():
    r = read_text("The General Assembly,\n\nRecalling the provisions of the Convention on the Prohibition of the "
                  "Development, Production,\n\nStockpiling and Use of Chemical Weapons and on Their Destruction and the"
                  "\nprovisions of relevant United Nations resolutions,\n\nStressing the need for compliance,\n\n"
                  "1. Decides to remain seized of the matter.\n")
    assert [p.text.split()[0] for p in r.preamble] == ["Recalling", "Stressing"]
    assert "Production, Stockpiling and Use" in r.preamble[0].text


def test_recital_of_a_section_after_a_full_line_ending_with_a_comma():
    r = read_text("The General Assembly,\n\n1. Decides to consider the matter.\n\nI\nFlexible workplace at United "
                  "Nations Headquarters\n\nRecalling section V of its resolution 67/246 of 24 December 2012 and section"
                  " XIII of\nits resolution 75/253 A of 31 December 2020, as well as its other resolutions on the matter,"
                  "\nHaving considered the progress report of the Secretary-General on the implementation,\n"
                  "1. Takes note of the progress report;\n")
    sec = next(b for b in r.body if b.kind == "section")
    assert [(c.kind, c.text.split()[0]) for c in sec.children] == [
        ("preamble", "Recalling"), ("preamble", "Having"), ("paragraph", "Takes")]


def test_letters_ocr_reads_for_a_paragraph_number():
    r = read_text("The General Assembly,\n\nRecalling its resolution 64/183,\n\nI. Takes note of the activities of the "
                  "Organization;\n\n2. Welcomes the joint declaration;\n\n3. Emphasizes the importance of dialogue;\n\n"
                  "4. Proposes further cooperation;\n\nS. Requests the Secretary-General to submit a report;\n\n"
                  "6. Decides to include the item in its agenda.\n\nII. Measures to eliminate terrorism\n\n"
                  "1. Condemns all acts of terrorism.\n")
    assert [(b.kind, b.num) for b in r.body] == [("paragraph", f"{n}.") for n in range(1, 7)] + [("section", "II.")]
    r = read_text("The General Assembly,\n\nRecalling its resolution 64/183,\n\nI. Measures to eliminate terrorism\n\n"
                  "1. Condemns all acts of terrorism.\n")
    assert [(b.kind, b.num) for b in r.body] == [("section", "I.")]


def test_paragraph_numbers_typed_with_a_parenthesis_or_comma():
    r = read_text("The General Assembly,\n\nRecalling its resolution 64/183,\n\n1) Takes note of the report;\n\n"
                  "2) Welcomes the declaration;\n\n3, Decides to remain seized of the matter.\n")
    assert [(b.kind, b.num, b.text.split()[0]) for b in r.body] == [
        ("paragraph", "1.", "Takes"), ("paragraph", "2.", "Welcomes"), ("paragraph", "3.", "Decides")]
    assert [p.text for p in r.preamble] == ["Recalling its resolution 64/183,"]


DECISION = ("United Nations A/DEC/78/555\nGeneral Assembly Distr.: General\n3 January 2024\nSeventy-eighth session\n"
            "Agenda item 137\nProgramme planning\nDecision adopted by the General Assembly on 22 December 2023\n"
            "[on the report of the Fifth Committee (A/78/620, para. 8)]\n78/555. Programme planning\n{gap}"
            "At its 50th plenary meeting, on 22 December 2023, the General Assembly, on the recommendation of the Fifth "
            "Committee, decided to defer consideration of the item entitled \u201cProgramme planning\u201d.\n")


def test_decision_text_under_its_title_is_its_operative_part():
    from converter import convert, to_text
    from converter.api import convert_text

    for gap in ("", "\n"):
        r = read_text(DECISION.format(gap=gap))
        assert (r.meta.doc_name, r.meta.title, r.preamble) == ("decision", "Programme planning", [])
        assert [(b.kind, b.num) for b in r.body] == [("paragraph", None)]
        assert r.body[0].text.startswith("At its 50th plenary meeting")
        assert not convert_text(DECISION.format(gap=gap)).warnings
    xml = convert(DECISION.format(gap=""), markup_date="2026-01-01")
    assert convert(to_text(xml), markup_date="2026-01-01") == xml


def test_formula_typed_in_capitals():
    r = read_text("65/124. Cooperation between the United Nations and the Shanghai Cooperation Organization\n\n"
                  "THE GENERAL ASSEMBLY,\n\nRecalling its resolution 64/183,\n\n1. Takes note of the report.\n")
    assert r.formula == "THE GENERAL ASSEMBLY,"
    assert [p.text for p in r.preamble] == ["Recalling its resolution 64/183,"] and r.body[0].num == "1."


def test_annex_title_goes_on_after_a_quoted_name():
    r = read_text("The General Assembly,\n\n1. Decides to adopt the arrangements outlined in the annex.\n\n"
                  "27th plenary meeting\n2 November 2022\n\nAnnex\n\nOrganizational arrangements for the plenary "
                  "meetings on 8 and 9 December 2022\ndevoted to the consideration of the item entitled \u201cOceans "
                  "and the law of the sea\u201d\nand to the commemoration of the fortieth anniversary of the adoption "
                  "and opening\nfor signature of the United Nations Convention on the Law of the Sea\n\n1.\nFour "
                  "plenary meetings of the General Assembly shall be held on 8 and 9 December.\n")
    a = r.annexes[0]
    assert a.title.endswith("\u201d and to the commemoration of the fortieth anniversary of the adoption and opening "
                            "for signature of the United Nations Convention on the Law of the Sea")
    assert [(b.kind, b.num) for b in a.blocks] == [("paragraph", "1.")]


def test_symbol_whose_series_letter_an_extractor_put_on_a_line_of_its_own():
    # pdfplumber gives the masthead's large "A" of "A/RES/73/7" a line of its own
    text = MASTHEAD_LINES.replace("United Nations\nA/RES/81/7\n", "A\nUnited Nations /RES/81/7\n")
    m = read_text(_text(text)).meta
    assert m.symbol == "A/RES/81/7" and m.other == []
    assert read_text(_text(text.replace("A\n", "", 1))).meta.other == ["/RES/81/7"]  # the letter is needed


def test_running_title_above_the_symbol_between_furniture_is_page_furniture():
    # pdfminer gives an odd page's head as the running title, a blank line, then the symbol, under the page
    # number and the job number of the page before
    text = TB_PAGE_ONE + ("6/10\n\n18-16895\n\n \n \n\f"
                          "Political declaration of the high-level meeting of the General Assembly \n"
                          "on the fight against tuberculosis \n\nA/RES/73/3 \n\n") + TB_PAGE_TWO
    r = read_text(text)
    assert r.preamble[0].text.endswith("addresses the social and economic determinants of the epidemic,")
    # the same lines with text above them stay: a title in the text before the page ends
    kept = read_text(text.replace("6/10\n\n18-16895\n\n \n \n\f", "")).preamble
    assert "Political declaration" in " ".join(b.text for b in kept)


def test_pdfium_line_end_hyphen_mark_is_judged_as_a_line_end_hyphen():
    # pdfium joins a line that ends in a hyphen to the next and marks the hyphen with U+FFFE
    r = read_text("The General Assembly,\r\n\r\nNoting that 99 per cent of tuberculosis\ufffeassociated deaths occur in "
                  "community\ufffebased care and in com\ufffemunity settings,\r\n\r\n1. Decides to remain seized of the "
                  "matter.\r\n")
    assert r.preamble[0].text == ("Noting that 99 per cent of tuberculosis-associated deaths occur in community-based "
                                  "care and in community settings,")


# an adopted declaration as pdfium and pdfplumber give it, with no blank lines ("{subtitle}": a line or nothing)
DECLARATION_NO_BLANKS = ("The General Assembly\n"
                         "Adopts the following political declaration approved by the high-level meeting\n"
                         "of the General Assembly on the fight against tuberculosis on 26 September 2018:\n"
                         "Political declaration of the high-level meeting of the\n"
                         "General Assembly on the fight against tuberculosis\n"
                         "{subtitle}"
                         "We, Heads of State and Government and representatives of States and\n"
                         "Governments, assembled at the United Nations in New York on 26 September 2018,\n"
                         "with a dedicated focus for the first time on the global tuberculosis epidemic, reaffirm\n"
                         "our commitment to ending the tuberculosis epidemic globally, and we therefore:\n"
                         "1. Reaffirm the 2030 Agenda for Sustainable Development;\n"
                         "2. Commit to providing diagnosis and treatment.\n")


def test_title_of_an_adopted_declaration_without_blank_lines_is_a_heading():
    # the title is a full line and a short one after the colon
    r = read_text(DECLARATION_NO_BLANKS.format(subtitle=""))
    texts = [(b.kind, b.text[:30]) for b in r.iter_blocks()]
    assert ("heading", "Political declaration of the h") in texts
    assert r.body[0].text.endswith("on 26 September 2018:")
    assert any(b.text.startswith("We, Heads of State") for b in r.iter_blocks())


def test_extractor_splits_with_a_short_tail_and_a_space_before_a_hyphen():
    # pdfminer and pypdf split words at kerning gaps and put a space before a hyphen
    from converter.text_reader import _mend_split_words

    text = ("the prevention, crime prevention and conflict prevention and primary preventi on, the States that\n"
            "possess or acquire them and the possessor States, the progress made and the progres s, including\n"
            "the planning, includi ng and planni ng, high-level and high -level, UN -SPIDER, country-led and\n"
            "-owned and country-led and -owned, and on and on\n")
    r = read_text("The General Assembly,\n\n1. Notes " + text + "and the rest;\n")
    words = r.body[0].text.split()
    assert "preventi" not in words and "progres" not in words and "includi" not in words and "planni" not in words
    assert "high -level" not in r.body[0].text and "UN-SPIDER," in words
    assert r.body[0].text.count("and -owned") == 2  # a hyphen suspended backwards keeps its space
    assert "and on and on" in r.body[0].text  # "on" is a word of its own
    assert "possess or acquire" in r.body[0].text  # a short word after a word: a split only beside a common whole
    one_line = ("1. Notes the prevention of harm and primary preventi on, the outcome of the high -level segment of the "
                "Conference and the work of the preparatory committee, and requests a report on its implementation.\n")
    assert _mend_split_words(one_line) == one_line  # one paragraph a line: the author's spelling
    assert "high -level" in read_text("The General Assembly,\n\n" + one_line).body[0].text


def test_first_day_of_a_date_range_is_no_number_with_a_call_glued_to_it():
    # pdfium and pypdf give the call of note 6 spaced at the line end ("Goals 6"); "16 and 17 November" is no
    # "1" with the call glued to it
    r = read_text("The General Assembly,\n\n1. Acknowledge that the Millennium Development Goals 6\n"
                  "and associated strategies helped to reverse the trend;\n"
                  "2. Welcome the Conference held in Moscow on 16 and 17 November 2017, and its Declaration;7\n"
                  "__________\n6 Resolution 55/2.\n7 A/72/123.\n")
    assert "16 and 17 November 2017" in r.body[1].text and [n.marker for n in r.body[1].notes] == ["7"]
    assert [n.text for n in r.body[0].notes] == ["Resolution 55/2."]


def test_call_spaced_before_a_date_after_a_comma_is_a_call():
    r = read_text("The General Assembly,\n\nRecalling statements by the President of the Security Council of 28 July "
                  "2016,1 21 December 2017, 2 and 18 December 2018, 3\nand its resolutions,\n\n1. Decides to remain "
                  "seized of the matter.\n__________\n1 S/PRST/2016/12.\n2 S/PRST/2017/27.\n3 S/PRST/2018/20.\n")
    assert [n.marker for n in r.preamble[0].notes] == ["1", "2", "3"]
    assert "21 December 2017, and 18 December 2018," in r.preamble[0].text


def test_extractor_space_before_a_quotation_mark_an_apostrophe_or_a_spaced_hyphen():
    # pdfminer and pypdf's layout mode put a space before "’s", before a closing quotation mark, and around a
    # hyphen; in text laid out in lines those spaces go (a spaced hyphen only where the document writes the word)
    lines = ("1. Notes the Global Strategy for Women ’s, Children’s and Adolescents’ Health”, the Needs\n"
             "of Developing Countries ”, and capacity-building and the capacity - building of States, and\n"
             "the Parties - including the observers - and the long-term and long - term programme;\n")
    text = read_text("The General Assembly,\n\n" + lines).body[0].text
    assert "Women’s," in text and "Countries”," in text and "capacity-building of States" in text
    assert "Parties - including the observers - and" in text and "long-term programme" in text
    one = lines.replace("\n", " ")
    assert "Women ’s" in read_text("The General Assembly,\n\n" + one + one).body[0].text  # the author's spacing


MASTHEAD_1990S = """UNITED
NATIONS                                                         A

General Assembly
                                                  Distr.
                                                  GENERAL

                                                  A/RES/50/7
                                                  30 October 1995

Fiftieth session
Agenda item 27

RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY

[without reference to a Main Committee (A/50/L.9)]

50/7. Example of a masthead of the 1990s

The General Assembly,

Recalling its resolution 49/1 of 17 October 1994,

1. Decides to remain seized of the matter.

43rd plenary meeting
30 October 1995
"""


def test_masthead_of_the_1990s_in_capitals():
    for text in (MASTHEAD_1990S, MASTHEAD_1990S.replace("NATIONS" + " " * 57 + "A\n\nGeneral Assembly",
                                                        "NATIONS\nA\nGENERAL ASSEMBLY")):
        m = read_text(text).meta
        assert (m.symbol, m.distribution, m.issued, m.adopted) == ("A/RES/50/7", "Distr. GENERAL", "1995-10-30",
                                                                    "1995-10-30")
        assert (m.session_number, m.agenda, m.agenda_title, m.committee) == ("50", ["Agenda item 27"], None,
                                                                            "noMainCommittee")
        assert m.other == [] and m.title == "Example of a masthead of the 1990s"
    # the columns in another order: the symbol and its date first, the distribution after
    swapped = MASTHEAD_1990S.replace("Distr.\n" + " " * 50 + "GENERAL\n\n", "").replace(
        "30 October 1995\n\nFiftieth", "30 October 1995\nDistr.\nGENERAL\n\nFiftieth", 1)
    m = read_text(swapped).meta
    assert (m.issued, m.distribution, m.other) == ("1995-10-30", "Distr. GENERAL", [])


def test_footnotes_called_with_a_slash_as_in_the_1990s():
    text = MASTHEAD_1990S.replace(
        "Recalling its resolution 49/1 of 17 October 1994,\n",
        "Recalling the Universal Declaration of Human Rights, 1/ and the\nInternational Covenants on Human Rights,2/\n\n"
        "Taking note of the report of the Secretary-General (A/50/123), 3/\n") + (
        "\n_______________\n\n1/ Resolution 217 A (III).\n\n2/ Resolution 2200 A (XXI),\nannex.\n\n3/ A/50/123.\n")
    r = read_text(text)
    assert [(n.marker, n.text) for b in r.preamble for n in b.notes] == [
        ("1", "Resolution 217 A (III)."), ("2", "Resolution 2200 A (XXI), annex."), ("3", "A/50/123.")]
    assert r.preamble[0].text == "Recalling the Universal Declaration of Human Rights, and the International Covenants on Human Rights,"
    assert not r.annexes and not r.warnings
    # a line that opens with "12/" without such a call above it is text
    plain = read_text("The General Assembly,\n\n1. Recalls its resolutions\n12/ 5 and 12/ 6 of the Council;\n")
    assert "12/ 5 and 12/ 6" in plain.body[0].text


def test_annex_label_in_capitals_as_in_the_1990s():
    r = read_text("The General Assembly,\n\n1. Adopts the Programme of Action contained in the annex;\n\n"
                  "43rd plenary meeting\n30 October 1995\n\nANNEX\n\nProgramme of Action for the Second Decade\n\n"
                  "I. OBJECTIVES\n\n1. The objectives of the Decade are as follows.\n")
    assert [(a.label, a.title) for a in r.annexes] == [("ANNEX", "Programme of Action for the Second Decade")]
    assert r.annexes[0].blocks[0].kind == "section"


def test_page_foot_and_head_of_the_1990s_are_furniture():
    # the job number with "/..." (the page goes on) at the foot, the symbol and "Page 2" at the next page's head
    body = MASTHEAD_1990S.replace(
        "1. Decides to remain seized of the matter.\n",
        "1. Decides to include in the provisional agenda of its fifty-first session\n"
        "the item entitled \"Example\", and requests the Secretary-General to report\n\n"
        "95-33567 (E)    301095                                            /...\n\n"
        "                                                  A/RES/50/7\n"
        "                                                  Page 2\n\n\n"
        "thereon to the General Assembly at that session;\n\n"
        "2. Decides to remain seized of the matter.\n")
    r = read_text(body)
    assert r.body[0].text.endswith("requests the Secretary-General to report thereon to the General Assembly at that session;")
    assert "/..." not in read_text(body.replace("95-33567 (E)    301095   ", "")).body[0].text


def test_subtitle_of_an_adopted_declaration_without_blank_lines_is_a_heading():
    r = read_text(DECLARATION_NO_BLANKS.format(
        subtitle="United to end tuberculosis: an urgent global response to a global epidemic\n"))
    texts = [(b.kind, b.text[:30]) for b in r.iter_blocks()]
    assert ("heading", "United to end tuberculosis: an") in texts
    assert any(b.text.startswith("We, Heads of State") for b in r.iter_blocks())
    # pdfplumber's layout mode: blank lines around the title, none between the subtitle and the text
    spaced = read_text("The General Assembly\n\n"
                       "Adopts the following political declaration on tuberculosis:\n\n"
                       "Political declaration of the high-level meeting on tuberculosis\n\n\n"
                       "United to end tuberculosis: an urgent global response to a global epidemic\n"
                       "   We, Heads of State and Government and representatives of States and\n"
                       "Governments, reaffirm our commitment, and we therefore:\n\n"
                       "1. Reaffirm the 2030 Agenda for Sustainable Development;\n")
    assert ("heading", "United to end tuberculosis: an") in [(b.kind, b.text[:30]) for b in spaced.iter_blocks()]


UNLABELLED_ITEMS = """The General Assembly,

Recalling its resolution 73/333 of 31 May 2019,

1. Decides that the organizational arrangements for the dialogues will be as follows:

(a) The dialogues will address the following themes:

Dialogue 1: Reflecting on the urgent need for action;

Dialogue 2: Achieving a sustainable recovery from the pandemic;

(b) Each dialogue will be presided over by two Co-Chairs;

2. Decides to remain seized of the matter.
"""


def test_unlabelled_items_between_two_items_of_a_list_belong_to_the_first():
    r = read_text(UNLABELLED_ITEMS)
    assert [b.num for b in r.body] == ["1.", "2."]
    a, b = r.body[0].children
    assert (a.num, b.num) == ("(a)", "(b)")
    assert [(p.kind, p.num, p.text[:12]) for p in a.children] == [("point", None, "Dialogue 1: "),
                                                                  ("point", None, "Dialogue 2: ")]
    # a list the items do not go on after stays as it was: the lines are paragraphs of their own
    ends = read_text(UNLABELLED_ITEMS.replace("(b) Each dialogue will be presided over by two Co-Chairs;\n\n", ""))
    assert [b.num for b in ends.body] == ["1.", None, None, "2."]


def test_run_on_text_breaks_at_paragraph_numbers_past_999():
    """A long resolution run into one line is broken at each paragraph number, of four digits too (else the reader
    splits the rest of the line at each number in turn, copying what is left each time)."""
    from converter.text_reader import _split_run_on

    line = "The General Assembly, Recalling its resolutions, " + " ".join(
        f"{n}. Decides to act on item {n};" for n in range(1, 1003))
    pieces = [p for p in _split_run_on([line]) if p]
    assert pieces[:3] == ["The General Assembly,", "Recalling its resolutions,", "1. Decides to act on item 1;"]
    assert len(pieces) == 2 + 1002
    assert pieces[-3:] == ["1000. Decides to act on item 1000;", "1001. Decides to act on item 1001;",
                           "1002. Decides to act on item 1002;"]


def test_run_on_operative_part_alone_is_broken_at_its_numbers_and_labels():
    """An operative part run into one line with no formula before it (a database field holding only the operative
    paragraphs) opens with paragraph 1: the numbers after it and the labels of its lists break it, as in a whole
    resolution."""
    text = ("1. Decides to convene a high-level conference on the question in 2027, within existing resources; "
            "2. Requests the Secretary-General, in consultation with Member States: (a) To prepare a report on the "
            "implementation of the present resolution; (b) To submit it to the General Assembly at its eighty-third "
            "session; 3. Decides to remain seized of the matter.")
    r = read_text(text)
    assert [(b.kind, b.num) for b in r.iter_blocks()] == [
        ("paragraph", "1."), ("paragraph", "2."), ("point", "(a)"), ("point", "(b)"), ("paragraph", "3.")]


def test_run_on_text_breaks_at_unnumbered_headings_sections_with_recitals_and_roman_lists():
    text = ("The General Assembly, Recalling its resolution 46/182 of 19 December 1991, "
            "1. Takes note of the report; 2. Requests the Secretary-General to ensure that the recruitment is "
            "subject to a decision of the Assembly; Actuarial matters 3. Stresses the importance of continuing "
            "to achieve the necessary rate of return; 4. Requests a report on:\u00b9 (a) The violations, including:"
            " (i) Torture; (ii) Enforced disappearances; (iii) Forcible transfers; and (b) The refusal to cooperate;"
            " II Conditions of service of officials Recalling its resolution 37/240 of 21 December 1982, "
            "Reconfirming its endorsement of the communiqué of 30 June 2012, "
            "1. Decides to maintain the three-year cycle; 2. Decides to remain seized of the matter.")
    r = read_text(text)
    assert [(b.kind, b.num) for b in r.body] == [("paragraph", "1."), ("paragraph", "2."), ("heading", None),
                                                  ("paragraph", "3."), ("paragraph", "4."), ("section", "II")]
    assert r.body[2].text == "Actuarial matters"
    a, b = r.body[4].children
    assert (a.num, b.num) == ("(a)", "(b)") and [c.num for c in a.children] == ["(i)", "(ii)", "(iii)"]
    sec = r.body[5]
    assert sec.heading == "Conditions of service of officials"
    assert [(c.kind, c.text.split()[0]) for c in sec.children] == [
        ("preamble", "Recalling"), ("preamble", "Reconfirming"), ("paragraph", "Decides"), ("paragraph", "Decides")]


def test_spaced_call_before_a_parenthesised_phrase():
    r = read_text("The General Assembly,\n\n1. Welcomes the coherent approach between the Convention to Combat "
                  "Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly "
                  "in Africa 36 (the Rio conventions), and the resolution 36 (XV) and article 36 (a);\n"
                  "__________\n36 United Nations, Treaty Series, vol. 1954, No. 33480.\n")
    p = r.body[0]
    assert [(n.marker, p.text[n.at - 6 : n.at]) for n in p.notes] == [("36", "Africa")]
    assert "resolution 36 (XV) and article 36 (a)" in p.text


def test_symbol_of_a_typed_copy_from_its_running_heads():
    text = ("Cooperation between the United Nations and the Organization\n\nThe General Assembly,\n\n"
            "Recalling its resolution 64/183 of 18 December 2009,\n\n1. Takes note of the report;\n\n"
            "A/RES/65/124\nPage 2\n\n2. Requests a report on the implementation of the present resolution.\n\n"
            "65th plenary meeting\n13 December 2010\n")
    r = read_text(text)
    assert (r.meta.symbol, r.meta.number) == ("A/RES/65/124", "65/124")
    assert [b.num for b in r.body] == ["1.", "2."]
    # read as the same symbol alone atop the copy is: its text prints it, and reads back the same
    from converter import convert, to_text

    xml = convert(text, markup_date="2026-01-01")
    assert b'name="symbol"' in xml and convert(to_text(xml), markup_date="2026-01-01") == xml
    # a symbol a sentence wraps around is a citation, not a running head
    cited = read_text(text.replace("the report;\n\nA/RES/65/124\nPage 2\n\n", "the report in\nA/RES/65/124\nand "))
    assert cited.meta.symbol is None and "report in A/RES/65/124 and" in cited.body[0].text
    # two different symbols alone on lines: neither is taken
    two = read_text(text.replace("Page 2\n\n2.", "Page 2\n\nA/RES/65/125\n\n2."))
    assert two.meta.symbol is None


def test_footnote_call_is_looked_for_on_the_page_of_its_footnote_first():
    text = ("A/RES/75/90\n\n75/90. The situation in Afghanistan\n\nThe General Assembly,\n\n"
            "Noting the statement of support by 170 Member States, 1 non-member observer State and 1 observer,\n\n"
            "1. Welcomes the achievements to date;\n\n\nA/RES/75/90\n\n"
            "2. Encourages the Government to meet its responsibilities under the Convention on the Prohibition of "
            "Anti-Personnel Mines and on Their Destruction, 1 expresses concern at the use of improvised explosive "
            "devices;\n\n---\n\n1 United Nations, Treaty Series, vol. 2056, No. 35597.\n\n\nA/RES/75/90\n\n"
            "3. Decides to remain seized of the matter.\n")
    r = read_text(text)
    assert "170 Member States, 1 non-member observer State" in r.preamble[0].text and not r.preamble[0].notes
    p2 = r.body[1]
    assert [(n.marker, p2.text[n.at - 12 : n.at]) for n in p2.notes] == [("1", "Destruction,")]


def test_endnote_call_glued_to_a_number_between_two_calls_found():
    text = ("The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,1\n\n"
            "Welcoming United Nations Environment Assembly resolutions 5/72 and 5/83 of 2 March 2022,\n\n"
            "Noting the report of the Secretary-General,4\n\n1. Decides to remain seized of the matter.\n\n"
            "__________\n1 Resolution 70/1.\n2 UNEP/EA.5/Res.7.\n3 UNEP/EA.5/Res.8.\n4 A/77/215.\n")
    r = read_text(text)
    welcoming = r.preamble[1]
    assert "resolutions 5/7 and 5/8 of 2 March" in welcoming.text
    assert [n.marker for n in welcoming.notes] == ["2", "3"]
    # with no call found after them, the glued digits stay the number they print
    alone = read_text(text.replace("Secretary-General,4", "Secretary-General,"))
    assert "resolutions 5/72 and 5/83 of" in alone.preamble[1].text


SECTION_HEADING_OVER_LINES = (
    "The General Assembly,\n\nXVIII\n\nEstimates in respect of special political missions\n\n"
    "Having considered the reports,\n\n1. Takes note of the reports;\n\n"
    "2. Also appropriates the related staff assessment portion in the amount of 1,944,200 dollars under\n"
    "section 36, Staff assessment, of the proposed programme budget for 2021;\n\n"
    "XIX Revised estimates relating to the proposed programme budget for 2021 under section 11,\n"
    "United Nations support for the New Partnership for Africa’s Development, and section 36,\n"
    "Staff assessment, for the Office of the Special Adviser on Africa\n\n"
    "Having considered the report of the Secretary-General and the related report of the\nAdvisory Committee,\n\n"
    "1. Takes note of the report of the Secretary-General;\n")


def test_section_heading_over_several_lines_at_commas_and_at_a_section_number():
    heading = ("Revised estimates relating to the proposed programme budget for 2021 under section 11, United Nations "
               "support for the New Partnership for Africa’s Development, and section 36, Staff assessment, for the "
               "Office of the Special Adviser on Africa")
    typed = SECTION_HEADING_OVER_LINES.replace("Africa\n\nHaving", "Africa\nHaving")  # no blank lines in a typed copy
    at_number = SECTION_HEADING_OVER_LINES.replace("section 11,\nUnited Nations support", "section\n11, United "
                                                   "Nations support").replace("section 36,\nStaff", "section 36, Staff\n")
    for text in (SECTION_HEADING_OVER_LINES, typed, at_number):
        sections = read_text(text).body
        assert [(s.kind, s.num) for s in sections] == [("section", "XVIII"), ("section", "XIX")], text
        assert sections[1].heading == heading
        assert [(c.kind, c.text[:18]) for c in sections[1].children] == [("preamble", "Having considered "),
                                                                         ("paragraph", "Takes note of the ")]
    # a recital right under a one-line heading, no blank line between
    under = read_text(SECTION_HEADING_OVER_LINES.replace(
        "XIX Revised estimates relating to the proposed programme budget for 2021 under section 11,\n"
        "United Nations support for the New Partnership for Africa’s Development, and section 36,\n"
        "Staff assessment, for the Office of the Special Adviser on Africa\n\n", "XIX Strategic heritage plan\n"))
    assert under.body[1].heading == "Strategic heritage plan"
    assert under.body[1].children[0].text.startswith("Having considered")


def test_section_heading_in_full_lines_past_a_comma_and_and_a_stray_blank_line():
    lead = ("The General Assembly,\n\nXIII\n\nFirst part\n\nHaving considered the reports,\n\n"
            "1. Takes note of the reports;\n\n")
    after = "\n\nHaving considered the reports of the Secretary-General,\n\n1. Takes note of the reports;\n"
    cases = {
        "XIV\nRevised estimates relating to the proposed programme budget for 2021 under section\n"
        "11, United Nations support for the New Partnership for Africa’s Development, and\n"
        "section 36, Staff assessment, for the Office of the Special Adviser on Africa":
            "Revised estimates relating to the proposed programme budget for 2021 under section 11, United Nations "
            "support for the New Partnership for Africa’s Development, and section 36, Staff assessment, for the "
            "Office of the Special Adviser on Africa",
        "XIV Revised estimates resulting from resolutions and decisions adopted by the Human\n"
        "Rights Council at its forty-ninth, fiftieth and fifty-first regular sessions, and at its\n\n"
        "thirty-fourth and thirty-fifth special sessions, in 2022":
            "Revised estimates resulting from resolutions and decisions adopted by the Human Rights Council at its "
            "forty-ninth, fiftieth and fifty-first regular sessions, and at its thirty-fourth and thirty-fifth "
            "special sessions, in 2022",
    }
    for heading_lines, heading in cases.items():
        sections = read_text(lead + heading_lines + after).body
        assert [(s.num, s.heading) for s in sections][1] == ("XIV", heading)
        assert [c.kind for c in sections[1].children] == ["preamble", "paragraph"]


def test_unnumbered_operative_paragraph_after_a_sections_recital_without_a_blank_line():
    text = ("The General Assembly,\n\n1. Takes note of the report;\n\n"
            "A\nBase/floor salary scale\n"
            "Recalling its resolution 44/198, by which it established a floor net salary level for\n"
            "staff in the Professional and higher categories by reference to the corresponding base\n"
            "comparator civil service (the United States federal civil service),\n"
            "Approves, with effect from 1 January 2021, as recommended by the Commission in paragraph\n"
            "55 of its report, the revised unified base/floor salary scale;\n"
            "B\nEvolution of the margin\n"
            "Recalling section I.B of its resolution 51/216,\n"
            "Decides to continue to monitor the margin;\n")
    a = read_text(text).body[1]
    assert (a.kind, a.num, a.heading) == ("section", "A", "Base/floor salary scale")
    assert [c.kind for c in a.children[:2]] == ["preamble", "paragraph"]
    assert a.children[1].text.startswith("Approves, with effect")


def test_footnote_line_that_opens_with_1_and_small_letters_goes_on_the_note_above():
    r = read_text("The General Assembly,\n\nRecalling its resolution 76/16,23 and the recommendation of 1999,24\n\n"
                  "1. Decides to remain seized of the matter.\n\n_______________\n\n"
                  "23 Records of the General Conference, Thirty-ninth Session, Paris, 2017, vol.\n"
                  "1, Resolutions, sect. IV, resolution 34.\n\n"
                  "24 See Records of the General Conference, Thirtieth Session, Paris, 1999, vol.\n"
                  "1 and corrigendum, Resolutions, sect. IV, resolution 27.\n")
    notes = r.preamble[0].notes
    assert [n.marker for n in notes] == ["23", "24"]
    assert notes[1].text.endswith("vol. 1 and corrigendum, Resolutions, sect. IV, resolution 27.")


def test_unnumbered_items_under_a_numbered_paragraph_typed_without_blank_lines():
    text = ("The General Assembly,\n\n1. Decides that the Conference shall be held from 27 to 30 May 2024;\n"
            "2. Further decides that the plenary meetings will be held as follows:\n"
            "Monday, 27 May: from 10 a.m. to 1 p.m., including an opening segment from 10 to 11\n"
            "a.m., and from 3 to 6 p.m.;\n\nTuesday, 28 May: from 9 a.m. to 1 p.m.;\n"
            "Wednesday, 29 May: from 9 a.m. to 1 p.m.;\n"
            "3. Reiterates its invitation to take into consideration the Kyoto Declaration on Crime Prevention:\n"
            "Towards the Achievement of the 2030 Agenda;\n")
    r = read_text(text)
    assert [(b.num, b.text[:9]) for b in r.body] == [
        ("1.", "Decides t"), ("2.", "Further d"), (None, "Monday, 2"), (None, "Tuesday, "), (None, "Wednesday"),
        ("3.", "Reiterate")]
    assert r.body[-1].text.endswith("Prevention: Towards the Achievement of the 2030 Agenda;")  # a title's colon


def test_declaration_title_repeating_the_resolutions_title_on_one_line_without_blank_lines():
    text = ("76/1. United against racism, racial discrimination, xenophobia and related intolerance\n\n"
            "The General Assembly\n\n"
            "Adopts the following political declaration of the high-level meeting of the General\n"
            "Assembly to commemorate the twentieth anniversary of the Durban Declaration:\n"
            "United against racism, racial discrimination, xenophobia and related intolerance\n"
            "We, Heads of State and Government, gathered at United Nations Headquarters in New York on\n"
            "22 September 2021,\n1. Reaffirm the Durban Declaration and Programme of Action.\n")
    blocks = list(read_text(text).iter_blocks())
    assert [(b.kind, b.text[:14]) for b in blocks] == [
        ("paragraph", "Adopts the fol"), ("heading", "United against"), ("paragraph", "We, Heads of S"),
        ("paragraph", "Reaffirm the D")]


def test_heading_stack_under_an_adopted_documents_title_without_blank_lines():
    text = ("The “Space2030” Agenda: space as a driver of sustainable development\n\nThe General Assembly,\n\n"
            "Recalling its resolution 73/6 of 26 October 2018,\n\nAdopts the following document:\n"
            "The “Space2030” Agenda: space as a driver of sustainable development\nPart A. Agenda\n\n"
            "I. Introduction\n1. The United Nations has been at the centre of international cooperation.\n")
    blocks = list(read_text(text).iter_blocks())
    assert [(b.kind, b.text) for b in blocks[2:4]] == [
        ("heading", "The “Space2030” Agenda: space as a driver of sustainable development"),
        ("heading", "Part A. Agenda")]


def test_notes_of_a_part_b_without_a_rule_may_start_past_1():
    text = ("A/RES/75/257 B\n\n75/257. Extraordinary Chambers in the Courts of Cambodia\n\nB 2\n\n"
            "The General Assembly,\n\nRecalling also the Agreement between the United Nations and the Royal "
            "Government of Cambodia (the Agreement)3 and that the expenses shall be borne by voluntary "
            "contributions,\n\nWelcoming the efforts of the Secretary-General, including with regard to the "
            "drawdown of activities and\n\n"
            "2 Resolution 75/257, in section I of the Official Records, becomes resolution 75/257 A.\n\n"
            "3 United Nations, Treaty Series, vol. 2329, No. 41723.\n\n\nA/RES/75/257 B\n\n"
            "the residual functions requiring performance,\n\n1. Approves the draft Addendum.\n")
    r = read_text(text)
    assert r.preamble[1].text.endswith("drawdown of activities and the residual functions requiring performance,")
    assert [n.marker for b in r.iter_blocks() for n in b.notes] + [n.marker for h in r.headings for n in h.notes] \
        in (["2", "3"], ["3", "2"])


def test_closing_words_after_a_list_with_no_blank_line_as_well_as():
    text = ("The General Assembly,\n\n1. Takes note of the report;\n\n"
            "2. Requests the Secretary-General to submit options on:\n"
            "(a) Possible modalities for a transition to the new scheme;\n"
            "(b) Projected estimated costs to the Organization for each option compared with the\n"
            "present pension scheme;\n"
            "as well as the integrity of the Statute of the International Court of Justice and\n"
            "the unique character of membership of the Court;\n"
            "3. Decides to remain seized of the matter.\n")
    p2 = read_text(text).body[1]
    assert [c.num for c in p2.children] == ["(a)", "(b)"]
    assert p2.children[1].text.endswith("present pension scheme;")
    assert p2.wrap.startswith("as well as the integrity")
    # an item's own next clause after its semicolon stays in the item
    clause = read_text(text.replace("as well as the integrity", "ensuring the integrity"))
    assert clause.body[1].children[1].text.endswith("the unique character of membership of the Court;")


GUIDELINES = ("The General Assembly,\n\n1. Takes note of the guidelines annexed to the present resolution.\n\n"
              "65th plenary meeting\n6 December 2021\n\nAnnex\n\nGuide to Provisional Application of Treaties\n\n"
              "Guideline 11\n\nProvisions of internal law of States\n\n"
              "A State may not invoke the provisions of its internal law as justification for its\n"
              "failure to perform an obligation arising under provisional application.\n\n"
              "Guideline 12\n\n"
              "Agreement to provisional application with limitations deriving from internal law of\n"
              "States or rules of international organizations\n\n"
              "The present guidelines are without prejudice to the right of States or international\n"
              "organizations to agree in the treaty itself to the provisional application of the\n"
              "treaty with limitations deriving from the internal law of States.\n")


def test_article_a_opening_a_sentence_and_a_titles_two_lines_under_a_named_unit():
    blocks = read_text(GUIDELINES).annexes[0].blocks
    assert [(b.kind, b.text[:24]) for b in blocks] == [
        ("heading", "Guideline 11"), ("heading", "Provisions of internal l"), ("text", "A State may not invoke t"),
        ("heading", "Guideline 12"), ("heading", "Agreement to provisional"), ("text", "The present guidelines a")]
    # a section "A" whose heading wraps onto a line in small letters, and ends with none
    posts = read_text(GUIDELINES.replace(
        "A State may not invoke the provisions of its internal law as justification for its\n"
        "failure to perform an obligation arising under provisional application.",
        "A Posts to be established under the support account for peacekeeping operations and\n"
        "for the period from 1 July 2021 to 30 June 2022"))
    assert ("section", "A") in [(b.kind, b.num) for b in posts.annexes[0].blocks]
    # a title under "Principle 12" may open as a drafting verb seems to ("Martens", "Decides")
    martens = read_text(GUIDELINES.replace(
        "Guideline 12", "Principle 12").replace(
        "Agreement to provisional application with limitations deriving from internal law of\n"
        "States or rules of international organizations",
        "Martens Clause with respect to the protection of the environment in relation to the\n"
        "conduct of armed conflicts"))
    assert [(b.kind, b.text[:14]) for b in martens.annexes[0].blocks][3:] == [
        ("heading", "Principle 12"), ("heading", "Martens Clause"), ("text", "The present gu")]


def test_named_units_titles_with_no_blank_lines():
    text = ("The General Assembly,\n\n1. Takes note of the guidelines annexed to the present resolution.\n\n"
            "49th plenary meeting\n9 December 2021\n\nAnnex\n\n"
            "Guidelines on the protection of the environment in relation to armed conflicts\nPreamble\n"
            "Acknowledging that the atmosphere is a natural resource with a limited capacity,\n"
            "Guideline 6\nEquitable and reasonable utilization of the atmosphere\n"
            "The atmosphere should be utilized in an equitable and reasonable manner, taking fully\n"
            "into account the interests of present and future generations.\n"
            "Principle 12\n"
            "Martens Clause with respect to the protection of the environment in relation to armed\n"
            "conflicts\n"
            "In cases not covered by international agreements, the environment remains under the\n"
            "protection and authority of the principles of international law derived from custom.\n"
            "Principle 23\nSharing and granting access to information\n"
            "1. To facilitate measures to remediate harm to the environment, States should share information.\n")
    annex = read_text(text).annexes[0]
    assert annex.title == "Guidelines on the protection of the environment in relation to armed conflicts"
    assert [(b.kind, b.text[:20]) for b in annex.blocks] == [
        ("heading", "Preamble"), ("text", "Acknowledging that t"),
        ("heading", "Guideline 6"), ("heading", "Equitable and reason"), ("text", "The atmosphere shoul"),
        ("heading", "Principle 12"), ("heading", "Martens Clause with "), ("text", "In cases not covered"),
        ("heading", "Principle 23"), ("heading", "Sharing and granting"), ("paragraph", "To facilitate measur")]


def test_table_cell_wrapped_onto_the_next_line_stays_in_its_row():
    text = ("The General Assembly,\n\n1. Approves the appropriations as follows:\n\n"
            "Section | Title | Amount\n"
            "1 | Overall policymaking, direction and coordination | 120 500 300\n"
            "2 | General Assembly and Economic and Social Council affairs and conference\n"
            "management | 340 979 200\n"
            "3 | Political affairs | 780 400 100\n"
            "| Total | 1 241 879 600\n\n"
            "2. Decides to remain seized of the matter.\n")
    rows = [b.text for b in read_text(text).iter_blocks() if b.kind == "text"]
    assert rows == ["Section | Title | Amount", "1 | Overall policymaking, direction and coordination | 120 500 300",
                    "2 | General Assembly and Economic and Social Council affairs and conference management | "
                    "340 979 200", "3 | Political affairs | 780 400 100", "| Total | 1 241 879 600"]


def test_short_heading_under_a_heading_may_end_in_s():
    text = ("The General Assembly,\n\n1. Decides to approve the post under the Division of Specialized Operational "
            "Support;\nIncome section 3\nServices to the public\n\n"
            "2. Decides to increase the income expected under income section 3 by 3,177,000 dollars.\n")
    blocks = list(read_text(text).iter_blocks())
    assert [(b.kind, b.text[:22]) for b in blocks[1:3]] == [("heading", "Income section 3"),
                                                          ("heading", "Services to the public")]


def test_unlabelled_items_under_a_list_item_typed_without_blank_lines_or_after_a_page_break():
    typed = UNLABELLED_ITEMS.replace("themes:\n\nDialogue 1", "themes:\nDialogue 1").replace(
        "action;\n\nDialogue 2", "action;\nDialogue 2")
    paged = UNLABELLED_ITEMS.replace("themes:\n\nDialogue 1", "themes:\n\nA/RES/75/326\n\nDialogue 1")
    for text in (typed, paged):
        a = read_text(text).body[0].children[0]
        assert [(p.kind, p.num, p.text[:12]) for p in a.children] == [("point", None, "Dialogue 1: "),
                                                                      ("point", None, "Dialogue 2: ")], text


def test_annex_title_after_entitled_and_inside_quotation_marks_and_its_place_and_date():
    text = ("The General Assembly,\n\n1. Decides on the organization of work set out in the annex.\n\n"
            "80th plenary meeting\n28 May 2021\n\nAnnex\n\n"
            "Proposed organization of work of the international meeting entitled\n"
            "“Stockholm+50: a healthy planet for the prosperity of all – our responsibility,\n"
            "our opportunity”\n\nStockholm, 2 and 3 June 2022\n\n"
            "1. The international meeting will be held in Stockholm, on 2 and 3 June 2022.\n")
    annex = read_text(text).annexes[0]
    assert annex.title == ("Proposed organization of work of the international meeting entitled “Stockholm+50: a "
                           "healthy planet for the prosperity of all – our responsibility, our opportunity”")
    assert annex.subtitles == ["Stockholm, 2 and 3 June 2022"]
    assert [b.num for b in annex.blocks] == ["1."]


def test_unit_title_with_its_text_right_under_it_and_a_declarations_formula_after_its_recitals():
    units = read_text(GUIDELINES.replace(
        "Guideline 12\n\nAgreement to provisional application with limitations deriving from internal law of\n"
        "States or rules of international organizations\n\n",
        "Guideline 12\n\nAgreement to provisional application with limitations\n")).annexes[0].blocks
    assert [(b.kind, b.text[:24]) for b in units][3:] == [
        ("heading", "Guideline 12"), ("heading", "Agreement to provisional"), ("text", "The present guidelines a")]
    pledge = read_text("The General Assembly,\n\n1. Adopts the pledge annexed to the present resolution.\n\n"
                       "90th plenary meeting\n8 September 2023\n\nAnnex\n\nPledge\n\n"
                       "Stressing the need to limit the number of high-level events held in the margins of the\n"
                       "general debate,\nWe, the signatories, pledge:\n\n"
                       "1. To voluntarily limit the number of side events hosted by our delegations.\n")
    assert [b.text[:12] for b in pledge.annexes[0].blocks][-3:] == ["Stressing th", "We, the sign", "To voluntari"]


def test_table_right_under_an_annex_title():
    text = ("The General Assembly,\n\n1. Approves the staffing table annexed to the present resolution.\n\n"
            "48th plenary meeting\n31 December 2020\n\nAnnex\n\nStaffing table for 2021\n"
            "Category | Number of posts\nDeputy Secretary-General | 1\nUnder-Secretary-General | 36\n")
    annex = read_text(text).annexes[0]
    assert annex.title == "Staffing table for 2021"
    assert [(b.kind, b.text) for b in annex.blocks] == [
        ("text", "Category | Number of posts"), ("text", "Deputy Secretary-General | 1"),
        ("text", "Under-Secretary-General | 36")]


def test_list_labels_misread_with_a_brace_a_bracket_or_a_space():
    base = ("The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Requests a report on:\n\n"
            "(a) The progress made;\n\n(b) The gaps that remain;\n\n(c) The resources needed;\n\n"
            "2. Decides to remain seized of the matter.\n")
    for misread in ("(b}", "[b]", "( b)", "{b)"):
        items = read_text(base.replace("(b)", misread)).body[0].children
        assert [(c.num, c.text) for c in items] == [
            ("(a)", "The progress made;"), ("(b)", "The gaps that remain;"), ("(c)", "The resources needed;")], misread
    # a number in brackets opening a line is no label
    numbered = read_text(base.replace("(b) The gaps", "[2] The gaps")).body[0].children
    assert "[2] The gaps that remain;" in numbered[0].text and "(b)" not in [c.num for c in numbered]


def test_number_and_title_line_with_letters_ocr_reads_for_digits():
    text = ("United Nations\nA/RES/80/4\nGeneral Assembly\nDistr.: General\n31 October 2025\n\nEightieth session\n"
            "Agenda item 38\n\nResolution adopted by the General Assembly on 29 October 2025\n\n"
            "8O/4. Necessity of ending the embargo\n\nThe General Assembly,\n\n"
            "Recalling its resolution 79/7,\n\n1. Reiterates its call to all States.\n")
    m = read_text(text).meta
    assert (m.number, m.title) == ("80/4", "Necessity of ending the embargo")


def test_straight_closing_quote_ends_a_paragraph_as_a_curly_one_does():
    """Typed and OCR text often has straight quotation marks: a paragraph ending in `."` is ended, so the closing
    meeting line under it is the closing's, as under `.”`; a footnote's call glued after it is a call."""
    text = ("The General Assembly,\n\nRecalling its resolution 74/1 of 10 October 2019,\n\n"
            "1. Decides to include in the provisional agenda of its seventy-ninth session the item entitled\n"
            "\"Return or restitution of cultural property to the countries of origin.\"\n"
            "44th plenary meeting\n6 December 2021\n")
    for q in ("\"", "\u201c\u201d"):
        t = text if q == "\"" else text.replace("\"Return", "\u201cReturn").replace("origin.\"", "origin.\u201d")
        res = read_text(t)
        assert res.body[-1].text.endswith("of origin." + q[-1]), q
        assert (res.closing.meeting, res.closing.date_text) == ("44th plenary meeting", "6 December 2021"), q
    # a call glued after it: the next paragraph's number still opens a paragraph
    res = read_text("The General Assembly,\n\nRecalling its resolution 74/1,\n\n"
                    "1. Decides to include the item entitled \"Return of property.\"2\n"
                    "2. Decides to remain seized of the matter.\n\n__________\n2 See A/74/2.\n")
    assert [(b.num, b.text, [n.text for n in b.notes]) for b in res.body] == [
        ("1.", "Decides to include the item entitled \"Return of property.\"", ["See A/74/2."]),
        ("2.", "Decides to remain seized of the matter.", [])]
    # an opening quotation mark at a line's end ends nothing: the quoted title under it goes on the paragraph
    res = read_text(text.replace("entitled\n\"Return", "entitled \"\nReturn"))
    assert len(res.body) == 1 and "entitled \" Return or restitution" in res.body[0].text


def test_straight_quotation_marks_in_titles_headings_and_before_calls():
    """Straight quotation marks as typed and OCR text has them, read as curly ones are: an annex title goes on
    inside them; a heading may end with a quoted name; a spaced call may follow a closing one."""
    from converter.text_reader import _heading_like

    annex = ("The General Assembly,\n\nRecalling its resolution 74/1,\n\n1. Adopts the annexed text.\n\nAnnex\n\n"
             "Proposed organization of work of the international meeting entitled \"Stockholm+50: a healthy planet\n"
             "for the prosperity of all - our responsibility,\nour opportunity\"\n\nStockholm, 2 and 3 June 2022\n\n"
             "1. The meeting will be held in Stockholm.\n")
    a = read_text(annex).annexes[0]
    assert a.title.endswith("our responsibility, our opportunity\"") and a.subtitles == ["Stockholm, 2 and 3 June 2022"]
    assert [b.text for b in a.blocks] == ["The meeting will be held in Stockholm."]
    assert _heading_like("Meaning of the phrase \"States present and voting\"")
    assert not _heading_like("Decides to include the item entitled \"Return of property.\"")
    call = ("The General Assembly,\n\nRecalling the outcome entitled \"Women 2000: gender equality\" 1 and the outcome "
            "of the review,\n\n1. Decides to remain seized of the matter.\n\n__________\n1 Resolution S-23/2, annex.\n")
    (recital,) = read_text(call).preamble
    assert recital.text == "Recalling the outcome entitled \"Women 2000: gender equality\" and the outcome of the review,"
    assert [(n.at, n.text) for n in recital.notes] == [(60, "Resolution S-23/2, annex.")]


def test_paragraph_numbers_typed_with_a_parenthesis_or_a_colon():
    """"2) Approves" or "2: Approves" (typed so throughout, or misread) is paragraph 2 wherever "2." would be: after
    a section's heading too, and alone on its line; its number is written "2."."""
    text = ("The General Assembly,\n\nRecalling its resolution 74/1,\n\n1) Welcomes the report;\n\n"
            "I\n\nCalendar of conferences and meetings\n\n2) Approves the calendar;\n"
            "3: Decides to review the calendar;\n4)\nThe General Assembly will consider the matter again.\n")
    res = read_text(text)
    assert [(b.kind, b.num, b.heading) for b in res.body] == [("paragraph", "1.", None),
                                                              ("section", "I", "Calendar of conferences and meetings")]
    assert [(c.num, c.text) for c in res.body[1].children] == [
        ("2.", "Approves the calendar;"), ("3.", "Decides to review the calendar;"),
        ("4.", "The General Assembly will consider the matter again.")]


def test_one_paragraph_a_line_with_no_blank_lines_between():
    """A word processor's plain-text export: each paragraph on one line, no blank lines. No line goes on from the
    one above: the series letter under the title is a heading, not the title's end; a table's note is not its last
    row's end."""
    text = (
        "United Nations A/RES/76/271 B\nGeneral Assembly Distr.: General 7 July 2022\n"
        "Seventy-sixth session Agenda item 138 Programme budget for 2022\n"
        "Resolution adopted by the General Assembly on 29 June 2022\n"
        "[on the report of the Fifth Committee (A/76/633/Add.2, para. 6)]\n"
        "76/271. Addressing racism and promoting dignity for all in the United Nations Secretariat\nB\n"
        "The General Assembly,\nHaving considered the report of the Secretary-General and the related report of the "
        "Advisory Committee on Administrative and Budgetary Questions on the positions to be established in 2022,\n"
        "1. Approves the establishment of eight new general temporary assistance positions for 18 months, as "
        "detailed in the table below:\n| D-2 | P-5 | GS (OL) | Total\nDepartment of Operational Support | 1 | 2 | 1 | 4\n"
        "Total | 1 | 2 | 1 | 4\nAbbreviations: GS (OL), General Service (Other level); D, Director; P, Professional.\n"
        "2. Appropriates an additional amount of 1,194,200 United States dollars under section 29B, Department of "
        "Operational Support, of the programme budget for 2022.\n89th plenary meeting 29 June 2022\n")
    res = read_text(text)
    assert res.meta.title == "Addressing racism and promoting dignity for all in the United Nations Secretariat"
    assert [h.text for h in res.headings] == ["B"]
    assert [(b.kind, b.num, b.text) for b in res.body][1:5] == [
        ("text", None, "| D-2 | P-5 | GS (OL) | Total"), ("text", None, "Department of Operational Support | 1 | 2 | 1 | 4"),
        ("text", None, "Total | 1 | 2 | 1 | 4"),
        ("paragraph", None, "Abbreviations: GS (OL), General Service (Other level); D, Director; P, Professional.")]
    assert res.closing.meeting == "89th plenary meeting"


def test_series_letter_under_the_title_with_no_blank_line():
    """"75/253. Title" / "B1" / "The General Assembly,": the series letter (its call glued, or in brackets) ends the
    title, typed with no blank line between, and is a heading with its footnote."""
    text = ("75/253. Special subjects relating to the programme budget for 2021\nB1\nThe General Assembly,\n"
            "Recalling its resolution 75/252 of 31 December 2020,\n"
            "1. Decides to remain seized of the matter.\n__________\n"
            "1 Resolution 75/253 becomes resolution 75/253 A.\n")
    res = read_text(text)
    assert res.meta.title == "Special subjects relating to the programme budget for 2021"
    assert [(h.text, [n.text for n in h.notes]) for h in res.headings] == [
        ("B", ["Resolution 75/253 becomes resolution 75/253 A."])]
    # a typed copy with no number, its call in brackets ("B[1]", as plain-text exports print calls)
    typed = text.replace("75/253. ", "").replace("B1\n", "\nB[1]\n").replace("\n1 Resolution", "\n[1] Resolution")
    res = read_text(typed)
    assert res.meta.title == "Special subjects relating to the programme budget for 2021"
    assert [(h.text, [n.text for n in h.notes]) for h in res.headings] == [
        ("B", ["Resolution 75/253 becomes resolution 75/253 A."])]


def test_call_on_the_title_leaves_no_mark_in_it():
    """A footnote call on the title ("… in Darfur[1]", "[^1]"): the title keeps its words and no call mark (the
    model holds no notes on a title: the note is placed at the end, with a warning)."""
    for call, note in (("[1]", "[1] A note on the title."), ("[^1]", "[^1]: A note on the title.")):
        text = (f"75/251. Financing of the Operation in Darfur{call}\n\nThe General Assembly,\n\n"
                "Recalling its resolution 74/1,\n\n1. Decides to remain seized of the matter.\n\n"
                + ("__________\n" if call == "[1]" else "") + note + "\n")
        res = read_text(text)
        assert res.meta.title == "Financing of the Operation in Darfur", call
        assert [n.text for b in res.body for n in b.notes] == ["A note on the title."], call
        assert any("no marker in the text" in w for w in res.warnings), call


def test_bracketed_notes_at_a_page_foot_end_at_the_blank_line():
    """Notes given "[1] …" at the foot of a page: the next page's text after the blank line is the page's, not
    the note's (before, every line up to the next numbered paragraph went into the note)."""
    text = ("The General Assembly,\n\nRecalling the reports on special political missions,[1] which addressed the\n"
            "arrangements for such missions,\n\n_______________\n\n[1] A/66/340 and A/66/7/Add.21.\n\n\n"
            "Acknowledging the significant increase in the number of special political missions,\n\n"
            "Recognizing the need for system-wide coherence,\n\n1. Decides to remain seized of the matter.\n")
    res = read_text(text)
    assert [(b.text[:22], [n.text for n in b.notes]) for b in res.preamble] == [
        ("Recalling the reports ", ["A/66/340 and A/66/7/Add.21."]), ("Acknowledging the sign", []),
        ("Recognizing the need f", [])]


def test_markdown_note_of_two_paragraphs():
    """A markdown note whose second paragraph is indented after a blank line is one note."""
    text = ("The General Assembly,\n\nRecalling its resolution 74/1,[^1]\n\n1. Decides to remain seized of the matter.\n\n"
            "[^1]: First paragraph of the note\n    goes on here.\n\n    Second paragraph of the note.\n")
    (recital,) = read_text(text).preamble
    assert [n.text for n in recital.notes] == ["First paragraph of the note goes on here. Second paragraph of the note."]


def test_superscript_notes_at_a_page_foot_without_a_rule():
    """A cleaner's text with superscript calls and its first page's notes under no rule ("¹ A/75/73."): the notes
    are found at the page's foot and placed at their calls."""
    text = ("United Nations A/RES/75/104\n\nGeneral Assembly Distr.: General 21 December 2020\n\n"
            "Resolution adopted by the General Assembly on 10 December 2020\n\n"
            "75/104. Implementation of the Declaration\n\n"
            "The General Assembly,\n\nHaving considered the report of the Secretary-General\u00b9 and the report of the "
            "Economic and Social Council\u00b2 on the item,\n\n\u00b9 A/75/73.\n\n\u00b2 E/2020/52/Rev.1.\n\n\n"
            "A/RES/75/104 Implementation of the Declaration\n\n\nRecalling its resolution 1514 (XV),\n\n"
            "1. Decides to remain seized of the matter.\n")
    res = read_text(text)
    assert [(b.text[:20], [n.text for n in b.notes]) for b in res.preamble] == [
        ("Having considered th", ["A/75/73.", "E/2020/52/Rev.1."]), ("Recalling its resolu", [])]


def test_spaced_superscript_call_before_a_list_label():
    """"… Development; ⁷" ends the item before "(e)" as "… Development;⁷" does."""
    base = ("The General Assembly,\n\nRecalling its resolution 74/1,\n\n1. Decides:\n\n(a) To do one thing;\n\n"
            "(b) To support the programme of the Commission for the 2030 Agenda for Sustainable Development;{call}\n\n"
            "(c) To do a third thing.\n\n__________\n\u00b9 A/75/1.\n")
    for call in ("\u00b9", " \u00b9"):
        items = read_text(base.format(call=call)).body[0].children
        assert [(c.num, [n.text for n in c.notes]) for c in items] == [("(a)", []), ("(b)", ["A/75/1."]), ("(c)", [])], call
