"""Date and duration normalization: dateparser behind one reused parser and a cache.

`dateparser.parse` builds a parser per call (about 10 ms here); a reused
`DateDataParser` costs well under 1 ms and the cache makes repeats free. Values keep the
precision of the text: "December 2024" is `2024-12`, never an invented day.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal, Optional

from dateparser.date import DateDataParser

Prefer = Literal["past", "future", "nearest"]

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", re.I)
_DAY = re.compile(r"\b(\d{1,2})(st|nd|rd|th)?\b")
_RELATIVE = re.compile(
    r"\b(today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"(this|last|next|earlier this|earlier in the|later this) (week|month|year))\b", re.I)
_SAME_DAY = re.compile(r"\b(?:this (?:morning|afternoon|evening)|tonight|(?:earlier|later) today)\b", re.I)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY = re.compile(r"(last |this )?(" + "|".join(WEEKDAYS) + ")")


def is_weekday(text: str) -> bool:
    """'Friday', 'friday': a bare weekday name."""
    return text.strip().lower() in WEEKDAYS
# 'the end of the year', 'end-August', 'year-end': a period's last day
_PERIOD_END = re.compile(r"(?:(?:until|till|through|by|at|from)\s+)?(?:the\s+)?(?:end\s+of\s+|end-)(?P<rest>.+)$|"
                         r"(?:(?:until|till|through|by|at)\s+)?(?P<rest2>)year-end$", re.I)
# 'the start of the year', 'the beginning of July': a period's first month
_PERIOD_START = re.compile(r"(?:(?:until|till|through|by|at|from|since)\s+)?(?:the\s+)?(?:start|beginning)\s+of\s+(?P<rest>.+)$", re.I)


def _period_of(rest: str) -> str:
    """The period a bound names: 'the year' of 'the end of the year' is this year."""
    return re.sub(r"^(the )?year$", "this year", rest.strip().lower())


_MONTHS_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_SEASON = re.compile(r"\b(early|mid|late|end|start)\b", re.I)
# days of the calendar that news names by their feast ('took effect on Boxing Day')
_FIXED_DAYS = {"new year's eve": "December 31", "new year's day": "January 1", "christmas eve": "December 24",
               "christmas day": "December 25", "boxing day": "December 26"}
_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_DAY_WORDS = {w: i for i, w in enumerate(_UNITS + ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                                                   "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"], 1)}
_DAY_WORDS.update({f"twenty {w}": 21 + i for i, w in enumerate(_UNITS)})
_DAY_WORDS.update({"thirtieth": 30, "thirty first": 31})
_DAY_WORD = re.compile(r"\b(?:" + "|".join(sorted((k.replace(" ", "[- ]") for k in _DAY_WORDS), key=len, reverse=True))
                       + r")\b", re.I)
_FIXED_DAY = re.compile("|".join(re.escape(k) for k in _FIXED_DAYS), re.I)
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "another": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "eighteen": 18,
}
_UNIT = {"year": "Y", "month": "M", "week": "W", "day": "D"}
_DURATION = re.compile(r"(\d+|[a-z]+)[\s\-]+(?:(?:additional|further|coming|next|extra|full|more)\s+)?"
                       r"(year|month|week|day)s?\b", re.I)


_MONTHS = {m: i for i, names in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec")], 1) for m in names}
_MON = r"(?P<mon>[a-z]+)\.?"


def is_month(word: str) -> bool:
    """'September', 'Sept.', 'oct': a month's name or its short form."""
    return word.lower().rstrip(".") in _MONTHS


_FAST = [
    re.compile(rf"^{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})$"),
    re.compile(rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON},?\s+(?P<year>\d{{4}})$"),
    re.compile(rf"^{_MON},?\s+(?P<year>\d{{4}})$"),
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$"),
    re.compile(r"^(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})$"),  # '26.08.2025' is day first
    # '07/03/2025': day first, as outside the US, unless the second number cannot be a month ('12/31/2025')
    re.compile(r"^(?P<a>\d{1,2})([/-])(?P<b>\d{1,2})\2(?P<year>\d{4})$"),
    # 'Saturday, 11/04/2020': the weekday says which number is the day
    re.compile(r"^(?P<wd>[a-z]+)\.?,?\s+(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})$"),
    re.compile(r"^(?P<year>\d{4})$"),
]


def weekday_index(word: str) -> Optional[int]:
    """Monday 0 ... Sunday 6 for a weekday name or its short form ('Sat', 'Thurs'); else None."""
    word = word.lower().rstrip(".")
    return next((i for i, w in enumerate(WEEKDAYS) if len(word) >= 3 and w.startswith(word)), None)


def _by_weekday(a: int, b: int, year: int, wanted: int) -> Optional[tuple[int, int]]:
    """(day, month) of 'a/b/year' whose weekday is the one named, day first when both fit."""
    for day, month in ((a, b), (b, a)):
        try:
            if date(year, month, day).weekday() == wanted:
                return day, month
        except ValueError:
            continue
    return None


def _fast_absolute(text: str) -> Optional[tuple[date, str]]:
    """The shapes news uses most ('November 9, 2025', '9 Nov 2025', 'December 2024',
    '2025-11-09') parsed directly; anything else goes to dateparser."""
    low = text.lower()
    for rx in _FAST:
        m = rx.match(low)
        if not m:
            continue
        parts = m.groupdict()
        if parts.get("a") and parts.get("wd"):
            wanted = weekday_index(parts["wd"])
            if wanted is None:
                continue
            picked = _by_weekday(int(parts["a"]), int(parts["b"]), int(parts["year"]), wanted)
            if picked is None:
                return None
            parts["day"], parts["month"] = str(picked[0]), str(picked[1])
        elif parts.get("a"):
            a, b = int(parts["a"]), int(parts["b"])
            parts["day"], parts["month"] = (str(b), str(a)) if b > 12 else (str(a), str(b))
        month = int(parts["month"]) if parts.get("month") else _MONTHS.get(parts.get("mon") or "", 0)
        if parts.get("mon") is not None and not month:
            return None
        year = int(parts["year"])
        if not 1900 <= year <= 2100:
            return None
        try:
            if parts.get("day"):
                return date(year, month, int(parts["day"])), "day"
            if month:
                return date(year, month, 1), "month"
            return date(year, 1, 1), "year"
        except ValueError:
            return None
    return None


BARE_NUMERIC_DATE = re.compile(r"(?P<a>\d{1,2})([/-])(?P<b>\d{1,2})\2(?P<year>\d{4})")


def _month_named(month: int, text: str) -> int:
    """How often the text names a month ('February', 'Feb.'): a capital letter, so 'may' the verb is no May."""
    names = [calendar.month_name[month], calendar.month_abbr[month] + r"\."] + ([r"Sept\."] if month == 9 else [])
    return len(re.findall(r"\b(?:" + "|".join(names) + ")", text))


def settle_day_month(expr: str, text: str) -> str:
    """'02/04/2022' is 2 April day first and 4 February in the US: the reading whose month
    the article names more often wins, as an ISO date; a tie keeps the expression (day first)."""
    m = BARE_NUMERIC_DATE.fullmatch(expr.strip())
    if not m:
        return expr
    a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
    if a == b or a > 12 or b > 12 or _month_named(a, text) <= _month_named(b, text):
        return expr
    try:
        return date(year, a, b).isoformat()
    except ValueError:
        return expr


@dataclass(frozen=True)
class NormalDate:
    """A normalized date expression; `value` None means it could not be resolved."""

    value: Optional[str]
    precision: Optional[str]
    how: str  # absolute | relative | inferred
    anchor: Optional[str] = None


def to_date(value: Optional[str]) -> Optional[date]:
    """First day a partial ISO date can mean (for ordering and arithmetic)."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    while len(parts) < 3:
        parts.append(1)
    try:
        return date(*parts)
    except ValueError:
        return None


def last_date(value: Optional[str]) -> Optional[date]:
    """Last day a partial ISO date can mean ('2024-12' ends on 31 December 2024)."""
    first = to_date(value)
    if first is None:
        return None
    parts = value.split("-")
    if len(parts) == 1:
        return date(first.year, 12, 31)
    if len(parts) == 2:
        return date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
    return first


def _partial(d: date, precision: str) -> str:
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _shift_year(d: date, years: int) -> date:
    """`d` moved by whole years; February 29 stays put (only its leap year has it, so that year is meant)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d


def add_duration(start: str, duration: str) -> Optional[str]:
    """`start` + ISO `duration`, at the start's precision (used for `expires`)."""
    d = to_date(start)
    m = re.fullmatch(r"P(\d+)([YMWD])", duration or "")
    if not d or not m:
        return None
    n, unit = int(m.group(1)), m.group(2)
    precision = {1: "year", 2: "month", 3: "day"}[len(start.split("-"))]
    if unit in "DW" and precision != "day" or unit == "M" and precision == "year":
        return None  # ('April 2019' + 180 days ends in late September or October: no month to give)
    if unit == "D":
        end = d + timedelta(days=n)
    elif unit == "W":
        end = d + timedelta(weeks=n)
    else:
        months = n * 12 if unit == "Y" else n
        y, mo = divmod(d.month - 1 + months, 12)
        last_day = calendar.monthrange(d.year + y, mo + 1)[1]
        end = date(d.year + y, mo + 1, min(d.day, last_day))
    return _partial(end, precision)


def parse_duration(text: str) -> Optional[str]:
    """'for a year' -> P1Y, '90-day' -> P90D, 'for the coming year' -> P1Y."""
    m = _DURATION.search(text)
    if not m:
        return None
    amount, unit = m.group(1).lower(), m.group(2).lower()
    n = int(amount) if amount.isdigit() else _NUMBER_WORDS.get(amount)
    if not n:
        return None
    unit = _UNIT[unit]
    if unit == "M" and n % 12 == 0:
        n, unit = n // 12, "Y"  # 'for 12 months' is 'for a year': one period however it is told
    return f"P{n}{unit}"


# languages of datelines kept as written in translated or foreign outlets (ingest's 'dateline-foreign' rule)
DATELINE_LANGUAGES = ("es", "pt", "fr", "it", "de")


class DateNormalizer:
    """Turns date expressions into partial ISO dates, reusing parsers and caching results."""

    def __init__(self, languages=("en",)):
        self._languages = list(languages)
        self._absolute = DateDataParser(languages=self._languages,
                                        settings={"PREFER_DAY_OF_MONTH": "first",
                                                  "RELATIVE_BASE": datetime(2000, 1, 1)})
        self._relative: dict[date, DateDataParser] = {}
        self._cache: dict[tuple, NormalDate] = {}
        self._foreign = DateDataParser(languages=list(DATELINE_LANGUAGES), settings={"PREFER_DAY_OF_MONTH": "first"})

    def _relative_parser(self, anchor: date) -> DateDataParser:
        parser = self._relative.get(anchor)
        if parser is None:
            if len(self._relative) > 256:
                self._relative.clear()
            parser = DateDataParser(languages=self._languages, settings={
                "RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day),
                "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"})
            self._relative[anchor] = parser
        return parser

    def normalize(self, text: str, anchor: Optional[date] = None, year_hint: Optional[int] = None,
                  prefer: Prefer = "nearest") -> NormalDate:
        key = (text.lower(), anchor, year_hint, prefer)
        hit = self._cache.get(key)
        if hit is None:
            text = _JAPANESE_ERA.sub(r", \g<year>", text)  # ('March 18, Reiwa 8 (2026)': the Gregorian year given)
            end = _PERIOD_END.match(text.strip())
            if end:
                hit = self._period_end(end.group("rest") or "year", anchor, year_hint, prefer)
            elif start := _PERIOD_START.match(text.strip()):
                hit = self._period_start(start.group("rest"), anchor, year_hint, prefer)
            else:
                hit = self._normalize(text, anchor, year_hint, prefer)
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[key] = hit
        return hit

    def foreign_dateline(self, text: str) -> NormalDate:
        """A dateline in another language ('11 de marzo de 2026', '1er octobre 2025'): absolute
        dates only, parsed with dateparser's own month names (only a dateline comes here)."""
        key = ("foreign", text.lower())
        hit = self._cache.get(key)
        if hit is None:
            day, period = self._parse(self._foreign, text.strip(" ,.|"))
            hit = NormalDate(None, None, "absolute") if day is None or not _YEAR.search(text) else NormalDate(
                day.isoformat() if period == "day" else day.isoformat()[:7] if period == "month" else str(day.year),
                period if period in ("day", "month") else "year", "absolute")
            self._cache[key] = hit
        return hit

    def _period_end(self, rest: str, anchor: Optional[date], year_hint: Optional[int], prefer: Prefer) -> NormalDate:
        """'until the end of the year', 'by end-June 2025': the last day of that period."""
        rest = _period_of(rest)
        inner = self._normalize(rest, anchor, year_hint, prefer) if rest else NormalDate(None, None, "absolute")
        if inner.value is None or inner.precision not in ("year", "month"):
            return inner
        if inner.precision == "year":
            return NormalDate(f"{inner.value}-12-31", "day", inner.how, inner.anchor)
        y, m = (int(x) for x in inner.value.split("-"))
        last = (date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)).day
        return NormalDate(f"{inner.value}-{last:02d}", "day", inner.how, inner.anchor)

    def _period_start(self, rest: str, anchor: Optional[date], year_hint: Optional[int], prefer: Prefer) -> NormalDate:
        """'at the start of the year', 'from the beginning of July': the first month of that period."""
        inner = self._normalize(_period_of(rest), anchor, year_hint, prefer)
        if inner.value is not None and inner.precision == "year":
            return NormalDate(f"{inner.value}-01", "month", inner.how, inner.anchor)
        if inner.value is not None and inner.precision == "month" and re.fullmatch(r"(next|this) month", rest.strip().lower()):
            # 'from the start of next month': a month named only by its place from today starts on its first day
            return NormalDate(f"{inner.value}-01", "day", inner.how, inner.anchor)
        return inner

    def _parse(self, parser: DateDataParser, text: str):
        try:
            data = parser.get_date_data(text)
        except (ValueError, OverflowError, TypeError, AttributeError):  # dateparser on odd input
            return None, None
        if data is None or data.date_obj is None:
            return None, None
        return data.date_obj.date(), data.period

    def _normalize(self, text: str, anchor: Optional[date], year_hint: Optional[int], prefer: Prefer) -> NormalDate:
        clean = re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip(" ,.")
        clean = re.sub(r"^((the|on|in|for|since|until|till|from|by|through|as of|starting|effective|beginning|come|that|same)\s+)+",
                       "", clean, flags=re.I)
        if not _YEAR.search(clean) and not _DAY.search(clean):
            clean = _SEASON.sub("", clean).strip(" -")  # 'early March' keeps its month
        clean = re.sub(r"\bof\b", "", clean, flags=re.I)
        # 'the seventh of August', 'April the fifth' (spoken dates): the day as a number
        clean = _DAY_WORD.sub(lambda m: str(_DAY_WORDS[re.sub(r"[- ]+", " ", m.group().lower())]), clean)
        clean = re.sub(r"\b(\d{1,2})(st|nd|rd|th)? +day\b", r"\1", clean, flags=re.I)  # 'the 20th day of March'
        clean = re.sub(r"\b([a-z]+\.?) the (\d{1,2})(st|nd|rd|th)?\b",
                       lambda m: f"{m[1]} {m[2]}" if is_month(m[1]) else m[0], clean, flags=re.I)
        clean = re.sub(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$",  # '2022.07.08' (Korean, Chinese styles)
                       lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", clean)
        clean = _SAME_DAY.sub("today", clean)  # 'this morning', 'earlier today': the news day
        clean = _FIXED_DAY.sub(lambda m: _FIXED_DAYS[m.group().lower()], clean)
        named = re.fullmatch(r"(last|this|next) ([a-z]+)\.?", clean.lower())
        if named and named.group(2)[:3] in _MONTHS_ABBR:
            # 'last November' in a July story is the November before; 'next January' the one after
            if anchor is None:
                return NormalDate(None, None, "relative", None)
            month = _MONTHS_ABBR.index(named.group(2)[:3]) + 1
            year = anchor.year
            if named.group(1) == "last" and month >= anchor.month:
                year -= 1
            elif named.group(1) == "next" and month <= anchor.month:
                year += 1
            return NormalDate(f"{year:04d}-{month:02d}", "month", "relative", anchor.isoformat())
        if anchor is not None:
            # 'July last year', 'earlier this month': calendar arithmetic, no guessing
            rel_year = re.search(r"\b(last|this|next) year\b", clean, re.I)
            if rel_year and _MONTH.search(clean):
                shift = {"last": -1, "this": 0, "next": 1}[rel_year.group(1).lower()]
                clean = clean[:rel_year.start()] + str(anchor.year + shift)
            period = re.fullmatch(r"(earlier |later |early |late )?(this|last|next) (month|year)", clean.lower())
            if period:
                shift = {"this": 0, "last": -1, "next": 1}[period.group(2)]
                if period.group(3) == "year":
                    return NormalDate(str(anchor.year + shift), "year", "relative", anchor.isoformat())
                y, m = divmod(anchor.month - 1 + shift, 12)
                return NormalDate(f"{anchor.year + y:04d}-{m + 1:02d}", "month", "relative", anchor.isoformat())
        # ('Saturday, 11/04/2020' keeps its weekday: it says which number is the day)
        clean = re.sub(r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday),\s*(?=\w)", "", clean, flags=re.I) \
            if re.search(r",\s*\w+\.?\s+\d|,\s*\d", clean) and not re.search(r"\d{1,2}[/.]\d{1,2}[/.]\d{4}$", clean) \
            else clean
        # ('Wed 14-10-2026': the parser reads no day in a weekday before a hyphenated date)
        clean = re.sub(r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?=\d{1,2}-\d{1,2}-\d{4}$)", "", clean, flags=re.I)
        year = _YEAR.search(clean)
        if _RELATIVE.search(clean) and not year:
            if anchor is None:
                return NormalDate(None, None, "relative", None)
            weekday = _WEEKDAY.fullmatch(clean.lower())
            if weekday:
                # 'on Tuesday' in a story dated Tuesday is that day; otherwise the last one before
                target = WEEKDAYS.index(weekday.group(2))
                # ('from this Sunday' in a Friday story: the day of the week it is told in, still to come)
                later_this_week = weekday.group(1) == "this " and target > anchor.weekday() and prefer != "past"
                if (prefer == "future" or later_this_week) and weekday.group(1) != "last ":
                    # 'is set to take effect on Tuesday' in a Monday story: the coming one
                    ahead = (target - anchor.weekday()) % 7
                    return NormalDate((anchor + timedelta(days=ahead)).isoformat(), "day", "relative",
                                      anchor.isoformat())
                back = (anchor.weekday() - target) % 7
                if weekday.group(1) == "last " and back == 0:
                    back = 7
                return NormalDate((anchor - timedelta(days=back)).isoformat(), "day", "relative", anchor.isoformat())
            d, period = self._parse(self._relative_parser(anchor), clean)
            if d is None or period == "week":
                return NormalDate(None, "week" if period == "week" else None, "relative", anchor.isoformat())
            precision = period if period in ("year", "month") else "day"
            return NormalDate(_partial(d, precision), precision, "relative", anchor.isoformat())
        if year:
            if _SEASON.search(clean) and not _DAY.search(_YEAR.sub("", clean)):
                if _MONTH.search(clean):
                    d, _ = self._parse(self._absolute, _SEASON.sub("", clean).replace("-", " "))
                    if d:
                        return NormalDate(_partial(d, "month"), "month", "absolute")
                return NormalDate(year.group(1), "year", "absolute")
            fast = _fast_absolute(clean)
            if fast:
                return NormalDate(_partial(*fast), fast[1], "absolute")
            d, period = self._parse(self._absolute, clean)
            if d is None:
                return NormalDate(year.group(1), "year", "absolute")
            if not _MONTH.search(clean) and not re.search(r"\d{4}-\d\d|\d/\d", clean):
                period = "year"
            precision = period if period in ("year", "month") else "day"
            return NormalDate(_partial(d, precision), precision, "absolute")
        if not _MONTH.search(clean):
            return NormalDate(None, None, "absolute")
        base_year = anchor.year if anchor else year_hint
        if base_year is None:
            return NormalDate(None, None, "inferred")
        fast = _fast_absolute(f"{clean} {base_year}") or _fast_absolute(f"{clean}, {base_year}")
        d, period = fast if fast else self._parse(self._absolute, f"{clean} {base_year}")
        if d is None:
            return NormalDate(None, None, "inferred")
        precision = "month" if period == "month" or not _DAY.search(clean) else "day"
        if anchor:
            if prefer == "past" and d > anchor + timedelta(days=7):
                d = _shift_year(d, -1)
            elif prefer == "future" and (d < anchor - timedelta(days=7) if precision == "day"
                                         else (d.year, d.month) < (anchor.year, anchor.month)):
                d = _shift_year(d, 1)  # 'in July' in a July story is this July
            elif prefer == "nearest":
                # news looks back more than forward: up to ten months back, three ahead
                if d > anchor + timedelta(days=90):
                    d = _shift_year(d, -1)
                elif d < anchor - timedelta(days=300):
                    d = _shift_year(d, 1)
            source = f"published {anchor.isoformat()}"
        else:
            source = f"article context year {year_hint}"
        return NormalDate(_partial(d, precision), precision, "inferred", source)


def explicit_year(text: str) -> Optional[int]:
    m = _YEAR.search(text)
    return int(m.group(1)) if m else None


_YEAR_AFTER = re.compile(r"((?:\b[\w,.']+\s+){0,3})\b(19[5-9]\d|20\d\d)\b", re.I)
_AHEAD_WORDS = {"from", "until", "till", "through", "to", "by", "before", "beyond"}
# 'from the start of 2027', 'by the end of 2026': a bound, however many words before the year
_LAW_YEAR = re.compile(r"\bAct,?\s+(?:of\s+)?$")
_AHEAD_PERIOD = re.compile(r"\b(?:from|until|till|through|to|by|before)\s+the\s+(?:start|beginning|end|middle)\s+of\s+$", re.I)
# 'in the last two months of this year and 25 million tons a year in 2026, 2027 and 2028': a
# year named after 'this year' in the same sentence is another year, one ahead
_AFTER_THIS_YEAR = re.compile(r"\bthis year\b[^.!?]*$", re.I)


def present_year(text: str) -> Optional[int]:
    """The story's own year, for a dateline that gives none: the middle of the years the text
    names (as for any year-less date), but never after the latest year it names other than
    as a future bound ('from 2026 through 2028', 'from January 2027' look ahead). The year of
    a law's name ('the Trade Act of 1974') tells nothing of the story's time. A text that names
    years only as bounds ahead ('on hold until Nov. 10, 2026') is from the year before the
    first of them. `year_by_weekday` then checks the guess against the weekday the lead tells."""
    found = [m for m in _YEAR_AFTER.finditer(text) if not _LAW_YEAR.search(text[max(0, m.start(2) - 12):m.start(2)])]
    if not found:
        return None
    named = sorted({int(m.group(2)) for m in found})
    middle = context_year(named)
    if len(named) == 2 and named[1] - named[0] > 3:
        # 'The dispute dates back to 2004 ... delivered 863 aircraft in 2019': a story that names an
        # old origin and a recent year is told after the recent one, not halfway between them
        middle = named[1]
    told = [int(m.group(2)) for m in found
            if not _AHEAD_WORDS & {w.strip(",.'").lower() for w in m.group(1).split()}
            and not _AHEAD_PERIOD.search(text[max(0, m.start(2) - 40):m.start(2)])
            and not _AFTER_THIS_YEAR.search(text[max(0, m.start(2) - 200):m.start(2)])]
    return min(middle, max(told)) if told else min(int(m.group(2)) for m in found) - 1


# ('said on Saturday', 'late Friday', and the wire style 'the ministry said Friday')
_TOLD_WEEKDAY = re.compile(r"\b(?:on|late|early|last|said|says|announced|announces|stated)\s+(" + "|".join(WEEKDAYS)
                           + r")\b", re.I)
LEAD_CHARS = 800  # where a wire story says on which day its news was told


_JAPANESE_ERA = re.compile(r",?\s*(?:reiwa|heisei|showa)\s+\d{1,2}\s*\(\s*(?P<year>(?:19|20)\d\d)\s*\)", re.I)


def year_by_weekday(month_day: date, year: int, text: str) -> int:
    """The year of a year-less wire dateline ('BEIJING, March 8 -'), checked against the weekday
    its lead tells ('said on Saturday'): news is told the day of its dateline or the day before.
    Of the guessed year, the three after it and the one before, the nearest whose calendar
    agrees wins (the guess is the latest year the story names, and news comes after it)."""
    m = _TOLD_WEEKDAY.search(text[:LEAD_CHARS])
    if m is None:
        return year
    wanted = weekday_index(m.group(1))
    for y in (year, year + 1, year + 2, year + 3, year - 1):  # news comes after the years it looks back on
        try:
            d = month_day.replace(year=y)
        except ValueError:
            continue
        if wanted in (d.weekday(), (d.weekday() - 1) % 7):
            return y
    return year


def context_year(years: list[int]) -> Optional[int]:
    """The article's 'present' year when it has no date: the median of the distinct years it names.

    A news story mentions past impositions and future expiries around its own present,
    so the middle of its explicit years is the best guess for a year-less "October 9".
    """
    if not years:
        return None
    ys = sorted(years)
    mid = len(ys) // 2
    if len(ys) % 2:
        return ys[mid]
    return (ys[mid - 1] + ys[mid] + 1) // 2
