"""Slowest: the conversions that take longest for their size, in each text shape and variant.

A converter that is fast on the seed may still be slow on some input: a pattern that backtracks on a long line, a
pass that reads the rest of the text again for each of many candidate lines. Those show as a time per character
far above the median. For each UN file of sessions 75-77 (``corpus/un-akn/eng`` under ``AKN_SHARED``, default
``../shared``) and each of the chosen shapes, the text is rendered (``shapes.py``, changed by a variant of
``variants.py``, or with all its white space joined into one line: ``runon``) and converted in-process by
``convert_text``; each conversion is timed once. Prints, per shape: the median time per character, the total, and
the slowest files by time per character (files under 3,000 characters left out of that list: their fixed cost per
conversion dominates).

    python benchmarks/slowest.py [-j 2] [--shapes pdf,typed,pdf+runon,typed+no-blank] [--top 5] [--limit N]

Shapes: ``pdf``, ``pdf-joined``, ``markdown``, ``typed``, each alone or with ``+VARIANT`` (a variant of
``variants.py``, or ``runon``). Prints numbers and asserts nothing.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from common import git_state  # noqa: E402

SHARED = Path(os.environ.get("AKN_SHARED", ROOT.parent / "shared"))
DEFAULT = "pdf,pdf-joined,markdown,typed,pdf+runon,typed+runon,pdf+no-blank,typed+no-blank"
MIN_CHARS = 3000


def render(un, shape: str, seed: str) -> str:
    import shapes
    import variants

    base, _, variant = shape.partition("+")
    text = shapes.generate(un, base, seed=seed)
    if variant == "runon":
        return " ".join(text.split())
    return variants.VARIANTS[variant](text) if variant else text


def job(args) -> list[tuple[str, str, int, float]]:
    path, names = args
    from converter.akn_reader import read_akn
    from converter.api import ConversionError, convert_text

    un = read_akn(path)
    out = []
    for shape in names:
        text = render(un, shape, Path(path).name)
        t0 = time.perf_counter()
        try:
            convert_text(text, markup_date="2026-01-01")
        except ConversionError:
            pass  # (timed all the same: it is the time a user waits)
        out.append((Path(path).name, shape, len(text), time.perf_counter() - t0))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--shapes", default=DEFAULT, help=f"comma-separated (default {DEFAULT})")
    ap.add_argument("--top", type=int, default=5, help="list this many slowest files per shape")
    ap.add_argument("--limit", type=int, default=0, help="use N UN files (evenly spread), 0: all")
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    import variants

    names = [s for s in args.shapes.split(",") if s]
    for s in names:
        base, _, variant = s.partition("+")
        if base not in ("pdf", "pdf-joined", "markdown", "typed") or variant not in ("", "runon", *variants.VARIANTS):
            ap.error(f"unknown shape {s!r}")
    files = sorted((SHARED / "corpus" / "un-akn" / "eng").glob("7[567]/*.xml"))
    if not files:
        print(f"no UN files under {SHARED / 'corpus'}: nothing to measure")
        return
    if args.limit:
        files = files[:: max(1, len(files) // args.limit)][: args.limit]
    print("akn slowest conversions for their size")
    print(f"   reproduce: python benchmarks/slowest.py -j {args.jobs} --shapes {','.join(names)}")
    print(f"   converter: {git_state()}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"   {len(files)} UN files, {args.jobs} workers, load average {load:.2f} at the start")
    jobs = [(str(f), names) for f in files]
    with Pool(args.jobs) as pool:
        pool.map(job, jobs[: args.jobs])  # (warm-up: imports and the schema in each worker)
        rows = [r for rs in pool.imap(job, jobs, chunksize=4) for r in rs]
    for shape in names:
        mine = [r for r in rows if r[1] == shape]
        per = sorted(((secs / chars * 1e6, name, chars, secs) for name, _, chars, secs in mine
                      if chars >= MIN_CHARS), reverse=True)
        if not per:
            continue
        median = statistics.median(p for p, *_ in per)
        print(f"\n{shape}: median {median:.2f} µs/char, total {sum(r[3] for r in mine):.1f} s for {len(mine)} files; "
              f"slowest (≥ {MIN_CHARS:,} chars):")
        for p, name, chars, secs in per[: args.top]:
            print(f"   {p:8.2f} µs/char  ×{p / median:5.1f}  {secs * 1e3:8.1f} ms  {chars:>7,} chars  {name}")
    print(f"\nload average at the end: {os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else "")


if __name__ == "__main__":
    main()
