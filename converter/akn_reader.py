"""Akoma Ntoso 3.0 XML → document model.

Reads both the markup this project emits (``PROFILE.md``) and the UN's production AKN4UN files
with their quirks (``<span class="italic">`` lead phrases, ``<a>`` links, tab-indented ``<num>``
and ``<p>`` text, the (i) level as a ``sublist`` *beside* its point, ``section`` with
``subheading`` children, headings as ``H23``/``H1`` paragraphs or bold spans, annexes flattened
into paragraphs inside one ``doc name="annex"``, ``documentCollection`` with ``components``).

Entry points: :func:`read_akn` (the first resolution) and :func:`read_akn_all` (every component
of an A/B collection, or a one-element list). Only a document that is not Akoma Ntoso at all is
refused (:class:`AknInputError`); any other unexpected shape degrades to ``text`` blocks.
"""
from __future__ import annotations

import copy
import re
from pathlib import Path

from .model import Annex, Block, Closing, Meta, Note, Resolution
from .xmlsafe import XmlInputError, parse_bytes


class AknInputError(XmlInputError):
    """The input is well-formed XML but not an Akoma Ntoso document."""


# --------------------------------------------------------------------------------------------
# small helpers

_LN_CACHE: dict[str, str] = {}


def _ln(tag) -> str:
    """Local name of an element tag ('' for comments and processing instructions)."""
    if not isinstance(tag, str):
        return ""
    name = _LN_CACHE.get(tag)
    if name is None:
        name = tag.rpartition("}")[2]
        _LN_CACHE[tag] = name
    return name


def _kids(el):
    """Element children (no comments/PIs) with their local names."""
    for ch in el:
        ln = _ln(ch.tag)
        if ln:
            yield ln, ch


def _child(el, name):
    for ln, ch in _kids(el):
        if ln == name:
            return ch
    return None


_WS = re.compile(r"\s+")  # Unicode whitespace: the UN's no-break spaces ("12\u00a0September") become spaces
_NOTE = "\x00"


def norm(s: str | None) -> str:
    """Collapse runs of whitespace to one space and strip."""
    if not s:
        return ""
    return _WS.sub(" ", s).strip()


def _classes(el) -> list[str]:
    return (el.get("class") or "").split()


def _is_italic(el, ln: str) -> bool:
    return ln in ("i", "em") or (ln == "span" and "italic" in _classes(el))


def _is_bold(el, ln: str) -> bool:
    return ln in ("b", "strong") or (ln == "span" and "bold" in _classes(el))


# elements whose text is a separate block of text: a space goes around them when flattened
_BLOCKISH = frozenset(
    "p content intro wrapUp listIntroduction listWrapUp item point list blockList sublist "
    "table tr td th caption container block num heading subheading crossHeading paragraph "
    "subparagraph section subsection blockContainer ul ol li div foreign".split()
)
_BREAKS = frozenset(("eol", "eop", "br"))


class _Text:
    """Flatten inline content to normalised text, recording footnotes at their offsets."""

    __slots__ = ("parts", "notes", "skip")

    def __init__(self, skip=frozenset()):
        self.parts: list[str] = []
        self.notes: list = []  # authorialNote elements, in order of their sentinel
        self.skip = skip

    def add(self, el):
        """Add the content of ``el`` (its text and children, not its tail)."""
        if el.text:
            self.parts.append(el.text)
        for ch in el:
            self.add_one(ch)
            if ch.tail:
                self.parts.append(ch.tail)
        return self

    def add_one(self, ch):
        """Add one child element (without its tail)."""
        ln = _ln(ch.tag)
        if not ln:
            return
        parts = self.parts
        if ln == "authorialNote" or ln == "note":
            parts.append(_NOTE)
            self.notes.append(ch)
        elif ln in _BREAKS:
            parts.append(" ")
        elif ln in self.skip:
            pass
        elif ln in _BLOCKISH:
            parts.append(" ")
            self.add(ch)
            parts.append(" ")
        else:
            self.add(ch)

    def result(self) -> tuple[str, list[Note]]:
        raw = "".join(self.parts)
        if _NOTE not in raw:
            return norm(raw), []
        segs = raw.split(_NOTE)
        text = ""
        ats: list[int] = []
        for i, seg in enumerate(segs):
            if i:
                ats.append(len(text) - 1 if text.endswith(" ") else len(text))
            s = _WS.sub(" ", seg)
            if s.startswith(" ") and (not text or text.endswith(" ")):
                s = s[1:]
            text += s
        text = text.rstrip(" ")
        notes = []
        for el, at in zip(self.notes, ats):
            notes.append(_make_note(el, min(at, len(text)), len(notes) + 1))
        return text, notes


def _make_note(el, at: int, fallback: int) -> Note:
    t = _Text().add(el)
    # nested notes inside a note are dropped (their text is not the note's)
    raw = "".join(p for p in t.parts if p != _NOTE)
    marker = norm(el.get("marker")) or str(fallback)
    return Note(marker=marker, text=norm(raw), at=at)


def _find_lead(el):
    """The italic element that opens ``el``'s text, if any (descending into p/content/intro)."""
    cur = el
    for _ in range(6):
        if (cur.text or "").strip():
            return None
        first = None
        for ch in cur:
            ln = _ln(ch.tag)
            if ln:
                first = (ln, ch)
                break
            if (ch.tail or "").strip():
                return None
        if first is None:
            return None
        ln, ch = first
        if _is_italic(ch, ln):
            return ch
        if ln in ("p", "content", "intro", "listIntroduction", "span", "b", "strong", "inline"):
            cur = ch
            continue
        return None
    return None


def _lead_text(lead_el) -> str:
    if lead_el is None:
        return ""
    t = _Text().add(lead_el)
    s = "".join(p for p in t.parts if p != _NOTE)
    # an italic span followed directly by another italic span ("Taking note" + " also")
    nxt = lead_el.getnext()
    while (
        nxt is not None
        and not (lead_el.tail or "").strip()
        and _is_italic(nxt, _ln(nxt.tag))
    ):
        s += (lead_el.tail or "") + "".join(p for p in _Text().add(nxt).parts if p != _NOTE)
        lead_el = nxt
        nxt = nxt.getnext()
    return norm(s)


def _text_of(el, skip=frozenset(), with_lead=True) -> tuple[str, list[Note], str]:
    """(normalised text, notes, lead) of an element's content."""
    text, notes = _Text(skip).add(el).result()
    lead = ""
    if with_lead and text:
        lead = _lead_text(_find_lead(el))
        if lead and not text.startswith(lead):
            lead = ""
    return text, notes, lead


class _Acc:
    """Accumulates text runs (joined by a space) with their notes."""

    __slots__ = ("text", "notes", "lead")

    def __init__(self):
        self.text = ""
        self.notes: list[Note] = []
        self.lead = ""

    def add(self, text: str, notes: list[Note], lead: str = ""):
        if not text and not notes:
            return
        if not self.text and not self.notes:
            self.text, self.notes, self.lead = text, list(notes), lead
            return
        shift = len(self.text) + (1 if self.text and text else 0)
        if self.text and text:
            self.text += " " + text
        else:
            self.text += text
        for n in notes:
            self.notes.append(Note(n.marker, n.text, n.at + shift))


# --------------------------------------------------------------------------------------------
# numbers and headings

_ROMAN = re.compile(r"^(?=[IVXLCDM])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
_BARE_NUM = re.compile(r"^\(?([IVXLCDM]+|[A-Z]|\d+)\)?\.?$")
_SPLIT_NUM = re.compile(r"^((?:[IVXLCDM]+|[A-Z])\.)\s+(\S.*)$")
_ARABIC = re.compile(r"^\(?\d+[a-z]?\)?\.?$")
_HEAD_CLASS = re.compile(r"^H(?:\d+|Ch|[A-Z])$")
_ANNEX_LABEL = re.compile(r"^(?:Annex|ANNEX|Appendix|APPENDIX)(?:es)?(?:\s+(?:[IVXLCDM]+|\d+|[A-Z]))?\.?$")


def _core(num: str) -> str:
    return num.strip().strip("().").strip()


def _style(num: str, stack) -> str:
    core = _core(num)
    if not core:
        return "other"
    if core.isdigit():
        return "arabic"
    if len(core) == 1 and core.isalpha():
        up = core.isupper()
        letter_style = "upper" if up else "lower"
        roman_style = "roman" if up else "lroman"
        if core.upper() in "IVXLCDM":
            # "I" after "H" is a letter; otherwise a roman numeral when one is open or it starts
            for st, blk in reversed(stack):
                if st == letter_style and blk.num and len(_core(blk.num)) == 1:
                    if ord(_core(blk.num)) + 1 == ord(core):
                        return letter_style
                if st == roman_style:
                    return roman_style
            return roman_style if core.upper() == "I" else letter_style
        return letter_style
    if _ROMAN.match(core):
        return "roman"
    if _ROMAN.match(core.upper()):
        return "lroman"
    return "other"


def _clean_heading(num: str | None, text: str, notes: list[Note]):
    """Split "A. Title" into num and text; drop a num repeated at the start of the text."""
    if num is None:
        m = _SPLIT_NUM.match(text)
        if m:
            cut = len(text) - len(m.group(2))
            return m.group(1), m.group(2), _shift(notes, -cut)
        return None, text, notes
    core = _core(num)
    cut = 0
    if core and text.startswith(core):
        rest = text[len(core):]
        m = re.match(r"^\.?\s+|^\.$", rest)
        if m:
            cut = len(core) + m.end()
        elif rest == "":
            cut = len(core)
    if not cut and text.startswith(".") and len(text) > 1:
        m = re.match(r"^\.\s*", text)
        cut = m.end()
    if cut:
        return num, text[cut:], _shift(notes, -cut)
    return num, text, notes


_PLACE_DATE = re.compile(r"\b(?:1[89]|20)\d\d\)?\.?$")
_POINT_LABEL = re.compile(r"^\(([a-z]{1,2}|[ivxlc]+)\)\s+(?=\S)")
_LROMAN = re.compile(r"^[ivxlc]+$")
_NUM_LABEL = re.compile(r"^\(([a-z]{1,2}|[ivxlc]+)\)$")


def _recover_lists(blocks: list[Block]) -> list[Block]:
    """The UN's flattened lists: unnumbered paragraphs "(a)\tText" after a paragraph ending with ":"
    become its points ("(i)" ones under the point before them), and an unnumbered paragraph that
    starts in lower case right after such points is the list's wrap-up text."""
    out: list[Block] = []
    anchor: Block | None = None
    for b in blocks:
        if b.kind == "section":
            b.children = _recover_lists(b.children)
            out.append(b)
            anchor = None
            continue
        labelled = b.num is not None and _NUM_LABEL.match(b.num)  # <num>(iii)</num> on a paragraph
        if anchor is not None and b.kind in ("paragraph", "text") and (b.num is None or labelled) and not b.children \
                and not b.wrap:
            m = labelled or _POINT_LABEL.match(b.text)
            points = [c for c in anchor.children if c.kind == "point"]
            if m:
                label, cut = m.group(1), (0 if labelled else m.end())
                pt = Block(kind="point", num=f"({label})", text=b.text[cut:], notes=_shift(b.notes, -cut))
                parent = anchor
                last = points[-1] if points else None
                if last is not None and _LROMAN.match(label):
                    prev = _core(last.num or "")
                    subs = [c for c in last.children if c.kind == "point"]
                    if len(label) > 1 or subs or label == "i":
                        parent = last
                    if len(label) == 1 and len(prev) == 1 and ord(label) == ord(prev) + 1 and not subs:
                        parent = anchor  # "(i)" after "(h)" is the letter i
                parent.children.append(pt)
                continue
            if points and b.text[:1].islower() and not b.lead:
                anchor.wrap, anchor.wrap_notes = b.text, list(b.notes)
                anchor = None
                continue
        out.append(b)
        anchor = None
        if b.kind in ("paragraph", "text") and not b.wrap:
            if b.text.rstrip().endswith(":") or any(c.kind == "point" for c in b.children):
                anchor = b
    return out


def _shift(notes: list[Note], d: int) -> list[Note]:
    return [Note(n.marker, n.text, max(0, n.at + d)) for n in notes]


# --------------------------------------------------------------------------------------------
# body items

class _Head:
    __slots__ = ("num", "text", "notes")

    def __init__(self, num, text, notes):
        self.num = num or None
        self.text = text
        self.notes = notes


def _num_of(el) -> str | None:
    n = _child(el, "num")
    if n is None:
        return None
    s = norm("".join(n.itertext()))
    return s or None


def _nonbold_len(el) -> tuple[int, bool]:
    """Length of non-whitespace text outside bold elements (and notes), and whether any bold text exists."""
    n = 0
    bold = False
    stack = [el]
    while stack:
        cur = stack.pop()
        if isinstance(cur, str):
            n += len(cur.strip())
            continue
        if cur.text:
            n += len(cur.text.strip())
        for ch in cur:
            ln = _ln(ch.tag)
            if ln:
                if ln in ("authorialNote", "note"):
                    pass
                elif _is_bold(ch, ln):
                    if "".join(ch.itertext()).strip():
                        bold = True
                else:
                    stack.append(ch)
            if ch.tail:
                stack.append(ch.tail)
    return n, bold


def _is_heading_para(el, content) -> bool:
    if content is None:
        return False
    if any(_HEAD_CLASS.match(c) for c in _classes(el)):
        return True
    n, bold = _nonbold_len(content)
    return bold and n == 0


class _Reader:
    def __init__(self):
        self.warnings: list[str] = []

    def warn(self, msg: str):
        if msg not in self.warnings:
            self.warnings.append(msg)

    # -- blocks ----------------------------------------------------------------------------

    def text_block(self, el, kind="text") -> Block | None:
        text, notes, lead = _text_of(el)
        if not text and not notes:
            return None
        return Block(kind=kind, text=text, notes=notes, lead=lead)

    def table_blocks(self, table) -> list[Block]:
        """One text block per table row, the cells joined by " | " (an empty cell leaves just its bar)."""
        out = []
        for ln, ch in _kids(table):
            if ln in ("thead", "tbody", "tfoot"):
                out.extend(self.table_blocks(ch))
            elif ln == "tr":
                cells = [_text_of(cell, with_lead=False) for _, cell in _kids(ch)]
                while cells and not cells[-1][0] and not cells[-1][1]:
                    cells.pop()
                text = ""
                notes: list[Note] = []
                for i, (t, ns, _) in enumerate(cells):
                    if i:
                        text += " |" if text else "|"
                    base = len(text) + (1 if text and t else 0)
                    if t:
                        text += (" " if text else "") + t
                    notes.extend(Note(n.marker, n.text, n.at + base) for n in ns)
                if text.strip("| ") or notes:
                    out.append(Block(kind="text", text=text, notes=notes))
            else:
                b = self.text_block(ch)
                if b:
                    out.append(b)
        return out

    def fill(self, blk: Block, el, skip=("num",)):
        """Fill ``blk`` (paragraph/point/item/container) from ``el``'s children.

        Text parts (``content``/``p``/``intro``, and inline content standing directly in ``el``)
        join into ``blk.text``; lists give children; ``wrapUp`` gives ``blk.wrap``.
        """
        acc = _Acc()
        skipset = set(skip)
        run = _Run()
        run.start(el.text)
        for ch in el:
            ln = _ln(ch.tag)
            if not ln or ln in skipset:
                pass
            elif ln in ("content", "p", "intro", "listIntroduction", "alinea", "blockContainer"):
                run.flush(acc)
                t, ns, lead = _text_of(ch)
                acc.add(t, ns, lead)
            elif ln in ("list", "blockList", "sublist", "ul", "ol"):
                run.flush(acc)
                self.fill_list(blk, acc, ch)
            elif ln in ("wrapUp", "listWrapUp"):
                run.flush(acc)
                t, ns, _ = _text_of(ch, with_lead=False)
                self._add_wrap(blk, t, ns)
            elif ln in ("point", "item", "indent", "li"):
                run.flush(acc)
                blk.children.append(self.point(ch))
            elif ln == "table":
                run.flush(acc)
                blk.children.extend(self.table_blocks(ch))
            elif ln in ("heading", "subheading"):
                run.flush(acc)
                t, ns, _ = _text_of(ch, with_lead=False)
                acc.add(t, ns)
            elif ln in _BLOCKISH or ln in _SECTIONS or ln in ("paragraph", "subparagraph", "container"):
                # unexpected nesting: keep the words as a child text block
                run.flush(acc)
                sub = self.text_block(ch)
                if sub:
                    blk.children.append(sub)
            else:
                run.add(ch)  # inline content standing directly in the block
            if ch.tail:
                run.tail(ch.tail)
        run.flush(acc)
        if acc.text or acc.notes:
            if blk.text or blk.notes:
                a2 = _Acc()
                a2.add(blk.text, blk.notes, blk.lead)
                a2.add(acc.text, acc.notes)
                blk.text, blk.notes = a2.text, a2.notes
            else:
                blk.text, blk.notes, blk.lead = acc.text, acc.notes, acc.lead
        return blk

    def _add_wrap(self, blk: Block, t: str, ns: list[Note]):
        if blk.wrap:
            a = _Acc()
            a.add(blk.wrap, blk.wrap_notes)
            a.add(t, ns)
            blk.wrap, blk.wrap_notes = a.text, a.notes
        else:
            blk.wrap, blk.wrap_notes = t, list(ns)

    def fill_list(self, blk: Block, acc: _Acc, lst):
        """A list inside ``blk``: intro → blk text, points → children (a ``sublist`` goes under the point before it)."""
        for ln, ch in _kids(lst):
            if ln in ("intro", "listIntroduction"):
                t, ns, lead = _text_of(ch)
                acc.add(t, ns, lead)
            elif ln in ("point", "item", "indent", "li"):
                blk.children.append(self.point(ch))
            elif ln in ("sublist", "list", "blockList", "ul", "ol"):
                # UN quirk: the (i) level is a sibling after its point → re-nest it
                parent = None
                for c in reversed(blk.children):
                    if c.kind == "point":
                        parent = c
                        break
                if parent is not None:
                    inner = _Acc()
                    self.fill_list(parent, inner, ch)
                    if inner.text or inner.notes:
                        a = _Acc()
                        a.add(parent.text, parent.notes, parent.lead)
                        a.add(inner.text, inner.notes)
                        parent.text, parent.notes = a.text, a.notes
                else:
                    self.fill_list(blk, acc, ch)
            elif ln in ("wrapUp", "listWrapUp"):
                t, ns, _ = _text_of(ch, with_lead=False)
                self._add_wrap(blk, t, ns)
            elif ln == "num":
                continue
            else:
                b = self.text_block(ch)
                if b:
                    blk.children.append(b)
        # UN quirk: the words after a list as a last item without a number ("and in the commitments …")
        last = blk.children[-1] if blk.children else None
        if (last is not None and last.num is None and not last.children and len(blk.children) > 1
                and last.text[:1].islower() and not blk.wrap):
            blk.children.pop()
            self._add_wrap(blk, last.text, last.notes)

    def point(self, el) -> Block:
        blk = Block(kind="point", num=_num_of(el))
        return self.fill(blk, el)

    # -- body --------------------------------------------------------------------------------

    def items(self, parent, in_annex: bool, skip=()) -> list:
        """Flat list of Block / _Head / ('section', el) for the children of a body element."""
        out: list = []
        for ln, ch in _kids(parent):
            if ln in skip:
                continue
            if ln == "paragraph" or ln == "subparagraph":
                self.paragraph_items(ch, in_annex, out)
            elif ln == "hcontainer" and ch.get("name") == "crossHeading":
                # our top-level cross heading (crossHeading itself is only allowed inside sections)
                h = next((x for x in ch if _ln(x.tag) == "heading"), None)
                if h is not None and (ch.get("refersTo") or "").lstrip("#") == "preamble":
                    b = self.text_block(h, kind="preamble")
                    if b:
                        out.append(b)
                elif h is not None:
                    t, ns, _ = _text_of(h, with_lead=False)
                    if t or ns:
                        out.append(_Head(None, t, ns))
            elif ln in _SECTIONS:
                out.append(("section", ch))
            elif ln in ("heading", "subheading"):
                t, ns, _ = _text_of(ch, with_lead=False)
                if t or ns:
                    out.append(_Head(None, t, ns))
            elif ln == "num":
                n = norm("".join(ch.itertext()))
                if n:
                    out.append(_Head(n, "", []))
            elif ln == "crossHeading":
                ref = (ch.get("refersTo") or "").lstrip("#")
                if ref == "preamble":
                    b = self.text_block(ch, kind="preamble")
                    if b:
                        out.append(b)
                else:
                    t, ns, _ = _text_of(ch, with_lead=False)
                    if t or ns:
                        out.append(_Head(None, t, ns))
            elif ln == "container":
                self.container_items(ch, "text", out)
            elif ln == "table":
                out.extend(self.table_blocks(ch))
            elif ln in ("blockList", "list"):
                tmp = Block(kind="text")
                acc = _Acc()
                self.fill_list(tmp, acc, ch)
                self._attach_list(out, tmp, acc)
            elif ln in ("formula",):
                b = self.text_block(ch)
                if b:
                    out.append(b)
            elif ln in ("preamble",):
                # repeated preamble inside a body: its containers are preambular paragraphs here
                for b in self.preamble_blocks(ch, keep_formula=True):
                    out.append(b)
            elif ln in ("authorialNote",):
                b = Block(kind="text", notes=[_make_note(ch, 0, 1)])
                out.append(b)
            else:
                b = self.text_block(ch)
                if b:
                    self.warn(f"<{ln}> read as plain text")
                    out.append(b)
        return out

    def _attach_list(self, out, tmp: Block, acc: _Acc):
        """A list standing loose in a body: its intro becomes text, its points go under the block before it."""
        prev = out[-1] if out and isinstance(out[-1], Block) else None
        if acc.text or acc.notes:
            tmp.text, tmp.notes, tmp.lead = acc.text, acc.notes, acc.lead
            out.append(tmp)
        elif prev is not None:
            prev.children.extend(tmp.children)
            if tmp.wrap:
                self._add_wrap(prev, tmp.wrap, tmp.wrap_notes)
        else:
            for c in tmp.children:
                out.append(c)
            if tmp.wrap:
                out.append(Block(kind="text", text=tmp.wrap, notes=tmp.wrap_notes))

    def container_items(self, el, kind: str, out: list):
        """A preambular container (or a container in a body): one block; a table gives one text block per row."""
        if not any(ln == "table" for ln, _ in _kids(el)):
            blk = Block(kind=kind)
            self.fill(blk, el)
            if blk.text or blk.notes or blk.children or blk.wrap:
                out.append(blk)
            return
        for ln, ch in _kids(el):
            if ln == "table":
                out.extend(self.table_blocks(ch))
            else:
                b = self.text_block(ch)
                if b:
                    out.append(b)

    def paragraph_items(self, el, in_annex: bool, out: list):
        num = _num_of(el)
        heads = []
        content = None
        has_list = False
        other = False
        for ln, ch in _kids(el):
            if ln in ("heading", "subheading"):
                heads.append(ch)
            elif ln == "content":
                content = ch
            elif ln in ("list", "blockList"):
                has_list = True
            elif ln != "num":
                other = True
        arabic = bool(num and _ARABIC.match(num))
        if num is None and content is not None and not heads and not has_list:
            kids = [ch for ln, ch in _kids(content)]
            if kids and all(_ln(ch.tag) == "table" for ch in kids):  # our unnumbered paragraph holding a table
                for table in kids:
                    out.extend(self.table_blocks(table))
                return
        if heads and content is None and not has_list:
            first = True
            for h in heads:
                t, ns, _ = _text_of(h, with_lead=False)
                out.append(_Head(num if first else None, t, ns))
                first = False
            if other:
                blk = Block(kind="text")
                self.fill(blk, el, skip=("num", "heading", "subheading"))
                if blk.text or blk.children:
                    out.append(blk)
            return
        if heads:  # heading(s) followed by text: heading lines, then the paragraph
            for h in heads:
                t, ns, _ = _text_of(h, with_lead=False)
                out.append(_Head(None, t, ns))
        if content is None and not has_list and not other:
            if num:
                out.append(_Head(num, "", []))
            return
        if not has_list and not other and not arabic and content is not None and _is_heading_para(el, content):
            t, ns, _ = _text_of(content, with_lead=False)
            if t or ns or num:
                out.append(_Head(num, t, ns))
            return
        kind = "paragraph" if (num or not in_annex) else "text"
        blk = Block(kind=kind, num=num)
        self.fill(blk, el, skip=("num", "heading", "subheading"))
        if blk.text or blk.notes or blk.children or blk.num or blk.wrap:
            out.append(blk)

    def section_blocks(self, el, in_annex: bool) -> list[Block]:
        pairs: list[_Head] = []
        pending = None
        rest_start = 0
        children = [(ln, ch) for ln, ch in _kids(el)]
        for i, (ln, ch) in enumerate(children):
            if ln == "num":
                n = norm("".join(ch.itertext()))
                if pending:
                    pairs.append(_Head(pending, "", []))
                pending = n or None
            elif ln in ("heading", "subheading"):
                t, ns, _ = _text_of(ch, with_lead=False)
                if pending is None and _BARE_NUM.match(t) and not ns and not t.isdigit():
                    pending = t
                else:
                    pairs.append(_Head(pending, t, ns))
                    pending = None
            else:
                break
            rest_start = i + 1
        if pending:
            pairs.append(_Head(pending, "", []))
        idx = 0
        for i, p in enumerate(pairs):
            if p.num:
                idx = i
                break
        before: list[Block] = []
        for p in pairs[:idx]:
            num, t, ns = _clean_heading(p.num, p.text, p.notes)
            if num:
                before.append(Block(kind="section", num=num, heading=t or None, heading_notes=ns))
            else:
                before.append(Block(kind="heading", text=t, notes=ns))
        sec = Block(kind="section")
        if pairs:
            num, t, ns = _clean_heading(pairs[idx].num, pairs[idx].text, pairs[idx].notes)
            sec.num, sec.heading, sec.heading_notes = num, (t or None), ns
        items: list = [p for p in pairs[idx + 1:]]
        tmp = _Shell(children[rest_start:])
        items.extend(self.items(tmp, in_annex))
        sec.children = self.assemble(items, in_annex)
        return before + [sec]

    def assemble(self, items: list, in_annex: bool) -> list[Block]:
        """Turn flat items into blocks: bare numerals join the next heading; numbered headings open sections."""
        root: list[Block] = []
        stack: list[tuple[str, Block]] = []
        pending: list[str] = []

        def target():
            return stack[-1][1].children if stack else root

        def open_section(num, text, notes):
            st = _style(num, stack)
            for i in range(len(stack) - 1, -1, -1):
                if stack[i][0] == st:
                    del stack[i:]
                    break
            blk = Block(kind="section", num=num, heading=text or None, heading_notes=notes)
            target().append(blk)
            stack.append((st, blk))

        def flush():
            while pending:
                open_section(pending.pop(0), "", [])

        for it in items:
            if isinstance(it, _Head):
                num, text, notes = it.num, it.text, it.notes
                if num is None and not notes and _BARE_NUM.match(text) and not text.isdigit():
                    num, text = text, ""
                if num and not text and not notes:
                    flush()
                    pending.append(num)
                    continue
                if num is None and pending:
                    num = pending.pop()
                    flush()
                else:
                    flush()
                num, text, notes = _clean_heading(num, text, notes)
                if num:
                    open_section(num, text, notes)
                else:
                    target().append(Block(kind="heading", text=text, notes=notes))
            elif isinstance(it, tuple):
                flush()
                target().extend(self.section_blocks(it[1], in_annex))
            else:
                flush()
                target().append(it)
        flush()
        return _recover_lists(root)

    # -- document parts ------------------------------------------------------------------

    def preamble_blocks(self, pre, keep_formula=False) -> list[Block]:
        out: list[Block] = []
        for ln, ch in _kids(pre):
            if ln == "formula":
                if keep_formula:
                    b = self.text_block(ch)
                    if b:
                        out.append(b)
                continue
            if ln == "container" or ln == "recital" or ln == "citation":
                self.container_items(ch, "preamble", out)
            elif ln in ("recitals", "citations"):
                out.extend(self.preamble_blocks(ch))
            elif ln in ("blockList", "list"):
                tmp = Block(kind="preamble")
                acc = _Acc()
                self.fill_list(tmp, acc, ch)
                if acc.text or acc.notes or not out:
                    tmp.text, tmp.notes, tmp.lead = acc.text, acc.notes, acc.lead
                    out.append(tmp)
                else:
                    out[-1].children.extend(tmp.children)
                    if tmp.wrap:
                        self._add_wrap(out[-1], tmp.wrap, tmp.wrap_notes)
            elif ln == "crossHeading":
                b = self.text_block(ch, kind="preamble")
                if b:
                    out.append(b)
            elif ln in ("heading", "subheading"):
                b = self.text_block(ch, kind="heading")
                if b:
                    b.lead = ""
                    out.append(b)
            else:
                b = self.text_block(ch, kind="preamble")
                if b:
                    out.append(b)
        return out

    def formula_of(self, pre) -> str | None:
        f = _child(pre, "formula") if pre is not None else None
        if f is None:
            return None
        t, _, _ = _text_of(f, with_lead=False)
        return t or None

    def closing(self, conc) -> Closing:
        c = Closing()
        if conc is None:
            return c
        for el in conc.iter():
            ln = _ln(el.tag)
            if ln == "docDate" and c.date_text is None:
                c.date = el.get("date") or None
                c.date_text = norm("".join(el.itertext())) or None
            elif (ln == "inline" and el.get("name") == "adoptionMeeting") or (
                ln == "location" and c.meeting is None
            ):
                if c.meeting is None:
                    c.meeting = norm("".join(el.itertext())) or None
        if c.meeting is None:
            # first line of the conclusions (up to a line break or the date)
            t = _Text(skip=frozenset({"docDate"}))
            t.add(conc)
            line = norm("".join(p for p in t.parts if p != _NOTE))
            if line:
                c.meeting = line
        return c

    def annexes(self, atts) -> list[Annex]:
        out: list[Annex] = []
        for ln, att in _kids(atts):
            if ln in ("attachment", "annex"):
                docs = [ch for cln, ch in _kids(att) if cln in _DOC_TYPES or cln == "interstitial"]
                if not docs:
                    docs = [att]
                for d in docs:
                    out.extend(self.annex_doc(d))
            elif ln in _DOC_TYPES:
                out.extend(self.annex_doc(att))
        return out

    def annex_doc(self, doc) -> list[Annex]:
        label = title = None
        title_notes: list[Note] = []
        subtitles: list[str] = []
        items: list = []
        nested: list[Annex] = []
        for ln, ch in _kids(doc):
            if ln in ("meta",):
                continue
            if ln == "preface" or ln == "coverPage":
                for el in ch.iter():
                    eln = _ln(el.tag)
                    if eln == "docType" and label is None:
                        label = norm("".join(el.itertext())) or None
                    elif eln == "docTitle" and title is None:
                        title, title_notes, _ = _text_of(el, with_lead=False)
                        title = title or None
                for pln, p in _kids(ch):
                    if any(_ln(e.tag) in ("docType", "docTitle") for e in p.iter()):
                        continue
                    t, ns, _ = _text_of(p, with_lead=False)
                    if t:
                        if label is None and _ANNEX_LABEL.match(t):
                            label = t
                        elif title is None:
                            title, title_notes = t, ns
                        else:
                            subtitles.append(t)
            elif ln == "preamble":
                f = self.formula_of(ch)
                if f:
                    items.append(Block(kind="text", text=f))
                items.extend(self.preamble_blocks(ch))
            elif ln in ("mainBody", "body") or (ln.endswith("Body") and ln != "collectionBody"):
                items.extend(self.items(ch, True))
            elif ln == "conclusions":
                for cln, c in _kids(ch):
                    b = self.text_block(c)
                    if b:
                        items.append(b)
            elif ln == "attachments":
                nested.extend(self.annexes(ch))
            else:
                b = self.text_block(ch)
                if b:
                    items.append(b)
        annexes: list[Annex] = []
        if label is not None or title is not None:
            cur = Annex(label=label or "Annex", title=title, title_notes=title_notes, subtitles=subtitles)
            annexes.append(cur)
            cur_items: list = []
            groups = [(cur, cur_items)]
            self._split_annexes(items, groups, allow_title=False)
        else:
            groups = []
            self._split_annexes(items, groups, allow_title=True)
        for ax, its in groups:
            ax.blocks = self.assemble(its, True)
        return [g[0] for g in groups] + nested

    def _split_annexes(self, items, groups, allow_title):
        """Recover annexes flattened into one doc: "Annex"/"Annex II" heading lines start a new one."""
        in_header = False
        if groups:
            cur, cur_items = groups[-1]
        else:
            cur, cur_items = None, None
        for it in items:
            is_label = (
                isinstance(it, _Head)
                and it.num is None
                and not it.notes
                and _ANNEX_LABEL.match(it.text)
            )
            if is_label and (allow_title or groups):
                cur = Annex(label=it.text)
                cur_items = []
                groups.append((cur, cur_items))
                in_header = True
                continue
            if cur is None:
                cur = Annex()
                cur_items = []
                groups.append((cur, cur_items))
                in_header = True
            if (
                in_header
                and isinstance(it, _Head)
                and it.num is None
                and not _BARE_NUM.match(it.text)
                and not _SPLIT_NUM.match(it.text)
            ):
                if cur.title is None:
                    cur.title, cur.title_notes = it.text, it.notes
                    continue
                if not it.notes and _PLACE_DATE.search(it.text):
                    # "New York, 22 to 24 March 2023" under the title; other headings stay in the body
                    cur.subtitles.append(it.text)
                    continue
            in_header = False
            cur_items.append(it)

    # -- top level ------------------------------------------------------------------------

    def meta(self, doc) -> Meta:
        """Meta of a document: FRBR identification, presentation (job number), coverPage, preface."""
        m = Meta()
        m.doc_name = doc.get("name") or ("resolution" if _ln(doc.tag) == "statement" else _ln(doc.tag))
        if m.doc_name == "publication":  # the UN's documentCollection of A/B resolutions
            m.doc_name = "resolution"
        meta = _child(doc, "meta")
        ident = _child(meta, "identification") if meta is not None else None
        work = _child(ident, "FRBRWork") if ident is not None else None
        if work is not None:
            for ln, e in _kids(work):
                if ln == "FRBRdate" and e.get("name") == "adoption" and not m.adopted:
                    m.adopted = e.get("date") or None
                elif ln == "FRBRalias" and e.get("name") == "symbol" and not m.symbol:
                    m.symbol = norm(e.get("value")) or None
                elif ln == "FRBRnumber" and not m.number:
                    m.number = norm(e.get("showAs")) or None
                    if m.number == "unknown":  # the writer's placeholder where the text states no number
                        m.number = None
        expr = _child(ident, "FRBRExpression") if ident is not None else None
        lang = _child(expr, "FRBRlanguage") if expr is not None else None
        if lang is not None and lang.get("language"):
            m.language = lang.get("language")
        pres = _child(meta, "presentation") if meta is not None else None
        if pres is not None:
            for e in pres.iter():
                if _ln(e.tag) == "docketNumber":
                    m.job_number = norm("".join(e.itertext())) or None
                    break
        if m.adopted == "0001-01-01":
            m.adopted = None
        cover = _child(doc, "coverPage")
        if cover is not None:
            self.cover(cover, m)
        preface = _child(doc, "preface")
        if preface is not None:
            num, title, _ = self.preface(preface)
            if num and num.startswith("Resolution "):  # a Security Council resolution's "Resolution 2712 (2023)"
                num, m.organ = num[len("Resolution "):], "sc"
            if num:
                m.number = num
            if title:
                m.title = title
        if not m.number and m.symbol:
            mm = re.match(r"^A/RES/(.+)$", m.symbol)
            if mm:
                m.number = mm.group(1)
        return m

    def cover(self, cover, m: Meta):
        has = False
        agenda_names = []
        for e in cover.iter():
            ln = _ln(e.tag)
            if not ln:
                continue
            ref = (e.get("refersTo") or "").lstrip("#")
            if ln == "docNumber":
                if not m.symbol or ref == "symbol":
                    m.symbol = norm("".join(e.itertext())) or m.symbol
                has = True
            elif ln == "docAuthority" and norm("".join(e.itertext())) == "Security Council":
                m.organ = "sc"
                has = True
            elif ln == "docStatus":
                m.distribution = norm("".join(e.itertext())) or None
                has = True
            elif ln == "docDate":
                txt = norm("".join(e.itertext())) or None
                par = e.getparent()
                in_title = par is not None and _ln(par.tag) == "docTitle"
                if ref in ("adoptionDate", "dateOfAdoption") or in_title:
                    m.adopted_text = txt
                    if e.get("date") and not m.adopted:
                        m.adopted = e.get("date")
                else:
                    m.issued = e.get("date") or None
                    m.issued_text = txt
                has = True
            elif ln == "session":
                m.session = norm("".join(e.itertext())) or None
                m.session_number = norm(e.get("value")) or None
                has = True
            elif ln == "inline":
                # "agenda item" / "akn4un:agendaItem"; "agenda item name" / "akn4un:agendaItemTitle" / ...
                name = (e.get("name") or "").rpartition(":")[2].replace(" ", "").lower()
                if name == "agendaitem":
                    t = norm("".join(e.itertext()))
                    if t:
                        m.agenda.append(t)
                elif name == "adoptionmeeting":  # a Security Council resolution's "at its 9479th meeting"
                    m.adoption_meeting = norm("".join(e.itertext())) or None
                elif name in ("agendaitemname", "agendaitemtitle", "agendatitle", "agendaname"):
                    t = norm("".join(e.itertext()))
                    if t:
                        agenda_names.append(t)
            elif ln == "docTitle":
                t = norm("".join(e.itertext()))
                mm = re.search(r"\bon\s+(\d{1,2}\s+\w+\s+\d{4})\s*$", t)
                if mm and not m.adopted_text:
                    m.adopted_text = mm.group(1)
                has = True
            elif ln == "docProponent":
                m.committee = ref or None
                par = e.getparent()
                # the bracketed line: the whole <p> when the proponent is only a part of it (our markup)
                line = par if par is not None and _ln(par.tag) == "p" else e
                m.proponent = norm("".join(line.itertext())) or None
                origin = None
                for x in line.iter():
                    xln = _ln(x.tag)
                    if xln == "inline" and x.get("name") in ("originating document", "originatingDocument"):
                        origin = norm("".join(x.itertext()))
                        break
                if origin is None:
                    for x in line.iter():
                        if _ln(x.tag) in ("ref", "a"):
                            origin = norm("".join(x.itertext()))
                            break
                if origin is None and m.proponent:
                    mm = re.search(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*\]?\s*$", m.proponent)
                    if mm:
                        origin = norm(mm.group(1))
                m.origin = origin or None
                has = True
        if agenda_names:
            m.agenda_title = "\n".join(agenda_names)
        m.has_masthead = has
        # a line of words only, none of the elements above in it: what our writer keeps of a masthead that
        # no field holds ("Reissued for technical reasons on …")
        for ln, e in _kids(cover):
            if ln == "p" and len(e) == 0:
                t = norm(e.text or "")
                if t:
                    m.other.append(t)

    def preface(self, preface):
        """(number, title, extra heading lines) of a preface.

        The first line holding ``docNumber``/``docTitle`` gives the number ("80/1." → "80/1") and
        the title (several ``docTitle`` are joined). Whatever else the preface says (the series
        letter "B" of a resolution in an A/B series with its footnote, a component's own title)
        becomes heading lines.
        """
        num = None
        titles: list[str] = []
        extra: list[Block] = []
        first = True
        for ln, p in _kids(preface):
            marks = [e for e in p.iter() if _ln(e.tag) in ("docNumber", "docTitle")]
            if first and marks:
                first = False
                run = _Run()
                run.start(p.text)
                tnotes: list[Note] = []
                for ch in p:
                    cln = _ln(ch.tag)
                    if cln == "docNumber" and num is None:
                        num = norm("".join(ch.itertext())).rstrip(".").strip() or None
                    elif cln == "docTitle":
                        t, ns = _Text().add(ch).result()
                        if t:
                            titles.append(t)
                        tnotes.extend(ns)
                    elif cln:
                        run.add(ch)
                    if ch.tail:
                        run.tail(ch.tail)
                acc = _Acc()
                run.flush(acc)
                text = acc.text if re.search(r"\w", acc.text) else ""
                notes = acc.notes + [Note(n.marker, n.text, len(text)) for n in tnotes]
                if text or notes:
                    extra.append(Block(kind="heading", text=text, notes=notes))
                continue
            parts = [ch for ch in p if _ln(ch.tag) in ("docNumber", "docTitle", "docType")]
            if len(parts) >= 2:
                for ch in parts:
                    b = self.text_block(ch, kind="heading")
                    if b:
                        b.lead = ""
                        extra.append(b)
            else:
                b = self.text_block(p, kind="heading")
                if b:
                    b.lead = ""
                    extra.append(b)
        return num, (" ".join(titles) or None), extra

    def statement(self, doc, base_meta: Meta | None = None) -> Resolution:
        res = Resolution()
        if base_meta is not None:
            res.meta = copy.deepcopy(base_meta)
            own = self.meta(doc)
            if own.adopted and not res.meta.adopted:
                res.meta.adopted = own.adopted
            if own.language:
                res.meta.language = own.language
        else:
            res.meta = self.meta(doc)
        preface = _child(doc, "preface")
        headings: list[Block] = []
        if preface is not None:
            num, title, extra = self.preface(preface)
            if base_meta is not None:
                # a component: its letter and title are lines under the collection's number and title
                if num:
                    headings.append(Block(kind="heading", text=num))
                if title:
                    headings.append(Block(kind="heading", text=title))
            headings.extend(extra)
        res.headings = headings
        seen_preamble = False
        seen_body = False
        for ln, ch in _kids(doc):
            if ln == "preamble":
                if not seen_preamble and not seen_body:
                    res.formula = self.formula_of(ch)
                    res.preamble = self.preamble_blocks(ch)
                else:
                    res.body.extend(self.preamble_blocks(ch, keep_formula=True))
                seen_preamble = True
            elif ln in ("mainBody", "body") or (ln.endswith("Body") and ln != "collectionBody"):
                res.body.extend(self.assemble(self.items(ch, False), False))
                seen_body = True
            elif ln == "conclusions":
                c = self.closing(ch)
                if res.closing.meeting is None and res.closing.date is None:
                    res.closing = c
            elif ln == "attachments":
                res.annexes.extend(self.annexes(ch))
        if not res.meta.adopted and res.closing.date:
            res.meta.adopted = res.closing.date
        if not res.meta.adopted_text and res.closing.date_text:
            res.meta.adopted_text = res.closing.date_text
        res.warnings = list(self.warnings)
        return res


_SECTIONS = frozenset(
    "section subsection part subpart chapter subchapter title subtitle division subdivision "
    "article clause subclause book tome level hcontainer rule subrule".split()
)
_DOC_TYPES = frozenset(
    "act bill statement doc debate debateReport judgment amendment amendmentList "
    "officialGazette documentCollection portion".split()
)


class _Shell:
    """A stand-in parent over a subset of an element's children (for section bodies)."""

    def __init__(self, children):
        self._children = [ch for _, ch in children]
        self.text = None

    def __iter__(self):
        return iter(self._children)


class _Run:
    """A run of inline content standing directly in a block element (outside any <p>)."""

    __slots__ = ("text", "lead_el", "seen")

    def __init__(self):
        self.text = _Text()
        self.lead_el = None
        self.seen = False

    def start(self, s):
        if s:
            self.text.parts.append(s)
            if s.strip():
                self.seen = True

    def add(self, ch):
        if not self.seen:
            ln = _ln(ch.tag)
            if _is_italic(ch, ln):
                self.lead_el = ch
            self.seen = True
        self.text.add_one(ch)

    def tail(self, s):
        self.text.parts.append(s)
        if s.strip():
            self.seen = True

    def flush(self, acc: "_Acc"):
        t, ns = self.text.result()
        if t or ns:
            lead = _lead_text(self.lead_el) if self.lead_el is not None else ""
            if lead and not t.startswith(lead):
                lead = ""
            acc.add(t, ns, lead)
        self.text = _Text()
        self.lead_el = None
        self.seen = False


# --------------------------------------------------------------------------------------------
# public API


def _load(source) -> bytes:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    if isinstance(source, str) and source.lstrip().startswith("<"):
        return source.encode("utf-8")
    if isinstance(source, (str, Path)):
        return Path(source).read_bytes()
    if hasattr(source, "read"):
        data = source.read()
        return data.encode("utf-8") if isinstance(data, str) else data
    raise TypeError(f"read_akn: expected bytes, a path or a file object, not {type(source).__name__}")


def read_akn_all(source) -> list[Resolution]:
    """Every resolution in an AKN document: one for a statement, one per component of a collection."""
    data = _load(source)
    tree = parse_bytes(data)
    root = tree.getroot()
    rln = _ln(root.tag)
    if rln != "akomaNtoso":
        raise AknInputError(
            f"not an Akoma Ntoso document: the root element is <{rln or root.tag}>, expected <akomaNtoso>",
            root.sourceline,
        )
    docs = [(ln, ch) for ln, ch in _kids(root) if ln != "components"]
    comps_el = _child(root, "components")
    r = _Reader()
    if not docs:
        res = Resolution()
        res.warnings.append("the <akomaNtoso> element holds no document")
        return [res]
    ln, doc = docs[0]
    if ln == "documentCollection":
        base = r.meta(doc)
        inner = []
        body = _child(doc, "collectionBody")
        if body is not None:
            for cln, comp in _kids(body):
                for dln, d in _kids(comp):
                    if dln in _DOC_TYPES:
                        inner.append(d)
        if comps_el is not None:
            for cln, comp in _kids(comps_el):
                for dln, d in _kids(comp):
                    if dln in _DOC_TYPES:
                        inner.append(d)
        if not inner:
            res = r.statement(doc)
            res.warnings.append("a document collection without components")
            return [res]
        out = []
        for d in inner:
            if _ln(d.tag) == "documentCollection":
                out.append(r.statement(d, base))
            else:
                out.append(r.statement(d, base))
        return out
    return [r.statement(doc)]


def read_akn(source) -> Resolution:
    """Read an Akoma Ntoso resolution (ours or the UN's) into the model; a collection gives its first component."""
    return read_akn_all(source)[0]
