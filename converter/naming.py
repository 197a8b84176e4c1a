"""Akoma Ntoso Naming Convention: FRBR IRIs for a resolution and eIds for its parts."""
from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass

UNKNOWN_DATE = "0001-01-01"

_SPACES = re.compile(r"\s+")
_NOT_ALNUM = re.compile(r"[^A-Za-z0-9]+")


@dataclass(frozen=True)
class Frbr:
    work: str  # /akn/un/statement/deliberation/unga/2010-12-13/65-124
    expression: str  # …/eng@
    number: str  # 65-124
    show_number: str  # 65/124
    date: str  # ISO or UNKNOWN_DATE
    language: str

    @property
    def work_this(self) -> str:
        return self.work + "/!main"

    @property
    def expression_this(self) -> str:
        return self.expression + "/!main"

    @property
    def manifestation_this(self) -> str:
        return self.expression + "/!main.xml"

    @property
    def manifestation_uri(self) -> str:
        return self.expression + ".akn"

    def component(self, name: str) -> tuple[str, str, str]:
        """Work, expression and manifestation FRBRthis of a component such as ``annex_1``."""
        return (f"{self.work}/!{name}", f"{self.expression}/!{name}", f"{self.expression}/!{name}.xml")


@functools.lru_cache(maxsize=4096)
def number_from_symbol(symbol: str) -> tuple[str, str]:
    """"A/RES/65/124" → ("65-124", "65/124"); "A/RES/75/101 A-B" → ("75-101A-B", "75/101 A-B")."""
    parts = symbol.split("/")
    rest = "/".join(parts[2:]) if len(parts) > 2 else symbol
    show = rest
    value = _SPACES.sub("", rest).replace("/", "-").replace("–", "-")
    return value, show


def frbr(symbol: str | None, number: str | None, date: str | None, language: str, doc_name: str,
         fallback_seed: str = "") -> Frbr:
    """The FRBR identity of a resolution. Unknown parts get placeholders that stay valid and are reported."""
    if symbol:
        value, show = number_from_symbol(symbol)
    elif number:
        value, show = _SPACES.sub("", number).replace("/", "-"), number
    else:
        digest = hashlib.sha1(fallback_seed.encode("utf-8")).hexdigest()[:8]
        value, show = f"unknown-{digest}", "unknown"
    actor = "unga"
    if symbol and symbol.startswith("S/"):
        actor = "unsc"
    when = date or UNKNOWN_DATE
    work = f"/akn/un/statement/deliberation/{actor}/{when}/{value}"
    return Frbr(work=work, expression=f"{work}/{language}@", number=value, show_number=show, date=when,
                language=language)


@functools.lru_cache(maxsize=4096)
def num_id(num: str | None) -> str | None:
    """The eId fragment for a printed number: "1." → "1", "(a)" → "a", "(ii)" → "ii", "I." → "I"."""
    if not num:
        return None
    s = num.strip().strip("().").strip()
    s = _NOT_ALNUM.sub("-", s).strip("-")
    return s or None


def undocs(symbol: str) -> str:
    """The undocs.org address of a UN document symbol."""
    return "https://undocs.org/" + _SPACES.sub("", symbol)
