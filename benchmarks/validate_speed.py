"""How long `akn validate DIR --level 1` takes on a folder of 1,000 Akoma Ntoso documents.

Uses the UN's files of sessions 75-77 (topped up from 80) when the shared corpus is present, else
1,000 copies of the test fixture. The folder holds symbolic links in a temporary directory; nothing is
copied into the repository. Prints numbers only (target: under 5 s on a 2-core machine).

    python benchmarks/validate_speed.py [--count 1000] [--corpus DIR]
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("AKN_SHARED", ROOT.parent / "shared"))
FIXTURE = ROOT / "tests" / "fixtures" / "validate" / "resolution-valid.xml"


def build_folder(target: Path, count: int, corpus: Path) -> str:
    sources: list[Path] = []
    for session in ("75", "76", "77", "80"):
        folder = corpus / session
        if folder.is_dir():
            sources.extend(sorted(folder.glob("*.xml")))
    if sources:
        picked = sources[:count]
        for i, src in enumerate(picked):
            (target / f"{i:04d}-{src.name}").symlink_to(src)
        return f"{len(picked)} UN files from {corpus} (sessions 75-77, then 80)"
    for i in range(count):
        (target / f"{i:04d}.xml").symlink_to(FIXTURE)
    return f"{count} links to {FIXTURE.name} (UN corpus not found at {corpus})"


def akn_command() -> list[str]:
    exe = shutil.which("akn", path=str(Path(sys.executable).parent)) or shutil.which("akn")
    return [exe] if exe else [sys.executable, "-m", "converter.cli"]


def in_process(folder: Path, *args: str) -> tuple[float, int, str]:
    from click.testing import CliRunner

    from converter.cli import main

    start = time.perf_counter()
    result = CliRunner().invoke(main, ["validate", str(folder), "-q", *args])
    return time.perf_counter() - start, result.exit_code, result.stderr.strip()


def as_subprocess(folder: Path, *args: str) -> tuple[float, int, str]:
    cmd = akn_command() + ["validate", str(folder), "-q", *args]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    return time.perf_counter() - start, proc.returncode, proc.stderr.strip().splitlines()[-1] if proc.stderr else ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "un-akn" / "eng")
    args = ap.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="akn-bench-") as tmp:
        folder = Path(tmp)
        what = build_folder(folder, args.count, args.corpus)
        n = sum(1 for _ in folder.iterdir())
        print(f"folder: {what}")
        print(f"machine: {cores} cores, Python {sys.version.split()[0]}")
        print(f"subprocess command: {' '.join(akn_command())} validate DIR --level 1")
        rows = [
            ("subprocess  --level 1", as_subprocess, ("--level", "1")),
            ("subprocess  --level 1 -j 1", as_subprocess, ("--level", "1", "-j", "1")),
            ("in-process  --level 1", in_process, ("--level", "1")),
            ("subprocess  --level 2", as_subprocess, ("--level", "2")),
        ]
        for label, run, extra in rows:
            seconds, code, summary = run(folder, *extra)
            print(f"{label:28s} {seconds:6.2f} s  {n / seconds:7.0f} files/s  exit {code}  ({summary})")


if __name__ == "__main__":
    main()
