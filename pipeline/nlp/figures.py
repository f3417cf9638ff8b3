"""Normalize tariff figures: '10 percentage points', '25%', '$60,000 per tonne'."""
from __future__ import annotations

import re
from typing import Optional

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def parse_figure(text: str, unit: str) -> Optional[tuple[float, str]]:
    """(value, unit) for a FIGURE match; `unit` is the pattern id. None for bands ('triple digits')."""
    if unit == "band":
        return None
    m = _NUMBER.search(text)
    if not m:
        return None
    value = float(m.group(0).replace(",", ""))
    if value.is_integer():
        value = int(value)
    if unit == "percent" and re.search(r"percentage\s+points?|\bpp\b|\bppt", text, re.I):
        unit = "percentage_points"
    return value, unit
