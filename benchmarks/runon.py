"""Run-on text: how often a resolution whose line breaks were all lost reads as the same structure as with them.

For every third UN file of sessions 75-77 in the corpus: render it as printed text (``to_text``, footnotes left
out: without line breaks their block cannot be told from the text), read it, then read it again with all its white
space joined into one line, and compare the two readings: the kind and number of every block, the title and the
closing meeting line. Prints the share that agree and the ones that do not; and the same for the operative part
alone, from its paragraph 1 (a database field may hold only that), by its blocks and numbers.

    python benchmarks/runon.py [--every 3] [--show 10]
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from common import git_state  # noqa: E402

from converter import akn_reader, text_writer  # noqa: E402
from converter.text_reader import read_text  # noqa: E402

SHARED = Path(os.environ.get("AKN_SHARED", ROOT.parent / "shared"))


def blocks(res) -> list:
    return [(b.kind, b.num) for b in res.iter_blocks()]


def shape(res) -> tuple:
    return ([(b.kind, b.num) for b in res.iter_blocks()], res.meta.title, res.closing.meeting)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--every", type=int, default=3, help="use every Nth UN file (default 3)")
    ap.add_argument("--show", type=int, default=10, help="list this many files that disagree")
    args = ap.parse_args()
    files = sorted((SHARED / "corpus" / "un-akn" / "eng").glob("7[567]/*.xml"))[:: args.every]
    if not files:
        print(f"corpus not found under {SHARED} (set AKN_SHARED)", file=sys.stderr)
        return
    print(f"run-on text: 1 in {args.every} UN files of 75-77; converter {git_state()}")
    agree, total, differ = 0, 0, []
    op_agree, op_total = 0, 0  # the operative part alone, from its paragraph 1 (a field that holds only that)
    t0 = time.perf_counter()
    for f in files:
        try:
            res = akn_reader.read_akn(f.read_bytes())
        except Exception:  # (a file the AKN reader refuses is not this benchmark's business)
            continue
        text = text_writer.to_text(res).split(text_writer.SEPARATOR)[0]
        lines, joined = read_text(text), read_text(" ".join(text.split()))
        total += 1
        if shape(lines) == shape(joined):
            agree += 1
        else:
            differ.append((f.name, len(shape(lines)[0]), len(shape(joined)[0])))
        first = re.search(r"^1\. (?=[A-Z])", text, re.M)
        if first:
            op = text[first.start():]
            op_total += 1
            op_agree += blocks(read_text(op)) == blocks(read_text(" ".join(op.split())))
    print(f"same blocks, numbers, title and meeting line as the text with its line breaks: {agree}/{total} "
          f"({100 * agree / max(total, 1):.1f}%) in {time.perf_counter() - t0:.1f} s")
    print(f"the operative part alone (from its paragraph 1), same blocks and numbers: {op_agree}/{op_total} "
          f"({100 * op_agree / max(op_total, 1):.1f}%)")
    for name, a, b in differ[: args.show]:
        print(f"  {name}: {a} blocks with line breaks, {b} without")


if __name__ == "__main__":
    main()
