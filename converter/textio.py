"""Reading text input as it comes: encodings detected on evidence, binary refused, size limited."""
from __future__ import annotations

import codecs
import os
import re
import tempfile
from pathlib import Path

MAX_BYTES = 200 * 1024 * 1024  # 200 MB; larger inputs are refused with a clear message


class InputError(ValueError):
    """The input cannot be a resolution's text (empty, binary, unreadable, too large)."""


def decode(data: bytes, encoding: str | None = None) -> str:
    """Bytes → text. BOMs (UTF-8, UTF-16, UTF-32) decide; then strict UTF-8; then Windows-1252 or Latin-1.

    Windows-1252 and Latin-1 differ only in 0x80–0x9F: Latin-1 maps those to C1 control
    characters that never occur in real text, so bytes there mean Windows-1252.
    """
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as e:
            raise InputError(f"not valid {encoding} at byte {e.start}") from None
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        try:
            return data.decode("utf-32")
        except UnicodeDecodeError as e:  # a UTF-32 mark on what is no UTF-32 text (its length, its code points)
            raise InputError(f"starts with a UTF-32 byte order mark but is not UTF-32 text (byte {e.start})") from None
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return data.decode("utf-16", errors="replace")
    if not data.strip():
        raise InputError("the input is empty")
    sample = data[:65536]
    # UTF-16 without BOM: every other byte NUL in ASCII text
    if len(sample) >= 4 and sample[1::2].count(0) > 0.4 * (len(sample) // 2) and sample[0::2].count(0) < 0.05 * len(sample):
        return data.decode("utf-16-le", errors="replace")
    if len(sample) >= 4 and sample[0::2].count(0) > 0.4 * (len(sample) // 2) and sample[1::2].count(0) < 0.05 * len(sample):
        return data.decode("utf-16-be", errors="replace")
    if _looks_binary(sample):
        raise InputError("the input is a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _C1.search(data):  # any byte in 0x80-0x9F (a regex scan: no Python loop over a large input)
        return data.decode("cp1252", errors="replace")
    return data.decode("latin-1")


def _looks_binary(sample: bytes) -> bool:
    if sample[:4] in (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xd0\xcf\x11\xe0") or sample[:3] == b"\xff\xd8\xff":
        return True
    if sample[:2] == b"\x1f\x8b":
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROLS))
    return controls > max(8, len(sample) // 50)


_C1 = re.compile(rb"[\x80-\x9f]")
_CONTROLS = bytes(range(0, 9)) + bytes(range(14, 32))  # C0 controls other than tab, LF, VT, FF, CR


def read_input(path: str, encoding: str | None = None, stdin=None) -> str:
    """Read a path (or ``-`` for standard input) as text."""
    if path == "-":
        import sys

        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_BYTES + 1)
    else:
        p = Path(path)
        try:
            size = p.stat().st_size
        except OSError as e:
            raise InputError(f"cannot read: {e.strerror}") from None
        if p.is_dir():
            raise InputError("is a directory")
        if size > MAX_BYTES:
            raise InputError(f"too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES // 1_000_000} MB)")
        try:
            data = p.read_bytes()
        except OSError as e:
            raise InputError(f"cannot read: {e.strerror}") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"too large (the limit is {MAX_BYTES // 1_000_000} MB)")
    return decode(data, encoding)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename: never a half-written file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
