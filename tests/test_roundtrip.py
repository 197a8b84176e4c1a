"""Round-trip guarantees (issue 6), as properties over generated resolutions.

1. For our own output X: convert(text(X)) == X, byte for byte.
2. For an input text T: text(convert(T)) is a fixed point of text∘convert and keeps T's words in order.
"""
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from converter.api import convert_text
from converter.akn_reader import read_akn
from converter.model import Annex, Block, Closing, Meta, Note, Resolution
from converter.text_writer import to_text

from .conftest import SAMPLES

WORDS = ("cooperation development programme Member States report Organization regional support peace security "
         "implementation countries international assistance resources strategy framework capacity the of and in "
         "to for with on its their all relevant further Secretary-General").split()
OPENERS = ["Recalling", "Recalling also", "Reaffirming", "Noting with concern", "Welcoming", "Deeply concerned",
           "Bearing in mind", "Having considered", "Taking note", "Convinced", "Mindful", "Recognizing further"]
VERBS = ["Decides", "Requests", "Welcomes", "Encourages", "Calls upon", "Also decides", "Takes note",
         "Urges", "Invites", "Further requests", "Reaffirms", "Stresses"]
ENDINGS_PRE = [","]
DATE = st.builds(lambda d, m, y: f"{d} {m} {y}", st.integers(1, 28),
                 st.sampled_from(["January", "March", "June", "October", "December"]), st.integers(1990, 2030))
REF = st.builds(lambda s, n: f"resolution {s}/{n}", st.integers(50, 80), st.integers(1, 300))


@st.composite
def phrase(draw, min_words=4, max_words=30):
    words = draw(st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=max_words))
    extras = draw(st.lists(st.one_of(DATE, REF), max_size=2))
    for e in extras:
        words.insert(draw(st.integers(1, len(words))), e)  # a paragraph opens with a word
    return " ".join(words)


@st.composite
def notes_for(draw, text, counter):
    out = []
    for _ in range(draw(st.integers(0, 2))):
        # a call after a word, never inside one
        ends = [m.end() for m in re.finditer(r"\w\b", text)]
        if not ends:
            break
        counter[0] += 1
        out.append(Note(str(counter[0]), "See " + draw(st.sampled_from(["A/75/74.", "resolution 70/1.", "ibid."])),
                        draw(st.sampled_from(ends))))
    out.sort(key=lambda n: n.at)
    return out


@st.composite
def resolutions(draw):
    counter = [0]
    number = f"{draw(st.integers(60, 81))}/{draw(st.integers(1, 330))}"
    res = Resolution(meta=Meta(number=number, title=draw(phrase(3, 10)).capitalize()))
    res.formula = "The General Assembly,"
    for _ in range(draw(st.integers(0, 6))):
        text = f"{draw(st.sampled_from(OPENERS))} {draw(phrase())},"
        res.preamble.append(Block("preamble", text=text, notes=draw(notes_for(text, counter))))
    n_paras = draw(st.integers(1, 7))
    for i in range(1, n_paras + 1):
        text = f"{draw(st.sampled_from(VERBS))} {draw(phrase())}"
        para = Block("paragraph", num=f"{i}.")
        letters = draw(st.integers(0, 4)) if i < n_paras else 0
        if letters:
            para.text = text + ":"
            for j in range(letters):
                pt = Block("point", num=f"({'abcdefgh'[j]})", text=draw(phrase()).capitalize() + ";")
                romans = draw(st.integers(0, 2)) if j == 0 else 0
                if romans:
                    pt.text = pt.text[:-1] + ":"
                    pt.children = [Block("point", num=f"({r})", text=draw(phrase()).capitalize() + ";")
                                   for r in ["i", "ii"][:romans]]
                para.children.append(pt)
        else:
            para.text = text + (";" if i < n_paras else ".")
        para.notes = draw(notes_for(para.text, counter))
        res.body.append(para)
    if draw(st.booleans()):
        res.closing = Closing(meeting=f"{draw(st.integers(2, 99))}th plenary meeting",
                              date_text="13 December 2010", date="2010-12-13")
        if draw(st.booleans()):
            annex = Annex(label="Annex", title=draw(phrase(3, 8)).capitalize())
            for k in range(1, draw(st.integers(1, 4)) + 1):
                annex.blocks.append(Block("paragraph", num=f"{k}.",
                                          text=f"We {draw(phrase())}."))
            res.annexes.append(annex)
    return res


OPTS = dict(symbol="A/RES/65/124", adopted="2010-12-13", markup_date="2026-01-01")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(resolutions())
def test_our_output_survives_text_and_back(model):
    x = convert_text(to_text(model), **OPTS).xml
    assert convert_text(to_text(read_akn(x)), **OPTS).xml == x


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(resolutions())
def test_text_is_a_fixed_point_and_keeps_the_words(model):
    t = to_text(model)
    t2 = to_text(read_akn(convert_text(t, **OPTS).xml))
    t3 = to_text(read_akn(convert_text(t2, **OPTS).xml))
    assert t3 == t2
    _assert_words_in_order(t, t2)


def _assert_words_in_order(src: str, out: str):
    def words(s):
        return re.findall(r"\w[\w’'-]*", s.translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")))

    rest = iter(words(out))
    missing = [w for w in words(src) if w not in rest]
    assert not missing, missing[:10]


def test_seed_text_fixed_point():
    seed = (SAMPLES / "A_RES_65_124.txt").read_text(encoding="utf-8")
    t2 = to_text(read_akn(convert_text(seed, **OPTS).xml))
    assert to_text(read_akn(convert_text(t2, **OPTS).xml)) == t2
    _assert_words_in_order(seed, t2)


SECURITY_COUNCIL = """United Nations S/RES/2712 (2023)
Security Council Distr.: General
15 November 2023

Resolution 2712 (2023)

Adopted by the Security Council at its 9479th meeting, on
15 November 2023

The Security Council,

Recalling its resolutions 1261 (1999) and 1314 (2000) on children and armed conflict,

1. Calls upon all parties to the conflict to comply with their obligations under international law;

2. Decides to remain seized of the matter.

23-22458 (E)
*2322458*
"""


def test_security_council_resolution_is_its_own_and_survives_text_and_back():
    from converter import validate
    from converter.text_reader import read_text

    m = read_text(SECURITY_COUNCIL).meta
    assert (m.organ, m.symbol, m.number, m.adopted, m.adoption_meeting, m.issued, m.other) == (
        "sc", "S/RES/2712 (2023)", "2712 (2023)", "2023-11-15", "9479th meeting", "2023-11-15", [])
    xml = convert_text(SECURITY_COUNCIL, markup_date="2026-01-01").xml
    assert b"/akn/un/statement/deliberation/unsc/2023-11-15/2712(2023)/!main" in xml
    assert b"General Assembly" not in xml  # no word of another organ
    assert not validate(xml, level=2)
    text = to_text(read_akn(xml))
    assert convert_text(text, markup_date="2026-01-01").xml == xml  # guarantee 1
    _assert_words_in_order(SECURITY_COUNCIL.replace("23-22458 (E)\n*2322458*\n", ""), text)


def test_security_council_symbol_given_for_a_text_without_masthead():
    from converter.text_reader import read_text

    body = SECURITY_COUNCIL[SECURITY_COUNCIL.index("Recalling") :]  # no masthead, no formula
    m = read_text(body, symbol="S/RES/2712 (2023)", adopted="2023-11-15").meta
    assert (m.organ, m.number) == ("sc", "2712 (2023)")
    xml = convert_text(body, symbol="S/RES/2712 (2023)", adopted="2023-11-15", markup_date="2026-01-01").xml
    assert b'FRBRauthor href="#securityCouncil"' in xml and b"unsc/2023-11-15" in xml
