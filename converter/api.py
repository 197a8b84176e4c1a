"""The library API: ``convert``, ``validate``, ``to_text``."""
from __future__ import annotations

import datetime
import os
from dataclasses import dataclass, field



class ConversionError(Exception):
    """The converter produced something it must not write (a bug), or the input cannot be a resolution."""


@dataclass
class Result:
    xml: bytes
    warnings: list[str] = field(default_factory=list)


def markup_date_default() -> str:
    """Today, or the day of SOURCE_DATE_EPOCH for reproducible output."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date().isoformat()
    return datetime.date.today().isoformat()


def convert_text(text: str, *, symbol: str | None = None, adopted: str | None = None, language: str | None = None,
                 markup_date: str | None = None) -> Result:
    """Plain text of a resolution → validated AKN XML bytes and the warnings met on the way."""
    from .akn_writer import serialize, write_akn
    from .text_reader import read_text
    from .validation import schema

    res = read_text(text, symbol=symbol, adopted=adopted, language=language)
    warnings = list(res.warnings) + _unknowns(res)
    root = write_akn(res, markup_date or markup_date_default())
    sch = schema()
    if not sch.validate(root):
        err = sch.error_log.last_error
        raise ConversionError(f"internal error: the output would not be schema-valid ({err.message}, line {err.line})")
    return Result(serialize(root), warnings)


def _unknowns(res) -> list[str]:
    m = res.meta
    missing = []
    if not m.symbol:
        missing.append("symbol (use --symbol)")
    if not m.adopted:
        missing.append("adoption date (use --adopted)")
    out = []
    if missing:
        out.append("not stated in the text: " + ", ".join(missing) + "; the IRIs use placeholders")
    if not res.formula and res.meta.doc_name != "decision":  # (a decision may state its text without one)
        out.append("no enacting formula (\"The General Assembly,\") found")
    if not res.body:
        out.append("no operative paragraphs found")
    else:
        last = res.body[-1]
        while last.children:
            last = last.children[-1]
        if (last.text or last.heading or "").rstrip()[-1:] not in (".", "\u201d", ")", "\u2019", '"') and not res.annexes:
            out.append("the operative part does not end with a full stop: the text may be cut off")
    return out


def convert(text: str, **options) -> bytes:
    """Plain text of a resolution → AKN XML bytes (schema-valid). See ``convert_text`` for the warnings."""
    return convert_text(text, **options).xml


def validate(source, level: int = 2):
    """Problems of an AKN document (bytes or path); an empty list when valid."""
    from .validation import validate as _validate

    return _validate(source, level=level)


def to_text(source, style: str = "printed") -> str:
    """An AKN resolution (bytes or path) → plain text."""
    from .akn_reader import read_akn
    from .text_writer import to_text as _to_text

    return _to_text(read_akn(source), style=style)
