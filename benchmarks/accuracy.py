"""How close our XML comes to the UN's own markup of the same resolution, block by block.

Both sides are read into the document model with ``read_akn`` — ours is the XML that
``converter.api.convert_text`` makes from a text — then flattened and compared:

blocks      the ordered paragraphs with their kind (formula, preamble, paragraph, point, heading,
            text, wrap, closing; ``annex:`` before anything inside an annex), number and normalised
            text; aligned with difflib on (kind, text) and on text alone. Scores: the share of the UN's
            blocks whose boundaries and kind we reproduce exactly (``blocks``), whose boundaries we
            reproduce whatever the kind (``bounds``), and of numbers right among aligned blocks (``nums``).
footnotes   (marker, text, word index of the marker in its owner block): placed right when our block
            aligned with the UN's owner has a note with the same marker at the same word (``notes``);
            note bodies equal (``ntext``).
metadata    symbol, adoption date, title, session: share equal, scored only when the input has a masthead.
words       the multiset difference of all body words (preamble, operative, annexes, notes): words
            lost and words added, as a share of the UN's words.

Sets:

pdf         the real extractions in corpus/pdf-text against corpus/un-akn/eng/80 (80/2 and the 73 files
            have no UN file: converted, not scored; the two 73/7 extractions should give the same XML).
roundtrip   ``to_text`` (printed) of every UN file of sessions 75-77, converted back: guarantee 3 of the
            round trip (same blocks, numbers, footnotes and metadata) holds exactly or not.
shapes      the same UN files rendered by ``benchmarks/shapes.py`` as PDF extractors, cleaners, markdown
            and typists show them.

    python benchmarks/accuracy.py [--set pdf|roundtrip|shapes|all] [--limit N] [--jobs N]
                                  [--shape NAME] [--json FILE] [--show SYMBOL [--input]]

Prints numbers and asserts nothing. ``--show 80/1`` prints the full diff for one document (UN block
against ours, word-level changes marked ``[-UN-]{+ours+}``).
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import signal
import sys
import time
import traceback
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

import shapes  # noqa: E402
from common import git_state  # noqa: E402

SHARED = Path(os.environ.get("AKN_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
MARKUP_DATE = "2026-01-01"  # fixed, so that two conversions of the same text give the same bytes
TIMEOUT = 120  # seconds per document

# ---------------------------------------------------------------------------------------------
# normalisation (for comparison only)

_FOLD = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\u200e": None, "\u200f": None,
    "\u2060": None, "\ufeff": None,  # invisible: soft hyphen, zero-width and direction marks
})


def norm(s) -> str:
    """NFKC, quotes/dashes/non-breaking hyphens to ASCII, invisible marks dropped, whitespace collapsed, stripped."""
    if not s:
        return ""
    return " ".join(unicodedata.normalize("NFKC", str(s)).translate(_FOLD).split())


def norm_num(s) -> str:
    return re.sub(r"[ \t\u00a0]+", "", unicodedata.normalize("NFKC", str(s or "")))


def norm_marker(s) -> str:
    return norm(s).replace(" ", "")


# ---------------------------------------------------------------------------------------------
# flattening


@dataclass
class FBlock:
    kind: str
    num: str
    text: str  # normalised
    notes: list = field(default_factory=list)  # [(marker, normalised text, word index)]

    def label(self) -> str:
        return f"{self.kind} {self.num}".strip()


_KIND = {"section": "heading", "heading": "heading"}


def _word_at(text: str, at) -> int:
    try:
        at = int(at)
    except (TypeError, ValueError):
        at = 0
    at = min(max(at, 0), len(text or ""))
    return len(norm((text or "")[:at]).split())


def _fb(kind: str, num, text, notes) -> FBlock:
    return FBlock(kind, norm_num(num), norm(text),
                  [(norm_marker(n.marker), norm(n.text), _word_at(text, n.at)) for n in (notes or []) if n is not None])


def flatten(res) -> list[FBlock]:
    """The resolution as an ordered list of blocks (see the module docstring)."""
    out: list[FBlock] = []

    def walk(b, prefix: str):
        kind = _KIND.get(b.kind, b.kind or "text")
        if b.kind == "section":
            out.append(_fb(prefix + kind, b.num, b.heading, b.heading_notes))
            if b.text or b.notes:
                out.append(_fb(prefix + "text", None, b.text, b.notes))
        else:
            out.append(_fb(prefix + kind, b.num, b.text, b.notes))
        for c in b.children or []:
            walk(c, prefix)
        if b.wrap or b.wrap_notes:
            out.append(_fb(prefix + "wrap", None, b.wrap, b.wrap_notes))

    for h in res.headings or []:
        walk(h, "")
    if res.formula:
        out.append(_fb("formula", None, res.formula, []))
    for b in res.preamble or []:
        walk(b, "")
    for b in res.body or []:
        walk(b, "")
    c = res.closing
    if c is not None and (c.meeting or c.date_text):
        out.append(_fb("closing", None, " ".join(x for x in (c.meeting, c.date_text) if x), []))
    for a in res.annexes or []:
        out.append(_fb("annex", None, a.label, []))
        if a.title or a.title_notes:
            out.append(_fb("annex:title", None, a.title, a.title_notes))
        for s in a.subtitles or []:
            out.append(_fb("annex:title", None, s, []))
        for b in a.blocks or []:
            walk(b, "annex:")
    return out


_NOT_BODY = {"formula", "closing"}


def body_words(blocks: list[FBlock]) -> Counter:
    """Words of the preamble, operative part, annexes and notes (not the formula, closing or masthead)."""
    words: Counter = Counter()
    for b in blocks:
        if b.kind not in _NOT_BODY:
            words.update(b.text.split())
        for _, t, _ in b.notes:
            words.update(t.split())
    return words


def _printed_date(res) -> str | None:
    """The adoption date as the document's own text prints it ("Resolution adopted … on 15 March 2022")."""
    from converter.dates import parse_date

    return parse_date(res.meta.adopted_text) if res.meta.adopted_text else None


def meta_values(res) -> dict:
    m = res.meta
    session = norm(m.session).casefold() or (f"#{m.session_number}" if m.session_number else "")
    return {
        "symbol": norm(m.symbol).replace(" ", "").upper() or None,
        "adopted": (m.adopted or None),
        "title": norm(m.title) or None,
        "session": session or None,
    }


# ---------------------------------------------------------------------------------------------
# comparison


def _wordratio(a: str, b: str) -> float:
    wa, wb = a.split(), b.split()
    if not wa and not wb:
        return 1.0
    sm = SequenceMatcher(None, wa, wb, autojunk=False)
    if sm.real_quick_ratio() < 0.5 or sm.quick_ratio() < 0.5:
        return 0.0
    return sm.ratio()


def align(un: list[FBlock], ours: list[FBlock]):
    """(opcodes on (kind, text), opcodes on text, pairs UN index → our index)."""
    kt = SequenceMatcher(None, [(b.kind, b.text) for b in un], [(b.kind, b.text) for b in ours],
                         autojunk=False).get_opcodes()
    tx = SequenceMatcher(None, [b.text for b in un], [b.text for b in ours], autojunk=False).get_opcodes()
    pairs: dict[int, int] = {}
    for tag, i1, i2, j1, j2 in tx:
        if tag == "equal":
            for k in range(i2 - i1):
                pairs[i1 + k] = j1 + k
        elif tag == "replace":
            pairs.update(_fuzzy_pairs(un, ours, i1, i2, j1, j2))
    return kt, tx, pairs


def _fuzzy_pairs(un, ours, i1, i2, j1, j2, threshold=0.6) -> dict[int, int]:
    """Pair blocks of a replaced region whose words mostly agree, in order (greedy)."""
    out: dict[int, int] = {}
    lo = j1
    n_un, n_us = i2 - i1, j2 - j1
    for i in range(i1, i2):
        if lo >= j2:
            break
        # look in a window around the proportional position (regions can be large)
        centre = j1 + (i - i1) * n_us // max(n_un, 1)
        cands = range(max(lo, centre - 12), min(j2, centre + 13)) if n_us > 30 else range(lo, j2)
        best, best_r = None, threshold
        for j in cands:
            r = _wordratio(un[i].text, ours[j].text)
            if r > best_r or (r == best_r and best is None and r > threshold):
                best, best_r = j, r
        if best is not None:
            out[i] = best
            lo = best + 1
    return out


def _inline_diff(a: str, b: str, context: int = 6, limit: int = 4) -> str:
    """Word-level changes from ``a`` (UN) to ``b`` (ours): ``…context [-UN-]{+ours+} context…``."""
    wa, wb = a.split(), b.split()
    ops = [op for op in SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes() if op[0] != "equal"]
    parts = []
    for tag, i1, i2, j1, j2 in ops[:limit]:
        before = " ".join(wa[max(0, i1 - context):i1])
        after = " ".join(wa[i2:i2 + context])
        change = ""
        if i2 > i1:
            change += "[-" + " ".join(wa[i1:i2]) + "-]"
        if j2 > j1:
            change += "{+" + " ".join(wb[j1:j2]) + "+}"
        parts.append(f"…{before} {change} {after}…".replace("… ", "…").replace(" …", "…"))
    if len(ops) > limit:
        parts.append(f"(+{len(ops) - limit} more changes)")
    return "  ".join(parts)


_FURNITURE = re.compile(r"^(?:\d{2}-\d{5}|\(E\)|\*\d{7,8}\*|\d{1,3}/\d{1,3}|A/RES/\S+|\d{6})$")
_NUMLIKE = re.compile(r"^(?:\d{1,3}\.|\([a-z]{1,3}\)|\([ivxlc]+\)|[IVXL]+\.|[A-Z]\.)$")


def _glued(x: str, y: str) -> bool:
    """``y`` is ``x`` with a footnote marker (1-3 digits, ``*``) glued in after a non-digit."""
    d = len(y) - len(x)
    if not 1 <= d <= 3:
        return False
    for p in range(1, len(x) + 1):
        if y[:p] == x[:p] and y[p + d:] == x[p:] and not x[p - 1].isdigit() \
                and re.fullmatch(r"\d{1,3}|\*{1,3}|[†‡]", y[p:p + d]):
            return True
    return False


def _classify_text(un_text: str, our_text: str) -> str:
    """A name for how two texts differ, from their word-level changes."""
    wa, wb = un_text.split(), our_text.split()
    ops = [op for op in SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes() if op[0] != "equal"]
    kinds = set()
    for tag, i1, i2, j1, j2 in ops:
        a, b = wa[i1:i2], wb[j1:j2]
        if a and b and len(a) == len(b) and all(_glued(x, y) for x, y in zip(a, b)):
            kinds.add("marker left in text")
        elif not a and b and all(re.fullmatch(r"\d{1,3}|[*†‡]", w) for w in b):
            kinds.add("marker left in text")
        elif not a and b and all(_NUMLIKE.match(w) for w in b):
            kinds.add("number left in text")
        elif a and not b and all(_NUMLIKE.match(w) for w in a):
            kinds.add("number-like word lost")
        elif not a and all(_FURNITURE.match(w) for w in b):
            kinds.add("furniture in text")
        elif a and b and "".join(a).replace("-", "") == "".join(b).replace("-", ""):
            kinds.add("hyphenation/spacing")
        elif a and b and "".join(a) == "".join(b):
            kinds.add("hyphenation/spacing")
        elif a and not b:
            kinds.add("words lost")
        elif b and not a:
            kinds.add("words added")
        else:
            kinds.add("words changed")
    return ", ".join(sorted(kinds)) or "whitespace"


_TYPED_NUMBER = re.compile(r"^(\d{1,5}) ?\.? ?")


def _label_in_un_text(a: FBlock, b: FBlock) -> bool:
    """The UN's block is unnumbered with the label in its text where ours has it as the number: a quirk
    of the UN's markup. Either a list item flattened into a paragraph ("(v) The situation…") or a
    paragraph number typed into the text, often mistyped ("3 Calls upon", "232 .Recognizes")."""
    if a.num or not b.num:
        return False
    if a.text == f"{b.num} {b.text}".strip():
        return True
    m = _TYPED_NUMBER.match(a.text)
    return bool(m) and m.group(1) == b.num.rstrip(".") and a.text[m.end() :] == b.text


_SUSPENDED = frozenset(("and", "or", "nor", "to", "as"))


def _hyphen_space_in_un_text(un_text: str, our_text: str) -> bool:
    """The UN's text has a space after the hyphen of a compound ("conflict- affected"), the trace of a line-end
    hyphen joined with a space, where ours has the compound whole: the reader mends that trace wherever it is,
    since a cleaner leaves the same one ("post- conflict"), so this UN typo cannot come back as it stands."""
    wa, wb = un_text.split(), our_text.split()
    ops = [op for op in SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes() if op[0] != "equal"]
    return bool(ops) and all(
        i2 - i1 == 2 and j2 - j1 == 1 and re.fullmatch(r"\w+-", wa[i1]) and wa[i1] + wa[i1 + 1] == wb[j1]
        and wa[i1 + 1] not in _SUSPENDED  # "gender- and age-specific" is English, not a typo
        for _, i1, i2, j1, j2 in ops)


def _unlabelled_in_flattened(un: list[FBlock], ours: list[FBlock], i: int, j: int) -> bool:
    """The UN's unnumbered paragraph ``un[i]`` is an item without a label of a list the UN flattened: ours reads it
    as an unlabelled point, and the unnumbered paragraphs after it run to a labelled item the UN also flattened
    ("(c)" a paragraph, ours a point)."""
    if un[i].num or ours[j].num:
        return False
    d = 1
    while i + d < len(un) and j + d < len(ours) and not un[i + d].num and un[i + d].kind.endswith("paragraph"):
        d += 1
    return (i + d < len(un) and j + d < len(ours) and un[i + d].kind.endswith("paragraph")
            and un[i + d].num.startswith("(") and ours[j + d].kind.endswith("point"))


def _recital_in_main_body(a: FBlock, b: FBlock) -> bool:
    """The UN put a recital ("Having further considered …,": a preambular phrase, ending with a comma)
    in mainBody as an unnumbered paragraph, where ours has it in the preamble: a quirk of the UN's markup."""
    from converter.phrases import preamble_opener, strong_preamble_opener

    return (a.kind == "paragraph" and b.kind == "preamble" and not a.num and a.text == b.text
            and a.text.endswith(",") and strong_preamble_opener(a.text) and preamble_opener(a.text))


def _region_category(un_bl: list[FBlock], our_bl: list[FBlock]) -> tuple[str, str]:
    """(coarse category, detail) of a replaced region of the text alignment."""
    uk = "+".join(sorted({b.kind for b in un_bl}))
    ok = "+".join(sorted({b.kind for b in our_bl}))
    ut = " ".join(b.text for b in un_bl)
    ot = " ".join(b.text for b in our_bl)
    if ut == ot:
        if len(our_bl) > len(un_bl):
            return f"split {uk}", f"{len(un_bl)} UN block(s) → {len(our_bl)} of ours ({ok})"
        if len(our_bl) < len(un_bl):
            return f"merged {uk}", f"{len(un_bl)} UN blocks ({uk}) → {len(our_bl)} of ours ({ok})"
        return f"re-segmented {uk}", f"same words, different boundaries ({uk} → {ok})"
    if len(un_bl) == len(our_bl) == 1:
        if _label_in_un_text(un_bl[0], our_bl[0]):
            return "UN number or label in text", ""
        if _hyphen_space_in_un_text(ut, ot):
            return "UN text has a space after a word's hyphen", ""
        return f"text: {_classify_text(ut, ot)} ({uk})", ""
    # blocks both differently cut and worded
    num_in_text = any(_NUMLIKE.match((b.text.split() or [""])[0]) for b in our_bl)
    how = "split" if len(our_bl) > len(un_bl) else "merged" if len(our_bl) < len(un_bl) else "re-cut"
    extra = ", number left in text" if num_in_text else ""
    return f"{how}+text {uk}", f"{len(un_bl)} UN → {len(our_bl)} ours ({ok}); {_classify_text(ut, ot)}{extra}"


class _Diffs:
    """Differences keyed by their place in the UN's document, reported in reading order."""

    def __init__(self):
        self.items: list = []

    def append(self, pos, text: str):
        self.items.append((pos, len(self.items), text))

    def ordered(self) -> list[str]:
        return [t for _, _, t in sorted(self.items)]


def compare(un_res, our_res, has_masthead: bool = True, max_diffs: int = 8) -> dict:
    """Scores and differences of ``our_res`` against ``un_res`` (both models)."""
    un, ours = flatten(un_res), flatten(our_res)
    kt, tx, pairs = align(un, ours)
    r: dict = {"blocks_un": len(un), "blocks_ours": len(ours)}
    r["blocks_exact"] = sum(i2 - i1 for tag, i1, i2, _, _ in kt if tag == "equal")
    r["bounds_exact"] = sum(i2 - i1 for tag, i1, i2, _, _ in tx if tag == "equal")
    cats: list[str] = []
    diffs = _Diffs()

    # numbers among aligned blocks (where either side has one)
    nums_total = nums_right = 0
    for i, j in sorted(pairs.items()):
        a, b = un[i].num, ours[j].num
        if a or b:
            nums_total += 1
            if a == b:
                nums_right += 1
            elif a and b and a.replace("l", "1").replace("O", "0") == b:
                cats.append("UN number mistyped (a letter for a digit)")
                diffs.append((i, 1), f"number of {un[i].kind} «{_clip(un[i].text, 50)}»: UN {a!r}, ours {b!r}")
            elif _label_in_un_text(un[i], ours[j]):
                cats.append("UN number or label in text")
                diffs.append((i, 1), f"UN {un[i].label()} has its label in the text, ours {ours[j].label()}: «{_clip(un[i].text, 60)}»")
            else:
                cats.append(f"number wrong ({un[i].kind})")
                diffs.append((i, 1), f"number of {un[i].kind} «{_clip(un[i].text, 50)}»: UN {a or '—'!r}, ours {b or '—'!r}")
    r["nums_total"], r["nums_right"] = nums_total, nums_right

    # block regions
    for tag, i1, i2, j1, j2 in tx:
        if tag == "equal":
            for k in range(i2 - i1):
                if un[i1 + k].kind != ours[j1 + k].kind:
                    if un[i1 + k].kind.endswith("paragraph") and ours[j1 + k].kind.endswith("point") \
                            and (un[i1 + k].num.startswith("(") or _unlabelled_in_flattened(un, ours, i1 + k, j1 + k)):
                        cats.append("UN list item as paragraph (flattened list)")
                    elif _recital_in_main_body(un[i1 + k], ours[j1 + k]):
                        cats.append("UN recital as operative paragraph (in mainBody)")
                    else:
                        cats.append(f"kind {un[i1 + k].kind} → {ours[j1 + k].kind}")
                    diffs.append((i1 + k, 0), f"kind: UN {un[i1 + k].label()} / ours {ours[j1 + k].label()}: «{_clip(un[i1 + k].text, 70)}»")
        elif tag == "delete":
            for k, b in enumerate(un[i1:i2]):
                cats.append(f"missing {b.kind}")
                diffs.append((i1 + k, 0), f"missing: UN {b.label()} «{_clip(b.text, 90)}»")
        elif tag == "insert":
            for b in ours[j1:j2]:
                cats.append(f"extra {b.kind}")
                diffs.append((i1, 0), f"extra: ours {b.label()} «{_clip(b.text, 90)}»")
        elif i2 - i1 == j2 - j1 and all(pairs.get(i1 + k) == j1 + k for k in range(i2 - i1)) \
                and " ".join(b.text for b in un[i1:i2]) != " ".join(b.text for b in ours[j1:j2]):
            # same cut, several neighbouring blocks worded differently: one difference per block
            for k in range(i2 - i1):
                a, b = un[i1 + k], ours[j1 + k]
                if a.text == b.text:
                    continue
                cat, _ = _region_category([a], [b])
                cats.append(cat)
                diffs.append((i1 + k, 0), f"{cat}: UN {a.label()} / ours {b.label()}: {_inline_diff(a.text, b.text)}")
        else:
            cat, detail = _region_category(un[i1:i2], ours[j1:j2])
            cats.append(cat)
            if len(un[i1:i2]) == len(ours[j1:j2]) == 1:
                diffs.append((i1, 0), f"{cat}: UN {un[i1].label()} / ours {ours[j1].label()}: {_inline_diff(un[i1].text, ours[j1].text)}")
            else:
                d = f"{cat}: {detail}: " + " | ".join(f"UN {b.label()} «{_clip(b.text, 60)}»" for b in un[i1:i2][:3])
                d += " ⇒ " + " | ".join(f"ours {b.label()} «{_clip(b.text, 60)}»" for b in ours[j1:j2][:3])
                diffs.append((i1, 0), d)

    # footnotes
    notes_un = [(i, n) for i, b in enumerate(un) for n in b.notes]
    notes_us = [(j, n) for j, b in enumerate(ours) for n in b.notes]
    used: set = set()
    placed = text_right = 0
    our_by_marker: dict[str, list] = {}
    for j, n in notes_us:
        our_by_marker.setdefault(n[0], []).append((j, n))
    for i, (mk, txt, w) in notes_un:
        j = pairs.get(i)
        cands = our_by_marker.get(mk, [])
        hit = next(((jj, n) for jj, n in cands if jj == j and n[2] == w and (jj, n) not in used), None)
        if hit:
            placed += 1
            used.add(hit)
        else:
            near = next(((jj, n) for jj, n in cands if jj == j and (jj, n) not in used), None)
            if near:
                # a word lost or added earlier in the block shifts the marker: say so, it is not the same fault
                cats.append("footnote at wrong word" + ("" if un[i].text == ours[j].text else " (block text differs)"))
                diffs.append((i, 2), f"footnote {mk} in UN {un[i].label()}: UN at word {w}, ours at word {near[1][2]}"
                             f" («{_clip(' '.join(un[i].text.split()[max(0, w - 4):w]), 40)}»)")
            elif cands:
                cats.append("footnote in another block")
                other = cands[0][0]
                diffs.append((i, 2), f"footnote {mk}: UN in block #{i} {un[i].label()} «{_clip(un[i].text, 40)}», ours in "
                             f"block #{other} {ours[other].label()} «{_clip(ours[other].text, 40)}»"
                             + (f" (ours #{j} is the UN's block)" if j is not None else ""))
            else:
                cats.append("footnote missing")
                diffs.append((i, 2), f"footnote {mk} missing (UN in {un[i].label()} «{_clip(un[i].text, 40)}», «{_clip(txt, 50)}»)")
        if any(n[1] == txt for _, n in cands):
            text_right += 1
        elif cands:
            cats.append("footnote text differs")
            diffs.append((i, 3), f"footnote {mk} text: {_inline_diff(txt, cands[0][1][1])}")
    extra_notes = len(notes_us) - len(used)
    if extra_notes > 0 and len(notes_us) > len(notes_un):
        cats.append("extra footnote")
        diffs.append((len(un), 0), f"{len(notes_us) - len(notes_un)} more footnotes in ours ({len(notes_us)}) than UN ({len(notes_un)})")
    r["notes_un"], r["notes_ours"], r["notes_placed"], r["notes_text"] = len(notes_un), len(notes_us), placed, text_right

    # metadata
    r["meta_scored"] = bool(has_masthead)
    mu, mo = meta_values(un_res), meta_values(our_res)
    fields = [k for k, v in mu.items() if v]
    r["meta_fields"] = len(fields) if has_masthead else 0
    r["meta_right"] = sum(1 for k in fields if mu[k] == mo[k]) if has_masthead else 0
    if has_masthead:
        for k in fields:
            if mu[k] != mo[k] and k == "adopted" and _printed_date(un_res) == mo[k]:
                cats.append("UN metadata: FRBR adoption date is not the date its text prints")
                diffs.append((-1, 0), f"metadata adopted: UN FRBR {mu[k]!r}, UN text and ours {mo[k]!r}")
            elif mu[k] != mo[k]:
                cats.append(f"metadata {k}")
                diffs.append((-1, 0), f"metadata {k}: UN {_clip(mu[k], 70)!r}, ours {_clip(mo[k], 70) if mo[k] else None!r}")

    # words
    wu, wo = body_words(un), body_words(ours)
    r["words_un"] = sum(wu.values())
    lost, added = wu - wo, wo - wu
    r["words_lost"], r["words_added"] = sum(lost.values()), sum(added.values())
    r["lost_sample"] = [w for w, _ in lost.most_common(8)]
    r["added_sample"] = [w for w, _ in added.most_common(8)]

    r["categories"] = sorted(set(cats))
    ordered = diffs.ordered()
    r["diffs"] = ordered[:max_diffs]
    r["n_diffs"] = len(ordered)
    _scores(r)
    return r


def _clip(s, n: int) -> str:
    s = str(s or "")
    return s if len(s) <= n else s[: n - 1] + "…"


def _pct(a, b):
    return 100.0 * a / b if b else None


def _scores(r: dict) -> None:
    """Percentages of one document, and whether it is perfect."""
    r["p_blocks"] = _pct(r["blocks_exact"], r["blocks_un"]) if r["blocks_un"] else 100.0
    r["p_bounds"] = _pct(r["bounds_exact"], r["blocks_un"]) if r["blocks_un"] else 100.0
    r["p_nums"] = _pct(r["nums_right"], r["nums_total"])
    r["p_notes"] = _pct(r["notes_placed"], r["notes_un"])
    r["p_ntext"] = _pct(r["notes_text"], r["notes_un"])
    r["p_meta"] = _pct(r["meta_right"], r["meta_fields"])
    r["p_lost"] = _pct(r["words_lost"], r["words_un"]) or 0.0
    r["p_added"] = _pct(r["words_added"], r["words_un"]) or 0.0
    r["perfect"] = (
        r["blocks_exact"] == r["blocks_un"] == r["blocks_ours"]
        and r["nums_right"] == r["nums_total"]
        and r["notes_placed"] == r["notes_un"] == r["notes_ours"]
        and r["notes_text"] == r["notes_un"]
        and r["meta_right"] == r["meta_fields"]
        and r["words_lost"] == r["words_added"] == 0
    )
    parts = [r["p_blocks"], r["p_nums"], r["p_notes"], r["p_meta"], max(0.0, 100.0 - r["p_lost"] - r["p_added"])]
    parts = [p for p in parts if p is not None]
    extra = r["blocks_ours"] - r["blocks_exact"]
    r["score"] = sum(parts) / len(parts) - min(10.0, extra * 0.5 if r["blocks_exact"] < r["blocks_ours"] else 0)


# ---------------------------------------------------------------------------------------------
# full diff for one document (--show)


def render_diff(un_res, our_res, width: int = 100, has_masthead: bool = True) -> str:
    """The UN's blocks against ours, aligned: ``=`` same, ``~`` same text other kind/number,
    ``-`` UN only, ``+`` ours only, ``≠`` paired with word changes; then footnotes, metadata and words."""
    un, ours = flatten(un_res), flatten(our_res)
    _, tx, pairs = align(un, ours)
    out = []
    lw = 16

    def row(mark, b, who=""):
        return f"{mark} {who:<4}{b.label():<{lw}} {_clip(b.text, width)}"

    for tag, i1, i2, j1, j2 in tx:
        if tag == "equal":
            same: list[FBlock] = []  # a run of identical blocks: first and last shown

            def flush():
                if same:
                    out.append(row("=", same[0]))
                    if len(same) > 2:
                        out.append(f"  … {len(same) - 2} equal block(s)")
                    if len(same) > 1:
                        out.append(row("=", same[-1]))
                    same.clear()

            for k in range(i2 - i1):
                a, b = un[i1 + k], ours[j1 + k]
                if a.kind != b.kind or a.num != b.num:
                    flush()
                    out.append(f"~ UN  {a.label():<{lw}} {_clip(a.text, width)}")
                    out.append(f"~ us  {b.label():<{lw}} (same text)")
                else:
                    same.append(a)
            flush()
            continue
        un_part = list(range(i1, i2))
        inv = {j: i for i, j in pairs.items() if i1 <= i < i2}
        for j in range(j1, j2):
            if j in inv:
                i = inv[j]
                while un_part and un_part[0] < i:
                    out.append(row("-", un[un_part.pop(0)], "UN"))
                un_part.remove(i)
                a, b = un[i], ours[j]
                out.append(f"≠ UN  {a.label():<{lw}} {_clip(a.text, width)}")
                out.append(f"≠ us  {b.label():<{lw}} {_inline_diff(a.text, b.text, context=5, limit=6)}")
            else:
                out.append(row("+", ours[j], "us"))
        for i in un_part:
            out.append(row("-", un[i], "UN"))

    r = compare(un_res, our_res, has_masthead=has_masthead, max_diffs=10 ** 6)
    out.append("")
    out.append(f"footnotes: UN {r['notes_un']}, ours {r['notes_ours']}, placed right {r['notes_placed']}, text right {r['notes_text']}")
    for d in r["diffs"]:
        if d.startswith(("footnote", "metadata", "number")) or "more footnotes" in d:
            out.append("  " + d)
    mu, mo = meta_values(un_res), meta_values(our_res)
    out.append(("metadata: " if has_masthead else "metadata (not scored: the input has no masthead): ")
               + ", ".join(f"{k} {'ok' if mu[k] == mo[k] else f'UN {mu[k]!r} ours {mo[k]!r}'}" for k in mu))
    wu, wo = body_words(un), body_words(ours)
    lost, added = wu - wo, wo - wu
    out.append(f"words: UN {sum(wu.values())}, lost {sum(lost.values())}, added {sum(added.values())}")
    if lost:
        out.append("  lost:  " + " ".join(f"{w}×{n}" if n > 1 else w for w, n in lost.most_common(30)))
    if added:
        out.append("  added: " + " ".join(f"{w}×{n}" if n > 1 else w for w, n in added.most_common(30)))
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# the sets


def _read_akn(source):
    from converter.akn_reader import read_akn

    return read_akn(source)


def convert_to_model(text: str):
    from converter.api import convert_text

    xml = convert_text(text, markup_date=MARKUP_DATE).xml
    return xml, _read_akn(xml)


def _error(r: dict, e: BaseException, stage: str) -> dict:
    r["error"] = f"{stage}: {type(e).__name__}: {_clip(str(e).splitlines()[0] if str(e) else '', 160)}"
    r["categories"] = [f"error in {stage}"]
    r["perfect"] = False
    r["score"] = 0.0
    r["trace"] = traceback.format_exc(limit=-3)
    return r


def symbol_of_name(name: str) -> str | None:
    """"75_101A-B_E.xml" → "75/101"; "A_RES_76_84 A-B-2118640E.xml" → "76/84"; "A_RES_80_1.v1.1.0.txt" → "80/1"."""
    m = re.match(r"^(?:A_RES_)?((?:E?S-)?\d+)_(\d+)", Path(name).name)
    return f"{m.group(1)}/{m.group(2)}" if m else None


def _has_masthead_text(text: str) -> bool:
    head = "\n".join(text.splitlines()[:60])
    return bool(re.search(r"Distr\.|adopted by the General Assembly", head))


def un_files(sessions=("75", "76", "77")) -> list[Path]:
    out = []
    for s in sessions:
        out += sorted((CORPUS / "un-akn" / "eng" / s).glob("*.xml"))
    return out


def un_file_for(symbol: str, full: str | None = None) -> Path | None:
    """The UN file for "75/100" (special sessions sit in other folders). File names do not always carry the
    series letter, so when several files share the number, the one whose own symbol is ``full``
    ("A/RES/75/245 B") wins, else the one without a series letter."""
    cands = [p for p in sorted((CORPUS / "un-akn" / "eng").glob("*/*.xml")) if symbol_of_name(p.name) == symbol]
    if len(cands) <= 1:
        return cands[0] if cands else None
    want = re.sub(r"\s+", "", full or f"A/RES/{symbol}").upper()
    if not want.startswith("A/RES/"):
        want = "A/RES/" + want
    syms = [(p, re.sub(r"\s+", "", _read_akn(p).meta.symbol or "").upper()) for p in cands]
    exact = [p for p, sy in syms if sy == want]
    if exact:
        return exact[0]
    plain = [p for p, sy in syms if sy == f"A/RES/{symbol}"]
    return (plain or cands)[0]


def pdf_inputs() -> list[Path]:
    return sorted((CORPUS / "pdf-text").glob("*.txt"), key=lambda p: (symbol_of_name(p.name) or "", p.name))


def run_pdf(path: Path) -> dict:
    """One real extraction against the UN file (or converted only, when there is none)."""
    sym = symbol_of_name(path.name)
    r = {"set": "pdf", "id": path.name, "symbol": f"A/RES/{sym}", "shape": path.name.split(".", 1)[1].rsplit(".txt", 1)[0]}
    text = path.read_text(encoding="utf-8")
    try:
        xml, ours = convert_to_model(text)
    except Exception as e:  # noqa: BLE001 - report, don't stop
        return _error(r, e, "convert")
    r["xml_sha"] = __import__("hashlib").sha256(xml).hexdigest()
    unf = un_file_for(sym) if sym else None
    if unf is None:
        r["scored"] = False
        r["note"] = "no UN file: converted, not scored"
        r["categories"] = []
        return r
    r["scored"] = True
    r["un_file"] = unf.name
    try:
        un = _read_akn(unf)
    except Exception as e:  # noqa: BLE001
        return _error(r, e, "read UN")
    r.update(compare(un, ours, has_masthead=_has_masthead_text(text)))
    return r


def run_un(path: Path, sets: tuple[str, ...], shape_names: tuple[str, ...]) -> list[dict]:
    """Round trip and/or shapes for one UN file."""
    from converter.akn_reader import read_akn_all
    from converter.text_writer import to_text

    sym = symbol_of_name(path.name)
    base = {"id": path.name, "symbol": f"A/RES/{sym}"}
    results = []
    try:
        all_un = read_akn_all(path)
        un = all_un[0]
    except Exception as e:  # noqa: BLE001
        for s in sets:
            results.append(_error({**base, "set": s, "shape": "printed" if s == "roundtrip" else "*"}, e, "read UN"))
        return results
    notes = []
    if len(all_un) > 1:
        notes.append(f"collection of {len(all_un)}: first component compared")
    if un.meta.language and un.meta.language != "eng":
        notes.append(f"the UN file is in {un.meta.language}, not English: converted, not scored")
        base["scored"] = False
    if notes:
        base["note"] = "; ".join(notes)
    if un.meta.symbol:
        base["symbol"] = un.meta.symbol
    if "roundtrip" in sets:
        r = {**base, "set": "roundtrip", "shape": "printed"}
        try:
            text = to_text(un, style="printed")
        except Exception as e:  # noqa: BLE001
            results.append(_error(r, e, "to_text"))
        else:
            try:
                _, ours = convert_to_model(text)
            except Exception as e:  # noqa: BLE001
                results.append(_error(r, e, "convert"))
            else:
                r.update(compare(un, ours, has_masthead=bool(un.meta.has_masthead)))
                results.append(r)
    if "shapes" in sets:
        for shape in shape_names:
            r = {**base, "set": "shapes", "shape": shape}
            try:
                text = shapes.generate(un, shape, seed=path.name)
            except Exception as e:  # noqa: BLE001
                results.append(_error(r, e, "shapes"))
                continue
            try:
                _, ours = convert_to_model(text)
            except Exception as e:  # noqa: BLE001
                results.append(_error(r, e, "convert"))
                continue
            r.update(compare(un, ours, has_masthead=shapes.has_masthead(shape) and bool(un.meta.has_masthead)))
            results.append(r)
    return results


class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout(f"more than {TIMEOUT} s")


def _task(job):
    kind, args = job
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(TIMEOUT * (1 if kind == "pdf" else 5))
    try:
        if kind == "pdf":
            return [run_pdf(*args)]
        return run_un(*args)
    except _Timeout as e:
        return [_error({"set": kind, "id": Path(args[0]).name, "symbol": "", "shape": ""}, e, "timeout")]
    finally:
        signal.alarm(0)


# ---------------------------------------------------------------------------------------------
# reporting


def _fmt(v, digits=1) -> str:
    return "  n/a" if v is None else f"{v:5.{digits}f}"


def _mean(vals):
    vals = [v for v in vals if v is not None]
    return sum(vals) / len(vals) if vals else None


COLS = [("blocks", "p_blocks"), ("bounds", "p_bounds"), ("nums", "p_nums"), ("notes", "p_notes"),
        ("ntext", "p_ntext"), ("meta", "p_meta"), ("lost", "p_lost"), ("added", "p_added")]


def _summary_line(rs: list[dict]) -> str:
    ok = [r for r in rs if "error" not in r]
    return "  ".join(f"{name} {_fmt(_mean([r.get(k) for r in ok]))}" for name, k in COLS)


def _pooled_line(rs: list[dict]) -> str:
    ok = [r for r in rs if "error" not in r]

    def s(k):
        return sum(r.get(k, 0) for r in ok)

    def p(a, b):
        return f"{s(a)}/{s(b)} ({_fmt(_pct(s(a), s(b)), 2).strip()}%)"

    return (f"blocks {p('blocks_exact', 'blocks_un')}, ours {s('blocks_ours')}; nums {p('nums_right', 'nums_total')}; "
            f"notes {p('notes_placed', 'notes_un')}, ours {s('notes_ours')}; meta {p('meta_right', 'meta_fields')}; "
            f"words lost {s('words_lost')}, added {s('words_added')} of {s('words_un')}")


def _doc_line(r: dict) -> str:
    if "error" in r:
        return f"{r['id']:<40} ERROR {r['error']}"
    return f"{r['id']:<40} " + "  ".join(f"{name} {_fmt(r.get(k))}" for name, k in COLS)


def _worst(rs: list[dict], n: int = 10, per_doc: int = 4) -> list[str]:
    out = []
    for r in sorted(rs, key=lambda r: (r.get("score", 0), r["id"]))[:n]:
        if r.get("perfect"):
            break
        tag = f" [{r['shape']}]" if r.get("set") == "shapes" else ""
        note = f" — {r['note']}" if r.get("note") else ""
        out.append(f"  {r.get('symbol', '')}{tag} ({r['id']}) score {r.get('score', 0):.1f}{note}")
        if "error" in r:
            out.append(f"      {r['error']}")
            continue
        out.append("      " + "  ".join(f"{name} {_fmt(r.get(k)).strip()}" for name, k in COLS)
                   + f"  ({r['blocks_un']} UN blocks, {r['blocks_ours']} ours)")
        for d in r.get("diffs", [])[:per_doc]:
            out.append("      · " + _clip(d, 260))
        if r.get("n_diffs", 0) > per_doc:
            out.append(f"      · … {r['n_diffs'] - per_doc} more differences (--show {r.get('symbol', '').replace('A/RES/', '')})")
    return out


def _category_counts(rs: list[dict], top: int = 15) -> list[str]:
    c = Counter(cat for r in rs for cat in r.get("categories", []))
    return [f"  {n:5d} docs  {cat}" for cat, n in c.most_common(top)]


def report_set(name: str, rs: list[dict], extra: list[str] | None = None, list_unscored: bool = True) -> list[str]:
    scored = [r for r in rs if r.get("scored", True)]
    out = [f"== {name}: {len(rs)} documents" + (f", {len(scored)} scored" if len(scored) < len(rs) else "") + " =="]
    for i in sorted({r["id"]: r.get("note", "") for r in rs if not r.get("scored", True) and list_unscored}.items()):
        out.append(f"not scored: {i[0]} ({i[1]})")
    errors = [r for r in rs if "error" in r]
    out.append(f"errors {len(errors)}; perfect {sum(1 for r in scored if r.get('perfect'))}/{len(scored)}")
    out.append("average %  " + _summary_line(scored))
    out.append("pooled     " + _pooled_line(scored))
    if extra:
        out += extra
    out.append("most frequent differences (documents):")
    out += _category_counts(scored)
    out.append("10 worst:")
    out += _worst(scored)
    return out


def report_pdf(rs: list[dict]) -> list[str]:
    lines = ["per file:"]
    for r in rs:
        if r.get("scored") is False:
            lines.append(f"  {r['id']:<38} {r.get('note', '')}")
        else:
            lines.append("  " + _doc_line(r))
    by = {r["id"]: r for r in rs}
    a, b = by.get("A_RES_73_7.pdfminer.txt"), by.get("A_RES_73_7.pymupdf.txt")
    if a and b:
        if "error" in a or "error" in b:
            lines.append("73/7: pdfminer vs pymupdf: cannot compare (conversion error)")
        elif a["xml_sha"] == b["xml_sha"]:
            lines.append("73/7: pdfminer and pymupdf extractions give identical XML")
        else:
            lines.append("73/7: pdfminer and pymupdf extractions give DIFFERENT XML:")
            lines += ["    " + d for d in _compare_73_7()]
    for r in rs:
        if r["id"].startswith("A_RES_73_"):
            lines.append(f"  {r['id']}: {'ERROR ' + r['error'] if 'error' in r else 'converts'}")
    return report_set("pdf (real extractions vs UN 80/*)", rs, lines, list_unscored=False)


def _compare_73_7() -> list[str]:
    d = CORPUS / "pdf-text"
    try:
        xa, a = convert_to_model((d / "A_RES_73_7.pdfminer.txt").read_text(encoding="utf-8"))
        xb, b = convert_to_model((d / "A_RES_73_7.pymupdf.txt").read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        return [f"error: {e}"]
    import difflib

    xml_diff = [ln for ln in difflib.unified_diff(xa.decode().splitlines(), xb.decode().splitlines(), "pdfminer",
                                                    "pymupdf", n=0, lineterm="") if ln[:1] in "+-" and ln[:3] not in ("---", "+++")]
    r = compare(a, b, max_diffs=12)
    out = [f"(pdfminer as reference) blocks {r['blocks_exact']}/{r['blocks_un']} (pymupdf {r['blocks_ours']}), "
           f"notes {r['notes_placed']}/{r['notes_un']}, meta {r['meta_right']}/{r['meta_fields']}, "
           f"words only in pdfminer {r['words_lost']}, only in pymupdf {r['words_added']}"]
    out.append(f"{len(xml_diff)} XML lines differ" + ("" if r["diffs"] else
                                                      ": " + " | ".join(_clip(x.strip(), 160) for x in xml_diff[:2])))
    out += [_clip(x.replace("UN ", "pdfminer ").replace("ours ", "pymupdf ").replace("[-", "[-pdfminer:")
                  .replace("{+", "{+pymupdf:"), 240) for x in r["diffs"]]
    return out


def report_roundtrip(rs_all: list[dict]) -> list[str]:
    rs = [r for r in rs_all if r.get("scored", True)]
    holds = [r for r in rs if r.get("perfect")]
    exc = [r for r in rs if not r.get("perfect")]
    lines = [f"guarantee 3 (convert(text(U)) has U's blocks, numbers, footnotes, metadata): holds for "
             f"{len(holds)}/{len(rs)} files ({_fmt(_pct(len(holds), len(rs)), 1).strip()}%)"]
    quirk_only = [r for r in exc if r.get("categories") and all(_coarse(c) == _QUIRK for c in r["categories"])]
    lines.append(f"  of the {len(exc)} exceptions, {len(quirk_only)} differ only where the UN's markup has a quirk "
                 f"(number typed in the text or mistyped, list item or recital out of place, hyphen typo, FRBR date): holds for "
                 f"{len(holds) + len(quirk_only)}/{len(rs)} ({_fmt(_pct(len(holds) + len(quirk_only), len(rs)), 1).strip()}%) "
                 f"if those are set aside")
    coarse = Counter()
    for r in exc:
        for c in {_coarse(c) for c in r.get("categories", [])} or {"other"}:
            coarse[c] += 1
    lines.append("exceptions by reason (a file can have several):")
    lines += [f"  {n:5d}  {c}" for c, n in coarse.most_common()]
    lines.append(f"exceptions ({len(exc)}; first 40, all in --json):")
    for r in sorted(exc, key=lambda r: r["id"])[:40]:
        why = "; ".join(r.get("categories", [])) or "?"
        if r.get("note"):
            why = f"({r['note']}) {why}"
        lines.append(f"  {r['id']:<36} {_clip(why, 150)}")
    return report_set("roundtrip (to_text of UN 75-77, converted back)", rs_all, lines)


_QUIRK = "UN markup quirk"


def _coarse(cat: str) -> str:
    for key in ("error", "metadata", "footnote", "number", "kind", "missing", "extra", "split", "merged",
                "re-segmented", "re-cut", "text", "UN "):
        if cat.startswith(key) or key in cat.split()[0]:
            return {"re-cut": "blocks cut differently", "split": "blocks split", "merged": "blocks merged",
                    "re-segmented": "blocks cut differently", "text": "block text differs", "kind": "block kind",
                    "missing": "block missing", "extra": "block extra", "number": "numbers",
                    "UN ": _QUIRK}.get(key, key)
    return cat


def report_shapes(rs: list[dict]) -> list[str]:
    lines = ["per shape:   " + "  ".join(f"{n:>6}" for n, _ in COLS) + "  perfect"]
    for shape in dict.fromkeys(r["shape"] for r in rs):
        sub = [r for r in rs if r["shape"] == shape and r.get("scored", True)]
        ok = [r for r in sub if "error" not in r]
        lines.append(f"  {shape:<10} " + "  ".join(f"{_fmt(_mean([r.get(k) for r in ok])):>6}" for _, k in COLS)
                     + f"  {sum(1 for r in sub if r.get('perfect'))}/{len(sub)}"
                     + (f"  errors {len(sub) - len(ok)}" if len(sub) > len(ok) else ""))
    return report_set("shapes (UN 75-77 rendered as real inputs come)", rs, lines)


# ---------------------------------------------------------------------------------------------
# main


def _pick(files: list, limit: int | None) -> list:
    if not limit or limit >= len(files):
        return files
    step = len(files) / limit
    return [files[int(k * step)] for k in range(limit)]


def _show(target: str, sets: tuple[str, ...], shape_names: tuple[str, ...], print_input: bool) -> int:
    from converter.text_writer import to_text

    t = target.strip()
    sym = symbol_of_name(t.replace("A/RES/", "").replace("/", "_")) if "/" in t else symbol_of_name(t)
    if sym is None:
        m = re.search(r"((?:E?S-)?\d+)/(\d+)", t)
        sym = f"{m.group(1)}/{m.group(2)}" if m else None
    if sym is None:
        print(f"not a symbol: {target}", file=sys.stderr)
        return 2
    shown = 0
    unf = un_file_for(sym, t if "/" in t else None)
    un = _read_akn(unf) if unf else None
    jobs: list[tuple[str, str]] = []  # (title, text)
    if "pdf" in sets:
        for p in pdf_inputs():
            if symbol_of_name(p.name) == sym:
                jobs.append((f"pdf {p.name}", p.read_text(encoding="utf-8")))
    if un is not None and "roundtrip" in sets and unf.parent.name != "80":
        jobs.append(("roundtrip (to_text printed)", to_text(un, style="printed")))
    if un is not None and "shapes" in sets and unf.parent.name != "80":
        for s in shape_names:
            jobs.append((f"shape {s}", shapes.generate(un, s, seed=unf.name)))
    for title, text in jobs:
        shown += 1
        print(f"\n######## {(un.meta.symbol if un else None) or 'A/RES/' + sym} — {title} — UN file: {unf.name if unf else 'none'}")
        if print_input:
            print("---- input ----")
            print(text.rstrip())
            print("---- end of input ----")
        try:
            _, ours = convert_to_model(text)
        except Exception:  # noqa: BLE001
            traceback.print_exc()
            continue
        if un is None:
            print("(no UN file to compare with)")
            continue
        if title.startswith("pdf"):
            has_mh = _has_masthead_text(text)
        elif title.startswith("shape "):
            has_mh = shapes.has_masthead(title.split()[1]) and bool(un.meta.has_masthead)
        else:
            has_mh = bool(un.meta.has_masthead)
        r = compare(un, ours, has_masthead=has_mh)
        print(_doc_line({**r, "id": title}))
        print(render_diff(un, ours, has_masthead=has_mh))
    if not shown:
        print(f"nothing to show for A/RES/{sym} in sets {', '.join(sets)}", file=sys.stderr)
        return 1
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=["pdf", "roundtrip", "shapes", "all"], default="all")
    ap.add_argument("--limit", type=int, help="use N UN files (evenly spread over sessions 75-77)")
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--shape", action="append", choices=shapes.SHAPES, help="only these shapes (repeatable)")
    ap.add_argument("--json", metavar="FILE", help="write per-document results to FILE")
    ap.add_argument("--show", metavar="SYMBOL", help="print the detailed diff for one document (e.g. 80/1, 75/100)")
    ap.add_argument("--input", action="store_true", help="with --show: print the input text too")
    a = ap.parse_args(argv)
    sets = ("pdf", "roundtrip", "shapes") if a.set == "all" else (a.set,)
    shape_names = tuple(a.shape) if a.shape else shapes.SHAPES
    if not CORPUS.is_dir():
        print(f"corpus not found: {CORPUS} (set AKN_SHARED)", file=sys.stderr)
        return 2
    if a.show:
        return _show(a.show, sets, shape_names, a.input)

    jobs = []
    if "pdf" in sets:
        jobs += [("pdf", (p,)) for p in pdf_inputs()]
    un_sets = tuple(s for s in sets if s != "pdf")
    if un_sets:
        jobs += [("un", (p, un_sets, shape_names)) for p in _pick(un_files(), a.limit)]
    t0 = time.time()
    results: list[dict] = []
    if a.jobs > 1 and len(jobs) > 1:
        ctx = multiprocessing.get_context("fork") if hasattr(os, "fork") else multiprocessing.get_context()
        with ctx.Pool(a.jobs) as pool:
            for rs in pool.imap_unordered(_task, jobs, chunksize=4):
                results.extend(rs)
    else:
        for j in jobs:
            results.extend(_task(j))
    elapsed = time.time() - t0
    results.sort(key=lambda r: (r["set"], r["id"], r.get("shape", "")))
    out = [f"accuracy: {len(jobs)} jobs, {len(results)} results in {elapsed:.0f} s with {a.jobs} worker(s); corpus {CORPUS}",
           f"converter: {git_state()}"]
    by_set = {s: [r for r in results if r["set"] == s] for s in sets}
    if "pdf" in sets:
        out += [""] + report_pdf(by_set["pdf"])
    if "roundtrip" in sets:
        out += [""] + report_roundtrip(by_set["roundtrip"])
    if "shapes" in sets:
        out += [""] + report_shapes(by_set["shapes"])
    print("\n".join(out))
    if a.json:
        Path(a.json).write_text(json.dumps(results, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
        print(f"\nper-document results: {a.json}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `| head`: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
