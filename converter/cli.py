"""The `akn` command line: a thin layer of click commands over the library."""
from __future__ import annotations

import sys

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="akn")
def main():
    """Convert United Nations resolutions between plain text and Akoma Ntoso 3.0 (AKN4UN)."""


# --- convert (owner: text reader / AKN writer) -------------------------------------------


_ISO = r"^\d{4}-\d{2}-\d{2}$"


def _check_date(ctx, param, value):
    import datetime
    import re

    if value is None:
        return None
    try:
        if not re.match(_ISO, value):
            raise ValueError
        datetime.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2010-12-13") from None
    return value


def _check_symbol(ctx, param, value):
    import re

    if value is not None and not re.match(r"^[A-Z]+(?:/[A-Za-z0-9.\-]+)+(?: [A-Z](?:-[A-Z])?)?$", value):
        raise click.BadParameter(f"{value!r} is not a UN document symbol like A/RES/65/124")
    return value


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the XML here (one input only).")
@click.option("--out-dir", type=click.Path(file_okay=False), help="Write DIR/<input stem>.xml for every input.")
@click.option("--symbol", callback=_check_symbol, help="Document symbol, e.g. A/RES/65/124, when the text lacks a masthead.")
@click.option("--adopted", callback=_check_date, help="Adoption date (YYYY-MM-DD) when the text does not state it.")
@click.option("--language", default=None, help="Expression language, ISO 639-2 alpha-3 (default: eng).")
@click.option("--encoding", default=None, help="Force the input encoding (default: detected).")
@click.option("--strict", is_flag=True, help="Fail on warnings (no formula, no operative paragraphs, ...).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Worker processes (default: all cores).")
@click.option("--report", type=click.Path(dir_okay=False), help="Write a JSON report: status, warnings, time per file.")
@click.option("--skip-existing", is_flag=True, help="Skip inputs whose output already exists (resume a run).")
@click.option("--layout", type=click.Choice(["flat", "frbr"]), default="flat", show_default=True,
              help="With --out-dir: flat DIR/<stem>.xml, or frbr DIR/akn/un/.../eng@/!main.xml.")
@click.option("-q", "--quiet", is_flag=True, help="No warnings on stderr.")
def convert(inputs, output, out_dir, symbol, adopted, language, encoding, strict, jobs, report, skip_existing,
            layout, quiet):
    """Convert the plain text of resolutions (paths, folders, or - for stdin) to Akoma Ntoso XML.

    Errors and warnings are one line 'FILE: …' each on stderr. Exit status: 0 all converted, 1 some input
    failed (unreadable, not text, or a warning under --strict), 2 usage error."""
    import json
    import os
    from pathlib import Path

    from .batch import Job, expand_inputs, out_path, run_many

    if language is not None and not (len(language) == 3 and language.isalpha() and language.islower()):
        raise click.BadParameter(f"{language!r} is not an ISO 639-2 code like eng", param_hint="--language")
    if output and out_dir:
        raise click.UsageError("give either -o/--output or --out-dir, not both")
    items = expand_inputs(list(inputs))
    if not items:
        raise click.UsageError("no text files found in the inputs")
    if output and len(items) > 1:
        raise click.UsageError("-o/--output takes one input; use --out-dir for several")
    if len(items) > 1 and not out_dir:
        raise click.UsageError("several inputs need --out-dir")
    if sum(1 for path, _ in items if path == "-") > 1:
        raise click.UsageError("standard input can be read once")
    jobs_list = []
    for path, rel in items:
        if out_dir:
            target = f"frbr:{out_dir}" if layout == "frbr" else str(out_path(Path(out_dir), rel))
        else:
            target = output
        jobs_list.append(Job(path, target, symbol=symbol, adopted=adopted, language=language, encoding=encoding,
                             strict=strict, skip_existing=skip_existing))
    if any(j.input == "-" for j in jobs_list) and len(jobs_list) > 1:
        jobs_list.sort(key=lambda j: j.input != "-")  # read stdin in this process
    workers = jobs or os.cpu_count() or 1
    if any(j.input == "-" for j in jobs_list):
        workers = 1
    counts = {"ok": 0, "failed": 0, "skipped": 0}
    records = []
    show_bar = len(jobs_list) >= 20 and sys.stderr.isatty() and not quiet
    bar = click.progressbar(length=len(jobs_list), label="converting", file=sys.stderr) if show_bar else None
    if bar:
        bar.__enter__()
    try:
        for o in run_many(jobs_list, workers, progress=bar.update if bar else None):
            counts[o.status] += 1
            records.append(o.report())
            name = "<stdin>" if o.input == "-" else o.input
            if o.status == "failed":
                click.echo(f"{name}: error: {o.error}", err=True)
                continue
            if not quiet:
                for w in o.warnings:
                    click.echo(f"{name}: warning: {w}", err=True)
            if o.xml is not None:
                sys.stdout.buffer.write(o.xml)
                sys.stdout.flush()
    finally:
        if bar:
            bar.__exit__(None, None, None)
    if report:
        from .textio import write_atomic

        summary = {"converted": counts["ok"], "failed": counts["failed"], "skipped": counts["skipped"]}
        write_atomic(Path(report), json.dumps({"summary": summary, "files": records}, indent=2).encode())
    if len(jobs_list) > 1 and not quiet:
        click.echo(f"{counts['ok']:,} converted, {counts['failed']:,} failed"
                   + (f", {counts['skipped']:,} skipped" if counts["skipped"] else ""), err=True)
    sys.exit(1 if counts["failed"] else 0)


# --- validate (owner: validation) --------------------------------------------------------


class _OneLineUsageError(click.UsageError):
    def show(self, file=None):
        click.echo(f"akn validate: {self.format_message()} (see akn validate --help)", err=True)


class _ValidateCommand(click.Command):
    """Usage errors on one line, like every other error of the command."""

    def make_context(self, *args, **kwargs):
        try:
            return super().make_context(*args, **kwargs)
        except click.UsageError as e:
            raise _OneLineUsageError(e.format_message(), e.ctx) from None


def _list_rules(ctx, param, value):
    if not value or ctx.resilient_parsing:
        return
    from .schemas.profile_rules import describe

    for rule_id, description in describe():
        click.echo(f"{rule_id}  {description}")
    ctx.exit(0)


@main.command(cls=_ValidateCommand)
@click.argument("inputs", nargs=-1, required=True, metavar="FILE...")
@click.option("--level", type=click.Choice(["1", "2"]), default="2", show_default=True,
              help="1: the OASIS schema only; 2: also the Naming Convention / AKN4UN profile rules.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: FILE:LINE: message lines; json: one JSON document for machines.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Worker processes (default: all cores).")
@click.option("-q", "--quiet", is_flag=True, help="Print problems only, not the 'FILE: valid' lines.")
@click.option("--list-rules", is_flag=True, is_eager=True, expose_value=False, callback=_list_rules,
              help="List the level-2 rule ids and what each checks, then exit.")
def validate(inputs, level, fmt, jobs, quiet):
    """Validate Akoma Ntoso files (or folders of *.xml, or - for stdin).

    Prints 'FILE: valid' or 'FILE:LINE: message' per problem. Exit status: 0 all valid, 1 some invalid,
    2 some file unreadable, not XML, or refused (DTD/entities).
    """
    import json

    from .validation import expand_inputs, validate_files

    names, missing = expand_inputs(inputs)
    total = len(names) + len(missing)
    counts = {"valid": 0, "invalid": 0, "error": 0}
    records = []

    def emit(result):
        counts[result.status] += 1
        if fmt == "json":
            records.append(result.to_dict())
        elif result.status == "valid":
            if not quiet:
                click.echo(f"{result.name}: valid")
        else:
            for problem in result.problems:
                click.echo(problem.format(result.name))

    show_bar = (total >= 20 and sys.stderr.isatty() and (fmt == "json" or quiet or not sys.stdout.isatty()))
    bar = click.progressbar(length=len(names), label="validating", file=sys.stderr) if show_bar else None
    try:
        for result in missing:
            emit(result)
        if bar:
            with bar:
                for result in validate_files(names, int(level), jobs, progress=bar.update):
                    emit(result)
        else:
            for result in validate_files(names, int(level), jobs):
                emit(result)
        if fmt == "json":
            doc = {"level": int(level), "summary": counts, "files": records}
            click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
    except BrokenPipeError:  # `akn validate DIR | head`: stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    sys.stdout.flush()
    if total > 1:
        parts = [f"{counts['valid']:,} valid", f"{counts['invalid']:,} invalid"]
        if counts["error"]:
            parts.append(f"{counts['error']:,} unreadable")
        click.echo(", ".join(parts), err=True)
    sys.exit(2 if counts["error"] else 1 if counts["invalid"] else 0)


# --- text / roundtrip (owner: AKN reader / text writer) ---------------------------------


def _fail(name: str, line, message: str, code: int):
    """One line ``FILE:LINE: message`` (``FILE: message`` when the line is unknown) on stderr, then exit."""
    where = f"{name}:{line}" if line else name
    message = " ".join(str(message).split())
    click.echo(f"{where}: {message}", err=True)
    sys.exit(code)


def _read_source(file: str) -> tuple[str, bytes]:
    """(display name, bytes) of FILE or of standard input for ``-``; exit 2 when unreadable."""
    if file == "-":
        stream = getattr(sys.stdin, "buffer", sys.stdin)
        try:
            data = stream.read()
            return "<stdin>", data.encode("utf-8") if isinstance(data, str) else data
        except OSError as e:
            _fail("<stdin>", None, f"cannot read: {e.strerror or e}", 2)
    from pathlib import Path

    p = Path(file)
    try:
        return file, p.read_bytes()
    except IsADirectoryError:
        _fail(file, None, "cannot read: is a directory", 2)
    except FileNotFoundError:
        _fail(file, None, "cannot read: no such file or directory", 2)
    except OSError as e:
        _fail(file, None, f"cannot read: {e.strerror or e}", 2)


def _akn_to_text(name: str, data: bytes, style: str) -> str:
    """The text of every resolution in an AKN document (the components of a collection one after another)."""
    from .akn_reader import read_akn_all
    from .text_writer import to_text
    from .xmlsafe import XmlInputError

    try:
        resolutions = read_akn_all(data)
    except XmlInputError as e:
        _fail(name, e.line, e.message, 1)
    except Exception as e:  # a bug in the reader: still one line, no traceback
        _fail(name, None, f"internal error while reading: {type(e).__name__}: {e}", 1)
    try:
        parts = []
        for i, res in enumerate(resolutions):
            if i:
                # later components of a collection: the masthead, number and title were printed once
                from dataclasses import replace

                from .model import Meta

                res = replace(res, meta=Meta(language=res.meta.language, doc_name=res.meta.doc_name))
            parts.append(to_text(res, style=style))
        return ("" if style == "lines" else "\n").join(parts)
    except Exception as e:
        _fail(name, None, f"internal error while writing text: {type(e).__name__}: {e}", 1)


@main.command("text")
@click.argument("file", metavar="FILE")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the text here (default: standard output).")
@click.option("--style", type=click.Choice(["printed", "body", "lines"]), default="printed", show_default=True,
              help="printed: as printed, masthead to footnotes; body: formula, preamble and operative part only; "
                   "lines: one paragraph per line, no blank lines, no indentation.")
def text_command(file, output, style):
    """Render an Akoma Ntoso resolution (ours or the UN's; FILE or - for stdin) as plain text.

    Errors are one line 'FILE:LINE: message' on stderr. Exit status: 0 done, 1 not XML or not
    Akoma Ntoso, 2 unreadable input or unwritable output.
    """
    name, data = _read_source(file)
    out = _akn_to_text(name, data, style)
    payload = out.encode("utf-8")
    if output:
        from pathlib import Path

        from .textio import write_atomic

        try:
            write_atomic(Path(output), payload)
        except OSError as e:
            _fail(output, None, f"cannot write: {e.strerror or e}", 2)
        return
    stream = getattr(sys.stdout, "buffer", None)
    try:
        if stream is None:
            sys.stdout.write(out)
            sys.stdout.flush()
            return
        stream.write(payload)
        stream.flush()
    except BrokenPipeError:  # `akn text FILE | head`
        sys.stderr.close()
        sys.exit(0)


@main.command("roundtrip")
@click.argument("file", metavar="FILE")
@click.option("--keep", type=click.Path(file_okay=False), default=None,
              help="Also write the intermediate text and XML into this directory.")
@click.option("-q", "--quiet", is_flag=True, help="Print only the differences, not the 'FILE: ok' line.")
@click.option("--italics/--no-italics", default=False, show_default=True,
              help="Also compare the italicised opening phrases (plain text carries no italics).")
def roundtrip_command(file, keep, quiet, italics):
    """Check that AKN → text → AKN keeps the structure and the words (FILE or - for stdin).

    Reads FILE, renders it as printed text, converts that text back to Akoma Ntoso and reads the
    result again; prints 'FILE: ok' or one line per difference. Exit status: 0 same, 1 different
    (or not AKN, or the text did not convert), 2 unreadable input.
    """
    from .akn_reader import read_akn_all
    from .api import convert_text
    from .compare import differences
    from .text_writer import to_text
    from .xmlsafe import XmlInputError

    name, data = _read_source(file)
    try:
        originals = read_akn_all(data)
    except XmlInputError as e:
        _fail(name, e.line, e.message, 1)
    except Exception as e:
        _fail(name, None, f"internal error while reading: {type(e).__name__}: {e}", 1)
    problems: list[str] = []
    for i, res in enumerate(originals):
        label = name if len(originals) == 1 else f"{name} (component {i + 1})"
        try:
            text = to_text(res)
            result = convert_text(text)
            again = read_akn_all(result.xml)[0]
        except Exception as e:
            problems.append(f"{label}: the text did not convert back: {type(e).__name__}: {' '.join(str(e).split())}")
            continue
        if keep:
            from pathlib import Path

            from .textio import write_atomic

            stem = Path(name).stem if file != "-" else "stdin"
            suffix = f"-{i + 1}" if len(originals) > 1 else ""
            try:
                write_atomic(Path(keep) / f"{stem}{suffix}.txt", text.encode("utf-8"))
                write_atomic(Path(keep) / f"{stem}{suffix}.roundtrip.xml", result.xml)
            except OSError as e:
                _fail(keep, None, f"cannot write: {e.strerror or e}", 2)
        problems.extend(f"{label}: {d}" for d in differences(res, again, italics=italics))
    for p in problems:
        click.echo(p)
    if problems:
        sys.exit(1)
    if not quiet:
        click.echo(f"{name}: ok")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
