"""Model → plain text (the printed format is a contract with the text reader), and `akn text`."""
from pathlib import Path

import pytest
from click.testing import CliRunner

from converter.cli import main
from converter.model import Annex, Block, Closing, Meta, Note, Resolution
from converter.text_writer import superscript, to_text, with_markers

FIX = Path(__file__).parent / "fixtures" / "akn"
UN_STYLE = FIX / "un_style.xml"
UN_COLLECTION = FIX / "un_collection.xml"


def small() -> Resolution:
    meta = Meta(
        symbol="A/RES/80/1", number="80/1", title="Participation by the State of Palestine during the eightieth session",
        adopted="2025-09-19", adopted_text="19 September 2025", issued="2025-09-19", issued_text="19 September 2025",
        session="Eightieth session", session_number="80", agenda=["Agenda item 7"],
        agenda_title="Organization of work, adoption of the agenda and allocation of items",
        proponent="[without reference to a Main Committee (A/80/L.2/Rev.1)]", committee="noMainCommittee",
        origin="A/80/L.2/Rev.1", distribution="Distr.: General", has_masthead=True,
    )
    pre = [
        Block("preamble", text="Expressing concern regarding the United Nations are prevented,", lead="Expressing concern",
              notes=[Note("1", "See resolution 169 (II).", len("Expressing concern regarding the United Nations"))]),
        Block("preamble", text="Recalling also the Headquarters Agreement,", lead="Recalling also"),
    ]
    p1 = Block("paragraph", num="1.", text="Decides, without a precedent, that:", lead="Decides", children=[
        Block("point", num="(a)", text="The State of Palestine may speak;", children=[
            Block("point", num="(i)", text="nested point;", notes=[Note("2", "Resolution 70/1.", 6)]),
        ]),
        Block("point", num="(b)", text="Other point;"),
    ], wrap="and reports thereon;", wrap_notes=[Note("*", "Star note.", len("and reports thereon"))])
    body = [
        p1,
        Block("paragraph", num="2.", text="Also decides to act;", lead="Also decides"),
        Block("section", num="I.", heading="Heading of a section", children=[
            Block("paragraph", num="3.", text="Further decides to continue.", lead="Further decides"),
        ]),
        Block("heading", text="Other matters"),
        Block("paragraph", text="Unnumbered paragraph."),
    ]
    annex = Annex(label="Annex I", title="Title of the annex", title_notes=[Note("12", "Twelve.", 5)],
                  subtitles=["New York, 1 March 2026"],
                  blocks=[Block("paragraph", num="1.", text="We, the Heads of State, declare."),
                          Block("text", text="Closing words.")])
    return Resolution(meta=meta, formula="The General Assembly,", preamble=pre, body=body,
                      closing=Closing("3rd plenary meeting", "2025-09-19", "19 September 2025"), annexes=[annex])


PRINTED = """\
United Nations
A/RES/80/1
General Assembly
Distr.: General
19 September 2025
Eightieth session
Agenda item 7
Organization of work, adoption of the agenda and allocation of items
Resolution adopted by the General Assembly on 19 September 2025
[without reference to a Main Committee (A/80/L.2/Rev.1)]

80/1. Participation by the State of Palestine during the eightieth session

The General Assembly,

Expressing concern regarding the United Nations¹ are prevented,

Recalling also the Headquarters Agreement,

1. Decides, without a precedent, that:

    (a) The State of Palestine may speak;

        (i) nested² point;

    (b) Other point;

and reports thereon*;

2. Also decides to act;

I. Heading of a section

3. Further decides to continue.

Other matters

Unnumbered paragraph.

3rd plenary meeting
19 September 2025

Annex I
Title¹² of the annex
New York, 1 March 2026

1. We, the Heads of State, declare.

Closing words.

__________
¹ See resolution 169 (II).
² Resolution 70/1.
* Star note.
¹² Twelve.
"""


def test_printed_golden():
    assert to_text(small()) == PRINTED


def test_body_style():
    assert to_text(small(), "body") == """\
The General Assembly,

Expressing concern regarding the United Nations¹ are prevented,

Recalling also the Headquarters Agreement,

1. Decides, without a precedent, that:

    (a) The State of Palestine may speak;

        (i) nested² point;

    (b) Other point;

and reports thereon*;

2. Also decides to act;

I. Heading of a section

3. Further decides to continue.

Other matters

Unnumbered paragraph.

__________
¹ See resolution 169 (II).
² Resolution 70/1.
* Star note.
"""


def test_lines_style():
    out = to_text(small(), "lines")
    assert "\n\n" not in out and not any(line.startswith(" ") for line in out.splitlines())
    expected = [ln.strip() for ln in PRINTED.splitlines() if ln.strip()]
    assert out.splitlines() == expected


def test_superscripts_and_markers():
    assert superscript("1") == "¹" and superscript("12") == "¹²" and superscript("90") == "⁹⁰"
    assert superscript("*") == "*" and superscript("a") == "a"
    assert with_markers("abc", [Note("2", "", 3), Note("1", "", 1)]) == "a¹bc²"
    assert with_markers("abc", [Note("1", "", 99), Note("2", "", -5)]) == "²abc¹"  # clamped
    assert with_markers("ab", [Note("1", "", 1), Note("2", "", 1)]) == "a¹²b"  # same place: in order


def test_masthead_only_what_the_model_has():
    r = Resolution(meta=Meta(number="65/124", title="Question of X"), formula="The General Assembly,",
                   body=[Block("paragraph", num="1.", text="Decides.")])
    assert to_text(r) == "65/124. Question of X\n\nThe General Assembly,\n\n1. Decides.\n"
    r.meta.symbol = "A/RES/65/124"
    r.meta.adopted_text = "13 December 2010"
    assert to_text(r).startswith("65/124. Question of X")  # no coverPage in the model: no masthead
    r.meta.has_masthead = True
    assert to_text(r).startswith(
        "United Nations\nA/RES/65/124\nGeneral Assembly\nResolution adopted by the General Assembly on 13 December 2010\n\n65/124.")
    r.meta.doc_name = "decision"
    assert "Decision adopted by the General Assembly on" in to_text(r)


def test_headings_lines_between_title_and_formula():
    r = Resolution(meta=Meta(number="75/245", title="Common system"), formula="The General Assembly,",
                   headings=[Block("heading", text="B", notes=[Note("1", "Becomes 75/245 A.", 1)])])
    assert to_text(r) == "75/245. Common system\n\nB¹\n\nThe General Assembly,\n\n__________\n¹ Becomes 75/245 A.\n"
    assert to_text(r, "body") == "The General Assembly,\n"


def test_agenda_titles_one_per_line():
    r = Resolution(meta=Meta(agenda=["Agenda items 12 and 13"], agenda_title="First\nSecond", has_masthead=True))
    assert to_text(r) == "United Nations\nGeneral Assembly\nAgenda items 12 and 13\nFirst\nSecond\n"


def test_odd_models_never_crash():
    assert to_text(Resolution()) == ""
    odd = Resolution(
        meta=Meta(number=None, title=None, agenda=[None, ""]),
        preamble=[Block("preamble", text=None, notes=[Note("1", None, None)])],
        body=[Block("weird", num="9", text="x", children=[None, Block("point")]), None,
              Block("section"), Block("section", heading="H", text="stray text", wrap="w"),
              Block("paragraph", notes=[Note("3", "n", 0)])],
        closing=Closing(),
        annexes=[Annex(label=None, title=None), None, Annex(blocks=[Block("text", text="t")])],
    )
    odd.headings = [None, Block("heading")]
    for style in ("printed", "body", "lines"):
        out = to_text(odd, style)
        assert "9 x" in out and "stray text" in out
    with pytest.raises(ValueError):
        to_text(Resolution(), "fancy")


def test_multiline_fields_stay_on_one_line():
    r = Resolution(formula="The General\nAssembly,", body=[Block("paragraph", num="1.", text="a\nb  c")])
    assert to_text(r) == "The General Assembly,\n\n1. a b c\n"


# --- akn text ---------------------------------------------------------------------------------

def run(*args, input=None):
    return CliRunner().invoke(main, ["text", *args], input=input)


def test_cli_file_to_stdout():
    r = run(str(UN_STYLE))
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("United Nations\nA/RES/81/998\n")
    assert "        (i) Region one;\n" in r.stdout
    assert r.stdout.endswith("__________\n¹ A/81/100.\n² See Charter.\n³ An annex footnote.\n")
    assert r.stderr == ""


def test_cli_styles_and_output_file(tmp_path):
    out = tmp_path / "sub" / "x.txt"
    r = run(str(UN_STYLE), "-o", str(out), "--style", "body")
    assert r.exit_code == 0 and r.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith("The General Assembly,\n") and "Annex" not in text and "plenary meeting" not in text
    r = run(str(UN_STYLE), "--style", "lines")
    assert r.exit_code == 0 and "\n\n" not in r.stdout and "\n    " not in r.stdout


def test_cli_stdin():
    r = run("-", input=UN_STYLE.read_bytes())
    assert r.exit_code == 0 and "81/998. Fictional test resolution" in r.stdout


def test_cli_collection_prints_every_component():
    r = run(str(UN_COLLECTION))
    assert r.exit_code == 0
    out = r.stdout
    assert out.count("United Nations") == 1 and out.count("81/997. Questions relating to fiction") == 1
    assert out.index("\nA\n") < out.index("Fiction in the service of humanity") < out.index("\nB\n") < out.index("Fiction policies")
    assert out.count("__________") == 2


def test_cli_errors_are_one_line(tmp_path):
    cases = [
        (["-"], b"<akomaNtoso><statement>", 1, "<stdin>:1: not well-formed XML"),
        (["-"], b"<html/>", 1, "<stdin>:1: not an Akoma Ntoso document"),
        (["-"], b'<!DOCTYPE a [<!ENTITY x "y">]><akomaNtoso/>', 1, "<stdin>"),
        ([str(tmp_path / "missing.xml")], None, 2, "missing.xml: cannot read: no such file or directory"),
        ([str(tmp_path)], None, 2, "cannot read"),
    ]
    for args, data, code, start in cases:
        r = run(*args, input=data)
        assert r.exit_code == code, (args, r.output)
        assert r.stdout == ""
        assert r.stderr.count("\n") == 1 and start in r.stderr, r.stderr
        assert "Traceback" not in r.stderr


def test_cli_usage_errors_exit_2():
    assert run().exit_code == 2
    assert run(str(UN_STYLE), "--style", "fancy").exit_code == 2


def test_cli_unwritable_output(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = run(str(UN_STYLE), "-o", str(blocker / "out.txt"))
    assert r.exit_code == 2 and "cannot write" in r.stderr and r.stderr.count("\n") == 1


# --- akn roundtrip ----------------------------------------------------------------------------

def rt(*args, input=None):
    return CliRunner().invoke(main, ["roundtrip", *args], input=input)


def test_model_differences():
    from converter.compare import differences as _model_differences

    a, b = small(), small()
    assert _model_differences(a, b) == []
    b.body[0].children[0].children[0].text = "nested changed;"
    b.body[0].children[0].children[0].notes[0].at = 3
    b.preamble[0].lead = "Expressing"
    b.closing.meeting = None
    b.annexes[0].title = "Other"
    d = _model_differences(a, b)
    assert "preamble/#1: lead 'Expressing concern' became 'Expressing'" in d
    assert "body/1./(a)/(i): text 'nested point;' became 'nested changed;'" in d
    assert any(x.startswith("body/1./(a)/(i): notes") for x in d)
    assert "closing: meeting '3rd plenary meeting' became None" in d
    assert "annex 1: title 'Title of the annex' became 'Other'" in d
    b.body = []
    assert "body: 5 blocks became 0" in _model_differences(a, b)
    assert len(_model_differences(a, Resolution(), limit=3)) == 4  # 3 and "... and N more"


def test_roundtrip_of_our_example_is_exact(tmp_path):
    from .conftest import SHARED

    example = SHARED / "PROFILE-example.xml"
    if not example.exists():
        pytest.skip("PROFILE-example.xml not available")
    r = rt(str(example), "--keep", str(tmp_path))
    assert r.exit_code == 0, r.output
    assert r.stdout == f"{example}: ok\n"
    assert (tmp_path / "PROFILE-example.txt").read_text(encoding="utf-8").startswith("United Nations\nA/RES/81/999\n")
    assert (tmp_path / "PROFILE-example.roundtrip.xml").read_bytes().startswith(b"<?xml")


def test_roundtrip_reports_differences(monkeypatch):
    import converter.api as api

    def lossy(text, **kw):  # a converter that changes a word
        xml = UN_STYLE.read_bytes()
        return api.Result(xml.replace(b"Approves</span> the budget", b"Approves</span> the whole budget"), [])

    monkeypatch.setattr(api, "convert_text", lossy)
    r = rt(str(UN_STYLE))
    assert r.exit_code == 1
    assert r.stdout == f"{UN_STYLE}: body/I/1.: text 'Approves the budget;' became 'Approves the whole budget;'\n"

    def broken(text, **kw):
        raise api.ConversionError("no formula")

    monkeypatch.setattr(api, "convert_text", broken)
    r = rt("-", input=UN_STYLE.read_bytes())
    assert r.exit_code == 1 and r.stdout == "<stdin>: the text did not convert back: ConversionError: no formula\n"


def test_roundtrip_input_errors():
    r = rt("-", input=b"<html/>")
    assert r.exit_code == 1 and r.stderr.startswith("<stdin>:1: not an Akoma Ntoso document")
    r = rt("/nonexistent/x.xml")
    assert r.exit_code == 2 and "cannot read" in r.stderr and "Traceback" not in r.output


def test_deep_models_do_not_hit_the_recursion_limit():
    root = b = Block("paragraph", num="1.", text="x")
    for _ in range(1200):
        c = Block("point", num="(a)", text="y")
        b.children.append(c)
        b = c
    out = to_text(Resolution(body=[root]), "lines")
    assert out.count("(a) y") == 1200
