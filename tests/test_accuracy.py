"""The accuracy harness (benchmarks/accuracy.py) and the shape generator measure what they claim.

These tests check the instrument, not the reader: a UN file compared with itself scores 100 % everywhere,
each kind of damage lowers the score that measures it (and only that), the shapes are deterministic and
keep every word. Skipped when the shared corpus is absent.
"""
from __future__ import annotations

import copy
import json
import re
import sys

import pytest

from converter.model import Block, Note

from .conftest import ROOT, corpus_or_skip

sys.path.insert(0, str(ROOT / "benchmarks"))
import accuracy  # noqa: E402
import shapes  # noqa: E402

UN80 = ("un-akn", "eng", "80")


def _un(name: str):
    return accuracy._read_akn(corpus_or_skip(*UN80, name))


@pytest.fixture(scope="module")
def un_1():
    """A/RES/80/1: preamble, operative paragraphs with (a)-(c), one footnote, masthead."""
    return _un("A_RES_80_1-2515106E.xml")


@pytest.fixture(scope="module")
def un_3():
    """A/RES/80/3: an annex with sections, lists and 16 footnotes."""
    return _un("A_RES_80_3-2516680E.xml")


def _perfect(r: dict):
    assert r["perfect"], r["diffs"]
    for k in ("p_blocks", "p_bounds", "p_nums", "p_notes", "p_ntext", "p_meta"):
        assert r[k] in (100.0, None), k
    assert r["p_lost"] == r["p_added"] == 0.0
    assert r["diffs"] == [] and r["categories"] == []


def test_normalisation_is_for_comparison_only():
    assert accuracy.norm(" \u201cNon\u2011governmental\u201d \u2013 it\u2019s\u00a012\u00a0May ") == '"Non-governmental" - it\'s 12 May'
    assert accuracy.norm_num("\t1.") == "1." and accuracy.norm_num(" (a) ") == "(a)"
    assert accuracy.norm_marker("\u00b9\u00b2") == "12"


def test_flatten_kinds_numbers_and_marker_words(un_1, un_3):
    flat = accuracy.flatten(un_1)
    kinds = [b.kind for b in flat]
    assert kinds[0] == "formula" and kinds[-1] == "closing"
    assert kinds.count("preamble") == 5 and kinds.count("paragraph") == 3 and kinds.count("point") == 3
    assert [b.num for b in flat if b.kind == "point"] == ["(a)", "(b)", "(c)"]
    first = flat[1]
    assert first.notes == [("1", "See resolution 169 (II).", len(first.text.split(" are prevented")[0].split()))]
    assert first.text.split()[first.notes[0][2] - 1] == "Nations"  # the marker follows "Nations"
    annex = [b.kind for b in accuracy.flatten(un_3) if b.kind.startswith("annex")]
    assert annex[:2] == ["annex", "annex:title"] and "annex:heading" in annex and "annex:point" in annex


@pytest.mark.parametrize("name", ["A_RES_80_1-2515106E.xml", "A_RES_80_3-2516680E.xml", "A_RES_80_10-2519432E.xml"])
def test_un_file_against_itself_is_perfect(name):
    un = _un(name)
    _perfect(accuracy.compare(un, copy.deepcopy(un)))


def _first(res, kind):
    return next(b for b in res.iter_blocks() if b.kind == kind)


def test_merged_blocks_lower_blocks_and_bounds(un_1):
    bad = copy.deepcopy(un_1)
    a, b = bad.preamble[3], bad.preamble.pop(4)
    a.text = a.text + " " + b.text
    r = accuracy.compare(un_1, bad)
    assert r["blocks_exact"] == r["bounds_exact"] == r["blocks_un"] - 2
    assert r["p_lost"] == r["p_added"] == 0.0  # same words
    assert "merged preamble" in r["categories"] and not r["perfect"]


def test_wrong_kind_keeps_bounds(un_1):
    bad = copy.deepcopy(un_1)
    bad.body[1].kind = "preamble"
    r = accuracy.compare(un_1, bad)
    assert r["bounds_exact"] == r["blocks_un"] and r["blocks_exact"] == r["blocks_un"] - 1
    assert "kind paragraph → preamble" in r["categories"]


def test_wrong_number_lowers_nums_only(un_1):
    bad = copy.deepcopy(un_1)
    bad.body[0].children[1].num = "(c)"
    r = accuracy.compare(un_1, bad)
    assert r["nums_right"] == r["nums_total"] - 1 and r["p_blocks"] == 100.0
    assert "number wrong (point)" in r["categories"]


def test_footnote_damage(un_1):
    moved = copy.deepcopy(un_1)
    note = moved.preamble[0].notes[0]
    note.at = moved.preamble[0].text.index(" from participating")  # two words later
    r = accuracy.compare(un_1, moved)
    assert r["notes_placed"] == 0 and r["notes_text"] == 1 and "footnote at wrong word" in r["categories"]

    other = copy.deepcopy(un_1)
    other.preamble[1].notes.append(other.preamble[0].notes.pop())
    r = accuracy.compare(un_1, other)
    assert r["notes_placed"] == 0 and "footnote in another block" in r["categories"]


def test_footnote_words_count(un_1):
    gone = copy.deepcopy(un_1)
    gone.preamble[0].notes.clear()
    r = accuracy.compare(un_1, gone)
    assert r["words_lost"] == len("See resolution 169 (II).".split())
    assert "footnote missing" in r["categories"]


def test_metadata_scored_only_with_masthead(un_1):
    bad = copy.deepcopy(un_1)
    bad.meta.title = "Something else"
    bad.meta.adopted = None
    r = accuracy.compare(un_1, bad)
    assert (r["meta_right"], r["meta_fields"]) == (2, 4)
    assert {"metadata title", "metadata adopted"} <= set(r["categories"])
    r = accuracy.compare(un_1, bad, has_masthead=False)
    assert r["meta_fields"] == 0 and r["p_meta"] is None


def test_words_lost_and_added(un_1):
    bad = copy.deepcopy(un_1)
    b = bad.body[2]
    b.text = b.text.replace("only ", "") + " 25-15106"
    r = accuracy.compare(un_1, bad)
    assert (r["words_lost"], r["words_added"]) == (1, 1)  # "only" lost, "25-15106" added
    assert r["p_blocks"] < 100.0
    assert r["score"] < accuracy.compare(un_1, copy.deepcopy(un_1))["score"]


def test_text_difference_is_named():
    assert accuracy._classify_text("the United Nations are", "the United Nations1 are") == "marker left in text"
    assert accuracy._classify_text("Rights, the", "Rights, 1 the") == "marker left in text"
    assert accuracy._classify_text("Decides that", "1. Decides that") == "number left in text"
    assert accuracy._classify_text("for 2024-2034 and", "for 2024- 2034 and") == "hyphenation/spacing"
    assert accuracy._classify_text("the end.", "the end. 25-15106 2/5") == "furniture in text"


def test_un_hyphen_space_typo_is_named_a_quirk_only_when_nothing_else_differs():
    un = "persons residing in all conflict- affected areas throughout Georgia;"
    assert accuracy._hyphen_space_in_un_text(un, un.replace("conflict- affected", "conflict-affected"))
    assert not accuracy._hyphen_space_in_un_text(un, un.replace("conflict- affected", "conflictaffected"))
    assert not accuracy._hyphen_space_in_un_text(un, un.replace("- affected areas", "-affected zones"))
    assert not accuracy._hyphen_space_in_un_text(un, un)
    both = "a gender- and age-specific perspective"
    assert not accuracy._hyphen_space_in_un_text(both, both.replace("gender- and", "gender-and"))


def test_unlabelled_item_of_a_list_the_un_flattened_is_named_a_quirk():
    F = accuracy.FBlock
    un = [F("paragraph", "1.", "Decides that:"), F("paragraph", "", "Panel 1: health;"),
          F("paragraph", "", "Panel 2: finance;"), F("paragraph", "(c)", "Each panel will be co-chaired.")]
    ours = [F("paragraph", "1.", "Decides that:"), F("point", "", "Panel 1: health;"),
            F("point", "", "Panel 2: finance;"), F("point", "(c)", "Each panel will be co-chaired.")]
    assert accuracy._unlabelled_in_flattened(un, ours, 1, 1) and accuracy._unlabelled_in_flattened(un, ours, 2, 2)
    # where the next labelled item is the UN's point too, the list was not flattened: ours differs for real
    assert not accuracy._unlabelled_in_flattened(un[:3] + [F("point", "(c)", "Each panel.")], ours, 1, 1)
    assert not accuracy._unlabelled_in_flattened(un[:3], ours[:3], 1, 1)


def test_render_diff_shows_both_sides(un_1):
    bad = copy.deepcopy(un_1)
    bad.preamble[2].text = bad.preamble[2].text.replace("Host Country", "Host Country3")
    out = accuracy.render_diff(un_1, bad)
    assert "≠ UN  preamble" in out and "[-Country-]{+Country3+}" in out
    assert out.count("\n=") >= 2  # equal blocks are shown (or elided) too
    assert "metadata: symbol ok" in out


@pytest.mark.parametrize("shape", shapes.SHAPES)
def test_shapes_are_deterministic_and_keep_every_word(un_3, shape):
    a = shapes.generate(un_3, shape, seed="x")
    assert a == shapes.generate(un_3, shape, seed="x")
    assert not re.search("[\U000F0000-\U000FFFFD<>]", a)  # no placeholder or markup leaks
    text = " ".join(a.split())
    if shape == "markdown":
        text = re.sub(r"\[\^[^\]]+\]", "", text)
    words = set(accuracy.norm(text).split())
    stripped = {w[:-k] for w in words for k in (1, 2) if w[-k:].isdigit()}  # markers glued to words
    missing = [w for w in accuracy.body_words(accuracy.flatten(un_3)) if w not in words and w not in stripped]
    assert missing == [], missing[:10]


def test_pdf_shape_has_page_furniture_and_page_notes(un_3):
    text = shapes.generate(un_3, "pdf", seed="A_RES_80_3-2516680E.xml")
    lines = [ln.strip() for ln in text.splitlines()]
    assert "25-16680 (E)" in lines and "*2516680*" in lines
    assert any(re.fullmatch(r"\d/\d", ln) for ln in lines)
    assert any(re.fullmatch(r"_{10,}", ln) for ln in lines)
    assert max(len(ln) for ln in lines) <= 95
    assert not any(ln.startswith("[^") for ln in lines)


def test_run_pdf_and_main(tmp_path, capsys):
    corpus_or_skip("pdf-text", "A_RES_80_1.v1.0.0-raw.txt")
    r = accuracy.run_pdf(accuracy.CORPUS / "pdf-text" / "A_RES_80_1.v1.0.0-raw.txt")
    assert r["scored"] and r["symbol"] == "A/RES/80/1" and 0 <= r["p_blocks"] <= 100
    out = tmp_path / "r.json"
    assert accuracy.main(["--set", "roundtrip", "--limit", "2", "--jobs", "1", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "== roundtrip" in printed and "guarantee 3" in printed and "average %" in printed
    data = json.loads(out.read_text())
    assert len(data) == 2 and all(d["set"] == "roundtrip" for d in data)
    assert accuracy.main(["--show", "80/1", "--set", "pdf"]) == 0
    shown = capsys.readouterr().out
    assert "A_RES_80_1.v1.0.0-raw.txt" in shown and "footnotes: UN 1" in shown
