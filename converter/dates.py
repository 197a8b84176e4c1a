"""Dates as printed in UN documents ("13 December 2010") ↔ ISO 8601."""
from __future__ import annotations

import re

MONTHS = {m: i for i, m in enumerate(
    "January February March April May June July August September October November December".split(), 1)}
MONTH_NAMES = {i: m for m, i in MONTHS.items()}
DATE_RE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")


def parse_date(text: str) -> str | None:
    """"2 December 2004" → "2004-12-02"; None when not a valid date."""
    m = DATE_RE.search(text or "")
    if not m:
        return None
    d, mon, y = int(m.group(1)), MONTHS[m.group(2)], int(m.group(3))
    if not (1 <= d <= _days(y, mon)):
        return None
    return f"{y:04d}-{mon:02d}-{d:02d}"


def _days(y: int, m: int) -> int:
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def format_date(iso: str) -> str:
    """"2010-12-13" → "13 December 2010"."""
    y, m, d = iso.split("-")
    return f"{int(d)} {MONTH_NAMES[int(m)]} {int(y)}"
