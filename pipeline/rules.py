"""Load and validate the rule files in `patterns/`.

Rules are data: every pattern, alias, HS code, agency and cue lives in a JSONL file with a
canonical id. Each line is validated on load (pydantic, `extra="forbid"`), so a typo fails
with the file, the line and the allowed keys instead of silently matching nothing.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

# Which labels each entity-ruler file may define; cues go to a span ruler (they overlap).
ENTITY_FILES = {
    "products.jsonl": {"PRODUCT"},
    # IGNORE: text that only looks like a body ('ITC (HS)' is India's trade classification) or
    # a place ('US cents', 'Canadian dollars' name a currency)
    "agencies.jsonl": {"AGENCY", "IGNORE"},
    # PLACE: a city a dateline names ('Rosario, Monday 8 June 2026'): the country a story comes
    # from, never an entity (a port city acts for no government)
    "jurisdictions.jsonl": {"JURISDICTION", "IGNORE", "PLACE"},
    # IGNORE: a charge that is no trade measure ('a peak season surcharge' a carrier adds)
    "measures.jsonl": {"MEASURE", "IGNORE"},
    "actions.jsonl": {"ACTION"},
}
CUE_FILE = "cues.jsonl"
CATALOG_FILE = "product_catalog.jsonl"
REGEX_FILE = "regex_entities.jsonl"
BOILERPLATE_FILE = "boilerplate.jsonl"


class RuleFileError(ValueError):
    """A rule file is missing or malformed; the message names the file and line."""


class PatternRule(BaseModel):
    """One spaCy ruler pattern: `{"label", "pattern", "id"}` (spaCy's own JSONL shape)."""

    model_config = ConfigDict(extra="forbid")
    label: str
    pattern: Union[str, list[dict]]
    id: str
    # an agency name other governments use too ('Ministry of Commerce', 'Department of
    # Agriculture'): the id's government only where the article is about it
    shared: bool = False

    @field_validator("pattern")
    @classmethod
    def _not_empty(cls, value):
        if not value:
            raise ValueError("pattern is empty")
        return value


class CatalogEntry(BaseModel):
    """A canonical product: its HS codes and whether it is a vague umbrella term."""

    model_config = ConfigDict(extra="forbid")
    id: str
    hs: list[str]
    group: str
    generic: bool = False
    category: bool = False  # names a group ('grains'), so it covers its group's members
    # the HS chapters or headings a category covers ('grains': ["10"]); without them, its group does
    covers_hs: list[str] = []
    same_as: Optional[str] = None  # 'maize' is 'corn': kept as the article says it, one product when merging
    parts: Optional[str] = None  # 'cars and parts': the product a bare 'parts' after this one names


class RegexRule(BaseModel):
    """A regular-expression entity rule, for spans whose shape a regex states better than
    token patterns (dates, durations, figures, a verb split from its particle: 'pushed the
    requirement back'). `MACRO` rows name pieces that the other
    rows use as `{NAME}`; `IGNORE` rows claim text that only looks like one ('Act No. 1 of
    1969' names a law, not a year of the story) so that no other row takes it."""

    model_config = ConfigDict(extra="forbid")
    label: Literal["MACRO", "DATE", "DURATION", "FIGURE", "VOLUME", "IGNORE", "ACTION"]
    id: str
    regex: str


class BoilerplateRule(BaseModel):
    """A line-level regex for text that is not the article (credits, comment forms...)."""

    model_config = ConfigDict(extra="forbid")
    id: str
    regex: str
    # ('drop_line_and_headlines': a wire's credit line, after which come only links to other stories;
    # 'strip_prefix': what the regex matches at the start of a line goes, the rest of the line stays)
    action: Literal["drop_line", "drop_line_and_caption", "drop_line_and_headlines", "drop_rest", "dateline",
                    "wire_dateline", "strip_prefix"]
    # where a dateline is looked for: among the first lines, or among the last (a release dated
    # under its signature, 'This column was first published on ...'), or, for a closing formula
    # ('Done at Conakry, 2 November 2026'), on any line after the top, however much follows it
    # ('above_body': anywhere above the first sentence of the body, however long the page's header)
    where: Literal["top", "below_title", "end", "both", "closing", "above_body"] = "top"

    @field_validator("regex")
    @classmethod
    def _compiles(cls, value):
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"regex does not compile: {exc}") from exc
        return value


def _read_jsonl(path: Path, model: type[BaseModel], numbered: bool = False) -> list:
    """Validated rows of a rule file; with `numbered`, (line number, row) pairs."""
    if not path.exists():
        raise RuleFileError(f"{path}: rule file not found")
    rows = []
    allowed = ", ".join(model.model_fields)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            row = model.model_validate(json.loads(line))
            rows.append((n, row) if numbered else row)
        except json.JSONDecodeError as exc:
            raise RuleFileError(f"{path}:{n}: not JSON ({exc.msg})") from exc
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'line'}: {e['msg']}" for e in exc.errors())
            raise RuleFileError(f"{path}:{n}: {problems} (allowed keys: {allowed})") from exc
    return rows


@dataclass
class RegexRules:
    """All regex entity rules as one compiled scan: group `g<n>` is rule n."""

    regex: "re.Pattern[str]"
    rules: list[tuple[str, str]]  # (label, id) per group

    def find(self, text: str):
        """(start, end, label, id) for every match in lower-cased `text`."""
        for m in self.regex.finditer(text):
            label, rule_id = self.rules[int(m.lastgroup[1:])]
            yield m.start(), m.end(), label, rule_id


def _compile_regex_rules(path: Path) -> RegexRules:
    macros: dict[str, str] = {}
    bodies: list[str] = []
    rules: list[tuple[str, str]] = []
    for n, rule in _read_jsonl(path, RegexRule, numbered=True):
        body = rule.regex
        for name, value in macros.items():
            body = body.replace("{" + name + "}", value)
        try:
            re.compile(body)
        except re.error as exc:
            raise RuleFileError(f"{path}:{n}: regex does not compile after macros: {exc}") from exc
        if rule.label == "MACRO":
            macros[rule.id] = body
            continue
        bodies.append(f"(?P<g{len(rules)}>{body})")
        rules.append((rule.label, rule.id))
    start = macros.get("START")
    combined = "|".join(bodies) or "(?!)"
    return RegexRules(re.compile((f"(?=(?:{start}))" if start else "") + f"(?:{combined})"), rules)


# what parts a byline or dateline: 'By Our Bureau | New Delhi | Apr 07, 2020', 'WASHINGTON — March 3'
PLACE_SEPARATORS = re.compile(r"[|,;·•–—()/]| - ")
DESK = re.compile(r"(?:^|\s)[A-Z]{2,6}\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*$")


def default_patterns_dir() -> Path:
    """The shipped rule files: package data when installed, `patterns/` in a checkout."""
    try:
        shipped = Path(str(resources.files("pipeline") / "patterns"))
        if (shipped / CUE_FILE).exists():
            return shipped
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - odd importers
        pass
    return Path(__file__).resolve().parent.parent / "patterns"


@dataclass
class RuleSet:
    """Every rule file of one patterns folder, validated and indexed."""

    directory: Path
    entity_patterns: list[dict] = field(default_factory=list)
    cue_patterns: list[dict] = field(default_factory=list)
    catalog: dict[str, CatalogEntry] = field(default_factory=dict)
    boilerplate: list[BoilerplateRule] = field(default_factory=list)
    regex_entities: Optional["RegexRules"] = None
    sources: dict[tuple[str, str], str] = field(default_factory=dict)  # (label, id) -> file
    shared_agency_names: set[str] = field(default_factory=set)  # lower-cased phrases marked `shared`
    dateline_places: dict[str, str] = field(default_factory=dict)  # lower-cased city -> its jurisdiction
    # agency id -> (head noun, full name) of each of its full names: 'MOIT' is a 'ministry'
    # ('Ministry of Industry and Trade'), so a later 'the ministry' can be that body
    agency_heads: dict[str, set[tuple[str, str]]] = field(default_factory=dict)

    @classmethod
    def load(cls, directory: Path | str | None = None) -> "RuleSet":
        directory = Path(directory) if directory else default_patterns_dir()
        rules = cls(directory=directory)
        seen: dict[tuple[str, str], tuple[str, int, str]] = {}  # (label, lower phrase) -> where first given
        for name, labels in ENTITY_FILES.items():
            for n, rule in _read_jsonl(directory / name, PatternRule, numbered=True):
                if rule.label not in labels:
                    raise RuleFileError(
                        f"{directory / name}:{n}: label {rule.label!r} for pattern {rule.pattern!r} "
                        f"does not belong here (allowed: {', '.join(sorted(labels))})")
                if isinstance(rule.pattern, str):
                    key = (rule.label, rule.pattern.lower())
                    first = seen.setdefault(key, (name, n, rule.id))
                    if first[2] != rule.id:
                        raise RuleFileError(
                            f"{directory / name}:{n}: {rule.label} {rule.pattern!r} has id {rule.id!r}, but "
                            f"{first[0]}:{first[1]} gives it {first[2]!r}: one phrase, one meaning")
                if rule.label == "PLACE":
                    rules.dateline_places[rule.pattern.lower()] = rule.id
                    continue
                if rule.shared:
                    if rule.label != "AGENCY" or not isinstance(rule.pattern, str):
                        raise RuleFileError(f"{directory / name}:{n}: only an AGENCY phrase can be shared")
                    rules.shared_agency_names.add(rule.pattern.lower())
                if rule.label == "AGENCY" and isinstance(rule.pattern, str):
                    words = rule.pattern.lower().replace("’", "'").split()
                    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
                    if head.isalpha():
                        rules.agency_heads.setdefault(rule.id, set()).add((head, rule.pattern.lower()))
                rules.entity_patterns.append(rule.model_dump(exclude={"shared"}))
                rules.sources[(rule.label, rule.id)] = name
        rules.cue_patterns = [r.model_dump() for r in _read_jsonl(directory / CUE_FILE, PatternRule)]
        for entry in _read_jsonl(directory / CATALOG_FILE, CatalogEntry):
            if entry.id in rules.catalog:
                raise RuleFileError(f"{directory / CATALOG_FILE}: product {entry.id!r} listed twice")
            rules.catalog[entry.id] = entry
        for entry in rules.catalog.values():
            if entry.same_as is not None and (entry.same_as not in rules.catalog or rules.catalog[entry.same_as].same_as):
                raise RuleFileError(f"{directory / CATALOG_FILE}: {entry.id!r} is the same as {entry.same_as!r}, "
                                    "which must be a catalog product that is not itself the same as another")
        for entry in rules.catalog.values():
            if entry.parts is not None and entry.parts not in rules.catalog:
                raise RuleFileError(f"{directory / CATALOG_FILE}: the parts of {entry.id!r} are {entry.parts!r}, "
                                    "which has no catalog line")
        missing = sorted({p["id"] for p in rules.entity_patterns if p["label"] == "PRODUCT"} - set(rules.catalog))
        if missing:
            raise RuleFileError(f"{directory / CATALOG_FILE}: no catalog line for products {missing[:10]}")
        for p in rules.entity_patterns:
            if p["label"] == "AGENCY" and "-" not in p["id"]:
                raise RuleFileError(f"{directory}/agencies.jsonl: agency id {p['id']!r} must start with its "
                                    "jurisdiction code, e.g. CN-MOFCOM")
        rules.boilerplate = _read_jsonl(directory / BOILERPLATE_FILE, BoilerplateRule)
        rules.regex_entities = _compile_regex_rules(directory / REGEX_FILE)
        return rules

    @cached_property
    def place_names(self) -> dict[str, str]:
        """Lower-case name -> jurisdiction, for the plain-text names of the jurisdiction rules."""
        return {p["pattern"].lower(): p["id"] for p in self.entity_patterns
                if p["label"] == "JURISDICTION" and isinstance(p["pattern"], str)} | self.dateline_places

    def place_in(self, line: Optional[str]) -> Optional[str]:
        """The jurisdiction a byline or dateline names as one of its parts ('By Our Bureau |
        New Delhi | Apr 07, 2020', 'Nairobi, 3 March 2025'), or None."""
        for part in PLACE_SEPARATORS.split(line or ""):
            code = self.place_names.get(part.strip().lower())
            if code is not None:
                return code
            # '... by PIB Delhi', 'PTI New Delhi': a news agency's desk and its city
            desk = DESK.search(part)
            if desk and (code := self.place_names.get(desk.group(1).lower())) is not None:
                return code
        return None

    @cached_property
    def pattern_words(self) -> frozenset[str]:
        """Every lower-case word the phrase rules name ('countervailing', 'canadian'): the words a
        line break may have hyphenated."""
        return frozenset(w for p in self.entity_patterns if isinstance(p["pattern"], str)
                         for w in p["pattern"].lower().split())

    @cached_property
    def generic_products(self) -> frozenset[str]:
        return frozenset(k for k, v in self.catalog.items() if v.generic)

    @cached_property
    def same_product(self) -> dict[str, str]:
        """Product id -> the id it is one product with ('maize' -> 'corn'); only ids that differ."""
        return {p: e.same_as for p, e in self.catalog.items() if e.same_as}

    @cached_property
    def parts_of(self) -> dict[str, str]:
        """Product id -> the id of its parts ('cars' -> 'auto parts'); only products that have one."""
        return {p: e.parts for p, e in self.catalog.items() if e.parts}

    def one_product(self, a: list[str], b: list[str]) -> bool:
        """Do two product lists share a product, once synonyms ('maize', 'corn') are one?"""
        same = self.same_product
        return bool({same.get(p, p) for p in a} & {same.get(p, p) for p in b})

    def covers(self, broad: list[str], narrow: list[str]) -> bool:
        """True when every product of `broad` is a category whose group holds all of `narrow`
        ('grains' covers soybeans and wheat): a headline and its details are one measure."""
        cats = [self.catalog[p] for p in set(broad) if p in self.catalog and self.catalog[p].category]
        if not broad or len(cats) != len(set(broad)):
            return False
        extra = {"agriculture": {"food", "vegetable_oils"}, "food": {"agriculture", "vegetable_oils"}}

        def covered(entry: CatalogEntry) -> bool:
            for cat in cats:
                if cat.covers_hs:  # 'grains' covers wheat (1001), not sugar (1701)
                    if any(code.replace(".", "").startswith(tuple(cat.covers_hs)) for code in entry.hs):
                        return True
                elif entry.group in {cat.group} | extra.get(cat.group, set()):
                    return True
            return False

        return all(p in self.catalog and covered(self.catalog[p]) for p in narrow)

    def hs_codes(self, products) -> list[str]:
        codes: list[str] = []
        for p in products:
            entry = self.catalog.get(p)
            for code in entry.hs if entry else ():
                if code not in codes:
                    codes.append(code)
        return codes

    @staticmethod
    def agency_jurisdiction(agency_id: str) -> str:
        """Agency ids carry their jurisdiction: `CN-MOFCOM` belongs to `CN`."""
        return agency_id.split("-", 1)[0]
