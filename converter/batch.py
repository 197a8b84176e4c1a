"""Converting many files: one job per input, run in worker processes, outputs written atomically."""
from __future__ import annotations

import os
import re
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".md", ".text")


@dataclass
class Job:
    input: str  # a path, or "-"
    output: str | None  # a path; None = return the XML (stdout); "frbr:DIR" = file under its FRBR IRI in DIR
    symbol: str | None = None
    adopted: str | None = None
    language: str | None = None
    encoding: str | None = None
    strict: bool = False
    skip_existing: bool = False
    markup_date: str | None = None


@dataclass
class Outcome:
    input: str
    status: str  # "ok", "failed", "skipped"
    output: str | None = None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0
    xml: bytes | None = None

    def report(self) -> dict:
        d = asdict(self)
        d.pop("xml")
        d["seconds"] = round(self.seconds, 4)
        return d


def expand_inputs(inputs: list[str]) -> list[tuple[str, str]]:
    """Paths given → (path, name relative to its root). Folders are searched for text files."""
    out = []
    for item in inputs:
        p = Path(item)
        if item != "-" and p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES and not f.name.startswith("."):
                    out.append((str(f), str(f.relative_to(p))))
        else:
            out.append((item, Path(item).name if item != "-" else "stdin"))
    return out


def out_path(out_dir: Path, relname: str) -> Path:
    """``OUT/<name without suffix>.xml``, always inside ``out_dir`` whatever the name holds."""
    parts = [re.sub(r"[\x00-\x1f]", "_", part) for part in Path(relname).parts if part not in ("", ".", "..", "/")]
    parts = [p for p in parts if not os.path.isabs(p)] or ["stdin"]
    stem = Path(parts[-1]).stem or parts[-1]
    target = out_dir.joinpath(*parts[:-1], stem + ".xml")
    root = out_dir.resolve()
    resolved = target.resolve()
    if root != resolved and root not in resolved.parents:
        target = out_dir / (stem.replace(os.sep, "_") + ".xml")
    return target


def frbr_path(out_dir: Path, xml: bytes) -> Path:
    """``OUT/akn/un/statement/deliberation/unga/2010-12-13/65-124/eng@/!main.xml`` from the manifestation IRI."""
    m = re.search(rb'<FRBRManifestation>\s*<FRBRthis value="([^"]+)"', xml)
    iri = m.group(1).decode() if m else "/unknown/!main.xml"
    parts = [p for p in iri.split("/") if p not in ("", ".", "..")]
    return out_dir.joinpath(*parts)


def run(job: Job) -> Outcome:
    """Convert one input. Never raises: failures come back as an Outcome with a one-line error."""
    from .api import ConversionError, convert_text
    from .textio import InputError, read_input, write_atomic

    t0 = time.perf_counter()
    outcome = Outcome(input=job.input, status="ok")
    try:
        if job.skip_existing and job.output and not job.output.startswith("frbr:") and Path(job.output).exists():
            outcome.status, outcome.output = "skipped", job.output
            return outcome
        text = read_input(job.input, job.encoding)
        result = convert_text(text, symbol=job.symbol, adopted=job.adopted, language=job.language,
                              markup_date=job.markup_date)
        outcome.warnings = result.warnings
        if job.strict and result.warnings:
            raise ConversionError("strict: " + "; ".join(result.warnings))
        if job.output is None:
            outcome.xml = result.xml
        else:
            target = frbr_path(Path(job.output[5:]), result.xml) if job.output.startswith("frbr:") else Path(job.output)
            if job.skip_existing and target.exists():
                outcome.status = "skipped"
            else:
                write_atomic(target, result.xml)
            outcome.output = str(target)
    except (InputError, ConversionError) as e:
        outcome.status, outcome.error = "failed", str(e)
    except Exception as e:  # a bug: still one line, the batch goes on
        outcome.status, outcome.error = "failed", f"internal error: {type(e).__name__}: {e}"
    outcome.seconds = time.perf_counter() - t0
    return outcome


def warm_up() -> None:
    """Import the converter and compile the schema now, so that no job's time (``--report``) includes them.

    Run once per process: in each worker as the pool's initializer (whatever the start method:
    fork, forkserver or spawn), and before the first job when converting in this process. A failure
    here is left for the jobs themselves to report, one line each.
    """
    try:
        from . import akn_writer, text_reader, textio  # noqa: F401
        from .api import convert_text
        from .validation import schema

        schema()
        # one small conversion compiles the regular expressions the reader and writer build on first use
        convert_text("The General Assembly,\n\n1. Decides to remain seized of the matter.\n", markup_date="2000-01-01")
    except Exception:  # pragma: no cover - the jobs will say what is wrong
        pass


def _size(job: Job) -> int:
    try:
        return os.stat(job.input).st_size if job.input != "-" else 0
    except OSError:
        return 0


def run_many(jobs: list[Job], workers: int, progress=None):
    """Yield outcomes in input order, using ``workers`` processes when there is enough work.

    In parallel the largest inputs are handed out first, in small chunks, so that no worker is left
    converting a long resolution while the others are idle at the end; outcomes that arrive early are
    held until those before them in input order are out (they carry no XML unless written to stdout).
    """
    workers = max(1, min(workers, len(jobs)))
    if workers <= 1 or len(jobs) < 4:
        if jobs:
            warm_up()
        for job in jobs:
            o = run(job)
            if progress:
                progress(1)
            yield o
        return
    from concurrent.futures import ProcessPoolExecutor

    order = sorted(range(len(jobs)), key=lambda i: -_size(jobs[i]))
    chunk = max(1, min(8, len(jobs) // (workers * 16)))
    held: dict[int, Outcome] = {}
    nxt = 0
    with ProcessPoolExecutor(max_workers=workers, initializer=warm_up) as pool:
        for i, o in zip(order, pool.map(run, [jobs[i] for i in order], chunksize=chunk)):
            held[i] = o
            if progress:
                progress(1)
            while nxt in held:
                yield held.pop(nxt)
                nxt += 1
