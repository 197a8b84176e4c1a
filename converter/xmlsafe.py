"""Parsing untrusted XML: no entity expansion, no DTD loading, no network.

Akoma Ntoso documents never need a DTD, so any document type declaration is refused *before* the
parser sees it: no entity is expanded (internal "billion laughs" or external XXE), no DTD or entity
is fetched from disk or network. The prolog is scanned in the document's own encoding (UTF-8,
UTF-16/32 with or without a byte-order mark, or any ASCII-compatible encoding), so re-encoding the
attack does not hide it; as a second line of defence the parser itself runs with entity
resolution, DTD loading and network access switched off, and a tree that still carries a DTD is
rejected.
"""
from __future__ import annotations

import codecs
import re

from lxml import etree


class XmlInputError(ValueError):
    """The input is not usable XML. ``line``/``column`` are 1-based where known."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


class HostileXmlError(XmlInputError):
    """The input uses a DTD or entity declarations (XXE, entity expansion, external DTD): refused unparsed."""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=False,
    )


# --- prolog scan -------------------------------------------------------------------------

_BOMS = (  # longest first: UTF-32 LE starts with the UTF-16 LE mark
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_NO_BOM = (  # "<?" / "<" in the wide encodings, XML 1.0 appendix F
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00?\x00", "utf-16-le"),
    (b"\x00<\x00?", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
    (b"\x00<", "utf-16-be"),
)
_EBCDIC = b"\x4c\x6f\xa7\x94"  # "<?xm" in EBCDIC
_SPACE = re.compile(r"[ \t\r\n]*")
_EXTERNAL_ID = re.compile(r"""^<!DOCTYPE\s+[^\s\[>]+\s+(SYSTEM|PUBLIC)\b""")


def _prolog_text(data: bytes):
    """The document for scanning its prolog: text for the wide encodings, else the bytes themselves
    (UTF-8 and every ASCII-compatible encoding keep "<!DOCTYPE" as ASCII bytes)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            if enc == "utf-8":
                return data[len(bom):]
            return data[len(bom):].decode(enc, errors="replace")
    for head, enc in _NO_BOM:
        if data.startswith(head):
            return data.decode(enc, errors="replace")
    if data.startswith(_EBCDIC):
        raise XmlInputError("EBCDIC-encoded XML is not supported; use UTF-8", 1, 1)
    return data


def _describe_doctype(decl: str) -> str:
    if "<!ENTITY" in decl:
        if re.search(r"<!ENTITY\s+%", decl):
            kind = "parameter entity declaration"
        elif re.search(r"<!ENTITY\s+\S+\s+(SYSTEM|PUBLIC)\b", decl):
            kind = "external entity declaration (XXE: file or network access)"
        elif re.search(r"<!ENTITY\s+\S+\s+(\"[^\"]*&|'[^']*&)", decl):
            kind = "nested entity declarations (entity expansion / 'billion laughs')"
        else:
            kind = "entity declaration"
        return f"{kind} refused: Akoma Ntoso input must not declare entities; nothing was expanded or fetched"
    if _EXTERNAL_ID.match(decl):
        return "external DTD refused: Akoma Ntoso input must not reference a DTD; nothing was fetched"
    return "DOCTYPE refused: Akoma Ntoso input must not carry a DTD"


_SPACE_B = re.compile(rb"[ \t\r\n]*")


def _scan_prolog(data: bytes) -> None:
    """Raise HostileXmlError if a document type declaration precedes the root element.

    Only the prolog (XML declaration, comments, processing instructions) is walked: cheap for any size.
    """
    if b"<!" not in data and b"\x00" not in data[:4]:
        return  # fast path: no markup declaration, comment or CDATA at all
    text = _prolog_text(data)
    wide = isinstance(text, str)
    lit = (lambda s: s) if wide else (lambda s: s.encode("ascii"))
    space = _SPACE if wide else _SPACE_B
    pi, pi_end, com, com_end = lit("<?"), lit("?>"), lit("<!--"), lit("-->")
    decls = (lit("<!DOCTYPE"), lit("<!ENTITY"), lit("<!ELEMENT"))
    pos = 1 if wide and text.startswith("\ufeff") else 0
    while True:
        pos = space.match(text, pos).end()
        if text.startswith(pi, pos):
            end = text.find(pi_end, pos + 2)
        elif text.startswith(com, pos):
            end = text.find(com_end, pos + 4)
            end = end + 1 if end >= 0 else end
        elif text.startswith(decls, pos):
            if not wide:
                text = text.decode("latin-1")  # only now, to describe and locate it
            line = text.count("\n", 0, pos) + 1
            column = pos - (text.rfind("\n", 0, pos) + 1) + 1
            gt, lb = text.find(">", pos), text.find("[", pos)
            if lb >= 0 and (gt < 0 or lb < gt):  # internal subset: up to "]>"
                close = text.find("]>", lb)
                decl = text[pos: close + 2 if close >= 0 else len(text)]
            else:
                decl = text[pos: gt + 1 if gt >= 0 else len(text)]
            raise HostileXmlError(_describe_doctype(decl), line, column)
        else:
            return
        if end < 0:
            return  # unterminated: the parser reports it
        pos = end + 2


def parse_bytes(data: bytes) -> etree._ElementTree:
    """Parse ``data``; refuse any DTD (internal or external) before anything is expanded or fetched.

    Raises :class:`XmlInputError` (``HostileXmlError`` for DTDs/entities) with 1-based line and column.
    """
    if isinstance(data, str):  # tolerate text; lxml refuses str with an encoding declaration
        data = data.encode("utf-8")
        data = re.sub(rb"^(\s*<\?xml[^>]*?)\sencoding=(\"[^\"]*\"|'[^']*')", rb"\1", data, count=1)
    _scan_prolog(data)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as e:
        line, col = (e.position if e.position else (e.lineno, None))
        msg = re.sub(r", line \d+, column \d+$", "", e.msg or str(e))
        if "amplification" in msg or "entity reference loop" in msg.lower():
            raise HostileXmlError(f"entity expansion refused: {msg}", line, col) from None
        raise XmlInputError(f"not well-formed XML: {msg}", line, col) from None
    except ValueError as e:  # e.g. unsupported encoding
        raise XmlInputError(f"not usable XML: {e}", 1, None) from None
    tree = root.getroottree()
    info = tree.docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise HostileXmlError("DOCTYPE refused: Akoma Ntoso input must not carry a DTD", 1)
    return tree
