"""inline.find: citations of UN documents and dates found in a paragraph's words."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from converter.inline import find

U = "https://undocs.org/"
GA = "/akn/un/statement/deliberation/unga/"
SC = "/akn/un/statement/deliberation/unsc/"


def refs(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], v) for s, e, k, v in find(text) if k == "ref"]


def dates(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], v) for s, e, k, v in find(text) if k == "date"]


# --- GA resolutions and decisions cued by "resolution(s)"/"decision(s)" ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("Recalling its resolution 59/48 of 2 December 2004,",
     [("resolution 59/48", GA + "2004-12-02/59-48")]),
    ("Recalling its resolution 59/48, by which", [("resolution 59/48", U + "A/RES/59/48")]),
    ("resolution 45/55 B", [("resolution 45/55 B", U + "A/RES/45/55B")]),
    ("resolution 75/101 A-B", [("resolution 75/101 A-B", U + "A/RES/75/101A-B")]),
    ("resolutions 74/255 A and B of 27 December 2019",
     [("74/255 A and B", GA + "2019-12-27/74-255A-B")]),
    ("resolution 845 (IX)", [("resolution 845 (IX)", U + "A/RES/845(IX)")]),
    ("resolution 2205 (XXI)", [("resolution 2205 (XXI)", U + "A/RES/2205(XXI)")]),
    ("resolution 2453 A (XXIII)", [("resolution 2453 A (XXIII)", U + "A/RES/2453(XXIII)")]),
    ("resolution 2200 A (XXI) of 16 December 1966",
     [("resolution 2200 A (XXI)", GA + "1966-12-16/2200A(XXI)")]),
    ("resolution 3201 (S-VI)", [("resolution 3201 (S-VI)", U + "A/RES/3201(S-VI)")]),
    ("resolution S-26/2", [("resolution S-26/2", U + "A/RES/S-26/2")]),
    ("resolution ES-10/19", [("resolution ES-10/19", U + "A/RES/ES-10/19")]),
    ("resolution ES‑10/15 of 20 July 2004", [("resolution ES‑10/15", GA + "2004-07-20/ES-10-15")]),
    ("its decision 77/507", [("decision 77/507", U + "A/DEC/77/507")]),
    ("its decisions 74/545, 74/559 and 74/566;",
     [("74/545", U + "A/DEC/74/545"), ("74/559", U + "A/DEC/74/559"), ("74/566", U + "A/DEC/74/566")]),
    ("Resolution 217 A (III).", [("Resolution 217 A (III)", U + "A/RES/217(III)")]),
    ("General Assembly resolution 70/1", [("resolution 70/1", U + "A/RES/70/1")]),
])
def test_ga_citations(text, expected):
    assert refs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("resolution 70/1 A new era", [("resolution 70/1", U + "A/RES/70/1")]),  # "A" a word, not a part
    ("resolution 60/1 I think", [("resolution 60/1", U + "A/RES/60/1")]),
    ("resolution 74/92 A, entitled", [("resolution 74/92 A", U + "A/RES/74/92A")]),
    ("resolution 72/266 A of 24 December 2017", [("resolution 72/266 A", GA + "2017-12-24/72-266A")]),
    ("A/RES/77/292 B", [("A/RES/77/292 B", U + "A/RES/77/292B")]),
    ("A/RES/70/1 A new era", [("A/RES/70/1", U + "A/RES/70/1")]),
])
def test_part_letters(text, expected):
    assert refs(text) == expected


def test_list_with_dates_takes_work_iris():
    t = "resolutions 76/217 of 17 December 2021, 77/246 of 30 December 2022 and 79/279 of 11 April 2025"
    assert refs(t) == [("76/217", GA + "2021-12-17/76-217"), ("77/246", GA + "2022-12-30/77-246"),
                       ("79/279", GA + "2025-04-11/79-279")]


def test_list_without_dates():
    assert refs("Recalling its resolutions 70/1 and 71/313,") == [
        ("70/1", U + "A/RES/70/1"), ("71/313", U + "A/RES/71/313")]


def test_list_runs_through_titles_and_sections():
    t = ("its resolutions 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda”, "
         "and 71/313 of 6 July 2017")
    assert [r for r, _ in refs(t)] == ["70/1", "71/313"]
    t = "Resolutions 52/214, sect. B, 57/283 B, sect. III; and 58/250, sect. III."
    assert [r for r, _ in refs(t)] == ["52/214", "57/283 B", "58/250"]
    assert [r for r, _ in refs("Resolutions 62/272, 64/297,72/284 and 75/291.")] == [
        "62/272", "64/297", "72/284", "75/291"]


def test_a_cue_inside_a_quoted_title_keeps_to_it():
    t = ("Economic and Social Council resolutions 1992/22 of 30 July 1992, entitled “Implementation of "
         "General Assembly resolution 46/152”, 1993/28 of 27 July 1993")
    assert refs(t) == [("1992/22", U + "E/RES/1992/22"), ("resolution 46/152", U + "A/RES/46/152"),
                       ("1993/28", U + "E/RES/1993/28")]


# --- other bodies -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Security Council resolution 1373 (2001)", [("resolution 1373 (2001)", U + "S/RES/1373(2001)")]),
    ("Security Council resolution 1373 (2001) of 28 September 2001",
     [("resolution 1373 (2001)", SC + "2001-09-28/1373(2001)")]),
    ("Security Council resolutions 1325 (2000), 1820 (2008) and 2467 (2019)",
     [("1325 (2000)", U + "S/RES/1325(2000)"), ("1820 (2008)", U + "S/RES/1820(2008)"),
      ("2467 (2019)", U + "S/RES/2467(2019)")]),
    ("General Assembly and Security Council resolutions 70/262 and 2282 (2016)",
     [("70/262", U + "A/RES/70/262"), ("2282 (2016)", U + "S/RES/2282(2016)")]),
    ("Human Rights Council resolutions 5/1 and 5/2", [("5/1", U + "A/HRC/RES/5/1"), ("5/2", U + "A/HRC/RES/5/2")]),
    ("Human Rights Council resolution S-29/1", [("resolution S-29/1", U + "A/HRC/RES/S-29/1")]),
    ("Human Rights Council decision 18/120", [("decision 18/120", U + "A/HRC/DEC/18/120")]),
    ("as decided by the Human Rights Council in its resolution 42/23",
     [("resolution 42/23", U + "A/HRC/RES/42/23")]),
    ("relevant Human Rights Council resolutions, including resolutions 23/9 and 29/11",
     [("23/9", U + "A/HRC/RES/23/9"), ("29/11", U + "A/HRC/RES/29/11")]),
    ("Economic and Social Council resolution 2013/40", [("resolution 2013/40", U + "E/RES/2013/40")]),
    ("Economic and Social Council decision 2017/206", [("decision 2017/206", U + "E/DEC/2017/206")]),
    ("Economic and Social Council resolution 2008 (LX)", [("resolution 2008 (LX)", U + "E/RES/2008(LX)")]),
    ("the Economic and Social Council, in its resolution 2020/8,", [("resolution 2020/8", U + "E/RES/2020/8")]),
    ("Commission on Human Rights resolution 2005/66", [("resolution 2005/66", U + "E/CN.4/RES/2005/66")]),
    ("United Nations Environment Assembly resolution 4/1", [("resolution 4/1", U + "UNEP/EA.4/Res.1")]),
    ("resolution 7/2 of 10 November 2017 of the Conference of the Parties", []),
    ("resolution 4/1 of 15 March 2019 of the United Nations Environment Assembly of the United Nations "
     "Environment Programme", [("resolution 4/1", U + "UNEP/EA.4/Res.1")]),
    ("the Commission on Human Rights, in particular Commission resolution 1998/72",
     [("resolution 1998/72", U + "E/CN.4/RES/1998/72")]),
    ("Statistical Commission decision 48/110", []),
    ("welcoming the adoption of resolution 31/1 of 20 May 2022 by the Commission", []),
    ("Security Council resolution 242 (1967) of 22 November 1967",
     [("resolution 242 (1967)", SC + "1967-11-22/242(1967)")]),
    ("Commission on the Status of Women resolution 56/3", []),
    ("the Governing Council decision 27/2", []),
    ("Supplement No. 53A (A/74/53/Add.1), chap. III, resolution 42/12.",
     [("A/74/53/Add.1", U + "A/74/53/Add.1"), ("resolution 42/12", U + "A/HRC/RES/42/12")]),
])
def test_bodies(text, expected):
    assert refs(text) == expected


def test_its_after_another_bodys_list_is_the_assemblys():
    t = ("Human Rights Council resolutions 23/9 of 13 June 2013 and 29/11 of 2 July 2015, "
         "as well as its resolution 74/276 of 1 June 2020")
    assert refs(t)[-1] == ("resolution 74/276", GA + "2020-06-01/74-276")


def test_its_after_a_subject_council():
    t = "mandated by the Human Rights Council in its resolution 51/30 and its decision 51/101;"
    assert refs(t) == [("resolution 51/30", U + "A/HRC/RES/51/30"), ("decision 51/101", U + "A/HRC/DEC/51/101")]


# --- document symbols ---------------------------------------------------------------------------

@pytest.mark.parametrize("symbol, href", [
    ("A/75/74/Add.1", "A/75/74/Add.1"),
    ("A/C.4/75/L.2", "A/C.4/75/L.2"),
    ("A/AC.105/1137", "A/AC.105/1137"),
    ("E/CN.6/2020/3", "E/CN.6/2020/3"),
    ("S/2013/210", "S/2013/210"),
    ("A/HRC/RES/45/3", "A/HRC/RES/45/3"),
    ("S/RES/1373 (2001)", "S/RES/1373(2001)"),
    ("A/RES/845(IX)", "A/RES/845(IX)"),
    ("CEDAW/C/GC/39", "CEDAW/C/GC/39"),
    ("FCCC/CP/2015/10/Add.1", "FCCC/CP/2015/10/Add.1"),
    ("A/75/6 (Sect. 3)/Add.1", "A/75/6(Sect.3)/Add.1"),
    ("NPT/CONF.2000/28 (Parts I and II)", "NPT/CONF.2000/28(PartsIandII)"),
    ("ICCD/COP(14)/23/Add.1", "ICCD/COP(14)/23/Add.1"),
    ("UNEP/EA.4/Res.1", "UNEP/EA.4/Res.1"),
    ("S/PV.7813", "S/PV.7813"),
    ("S/24111", "S/24111"),
    ("A/ES-10/273/Corr.1", "A/ES-10/273/Corr.1"),
])
def test_document_symbols(symbol, href):
    assert refs(f"See {symbol}.") == [(symbol, U + href)]


def test_dated_symbol_of_a_resolution_takes_its_work_iri():
    assert refs("A/RES/70/1 of 25 September 2015") == [("A/RES/70/1", GA + "2015-09-25/70-1")]
    assert refs("S/RES/1373 (2001) of 28 September 2001") == [("S/RES/1373 (2001)", SC + "2001-09-28/1373(2001)")]
    assert refs("A/77/L45/Rev.1") == [("A/77/L45/Rev.1", U + "A/77/L.45/Rev.1")]


def test_two_symbols_of_one_document():
    assert refs("A/67/828 S/2013/210") == [("A/67/828", U + "A/67/828"), ("S/2013/210", U + "S/2013/210")]
    assert refs("A/50/60-S/1995/1.") == [("A/50/60", U + "A/50/60"), ("S/1995/1", U + "S/1995/1")]
    assert refs("A/79/L.11 and A/79/L.11/Add.1") == [("A/79/L.11", U + "A/79/L.11"),
                                                    ("A/79/L.11/Add.1", U + "A/79/L.11/Add.1")]


def test_summary_records_range_links_the_first():
    assert refs("See A/C.6/56/SR.11–13.") == [("A/C.6/56/SR.11–13", U + "A/C.6/56/SR.11")]


# --- no false links -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "over the decade 2014–2024, services available 24/7 to 1/3 of the population",
    "in paragraphs 5 to 8 and para. 6, pp. 12/13, Goal 5/6 and target 5.1",
    "the 2021/22 budget period and the 2019/20 financial period",
    "resolutions GC(66)/RES/6 and GC(65)/RES/11 of the International Atomic Energy Agency",
    "World Health Organization, document EB136/8 and WHA58/2005/REC/1, IDB.48/16/Rev.1",
    "see https://undocs.org/A/RES/59/48 and HIV/AIDS, and/or S/he",
    "in its resolution 4/6, the Environment Assembly of UNEP",  # not a GA number (before 1976)
    "resolutions 12/07 and 13/07 of the Indian Ocean Tuna Commission",
    "the World Tourism Organization, by its resolution 722 (XXIII)",
    "Taking note of resolution 990 (LIV) on illicit financial flows",
    "A/5 and S/b are not symbols",
    "resolution of the Council 5 (2007)",
])
def test_no_false_links(text):
    assert refs(text) == []


def test_numbers_after_a_cue_need_a_separator():
    assert refs("its resolution 70/1 on Goal 5/6 and 24/7 services") == [("resolution 70/1", U + "A/RES/70/1")]
    assert refs("its resolution 70/1; 71/313 is another matter") == [("resolution 70/1", U + "A/RES/70/1")]


# --- dates --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("on 2 December 2004,", [("2 December 2004", "2004-12-02")]),
    ("on 29 February 2024", [("29 February 2024", "2024-02-29")]),
    ("on 31 February 2020 and 29 February 2023", []),
    ("on 31 April 2020", []),
    ("December 2004 and 2014–2024", []),
    ("from 5 to 8 August 2025", [("5", "2025-08-05"), ("8 August 2025", "2025-08-08")]),
    ("on 4–6 November 2025", [("4", "2025-11-04"), ("6 November 2025", "2025-11-06")]),
    ("from 30 November to 2 December 2025", [("30 November", "2025-11-30"), ("2 December 2025", "2025-12-02")]),
    ("from 30 December to 2 January 2025", [("30 December", "2024-12-30"), ("2 January 2025", "2025-01-02")]),
    ("on 12 and 13 May 2021", [("12", "2021-05-12"), ("13 May 2021", "2021-05-13")]),
    ("from 8 to 5 August 2025", [("5 August 2025", "2025-08-05")]),  # not a range: no wrong date
    ("on 30 to 31 February 2025", []),
    ("the period 2024-2025 and 1 January 2025", [("1 January 2025", "2025-01-01")]),
])
def test_dates(text, expected):
    assert dates(text) == expected


def test_citation_and_its_date_side_by_side():
    t = "Recalling its resolution 59/48 of 2 December 2004"
    assert find(t) == [(14, 30, "ref", GA + "2004-12-02/59-48"), (34, 49, "date", "2004-12-02")]


# --- organs and officers (entities=True) -------------------------------------------------------

def test_entities_only_when_asked():
    t = "Requests the Secretary-General to report to the General Assembly"
    assert find(t) == []
    assert [(t[s:e], k, v) for s, e, k, v in find(t, entities=True)] == [
        ("Secretary-General", "role", "secretaryGeneral"), ("General Assembly", "organization", "ga")]


@pytest.mark.parametrize("text, expected", [
    ("the President of the General Assembly", [("President of the General Assembly", "presidentOfTheGeneralAssembly")]),
    ("the Deputy Secretary-General", [("Deputy Secretary-General", "deputySecretaryGeneral")]),
    ("the United Nations High Commissioner for Human Rights",
     [("United Nations High Commissioner for Human Rights", "highCommissionerForHumanRights")]),
    ("Security Council resolution 1373 (2001)", [("Security Council", "securityCouncil")]),
    ("Special Political and Decolonization Committee (Fourth Committee)", [("Fourth Committee", "fourthCommittee")]),
    ("an Assistant Secretary-General and an Under-Secretary-General", []),
    ("the Office of the United Nations High Commissioner for Refugees", []),
    ("the Security Council Committee established pursuant to", []),
    ("the Human Rights Council Advisory Committee", []),
])
def test_entities(text, expected):
    got = [(text[s:e], v) for s, e, k, v in find(text, entities=True) if k in ("role", "organization")]
    assert got == expected


def test_entity_ids_are_declared():
    from converter.inline import TLC, _ENTITY_IDS
    for ident in _ENTITY_IDS.values():
        tag, href, show = TLC[ident]
        assert tag in ("TLCOrganization", "TLCRole") and href.startswith("/akn/ontology/") and show


# --- shape of the result ------------------------------------------------------------------------

def test_empty_and_plain_text():
    assert find("") == []
    assert find("The General Assembly,") == []


def _check(text: str, spans):
    last = 0
    for s, e, kind, value in spans:
        assert 0 <= s < e <= len(text)
        assert s >= last, spans
        last = e
        assert kind in ("ref", "date", "role", "organization")
        assert isinstance(value, str) and value


@pytest.mark.parametrize("text", [
    "resolutions 70/1, 71/1 and 72/1 of 1 January 2018, A/70/1-S/2015/1 and S/RES/1 (1946) of 25 January 1946",
    "resolution 1 January 2020/1 (2001) of 2 (I) of 3 March 2021–4 April 2022",
    "A/RES/70/1 of 25 September 2015 resolution 70/1 of 25 September 2015",
])
def test_spans_sorted_and_apart(text):
    _check(text, find(text))


@pytest.mark.parametrize("text", [
    "resolution " * 3000 + "70/1",
    "resolution 70/1, " * 2000,
    "Recalling its resolution 70/1" + " sect." * 40 + " x and 71/1",
    "Resolutions 52/214" + ", sect. I, and I" * 40 + "; 57/283 B",
    "1 January 2000 " * 2000,
    "A/" * 3000 + "1",
])
def test_long_and_repetitive_text_stays_fast(text):
    import time
    t0 = time.perf_counter()
    _check(text, find(text, entities=True))
    assert time.perf_counter() - t0 < 2.0


_ALPHABET = st.sampled_from(list("0123456789/()-–‑ ,.;:“”ABCDEHIRSUVXL") + [
    "resolution ", "resolutions ", "decision ", "Council ", "Human Rights Council ", "General Assembly ",
    "Security Council ", "its ", " of ", " and ", "December ", "February ", "2004", "59/48", "(XXI)", "(2001)",
    "A/", "S/", "E/CN.6/", "RES/", "Add.1", "Sect. ", " in its ", "“", "”", "ES-", "S-", "\u00a0",
    "Secretary-General ", "President of the ", "Committee "])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_find_never_fails_on_citation_like_text(text):
    _check(text, find(text))
    _check(text, find(text, entities=True))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_find_never_fails_on_any_text(text):
    _check(text, find(text))


def test_charter_articles():
    from converter.inline import CHARTER, find

    text = "under Article 19 of the Charter of the United Nations and the Articles of the Charter"
    spans = [(text[s:e], v) for s, e, k, v in find(text) if k == "ref"]
    assert spans == [("Article 19 of the Charter of the United Nations", f"{CHARTER}/!main#art_19")]
