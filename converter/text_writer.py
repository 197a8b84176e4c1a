"""Document model → plain text.

Styles:

``printed`` (default)
    The document as printed: masthead lines, the number and title line, the formula, one line
    per paragraph (points indented four spaces per level), closing lines, annexes, then every
    footnote after a separator line of ten underscores. Blocks are separated by a blank line.
    This format is the contract with the text reader: converting it again gives back the same
    structure and words.
``body``
    The formula, the preamble and the operative part only (no masthead, title, closing or
    annexes), with the footnotes of that part.
``lines``
    Everything ``printed`` has, one paragraph per line: no blank lines, no indentation.

Footnote markers are inserted at ``Note.at``; digit markers become Unicode superscripts
("12" → "¹²"), others ("*", "a") stay as they are.
"""
from __future__ import annotations

from .model import ORGANS, Annex, Block, Note, Resolution

STYLES = ("printed", "body", "lines")
SEPARATOR = "_" * 10
INDENT = "    "

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def superscript(marker: str) -> str:
    """The printed form of a footnote marker: digits as superscripts, anything else unchanged."""
    marker = (marker or "").strip()
    if marker.isdigit() and marker.isascii():
        return marker.translate(_SUPERSCRIPT)
    return marker


def with_markers(text: str | None, notes: list[Note] | None) -> str:
    """``text`` with each note's marker inserted at its offset (clamped to the text)."""
    text = text or ""
    if not notes:
        return text
    n = len(text)
    placed = sorted(
        ((min(max(_int(note.at), 0), n), i, note) for i, note in enumerate(notes) if note is not None),
        key=lambda x: (x[0], x[1]),
    )
    out = []
    pos = 0
    for at, _, note in placed:
        out.append(text[pos:at])
        out.append(superscript(note.marker))
        pos = at
    out.append(text[pos:])
    return "".join(out)


def _int(v) -> int:
    try:
        return int(v)
    except (TypeError, ValueError):
        return 0


def _join(*parts) -> str:
    return " ".join(p for p in parts if p)


class _Out:
    """Collects paragraphs (groups of lines) and the footnotes met on the way, in document order."""

    def __init__(self, style: str):
        self.style = style
        self.groups: list[list[str]] = []
        self.notes: list[Note] = []

    def group(self, lines: list[str]):
        lines = [ln for ln in lines if ln is not None]
        if lines:
            self.groups.append(lines)

    def line(self, text: str, depth: int = 0):
        if text is None or text == "":
            return
        if self.style != "lines" and depth > 0:
            text = INDENT * depth + text
        self.groups.append([text])

    def take(self, notes):
        for n in notes or []:
            if n is not None:
                self.notes.append(n)

    def render(self) -> str:
        if self.notes:
            self.groups.append([SEPARATOR] + [_join(superscript(n.marker), _one_line(n.text)) for n in self.notes])
        if not self.groups:
            return ""
        sep = "\n" if self.style == "lines" else "\n\n"
        return sep.join("\n".join(g) for g in self.groups) + "\n"


def _one_line(s) -> str:
    return " ".join(str(s or "").split())


def _flat(s) -> str:
    """One printed line: any line break inside a field becomes a space."""
    if not s:
        return ""
    return " ".join(str(s).split())


def _block(out: _Out, b: Block, depth: int):
    """Print a block and everything under it (iteratively: no recursion limit on deep models)."""
    stack: list = [(b, depth)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, tuple):  # a deferred wrap line: (text, notes)
            text, notes = item
            out.take(notes)
            out.line(with_markers(_flat(text), notes), depth)
            continue
        if item is None:
            continue
        kind = getattr(item, "kind", "text") or "text"
        children = getattr(item, "children", None) or []
        if kind == "section":
            out.take(item.heading_notes)
            out.line(_join(_flat(item.num), with_markers(_flat(item.heading), item.heading_notes)), depth)
            if item.text or item.notes:  # a section may also carry text (unusual): its own line
                out.take(item.notes)
                out.line(with_markers(_flat(item.text), item.notes), depth)
        else:
            out.take(item.notes)
            out.line(_join(_flat(item.num), with_markers(_flat(item.text), item.notes)), depth)
        later = []
        for c in children:
            inner = depth + 1 if kind != "section" and getattr(c, "kind", None) == "point" else depth
            later.append((c, inner))
        if item.wrap or item.wrap_notes:
            later.append(((item.wrap, item.wrap_notes), depth))
        stack.extend(reversed(later))


def _masthead(res: Resolution) -> list[str]:
    m = res.meta
    if m is None:
        return []
    agenda = [_flat(a) for a in (m.agenda or []) if a]
    titles = [_flat(t) for t in str(m.agenda_title or "").split("\n") if t.strip()]
    if not m.has_masthead:  # a document without a coverPage has no masthead to print
        return []
    lines = ["United Nations"]
    if m.symbol:
        lines.append(_flat(m.symbol))
    lines.append(ORGANS[m.organ][2])
    for v in (m.distribution, m.issued_text, m.session):
        if v:
            lines.append(_flat(v))
    lines.extend(agenda)
    lines.extend(titles)
    if m.adopted_text and not m.adoption_meeting:  # (a Security Council resolution's line comes under its number)
        what = "Decision" if (m.doc_name or "").lower() == "decision" else "Resolution"
        lines.append(f"{what} adopted by the General Assembly on {_flat(m.adopted_text)}")
    if m.proponent:
        lines.append(_flat(m.proponent))
    lines.extend(_flat(t) for t in m.other)
    return lines


def _title_line(res: Resolution) -> str:
    m = res.meta
    if m is None:
        return ""
    num = _flat(m.number)
    title = _flat(m.title)
    if num and m.organ == "sc":  # "Resolution 2712 (2023)" / "Adopted by the Security Council at its … meeting, on …"
        adopted = (f"\nAdopted by the {ORGANS[m.organ][2]} at its {_flat(m.adoption_meeting)}, on {_flat(m.adopted_text)}"
                   if m.adoption_meeting and m.adopted_text else "")
        return f"Resolution {num}{adopted}"
    if num and title:
        return f"{num.rstrip('.')}. {title}"
    if num:
        return f"{num.rstrip('.')}."
    return title


def _annex(out: _Out, a: Annex):
    head = []
    if a.label:
        head.append(_flat(a.label))
    if a.title or a.title_notes:
        head.append(with_markers(_flat(a.title), a.title_notes))
        out.take(a.title_notes)
    for s in a.subtitles or []:
        if s:
            head.append(_flat(s))
    out.group(head)
    for b in a.blocks or []:
        _block(out, b, 0)


def to_text(res: Resolution, style: str = "printed") -> str:
    """Render a resolution as plain text in one of :data:`STYLES`."""
    if style not in STYLES:
        raise ValueError(f"unknown text style {style!r}; expected one of: {', '.join(STYLES)}")
    out = _Out(style)
    body_only = style == "body"
    if not body_only:
        out.group(_masthead(res))
        out.line(_title_line(res))
        for h in getattr(res, "headings", None) or []:
            _block(out, h, 0)
    if res.formula:
        out.line(_flat(res.formula))
    for b in res.preamble or []:
        _block(out, b, 0)
    for b in res.body or []:
        _block(out, b, 0)
    if not body_only:
        c = res.closing
        if c is not None:
            out.group([_flat(x) for x in (c.meeting, c.date_text) if x])
        for a in res.annexes or []:
            if a is not None:
                _annex(out, a)
    return out.render()
