"""The document model at the centre of the pipeline.

Readers build it (``text_reader`` from plain text, ``akn_reader`` from Akoma Ntoso XML);
writers consume it (``akn_writer`` to AKN4UN XML, ``text_writer`` to plain text).
It holds what a resolution *says*, not how it was laid out: inline semantics that can be
recomputed from the words (citations, dates) are not stored, only the words, the
italicised opening phrase and the footnotes anchored at their offsets.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Note:
    """A footnote: ``marker`` as printed, ``text`` its body, ``at`` the offset of the marker in the owner's text."""

    marker: str
    text: str
    at: int


@dataclass
class Block:
    """One unit of the body.

    kind:
      ``preamble``  a preambular paragraph (AKN ``container``)
      ``paragraph`` an operative paragraph (``paragraph``), numbered or not
      ``point``     an item of a list inside a paragraph or point (``point``)
      ``section``   a headed part (``section``/``subsection``): ``num`` and ``heading``, blocks in ``children``
      ``heading``   an unnumbered heading line inside the body (``crossHeading``)
      ``text``      an unnumbered, unheaded run of text (annexes: a ``paragraph`` without ``num``)
    """

    kind: str
    num: str | None = None
    text: str = ""
    lead: str = ""  # italicised opening phrase, a prefix of ``text``
    notes: list[Note] = field(default_factory=list)
    children: list["Block"] = field(default_factory=list)
    heading: str | None = None  # for sections
    heading_notes: list[Note] = field(default_factory=list)
    wrap: str = ""  # text after a list (AKN ``wrapUp``)
    wrap_notes: list[Note] = field(default_factory=list)


# the organs whose resolutions are read and written: key → (TLC eId, TLC href, name as printed)
ORGANS = {
    "ga": ("ga", "/akn/ontology/organization/un/un-ga", "General Assembly"),
    "sc": ("securityCouncil", "/akn/ontology/organization/un/un-sc", "Security Council"),
}


@dataclass
class Meta:
    """What the masthead, the options and the closing lines state. ``None`` means: not stated."""

    symbol: str | None = None  # "A/RES/65/124"
    number: str | None = None  # "65/124" (from the "65/124." line or the symbol)
    title: str | None = None
    doc_name: str = "resolution"  # or "decision"
    adopted: str | None = None  # ISO date of adoption
    adopted_text: str | None = None  # as printed: "13 December 2010"
    issued: str | None = None  # ISO date of issue (Distr. date)
    issued_text: str | None = None
    session: str | None = None  # "Eightieth session"
    session_number: str | None = None  # "80"
    agenda: list[str] = field(default_factory=list)  # ["Agenda item 7"] as printed
    agenda_title: str | None = None
    proponent: str | None = None  # the bracketed committee line, as printed
    committee: str | None = None  # TLC id: noMainCommittee, firstCommittee, ...
    origin: str | None = None  # originating document: "A/80/L.2/Rev.1" or "A/80/401, para. 6"
    language: str = "eng"
    organ: str = "ga"  # whose resolution: "ga" (General Assembly) or "sc" (Security Council), a key of ORGANS
    adoption_meeting: str | None = None  # a Security Council resolution's masthead: "9479th meeting"
    distribution: str | None = None  # "Distr.: General"
    job_number: str | None = None  # "25-15106 (E)"
    has_masthead: bool = False
    # masthead lines (or the part of one) that no field above holds, as printed: "Reissued for technical
    # reasons on 5 December 2022". Kept so that no word of the masthead is lost.
    other: list[str] = field(default_factory=list)


@dataclass
class Closing:
    meeting: str | None = None  # "65th plenary meeting"
    date: str | None = None  # ISO
    date_text: str | None = None


@dataclass
class Annex:
    label: str = "Annex"  # "Annex", "Annex I"
    title: str | None = None
    title_notes: list[Note] = field(default_factory=list)
    subtitles: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Resolution:
    meta: Meta = field(default_factory=Meta)
    formula: str | None = None  # "The General Assembly," as printed
    preamble: list[Block] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    closing: Closing = field(default_factory=Closing)
    annexes: list[Annex] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Lines between the number/title line and the formula, as ``heading`` blocks (with their notes):
    # the series letter of a resolution in an A/B series ("B" and its footnote), or, for a component
    # of a collection, its letter and its own title. Empty for an ordinary resolution.
    headings: list[Block] = field(default_factory=list)

    def iter_blocks(self):
        """All blocks in reading order, depth first (annex blocks last)."""
        stack = [self.preamble, self.body] + [a.blocks for a in self.annexes]
        for top in stack:
            yield from _walk(top)


def _walk(blocks):
    for b in blocks:
        yield b
        yield from _walk(b.children)
