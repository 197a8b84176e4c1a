"""Variants: how the same resolution reads when its text comes typed or exported another way.

Metamorphic tests of the text reader. Each UN file of sessions 75-77 is rendered in a text shape (``shapes.py``);
a variant changes the text the way another typist, extractor or export would, without changing its structure;
both texts are converted and the structure of the two XMLs is compared (every element and eId outside <meta>,
numbers without their punctuation; text, inline markup and metadata left out, since the variant may change the
words' characters). A variant that reads differently from its original is a reading that depends on something it
should not. Prints, per variant, how many files read the same.

Variants:

``straight``      straight quotation marks and apostrophes for curly ones (typewriters, OCR)
``num-paren``     paragraph numbers typed "2)" instead of "2."
``label-paren``   list labels typed "a)" instead of "(a)"
``no-blank``      no blank lines between paragraphs (a word processor's plain-text export: one paragraph a line)
``tabs``          a tab after each number and label instead of a space
``hyphens``       hyphens for en dashes
``crlf``          Windows line ends
``trailing``      two trailing spaces on every line
``calls-sup``     footnote calls and note numbers in superscript digits ("Nations¹"), as copied from a word processor
``calls-bracket`` footnote calls and note numbers in brackets ("Nations[1]"), as plain-text exports print them
                  (not with the markdown shape, whose calls are "[^1]" already)

With ``--widths``, the typed shape is also wrapped at each of the given widths (the shape itself picks 78-92) and
scored against the UN files with ``accuracy.py``'s comparison: how many read perfectly at each width.

    python benchmarks/variants.py [--limit N] [--variants straight,no-blank] [--base markdown] [-j 2]
                                  [--widths 60,100,120] [--show 5]
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import time
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import accuracy  # noqa: E402
import shapes  # noqa: E402
from common import git_state  # noqa: E402

SHARED = Path(os.environ.get("AKN_SHARED", ROOT.parent / "shared"))
NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
_INLINE = {NS + t for t in ("i", "ref", "date", "organization", "role", "docDate", "inline", "eol", "b", "sup")}


def _no_blank(t: str) -> str:
    lines = t.split("\n")
    out = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if line == "" and nxt and not nxt.startswith(("[^", "_")):  # (markdown notes need their blank lines)
            continue
        out.append(line)
    return "\n".join(out)


VARIANTS = {
    "straight": lambda t: t.translate({0x201C: '"', 0x201D: '"', 0x2018: "'", 0x2019: "'"}),
    "num-paren": lambda t: re.sub(r"(?m)^(\d{1,3})\. (?=[A-Z])", r"\1) ", t),
    "label-paren": lambda t: re.sub(r"(?m)^\(([a-z]{1,2}|[ivx]{1,5})\) ", r"\1) ", t),
    "no-blank": _no_blank,
    "tabs": lambda t: re.sub(r"(?m)^(\d{1,3}\.|\([a-z]{1,4}\)) ", lambda m: m.group(1) + "\t", t),
    "hyphens": lambda t: t.replace("\u2013", "-"),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "trailing": lambda t: "\n".join(line + "  " if line else line for line in t.split("\n")),
}


_SUPERSCRIPT = str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")
# variants that change how the shape prints footnote calls and note numbers: the shape is rendered again with them
MARKERS = {
    "calls-sup": lambda marker: marker.translate(_SUPERSCRIPT),
    "calls-bracket": lambda marker: f"[{marker}]",
}


def _rendered_with_markers(un, base: str, seed: str, restyle) -> str:
    original = shapes._marker
    shapes._marker = lambda note: restyle(original(note))
    try:
        return shapes.generate(un, base, seed=seed)
    finally:
        shapes._marker = original


def structure(xml: bytes) -> list[tuple[str, str]]:
    """The elements outside <meta> in document order: (tag, eId), or (num, its letters and digits)."""
    from lxml import etree

    out = []
    root = etree.fromstring(xml)
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in _INLINE:
            continue
        if el.tag == NS + "meta":
            continue
        if any(a.tag == NS + "meta" for a in el.iterancestors()):
            continue
        tag = el.tag[len(NS):]
        if tag == "num":
            out.append((tag, re.sub(r"\W", "", el.text or "")))
        else:  # (a document without a number gets an eId part from a hash of its text: not compared)
            out.append((tag, re.sub(r"unknown-[0-9a-f]{8}", "unknown", el.get("eId") or "")))
    return out


def _job_variants(job):
    path, base, names = job
    from converter.api import convert_text

    try:
        un = accuracy._read_akn(path)
        text = shapes.generate(un, base, seed=path.name)
        ref = structure(convert_text(text, markup_date="2026-01-01").xml)
    except Exception:  # noqa: BLE001 (a file the harness cannot render is not this benchmark's business)
        return path.name, None
    out = {}
    for name in names:
        if name in MARKERS:
            if base == "markdown" and name == "calls-bracket":
                out[name] = "same"  # (not applicable: see the module's docstring)
                continue
            varied = _rendered_with_markers(un, base, path.name, MARKERS[name])
        else:
            varied = VARIANTS[name](text)
        if varied == text:
            out[name] = "same"
            continue
        try:
            out[name] = "same" if structure(convert_text(varied, markup_date="2026-01-01").xml) == ref else "differs"
        except Exception as e:  # noqa: BLE001
            out[name] = f"error {type(e).__name__}"
    return path.name, out


def _job_width(job):
    path, width = job
    original = shapes._wrap
    shapes._wrap = lambda text, w: original(text, width)
    try:
        r = accuracy.run_un(path, ("shapes",), ("typed",))[0]
    finally:
        shapes._wrap = original
    return path.name, bool(r.get("perfect"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--limit", type=int, default=0, help="use N UN files (evenly spread), 0: all")
    ap.add_argument("--variants", default=",".join([*VARIANTS, *MARKERS]),
                    help="comma-separated: " + ", ".join([*VARIANTS, *MARKERS]))
    ap.add_argument("--base", default="markdown", choices=shapes.SHAPES, help="the shape the variants change")
    ap.add_argument("--widths", default="", help="also score the typed shape wrapped at these widths (e.g. 60,100)")
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--show", type=int, default=5, help="list this many files that read differently, per variant")
    args = ap.parse_args()
    files = accuracy.un_files()
    if not files:
        print(f"corpus not found under {SHARED} (set AKN_SHARED)", file=sys.stderr)
        return
    if args.limit:
        files = files[:: max(1, len(files) // args.limit)][: args.limit]
    names = [n.strip() for n in args.variants.split(",") if n.strip()]
    unknown = [n for n in names if n not in VARIANTS and n not in MARKERS]
    if unknown:
        ap.error(f"unknown variant(s): {', '.join(unknown)}")
    print(f"variants of {len(files)} UN files of 75-77 in the {args.base} shape; converter {git_state()}")
    t0 = time.perf_counter()
    with Pool(args.jobs) as pool:
        results = pool.map(_job_variants, [(f, args.base, names) for f in files], chunksize=4)
    done = [(n, r) for n, r in results if r is not None]
    for name in names:
        differ = [n for n, r in done if r[name] != "same"]
        print(f"  {name:12} same structure as the original: {len(done) - len(differ)}/{len(done)}"
              + (f"; differ: {', '.join(differ[: args.show])}" + (" …" if len(differ) > args.show else "")
                 if differ else ""))
    print(f"  ({time.perf_counter() - t0:.1f} s)")
    widths = [int(w) for w in args.widths.split(",") if w.strip()]
    if widths:
        print("typed shape wrapped at one width, scored against the UN files (perfect: every block, number, "
              "footnote and word as the UN's):")
        with Pool(args.jobs) as pool:
            for width in widths:
                t0 = time.perf_counter()
                got = pool.map(_job_width, [(f, width) for f in files], chunksize=4)
                print(f"  width {width:3}: perfect {sum(p for _, p in got)}/{len(got)} "
                      f"({time.perf_counter() - t0:.1f} s)")


if __name__ == "__main__":
    main()
