"""Footnotes in text joined by a PDF cleaner: bodies at the page bottoms (with or without a rule), calls glued,
spaced or after numbers, told apart from the page's real numbers by the footnotes themselves."""
from converter.text_reader import _choose_calls, read_text

MASTHEAD = """United Nations A/RES/81/9 B

General Assembly Distr.: General 20 May 2027

Eighty-first session Agenda item 150 Financing of an example mission

Resolution adopted by the General Assembly on 18 May 2027

[on the report of the Fifth Committee (A/81/600/Add.1, para. 6)]

81/9. Financing of an example mission

B1

"""

# page 1: its footnotes follow the text directly (the cleaner dropped the rule) and cut an unfinished paragraph
PAGE_1 = """The General Assembly,

Having considered the report of the Secretary-General on the financing of the mission for the period from 1 January to 30 June 2027 2 and the Convention on the Example of 19693 and the Protocol thereto 4 and the resolutions 20/15 of 5 July 2012, 5 23/16 of 13 June 2013 and

1 Resolution 81/9, in section VI, becomes resolution 81/9 A.

2 A/81/800.

3 United Nations, Treaty Series, vol. 1001, No. 14691.

4 Ibid., vol. 1002, No. 14692.

5 See A/67/53, chap. IV.

"""

RUNNING_HEAD = "A/RES/81/9 B Financing of an example mission\n\n"

# page 2: a rule, a real number after a lowercase word ("for 2 years") before the glued call
PAGE_2 = """27/17 of 25 September 2014,

1. Decides to keep the mission for 6 years, in accordance with the Charter,6 and to review it;

2. Requests the Secretary-General to report thereon at its eighty-second session.

66th plenary meeting 18 May 2027

---

6 Charter of the United Nations.
"""


def _read():
    return read_text(MASTHEAD + PAGE_1 + RUNNING_HEAD + PAGE_2)


def _called_after(block, marker):
    """The text before the call of ``marker`` in ``block``."""
    note = next(n for n in block.notes if n.marker == marker)
    return block.text[: note.at]


def test_notes_without_rule_cut_out_of_an_unfinished_paragraph():
    r = _read()
    pre = r.preamble[0]
    assert pre.text.startswith("Having considered the report")
    # the paragraph runs on across the footnotes and the running head, with no footnote words in it
    assert "2012, 23/16 of 13 June 2013 and 27/17 of 25 September 2014," in pre.text
    assert "Treaty Series" not in pre.text and "A/81/800" not in pre.text
    assert [n.text for n in pre.notes][:2] == ["A/81/800.", "United Nations, Treaty Series, vol. 1001, No. 14691."]


def test_call_in_the_heading_under_the_title():
    r = _read()
    assert [h.text for h in r.headings] == ["B"]
    assert [(n.marker, n.at) for n in r.headings[0].notes] == [("1", 1)]


def test_spaced_calls_after_years_words_and_before_numbers():
    pre = _read().preamble[0]
    assert [n.marker for n in pre.notes] == ["2", "3", "4", "5"]
    assert _called_after(pre, "2").endswith("to 30 June 2027")  # spaced after a year
    assert _called_after(pre, "3").endswith("Example of 1969")  # glued to a year
    assert _called_after(pre, "4").endswith("the Protocol thereto")  # spaced after a lowercase word
    assert _called_after(pre, "5").endswith("of 5 July 2012,")  # spaced before another number
    assert "30 June 2027 and the Convention" in pre.text


def test_real_number_on_the_page_is_not_taken_for_a_call():
    para = _read().body[0]
    assert "for 6 years" in para.text  # "6 years" stays: the call is the one glued to "Charter,"
    assert _called_after(para, "6").endswith("the Charter,")


def test_choose_calls_prefers_the_plainest_calls_in_order():
    text = "in 3 countries, the Convention,1 resolution 2 (I) and the Statute 2 and the Court 3 apply"
    spans = _choose_calls(text, ["1", "2", "3"])
    got = [text[b:e].strip() for b, e in spans]
    assert got == ["1", "2", "3"]
    # the "3" of "in 3 countries" stands before note 1's call: not note 3's
    assert spans[2][0] > text.index("Court")
    # "resolution 2 (I)" is a reference, not a call
    assert spans[1][0] > text.index("Statute")


def test_choose_calls_leaves_a_note_without_call_unplaced():
    text = "as set out in paragraph 2 of resolution 70/1, the Assembly decides"
    assert _choose_calls(text, ["2"]) == [None]


def test_choose_calls_takes_a_call_glued_to_a_number_only_where_the_order_needs_it():
    text = "pursuant to its resolution 59/3008 and the reports of the Committee,9 as well as resolution 61/29"
    spans = _choose_calls(text, ["8", "9"])
    assert [text[b:e] for b, e in spans] == ["8", "9"]
    assert text[: spans[0][0]].endswith("59/300")
    # without note 8 on the page, "61/29" keeps its 9: the glued call after "Committee," is the plainer one
    assert text[: _choose_calls(text, ["9"])[0][0]].endswith("Committee,")


def test_numbering_that_skips_ahead_under_a_rule():
    page_2 = PAGE_2.replace("Charter,6", "Charter,9").replace("6 Charter of", "9 Charter of")
    r = read_text(MASTHEAD + PAGE_1 + RUNNING_HEAD + page_2)
    para = r.body[0]
    assert [(n.marker, n.text) for n in para.notes] == [("9", "Charter of the United Nations.")]
    assert _called_after(para, "9").endswith("the Charter,")
    assert "Charter of the United Nations" not in para.text


def test_decimals_and_session_numbers():
    text = "and that 4.5 billion people depend on it, at its sixtieth session 4 and the report"
    spans = _choose_calls(text, ["4"])
    assert text[: spans[0][0]].endswith("sixtieth session")


def test_no_guess_at_numbers_in_a_list_at_the_end_of_the_document():
    text = "resolutions 74/168 of 18 December 2019 and the report"
    assert _choose_calls(text, ["8"], guess=False) == [None]
    assert _choose_calls(text, ["8"], guess=True) != [None]


def test_a_marked_call_wins_over_digits_before_it():
    # the page's call is "Secretary-General7"; "fund; 7." before it (a paragraph number run into the text
    # above) must not take note 7
    text = MASTHEAD.replace("B1\n", "") + """The General Assembly,

Recalling the charge against the contingency fund;
7. Appropriates nothing,

Having considered the report of the Secretary-General7 and the related report,

1. Decides to act.

---

7 A/76/7/Add.7.
"""
    r = read_text(text)
    holder = next(b for b in r.iter_blocks() if b.notes)
    assert holder.text.startswith("Having considered")
    assert holder.text[: holder.notes[0].at].endswith("Secretary-General")


def test_spaced_call_before_a_comma_takes_its_space_along():
    text = "40/16 of 22 March 2019 7 , 42/18 of 26 September 20198 and"
    spans = _choose_calls(text, ["7", "8"])
    assert text[: spans[0][0]] + text[spans[0][1] :] == "40/16 of 22 March 2019, 42/18 of 26 September 20198 and"
    assert text[spans[1][0] : spans[1][1]] == "8" and text[: spans[1][0]].endswith("September 2019")
