"""Inline semantics found in the words: citations of UN documents and dates.

``find(text)`` returns non-overlapping spans ``(start, end, kind, value)`` in text order:
``("ref", href)`` for a citation, ``("date", iso)`` for a date. Nothing here changes the text.
"""
from __future__ import annotations

import re

from .dates import DATE_RE, parse_date
from .naming import undocs

# GA resolutions and decisions: 59/48, 45/55 B, 75/101 A-B; old style 845 (IX), 2205 (XXI), 2453 A (XXIII)
_NEW = r"(?<![\w/.-])(\d{1,2})/(\d{1,3})(?:\s([A-Z])(?:[-–]([A-Z]))?(?![\w/]))?(?![\w/])"
_OLD = r"(?<![\w/.-])(\d{1,4})(?:\s([A-Z]))?\s\(([IVXL]{1,6}|S-[IVX]+|ES-[IVX]+)\)"
_CUE = re.compile(r"\b(resolutions?|decisions?)\b", re.I)
_NEW_RE = re.compile(_NEW)
_OLD_RE = re.compile(_OLD)
# document symbols: A/75/74/Add.1, A/C.4/75/L.2, S/RES/1373 (2001), A/AC.105/1137, E/CN.6/2020/3, S/2013/210
_DOC_RE = re.compile(
    r"(?<![\w/])((?:A|S|E|ST|TD|UNEP|DP|ICCD|FCCC|CRC|CEDAW|CCPR|HRC|A/HRC|E/CN\.\d+|UNW|CBD|ECE|"
    r"ITU|CERD|CAT|CRPD|APLC|CCW|BWC|NPT)/(?:[A-Za-z0-9.\-]+/)*[A-Za-z0-9.\-]*[A-Za-z0-9])"
    r"(?:\s\((\d{4})\))?"
)
_OF_DATE = re.compile(r"\s+of\s+(" + DATE_RE.pattern[2:-2] + r")\b")


def find(text: str) -> list[tuple[int, int, str, str]]:
    spans: list[tuple[int, int, str, str]] = []
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    def add(s, e, kind, value):
        if s < e and free(s, e):
            spans.append((s, e, kind, value))
            taken.append((s, e))

    if "/" in text:
        for m in _DOC_RE.finditer(text):
            sym = m.group(1).rstrip(".")
            if sym.count("/") < 1 or len(sym) < 5:
                continue
            end = m.start(1) + len(sym)
            if m.group(2) and sym.startswith("S/RES/"):
                end = m.end()
                href = undocs(f"{sym}({m.group(2)})")
            else:
                href = undocs(sym)
            add(m.start(1), end, "ref", href)
        for m in _NEW_RE.finditer(text):
            if not _cued(text, m.start()):
                continue
            session, num, part = m.group(1), m.group(2), m.group(3)
            symbol_tail = f"{session}/{num}"
            end = m.end()
            date = None
            dm = _OF_DATE.match(text, end)
            if dm:
                date = parse_date(dm.group(1))
            kind = _cue_kind(text, m.start())
            if kind == "decision":
                href = undocs(f"A/DEC/{symbol_tail}" + (part or ""))
            elif date:
                number = f"{session}-{num}" + (part or "") + (("-" + m.group(4)) if m.group(4) else "")
                href = f"/akn/un/statement/deliberation/unga/{date}/{number}"
            else:
                href = undocs(f"A/RES/{symbol_tail}" + (part or ""))
            add(m.start(), end, "ref", href)
        for m in []:
            pass
    if "(" in text:
        for m in _OLD_RE.finditer(text):
            if not _cued(text, m.start()):
                continue
            num, part, sess = m.group(1), m.group(2), m.group(3)
            add(m.start(), m.end(), "ref", undocs(f"A/RES/{num}({sess})" if not part else f"A/RES/{num}{part}({sess})"))
    for m in DATE_RE.finditer(text):
        iso = parse_date(m.group(0))
        if iso:
            add(m.start(), m.end(), "date", iso)
    spans.sort()
    return spans


def _cued(text: str, at: int) -> bool:
    """Is the number at ``at`` in a run of citations that began with "resolution(s)"/"decision(s)"?"""
    window = text[max(0, at - 200) : at]
    last = None
    for last in _CUE.finditer(window):
        pass
    if last is None:
        return False
    between = window[last.end() :]
    # the run is broken by a sentence end or a clause that is not a list of citations
    return not re.search(r"[;:]|\.\s|\bparagraphs?\b|\bannex\b|\bsection\b|\bchapter\b|\bvolume\b", between)


def _cue_kind(text: str, at: int) -> str:
    window = text[max(0, at - 200) : at]
    last = None
    for last in _CUE.finditer(window):
        pass
    return "decision" if last and last.group(1).lower().startswith("decision") else "resolution"
