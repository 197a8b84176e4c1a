"""Parsing untrusted XML: no entity expansion, no DTD loading, no network."""
from __future__ import annotations

from lxml import etree


class XmlInputError(ValueError):
    """The input is not usable XML. ``line``/``column`` are 1-based where known."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=False,
    )


def parse_bytes(data: bytes) -> etree._ElementTree:
    """Parse ``data``; refuse any DTD (internal or external) before anything is expanded or fetched."""
    head = data[:4096]
    if b"<!DOCTYPE" in head or b"<!ENTITY" in data:
        line = data[: data.find(b"<!")].count(b"\n") + 1 if b"<!" in data else None
        raise XmlInputError("DTDs and entity declarations are not allowed in Akoma Ntoso input", line)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as e:
        line, col = (e.position if e.position else (e.lineno, None))
        raise XmlInputError(f"not well-formed XML: {e.msg}", line, col) from None
    tree = root.getroottree()
    if tree.docinfo.doctype:
        raise XmlInputError("DTDs are not allowed in Akoma Ntoso input", 1)
    return tree
