"""Comparing two document models: what a round trip changed."""
from __future__ import annotations

from .model import Resolution


def differences(a: Resolution, b: Resolution, limit: int = 20, italics: bool = True) -> list[str]:
    """Where two models differ in structure or words (meta, formula, blocks, notes, closing, annexes).

    ``italics=False`` leaves the italicised opening phrases out: plain text does not carry italics, so a
    phrase the source italicised its own way ("Welcomes and encourages") comes back as the drafting rule reads it.
    """
    diffs: list[str] = []

    def short(v):
        s = repr(v)
        return s if len(s) <= 70 else s[:67] + "...'"

    def same(x, y):
        return " ".join(str(x or "").split()) == " ".join(str(y or "").split())

    def field(where, name, x, y):
        if not same(x, y):
            diffs.append(f"{where}: {name} {short(x)} became {short(y)}")

    def notes(where, name, xs, ys):
        xs = [(n.marker, " ".join(n.text.split()), n.at) for n in xs or []]
        ys = [(n.marker, " ".join(n.text.split()), n.at) for n in ys or []]
        if xs != ys:
            diffs.append(f"{where}: {name} {short(xs)} became {short(ys)}")

    def blocks(where, xs, ys):
        xs, ys = list(xs or []), list(ys or [])
        if len(xs) != len(ys):
            diffs.append(f"{where}: {len(xs)} blocks became {len(ys)}")
        for i, (x, y) in enumerate(zip(xs, ys)):
            w = f"{where}/{' '.join(x.num.split())}" if x.num else f"{where}/#{i + 1}"
            for name in ("kind", "num", "text", "lead", "heading", "wrap") if italics else ("kind", "num", "text", "heading", "wrap"):
                field(w, name, getattr(x, name), getattr(y, name))
            notes(w, "notes", x.notes, y.notes)
            notes(w, "heading notes", x.heading_notes, y.heading_notes)
            notes(w, "wrap notes", x.wrap_notes, y.wrap_notes)
            blocks(w, x.children, y.children)

    for name in ("symbol", "number", "title", "doc_name", "adopted", "adopted_text", "issued", "issued_text",
                 "session", "session_number", "agenda", "agenda_title", "proponent", "committee", "origin",
                 "language", "distribution"):
        field("meta", name, getattr(a.meta, name), getattr(b.meta, name))
    field("document", "formula", a.formula, b.formula)
    blocks("headings", a.headings, b.headings)
    blocks("preamble", a.preamble, b.preamble)
    blocks("body", a.body, b.body)
    for name in ("meeting", "date", "date_text"):
        field("closing", name, getattr(a.closing, name), getattr(b.closing, name))
    if len(a.annexes) != len(b.annexes):
        diffs.append(f"annexes: {len(a.annexes)} became {len(b.annexes)}")
    for i, (x, y) in enumerate(zip(a.annexes, b.annexes)):
        for name in ("label", "title", "subtitles"):
            field(f"annex {i + 1}", name, getattr(x, name), getattr(y, name))
        notes(f"annex {i + 1}", "title notes", x.title_notes, y.title_notes)
        blocks(f"annex {i + 1}", x.blocks, y.blocks)
    return diffs[:limit] + ([f"... and {len(diffs) - limit} more"] if len(diffs) > limit else [])
