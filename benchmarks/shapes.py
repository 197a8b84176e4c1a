"""Text shapes: a resolution (the document model) rendered the way real inputs show it.

The accuracy harness (``benchmarks/accuracy.py``) reads each UN AKN file into the model, renders it in
each shape below and converts the text back, to measure the text reader on inputs whose answer is known.
Every shape is built from what a printed page shows — masthead fields, the number and title, the formula,
the paragraphs with their numbers and list labels, the closing lines, annexes, footnotes — and nothing
else: no italics, no indentation that encodes structure, no hidden markers. All randomness comes from a
``random.Random`` seeded with the document's name and the shape, so the output is deterministic.

Shapes (``SHAPES``):

``pdf``
    What PyMuPDF/pdfminer give for the official PDF: the masthead one item per line, lines wrapped at
    80-90 characters, a page every ~45 lines with its furniture (running head: the symbol and the title on
    one or two lines; job number ``25-15106 (E)`` with the barcode ``*2515106*`` on page 1, ``25-15106`` and
    the page number ``2/5`` on the others), footnote bodies at the bottom of the page where their marker
    falls after a ``__________________`` rule, markers glued to the word before them (``Nations1``). Per
    document: paragraph numbers and list labels alone on their line (``1.`` then the text) or not, blank
    lines between paragraphs or not, trailing spaces or not.
``pdf-joined``
    A third-party cleaner's output: the masthead run together (``United Nations A/RES/80/1``,
    ``General Assembly Distr.: General 19 September 2025``), one line per paragraph, the running head on
    one line (job numbers, barcodes and page numbers dropped), footnotes still at the page bottoms (after a
    ``---`` rule; page 1's rule mostly dropped), markers glued or spaced (``Rights, 1 the``); lines are joined
    within a page only, so a paragraph that runs over a page break is cut by the footnotes and running head.
``markdown``
    A markdown cleaner: masthead run together, one line per paragraph, ``[^1]`` markers and ``[^1]: text``
    definitions at the end, no page furniture.
``typed``
    Typed by hand (like ``samples/A_RES_65_124.txt``): no masthead, the title (with or without its
    number), lines broken mid-sentence, stray blank lines inside paragraphs and none between some of them,
    doubled spaces and leading spaces; footnotes at the end after a rule.

    python benchmarks/shapes.py FILE.xml [--shape pdf] [--seed NAME]
"""
from __future__ import annotations

import random
import re
import sys
import textwrap
import zlib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from converter.model import Block, Note, Resolution  # noqa: E402

SHAPES = ("pdf", "pdf-joined", "markdown", "typed")

# Footnote markers travel through wrapping as one private-use character per note (no spaces, so they
# stay glued to their word); they become the printed marker when the line is emitted.
_PH_BASE = 0xF0000
_PH = re.compile("[\U000F0000-\U000FFFFD]")


@dataclass
class _Unit:
    """One printed paragraph: its label (number) if any, its text with note placeholders."""

    label: str | None
    text: str
    kind: str  # title, heading, formula, para, closing, annex-label, annex-title
    keep_lines: list[str] | None = None  # pre-split lines (closing)


@dataclass
class _Doc:
    units: list[_Unit] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)  # index = placeholder number


def _flat(s) -> str:
    return " ".join(str(s or "").split())


def _placed(text: str, notes: list[Note], doc: _Doc) -> str:
    """``text`` with one placeholder character per note at its offset."""
    text = text or ""
    if not notes:
        return _flat(text)
    n = len(text)
    out, pos = [], 0
    for note in sorted(notes, key=lambda x: min(max(int(x.at or 0), 0), n)):
        at = min(max(int(note.at or 0), 0), n)
        out.append(text[pos:at])
        out.append(chr(_PH_BASE + len(doc.notes)))
        doc.notes.append(note)
        pos = at
    out.append(text[pos:])
    s = "".join(out)
    # flatten whitespace; a placeholder after a space is glued back to its word (as printed)
    s = _flat(s)
    return re.sub(r"\s+(?=[\U000F0000-\U000FFFFD])", "", s)


def _units(res: Resolution) -> _Doc:
    """The printed paragraphs of a resolution, in reading order (no masthead)."""
    doc = _Doc()
    m = res.meta
    num = _flat(m.number).rstrip(".")
    title = _flat(m.title)
    if num or title:
        doc.units.append(_Unit(f"{num}." if num else None, title, "title"))
    for h in res.headings or []:
        _block(doc, h)
    if res.formula:
        doc.units.append(_Unit(None, _flat(res.formula), "formula"))
    for b in res.preamble:
        _block(doc, b)
    for b in res.body:
        _block(doc, b)
    c = res.closing
    lines = [_flat(x) for x in (c.meeting, c.date_text) if x]
    if lines:
        doc.units.append(_Unit(None, " ".join(lines), "closing", keep_lines=lines))
    for a in res.annexes:
        if a.label:
            doc.units.append(_Unit(None, _flat(a.label), "annex-label"))
        if a.title or a.title_notes:
            doc.units.append(_Unit(None, _placed(a.title, a.title_notes, doc), "annex-title"))
        for s in a.subtitles or []:
            if s:
                doc.units.append(_Unit(None, _flat(s), "annex-title"))
        for b in a.blocks:
            _block(doc, b)
    return doc


def _block(doc: _Doc, b: Block) -> None:
    if b.kind == "section":
        doc.units.append(_Unit(_flat(b.num) or None, _placed(b.heading, b.heading_notes, doc), "heading"))
        if b.text:
            doc.units.append(_Unit(None, _placed(b.text, b.notes, doc), "para"))
    else:
        kind = "heading" if b.kind == "heading" else "para"
        doc.units.append(_Unit(_flat(b.num) or None, _placed(b.text, b.notes, doc), kind))
    for c in b.children:
        _block(doc, c)
    if b.wrap or b.wrap_notes:
        doc.units.append(_Unit(None, _placed(b.wrap, b.wrap_notes, doc), "para"))


# ---------------------------------------------------------------------------------------------
# masthead


def _job(res: Resolution, rnd: random.Random) -> tuple[str, str, str]:
    """(job number as on page 1, as on the other pages, barcode)."""
    job = _flat(res.meta.job_number)
    m = re.match(r"(\d{2})-(\d{5})", job)
    if not m:
        yy = (res.meta.adopted or "2021")[2:4]
        digits = f"{zlib.crc32((res.meta.symbol or 'x').encode()) % 100000:05d}"
        m = re.match(r"(\d{2})-(\d{5})", f"{yy}-{digits}")
    short = f"{m.group(1)}-{m.group(2)}"
    return f"{short} (E)", short, f"*{m.group(1)}{m.group(2)}*"


def _adopted_line(res: Resolution) -> str | None:
    m = res.meta
    if not m.adopted_text:
        return None
    what = "Decision" if (m.doc_name or "").lower() == "decision" else "Resolution"
    return f"{what} adopted by the General Assembly on {_flat(m.adopted_text)}"


def _agenda_titles(res: Resolution) -> list[str]:
    return [_flat(t) for t in str(res.meta.agenda_title or "").split("\n") if t.strip()]


def _masthead_lines(res: Resolution, rnd: random.Random, furniture: bool) -> list[str]:
    """One item per line, as PyMuPDF gives it; the agenda title wrapped in its narrow column."""
    m = res.meta
    job1, _, barcode = _job(res, rnd)
    out = ["United Nations"]
    if m.symbol:
        out.append(_flat(m.symbol))
    out += ["", "General Assembly"]
    out += [_flat(x) for x in (m.distribution, m.issued_text) if x]
    if furniture:
        out += [job1, barcode]
    out.append("")
    out += [_flat(x) for x in [m.session] + list(m.agenda or []) if x]
    for t in _agenda_titles(res):
        out += textwrap.wrap(t, width=rnd.randint(45, 55), break_long_words=False, break_on_hyphens=False)
    out.append("")
    adopted = _adopted_line(res)
    if adopted:
        if rnd.random() < 0.5:
            head, _, date = adopted.rpartition(" on ")
            out += [head, "on " + date]
        else:
            out.append(adopted)
        out.append("")
    if m.proponent:
        out += [_flat(m.proponent), ""]
    return out


def _masthead_runon(res: Resolution) -> list[str]:
    """The masthead run together, as cleaners join it."""
    m = res.meta
    out = [_flat("United Nations " + (m.symbol or "")), ""]
    out += [_flat(" ".join(x for x in ("General Assembly", m.distribution, m.issued_text) if x)), ""]
    sess = " ".join(_flat(x) for x in [m.session] + list(m.agenda or []) + _agenda_titles(res) if x)
    if sess:
        out += [sess, ""]
    adopted = _adopted_line(res)
    if adopted:
        out += [adopted, ""]
    if m.proponent:
        out += [_flat(m.proponent), ""]
    return out


# ---------------------------------------------------------------------------------------------
# markers


def _marker(note: Note) -> str:
    return (note.marker or "").strip()


def _resolve(line: str, doc: _Doc, style: str, rnd: random.Random, seen: set, page_notes: list | None) -> str:
    """Replace the placeholders of ``line`` with printed markers; queue first-seen notes for the page."""

    def sub(mt):
        note = doc.notes[ord(mt.group(0)) - _PH_BASE]
        key = (_marker(note), _flat(note.text))
        if key not in seen:
            seen.add(key)
            if page_notes is not None:
                page_notes.append(note)
        mk = _marker(note)
        if style == "markdown":
            return f"[^{mk}]"
        if style == "spaced" and rnd.random() < 0.35:
            return f" {mk} "
        return mk

    out = _PH.sub(sub, line)
    return re.sub(r" {2,}", " ", out).rstrip() if style == "spaced" else out


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False) or [""]


def _note_lines(note: Note, width: int | None) -> list[str]:
    text = f"{_marker(note)} {_flat(note.text)}"
    return _wrap(text, width) if width else [text]


# ---------------------------------------------------------------------------------------------
# shapes


def _pdf(res: Resolution, rnd: random.Random, joined: bool) -> str:
    doc = _units(res)
    width = rnd.randint(80, 90)
    page_len = rnd.randint(42, 48)
    alone = (not joined) and rnd.random() < 0.45  # "1." alone on its line, text on the next
    blank = joined or rnd.random() < 0.65  # blank lines between paragraphs
    trailing = (not joined) and rnd.random() < 0.5  # PyMuPDF leaves a space at the end of lines
    job_in_masthead = rnd.random() < 0.5  # PyMuPDF puts page 1's job number and barcode up there
    head_style = rnd.choice(["symbol+title", "symbol+title", "title+symbol", "symbol"])
    # the cleaner drops page 1's rule (the first footnotes follow the text directly) and writes "---" later
    sep_first = rnd.choice(["none", "none", "-"]) if joined else "_"
    sep_style = "-" if joined else "_"
    marker_style = "spaced" if joined else "glued"
    job1, job, barcode = _job(res, rnd)
    symbol = _flat(res.meta.symbol)
    title = _flat(res.meta.title)

    # body lines as the page shows them, each with the paragraph (unit) it belongs to
    body: list[tuple[int | None, str]] = []
    for ui, u in enumerate(doc.units):
        if u.kind == "closing":
            lines = list(u.keep_lines)
        elif u.label and alone and u.kind in ("para", "heading"):
            lines = [u.label] + _wrap(u.text, width)
        else:
            lines = _wrap(_flat(f"{u.label or ''} {u.text}"), width)
        body += [(ui, ln) for ln in lines]
        if blank or u.kind in ("title", "formula", "closing", "annex-label"):
            body.append((None, ""))

    # pages: body lines until the page (with its footnotes) is full; a paragraph may run on
    pages: list[tuple[list[str], list[Note]]] = []
    seen: set = set()
    cur: list[tuple[int | None, str]] = []
    cur_notes: list[Note] = []
    used = len(_masthead_lines(res, random.Random(0), job_in_masthead))
    for ui, line in body:
        note_cost = sum(len(_note_lines(n, width)) + 1 for n in cur_notes)
        if cur and used + 1 + note_cost + 2 > page_len:
            pages.append((cur, cur_notes))
            cur, cur_notes, used = [], [], 0
        cur.append((ui, _resolve(line, doc, marker_style, rnd, seen, cur_notes)))
        used += 1
    pages.append((cur, cur_notes))
    npages = len(pages)
    page_lines: list[list[str]] = []
    for lines, _ in pages:
        if joined:  # the cleaner joins the lines of a paragraph within a page, not across pages
            merged: list[tuple[int | None, str]] = []
            for ui, ln in lines:
                if merged and ui is not None and merged[-1][0] == ui:
                    merged[-1] = (ui, merged[-1][1] + " " + ln)
                else:
                    merged.append((ui, ln))
            page_lines.append([ln for _, ln in merged])
        else:
            page_lines.append([ln for _, ln in lines])

    head_width = rnd.choice([width, 60])  # the running title on one line or two

    def head(k: int) -> list[str]:
        t = _wrap(title, head_width) if title else []
        if head_style == "symbol" or not t:
            lines = [symbol] if symbol else []
        elif head_style == "title+symbol":
            lines = t + [symbol]
        else:
            lines = [symbol] + t
        if joined:
            lines = [" ".join(lines)] if lines else []
        return lines

    def foot(k: int) -> list[str]:
        if joined:  # the cleaner drops job numbers, barcodes and page numbers; the running head stays
            return []
        if k == 1:
            return [] if job_in_masthead else [job1, barcode]
        pair = [job, f"{k}/{npages}"]
        return pair if k % 2 else pair[::-1]

    out: list[str] = []
    out += _masthead_runon(res) if joined else _masthead_lines(res, rnd, job_in_masthead)
    for k, ((_, notes), lines) in enumerate(zip(pages, page_lines), 1):
        if k > 1:
            out += head(k) + [""] + (foot(k) + [""] if foot(k) else [])
        out += lines
        if notes:
            sep = sep_first if k == 1 else sep_style
            if sep == "_":
                out += ["", "_" * rnd.choice([15, 18]), ""]
            elif sep == "-":
                out += ["", "---", ""]
            else:
                out += [""]
            for n in notes:
                out += _note_lines(n, None if joined else width)
                if joined or rnd.random() < 0.5:
                    out.append("")
        if k == 1:
            out += [""] + foot(1)
        out.append("")
    if trailing:
        out = [ln + " " if ln else rnd.choice(["", " "]) for ln in out]
    text = "\n".join(out)
    return re.sub(r"\n{4,}", "\n\n\n", text).strip("\n") + "\n"


def _markdown(res: Resolution, rnd: random.Random) -> str:
    doc = _units(res)
    out = _masthead_runon(res)
    seen: set = set()
    notes: list[Note] = []
    for u in doc.units:
        line = " ".join(u.keep_lines) if u.kind == "closing" else _flat(f"{u.label or ''} {u.text}")
        out += [_resolve(line, doc, "markdown", rnd, seen, notes), ""]
    if notes:
        out += ["---", ""]
        for n in notes:
            body = textwrap.wrap(_flat(n.text), width=96, break_long_words=False, break_on_hyphens=False) or [""]
            out.append(f"[^{_marker(n)}]: {body[0]}")
            out += ["    " + b for b in body[1:]]
            out.append("")
    return "\n".join(out).strip("\n") + "\n"


def _typed(res: Resolution, rnd: random.Random) -> str:
    doc = _units(res)
    width = rnd.randint(78, 92)
    seen: set = set()
    notes: list[Note] = []
    out: list[str] = []
    gap_between = rnd.random()  # how often paragraphs get a blank line between them
    for u in doc.units:
        if u.kind == "title":
            text = u.text if (rnd.random() < 0.5 or not u.label) else f"{u.label} {u.text}"
        elif u.kind == "closing":
            out += list(u.keep_lines) + [""]
            continue
        else:
            text = _flat(f"{u.label or ''} {u.text}")
        lines = _wrap(_resolve(text, doc, "glued", rnd, seen, notes), width)
        for i, ln in enumerate(lines):
            if rnd.random() < 0.06:  # a stray doubled space
                words = ln.split(" ")
                if len(words) > 2:
                    j = rnd.randrange(1, len(words))
                    words[j] = " " + words[j]
                    ln = " ".join(words)
            if rnd.random() < 0.05:
                ln = " " + ln
            out.append(ln)
            if i < len(lines) - 1 and rnd.random() < 0.08:  # a line broken mid-sentence, then a blank
                out.append("")
        if u.kind in ("title", "formula", "annex-label") or rnd.random() < gap_between:
            out.append("")
    if notes:
        out += ["", "_" * 10]
        for n in notes:
            out.append(f"{_marker(n)} {_flat(n.text)}")
    return "\n".join(out).strip("\n") + "\n"


def generate(res: Resolution, shape: str, seed: str = "") -> str:
    """The text of ``res`` in ``shape`` (one of :data:`SHAPES`); deterministic for a given ``seed``."""
    rnd = random.Random(f"{seed}|{shape}")
    if shape == "pdf":
        return _pdf(res, rnd, joined=False)
    if shape == "pdf-joined":
        return _pdf(res, rnd, joined=True)
    if shape == "markdown":
        return _markdown(res, rnd)
    if shape == "typed":
        return _typed(res, rnd)
    raise ValueError(f"unknown shape {shape!r}; expected one of {', '.join(SHAPES)}")


def has_masthead(shape: str) -> bool:
    """Whether text in ``shape`` carries the masthead (so metadata can be scored)."""
    return shape != "typed"


def main(argv=None) -> int:
    import argparse

    from converter.akn_reader import read_akn

    ap = argparse.ArgumentParser(description="Render an AKN resolution in one of the text shapes.")
    ap.add_argument("file")
    ap.add_argument("--shape", choices=SHAPES, default="pdf")
    ap.add_argument("--seed", help="seed name (default: the file name)")
    a = ap.parse_args(argv)
    res = read_akn(a.file)
    sys.stdout.write(generate(res, a.shape, a.seed or Path(a.file).name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
