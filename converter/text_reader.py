"""Text reader: the plain text of a resolution → the document model.

The text comes as it really comes: typed by hand, pulled out of a PDF by one of several
extractors, OCR'd, cleaned by a third-party tool or written by our own text writer. The
reader is a pipeline of small passes over lines, each with one job:

1. ``_normalise``         line ends, control characters, odd spaces
2. ``_strip_wrappers``    YAML front matter, markdown leftovers, markdown footnote blocks
3. ``_read_masthead``     the masthead → ``Meta`` (symbol, dates, session, agenda, committee, title)
4. ``_drop_furniture``    job numbers, barcodes, running heads, page numbers
5. ``_collect_footnotes`` footnote bodies from the page bottoms (or the end)
6. ``_segment``           wrapped lines → blocks, by number/label sequences and drafting phrases
7. ``_build``             blocks → preamble, operative tree, sections, closing, annexes
8. ``_anchor_notes``      footnote markers found in the text, told apart from real numbers

Nothing is edited: every word of the resolution is kept as written.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache

from . import phrases
from .dates import parse_date
from .model import Annex, Block, Meta, Note, Resolution

SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUP_CHARS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# what closes a quotation: the curly marks, and the straight one of typed and OCR text (for the character classes of
# the patterns below that ask what may stand before a footnote's call or at a clause's end)
_CLOSING_MARKS = "\u201d\u2019\""
_TO_SUP = str.maketrans("0123456789", _SUP_CHARS)

# ---------------------------------------------------------------------------------------------
# 1. normalisation


# control characters, and invisible format marks (zero-width space, left-to-right marks, bidi embeddings, word joiner)
_CTRL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\ufffe\uffff"
                   r"\ud800-\udfff\ue000-\ue003]")
_SPACE_CLASS = "[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
# runs of spaces that are not already one plain space (a lone space needs no work)
_SPACES = re.compile("[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]" + _SPACE_CLASS + "*| " + _SPACE_CLASS + "+")
_ODD_SPACES = "\t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


_WIDE_GAP = re.compile(r"([A-Za-z]+)[ \t]{3,}([a-z]+)")
_WIDE_GAP_SEEN = re.compile(r"[A-Za-z][ \t]{3,}[a-z]")  # found where _WIDE_GAP is, without retrying every letter
_WIDE_PAREN = re.compile(r"\([ \t]{3,}|[ \t]{3,}\)|(?<=\w)[ \t]{3,}-(?=\w)")


def _mend_layout_gaps(text: str) -> str:
    """Layout-mode extractors pad words apart ("Amer     ica"): join where the document knows the word."""
    vocab = {w.lower() for w in re.findall(r"[A-Za-z]+", _WIDE_GAP.sub(" ", text))}

    def join(m):
        a, b = m.group(1), m.group(2)
        whole = (a + b).lower()
        if whole in vocab and (a.lower() not in vocab or b.lower() not in vocab):
            return a + b
        return m.group(0)

    text = _WIDE_GAP.sub(join, text)
    return _WIDE_PAREN.sub(lambda m: m.group(0).strip(" \t"), text)


# the space in "post- conflict": the pattern opens with the literal "- " so that the search skips ahead fast
_HYPHEN_SPACE = re.compile(r"- (?<=[a-z0-9]\w- )(?!(?:and|or|to|nor|as well as)\b)(?=[a-z]|(?<=\d- )\d)")
# the tokens of _mend_split_words ("Secretary-General"); _words finds them (the tests hold it to this pattern)
_TOKEN = re.compile(r"[A-Za-z]++(?:-[A-Za-z]++)*+")
# _words finds the same tokens without a regex match per word: every character but an ASCII letter or a
# hyphen becomes a space (bytes.translate; non-ASCII first becomes "?"), a hyphen without a letter on both
# sides too, and str.split cuts the rest
_WORD_BYTES = bytes(c if chr(c).isascii() and chr(c).isalpha() or c == 0x2D else 0x20 for c in range(256))
_LONE_HYPHEN = re.compile(r"-(?:(?![A-Za-z])|(?<![A-Za-z]-))")


def _words(text: str) -> list[str]:
    """``_TOKEN.findall(text)``, five times as fast: "Secretary-General", "a", "b" of "a--b"."""
    letters = text.encode("ascii", "replace").translate(_WORD_BYTES).decode("ascii")
    if "-" in letters:
        letters = _LONE_HYPHEN.sub(" ", letters)
    return letters.split()


_NO_VOWEL = re.compile(r"^[b-df-hj-np-tv-xz]{1,3}$")
_ABBREVIATIONS = frozenset("km kg cm mm ml mg nm st nd rd th pp cf hr hrs sq".split())


def _fragment(a: str, b: str) -> bool:
    """Is ``b`` the vowelless tail of a word split by an extractor ("impa ct")?"""
    return a.isalpha() and a.islower() and len(a) > 1 and bool(_NO_VOWEL.match(b)) and b not in _ABBREVIATIONS


_SPLIT_PRECHECK = True  # see _may_join; off only in a test that checks it changes nothing


# the short words a tail may be: one of them after a word is a split only where the joined word is common
_SHORT_WORDS = frozenset("a an and the of in on for to at by or as is it be we us no so do up its nor".split())


def _short_tail(a: str, b: str) -> bool:
    """Is ``b`` a tail short enough ("on", "ng", "s") to have been cut off a long stem ``a`` ("preventi", "progres")?
    Then only ``a`` must stand nowhere else for the pair to be one word split."""
    return len(b) <= 3 and len(a) >= 4 and b.islower()


def _mend_split_words(text: str) -> str:
    """Extractors split words ("Internati onal", "impa ct"): join a pair where the joined word is used elsewhere in
    the document and neither piece ever stands alone, in text laid out in lines. (A space before a word's hyphen,
    "Secretary -General", is dropped before: ``_SPACE_HYPHEN``.)"""
    if not _in_printed_lines(text):
        return text  # (a paragraph on one line was never laid out in lines: its "hu man" is the author's)
    return _join_split_words(text)


def _join_split_words(text: str) -> str:
    """``_mend_split_words`` for a text known to be laid out in lines."""
    tokens = _words(text)
    if _SPLIT_PRECHECK and not _may_join(text, tokens):
        return text  # no pair below could be joined: spared the counts, the sort and the walk over the pairs
    counts = Counter(tokens)
    words = sorted(counts)
    stems, tails = _split_pieces(words, counts)
    fixes: dict[str, str] = {}
    for a, b in {(a, b) for a, b in zip(tokens, tokens[1:]) if a in stems or b in tails and counts[a] <= 3}:
        # (each pair once, in any order)
        if _fragment(a, b) and counts[b] <= 3 and counts[a] == _count_bounded(text, a + " " + b) \
                and counts[b] == _count_bounded(text, b, after_small=True):
            # "impa ct": a piece with no vowel is no word, even where the whole is used once; it may end several
            # split words ("includi ng", "planni ng"), but stands nowhere on its own
            fixes[a + " " + b] = a + b
            continue
        whole = a + b
        if counts.get(whole) and (counts[b] <= 3 or _short_tail(a, b)):
            n = _count_bounded(text, a + " " + b)
            # and the joined word must be the document's usual spelling: "web page" once beside "webpage" once is
            # the author's choice, not an extractor's split; a long stem that stands nowhere else before a short
            # tail ("preventi on", "progres s") is no word of its own either
            if n and counts[a] <= n and (counts[b] <= n and counts[whole] > n or _short_tail(a, b) and (
                    counts[whole] >= 3 or b not in _SHORT_WORDS)):  # "possess or" beside "possessor" twice: two words
                fixes[a + " " + b] = whole
    if not fixes:
        return text
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted(fixes, key=len, reverse=True)) + r")\b")
    return pattern.sub(lambda m: fixes[m.group(0)], text)


def _count_bounded(text: str, s: str, after_small: bool = False) -> int:
    """How often ``s`` (which opens and ends with a letter) stands in ``text`` as words: no word character right
    before it (or, with ``after_small``, a small letter and a space) nor right after it. As
    ``len(re.findall(r"\b" + re.escape(s) + r"\b", text))`` (or ``r"(?<=[a-z] )"`` for the first ``\b``), by a
    search for the string at C speed: no pattern compiled and scanned for each pair a document may join (a list
    labelled "(bc)", "(bd)", … gave hundreds)."""
    n, size, end_of_text = 0, len(s), len(text)
    i = text.find(s)
    while i >= 0:
        end = i + size
        if (end == end_of_text or not (text[end].isalnum() or text[end] == "_")) and (
                (i >= 2 and text[i - 1] == " " and "a" <= text[i - 2] <= "z") if after_small
                else i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            n += 1
            i = text.find(s, end)
        else:
            i = text.find(s, i + 1)
    return n


# in the sorted words of a document, one word a line (each after a "\n"): a word that begins the next one, and
# a word of one to three consonants (the pattern opens with "\n" so that the search skips from line to line)
_PREFIX_OF_NEXT = re.compile(r"\n([^\n]++)(?=\n\1)")
_VOWELLESS = re.compile(r"\n([b-df-hj-np-tv-xz]{1,3})(?![^\n])")


def _split_pieces(words: list[str], counts: Counter) -> tuple[set[str], set[str]]:
    """The words that may be the first piece of a split word (stems) and those that may be its last (tails), from
    the document's distinct ``words`` in sorted order. A stem is rare and begins a longer word of the document
    ("Internati" of "International", "Secretary" of "Secretary-General"): in sorted order such a word comes right
    after it. A tail is a vowelless piece (see ``_fragment``). Both are found by one regex search each over the
    words joined by line breaks (words hold no line break), not by a loop over the words."""
    joined = "\n" + "\n".join(words)
    stems = {a for a in _PREFIX_OF_NEXT.findall(joined) if counts[a] <= 3}
    return stems, set(_VOWELLESS.findall(joined))


# a look for a pair in the text is a scan of it; counting all the words costs about as much as ten scans: up to
# this many pairs are looked for before the counts are taken (a clean text has a pair or two; others, dozens)
_LOOKS_BEFORE_COUNTING = 6


def _may_join(text: str, tokens: list[str]) -> bool:
    """Could ``_mend_split_words`` join anything in ``text`` (its ``tokens``)? A cheap necessary condition, from the
    document's sorted set of words, where they stand in the text and, for a few of them, their counts.
    Each join it makes is one of
    - "a b" with ``b`` a vowelless piece ("impa ct", see ``_fragment``): ``b`` a word of one to three consonants,
      no abbreviation, standing at most three times, and found in the text after a space after a small letter;
    - "a b" where the document also has the word "ab": then ``a``, ``b`` and the whole are words of the document
      and ``a`` begins the whole (so in sorted order the word right after ``a`` begins with it, as in
      ``_split_pieces``); ``a`` stands at most three times, and so does ``b`` unless it is a short tail
      (``_short_tail``); and the text holds "a b" with no letter on either side."""
    present = set(tokens)
    words = sorted(present)
    joined = "\n" + "\n".join(words)
    counts: Counter | None = None
    looks = 0

    def stands(pair: str, pieces: tuple[str, ...], after_small: bool = False) -> bool:
        """Does ``pair`` stand in the text, each of its ``pieces`` at most three times in the document?"""
        nonlocal counts, looks
        if counts is None and looks == _LOOKS_BEFORE_COUNTING:
            counts = Counter(tokens)
        if counts is not None and any(counts[p] > 3 for p in pieces):
            return False
        looks += 1
        if not _stands_alone(text, pair, after_small):
            return False
        counts = counts or Counter(tokens)
        return all(counts[p] <= 3 for p in pieces)

    for b in _VOWELLESS.findall(joined):
        if b not in _ABBREVIATIONS and stands(" " + b, (b,), after_small=True):
            return True
    for a in _PREFIX_OF_NEXT.findall(joined):
        size = len(a)
        # the words that ``a`` begins follow it in sorted order (a word holds letters and hyphens, all below "\x7f")
        for w in words[bisect.bisect_right(words, a) : bisect.bisect_left(words, a + "\x7f")]:
            rest = w[size:]  # "b", or "-b" (a word holds no two hyphens in a row)
            if rest in present and stands(a + " " + rest, (a,) if _short_tail(a, rest) else (a, rest)):
                return True
    return False


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_SMALL_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _stands_alone(text: str, s: str, after_small: bool = False) -> bool:
    """Does ``s`` stand in ``text`` with no ASCII letter right after it, and none right before it (or, with
    ``after_small``, a small one)? What the word boundaries around a pair that ``_mend_split_words`` joins ask."""
    n = len(s)
    i = text.find(s)
    while i >= 0:
        if text[i + n : i + n + 1] not in _ASCII_LETTERS and (
                text[i - 1 : i] in _SMALL_LETTERS if after_small else i == 0 or text[i - 1] not in _ASCII_LETTERS):
            return True
        i = text.find(s, i + 1)
    return False


_PAGE_WIDE = 160  # a line this long was never laid out on a page


def _in_printed_lines(text: str) -> bool:
    """Does the text come in a page's lines (most lines with words shorter than ``_PAGE_WIDE``), as an
    extractor or OCR gives it, where words get split? Not text with each paragraph on one line."""
    return _printed(text.split("\n"))


def _printed(lines: list[str]) -> bool:
    """``_in_printed_lines`` of the text's ``lines``."""
    if max(map(len, lines)) < _PAGE_WIDE:
        return True  # (most texts: no line is that long)
    lengths = [len(line) for line in lines if len(line) > 20]
    return sum(n < _PAGE_WIDE for n in lengths) >= 0.9 * len(lengths)


_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})
_LIGATURE_CHARS = "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"  # looked for one by one: `in` beats a regex scan


# (a note of several paragraphs: its indented lines may come after a blank line)
_MD_NOTE_GOES_ON = re.compile(r"^(\[\^[^\]\s]+\]:[^\n]*)((?:\n(?:[ \t]*\n)*(?:  +|\t)[^\n]*\S[^\n]*)+)", re.M)


def _join_note_lines(m: re.Match) -> str:
    """"[^2]: … as from 7 February" + "    1984.": the definition and its indented lines on one line."""
    return " ".join([m.group(1).rstrip()] + [l.strip() for l in m.group(2).split("\n")[1:] if l.strip()])


# an extractor's space before a word's hyphen ("high -level", "UN -SPIDER", "Secretary -General"), which no text
# laid out in lines means; but "country-led and -owned" keeps it (a hyphen suspended backwards)
_SPACE_HYPHEN = re.compile(r"(?<=[A-Za-z]) -(?=[A-Za-z])(?<!\band -)(?<!\bor -)(?<!\bnor -)(?<!\bto -)")
# and before a closing quotation mark or an apostrophe's "s": "Women ’s", "Countries ”,"
_SPACE_QUOTE = re.compile(r"(?<=[A-Za-z.,]) (?=’s(?![A-Za-z])|”(?:[\s,.;:)]|$))")
# a hyphen with a space on both sides, between letters: "capacity - building" where the document also writes
# "capacity-building" (elsewhere it may be a dash typed as a hyphen: "the Parties - including …")
_SPACED_HYPHEN = re.compile(r"\b([A-Za-z]+) - ([A-Za-z]+)\b")


def _mend_spaced_signs(text: str) -> str:
    """Spaces an extractor put before a hyphen, a closing quotation mark or an apostrophe, in text laid out in lines
    (in text with a paragraph a line they are the author's)."""
    if " -" in text:
        text = _SPACE_HYPHEN.sub("-", text)
        if " - " in text:
            hyphenated = set(re.findall(r"[A-Za-z]+-[A-Za-z]+", text))
            text = _SPACED_HYPHEN.sub(
                lambda m: m.group(1) + "-" + m.group(2) if m.group(1) + "-" + m.group(2) in hyphenated else m.group(0),
                text)
    if " ’" in text or " ”" in text:
        text = _SPACE_QUOTE.sub("", text)
    return text


_PDFIUM_HYPHEN = re.compile(r"(?<=[^\W\d_])\ufffe(?=[^\W\d_])")


# the UTF-8 bytes of the characters that _normalise never looks for: printable ASCII and the line feed
_PLAIN_ASCII = bytes([0x0A, *range(0x20, 0x7F)])


def _normalise(text: str) -> list[str]:
    # the text's other characters (in most texts a few quotation marks and dashes): the tests below for a rare
    # character look in them, not in the whole text (no step below brings such a character in)
    others = text.encode("utf-8", "surrogatepass").translate(None, _PLAIN_ASCII).decode("utf-8", "surrogatepass")
    # most texts are printable but for their line ends: then they hold no carriage return, form feed, control or
    # format character, soft hyphen, tab or odd space (all unprintable), and no step below brings one in (they
    # only drop characters or put ASCII letters and spaces in), so the steps that look for those are skipped
    printable = others.isprintable()  # (= text.replace("\n", "").isprintable(): printable ASCII is printable)
    if not printable:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n\n")
    # (a search for one character is many times faster than for two: the rare one is looked for first)
    if "^" in text and "[^" in text and "]:" in text:  # markdown footnotes go on in indented lines: one line each,
        text = _MD_NOTE_GOES_ON.sub(_join_note_lines, text)  # before the indentation that tells them apart is stripped
    if not printable and "\ufffe" in others:
        # pdfium's mark of a hyphen at a line end, the two lines joined ("tuberculosis\ufffeassociated"): the hyphen
        # and the line end back, for the hyphen to be judged as any line-end hyphen is
        text = _PDFIUM_HYPHEN.sub("-\n", text)
    if not printable and not text.replace("\n", "").isprintable():  # every character _CTRL removes is unprintable
        text = _CTRL.sub("", text)
    # soft hyphens: a word split at a line end goes on on the next line; elsewhere invisible
    if not printable and "\xad" in others:
        text = re.sub(r"\xad[ \t]*\n[ \t]*", "", text).replace("\xad", "")
    if any(c in others for c in _LIGATURE_CHARS):  # typographic ligatures from PDF extraction: "ﬁnance"
        text = text.translate(_LIGATURES)
    if "   " in text and _WIDE_GAP_SEEN.search(text):
        text = _mend_layout_gaps(text)
    if not printable and any(c in others for c in _ODD_SPACES):
        text = _SPACES.sub(" ", text)
    else:
        # without odd spaces, all _SPACES can match is a run of plain spaces: each replace halves it at C speed (a
        # regex search stops at every space), so a run of n spaces takes log2(n) passes, most texts one or two
        while "  " in text:
            text = text.replace("  ", " ")
    # split once for the tests below and the result; again only where the text changes
    lines: list[str] | None = text.split("\n")
    printed = _printed(lines)
    if printed and (" -" in text or " ’" in text or " ”" in text):
        mended = _mend_spaced_signs(text)
        if mended != text:
            text, lines = mended, mended.split("\n")
            printed = _printed(lines)
    if printed:  # (only there are words split: most of the cost of a text in one line a paragraph is spared)
        joined = _join_split_words(text)
        if joined is not text:
            text, lines = joined, None
    # a cleaner joined a line-end hyphen with a space: "post- conflict", "2024- 2034" (the search for the pattern's
    # opening "- " is faster than `"- " in text`, which would only be a second search where there is one)
    mended = _HYPHEN_SPACE.sub("-", text)
    if mended is not text or lines is None:  # (sub hands back the same string where nothing matched)
        lines = mended.split("\n")
    return [line.strip() for line in lines]


# ---------------------------------------------------------------------------------------------
# 1b. run-on text: a resolution whose line breaks were all lost (a database field, some copy-and-paste)

_RUN_ON_MIN = 300  # a line this long may hold several paragraphs
# pieces that the run-on patterns share with those that read a line of their own (``_NUMBER_TITLE``, ``_MEETING``,
# ``_SERIES_LETTER``): a resolution's number, a meeting's ordinal, superscript digits
_RES_NUMBER = r"(?:E?S-)?\d{1,3}/\d{1,4}"  # "65/124", "ES-11/1"
_MEETING_ORDINAL = r"\d+(?:st|nd|rd|th)(?: \(?resumed\)?)?"  # "65th", "54th (resumed)"
_SUPERSCRIPT_DIGITS = "\u00b9\u00b2\u00b3\u2070-\u2079"  # (inside a character class)
# where a block may start inside such a line: the formula, a recital's drafting phrase after a comma, a paragraph
# number after the end of a clause, a list label after a colon or semicolon, the number-and-title line after the
# masthead's bracket, the closing meeting line
_RUN_ON_FORMULA = re.compile(r" (?=The General Assembly(?:[,:] | [A-Z]))")  # (not "The General Assembly should")
_SUP_CALL = "[" + _SUPERSCRIPT_DIGITS + "*]{0,3}"  # a footnote's call after the punctuation
_RUN_ON_PHRASE = re.compile(r",(?:" + _SUP_CALL + r"|\d{1,3}) (?=[A-Z][a-z])")
_RUN_ON_LEAD = re.compile(r"(\d{1,5})\. (?=[A-Z\u201c])")  # _RUN_ON_NUM's number at the line's start
_RUN_ON_NUM = re.compile(r"([.;:,]?)" + _SUP_CALL + r" (\d{1,5})\. (?=[A-Z\u201c])")  # (as many digits as _PARA_NUM)
# a section's number and heading before its paragraph 1: "…; II Operational activities 1. Reaffirms"
_RUN_ON_SECTION = re.compile(r"[.;:,]" + _SUP_CALL + r" ((?:[IVXL]{1,6}|[A-H])\.? [A-Z][^.;:]{2,200}) $")
# an unnumbered heading between two paragraphs: "…; Actuarial matters 9. Stresses"
# (after a clause's end, not after a small number's point: "paragraphs 3. Of the report and 2. The annex")
_RUN_ON_HEADING = re.compile(r"(?:[;:]|(?<!\b\d)(?<!\b\d\d)\.)" + _SUP_CALL + r" ([A-Z][^.;:]{2,120}) $")
# a section's bare number before the section's recitals: "…; II Recalling its resolutions …, 1. Takes note"
_RUN_ON_SECTION_RECITALS = re.compile(r"[.;:,]" + _SUP_CALL + r" ((?:[IVXL]{1,6}|[A-H])\.?) (?=[A-Z][a-z])")
# a list label after a colon or semicolon (a footnote's call, an "and" or "or" between): "…;⁷ (e) Recalls",
# "…; and (c) Fulfil", "…: (i) Torture"
_RUN_ON_LABEL = re.compile(r"(?:(?<=[:;])|(?<=[:;] and)|(?<=[:;] or))" + _SUP_CALL + r" \(([a-z]{1,5})\) (?=\S)")
_RUN_ON_TITLE = re.compile(r"(?<=\]) (?=" + _RES_NUMBER + r"\. [A-Z])")
_RUN_ON_MEETING = re.compile(r"(?<=[.;]) (?=" + _MEETING_ORDINAL + r" plenary meeting\b)")


def _capitals(line: str, start: int, end: int):
    """The places of the words with a capital initial in ``line[start:end]`` up to the first end of a clause."""
    yield start
    for m in _CAPITAL_WORD.finditer(line, start, end):
        if m.group(1):
            return
        yield m.start() + 1


_CAPITAL_WORD = re.compile(r"([.;:,])| (?=[A-Z])")


def _split_run_on(lines: list[str]) -> list[str]:
    """Break a line that runs several paragraphs together where the evidence of each new block is plain: the
    formula; in the preamble a common drafting phrase after a comma ("…, Recalling also …"); paragraph numbers in
    their order after a clause's end ("…; 2. Requests"); list labels in their order after a colon or semicolon;
    the number-and-title line after the masthead and the closing meeting line. Only a line that holds the formula
    inside it, or at least two paragraph numbers in order, is broken: a long paragraph is left whole."""
    out: list[str] = []
    for line in lines:
        if len(line) <= _RUN_ON_MIN:
            out.append(line)
            continue
        cuts: set[int] = set()
        nxt, found, last = 1, 0, 0  # (``last``: the last number's place)
        first_num = None
        lead = _RUN_ON_LEAD.match(line)
        if lead:  # the line opens with a paragraph's number (an operative part alone): the next one follows it
            nxt, found, first_num = int(lead.group(1)) + 1, 1, 0
        for m in _RUN_ON_NUM.finditer(line):
            n, after, at = int(m.group(2)), m.group(1), m.start(2)
            # a section's number and heading right before it (no clause's end): "…; II Contribution … 19. Reiterates"
            sec = _RUN_ON_SECTION.search(line, last, at) if not after and n in (1, nxt) else None
            if not after and not sec and n == nxt > 1:  # (not before paragraph 1: there the recitals end in commas)
                sec = _RUN_ON_HEADING.search(line, last, at)
                sec = sec if sec and _heading_like(sec.group(1)) and not _open_ended(sec.group(1)) else None
            # the next number after a clause's end or a section's heading; paragraph 1 also after a recital's
            # comma, and again where numbering starts anew
            if n == nxt and (after in (".", ";", ":") or sec) or n == 1 and (after or sec or nxt == 1):
                cuts.add(at)
                last = at
                if sec:
                    cuts.add(sec.start(1))
                found += 1
                first_num = at if first_num is None else first_num
                nxt = n + 1
        formula = _RUN_ON_FORMULA.search(line)
        if found < 2 and not formula:
            out.append(line)  # one paragraph, however long
            continue
        if formula:
            cuts.add(formula.start() + 1)
            m = _RUN_ON_TITLE.search(line, 0, formula.start())
            if m:
                cuts.add(m.start() + 1)
        preamble_end = first_num if first_num is not None else len(line)
        recitals = [(formula.end() if formula else 0, preamble_end)]  # where recitals may stand
        if first_num is not None:
            ones = [at for at in sorted(cuts) if line.startswith("1.", at)]  # where numbering starts anew
            for m in _RUN_ON_SECTION_RECITALS.finditer(line, formula.end() if formula else first_num):
                if line[m.start()] == "," and not (formula and m.start() == formula.end() + len("The General Assembly")):
                    continue  # (after a comma only the formula's: "The General Assembly, I Revised estimates …")
                ahead = [at for at in ones if at > m.end()]
                # the recitals open right after the number or after the section's heading: "II Conditions of
                # service … officials Recalling its resolutions"
                opener = next((at for at in _capitals(line, m.end(), min(m.end() + 200, ahead[0] if ahead else 0))
                               if phrases.strong_preamble_opener(line[at : at + 80])), None)
                if opener is not None:
                    cuts.update((m.start(1), opener))
                    recitals.append((opener, ahead[0]))
        for begin, end in recitals:
            for m in _RUN_ON_PHRASE.finditer(line, begin, end):
                if phrases.strong_preamble_opener(line[m.end() : m.end() + 80]):
                    cuts.add(m.end())
        expected, roman = "a", None  # the next letter, and the next roman numeral in an open list of them
        for m in _RUN_ON_LABEL.finditer(line):
            label = m.group(1)
            if roman and label == roman:  # (ii) after (i): before (i) is taken as the letter after (h)
                roman = _ROMAN[_ROMAN.index(label) + 1] if label != _ROMAN[-1] else None
            elif label == "a" or label == expected:
                expected, roman = _next_letter(label), None
            elif label == "i" and line[m.start() - 1] == ":":  # (i) after a colon opens a list of roman numerals
                roman = "ii"
            else:
                continue
            cuts.add(m.start(1) - 1)
        for m in _RUN_ON_MEETING.finditer(line):
            cuts.add(m.end())
        start = 0
        for at in sorted(cuts):
            out.append(line[start:at].strip())
            out.append("")
            start = at
        out.append(line[start:].strip())
    return out


# ---------------------------------------------------------------------------------------------
# 2. wrappers: YAML front matter, markdown


_MD_NOTE_DEF = re.compile(r"^\[\^([^\]\s]+)\]:\s*(.*)$")
_MD_NOTE_REF = re.compile(r"\s?\[\^([^\]\s]+)\]")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
# (the text inside holds a letter: the first one is found by a possessive run of others, not by a lazy ".*?" that,
# with the lazy ".*?" after it, tried every letter of a long line against every end: "*2109022*", a PDF page's
# barcode in text run together, took seconds; and it runs for at most _MD_EMPH_MAX characters, else each mark
# without its closing one in a line run together ("*a *a *a …") looked for one to the end of the line)
_MD_EMPH_MAX = 2000
_MD_EMPH = re.compile(
    r"(\*\*|__)(?=[^\s_*])([^A-Za-z\n]{0,%d}+[A-Za-z].{0,%d}?)(?<=[^\s_*])\1"
    r"|(?<![\w*])\*(?=[^\s*])([^A-Za-z\n]{0,%d}+[A-Za-z].{0,%d}?)(?<=[^\s*])\*(?![\w*])" % ((_MD_EMPH_MAX,) * 4)
)


# footnotes as text copied from a web page gives them: "… 2015–2030,[1]" and, at the end, "[1] Resolution 69/283."
_BRACKET_NOTE_DEF = re.compile(r"^\[(\d{1,3})\]:?\s+(\S.*)$")
_BRACKET_NOTE_REF = re.compile(r"\s?\[(\d{1,3})\]")
_BRACKET_DEF_AT = re.compile(r"\n\[(\d{1,3})\]:?[ \t]+\S")
_BRACKET_REF_IN = re.compile(r"(?<!\n)\[(\d{1,3})\]")


def _has_bracket_notes(blob: str) -> bool:
    """Does the text give its footnotes in brackets: lines "[1] …", "[2] …" in order, each called by a "[1]" inside
    a line? (A bracketed number alone, with no such note line, is text.)"""
    defs = [int(n) for n in _BRACKET_DEF_AT.findall(blob)]
    return bool(defs) and defs == sorted(set(defs)) and {str(n) for n in defs} <= set(_BRACKET_REF_IN.findall(blob))


def _note_definition(line: str, bracket: bool) -> re.Match | None:
    """A footnote's definition: "[^2]: …" (markdown), or "[2] …" where the text gives its notes in brackets."""
    if line.startswith("[^"):
        return _MD_NOTE_DEF.match(line)
    if bracket and line.startswith("["):
        return _BRACKET_NOTE_DEF.match(line)
    return None


# footnotes as UN documents of the 1990s call them: "… Human Rights, 1/ and" and, under the page's rule, "1/ Resolution
# 217 A (III)."
_SLASH_NOTE_LINE = re.compile(r"^(\d{1,3})/\s+(?=\S)")
_SLASH_NOTE_SEEN = re.compile(r"^\d{1,3}/ +\S", re.M)  # where _SLASH_NOTE_LINE matches a line
_SLASH_CALL = re.compile(r"(?<=[\w,.;:)\]" + _CLOSING_MARKS + r"])\s?(\d{1,3})/(?=[\s,.;:)]|$)")


def _mark_slash_notes(lines: list[str]) -> list[str]:
    """Footnotes called "1/": each note line "N/ …" becomes "N …", as notes are printed today, and its call a
    marked call, found by the footnote pass as it finds a markdown call. Only where each note line has its call
    in a line above it: elsewhere a line opening with "12/" is text."""
    at = [i for i, l in enumerate(lines) if l[:1].isdecimal() and _SLASH_NOTE_LINE.match(l)]
    if not at:
        return lines
    note_lines = set(at)
    calls: dict[str, int] = {}  # each call's first line
    for i, l in enumerate(lines):
        if "/" in l and i not in note_lines:
            for m in _SLASH_CALL.finditer(l):
                calls.setdefault(m.group(1), i)
    markers = set()
    for i in at:
        n = _SLASH_NOTE_LINE.match(lines[i]).group(1)
        if calls.get(n, len(lines)) > i:
            return lines  # a note line without a call above it: not a note of this kind
        markers.add(n)
    out = list(lines)
    for i, l in enumerate(lines):
        if i in note_lines:
            out[i] = _SLASH_NOTE_LINE.sub(r"\1 ", l, count=1)
        elif "/" in l:
            out[i] = _SLASH_CALL.sub(lambda m: "\ue000" + m.group(1) + "\ue001" if m.group(1) in markers else m.group(0), l)
    return out


def _strip_wrappers(lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Remove YAML front matter and markdown; return the lines and the footnote definitions given apart from the
    page (markdown "[^1]: …", or "[1] …" as a web page gives them)."""
    start = 0
    first = next((i for i, l in enumerate(lines) if l), None)
    if first is not None and lines[first] == "---":
        end = next((i for i in range(first + 1, min(len(lines), first + 80)) if lines[i] in ("---", "...")), None)
        if end is not None and all(
            not l or re.match(r"^[A-Za-z_][\w-]*\s*:", l) or l.startswith(("- ", "  ")) for l in lines[first + 1 : end]
        ):
            start = end + 1
    blob = "\n" + "\n".join(lines[start:])
    # (each rare character looked for alone first: a search for one character is many times faster than for two)
    bracket = "\n[" in blob and _has_bracket_notes(blob)
    if not ("^" in blob and "[^" in blob or "*" in blob or "_" in blob and "__" in blob or "#" in blob and "\n#" in blob
            or bracket):
        return lines[start:], []  # no markdown: nothing below would change a line
    out: list[str] = []
    notes: list[tuple[str, str]] = []
    in_note = False
    for line in lines[start:]:
        m = _note_definition(line, bracket)
        if m:
            prev = notes[-1][0] if notes else None
            if prev and prev.isdecimal() and m.group(1).isdecimal() and int(m.group(1)) > int(prev) + 20:
                # "[^2013]: (S/INF/68)." — a wrapped year the cleaner took for a marker: continuation
                notes[-1] = (prev, notes[-1][1] + " " + m.group(1) + " " + m.group(2))
            else:
                notes.append((m.group(1), m.group(2)))
            in_note = True
            continue
        if in_note:
            if line and notes and not _looks_like_block_start(line):
                notes[-1] = (notes[-1][0], (notes[-1][1] + " " + line).strip())
                continue
            in_note = False  # a blank line ends the note: what follows is the page's (notes at a page's foot)
            if not line:
                continue
        if "[^" in line:
            line = _MD_NOTE_REF.sub(lambda m: "\ue000" + m.group(1) + "\ue001", line)
        if bracket and "[" in line:
            line = _BRACKET_NOTE_REF.sub(lambda m: "\ue000" + m.group(1) + "\ue001", line)
        if line.startswith("#"):
            line = _MD_HEADING.sub("", line)
        if "*" in line or "__" in line:
            line = _MD_EMPH.sub(lambda m: m.group(2) or m.group(3), line)
        out.append(line)
    return out, notes


def _looks_like_block_start(line: str) -> bool:
    return bool(_PARA_NUM.match(line) or _LABEL.match(line))


# ---------------------------------------------------------------------------------------------
# 3. masthead

_SYMBOL = re.compile(r"\b(A/RES/(?:E?S-\d+|\d+)/\d+(?:\s?[A-Z](?:[-–][A-Z])?)?)(?![\w/])")
_DEC_SYMBOL = re.compile(r"\b(A/DEC/\d+/\d+(?:\s?[A-Z])?)(?![\w/])")
# a Security Council resolution: its symbol, its number line and its adoption line
_SC_SYMBOL = re.compile(r"\b(S/RES/\d{1,4}\s?\(\d{4}\))")
_SC_NUMBER = re.compile(r"^Resolution (\d{1,4} \(\d{4}\))$")
_DATE_TXT = r"\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}"
# (in capitals, the symbol between it and the date, as the masthead of the 1990s has it: "Distr." / "GENERAL" /
# "A/RES/50/1" / "29 November 1995")
_DATE_AFTER = re.compile(r"\s+(" + _DATE_TXT + ")")  # a date right after what stands before it
_DISTR = re.compile(r"Distr\.:?\s*(?:General|Limited|Restricted|GENERAL|LIMITED|RESTRICTED)\b")
_ISSUED = re.compile(r"Distr\.:?\s*(?:General|Limited|Restricted|GENERAL|LIMITED|RESTRICTED)\s*"
                     r"(?:A/(?:RES|DEC)/\S+(?: [A-Z]\b)?\s+)?(" + _DATE_TXT + ")")
_JOB = re.compile(r"^(\d{2}-\d{5})(\s*\(E\))?(\s+\d{6})?(\s+\*\d{7}\*)?$")
_BARCODE = re.compile(r"^\*\d{7,8}\*$")
_SESSION = re.compile(
    r"\b((?:[A-Z][a-z]+(?:-[a-z]+)?|\d+(?:st|nd|rd|th)) (?:special |emergency special )?session)\b"
)
_AGENDA = re.compile(r"\b(Agenda items?\s+[\d\s(),a-z]*?\d[\d\s(),a-z]*?(?:\s*and\s*\d+(?:\s*\([a-z]\))?)*)(?=\s+(?:[A-Z]|\d{4})|\s*$)")
_ADOPTED = re.compile(r"Resolution adopted by the General Assembly\s+on\s+(" + _DATE_TXT + ")")
_DECISION_ADOPTED = re.compile(r"Decision adopted by the General Assembly\s+on\s+(" + _DATE_TXT + ")")
_SC_ADOPTED = re.compile(r"Adopted by the Security Council at its (\d+(?:st|nd|rd|th) meeting),? on (" + _DATE_TXT + ")")
# the line as the masthead of the 1990s prints it, without the date (the closing lines give it)
_ADOPTED_CAPITALS = re.compile(r"(RESOLUTION|DECISION) ADOPTED BY THE GENERAL ASSEMBLY\b")
_BRACKET = re.compile(r"(\[(?:without reference to a Main Committee|on the report of)[^\]]*\])")
_NUMBER_TITLE = re.compile(r"^(" + _RES_NUMBER + r"(?:\s?[A-Z](?:[-–][A-Z])?)?)\.\s*(.*)$")
# (in capitals as some typed copies have it; with the letters OCR confuses, kept as printed: "Tbe General Assemb1y")
_FORMULA_START = re.compile(r"^(T(?:h|b|li)[ec] G[ec]n[ec]ra[l1I] A[s5][s5][ec](?:m|rn)b[l1I]y|The Security Council"
                            r"|THE GENERAL ASSEMBLY|THE SECURITY COUNCIL)\s*[,.:]?\s*")

_COMMITTEES = [
    ("without reference to a Main Committee", "noMainCommittee"),
    ("First Committee", "firstCommittee"),
    ("Second Committee", "secondCommittee"),
    ("Third Committee", "thirdCommittee"),
    ("Fourth Committee", "fourthCommittee"),
    ("Special Political and Decolonization Committee", "fourthCommittee"),
    ("Fifth Committee", "fifthCommittee"),
    ("Sixth Committee", "sixthCommittee"),
]

_ORDINALS = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth"
        " fifteenth sixteenth seventeenth eighteenth nineteenth".split(),
        1,
    )
}
_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
         "eightieth": 80, "ninetieth": 90}
_TENS_PREFIX = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                "ninety": 90}


def session_number(text: str) -> str | None:
    """"Eightieth session" → "80"; "Sixty-fifth session" → "65"; "80th session" → "80"."""
    word = text.split()[0].lower()
    m = re.match(r"(\d+)(?:st|nd|rd|th)$", word)
    if m:
        return m.group(1)
    if word in _ORDINALS:
        return str(_ORDINALS[word])
    if word in _TENS:
        return str(_TENS[word])
    if "-" in word:
        a, b = word.split("-", 1)
        if a in _TENS_PREFIX and b in _ORDINALS:
            return str(_TENS_PREFIX[a] + _ORDINALS[b])
    if word.startswith("hundred"):
        return None
    return None


# a resolution's number at a line's start with letters OCR reads for digits ("8O/4.", "7l/1."), before a title
_OCR_NUMBER = re.compile(r"^(?=[0-9OlI]{1,3}/[0-9OlI]{1,4}\. [A-Z])(?=[^/]*\d|[^/]*/[^.]*\d)[0-9OlI]{1,3}/[0-9OlI]{1,4}")
_OCR_NUMBER_START = frozenset("0123456789OlI")
_LETTERS_FOR_DIGITS = str.maketrans("OlI", "011")


def _digits_for_letters(m: re.Match) -> str:
    return m.group(0).translate(_LETTERS_FOR_DIGITS)


def _read_masthead(lines: list[str], meta: Meta, headings: list[str]) -> int:
    """Read the masthead at the top of ``lines`` into ``meta``; return the index of the first body line.

    The masthead is everything before the formula ("The General Assembly,"), provided it
    carries at least one masthead item; the number-and-title line ("80/1. Title") may wrap.
    """
    limit, seen = len(lines), 0
    for i, l in enumerate(lines if len(lines) > 80 else ()):  # the masthead lies within the first 80 non-blank lines
        seen += bool(l)
        if seen > 80:
            limit = i
            break
    formula_at = None
    for i in range(limit):
        if _FORMULA_START.match(lines[i]):
            formula_at = i
            break
    if formula_at is None:
        # no formula: a masthead still ends at the number-and-title line
        end = None
        for i in range(limit):
            if _NUMBER_TITLE.match(lines[i]) and i < 60:
                end = i
                break
        if end is None:
            return 0
        formula_at = end + 1
        while formula_at < len(lines) and lines[formula_at] and not _looks_like_block_start(lines[formula_at]) \
                and not _DECISION_BODY.match(lines[formula_at]):
            formula_at += 1
    head = lines[:formula_at]
    nt = None
    for i, l in enumerate(head):
        if _NUMBER_TITLE.match(l) and not re.match(r"^\d{2}-\d{5}", l) or l[:11] == "Resolution " and _SC_NUMBER.match(l):
            nt = i
    if nt is None:
        for i, l in enumerate(head):
            if l[:1] in _OCR_NUMBER_START and "/" in l[:9]:
                fixed = _OCR_NUMBER.sub(_digits_for_letters, l)  # "8O/4. Necessity …": OCR's O for 0
                if fixed != l:
                    lines[i] = head[i] = fixed
                    nt = i
    top = head[:nt] if nt is not None else head
    blob = " ".join(l for l in top if l)
    found = False
    placed: list[tuple[int, int]] = []  # the spans of ``blob`` read into a field
    # (each pattern only where a word or sign it holds stands: a search for that is faster)
    m = _SYMBOL.search(blob) or _DEC_SYMBOL.search(blob) if "/" in blob else None
    if m:
        placed.append(m.span())
        meta.symbol = re.sub(r"\s+", " ", m.group(1))
        found = True
    elif "/" in blob and (_SC_SYMBOL.search(blob) if "S/RES/" in blob else None):
        m = _SC_SYMBOL.search(blob)
        placed.append(m.span())
        meta.symbol, meta.organ, found = re.sub(r"\s+", " ", m.group(1)), "sc", True
    elif "/" in blob:
        split = _split_symbol(top, blob)
        if split:
            meta.symbol, spans = split
            placed.extend(spans)
            found = True
    if found and meta.symbol.startswith("A/DEC/"):
        meta.doc_name = "decision"
    m = _DISTR.search(blob) if "Distr" in blob else None
    if m:
        placed.append(m.span())
        meta.distribution = _single_spaced(m.group(0))  # as printed: "Distr.: General", "Distr. GENERAL"
        found = True
    m = _ISSUED.search(blob) if "Distr" in blob else None
    if not m and meta.symbol and "Distr" in blob:
        # the date right under the symbol, the distribution elsewhere ("A/RES/50/7" / "30 October 1995", then
        # "Distr." / "GENERAL" where an extractor took the masthead's columns in another order)
        at = blob.find(meta.symbol)
        m = _DATE_AFTER.match(blob, at + len(meta.symbol)) if at >= 0 else None
    if m:
        placed.append(m.span(1))
        meta.issued_text = m.group(1)
        meta.issued = parse_date(m.group(1))
    for l in top:
        jm = _JOB.match(l)
        if jm and not meta.job_number:
            meta.job_number = jm.group(1) + (" (E)" if jm.group(2) else "")
    m = _SESSION.search(blob) if "session" in blob else None  # (the word looked for first: a faster search)
    if m:
        placed.append(m.span(1))
        meta.session = m.group(1)
        meta.session_number = session_number(m.group(1))
        found = True
    m = _ADOPTED.search(blob) or _DECISION_ADOPTED.search(blob) if "adopted by" in blob else None
    if m:
        placed.append(m.span())
        meta.adopted_text = m.group(1)
        meta.adopted = parse_date(m.group(1))
        found = True
        if blob[m.start() : m.start() + 8] == "Decision":
            meta.doc_name = "decision"
    m = _ADOPTED_CAPITALS.search(blob) if not m and "ADOPTED BY" in blob else None
    if m:
        placed.append(m.span())
        found = True
        if m.group(1) == "DECISION":
            meta.doc_name = "decision"
    m = _BRACKET.search(blob) if "[" in blob else None
    if m:
        placed.append(m.span(1))
        meta.proponent = m.group(1)
        for name, tlc in _COMMITTEES:
            if name in meta.proponent:
                meta.committee = tlc
                break
        om = re.search(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\)\]$", meta.proponent)
        if om:
            meta.origin = om.group(1)
        found = True
    m = _AGENDA.search(blob) if "Agenda item" in blob else None
    if m:
        meta.agenda = [m.group(1).strip()]
        rest = blob[m.end() :]
        stop = re.search(r"\s*(Resolution adopted|Decision adopted|RESOLUTION ADOPTED|DECISION ADOPTED|\[|\d{2}-\d{5}"
                         r"|\*\d{7}|Distr\.)", rest)
        title = rest[: stop.start()] if stop else rest
        placed.append((m.start(1), m.end() + len(title)))
        title = title.strip()
        if meta.symbol:
            title = title.replace(meta.symbol, "").strip()
        if meta.job_number:
            title = re.sub(r"\d{2}-\d{5}(\s*\(E\))?(\s+\d{6})?", "", title).strip()
        title = re.sub(r"\*\d{7,8}\*", "", title).strip()
        title = re.sub(r"\s+", " ", title)
        if title:
            meta.agenda_title = title
        found = True
    has_items = found
    if found:
        meta.other = _unplaced(top, blob, placed, meta)
        if nt is None and meta.other:
            _title_above_formula(head, meta)
    sc = _SC_NUMBER.match(head[nt]) if nt is not None else None
    if sc:
        # a Security Council resolution: "Resolution 2712 (2023)", then "Adopted by the Security Council at its
        # 9479th meeting, on 15 November 2023" (it may wrap), and no title
        meta.number, meta.organ, found = sc.group(1), "sc", True
        rest = " ".join(l for l in head[nt + 1 :] if l and l != "\ue002" and not _is_furniture_line(l, meta))
        am = _SC_ADOPTED.match(rest)
        if am:
            meta.adoption_meeting, meta.adopted_text = am.group(1), am.group(2)
            meta.adopted = parse_date(am.group(2))
            rest = rest[am.end() :].strip()
        if rest:
            headings.append(rest)
        nt = None  # (read: the lines below take no title from it)
    if nt is not None:
        m = _NUMBER_TITLE.match(head[nt])
        meta.number = re.sub(r"\s+", " ", m.group(1))
        title_lines = [m.group(2)] if m.group(2) else []
        rest = head[nt + 1 :]
        j = 0
        while j < len(rest) and (rest[j] or not title_lines or  # the title runs to the first blank line …
                                 next((x for x in rest[j:] if x), "")[:1].islower()) and not (  # … unless it goes on
                title_lines and _SERIES_LETTER.match(rest[j])):  # (or to a series letter, typed with no blank line)
            if rest[j] and not _is_furniture_line(rest[j], meta):
                title_lines.append(rest[j])
            j += 1
        # what stands between the title and the formula: a series letter ("B"), a part's own title under it;
        # without a letter, the title itself gone on after a stray blank line
        between = [l for l in rest[j:] if l and l != "\ue002" and not _is_furniture_line(l, meta)]
        if title_lines and between and not any(_LETTER_FIRST.match(l) for l in between):
            title_lines.extend(between)
        else:
            headings.extend(between)
        if title_lines:
            meta.title = " ".join(title_lines).strip()
        found = True
    if not found:
        # no masthead, but a title above the formula (a typed copy): "Cooperation between …"
        kept = [l for l in head if l and l != "\ue002"]
        # "B" (or "B1", its call glued) under the title: the series letter, a heading of its own, and the lines
        # under it its part's own title ("A" / "Information in the service of humanity")
        at = next((i for i in range(len(kept) - 1, 0, -1) if _SERIES_LETTER.match(kept[i])), None)
        series = kept[at:] if at is not None and len(kept) - at <= 3 else []
        if series:
            del kept[at:]
        text = " ".join(kept).strip()
        if text and len(text) < 400 and (not _ends_paragraph(text) or _heading_like(text, limit=400)) and _FORMULA_START.match(lines[formula_at] if formula_at < len(lines) else ""):
            meta.title = _single_spaced(text)
            headings.extend(series)
            return formula_at
        return 0
    meta.has_masthead = has_items  # the number-and-title line alone is the preface, not a masthead
    if meta.number and not meta.symbol and meta.adopted_text:
        # "80/3." under "Resolution adopted by the General Assembly": the symbol is A/RES/80/3
        meta.symbol = ("A/DEC/" if meta.doc_name == "decision" else "A/RES/") + meta.number.replace(" ", "")
    if meta.symbol and not meta.number:
        meta.number = meta.symbol.split("/", 2)[2]
    return formula_at


def _title_above_formula(head: list[str], meta: Meta) -> None:
    """A masthead without a number-and-title line (a typed copy: "A/RES/78/12" / "" / "Title" / "" / "The General
    Assembly,"): its last paragraph, right above the formula, is the title when no field took a word of it and it
    reads as one (no sentence's end)."""
    block: list[str] = []
    for line in reversed(head):
        if line and line != "\ue002":
            block.insert(0, line)
        elif block:
            break
    if not block or len(block) > 4 or len(block) > len(meta.other):
        return
    text = " ".join(" ".join(line.split()) for line in block)
    if meta.other[-len(block):] == [" ".join(line.split()) for line in block] and len(text) < 400 \
            and _heading_like(text, limit=400):
        meta.title = text
        del meta.other[-len(block):]


# at a line's start; in capitals too, and "UNITED" / "NATIONS" on two lines (the series letter's box beside)
_AUTHORITY = re.compile(r"(?:United Nations|General Assembly|Security Council|UNITED NATIONS|GENERAL ASSEMBLY|UNITED$"
                        r"|NATIONS(?: A)?$)")


# the symbol without its series letter, which stands on a line of its own: "A" / "United Nations /RES/73/7"
_SYMBOL_REST = re.compile(r"(?<![\w/])(/(?:RES|DEC)/(?:E?S-\d+|\d+)/\d+(?:\s?[A-Z](?:[-–][A-Z])?)?)(?![\w/])")


def _split_symbol(top: list[str], blob: str) -> tuple[str, list[tuple[int, int]]] | None:
    """The symbol printed in two pieces: some extractors (pdfplumber) give the large series letter of the
    masthead's "A/RES/73/7" a line of its own, and the rest ("/RES/73/7") beside "United Nations". The symbol and
    the spans of ``blob`` (the non-blank lines of ``top`` joined by spaces) its two pieces take."""
    m = _SYMBOL_REST.search(blob)
    if not m:
        return None
    pos = 0
    for line in top:
        if not line:
            continue
        if line == "A":
            return "A" + re.sub(r"\s+", " ", m.group(1)), [(pos, pos + 1), m.span()]
        pos += len(line) + 1
    return None


def _unplaced(top: list[str], blob: str, placed: list[tuple[int, int]], meta: Meta) -> list[str]:
    """What of the masthead lines (joined into ``blob``) no field took, line by line, as printed: a line such as
    "Reissued for technical reasons on 5 December 2022", or the words beside a symbol the reader does not know.
    "United Nations", "General Assembly", job numbers, barcodes and page furniture are placed by definition."""
    covered = bytearray(len(blob) + 1)
    for a, b in placed:
        covered[a:b] = b"\x01" * (b - a)
    out, pos = [], 0
    for line in top:
        if not line:
            continue
        start, pos = pos, pos + len(line) + 1
        am = _AUTHORITY.match(line)
        if am:
            covered[start : start + am.end()] = b"\x01" * am.end()
        if line == "\ue002" or _is_furniture_line(line, meta) or _JOB.match(line):
            continue
        rest = "".join(ch for ch, c in zip(line, covered[start : start + len(line)]) if not c)
        rest = " ".join(rest.split())
        if rest == "A" and (meta.symbol or "").startswith("A/"):
            continue  # the series letter in its box at the top of a masthead of the 1990s ("UNITED" / "NATIONS" / "A")
        if any(ch.isalnum() for ch in rest):
            out.append(rest)
    return out


_LETTER_FIRST = re.compile(r"^[A-Z](?![a-z])")  # "B", "B1", "B" and its call, "A. …": not a word


_WHITESPACE_RUN = re.compile(r"\s+")


def _single_spaced(s: str) -> str:
    r"""``re.sub(r"\s+", " ", s)``. Every white space character but the plain space is unprintable: in a printable
    text without two spaces in a row there is nothing to replace (the usual case, told at C speed)."""
    return s if "  " not in s and s.isprintable() else _WHITESPACE_RUN.sub(" ", s)


# a decision's text, right under its number and title: "At its 50th plenary meeting, on 22 December 2023, …"
_DECISION_BODY = re.compile(r"^At its (?:[\w-]+ ){1,3}(?:plenary )?meetings?\b")


# "B", "B1", "B¹", "B[^1]" or "B[1]" (the call marked by ``_strip_wrappers``)
_SERIES_LETTER = re.compile(r"^[A-Z](?:\d{1,2}|[" + _SUPERSCRIPT_DIGITS + r"]{1,2}|\ue000[^\ue001]{1,8}\ue001)?$")


# ---------------------------------------------------------------------------------------------
# 4. page furniture

# "2/5", "Page 2/5", "- 2 -", and as word processors print them: "Page 2", "Page 2 of 5"
_PAGE_NO = re.compile(r"^(?:Page\s+)?\d{1,3}\s*/\s*\d{1,3}$|^-\s*\d{1,3}\s*-$|^Page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$")
# (with the "/..." that marks a page's continuation at its foot in the 1990s: "95-33567 (E)    301095    /...")
_JOB_ANY = re.compile(r"^\d{2}-\d{5}(?:\s*\(E\))?(?:\s+\d{6})?(?:\s+\*\d{7,8}\*)?(?:\s+/\s?(?:\.\.\.|…))?$")
_JOB_PAGE = re.compile(r"^(?:\d{2}-\d{5}\s+\d{1,3}/\d{1,3}|\d{1,3}/\d{1,3}\s+\d{2}-\d{5})$")
_CONTINUED = re.compile(r"^/\s?(?:\.\.\.|…)$")  # "/..." alone
# any of the five (each anchored at both ends): one match instead of five
_FURNITURE = re.compile("|".join(p.pattern for p in (_JOB_ANY, _BARCODE, _PAGE_NO, _JOB_PAGE, _CONTINUED)))


def _norm_words(s: str) -> str:
    return _single_spaced(s).strip().lower()


def _symbol_from_running_heads(lines: list[str], meta: Meta) -> None:
    """A text with no masthead (a typed copy) may still carry the symbol as its pages' running head: a line that
    is the symbol alone, beside a blank line ("A/RES/65/124" / "Page 2" / ""). Where every such line is the same
    symbol, it is the resolution's (and those lines are page furniture)."""
    found = set()
    for i, line in enumerate(lines):
        if line[:2] in ("A/", "S/") and "/RES/" in line:
            m = _SYMBOL.fullmatch(line) or _SC_SYMBOL.fullmatch(line)
            if m and (i == 0 or not lines[i - 1] or i + 1 == len(lines) or not lines[i + 1]
                      or _FURNITURE.match(lines[i + 1]) or _FURNITURE.match(lines[i - 1])):
                found.add(re.sub(r"\s+", " ", m.group(1)))
    if len(found) == 1:
        # read as a symbol alone atop a typed copy is (a cover page with it: the text prints it)
        meta.symbol, meta.has_masthead = found.pop(), True
        meta.number = meta.number or meta.symbol.split("/", 2)[2]
        if meta.symbol.startswith("S/"):
            meta.organ = "sc"


def _is_furniture_line(line: str, meta: Meta) -> bool:
    if not line:
        return False
    if (line[0].isdecimal() or line[0] in "*-P/") and _FURNITURE.match(line):  # (what the patterns can open with)
        return True
    if meta.symbol and line.replace(" ", "") == meta.symbol.replace(" ", ""):
        return True
    return False


def _in_running_title(words: str, title: str) -> bool:
    """Is a line next to the symbol or job number a piece of the running title? A word or two only where
    the title ends or starts with them ("Law" under "… Wider Appreciation of International")."""
    if len(words) > 3:
        return words in title
    return bool(words) and (title.endswith(" " + words) or title.startswith(words + " "))


def _drop_furniture(lines: list[str], meta: Meta) -> list[str]:
    """Remove page furniture: job numbers, barcodes, page numbers, running heads (symbol and title)."""
    title = _norm_words(meta.title or "")
    symbol = meta.symbol or ""
    anchors = _furniture_anchors(lines, meta, symbol, title)
    if not anchors:
        return lines[:]
    drop = set(anchors)
    if title:
        # running title lines next to an anchor (within a few non-blank lines)
        n = len(lines)
        for i in anchors:
            for step in (-1, 1):
                j, seen, blank = i + step, 0, 0
                while 0 <= j < n and seen < 8:  # a long title runs over five or six lines …
                    if lines[j]:
                        seen += 1
                        words = _norm_words(lines[j])
                        if j in anchors:
                            pass
                        elif _in_running_title(words, title) and (
                                not blank or seen > 1 or words.count(" ") >= 2 and title.startswith(words)):
                            drop.add(j)
                        else:
                            break
                    elif step < 0 and not seen:
                        drop.update(_title_under_furniture(lines, i, anchors, title))
                        break
                    elif seen or blank == 2:
                        break  # … with no blank line inside it; …
                    else:
                        # … or one or two between the symbol and the title's first words under it ("A/RES/73/3" /
                        # "" / "Political declaration of …", as pdfminer gives it). (Not above the symbol: there
                        # the title of an annex may stand, as the resolution's title, before the page ends.)
                        blank += 1
                    j += step
    out = lines[:]
    for i in drop:
        out[i] = "\ue002"  # page-break marker: keeps paragraphs apart only where text says so
    return out


def _title_under_furniture(lines: list[str], at: int, anchors: set[int], title: str) -> list[int]:
    """The running title above the symbol at ``at`` with a blank line or two between them, as pdfminer gives the
    head of an odd page ("Political declaration of …" / "on the fight against tuberculosis" / "" / "A/RES/73/3"):
    its lines only where furniture (or the start of the text) stands above them too, with blank lines alone
    between. Where text stands above them, they may be a title in the text (an annex's) before the page ends."""
    j, blank = at - 1, 0
    while j >= 0 and not lines[j] and blank < 2:
        j, blank = j - 1, blank + 1
    found = []
    while j >= 0 and lines[j] and j not in anchors and len(found) < 8 and _in_running_title(_norm_words(lines[j]), title):
        found.append(j)
        j -= 1
    if not found or j >= 0 and lines[j]:
        return []  # no title, or one that runs on from text above it
    while j >= 0 and not lines[j]:
        j -= 1
    return found if j < 0 or j in anchors else []


def _furniture_anchors(lines: list[str], meta: Meta, symbol: str, title: str) -> set[int]:
    """The indices of the lines of page furniture: job numbers, barcodes, page numbers, the symbol (alone or with
    the running title on its line)."""
    # what such a line can open with (the patterns of ``_is_furniture_line``: a digit, "*", "-", "P" or "/"; the
    # symbol, spaced or not), or end with: the rest is rejected without a call
    opens = "*-P/" + (symbol[:1] + symbol.replace(" ", "")[:1] + " " if symbol else "")
    end = " " + symbol if symbol and title else None
    return {i for i, l in enumerate(lines)
            if l and (l[0] in opens or l[0].isdecimal() or end and l.endswith(end)) and (
                _is_furniture_line(l, meta)
                or symbol and l.startswith(symbol + " ") and title and _norm_words(l[len(symbol) :]) in title
                # "A/RES/80/1 Participation by ..." on one line
                or symbol and l.endswith(" " + symbol) and title and _norm_words(l[: -len(symbol)]) in title)}


# ---------------------------------------------------------------------------------------------
# 5. footnotes

_SEPARATOR = re.compile(r"^(?:_{5,}|-{3,}|—{3,}|\u2014{2,})\s*$")
_SEP_TAIL = re.compile(r"\s+(?:_{5,}|-{3,})\s*$")
_NOTE_LINE = re.compile(r"^([0-9⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\*{1,3}|[a-z†‡§])\s+(\S.*)$")


def _collect_footnotes(lines: list[str], md_notes: list[tuple[str, str]],
                       above: list[str] | None = None) -> tuple[list[str], list[tuple[str, str]]]:
    """Cut footnote blocks out of ``lines``: each runs from a separator line (or, where a cleaner dropped the
    rule, from a line opening with the next footnote number whose call stands in the text above) to the page
    break. The calls of a block's footnotes are marked on its page (``_mark_calls``); ``above`` holds the
    first page's lines before ``lines`` (the headings under the title), marked in place."""
    notes: list[tuple[str, str]] = list(md_notes)
    head = list(above or [])
    out: list[str] = list(head)
    page = 0  # where the page of the next footnote block starts in ``out``
    i, n = 0, len(lines)
    candidates = _rule_or_note_lines(lines)
    stops: list[int] = []  # (found when first asked for: _stop_lines)
    calls_above = _CallsAbove()
    while i < n:
        c = bisect.bisect_left(candidates, i)
        nxt = candidates[c] if c < len(candidates) else n
        if nxt > i:  # lines that can neither be a rule nor open a footnote block are kept as they are
            out.extend(lines[i:nxt])
            i = nxt
            continue
        line = lines[i]
        sep = _SEPARATOR.match(line) if line[:1] in "_-\u2014" else None
        if not sep and ("---" in line or "_____" in line) and _SEP_TAIL.search(line):
            # a cleaner glued the separator to the end of the last body line
            nxt = next((lines[j] for j in range(i + 1, min(n, i + 4)) if lines[j] and lines[j] != "\ue002"), "")
            if _NOTE_LINE.match(nxt):
                out.append(_SEP_TAIL.sub("", line))
                sep = True
        if sep:
            block, j = _read_note_block(lines, i + 1, notes, after_rule=True)
            if block and not _is_next_marker(block[0][0], [], notes) and not calls_above(out, page, block[0][0]):
                block = []  # a number past the next footnote's, not called above: text under a rule
            if not block:
                out.append("")  # a bare rule (markdown leftovers, decoration): no words to keep
                i += 1
                continue
        else:
            # only a number can open a block here, in digits or in superscript digits ("¹ A/75/73.")
            m = _NOTE_LINE.match(line) if "0" <= line[:1] <= "9" or line[:1] in _SUP_CHARS else None
            number = m.group(1).translate(SUPERSCRIPT) if m else ""
            block = []
            # (the first of a document's notes may be past 1: a collection's part B goes on from part A's)
            if m and number.isdecimal() and (_expected_note(notes) == int(number)
                                             or not notes and int(number) < 10) and not _DATE_LINE.match(line) \
                    and _page_bottom_follows(lines, i, stops := stops or _stop_lines(lines)) \
                    and calls_above(out, page, number):
                # (notes only at a page bottom and called above; else a line of text that opens with a number,
                # and they are not read: a table's rows "1 | …", "2 | …" would each run to the end of the text)
                block, j = _read_note_block(lines, i, notes)
                if not block or (not notes and block[0][0] != "1" and len(block) < 2):
                    block = []  # (a first note past 1 only with the next one under it)
            if not block:
                out.append(line)
                i += 1
                continue
        notes.extend(block)
        # the calls are looked for on the block's page, from the page break above it (furniture dropped), and
        # where one is not there, from the last footnote block on: the page breaks of an extractor's text may
        # be out of place
        top = _page_top(out, page)
        if top == page or not _mark_calls(out, top, block, whole=True):
            # a page when footnotes were cut out above it or text follows: not a list at the end of the document
            _mark_calls(out, page, block, page > len(head) or any(l and l != "\ue002" for l in lines[j:]))
        out.append("\ue002")
        page = len(out)
        i = j
    if above is not None:
        above[:] = out[: len(head)]
    return out[len(head) :], notes


# what opens the lines of _rule_or_note_lines, after the "\n" before each (a search that skips from line to line)
_RULE_OR_NOTE = re.compile(r"\n(?:[_\-\u2014]|[0-9\u2070\u00b9\u00b2\u00b3\u2074-\u2079]"
                           r"(?:[0-9\u2070\u00b9\u00b2\u00b3\u2074-\u2079]|[^\S\n]|(?![^\n])))")


def _rule_or_note_lines(lines: list[str]) -> list[int]:
    """The indices of the lines that may be a rule (a line that opens with "_", "-" or "—", or holds "---" or
    "_____" glued to its end) or open a footnote (``_NOTE_LINE`` with a number: one to three digits or superscript
    digits, then a space; a digit alone): ``_collect_footnotes`` keeps all other lines as they are. Found by searches over all lines joined,
    not by a test of each line (a text has some hundred lines and a handful of these)."""
    joined = "\n" + "\n".join(lines)
    at = {m.start() for m in _RULE_OR_NOTE.finditer(joined)}  # the "\n" before each line found
    # ("_" alone first: the search for one character is fast)
    for glued in ("---", "_____") if "_" in joined else ("---",):
        i = joined.find(glued)
        while i >= 0:  # (str.find, not a regex: no one character opens the search for either)
            at.add(joined.rfind("\n", 0, i))
            i = joined.find("\n", i)  # on to the next line
            i = joined.find(glued, i) if i >= 0 else -1
    out = []
    line, last = -1, 0  # ``lines[line]`` follows the "\n" at ``last``
    for pos in sorted(at):
        line += joined.count("\n", last, pos + 1)
        last = pos + 1
        out.append(line)
    return out


def _stop_lines(lines: list[str]) -> list[int]:
    """Where a block of footnotes read by ``_read_note_block`` stops: page breaks and separator lines, and the end."""
    return [k for k, l in enumerate(lines) if l == "\ue002" or l[:1] in "_-\u2014" and _SEPARATOR.match(l)] + [
        len(lines)]


def _page_bottom_follows(lines: list[str], i: int, stops: list[int]) -> bool:
    """Would footnotes read from ``lines[i]`` (no page break nor separator) run to a page break or the end, not to
    a separator? Once a block has its first note, each line is a note or goes on one up to the next stop, so that
    is where it ends; and only there is it a page's notes (a line that opens with a number elsewhere, a table's
    row "1 | …", is text: this spares reading the rest of the page for it)."""
    stop = stops[bisect.bisect_right(stops, i)]
    return stop == len(lines) or lines[stop] == "\ue002"


def _read_note_block(lines: list[str], j: int, notes, after_rule: bool = False) -> tuple[list[tuple[str, str]], int]:
    """Footnotes from ``lines[j]`` on, until a page break or a line that cannot be one. Under a rule the first
    number may skip ahead (an annex that keeps its own source's numbering: 3, then 8), and so may a number
    printed as a superscript further down."""
    block: list[tuple[str, str]] = []
    wrapped: list[list[str]] = []  # the lines each note goes on in
    n = len(lines)
    while j < n:
        l = lines[j]
        if l == "\ue002" or _SEPARATOR.match(l):
            break
        if not l:
            j += 1
            continue
        m = _NOTE_LINE.match(l)
        if m and block and m.group(2)[:1].islower() and m.group(1).translate(SUPERSCRIPT) == "1":
            m = None  # no new numbering inside a page's notes: "… Paris, 1999, vol." / "1 and corrigendum, …"
        if m and (_is_next_marker(m.group(1), block, notes) or (after_rule and not block and _skips_ahead(m.group(1), notes))
                  or block and m.group(1)[0] in _SUP_CHARS and _skips_ahead(m.group(1), block)):
            # (a superscript number past the next one opens a footnote too: no wrapped line starts with one)
            block.append((m.group(1).translate(SUPERSCRIPT), m.group(2)))
            wrapped.append([])
        elif block:
            wrapped[len(block) - 1].append(l)  # (joined at the end: a block may run for thousands of lines before
        else:  # the caller finds it no page's notes, and joining line by line would copy the text so far each time)
            break
        j += 1
    return [(marker, _join_lines([text, *more]) if more else text) for (marker, text), more in zip(block, wrapped)], j


def _skips_ahead(marker: str, notes) -> bool:
    """Is ``marker`` a footnote number past the next one expected?"""
    marker = marker.translate(SUPERSCRIPT)
    return marker.isdecimal() and int(marker) > _expected_note(notes)


def _expected_note(notes) -> int:
    last = notes[-1][0] if notes else None
    return int(last) + 1 if last and last.isdecimal() else 1


_CALL_CONTEXT = 40  # more than a call's place and cost look at: 20 characters before it, 17 after (_calls_in)


class _CallsAbove:
    """Does the page above a block of footnotes, ``lines[page:]``, carry a call of the first of them, numbered
    ``marker`` (in superscript, or in digits at a cost of at most 2: ``_calls_in``)? Asked of a page that grows line by
    line between two questions (each line that opens with a number asks it: in a text without page breaks, of all
    the text above it). A call's place and
    cost depend on the characters around it only (``_CALL_CONTEXT``), so where lines were only added since the last
    question, the calls more than that before the old end stand as they were: only the text after them is looked
    at again, and a page of thousands of such lines is read in linear time, not once a line."""

    def __init__(self) -> None:
        self.key: tuple[int, str] | None = None  # (page, marker) of the last question
        self.settled = 0  # the lines of the page (from its start) whose calls are settled
        self.found = False  # a call among them

    def __call__(self, lines: list[str], page: int, marker: str) -> bool:
        if self.key != (page, marker):
            self.key, self.settled, self.found = (page, marker), page, False
        if self.found:
            return True  # (lines are only added: a settled call stays)
        # the text from ``_CALL_CONTEXT`` characters before the first unsettled line
        start, before = self.settled, 0
        while start > page and before < _CALL_CONTEXT:
            start -= 1
            before += len(lines[start]) + 1
        text = "\n".join(lines[start:])
        # the first line whose calls the next question will not look at again: ``_CALL_CONTEXT`` characters or more
        # after its start
        settled, after = len(lines), 0
        while settled > self.settled and after < _CALL_CONTEXT:
            settled -= 1
            after += len(lines[settled]) + 1
        settled_at = len(text) - after + 1 if settled > self.settled else before  # (its place in ``text``)
        sup = marker.translate(_TO_SUP)
        calls = [b for b, _, c in _calls_in(text).get(marker, ()) if c <= 2 and b >= before]
        i = text.find(sup, before)
        if i >= 0:
            calls.append(i)
        if any(b < settled_at for b in calls):
            self.found = True
        self.settled = max(self.settled, settled)
        return bool(calls)


def _is_next_marker(marker: str, block, notes) -> bool:
    marker = marker.translate(SUPERSCRIPT)
    prev = block[-1][0] if block else (notes[-1][0] if notes else None)
    if marker.isdecimal():
        if prev is None or not prev.isdecimal():
            return True
        return int(marker) == int(prev) + 1 or (int(marker) == 1)
    return not block or not block[-1][0].isdecimal()


# ---------------------------------------------------------------------------------------------
# 6. segmentation: lines → raw blocks

# a paragraph's number: "2."; or, before a capital or alone, "2)" or "2:" as typed or misread (never a list label in
# the UN's files, whose labels are letters and roman numerals); the number is written "2." whichever was read
_PARA_NUM = re.compile(r"^(\d{1,5})(?:\.(?:\s+|$)|[):](?: (?=[A-Z])|$))")
# decimal numbering ("1.1 Raise awareness", "2.3. Strengthen"): a paragraph of its own, outside the 1., 2., … count
_DECIMAL_NUM = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){1,3}\.?)(?:\s+(?=[A-Z\u201c]|\.\s*[A-Z])|$)")
_DECIMAL_TEXT = re.compile(r"^(?:[A-Z\u201c]|\.\s*[A-Z])")
_OCR_DIGIT = {"l": "1", "I": "1", "Z": "2", "S": "5", "G": "6", "B": "8"}  # letters read for digits
# a paragraph number typed or read wrong: "3 Calls", "232 .Recognizes", "1) Decides", "4, Urges", "6: Decides"
_LOOSE_NUM = re.compile(r"^(\d{1,5})(?: ?[.,):] ?| )(?=[A-Z])")
# spaces after a non-space, a number, a full stop, spaces, a capital: the pattern opens with \s (not with the
# look-behind) so that the search skips from space to space
_MIDLINE_NUM = re.compile(r"\s(?<=\S\s)\s*(\d{1,5})\.\s+(?=[A-Z\u201c])")
# the full stop of _MIDLINE_NUM, after a digit and before spaces and a capital: where it is not, _MIDLINE_NUM is not
# either; the pattern opens with the full stop, so that the search skips from one to the next (many times faster)
_NUMBER_STOP = re.compile(r"\.(?<=\d\.)(?=\s+[A-Z\u201c])")
# (also glued to its text, as typed or OCR'd: "(a)To continue")
_LABEL = re.compile(r"^\(([a-z]{1,3}|[ivxlc]{1,6}|\d{1,2})\)(?:\s+|$|(?=[A-Za-z\u201c]))")
# a letter's or roman numeral's label with a brace or bracket for a parenthesis, or a space inside: read as "(b)"
# (a number in brackets is a footnote's: "[1] Resolution 69/283.")
_MISREAD_LABEL = re.compile(r"^[(\[{] ?([a-z]{1,3}|[ivxlc]{1,6}) ?[)\]}](?:\s+|$)")
_HALF_LABEL = re.compile(r"^([a-z]{1,3}|[ivxlc]{1,6})\)(?:\s+|$)")  # "a)", "ii)": typed or OCR'd without "("
_SECTION = re.compile(r"^((?:[IVXL]{1,6})|[A-Z])(\.?)(?:\s+|$)")
_MEETING = re.compile(
    r"^(" + _MEETING_ORDINAL + r" (?:plenary )?meeting(?: \(?resumed\)?)?)\s*(" + _DATE_TXT + r")?\s*$"
)
_PLACE_DATE = re.compile(r"^[A-Z][A-Za-z .'’-]+, (?:\d{1,2}(?:[–-]\d{1,2}| to \d{1,2})? )?[A-Z]?[a-z]* ?\d{0,2}.*\d{4}$")
_DATE_LINE = re.compile(r"^(" + _DATE_TXT + r")\s*$")
_ANNEX = re.compile(r"^((?:Annex(?:es)?|ANNEX(?:ES)?)(?:\s+[IVXL]+|\s+\d+|\s+[A-Z])?)\s*$")  # in capitals in the 1990s


class _Raw:
    """A block as segmented: ``kind`` is a guess refined by ``_build``.

    Lines are kept as parts and joined once, so a block of any length costs linear time; ``tail`` and
    ``length`` answer the per-line questions without joining."""

    __slots__ = ("kind", "num", "parts", "length", "gap_before", "extra", "open_quotes", "straight_quotes",
                 "line_starts")

    def __init__(self, kind: str, num: str | None, text: str, gap_before: bool = False):
        self.kind = kind  # para, label, section, heading, text, formula, meeting, date, annex, row, wrap
        self.num = num
        self.parts = [text]
        self.length = len(text)
        self.open_quotes = text.count("\u201c") - text.count("\u201d") if "\u201c" in text or "\u201d" in text \
            else 0  # > 0: inside a quotation (a look for each mark costs a third of a count of it)
        self.straight_quotes = text.count('"') if '"' in text else 0  # odd: inside one (typed and OCR text)
        self.gap_before = gap_before
        self.extra: dict = {}
        self.line_starts: list[int] = []  # where each added line begins in the text

    @property
    def text(self) -> str:
        if len(self.parts) > 1:
            self.parts = ["".join(self.parts)]
        return self.parts[0]

    @text.setter
    def text(self, value: str) -> None:
        self.parts = [value]
        self.length = len(value)
        self.open_quotes = value.count("\u201c") - value.count("\u201d")
        self.straight_quotes = value.count('"')
        self.line_starts = []

    @property
    def tail(self) -> str:
        """The last 80 characters or so."""
        t = self.parts[-1]
        i = len(self.parts) - 1
        while len(t) < 80 and i > 0:
            i -= 1
            t = self.parts[i] + t
        return t[-80:] if len(t) > 80 else t

    def clean_end(self) -> str:
        """``_clean_end`` of the text; it looks at the last 60 characters, mostly all in the last part."""
        last = self.parts[-1]
        return _clean_end(last if len(last) >= 60 else self.tail)

    def add(self, line: str) -> None:
        """Append a wrapped line, joined as ``_join_words`` joins it (``_join_onto``)."""
        if not line:
            return  # nothing to join
        parts = self.parts
        last = parts[-1]
        if last and last[-1] not in "-\u2013\ue003":
            parts[-1] = last + " "  # the common case, as _join_words has it: no hyphen or dash at the end
            parts.append(line)
            self.length += 1
        else:
            self.length += _join_onto(parts, line)
        self.line_starts.append(self.length)
        self.length += len(line)
        if "\u201c" in line or "\u201d" in line:
            self.open_quotes += line.count("\u201c") - line.count("\u201d")
        if '"' in line:
            self.straight_quotes += line.count('"')

    def in_quotation(self) -> bool:
        """Is the text's end inside a quotation: more opening marks than closing ones, or an odd number of
        straight ones?"""
        return self.open_quotes > 0 or self.straight_quotes % 2 == 1


_SUSPENDING = frozenset(("and", "or", "nor", "to"))


def _suspends(line: str) -> bool:
    """Does ``line`` open with the word after a suspended hyphen ("gender- and age-specific")?"""
    return line.split(" ", 1)[0] in _SUSPENDING


def _join_onto(parts: list[str], line: str) -> int:
    """Join ``line`` onto the text that ``parts`` hold, as ``_join_words`` joins it to their whole, in time that does
    not grow with the text: to its last three characters, all that ``_join_words`` looks at and changes. Appends
    ``line`` as a part of its own; returns how much longer the text before it became (the space, or less: a hyphen's
    space dropped)."""
    if len(parts[-1]) < 3 and len(parts) > 1:
        short = parts.pop()  # (a line of one or two characters: the three come from the line before too)
        parts[-1] += short
    last = parts[-1]
    k = min(3, len(last))
    joined = _join_words(last[len(last) - k :], line)  # ends with ``line``: what comes before replaces the end
    parts[-1] = last[: len(last) - k] + joined[: len(joined) - len(line)]
    parts.append(line)
    return len(parts[-2]) - len(last)


def _join_lines(lines: list[str]) -> str:
    """``functools.reduce(_join_words, lines)`` in time linear in their length (``_join_onto``)."""
    parts = [lines[0]]
    for line in lines[1:]:
        _join_onto(parts, line)
    return "".join(parts)


def _join_words(a: str, b: str) -> str:
    """Join two wrapped lines, mending a word split at the line end only on evidence. (It looks at and changes
    the last two characters of ``a`` only: ``_join_onto`` relies on it.)"""
    if not a:
        return b
    if not b:
        return a
    if a.endswith("-\ue003"):
        return a + b
    if a[-1:] == "\u2013" and a[-2:-1].isdigit() and b[:1].isdigit():
        return a + b  # "2024–" / "2034": a range split at the line end
    if a.endswith("-") and b[:1] in "aont" and _suspends(b):
        return a + " " + b  # "gender-" / "and age-specific": a suspended hyphen keeps its space
    if a.endswith("-") and not a.endswith(" -") and len(a) > 1 and (a[-2].isalpha() or (a[-2].isdigit() and b[:1].isdigit())):
        return a + b  # hyphen kept ("2024-2034"); _mend_hyphens later drops it where the document says so
    if a.endswith(" -") and b[:1].islower():
        return a[:-2] + "-" + b
    return a + " " + b


_SENTINEL = re.compile(r"\ue000([^\ue001]*)\ue001")
_SENTINEL_END = re.compile(r"\ue000[^\ue001]*\ue001$")
_GLUED_CALL_END = re.compile(r"(?<=[,.;:)" + _CLOSING_MARKS + r"]) ?(?:\d{1,3}|\*{1,3}|[\u2020\u2021])$")
_ENDINGS = (".", ";", ":", ",", "\u201d", "\u2019", ")", "!", "?")
# the last characters that _clean_end keeps as they are: letters, a straight quotation mark and the punctuation
# of _ENDINGS
_PLAIN_ENDS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\"" + "".join(_ENDINGS))


def _clean_end(text: str) -> str:
    """The text without trailing footnote markers: superscripts, markdown sentinels, "2024,1"."""
    t = text[-60:]
    if t[-1:] in _PLAIN_ENDS:
        return t  # no space, sentinel, superscript, digit or sign at the end: none of the steps below would cut it
    t = t.rstrip()
    if t[-1:] == "\ue001":
        t = _SENTINEL_END.sub("", t).rstrip()
    t = t.rstrip(_SUP_CHARS).rstrip()  # (a spaced call: "… Development; ⁷")
    if t[-1:].isdigit() or t[-1:] in "*\u2020\u2021":
        t = _GLUED_CALL_END.sub("", t)
    return t


def _ends_clean(t: str) -> bool:
    """Does text already rid of trailing calls (``_clean_end``) end a paragraph? A straight quotation mark (typed
    and OCR text) ends it as a closing one does, unless a space stands before it: then it opens a quotation."""
    return t.endswith(_ENDINGS) or t.endswith(("; and", "; or", ", and", ", or")) or (
        t[-1:] == '"' and t[-2:-1] not in (" ", ""))


def _ends_paragraph(text: str) -> bool:
    return _ends_clean(_clean_end(text))


_WRAPPED_FAST_PATH = True  # see _segment; off only in a test that checks it changes nothing


def _segment(lines: list[str], meta: Meta) -> list[_Raw]:
    """Split lines into raw blocks. A new block starts where the evidence says so."""
    width = _typical_width(lines)
    blocks: list[_Raw] = []
    cur: _Raw | None = None
    gap = False
    zone = "preamble"
    expect_para = 1
    last_decimal: tuple[int, ...] = ()  # the last paragraph number in decimals ("2.3" → (2, 3))
    last_line_len = 0
    labels: list[str] = []

    def close():
        nonlocal cur
        if cur is not None:
            blocks.append(cur)
            cur = None

    def start(kind, num, text):
        nonlocal cur, gap
        close()
        cur = _Raw(kind, num, text, gap_before=gap)
        gap = False

    def start_paragraph(num, text):
        """A numbered paragraph: a new list of labels under it, and the operative part (or the annex) under way."""
        nonlocal labels, zone
        start("para", num, text)
        labels = []
        zone = "body-started" if zone not in ("annex", "annex-title") else "annex"

    pending = list(lines)
    k = 0
    split_at = -1  # index in ``pending`` of a line split off at a paragraph number mid-line
    section_fresh = False
    page_break = False  # page furniture or a footnote block stood between the last line and this one
    while k < len(pending):
        line = pending[k]
        k += 1
        if line == "\ue002":
            page_break = True
            continue
        if not line:
            gap = True
            continue
        broke, page_break = page_break, False
        # what the line opens with decides which line-start patterns below can match at all
        digit_first = line[0].isdecimal()  # as \d: _PARA_NUM, _MEETING
        # mid-line paragraph numbers glued by a cleaner: "… commitments 3. We gather"
        own = _PARA_NUM.match(line) if digit_first else None
        nxt = int(own.group(1)) + 1 if own and int(own.group(1)) in (expect_para, expect_para + 1) else expect_para
        # most lines hold none: the full stop it needs is looked for first (fast), and no iterator is set up; past
        # the line's own number ("2. Welcomes"): the number looked for comes after a space after something else
        if nxt > 1 and "." in line and _NUMBER_STOP.search(line, own.end() if own else 0) and _MIDLINE_NUM.search(line):
            m = next((x for x in _MIDLINE_NUM.finditer(line) if int(x.group(1)) in (nxt, nxt + 1)), None)
            # the next number, or the one after when a cleaner lost one, after a heading or a sentence end
            if m and (int(m.group(1)) == nxt or _SECTION.match(line) or
                      (cur is not None and cur.kind == "section") or line[: m.start()].endswith((".", ";", ":"))):
                pending.insert(k, line[m.start(1) :])
                split_at = k
                line = line[: m.start()]
        if (_WRAPPED_FAST_PATH and cur is not None and line[0].islower()
                and cur.kind not in ("section", "annex-title") and zone != "annex-title" and "|" not in line
                and not line.startswith("l. ") and ")" not in line[1:8]
                and not (cur.kind == "label" and line.startswith(_AFTER_LIST))
                and (not gap or "a" <= line[0] <= "z" and cur.kind not in ("row", "label")
                     and not cur.extra.get("heading") and not _TABLE_NOTE.match(line))):
            # fast path for most wrapped lines: every rule below that starts a block asks for a line that opens with
            # a capital, a digit, a sign, "(", "l. " or a label such as "a)", "and ", "or " or "as well as " after a
            # list item, a table row's "|", or a heading or title that goes on; after a blank line also for a row, a list item or a heading before it, a table's
            # note ("a See …"), or a drafting phrase (whose first ASCII word may follow another small letter: "é" in
            # "éRecalling"). A line that goes on in a small letter otherwise has none: it is added, as at the end.
            # (A new rule for such lines must be tested here too; tests/test_text_reader.py turns this path off.)
            last_line_len = len(line)
            cur.add(line)
            cur.extra["lines"] = cur.extra.get("lines", 1) + 1
            gap = False
            continue
        prev_text = cur.clean_end() if cur is not None else ""
        prev_ends = _ends_clean(prev_text) if cur is not None else True
        short_prev = last_line_len < 0.75 * width
        last_line_len = len(line)
        if (_WRAPPED_FAST_PATH and not prev_ends and not gap and cur is not None and "A" <= line[0] <= "Z"
                and cur.kind not in ("section", "annex-title") and zone != "annex-title" and "|" not in line
                and not cur.extra.get("heading") and (cur.length >= 200 or not _SECTION.match(line))):
            # fast path for a wrapped line that opens with a capital ("United Nations,") after a line that ends no
            # sentence: every rule below that starts a block with such a line asks for a blank line before, a
            # sentence's end, a digit, a sign, "(", a table row's "|", a heading or title that goes on, or a
            # section number ("A.", "IV") after a short text that reads as a heading. It is added, as at the end.
            cur.add(line)
            cur.extra["lines"] = cur.extra.get("lines", 1) + 1
            continue

        fm = (_FORMULA_START.match(line) if zone == "preamble" and line[:1] == "T"
              and not blocks_have(blocks, cur, "formula") else None)
        if fm and (cur is None or prev_ends):
            rest = line[fm.end() :]
            start("formula", None, re.sub(r"\s+(?=[,.:]$)", "", line[: fm.end()].strip()))
            close()
            if rest:
                pending.insert(k, rest)
            continue
        mm = _MEETING.match(line) if digit_first else None
        if mm and (cur is None or prev_ends):
            start("meeting", None, mm.group(1))
            close()
            if mm.group(2):
                start("date", None, mm.group(2))
                close()
            zone = "closing"
            continue
        if zone == "closing" and _DATE_LINE.match(line) and not any(b.kind == "date" for b in blocks[-1:]):
            start("date", None, line)
            close()
            continue
        am = _ANNEX.match(line) if line.startswith(("Annex", "ANNEX")) else None
        if am and (cur is None or prev_ends or (gap and cur.kind == "row")):
            start("annex", None, am.group(1))
            close()
            zone = "annex-title"
            expect_para = 1
            labels = []
            continue
        if "|" in line and _ROW.search(line) and (gap or prev_ends or cur is not None and (
                _ROW.search(cur.tail) or cur.kind == "annex-title" or cur.extra.get("heading"))):
            # (the first row may stand right under a title: "Staffing table for 2021" / "Category | Number of posts")
            if not gap and cur is not None and cur.kind == "row" and line[:1] != "|" \
                    and _row_goes_on(cur.text, line, blocks):
                cur.add(line)  # a cell wrapped onto the next line: "2 | General Assembly … conference" /
                continue  # "management | 340 979 200", the table's rows three cells wide
            start("row", None, line)  # a table row, cells apart by " | " (as the text writer prints tables)
            continue
        pm = _PARA_NUM.match(line) if digit_first else None
        if not pm and (gap or prev_text.endswith((";", "."))) and prev_ends and line[:1].isdigit():
            lm = _LOOSE_NUM.match(line)  # "3 Calls upon", "232 .Recognizes", "1) Decides": the number mistyped
            # (with no blank line before it, only before a common drafting verb, after a clause's end)
            if lm and int(lm.group(1)) == expect_para and (phrases.operative_opener if gap else
                                                          phrases.common_operative_opener)(line[lm.end() :]):
                start_paragraph(lm.group(1) + ".", line[lm.end() :])
                expect_para += 1
                section_fresh = False
                continue
        if not pm and line[1:3] == ". " and _OCR_DIGIT.get(line[0]) == str(expect_para) and prev_ends and (
                phrases.operative_opener(line[3:]) if line[0] == "l" else phrases.common_operative_opener(line[3:])):
            # "l. Decides", "I. Takes note", "S. Requests" for paragraph 1 or 5: a letter OCR or a typist puts for
            # the digit (after a capital only a common drafting verb: "I. Measures to …" is a section's heading)
            pm = _PARA_NUM.match(_OCR_DIGIT[line[0]] + line[1:])
        if pm:
            n = int(pm.group(1))
            rest = line[pm.end() :]
            after_heading = cur is not None and cur.kind in ("section", "text", "annex-title") and (
                cur.length < 200 or cur.kind == "section" and cur.length < 400) and _heading_like(cur.text, 400)
            skipped = n == expect_para + 1 and expect_para > 1 and rest[:1].isupper() and (prev_ends or after_heading)
            heading_above = None if cur is None or prev_ends or n != expect_para else _trailing_heading(cur)
            if (n == expect_para or skipped or (n == 1 and (zone != "body-started" or section_fresh))) and (
                cur is None or prev_ends or n == 1 or not rest or gap or after_heading or split_at == k - 1
                or heading_above is not None and phrases.operative_opener(rest)
            ):
                if heading_above is not None:
                    # the unpunctuated lines after the paragraph's last sentence: a heading ("… Sustainable
                    # Development" / "Goals" between paragraphs 7 and 8)
                    cur.text = heading_above[0]
                    start("text", None, heading_above[1])
                    cur.extra["heading"] = True
                _long_heading_above(cur, gap)
                rest = line[pm.end() :]
                start_paragraph(pm.group(1) + ".", rest)
                expect_para = n + 1
                section_fresh = False
                continue
        dm = _DECIMAL_NUM.match(line) if digit_first and not pm else None
        heading_above = dm and cur is not None and cur.kind in ("text", "section", "annex-title") and \
            cur.length < 300 and _heading_like(cur.text, 300)
        if dm and (cur is None or gap or prev_ends or heading_above) and _decimal_follows(dm.group(1), last_decimal) \
                and (dm.end() < len(line) or _DECIMAL_TEXT.match(_next_line(pending, k))):
            # "1.1 Raise awareness", or "1.1" alone with its text on the next line
            last_decimal = _decimal_parts(dm.group(1))
            _long_heading_above(cur, gap or heading_above)
            start_paragraph(dm.group(1), line[dm.end() :])
            continue
        lm = _LABEL.match(line) if line[0] == "(" else _HALF_LABEL.match(line) if ")" in line[1:8] else None
        label_num = line[: lm.end()].rstrip() if lm else ""
        if not lm and line[0] in "([{":
            lm = _MISREAD_LABEL.match(line)  # "(b}", "[b]", "( b)": the label as OCR or a typist left it
            label_num = "(" + lm.group(1) + ")" if lm else ""
        if lm and cur is not None:
            label = lm.group(1)
            if _accept_label(label, labels, prev_text, prev_ends):
                start("label", label_num, line[lm.end() :])
                labels.append(label)
                continue
        sm = _SECTION.match(line) if "A" <= line[0] <= "Z" else None
        if sm and (cur is None or prev_ends or gap or cur.kind in ("annex-title", "section") or (cur.length < 200 and _heading_like(cur.text))):
            rest = line[sm.end() :]
            dotted = bool(sm.group(2))  # "I. Title"; the UN's own files also give "I Title", or "I" alone
            under_heading = cur is not None and cur.extra.get("heading")  # "Conditions of service …" / "A …"
            # "I" (or, in the body, "A") alone over its heading line; after a heading too ("Conditions of service" /
            # "A" / "Base/floor salary scale")
            alone_roman = (not rest and not dotted and (
                _is_roman_section(sm.group(1)) or len(sm.group(1)) == 1 and zone in ("body-started", "annex"))
                and (prev_ends or gap or under_heading) and _next_heading_line(pending, k))
            # (undotted "A" is also the article: "… Development Era:" / "A Multisectoral Response, held in …" /
            # "note with appreciation …" is a sentence that goes on, not section A; so is "A State may not invoke
            # …" / "arising under provisional application." after a blank line, where a heading would not end so)
            article = sm.group(1) == "A" and not dotted and len(line) >= 0.75 * width \
                and k < len(pending) and pending[k][:1].islower() and (not gap or _block_ends_sentence(pending, k))
            # "VI Special Rapporteur … on contemporary forms of racism," / "racial discrimination, …" / "25.": the
            # heading wraps at a comma onto its next line, which it takes at once
            # (or over several full lines to a blank line: ``_comma_heading_lines``)
            comma_lines = (_comma_heading_lines(pending, k) or int(_heading_wraps_at_comma(pending, k))) if (
                (dotted or _is_roman_section(sm.group(1))) and rest[:1].isupper() and (prev_ends or gap)
                and rest.endswith(",") and len(rest) < 160) else 0
            at_comma = comma_lines > 0
            if at_comma or alone_roman or (dotted or (rest[:1].isupper() and rest.split(" ", 1)[0] not in ("I", "A")
                                                      and (prev_ends or gap or under_heading) and not article)) and (
                rest and not _ends_paragraph(rest) and (len(rest) < 160 or len(rest) < 400 and _next_opens_block(pending, k))
                or (dotted and not rest and k < len(pending))
            ):
                start("section", sm.group(1) + sm.group(2), rest)
                if at_comma:
                    for _ in range(comma_lines):
                        cur.add(pending[k])
                        k += 1
                section_fresh = True  # numbering may start again at 1 in a new section
                if zone == "annex-title":
                    zone = "annex"
                continue
        if zone == "annex-title":
            start("text", None, line)
            cur.kind = "annex-title"
            zone = "annex"
            continue
        if cur is None:
            start("text", None, line)
            continue
        sign_first = not line[0].isalnum()  # "* * *", "• item"
        if sign_first and _ASTERISM.match(line):
            start("text", None, line)  # "* * *": a break between parts, a block of its own
            close()
            continue
        if cur.kind == "row" and gap:
            # a blank line ends a table row: a one-cell row ("Department of Operational Support") or the text after
            start("row" if _heading_like(line) else "text", None, line)
            continue
        if gap and prev_ends and _TABLE_NOTE.match(line) and (
                cur.kind == "row" or _follows_table_note(cur.text, line) or line[0] == "a" and prev_text.endswith(".")):
            start("text", None, line)  # "a See A/75/383." then "b See A/75/639.": the notes under a table
            continue
        if sign_first and _BULLET.match(line) and (gap or prev_ends or cur.extra.get("bullet") or broke):
            start("text", None, line)  # "• item": each bullet is its own block
            cur.extra["bullet"] = True
            continue
        if cur.kind == "section" and not cur.length:
            cur.text = line  # "I." alone, heading on the next line
            continue
        if cur.kind == "annex-title" and (not gap or _next_is_blank(pending, k)) and _PLACE_DATE.match(line) \
                and len(line) < 80 and not _open_ended(cur.tail):
            # (not the title's own end: "… Decade for" / "Action, …, 2018–2028"; after a blank line, alone)
            start("annex-title", None, line)  # "New York, 22 to 24 March 2023": a subtitle
            continue
        if cur.kind == "annex-title" and _short_heading(line, width) and not _next_is_blank(pending, k) \
                and (_heading_stack_follows(pending, k, width) or line in ("Preamble", "Introduction")
                     or _NAMED_UNIT.match(line)):
            start("text", None, line)  # the annex's own headings ("Part one", "Preamble") under its title
            cur.extra["heading"] = True
            continue
        if cur.kind in ("section", "annex-title"):
            # a heading or title wraps onto short lines without end punctuation; anything else starts the text
            if cur.kind == "section" and not gap and cur.tail.endswith(",") and cur.length < 300 \
                    and _heading_end_after_comma(line, pending, k):
                cur.add(line)  # "VI" / "Special Rapporteur … forms of racism," / "racial discrimination, …" / "29."
                continue
            if not gap and not _ends_paragraph(cur.tail) and cur.length < 400 and not (
                    cur.kind == "section" and phrases.strong_preamble_opener(line)):
                # (but a recital right under a section's heading is the section's: "… Office at Geneva" /
                # "Recalling part XI of its resolution 64/243, …")
                rest = _heading_rest(pending, k, line) if cur.kind == "section" and (
                    line[:1].isalpha() or _REFERENCE_GOES_ON.match(line) and _REFERENCE_END.search(cur.tail)) \
                    and len(line) >= 0.85 * width else -1
                if len(line) < 0.85 * width or rest >= 0:
                    k = _add_heading_lines(cur, line, pending, k, max(rest, 0))
                    continue
            if cur.kind == "annex-title" and not gap and cur.length < 400 and (cur.in_quotation()
                    or not _starts_sentence(line) and (
                    not _ends_paragraph(cur.tail) or line[:1].islower() and _heading_like(cur.text, 400))
                    or _open_ended(cur.tail)  # ("… the Rule of" / "Law: Towards the Achievement …")
                    # (a full line in Title Case without end punctuation: "… on the Midterm Comprehensive" /
                    # "Review of the …"; not "… global road safety" / "The 2030 horizon …", a subtitle)
                    or not short_prev and cur.tail.rsplit(" ", 1)[-1][:1].isupper() and not _ends_paragraph(cur.tail)
                    and not _looks_like_block_start(line) and not phrases.strong_preamble_opener(line)
                    and line.split(" ", 1)[0] not in ("The", "We", "A", "An")):
                cur.add(line)  # (a title may break after a quoted name: "… “Oceans and the law of the sea”" / "and …")
                continue
            if cur.kind == "section" and gap and (line[:1].islower() or _open_ended(cur.tail)
                                                  or not short_prev) and not _ends_paragraph(cur.tail):
                # the heading's last words after a stray blank line ("… adopted by the Economic and" / "" / "Social
                # Council at its 2020 session") or after a page break or a stray blank line that cut its full line
                # ("… All Forms of Racial" / page / "Discrimination"), then the next paragraph or the section's
                # first recital; or the rest of it in full lines ("… the Provisions of" / "" / "the United Nations
                # Convention …" / "… Migratory Fish" / "Stocks" / "" / "42. Welcomes")
                rest = 0 if len(line) < 0.85 * width and not _ends_paragraph(line) \
                    and _section_text_follows(pending, k) else _heading_rest(pending, k, line)
                if rest >= 0:
                    k = _add_heading_lines(cur, line, pending, k, rest)
                    continue
            start("text", None, line)
            continue
        if cur.kind == "label" and gap and line[:1].islower() and not _next_is_label(pending, k) and (
                not broke or prev_text.endswith((";", ".")) and line.startswith(("and ", "or "))) and (
                prev_text.endswith((";", ".", ":")) or prev_text.endswith(",") and _next_is_blank(pending, k)
                and not _next_line(pending, k)[:1].islower()):
            # not when the list goes on after it (a stray blank line inside an item); after a comma (a list of
            # recitals) only a line that stands alone, not one whose sentence goes on after another blank line;
            # after a page break only "and …" or "or …" after an item's end ("(c) …;" / page / "and its request")
            start("wrap", None, line)  # the words after a list, at its parent's level
            continue
        if cur.kind == "label" and not gap and line.startswith(_AFTER_LIST) and prev_text.endswith(";") \
                and _list_ends_before_next_block(pending, k):
            # "(c) … information;" / "and its request that …" (or "as well as …") / "75. Notes": no blank line
            # (not an item's own next clause: "… in these institutions;" / "ensuring adequate investments …")
            start("wrap", None, line)
            continue
        if (zone in ("annex", "body-started") or zone == "preamble" and cur.extra.get("heading")) \
                and _short_heading(line, width, under_heading=bool(cur.extra.get("heading"))) and (
                prev_ends and (_heading_stack_follows(pending, k, width) or _NAMED_UNIT.match(line))
                or cur.extra.get("heading")):
            # ("Article 10" alone after "… to read as follows:" is a heading whatever follows it)
            # a stack of short heading lines with no blank lines between ("Part one", "Introduction",
            # "Principle 1", "Scope"): each line is a heading of its own
            start("text", None, line)
            cur.extra["heading"] = True
            continue
        if cur.extra.get("heading") and not gap and zone in ("annex", "body-started") and _NAMED_UNIT.match(cur.text):
            size = _unit_title(line, pending, k, width)
            if size:
                start("text", None, line)  # "Guideline 6" / "Equitable and reasonable utilization of the atmosphere"
                for _ in range(size - 1):  # / "The atmosphere should be …", with no blank lines: the unit's title
                    cur.add(pending[k])
                    k += 1
                cur.extra["heading"] = True
                continue
        if cur.extra.get("heading") and not gap and zone in ("annex", "body-started", "preamble") and _starts_sentence(line) \
                and (len(line) >= 0.6 * width or _ends_paragraph(line) and cur.extra.get("lines", 1) == 1):
            start("text", None, line)  # the text under a stack of headings, which wraps (or is one short sentence)
            if _declaration_subtitle(line, pending, k):
                cur.extra["heading"] = True
            continue
        if gap and (cur.extra.get("heading") or (
                cur.kind == "text" and cur.extra.get("lines", 1) == 1 and cur.length < 150 and _heading_like(cur.text) and _starts_sentence(line) and zone != "preamble"
                and not phrases.strong_preamble_opener(cur.text))):  # ("Recalling … the General" / "" / "Assembly, …")
            title = _unit_title(line, pending, k, width) if _NAMED_UNIT.match(cur.text) else 0  # ("Principle 12")
            start("text", None, line)  # the text under a heading that stood alone ("Guideline 1", "Scope")
            if _heading_like(line) and (_next_starts_block(pending, k) or _next_is_blank(pending, k)) \
                    and not _open_ended(line) or _declaration_subtitle(line, pending, k):
                # (not "… or specialized agency or" / page: a sentence)
                cur.extra["heading"] = True  # or its title: "Guideline 11" / "Provisions of internal law …" / "1. A State"
            elif title or k < len(pending) and _next_is_blank(pending, k + 1) and _wrapped_heading(line, pending[k], width):
                # the unit's title with its text right under it, or a title over a full line and a short one
                for _ in range(title - 1 if title else 1):
                    cur.add(pending[k])
                    k += 1
                cur.extra["heading"] = True
            continue
        if (zone in ("body-started", "annex", "preamble") and prev_ends and _heading_like(line, limit=300)
                and (len(line) < 150 or len(line) < 300 and _next_starts_block(pending, k, expect_para))
                and ((gap or short_prev or broke) and _next_starts_block(pending, k) or _next_starts_block(pending, k, expect_para)
                     or (gap and _next_is_blank(pending, k)) or _next_is_lone_section(pending, k))
                and (not phrases.preamble_opener(line) and not phrases.operative_opener(line)
                     or zone != "preamble" and _next_starts_block(pending, k, expect_para)
                     or gap and not broke and _alone_before_sentence(line, pending, k) and (
                         len(line) < 0.75 * width or prev_text.endswith(":") and not phrases.strong_preamble_opener(line)))):
            # (a line that only opens like a recital, "United against racism …", is a heading when it stands
            # alone between blank lines, unpunctuated, with a sentence after it; a full line too after "Adopts the
            # following political declaration …:", whose title it is)
            start("text", None, line)  # an unnumbered heading between paragraphs
            cur.extra["heading"] = True
            continue
        if zone in ("preamble", "body-started") and not gap and prev_text.endswith(":") and meta.title \
                and line == meta.title and cur.kind == "text" and phrases.operative_opener(cur.text):
            # "Adopts the following political declaration …:" / the declaration's title, the resolution's own,
            # on one line with no blank lines around it / "We, Heads of State …"
            start("text", None, line)
            cur.extra["heading"] = True
            continue
        if (zone in ("body-started", "annex", "preamble") and prev_ends and (gap or broke or short_prev)
                and k < len(pending) and _wrapped_heading(line, pending[k], width) and (
                    zone != "preamble" and _next_starts_block(pending, k + 1, expect_para)
                    or gap and prev_text.endswith(":") and _next_is_blank(pending, k + 1))
                or zone in ("preamble", "body-started") and not gap and not broke and prev_text.endswith(":")
                and cur.kind == "text" and phrases.operative_opener(cur.text) and k < len(pending)
                and _wrapped_heading(line, pending[k], width, short=0.75) and _starts_sentence(_next_line(pending, k + 1))):
            # a heading wrapped onto a second, short line, then the next paragraph (or, after "Adopts the following
            # declaration:", that declaration's title alone between blank lines, or with no blank lines, as
            # pdfium and pdfplumber give it: a full line and a short one, then a capital)
            start("text", None, line)
            cur.add(pending[k])
            cur.extra["heading"] = True
            k += 1
            continue
        if zone == "annex" and gap and not broke and cur.kind == "text" and not prev_ends and _next_is_blank(pending, k) \
                and len(line) < 150 and _heading_like(line):
            start("text", None, line)  # a heading alone between blank lines, after an unpunctuated line of a list
            cur.extra["heading"] = True
            continue
        if zone == "preamble" and gap and phrases.strong_preamble_opener(line) and cur.kind == "text":
            start("text", None, line)  # a drafting phrase after a blank line: a new preambular paragraph
            continue
        if line.startswith("We, ") and prev_text.endswith(",") and cur.kind == "text":
            start("text", None, line)  # "… in the margins of the general debate," / "We, the signatories, pledge:":
            continue  # the declaration's formula after its recitals, typed with no blank line
        if zone == "body-started" and (not gap or broke) and "A" <= line[:1] <= "Z" and (
                cur.kind in ("para", "label") and prev_text.endswith(":") and _LIST_INTRO_END.search(prev_text)
                or cur.kind == "text" and prev_text.endswith(";") and (cur.extra.get("item") or _in_item_run(blocks))):
            # the unnumbered items under a numbered paragraph, typed with no blank lines (or after a page break):
            # "3. Further decides that the plenary meetings will be held as follows:" / "Monday, 27 May: …;"
            start("text", None, line)
            cur.extra["item"] = True
            continue
        # a new unnumbered paragraph? (never inside an open quotation)
        if prev_ends and _starts_sentence(line) and not cur.in_quotation():
            opener = phrases.preamble_opener(line)
            if zone == "preamble" and (opener or phrases.operative_opener(line)) and prev_text.endswith((",", ";", ":", ".")) \
                    and (gap and not broke and not (prev_text.endswith(",") and _title_cased_after_opener(line))
                         or broke and (not prev_text.endswith(",") or phrases.strong_preamble_opener(line)
                                       or phrases.common_operative_opener(line))
                         or not _wrapped_title(line, short_prev)) \
                    and not (prev_text.endswith(":") and not gap and _capitalised_after_opener(line)):
                # (a stray blank line inside a name is no new recital: "Production," / "" / "Stockpiling and Use
                # of Chemical Weapons …"; nor is a title's part after its colon: "… endorsed the Hamburg Update:" /
                # "Taking Forward the Group of 20 Action Plan …")
                start("text", None, line)
                continue
            numbered_body = zone == "body-started" and expect_para > 1
            if zone != "preamble" and (gap or short_prev) and prev_text.endswith((".", ";", ":")) and (
                not numbered_body or (gap and (phrases.operative_opener(line) or (not broke and prev_text.endswith(":"))
                                               or (not broke and cur.kind == "text" and prev_text.endswith((";", ".")))))
                # (in lines laid out by an extractor, a short line that ends a sentence ends its paragraph: the
                # quoted text after "… to read:" / "The General Assembly shall meet …")
                or (not gap and not broke and short_prev and prev_text.endswith((".", ":")))
            ):
                start("text", None, line)
                continue
            if zone != "preamble" and (gap and not broke and phrases.operative_opener(line)
                                       or (short_prev or not broke) and phrases.common_operative_opener(line)
                                       and not _title_cased_after_opener(line)) \
                    and prev_text.endswith(",") and phrases.preamble_opener(cur.text):
                start("text", None, line)  # "Approves, …" after a section's "Recalling …," (blank line or none)
                continue
            if zone != "preamble" and gap and not broke and prev_text.endswith(",") and line.endswith(":") and len(line) < 80:
                start("text", None, line)  # "Have agreed as follows:", "Declare the following:" after the recitals
                continue
            if zone != "preamble" and prev_text.endswith((".", ";")) and (
                    phrases.common_operative_opener(line) if zone == "annex" else phrases.operative_opener(line)):
                # (in an annex's prose a sentence may open with a plural noun: "Countries having already …")
                start("text", None, line)
                continue
            if zone != "preamble" and phrases.preamble_opener(line) and prev_text.endswith((",", ";", ".")) and (
                    gap or short_prev or phrases.strong_preamble_opener(line) and not _wrapped_title(line, short_prev)) \
                    and not (cur.kind == "para" and prev_text.endswith(",") and not phrases.strong_preamble_opener(line)):
                # preambular paragraphs of a section ("Recalling …,"); not a name that goes on in a numbered
                # paragraph after a comma and a stray blank line ("… and/or Desertification," / "" / "Particularly
                # in Africa;")
                start("text", None, line)
                continue
        cur.add(line)
        cur.extra["lines"] = cur.extra.get("lines", 1) + 1
        gap = False
    close()
    return blocks


_NAMED_UNIT = re.compile(r"^(?:Article|Rule|Regulation|Principle|Guideline|Chapter|Section|Part|Goal|Target|"
                         r"Recommendation|Objective)\s+(?:\d{1,3}(?:\.\d{1,2})?[a-z]?|[IVXL]{1,6}|[A-Z]|[a-z]+)$")
_ROW = re.compile(r"(?:^|\s)\|(?:\s|$)")
_TABLE_NOTE = re.compile(r"^([a-z])\s+[A-Z]")


def _follows_table_note(previous: str, line: str) -> bool:
    """Is ``line`` ("b See …") the note after ``previous`` ("a See …") in a table's lettered notes?"""
    return previous[:1] == chr(ord(line[0]) - 1) and previous[1:2] == " "


# both open with a sign, never with a letter or a digit: _segment tries them only on lines that do
_ASTERISM = re.compile(r"^\*(?:\s*\*){2}\s*$|^\u2042$")
_BULLET = re.compile(r"^(?:[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u25a1\uf0b7](?:\s|$)|\*\s)")


def _next_line(pending: list[str], k: int, span: int = 6) -> str:
    """The next line with words within ``span`` lines ("" if none): blank lines and page breaks skipped."""
    for line in pending[k : k + span]:
        if line and line != "\ue002":
            return line
    return ""


def _next_is_lone_section(pending: list[str], k: int) -> bool:
    """Is the next line a section's number alone ("A", "II", "B.") with a heading line after it?"""
    line = _next_line(pending, k)
    if not line or len(line) > 6:
        return False
    m = _SECTION.match(line)
    return bool(m) and m.end() == len(line) and _next_heading_line(pending, pending.index(line, k) + 1)


def _next_heading_line(pending: list[str], k: int) -> bool:
    """Is the next line with words a heading (capitalised, no end punctuation, or wrapped at a comma onto its
    unpunctuated end before the section's text: "Special Rapporteur … forms of racism," / "racial discrimination,
    xenophobia and related intolerance" / "29.")?"""
    for j in range(k, min(k + 4, len(pending))):
        line = pending[j]
        if line and line != "\ue002":
            return len(line) < 160 and (_heading_like(line) or line[:1].isupper() and line.endswith(",")
                                        and _heading_wraps_at_comma(pending, j + 1))
    return False


def _next_is_label(pending: list[str], k: int) -> bool:
    return bool(_LABEL.match(_next_line(pending, k)))


def _heading_stack_follows(pending: list[str], k: int, width: int) -> bool:
    """After a short heading line: another short heading, or up to three heading lines then a numbered paragraph."""
    rest = [line for line in pending[k : k + 10] if line and line != "\ue002"][:4]
    if rest and _short_heading(rest[0], width):
        return True
    for i, line in enumerate(rest):
        if i and _PARA_NUM.match(line):
            return True
        if not _heading_like(line) and not (i and line[:1].isupper() and not _ends_paragraph(line)):
            return False
    return False


def _unit_title(line: str, pending: list[str], k: int, width: int) -> int:
    """Under a named unit's heading ("Guideline 6"), how many lines from ``line`` on (the rest in ``pending`` from
    ``k``) are the unit's title, before its text or its first numbered paragraph: one short line that reads as a
    heading ("Equitable and reasonable utilization of the atmosphere"), or a full line and a short one, whose first
    word may look like a drafting verb ("Martens Clause with respect to … in relation to" / "armed conflicts");
    0 where ``line`` opens the unit's text."""
    if k >= len(pending):
        return 0
    nxt = pending[k]
    if (nxt[:1].isupper() or _PARA_NUM.match(nxt)) and _heading_like(line) and not _open_ended(line) \
            and len(line) < 0.8 * width:
        return 1
    after = _next_line(pending, k + 1)
    if nxt and _wrapped_heading(line, nxt, width, openers=False) and (after[:1].isupper() or _PARA_NUM.match(after)):
        return 2
    return 0


def _short_heading(line: str, width: int, under_heading: bool = False) -> bool:
    """A line well short of the text width that reads as a heading: "Part one", "Principle 12", "Scope" (not one that
    ends in "and", "of" or "or": a sentence a page break cut, "… or specialized agency or"). ``under_heading``: right
    under another heading, where only a common drafting verb opens no heading ("Services to the public" does)."""
    return (0 < len(line) < 0.6 * width and _heading_like(line) and not phrases.strong_preamble_opener(line)
            and not (phrases.common_operative_opener if under_heading else phrases.operative_opener)(line)
            and not _PARA_NUM.match(line) and not _open_ended(line))


_FUNCTION_WORDS = frozenset("a an and the of in on for to into at by with from or as its their".split())


_LINKS = frozenset("into and of in on for to or with".split())


def _title_cased_after_opener(line: str) -> bool:
    """"Taking into Particular Account the Needs …", "Stockpiling and Use of Chemical Weapons …": a drafting word
    followed, through a linking word (not "the" or "its"), by capitalised words — the rest of a title."""
    words = line.split(None, 6)[1:6]  # (the words after the sixth are not split off)
    i = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
    if not i or words[i - 1] not in _LINKS:
        return False
    content = [w for w in words if w.lower().strip(",:;") not in _FUNCTION_WORDS]
    return len(content) >= 2 and all(w[:1].isupper() for w in content[:2])


def _capitalised_after_opener(line: str) -> bool:
    """Does a capitalised word that is no name's start follow the line's first word ("Taking Forward the …", not
    "Recalling United Nations …")? Read after a colon, it is a title's second part."""
    words = line.split(None, 3)[1:3]
    return len(words) == 2 and words[0][:1].isupper() and words[0].isalpha() and words[1][:1].islower()


def _wrapped_title(line: str, short_prev: bool) -> bool:
    """Does ``line`` go on with a name or title wrapped after a comma ("…Year of Refugees," / "Returnees and
    Internally Displaced Persons: …")? Its next words are capitalised, or it opens with a word that only looks
    like a drafting phrase ("States bear …", "Particularly in Africa") after a full-width line. Never when a
    common drafting phrase opens it ("Recalling the Universal Declaration …")."""
    if phrases.strong_preamble_opener(line) or phrases.common_operative_opener(line):
        return not short_prev and _title_cased_after_opener(line)
    if not short_prev:
        return True
    content = [w for w in line.split(None, 5)[1:5] if w.lower().strip(",:;") not in _FUNCTION_WORDS]
    return len(content) >= 2 and all(w[:1].isupper() for w in content[:2])


def _trailing_heading(cur: "_Raw") -> tuple[str, str] | None:
    """Up to three lines at the end of a paragraph or item, after a line that ends its last sentence, that
    read as a heading: (the text that stays, the heading), or None."""
    if cur.kind not in ("para", "label", "text") or cur.extra.get("heading") or not cur.line_starts:
        return None
    text = cur.text
    for at in cur.line_starts[-1:-4:-1]:
        if _ends_paragraph(text[:at].rstrip()):
            heading = text[at:].strip()
            return (text[:at].rstrip(), heading) if _heading_like(heading, limit=300) else None
    return None


def _wrapped_heading(line: str, nxt: str, width: int, short: float = 0.6, openers: bool = True) -> bool:
    """Do a full line and a short one after it make a heading ("… Joint Coordination and Monitoring" / "Board")?
    (``short``: the share of the width the second line stays under; ``openers``: not where the line opens as a
    recital or an operative paragraph does; a title under "Principle 12" may: "Martens Clause with …")"""
    return (0 < len(nxt) < short * width and len(line) >= 0.6 * width and nxt != "\ue002"
            and _heading_like(line + " " + nxt, limit=300) and not _PARA_NUM.match(nxt) and not _LABEL.match(nxt)
            and not (openers and (phrases.operative_opener(line) or phrases.preamble_opener(line))))


def _declaration_subtitle(line: str, pending: list[str], k: int) -> bool:
    """Under a declaration's title, is ``line`` its subtitle, its first sentence right after it ("United to end
    tuberculosis: an urgent global response …" / "We, Heads of State and Government …", no blank line between)?"""
    return not line.startswith("We") and _heading_like(line) and _next_line(pending, k).startswith(("We,", "We "))


def _next_is_blank(pending: list[str], k: int) -> bool:
    return k < len(pending) and pending[k] == ""


def _alone_before_sentence(line: str, pending: list[str], k: int) -> bool:
    """Is ``line`` followed by one blank line, then a sentence (no page break between)?"""
    return (k + 1 < len(pending) and pending[k] == "" and pending[k + 1] and _starts_sentence(pending[k + 1])
            and not _open_ended(line))  # "… between the United Nations and"


def _long_heading_above(cur: _Raw | None, gap: bool) -> None:
    """An unpunctuated, capitalised text of up to two lines' length before a numbered paragraph is a heading: after
    a blank line however long it wraps ("Overarching objective 1: Enhance … sustainable development"), without
    one in two lines at most ("Financing of the support account … for the financial periods" / "from 1 July 2020 to
    30 June 2021 …" / "13."); shorter ones are headings anyway (``_is_heading_text``)."""
    if cur is not None and cur.kind == "text" and 150 <= cur.length < 300 and (gap or cur.extra.get("lines", 1) <= 2) \
            and _heading_like(cur.text, 300):
        cur.extra["heading"] = True


def _decimal_parts(num: str) -> tuple[int, ...]:
    return tuple(int(x) for x in num.rstrip(".").split("."))


def _decimal_follows(num: str, last: tuple[int, ...]) -> bool:
    """Can the decimal number ``num`` come after ``last``: a first item ("2.1", "1.3.1"), or the next one at
    some depth ("1.2" after "1.1" or after "1.1.4")? Stray decimals (a figure "2.5" at a line's start) do not."""
    parts = _decimal_parts(num)
    if parts[-1] == 1:
        return True
    d = len(parts) - 1
    return len(last) > d and parts[:d] == last[:d] and parts[d] == last[d] + 1


def _list_ends_before_next_block(pending: list[str], k: int) -> bool:
    """Is the next block after the lines from ``k`` on a numbered paragraph or a section, not another list item
    (within ten lines)? Then "and …" after a list item's ";" is the paragraph's closing words, not the item's."""
    for line in pending[k : k + 10]:
        if not line or line == "\ue002":
            continue
        if _LABEL.match(line) or _HALF_LABEL.match(line):
            return False
        if _PARA_NUM.match(line) or _SECTION.match(line) and _heading_like(line):
            return True
    return False


def _heading_rest(pending: list[str], k: int, line: str) -> int:
    """If ``line`` (a full line under a section heading) starts the heading's unpunctuated rest, up to four lines
    in all, with the next numbered paragraph or the section's first recital after it ("II Implementation of the
    1995 Agreement …" / "of the United Nations Convention …" / "… Migratory Fish Stocks" / "" / "41. Welcomes";
    "… adopted by the Human Rights" / "Council at its …" / "Having considered …"): how many lines of ``pending``
    from ``k`` on belong to that rest after ``line``; otherwise -1."""
    run = [line]
    j = k
    while j < len(pending) and len(run) < 5:
        if not pending[j] and _open_ended(run[-1]) and pending[j + 1 : j + 2] and pending[j + 1][:1].islower():
            j += 1  # a stray blank line inside the heading: "… and at its" / "" / "thirty-fourth … sessions"
        if not pending[j] or pending[j] == "\ue002" or _looks_like_block_start(pending[j]) \
                or phrases.strong_preamble_opener(pending[j]):
            break
        run.append(pending[j])
        j += 1
    # (a line inside the run may break after a comma: "… and thirtieth," / "thirty-first … special sessions";
    # "… Africa’s Development, and" / "section 36, Staff assessment, …")
    if (len(run) <= 4 and sum(map(len, run)) < 400 and not _ends_paragraph(run[-1])
            and not any(_ends_paragraph(x) and not x.endswith((",", ", and", ", or")) for x in run)
            and j < len(pending) and _section_text_follows(pending, j)):
        return j - k
    return -1


def _open_ended(text: str) -> bool:
    """Does ``text`` end in a word no heading or title ends with (one of ``_FUNCTION_WORDS``, or "entitled")? Then
    it goes on ("… adopted by the Economic and", "… the international meeting entitled" / "“Stockholm+50: …”")."""
    last = text.rsplit(" ", 1)[-1]
    return last in _FUNCTION_WORDS or last == "entitled"


def _add_heading_lines(cur: _Raw, line: str, pending: list[str], k: int, rest: int) -> int:
    """Add ``line`` and the ``rest`` lines of ``pending`` from ``k`` on to the heading ``cur``, taken at once;
    the index past them."""
    cur.add(line)
    for nxt in pending[k : k + rest]:
        if nxt:  # (a stray blank line inside the heading: see _heading_rest)
            cur.add(nxt)
    return k + rest


def _section_text_follows(pending: list[str], k: int) -> bool:
    """Does a section's text start at the next line with words: a numbered paragraph, a section or a recital?"""
    return _next_starts_block(pending, k) or phrases.strong_preamble_opener(_next_line(pending, k))


def _heading_wraps_at_comma(pending: list[str], k: int) -> bool:
    """After a heading line that ends with a comma: is the next line (``pending[k]``) its end?"""
    return k < len(pending) and _heading_end_after_comma(pending[k], pending, k + 1)


def _comma_heading_lines(pending: list[str], k: int) -> int:
    """After a section's heading line that ends with a comma: how many lines from ``pending[k]`` on are the rest of
    the heading, where it runs on over full lines to a blank line ("… under section 11," / "United Nations support
    …, and section 36," / "Staff assessment, for the Office of the Special Adviser on Africa" / "" / "Having
    considered …"), or to the section's first recital? None of them ends a sentence or is numbered, the last ends
    with no punctuation, and a numbered paragraph, a section or a recital follows. 0 where that is not so."""
    j, size = k, 0
    while j < len(pending) and pending[j] and pending[j] != "\ue002" and j - k < 4:
        line = pending[j]
        if j > k and phrases.strong_preamble_opener(line):
            break  # the section's first recital right under the heading (a typed copy without blank lines)
        if line.endswith((".", ";", ":")) or _PARA_NUM.match(line):
            return 0
        size += len(line)
        j += 1
    if j == k or j == len(pending) or pending[j] == "\ue002" or pending[j - 1].endswith(",") or size > 400:
        return 0
    nxt = _next_line(pending, j)
    return j - k if _PARA_NUM.match(nxt) or _SECTION.match(nxt) or phrases.strong_preamble_opener(nxt) else 0


def _heading_end_after_comma(line: str, pending: list[str], k: int) -> bool:
    """Is ``line``, after a heading line that ends with a comma, the heading's unpunctuated end, in small letters,
    with a numbered paragraph (or section) right after it (from ``k`` on)?"""
    return (bool(line) and line[:1].islower() and len(line) < 160 and not _ends_paragraph(line)
            and _next_starts_block(pending, k))


def _next_starts_block(pending: list[str], k: int, number: int | None = None) -> bool:
    """Is the next line with words a numbered paragraph or a section (or paragraph ``number`` itself, or one
    numbered in decimals, which stand outside the count)?"""
    line = _next_line(pending, k)
    if number is not None:
        m = _PARA_NUM.match(line)
        return bool(m) and int(m.group(1)) == number or bool(_DECIMAL_NUM.match(line))
    return bool(_PARA_NUM.match(line) or _SECTION.match(line) or _DECIMAL_NUM.match(line))


_TRAILING_PAREN = re.compile(r"(?<=\w) (?:\([^()]{1,60}[^().;,:]\)|\u201c[^\u201c\u201d]{1,80}[^\u201c\u201d.;,:]\u201d"
                             r'|"[^"]{1,80}[^".;,:]")$')  # (straight quotation marks: typed and OCR text)


def _next_opens_block(pending: list[str], k: int) -> bool:
    """Does the next line with words open a block: a numbered paragraph, a section or a drafting phrase?"""
    line = _next_line(pending, k)
    return bool(line) and bool(_PARA_NUM.match(line) or _SECTION.match(line) or phrases.strong_preamble_opener(line)
                               or phrases.operative_opener(line) or len(line) < 100 and _heading_like(line))


# a heading's line that ends with a reference word, and the next that opens with its number: "… under section" /
# "27, Humanitarian assistance, …"
_REFERENCE_END = re.compile(r"\b(?:section|sections|paragraph|paragraphs|item|items|resolution|resolutions|chapter|"
                            r"article|articles|annex|part|decision|and)$")
_REFERENCE_GOES_ON = re.compile(r"\d{1,4}(?:[,)]| and | to | of )")


# a paragraph's words that announce a list or a text under them ("… will be held as follows:", "… the following
# themes:"), where a title's colon ("… and the Rule of Law:" / "Towards the Achievement …") cannot stand
_LIST_INTRO_END = re.compile(r"\b(?:as follows|the following(?: [a-z]+){0,3}):$")


# how the paragraph's closing words after its list may open, on the line right under the last item
_AFTER_LIST = ("and ", "or ", "as well as ")


def _row_goes_on(row: str, line: str, blocks: list[_Raw]) -> bool:
    """Is ``line`` (in small letters) the rest of the table row ``row``, whose last cell wrapped onto it? So where
    the row has fewer cells than the rows before it, and the two make as many with that cell joined."""
    widths = [b.text.count("|") + 1 for b in blocks[-6:] if b.kind == "row"]  # (cells: the bars and one)
    if not widths:
        return False
    usual = max(set(widths), key=widths.count)
    n = row.count("|") + 1
    return n < usual and n + line.count("|") == usual


def _block_ends_sentence(pending: list[str], k: int) -> bool:
    """Does the block whose lines go on at ``pending[k]`` end a sentence on its last line (before a blank one)?"""
    last = ""
    for line in pending[k : k + 12]:
        if not line or line == "\ue002":
            break
        last = line
    return _ends_paragraph(last)


def _in_item_run(blocks: list[_Raw]) -> bool:
    """Are the last blocks unnumbered items under a numbered paragraph or a list item that announces them
    (``_LIST_INTRO_END``), each ending with a semicolon?"""
    for b in reversed(blocks[-12:]):
        if b.kind in ("para", "label"):
            return bool(_LIST_INTRO_END.search(b.clean_end()))
        if b.kind != "text" or not b.clean_end().endswith(";"):
            return False
    return False


def _heading_like(text: str, limit: int = 200) -> bool:
    """Capitalised, short, no end punctuation; a closing parenthesis or quotation mark counts only as a
    sentence's end ("Governance of UN-Habitat (UN-Habitat)", "Round table 1 (objectives 2 and 5)" and
    "Meaning of the phrase “States present and voting”" are headings)."""
    if not (0 < len(text) < limit and text[:1].isupper()):
        return False
    if text[-1:] in (")", "\u201d", '"'):
        m = _TRAILING_PAREN.search(text)
        if m:
            text = text[: m.start()]
    return not _ends_paragraph(text)


def blocks_have(blocks, cur, kind) -> bool:
    return any(b.kind == kind for b in blocks) or (cur is not None and cur.kind == kind)


def _starts_sentence(line: str) -> bool:
    c = line[:1]
    return c.isupper() or c in "\u201c\"'(["


def _typical_width(lines: list[str]) -> int:
    lens = sorted(map(len, lines))
    lens = lens[bisect.bisect_right(lens, 20) :]  # the lengths over 20 (cut after the sort: cheaper than a filter)
    if not lens:
        return 80
    return lens[int(len(lens) * 0.9) - 1 if len(lens) > 1 else 0]


_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi",
          "xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii", "xxiv", "xxv"]


def _next_letter(label: str) -> str:
    if len(label) > 1 and len(set(label)) == 1:  # aa → bb
        c = label[0]
        return (chr(ord(c) + 1) * len(label)) if c != "z" else "a" * (len(label) + 1)
    if label == "z":
        return "aa"
    return chr(ord(label[-1]) + 1)


def _label_kind(label: str) -> str:
    if label.isdigit():
        return "digit"
    return "roman" if label in _ROMAN else "letter"


def _accept_label(label: str, labels: list[str], prev_text: str, prev_ends: bool) -> bool:
    """Is "(label)" at a line start a list item, or a wrapped reference such as "paragraph 1\\n(a) above"?"""
    if not prev_ends:
        return False
    if not labels:
        return label in ("a", "i", "1")
    if label in ("a", "i", "1") and prev_text.rstrip().endswith((":", "\u2014", "–")):
        return True
    for prev in reversed(labels):
        if label.isdecimal() and prev.isdecimal() and int(label) == int(prev) + 1:
            return True
        if label.isalpha() and prev.isalpha():
            if prev in _ROMAN and label in _ROMAN and _ROMAN.index(label) == _ROMAN.index(prev) + 1:
                return True
            if _next_letter(prev) == label:
                return True
    return False


# ---------------------------------------------------------------------------------------------
# 7. build the model


def _build(raws: list[_Raw], res: Resolution) -> None:
    zone = "preamble"
    annex: Annex | None = None
    body = res.body
    preamble = res.preamble
    seen_numbered = False  # numbered operative paragraphs in the resolution itself (not its annexes)
    for r in raws:
        if r.kind in ("meeting", "annex"):
            break
        seen_numbered = seen_numbered or r.kind == "para"
    if res.meta.doc_name == "decision" and not any(r.kind == "formula" for r in raws):
        zone = "body"  # a decision without a formula ("At its 50th plenary meeting, … decided …") is all operative
    section_stack: list[Block] = []  # open sections (top-level, then sub)
    para: Block | None = None
    list_stack: list[tuple[str, Block]] = []  # (kind of labels, block)

    def target() -> list[Block]:
        if section_stack:
            return section_stack[-1].children
        return annex.blocks if annex is not None else body

    for i, r in enumerate(raws):
        if r.kind == "formula":
            if zone == "preamble" and annex is None:
                res.formula = r.text
                if r.text[4:20] in ("Security Council", "SECURITY COUNCIL"):  # "The Security Council,"
                    res.meta.organ = "sc"
            continue
        if r.kind == "meeting":
            res.closing.meeting = r.text
            zone = "closing"
            section_stack = []
            continue
        if r.kind == "date" and zone == "closing":
            res.closing.date_text = r.text
            res.closing.date = parse_date(r.text)
            continue
        if r.kind == "annex":
            annex = Annex(label=r.text)
            res.annexes.append(annex)
            zone = "annex"
            section_stack = []
            para = None
            list_stack = []
            continue
        if r.kind == "annex-title" and annex is not None:
            if annex.title is None:
                annex.title = r.text
            else:
                annex.subtitles.append(r.text)
            continue
        if r.kind == "section":
            num = r.num
            sec = Block("section", num=num, heading=r.text or None)
            after_h = bool(section_stack) and section_stack[-1].num.rstrip(".") == "H"
            level = 0 if _is_roman_section(num) and not after_h else 1
            if level == 0 or not section_stack:
                section_stack = [sec]
                (annex.blocks if annex is not None else body).append(sec)
                if zone == "preamble" and annex is None:
                    zone = "body"
            else:
                section_stack = section_stack[:1] + [sec]
                section_stack[0].children.append(sec)
            para = None
            list_stack = []
            continue
        if r.kind == "para":
            para = Block("paragraph", num=r.num, text=r.text)
            if zone == "preamble" and annex is None:
                zone = "body"
            target().append(para)
            list_stack = []
            continue
        if r.kind == "row":
            target().append(Block("text", text=r.text))
            para = None
            list_stack = []
            continue
        if r.kind == "wrap" and para is not None and para.children:
            para.wrap = _join_words(para.wrap, r.text) if para.wrap else r.text
            continue
        if r.kind == "label" and (para is not None or list_stack):
            label = r.num.strip("()")
            pt = Block("point", num=r.num, text=r.text)
            if _place_point(pt, label, para, list_stack):
                continue
        # unnumbered text (or a label with no paragraph to hang from: its words kept, label and all)
        text = r.text if r.kind != "label" else (r.num + " " + r.text).strip()
        if zone == "preamble" and annex is None:
            # (where the document is numbered, the phrases are asked about only past the cheap tests on the place)
            if (not seen_numbered or (not preamble and res.formula and not res.formula.endswith(","))
                    or (text.endswith(":") and preamble and preamble[-1].text.endswith(","))
                    ) and phrases.operative_opener(text) and not phrases.preamble_opener(text):
                # unnumbered operative paragraphs; "The General Assembly" + "Adopts …" without a comma; the last
                # clause: "Adopts the following document:" after the recitals, the document numbered
                zone = "body"
        if zone == "preamble" and annex is None and not section_stack and preamble and _is_heading_text(text) \
                and not phrases.preamble_opener(text):
            zone = "body"  # a heading after the preamble opens the operative part
        if zone == "preamble" and annex is None:
            if section_stack:
                kind = "preamble" if phrases.preamble_opener(text) else "heading"
                section_stack[-1].children.append(Block(kind, text=text))
            else:
                para = Block("preamble", text=text)  # may take a list: "… in six focus areas: (a) …"
                preamble.append(para)
                list_stack = []
            continue
        if zone == "closing":
            if annex is None:
                annex = Annex(label="")
                res.annexes.append(annex)
            zone = "annex"
        if list_stack and r.kind == "text" and _unlabelled_items(raws, i, list_stack):
            # "(a) … the following themes:" / "Leadership dialogue 1: …;" / "Leadership dialogue 2: …;" / "(b) …":
            # the lines between two items of a list are items of the first, with no label of their own
            lk, last = list_stack[-1]
            if lk == "unlabelled":
                list_stack[-2][1].children.append(last := Block("point", text=text))
                list_stack[-1] = (lk, last)
            else:
                last.children.append(last := Block("point", text=text))
                list_stack.append(("unlabelled", last))
            continue
        if _is_heading_text(text) or r.extra.get("heading"):
            target().append(Block("heading", text=text))
            para = None
            list_stack = []
            continue
        if section_stack and zone != "annex" and phrases.preamble_opener(text) and not phrases.operative_opener(text):
            section_stack[-1].children.append(Block("preamble", text=text))  # a section's preambular paragraph
            para = None
            list_stack = []
            continue
        kind = "paragraph" if annex is None else "text"
        para = Block(kind, text=text)
        target().append(para)
        list_stack = []


def _unlabelled_items(raws: list[_Raw], i: int, stack: list[tuple[str, Block]]) -> bool:
    """Is the unnumbered text ``raws[i]`` one of the items without labels that an open list item introduces ("…
    will address the following themes:")? So where it and the unnumbered blocks after it each end as an item
    does (";", or a colon before a list of its own; the last of them may end the list: "."), and the list goes
    on after them: the next block is a label that continues one of the open levels. (Bullets stay blocks of text,
    as the UN marks them.)"""
    lk, last = stack[-1]
    if lk == "unlabelled":
        return last.text.endswith(";") or last.text.endswith(":")  # (the run was judged at its first item)
    if not last.text.endswith(":"):
        return False
    k = i
    while k < len(raws) and raws[k].kind == "text":
        t = raws[k].text
        if not t.endswith((";", ":")) and not (t.endswith(".") and raws[k + 1 : k + 2] and raws[k + 1].kind == "label"):
            return False
        if _is_heading_text(t) and not t.endswith(";") or raws[k].extra.get("heading") or raws[k].extra.get("bullet"):
            return False
        k += 1
    if k == i or k == len(raws) or raws[k].kind != "label":
        return False
    label = raws[k].num.strip("()")
    return any(_label_continues(lk, pt.num.strip("()"), label) for lk, pt in stack if lk != "unlabelled")


def _label_continues(level: str, prev: str, label: str) -> bool:
    """Does ``label`` come right after ``prev`` in a list of ``level`` labels ("digit", "letter" or "roman")?"""
    if level == "digit":
        return label.isdigit() and int(label) == int(prev) + 1
    if level == "letter":
        return label.isalpha() and _next_letter(prev) == label
    return level == "roman" and prev in _ROMAN and label in _ROMAN and _ROMAN.index(label) == _ROMAN.index(prev) + 1


def _is_roman_section(num: str | None) -> bool:
    return bool(num) and bool(re.fullmatch(r"[IVXL]+\.?", num)) and num.rstrip(".") != "L"


def _is_heading_text(text: str) -> bool:
    return len(text) < 150 and _heading_like(text)


def _place_point(pt: Block, label: str, para: Block | None, stack: list[tuple[str, Block]]) -> bool:
    """Put a labelled point at its level: (a) under the paragraph, (i) under (a), "(i)" after "(h)" a letter.
    False where there is nothing to put it under."""
    kind = _label_kind(label)
    # find the level whose sequence this label continues
    for depth in range(len(stack) - 1, -1, -1):
        lk, last = stack[depth]
        if lk == "unlabelled":
            continue
        # ("(i)" under a last item that ends with a colon opens a list of roman numerals; it does not go on a letter)
        if _label_continues(lk, last.num.strip("()"), label) and not (
                lk == "letter" and label == "i" and last.text.rstrip().endswith(":") and depth == len(stack) - 1):
            parent = stack[depth - 1][1] if depth > 0 else para
            if parent is None:
                return False
            del stack[depth:]
            parent.children.append(pt)
            stack.append((lk, pt))
            return True
    # a new list: under the last point if any, else under the paragraph
    new_kind = "roman" if (label == "i" and stack and stack[-1][0] == "letter") else (
        "digit" if kind == "digit" else ("letter" if label != "i" or not stack else "roman")
    )
    parent = stack[-1][1] if stack else para
    if parent is None:
        return False
    parent.children.append(pt)
    stack.append((new_kind, pt))
    return True


# ---------------------------------------------------------------------------------------------
# 8. footnote markers


def _anchor_notes(res: Resolution, notes: list[tuple[str, str]]) -> list[str]:
    """Find each footnote's marker in the text, in order, and attach the note there.

    Markers come as superscripts ("Nations¹"), markdown sentinels, glued digits ("Nations1",
    "2014–20243") or spaced digits ("Rights, 1"). Digits are told apart from real numbers by the
    footnote list: note k is looked for after note k-1, as the marker it carries.
    """
    warnings = []
    if not notes:
        # superscripts without bodies: leave them as text
        return warnings
    holders = list(_text_holders(res))
    # a text that prints its markers as superscripts (ours does) is read by them alone: plain digits stay text
    sup_only = any(_SUP_RUN.search(getattr(o, a) or "") for o, a, _ in holders)
    # calls already marked (markdown, or chosen on their page): such a note is found by its sentinel alone
    marked = Counter(m for o, a, _ in holders for m in _SENTINEL.findall(getattr(o, a) or ""))
    pos = (0, 0)

    @lru_cache(maxsize=1)
    def cited_codes() -> Counter:
        """How often each code ("74/167", "COVID-19") stands in the text (with any calls glued to them)."""
        return Counter(_CODE.findall("\n".join(getattr(o, a) or "" for o, a, _ in holders)))

    def locate(marker, start, mode="normal", before=None):
        """(holder, start, end) of the first call of ``marker`` at or after ``start`` (and before ``before``)."""
        for hi in range(start[0], len(holders)):
            if before is not None and hi > before[0]:
                return None
            owner, attr, _ = holders[hi]
            text = getattr(owner, attr) or ""
            m = _find_marker(text, marker, start[1] if hi == start[0] else 0, sup_only, mode, all_markers,
                             cited_codes() if mode == "digits" else None)
            if m is not None:
                if before is not None and (hi, m[0]) >= before:
                    return None
                return (hi, m[0], m[1])
        return None

    for k, (marker, body) in enumerate(notes):
        # runs of neighbouring calls this one may open: "12" for notes 1 and 2, "123" for 1, 2 and 3
        all_markers = frozenset("".join(m for m, _ in notes[k : k + j]) for j in range(2, 5))
        by_sentinel = marked[marker] > 0
        if by_sentinel:
            hit = locate(marker, pos, "sentinel")
            marked[marker] -= hit is not None
        else:
            hit = locate(marker, pos)
        if not by_sentinel and not sup_only and marker.isdecimal():
            # not found, or the next note's call comes first: the call is glued to a number ("Agenda 216" = 21 + 6)
            nxt_marker = notes[k + 1][0] if k + 1 < len(notes) else None
            nxt = locate(nxt_marker, pos, "sentinel" if marked[nxt_marker] else "normal") if nxt_marker else None
            if nxt is not None and (hit is None or (nxt[0], nxt[1]) < (hit[0], hit[1])):
                # a call past the next note's marked one is no call of this note
                window = (nxt[0], nxt[1])
                hit = (locate(marker, pos, "digits", before=window) or locate(marker, pos, "symbol", before=window)
                       or locate(marker, pos, "spaced", before=window) or (None if marked[nxt_marker] else hit))
        if hit is None:
            warnings.append(f"footnote {marker} ({body[:40]}…) has no marker in the text; placed at the end")
            owner, attr, nattr = holders[-1] if holders else (None, None, None)
            if owner is not None:
                getattr(owner, nattr).append(Note(marker, body, len(getattr(owner, attr) or "")))
            continue
        hi, s, e = hit
        owner, attr, nattr = holders[hi]
        text = getattr(owner, attr) or ""
        setattr(owner, attr, text[:s] + text[e:])
        getattr(owner, nattr).append(Note(marker, body, s))
        pos = (hi, s)
    return warnings


def _text_holders(res: Resolution):
    def walk(blocks):
        for b in blocks:
            if b.kind == "section" and b.heading is not None:
                yield (b, "heading", "heading_notes")
            if b.kind != "section":
                yield (b, "text", "notes")
            yield from walk(b.children)
            if b.wrap:
                yield (b, "wrap", "wrap_notes")

    yield from walk(res.headings)
    yield from walk(res.preamble)
    yield from walk(res.body)
    for a in res.annexes:
        if a.title:
            yield (a, "title", "title_notes")
        yield from walk(a.blocks)


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_REF_WORDS = re.compile(
    r"(?<![A-Za-z])(?:paragraphs?|paras?\.|resolutions?|decisions?|articles?|Article|annex(?:es)?|chapters?|chap\.|sections?|"
    r"rules?|principles?|Goals?|No\.|vol\.|pp?\.|Part|Principle|Rule|Section|Chapter|Paragraph|Annex|Goal|"
    r"targets?|item|items|Protocol|Additional|Convention|op\.|page|of|and|to|from|Nos\.|"
    r"[A-Z]/\S+)\s*$"
)


_SUP_RUN = re.compile("[" + _SUP_CHARS + "]+")


_CODE = re.compile(r"[A-Za-z0-9]+(?:[-/.][A-Za-z0-9]+)+")  # "71/205", "COVID-19", "A/75/287", "1/CP.21"
_CODE_END = re.compile(r"(?<![-/.\w])[A-Za-z0-9]+(?:[-/.][A-Za-z0-9]+)+$")


def _find_marker(text: str, marker: str, start: int, sup_only: bool = False, mode: str = "normal",
                 markers: frozenset = frozenset(), cited: dict | None = None):
    """The span of ``marker`` as a footnote call in ``text`` from ``start``, or None.

    ``mode="digits"`` looks only for the marker glued to the end of a number ("Agenda 216"), ``mode="symbol"``
    to the end of a document symbol's number ("MOP/VIII/1913"); ``mode="sentinel"``
    only for the marker as marked by an earlier pass."""
    if mode == "spaced":  # the last resort: the digits alone, even after "resolutions 7 on" or "59/300 9 and"
        for m in re.compile(r"(?<=[a-z0-9] )" + re.escape(marker) + r"(?=[ ,.;:)]|$)").finditer(text, start):
            if not _NOT_CALL_AFTER.match(text, m.end()):  # not "from 1 January", "for 3 years"
                return (m.start() - 1, m.end())
        return None
    if mode in ("digits", "symbol"):
        if text.find(marker, start) < 0:
            return None
        for m in re.compile(r"(?<=\d)" + re.escape(marker) + r"(?=[ ,.;:)]|$)").finditer(text, start):
            number = re.search(r"\d+$", text[: m.end()]).group(0)
            before = text[max(0, m.end() - len(number) - 1) : m.end() - len(number)]
            after = text[m.end() : m.end() + 12]
            if mode == "symbol":  # a late resort: any symbol's number ("MOP/VIII/1913" = …/19 + call 13)
                if before == "/" and len(number) > len(marker) and not after.startswith(" of "):
                    return (m.start(), m.end())  # (not "74/17 of 9 December": a citation goes on with its date)
                continue
            if before in "/-.":
                # "resolutions 71/2057 and", "COVID-1914": 71/205 or COVID-19 + the call, where the document writes
                # 71/205 or COVID-19 elsewhere and never 71/2057 or COVID-1914 (even where the digits look like a
                # year); without that evidence a symbol's number is tried last (mode "symbol")
                code = _CODE_END.search(text, max(0, m.end() - 40), m.end())
                whole = code.group(0) if code else ""
                if cited and cited.get(whole[: len(whole) - len(marker)]) and cited.get(whole, 0) <= 1:
                    return (m.start(), m.end())
                if before == "/":
                    continue
            if before == "." and len(number) - len(marker) < 2:
                continue  # "Add.12": part of a symbol, where "1/CP.2125" is decision 1/CP.21 + call 25
            if (re.fullmatch(r"(?:1[89]|20)\d\d", number) or before in ("-", "–") or
                    re.match(r" (?:" + _MONTHS + ")", after) or len(number) <= len(marker)
                    or _RANGE_DAY.match(text, m.end())):
                continue  # a year, a symbol, a date or a number of its own: not "21" + call "6", nor "16 and 17 May"
            return (m.start(), m.end())
        return None
    sentinel = "\ue000" + marker + "\ue001"
    i = text.find(sentinel, start)
    if i >= 0:
        return (i, i + len(sentinel))
    if mode == "sentinel":
        return None
    if marker.isdecimal():
        sup = marker.translate(str.maketrans("0123456789", _SUP_CHARS))
        for m in _SUP_RUN.finditer(text, start) if text.find(sup, start) >= 0 else ():
            run = m.group(0)
            if run == sup or (run.startswith(sup) and run.translate(SUPERSCRIPT) in markers):
                # "¹²": notes 1 and 2 side by side (``markers`` holds the runs such neighbours make)
                return (m.start(), m.start() + len(sup))
        if sup_only:
            return None
        # the earliest place the context makes a call of: glued to a word or a year, spaced after punctuation
        return next(((b, e) for b, e, cost in _call_candidates(text, marker, start) if cost <= 1), None)
    i = text.find(marker, start)
    if i > 0 and text[i - 1] not in " ":
        return (i, i + len(marker))
    return None



# what follows the first day of a date range ("16 and 17 November"): that day is no number with a call glued to it
_RANGE_DAY = re.compile(r" (?:and|to|or) \d{1,2} (?:" + _MONTHS + r")\b")
# the last character of a word after which a spaced number reads as a footnote's call: "… Agenda 21, 21"
_BEFORE_SPACED_CALL = ",.;:)]" + _CLOSING_MARKS
# what stands before the full stop that a glued call follows ("… resolution.3"), not in a code ("RES/9 A.3")
_ENDS_WORD_OR_CLAUSE = re.compile(r"[a-z)\]" + _CLOSING_MARKS + "]")
_GLUED_CALL = re.compile(r"(?<=[A-Za-z\u00c0-\u024f\)\]" + _CLOSING_MARKS + r"',.;:%])(\d{1,3})(?!\d)")
_YEAR_CALL = re.compile(r"(?<![\d/])((?:19|20)\d\d)\.?(\d{1,3})(?!\d)")
_SPACED_CALL = re.compile(r"(?<= )(\d{1,3})(?=[ ,.;:)\n]|$)")
_NUMBER_CALL = re.compile(r"(?<!\d)\d{2,}(?=[ ,.;:)\n]|$)")
_LAST_RESORT = 3  # the cost of a call glued to a number
_BLOCK_END = re.compile(r"[ \t]*(?:\n[ \t]*\n|$)")  # a paragraph's end: a blank line or the end of the text
# (a parenthesis after the digits is a label or a session, "36 (a)", "36 (XV)", not a phrase: "Africa 36 (the Rio …)")
_NOT_CALL_AFTER = re.compile(
    r"\s*(?:\((?![a-z]+ )|[–-]\d|[.,]\d|per cent|%|to \d|(?:" + _MONTHS + r")\b|(?:years?|months?|weeks?|days?|hours?|minutes?|"
    r"times|million|billion|thousand)\b)"
)


def _call_candidates(text: str, marker: str, start: int = 0) -> list[tuple[int, int, int]]:
    """Where the digits ``marker`` may stand as a footnote call in ``text`` from ``start``: (begin, end, cost)
    in text order (see ``_calls_in``)."""
    return [c for c in _calls_in(text).get(marker, ()) if c[1] - len(marker) >= start]


@lru_cache(maxsize=64)
def _calls_in(text: str) -> dict[str, list[tuple[int, int, int]]]:
    """Where digits may stand as footnote calls in ``text``, by the digits: (begin, end, cost) in text order;
    the span takes the space before a spaced call. The cost says how plain a call it is:

    0  glued to a word or closing punctuation ("Nations1", "Rights,1")
    1  glued to a year ("2014–20243", "in 2023.4"); spaced after punctuation, a capitalised word or a year
       ("Rights, 1 and", "Court 1 reaffirms")
    2  spaced after a lowercase word ("thereto 26 and") or before another number ("2012, 9 21/26")
    3  glued to a number ("resolution 59/3008" = 59/300 + 8) or spaced after one ("59/300 8 and")

    Numbers of the sentence are left out: "paragraph 1", "3 December", "5 per cent", "RES/9 A.3", "Add.1".
    """
    out: dict[str, list[tuple[int, int, int]]] = {}
    for m in _GLUED_CALL.finditer(text):
        before = text[max(0, m.start() - 20) : m.start()]
        if before[-1:] == ".":
            if re.search(r"/[A-Za-z]+\.$|(?<![A-Za-z])(?:No|Nos|no|nos|vol|para|paras|p|pp|art|chap|sect)\.$", before):
                continue  # "WT/L/508/Add.1": part of a symbol; "Bulletin No.18", "vol.2": a number of its own
            if not _ENDS_WORD_OR_CLAUSE.match(before[-2:-1] or " "):
                continue  # "RES/9 A.3", "No. 4.2": part of a code, not a call
        out.setdefault(m.group(1), []).append((m.start(), m.end(), 0))
    for m in _YEAR_CALL.finditer(text):  # "2014–20243" = 2014–2024 + 3; "January 2023.14"
        out.setdefault(m.group(2), []).append((m.start(2), m.end(2), 1))
    for m in _SPACED_CALL.finditer(text):
        s = m.start()
        before = text[max(0, s - 20) : s]
        after = text[m.end() : m.end() + 14]
        if _REF_WORDS.search(before) or _NOT_CALL_AFTER.match(after):
            continue  # "paragraph 1", "on 8 October", "until 2 years"
        prev_word = re.split(r"\s", before.rstrip())[-1]
        plain = (prev_word[-1:] in _BEFORE_SPACED_CALL or prev_word[:1].isupper()
                 or re.fullmatch(r"(?:1[89]|20)\d\d", prev_word))
        number_next = re.match(r"\s*\d", after)
        if not plain and (number_next or not prev_word[-1:].isalnum()):
            continue  # "between 1 500": a number of its own
        cost = 1 if plain and not number_next else 2 if prev_word[-1:].isalpha() or plain else 3
        if cost == 1 and prev_word[-1:] in _BEFORE_SPACED_CALL and _BLOCK_END.match(text, m.end()):
            cost = 0  # after the punctuation that ends a paragraph: "… chapter 17 of Agenda 21, 21" and a blank line
        end = m.end() + 1 if re.match(r" [,.;:)]", after) else m.end()  # "2019 7 , 42/18": the space goes too
        out.setdefault(m.group(1), []).append((s - 1, end, cost))
    for m in _NUMBER_CALL.finditer(text):  # "resolution 59/3008" = 59/300 + 8
        number, before = m.group(0), text[m.start() - 1 : m.start()]
        if (re.fullmatch(r"(?:1[89]|20)\d\d", number) and before != "/") or before in ("", "\n", "-", ".", "\u2013") \
                or _NOT_CALL_AFTER.match(text[m.end() : m.end() + 14]) or _RANGE_DAY.match(text, m.end()):
            # a year, a number opening a line, part of a code or a range, a date (also a range's first day, "16 and
            # 17 November"): not a number and a call. (A call spaced before "and 18 December" is one: "2017, 2 and")
            continue
        for k in range(1, min(3, len(number) - 1) + 1):
            out.setdefault(number[-k:], []).append((m.end() - k, m.end(), _LAST_RESORT))
    for spans in out.values():
        spans.sort()
    return out


def _choose_calls(text: str, markers: list[str], guess: bool = True) -> list[tuple[int, int] | None]:
    """The calls of consecutive footnotes ``markers`` in ``text`` (a page above its footnotes): one span per
    note, in text order, the cheapest choice overall (see ``_call_candidates``); None where a note's call is
    not found, which costs more than any call. ``guess``: calls glued to numbers are considered (a page is
    short enough for the order of its notes to single one out; a whole document is not)."""
    skip = _LAST_RESORT + 1
    cands = [[c for c in _call_candidates(text, m) if guess or c[2] < _LAST_RESORT] if m.isdecimal() else []
             for m in markers]
    # states after each note: (end of its call, cost so far, choices); only the states no other beats on both
    states: list[tuple[int, int, tuple]] = [(0, 0, ())]
    for note_cands in cands:
        grown = [(end, cost + skip, (None, path)) for end, cost, path in states]
        for b, e, c in note_cands:
            fit = [st for st in states if st[0] <= b]
            if fit:
                end, cost, path = fit[-1]  # the cheapest state that leaves room for this call
                grown.append((e, cost + c, ((b, e), path)))
        grown.sort(key=lambda st: (st[0], st[1]))
        states = []
        for st in grown:
            if not states or st[1] < states[-1][1]:
                states.append(st)
    path = min(states, key=lambda st: (st[1], st[0]))[2]
    spans: list[tuple[int, int] | None] = []
    while path:
        span, path = path
        spans.append(span)
    spans.reverse()
    # a call glued to a number is a guess: none where another number between the neighbours' calls fits as well
    for i, span in enumerate(spans):
        if span is not None and min(c for b, e, c in cands[i] if (b, e) == span) == _LAST_RESORT:
            low = max((sp[1] for sp in spans[:i] if sp), default=0)
            high = min((sp[0] for sp in spans[i + 1 :] if sp), default=len(text))
            if sum(1 for b, e, c in cands[i] if c == _LAST_RESORT and low <= b and e <= high) > 1:
                spans[i] = None
    if not guess and None in spans:
        # in a whole document, a call glued to a number only between two calls found ("resolutions 5/725 and
        # 5/826 of 2 March", notes 25 and 26 between the calls of 24 and 27), where it is the one such number there
        for i, span in enumerate(spans):
            if span is None and markers[i].isdecimal():
                low = next((sp[1] for sp in reversed(spans[:i]) if sp), None)
                high = next((sp[0] for sp in spans[i + 1 :] if sp), None)
                if low is None or high is None:
                    continue
                fits = [(b, e) for b, e, c in _call_candidates(text, markers[i], low)
                        if c == _LAST_RESORT and e <= high]
                if len(fits) == 1:
                    spans[i] = fits[0]
    return spans


def _page_top(lines: list[str], start: int) -> int:
    """Where the page above a footnote block at the end of ``lines`` begins: after the last page break (dropped
    furniture) in ``lines[start:]`` that has text after it; ``start`` where there is none."""
    seen_text = False
    for i in range(len(lines) - 1, start - 1, -1):
        if lines[i] == "\ue002":
            if seen_text:
                return i + 1
        elif lines[i]:
            seen_text = True
    return start


def _mark_calls(lines: list[str], start: int, block: list[tuple[str, str]], page: bool = True,
                whole: bool = False) -> bool:
    """Replace the calls of ``block`` (the footnotes at the bottom of a page) in ``lines[start:]`` (the page above
    them) by sentinels, so later passes need not tell calls from numbers. A page shows the calls of its own
    footnotes, in order: the digits are told apart from the page's real numbers by that sequence. ``page``: the
    lines are one page, not a whole document (see ``_choose_calls``). ``whole``: mark them only where every
    call is found. False where nothing was marked for that reason."""
    text = "\n".join(lines[start:])
    if _SUP_RUN.search(text) or "\ue000" in text:
        return True  # superscripts or markdown calls: found as they are
    spans = _choose_calls(text, [m for m, _ in block], guess=page)
    if whole and None in spans:
        return False
    for (marker, _), span in reversed(list(zip(block, spans))):
        if span is not None:
            text = text[: span[0]] + "\ue000" + marker + "\ue001" + text[span[1] :]
    lines[start:] = text.split("\n")
    return True


# ---------------------------------------------------------------------------------------------
# hyphens


def _mend_hyphens(res: Resolution, vocabulary: set[str]) -> None:
    """"manage-ment" (split at a line end) → "management" when the document uses "management"."""
    pattern = re.compile(r"\b([A-Za-z]+)-([a-z]+)\b")

    def fix(text: str) -> str:
        if "-" not in text:
            return text

        def repl(m):
            joined = (m.group(1) + m.group(2)).lower()
            hyph = (m.group(1) + "-" + m.group(2)).lower()
            if joined in vocabulary and hyph not in vocabulary:
                return m.group(1) + m.group(2)
            return m.group(0)

        return pattern.sub(repl, text)

    for b in res.iter_blocks():
        if "\ue003" in b.text:
            b.text = fix_breaks(b.text, fix)


_WORD_HYPHEN_END = re.compile(r"([A-Za-z]+)-$")
_SMALL_WORD = re.compile(r"([a-z]+)")
_ENDS_LETTER = re.compile(r"[A-Za-z]$")
_BREAKS_KEPT = 100  # the text so far that fix_breaks keeps at hand: the word before a marked line end lies there


def fix_breaks(text: str, fix) -> str:
    """``text`` with each word split at a marked line end ("manage-\ue003ment") put through ``fix``
    ("manage-ment" → "management" where the document says so), in order: a word mended may end where the
    next line end is marked."""
    parts = text.split("\ue003")
    done: list[str] = []  # the text before ``out``, no longer looked at (else each line end would copy it all)
    out = parts[0]
    for p in parts[1:]:
        if len(out) > 2 * _BREAKS_KEPT:
            done.append(out[:-_BREAKS_KEPT])
            out = out[-_BREAKS_KEPT:]
        # the hyphen at the line end is before the marker
        m = _WORD_HYPHEN_END.search(out)
        while m and m.start() == 0 and done and _ENDS_LETTER.search(done[-1]):
            out = done.pop() + out  # (a word longer than what is at hand: take the text before back)
            m = _WORD_HYPHEN_END.search(out)
        n = _SMALL_WORD.match(p)
        if m and n:
            fixed = fix(m.group(1) + "-" + n.group(1))
            out = out[: m.start()] + fixed + p[n.end() :]
        else:
            out += p
    return "".join(done) + out


# ---------------------------------------------------------------------------------------------
# entry point


def read_text(text: str, *, symbol: str | None = None, adopted: str | None = None,
              language: str | None = None) -> Resolution:
    """Read the plain text of a resolution into the model."""
    res = Resolution()
    lines = _normalise(text)
    if lines and max(map(len, lines)) > _RUN_ON_MIN:
        lines = _split_run_on(lines)
    if "/" in text:
        joined = "\n".join(lines)  # (the lines as normalised: odd spaces are plain ones there)
        if "/ " in joined and _SLASH_NOTE_SEEN.search(joined):  # (a substring search first: fast)
            lines = _mark_slash_notes(lines)
    lines, md_notes = _strip_wrappers(_lines_apart(lines))
    heading_lines: list[str] = []
    first = _read_masthead(lines, res.meta, heading_lines)
    body_lines = lines[first:]
    if not res.meta.symbol and "/RES/" in text:
        _symbol_from_running_heads(body_lines, res.meta)
    body_lines = _drop_furniture(body_lines, res.meta)
    body_lines, notes = _collect_footnotes(body_lines, md_notes, heading_lines)
    # a footnote list at the very end without separator (our text writer always writes one)
    res.headings = [Block("heading", text=h) for h in heading_lines]
    raws = _segment(_mark_breaks(body_lines), res.meta)
    _build(raws, res)
    if any("\ue003" in r.text for r in raws):  # words split at a line end: judge them on the document's words
        _mend_hyphens(res, _vocabulary(raws))
        for b in res.iter_blocks():  # (the blocks' texts come from the raws: without marks there, none here)
            b.text = b.text.replace("\ue003", "")
    res.warnings.extend(_anchor_notes(res, notes))
    m = res.meta
    if m.title and "\ue000" in m.title:  # a call on the title ("… in Darfur[1]"): the model has no notes there, and
        m.title = _SENTINEL.sub("", m.title)  # its note is placed at the end with a warning; no mark stays behind
    for b in res.iter_blocks():  # each step looks at its block alone: one walk over the blocks for all three
        _strip_sentinels(b)
        _space_stray_calls(b)
        b.lead = phrases.lead(b.text, b.kind) if b.kind in ("preamble", "paragraph", "heading") else ""
    if symbol:
        m.symbol = symbol
        if symbol.startswith("S/"):
            m.organ = "sc"  # a Security Council symbol given for a text that does not print it
        if not m.number:
            m.number = symbol.split("/", 2)[-1] if symbol.count("/") >= 2 else None
    if adopted:
        m.adopted = adopted
    if res.closing.date and not m.adopted:
        m.adopted = res.closing.date
        m.adopted_text = m.adopted_text or res.closing.date_text
    if language:
        m.language = language
    return res


# a line that another goes on from: no end punctuation, and the next line opens with a small letter
# (a table's row is none: the note under it may open with its letter, "a See A/75/383.")
_WRAP_SIGNS = re.compile(r"^[^|\n]*[^.;:,!?)|\n" + _CLOSING_MARKS + r"]\n[a-z]", re.M)


def _lines_apart(lines: list[str]) -> list[str]:
    """A blank line between each two lines with words of a text laid out one paragraph a line with no blank lines
    between them (a word processor's plain-text export), as a printed page sets its paragraphs apart: there, no line
    goes on from the one above, so a heading or an unnumbered paragraph is not read as a wrapped line of the next.
    Such a text: a line too long for a page, fewer blank lines than one in five, and no line that another goes on
    from in a small letter (a text laid out in a page's lines has one in nearly every paragraph)."""
    if "" in lines and lines.count("") * 5 >= len(lines) - lines.count(""):
        return lines
    if len(lines) < 3 or max(map(len, lines)) < _PAGE_WIDE or _WRAP_SIGNS.search("\n".join(lines)):
        return lines
    out: list[str] = []
    for line in lines:
        if line and out and out[-1]:
            out.append("")
        out.append(line)
    return out


def _mark_breaks(lines: list[str]) -> list[str]:
    """Mark hyphenated line ends so the hyphen pass can judge them on the document's evidence."""
    joined = "\n".join(lines)
    if "-\n" not in joined and joined[-1:] != "-":  # (as a search for r"-$" with re.M, at twice its speed)
        return lines[:]  # no line ends with a hyphen (looked for once in all lines, not line by line)
    out = []
    for i, l in enumerate(lines):
        if l.endswith("-") and len(l) > 2 and l[-2].isalpha():
            j = i + 1
            while j < len(lines) and lines[j] in ("", "\ue002"):
                j += 1
            if j < len(lines) and lines[j][:1].islower() and not _suspends(lines[j]):
                l = l + "\ue003"
        out.append(l)
    return out


def _vocabulary(raws: list[_Raw]) -> set[str]:
    words: set[str] = set()
    for r in raws:
        t = r.text.replace("-\ue003", "\ue003")
        words.update(map(str.lower, re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", t.replace("\ue003", " "))))
    return words


def _strip_sentinels(b: Block) -> None:
    """Drop the call marks (of calls no footnote took) left in a block's text."""
    if "\ue000" in b.text:
        b.text = _SENTINEL.sub("", b.text)


_STRAY_CALL = re.compile(r",(?<=[A-Za-z],)(?=\d{1,3} [a-z])")  # opens with the comma: the search skips to each fast


def _space_stray_calls(b: Block) -> None:
    """A call left in a block's text after a comma (a second call to a note already placed) reads "Court, 1 and"
    whether the extractor glued it ("Court,1 and") or not, so that both give the same text."""
    if "," not in b.text or not _STRAY_CALL.search(b.text):
        return
    spots = [m.end() for m in _STRAY_CALL.finditer(b.text)]
    for at in reversed(spots):
        b.text = b.text[:at] + " " + b.text[at:]
        for n in b.notes:
            if n.at >= at:
                n.at += 1
