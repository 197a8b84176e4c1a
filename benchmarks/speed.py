"""How fast `akn convert` is: one resolution, long resolutions, the corpus, and start-up.

1. seed     ``samples/A_RES_65_124.txt`` converted in-process by ``converter.api.convert_text`` (text →
            validated XML bytes), after a warm-up: median and p90 of ``--runs`` runs (target ≤ 1.5 ms),
            with the time of each stage (read_text, write_akn, schema validation, serialisation).
2. floor    lxml parsing plus ``schema().validate`` of our own output for the seed: what any
            converter that hands back validated XML pays at least. Our time as a multiple (target ≤ 5×).
            The seed and the floor are timed in alternating blocks of 20 runs, so that both medians come
            from the same minutes of a shared machine whose speed drifts; the ratio block by block
            shows how much it still moves.
3. long     one long resolution of 1 MB and of 10 MB, built from the seed's masthead-less opening
            and its operative paragraphs repeated and renumbered 1., 2., 3., … ("numbered"), and the
            same words in sections "I.", "II.", … whose numbering restarts at 1 every 990 paragraphs
            ("sections"). Each conversion runs in a child process, which reports its time and its
            peak RSS (VmHWM, or ``ru_maxrss`` off Linux; the baseline after imports and schema
            compilation is shown apart). A child still running after ``--timeout`` seconds is killed; the next size of
            that shape is then skipped. Targets: linear growth, 10 MB in ≤ 4 s with peak ≤ 600 MB.
4. corpus   the UN's files of sessions 75-77 (``corpus/un-akn/eng/{75,76,77}`` under ``AKN_SHARED``,
            default ``../shared``) rendered as text by ``akn text`` into a temporary folder (by a
            plain itertext fallback when ``converter/text_writer.py`` is absent), then timed through
            ``akn convert DIR --out-dir OUT`` as a subprocess, default ``-j`` and ``-j 1``; the worker
            processes seen and their CPU time, and whether both runs wrote the same bytes.
            Target ≤ 10 s. Skipped when the corpus is absent.
5. startup  ``akn --help`` as a subprocess, median of 10 (target ≤ 200 ms), and the heavy modules
            (lxml, xmlschema, converter.*) that ``import converter.cli`` pulls in — there should be
            none; when slower than the target, the costliest imports from ``python -X importtime``.

    python benchmarks/speed.py [--runs 500] [--sizes 1,10] [--timeout 120] [--parts seed,floor,long,corpus,startup]
    python benchmarks/speed.py --profile seed|SIZE_MB[:numbered|sections] [--top 25]

Prints numbers and asserts nothing. The machine is shared: the load average at the start is printed.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from common import git_state  # noqa: E402

SEED = ROOT / "samples" / "A_RES_65_124.txt"
SHARED = Path(os.environ.get("AKN_SHARED", ROOT.parent / "shared"))
MARKUP_DATE = "2026-01-01"  # fixed: two conversions of the same text give the same bytes
SOURCE_DATE_EPOCH = "1767225600"  # 2026-01-01, for the CLI runs
PARTS = ("seed", "floor", "long", "corpus", "startup")
HEAVY = ("lxml", "lxml.etree", "xmlschema", "converter.api", "converter.batch", "converter.text_reader",
         "converter.akn_writer", "converter.akn_reader", "converter.text_writer", "converter.validation",
         "converter.inline", "cobalt")


# --- helpers -----------------------------------------------------------------------------------------


def akn_command() -> list[str]:
    exe = shutil.which("akn", path=str(Path(sys.executable).parent)) or shutil.which("akn")
    return [exe] if exe else [sys.executable, "-m", "converter.cli"]


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:.3f} ms"


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def timed(fn, runs: int, warmup: int = 50) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import lxml.etree as etree

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{os.cpu_count()} cores ({cpu}), Python {sys.version.split()[0]}, lxml {etree.__version__} "
            f"(libxml2 {'.'.join(map(str, etree.LIBXML_VERSION))}); load average {load:.2f} at the start")


# --- the long resolutions ----------------------------------------------------------------------------


def seed_parts() -> tuple[str, list[str]]:
    """The seed's text up to its first operative paragraph, and the operative paragraphs without numbers."""
    seed = SEED.read_text(encoding="utf-8")
    m = re.search(r"^1\. ", seed, re.M)
    head, ops = seed[: m.start()], seed[m.start():]
    paras = [re.sub(r"^\d+\.\s+", "", p.strip()) for p in re.split(r"\n\s*(?=\d+\. )", ops.strip())]
    return head, paras


def roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out


def long_text(size: int, shape: str, per_section: int = 990) -> tuple[str, int]:
    """A resolution of at least ``size`` bytes (UTF-8); ends on the seed's last paragraph (a full stop)."""
    head, paras = seed_parts()
    out, total, n = [head], len(head.encode()), 0
    while total < size or n % len(paras):
        chunk = ""
        if shape == "sections" and n % per_section == 0:
            chunk = f"\n{roman(n // per_section + 1)}. Cooperation in area {n // per_section + 1}\n\n"
        number = n % per_section + 1 if shape == "sections" else n + 1
        chunk += f"{number}. {paras[n % len(paras)]}\n"
        n += 1
        out.append(chunk)
        total += len(chunk.encode())
    return "".join(out), n


def peak_rss_kb() -> int:
    """This process's peak RSS in KiB: VmHWM (Linux; its own, since exec) or else ``ru_maxrss``.

    On Linux ``ru_maxrss`` survives fork and exec: a child started by a big parent would report the
    parent's size. VmHWM belongs to the address space, which exec replaces.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss // 1024 if sys.platform == "darwin" else rss


def child_long(path: str) -> None:
    """In the child: convert one file as `akn convert` does; print time and memory as JSON."""
    from converter.api import convert_text
    from converter.textio import read_input

    convert_text(SEED.read_text(encoding="utf-8"), markup_date=MARKUP_DATE)  # imports, schema compiled
    base = peak_rss_kb()
    t0 = time.perf_counter()
    text = read_input(path)
    result = convert_text(text, markup_date=MARKUP_DATE)
    seconds = time.perf_counter() - t0
    peak = peak_rss_kb()
    print(json.dumps({"seconds": seconds, "base_kb": base, "peak_kb": peak, "xml_bytes": len(result.xml),
                      "paragraphs": result.xml.count(b"<paragraph "), "sections": result.xml.count(b"<section ")}))


def part_long(sizes: list[float], timeout: float) -> None:
    print(f"\n3. long resolutions (each in a child process; killed after {timeout:.0f} s)")
    print(f"   {'shape':9s} {'input':>9s} {'paragraphs':>10s} {'found':>6s} {'time':>9s} {'MB/s':>6s} "
          f"{'s/MB':>6s} {'peak RSS':>9s} {'baseline':>9s}")
    with tempfile.TemporaryDirectory(prefix="akn-speed-") as tmp:
        for shape in ("numbered", "sections"):
            rows = []
            gave_up = None
            for size_mb in sizes:
                text, n = long_text(int(size_mb * 1_000_000), shape)
                nbytes = len(text.encode())
                label = f"{nbytes / 1e6:.2f} MB"
                if gave_up is not None:
                    print(f"   {shape:9s} {label:>9s} {n:>10,} skipped: {gave_up:g} MB already exceeded {timeout:.0f} s")
                    continue
                path = Path(tmp) / f"{shape}-{size_mb:g}MB.txt"
                path.write_text(text, encoding="utf-8")
                cmd = [sys.executable, str(Path(__file__).resolve()), "--child-long", str(path)]
                t0 = time.perf_counter()
                try:
                    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
                except subprocess.TimeoutExpired:
                    print(f"   {shape:9s} {label:>9s} {n:>10,} {'':>6s} {'>' + format(timeout, '.0f') + ' s':>9s}  "
                          f"killed: did not finish")
                    gave_up = size_mb
                    continue
                if proc.returncode != 0:
                    last = (proc.stderr.strip().splitlines() or ["?"])[-1]
                    print(f"   {shape:9s} {label:>9s} {n:>10,} failed after {time.perf_counter() - t0:.1f} s: {last}")
                    continue
                r = json.loads(proc.stdout.strip().splitlines()[-1])
                found = r["paragraphs"]
                rows.append((nbytes, r["seconds"]))
                print(f"   {shape:9s} {label:>9s} {n:>10,} {found:>6,} {r['seconds']:8.2f}s "
                      f"{nbytes / 1e6 / r['seconds']:6.2f} {r['seconds'] / (nbytes / 1e6):6.2f} "
                      f"{r['peak_kb'] / 1024:7.0f}MB {r['base_kb'] / 1024:7.0f}MB")
            if len(rows) >= 2:
                (b0, s0), (b1, s1) = rows[0], rows[-1]
                growth = (s1 / s0) / (b1 / b0)
                print(f"   {shape:9s} growth {b0 / 1e6:.2g} → {b1 / 1e6:.2g} MB: time ×{s1 / s0:.1f} for input "
                      f"×{b1 / b0:.1f} (1.0 = linear; {growth:.2f})")
    print("   paragraphs = written, found = <paragraph> elements in the output; peak RSS = the child's own peak "
          "(VmHWM), baseline = its peak before the conversion")


# --- the corpus ----------------------------------------------------------------------------------


def _text_one(args) -> tuple[str, int, str]:
    src, dst = args
    from click.testing import CliRunner

    from converter.cli import main

    r = CliRunner().invoke(main, ["text", src, "-o", dst])
    return src, r.exit_code, (r.output or "").strip()[:200]


def _itertext_one(args) -> tuple[str, int, str]:
    """Fallback when there is no text writer: one line per preface p, preamble container and top paragraph."""
    src, dst = args
    from lxml import etree

    ns = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"

    def words(el) -> str:
        parts = []
        for node in el.iter():
            if node is not el and node.tag == ns + "authorialNote":
                continue
            if node.text and not any(a.tag == ns + "authorialNote" for a in node.iterancestors()):
                parts.append(node.text)
            if node is not el and node.tail and not any(a.tag == ns + "authorialNote" for a in node.iterancestors()):
                parts.append(node.tail)
        return " ".join(" ".join(parts).split())

    try:
        root = etree.parse(src).getroot()
        lines = []
        for el in root.iter(ns + "preface", ns + "preamble", ns + "mainBody"):
            if el.getparent().getparent().tag != ns + "akomaNtoso":
                continue  # annexes: left out
            if el.tag == ns + "mainBody":
                lines += [words(p) for p in el.iter(ns + "paragraph") if p.getparent().tag != ns + "paragraph"]
            else:
                lines += [words(c) for c in el]
        Path(dst).write_text("\n\n".join(l for l in lines if l) + "\n", encoding="utf-8")
        return src, 0, ""
    except Exception as e:  # noqa: BLE001 - one line per failure
        return src, 1, f"{type(e).__name__}: {e}"


def corpus_text(corpus: Path, folder: Path, workers: int) -> tuple[int, int, str, float]:
    from concurrent.futures import ProcessPoolExecutor

    files = sorted(p for s in ("75", "76", "77") for p in (corpus / s).glob("*.xml"))
    jobs = [(str(f), str(folder / f"{f.parent.name}-{f.stem}.txt")) for f in files]
    use_writer = (ROOT / "converter" / "text_writer.py").exists()
    fn = _text_one if use_writer else _itertext_one
    how = "`akn text` (in-process, CliRunner)" if use_writer else "itertext fallback (no converter/text_writer.py)"
    t0 = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(fn, jobs, chunksize=16))
    failed = [r for r in results if r[1] != 0]
    for src, _, msg in failed[:3]:
        print(f"   text failed: {src}: {msg}")
    return len(files), len(failed), how, time.perf_counter() - t0


def _children(pid: int) -> list[int]:
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except (OSError, ValueError):
        return []


def _cpu_seconds(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def run_convert(folder: Path, out: Path, extra: list[str]) -> dict:
    """``akn convert folder --out-dir out`` as a subprocess: wall time, exit code, workers seen and their CPU."""
    cmd = akn_command() + ["convert", str(folder), "--out-dir", str(out), "-q", *extra]
    env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    cpu: dict[int, float] = {}
    while proc.poll() is None:
        for child in _children(proc.pid):
            c = _cpu_seconds(child)
            if c is not None:
                cpu[child] = c
        time.sleep(0.05)
    seconds = time.perf_counter() - t0
    err = proc.stderr.read().decode(errors="replace").strip().splitlines()
    proc.stderr.close()
    return {"cmd": cmd, "seconds": seconds, "code": proc.returncode, "last": err[-1] if err else "",
            "errors": [l for l in err if ": error: " in l], "workers": cpu}


def code_fingerprint() -> str:
    import hashlib

    h = hashlib.sha1()
    for f in sorted((ROOT / "converter").glob("*.py")):
        h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def same_outputs(a: Path, b: Path) -> tuple[int, list[str]]:
    names_a = sorted(p.relative_to(a) for p in a.rglob("*.xml"))
    names_b = sorted(p.relative_to(b) for p in b.rglob("*.xml"))
    differ = [str(n) for n in names_a if not (b / n).is_file() or (a / n).read_bytes() != (b / n).read_bytes()]
    differ += [str(n) + " (only in -j 1)" for n in set(names_b) - set(names_a)]
    return len(names_a), differ


def part_corpus(corpus: Path, with_j1: bool) -> None:
    print(f"\n4. corpus: `akn convert DIR --out-dir OUT` on the UN's files of sessions 75-77 ({corpus})")
    if not all((corpus / s).is_dir() for s in ("75", "76", "77")):
        print(f"   skipped: {corpus}/{{75,76,77}} not found (set AKN_SHARED)")
        return
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="akn-speed-corpus-") as tmp:
        folder = Path(tmp) / "text"
        folder.mkdir()
        n, failed, how, secs = corpus_text(corpus, folder, cores)
        size = sum(p.stat().st_size for p in folder.glob("*.txt"))
        print(f"   text: {n - failed:,} files, {size / 1e6:.1f} MB, by {how} in {secs:.1f} s (not timed below)"
              + (f"; {failed} failed" if failed else ""))
        runs = [("default -j", []), ("-j 1", ["-j", "1"])] if with_j1 else [("default -j", [])]
        outs = {}
        before = code_fingerprint()
        for label, extra in runs:
            out = Path(tmp) / ("out" + "".join(extra).replace(" ", ""))
            load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
            r = run_convert(folder, out, extra)
            outs[label] = out
            workers = r["workers"]
            wl = ", ".join(f"{c:.1f}" for c in sorted(workers.values(), reverse=True)) if workers else "-"
            print(f"   {label:10s} {r['seconds']:6.2f} s  {n / r['seconds']:6.0f} files/s  "
                  f"{size / 1e6 / r['seconds']:5.2f} MB/s  exit {r['code']}  worker processes {len(workers)} "
                  f"(CPU s: {wl}); load before {load:.2f}" + (f"  [{r['last']}]" if r["last"] else ""))
            for line in r["errors"][:3]:
                print(f"      {line}")
        print(f"   command: SOURCE_DATE_EPOCH={SOURCE_DATE_EPOCH} {' '.join(akn_command())} convert DIR --out-dir OUT -q"
              f"  (default -j = {cores} here)")
        if len(outs) == 2 and code_fingerprint() != before:
            print("   default -j and -j 1 not compared: converter/*.py changed between the runs")
        elif len(outs) == 2:
            count, differ = same_outputs(outs["default -j"], outs["-j 1"])
            print(f"   default -j and -j 1 wrote {count:,} files: "
                  + ("byte-identical" if not differ else f"{len(differ)} differ, e.g. {differ[:3]}"))


# --- start-up ------------------------------------------------------------------------------------


def part_startup(runs: int = 10) -> None:
    print("\n5. start-up: `akn --help` as a subprocess")
    cmd = akn_command() + ["--help"]
    subprocess.run(cmd, capture_output=True)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=False)
        times.append(time.perf_counter() - t0)
    bare = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], capture_output=True)
        bare.append(time.perf_counter() - t0)
    med = statistics.median(times)
    print(f"   median {ms(med)} of {runs}, min {ms(min(times))} (target ≤ 200 ms); a bare `python -c pass`: "
          f"{ms(statistics.median(bare))}")
    probe = ("import sys, converter.cli; heavy = " + repr(HEAVY) +
             "; print(','.join(m for m in heavy if m in sys.modules))")
    heavy = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    print(f"   heavy modules imported by `import converter.cli`: {heavy or 'none'}")
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("   note: PYTHONDONTWRITEBYTECODE is set here, so uncached modules are compiled on every start")
    if med > 0.2 or heavy:
        imp = subprocess.run([sys.executable, "-X", "importtime", "-c", "import converter.cli"], capture_output=True,
                             text=True, cwd=ROOT).stderr
        rows = []
        for line in imp.splitlines():
            m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
            if m:
                rows.append((int(m.group(2)), int(m.group(1)), len(m.group(3)), m.group(4)))
        rows.sort(reverse=True)
        print("   costliest imports (cumulative µs, self µs):")
        for cum, own, _, name in rows[:8]:
            print(f"      {cum:8,} {own:8,}  {name}")


# --- seed and floor ------------------------------------------------------------------------------


def alternating(fns, runs: int, block: int = 20, warmup: int = 50) -> list[list[float]]:
    """Time each of ``fns`` ``runs`` times, in alternating blocks of ``block`` runs (after one untimed run that
    starts each block), so that all see the same machine: on a shared machine the speed of the same code can swing
    by half from one minute to the next, and two medians taken minutes apart give a ratio of that swing. Within a
    block each function runs in a loop of its own, as it would alone (its code and data stay in the caches)."""
    for fn in fns:
        for _ in range(warmup):
            fn()
    out: list[list[float]] = [[] for _ in fns]
    while len(out[0]) < runs:
        for fn, times in zip(fns, out):
            fn()
            for _ in range(block):
                t0 = time.perf_counter()
                fn()
                times.append(time.perf_counter() - t0)
    return out


def part_seed_floor(runs: int, parts: set[str]) -> None:
    from lxml import etree

    from converter.akn_writer import serialize, write_akn
    from converter.api import convert_text
    from converter.text_reader import read_text
    from converter.validation import schema

    text = SEED.read_text(encoding="utf-8")
    t0 = time.perf_counter()
    result = convert_text(text, markup_date=MARKUP_DATE)
    first = time.perf_counter() - t0
    xml = result.xml
    sch = schema()
    block = 20
    times, floor, parse = alternating([lambda: convert_text(text, markup_date=MARKUP_DATE),
                                       lambda: sch.validate(etree.fromstring(xml)),
                                       lambda: etree.fromstring(xml)], runs, block)
    med = statistics.median(times)
    if "seed" in parts:
        print(f"\n1. seed {SEED.relative_to(ROOT)} ({len(text.encode()):,} bytes → {len(xml):,} bytes of XML), "
              f"in-process convert_text, {len(times)} runs after 50 warm-up")
        print(f"   median {ms(med)}  p90 {ms(pct(times, 0.9))}  min {ms(min(times))}  (target ≤ 1.5 ms); "
              f"first call {ms(first)} (imports done, schema compiled on first use)")
        res = read_text(text)
        root = write_akn(res, MARKUP_DATE)
        stages = [
            ("read_text", lambda: read_text(text)),
            ("write_akn", lambda: write_akn(res, MARKUP_DATE)),
            ("schema validate", lambda: sch.validate(root)),
            ("serialize", lambda: serialize(root)),
        ]
        medians = map(statistics.median, alternating([fn for _, fn in stages], max(50, runs // 2), block, 20))
        got = [(name, med_s) for (name, _), med_s in zip(stages, medians)]
        total = sum(s for _, s in got)
        print("   stages (median, share of their sum; each in a loop of its own, which is faster than in the "
              "pipeline): " + ", ".join(f"{name} {ms(s)} ({s / total:.0%})" for name, s in got))
    if "floor" in parts:
        fmed = statistics.median(floor)
        # the ratio block by block: how much it moves while the machine does
        per_block = sorted(statistics.median(times[i : i + block]) / statistics.median(floor[i : i + block])
                           for i in range(0, len(times) - block + 1, block))
        print(f"\n2. floor: lxml parse + schema().validate of our seed output, median {ms(fmed)} "
              f"(parse alone {ms(statistics.median(parse))}), {len(floor)} runs, in blocks of {block} "
              f"alternating with the seed's")
        print(f"   convert_text / floor = {med / fmed:.1f}×  (target ≤ 5×, i.e. ≤ {ms(5 * fmed)}); block by "
              f"block: median {statistics.median(per_block):.1f}×, quartiles {pct(per_block, 0.25):.1f}× to "
              f"{pct(per_block, 0.75):.1f}× over {len(per_block)} blocks")


# --- profile -------------------------------------------------------------------------------------


def profile(what: str, top: int) -> None:
    """cProfile of one conversion (the seed ×200, or a long resolution): functions by cumulative time."""
    import cProfile
    import pstats

    from converter.api import convert_text

    seed = SEED.read_text(encoding="utf-8")
    convert_text(seed, markup_date=MARKUP_DATE)  # imports and schema out of the picture
    if what == "seed":
        text, repeat, label = seed, 200, f"{SEED.name} ×200"
    else:
        size, _, shape = what.partition(":")
        text, n = long_text(int(float(size) * 1_000_000), shape or "numbered")
        repeat, label = 1, f"{shape or 'numbered'} {float(size):g} MB ({n:,} paragraphs)"
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(repeat):
        convert_text(text, markup_date=MARKUP_DATE)
    prof.disable()
    stats = pstats.Stats(prof).stats
    total = max(ct for (_, _, _), (_, _, _, ct, _) in stats.items())
    rows = []
    for (file, line, name), (cc, nc, tt, ct, _) in stats.items():
        where = Path(file)
        short = f"{where.parent.name}/{where.name}" if where.suffix == ".py" else file
        rows.append((ct, tt, nc, f"{short}:{name}"))
    rows.sort(reverse=True)
    print(f"\nprofile: convert_text of {label}, {total:.2f} s under cProfile; top {top} by cumulative time")
    print(f"   {'cum %':>6s} {'own %':>6s} {'calls':>9s}  function")
    for ct, tt, nc, name in rows[:top]:
        print(f"   {100 * ct / total:5.1f}% {100 * tt / total:5.1f}% {nc:9,}  {name}")


# --- main ----------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=500, help="in-process runs for the seed and the floor")
    ap.add_argument("--sizes", default="1,10", help="long resolution sizes in MB, comma-separated")
    ap.add_argument("--timeout", type=float, default=120, help="seconds before a long conversion is killed")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "un-akn" / "eng")
    ap.add_argument("--parts", default=",".join(PARTS), help="which parts: " + ",".join(PARTS))
    ap.add_argument("--no-j1", action="store_true", help="corpus: skip the -j 1 run and the comparison")
    ap.add_argument("--profile", metavar="WHAT", help="instead of timing: cProfile 'seed' or a long input "
                    "'SIZE_MB[:numbered|sections]' (e.g. 1 or 10:sections) and print the top functions")
    ap.add_argument("--top", type=int, default=25, help="with --profile: how many functions")
    ap.add_argument("--child-long", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_long:
        child_long(args.child_long)
        return
    if args.profile:
        profile(args.profile, args.top)
        return
    parts = {p.strip() for p in args.parts.split(",") if p.strip()}
    unknown = parts - set(PARTS)
    if unknown:
        ap.error(f"unknown parts: {', '.join(sorted(unknown))}")
    print("akn speed benchmark")
    print(f"   reproduce: python benchmarks/speed.py {' '.join(sys.argv[1:])}".rstrip())
    print(f"   converter: {git_state()}")
    print(f"   machine: {machine()}")
    if parts & {"seed", "floor"}:
        part_seed_floor(args.runs, parts)
    if "long" in parts:
        part_long([float(s) for s in args.sizes.split(",") if s.strip()], args.timeout)
    if "corpus" in parts:
        part_corpus(args.corpus, not args.no_j1)
    if "startup" in parts:
        part_startup()
    if hasattr(os, "getloadavg"):
        print(f"\nload average at the end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
