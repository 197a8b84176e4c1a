"""The command-line contract of `akn convert` (issue 2) and batch behaviour (issues 7, 8)."""
import json

from click.testing import CliRunner

from converter.cli import main

from .conftest import SAMPLES

SEED = SAMPLES / "A_RES_65_124.txt"


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_help_lists_commands():
    r = run("--help")
    assert r.exit_code == 0
    for cmd in ("convert", "validate", "text"):
        assert cmd in r.output


def test_stdin_to_stdout():
    r = run("convert", "-", input=SEED.read_bytes())
    assert r.exit_code == 0
    assert r.stdout_bytes.startswith(b"<?xml")
    assert "warning" in r.stderr


def test_output_file(tmp_path):
    out = tmp_path / "x.xml"
    r = run("convert", str(SEED), "-o", str(out), "--symbol", "A/RES/65/124", "--adopted", "2010-12-13")
    assert r.exit_code == 0
    assert out.read_bytes().startswith(b"<?xml")
    assert r.stdout == ""


def test_out_dir_and_failures(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    other = tmp_path / "seed copy.txt"
    other.write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    r = run("convert", str(SEED), str(bad), str(other), "--out-dir", str(out), "-j", "1")
    assert r.exit_code == 1
    assert (out / "A_RES_65_124.xml").exists()
    assert (out / "seed copy.xml").exists()
    assert not (out / "empty.xml").exists()
    errors = [l for l in r.stderr.splitlines() if "error" in l]
    assert len(errors) == 1 and "empty.txt" in errors[0] and "empty" in errors[0]


def test_missing_file_is_one_line_error():
    r = run("convert", "/nonexistent/file.txt")
    assert r.exit_code == 1
    assert r.stderr.strip().count("\n") == 0
    assert "/nonexistent/file.txt" in r.stderr and "Traceback" not in r.stderr


def test_usage_errors_exit_2(tmp_path):
    assert run("convert").exit_code == 2
    assert run("convert", str(SEED), "--adopted", "13 December 2010").exit_code == 2
    assert run("convert", str(SEED), "--symbol", "not a symbol").exit_code == 2
    assert run("convert", str(SEED), str(SEED), "-o", str(tmp_path / "x.xml")).exit_code == 2
    assert run("convert", str(SEED), "-o", str(tmp_path / "a.xml"), "--out-dir", str(tmp_path)).exit_code == 2


def test_report_and_skip_existing(tmp_path):
    out = tmp_path / "out"
    rep = tmp_path / "report.json"
    r = run("convert", str(SEED), "--out-dir", str(out), "--report", str(rep))
    assert r.exit_code == 0
    data = json.loads(rep.read_text())
    assert data["summary"]["converted"] == 1
    assert data["files"][0]["status"] == "ok" and data["files"][0]["warnings"]
    r = run("convert", str(SEED), "--out-dir", str(out), "--skip-existing", "--report", str(rep))
    assert json.loads(rep.read_text())["files"][0]["status"] == "skipped"


def test_frbr_layout(tmp_path):
    out = tmp_path / "out"
    r = run("convert", str(SEED), "--out-dir", str(out), "--layout", "frbr", "--symbol", "A/RES/65/124",
            "--adopted", "2010-12-13")
    assert r.exit_code == 0
    assert (out / "akn/un/statement/deliberation/unga/2010-12-13/65-124/eng@/!main.xml").exists()


def test_folder_input(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "a.txt").write_bytes(SEED.read_bytes())
    (src / "b.txt").write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    r = run("convert", str(src), "--out-dir", str(out), "-q")
    assert r.exit_code == 0
    assert (out / "sub" / "a.xml").exists() and (out / "b.xml").exists()


def test_out_dir_never_escapes(tmp_path):
    from pathlib import Path

    from converter.batch import out_path

    base = tmp_path / "out"
    for name in ("../../etc/passwd.txt", "/abs/x.txt", "..", "a/../../b.txt"):
        p = out_path(base, name).resolve()
        assert base.resolve() in p.parents, name
