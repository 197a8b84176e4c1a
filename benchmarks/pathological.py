"""Pathological inputs: does the time of a conversion grow linearly with the text, whatever the text holds?

An archive feeds the converter what it has, and one odd file must not stall a batch: a line of thousands of
asterisks, a column of numbers, a paragraph of hyphenated line ends. For each kind of text below, built at two
sizes (the second four times the first), the conversion is timed in-process (``convert_text``, the best of
``--runs``), and the growth is printed: time × over size ×4, where 1.0 is linear and 4.0 quadratic.

    python benchmarks/pathological.py [--size 5000] [--runs 1] [--only stars,nums]

Prints numbers and asserts nothing.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from common import git_state  # noqa: E402

# each: a function of n (about 10 n characters) → text
KINDS = {
    "letters": lambda n: "x" * (10 * n),  # one word, no space
    "words": lambda n: "a " * (5 * n),
    "labels": lambda n: "(a) To act; " * n,  # list labels run together
    "numbers": lambda n: " ".join(f"{i}. Decides;" for i in range(1, n)),  # paragraphs run together
    "stars": lambda n: "*a " * (3 * n),  # emphasis marks that never close
    "double-stars": lambda n: "** a " * (2 * n),
    "underscores": lambda n: "__a " * (2 * n),
    "pipes": lambda n: "a | " * (3 * n),  # one table row of thousands of cells
    "brackets": lambda n: "[1] " * (3 * n),  # note calls
    "carets": lambda n: "[^1] " * (2 * n),
    "quotes": lambda n: "\u201ca " * (3 * n),  # quotations that never close
    "slashes": lambda n: "1/ a " * (2 * n),  # 1990s note calls
    "hyphens": lambda n: "- " * (5 * n),
    "stops": lambda n: ". " * (5 * n),
    "number-lines": lambda n: "1 a\n" * (3 * n),  # lines that open like a footnote
    "label-lines": lambda n: "(a)\n" * (3 * n),
    "roman-lines": lambda n: "I\n\n" * (3 * n),  # sections of one number
    "rules": lambda n: "_____\n1 a\n" * n,  # footnote rules and notes
    "citations": lambda n: "resolution 1/1, " * n,
    "dates": lambda n: "1 January 2000 " * n,
    "line-end-hyphens": lambda n: "a-\nb " * (3 * n),  # words split at line ends
    "capitals": lambda n: "A B C " * (2 * n),
    "semicolons": lambda n: "a; " * (3 * n),
}


def timed(text: str, runs: int) -> tuple[float, str]:
    from converter.api import ConversionError, convert_text

    best, status = float("inf"), "ok"
    for _ in range(runs):
        t0 = time.perf_counter()
        try:
            convert_text(text, markup_date="2026-01-01")
        except ConversionError:
            status = "refused"
        best = min(best, time.perf_counter() - t0)
    return best, status


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--size", type=int, default=5000, help="n of the smaller text (about 10 n characters)")
    ap.add_argument("--runs", type=int, default=1, help="runs of each conversion (the best is kept)")
    ap.add_argument("--only", default="", help="comma-separated kinds (default: all)")
    args = ap.parse_args()
    kinds = [k for k in args.only.split(",") if k] or list(KINDS)
    for k in kinds:
        if k not in KINDS:
            ap.error(f"unknown kind {k!r}; one of {', '.join(KINDS)}")
    from converter.api import convert_text

    convert_text((ROOT / "samples" / "A_RES_65_124.txt").read_text(encoding="utf-8"), markup_date="2026-01-01")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print("akn pathological inputs: time at two sizes, and its growth (1.0 = linear, 4.0 = quadratic)")
    print(f"   reproduce: python benchmarks/pathological.py --size {args.size} --runs {args.runs}")
    print(f"   converter: {git_state()}")
    print(f"   load average {load:.2f} at the start")
    print(f"   {'kind':17s} {'chars':>9s} {'time':>8s} {'chars ×4':>9s} {'time':>8s} {'µs/char':>8s} {'growth':>7s}")
    for k in kinds:
        small, large = KINDS[k](args.size), KINDS[k](4 * args.size)
        t1, s1 = timed(small, args.runs)
        t4, s4 = timed(large, args.runs)
        growth = (t4 / t1) / (len(large) / len(small))
        flag = "" if s1 == s4 == "ok" else f"  ({s1}, {s4})"
        print(f"   {k:17s} {len(small):>9,} {t1:7.3f}s {len(large):>9,} {t4:7.3f}s {t4 / len(large) * 1e6:8.2f} "
              f"{growth:7.2f}{flag}", flush=True)


if __name__ == "__main__":
    main()
