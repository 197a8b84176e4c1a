"""Issue 8: bad and hostile input. Nothing escapes as an exception, every output is schema-valid, nothing hangs."""
import codecs
import signal
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from converter.api import convert_text
from converter.textio import InputError, decode

from .conftest import SAMPLES

SEED = (SAMPLES / "A_RES_65_124.txt").read_text(encoding="utf-8")
PIECES = ["The General Assembly,", "1. ", "(a) ", "(i) ", "__________", "A/RES/80/1", "2/5", "25-15106 (E)",
          "*2515106*", "[^1]", "[^1]: note", "---", "Annex", "Annex I", "3rd plenary meeting", "19 September 2025",
          "¹", "I.", "A.", "\n", "\n\n", "\x0c", "\x00", "\t", "Recalling", "Decides", "“", "”", "-\n", "resolution 59/48",
          "Distr.: General", "Eightieth session", "Agenda item 7", "80/1. Title", "  ", "\ufeff", "\r\n", "\r"]


@contextmanager
def no_hang(seconds=20):
    """A hang guard (not a timing assertion): fail if one conversion does not finish at all."""
    def boom(*_):
        raise TimeoutError("conversion hung")
    old = signal.signal(signal.SIGALRM, boom)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _schema():
    from converter.validation import schema
    return schema()


def check(text):
    with no_hang():
        result = convert_text(text, markup_date="2026-01-01")
    assert _schema().validate(etree.fromstring(result.xml))
    return result


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=600))
def test_arbitrary_text(text):
    check(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(SEED)), st.integers(0, 400), st.sampled_from(PIECES + [""])),
                max_size=25))
def test_mutated_resolution(edits):
    text = SEED
    for at, cut, piece in edits:
        at = min(at, len(text))
        text = text[:at] + piece + text[at + cut:]
    check(text)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES + SEED.split("\n")), max_size=80))
def test_shuffled_lines(lines):
    check("\n".join(lines))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252",
                                      "latin-1"])
def test_encodings_detected(encoding):
    text = "Recalling the “Charter”, café — 5 April 2010 naïve\n" * 3
    if encoding in ("latin-1",):
        text = text.replace("“", '"').replace("”", '"').replace("—", "-")
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert decode(data) == text


def test_forced_encoding():
    assert decode("café".encode("cp1252"), "cp1252") == "café"
    with pytest.raises(InputError):
        decode(b"\xff\xfe\xfd", "utf-8")
    with pytest.raises(InputError):
        decode(b"abc", "no-such-codec")


@pytest.mark.parametrize("data,why", [(b"", "empty"), (b"  \n\n \t", "empty"), (b"%PDF-1.7\n\x00\x01\x02binary", "binary"),
                                      (bytes(range(256)) * 8, "binary"), (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
                                      (b"\xff\xfe\x00\x00bad", "UTF-32")])
def test_not_text_refused(data, why):
    with pytest.raises(InputError) as e:
        decode(data)
    assert why in str(e.value)


def test_not_a_resolution_is_best_effort_with_warnings():
    r = check("Milk\nEggs\nBread\n2 apples\n")
    assert any("formula" in w for w in r.warnings)
    assert any("operative" in w for w in r.warnings)


def test_half_resolution():
    r = check(SEED[: len(SEED) // 2])
    assert any("cut off" in w for w in r.warnings)
    r = check(SEED[: len(SEED) // 3])
    assert any("operative" in w for w in r.warnings)


def test_crlf_and_cr_line_ends_give_same_xml():
    a = convert_text(SEED, markup_date="2026-01-01").xml
    assert convert_text(SEED.replace("\n", "\r\n"), markup_date="2026-01-01").xml == a
    assert convert_text(SEED.replace("\n", "\r"), markup_date="2026-01-01").xml == a


def test_control_characters_dropped():
    r = check(SEED.replace("Recalling also", "Recalling\x00 also\x07").replace("Noting that", "Noting\x1b that"))
    assert b"\x00" not in r.xml and b"Recalling also" in r.xml
