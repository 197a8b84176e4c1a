"""Does the converter read the same PDF the same way whichever extractor pulled its text out?

Each PDF in ``corpus/pdf`` is extracted with every extractor installed (pdfminer.six, pdfplumber and its layout
mode, pypdf and its layout mode, pypdfium2), each text is converted, and the XML is rendered back as one paragraph
a line (``to_text(style="lines")``). The texts are compared with the consensus: for each paragraph, the version
most extractors give. There is no answer key for these PDFs; a paragraph on which extractors disagree is one
where an extractor or the reader went wrong, and the list says which.

    pip install pdfminer.six pdfplumber pypdf pypdfium2   # whichever are wanted; missing ones are skipped
    python benchmarks/extractors.py [--show N] [--pdf DIR]

The extractors are not dependencies of akn: this script only measures.
"""
from __future__ import annotations

import argparse
import difflib
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from common import git_state  # noqa: E402

from converter import to_text  # noqa: E402
from converter.api import ConversionError, convert_text  # noqa: E402

SHARED = Path(os.environ.get("AKN_SHARED", ROOT.parent / "shared"))


def _pdfminer(path: Path) -> str:
    from pdfminer.high_level import extract_text
    return extract_text(str(path))


def _pypdf(path: Path, layout: bool = False) -> str:
    import pypdf
    reader = pypdf.PdfReader(str(path))
    if layout:
        return "\n".join(p.extract_text(extraction_mode="layout") for p in reader.pages)
    return "\n".join(p.extract_text() for p in reader.pages)


def _pdfium(path: Path) -> str:
    import pypdfium2
    doc = pypdfium2.PdfDocument(str(path))
    return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def _plumber(path: Path, layout: bool = False) -> str:
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return "\n".join((p.extract_text(layout=layout) or "") for p in pdf.pages)


EXTRACTORS = {
    "pdfminer": (_pdfminer, "pdfminer"),
    "pypdf": (_pypdf, "pypdf"),
    "pypdf-layout": (lambda p: _pypdf(p, layout=True), "pypdf"),
    "pdfium": (_pdfium, "pypdfium2"),
    "pdfplumber": (_plumber, "pdfplumber"),
    "pdfplumber-layout": (lambda p: _plumber(p, layout=True), "pdfplumber"),
}


def _available() -> dict:
    out = {}
    for name, (fn, module) in EXTRACTORS.items():
        try:
            __import__(module)
        except ImportError:
            continue
        out[name] = fn
    return out


def _paragraphs(text: str) -> list[str]:
    """The converted text, one paragraph a line (the masthead and footnotes included)."""
    try:
        xml = convert_text(text, markup_date="2026-01-01").xml
    except ConversionError as e:
        return [f"ERROR {e}"]
    return [line for line in to_text(xml, style="lines").split("\n") if line.strip()]


def _consensus(versions: dict[str, list[str]]) -> list[str]:
    """The paragraphs most extractors agree on: the version that the most others match line for line."""
    best, best_score = None, -1
    for name, lines in versions.items():
        score = sum(difflib.SequenceMatcher(None, lines, other, autojunk=False).ratio()
                    for o, other in versions.items() if o != name)
        if score > best_score:
            best, best_score = lines, score
    return best or []


def _word_diff(a: str, b: str, context: int = 3) -> list[str]:
    aw, bw = a.split(" "), b.split(" ")
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, aw, bw, autojunk=False).get_opcodes():
        if op != "equal":
            out.append(" ".join(aw[max(0, i1 - context):i1]) + " [-" + " ".join(aw[i1:i2]) + "-]{+"
                       + " ".join(bw[j1:j2]) + "+} " + " ".join(aw[i2:i2 + context]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pdf", type=Path, default=SHARED / "corpus" / "pdf", help="folder of PDFs")
    ap.add_argument("--show", type=int, default=6, help="differences shown per extractor and PDF")
    args = ap.parse_args()
    pdfs = sorted(args.pdf.glob("*.pdf")) if args.pdf.is_dir() else []
    extractors = _available()
    print("akn extractor agreement benchmark")
    print(f"   converter: {git_state()}")
    print(f"   extractors installed: {', '.join(extractors) or 'none'}"
          f" (of {', '.join(EXTRACTORS)})")
    if not pdfs or len(extractors) < 2:
        print(f"   skipped: {'no PDFs in ' + str(args.pdf) if not pdfs else 'fewer than two extractors installed'}")
        return 0
    total_paras = total_agree = 0
    for pdf in pdfs:
        versions, seconds = {}, {}
        for name, fn in extractors.items():
            t0 = time.perf_counter()
            try:
                text = fn(pdf)
            except Exception as e:  # an extractor that fails on a PDF is reported, not fatal
                print(f"   {pdf.name}: {name} failed: {type(e).__name__}: {e}")
                continue
            t1 = time.perf_counter()
            versions[name] = _paragraphs(text)
            seconds[name] = (t1 - t0, time.perf_counter() - t1)
        consensus = _consensus(versions)
        print(f"\n== {pdf.name}: consensus {len(consensus)} paragraphs")
        for name, lines in versions.items():
            matcher = difflib.SequenceMatcher(None, consensus, lines, autojunk=False)
            same = sum(b.size for b in matcher.get_matching_blocks())
            total_paras += len(consensus)
            total_agree += same
            extract_s, convert_s = seconds[name]
            print(f"   {name:18} {same:4}/{len(consensus)} paragraphs as the consensus"
                  f"   (extract {extract_s:.2f} s, convert {convert_s * 1000:.0f} ms)")
            shown = 0
            for op, i1, i2, j1, j2 in matcher.get_opcodes():
                if op == "equal" or shown >= args.show:
                    continue
                if op == "replace" and i2 - i1 == j2 - j1:
                    for a, b in zip(consensus[i1:i2], lines[j1:j2]):
                        for d in _word_diff(a, b)[: args.show - shown]:
                            print(f"        ~ {d[:160]}")
                            shown += 1
                else:
                    print(f"        {i2 - i1} consensus paragraph(s) → {j2 - j1} here: "
                          f"«{(consensus[i1] if i2 > i1 else lines[j1])[:90]}…»")
                    shown += 1
    print(f"\nall: {total_agree}/{total_paras} paragraphs ({100 * total_agree / max(1, total_paras):.1f} %) "
          f"read the same as the consensus")
    return 0


if __name__ == "__main__":
    sys.exit(main())
