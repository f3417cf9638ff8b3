"""Normalize tariff figures: '10 percentage points', '25%', '$60,000 per tonne'."""
from __future__ import annotations

import re
from typing import Optional

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _spoken_number(text: str) -> Optional[int]:
    """'fifty', 'twenty-five', 'a hundred': a number from 1 to 100 written in words."""
    words = re.findall(r"[a-z]+", text.lower())
    if "hundred" in words:
        return 100
    tens = next((20 + 10 * _TENS.index(w) for w in words if w in _TENS), 0)
    ones = next((1 + _ONES.index(w) for w in words if w in _ONES), 0)
    return (tens + ones) or None


def parse_figure(text: str, unit: str) -> Optional[tuple[float, str]]:
    """(value, unit) for a FIGURE match; `unit` is the pattern id. None for bands ('triple digits')."""
    if unit == "band":
        return None
    m = _NUMBER.search(text)
    if not m:
        spoken = _spoken_number(text)  # 'fifty percent', 'twenty-five per cent' (transcripts)
        return None if spoken is None else (spoken, unit)
    value = float(m.group(0).replace(",", ""))
    if value.is_integer():
        value = int(value)
    if unit == "percent" and re.search(r"percentage\s+points?|\bpp\b|\bppt", text, re.I):
        unit = "percentage_points"
    return value, unit
