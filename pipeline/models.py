"""The output contract (../shared/SCHEMA.md) as pydantic v2 models.

Every record the pipeline writes is validated here first, so a field can be added but
never silently renamed or dropped. `trade-measures schema` prints these as JSON Schema.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

MeasureType = Literal[
    "export_ban", "export_control", "export_duty", "import_tariff", "import_ban",
    "quota", "entity_listing", "other",
]
DATE_FIELDS = ("announced", "effective", "expires")  # the dates a mention and a measure carry

# Type families (what the scorer and loose wording share) and measure identity groups
# (types that may name one measure: an export ban is often called 'export controls').
TYPE_FAMILY = {"export_ban": "export", "export_control": "export", "export_duty": "export",
               "import_tariff": "import", "import_ban": "import", "quota": "import",
               "entity_listing": "entity", "other": "other"}
IDENTITY = {"export_ban": "export_restriction", "export_control": "export_restriction", "export_duty": "export_duty",
            "import_tariff": "import_tariff", "import_ban": "import_ban", "quota": "quota",
            "entity_listing": "entity_listing", "other": "other"}
Action = Literal["impose", "tighten", "suspend", "lift", "extend", "postpone", "reduce", "raise"]
Direction = Literal["restrictive", "liberalising"]
Status = Literal["agreed", "resolved", "conflict", "unresolved"]
Severity = Literal["critical", "important", "minor"]
PublishedFrom = Literal["metadata", "dateline", "none"]


class Record(BaseModel):
    """Base of every written record: strict keys, field order = schema order."""

    model_config = ConfigDict(extra="forbid")


class Entity(Record):
    label: str
    text: str
    start: int
    end: int
    norm: Optional[str] = None
    rule: Optional[str] = None  # the pattern file the match came from


class Article(Record):
    id: str
    path: str
    line: Optional[int] = None  # 1-based line of a JSONL file; null for a whole file
    title: Optional[str] = None
    outlet: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    published_from: PublishedFrom = "none"
    sha256: str
    words: int = 0
    duplicate_of: Optional[str] = None
    # exact copies (same sha256) not processed again: `path`, or `path:line` for a JSONL line
    duplicate_paths: list[str] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class Rate(Record):
    value: float
    unit: str  # percent | percentage_points | usd_per_tonne | ...
    kind: Literal["level", "increase", "cut", "cap"] = "level"
    previous: Optional[float] = None
    text: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None


class DateExpr(Record):
    role: str  # announced | effective | expires | duration | follows | context
    text: str
    value: Optional[str] = None  # partial ISO date or ISO duration; None = unresolved
    precision: Optional[str] = None  # year | month | day | week | duration
    how: Literal["absolute", "relative", "duration", "inferred"]
    anchor: Optional[str] = None  # what a relative or year-less value was resolved against
    start: int = 0
    end: int = 0


class Evidence(Record):
    """Where one field value came from: the sentence and the char span of the value."""

    field: str
    value: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int


class SentenceRef(Record):
    """A sentence of the cleaned article text that a mention draws on."""

    start: int
    end: int
    text: str


class Mention(Record):
    id: str
    article: str
    sentence: str
    start: int
    end: int
    imposer: Optional[str] = None
    agency: Optional[str] = None
    targets: list[str] = Field(default_factory=list)
    type: MeasureType
    action: Action
    products: list[str] = Field(default_factory=list)
    hs_codes: list[str] = Field(default_factory=list)
    announced: Optional[str] = None
    effective: Optional[str] = None
    expires: Optional[str] = None
    duration: Optional[str] = None
    rate: Optional[Rate] = None
    dates: list[DateExpr] = Field(default_factory=list)
    confidence: float = 0.5
    direction: Direction = "restrictive"
    evidence: list[Evidence] = Field(default_factory=list)
    sentences: list[list[int]] = Field(default_factory=list)  # every [start, end] merged in
    context: list[SentenceRef] = Field(default_factory=list)  # those sentences with their text


class Candidate(Record):
    value: object = None
    articles: list[str] = Field(default_factory=list)
    mentions: list[str] = Field(default_factory=list)
    independent_sources: int = 0


class FieldVerdict(Record):
    value: object = None
    status: Status = "agreed"
    candidates: list[Candidate] = Field(default_factory=list)
    reason: Optional[str] = None


class Event(Record):
    action: Action
    announced: Optional[str] = None
    effective: Optional[str] = None
    expires: Optional[str] = None
    duration: Optional[str] = None
    rate: Optional[Rate] = None
    articles: list[str] = Field(default_factory=list)
    mentions: list[str] = Field(default_factory=list)
    fields: dict[str, FieldVerdict] = Field(default_factory=dict)
    direction: Direction = "restrictive"


class Conflict(Record):
    event: int  # index into Measure.events
    field: str
    values: list[object] = Field(default_factory=list)
    severity: Severity
    reason: str


class Measure(Record):
    id: str
    imposer: Optional[str] = None
    agency: Optional[str] = None
    targets: list[str] = Field(default_factory=list)
    type: MeasureType
    products: list[str] = Field(default_factory=list)
    hs_codes: list[str] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)


class ErrorRecord(Record):
    """One line of errors.jsonl: an input (file or JSONL line) the run could not use."""

    path: str
    line: Optional[int] = None
    error: str
    detail: str = ""


def json_schemas() -> dict:
    """JSON Schema of every output record, keyed by the file it describes."""
    return {
        "articles.jsonl": Article.model_json_schema(),
        "mentions.jsonl": Mention.model_json_schema(),
        "measures.jsonl": Measure.model_json_schema(),
        "errors.jsonl": ErrorRecord.model_json_schema(),
    }
