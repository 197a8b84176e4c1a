"""How well ``converter.inline.find`` links UN document symbols, measured on the UN's own files.

The UN's AKN files link the document symbols in their text with ``<a href="https://undocs.org/en/…">``
(or ``https://docs.un.org/en/…``). For every ``p`` outside ``meta`` this takes the paragraph's plain text
(footnote bodies left out: each footnote's own ``p`` is a paragraph of its own), runs ``inline.find`` on
it and compares the symbols the UN linked in that paragraph with the symbols our ``ref`` spans point at.

* recall: UN-linked symbols that we link too;
* precision against the UN: our linked symbols that the UN linked too. The UN's files miss many links, so
  a sample of our extra links is printed for a person to judge (UN omission or false link);
* a breakdown by kind of symbol, the misses grouped by the shape of the UN's link text, and the runtime.

    python benchmarks/citations.py [CORPUS_DIR] [--sessions 75,76,77,80] [--misses 30] [--extras 40]
        [--seed 1] [--show-all-misses]

Symbols are compared normalised: the href's path after ``/en/`` (or after the host), URL-decoded, spaces
removed, dashes made hyphens, upper case, without the ``(SUPP)`` tag the UN puts on links to Official Records
supplements. Ours come from the undocs.org path of the href, or from an AKN Work IRI
(``/akn/un/statement/deliberation/unga/2004-12-02/59-48`` → ``A/RES/59/48``, ``…/unsc/…/1373(2001)`` →
``S/RES/1373(2001)``). A GA resolution with parts matches the UN's link to its document either way round
(``A/RES/2200A(XXI)`` ~ ``A/RES/2200(XXI)``, ``A/RES/45/55B`` ~ ``A/RES/45/55``) because the UN links
the same text inconsistently; so does a joint symbol and its first part (``A/50/60-S/1995/1`` ~ ``A/50/60``).

The sample of our extra links is drawn round-robin over the kinds of symbol, then over two shapes of span
(a symbol written out, a number found by its cue), so the rarer, riskier kinds are seen.
"""
from __future__ import annotations

import argparse
import collections
import glob
import os
import random
import re
import sys
import time
from urllib.parse import unquote

from lxml import etree

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from converter import inline  # noqa: E402

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
P, A, META, NOTE = (f"{{{NS}}}{n}" for n in ("p", "a", "meta", "authorialNote"))
DEFAULT_CORPUS = "/work/shared/corpus/un-akn/eng"
_HOST = re.compile(r"^(?i:https?://(?:www\.)?(?:undocs\.org|docs\.un\.org))/")
_LANG = re.compile(r"^(?:en|fr|es|ru|ar|zh)/", re.I)
_AKN = re.compile(r"^/akn/un/statement/deliberation/(unga|unsc)/[^/]+/([^/]+)")


def un_symbol(href: str) -> str | None:
    """The normalised symbol of a UN link, None for links that are not to a document symbol."""
    href = (href or "").strip()
    m = _HOST.match(href)
    if not m:
        return None
    rest = unquote(href[m.end():].split("?")[0].split("#")[0]).lstrip("/")
    rest = _LANG.sub("", rest)
    sym = re.sub(r"\s+", "", rest).upper().rstrip("/")
    sym = re.sub(r"\(SUPP\)$", "", sym)  # the UN tags links to Official Records supplements
    sym = sym.replace("–", "-").replace("‑", "-")
    return sym or None


def our_symbol(href: str) -> str | None:
    m = _AKN.match(href)
    if m:
        actor, number = m.groups()
        if actor == "unsc":
            return "S/RES/" + number.upper()
        if "(" in number:
            return "A/RES/" + number.upper()
        m2 = re.match(r"^((?:E?S-)?\d+)-(.+)$", number, re.I)
        return ("A/RES/" + (f"{m2.group(1)}/{m2.group(2)}" if m2 else number)).upper()
    return un_symbol(href)


def loose(sym: str) -> str:
    """The document of a resolution part: A/RES/2200A(XXI) → A/RES/2200(XXI), A/RES/45/55B → A/RES/45/55;
    a joint symbol by its first: A/50/60-S/1995/1 → A/50/60 (the UN links it so, or each part)."""
    sym = re.split(r"-(?=(?:A|S|E|ISBA|UNEP)/)", sym)[0]
    sym = re.sub(r"^(A/RES/\d+)[A-Z](?:-[A-Z])?(\([IVXL]+\))$", r"\1\2", sym)
    sym = re.sub(r"^((?:A|E)/RES/(?:E?S-)?\d+/\d+)[A-Z](?:-[A-Z])?$", r"\1", sym)
    return sym


def kind_of(sym: str) -> str:
    if re.match(r"^A/RES/\d+[A-Z]?(?:-[A-Z])?\(", sym):
        return "GA resolution, old style (845 (IX))"
    if re.match(r"^A/RES/E?S-", sym):
        return "GA resolution, (emergency) special session"
    if sym.startswith("A/RES/"):
        return "GA resolution (59/48)"
    if sym.startswith("A/DEC/"):
        return "GA decision"
    if sym.startswith("S/RES/"):
        return "SC resolution"
    if sym.startswith(("E/RES/", "E/DEC/")):
        return "ECOSOC resolution/decision"
    if re.search(r"/(?:RES|DEC)[/.]", sym):
        return "other body resolution/decision"
    return "document symbol"


def flatten(p) -> tuple[str, list[tuple[str, str]]]:
    """The paragraph's text without footnote bodies, and its links (href, link text)."""
    parts: list[str] = []
    links: list[tuple[str, str]] = []

    def walk(el, top):
        if not top and el.tag == NOTE:
            parts.append(" ")
            return
        if el.tag == A:
            links.append((el.get("href") or "", "".join(el.itertext())))
        if el.text:
            parts.append(el.text)
        for ch in el:
            if isinstance(ch.tag, str):
                walk(ch, False)
            if ch.tail:
                parts.append(ch.tail)

    walk(p, True)
    return " ".join("".join(parts).split()), links


def paragraphs(path: str):
    tree = etree.parse(path)
    for p in tree.iter(P):
        if any(a.tag == META for a in p.iterancestors()):
            continue
        text, links = flatten(p)
        if text:
            yield text, links


def shape(s: str) -> str:
    s = re.sub(r"\d+", "9", s)
    s = re.sub(r"\b[IVXL]{2,}\b", "R", s)
    return s


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    ap.add_argument("--sessions", default="75,76,77,80")
    ap.add_argument("--misses", type=int, default=30, help="miss groups to print")
    ap.add_argument("--extras", type=int, default=40, help="sample of our links the UN did not link")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show-all-misses", action="store_true")
    args = ap.parse_args(argv)

    files = sorted(f for s in args.sessions.split(",") for f in glob.glob(os.path.join(args.corpus, s, "*.xml")))
    if not files:
        print(f"no files under {args.corpus}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    paras = [(os.path.basename(f), t, links) for f in files for t, links in paragraphs(f)]
    t_parse = time.perf_counter() - t0

    # runtime: find over every paragraph, best of 3 (and with the organs and officers)
    def timed(entities: bool) -> float:
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            for _, t, _ in paras:
                inline.find(t, entities=entities)
            best = min(best, time.perf_counter() - t0)
        return best

    best, best_entities = timed(False), timed(True)

    per_kind = collections.defaultdict(lambda: [0, 0, 0])  # UN linked, we found, we link extra
    kinds_found = collections.Counter()
    misses = []
    extras = []
    n_un = n_hit = n_ours = n_ours_hit = 0
    n_dates = 0
    for name, text, links in paras:
        spans = inline.find(text)
        ours: dict[str, tuple[int, int, str]] = {}
        for s, e, kind, value in spans:
            kinds_found[kind] += 1
            if kind == "date":
                n_dates += 1
            if kind != "ref":
                continue
            sym = our_symbol(value)
            if sym:
                ours.setdefault(sym, (s, e, value))
        un: dict[str, str] = {}
        for href, label in links:
            sym = un_symbol(href)
            if sym:
                un.setdefault(sym, label)
        ours_loose = {loose(s) for s in ours}
        un_loose = {loose(s) for s in un}
        for sym, label in un.items():
            n_un += 1
            k = per_kind[kind_of(sym)]
            k[0] += 1
            if sym in ours or loose(sym) in ours_loose:
                n_hit += 1
                k[1] += 1
            else:
                misses.append((name, sym, label, text))
        for sym, (s, e, value) in ours.items():
            n_ours += 1
            if sym in un or loose(sym) in un_loose:
                n_ours_hit += 1
            else:
                per_kind[kind_of(sym)][2] += 1
                extras.append((name, text[s:e], value, text[max(0, s - 80):e + 40]))

    chars = sum(len(t) for _, t, _ in paras)
    print(f"files: {len(files)}  paragraphs: {len(paras)}  characters: {chars:,}  (parsing {t_parse:.1f} s)")
    print(f"find(): {best * 1000:.0f} ms for all paragraphs = {best / len(paras) * 1e6:.1f} µs per paragraph, "
          f"{best / chars * 1e9 * 3000 / 1000:.1f} µs per 3,000-character page "
          f"(with entities=True: {best_entities / len(paras) * 1e6:.1f} µs per paragraph)")
    print(f"spans found: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds_found.items())))
    print()
    print(f"recall    (UN-linked symbols we link): {n_hit}/{n_un} = {100 * n_hit / max(n_un, 1):.2f}%")
    print(f"precision (our links the UN linked):   {n_ours_hit}/{n_ours} = {100 * n_ours_hit / max(n_ours, 1):.2f}%"
          f"   ({n_ours - n_ours_hit} links the UN did not make; sample below)")
    print()
    print(f"{'kind':45} {'UN links':>9} {'we link':>8} {'recall':>8} {'extra':>7}")
    for k, (u, h, x) in sorted(per_kind.items(), key=lambda kv: -kv[1][0]):
        r = f"{100 * h / u:.1f}%" if u else "-"
        print(f"{k:45} {u:9} {h:8} {r:>8} {x:7}")

    print()
    groups = collections.defaultdict(list)
    for m in misses:
        groups[shape(m[2])].append(m)
    print(f"misses by the shape of the UN's link text ({len(misses)} misses, {len(groups)} shapes):")
    for sh, ms in sorted(groups.items(), key=lambda kv: -len(kv[1]))[: args.misses]:
        name, sym, label, text = ms[0]
        i = text.find(label)
        ctx = text[max(0, i - 70): i + len(label) + 40] if i >= 0 else text[:110]
        print(f"  {len(ms):4}  {sh!r:28} e.g. {name}: {sym}  …{ctx}…")
        if args.show_all_misses:
            for name, sym, label, text in ms[1:]:
                i = text.find(label)
                ctx = text[max(0, i - 70): i + len(label) + 40] if i >= 0 else text[:110]
                print(f"{'':40} {name}: {sym}  …{ctx}…")

    print()
    rnd = random.Random(args.seed)
    pools = collections.defaultdict(list)
    for x in extras:
        cued = not re.match(r"[A-Z]{1,6}/", x[1])
        pools[(kind_of(our_symbol(x[2]) or ""), cued)].append(x)
    for pool in pools.values():
        rnd.shuffle(pool)
    sample = []
    while len(sample) < min(args.extras, len(extras)):
        for key in sorted(pools):
            if pools[key] and len(sample) < args.extras:
                sample.append(pools[key].pop())
    print(f"sample of {len(sample)} of our {len(extras)} links the UN did not make (judge: UN omission or false link):")
    for name, span, value, ctx in sample:
        print(f"  {name:22} {span!r:32} → {value}")
        print(f"  {'':22} …{ctx}…")
    return 0


if __name__ == "__main__":
    sys.exit(main())
