"""From a processed Doc to measure mentions: one per measure action per article.

Sentence by sentence, every ACTION trigger that governs a MEASURE becomes a *frame*
(what was done to which measure, by whom, to whom, when, at what rate). Frames are then
assembled per article: continuations inherit from what came before ("These measures,
implemented in December 2024, ..."), and frames that report the same action on the same
measure (headline, lead, later paragraphs) are merged into one mention.
"""
from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Optional

from spacy.tokens import Doc, Span

from .evidence import SpanIndex, complete_evidence, date_words, evidence_at
from .models import DATE_FIELDS as DATE_ROLES, IDENTITY, TYPE_FAMILY, DateExpr, Evidence, Mention, Rate, SentenceRef
from .nlp import CUES_KEY
from .nlp.dates import WEEKDAYS, DateNormalizer, NormalDate, add_duration, explicit_year, is_weekday, last_date, to_date
from .nlp.factories import doc_text
from .nlp.figures import parse_figure
from .rules import RuleSet

ACTION_FAMILY = {"impose": "restrict", "tighten": "restrict", "raise": "restrict", "suspend": "relax",
                 "lift": "relax", "reduce": "relax", "postpone": "relax", "extend": "extend", "resume": "resume"}
GENERIC_MEASURES = {"ban", "restriction", "licensing", "tax", "fee", "import_tariff_weak", "list_ref", "measure_ref",
                    "sanctions"}
RATE_TYPES = {"import_tariff", "export_duty", "quota"}
DUTY_MEASURES = {"import_tariff", "import_tariff_weak", "export_duty", "tax"}
LIBERALISING = {"suspend", "lift", "reduce", "postpone"}
# Actions that describe the same thing and may be merged within an article.
SAME_ACTION = {("suspend", "lift"), ("lift", "suspend")}
WINDOW = 10  # tokens a date looks back for its cue
# words that end a noun phrase looking left: 'the government is imposing' is not 'the imposing'
NOT_MODIFIERS = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "shall",
                 "should", "can", "could", "may", "might", "must", "to", "not", "also", "and", "or", "that", "which",
                 "who", "it", "they", "he", "she", "we", "on", "of", "in", "for", "with", "by", "from", "at", "as",
                 "did", "does", "do", "then", "now", "today", "already", "further", "formally", "officially",
                 "time"}  # ("for the first time prohibits imports": an adverbial, no noun phrase)
# a jurisdiction right after one of these words is not the one acting
NOT_SUBJECT_AFTER = {"between", "and", "of", "in", "with", "-", "at", "for", "like", "than", "as", "about", "over",
                     "across", "into", "including", "among", "beyond", "outside", "inside", "within"}
PREPOSITION_CUES = {"from", "until", "till", "through", "since", "starting", "beginning", "effective", "after", "by",
                    "to"}


@dataclass
class Frame:
    """One action on one measure, as a sentence reports it."""

    action: str
    kind: str  # main | historical | anaphoric
    sent: Span
    trigger: Optional[Span]
    measure: Optional[Span] = None
    type: Optional[str] = None
    type_specific: bool = False
    products: list[str] = field(default_factory=list)
    imposer: Optional[str] = None
    agency: Optional[str] = None
    targets: list[str] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    duration: Optional[str] = None
    rate: Optional[Rate] = None
    extends_suspension: bool = False
    parent: Optional["Frame"] = None
    evidence: list[Evidence] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    order: int = 0
    subject: Optional[str] = None  # the government the story was about when this step was told
    default_type: Optional[str] = None  # used when the article offers nothing to inherit
    status: Optional[str] = None  # a quoted trade status ('"prohibited"'): "ban" or "restriction", flow from context
    imposer_candidates: list[str] = field(default_factory=list)  # actors of the sentence, if the subject is unclear
    rate_of: Optional[str] = None  # "Sri Lanka's rate": the country whose rate the step moves
    refers_back: bool = False  # 'The metals had been restricted': products named in an earlier sentence
    defaulted: set[int] = field(default_factory=set)  # ids of DateExprs whose role was a default
    occasion: Optional[tuple[Optional[int], Span]] = None  # 'The same day,' (0), 'also' (None): (offset, cue)
    immediate: bool = False  # 'with immediate effect': in force the day it is announced
    same_start: Optional[Span] = None  # 'from the same date': in force when the step told before is
    whole_instrument: bool = False  # 'The rule takes effect on ...': every step that rule made
    definite: bool = False  # its measure is named as one told before ('the duty', 'its new levy')
    licence: bool = False  # a licence or permit it requires, not a ban or a duty
    void: bool = False  # its measure is no trade measure after all ('raised the income tax')
    merged_triggers: set[int] = field(default_factory=set)  # token starts of the frames merged into it
    co_imposers: list[Span] = field(default_factory=list)  # 'The EU and South Korea suspended ...'
    origin: Optional[Span] = None  # 'the export duty on Russian wheat': where exported goods come from
    flow_to: Optional[str] = None  # 'shipments to China were suspended': where the halted flow went
    moves_threshold: bool = False  # 'the threshold dropped to 0.5 carat': the line a measure starts at moves

    def firm_value(self, role: str) -> Optional[str]:
        """The value for a role from a cue or a verb, never from a default."""
        return next((d.value for d in self.dates if d.role == role and d.value and id(d) not in self.defaulted), None)

    def value(self, role: str) -> Optional[str]:
        """First value for a role, a cue-given one ('effective Saturday') before a defaulted one."""
        found = [d for d in self.dates if d.role == role and d.value]
        pool = [d for d in found if id(d) not in self.defaulted] or found
        if not pool:
            return None
        first = pool[0].value
        # '2023-08' in the headline and '2023-08-01' in the lead, 'Last year ... on September 21':
        # keep the precise one, whichever way it was given
        same = [d.value for d in found if d.value.startswith(first)]
        return max(same, key=len)


class SentenceView:
    """Entities and cues of one sentence, indexed by token for cheap look-ups."""

    def __init__(self, sent: Span, ents: list[Span], cues: list[Span], actors: Optional[dict[int, str]] = None):
        self.sent = sent
        self.doc = sent.doc
        self.actors = actors or {}  # agency start -> its government, where a shared name says another
        self.intransitive: set[int] = set()
        self.replacements: set[int] = set()  # measures put in place of another ('replaced it with a duty')
        self.replaced_halts: set[int] = set()  # replacing verbs whose subject is a halt told before
        self.gapped: dict[int, int] = {}  # 'and the gasoline ban in November': measure -> start of its clause
        self.dropped_licences: set[int] = set()  # 'dropped the licence': verbs whose object is a licence told before
        self.lapsed: set[int] = set()  # relief not renewed ('declined to renew the reduction')
        # verbs whose step a rate tells ('adjusted to 8% from 12%'), with where a rate subject
        # starts ('the rate on plug-in hybrids climbed to 20%'), else None
        self.rate_moves: dict[int, Optional[int]] = {}
        self.rate_continuations: set[int] = set()  # '... and goes to 100 per cent': the rate told before
        self._adjectives: Optional[set[int]] = None
        self._asides: Optional[set[int]] = None
        self.non_steps: list[int] = []  # 'maintain measures on steel': verbs that end another step's reach
        self.idle: set[int] = set()  # 'the two sides reached an agreement': a verb read as no verb of trade
        self.goods_added: set[int] = set()  # 'foil and pipes were added in 2023': goods brought under the measure told
        self.rates_on_goods: set[int] = set()  # 'put 25 percent on Mexican steel': a duty named by its rate
        self.kept_free: set[int] = set()  # 'keeps imports of beans ... free of tariffs': relief from a duty
        self.mutual: dict[int, Span] = {}  # 'both sides cut their tariffs': verb start -> the cue naming both
        self.decided_subjects: dict[int, Span] = {}  # 'The duty orders ... were published on ...': cue -> measure
        carriers = [c for c in cues if c.label_ == "CARRIER"]
        if carriers:  # 'banned the export of bitumen by truck': how goods travel is no product
            ents = [e for e in ents if e.label_ != "PRODUCT" or not any(c.start <= e.start < c.end for c in carriers)]
        self.ents = ents
        self.by_label: dict[str, list[Span]] = {}
        for e in ents:
            self.by_label.setdefault(e.label_, []).append(e)
        self.cues_by_label: dict[str, list[Span]] = {}
        self.cue_end: dict[int, set[str]] = {}
        self.cue_start: dict[int, set[str]] = {}
        for c in cues:
            self.cues_by_label.setdefault(c.label_, []).append(c)
            self.cue_end.setdefault(c.end, set()).add(c.label_)
            self.cue_start.setdefault(c.start, set()).add(c.label_)
        if "MEASURE" in self.by_label:
            # 'withdrew the circular', 'its export authorisation mechanism': such a word names the
            # measure told before only when definite; 'a PLI scheme' is something else
            measures = [m for m in self.by_label["MEASURE"]
                        if m.ent_id_ != "measure_ref" or self.definite_before(m.start)]
            # 'the Section 301 port fees': a measure's name before another's head noun only qualifies it
            heads = {m.start: m.ent_id_ for m in measures if m.ent_id_ not in GENERIC_MEASURES}
            self.by_label["MEASURE"] = [m for m in measures if heads.get(m.end, m.ent_id_) == m.ent_id_]

    def get(self, label: str) -> list[Span]:
        return self.by_label.get(label, [])

    def adjective_actions(self) -> set[int]:
        """Starts of ACTION spans used as adjectives ('on frozen chicken', 'the commercial tax
        levied on exports'), computed once."""
        if self._adjectives is None:
            self._adjectives = {a.start for a in self.get("ACTION") if a.text.lower().endswith(("ed", "en")) and (
                _modifies_product(self, a) or _undated_reduced_relative(self, a, self.get("MEASURE")))}
        return self._adjectives

    def asides(self) -> set[int]:
        """Tokens inside a pair of dashes or brackets ('duties on 28 products - almonds, walnuts
        ... among them - would apply'), dashes and brackets included, computed once."""
        if self._asides is None:
            self._asides = set()
            opened = None
            for t in self.sent:
                # ('non-basmati' splits at its hyphen too: only a dash with spaces round it sets off)
                dash = t.text in ("-", "–", "—") and t.whitespace_ and t.i > 0 and self.doc[t.i - 1].whitespace_
                if dash and opened is None or t.text == "(":
                    opened = t.i
                elif opened is not None and (t.text == ")" if self.doc[opened].text == "(" else dash):
                    self._asides.update(range(opened, t.i + 1))
                    opened = None
        return self._asides

    def cues(self, label: str) -> list[Span]:
        return self.cues_by_label.get(label, [])

    def word_before(self, i: int, skip: int = 0) -> Optional[int]:
        """Index of the nearest non-space, non-quote token before i (after skipping `skip`)."""
        j = i - 1
        while j >= self.sent.start:
            t = self.doc[j]
            if not (t.is_space or t.is_quote):
                if skip == 0:
                    return j
                skip -= 1
            j -= 1
        return None

    def word_before_article(self, i: int) -> Optional[int]:
        """The word before token i, past a 'the' ('entering the United States': 'entering')."""
        j = self.word_before(i)
        if j is not None and self.doc[j].lower_ == "the":
            j = self.word_before(j)
        return j

    def last_token(self):
        """The sentence's last token that is not white space."""
        k = self.sent.end - 1
        while k > self.sent.start and self.doc[k].is_space:
            k -= 1
        return self.doc[k]

    def has_cue_at(self, label: str, i: Optional[int]) -> bool:
        return i is not None and label in self.cue_start.get(i, ())

    def is_possessive(self, i: Optional[int]) -> bool:
        return i is not None and self.doc[i].lower_ in ("'s", "’s", "'", "’")

    def definite_before(self, start: int) -> bool:
        """'the suspension', 'these curbs', 'its ban', "Beijing's partial lifting"."""
        for skip in range(3):
            j = self.word_before(start, skip)
            if j is None:
                return False
            if self.has_cue_at("DEFINITE", j) or self.is_possessive(j):
                return True
            tok = self.doc[j]
            if tok.lower_ in NOT_MODIFIERS or not (tok.is_alpha and tok.is_lower or tok.text in "-–—" or tok.like_num):
                return False
            if self.cue_start.get(j, set()) & {"GOVT", "ORG_NOUN"}:
                return False  # 'the treasury suspended import duty': a subject, not a modifier
        return False


@dataclass
class ArticleContext:
    article_id: str
    published: Optional[date]
    year_hint: Optional[int]
    rules: RuleSet
    dates: DateNormalizer
    text: str = ""  # the doc's text, computed once (Doc.text joins every token)
    subject: Optional[str] = None  # last jurisdiction seen acting as a subject
    # 'New Delhi first notified its list': a government seen acting since the last step told,
    # in a sentence that told none; the one a later step with no actor of its own is about
    idle_actor: Optional[str] = None
    paragraph_actor: Optional[str] = None  # the government the current paragraph opens on
    explicit_years: list[tuple[int, int, bool]] = field(default_factory=list)  # (offset, year, is an end date)
    frames: list[Frame] = field(default_factory=list)
    follows: list[DateExpr] = field(default_factory=list)
    home: Optional[str] = None  # the jurisdiction the top of the article is about: a last-resort imposer
    place: Optional[str] = None  # the country of the dateline the cleaning removed ('Dhaka, Sunday, ...')
    filed_from: Optional[str] = None  # the country of a wire dateline the text keeps ('SEOUL, Nov. 5 (Hanbit) --')
    home_ministries: set[int] = field(default_factory=set)  # 'the ministry' words that are the wire's own country's
    named: set[str] = field(default_factory=set)  # every jurisdiction the article names, itself or by an agency
    bodies: set[str] = field(default_factory=set)  # the governments whose agencies or capital (dateline) it names
    # 'commission' -> {'EU'}: the governments of the agencies it names, by the last word of their name
    body_heads: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # head -> (jurisdiction, name)
    # 'has signed Decree No. 73 dated March 31': the instrument's date, and the frame count then
    instrument: Optional[tuple[DateExpr, int]] = None
    instrument_dates_all: bool = False  # a decision accepted on advice dates every step told after it
    export_duty_goods: set[str] = field(default_factory=set)  # goods named with an export duty, step or not
    on_signing: bool = False  # 'The Decree takes effect from the date of signing'
    # digest items: (frames told before the item, the government its heading names)
    sections: list[tuple[int, Optional[str]]] = field(default_factory=lambda: [(0, None)])
    # 'NOV 6, 2026' on a line of its own over a factbox's bullets: the date of the steps under it,
    # until the next heading
    heading: Optional[DateExpr] = None
    # 'Beijing followed on Friday.': who acted and when, for the steps the next sentence tells
    lead: Optional[tuple[str, DateExpr, int]] = None
    # 'Kazakhstan has restrictions of its own.': a government a sentence telling no step opens on,
    # and where that sentence ends; the one 'the energy ministry' in the next sentence belongs to
    turned_to: Optional[tuple[str, int]] = None
    spans: Optional[SpanIndex] = None  # the doc's entities by value, for tracing implicit values


def _sentences(doc: Doc, ents: list[Span]):
    """Yield (sentence, its entities, its cues) with one linear pass."""
    cues = sorted(doc.spans[CUES_KEY], key=lambda s: (s.start, s.end)) if CUES_KEY in doc.spans else []
    doc.user_data["announce_starts"] = {c.start for c in cues if c.label_ == "ANNOUNCE"}
    doc.user_data["timings"] = [(c.start, c.id_) for c in cues if c.label_ == "TIMING"]
    # ('In this final rule, ...'): where the article names the instrument it is, found once
    doc.user_data["this_instruments"] = [(c.start_char, c.end) for c in cues if c.label_ == "INSTRUMENT" and any(
        doc[k].lower_ == "this" for k in range(max(0, c.start - 3), c.start))]
    ei = ci = 0
    for sent in doc.sents:
        s_ents, s_cues = [], []
        while ei < len(ents) and ents[ei].start < sent.end:
            if ents[ei].start >= sent.start:
                s_ents.append(ents[ei])
            ei += 1
        while ci < len(cues) and cues[ci].start < sent.end:
            if cues[ci].start >= sent.start:
                s_cues.append(cues[ci])
            ci += 1
        if sent.start < WIRE_DATELINE_TOKENS:
            s_ents = [e for e in s_ents if not _is_wire_dateline_date(doc, sent, e)]
        yield sent, s_ents, s_cues


WIRE_DATELINE_TOKENS = 120  # a wire dateline opens the story: the headline and lead are this short


def _is_wire_dateline_date(doc: Doc, sent: Span, e: Span) -> bool:
    """'ASTANA, April 12 (Agency) - ...': when the story was filed, not when anything happened."""
    if e.label_ != "DATE" or e.start - sent.start > 8 or e.start == sent.start:
        return False
    before = doc[sent.start:e.start]
    if doc[e.start - 1].text != "," or not all(t.is_upper or t.is_title or t.is_punct or t.is_space for t in before):
        return False
    j = e.end
    if j < sent.end and doc[j].text == "(":
        j = next((k + 1 for k in range(j, min(j + 10, sent.end)) if doc[k].text == ")"), sent.end)
    return j < sent.end and doc[j].text in ("-", "--", "–", "—")


def _filed_from(doc: Doc, doc_ents: list[Span]) -> Optional[str]:
    """'SEOUL, Nov. 5 (Hanbit) -- ...': the country a wire story was filed from."""
    for i, e in enumerate(doc_ents):
        if e.start >= WIRE_DATELINE_TOKENS:
            break
        if e.label_ == "JURISDICTION" and e.text.isupper() and len(e.text) > 3 and i + 1 < len(doc_ents) \
                and _is_wire_dateline_date(doc, e.sent, doc_ents[i + 1]) and e.start == e.sent.start:
            return e.ent_id_
    return None


def _dateline_place(doc: Doc, doc_ents: list[Span], filed_from: Optional[str]) -> Optional[str]:
    """'MANILA - The Department of Agriculture ...', or the wire's 'SEOUL, Nov. 5 (Hanbit) --'
    (`filed_from`): the place a story opens its first paragraph with, below whatever page
    furniture the text kept."""
    for e in doc_ents:
        if e.start >= WIRE_DATELINE_TOKENS:
            break
        if e.label_ == "JURISDICTION" and e.text.isupper() and len(e.text) > 3 and e.start == e.sent.start \
                and e.end < e.sent.end and doc[e.end].text in ("-", "--", "–", "—"):
            return e.ent_id_
    return filed_from


def _home_ministries(doc: Doc, doc_ents: list[Span]) -> set[int]:
    """The 'ministry' words of a wire story that stand for its own country's ministry: from the
    first, told as nobody's ('..., the industry ministry said'), until one is given to a
    government ('China's Ministry of Commerce', 'the Japanese trade ministry')."""
    owned = {k for e in doc_ents if e.label_ in ("JURISDICTION", "AGENCY") for k in range(e.start, e.end + 4)
             if not any(doc[x].is_punct for x in range(e.end, min(k + 1, len(doc))))}
    home: set[int] = set()
    for t in doc:
        if t.lower_ in ("ministry", "ministries"):
            if t.i in owned or t.is_title:
                break
            home.add(t.i)
    return home


HOME_CHARS = 400  # headline, dateline and lead: where a press release names its government
NEAR_CHARS = 300  # a dated expression this close lends its year to a year-less one
END_WORDS = {"until", "till", "through", "expire", "expires", "expiring", "last", "lasts", "runs", "run"}


def _future_date(doc: Doc, e: Span) -> bool:
    """'until November 10, 2026': an end date says little about the story's own year."""
    return any(t.lower_ in END_WORDS for t in doc[max(0, e.start - 3):e.start + 1])


def _shared_agency_actors(shared: list[Span], top: Counter, named: Counter) -> dict[int, str]:
    """'The Department of Agriculture' in a story from Manila is the Philippines' department:
    a name several governments use is the government the article is about, unless the top
    of the article names the government the name usually belongs to."""
    about = (top or named).most_common(1)
    actors = {}
    for e in shared:
        usual = RuleSet.agency_jurisdiction(e.ent_id_)
        if about and usual not in top and about[0][0] != usual:
            actors[e.start] = about[0][0]
    return actors


def _owned_agencies(doc: Doc, shared: list[Span]) -> dict[int, str]:
    """'Kuwait's Ministry of Commerce and Industry', 'the Omani Ministry of Commerce': a name
    several governments use, with its government named right before it, is that government's."""
    owned = {}
    for e in shared:
        j = e.start - 1
        if j >= 1 and doc[j].lower_ in ("'s", "’s"):
            j -= 1
        if j >= 0 and doc[j].ent_type_ == "JURISDICTION":
            owned[e.start] = doc[j].ent_id_
    return owned


ORIGIN_VERBS = {"originating", "originate", "originates", "made", "produced", "grown", "manufactured", "imported"}


def _named_as_origin(doc: Doc, e: Span) -> bool:
    """'originating in the United States', 'made in China': a place named as where goods come from."""
    k = e.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 1 and doc[k].lower_ in ("in", "from") and doc[k - 1].lower_ in ORIGIN_VERBS


def _relative_year(e: Span) -> Optional[int]:
    """The year of a resolved date whose year is told as the one before the story's ('November 13
    last year'; a coming 'July 1 next year' lends nothing to the past steps told with it)."""
    value = e._.norm
    if not isinstance(value, str) or not value[:4].isdigit() or not re.search(r"\b(last|previous) year\b", e.text.lower()):
        return None
    return int(value[:4])


def extract_mentions(doc: Doc, article_id: str, rules: RuleSet, dates: DateNormalizer) -> list[Mention]:
    ctx = ArticleContext(article_id, doc._.published, doc._.year_hint, rules, dates, text=doc_text(doc))
    doc_ents = list(doc.ents)  # (each read of Doc.ents builds every Span again)
    # ('since November 13 last year, and on November 20 ...': a year told relative to the story's
    # day lends it as a written one does)
    # ('missed their 2025 domestic market obligation, from 1 March': a year naming a thing lends
    # no year to the days told near it)
    ctx.explicit_years = [(e.start_char, y, _future_date(doc, e)) for e in doc_ents
                          if e.label_ == "DATE" and (y := explicit_year(e.text) or _relative_year(e))
                          and not _attributive_year(doc, e)]
    shared = [e for e in doc_ents if e.label_ == "AGENCY" and e.text.lower() in rules.shared_agency_names]
    shared_at = {e.start for e in shared}
    named = [(e.start_char, RuleSet.agency_jurisdiction(e.ent_id_) if e.label_ == "AGENCY" else e.ent_id_)
             for e in doc_ents if e.label_ in ("JURISDICTION", "AGENCY") and e.start not in shared_at]
    # a removed dateline's place counts first: a tie with a country the lead only mentions goes to it
    top = Counter([doc._.place] if doc._.place else [])
    filed_from = _filed_from(doc, doc_ents)
    if not top and (opener := _dateline_place(doc, doc_ents, filed_from)):
        top[opener] += 1  # (and so does the place that opens the story's first paragraph)
    # ('frozen beef originating in the United States': where goods come from tells nothing of who acts)
    origins = {e.start_char for e in doc_ents if e.label_ == "JURISDICTION" and _named_as_origin(doc, e)}
    top.update(code for start, code in named if start < HOME_CHARS and start not in origins)
    ctx.home = top.most_common(1)[0][0] if top else None
    ctx.place = doc._.place
    ctx.filed_from = filed_from
    ctx.home_ministries = _home_ministries(doc, doc_ents) if ctx.filed_from else set()
    ctx.named = set(top) | {code for _, code in named}
    ctx.bodies = {RuleSet.agency_jurisdiction(e.ent_id_) for e in doc_ents if e.label_ == "AGENCY"} | (
        {doc._.place} if doc._.place else set())
    for e in doc_ents:
        if e.label_ == "AGENCY" and e.start not in shared_at:
            code = RuleSet.agency_jurisdiction(e.ent_id_)
            ctx.body_heads.setdefault(e[-1].lower_, set()).add((code, e.text.lower()))
            if e.text.isupper():  # ('MOIT ... The ministry imposed': the head of the name the acronym stands for)
                for head, name in rules.agency_heads.get(e.ent_id_, ()):
                    ctx.body_heads.setdefault(head, set()).add((code, name))
    actors = _shared_agency_actors(shared, top, Counter(code for _, code in named))
    owned = _owned_agencies(doc, shared)
    actors.update(owned)
    for sent, ents, cues in _sentences(doc, doc_ents):
        heading = _heading_line(sent)
        if heading:
            ctx.heading = None  # ('WHAT STAYS': a heading closes the dated section before it)
        if not ents:
            continue
        view = SentenceView(sent, ents, cues, actors)
        if heading:
            ctx.heading = _date_heading(view, ctx)
        headline = _item_headline(view)
        item = _item_government(view, headline)
        if item is not None:  # (a heading naming no government changes no actor)
            ctx.sections.append((len(ctx.frames), item))
        elif _entry_stamp(view) and ctx.frames:
            ctx.sections.append((len(ctx.frames), None))  # a live blog's entry: a story of its own
        elif _faq_question(view):
            # ('Q: Are GCC anti-dumping duties on tiles now final?' 'A: Yes. Definitive duties ...
            # apply from 2026-08-01'): the answer is about the government whose measure the question names
            ctx.sections.append((len(ctx.frames), _owner_named(view)))
        if ctx.sections[-1][1] is not None:
            # ('- Philippines: The Department of Agriculture lifted ...': a name several governments
            # use is, within a digest item, the government its label names)
            for e in shared:
                if sent.start <= e.start < sent.end and e.start not in owned:
                    actors[e.start] = ctx.sections[-1][1]
        frames = _sentence_frames(view, ctx)
        if (label := headline) is not None:
            # ('* Kenya - vape ban postponed in part. Nairobi pushed back ...': the item's own
            # sentences tell the step its headline sums up; a headline alone names who acted)
            code = _actor(view, label)
            told_below = sent.end < len(doc) and "\n" not in doc[sent.end - 1].text_with_ws
            frames = [] if told_below else frames
            for f in frames:
                f.imposer, f.targets = code, [t for t in f.targets if t != code]
        if heading and not frames and (field := _field_date(view, ctx)) is not None:
            _date_by_field(ctx, field, sent)
        if ctx.heading is not None:
            _date_by_heading(frames, ctx.heading)
        if ctx.lead is not None:
            actor, lead, until = ctx.lead
            ctx.lead = None
            if view.sent.start_char - until <= 2:
                _date_by_heading([f for f in frames if f.imposer in (None, actor)], lead)
        if not frames:
            ctx.lead = _lead_in(view, ctx)
            opener = _acting_subject(view, opening=True)
            ctx.turned_to = (opener, view.sent.end_char) if opener else None
        _track_subject(view, ctx)
        ctx.on_signing |= bool(view.cues("ON_SIGNING"))
        if any(m.ent_id_ == "export_duty" for m in view.get("MEASURE")):
            # ('The weekly export duty on wheat continues to fall': what a bare 'wheat duty' later is)
            ctx.export_duty_goods |= {p.ent_id_ for p in view.get("PRODUCT")}
        if _opens_paragraph(view):
            ctx.paragraph_actor = _acting_subject(view, opening=True)
        for f in frames:
            if f.imposer is None and (opener := _possessive_opener(view, f, ctx)):
                f.imposer = opener  # ('Canada, meanwhile, has no tariff left ... Its 25% counter-tariffs')
                continue
            if f.imposer is not None or f.imposer_candidates or f.kind != "main":
                continue
            # 'In late January the deadline was postponed': a step on no measure named, by the
            # government seen acting since; 'Canada followed Washington. A 100% surtax on Chinese
            # EVs has applied since ...': a new measure, by the government its paragraph opens on
            actor = ctx.idle_actor if f.measure is None else None if f.definite else ctx.paragraph_actor
            if actor and actor not in f.targets:
                f.imposer = actor
        # ('In Mexico, the picture changed in January. Cars ... now pay 50% since January': the
        # government a sentence with no step opens on acts in the next)
        opener = _place_opener(view, view.get("JURISDICTION"), view.sent.start) if not frames else None
        ctx.idle_actor = None if frames else (_acting_subject(view) or (_actor(view, opener) if opener else None)
                                              or ctx.idle_actor)
        if not frames:
            _collect_follows(view, ctx)
            _date_told_steps(view, ctx)
            _collect_instrument(view, ctx)
            continue
        for f in frames:
            f.order, f.subject = len(ctx.frames), ctx.subject
            ctx.frames.append(f)
    return _assemble(ctx)


ITEM_HEADING_TOKENS = 16
ITEM_LABEL_MARKS = (":", "|", "-", "–", "—")  # 'CHILE | ...', 'Pakistan: ...', 'UZBEKISTAN - ...'


def _auxiliaries_start(view: "SentenceView", i: int) -> int:
    """Where the auxiliaries and adverbs of the verb at `i` begin ('will be' of 'will be extended';
    `i` itself when there are none)."""
    k = i
    while k > view.sent.start and view.doc[k - 1].lower_ in PASSIVE_GAP:
        k -= 1
    return k


def _before_auxiliaries(sent: Span, i: int) -> int:
    """The token before the auxiliaries and adverbs of the verb at `i` ('that' of 'that had applied')."""
    k = i - 1
    while k > sent.start and sent.doc[k].lower_ in PASSIVE_GAP:
        k -= 1
    return k


def _kept_until(view: SentenceView, a: Span) -> bool:
    """'kept the tariff on pork at 15 percent ... until the end of 2028': a level kept to an end, an
    extension ('kept its export duty for July at 10%' keeps a level for a while, no step)."""
    return any(a.end < c.start and c.start - a.end <= 30 and any(d.start == c.end or d.start == c.start
                                                               for d in view.get("DATE"))
               and not any(view.doc[k].text in (";", ".") for k in range(a.end, c.start))
               for c in view.cues("EXPIRES") if c.text.lower() in ("until", "till", "through", "to the end of"))


def _subject_of_status(view: SentenceView, a: Span, c: Span) -> bool:
    """A definite noun step heading a long subject whose verb is a status ('the suspension of
    imports of poultry from the regions listed ... remains in force'): no verb or break between."""
    return view.definite_before(a.start) and a.end <= c.start <= a.end + 25 and not any(
        a.end <= b.start < c.start for b in view.get("ACTION")) and not any(
        view.doc[k].text in (",", ";", ":") for k in range(a.end, c.start))


def _relative_verb(view: SentenceView, a: Span) -> bool:
    """'that had applied from January', 'which was imposed in 2019': a verb of a relative clause."""
    k = _before_auxiliaries(view.sent, a.start)
    return k > view.sent.start and view.doc[k].lower_ in ("that", "which")


def _relative_measure_before(view: SentenceView, a: Span) -> bool:
    """'provisional duties that had applied from January': the relative clause's noun is a measure
    of its own (not 'a law ... that bans', which tells the law's content)."""
    k = _before_auxiliaries(view.sent, a.start)
    return any(m.end == k for m in view.get("MEASURE"))


def _clause_place(view: SentenceView, actors: list[Span], trig: Span) -> Optional[Span]:
    """'..., and in India the duty on Scotch has already been cut': the place a later clause opens
    on, with no other government or verb before the step."""
    doc = view.doc
    e = next((e for e in reversed(actors) if e.end <= trig.start and e.label_ == "JURISDICTION"), None)
    k = e.start - 1 if e is not None else view.sent.start
    if k - 1 > view.sent.start and doc[k].lower_ == "in" and doc[k - 1].lower_ in ("and", "but", "while") \
            and doc[k - 2].text == "," and not any(d.start == e.start for d in view.get("DATE")) \
            and not any(e.end <= x.start < trig.start for x in view.get("ACTION") + view.get("AGENCY")):
        return e
    return None


def _place_opener(view: SentenceView, actors: list[Span], first: int) -> Optional[Span]:
    """'In Indonesia, ...', 'And in Brazil, ...': the government a sentence opens on, set off by a comma."""
    doc = view.doc
    if first < view.sent.end and doc[first].lower_ in ("and", "but", "meanwhile"):
        first += 1
    return next((e for e in actors if e.start == first + 1 and doc[first].lower_ == "in"
                 and e.end < view.sent.end and doc[e.end].text == "," and e.label_ == "JURISDICTION"), None)


def _item_government(view: SentenceView, headline: Optional[Span] = None) -> Optional[str]:
    """'CHILE | Definitive duties on grinding balls', '5. Pakistan: budget trims duties': the one
    government a digest item's heading names, a line of its own with a label before a colon, bar or dash."""
    sent, doc = view.sent, view.doc
    if sent[0].text in ("-", "–", "—", "•", "*", "·"):
        # '- Philippines: The Department of Agriculture on Monday lifted its ban ...': a bulleted item
        # told in a sentence after its label ('- United States: 74.9% for all companies;' lists a rate)
        label = next((e for e in view.get("JURISDICTION") if e.start == sent.start + 1), None)
        if label is not None and label.end + 1 < sent.end and doc[label.end].text == ":" \
                and doc[label.end + 1].is_title and doc[label.end + 1].is_alpha \
                and any(a.start > label.end + 1 for a in view.get("ACTION")):
            return _actor(view, label)
        if headline is not None:  # ('* Philippines - ventilator tariff suspended.')
            return _actor(view, headline)
    label = next((e for e in view.get("JURISDICTION") if e.start == sent.start and e.text.isupper() and len(e.text) > 3), None)
    if label is not None and (sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws) and label.end < sent.end \
            and doc[label.end].text in (".", ",") and not view.get("ACTION") and not view.get("MEASURE") \
            and len(view.get("JURISDICTION")) == 1 and not any(t.is_upper for t in doc[label.end + 1:sent.end] if t.is_alpha):
        # ('UGANDA. The agriculture ministry banned ...', 'NIGERIA, recap for those who missed it.'):
        # a channel's item opens on its government's name in capitals
        return _actor(view, label)
    if len(sent) > ITEM_HEADING_TOKENS or sent[0].text in ("-", "–", "—", "•", "*", "·") \
            or (sent.end < len(doc) and "\n" not in doc[sent.end - 1].text_with_ws):
        return None  # ('- United States: 74.9% for all companies;' is a line of a list)
    last = view.last_token()
    if last.text in (".", "?", "!", ";", ",") or last.is_quote:
        return None
    first = sent.start
    if len(sent) > 3 and TIME_STAMP.fullmatch(doc[first].text) and doc[first + 1].text in ("-", "–", "—"):
        first += 2  # ('14:55 - Australia: nothing to see, officially': a live blog's entry, past its time)
    bar = next((k for k in range(first, min(sent.end, first + 7)) if doc[k].text in ITEM_LABEL_MARKS), None)
    if sum(t.text == "|" for t in sent) >= 2:
        return None  # ('India | Kalindi Vitrified Tiles | 9.6': a row of a table, not a heading)
    if last.text.endswith(":") and not (view.get("ACTION") or view.get("MEASURE") or view.get("DATE")) \
            and len(sent) <= 10 and (sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws):
        # ('What the ECC decided (summary):': a heading over a list, naming the one body whose steps it lists)
        named = {_actor(view, e) for e in view.get("JURISDICTION") + view.get("AGENCY")}
        if len(named) == 1:
            return named.pop()
    if bar is None:
        # a heading that is only a government's name ('Taiwan', 'South Korea') opens its section
        whole = [e for e in view.get("JURISDICTION") if e.start == sent.start and e.end == view.last_token().i + 1]
        if whole:
            return _actor(view, whole[0])
        # ('2. Additional customs duties in Turkiye': a numbered section on one government's measures;
        # '2. Reciprocal rates at a glance (Southeast Asia and China)' names the goods' countries)
        named = {_actor(view, e) for e in view.get("JURISDICTION") if e.start == first or doc[e.start - 1].lower_ == "in"}
        if len(view.get("JURISDICTION")) != 1:
            return None
        numbered = (len(sent) > 2 and doc[first].like_num and doc[first + 1].text in (".", ")")) or (
            first >= 2 and doc[first - 1].text in (".", ")") and doc[first - 2].like_num
            and (first == 2 or "\n" in doc[first - 3].text_with_ws))  # ('2.' ends a sentence of its own)
        # ('3. PARAGUAY PAUSES TOMATO AND PEPPER IMPORT PERMITS': a numbered headline opening on a
        # government names the item's government, whatever verb follows)
        opens = any(e.start == first for e in view.get("JURISDICTION"))
        return named.pop() if numbered and len(named) == 1 and (opens or not view.get("ACTION")) else None
    named = {_actor(view, e) for e in view.get("JURISDICTION") + view.get("AGENCY") if e.end <= bar}
    return named.pop() if len(named) == 1 else None


BULLETS = ("-", "–", "—", "•", "*", "·")
TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}")


def _item_headline(view: SentenceView) -> Optional[Span]:
    """The label of '* Philippines - ventilator tariff suspended.': a bulleted item's headline after
    its government's name, not a sentence with a subject; the sentences under it tell the step."""
    sent, doc = view.sent, view.doc
    if sent[0].text not in BULLETS:
        return None
    label = next((e for e in view.get("JURISDICTION") if e.start == sent.start + 1), None)
    if label is None or label.end + 1 >= sent.end or doc[label.end].text not in ("-", "–", "—"):
        return None  # ('- Brazil: the import tariff on electric cars rises to 35% in July' is the step itself)
    if not (doc[label.end + 1].is_lower or not view.get("ACTION")) or len(sent) > ITEM_HEADING_TOKENS \
            or view.get("AGENCY") or view.get("DATE") or view.get("FIGURE"):
        return None
    return label


def _display_line(sent: Span) -> bool:
    """A headline or deck: a whole line with no final stop, near the top of the story."""
    words = _line_words(sent)
    return bool(words) and words[-1].text not in (".", "!", "?") \
        and sent.start_char - (sent.doc._.title_start or 0) <= LEAD_CHARS


def _heading_line(sent: Span) -> bool:
    """A short line of its own with no final stop: 'WHAT STAYS', 'NOV 6, 2026', 'Key dates'."""
    words = _line_words(sent)
    return bool(words) and len(words) <= 8 and words[0].text not in BULLETS \
        and words[-1].text not in (".", "!", "?", ";", ",", '"', "”", "’")


def _line_words(sent: Span) -> list:
    """The words of a sentence that is a whole line of its own; [] when it shares its line."""
    doc = sent.doc
    words = [t for t in sent if not t.is_space]
    if not words:
        return []
    first, last = words[0].i, words[-1].i
    starts = first == 0 or "\n" in doc[first - 1].text_with_ws
    ends = last + 1 == len(doc) or "\n" in doc[last].text_with_ws or "\n" in doc[last + 1].text
    return words if starts and ends else []


def _date_heading(view: SentenceView, ctx: ArticleContext) -> Optional[DateExpr]:
    """'NOV 6, 2026', 'APRIL 2026:' heading a list of steps: a heading line that is only a date."""
    dates = view.get("DATE")
    words = [t for t in view.sent if not (t.is_space or t.is_punct)]
    if len(dates) != 1 or not words or any(not dates[0].start <= t.i < dates[0].end for t in words) \
            or explicit_year(dates[0].text) is None:
        return None
    expr = _date_expr(view, dates[0], "announced", ctx)
    return expr if expr.value else None


def _lead_in(view: SentenceView, ctx: ArticleContext) -> Optional[tuple[str, DateExpr, int]]:
    """'Beijing followed on Friday.': a short sentence in which a government acted on a day,
    told before the sentence that says what it did."""
    sent = view.sent
    if len(sent) > 8:
        return None
    actor = next((e for e in view.get("JURISDICTION") + view.get("AGENCY") if e.start <= sent.start + 1), None)
    if actor is None:
        return None
    d = next((d for d in view.get("DATE") if d.start > actor.end), None)
    if d is None or not any(view.doc[k].lower_ in LEAD_VERBS for k in range(actor.end, d.start)):
        return None
    expr = _date_expr(view, d, "announced", ctx)
    return (_actor(view, actor), expr, sent.end_char) if expr.value else None


def _date_by_heading(frames: list[Frame], heading: DateExpr) -> None:
    """A step under a date heading with no date of its own was taken that day (and in force then,
    unless it looks ahead: 'It said it would scrap from Nov. 10 ...' keeps its own start)."""
    for f in frames:
        if f.kind not in ("main", "anaphoric"):
            continue
        roles = ["announced"] if not f.value("announced") else []
        if not f.value("effective") and not _future_tense(f):
            roles.append("effective")
        for role in roles:
            _infer_date(f, role, heading.value, heading.value, heading.text, heading.start, heading.end)


def _field_date(view: SentenceView, ctx: ArticleContext) -> Optional[DateExpr]:
    """'Effective: 2026-03-11', 'Published: 11/03/2026' on a line of its own: a field that dates the
    step the lines above it told, as a digest or register entry lists it."""
    sent, dates = view.sent, view.get("DATE")
    label = next((c for c in view.cues("FIELD_LABEL") if c.start == sent.start), None)
    if label is None or len(dates) != 1 or label.end >= sent.end or view.doc[label.end].text != ":" \
            or dates[0].start != label.end + 1 or dates[0].end != view.last_token().i + 1:
        return None
    expr = _date_expr(view, dates[0], label.id_, ctx)
    return expr if expr.value else None


def _date_by_field(ctx: ArticleContext, field: DateExpr, line: Span) -> None:
    """Give a field line's date to the steps of its entry: the frames told above it in the same
    block of lines (no blank line between) and the same digest item, that lack that date."""
    floor = ctx.sections[-1][0]
    above = line.start_char
    for f in reversed(ctx.frames[floor:]):
        if "\n\n" in ctx.text[f.sent.start_char:above].replace("\r", ""):  # (a sentence ends with its blank line)
            break
        above = f.sent.start_char
        if f.kind in ("main", "anaphoric") and not f.value(field.role):
            f.dates.append(field.model_copy())
            _add_evidence_at(f, field.role, field.value, field.start, field.end)


STAMP_WORDS = {"gmt", "utc", "cet", "cest", "est", "edt", "et", "bst", "jst", "ist", "am", "pm", "a.m.", "p.m.",
               "updated", "posted", "at"}
WEEKDAY_WORDS = {w for day in WEEKDAYS for w in (day, day[:3], day[:4], day[:5])}  # 'Mon', 'Tues', 'Thurs'


def _entry_stamp(view: SentenceView) -> bool:
    """'Mon 22 Dec, 09:15' on a line of its own: the time stamp that opens a live blog's entry."""
    sent, doc = view.sent, view.doc
    dates = [d for d in view.get("DATE") if d.start - sent.start <= 2 and all(
        doc[k].lower_.rstrip(".") in WEEKDAY_WORDS or doc[k].is_punct for k in range(sent.start, d.start))]
    if not dates or len(sent) > 10 or "\n" not in doc[sent.end - 1].text_with_ws and sent.end < len(doc):
        return False
    return all(t.is_punct or t.is_space or t.like_num or t.lower_ in STAMP_WORDS or ":" in t.text
               for t in doc[dates[0].end:sent.end])


def _faq_question(view: SentenceView) -> bool:
    """'Q: Are GCC anti-dumping duties on tiles now final?': a question of a FAQ page or Q&A."""
    sent, doc = view.sent, view.doc
    if view.last_token().text != "?":
        return False
    # ('Q7. South Africa?': a numbered question's label ends a sentence of its own)
    return (len(sent) > 3 and sent[0].text in ("Q", "Question") and sent[1].text in (":", ".")) or (
        sent.start >= 2 and doc[sent.start - 1].text in (".", ":") and FAQ_LABEL.fullmatch(doc[sent.start - 2].text) is not None)


FAQ_LABEL = re.compile(r"Q\d{1,3}")


def _owner_named(view: SentenceView) -> Optional[str]:
    """The one government named right before a measure word ('GCC anti-dumping duties', 'US
    tariffs'), whose measure the sentence is about."""
    measures = {m.start for m in view.get("MEASURE")}
    owners = {_actor(view, e) for e in view.get("JURISDICTION") if e.end in measures}
    if not owners:  # ('Q5. Mexico?', 'Q1. Is the US $800 de minimis really gone?': the one government asked about)
        owners = {_actor(view, e) for e in view.get("JURISDICTION") + view.get("AGENCY")}
    return owners.pop() if len(owners) == 1 else None


def _attributive_year(doc: Doc, e: Span) -> bool:
    """'their 2025 domestic market obligation', 'its 2027 quota': a bare year between a determiner
    and the noun it qualifies."""
    return e.ent_id_ == "year_only" and len(e) == 1 and e.start > 0 and e.end < len(doc) \
        and (doc[e.start - 1].lower_ in DETERMINERS | {"whose", "'s", "’s"}) \
        and doc[e.end].is_alpha and doc[e.end].is_lower


def _section(ctx: ArticleContext, order: int) -> tuple[int, Optional[str]]:
    """The digest item a frame was told in: where it begins, and the government its heading names."""
    return next(sec for sec in reversed(ctx.sections) if sec[0] <= order)


# --------------------------------------------------------------------------- sentence level

ORDINAL = re.compile(r"^(\d+(st|nd|rd|th)|first|second|third|[a-z]+th)$")


def _measure_followed(view: SentenceView, a: Span, measures: list[Span]) -> bool:
    """'Definitive duties followed on 18 January 2019', 'They were followed on March 13 by 25 per
    cent counter tariffs': a measure that came after another, dated by the verb. A government or
    body that 'followed' ('the transport ministry followed on Friday, extending ...') took a step
    its own verb tells."""
    doc = view.doc
    j = view.word_before(a.start)
    if j is not None and doc[j].lower_ in PASSIVE_AUX:
        by = next((k for k in range(a.end, min(view.sent.end, a.end + 12)) if doc[k].lower_ == "by"), None)
        return by is not None and by + 1 < view.sent.end and not doc[by + 1].lower_.endswith("ing") \
            and any(0 < m.start - by <= 10 for m in measures)
    return _subject_measure(view, a, measures) is not None


def _relief_granted(view: SentenceView, a: Span, actions: list[Span]) -> bool:
    """'the suspension was first granted in October 2022 for two years': a relief named as the
    subject of a passive 'granted' was given then."""
    doc = view.doc
    k = a.start - 1
    while k > view.sent.start and doc[k].lower_ in ("first", "originally", "initially", "only"):
        k -= 1
    if not a.text.lower().endswith("ed") or k <= view.sent.start or doc[k].lower_ not in PASSIVE_AUX:
        return False
    return any(b.end == k and b.ent_id_ == "suspend" and view.definite_before(b.start) for b in actions)


def _how_things_stand(view: SentenceView) -> bool:
    """A present-tense sentence past the headline and lead, with no date, no instrument and no
    'with immediate effect' ('The United States applies tariffs of 50 per cent to Canadian steel
    ...'): how things are, told as background. (An instrument's verb, 'The proclamation imposes
    a 25% duty', reports the news.)"""
    if view.get("DATE") or view.cues("INSTRUMENT") or view.cues("IMMEDIATE") or view.sent.text.isupper():
        return False
    return view.sent.start >= _lead_end(view.doc) and not _this_instrument_before(view)


def _this_instrument_before(view: SentenceView) -> bool:
    """'In this final rule, BIS amends the EAR in four ways. First, BIS adds 16 entities ...': a
    paragraph that opens on the instrument itself tells, in the present, what it does."""
    para = doc_text(view.doc).rfind("\n", 0, view.sent.start_char)
    return any(para < start_char and end <= view.sent.start
               for start_char, end in view.doc.user_data.get("this_instruments", ()))


def _lead_end(doc) -> int:
    """The first token after the headline and the lead: the article's first three sentences."""
    end = doc.user_data.get("lead_end")
    if end is None:
        starts = [s.start for _, s in zip(range(4), doc.sents)]
        end = doc.user_data["lead_end"] = starts[3] if len(starts) > 3 else len(doc)
    return end


WIDEN_FILLERS = {"the", "all", "cover", "covering", "include", "including", "also", "more", "further", "other",
                 "hundreds", "dozens", "of", "certain", "some", "selected", "specific", "additional"}
# besides the TARGET_NOUN and PARTY_NOUN cues ('extend zero tariffs to all 53 African countries')
WIDEN_NOUNS = {"items", "lines", "categories", "producers", "countries", "nations", "economies", "beneficiaries"}


def _widened_to(view: SentenceView, trig: Span) -> bool:
    """'extended them to hundreds of derivative products', 'the import ban will extend to plastic
    cutlery', 'extended Entity List restrictions to companies ...': 'to' opens goods, parties or a
    flow, not a date, so the measure reaches further ('extended the ban to June 30' is time)."""
    doc = view.doc
    for k in range(trig.end, min(view.sent.end - 1, trig.end + 16)):
        # ('were extended in 2023 to sugar from Cambodia': a date of the step may come first)
        if doc[k].text in (",", ";", ".") or doc[k].ent_type_ == "ACTION" \
                or doc[k].lower_ in ("until", "till", "through", "by", "for"):
            return False
        if doc[k].lower_ != "to":
            continue
        if any(doc[i].lower_ in FLOW_WORDS and (i + 1 == k or doc[i + 1].lower_ == "of") for i in range(trig.end, k)):
            continue  # ('extended restrictions on exports of enriched uranium to the United States': where they go)
        j = k + 1
        while j < view.sent.end and (doc[j].lower_ in WIDEN_FILLERS or doc[j].like_num):
            j += 1
        # (one adjective may come first: 'hundreds of derivative products')
        return j < view.sent.end and (doc[j].ent_type_ in ("PRODUCT", "JURISDICTION") or any(
            doc[i].lower_ in WIDEN_NOUNS or view.has_cue_at("TARGET_NOUN", i) or view.has_cue_at("PARTY_NOUN", i)
            for i in range(j, min(j + 2, view.sent.end))))
    return False


def _counts(view: SentenceView, k: int) -> bool:
    """'seven' in 'seven popular cuts' counts; 'No. 9', '09/2025' and '10.03.2025' in
    'Notification No. 9, dated 10.03.2025, imposes ...' number and date a document."""
    doc = view.doc
    before = [doc[j].lower_ for j in range(max(view.sent.start, k - 2), k)]
    if ORDINAL.match(doc[k].lower_):
        return False  # 'for the first time prohibits imports': an ordinal counts nothing
    return doc[k].like_num and "/" not in doc[k].text and doc[k].ent_type_ != "DATE" and not (
        before[-1:] == ["number"] or before[-1:] in (["no."], ["nos."]) or before in (["no", "."], ["nos", "."]))


FINAL_FOLLOWERS = {"on", "in", "at", "from", "for", "with", "after", "last", "this", "and", "by", "effective",
                   "until", "through"}


def _made_final(view: SentenceView, measures: list[Span]) -> list[Span]:
    """'made its brandy duties final on July 5', 'made them definitive in October': the verb
    'made' imposes the measure between it and the state, when nothing else comes in between."""
    out = []
    for c in view.cues("FINAL_STATE"):
        k = next((k for k in range(c.start - 1, max(view.sent.start, c.start - 12) - 1, -1)
                  if view.doc[k].lower_ in SUBJECTING_VERBS), None)
        if k is None or (c.end < view.sent.end and not (view.doc[c.end].is_punct or view.doc[c.end].lower_
                                                         in FINAL_FOLLOWERS)):
            continue  # ('made the final decision', 'made final payments': the adjective of a noun)
        # 'made them definitive'; 'made its duties on Chinese plate final': words, no verb or break, between
        pronoun = c.start - 1 == k + 1 and view.doc[k + 1].lower_ in OBJECT_PRONOUNS
        told = pronoun or (any(k < m.start and m.end <= c.start for m in measures) and all(
            (t.is_alpha or t.text in "-'’") and t.lower_ not in OBJECT_BREAK and t.ent_type_ != "ACTION"
            for t in view.doc[k + 1:c.start]))
        if told:
            view.doc[k].ent_id_ = "impose"  # (a span's id is its root token's; 'made' is no entity)
            out.append(Span(view.doc, k, k + 1, label="ACTION"))
    return out


def _announced_in_passing(view: SentenceView, measures: list[Span]) -> list[Span]:
    """'covers the controls the ministry announced on October 9, 2025', 'a wider set of controls it
    had announced in October': a measure told with the day it was announced, in a relative clause,
    was imposed then."""
    doc, out = view.doc, []
    for c in view.cues("ANNOUNCE"):
        if c.text.lower() not in ("announced", "unveiled") or not any(
                d.start in (c.end, c.end + 1) for d in view.get("DATE")):
            continue
        k = c.start - 1
        while k > view.sent.start and doc[k].lower_ in ("had", "has", "have", "first", "originally"):
            k -= 1
        subject = 0  # the announcer: 'it', 'Beijing', 'the ministry', 'China's commerce ministry'
        while k > view.sent.start and subject < 5 and (
                doc[k].lower_ in SUBJECT_PRONOUNS or doc[k].ent_type_ in ("JURISDICTION", "AGENCY")
                or doc[k].lower_ in ("the", "'s", "’s") or any(g.start <= k < g.end for g in view.cues("GOVT"))):
            k, subject = k - 1, subject + 1
        if not subject:
            continue
        if doc[k].lower_ in ("that", "which"):
            k -= 1
        # the measure's own phrase ends right before: 'the controls', 'controls on rare earths and ... materials'
        told = next((m for m in measures if m.end - 1 <= k and k - m.end <= 10 and all(
            t.ent_type_ in ("PRODUCT", "JURISDICTION") or t.lower_ in ("on", "of", "for", "and", "or", ",", "to", "the")
            for t in doc[m.end:k + 1])), None)
        # ('the pause on toy tariffs that the White House announced on Thursday': the pause was announced)
        halted = told is not None and any(a.ent_id_ == "suspend" and a.end < told.start and all(
            t.lower_ in ("on", "for", "the") or t.ent_type_ in ("PRODUCT", "JURISDICTION") or t.is_lower
            for t in doc[a.end:told.start]) and told.start - a.end <= 4 and doc[a.end].lower_ in ("on", "for")
            for a in view.get("ACTION"))  # ('the suspension of the controls it announced in October': the controls)
        if told is not None and not halted:
            doc[c.start].ent_id_ = "impose"  # (a span's id is its root token's; the cue is no entity)
            out.append(Span(doc, c.start, c.end, label="ACTION"))
    return out


def _kept_object_aside(view: SentenceView, keep: Span, state: Span) -> Optional[tuple[int, int]]:
    """'keep its so-called affiliates rule, which extends export restrictions to companies ...,
    suspended for one more year': the aside (its commas included) that tells what the kept measure
    does, between 'keep' and the state it is kept in."""
    doc = view.doc
    if not keep.text.lower().startswith(("keep", "kept")) or state.ent_id_ != "suspend" \
            or state.start - 1 <= keep.end or doc[state.start - 1].text != ",":
        return None
    k = next((k for k in range(keep.end, state.start - 1) if doc[k].text == "," and doc[k + 1].lower_ in ("which", "that")), None)
    if k is None or any(doc[j].text in (",", ";") for j in range(k + 1, state.start - 1)):
        return None
    return k, state.start


def _aside_of_kept(view: SentenceView, keep: Span, a: Span) -> bool:
    """Is `a` inside such an aside?"""
    state = next((b for b in view.get("ACTION") if a.end < b.start <= a.end + 20 and b.ent_id_ == "suspend"), None)
    aside = _kept_object_aside(view, keep, state) if state is not None else None
    return aside is not None and aside[0] < a.start


def _what_halted_rule_would_do(view: SentenceView, a: Span, out: list[tuple[Span, str, str]]) -> bool:
    """'the suspension of its affiliates rule, which would extend Entity List restrictions to
    ...': an aside on what the halted measure would do, were it not halted."""
    if not out or out[-1][1] != "suspend" or out[-1][0].text.lower() not in HALT_NOUNS or a.start - 3 < out[-1][0].end:
        return False
    doc = view.doc
    return doc[a.start - 1].lower_ in ("would", "could") and doc[a.start - 2].lower_ in ("which", "that") \
        and doc[a.start - 3].text == "," and a.start - out[-1][0].end <= 12


def _permission_of_measure(view: SentenceView, a: Span, measures: list[Span]) -> bool:
    """'the licences that allow Samsung to ship tools', 'a waiver which lets mills export': what
    a licence or a waiver permits, not a step of its own."""
    doc = view.doc
    return a.ent_id_ == "resume" and a.text.lower().startswith(("allow", "permit", "let")) \
        and a.start - 2 >= view.sent.start and doc[a.start - 1].lower_ in ("that", "which") \
        and any(m.end == a.start - 1 for m in measures)


TALK_NOUNS = {"talks", "negotiations", "consultations", "hearings", "discussions", "dialogue", "meetings", "review"}


def _talks_resume(view: SentenceView, a: Span) -> bool:
    """'talks on the next review of the quotas resume on 1 December': what resumes is the talking."""
    doc = view.doc
    start = max([view.sent.start] + [k + 1 for k in range(view.sent.start, a.start) if doc[k].text in (":", ";", ",")])
    return any(doc[k].lower_ in TALK_NOUNS for k in range(start, min(a.start, start + 3))) \
        and not any(doc[k].ent_type_ == "ACTION" for k in range(start, a.start))


def _actions(view: SentenceView) -> list[tuple[Span, str, str]]:
    """(trigger, action, kind) for every ACTION that reports something done in this sentence."""
    out: list[tuple[Span, str, str]] = []
    measures = view.get("MEASURE")
    actions = view.get("ACTION")
    # 'will let its mills export 1 million tonnes of sugar': a volume let through is a quota
    grants = [c for c in view.cues("ALLOW") if _granted_volume(view, c) is not None and not _hedged(view, c)] \
        if view.get("VOLUME") else []
    prev_end = -10
    replaced_until = -1
    # tokens of action words that name goods ('steel bars and ...', 'rare earth scrap')
    goods = {k for b in actions if _names_goods(view, b) for k in range(b.start, b.end)}
    for a in sorted(actions + _made_final(view, measures) + _announced_in_passing(view, measures), key=lambda s: s.start):
        act = a.ent_id_
        if act == "impose" and a.text.lower() in DECIDED and any(
                a.end <= m.start <= a.end + 8 and _relief_after(view, m)
                and not any(view.doc[k].text in (",", ";") for k in range(a.end, m.start)) for m in measures):
            act = "suspend"  # ('adopted the July round of autonomous tariff suspensions': relief from the duty)
        if ACTION_FAMILY.get(act) == "restrict" and _of_no_measure(view, a, measures):
            continue  # ('no additional tariffs imposed as countermeasures ... shall be levied')
        if a.end + 1 < view.sent.end and view.doc[a.end].lower_ == "without" and any(
                a.end < m.start <= a.end + 3 for m in measures):
            continue  # ('The investigation ... was terminated without measures': no measure at all)
        if a.text.lower() in ("lower", "higher") and a.start > view.sent.start \
                and view.doc[a.start - 1].lower_ in MARKET_MOVES:
            continue  # ('Vehicle importers drifted lower on talk that ...': shares, not a duty)
        if out and _aside_of_kept(view, out[-1][0], a):
            continue  # ('keep its affiliates rule, which extends export restrictions to ..., suspended'): what the rule does
        if _what_halted_rule_would_do(view, a, out):
            continue  # ('the suspension of its affiliates rule, which would extend Entity List restrictions to ...')
        if _permission_of_measure(view, a, measures):
            continue  # ('the licences that allow Samsung to ship American chipmaking equipment')
        if act == "resume" and _talks_resume(view, a):
            continue  # ('- Ukraine: talks on the next review of the quotas resume on 1 December')
        if act == "impose" and _relief_takes_effect(view, a):
            continue  # ('granted nine new exclusions for ..., which take effect today and run to ...': their dates)
        if _narrows_scope(view, a, measures):
            act = "reduce"  # ('narrowed the measure to Paraná', 'limited the ban to Rio Grande do Sul')
        elif act == "narrow":
            continue  # ('The duty narrows that gap')
        if act == "lose":
            # ('Low-value parcels lost their duty-free treatment': the relief withdrawn, the goods pay)
            if _privilege_after(view, a) is None or _hedged(view, a) or any(
                    0 <= a.start - e.end <= 6 for e in view.get("JURISDICTION") + view.get("AGENCY")):
                # ('Kenya lost its AGOA benefits', 'India is also due to lose its GSP benefits': the holder is
                # the subject, not who withdrew them)
                continue
            act = "lift"
        if act == "carve":
            # ('a memorandum carved smartphones, computers and other electronics out of those tariffs')
            out_of = next((k for k in range(a.end, min(view.sent.end - 2, a.end + 14)) if view.doc[k].lower_ == "out"
                           and view.doc[k + 1].lower_ in ("of", "from")), None)
            # ('Smartphones and laptops were carved out of the worldwide US tariffs in April 2025': dated, a step)
            dated = a.text.lower() == "carved" and any(d.start > a.end and explicit_year(d.text) for d in view.get("DATE"))
            if out_of is None or (out_of == a.end and not dated) \
                    or not any(out_of + 1 < m.start <= out_of + 6 for m in measures) or _hedged(view, a):
                continue  # ('cranes ordered before May 14 ... are carved out of the new duty': its scope)
            act = "lift"
        if act == "impose" and a.text.lower().startswith("shut") and (
                a.end >= view.sent.end or view.doc[a.end].lower_ in ("of", "from", ",", ".")):
            continue  # ('steel shut out of the United States': what a measure did to goods, no step)
        if a.start < replaced_until:
            if a.text.lower().startswith(STATUS_PHRASES) and act == "impose":
                # 'replace the ban on exports of live cattle, in force since April, with a quota': when
                # the old measure began is a step of its own
                out.append((a, act, "main"))
            continue  # 'replaced the suspension with ...': the suspension is what ends
        if act == "impose" and _instrument_status(view, a, measures, actions):
            continue
        if a.text.lower().startswith("authori") and _granted_volume(view, a) is None and not any(
                m.ent_id_ == "quota" and a.end <= m.start <= a.end + 16 for m in measures):
            # 'authorised urea exports of up to 3 million tonnes', '... under a quota of': a quota
            # granted; 'had authorized doubling the tariffs', 'are authorized under permits': no step
            continue
        if act == "extend" and a.text.lower().startswith("now ") and any(
                b is not a and ACTION_FAMILY.get(b.ent_id_) in ("extend", "relax") for b in actions):
            continue  # ('extended ... its suspension, which now runs until 9 November 2027': the step told)
        if act == "lapse":
            # 'declined to renew the reduction', 'did not renew the duty waiver': the relief ends and
            # the measure is back; 'will not extend the ban' is no step
            relax = _noun_object(view, a, actions)
            if relax is None or ACTION_FAMILY.get(relax.ent_id_) != "relax" or _hedged(view, a):
                continue
            act = "raise" if relax.ent_id_ == "reduce" else "impose"
            replaced_until = relax.end
            view.lapsed.add(a.start)
        if act == "resume" and a.end + 1 < view.sent.end and view.doc[a.end].lower_ in OBJECT_PRONOUNS \
                and not a.text.lower().startswith("allow"):
            # 'reopened them in May 2024 with a 40 per cent duty': the halt ends, the duty begins
            w = next((k for k in range(a.end + 1, min(view.sent.end, a.end + 8)) if view.doc[k].lower_ == "with"), None)
            new = next((m for m in measures if w is not None and w < m.start <= w + 6), None)
            if new is not None and not _hedged(view, a):
                out += [(a, "resume", "main"), (new, "impose", "main")]
                view.replacements.add(new.start)
                view.replaced_halts.add(a.start)
                prev_end = replaced_until = new.end
                continue
        if act == "set_aside":
            # 'set aside the 100 per cent tariffs on canola meal' suspends them; 'has set aside a 50,000 t
            # import quota for Brazilian beef' opens one; 'set aside EUR 130 million in loans' is neither
            nxt = next((m for m in measures if a.end <= m.start <= a.end + 5), None)
            if nxt is None or any(view.doc[k].text in (",", ";") for k in range(a.end, nxt.start)):
                continue
            act = "impose" if nxt.ent_id_ == "quota" else "suspend" if nxt.ent_id_ in DUTY_MEASURES else None
            if act is None:
                continue
        if act == "impose_starts":
            # 'Egypt's ban on onion exports, announced on Sunday, starts tomorrow': it takes effect
            # then ('the season starts', 'talks begin on Monday' name no measure, and need one before)
            k = a.end + (1 if a.end < view.sent.end and view.doc[a.end].lower_ in ("on", "from") else 0)
            if not any(d.start == k for d in view.get("DATE")) or not any(m.end <= a.start for m in measures):
                continue
            if a.text.lower().startswith(("would", "will")) and view.doc[a.start - 1].ent_type_ != "MEASURE":
                continue  # ('the truck duty would start on 1 October'; 'saying they would start Oct. 1' is a plan floated)
            act = "impose"
        if act == "switch_to":
            # 'halted cobalt exports in February, extended the halt in June and switched to quotas in
            # October': the halt told before in the sentence ends, the new measure begins
            new = next((m for m in measures if a.end <= m.start <= a.end + 3), None)
            if new is None or _hedged(view, a) or not any(o[1] in ("impose", "lift", "extend", "suspend") for o in out):
                continue  # 'buyers switched to soyoil', 'Norway switches to percentage tariffs'
            view.replaced_halts.add(a.start)
            out += [(a, "lift", "main"), (new, "impose", "main")]
            view.replacements.add(new.start)
            prev_end = replaced_until = new.end
            continue
        if act == "replace":
            # 'replaced the ban with a 20% export duty': the old measure ends, the new one begins
            new = None if _hedged(view, a) else (_replacement(view, a, measures) or _replacing_subject(view, a, measures))
            if new is None:
                act = "impose_weak"  # 'replaced its 10% duty by a 20% one': the new measure, as before
            else:
                if a.start in view.replaced_halts:  # ('The suspension was replaced ... by quotas': the halt ends)
                    out = [o for o in out if not (o[0].text.lower() in HALT_NOUNS and o[2] == "anaphoric")]
                if not any(ACTION_FAMILY.get(o[1]) == "relax" for o in out):  # '... lifted the ban and replaced it'
                    out.append((a, "lift", "main"))
                out.append((new, "impose", "main"))
                view.replacements.add(new.start)
                prev_end = replaced_until = new.end
                continue
        if a.start > view.sent.start and a.text[:1].isupper() and \
                view.doc[a.start - 1].text not in ('"', "“", "‘", "'", ":", "-", "—") and not _is_title_case(view):
            continue  # 'the Trade Expansion Act': part of a name
        if act == "none" and _applies_for_from(view, a):
            act = "impose"  # 'Definitive duties of up to 48.3% apply for five years with effect from 1 September'
        if act == "none":
            continue
        if (a.text.lower() in ("has had", "have had") or (act == "impose_ban" and a[0].lower_ in PERFECT_AUX)) \
                and not _since_after(view, a, reach=16):
            continue  # ('Ottawa has had a 100% surtax on Chinese EVs since October 1, 2024', 'has not
            # accepted German pork since September 2020': a standing measure, only since a day)
        if a.text.lower().startswith("block") and not _blocks_flow(view, a):
            continue  # ('ranchers blocked highways', 'a court blocked the tariffs': no flow of goods stopped)
        if act in ("impose_ban", "lift_ban") and _closes_to_people(view, a):
            continue  # 'closed its borders to travellers', '... to curb the virus': no trade measure
        if act == "copy_step":
            act = "impose"  # 'Mexico and Chile followed suit': the step told last, by another government
        if act == "impose_ban" and a.text.lower().startswith("no longer ") and a.end < view.sent.end \
                and view.doc[a.end].lower_ in ("temporarily", "duty-free", "free"):
            continue  # 'may no longer be imported temporarily by IMMEX companies': a regime withdrawn, not a ban
        if act == "impose_ban":
            act = "impose"  # the verb names the ban as well ('will no longer accept diesel', 'shut the border')
        elif act == "lift_ban":
            act = "lift"  # 'reopened its border to goods', 'opened its market to US beef'
        low = a.text.lower()
        if any(c.start <= a.start < c.end for c in view.cues("ALLOW")) and any(
                view.doc[k].lower_ == "than" for k in range(max(view.sent.start, a.start - 5), a.start)):
            continue  # ('a quota 47% less than the safeguard allowed in 2024': what was let in, compared)
        if _present_simple(a) and act in ("impose", "impose_weak") and _how_things_stand(view):
            continue  # 'Russia itself charges a floating export duty on wheat': the state of things, no step
        if low.startswith(FOLLOWED) and not _measure_followed(view, a, measures):
            if not _goods_followed(view, a):
                continue  # 'Tokyo followed on May 23 by finalising controls': the government's step, told by its verb
            view.goods_added.add(a.start)  # 'Seaborne crude oil followed in December 2022'
        if _present_simple(a) and any(_counts(view, k) for k in range(max(view.sent.start, a.start - 2), a.start)):
            continue  # 'a ban on seven popular cuts', 'two bans': a counted noun, not a verb
        if a.start in goods or any(c.end == a.start and not _meant_to_take_effect(c, a) for c in view.cues("PURPOSE")):
            continue  # ('sufficient to eliminate the damage': what a step is for; 'was meant to take effect' a start)
        if any(c.start == a.start for c in view.cues("CONFORMITY")) and any(
                view.doc[k].lower_ == "as" and (k == view.sent.start or view.doc[k - 1].text == ",")
                for k in range(max(view.sent.start, a.start - 6), a.start)):
            continue  # ('..., as WTO rules require for safeguards that last': what a rule asks, no step
        if low == "lower" and (a.end < view.sent.end and view.doc[a.end].lower_ == "than" or (
                a.start > view.sent.start and view.doc[a.start - 1].lower_ in DETERMINERS | PASSIVE_AUX | BEARING_VERBS
                | {"much", "even", "far"}) or (
                a.start - 2 >= view.sent.start and view.doc[a.start - 1].lower_ == "to"
                and view.doc[a.start - 2].lower_ in ("response", "due", "owing", "thanks", "reaction")
                and a.end < view.sent.end and view.doc[a.end].ent_type_ != "MEASURE")):
            continue  # 'apply a lower duty', 'when this one is lower', 'hybrids, which face lower duties', 'in
            # response to lower oil revenues' (not 'thanks to lower duties'): a comparison, not a cut
        if _defines_instrument(view, a):
            continue
        if act in LICENSING_VERBS and any(
                view.doc[k].lower_ in ("which", "whereby") and (view.doc[k].lower_ == "whereby" or view.doc[k - 1].lower_ == "under")
                and not _clause_break(view, k, a.start) for k in range(max(view.sent.start + 1, a.start - 8), a.start)):
            continue  # 'the SIRA, the system under which every purchase needed prior approval': how a regime works
        if act == "impose_limit" and _caps_duty(view, a, measures) and not _hedged(view, a):
            act = "reduce"  # ('caps the duty on yellow maize at 10 per cent': the rate held down)
        if act == "impose_limit":
            # ('capped grain exports with quotas': the measure that does it is named after 'with')
            means = any(a.end < m.start <= a.end + 8 and view.doc[m.start - 1].lower_ in ("with", "through", "via")
                        and m.ent_id_ not in ("measure_ref", "list_ref") for m in measures)
            if (_granted_volume(view, a) is None and not means and _capped_share(view, a) is None) or _hedged(view, a) \
                    or (out and a.text.lower().endswith("ing")):
                continue  # 'limits on steel', 'limit the damage': no volume set; '..., capping shipments at
                # 10 million tonnes' tells how the step before works
            act = "impose"
        if act == "impose_open" and any(a.end <= c.start <= a.end + 2 and c.end < view.sent.end
                                         and view.doc[c.end].lower_ in ("window", "windows") for c in view.cues("DUTY_FREE")):
            act = "suspend"  # ('opens a duty-free window for brown and mill white sugar from 1 June'): the duty waived
        elif act == "impose_open":
            # 'will open a duty-free quota of 60,000 t' puts a quota in place; 'opened an
            # investigation', 'opened its market' do not
            if not any(m.ent_id_ == "quota" and a.end <= m.start <= a.end + 4
                       and not any(c.start == m.end for c in view.cues("INQUIRY")) for m in measures):
                continue  # ('opened its safeguard investigation': an inquiry)
            act = "impose"
        if a.text.lower().startswith("shr") and not _shrinks_by(view, a):
            continue  # ('as heatwave shrinks harvest', 'quotas that shrink every six months': no step told)
        if act == "postpone_slip":
            # ('the surtax on Chinese steel has slipped to 1 July 2027': the start moves to a later
            # day; 'exports slipped to $3bn' is a statistic)
            if not (_slips_to_date(view, a) and _subject_measure(view, a, measures) is not None):
                continue
            act = "postpone"
            view.intransitive.add(a.start)
        if act == "resume" and _granted_volume(view, a) is not None:
            act = "impose"  # 'allows exports of 1 million tonnes of sugar': a quota, not the end of a ban
        if a.start in view.adjective_actions():
            continue  # 'duties on frozen chicken', 'imports of banned pesticides': an adjective
        j = view.word_before(a.start)
        if a.text.lower().endswith("ing") and j is not None and view.doc[j].lower_ in ("a", "an") \
                and any(c.start == a.end for c in view.cues("INSTRUMENT")):
            # 'under an implementing regulation': a kind of instrument, no step ('published its
            # implementing regulation on Thursday' is the act that brings the measure in)
            continue
        move = _status_move(view, a)
        if move is not None:
            # 'amended the policy of onions from "prohibited" to "free"', 'moved wheat to
            # 'restricted' from 'prohibited'': the stricter status carries the step, its way the action
            old, new = move
            if max(old, new, key=POLICY_STATUS.index) != a.text.lower():
                continue
            act = "lift" if POLICY_STATUS.index(new) < POLICY_STATUS.index(old) else (
                "tighten" if old == "restricted" else "impose")
        elif a.start > view.sent.start and a.end < view.sent.end and view.doc[a.start - 1].is_quote \
                and view.doc[a.end].is_quote and not _status_given(view, a):
            continue  # 'a product of the "restricted" kind': a status named, no step
        if act.startswith("impose") and any(k is not None and view.doc[k].lower_ in HABITUAL
                                            for k in (j, view.word_before(a.start, 1))):
            continue  # 'Beef imports normally carry a 40 percent tariff', 'still pays': how things are
        if act in ("resume", "impose") and view.doc[a.start - 1].lower_ == "be" and _continues(view, a) and not any(
                d.start >= a.end for d in view.get("DATE") + view.get("DURATION")):
            continue  # ('The export of sawn timber shall continue to be permitted under an export licence': how it stands)
        if act.startswith("impose") and j is not None and view.doc[j].lower_ == "already" and _present_simple(a):
            continue  # 'India already bars exports of wheat', 'already requires licences' ('has already imposed' is a step)
        if act == "impose" and j is not None and view.doc[j].lower_ in STANDING_VERBS:
            continue  # 'imports of GM maize remain prohibited': how things stand, no step
        if _takes_effect(a) or a.text.lower().startswith(PAST_EFFECT_VERBS + CEASE_TO) \
                or (act == "extend" and a.text.lower().split()[0] in STANDING_VERBS and any(
                    e.start >= a.end for e in view.get("DATE") + view.get("DURATION"))):
            view.intransitive.add(a.start)  # 'the EV surtax will take effect': the subject is the measure
            # ('The measures ... cease to apply from 30/03/2026': so does a measure that stops; 'the
            # 24% tariff stays suspended for one more year': so does one kept in its state)
        if act in ("lift", "reduce", "raise") and (_moves_market_object(view, a) or _measure_moves_other(view, a)):
            # ('... to ease costs for coastal utilities', 'would cut output': no measure moved; 'Ore
            # export bans have lifted manufacturing exports': a measure that moves something else)
            continue
        if act == "lift_duty_free":
            # 'UK aerospace products will come in duty-free': the tariff on them is lifted;
            # 'most goods enter duty-free under the 1994 agreement' is how things stand
            before = {view.doc[k].lower_ for k in range(max(view.sent.start, a.start - 4), a.start)}
            # ('have come in tariff-free since 31 May 2023': the verb may open the cue itself)
            entry = next((k for k in range(a.start, max(view.sent.start, a.start - 4) - 1, -1)
                          if view.doc[k].lower_ in ENTRY_VERBS), None)
            if a.text.lower().startswith("free") and entry is None:
                continue  # ('free of charge'; 'have entered the US free of the tariff' is goods let in)
            # ('will enter the United States free of the reciprocal tariff': the words before the entry verb)
            # ('will have to come from orchards certified free of the viroid' lets no goods in)
            if entry is not None and view.doc[entry + 1].lower_ != "from":
                before |= {view.doc[k].lower_ for k in range(max(view.sent.start, entry - 3), entry)}
            # ('Bananas have entered free of the reciprocal tariff since November 13': freed that day)
            freed_since = entry is not None and view.doc[entry - 1].lower_ in PERFECT_AUX and _since_after(view, a, reach=12)
            if not freed_since and (not before & {"will", "now", "shall", "to", "would"} or before & (
                    STANDING_VERBS | HABITUAL | {"continue", "continues"})):
                continue
            if _under_trade_agreement(view, a):
                continue  # ('German pork will enter duty-free under the free trade agreement': its terms)
            # ('have entered duty-free within quotas since Jan. 1': a quota opened)
            act = "impose" if any(a.end <= m.start <= a.end + 2 and m.ent_id_ == "quota"
                                  for m in view.get("MEASURE")) else "lift"
        if act in ("reduce_from", "raise_from"):
            # 'at a tariff of 10%, down from 27.5%': a rate moved, told by its two figures
            before = view.word_before(a.start, 1 if view.doc[a.start - 1].text == "," else 0)
            # ('move to an 18% U.S. rate, down from 25%': the figure before the rate it names)
            while before is not None and before > view.sent.start and a.start - before <= 4 \
                    and (view.doc[before].lower_ in ("rate", "tariff", "duty") or view.doc[before].ent_type_ == "JURISDICTION") \
                    and view.doc[before].ent_type_ != "FIGURE":
                before -= 1
            if not (before is not None and view.doc[before].ent_type_ == "FIGURE" and a.end < view.sent.end
                    and view.doc[a.end].ent_type_ == "FIGURE"):
                continue
            if any(b_act in ("impose", "impose_weak") and b.end <= before and _figure_object(view, b, before)
                   for b, b_act, _ in out):
                continue  # 'the board set the duty at 9.5%, down from 10%': the old level of the rate set
            paid = next((i for i, (b, _, _) in enumerate(out) if b.start in view.rates_on_goods
                         and any(g.start == b.end and g.end - 1 == before for g in view.get("FIGURE"))), None)
            if paid is not None:
                # ('now pay 25 per cent, up from 7.5 per cent, since September 27': the rate paid moved)
                out[paid] = (out[paid][0], act.split("_")[0], out[paid][2])
                continue
            act = act.split("_")[0] + "_intransitive"
        if act == "drop_verb":
            # 'will drop the retaliatory duties' lifts them; 'duties on wheat will drop to 5%' cuts them
            # ('drops the last 10% 'fentanyl' tariff': a rate and a quoted name may come between)
            between = lambda k: view.doc[k].is_lower or view.doc[k].is_title or view.doc[k].ent_type_ == "FIGURE" \
                or view.doc[k].text in QUOTE_MARKS or view.doc[k].text == "-"
            # ('dropped the farm-specific tariffs': a hyphen joins two words into one)
            obj = any(a.end <= m.start <= a.end + 3 + sum(2 if view.doc[k].text == "-" else not view.doc[k].is_alpha
                                                          for k in range(a.end, m.start))
                      and all(between(k) for k in range(a.end, m.start)) for m in measures)
            # ('then dropped the licence two weeks early': the licence told before)
            licence = not obj and any(a.end < c.start <= a.end + 1 and view.doc[a.end].lower_ in DETERMINERS
                                      for c in view.cues("LICENCE"))
            if licence:
                view.dropped_licences.add(a.start)
            # ('had carried retaliatory duties from June 2019 until India dropped them': the measure
            # the sentence named, as the pronoun's antecedent; 'dropped them from the list' moves goods)
            pronoun = a.end + 1 < view.sent.end and view.doc[a.end].lower_ in ("them", "it") \
                and view.doc[a.end + 1].lower_ not in ("from", "off", "to") and any(m.end <= a.start for m in measures)
            act = "lift" if obj or licence or pronoun or _goods_off_list(view, a) else "reduce_intransitive"
        if act == "extend" and _widens_scope(view, a, actions) and not any(
                b.ent_id_ == "suspend" and abs(b.start - a.start) <= 6 for b in actions):
            act = "tighten"  # 'Export bans are extended to further goods', 'extended the ban to cover pork'
            if any(a.end <= m.start <= a.end + 6 and m.ent_id_ in DUTY_MEASURES for m in measures):
                act = "impose"  # 'extended its 50% tariffs ... to 112 more categories': a duty on new goods
        shared = _shares_rate_subject(view, a, out)
        if act.endswith("_participle") and shared is None:
            continue  # 'rising prices', 'a quota rising slightly each year': no step of its own
        if shared is not None:
            # 'the duty on gloves rose to 50 per cent on January 1, 2025 and goes to 100 per cent
            # on January 1, 2026': the second verb moves the same rate the same way
            act = shared
            view.rate_moves[a.start] = None
            view.rate_continuations.add(a.start)
        if act == "raise_reach":
            # "Brazil's import tariff on electric cars reached 35% on 1 July": a duty that reaches a
            # figure was raised to it; 'reached an agreement', 'exports reached $4 billion' are not
            # ('With the surcharge, the total reached 76.4%': a noun of its own is the subject)
            head = view.word_before(a.start)
            while head is not None and view.doc[head].lower_ in AUXILIARIES | {"to", "due", "set", "expected"}:
                head = view.word_before(head)
            subject = _subject_measure(view, a, measures)
            own_head = subject is not None and head is not None and _plain_word(view.doc[head]) \
                and any(view.doc[k].text == "," for k in range(subject.end, head))
            # ('Plug-in hybrids also reach 35% on that date': goods told after a duty's rise reach its level)
            goods_reach = subject is None and not own_head and view.doc[a.start - 1].lower_ == "also" \
                and _product_subject(view, a) is not None
            if a.end >= view.sent.end or view.doc[a.end].ent_type_ != "FIGURE" or (subject is None and not goods_reach) \
                    or own_head:
                view.idle.add(a.start)
                continue
            act = "raise_intransitive"
            if goods_reach:
                view.rate_moves[a.start] = None  # (the goods' rate moved, as in 'soybeans went up to 33%')
                view.intransitive.add(a.start)
                act = "raise"
        if act == "move_arrow":
            # ('Tractor duty 10% -> 5%': a digest's arrow from the old rate to the new one)
            act = _arrow_move(view, a, measures)
            if act is None:
                continue
        if act == "move_rate_goods":
            # 'Corn and sorghum go to 8.5% from 9.5%': a plain verb moves a rate only with the goods
            # or the duty as its subject ('prices moved to 8.5% from 9.5%' is the market)
            if not (_product_subject(view, a) or _subject_measure(view, a, measures) is not None
                    or _country_goods_subject(view, a)):
                continue
            act = "move_rate"
        if act == "move_rate":
            # 'raisins are adjusted to 8% from 12%', 'now taxed at 15% instead of 20%': the figures
            # say which way the rate moved; 'adjusted its forecast' is no step
            act = _figure_move(view, a)
            if act is None and a.text.lower() == "taxed" and (_perfect_since(view, a, reach=14) or _taxed_from(view, a)):
                act = "impose"  # 'It has taxed sunflower seed exports at 10% since 1999': standing since then
            elif act is None:
                continue
            else:
                view.rate_moves[a.start] = None
                if _subject_measure(view, a, measures) is not None:
                    view.intransitive.add(a.start)  # ('the regulatory duty on cars goes to 40 percent from 70')
        if act in ("raise", "reduce") and a.text.lower() in MULTIPLY_VERBS and a.end + 1 < view.sent.end \
                and view.doc[a.end].lower_ in ("to", "from") and view.doc[a.end + 1].ent_type_ == "FIGURE" \
                and ((before := view.doc[_before_aside(view, a.start - 1)]).ent_type_ in ("PRODUCT", "MEASURE")
                     or before.lower_ in ("rate", "rates")):
            act += "_intransitive"  # ('the duty on gloves doubled to 100% from 50%': the measure is the subject)
        if act == "impose" and (step := _step_to_level(view, a)) is not None:
            # ('..., and the last step, to 35%, takes effect on 01/07/2026': a further rise of the duty told)
            act = "raise"
            view.rate_moves[a.start] = None
            view.intransitive.add(a.start)
            view.gapped[a.start] = step  # (its clause opens at the step named)
        if act in ("reduce_intransitive", "raise_intransitive") and (_follows_prices(view, a) or _sum_subject(view, a)):
            continue  # 'an export charge that rises from 5 to 15 per cent as prices fall': how it works
        if a.start > view.sent.start and view.doc[a.start - 1].lower_ in PRICE_NOUNS:
            continue  # 'the minimum wage increase effective 01.01.2026', 'a price hike': no duty moved
        if act in ("reduce", "raise", "reduce_intransitive", "raise_intransitive") and any(
                b.ent_id_ == "none" and b.start <= view.sent.start + 4 and b.end <= a.start <= b.end + 8
                and not any(b.end <= m.start < a.start for m in measures) for b in view.get("ACTION")) \
                and not _actor_before(view, a):
            continue  # ("The EU's maximum price for Russian crude oil, lowered to USD 47.60": the subject is no duty)
        if act in ("reduce", "raise") and any(b.ent_id_ == "none" and 0 <= b.start - a.end <= 2
                                              and view.doc[b.start - 1].lower_ in ("by", "the") for b in view.get("ACTION")):
            continue  # ('A cut by the Federal Reserve would help housing': a central bank's rate)
        if act in ("reduce_intransitive", "raise_intransitive") and _in_passing_as_clause(view, a, measures):
            continue  # ('prices fell about 18 percent ... even as duties rose, and ...': background)
        if act in ("reduce_intransitive", "raise_intransitive"):
            # 'duties will fall to 9.5%': the measure is the subject, before the verb
            if _subject_measure(view, a, measures) is None:
                rate = _rate_subject(view, a)
                if rate is None and (out or not (_figure_move(view, a) and _product_subject(view, a))) \
                        and not _threshold_moved(view, a, intransitive=True) and not _pronoun_rate_move(view, a, measures):
                    continue
                view.rate_moves[a.start] = rate  # 'soybeans went up again, to 33% from 30%'
            act = act.split("_")[0]
            view.intransitive.add(a.start)
        elif act == "lift_away":
            # ('the 10% US tariff on it goes away on Jan. 1': the measure ends; 'the problem went away' no step)
            # ('The 10 percent tariff China put on soybeans back in March goes away': a relative clause's
            # date is the imposition's; left to the step it tells)
            subject = _subject_measure(view, a, measures)
            if subject is None or any(subject.end <= b.start < a.start for b in actions):
                continue
            act = "lift"
            view.intransitive.add(a.start)
        elif act == "lift_let":
            # 'let its restrictions expire' lifts them; 'the tariffs expire on June 30' is a date,
            # but 'The safeguard lapsed on 26 September 2012' tells the end that came
            let = any(view.doc[k].lower_ in LETTING for k in range(max(view.sent.start, a.start - 24), a.start))
            # ('The bar duty was allowed to lapse in April': the letting inside the verb, the measure its subject)
            if not let and a[0].lower_ not in LETTING and not _lapsed(view, a, measures):
                continue
            act = "lift"
            if not let:
                view.intransitive.add(a.start)
        elif act == "extend_keep" and any(
                view.doc[k].lower_ in ("unchanged", "steady") or (view.doc[k].lower_ == "at" and view.doc[k + 1].ent_type_ == "FIGURE")
                for k in range(a.end, min(view.sent.end - 1, a.end + 12))) and not _kept_until(view, a):
            view.non_steps.append(a.start)
            continue  # 'kept its export duty for July at 10%, unchanged from June': no step
        elif act == "extend_keep" and a.text.lower().startswith("continu") and a.end < view.sent.end \
                and view.doc[a.end].lower_ in ("to", "with", "in", "at", "as", "unchanged") \
                and not _renewed_on(view, a) and not any(  # ('would also continue to waive the checks': relief runs on)
                    b.start == a.end + 1 and b.ent_id_ == "suspend" and view.doc[a.end].lower_ == "to" for b in actions):
            continue  # 'continued to impose', 'continues at 10%': no step of its own
        elif act == "extend_keep":
            # 'will keep its suspension of rice imports in place', 'maintain the tariffs'
            # ('keep the additional 35 per cent tariff ... in place', 'kept it in place for another 12 months')
            kept = [e for e in view.ents if a.end <= e.start <= a.end + 6 and (e.label_ == "MEASURE" or e.ent_id_ == "suspend")
                    and (e.start <= a.end + 3 or all(view.doc[k].is_lower or view.doc[k].text == "-"
                                                      or view.doc[k].ent_type_ in ("FIGURE", "DATE")
                                                      for k in range(a.end, e.start)))]
            dated = any(c.start >= a.end for c in view.cues("EXPIRES")) or any(d.start >= a.end for d in view.get("DURATION"))
            if a.text.lower() in ("keep", "keeps") and view.doc[a.start - 1].lower_ in ("which", "that", "who"):
                dated = False  # 'Kazakhstan, which keeps its own ban in place, has asked ...': how it stands
            if not kept and a.end + 2 < view.sent.end and view.doc[a.end].lower_ in OBJECT_PRONOUNS and dated and (
                    (view.doc[a.end + 1].lower_ == "in" and view.doc[a.end + 2].lower_ == "place")
                    or any(d.start == a.end + 1 for d in view.get("DURATION"))):
                kept = [view.doc[a.end:a.end + 1]]  # ('kept it in place', 'continued them for five years')
            if not kept and dated and a.end + 1 < view.sent.end and view.doc[a.end].lower_ in DETERMINERS:
                # ('kept the licence for masks and visors for 30 more days'): the licence told before
                kept = [c for c in view.cues("LICENCE") if c.start == a.end + 1]
            if not kept and dated and a.text.lower() == "continue" and view.doc[a.start - 1].lower_ in ("would", "will", "shall") \
                    and (subject := _privilege_subject(view, a)):
                kept = [subject]  # ('all 178 exclusions would continue until 2026-11-10': the relief runs longer)
            if not kept and dated and out and out[-1][1] == "suspend" and out[-1][0].text.lower() in HALT_NOUNS \
                    and a.text.lower().startswith("continu") and view.doc[a.start - 1].lower_ in ("would", "will", "shall") \
                    and _determined(view, out[-1][0].start) and not any(
                        view.doc[k].text == ";" or view.doc[k].lower_ in ("that", "but") for k in range(out[-1][0].end, a.start)):
                # ('the suspension of its so-called affiliates rule ... will continue until November 9,
                # 2027': the halt runs longer)
                out[-1] = (a, "extend", "main+suspension")
                view.intransitive.add(a.start)
                prev_end = a.end
                continue
            if not kept and dated and _kept_free_of(view, a, measures):
                # ('keeps imports of basic foods such as beans ... free of tariffs for another year'): the
                # relief from the duty runs longer
                view.kept_free.add(a.start)
                out.append((a, "extend", "main+suspension"))
                prev_end = a.end
                continue
            renewed = _renewed_on(view, a)
            # ('welcomed the decision of the U.S. Department of Commerce to continue the ... duty orders')
            decided = view.doc[a.start - 1].lower_ == "to" and any(
                view.doc[k].lower_ in DECISION_WORDS for k in range(max(view.sent.start, a.start - 10), a.start - 1))
            if not kept and ((dated and view.doc[a.start - 1].lower_ == "be") or renewed):
                # 'the surcharges would be kept for another year, until June 2017': the subject is kept
                # ('The ban was kept in place through the 2022 crisis' tells how it stood)
                kept = [m for m in [_passive_object(view, a, measures)] if m is not None]
                dated = dated or renewed
            dated = dated or decided
            # ('has kept its national ban on imports of Ukrainian wheat, maize, rapeseed and sunflower seed
            # since September 2023': the goods and their origin may come between)
            if kept and kept[0].ent_id_ != "suspend" and _perfect_since(view, a, kept[0].end,
                                                                     8 + _listed_tokens(view, kept[0].end, 16)):
                act = "impose_weak"  # 'have kept the surcharge on imports since 2018': standing since then
            elif not kept or (kept[0].ent_id_ != "suspend" and not dated):
                view.non_steps.append(a.start)
                continue  # 'keeps military controls in place' reports no new step
            else:
                act = "extend"
        elif act == "extend" and a.text.lower().startswith("kept") and _perfect_since(view, a):
            act = "impose"  # 'has kept tariffs on most steel imports since 2018'
        if act == "impose_run":
            # "Slovakia's ban on wheat will run until the end of the year": a measure and its end
            until = any(a.end <= c.start <= a.end + 1 for c in view.cues("EXPIRES"))
            # ('will run from 1 June until 31 December 2026': a start, then the end)
            until = until or any(d.start in (a.end, a.end + 1) and _from_date(view, d) and any(
                d.end <= c.start <= d.end + 1 for c in view.cues("EXPIRES")) for d in view.get("DATE"))
            # ('..., gazetted on 5 May, will run ...': the participle of an aside is no earlier step)
            if not until or any(b.start < a.start and b.ent_id_ != "none" and not _in_aside_before(view, b, a)
                                for b in actions):
                continue
            view.intransitive.add(a.start)
            act = "impose"
        if act == "impose_subject":
            # 'made lemon exports subject to prior approval', 'shipments will now be subject to
            # export licences': a new licensing duty; 'goods subject to the tariff' and 'exports
            # are subject to licensing' tell how things stand
            lic = next((c for c in view.cues("LICENCE") if a.end <= c.start <= a.end + 3), None)
            before = view.word_before(a.start)
            # 'have been subject to a 25% tariff since April 3': a standing measure and its start
            duty = _measure_after(view, a, 4)
            # ('subject to duty' names none; 'subject to a 25% duty' its rate)
            duty = duty if duty is not None and (duty.ent_id_ not in GENERIC_MEASURES or any(
                a.end <= g.start < duty.start for g in view.get("FIGURE"))) else None
            if lic is None and duty is not None and _standing_since(view, a, duty) and not _hedged(view, a):
                out.append((a, "impose", "main"))
                prev_end = a.end
                continue
            # ('made exports of personal protective equipment - masks, visors, gloves and gowns - to
            # countries outside the bloc subject to a licence': past the goods and their aside)
            made = next((k for k in range(a.start - 1, max(view.sent.start, a.start - 24) - 1, -1)
                         if view.doc[k].lower_ in SUBJECTING_VERBS), None)
            if lic is None or _hedged(view, a) or _continues(view, a) or not (
                    (before is not None and view.doc[before].lower_ in ("be", "become", "becomes", "became"))
                    or (made is not None and not _object_broken(view, made + 1, a.start))):
                continue
            out.append((a, "impose", "main"))
            prev_end = a.end
            continue
        if act == "lift_need":
            # 'gloves no longer need a licence', 'no longer require an import approval': the licence goes
            lic = next((c for c in view.cues("LICENCE") + [m for m in measures if m.ent_id_ in ("other", "export_control")]
                        if a.end <= c.start <= a.end + 6), None)
            if lic is None or _hedged(view, a) or any(view.doc[k].lower_ in OBJECT_BREAK for k in range(a.end, lic.start)):
                continue
            out.append((a, "lift", "main"))
            prev_end = a.end
            continue
        if act in ("impose_require", "impose_need") and (_hedged(view, a) or _continues(view, a)):
            continue  # 'urged the government to ... require licences', 'continues to require permits'
        if act in ("impose_require", "impose_need"):
            # 'will require exporters of graphite to obtain permits': a new licensing duty;
            # 'exporters will need a licence from June 1 until October 31': how a told one works
            lic = next((c for c in view.cues("LICENCE") if a.end <= c.start <= a.end + 14), None)
            if lic is not None and not any(view.doc[k].lower_ in OBJECT_BREAK for k in range(a.end, lic.start)):
                # 'have needed licences since August 1'
                # ('Since 14 July 2025, anyone exporting AI chips ... has needed a permit': the date heads it)
                standing = a.text.lower() == "needed" and (_since_after(view, a, lic.end) or any(
                    _since(view, d) and d.start - view.sent.start <= 2 for d in view.get("DATE")))
                # 'exports will be allowed from Monday, but traders will need an export permit':
                # the licence that replaces a lifted ban is a step of its own
                replaces = any(act_b == "resume" or ACTION_FAMILY.get(act_b) == "relax" for _, act_b, _ in out)
                # 'Beijing announced that exporters would need a licence': the news is the new licence
                announced = any(c.end <= a.start for c in view.cues("ANNOUNCE")) and not out
                # 'each consignment will now need a permit': a licence that is new
                now = any(view.doc[k].lower_ == "now" for k in range(max(view.sent.start, a.start - 2), a.start))
                out.append((a, "impose", "main" if act == "impose_require" or standing or replaces or announced or now
                            else "anaphoric"))
                prev_end = a.end
                continue
            lic = next((m for m in measures if m.ent_id_ == "licensing" and 0 < a.start - m.end <= 4), None)
            if lic is not None and any(view.doc[k].lower_ in PASSIVE_AUX for k in range(lic.end, a.start)) \
                    and _since_after(view, a):
                out.append((a, "impose", "main"))  # 'licences have been required for graphite since Dec. 1'
                prev_end = a.end
                continue
            if act == "impose_need":
                continue
            act = "impose_weak"
        if ACTION_FAMILY.get(act) in ("relax", "extend") and any(
                a.end <= c.start <= a.end + 4 and not any(m.start < c.start for m in measures if m.start >= a.end)
                for c in view.cues("PROCEDURE")):
            continue  # 'terminated the investigation for India', 'extended the review': a procedure, not a measure
        if act == "postpone" and any(
                view.doc[k].lower_ in ("decision", "vote", "ruling") and not any(a.end <= m.start < k for m in measures)
                for k in range(a.end, min(view.sent.end, a.end + 7))):
            continue  # 'postponed to its April meeting a decision on duties': the decision is put off
        if act == "grant_privilege" and (restored := _restores(view, a, measures)) is not None:
            act = restored
            if act == "raise":
                view.rate_moves[a.start] = None
        elif act == "grant_privilege" and _foreign_registrations_moved(view, a) is not None:
            act = "lift"  # ('restored the registrations of 38 US beef plants': their goods may come in again)
        elif act == "grant_privilege":
            if _privilege_after(view, a) is None and not _relief_granted(view, a, actions):
                continue  # 'granted a licence', 'restored order': no benefit given back
            act = "suspend"  # 'restored de minimis for those shipments': duty-free again
        if a.text.lower().startswith("widen") and not (
                any(a.end <= m.start <= a.end + 3 and not any(view.doc[k].lower_ in SUBORDINATORS
                                                                for k in range(a.end, m.start)) for m in measures)
                or (a.end < view.sent.end and view.doc[a.end].lower_ in OBJECT_PRONOUNS)
                or _passive_measure_subject(view, a, measures)):
            continue  # 'the gap had widened to 60 euros': a statistic; 'widened its export ban' is a step
        if act == "lift" and a.text.lower().startswith("stop") and _ban_stops_goods(view, a, measures):
            # ("The EU's first diamond ban, adopted on 18 December 2023, stopped Russian non-industrial
            # diamonds shipped directly from 1 January 2024": the ban keeps the goods out)
            act = "impose"
            view.intransitive.add(a.start)
        if act == "lift_end":
            # 'ending a ban that has kept ...', 'ends the duty on ...'; 'the year ending in March' is no step
            # ('ending the remaining 10% tariff': a rate may come between)
            if not any(a.end <= m.start <= a.end + 3 + sum(view.doc[k].ent_type_ == "FIGURE" for k in range(a.end, m.start))
                       and all(_lower_word_or_figure(view.doc[k]) for k in range(a.end, m.start)) for m in measures) \
                    and _privilege_after(view, a) is None:
                if a.text.lower() == "ends" and a.end < view.sent.end and view.doc[a.end].lower_ in ("from", "today") \
                        and _subject_measure(view, a, measures) is not None:
                    # ("Kenya's ban on exports of raw macadamia nuts ends from next month": the measure ends;
                    # 'the safeguard ends in June' tells its term)
                    view.intransitive.add(a.start)
                    out.append((a, "lift", "main"))
                    prev_end = a.end
                continue  # ("ends Turkey's designation as a beneficiary of the GSP" ends a benefit)
            act = "lift"
        if act in ("impose_pay", "impose_weak") and not out \
                and (subject_start := _goods_face_rate_ahead(view, a)) is not None:
            # ('US chicken, wheat, corn and cotton will face an extra 15%', 'Cereals ... will be charged
            # €95 a tonne'): goods that will pay a rate, no measure named ('adding 37 categories ...
            # to the Section 232 tariff, so that air-brake assemblies ... will pay 25%': what the step
            # told before means)
            view.rates_on_goods.add(a.start)
            view.gapped[a.start] = subject_start  # (the step's clause opens at the goods)
            out.append((a, "impose", "main"))
            prev_end = a.end
            continue
        if act == "impose_pay" and any(_paid_now(view, g) for g in view.get("FIGURE") if g.start - a.end <= 1 and g.start >= a.end) \
                and any(b.start > a.end and b.ent_id_ == "impose_pay" for b in actions):
            continue  # (', which currently pay 22.5%, will pay 18.5%': the level now, told beside the step)
        if act == "impose_pay" and _payment_waived(view, a):
            # ('transit agencies ... will not pay the 100 per cent surtax on them for one year starting
            # December 1': the duty waived for a time)
            out.append((a, "suspend", "main"))
            prev_end = a.end
            continue
        if act == "impose_pay":
            # 'which have paid an extra 40% duty since March 2023', 'now pays a 10% import duty';
            # 'importers paid $3bn in tariffs' is a statistic
            nxt_m = _measure_after(view, a, 6)
            # ('the duty of 95.2% that Japan had collected since late August': the measure before, dated)
            told = _standing_object(view, a) if nxt_m is None else None
            if told is None and nxt_m is None and _goods_pay_rate_since(view, a):
                # ('Medium-duty trucks ... have paid 25% since November', 'Cars we bring in ... now pay 50%
                # since January'): goods paying a rate since a day, no measure named
                view.rates_on_goods.add(a.start)
                out.append((a, "impose", "main"))
                prev_end = a.end
                continue
            if told is None and nxt_m is None and _collected_from(view, a):
                # ('Antidumping duties of 17.56% were collected on Mexican tomatoes starting May 7, 2019')
                out.append((a, "impose", "main"))
                prev_end = a.end
                continue
            if told is None and (nxt_m is None or any(view.doc[k].text in MONEY_WORDS or view.doc[k].is_currency
                                                      for k in range(a.end, nxt_m.start))):
                continue
            if nxt_m is not None and any(0 < b.start - nxt_m.end <= 4 and (obj := _standing_object(view, b)) is not None
                                         and obj.start == nxt_m.start for b in actions):
                continue  # 'face the 10% levy Ukraine has charged ... since 1999': the later verb tells it
            j = view.word_before(a.start)
            since = told is not None or _standing_since(view, a, nxt_m)
            # ('Indian exporters faced a 50% US tariff from August 27 last year': paid as from a day, told
            # in the past, the day it began)
            # ('From 1 August 2024, those purchases pay a 20% import tax': a start that opens the sentence)
            since = since or (nxt_m is not None and any(
                d.end <= a.start and d.start <= view.sent.start + 1 and _start_word(view, d)
                and _subject_only_between(view, d.end + (view.doc[d.end].text == ","), a.start) for d in view.get("DATE")))
            since = since or (nxt_m is not None and _paid_in_past(a) and any(
                nxt_m.end <= d.start <= nxt_m.end + 8 and _from_date(view, d) for d in view.get("DATE")))
            # ('have paid a 25% US tariff, and buses 10%, in force since 2025-11-01': the status told after the list)
            since = since or (nxt_m is not None and j is not None and view.doc[j].lower_ in PERFECT_AUX and any(
                b.text.lower().startswith(STATUS_SINCE)
                and nxt_m.end < b.start <= nxt_m.end + 12 for b in actions))
            if any(c.end <= a.start for c in view.cues("OVER_QUOTA")):
                continue  # 'Imports above the quota will face a surtax of 50%': how a quota works
            # ('will face a 25 per cent levy': a step announced, the goods' side of it)
            obliged = j is not None and view.doc[j].lower_ == "to" and view.word_before(j) is not None and \
                view.doc[view.word_before(j)].lower_ in ("have", "has", "had")  # 'will have to pay'
            if not (since or obliged or (j is not None and view.doc[j].lower_ in ("now", "already", "will", "would",
                                                                                   "must"))):
                continue  # 'further imports pay a 25% duty', 'importers that pay ... on goods imported after':
                # how a measure works, not when it began
            act = "impose_weak"
        if act == "impose_weak" and a.text.lower() == "applied" and _applied_on(view, a, measures):
            # ('Definitive surcharges of 33.5% on forged grinding balls were applied in August 2024',
            # 'The measure was first applied provisionally on March 7, 2016': the day it began)
            act = "impose"
        elif act == "impose_weak" and a.text.lower() in ("apply", "applies", "applied", "cover", "covers") and _applies_from(view, a, measures):
            # ('A new import ban covers Russian ferro-alloys and synthetic rubber from 10 September 2026',
            # 'A 10% duty applies to imports of steel from 1 July': the subject measure starts on the
            # goods named)
            act = "impose"
            view.intransitive.add(a.start)
        elif act == "impose_weak" and a.text.lower() in ("apply", "applies", "applied") and _applies_in_full(view, a):
            # ('since 26 February 2026 it has applied in full', 'the import ban applies to slabs in full
            # from 1 January 2027': a phased measure's last phase, its quotas or carve-outs gone)
            act = "tighten"
            view.intransitive.add(a.start)
        elif act == "impose_weak" and a.text.lower().startswith("cover"):
            continue  # ('The ban covers steel and aluminium': its scope)
        if act == "impose_weak":
            # 'added 140 entities to the Entity List', 'placed PVH ... on its unreliable entity list'
            # 'set a minimum export price', 'will carry an export duty of 7.5%'
            # ('It will apply to cash deposits once ...': what a measure applies to is no measure set)
            applies_to = a.text.lower().startswith("appl") and a.end < view.sent.end and view.doc[a.end].lower_ == "to"
            obj = _past_date_phrase(view, a.end)  # ('notified on 27 February a provisional duty')
            nxt = [m for m in measures if a.end <= m.start and (m.start <= a.end + 4 or (
                       m.start <= a.end + 8 and _words_between(view, a.end, m.start) <= 2)
                       or (obj > a.end and obj <= m.start <= obj + 8 and _words_between(view, obj, m.start) <= 2)
                       or (m.start <= a.end + 24 and _time_phrases_only(view, a.end, m.start)))
                   and (m.ent_id_ not in ("restriction", "licensing", "list_ref", "measure_ref") or _on_flow(view, m))
                   and not applies_to]
            # ('added raw cashew nuts to the export prohibition list': a list of banned goods)
            # ('added eight Chinese companies to its Strategic High-Tech Commodities Entity List': past the
            # capitalised words of the list's own name)
            nxt += [m for m in measures if a.end <= m.start <= a.end + 30
                    and (m.ent_id_ in ("entity_listing", "list_ref") or _names_goods_list(view, m))
                    and any(view.doc[k].lower_ in ("on", "to")
                            for k in range(max(a.end, _name_start(view, m, a.end) - 3), m.start))]
            # ('added wind turbines and their parts to its 50 per cent tariff on steel derivatives': goods
            # put under a duty)
            nxt += [m for m in measures if a.text.lower().startswith("add") and a.end < m.start <= a.end + 16
                    and m.ent_id_ in DUTY_MEASURES and any(a.end < p.start for p in view.get("PRODUCT"))
                    # ('to its 50 per cent tariff', 'to the Section 232 tariff': a rate or a name may come between)
                    and any(view.doc[k].lower_ == "to" and all(view.doc[x].ent_type_ == "FIGURE" or view.doc[x].lower_
                            in DETERMINERS | {"its", "their", "the"} or (view.doc[x].is_title and view.doc[x].is_alpha)
                            or view.doc[x].like_num for x in range(k + 1, m.start))
                            for k in range(max(a.end, m.start - 5), m.start))
                    and not any(view.doc[k].text in (";", ".") or view.doc[k].ent_type_ in ("ACTION", "MEASURE")
                                for k in range(a.end, m.start))]
            # 'hit U.S. pork legs, apples and flat steel with duties of up to 25%': the goods come first
            nxt += [m for m in measures if a.text.lower().startswith("hit") and a.end < m.start <= a.end + 20
                    and any(view.doc[k].lower_ == "with" for k in range(max(a.end, m.start - 5), m.start))
                    and not any(view.doc[k].text in (";", ".") or view.doc[k].ent_type_ in ("ACTION", "MEASURE")
                                for k in range(a.end, m.start))]
            # 'placed seven rare earths under export control', 'put tungsten ... under licensing'
            nxt += [m for m in measures if a.text.lower().startswith(("put", "plac", "brought", "bring")) and
                    a.end < m.start <= a.end + 26 and view.doc[m.start - 1].lower_ == "under"
                    and not any(view.doc[k].text in (";", ".") or (view.doc[k].ent_type_ == "ACTION" and k not in goods)
                                for k in range(a.end, m.start))]
            if nxt and any(a.end <= b.start <= nxt[0].end + 4 and b.ent_id_ not in ("impose_weak", "none", "impose_subject")
                           and b.start not in goods and not _in_whose_clause(view, b)
                           and not any(view.doc[k].lower_ in ("and", "but", ";", ",") for k in range(nxt[0].end, b.start))
                           for b in actions if b is not a):
                continue  # 'puts its countermeasures on ice' is the other action's ('... and removed' is not)
            told = [m for m in [_relative_measure(view, a)] if m is not None and a.start - m.end <= 3]
            # ('dropped the farm tariffs it had put on U.S. goods in March 2025')
            if not nxt and told and (a.text.lower().endswith("ed") or a.text.lower() in IRREGULAR_PAST) and any(
                    ACTION_FAMILY.get(b.ent_id_) in ("relax", "extend") or b.ent_id_ == "drop_verb"
                    for b in actions if b.start < told[0].start):
                nxt = told  # 'remove the duties it has charged since May 2020': the imposition told in passing
            if not nxt and a.text.lower().endswith("ed"):
                # 'These duties were first applied in 2014': a dated passive with the measure as subject
                nxt = [m for m in measures if m.end < a.start and _auxiliaries_only(view, m.end, a.start) and any(
                    0 <= d.start - a.end <= 1 for d in view.get("DATE"))][-1:]
            if not nxt and (standing := _standing_object(view, a)) is not None:
                nxt = [standing]
            if not nxt and _rate_on_goods(view, a):
                view.rates_on_goods.add(a.start)  # 'The U.S. put 25 percent on Mexican steel'
                nxt = [a]
            if not nxt and _parties_added(view, a):
                out.append((a, "impose", "main"))  # "Taiwan's ITA added eight Chinese entities"
                prev_end = a.end
                continue
            if not nxt and _privilege_list_move(view, a) is not None and not _hedged(view, a):
                out.append((a, "suspend", "main"))  # ('added gold bullion ... to the exempt list': relieved)
                prev_end = a.end
                continue
            if not nxt and (listing := _listed_party_added(view, a, measures)) is not None:
                nxt = [listing]  # ('Huawei Technologies, the best-known name on the Entity List, was added in May 2019')
            if not nxt and _goods_added(view, a):
                out.append((a, "impose", "main"))  # 'wire, foil and pipes were added in December 2023'
                view.goods_added.add(a.start)
                prev_end = a.end
                continue
            if not nxt and a.text.lower().endswith("ed") and _perfect_since(view, a):
                # "Washington's duties of 25% on steel ... have applied to European metal since June 1, 2018":
                # the subject measure, standing since a date
                nxt = [m for m in measures if m.end < a.start and not any(m.end <= b.start < a.start for b in actions)][:1]
            if nxt and a.text.lower().startswith("join") and not (
                    _names_goods_list(view, nxt[0]) or nxt[0].ent_id_ in ("entity_listing", "list_ref")):
                continue  # 'Raw cashew nuts join the export prohibition list'; 'Japan joined the US tariffs' is no step
            if not nxt and _hit_with_figure(view, a) is not None and not _hedged(view, a):
                out.append((a, "impose", "main"))  # ('were hit with 25% on Oct. 14 last year')
                prev_end = a.end
                continue
            if not nxt or any(a.end <= c.start < nxt[0].start for c in view.cues("HEDGE")):
                continue  # 'set a record', 'the tariff already charged' name no new measure; 'put draft
                # amendments to its export control ordinance out for comment' proposes one
            act = "impose"
            if a.text.lower().startswith("add") and nxt[0].ent_id_ == "ban" and _names_goods_list(view, nxt[0]):
                act = "tighten"  # ('adds heated tobacco devices ... to the banned list': more goods under the ban)
        # 'extended the suspension', 'lifting - or at least pausing -': one action, not two
        # ('China hit back the following day, banning exports of gallium ...': a day told by the
        # step before it keeps the verbs apart too)
        dated_between = any(prev_end <= d.start < a.start for d in view.get("DATE")) or any(
            prev_end <= e.start < a.start for e in view.get("JURISDICTION") + view.get("AGENCY")) or any(
            prev_end <= c.start < a.start and c.id_ not in ("news", "instrument") for c in view.cues("SAME_OCCASION"))
        if out and (_takes_effect(a) or a.text.lower().endswith(("into force", "into effect"))) \
                and a.start - prev_end <= 2 and out[-1][2].startswith("anaphoric"):
            # 'The reductions take effect on May 14', 'The extension entered into force the following
            # day': when the step told applies, not a new measure
            prev_end = a.end
            continue
        if out and a.text.lower().endswith(("effect", "force")) and _halt_heads_subject(view, out[-1][0], a):
            # ('A pause on tariffs for imported toys, board games and children's bikes took effect from
            # midnight Monday': when the pause told as the subject applies)
            prev_end = a.end
            continue
        kept = bool(out) and out[-1][0].ent_id_ == "extend_keep"
        # 'keep its tariff on US goods on hold': a target on the way is the kept tariff's
        # ('keep its October 2025 curbs on rare-earth exports suspended': a date naming the measure kept)
        apart = dated_between if not kept else any(prev_end <= e.start < a.start and not (
            e.label_ == "JURISDICTION" and view.doc[e.start - 1 - (view.doc[e.start - 1].lower_ == "the")].lower_
            in ("on", "from", "to", "of")) and not (
            e.label_ == "DATE" and view.doc[e.start - 1].lower_ in DETERMINERS and view.doc[e.end].ent_type_ == "MEASURE")
            for e in view.get("DATE") + view.get("JURISDICTION") + view.get("AGENCY"))
        # ('extends for one year, through Nov. 10, 2027, the suspension of ...': an aside of time between)
        timed = bool(out) and out[-1][1] == "extend" and _time_phrases_only(view, prev_end, a.start)
        # ('will keep its tariffs on Canadian canola meal and peas suspended': the state it is kept in)
        complement = kept and view.doc[a.start - 1].lower_ not in ("and", "or", ",", "but")
        # ('counter-tariffs' is one word)
        gap = a.start - prev_end - sum(1 for k in range(max(prev_end, view.sent.start), a.start) if view.doc[k].text == "-")
        aside = _kept_object_aside(view, out[-1][0], a) if kept else None
        if aside is not None:
            complement = True  # (the comma closes the aside, not the clause)
            gap -= aside[1] - aside[0]  # (', which extends export restrictions to ...,': what the kept rule does)
        # ('keep its ban on antimony, gallium and germanium shipments to the United States suspended':
        # a long object, goods listed, no verb in it)
        reach = 6 if not kept else 16 if not any(
            prev_end <= b.start < a.start and not (aside and aside[0] <= b.start < aside[1]) for b in actions) \
            and ";" not in view.doc[prev_end:a.start].text else 10
        if out and out[-1][1] == "extend" and act == "suspend" and (gap <= reach or timed) \
                and (not apart or timed) and (complement or not a.text.lower().endswith("ed")):
            # 'extends cotton import duty waiver': the waiver is what is extended ('keeps the
            # higher reciprocal tariff of 24% on hold': the hold is what is kept)
            out[-1] = _extends_pause(out[-1])
            prev_end = a.end
            continue
        if out and out[-1][1] == "postpone" and _postponed_step(view, prev_end, a, act):
            prev_end = a.end  # 'pushed back by one year the tariff increases on ...': what is put off
            continue
        if out and out[-1][1] == "extend" and act == "suspend" and any(
                c.start < a.start < c.end and _names_deadline(view, out[-1][0], c) for c in view.cues("DEADLINE")):
            out[-1] = _extends_pause(out[-1])
            prev_end = a.end  # 'pushed back to Aug. 1 the end of the pause': the pause is what runs longer
            continue
        if out and out[-1][1] == "suspend" and act == "extend" and out[-1][0].text.lower() in HALT_NOUNS \
                and out[-1][2] == "anaphoric" and _halt_as_subject(view, a) is not None:
            # ('The suspension of its ban on shipping gallium ... was extended as well': the halt runs longer)
            out[-1] = (a, "extend", "main+suspension")
            prev_end = a.end
            continue
        if out and out[-1][1] == "suspend" and act == "lift" and out[-1][0].text.lower() in HALT_NOUNS \
                and _halt_as_subject(view, a) is not None and not out[-1][2].startswith("main"):
            # ('The suspension was lifted on 6 July 2011': the halt told before ends; its flow reopens)
            out[-1] = (a, "lift", "main")
            view.replaced_halts.add(a.start)
            prev_end = a.end
            continue
        pair = (out[-1][1], act) if out else None
        if a.start - prev_end <= 4 and out and not dated_between and not any(
                prev_end <= m.start < a.start for m in measures) and (
                pair in (("extend", "suspend"), ("suspend", "extend"), ("extend", "lift"))
                or ACTION_FAMILY.get(pair[0]) == ACTION_FAMILY.get(act.split("_")[0])
                # ('The cut took effect on Sunday', 'The suspension came into force on 1 May': the step
                # told before starts to apply)
                or (act == "impose" and out[-1][2] == "anaphoric" and a.text.lower().startswith(PAST_EFFECT_VERBS)
                    and a.text.lower().endswith(("effect", "force")) and out[-1][0].text.lower() not in HALT_NOUNS)):
            if act in ("suspend", "lift") and out[-1][1] == "extend":
                # 'extend the suspension', 'extend the removal of all tariffs until March 2029'
                out[-1] = _extends_pause(out[-1])
            elif act == "extend" and out[-1][1] == "suspend":
                out[-1] = (a, "extend", "main+suspension")  # 'the waiver was renewed'
            elif act == "suspend" and out[-1][2] == "anaphoric" and _relief_granted(view, a, actions):
                out[-1] = (a, "suspend", "main")  # 'the suspension was first granted in October 2022': its start
            prev_end = a.end
            continue
        if act == "resume" and _refused_since(view, a):
            act = "impose"  # 'has not allowed sugar exports since October 2023': a ban in force since then
        elif _hedged(view, a) or (_bilateral(view, a) and not _mutual_step(view, a)) or _recurring(view, a) \
                or _hedged_subject(view, a):
            prev_end = a.end
            # 'will not extend the duty waiver': the noun a verb with no step takes has none either
            obj = _noun_object(view, a, actions)
            if obj is not None:
                replaced_until = obj.end
            continue
        j0 = view.word_before(a.start)
        if a.ent_id_ == "suspend" and a.text.lower() in EXEMPT_WORDS and j0 is not None \
                and view.doc[j0].lower_ in STANDING_VERBS | {"still"} \
                and not any(a.end <= c.start <= a.end + 1 for c in view.cues("EXPIRES")):
            # ('Deliveries under intergovernmental agreements remain exempt from both bans'): as before
            # ('ferro-nickel stays exempt until 31 March 2027' tells when the exemption ends)
            continue
        if a.text.lower() in EXEMPT_WORDS and j0 is not None and view.doc[j0].lower_ in STANDING_VERBS:
            opener = _contrast_clause(view, j0)
            if opener is not None:
                view.gapped[a.start] = opener  # ('..., while ferro-nickel stays exempt': its own goods)
        if a.text.lower() in ("lower", "higher") and j0 is not None and (view.doc[j0].lower_ in (
                "with", "a", "an", "the", "of", "at", "for", "and", "or", "much", "even")
                or (view.doc[j0].lower_.endswith("ly") and any(m.start == a.end for m in measures))):
            continue  # 'with lower quota volumes', 'the slightly lower duty': an adjective
        if act == "postpone" and any(_names_deadline(view, a, c) and not _deadline_is_start(view, c)
                                     for c in view.cues("DEADLINE")):
            act = "extend"  # 'pushed the deadline back to March': the measure runs longer
        kind_bg = _background(view, a)
        if _reference_participle(view, a, measures) or _undated_reduced_relative(view, a, measures):
            continue
        if not a.text.lower().endswith(("ed", "ing")) and any(
                (a.end <= c.start <= a.end + 4 or _subject_of_status(view, a, c))
                and not any(d.start >= c.end for d in view.get("DATE"))
                for c in view.cues("STATUS_QUO")):
            # 'the ... exemptions for them remain in place': a standing state, no new step ('the
            # suspension of imports of ... from the countries listed in its notices remains in force')
            continue
        # only a noun can be definite ('the suspension', "Beijing's partial lifting"); a verb
        # after "India's commerce ministry" is news, however the subject is worded
        # ('reopened part of its border' ends in a noun but is a verb)
        # ('Last month's proclamation puts 15 percent on ...', "Monday's proclamation delays it":
        # after the instrument's name and before a rate or an object, its verb; 'The measure
        # applies from May 19' dates the step told)
        # ('The ban applies in full to such slabs from ...': a verb, whatever its subject)
        noun_like = not a.text.lower().endswith("ed") and a.ent_id_ not in ("impose_ban", "lift_ban") \
            and not (act == "tighten" and a.start in view.intransitive and _applies_in_full(view, a)) \
            and not (any(c.end == a.start for c in view.cues("INSTRUMENT")) and a.end < view.sent.end and (
                any(g.start == a.end for g in view.get("FIGURE"))
                or view.doc[a.end].lower_ in OBJECT_PRONOUNS | DETERMINERS))
        kind = "anaphoric" if noun_like and (view.definite_before(a.start) or _pronoun_takes_effect(view, a)
                                             or (a.start in view.rate_moves and _opens_on_told_rate(view, a))) \
            and not _announced_halt(view, a) else "main"
        if a.start in view.rate_continuations:
            kind = "main"  # ('..., and from 26 September 2011 the rate fell to 25 per cent': a verb, a step)
        j = view.word_before(a.start)
        gerund = a.text.lower().endswith("ing")
        # ('India answered on June 16 by raising tariffs on 28 US products': how it answered, a step)
        answered = j is not None and any(view.doc[k].lower_ in RESPONSE_VERBS for k in range(max(view.sent.start, j - 8), j))
        if gerund and (j is None or view.doc[j].lower_ == "by" and not answered):
            kind = "reference"  # 'By easing export controls, China ...', 'Removing the tariffs reflects ...' restate an action
        elif gerund and (out or any(c.start < a.start for c in grants)) and j is not None \
                and view.doc[j].lower_ not in ("and", "or", "but", "before", "after", "then") \
                and not (a.start in view.rate_continuations and _dated_after(view, a, actions)):
            kind = "elaboration"  # '..., reducing the quota to 50%': detail of the action before
            # ('..., before lifting the ban in May' is a step of its own; so is '... from January 1,
            # 2027, rising to 15 per cent from January 1, 2028')
        elif out and _appositive_noun(view, a):
            kind = "elaboration"  # '..., a dramatic reversal of ...' describes the action before
        if kind == "main" and _told_in_passing(view, a, measures):
            kind = "reference"  # '... fell by a third after the tariffs were imposed': the measure told, no step
        if _in_whose_clause(view, a) or _deal_takes_effect(view, a, measures) or _effect_measured(view, a):
            # ('the list of companies whose goods are stopped at the border': what the list does; 'when
            # the UK trade deal kicked in last month': the deal applies; 'puts the cost of the toy pause
            # at about $1.2 billion': the pause weighed): told, no step
            prev_end = a.end
            continue
        if kind_bg and kind == "main":
            kind = "background"
        out.append((a, act, kind))
        prev_end = a.end
    # 'China bans rice exports': a generic ban right after its subject is a verb.
    for m in measures:
        j = view.word_before(m.start)
        after_actor = j is not None and any(e.start <= j < e.end for e in view.get("JURISDICTION") + view.get("AGENCY"))
        if m.text.lower() == "blacklisted" and after_actor and not any(a.start <= m.start < a.end + 3 for a, _, _ in out):
            out.append((m, "impose", "main"))  # 'Washington blacklisted three Chinese firms'
        if m.ent_id_ == "ban" and not any(a.start <= m.start < a.end + 3 for a, _, _ in out):
            modal = j is not None and view.doc[j].lower_ in ("will", "would", "shall", "to", "must") \
                and m.text.lower() == "ban" and not _hedged(view, m)  # 'will ban imports of wheat'
            # 'The package bans imports of pig iron': no noun 'bans' takes a flow as its object
            # ('published a regulation that bans imports of single-use plastic cups': a relative 'that')
            flow = m.end < view.sent.end and view.doc[m.end].lower_ in FLOW_OBJECTS and (
                j is None or view.doc[j].lower_ not in DETERMINERS or (
                    view.doc[j].lower_ == "that" and m.text.lower() == "bans")) and not _hedged(view, m)
            # ('It banned aquatic products from ten prefectures': goods from abroad kept out)
            if modal or flow or after_actor or _halted_foreign_goods(view, m) is not None:
                out.append((m, "impose", "main"))
        if _names_goods_list(view, m) and _taken_off(view, m) and not any(a.start <= m.start < a.end + 3 for a, _, _ in out):
            out.append((m, "lift", "main"))  # 'take refined vegetable oil ... off the import prohibition list'
        if m.ent_id_ == "quota" and _quota_on_lift(view, m, out):
            # 'will lift its ban on Turkish tomatoes from 1 November, but only within a quota of
            # 50,000 tonnes': what comes back in is capped, a quota imposed with the lift
            out.append((m, "impose", "main"))
    # 'The reduced customs duty will remain in force until 15 January 2025': the end of a told measure
    # ('..., and the lower rate will stay in place until 2028': the rate just moved, in a clause of its own)
    told_rates = [k for k in range(view.sent.start, view.sent.end) if view.doc[k].lower_ in ("rate", "rates")
                  and view.definite_before(k) and not any(c.start <= k <= c.end for c in view.cues("OTHER_RATE"))] \
        if view.cues("STATUS_QUO") else []
    if told_rates and not measures and all(a.end <= _clause_opening(view, told_rates[0]) for a, _, _ in out):
        for c in view.cues("STATUS_QUO"):
            if 0 < c.start - told_rates[0] <= 3 and any(c.end <= e.start <= c.end + 1 for e in view.cues("EXPIRES")):
                out.append((c, "impose", "status"))
                break
    if not out and measures:
        # ('The safeguard tariff will apply until April 16, 2026', 'The duties will apply to goods declared
        # for export from 1 August until 31 December 2021': the same, said of when it applies)
        applies = [view.doc[a.start - 1:a.end] for a in view.get("ACTION") if a.text.lower() == "apply"
                   and a.start > view.sent.start and view.doc[a.start - 1].lower_ in ("will", "shall")
                   and any(d.start >= a.end for d in view.get("DATE"))]  # ('will apply to goods ... from 1 August')
        for c in view.cues("STATUS_QUO") + applies:
            if any(c.end <= e.start <= c.end + 1 for e in view.cues("EXPIRES")) and any(
                    m.end <= c.start and view.definite_before(m.start) for m in measures) and not any(
                    h.end <= c.start and h.id_ == "hedge_clause" for h in view.cues("HEDGE")):
                # ('This rule does not affect the suspension of the Affiliates rule, which remains in
                # place through November 9, 2026': an aside on a measure the news leaves alone)
                out.append((c, "impose", "status"))
                break
    for c in grants:
        if not any(a.start <= c.start < a.end for a, _, _ in out):
            out.append((c, "impose", "main"))
    # A measure merely announced or taking effect: 'unveiled 25% tariffs on steel' (', on top of
    # provisional duties that had applied from January': a relative clause's verb tells another step)
    # ('announced on 31 March definitive duties ... from China, which have been in force since last Thursday')
    # ('Washington announced a 25% tariff on medicines, and last week India imposed duties on ...':
    # the verbs of a later clause with a subject of its own leave the first clause's measure announced)
    for c in view.cues("ANNOUNCE"):
        # ('still carries the final anti-dumping duty Beijing announced on 16 December': a measure, then
        # the government that announced it, with no 'that' between)
        by = next((e for e in view.get("JURISDICTION") + view.get("AGENCY") if e.end == c.start), None)
        m = next((m for m in measures if by is not None and m.end == by.start and m.ent_id_ in DUTY_MEASURES | {"ban"}), None)
        if m is not None and c.text.lower() in DECIDED and not _hedged(view, c) \
                and any(c.end <= d.start <= c.end + 2 for d in view.get("DATE")) \
                and not any(m.start <= a.start < c.end for a, _, _ in out):
            out.append((c, "impose", "main"))
    alone = not out or all(_relative_verb(view, a) and (_relative_measure_before(view, a) or a.text.lower()
                                                         .startswith(STATUS_SINCE)) for a, _, _ in out)
    if measures and (alone or any(_later_clause(view, c.end, out) for c in view.cues("ANNOUNCE"))):
        for c in view.cues("ANNOUNCE"):
            bound = view.sent.end if alone else _later_clause(view, c.end, out)
            if bound is None:
                continue
            m = next((m for m in measures if c.end <= m.start <= c.end + 8 and m.end < bound), None)
            # 'published definitive anti-dumping duties on ...' decides them; 'published a study
            # on the effect of tariffs' does not: only words that qualify the measure come between
            published = c.text.lower() == "published" and m is not None and m.start <= c.end + 4 and all(
                view.doc[k].is_lower or view.doc[k].ent_type_ == "FIGURE" or view.doc[k].text == "-"
                for k in range(c.end, m.start)) and not any(view.doc[k].lower_ in ("a", "an") for k in range(c.end, m.start))
            # ('issued preliminary results showing the countervailing rate rising to 14.6%': what
            # the results show, not what is issued)
            # ('announced three changes to Canada's measures on steel': the measures stand; what
            # changes is told on its own)
            shown = m is not None and any(view.doc[k].lower_ in REPORT_NOUNS | CHANGE_NOUNS
                                          or view.has_cue_at("PROCEDURE", k) for k in range(c.end, m.start))
            released = m is not None and m.ent_id_ == "quota" and c.text.lower() in QUOTA_RELEASED
            if m is not None and (c.text.lower() in DECIDED or published or released) and not shown:
                if not _hedged(view, c):
                    # ('adopted the July round of autonomous tariff suspensions': relief from the duty)
                    out.append((c, "suspend" if _relief_after(view, m) else "impose", "main"))
                break
            # 'An embargo on Russian coal, agreed in April 2022, applied from August': the
            # measure, then the participle that dates its decision between commas
            m = next((m for m in measures if 0 < c.start - m.end <= 6 and view.doc[c.start - 1].text == ","), None)
            # ('curbs on exports of lithium batteries and graphite anode materials, announced in October 2025')
            if m is not None and c.text.lower() in DECIDED | {"agreed"} and not _hedged(view, c) and all(
                    view.doc[k].ent_type_ in ("PRODUCT", "JURISDICTION")
                    or view.doc[k].lower_ in ("on", "of", "for", ",", "and", "exports", "imports")
                    for k in range(m.end, c.start)):
                # ('The duties, announced on March 4, ...': a measure told before, now dated)
                out.append((c, "impose", "anaphoric" if view.definite_before(m.start) else "main"))
                break
            # ('A ban on imports of Russian propane was announced on Monday', 'The duty orders on
            # solar cells from Cambodia ... were published on 24 June 2025': the decided measure as
            # the passive subject, dated)
            m = _decided_passive_subject(view, c, measures)
            if m is not None and not _hedged(view, c):
                view.decided_subjects[c.start] = m
                out.append((c, "impose", "anaphoric" if view.definite_before(m.start) else "main"))
                break
    if not out and not view.get("ACTION"):
        # ("Tanzania's 2023 ban on day-old chicks from Kenya", "Tanzania's ban on gold and copper
        # concentrate exports in March 2017 remains ...", "India's duty on gold has been 15% since
        # July 2024": a measure named with its start, no verb)
        out += [(m, "impose", "main") for m in measures if _dated_noun_measure(view, m)][:1]
    elif measures and view.get("ACTION") and all(t[0].label_ == "ACTION" for t in out):
        # ("the EU's duty on ... fertiliser has been 40 euros a tonne since July last year, and on
        # the first of July it jumps to 80": a later clause's step leaves the standing one told)
        first = min(a.start for a in view.get("ACTION"))
        out += [(m, "impose", "main") for m in measures if m.end < first and any(
            view.doc[k].text == "," and view.doc[k + 1].lower_ == "and" for k in range(m.end, first - 1))
            and _dated_noun_measure(view, m)][:1]
    out += _gapped_steps(view, out)
    out += _responded_with(view, out)
    out += _decided_subject(view, out)
    out.sort(key=lambda t: t[0].start)
    out = _postponed_rises(view, out)
    return _drop_old_end_of_extended(view, out)


RISE_NOUNS = {"hike", "hikes", "increase", "increases", "rise", "rises", "jump"}
PUSH_VERBS = {"pushed", "push", "pushes", "pushing", "moved", "moves", "move", "put", "puts"}


def _postponed_rises(view: SentenceView, out: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
    """'pushed the furniture tariff hike back to ...', 'The tariff increase to 50% was postponed
    to ...': a rise that is put off is the postponement's object, no rise of its own."""
    doc, kept, told_rises = view.doc, [], set()
    for a, act, kind in out:
        if act != "raise" or a.text.lower() not in RISE_NOUNS:
            kept.append((a, act, kind))
            continue
        j = view.word_before(a.start)
        while j is not None and j > view.sent.start and a.start - j <= 5 and (
                doc[j].lower_ in DETERMINERS | {"its", "their", "planned"} or doc[j].ent_type_ in ("MEASURE", "PRODUCT")
                or (doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in PUSH_VERBS)):
            j = view.word_before(j)
        if j is not None and doc[j].lower_ in PUSH_VERBS and a.end < view.sent.end and doc[a.end].lower_ == "back":
            kept.append((a, "postpone", kind if kind != "anaphoric" else "main"))  # ('pushed the ... hike back')
            continue
        # ('The tariff increase to 50% was postponed to ...': the rise is the subject put off)
        put_off = next((b for b, act_b, _ in out if b.start > a.end and act_b == "postpone" and not any(
            doc[k].text in (",", ";", ":") or (doc[k].ent_type_ == "ACTION" and k not in range(b.start, b.end))
            for k in range(a.end, b.start))), None)
        if put_off is None:
            kept.append((a, act, kind))
        elif view.definite_before(a.start):
            told_rises.add(put_off.start)  # ('The planned increase ... was postponed': the duty told before)
    return [(b, act, "anaphoric" if b.start in told_rises and kind == "main" and not any(
        m.start < b.start for m in view.get("MEASURE")) else kind) for b, act, kind in kept]


MARKET_MOVES = {"drifted", "drift", "drifts", "traded", "trade", "trades", "closed", "close", "closes", "ended", "edged",
                "edges", "moved", "moves", "opened", "opens", "finished", "slipped", "slid", "headed", "trended",
                "ticked", "inched", "went", "marked", "pushed", "nudged", "sank", "settled"}


def _drop_old_end_of_extended(view: SentenceView, out: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
    """'The import duty waiver on electric buses, which was due to lapse on 31 December, is extended
    ... to 31 December 2028': the relief named as the subject of its own extension, with the end
    it was due to have, is no step of its own."""
    doc = view.doc
    extended = [a for a, act, kind in out if act == "extend" and kind == "main"]
    keep = []
    for t in out:
        a, act, kind = t
        later = next((e for e in extended if e.start > a.end), None)
        if later is not None and a.label_ == "ACTION" and a.text.lower() in MEASURE_RELIEF_NOUNS | HALT_NOUNS \
                and view.definite_before(a.start) and any(
                    a.end <= c.start < later.start and c.text.lower().startswith("due to") for c in view.cues("TIMING")) \
                and any(doc[k].lower_ == "which" and doc[k - 1].text == "," for k in range(a.end, later.start)):
            continue
        keep.append(t)
    return keep


SUBJECT_PHRASE_WORDS = {"on", "of", "for", "from", "and", "or", ",", "-", "imports", "exports", "certain", "all"}


def _decided_passive_subject(view: SentenceView, c: Span, measures: list[Span]) -> Optional[Span]:
    """The measure that opens the sentence as the subject of 'was/were (also) announced/published/...'
    right before a date, its own phrase between (goods, places, 'on', 'from')."""
    doc = view.doc
    if c.text.lower() not in DECIDED | {"published"} or not any(0 <= d.start - c.end <= 1 for d in view.get("DATE")):
        return None
    k = c.start - 1
    while k > view.sent.start and doc[k].lower_ in ("also", "then", "first", "originally"):
        k -= 1
    if doc[k].lower_ not in ("was", "were", "been"):
        return None
    k -= doc[k].lower_ == "been" and doc[k - 1].lower_ in ("has", "have", "had")
    m = next((m for m in measures if m.end <= k), None)
    if m is None or m.start > view.sent.start + 5 or any(a.start < c.start for a in view.get("ACTION")):
        return None
    between = range(m.end, k - (doc[k].lower_ == "been"))
    if not all(doc[x].ent_type_ in ("PRODUCT", "JURISDICTION") or doc[x].lower_ in SUBJECT_PHRASE_WORDS
               or (doc[x].is_lower and doc[x].is_alpha and doc[x].lower_ not in RELATIVE_WORDS | PASSIVE_AUX)
               for x in between):
        return None
    return m


def _later_clause(view: SentenceView, start: int, out: list[tuple[Span, str, str]]) -> Optional[int]:
    """The ', and' after `start` that opens a clause with a government of its own before every
    verb found ('..., and last week India imposed ...'), or None."""
    doc = view.doc
    actors = view.get("JURISDICTION") + view.get("AGENCY") + view.cues("GOVT")
    for k in range(start, view.sent.end - 2):
        if doc[k].text == "," and doc[k + 1].lower_ == "and":
            if all(a.start > k and any(k + 2 <= e.start and e.end <= a.start for e in actors) for a, _, _ in out):
                return k
            return None
    return None


def _responded_with(view: SentenceView, out: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
    """'Canada responded on March 4, 2025 with surtaxes of 25 per cent': the measure a government
    answered with, past the time words between ('reacted first' alone imposes nothing)."""
    doc, found = view.doc, []
    for c in view.cues("RESPONSE"):
        if any(a.start <= c.start < a.end for a, _, _ in out):
            continue
        w = next((k for k in range(c.end, min(view.sent.end, c.end + 10)) if doc[k].lower_ == "with"), None)
        # ('Bogotá answered the same month with a 30% tariff': a time phrase between)
        if w is None or not all(doc[k].ent_type_ == "DATE" or doc[k].lower_ in TIME_PHRASE_WORDS | PERIOD_NOUNS | {","}
                                or doc[k].lower_.endswith("ly") for k in range(c.end, w)):
            continue
        if any(w < m.start <= w + 4 and all(doc[x].ent_type_ == "FIGURE" or doc[x].is_lower for x in range(w + 1, m.start))
               for m in view.get("MEASURE")) and not _hedged(view, c):
            found.append((c, "impose", "main"))
    return found


def _decided_subject(view: SentenceView, out: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
    """'A 15% duty approved in October 2025 was suspended in November': the participle right after
    the subject measure dates its decision, a step of its own before the one the sentence tells."""
    doc = view.doc
    relaxed = [a for a, act, kind in out if a.label_ == "ACTION" and ACTION_FAMILY.get(act) in ("relax", "extend")
               and kind == "main"]
    for c in view.cues("ANNOUNCE"):
        if c.text.lower() not in DECIDED or not any(m.end == c.start for m in view.get("MEASURE")):
            continue
        d = next((d for d in view.get("DATE") if c.end <= d.start <= c.end + 1), None)
        if d is None or explicit_year(d.text) is None:
            continue
        if any(d.end <= a.start <= d.end + 2 and all(doc[k].lower_ in PASSIVE_AUX for k in range(d.end, a.start))
               for a in relaxed):
            return [(c, "impose", "historical")]
    return []


GAP_FILLERS = {"the", "its", "their", "on", "of", "for", "exports", "imports", "export", "import"}


def _gapped_steps(view: SentenceView, out: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
    """'scrapped the diesel curbs in October and the gasoline ban in November': a second object
    with its own date after 'and', the verb left out, is a second step of the same kind,
    triggered by the second measure; its clause starts right after the 'and' (view.gapped)."""
    doc, found = view.doc, []
    dates = view.get("DATE")
    for a, act, kind in out:
        if a.label_ != "ACTION" or kind != "main":
            continue
        first = next((d for d in dates if d.start > a.end), None)
        if first is None or any(a.end <= b.start < first.start for b in view.get("ACTION")):
            continue
        k = first.end
        if k < view.sent.end - 1 and doc[k].lower_ == "that" and doc[k + 1].lower_ == "year":
            k += 2  # ('in October that year and ...')
        if k >= view.sent.end or doc[k].lower_ != "and":
            continue
        m = next((m for m in view.get("MEASURE") if k < m.start <= k + 5), None)
        if m is None or not all(doc[x].lower_ in GAP_FILLERS or doc[x].ent_type_ in ("PRODUCT", "JURISDICTION")
                                for x in range(k + 1, m.start)):
            continue
        second = next((d for d in dates if m.end <= d.start <= m.end + 6), None)
        if second is None or not all(doc[x].lower_ in GAP_FILLERS | {"in", "from", "since"}
                                     or doc[x].ent_type_ in ("PRODUCT", "JURISDICTION") for x in range(m.end, second.start)):
            continue
        if second.end < view.sent.end and not (doc[second.end].is_punct or doc[second.end].lower_ in ("and", "but")):
            continue  # ('and the gasoline ban in November was reimposed': a clause with its own verb)
        view.gapped[m.start] = k + 1
        found.append((m, act, "main"))
    return found


def _dated_noun_measure(view: SentenceView, m: Span) -> bool:
    """A ban named with the year it began ("Tanzania's 2023 ban", 'its 2019 embargo'), a
    government's ban on goods followed by 'in <month> <year>', or a government's duty told at a
    rate from a day ("Egypt's safeguard duty on billets is 19% from 2 August 2026")."""
    doc = view.doc
    if m.ent_id_ in RATED_NOUN_TYPES:
        k = m.start - 1  # ("Egypt's definitive safeguard duty": past the adjectives)
        while k > view.sent.start and m.start - k <= 3 and doc[k].is_lower and doc[k].is_alpha:
            k -= 1
        # ('the Section 232 duty on steel has been 50% since June 2025': an instrument only one
        # government uses names the owner as well)
        owned = (k > view.sent.start and doc[k].lower_ == "'s" and doc[k - 1].ent_type_ == "JURISDICTION") or any(
            c.end == k + 1 for c in view.cues("OWNER"))
        return owned and _rate_with_start(view, m)
    if _owned_in_force(view, m):
        return True
    if m.ent_id_ not in DATED_NOUN_TYPES:
        return False
    before = next((d for d in view.get("DATE") if d.end == m.start and d.ent_id_ == "year_only"), None)
    if before is not None:
        k = before.start - 1
        # ('during the 2025 ban' is a time told by the ban, not its imposition)
        return k >= view.sent.start and doc[k].lower_ in ("its", "their", "'s")
    k = m.start - 1
    if not (k > view.sent.start and doc[k].lower_ == "'s" and doc[k - 1].ent_type_ == "JURISDICTION"):
        return False
    j = _past_goods(view, m.end, (",",))
    return any(d.start == j and d.text.lower().startswith("in ") and explicit_year(d.text) is not None
               for d in view.get("DATE"))


IN_FORCE_WORDS = (("has", "been", "in", "force"), ("have", "been", "in", "force"), ("has", "been", "in", "place"),
                  ("have", "been", "in", "place"), ("has", "been", "in", "effect"), ("has", "applied"), ("have", "applied"))


def _owned_in_force(view: SentenceView, m: Span) -> bool:
    """"China's safeguard, country quotas with an extra 55 per cent above them, has been in force
    from the first of January": a government's measure, past an aside, in force from a day."""
    doc, k = view.doc, m.start - 1
    if not (k > view.sent.start and doc[k].lower_ == "'s" and doc[k - 1].ent_type_ == "JURISDICTION"):
        return False
    j = m.end
    if j < view.sent.end and doc[j].text == ",":
        j = next((x + 1 for x in range(j + 1, min(view.sent.end, j + 16)) if doc[x].text == ","), j)
    words = next((w for w in IN_FORCE_WORDS if tuple(t.lower_ for t in doc[j:j + len(w)]) == w), None)
    if words is None:
        return False
    j += len(words)
    return any(d.start in (j, j + 1) and (d.text.lower().startswith(("from", "since")) or doc[j].lower_ in ("from", "since"))
               for d in view.get("DATE"))


DATED_NOUN_TYPES = {"export_ban", "import_ban", "ban"}
RATED_NOUN_TYPES = {"import_tariff", "export_duty", "import_tariff_weak"}
COPULAS = {"is", "are", "will be", "has been", "have been"}


def _past_goods(view: SentenceView, j: int, also: tuple[str, ...] = ()) -> int:
    """The first token from `j` past the goods and flows a measure names ('on gold and copper
    concentrate exports from Kenya')."""
    doc = view.doc
    while j < view.sent.end and (doc[j].ent_type_ in ("PRODUCT", "JURISDICTION") or doc[j].lower_ in FLOW_WORDS
                                 or doc[j].lower_ in ("on", "of", "and", "from") + also):
        j += 1
    return j


def _rate_with_start(view: SentenceView, m: Span) -> bool:
    """"Egypt's definitive safeguard duty on steel billets and rebar is 19%, for three years, from
    2 August 2026": a government's duty, its rate and the day it began, with no verb of a step."""
    doc = view.doc
    j = _past_goods(view, m.end)
    if j < view.sent.end and doc[j].text == ",":
        # (past an aside: "the EU's duty on nitrogen fertiliser, the per-tonne part of it, has been ...")
        j = next((k + 1 for k in range(j + 1, min(j + 9, view.sent.end)) if doc[k].text == ","), j)
    verb = next((c for c in COPULAS if doc[j:j + len(c.split())].text.lower() == c), None)
    if verb is None:
        return False
    k = j + len(verb.split())
    # (or an amount per unit: 'has been 40 euros a tonne since July last year')
    rate = next((g for g in view.get("FIGURE") if g.start == k and (g.ent_id_ == "percent" or "_per_" in g.ent_id_)), None)
    return rate is not None and any(
        rate.end <= d.start <= rate.end + 8 and (d.text.lower().startswith(("from ", "since "))
                                                 or doc[d.start - 1].lower_ in ("from", "since"))
        for d in view.get("DATE"))


REPORT_NOUNS = {"results", "data", "figures", "statistics", "forecast", "forecasts", "estimates"}
CHANGE_NOUNS = {"changes", "amendments", "adjustments", "revisions"}
DECIDED = {"announced", "unveiled", "approved", "adopted", "finalised", "finalized", "ordered", "signed", "decided",
           "issued", "proclaimed", "proclaims"}  # participles that tell a measure was decided ('unveiled 25% tariffs on steel')
QUOTA_RELEASED = {"released"}  # ('released a quota of 3.3 million tonnes': a volume opened, a quota set)
PRODUCT_STATES = {"frozen"}  # participles that name a product's state far more often than a step
# words between a subject and its verb that the subject test skips ("the Commission later suspended it")
# 'face lower duties', 'offered lower rates to makers': what goods bear, so 'lower' is an adjective
BEARING_VERBS = {"face", "faces", "faced", "facing", "pay", "pays", "paid", "paying", "enjoy", "enjoys", "enjoyed",
                 "attract", "attracts", "attracted", "offer", "offers", "offered", "get", "gets", "got", "with"}
PARTICIPLE_ASIDE_WORDS = {"set", "put", "cut", "first", "originally", "initially", "last", "up", "down"}  # (", up from 8%,")
SUBJECT_VERB_GAP = {"later", "also", "then", "again", "has", "have", "had", "once", "subsequently", "since"}
HABITUAL = {"normally", "usually", "typically", "generally", "ordinarily", "routinely", "still"}
STANDING_VERBS = {"remain", "remains", "remained", "stay", "stays", "stayed"}
CONTINUING = {"continue", "continues", "continued", "still"}  # 'continues to require permits'
FLOW_OBJECTS = {"imports", "exports", "import", "export", "shipments", "sales", "all", "any", "importation", "exportation"}
DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "any", "no"}
PRONOUNS = {"it", "they", "he", "she", "we"}
OBJECT_PRONOUNS = {"it", "them"}  # 'suspended it', 'replaced it with', 'kept it in place'
SUBJECT_PRONOUNS = {"it", "they"}  # 'It was made definitive in 2019', 'They were extended until June'
PASSIVE_AUX = {"was", "were", "been", "is", "are", "be"}
PERFECT_AUX = {"has", "have", "had"}
# words between a postponing verb and the step it puts off ('pushing back by one year the planned increases')
PUT_OFF_FILLERS = {"planned", "scheduled", "proposed", "further", "new", "next", "second", "looming", "threatened",
                   "one", "year", "month", "months", "years", "weeks"}
RELATIVE_FILLERS = PRONOUNS | PERFECT_AUX | {"that", "which", "already", "been"}
RELATIVE_WORDS = {"which", "that", "who", "whose", "where"}  # words that open a relative clause
HISTORY_LEADS = {"which", "that", "first", "initially", "previously", "originally", "earlier", "had", "were",
                 "was", "been", "already", "once"}


QUOTA_LEADS = ("within", "under", "subject to")  # 'only within a quota of', 'subject to a quota of'


def _capping_quota(view: SentenceView, m: Span) -> bool:
    """'within a quota of', 'under a quota', 'subject to a quota': a cap on what the step lets
    through ('move to a quota system' is none)."""
    j = view.word_before(m.start)
    k = view.word_before(j) if j is not None else None
    if k is None or view.doc[j].lower_ not in ("a", "an", "the"):
        return False
    lead = view.doc[k].lower_
    if lead == "to" and k > view.sent.start:
        lead = f"{view.doc[k - 1].lower_} to"
    return lead in QUOTA_LEADS


def _quota_on_lift(view: SentenceView, m: Span, out: list) -> bool:
    """A capping quota named after a lift in its sentence, no action's own object."""
    return _capping_quota(view, m) and any(act == "lift" and a.end <= m.start for a, act, _ in out) \
        and not any(a.start <= m.start < a.end + 3 for a, _, _ in out)


def _modifies_product(view: SentenceView, a: Span) -> bool:
    """'on frozen bone-in chicken', 'Frozen American beef will pay ...': a participle between a
    preposition (or the start of the sentence) and a product."""
    j = view.word_before(a.start)
    if a.text.lower() in PRODUCT_STATES and not any(
            k is not None and view.doc[k].lower_ in PASSIVE_AUX | PERFECT_AUX
            for k in (j, view.word_before(a.start, 1))):
        # 'Frozen American beef', 'U.S. frozen cuts': how the goods are kept ('tariffs frozen until 2026' is a step)
        # ('the tariff on frozen and chilled beef': another state of the same goods follows)
        paired = a.end + 1 < view.sent.end and view.doc[a.end].lower_ in ("and", "or") and any(
            p.start in (a.end + 1, a.end + 2) for p in view.get("PRODUCT"))
        return paired or (a.end < view.sent.end and view.doc[a.end].is_alpha and view.doc[a.end].lower_ not in
                          PREPOSITION_CUES | DETERMINERS | {"for", "at", "in", "on", "as", "and", "or", "again",
                                                            "indefinitely"})
    if j is not None and view.doc[j].lower_ in ("and", "or") and j > view.sent.start and \
            view.doc[j - 1].is_lower and not view.doc[j - 1].ent_type_:
        j = view.word_before(j - 1)  # 'on both chilled and frozen beef'
    if j is not None and view.doc[j].lower_ not in ("on", "of", "for", "in", "the", "from", "with", "as", "both"):
        return False
    starts = {p.start for p in view.get("PRODUCT")}
    for k in range(a.end, min(a.end + 4, view.sent.end)):
        if k in starts:
            return True
        t = view.doc[k]
        if t.ent_type_ == "JURISDICTION" and j is None:
            continue  # ('Frozen American beef')
        if t.ent_type_ or view.has_cue_at("DEFINITE", k) or t.lower_ in ("a", "an") or not (
                t.is_alpha and t.is_lower or t.text == "-"):
            return False  # 'and scrapped the remaining gasoline curbs' is a verb with its object
    return False


def _describes_earlier(view: SentenceView, trig: Span) -> bool:
    """In a sentence that relaxes a measure, 'restrictions imposed in 2024', 'which were
    introduced in December' describe the measure's past; 'and set a floor price' is news."""
    if _passive_object(view, trig, view.get("MEASURE")) is not None:
        return True
    j = view.word_before(trig.start)
    k = view.word_before(j) if j is not None else None
    if k is not None and view.doc[j].lower_ in ("it", "they") and view.doc[k].ent_type_ in ("MEASURE", "ACTION") \
            and view.definite_before(k):
        return True  # ('lifted the suspension it imposed in July 2024 on imports of ...': a contact clause)
    for skip in range(3):
        j = view.word_before(trig.start, skip)
        if j is None:
            break
        if view.doc[j].lower_ in HISTORY_LEADS:
            return True
        if view.doc[j].lower_ in ("and", "to", "will", "would"):
            return False
    return False


SCHEDULE_WORDS = {"due", "scheduled", "set", "slated", "meant", "supposed", "expected"}


def _scheduled(view: SentenceView, trig: Span) -> bool:
    """'due to apply from 1 March', 'scheduled to take effect': a step planned, not taken."""
    j = view.word_before(trig.start)
    k = view.word_before(j) if j is not None else None
    return k is not None and view.doc[j].lower_ == "to" and view.doc[k].lower_ in SCHEDULE_WORDS


def _is_title_case(view: SentenceView) -> bool:
    """A headline in title case; a sentence full of names still has its verbs in lower case
    ('The Ministry of Commerce ... published the revised Catalogue of Technologies ...')."""
    words = [t for t in view.sent if t.is_alpha and len(t) > 3]
    lower = sum(1 for t in words if t.is_lower and len(t) > 4)
    return bool(words) and sum(t.text[0].isupper() for t in words) >= 0.6 * len(words) and lower <= 1


BACKGROUND_LEADS = {"after", "following", "since", "because", "when"}


def _defines_instrument(view: SentenceView, a: Span) -> bool:
    """'the affiliates rule, the Commerce Department regulation that extends Entity List
    restrictions to subsidiaries': a present-tense verb in a relative clause of an appositive
    says what an instrument does, not a step. ('signed an order that lowers the tariff' is the
    step: the order is what was signed.)"""
    if not _present_simple(a):
        return False
    rel = view.word_before(a.start)
    head = view.word_before(rel) if rel is not None else None
    if head is None or view.doc[rel].lower_ not in ("that", "which") or \
            not view.cue_end.get(head + 1, set()) & {"INSTRUMENT"}:
        return False
    det = next((k for k in range(head - 1, max(view.sent.start, head - 7) - 1, -1)
                if view.doc[k].lower_ in ("the", "a", "an") or view.doc[k].is_punct), None)
    return det is not None and view.doc[det].lower_ in ("the", "a", "an") and det > view.sent.start \
        and view.doc[det - 1].text in (",", "—", "–", "(")


def _background(view: SentenceView, a: Span) -> bool:
    """'introduced in July 2018 after the United States imposed tariffs': a past event the
    sentence explains by, kept only when it carries its own date."""
    return _background_lead(view, a) is not None


def _background_lead(view: SentenceView, a: Span, leads=BACKGROUND_LEADS) -> Optional[int]:
    """Where the clause of a background step opens ('after' in 'after India on Monday eased')."""
    for k in range(max(view.sent.start, a.start - 6), a.start):
        if view.doc[k].lower_ in leads:
            return k if any(view.doc[j].ent_type_ in ("JURISDICTION", "AGENCY") for j in range(k + 1, a.start)) else None
    return None


def _appositive_noun(view: SentenceView, a: Span) -> bool:
    """', a dramatic reversal of ...': an action noun in an aside that describes the step before
    (not ', a ban it suspended for pasta in September 2023', where a subject makes it a verb)."""
    j = view.word_before(a.start)
    if j is not None and view.doc[j].lower_ in ("it", "they", "he", "she", "we"):
        return False
    for skip in range(3):
        j = view.word_before(a.start, skip)
        if j is None:
            return False
        if view.doc[j].lower_ in ("a", "an"):
            k = view.word_before(j)
            return k is not None and view.doc[k].text in (",", "—", "–", "-")
        if not view.doc[j].is_lower:
            return False
    return False


CONDITIONALS = {"if", "unless", "whether"}


NEGATION_GAP = {"to", "be", "been", "yet", "immediately", "formally", "fully", "already", "actually", "has", "have", "had",
                "will", "would", "did", "does", "do", "is", "are", "was", "were"}


def _lower_word_or_figure(t) -> bool:
    """'the remaining 10%': lower-case words and the figures of a rate."""
    return t.ent_type_ == "FIGURE" or (t.is_alpha and t.is_lower)


QUOTE_MARKS = ('"', "“", "”", "‘", "’", "'")  # ("the 10% 'fentanyl' tariff": a name quoted in a noun phrase)
RESPONSE_VERBS = {"answered", "responded", "retaliated", "reacted", "replied", "hit", "struck"}  # '... back by imposing'
# ('Beijing followed on Friday.': a government that answered, or simply moved, on a day)
LEAD_VERBS = RESPONSE_VERBS - {"hit", "struck"} | {"followed", "moved", "acted"}


def _plain_word(t) -> bool:
    """A lower-case word that is no entity: 'price' in 'the reference price was lowered'."""
    return t.is_alpha and t.is_lower and not t.ent_type_


def _in_measure_phrase(view: SentenceView, m: Span, head: int, halt: bool = False) -> bool:
    """'The customs duty on steel and intermediate goods has been abolished': the noun before the
    verb ends the measure's own 'on ...' phrase; the measure, not 'goods', is the subject. A halt's
    phrase holds the measure halted and its list of goods ('The suspension of its ban on shipping
    gallium, germanium and antimony to the United States')."""
    doc = view.doc
    inner = ("ACTION",) if halt else ("ACTION", "MEASURE")
    return m.end < head <= m.end + (20 if halt else 12) and doc[m.end].lower_ in ("on", "of", "for") and not any(
        doc[k].ent_type_ in inner or doc[k].lower_ in RELATIVE_WORDS or not (
            doc[k].is_alpha or doc[k].ent_type_ or doc[k].text in ("-", "&")
            or (halt and doc[k].text == "," and doc[k + 1].ent_type_ == "PRODUCT"))
        for k in range(m.end + 1, head + 1))


def _date_opened_by(view: SentenceView, d: Span, word: str) -> bool:
    """'since October 2023', 'from August 27': a date the word opens, in its span or just before it."""
    return d.text.lower().startswith(word) or (d.start > view.sent.start and view.doc[d.start - 1].lower_ == word)


def _since(view: SentenceView, d: Span) -> bool:
    """'since October 2023': the date a standing measure began."""
    return _date_opened_by(view, d, "since")


def _from_date(view: SentenceView, d: Span) -> bool:
    """'from August 27': the day something applies as from."""
    return _date_opened_by(view, d, "from")


def _paid_in_past(a: Span) -> bool:
    """'faced', 'carried', 'paid': a paying verb told in the past."""
    return a.text.lower().endswith(("ed", "paid"))


def _measure_after(view: SentenceView, a: Span, reach: int) -> Optional[Span]:
    """The first measure within `reach` words after `a`, a figure counting as one word ('paid a
    50-per-cent U.S. tariff')."""
    reach += sum(len(g) - 1 for g in view.get("FIGURE") if a.end <= g.start < a.end + reach)
    return next((m for m in view.get("MEASURE") if a.end <= m.start <= a.end + reach), None)


def _standing_since(view: SentenceView, a: Span, m: Span) -> bool:
    """'have paid a 10% tariff since April 5', 'Since 1 August 2024, those purchases pay a 20% tax':
    a standing measure with the date it began, after its measure or opening the sentence."""
    # (', and since Oct. 14 last year they have also paid ...': or opening the verb's clause)
    return _since_after(view, a, m.end) or any(_since(view, d) and d.end < a.start and (
        d.start <= view.sent.start + 1 or (a.start - d.end <= 6 and d.start > view.sent.start and (
            view.doc[d.start - 1].text in (",", ";") or _comma_and(view, d.start - 1))))
        for d in view.get("DATE"))


ENTRY_VERBS = {"enter", "enters", "entering", "entered", "come", "comes", "coming", "came"}


def _perfect_since(view: SentenceView, a: Span, end: Optional[int] = None, reach: int = 8) -> bool:
    """'has kept tariffs on most steel imports since 2018', 'have applied to European metal since
    June 1, 2018': a verb in the perfect with the date its measure stands since, within `reach`
    tokens of `end` (the verb's own end by default): the imposition told, not a new step."""
    j = view.word_before(a.start)
    return j is not None and view.doc[j].lower_ in PERFECT_AUX and _since_after(view, a, end, reach)


DECISION_WORDS = {"decision", "decided", "decides", "decide", "voted", "votes", "agreed", "ruled", "approved"}


def _renewed_on(view: SentenceView, a: Span) -> bool:
    """'the duties were continued in 2019', '... were continued for five years': a dated renewal
    told in the passive."""
    return a.text.lower() == "continued" and view.doc[a.start - 1].lower_ in PASSIVE_AUX and any(
        0 <= d.start - a.end <= 1 for d in view.get("DATE") + view.get("DURATION"))


def _taxed_from(view: SentenceView, a: Span) -> bool:
    """'The Union taxed it at 25% from 22/06/2018': a levy told with the day it began."""
    doc = view.doc
    at = next((k for k in range(a.end, min(view.sent.end - 1, a.end + 5)) if doc[k].lower_ == "at"), None)
    fig = next((g for g in view.get("FIGURE") if at is not None and g.start == at + 1), None)
    return fig is not None and not any(doc[k].text in (",", ";") for k in range(a.end, at)) and any(
        d.start == fig.end and d.root.i >= d.start and doc[d.start].lower_ in ("from", "since")
        or (d.start == fig.end + 1 and doc[fig.end].lower_ in ("from", "since")) for d in view.get("DATE"))


def _since_after(view: SentenceView, a: Span, end: Optional[int] = None, reach: int = 8) -> bool:
    """A 'since' date after `a`, within `reach` tokens of `end` (`a`'s own end by default): 'have
    needed licences since August 1', 'has applied to European metal since June 1, 2018'."""
    end = a.end if end is None else end
    return any(a.end <= d.start <= end + reach and _since(view, d) for d in view.get("DATE"))


def _extends_pause(entry: tuple[Span, str, str]) -> tuple[Span, str, str]:
    """The action before, read as extending a suspension ('extend the suspension', 'extends
    cotton import duty waiver'): its kind carries '+suspension'."""
    trig, _, kind = entry
    return trig, "extend", kind.split("+")[0] + "+suspension"


def _postponed_step(view: SentenceView, prev_end: int, a: Span, act: str) -> bool:
    """'postponed the tariff increase', 'delayed a planned hike in steel duties', 'pushing back
    by one year the increases': the noun after a postponement names the step put off."""
    if ACTION_FAMILY.get(act.split("_")[0]) != "restrict" or a.text.lower().endswith(("ed", "ing")):
        return False
    if a.start - prev_end > 7:
        return False
    doc = view.doc
    return all(doc[k].lower_ in DETERMINERS or doc[k].lower_ in PUT_OFF_FILLERS or doc[k].lower_ == "by"
               or doc[k].ent_type_ in ("MEASURE", "DURATION", "JURISDICTION", "FIGURE") or doc[k].like_num
               for k in range(prev_end, a.start))


def _past_date_phrase(view: SentenceView, k: int) -> int:
    """Where a verb's object starts after a date set between them ('notified on 27 February a
    provisional duty'); `k` itself when no date comes first."""
    doc, j = view.doc, k
    if j < view.sent.end and doc[j].lower_ in ("on", "in", "last", "this"):
        j += 1
    if j >= view.sent.end or doc[j].ent_type_ != "DATE":
        return k
    while j < view.sent.end and doc[j].ent_type_ == "DATE":
        j += 1
    return j


def _words_between(view: SentenceView, start: int, end: int) -> int:
    """Words between two tokens, not counting figures and names ('a 25% Section 232 tariff') or
    the unit of a hyphened amount ('a flat 3-euro customs duty')."""
    doc = view.doc
    return sum(1 for k in range(start, end) if not (
        doc[k].ent_type_ == "FIGURE" or doc[k].like_num or doc[k].is_title or doc[k].is_upper or doc[k].is_punct
        or (k - 2 >= start and doc[k - 1].text == "-" and doc[k - 2].like_num)))


TIME_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days"}
PERIOD_NOUNS = {"day", "week", "month", "year", "time"}
LETTING = {"let", "lets", "allowed", "allow", "allows", "allowing"}
TIME_PHRASE_WORDS = {"for", "the", "same", "period", "from", "to", "until", "till", "through", "between", "and",
                     "with", "effect", "as", "of", "on", "in", "a", "an", "its", "their", "next", "coming", "also"}


def _time_phrases_only(view: SentenceView, start: int, end: int) -> bool:
    """'establishes, for the same period, from 1 October 2025 to 31 March 2026, an export quota':
    only dates and the words of time phrases between a verb and its object."""
    while end - 1 > start and view.doc[end - 1].lower_ in DETERMINERS:
        end -= 1  # (', an export quota')
    if view.doc[start].lower_ == "by":
        # ('extended by one year, till July 5, 2027, the anti-dumping duty'): how long, then the aside
        start += 1
        while start < end and (view.doc[start].like_num or view.doc[start].lower_ in TIME_UNITS | {"a", "another"}):
            start += 1
    while start < end and view.doc[start].ent_type_ == "DURATION":
        start += 1  # ('extends for one year, through Nov. 10, 2027, the suspension')
    if any(d.start == start and d.end == end and _date_opened_by(view, d, "until") for d in view.get("DATE")):
        return True  # ('extended until November 27, 2027 the suspension of the ban')
    if end - start < 3 or view.doc[start].text != "," or view.doc[end - 1].text != ",":
        return False  # an aside set off by commas ('adopted on Monday, the export duty ...' is no aside)
    return any(view.doc[k].ent_type_ == "DATE" for k in range(start, end)) and all(
        view.doc[k].ent_type_ in ("DATE", "DURATION") or view.doc[k].is_punct and view.doc[k].text in (",", "-", "–")
        or view.doc[k].lower_ in TIME_PHRASE_WORDS for k in range(start, end))


def _in_whose_clause(view: SentenceView, a: Span) -> bool:
    """'the list of companies whose goods are stopped at the border': a verb in a 'whose' clause
    tells what applies to those named, no step."""
    doc = view.doc
    # ('... to the goods whose importation is prohibited' names the ban the goods join)
    if ACTION_FAMILY.get(a.ent_id_) == "restrict":
        return False
    return any(doc[k].lower_ == "whose" for k in range(max(view.sent.start, a.start - 5), a.start)) and not any(
        doc[k].text in (",", ";") for k in range(max(view.sent.start, a.start - 5), a.start))


DEAL_NOUNS = {"deal", "agreement", "pact", "accord", "treaty"}


def _deal_takes_effect(view: SentenceView, a: Span, measures: list[Span]) -> bool:
    """'when the UK trade deal kicked in last month', 'the day its partnership agreement with the EU
    took effect': a deal that starts to apply is the occasion of the steps it brings, none itself."""
    if not _starts_to_apply(a.text.lower()):
        return False
    j = view.word_before(a.start)
    while j is not None and j > view.sent.start and view.doc[j].lower_ in AUXILIARIES:
        j = view.word_before(j)
    if j is None or view.doc[j].lower_ not in DEAL_NOUNS:
        # ('its partnership agreement with the EU took effect': the deal's partner after it)
        k = next((k for k in range(max(view.sent.start, a.start - 6), a.start) if view.doc[k].lower_ in DEAL_NOUNS), None)
        if k is None or not all(view.doc[x].lower_ in ("with", "the") or view.doc[x].ent_type_ == "JURISDICTION"
                                for x in range(k + 1, a.start)):
            return False
        j = k
    return not any(j < m.start < a.start for m in measures)


EFFECT_NOUNS = {"cost", "costs", "impact", "effect", "effects"}


def _effect_measured(view: SentenceView, a: Span) -> bool:
    """'the cost of the toy pause', 'the impact of the tariff cut': a step noun whose cost or
    effect a sentence weighs is told, not taken."""
    j, words = view.word_before(a.start), 0
    while j is not None and j > view.sent.start and (view.doc[j].lower_ in DETERMINERS | {"its", "their"}
                                                     or view.doc[j].ent_type_ in ("PRODUCT", "MEASURE", "JURISDICTION")
                                                     or (view.doc[j].is_lower and view.doc[j].is_alpha and words < 2
                                                         and view.doc[j].lower_ != "of")):
        words += view.doc[j].is_lower and not view.doc[j].ent_type_ and view.doc[j].lower_ not in DETERMINERS
        j = view.word_before(j)
    return j is not None and j > view.sent.start and view.doc[j].lower_ == "of" \
        and view.doc[j - 1].lower_ in EFFECT_NOUNS and not a.text.lower().endswith(("ed", "ing"))


def _told_in_passing(view: SentenceView, a: Span, measures: list[Span]) -> bool:
    """'after the tariffs were imposed', 'since the ban was introduced': a participle that
    recalls a measure in a clause of time, with no date of its own, is no step."""
    low = a.text.lower()
    past_start = low.startswith(PAST_EFFECT_VERBS) and _starts_to_apply(low)  # ('after the duties took effect')
    if not (low.endswith(("ed", "en")) or past_start) or any(a.end <= d.start <= a.end + 6 for d in view.get("DATE")):
        return False
    if any(0 < a.start - m.end <= 4 and view.doc[m.end].lower_ in ("that", "which") and {"had", "been"} <= {
            view.doc[k].lower_ for k in range(m.end + 1, a.start)} and all(
            view.doc[k].lower_ in PASSIVE_AUX | {"had"} for k in range(m.end + 1, a.start)) for m in measures):
        return True  # ('easing curbs that had been tightened during an autumn supply crunch': background)
    m = next((m for m in measures if 0 <= a.start - m.end <= 3 and all(
        view.doc[k].lower_ in PASSIVE_AUX | {"had", "has", "have", "first"} for k in range(m.end, a.start))), None)
    if m is None or not view.definite_before(m.start):
        return False
    j = view.word_before(m.start)
    while j is not None and j > view.sent.start and (view.has_cue_at("DEFINITE", j) or view.is_possessive(j)
                                                     or view.doc[j].ent_type_ == "JURISDICTION"):
        j = view.word_before(j)
    return j is not None and view.doc[j].lower_ in ("after", "before", "since", "when", "once", "until", "as")


def _granted_volume(view: SentenceView, a: Span) -> Optional[Span]:
    """The volume a verb of letting lets across the border: 'will let its mills export 1 million
    tonnes of sugar', 'allows 13,000 tonnes of beef imports'. None for 'allowed exports to resume'."""
    limit = a.label_ == "ACTION" and a.ent_id_ == "impose_limit"
    if not limit and not any(c.start < a.end and a.start < c.end for c in view.cues("ALLOW")):
        return None  # ('will allow' holds the cue 'allow')
    # 'will limit wheat exports outside the Eurasian union to 10.6 million tonnes', 'cap ... at'
    # ('allows millers and traders with permits to import up to 400,000 tonnes': past who is let)
    vol = next((v for v in view.get("VOLUME") if a.end <= v.start <= a.end + (14 if limit else 12)
                and (not limit or view.doc[v.start - 1].lower_ in ("to", "at") or (  # ('a cap of 150,000 units')
                    view.doc[v.start - 1].lower_ == "of" and a.text.lower() in ("cap", "ceiling", "limit")))
                and not any(view.doc[k].lower_ in OBJECT_BREAK for k in range(a.end, v.start))), None)
    if vol is None:
        return None
    flows = view.cues("EXPORT_CTX") + view.cues("IMPORT_CTX")
    # ('Export of wheat shall be permitted within an aggregate quantity of 20,00,000 MT')
    if not any(a.end <= c.start <= vol.end + 6 for c in flows) and view.doc[a.end].lower_ not in ("in", "into") \
            and not _flow_subject(view, a) and _licences_capped(view, a) is None:
        return None
    return vol


def _licences_capped(view: SentenceView, a: Span) -> Optional[Span]:
    """'Licenses for advanced AI chips going to Malaysia ... will be capped at 50,000 units': the
    licences, subject of the passive cap (returned)."""
    j = _before_adverbs(view, a.start)
    while j is not None and view.doc[j].lower_ in PASSIVE_AUX | FUTURE_AUX:
        j = view.word_before(j)
    if j is None or a.text.lower() not in ("capped", "limited"):
        return None
    return next((m for m in view.get("MEASURE") if m.ent_id_ == "licensing" and m.end <= j + 1
                 and j + 1 - m.end <= 14 and not any(view.doc[k].text in (";", ":") for k in range(m.end, a.start))), None)


def _refused_since(view: SentenceView, a: Span) -> bool:
    """'India has not allowed sugar exports since October 2023': a negated letting with the
    date it began is a ban, told as the state it has been in."""
    return any(c.start <= a.start < c.end for c in view.cues("ALLOW")) \
        and any(c.end <= a.start and a.start - c.end <= 2 for c in view.cues("NEGATION")) \
        and _since_after(view, a)


def _meant_to_take_effect(c: Span, a: Span) -> bool:
    """'was meant to take effect on 1 April': a start scheduled, neither a purpose nor a hedge."""
    return c.text.lower() == "meant to" and _takes_effect(a)


REQUEST_WORDS = {"asking", "asked", "asks", "ask", "urging", "urged", "urges", "demand", "demands", "demanded",
                 "demanding", "request", "requests", "requested", "requesting", "proposed", "proposes", "proposal",
                 "recommended", "recommends", "recommendation", "calls", "called", "calling", "insists", "insisted"}


def _hedged(view: SentenceView, a: Span) -> bool:
    """'could impose', 'is considering a ban', and anything in an 'if ...' sentence before it;
    a negated verb ('has not stopped imports', 'will not extend the ban') reports no step."""
    # ('ordered that yarn could no longer be imported': the modal before 'no longer' reports the ban)
    # ('... that laptops could be imported only under licence': the modal of a permission)
    modal_ban = (a.text.lower().startswith("no longer ") or " only " in a.text.lower()) and a.start > view.sent.start \
        and view.doc[a.start - 1 - (view.doc[a.start - 1].lower_ == "be")].lower_ in (
            "could", "can", "may", "would", "will", "shall")
    # ('was meant to take effect on 1 April': a start scheduled, told as 'was due to' is)
    hedges = [c for c in view.cues("HEDGE") if not _describes_noun(view, c) and not _request_granted(view, c)
              and not _meant_to_take_effect(c, a) and not _in_compound_adjective(view, c)]
    # ('threatened in a July 7 letter to Prime Minister Shigeru Ishiba to raise the tariff': the infinitive is the threat's)
    infinitive = a.start > view.sent.start and view.doc[a.start - 1].lower_ == "to"
    # ('asking that remission be extended ... and that the counter-tariff be dropped': a bare 'be'
    # after its subject is what someone asks for)
    if a.start - 2 >= view.sent.start and view.doc[a.start - 1].lower_ == "be" \
            and view.doc[a.start - 2].ent_type_ in ("MEASURE", "PRODUCT") \
            and any(view.doc[k].lower_ == "that" and any(view.doc[x].lower_ in REQUEST_WORDS for x in range(
                max(view.sent.start, k - 20), k)) for k in range(max(view.sent.start, a.start - 8), a.start - 2)):
        return True

    def reaches(c: Span) -> bool:
        if any(view.doc[k].lower_ in BACKGROUND_LEADS for k in range(c.end, a.start)):
            return False  # ('Millers will seek wheat after India on Monday eased its ban': a step of its own)
        if a.start - 6 <= c.end <= a.start:
            return True
        return infinitive and a.start - 14 <= c.end and c.text.lower().endswith(("ed", "ens", "ing")) \
            and not any(view.doc[k].text == "," for k in range(c.end, a.start))
    if any(((c.end <= a.start and reaches(c) and not _clause_break(view, c.end, a.start)
             and c.id_ not in ("denied_after", "pending_after"))
            or (c.end <= a.start and c.text.lower() in CONDITIONALS
                and not any(view.doc[k].text in (":", ";") for k in range(c.end, a.start))))
           and not (modal_ban and a.start - 2 <= c.start < a.start) for c in hedges):
        return True
    if _conditional_modal(view, a):
        return True
    if any(c.id_ == "denied_after" and c.start >= a.end for c in view.cues("HEDGE")):
        return True  # 'A report ... that South Korea had also shut its market was denied
    if any(c.id_ == "pending_after" and c.start >= a.end and not _clause_break(view, a.end, c.start)
           for c in view.cues("HEDGE")):
        return True  # 'NICKEL ORE QUOTA CUT UNDER DISCUSSION', 'a cut ... is under consideration'
    # 'will stay in place until the United States removes its tariffs': a condition, not a step
    # ('had carried retaliatory duties from June 2019 until India dropped them': a government's
    # past verb tells what happened)
    past = a.text.lower().endswith("ed") or a.text.lower() in IRREGULAR_PAST
    for k in range(max(view.sent.start, a.start - 5), a.start):
        if view.doc[k].lower_ in ("until", "till", "unless") and view.doc[k + 1].ent_type_ != "DATE" \
                and not (past and view.doc[k].lower_ != "unless" and view.doc[k + 1].ent_type_ in ("JURISDICTION", "AGENCY")):
            return True
    # 'urged the government to go further and require licences': what is urged or proposed, to
    # the end of its clause
    # ('A bill introduced in the Senate ...': a verb inside the cue is the proposal's own)
    if any(c.id_ == "hedge_clause" and (c.end <= a.start and not _clause_break(view, c.end, a.start)
                                        or c.start <= a.start < c.end) for c in hedges) and not _relative_fact(view, a):
        return True
    return _negated(view, a) and _not_until(view, a) is None


def _moves_market_object(view: SentenceView, a: Span) -> bool:
    """'to ease costs', 'would cut output', 'raise the cost of': the verb's object, right after it
    (past a determiner), is a market quantity (MARKET_OBJECT), not a measure."""
    k = a.end
    if k < view.sent.end and view.doc[k].lower_ in DETERMINERS | {"its", "their", "his", "her", "our"}:
        k += 1
    # ('to ease tight domestic supplies': past the object's adjectives)
    for j in range(k, min(k + 3, view.sent.end)):
        if any(c.start == j for c in view.cues("MARKET_OBJECT")):
            return True
        if not (view.doc[j].is_lower and view.doc[j].is_alpha) or view.doc[j].ent_type_:
            break
    return False


def _restores(view: SentenceView, a: Span, measures: list[Span]) -> Optional[str]:
    """A 'restore' verb that puts back a duty, not a benefit: 'cut the bean rate to 30% ..., and
    then restored it to 33%' raises the rate told; 'China restores import tariffs of 3% to 6% on
    coal' imposes them again ('restores duty-free access' is relief: None)."""
    if not a.text.lower().startswith("restor"):
        return None
    doc = view.doc
    if a.end + 2 < view.sent.end and doc[a.end].lower_ in OBJECT_PRONOUNS | {"the"} and any(
            doc[g.start - 1].lower_ == "to" and a.end < g.start <= a.end + 5 for g in view.get("FIGURE")):
        return "raise"
    if any(a.end <= m.start <= a.end + 2 and m.ent_id_ in DUTY_MEASURES | {"ban", "import_ban", "export_ban"}
           and all(doc[k].is_lower and doc[k].ent_type_ != "PRODUCT" for k in range(a.end, m.start))
           and not (m.end + 1 < view.sent.end and doc[m.end].text in ("-", "–") and doc[m.end + 1].lower_ == "free")
           for m in measures):
        return "impose"
    return None


def _measure_moves_other(view: SentenceView, a: Span) -> bool:
    """'Ore export bans have lifted manufacturing exports', 'Higher export charges lower the
    farm-gate price': a measure as the active verb's subject, with an object after the verb that
    is no measure, raises or cuts something else."""
    doc, j = view.doc, view.word_before(a.start)
    perfect = j is not None and doc[j].lower_ in ("have", "has", "had")
    if perfect:
        j = view.word_before(j)
    k = a.end
    if j is None or doc[j].ent_type_ != "MEASURE" or k >= view.sent.end or " " in a.text:
        return False
    if doc[k].lower_ in ("the", "a", "an", "its", "their", "our"):  # (not 'the tariff cuts that ...')
        k += 1
    elif not perfect:
        return False  # ('tariff increases of up to 50%': a noun; 'the ban lifted on Monday': a passive)
    # (a noun follows: not 'has lifted on Monday', 'have raised to 25%')
    return k < view.sent.end and doc[k].is_alpha and doc[k].ent_type_ not in ("MEASURE", "DATE", "ACTION", "FIGURE") \
        and doc[k].lower_ not in PREPOSITION_CUES | {"on", "in", "at", "from", "by", "to", "for", "after", "and", "or",
                                                     "of", "up", "last", "this", "next", "again", "further"}


AGREEMENT_WORDS = {"agreement", "fta", "pact", "deal", "treaty", "accord"}


def _under_trade_agreement(view: SentenceView, a: Span) -> bool:
    """'will enter duty-free under the bilateral free-trade agreement', 'Under the free trade
    agreement between South Korea and the EU, German pork will enter duty-free': the standing
    terms of a trade agreement, no step (not '... under the agreement from 1 January')."""
    doc = view.doc
    under = next((k for k in range(a.end, min(view.sent.end, a.end + 3)) if doc[k].lower_ == "under"), None)
    if under is None and doc[view.sent.start].lower_ == "under":
        under = view.sent.start
    named = next((k for k in range(under + 1, min(view.sent.end, under + 10)) if doc[k].lower_ in AGREEMENT_WORDS),
                 None) if under is not None else None
    # (a day told after the cue dates a step; the agreement's own year, 'its 2015 agreement', does not)
    return named is not None and not any(d.start >= a.end and not under < d.start < named and d.ent_id_ != "duration"
                                         for d in view.get("DATE"))


def _conditional_modal(view: SentenceView, a: Span) -> bool:
    """'said it would scrap the new tariffs if it wins the election': a modal whose condition
    follows the verb reports no step; nor does what 'would have' happened 'without' a step
    ('Without the extension, relief would have ended on June 30')."""
    doc, j = view.doc, view.word_before(a.start)
    if j is not None and doc[j].lower_ == "have" and (h := view.word_before(j)) is not None \
            and doc[h].lower_ in ("would", "could", "might") and doc[view.sent.start].lower_ in ("without", "otherwise"):
        return True
    while j is not None and (doc[j].lower_.endswith("ly") or doc[j].lower_ in ("also", "then", "not")):
        j = view.word_before(j)
    return j is not None and doc[j].lower_ in ("would", "could", "might") and any(
        doc[k].lower_ in ("if", "unless") and not _clause_break(view, a.end, k) for k in range(a.end, view.sent.end))


def _in_compound_adjective(view: SentenceView, c: Span) -> bool:
    """'Indonesia's long-threatened ban ... came into force': a hedge word hyphened into an
    adjective describes the measure, it hedges no verb."""
    k = c.start
    return k - 1 > view.sent.start and view.doc[k - 1].text == "-" and not view.doc[k - 2].whitespace_ \
        and view.doc[k - 2].is_alpha


GRANTING_VERBS = {"agreed", "agrees", "accepted", "accepts", "approved", "approves", "granted", "grants", "heeded", "heeds"}


def _request_granted(view: SentenceView, c: Span) -> bool:
    """'agreed to Trinidad and Tobago's request to keep the duty suspension': a request granted
    is no hedge on the step it asks for. (A proposal backed or approved may still await the
    decision: 'member states backed a Commission proposal to cut the quota'.)"""
    doc = view.doc
    return c.text.lower() in ("request", "requests", "plea", "application", "applications") \
        and any(doc[k].lower_ in GRANTING_VERBS for k in range(max(view.sent.start, c.start - 8), c.start))


def _describes_noun(view: SentenceView, c: Span) -> bool:
    """'following a new investigation requested by UK producers, I have imposed ...': a
    participle with its agent describes a noun; it hedges nothing after it."""
    return c.text.lower().endswith("ed") and c.end < view.sent.end and view.doc[c.end].lower_ == "by" \
        and c.start > view.sent.start and view.doc[c.start - 1].lower_ not in PASSIVE_AUX | PERFECT_AUX


def _relative_fact(view: SentenceView, a: Span) -> bool:
    """'pressing the ministry to drop the duties it imposed in April': a relative clause on the
    measure tells a step already taken, whatever is urged around it."""
    return a.text.lower().endswith("ed") and _relative_measure(view, a, modifiers=6) is not None


def _relative_measure(view: SentenceView, a: Span, modifiers: int = 0) -> Optional[Span]:
    """The measure a relative clause hangs on: 'the duties it has charged since May', and, within
    `modifiers` words of what the measure is on, 'the duties on Chinese steel it imposed'."""
    doc = view.doc
    k = a.start
    while k > view.sent.start and doc[k - 1].lower_ in RELATIVE_FILLERS:
        k -= 1
    if k == a.start:
        return None
    j = k
    while j > view.sent.start and k - j < modifiers and (doc[j - 1].ent_type_ in ("PRODUCT", "JURISDICTION")
                                                         or doc[j - 1].lower_ in ("on", "of", "from", "against", ",")):
        j -= 1
    return next((m for m in reversed(view.get("MEASURE")) if j <= m.end <= k), None)


MEASURE_TAIL_WORDS = {"on", "of", "from", "against", "up", "to", "imports", "exports", "and", ","}


def _standing_object(view: SentenceView, a: Span) -> Optional[Span]:
    """The measure a perfect-tense relative clause dates: 'the 10% levy Ukraine has charged on
    sunflower seed exports since 1999', 'The deposits of 17.56% that Washington has collected ...
    since 7 May'."""
    doc = view.doc
    if not _perfect_since(view, a, reach=10):
        return None
    k = view.word_before(a.start)
    actor = next((e for e in view.get("JURISDICTION") + view.get("AGENCY") if e.end == k), None)
    if actor is not None:
        k = actor.start
    elif k > view.sent.start and doc[k - 1].lower_ in SUBJECT_PRONOUNS | {"we"}:
        k -= 1
    else:
        return None
    if k > view.sent.start and doc[k - 1].lower_ in ("that", "which"):
        k -= 1
    # back over what the measure is on and its figure: '... of up to 95.2% on Chinese graphite electrodes'
    ends = {m.end: m for m in view.get("MEASURE")}
    floor = max(view.sent.start, k - 14)
    while k > floor and k not in ends and (doc[k - 1].ent_type_ in ("PRODUCT", "JURISDICTION", "FIGURE")
                                           or doc[k - 1].lower_ in MEASURE_TAIL_WORDS or (
                                               _plain_word(doc[k - 1])
                                               and doc[k - 1].lower_ not in NOT_MODIFIERS | {"that", "which"})):
        k -= 1
    return ends.get(k)


def _negated(view: SentenceView, a: Span) -> bool:
    # ('neither country has raised tariffs', 'has never imposed')
    if any(view.doc[k].lower_ in ("neither", "never") for k in range(max(view.sent.start, a.start - 4), a.start)) \
            and not any(view.doc[k].text in (",", ";") for k in range(max(view.sent.start, a.start - 4), a.start)):
        return True
    # ('no duties have been imposed', 'no new tariffs were announced': a subject that is none)
    if any(0 < a.start - m.end <= 3 and _none_of(view, m)
           and all(view.doc[k].lower_ in AUXILIARIES | PASSIVE_AUX | {"yet"} for k in range(m.end, a.start))
           for m in view.get("MEASURE")):
        return True
    # ('No partner raises a tariff on that day', 'no country has imposed': a subject that is none)
    k = a.start - 1
    while k > view.sent.start and view.doc[k].lower_ in AUXILIARIES:
        k -= 1
    if k - 1 >= view.sent.start and _plain_word(view.doc[k]) and view.doc[k - 1].lower_ == "no":
        return True
    if k >= view.sent.start and view.doc[k].lower_ in ("nobody", "none"):
        return True  # ('Nobody is putting a quota on Chinese washing machines')
    # ('Japan and South Korea charge no tariff on them', 'imposed no new duties': an object that is none)
    if any(0 <= m.start - a.end <= 2 and _none_of(view, m) for m in view.get("MEASURE")):
        return True
    return any(c.end <= a.start and all(view.doc[k].lower_ in NEGATION_GAP for k in range(c.end, a.start))
               and a.start - c.end <= 2 for c in view.cues("NEGATION"))


def _none_of(view: SentenceView, m: Span) -> bool:
    """'no duties', 'no new tariffs': a measure named to say there is none."""
    k = m.start - 1
    if k > view.sent.start and view.doc[k].lower_ != "no" and _plain_word(view.doc[k]):
        k -= 1
    return k >= view.sent.start and view.doc[k].lower_ == "no"


def _not_until(view: SentenceView, a: Span) -> Optional[Span]:
    """'Beijing did not lift the suspension until Dec. 15', 'was not lifted until 2013': the
    step was taken, on the date 'until' names."""
    if not _negated(view, a):
        return None
    for k in range(a.end, min(view.sent.end - 1, a.end + 8)):
        word = view.doc[k]
        if word.lower_ in ("until", "till"):
            return next((d for d in view.get("DATE") if d.start in (k, k + 1)), None)
        if word.text in (",", ";", "and", "but"):
            return None
    return None


SUBJECT_HEDGES = {"could", "may", "might"}
SUBJECT_AUX = PERFECT_AUX | {"is", "are", "was", "were"}


def _hedged_subject(view: SentenceView, a: Span) -> bool:
    """'an exemption for coffee could be limited to ...', 'A promised one-year pause of the
    controls has not yet been published': an indefinite noun whose verb is a modal or negated
    names no step taken."""
    doc = view.doc
    if a.text.lower().endswith(("ed", "ing")):
        return False
    det = next((k for k in range(a.start - 1, max(view.sent.start, a.start - 6) - 1, -1)
                if doc[k].lower_ in ("a", "an")), None)  # (up to six words of adjectives)
    if det is None or not (det == view.sent.start or doc[det - 1].lower_ in ("that", "said", ",")):
        return False
    for k in range(a.end, min(view.sent.end - 1, a.end + 12)):
        word = doc[k].lower_
        if word in SUBJECT_HEDGES:
            return True
        if word in SUBJECT_AUX:
            return "not" in {doc[j].lower_ for j in range(k + 1, min(k + 3, view.sent.end))}  # 'has (yet) not'
        if word in (",", ";") or doc[k].ent_type_ == "ACTION":
            return False
    return False


def _clause_break(view: SentenceView, start: int, end: int) -> bool:
    """Does a new clause begin between two tokens? ('in a bid to cool prices, and lifted the
    ban in May': the lift is not part of the purpose; ', and to lift' still is.)"""
    doc = view.doc
    for k in range(start, end):
        if doc[k].lower_ in ("but", ";", "while", "whereas"):
            return True
        if doc[k].text == "," and k + 2 <= end and doc[k + 1].lower_ in ("and", "before", "after", "then") \
                and doc[k + 2].lower_ not in ("to", "for"):
            return True
    return False


def _names_deadline(view: SentenceView, a: Span, c: Span) -> bool:
    """The deadline next to a postponing verb ('pushed the deadline back', 'pushed back to
    Aug. 1 the end of the pause')."""
    if a.end <= c.start <= a.end + 3 or a.start - 3 <= c.end <= a.start:
        return True
    return a.end <= c.start <= a.end + 8 and all(view.doc[k].ent_type_ == "DATE" or view.doc[k].lower_ in (
        "to", "by", "until", "the") for k in range(a.end, c.start))


MULTIPLY_VERBS = {"doubled", "tripled", "trebled", "quadrupled", "halved", "doubles", "triples", "halves"}
REVENUE_WORDS = {"revenue", "revenues", "receipts", "collections", "collection", "income", "earnings", "proceeds",
                 "takings", "yield", "intake"}


def _sum_subject(view: SentenceView, a: Span) -> bool:
    """'Revenue from the log duty fell by 90 million dollars': what the duty brings in moves, not
    the duty."""
    k = view.sent.start
    while k < a.start and (view.doc[k].is_punct or view.doc[k].lower_ in DETERMINERS | {"total", "annual", "customs"}):
        k += 1
    return k < a.start and view.doc[k].lower_ in REVENUE_WORDS


def _follows_prices(view: SentenceView, a: Span) -> bool:
    """'rises from 5 to 15 per cent as prices fall', 'when the price drops': a sliding scale."""
    words = [view.doc[k].lower_ for k in range(a.end, min(view.sent.end, a.end + 12))]
    return any(w in ("as", "when", "if", "whenever") and any(x in ("price", "prices") for x in words[i + 1:i + 4])
               for i, w in enumerate(words))


PRICE_NOUNS = {"cost", "costs", "wage", "wages", "rent", "rents", "fare", "fares"}  # (a minimum export price hike is a step)


def _lapsed(view: SentenceView, a: Span, measures: list[Span]) -> bool:
    """'The safeguard lapsed on 26 September 2012': a measure that ran out on a day told, as a
    fact ('was due to lapse on', 'when the exemption expired' tell a plan or another clause's time)."""
    # ('... lapsed on the same date': the day told for the step before)
    if not a.text.lower().endswith("ed") or not any(d.start >= a.end for d in view.get("DATE") + view.cues("SAME_START")):
        return False
    j = view.word_before(a.start)
    if j is not None and view.doc[j].lower_ in ("have", "had", "has", "would", "will", "to", "otherwise", "when"):
        return False
    subject = _subject_measure(view, a, measures)
    return subject is not None and subject.ent_id_ not in ("measure_ref", "list_ref")


def _deadline_is_start(view: SentenceView, c: Span) -> bool:
    """A bare 'deadline' is the end of a measure the text dated last, within the two sentences
    before: 'with an effective date in early August. It then retreated again and again. In late
    January the deadline was postponed' puts off a start."""
    if c.id_ != "deadline" or c.text.lower() not in ("deadline", "deadlines"):
        return False
    told = [(k, which) for k, which in view.doc.user_data.get("timings", ()) if k < c.start]
    return bool(told) and told[-1][1] == "start" and c.start - told[-1][0] <= 60


def _recurring(view: SentenceView, a: Span) -> bool:
    """'must be renewed every financial year': how a measure works, not a step taken ('will
    rise each year until 2028' is a schedule the step sets)."""
    doc = view.doc
    before = range(max(view.sent.start, a.start - 2), a.start)
    if not any(doc[k].lower_ in ("must", "be", "is", "are", "has", "have") for k in before):
        return False
    for k in range(a.end, min(a.end + 3, view.sent.end - 1)):
        if doc[k].lower_ in ("every", "each") and any(
                doc[x].lower_.rstrip("s") in ("year", "month", "week", "day", "season", "quarter")
                for x in range(k + 1, min(k + 4, view.sent.end))):
            return True
    return False


def _bilateral(view: SentenceView, a: Span) -> bool:
    """'both sides will cut': a step of two governments, told apart elsewhere ('cereals from the two
    countries will face duties' names where goods come from, not who acts)."""
    return any(a.start - 8 <= c.end <= a.start and not (c.start > view.sent.start and view.doc[c.start - 1].lower_ in (
        "from", "to", "into")) for c in view.cues("BILATERAL"))


def _mutual_step(view: SentenceView, a: Span) -> bool:
    """'After talks in Geneva, both sides cut their tariffs on each other's goods to 10%': the two
    sides as the very subject of the verb took the step, each on the other ('both sides agreed
    to cut', 'talks between the two sides' are no step of theirs). Records the cue."""
    for c in view.cues("BILATERAL"):
        opens = c.start == view.sent.start or view.doc[c.start - 1].text in (",", ";", ":", "*", "-", "•") \
            or _comma_and(view, c.start - 1)
        if opens and c.end <= a.start and (_adverbs_only(view, c.end, a.start) or _agreed_with_start(view, c.end, a)):
            view.mutual[a.start] = c
            return True
    return False


def _agreed_with_start(view: SentenceView, start: int, a: Span) -> bool:
    """'The two sides agreed on 15 June 2021 to suspend these tariffs for five years from 11 July
    2021': an agreement, dated, to a step with its own start or term is the step ('agreed to cut'
    alone is a plan)."""
    doc = view.doc
    words = [k for k in range(start, a.start) if doc[k].ent_type_ != "DATE"]
    return len(words) >= 2 and doc[words[0]].lower_ == "agreed" and doc[words[-1]].lower_ == "to" \
        and all(doc[k].lower_ in ("agreed", "on", "in", "to") for k in words) \
        and any(start < d.start < a.start for d in view.get("DATE")) \
        and any(d.start > a.end for d in view.get("DATE") + view.get("DURATION"))


def _reference_participle(view: SentenceView, a: Span, measures: list[Span]) -> bool:
    """'the suspended restrictions', "Washington's expanded export restrictions": a measure
    named by an earlier action, not a new action."""
    if not a.text.lower().endswith("ed"):
        return False
    if not any(a.end <= m.start <= a.end + 3 for m in measures):
        return False
    if a.end < view.sent.end and (view.has_cue_at("DEFINITE", a.end) or view.doc[a.end].lower_ in ("a", "an")
                                  or (view.doc[a.end].like_num and not view.doc[a.end].ent_type_)):
        # ('the government reduced the export duty', 'The same rule removed three entities from the
        # list': a verb with its object)
        return False
    return view.definite_before(a.start)


def _undated_reduced_relative(view: SentenceView, a: Span, measures: list[Span]) -> bool:
    """'the ordinary 2.5% car tariff and other duties introduced since': a participle right
    after its measure, with no date of its own, describes the measure; it tells no step ('the
    additional duty dropped from 35 to 30 per cent' is a verb that needs no object)."""
    # ('contains measures that have been adopted': the same with its relative pronoun)
    if not a.text.lower().endswith("ed") or " " in a.text or a.ent_id_ not in ("impose", "impose_weak") or not any(
            m.end == a.start or (view.doc[m.end].lower_ in ("that", "which") and _auxiliaries_only(view, m.end + 1, a.start))
            for m in measures):
        return False
    end = next((k for k in range(a.end, view.sent.end) if view.doc[k].text in (",", ";", ":")), view.sent.end)
    return not any(a.end <= d.start < end for d in view.get("DATE"))


def _reference_zones(view: SentenceView, triggers: list[int], trigger_ends: list[int]) -> list[tuple[int, int]]:
    """Stretches that describe *another* measure ("retaliation for Washington's expanded
    chip export restrictions on China"): their products and targets are not ours."""
    zones = []
    for a in view.get("ACTION"):
        if _reference_participle(view, a, view.get("MEASURE")):
            j = view.word_before(a.start)
            owner = view.word_before(j) if view.is_possessive(j) else None
            if owner is None:
                continue  # 'the suspended restrictions' refers to our own measure
            if any(0 <= owner - t_end <= 1 for t_end in trigger_ends):
                continue  # 'suspending Trump's increased tariffs': the object of our action
            end = min([t for t in triggers if t > a.start] + [view.sent.end])
            zones.append((owner, end))
    # 'On December 3, in response to Washington's latest chip curbs, Beijing banned ...': the
    # reason clause before the step names the other side's measure
    for c in view.cues("REASON"):
        if triggers and all(t < c.start for t in triggers):
            # '..., widely seen as retaliation for the EU's tariffs on Chinese electric cars'
            zones.append((c.start, view.sent.end))
        elif any(t > c.end for t in triggers):
            end = next((k for k in range(c.end, view.sent.end) if view.doc[k].text in (",", ";")), None)
            relative = end is not None and end + 1 < view.sent.end and view.doc[end + 1].lower_ in ("which", "that", "who")
            if end is not None and not relative and all(t > end for t in triggers if t > c.start):
                zones.append((c.start, end))  # (', which took effect in March 2018' is the reason's own step)
    return zones


PASSIVE_BREAK = {"for", "but", "while", "after", "before", "when", "because", "as", "since", "until", ";", "—",
                 "–", "said", "says", "say", "told", "who", "would", "will"}


AUXILIARIES = {"will", "would", "shall", "should", "is", "are", "was", "were", "has", "have", "had", "be", "been",
               "also", "then", "now", "too", "each", "both", "all"}
RATE_STEP_NOUNS = {"increase", "increases", "hike", "hikes", "rise", "cut", "cuts", "reduction", "reductions"}
SUBJECT_BREAK = {"when", "if", "unless", "whenever", "because", "while", "whereas", "once"}
# words opening a clause of time, reason or condition, whose subject acts only in that clause
SUBORDINATORS = SUBJECT_BREAK | {"after", "since", "before", "although", "though"}


def _noun_object(view: SentenceView, a: Span, actions: list[Span]) -> Optional[Span]:
    """The action noun a verb takes as its object ('renew the duty waiver', 'extend the
    reduction'): the next ACTION within three tokens, past determiners, measures and goods."""
    return next((b for b in actions if a.end <= b.start <= a.end + 3 and all(
        view.doc[k].lower_ in DETERMINERS or view.doc[k].ent_type_ in ("MEASURE", "PRODUCT")
        for k in range(a.end, b.start))), None)


def _goods_listed(view: SentenceView, f: Frame) -> bool:
    """'adds AI algorithms to export control list', 'added 23 types of chipmaking equipment to its
    control list': goods put on a control list are under export control; parties put on one are
    listed entities."""
    m = f.measure
    if m is None or "control" not in m.text.lower():
        return False
    lo, hi = sorted((f.trigger.end, m.start))
    if m.start > f.trigger.end and f.trigger.text.lower().endswith("ed"):
        lo = max(view.sent.start, f.trigger.start - 3)  # ('twelve items added to the control list': before it)
    if any(lo <= c.start < hi for c in view.cues("LISTED_PARTY")):
        return False
    return any(lo <= p.start < hi for p in view.get("PRODUCT")) or any(lo <= c.start < hi for c in view.cues("LISTED_GOODS"))


PERMIT_WORDS = ("permits", "licences", "licenses", "approvals")


def _permits_halted(view: SentenceView, f: Frame) -> Optional[str]:
    """'pauses tomato import permits', 'will stop issuing import permits for tomatoes': with no
    permits issued, nothing may cross: a ban on that flow. ('lifted the permit requirement'
    relaxes a licence; only the permits themselves stopped are a ban.)"""
    m, trig = f.measure, f.trigger
    if m is None or m.label_ != "MEASURE" or f.action not in ("suspend", "lift") or trig.label_ != "ACTION" \
            or not m.text.lower().endswith(PERMIT_WORDS) or not 0 <= m.start - trig.end <= 4:
        return None
    word = trig.text.lower()
    stop = word.startswith(("stop", "halt", "cease")) and trig.end < view.sent.end \
        and view.doc[trig.end].lower_ in ("issuing", "granting", "issuance")
    if not (stop or word.startswith(("paus", "suspen", "halt", "freez", "froze"))):
        return None
    low = m.text.lower()
    if "import" not in low and "export" not in low:
        # ('Ottawa halts coastal cedar log permits, caps 2027 exports': the flow the sentence names)
        exports, imports = bool(view.cues("EXPORT_CTX")), bool(view.cues("IMPORT_CTX"))
        low = "export" if exports and not imports else "import" if imports and not exports else low
    return "import_ban" if "import" in low else ("export_ban" if "export" in low else None)


def _continues(view: SentenceView, a: Span) -> bool:
    """'Zambia continues to require export permits', 'still requires': how things stand."""
    j = view.word_before(a.start)
    if j is not None and view.doc[j].lower_ == "be":
        j = view.word_before(j)  # ('shall continue to be permitted under an export licence')
    if j is not None and view.doc[j].lower_ == "to":
        j = view.word_before(j)
    return j is not None and view.doc[j].lower_ in CONTINUING


GOODS_VERBS = {"buy", "buys", "bought", "sell", "sells", "sold", "import", "imports", "export", "exports", "make",
               "makes", "made", "produce", "produces", "ship", "ships", "shipped", "use", "uses", "roll", "rolls"}


def _names_goods(view: SentenceView, a: Span) -> bool:
    """'steel grinding bars and forged balls', 'bars of gold', 'the recycling of rare earth
    scrap': a verb's word used for the goods themselves."""
    low, doc = a.text.lower(), view.doc
    if low in ("scrap", "scraps") and a.start > view.sent.start:
        # ('Zero duty on imported scrap and black mass': goods a trade word describes)
        return doc[a.start - 1].ent_type_ == "PRODUCT" or doc[a.start - 1].lower_ in DETERMINERS | {"of", "metal"} \
            or doc[a.start - 1].lower_ in ("imported", "exported", "imports", "exports", "on")
    if low not in ("bar", "bars") or a.end >= view.sent.end:
        return False
    if doc[a.end].is_punct or doc[a.end].lower_ in ("and", "or", "of", "for", "made") or doc[a.end].ent_type_ == "MEASURE":
        return True  # ('the bar duty is the one that hurts': the bars' duty)
    # 'imported Chinese bars', 'steel bars', 'corrugated bars', 'buy bars': goods a word describes
    # or a trade verb takes
    j = a.start - 1
    return j >= view.sent.start and (doc[j].ent_type_ == "PRODUCT" or doc[j].lower_ in GOODS_VERBS or (
        doc[j].is_lower and doc[j].lower_.endswith(("ed", "ing"))) or (
        doc[j].ent_type_ == "JURISDICTION" and _adjective_name(doc[j].text)))


def _adjective_name(text: str) -> bool:
    """'Chinese', 'Brazilian', 'Turkish', 'French': a people's adjective, not a country's name."""
    return text.lower().endswith(("ese", "ian", "can", "ish", "ch", "ean", "ine"))


REPLACING_PREPS = ("with", "by")  # 'replaced the ban with a quota', 'was replaced by quotas'


def _replacement(view: SentenceView, trig: Span, measures: list[Span]) -> Optional[Span]:
    """The measure after 'with' that a replacing verb puts in place of its object (a measure, a
    suspension or 'it'). 'The definitive duty replaces the provisional one' is no lift."""
    doc = view.doc
    w = next((k for k in range(trig.end, min(view.sent.end, trig.end + 16)) if doc[k].lower_ in REPLACING_PREPS), None)
    if w is None or any(doc[k].text in (";", ".", ":") for k in range(trig.end, w)) \
            or any(0 <= trig.start - m.end <= 2 and all(doc[k].lower_ in AUXILIARIES for k in range(m.end, trig.start))
                   for m in measures):
        return None
    olds = [e for e in view.ents if trig.end <= e.start < w and (e.label_ == "MEASURE" or e.ent_id_ == "suspend")]
    if doc[w].lower_ == "by":
        # ('The suspension was extended ..., then replaced, from 16 October 2025, by a system of
        # quarterly quotas': the passive's subject ends)
        j = _before_adverbs(view, trig.start)
        olds = [e for e in view.ents if view.sent.start <= e.start < trig.start and e.ent_id_ == "suspend"
                and e.label_ == "ACTION" and view.definite_before(e.start)][:1] \
            if j is not None and (doc[j].lower_ in PASSIVE_AUX or doc[j].text == ",") else []
        if not olds:
            return None
        view.replaced_halts.add(trig.start)
    new = next((m for m in measures if w < m.start <= w + 8 and m.ent_id_ != "list_ref"), None)
    if new is None or not (olds or doc[trig.end].lower_ in OBJECT_PRONOUNS):
        return None
    duty = ("import_tariff", "import_tariff_weak", "export_duty", "tax")
    if olds and olds[0].ent_id_ in duty and new.ent_id_ in duty:
        return None  # 'replace its fixed krone duties with percentage tariffs': one duty, a new rate
    return new


def _applies_for_from(view: SentenceView, a: Span) -> bool:
    """'apply for five years with effect from 1 September 2026', 'applied for three years from 9
    November 2019': a measure in force for a time from a day ('apply for a licence' is no step)."""
    if a.text.lower() not in ("apply for", "applies for", "applied for"):
        return False
    dur = next((d for d in view.get("DURATION") if d.start == a.end), None)
    return dur is not None and any(dur.end <= d.start <= dur.end + 4 and (
        d.text.lower().startswith("from ") or view.doc[d.start - 1].lower_ == "from") for d in view.get("DATE"))


def _replacing_subject(view: SentenceView, trig: Span, measures: list[Span]) -> Optional[Span]:
    """'the quotas that replaced it in October 2025': the measure the relative clause hangs on
    takes the place of the one told before ('it', 'the halt')."""
    doc = view.doc
    j = view.word_before(trig.start)
    if j is None or doc[j].lower_ not in ("that", "which") or trig.end >= view.sent.end:
        return None
    if not (doc[trig.end].lower_ in OBJECT_PRONOUNS or (doc[trig.end].lower_ == "the" and trig.end + 1 < view.sent.end
                                                         and doc[trig.end + 1].lower_ in HALT_NOUNS)):
        return None
    new = next((m for m in measures if m.end == j), None)
    if new is None:
        return None
    view.replaced_halts.add(trig.start)
    return new


RATE_BEFORE = ("from", "instead", "versus", "vs", "against", "compared", "previously", "down", "up")


RATE_VERBS = ("raise_intransitive", "reduce_intransitive", "move_rate", "move_rate_goods", "raise_reach")


def _dated_after(view: SentenceView, a: Span, actions: list[Span]) -> bool:
    """A date of its own between the verb and the next action (or the sentence end)."""
    end = next((b.start for b in actions if b.start > a.start), view.sent.end)
    return any(a.end <= d.start < end for d in view.get("DATE"))


def _shares_rate_subject(view: SentenceView, a: Span, out: list) -> Optional[str]:
    """'... rose to 50 per cent on January 1, 2025 and goes to 100 per cent': a rate verb after
    'and' with no subject of its own continues the rate move told just before; its action."""
    j = view.word_before(a.start)
    if a.ent_id_ not in RATE_VERBS + ("raise_participle", "reduce_participle") or j is None or not out:
        return None
    trig, act, _ = out[-1]
    if view.doc[j].lower_ in ("rate", "rates") and view.doc[j - 1].lower_ in ("the", "that", "this") \
            and a.ent_id_ in ("raise_intransitive", "reduce_intransitive") and act in ("impose", "raise", "reduce") \
            and any(view.doc[k].lower_ in ("and", ";") for k in range(trig.end, j)):
        # 'the additional duty dropped from 35 to 30 per cent, and in the third year, from 26
        # September 2011, the rate fell to 25 per cent': the rate of the step told, moved again
        return a.ent_id_.split("_")[0]
    if view.doc[j].lower_ not in ("and", ","):
        return None
    figure_next = any(a.end <= g.start <= a.end + 2 for g in view.get("FIGURE"))
    # ('tariffs ... are halved from 150% to 75% today and fall to 70% on 1 July 2027': a rate moved before)
    moved = trig.ent_id_ in RATE_VERBS or any(trig.end <= g.start < j and g.ent_id_ == "percent" for g in view.get("FIGURE"))
    if moved and act in ("impose", "raise", "reduce") and figure_next and a.ent_id_.endswith("_participle"):
        return a.ent_id_.split("_")[0]  # ('a 10 per cent tariff from January 1, 2027, rising to 15 per cent')
    return act if moved and act in ("raise", "reduce") and figure_next else None


def _arrow_move(view: SentenceView, arrow: Span, measures: list[Span]) -> Optional[str]:
    """'Tractor duty 10% -> 5%': a duty, its old rate, an arrow and its new rate."""
    old = next((g for g in view.get("FIGURE") if g.end == arrow.start and g.ent_id_ == "percent"), None)
    new = next((g for g in view.get("FIGURE") if g.start == arrow.end and g.ent_id_ == "percent"), None)
    if old is None or new is None or not any(0 <= old.start - m.end <= 1 for m in measures):
        return None
    a, b = parse_figure(old.text, "percent"), parse_figure(new.text, "percent")
    if not a or not b or a[0] == b[0]:
        return None
    return "raise" if b[0] > a[0] else "reduce"


def _pronoun_rate_move(view: SentenceView, trig: Span, measures: list[Span]) -> bool:
    """'Kyiv has had a 10 per cent export duty ..., and from the start of next month it drops to 8
    per cent': 'it' right before the verb stands for a duty the sentence named, and a new level
    follows."""
    doc = view.doc
    j = _before_adverbs(view, trig.start)
    duty = next((m for m in reversed(measures) if m.end <= j and m.ent_id_ in DUTY_MEASURES), None) \
        if j is not None and doc[j].lower_ == "it" else None
    # ('... and the price of soybeans has risen since; in July it drops to ...': the price drops)
    if duty is None or any(doc[k].lower_ in PRICE_NOUNS | {"price", "prices"} or doc[k].text in (";", ":")
                           for k in range(duty.end, j)):
        return False
    k = trig.end + (trig.end < view.sent.end and doc[trig.end].lower_ in ("again", "further"))
    return any(g.start in (k + 1, k + 3) and doc[g.start - 1].lower_ == "to" for g in view.get("FIGURE"))


def _figure_move(view: SentenceView, trig: Span) -> Optional[str]:
    """'to 8% from 12%', 'at 15% instead of 20%', ', to 33% from 30%': a new rate right after the
    verb and the old one after it; which is larger says whether the rate was raised or cut."""
    doc = view.doc
    # (rates of one unit: '512.4 rubles per ton against 618.9 rubles per ton a week earlier')
    figs = [g for g in view.get("FIGURE") if trig.end <= g.start <= trig.end + 14]
    figs = [g for g in figs if g.ent_id_ == figs[0].ent_id_ and (g.ent_id_ == "percent" or "_per_" in g.ent_id_)]
    bare = figs[0].end + 1 if len(figs) == 1 and figs[0].ent_id_ == "percent" and figs[0].end + 1 < view.sent.end \
        and doc[figs[0].end].lower_ == "from" and doc[figs[0].end + 1].like_num \
        and doc[figs[0].end + 1].ent_type_ != "DATE" else None  # ('at 25% from 22 June 2018' is a day)
    if bare is not None and any(doc[k].lower_ in ("to", "at") for k in range(max(trig.end, figs[0].start - 2), figs[0].start)):
        # ('goes to 40 percent from 70': the old level told as a bare number, in the same unit)
        a, b = parse_figure(figs[0].text, "percent"), doc[bare].text.replace(",", "")
        try:
            old = float(b)
        except ValueError:
            return None
        return None if not a or a[0] == old else ("raise" if a[0] > old else "reduce")
    if len(figs) >= 2 and doc[figs[0].start - 1].lower_ == "from" and figs[0].start - trig.end <= 6 \
            and figs[1].start == figs[0].end + 1 and doc[figs[0].end].lower_ == "to" \
            and not any(doc[k].text in (",", ";") or doc[k].ent_type_ in ("ACTION", "MEASURE", "FIGURE")
                        for k in range(trig.end, figs[0].start - 1)):
        # ('soybeans went from 26% to 24%', 'adjusted the rate from 12% to 8%': the old level first)
        a, b = parse_figure(figs[1].text, figs[1].ent_id_), parse_figure(figs[0].text, figs[0].ent_id_)
        return None if not a or not b or a[0] == b[0] else ("raise" if a[0] > b[0] else "reduce")
    if len(figs) == 1 and figs[0].start == trig.end + 2 and doc[trig.end].lower_ == "back" \
            and doc[trig.end + 1].lower_ == "to":
        # '... to 26% from 33% until 30 June; soybeans went back to 33% on 1 July': against the
        # level the sentence moved the rate to before
        figs = figs + [g for g in view.get("FIGURE") if g.ent_id_ == "percent" and g.end <= trig.start
                       and doc[g.start - 1].lower_ == "to"][-1:]
        if len(figs) < 2:
            return None
    elif len(figs) < 2 or not (any(doc[k].lower_ in ("to", "at") for k in range(max(trig.end, figs[0].start - 2), figs[0].start))
                               or (figs[0].start == trig.end and doc[trig.end - 1].lower_ in ("to", "at"))):
        return None  # ('will amount to 512.4 rubles per ton against 618.9': the verb holds its 'to')
    # ('goes to 35% on 1 August, from 25% today': the day of the new level may come between)
    elif not (sum(1 for k in range(figs[0].end, figs[1].start) if doc[k].ent_type_ != "DATE" and doc[k].text != ",") <= 4
              and any(doc[k].lower_ in RATE_BEFORE for k in range(figs[0].end, figs[1].start))):
        return None
    new, old = figs[0], figs[1]
    a, b = parse_figure(new.text, new.ent_id_), parse_figure(old.text, old.ent_id_)
    if not a or not b or a[0] == b[0]:
        return None
    return "raise" if a[0] > b[0] else "reduce"


def _rate_subject(view: SentenceView, trig: Span) -> Optional[int]:
    """'The rate on Chinese semiconductors is scheduled to rise to 50%': a rate on goods as the
    subject, with the new level after the verb (where that subject starts)."""
    doc = view.doc
    # ('rises from EUR 40 to EUR 60 per tonne': past the old level)
    reach = 6 if trig.end < view.sent.end and doc[trig.end].lower_ == "from" else 2
    if not any(trig.end <= g.start <= trig.end + reach and doc[g.start - 1].lower_ == "to" for g in view.get("FIGURE")):
        return None
    for k in range(max(view.sent.start + 1, trig.start - 12), trig.start):
        if doc[k].lower_ in ("rate", "rates") and doc[k - 1].lower_ == "the" and k + 1 < trig.start \
                and doc[k + 1].lower_ in ("on", "for") and not any(
                    doc[x].ent_type_ == "ACTION" or doc[x].text in (";", ",") for x in range(k + 1, trig.start)):
            return None if any(k <= c.start < trig.start for c in view.cues("OTHER_RATE")) else k - 1
    return view.sent.start if _opens_on_told_rate(view, trig) else None


def _opens_on_told_rate(view: SentenceView, trig: Span) -> bool:
    """'India cut its whisky duty to 75%. The rate falls again to 65% next July', 'It drops to 30%
    on 1 July 2026': the sentence opens on the rate told before, and the verb follows it."""
    j, first, doc = _before_adverbs(view, trig.start), view.sent.start, view.doc
    while j is not None and j > first and doc[j].lower_ in FUTURE_AUX | SCHEDULE_WORDS | {"is", "are"}:
        j = _before_adverbs(view, j)  # ('The general rate will rise to 40 percent on Jan. 1')
    if j is not None and j > first + 1 and doc[first].lower_ == "the" and doc[j].lower_ in PART_NOUNS and j - first <= 4 \
            and all(doc[k].is_lower or doc[k].text == "-" for k in range(first + 1, j)):
        return True  # ('The specific part rises from EUR 40 to EUR 60 per tonne': a part of the duty told)
    if j is not None and doc[j].lower_ in ("rate", "rates") and not any(c.start <= j <= c.end for c in view.cues("OTHER_RATE")):
        # ('From 15/08/2025 that global rate rose to 33.5%': past a leading date, the rate told before)
        d = j - 1
        while d > first and j - d <= 2 and doc[d].is_lower and doc[d].is_alpha and doc[d].lower_ not in TOLD_DETERMINERS:
            d -= 1
        opening = next((e for e in view.get("DATE") if e.start == first or e.start == first + 1 and doc[first].lower_ in DATE_PREPOSITIONS), None)
        lead = first if opening is None else opening.end + (opening.end < d and doc[opening.end].text == ",")
        if d == lead and doc[d].lower_ in TOLD_DETERMINERS:
            return True
    return j is not None and j == first and doc[j].lower_ == "it"


TOLD_DETERMINERS = DETERMINERS - {"a", "an", "any", "no"}  # ('that global rate', 'its rate': one told before)
DATE_PREPOSITIONS = {"from", "on", "in", "since", "by", "as", "after"}  # ('From 15/08/2025 that global rate rose')


def _clause_opening(view: SentenceView, k: int) -> int:
    """Where the clause holding token `k` starts: past the last ', and', ', but' or ';' before it."""
    doc, start = view.doc, view.sent.start
    for j in range(k - 1, view.sent.start, -1):
        if doc[j].text == ";" or (doc[j].lower_ in ("and", "but") and doc[j - 1].text == ","):
            start = j + 1
            break
    return start


PART_NOUNS = {"part", "component", "element", "portion"}  # 'the specific part', 'the ad valorem component' of a duty


def _passive_goods(view: SentenceView, trig: Span) -> Optional[Span]:
    """'Russian uranium has been banned': the goods right before a passive verb."""
    goods = _product_subject(view, trig, gap=PASSIVE_AUX | SUBJECT_VERB_GAP)
    return goods if goods is not None and any(
        view.doc[k].lower_ in PASSIVE_AUX for k in range(goods.end, trig.start)) else None


def _product_subject(view: SentenceView, trig: Span, gap: Optional[set[str]] = None) -> Optional[Span]:
    """'soybeans went up again': the goods as subject, right before the verb, past the words of
    `gap` (adverbs by default; auxiliaries too for a passive)."""
    gap = SUBJECT_VERB_GAP | {"then", "now"} if gap is None else gap
    j = view.word_before(trig.start)
    while j is not None and view.doc[j].lower_ in gap:
        j = view.word_before(j)
    return None if j is None else next((p for p in view.get("PRODUCT") if p.end == j + 1), None)


def _country_goods_subject(view: SentenceView, trig: Span) -> bool:
    """'Indian-origin goods move to an 18% U.S. rate': a country's goods as the subject, right
    before the verb."""
    doc = view.doc
    j = view.word_before(trig.start)
    if j is None or doc[j].lower_ not in ("goods", "products", "imports"):
        return False
    k = j - 1
    while k > view.sent.start and (doc[k].text == "-" or doc[k].lower_ in ("origin", "made")):
        k -= 1
    return doc[k].ent_type_ == "JURISDICTION"


def _parties_added(view: SentenceView, a: Span) -> bool:
    """"Taiwan's ITA added eight Chinese entities", 'BIS removed two Indian companies': a body or
    government adds or removes parties, counted, with no list named: a listing step."""
    doc = view.doc
    if not a.text.lower().startswith(("add", "remov", "delet", "delist")):
        return False
    actor = any(e.end <= a.start for e in view.get("AGENCY") + view.get("JURISDICTION")) or any(
        c.end <= a.start for c in view.cues("GOVT"))
    if not actor or a.end >= view.sent.end or not (doc[a.end].like_num or doc[a.end].lower_ in ("another", "more")):
        return False
    party = next((c for c in view.cues("LISTED_PARTY") if a.end < c.start <= a.end + 4), None)
    return party is not None and all(doc[k].ent_type_ == "JURISDICTION" or doc[k].is_lower or doc[k].like_num
                                     or doc[k].text == "-" for k in range(a.end, party.start)) \
        and doc[party.start].lower_ not in ("people", "persons", "individuals", "end", "users")


def _listed_party_added(view: SentenceView, a: Span, measures: list[Span]) -> Optional[Span]:
    """'Huawei Technologies, the best-known name on the Entity List, was added in May 2019': a
    party as the subject of a dated passive 'added', the list named before the verb."""
    doc = view.doc
    j = view.word_before(a.start)
    if a.text.lower() != "added" or j is None or doc[j].lower_ not in PASSIVE_AUX or not any(
            a.end <= d.start <= a.end + 1 for d in view.get("DATE")):
        return None
    if not (doc[view.sent.start].is_title and not doc[view.sent.start].ent_type_):
        return None  # the subject a name ('Huawei Technologies'), not goods or a government
    return next((m for m in measures if m.ent_id_ == "entity_listing" and m.end <= j), None)


def _goods_added(view: SentenceView, a: Span) -> bool:
    """'wire, foil, tubes and pipes were added in December 2023': goods as the subject of a
    passive 'added', a short list of goods (words of its own among them) and nothing else
    before it in its clause, bring them under the measure told before."""
    doc = view.doc
    j = view.word_before(a.start)
    if a.text.lower() != "added" or j is None or doc[j].lower_ not in PASSIVE_AUX:
        return False
    k = j - 1
    seen = False
    while k >= view.sent.start and doc[k].text not in (";", ":"):
        if doc[k].ent_type_ == "PRODUCT":
            seen = True
        elif not (doc[k].text == "," or doc[k].lower_ in ("and", "or", "the", "also") or _plain_word(doc[k])):
            return False
        k -= 1
    return seen and j - k <= 14


def _goods_followed(view: SentenceView, a: Span) -> bool:
    """'Seaborne crude oil followed in December 2022', '..., and pine followed from 1 January
    2017': goods alone as the subject of their clause (a word of their own may open the
    sentence) came under the measure told before, like goods 'added' ('Soybean prices
    followed' is a price)."""
    doc = view.doc
    k = a.start - 1
    if k < view.sent.start or doc[k].ent_type_ != "PRODUCT":
        return False
    while k >= view.sent.start and a.start - k <= 8:
        word = doc[k]
        if k == view.sent.start or doc[k - 1].text in (";", ":"):
            return word.ent_type_ == "PRODUCT" or word.is_alpha
        if word.lower_ in ("and", "or"):
            if doc[k - 1].text == ",":
                return True  # ', and pine followed' (a list of goods before it would be goods as well)
        elif not (word.ent_type_ == "PRODUCT" or word.text == "," or word.lower_ == "the"):
            return False
        k -= 1
    return False


def _present_passive(verb: Span, aux: tuple[str, ...] = ("is", "are")) -> bool:
    """'is raised', 'are set': a one-word participle right after one of `aux`."""
    k = verb.start - 1
    return k >= verb.sent.start and verb.doc[k].lower_ in aux and " " not in verb.text \
        and (verb.text.lower().endswith("ed") or verb.text.lower() in IRREGULAR_PAST)


def _present_simple(verb: Span) -> bool:
    """'bars', 'requires', 'charges': a third-person present verb of one word."""
    word = verb.text.lower()
    return " " not in word and word.endswith("s") and not word.endswith("ss")


def _figure_object(view: SentenceView, verb: Span, k: int) -> bool:
    """The figure ending at token `k` is the level `verb` sets: 'set the duty at 9.5%', 'fixed
    the levy at 10%' (no other step or clause between)."""
    doc = view.doc
    fig = next((g for g in view.get("FIGURE") if g.start <= k < g.end), None)
    return fig is not None and fig.start > verb.end and doc[fig.start - 1].lower_ in ("at", "to") and not any(
        (doc[j].ent_type_ == "ACTION" and doc[j].ent_id_ != "none") or doc[j].text in (";", ".")
        or doc[j].lower_ in SUBORDINATORS for j in range(verb.end, fig.start))


def _ban_stops_goods(view: SentenceView, a: Span, measures: list[Span]) -> bool:
    """A ban as subject and goods as object: 'The ban stopped Russian diamonds' (not 'stopped the
    tariffs', whose object is a measure)."""
    subject = _subject_measure(view, a, measures)
    if subject is None or subject.ent_id_ not in ("ban", "import_ban", "export_ban"):
        return False
    return not any(a.end <= m.start <= a.end + 6 for m in measures) and any(
        a.end <= p.start <= a.end + 4 for p in view.get("PRODUCT"))


def _listed_tokens(view: SentenceView, start: int, window: int) -> int:
    """How many of the `window` tokens from `start` belong to a list of goods and their origins
    (the goods, the places, the commas): what a verb's reach to its date may pass over."""
    return sum(1 for k in range(start, min(view.sent.end, start + window))
               if view.doc[k].ent_type_ in ("PRODUCT", "JURISDICTION") or view.doc[k].text == ",")


def _applies_from(view: SentenceView, a: Span, measures: list[Span]) -> bool:
    """'A new import ban covers X from <date>', 'A 10% duty applies to imports of steel from
    <date>': a measure as subject, a start date after the goods or parties it covers."""
    doc = view.doc
    subject = _subject_measure(view, a, measures)
    # (a definite subject is a measure told before: 'The duties will apply to goods declared for
    # export from 1 August' dates it; 'would have applied' never happened)
    if subject is None or view.definite_before(subject.start) or any(
            doc[k].lower_ in ("would", "could", "might", "may") for k in range(subject.end, a.start)):
        return False
    # ('will apply to imports of cheese, fresh cream and some milk products from the EU from Friday':
    # the goods and their origin may come between)
    reach = 12 + _listed_tokens(view, a.end, 24)
    for k in range(a.end, min(view.sent.end - 1, a.end + reach)):
        if doc[k].text in (";", ":") or (doc[k].ent_type_ in ("ACTION", "MEASURE") and doc[k].ent_id_ != "impose_weak"):
            return False
        if doc[k].lower_ == "from" and doc[k + 1].ent_type_ == "DATE":
            return True
        # ('A 25% tariff has applied to medium- and heavy-duty trucks since 1 November 2025')
        if doc[k].lower_ == "since" and doc[k + 1].ent_type_ == "DATE" and a.text.lower() == "applied" \
                and doc[a.start - 1].lower_ in ("has", "have"):
            return True
    return False


def _applied_on(view: SentenceView, a: Span, measures: list[Span]) -> bool:
    """'were applied in August 2024', 'was first applied provisionally on 7 March 2016': a
    measure as the passive's subject and the day, right after the verb, it began to apply."""
    doc = view.doc
    j = _before_adverbs(view, a.start)
    while j is not None and doc[j].lower_ in ("first", "initially", "originally"):
        j = _before_adverbs(view, j)
    if j is None or doc[j].lower_ not in ("was", "were") or _passive_object(view, a, measures) is None:
        return False
    k = a.end
    while k < view.sent.end and doc[k].lower_.endswith("ly"):
        k += 1  # ('provisionally', 'retroactively')
    return any(d.start in (k, k + 1) and (d.start == k or doc[k].lower_ in ("in", "on", "from", "since"))
               for d in view.get("DATE"))


def _applies_in_full(view: SentenceView, a: Span) -> bool:
    """'applies in full', 'applies to such slabs in full': the FULL_FORCE cue within a few words
    of the verb, with no clause break between."""
    return any(a.end <= c.start <= a.end + 5 and not any(
        view.doc[k].is_punct or view.doc[k].ent_type_ in ("ACTION", "MEASURE") for k in range(a.end, c.start))
        for c in view.cues("FULL_FORCE"))


def _shrinks_by(view: SentenceView, a: Span) -> bool:
    """'the tariff-rate quotas ... will shrink by a further 10 per cent from January 1': a cut by
    a figure is a step."""
    doc, k = view.doc, a.end
    if k >= view.sent.end or doc[k].lower_ != "by":
        return False
    k += 1
    while k < view.sent.end and doc[k].lower_ in RATE_DETERMINERS:
        k += 1
    return any(g.start == k for g in view.get("FIGURE"))


def _slips_to_date(view: SentenceView, a: Span) -> bool:
    """'has slipped to 1 July 2027', 'slid back into 2028': a date right after the verb's 'to'."""
    doc, k = view.doc, a.end
    if k < view.sent.end and doc[k].lower_ == "back":
        k += 1
    return k < view.sent.end and any(d.start == k or (d.start == k + 1 and doc[k].lower_ in ("to", "until", "into"))
                                     for d in view.get("DATE"))


def _subject_measure(view: SentenceView, trig: Span, measures: list[Span]) -> Optional[Span]:
    """The measure an intransitive verb has as subject: 'duties on wheat ... will fall'."""
    doc = view.doc
    asides = view.asides()
    j = view.word_before(trig.start)
    if j is not None and doc[j].lower_ in ("price", "prices"):
        return None  # ('suspended the duty on white corn ..., after tortilla prices rose 14%': prices rose)
    for m in reversed([m for m in measures if m.end <= trig.start
                       and sum(1 for k in range(m.end, trig.start) if k not in asides) <= 24]):
        # 'is still set to take effect': a weak verb does not end the subject's reach
        # ('duties on 28 products - almonds, walnuts ... - would apply': nor does an aside)
        if _in_relative_aside(view, m, trig):
            continue  # 'Shipments of aircraft, which are not covered by the tariff, rose': the shipments rose
        asides = view.asides() | _participle_aside(view, m, trig) | _negated_verb_before(view, trig)
        if not any((doc[k].ent_type_ in ("ACTION", "MEASURE") and doc[k].ent_id_ not in ("impose_weak", "none"))
                   or doc[k].text in (";", ".") or doc[k].lower_ in SUBJECT_BREAK
                   or _new_clause(view, k) for k in range(m.end, trig.start) if k not in asides):
            return m  # ('a duty only when their price falls': the price falls, not the duty)
    return None


def _negated_verb_before(view: SentenceView, trig: Span) -> set[int]:
    """'The duties on frozen chips from Germany were not continued and lapsed on 13 March': a
    negated verb joined by 'and' right before `trig` shares its subject and breaks nothing."""
    doc = view.doc
    k = trig.start - 1
    if k <= view.sent.start or doc[k].lower_ != "and":
        return set()
    verb = next((a for a in view.get("ACTION") if a.end == k), None)
    if verb is None or verb.start < 2 or doc[verb.start - 1].lower_ not in ("not", "never"):
        return set()
    return set(range(verb.start - 1, k + 1))


def _before_aside(view: SentenceView, k: int) -> int:
    """The token before a relative or participle aside that the comma at `k` closes ('gloves' in
    'the tariff on gloves, which we import for clinics, increased'), else `k`."""
    doc = view.doc
    if k <= view.sent.start or doc[k].text != ",":
        return k
    acted = False  # (a relative aside may hold a verb of its own: ', which was due to end on June 30, 2026,')
    for i in range(k - 1, max(view.sent.start, k - 16), -1):
        if doc[i].text == "," and doc[i].ent_type_ != "DATE":
            opener = doc[i + 1].lower_
            if acted and opener not in ("which", "who"):
                return k
            # (', now 7.5%,', ', currently 10 per cent,': the rate the subject stands at)
            rate_aside = (opener in RATE_ASIDE_WORDS or doc[i + 1].ent_type_ == "FIGURE") and all(
                doc[x].ent_type_ == "FIGURE" or doc[x].lower_ in RATE_ASIDE_WORDS for x in range(i + 1, k))
            if opener in ("which", "who", "including") or opener in PARTICIPLE_ASIDE_WORDS or opener.endswith("ed") \
                    or rate_aside:
                return i - 1 if i > view.sent.start else k
            return k
        participle = doc[i - 1].text == "," and doc[i].lower_.endswith("ed")  # (', imposed for six months ...,')
        if doc[i].text in (";", ":"):
            return k
        if doc[i].ent_type_ in ("ACTION", "MEASURE") and not participle:
            acted = True  # (only a 'which' or 'who' may open the aside now)
    return k


RATE_ASIDE_WORDS = {"now", "currently", "presently", "already", "still"}


def _subject_end(view: SentenceView, k: int) -> int:
    """Where the subject before the verb at `k` ends, before an aside set off by commas."""
    return _before_aside(view, k - 1) + 1 if k - 1 > view.sent.start and view.doc[k - 1].text == "," else k


def _in_aside_before(view: SentenceView, b: Span, a: Span) -> bool:
    """Is `b` inside the aside that the comma right before `a` closes?"""
    k = view.word_before(a.start)
    if k is None or view.doc[k].text != ",":
        return False
    return _before_aside(view, k) < b.start < k


def _participle_aside(view: SentenceView, m: Span, trig: Span) -> set[int]:
    """'the extra duty on used cars, set at 40 percent when such imports were allowed, drops to
    30 percent': a participle phrase between commas after the subject, right before the verb."""
    doc = view.doc
    j = view.word_before(trig.start)
    while j is not None and doc[j].lower_ in ("will", "would", "shall", "is", "was", "has", "had", "have"):
        j = view.word_before(j)  # (', which would extend ... to listed firms' affiliates, will continue')
    k = next((k for k in range(m.end, trig.start) if doc[k].text == ","), None)
    # (', which we import for our clinics,': a relative clause set off the same way)
    if j is None or k is None or k >= j or doc[j].text != "," or not (
            doc[k + 1].lower_ in PARTICIPLE_ASIDE_WORDS or doc[k + 1].lower_.endswith("ed")
            or doc[k + 1].lower_ in ("which", "who")):
        return set()
    return set(range(k, j + 1))


def _stop_before(view: SentenceView, i: int) -> int:
    """The nearest comma or semicolon before token `i` (the sentence's start if none)."""
    k = i - 1
    while k > view.sent.start and view.doc[k].text not in (",", ";"):
        k -= 1
    return k


def _in_relative_aside(view: SentenceView, m: Span, trig: Span) -> bool:
    """A measure inside a relative clause set off by commas before `trig` (', which are not
    covered by the additional tariff,'): the clause's own word, not the verb's subject."""
    doc = view.doc
    k = _stop_before(view, m.start)
    return doc[k].text == "," and doc[k + 1].lower_ in RELATIVE_WORDS and k + 1 < m.start \
        and any(doc[j].text == "," for j in range(m.end, trig.start))


def _frame_before_aside(view: SentenceView, f: Frame, d: Span, frames: list[Frame]) -> Optional[Frame]:
    """The step whose object a relative aside describes, when the date comes after the aside has
    closed: 'pushed back its ban ..., which was due to take effect on 1 April, to 1 July 2026'."""
    doc = view.doc
    k = _stop_before(view, f.trigger.start)
    if not (doc[k].text == "," and doc[k + 1].lower_ in RELATIVE_WORDS):
        return None
    if not any(doc[j].text == "," for j in range(f.trigger.end, d.start)):
        return None
    return next((g for g in reversed(frames) if g is not f and g.trigger.start < k), None)


def _new_clause(view: SentenceView, k: int) -> bool:
    """', traders said, and soybean bids ... dropped': a comma and a conjunction that join no
    list of products open a clause with a subject of its own."""
    doc = view.doc
    if not (doc[k].text == "," and k + 2 < view.sent.end and doc[k + 1].lower_ in ("and", "but")):
        return False
    j = k + 2
    if view.has_cue_at("DEFINITE", j):
        return False  # ', and the rules took effect on September 1': the measure told before
    while j < view.sent.end and doc[j].ent_type_ in ("PRODUCT", "JURISDICTION"):
        j += 1
    # ', and rapeseed will fall' ends a list; ', and soybean bids ... dropped' has a new head noun
    return j == k + 2 or (j < view.sent.end and _plain_word(doc[j]) and doc[j].lower_ not in AUXILIARIES)


def _passive_object(view: SentenceView, trig: Span, measures: list[Span]) -> Optional[Span]:
    """The measure a past participle looks back to: 'quotas on steel that took effect',
    'a ban on exports of unprocessed nickel ore and bauxite took effect', 'bans introduced'.
    The stretch between may hold the measure's own modifiers, not another clause."""
    first = trig[0].lower_
    if trig.text.lower().endswith("ing") or (first.endswith("s") and not first.endswith("ss") and first.isalpha()):
        return None  # ('..., curbs exports of seven rare earths': a present-tense verb has its object after it)
    doc = view.doc
    if _has_own_object(view, trig):
        return None  # ('lifted the ban, set a $490 floor price': a verb with its own measure)
    # ('the additional customs duty applied to imports of polyester filament yarn from countries with
    # which Turkiye has no free trade agreement was raised': a reduced relative makes a long subject)
    reach = {m.start: 24 if m.end in view.adjective_actions() else 12 for m in measures}
    # ('The tariff on gloves, which we import for our clinics, increased to 50%': past the aside)
    end = _subject_end(view, trig.start)
    aux = _auxiliaries_start(view, trig.start)
    if aux < trig.start and view.doc[aux - 1].text == ",":
        end = _subject_end(view, aux)  # ('The export duty on wheat, now 7.5%, will be suspended')
    for m in reversed([m for m in measures if m.end <= end and end - m.end <= reach[m.start]]):
        ok = True
        # ('Milei said the soybean duty would be cut to 26%': the future of a step told, not a condition)
        # ('said the new levy would be charged on top of existing duties' restates how a measure works)
        futures = ("will", "shall", "would") if _reported(view, m.start) and not _conditional_after(view, trig) \
            and trig.ent_id_ not in ("impose_weak", "impose_pay") else ("will", "shall")
        for k in range(m.end, end):
            tok = doc[k]
            if tok.ent_type_ == "ACTION" and k in view.adjective_actions():
                continue  # 'the duty on frozen chicken was raised': an adjective
            if tok.lower_ in futures and "be" in {doc[x].lower_ for x in range(k + 1, trig.start)} \
                    and all(doc[x].lower_ in ("be", "now", "also", "then", "further", "gradually")
                            for x in range(k + 1, trig.start)):
                continue  # 'additional customs duties will be cut': a future passive, one clause
            if tok.ent_type_ in ("ACTION", "MEASURE", "DURATION", "DATE") or tok.lower_ in PASSIVE_BREAK:
                ok = False
                break
            if tok.text == "," and (k == m.end or k == trig.start - 1 or doc[k + 1].lower_ in ("which", "that")):
                continue  # 'These measures, implemented in ...'
            if tok.lower_ in ("and", "or", ",") and not (doc[k - 1].ent_type_ in ("PRODUCT", "JURISDICTION")
                                                         and doc[k + 1].ent_type_ in ("PRODUCT", "JURISDICTION")
                                                         or doc[k - 1].ent_type_ == doc[k + 1].ent_type_ == "FIGURE"
                                                         # 'tariffs of 25% on steel and 10% on aluminium, imposed'
                                                         or doc[k - 1].ent_type_ == "PRODUCT" and doc[k + 1].ent_type_ == "FIGURE"
                                                         and doc[trig.start - 1].text == ","
                                                         or doc[k + 1].lower_ in ("other", "related")
                                                         # ('medical and surgical gloves': two adjectives, one noun)
                                                         or tok.lower_ == "and" and _plain_word(doc[k - 1])
                                                         and doc[k + 1].ent_type_ == "PRODUCT"):
                ok = False
                break
        if ok:
            return m
    return None


def _has_own_object(view: SentenceView, trig: Span) -> bool:
    """'set a $490 floor price', 'imposed a 10% duty': a measure right after the verb, past an
    article and a figure, is its object."""
    doc = view.doc
    k = trig.end
    while k < min(trig.end + 5, view.sent.end) and (
            doc[k].lower_ in DETERMINERS or doc[k].ent_type_ == "FIGURE" or doc[k].like_num or doc[k].is_currency):
        k += 1
    return k > trig.end and k < view.sent.end and doc[k].ent_type_ == "MEASURE"


def _reported(view: SentenceView, start: int) -> bool:
    """'Argentina said the duty ...': a clause a verb of saying reports, before `start`."""
    return any(view.sent.start <= c.start and c.end <= start for c in view.cues("ANNOUNCE")) or any(
        view.doc[k].lower_ in ("said", "says", "announced", "told") for k in range(view.sent.start, start))


def _conditional_after(view: SentenceView, trig: Span) -> bool:
    """'... would be removed as soon as there was firm evidence', '... if talks fail': a condition."""
    words = [view.doc[k].lower_ for k in range(trig.end, view.sent.end)]
    return any(w in ("if", "unless", "once", "provided") for w in words) or any(
        words[i:i + 3] == ["as", "soon", "as"] for i in range(len(words)))


def _passive_clause_start(view: SentenceView, trig: Span, floor: int) -> int:
    """', and on 23 August 2022 imports of a further 300 items ... were suspended': a passive
    verb's subject is its own clause, so the goods there are this step's, not the step before."""
    doc = view.doc
    j = trig.start - 1
    while j > floor and doc[j].lower_ in ("also", "then", "later", "further", "in", "turn"):
        j -= 1
    if j <= floor or doc[j].lower_ not in ("was", "were", "is", "are", "been", "be"):  # ('will be prohibited')
        return trig.start
    k = next((k for k in range(j - 1, floor, -1) if doc[k].text == ";" or _new_clause(view, k)), None)
    if k is None:
        return trig.start
    return k + 1 if doc[k].text == ";" else k + 2


def _clause_date_start(view: SentenceView, start: int, floor: int) -> int:
    """', and in March 2020 the general duty ... was raised': a date heading the next clause
    belongs to that clause's step, so its segment starts at the date."""
    j, skipped = start - 1, 0
    while j > floor and skipped < 3 and view.doc[j].is_alpha and view.doc[j].is_lower \
            and not view.doc[j].ent_type_ and (view.doc[j].lower_ not in NOT_MODIFIERS
                                               or view.doc[j].lower_ in PRONOUNS):
        j, skipped = j - 1, skipped + 1
    if view.doc[j].text == "," and j - 1 > floor and (j + 1 == start or view.doc[j + 1].lower_ in (
            "the", "its", "their", "this", "that")):
        j -= 1  # ', and in the third year, from 26 September 2011, the rate fell to 25 per cent'
        # (', and, in May 2026, extended the halt')
    d = next((d for d in view.get("DATE") if d.end - 1 == j and d.start > floor), None)
    if d is None:
        return start
    i = d.start
    if i - 1 > floor and view.doc[i - 1].lower_ in ("in", "on", "since", "from", "by"):
        i -= 1
    # (', and Zimbabwe last month postponed its own ban': the clause's government before its date)
    actor = next((e for e in view.get("JURISDICTION") + view.get("AGENCY") if e.end == i and e.start - 1 > floor), None)
    if actor is not None and view.doc[actor.start - 1].lower_ in ("and", ",", ";", "while", "but"):
        return actor.start
    return i if i - 1 > floor and view.doc[i - 1].lower_ in ("and", ",", ";", ":", "while", "but") else start


INSTRUMENT_DATING = {"dated", "of", "signed", "issued", "on"}


def _instrument_clause_start(view: SentenceView, start: int, floor: int) -> int:
    """', and an Executive Order dated 06/08/2025 added a further 25 per cent': an instrument
    heading the next clause as its subject, with its date, belongs to that clause's step."""
    doc = view.doc
    for c in view.cues("INSTRUMENT"):
        if not floor < c.start < c.end <= start:
            continue
        dates = [d for d in view.get("DATE") if c.end <= d.start and d.end <= start]
        if not dates or any(doc[k].lower_ not in INSTRUMENT_DATING for k in range(c.end, start)
                            if not any(d.start <= k < d.end for d in dates)):
            continue  # (only the instrument's own date may come between it and the verb)
        i = c.start
        while i - 1 > floor and (doc[i - 1].lower_ in DETERMINERS | {"its", "their"} or doc[i - 1].is_title):
            i -= 1  # ('an Executive Order', 'a new Presidential Proclamation')
        if doc[i - 1].lower_ in ("and", ",", ";", "while", "but"):
            return i
    return start


REPORTING_VERBS = {"said", "says", "announced", "confirmed", "stated", "declared", "pledged", "promised"}
REPORTED_FILLERS = {"that", "it", "they", "would", "will", "then"}


def _reported_clause_start(view: SentenceView, start: int, floor: int) -> int:
    """'..., and said in June 2025 that it would extend zero tariffs to ...': a clause that reports
    the next step, with the day it was said, belongs to that step; its segment starts at the verb."""
    doc, j = view.doc, start - 1
    # ('said last Friday that its own tighter controls ... take effect': past the subject's words)
    that = next((k for k in range(start - 1, max(floor, start - 6), -1) if doc[k].lower_ == "that"), None)
    if that is not None and all(doc[k].is_alpha and doc[k].is_lower and not doc[k].ent_type_
                                for k in range(that + 1, start)):
        j = that
    while j > floor and doc[j].lower_ in REPORTED_FILLERS:
        j -= 1
    d = next((d for d in view.get("DATE") if d.end - 1 == j and d.start > floor), None)
    if d is not None:
        j = d.start - 1
        if j > floor and doc[j].lower_ in ("in", "on"):
            j -= 1
    if j <= floor or doc[j].lower_ not in REPORTING_VERBS or j == start - 1:
        return start
    # (', and Japan said ...': the clause's own subject with it)
    actor = next((e for e in view.get("JURISDICTION") + view.get("AGENCY") if e.end == j and e.start > floor), None)
    head = actor.start if actor is not None else j
    return head if head - 1 > floor and doc[head - 1].lower_ in ("and", ",") else start


def _object_is_prev_measure(view: SentenceView, f: Frame, prev: Frame, end: int) -> bool:
    """A verb whose object points back at the measure the sentence named: 'cut the duties on
    wheat to zero and lowered those on corn to 7%' (the same measure, other goods); 'raised the
    tariff on Canadian goods ..., and postponed for 90 days an increase in the rate on Mexican
    goods' (the step put off is one of the same measure)."""
    doc, after = view.doc, f.trigger.end
    if prev.measure is not None and after + 1 < view.sent.end and doc[after].lower_ in ("those", "that") \
            and doc[after + 1].lower_ in ("on", "for", "of"):
        return True
    return prev.type is not None and ACTION_FAMILY.get(f.action) in ("relax", "extend") and any(
        after <= a.start <= after + 6 and a.start < end and doc[a.start - 1].lower_ in ("a", "an", "the", "its")
        and (a.ent_id_.startswith(("raise", "reduce")) or (a.ent_id_ == "none" and doc[a.start].lower_ in RATE_STEP_NOUNS))
        for a in view.get("ACTION"))


def _in_zones(i: int, zones) -> bool:
    return any(s <= i < e for s, e in zones)


def _purpose_clause(view: SentenceView, a: Span) -> bool:
    """', to allow the market to adjust', 'in order to ease supply': why a step was taken, no step."""
    doc = view.doc
    k = a.start - 1
    return k > view.sent.start and doc[k].lower_ == "to" and (
        doc[k - 1].text == "," or (k - 2 >= view.sent.start and doc[k - 2:k].text.lower() == "in order"))


def _sentence_frames(view: SentenceView, ctx: ArticleContext) -> list[Frame]:
    if view.last_token().text == "?":
        return []  # 'Has anyone been removed from the list?': a question reports no step
    acts = _actions(view)
    if not acts:
        return []
    has_relax = any(ACTION_FAMILY.get(act) in ("relax", "extend", "resume")
                    and kind.split("+")[0] in ("main", "anaphoric", "elaboration") and not _purpose_clause(view, a)
                    for a, act, kind in acts)
    frames: list[Frame] = []
    for trig, act, kind in acts:
        if act == "impose" and _describes_parties(view, trig):
            continue
        if act == "impose" and has_relax and kind != "anaphoric" and trig.start not in view.replacements \
                and _describes_earlier(view, trig):
            kind = "historical"
        folded = kind.endswith("+suspension")
        if folded:
            kind = kind.split("+")[0]
        f = Frame(action=act, kind=kind, sent=view.sent, trigger=trig)
        f.extends_suspension = act == "extend" and (
            folded or "suspend" in trig.text.lower() or any(
                a.start - trig.end <= 4 and a.ent_id_ == "suspend" for a in view.get("ACTION") if a.start >= trig.end))
        if act == "extend" and not f.extends_suspension and _widened_to(view, trig):
            f.action = "tighten"  # 'extended them to hundreds of derivative products': more goods, not more time
        frames.append(f)
    frames = [f for f in frames if not _status_of_step_noun(view, f, frames)]
    mains = [f for f in frames if f.kind != "historical"]
    triggers = [f.trigger.start for f in frames]
    zones = _reference_zones(view, triggers, [f.trigger.end for f in frames])
    # Segments: each main frame owns the text up to the next main trigger; the first owns
    # the sentence start too. Historical frames hang on the main frame whose segment holds them.
    bounds = {}
    measures = view.get("MEASURE")
    starts = []
    for k, f in enumerate(mains):
        start = view.sent.start if k == 0 else f.trigger.start
        if f.trigger.start in view.replacements:
            # 'with a 20% export duty': the new measure's clause starts at 'with' ('switched to quotas':
            # at the measure)
            start = next((k + 1 for k in range(f.trigger.start - 1, view.sent.start, -1)
                          if view.doc[k].lower_ in REPLACING_PREPS + ("to",)), f.trigger.start)
        elif k and f.trigger.start in view.gapped:
            start = view.gapped[f.trigger.start]  # 'and the gasoline ban in November': past the 'and'
        elif k and view.rate_moves.get(f.trigger.start) is not None:
            start = view.rate_moves[f.trigger.start]  # ', while the rate on plug-in hybrids climbed to 20%'
        elif k:
            obj = _subject_measure(view, f.trigger, measures) if f.trigger.start in view.intransitive \
                else _passive_object(view, f.trigger, measures)
            if obj is None and f.action == "extend":
                obj = _halt_as_subject(view, f.trigger)  # 'and in June the suspension was extended'
            if obj is None and f.trigger.start in view.intransitive:
                obj = _product_subject(view, f.trigger)  # '...; wheat went back to 12% on 1 July'
            if obj is None:
                start = _passive_clause_start(view, f.trigger, mains[k - 1].trigger.end)
            if obj is not None and obj.start > mains[k - 1].trigger.end:
                start = obj.start
                while start - 1 > mains[k - 1].trigger.end and view.doc[start - 1].ent_type_ in ("FIGURE", "JURISDICTION"):
                    start -= 1
            # ', and in February it put ...': the date heading the clause is its step's
            start = _clause_date_start(view, start, mains[k - 1].trigger.end)
            start = _reported_clause_start(view, start, mains[k - 1].trigger.end)
            start = _instrument_clause_start(view, start, mains[k - 1].trigger.end)
        starts.append(start)
    for k, f in enumerate(mains):
        end = starts[k + 1] if k + 1 < len(mains) else view.sent.end
        bounds[id(f)] = (starts[k], end)
    for f in frames:
        if f.kind == "historical":
            owner = next((m for m in mains if bounds[id(m)][0] <= f.trigger.start < bounds[id(m)][1]), None)
            f.parent = owner
            bounds[id(f)] = bounds[id(owner)] if owner else (view.sent.start, view.sent.end)
    prev = None
    for f in frames:
        seg = bounds[id(f)]
        _pick_measure(view, f, seg, zones)
        if f.action in ("impose", "tighten") and _zero_rate(view, f.measure):
            f.action = "lift"  # ('China has applied zero tariffs on 100% of tariff lines to ... since 1 Dec 2024')
        if f.measure is None and f.type is None and (f.trigger.start in view.rates_on_goods | view.kept_free or (
                f.action == "impose" and _rate_on_goods(view, f.trigger)) or (
                f.trigger.label_ == "ACTION" and _surcharge_subject(view, f.trigger) is not None)):
            f.type, f.type_specific = "import_tariff", False  # 'imposed 25% on steel': a duty on the goods
            _add_evidence(f, "type", f.type, f.trigger)
        if f.measure is None and f.type is None and f.default_type is None and _licence_needed(view, f):
            # ('exporters of graphite will now need a licence'): a licence named in the singular, for the
            # flow the sentence speaks of, where the article has no measure of its own to lend
            # ('needs a licence for China': a destination after the verb is an export's)
            bound = any(e.start > f.trigger.end and view.doc[e.start - 1].lower_ in ("for", "to")
                        for e in view.get("JURISDICTION"))
            f.default_type = "export_control" if view.cues("EXPORT_CTX") or bound else "other"
        if _capped_licences(view, f):
            # ('replaced it with import licences capped at 40,000 tonnes a month')
            f.type, f.type_specific = "quota", True
            _add_evidence(f, "type", "quota", f.measure)
        if f.type == "entity_listing" and _goods_listed(view, f):
            f.type = "export_control"  # 'added 23 types of chipmaking equipment to its control list'
        halted = _permits_halted(view, f)
        if halted is not None:
            f.type, f.action, f.type_specific = halted, "impose", True
            _add_evidence(f, "type", halted, f.measure)
        if f.measure is None and f.type is None and prev is not None and (prev.measure is not None or (
                prev.type and not f.trigger.text.lower().startswith(FLOW_VERBS))) \
                and f.trigger.text.lower().endswith("ed") and prev.trigger.text.lower().endswith("ed") \
                and any(view.doc[k].lower_ == "and" for k in range(prev.trigger.end, f.trigger.start)) \
                and not any(m.start < f.trigger.start and m.start >= prev.trigger.end for m in view.get("MEASURE")):
            # 'The curbs, introduced on May 2 and extended in June': both participles share the subject
            # ('barred its unit from exporting chips, and in November 2025 granted exemptions': the ban's)
            f.measure, f.type, f.type_specific = prev.measure, prev.type, prev.type_specific
        if f.measure is None and f.type is None and prev is not None and _object_is_prev_measure(view, f, prev, bounds[id(f)][1]):
            f.measure, f.type, f.type_specific = prev.measure, prev.type, prev.type_specific
        shares_rate = prev is not None and f.measure is None and f.trigger.start in view.rate_continuations
        if shares_rate:  # '... rose to 50 per cent on January 1, 2025 and goes to 100 per cent': the same duty
            f.measure, f.type, f.type_specific = prev.measure, prev.type, prev.type_specific
        prev_frame = prev
        prev = f
        privilege = _withdrawn_privilege(view, f)
        given_back = _privilege_after(view, f.trigger) if f.trigger.label_ == "ACTION" and (
            f.trigger.ent_id_ == "grant_privilege" or f.trigger.text.lower().startswith("reinstat")) else None
        if given_back is not None:
            privilege = given_back  # 'reinstated 352 of those exclusions': duty-free again
            f.action = "suspend"
        elif privilege is not None:
            # 'suspending duty-free de minimis treatment', 'stripped Russia of MFN status': the goods pay duty again
            f.action = "impose"
        moved = _privilege_after(view, f.trigger) if f.action in ("reduce", "raise") \
            and f.trigger.label_ == "ACTION" and privilege is None else None
        if moved is not None and THRESHOLD_WORDS & {view.doc[k].lower_ for c in view.cues("PRIVILEGE")
                                                    if c.start == moved.start for k in range(c.start, c.end)}:
            # 'lowered its de minimis threshold to R500': more goods pay duty; 'raised the duty-free
            # allowance': fewer do
            f.action = "tighten" if f.action == "reduce" else "reduce"
            privilege = moved
        listed = _privilege_list_move(view, f.trigger) if privilege is None and f.measure is None else None
        if listed is not None:
            # ('added gold bullion to the exempt list', 'removes flat-rolled steel from the remission'):
            # the goods come into the relief, or fall out of it and pay again
            privilege, f.action = listed
        if privilege is None and f.action == "extend" and f.type is None and f.measure is None \
                and f.trigger.label_ == "ACTION":
            privilege = _privilege_after(view, f.trigger) or _privilege_subject(view, f.trigger)  # 'extended 14 exclusions on surgical drapes to ...'
        if privilege is not None:
            if f.type is None or f.type in GENERIC_MEASURES:
                f.type, f.type_specific = "import_tariff", False
                _add_evidence(f, "type", "import_tariff", privilege)
        if f.action == "resume" and f.measure is not None and not _implied_by_context(view, f) and (
                f.measure.start >= f.trigger.end or f.trigger.start - f.measure.end <= 3):
            f.action = "impose"  # 'resumed tariffs' reimposes them; 'resume seafood imports' lifts a ban
        f.products = _products(view, seg, zones, ctx, f.measure, f.trigger)
        if privilege is not None and not f.products and privilege.id_ in ctx.rules.catalog:
            f.products = [privilege.id_]  # 'suspended de minimis': the benefit names the goods it covered
        if shares_rate and not f.products:
            f.products = list(prev_frame.products)
        if not f.products and f.measure is not None and f.measure.start < seg[0] and f.trigger.start in view.intransitive:
            f.products = _goods_of_subject(view, f.measure)  # 'the extra duty on used cars, set at 40 percent ..., drops'
        f.refers_back = not f.products and _refers_back(view, seg, ctx)
        f.targets = _targets(view, f, seg, zones)
        _imposer(view, f, seg, zones, ctx)
        if privilege is not None:
            # "ends Turkey's designation as a beneficiary of the GSP": the benefit's holder is the target
            holders = [_actor(view, e) for e in view.get("JURISDICTION") if not _in_zones(e.start, zones) and (
                f.trigger.end <= e.start < privilege.end or (e.end < view.sent.end and view.is_possessive(e.end) and any(
                    e.end < c.start <= e.end + 3 for c in view.cues("PRIVILEGE"))))]
            if f.imposer in holders:
                f.imposer, f.agency = None, None
            f.targets = f.targets + [h for h in holders if h not in f.targets]
        f.targets = [t for t in f.targets if t != f.imposer]
        if f.type == "export_duty" and not f.type_specific and f.targets:
            f.type = "import_tariff"  # 'its duties on Australian wine exports': duties on another's goods
        _rate(view, f, seg)
        _moved_when_since(view, f)
        if f.type == "export_ban" and _to_listed_parties(view, f, seg):
            f.type = "entity_listing"  # 'ban exports to 29 more organisations in Russia': names put on a list
    frames = [f for f in frames if not any(g is not f and f.trigger.start in g.merged_triggers for g in frames)]
    frames = [part for f in frames for part in _split_by_rates(view, f, bounds)]
    split_from = {id(p): f for f in mains for p in frames if p is not f and bounds.get(id(p)) == bounds[id(f)]}
    mains = [f for f in frames if f.kind != "historical"]
    for f in frames:
        if f.parent is not None and id(f.parent) not in {id(m) for m in mains}:
            f.parent = next((m for m in mains if split_from.get(id(m)) is f.parent), None)
    for f in frames:
        if f.trigger.ent_id_ == "copy_step":
            _copy_step(f, ctx)
    # Historical impositions share the measure of the action they explain.
    for f in frames:
        if f.kind == "historical" and f.parent is not None:
            p = f.parent
            _take_level_from_parent(f)
            if p.type and not (f.measure is not None and f.measure.ent_id_ == "entity_listing"):
                f.type, f.type_specific = p.type, p.type_specific
            f.products = f.products or p.products
            f.imposer, f.agency = f.imposer or p.imposer, f.agency or p.agency
            f.targets = f.targets or p.targets
    _dates(view, frames, mains, bounds, ctx)
    for f in frames:
        _date_decided_in_aside(view, f, ctx)
        _lapse_starts_lift(view, f)
    for f in frames:
        if f.trigger.start in view.replacements and not any(d.value for d in f.dates):
            # ('... then replaced, from 16 October 2025, by a system of quotas': the new measure starts
            # the day the old one ends)
            ended = next((g for g in frames if g.trigger.start in view.replaced_halts and g.action in ("lift", "resume")),
                         None)
            if ended is not None:
                _same_dates(f, ended)
        elif f.trigger.start in view.replaced_halts and f.action == "lift" and not any(d.value for d in f.dates):
            # ('... and switched to quotas in October 2025': the halt ends the day the quotas start)
            new = next((g for g in frames if g.trigger.start in view.replacements and g.trigger.start > f.trigger.start), None)
            if new is not None:
                _same_dates(f, new)
    for f in frames:
        late = _not_until(view, f.trigger) if f.trigger.label_ == "ACTION" else None
        if late is not None:
            # 'did not lift the suspension until Dec. 15': lifted that day, no expiry
            f.dates = [d.model_copy(update={"role": "effective"}) if d.role == "expires" and d.start == late.start_char
                       else d for d in f.dates]
            f.dates += [d.model_copy(update={"role": "announced"}) for d in f.dates
                        if d.role == "effective" and d.start == late.start_char]
    split = []
    for f in frames:
        # ('The package, adopted on 23 October 2025, banned ... from 25 April 2026 and ... from 1 January
        # 2027': the day told before the verb is when every step it splits into was decided)
        decided = [d for d in f.dates if d.role == "announced" and d.value and d.end <= f.trigger.start_char
                   and id(d) not in f.defaulted]
        for part in _split_by_dates(view, f):
            if id(f) in bounds:  # ('..., and on 25 August': the step's own segment)
                bounds.setdefault(id(part), bounds[id(f)])
            if part is not f and not part.value("announced"):
                part.dates = part.dates + decided
            split.append(part)
    frames = split
    for f in frames:
        _before_its_end(f)
    mains = [f for f in frames if f.kind != "historical"]
    _when_clause(view, frames, mains, ctx)
    for f in frames:
        if f.kind == "historical" and f.parent is not None:
            _precede_parent(f)
        if f.trigger.label_ == "MEASURE" and f.trigger.ent_id_ == "quota" and f.action == "impose":
            lift = next((g for g in frames if g.action == "lift" and g.trigger.end <= f.trigger.start), None) \
                if _capping_quota(view, f.trigger) else None
            if lift is not None:  # the quota opens with the lift, on its goods
                f.products = f.products or list(lift.products)
                f.dates += [d for d in lift.dates if d.role == "effective" and not f.value("effective")]
    _durations(view, frames, mains)
    for f in mains:
        f.occasion = _occasion(view, f)
        # ('... from the same date', 'On the same date, the MEP was done away with')
        f.same_start = max((c for c in view.cues("SAME_START") if bounds[id(f)][0] <= c.start < bounds[id(f)][1]
                            and (c.start >= f.trigger.end or c.start <= bounds[id(f)][0] + 1)),
                           key=lambda c: (-c.start, len(c)), default=None)
        f.immediate = bool(view.cues("IMMEDIATE"))
    if view.cues("IMMEDIATE"):
        # 'banned wheat exports with immediate effect': in force the day it was announced
        # ('effective from the date of this announcement': the day the document is dated)
        own = next((c for c in view.cues("IMMEDIATE") if c.id_ == "this_document"), None)
        for f in mains:
            if own is not None and ctx.published is not None and bounds[id(f)][0] <= own.start < bounds[id(f)][1]:
                day = ctx.published.isoformat()
                for role in ("announced", "effective"):
                    if not f.value(role):
                        _infer_date(f, role, day, day, own.text, own.start_char, own.end_char)
            announced = next((d for d in f.dates if d.role == "announced" and d.value), None)
            if announced is not None and not f.value("effective"):
                f.dates.append(announced.model_copy(update={"role": "effective", "how": "inferred",
                                                            "anchor": "with immediate effect"}))
            # ('banned exports ... with immediate effect on Tuesday': the day it applied is the day decided)
            effective = next((d for d in f.dates if d.role == "effective" and d.value), None)
            if announced is None and effective is not None and any(
                    bounds[id(f)][0] <= c.start < bounds[id(f)][1] and any(
                        0 <= d.start - c.end <= 1 and d.start_char == effective.start for d in view.get("DATE"))
                    for c in view.cues("IMMEDIATE")):
                f.dates.append(effective.model_copy(update={"role": "announced", "how": "inferred",
                                                            "anchor": "with immediate effect"}))
    for f in frames:
        # 'the duty', 'the new 40% duty', 'its extra levy': a measure the text has told of
        f.definite = f.measure is not None and view.definite_before(f.measure.start)
    for f in frames:
        if f.kind == "main" and f.measure is not None and f.measure.label_ == "MEASURE" and f.definite \
                and f.trigger.start in view.intransitive and _takes_effect(f.trigger) and f.measure.end <= f.trigger.start:
            f.kind = "anaphoric"  # 'The extra levy will take effect on August 27': when a told measure applies
            continue
        if f.kind == "main" and f.measure is None and f.type is None and ctx.frames and _takes_effect(f.trigger) \
                and _instrument_subject(view, f.trigger) and any(
                    view.definite_before(c.start) and c.start <= view.sent.start + 2
                    for c in view.cues("INSTRUMENT") if c.end <= f.trigger.start):
            f.kind = "anaphoric"  # 'The decree, published on Thursday, applies from 1 November': the step it sets
            continue
        if f.kind == "main" and f.measure is not None and f.measure.label_ == "MEASURE" and f.definite \
                and ctx.frames and (f.measure.ent_id_ in GENERIC_MEASURES or len(f.measure) == 1) \
                and not _framing_phrase(view, f.measure) \
                and not (f.products or f.rate or f.duration or any(d.value for d in f.dates if d.role in DATE_ROLES)):
            f.kind = "anaphoric"  # 'the sweeping tariffs Washington imposed': a measure already told
    for f in frames:
        if f.kind == "anaphoric" and _takes_effect(f.trigger):
            f.whole_instrument = any(c.end <= f.trigger.start and view.definite_before(c.start)
                                     for c in view.cues("INSTRUMENT"))
        if f.kind == "anaphoric" and (_takes_effect(f.trigger) or f.trigger.text.lower().startswith(PAST_EFFECT_VERBS)) \
                and f.measure is not None and f.action == "impose" and any(
                    a.end == f.measure.start and a.ent_id_ == "extend" for a in view.get("ACTION")):
            f.action = "extend"  # ('The renewed measures took effect on 18 January 2024': the renewal applies)
    _promote_elaborations(frames)
    kept = []
    for i, f in enumerate(frames):
        if f.trigger.start in view.replacements and not f.products:
            # 'replaced the ban on cattle with a quota': on cattle ('it replaced the suspension with
            # quotas': the goods of the halt told before)
            f.products = next((list(g.products) for g in reversed(frames[:i]) if g.products), [])
            f.refers_back = not f.products
        elif not f.products:
            # 'suspended imports of live cattle on 11 May, began reopening ports on 7 July', 'brought back
            # its import tax ... at 10%, raised it to 18%': the sentence's earlier step of that measure
            f.products = next((list(g.products) for g in reversed(frames[:i]) if g.products and g.type == f.type
                               and g.imposer in (f.imposer, None) and g.trigger.end <= f.trigger.start
                               and (f.measure is None or (f.measure == g.measure and f.trigger.end < view.sent.end
                                                          and view.doc[f.trigger.end].lower_ in OBJECT_PRONOUNS)
                                    # (', on top of provisional duties that had applied from January')
                                    or (g.measure is not None and f.measure.ent_id_ == g.measure.ent_id_
                                        and f.trigger.label_ == "ACTION" and _relative_verb(view, f.trigger)))), [])
        if f.kind in ("historical", "background") and not any(d.role in DATE_ROLES and d.value for d in f.dates):
            continue  # an earlier imposition named without a date adds nothing
        if f.kind == "historical" and _scheduled(view, f.trigger):
            continue  # 'was originally due to apply from 1 March, but ... pushed the start back': a plan, no step
        # ('The temporary suspension on the importation of used tyres, ..., is lifted': a halt as subject)
        halt_lifted = f.action == "lift" and f.type is None and _halt_as_subject(view, f.trigger) is not None
        f.moves_threshold = f.action == "reduce" and f.trigger.label_ == "ACTION" \
            and _threshold_moved(view, f.trigger, f.trigger.start in view.intransitive)
        if f.moves_threshold:
            f.action = "tighten"  # ('the threshold dropped to 0.5 carat': the ban reaches smaller stones)
        if f.measure is None and f.type is None and not _implied_by_context(view, f) and f.kind == "main" \
                and not _rate_step(view, f) and f.status is None and not _licence_by_default(f):
            # ('On March 7, 2025, it exempted goods that qualify ...': relief from the measure just told)
            # ('exempted medicines from the suspension' names what it relieves: no borrowing)
            # ('... free of the reciprocal tariff since an executive order ... exempted beef': the measure
            # the sentence named before)
            named = [m for m in view.get("MEASURE") if m.end <= f.trigger.start and m.ent_id_ in TYPE_FAMILY]
            by_instrument = bool(named) and _instrument_subject(view, f.trigger)
            exempts = _exempts_from_told(view, f.trigger)
            if not _told_object(view, f) and not exempts and not f.moves_threshold \
                    and f.trigger.start not in view.lapsed | view.goods_added \
                    and not _shares_passive_subject(view, f, kept) \
                    and not (f.action == "resume" and _lets_them_resume(view, f.trigger)) \
                    and not halt_lifted and not _passive_rate_subject(view, f) and not _postponed_move(view, f) \
                    and not _passive_instrument(view, f) \
                    and not (f.action == "impose" and _hit_with_figure(view, f.trigger) is not None):
                continue
            f.refers_back = True  # 'suspended it for ninety days': the measure the article is telling
            told = next((g for g in reversed(kept) if g.type in ("import_ban", "export_ban") and g.action == "impose"),
                        None) if halt_lifted else None
            if told is not None:
                # ('customs suspended imports from three Ecuadorian packers in July 2020 ...; the suspensions
                # were lifted later that year': the halt this sentence told, its government and its flow)
                f.imposer, f.type, f.type_specific = told.imposer, told.type, False
                f.targets = list(told.targets)
                f.evidence = [e for e in f.evidence if e.field not in ("imposer", "targets")] + [
                    e for e in told.evidence if e.field in ("imposer", "targets")]
            if exempts and by_instrument:
                f.measure, f.type = named[-1], named[-1].ent_id_  # ('free of the reciprocal tariff since an order exempted beef')
            if f.action in ("suspend", "lift") and _pronoun_means_privilege(view, f):
                # 'China lost de minimis treatment first. An order ended it for Chinese goods'
                f.action, f.type, f.type_specific = "impose", "import_tariff", False
        if ((f.measure is None and not f.type_specific and (f.type in ("export_ban", "import_ban") and f.action == "impose"
                                                              or f.action in ("raise", "reduce") and _active_verb(view, f.trigger)))
                or f.trigger.ent_id_ == "impose_ban") and _company_subject(view, f.trigger):
            continue  # 'the company suspended exports of diesel', '"We suspended shipments ..."': a firm's choice
        if _commercial_surcharge(view, f):
            continue  # ('One major carrier has told customers it will add a USD 150 per container surcharge')
            # ('Several national posts stopped accepting US-bound goods': whatever duty the sentence names)
        if (f.action == "resume" and f.type is None and _lets_them_resume(view, f.trigger)) or (
                f.action == "lift" and f.type is None and (f.trigger.start in view.replaced_halts or halt_lifted)):
            _resume_halted_flow(f, kept, ctx)  # (or replaced: 'The suspension ... was then replaced by quotas')
        elif f.action == "extend" and f.type is None and _halt_told(view, f.trigger):
            _resume_halted_flow(f, kept, ctx, action="extend")  # 'The suspension was extended by three months'
        elif f.action == "lift" and f.type is None and f.trigger.start in view.dropped_licences:
            _drop_licence(f, kept, ctx)  # '..., then dropped the licence two weeks early'
        if f.action == "resume" or f.void:
            continue  # 'easing trade tensions', 'introducing a Buy Canadian policy': no measure in sight
        f.sentences = [(view.sent.start_char, view.sent.end_char)]
        kept.append(f)
    for f in kept:
        ended = next((g for g in kept if g.trigger.start in view.replaced_halts and g.action == "lift"
                      and f.trigger.start in view.replacements and f.trigger.end <= g.trigger.start), None)
        if ended is not None:
            # ('the quotas that replaced it in October 2025': the new measure starts the day the old one
            # ends, on its goods)
            _same_dates(f, ended)
            f.products = f.products or list(ended.products)
    # 'adopted its 19th sanctions package, which prohibits imports of Russian LNG': the package
    # is the instrument, the step is what it does
    kept = _join_bans(view, kept)
    kept = [part for f in kept for part in _split_by_flows(view, f, bounds)]
    kept = [g for f in kept for g in [f] + _co_imposer_frames(view, f)]
    kept = [g for i, f in enumerate(kept) for g in _mutual_frames(view, f, ctx.frames + kept[:i], ctx.home)]
    return [f for f in kept if not (f.type == "other" and not f.products and any(
        g is not f and g.type not in (None, "other") and g.products and ACTION_FAMILY[g.action] == ACTION_FAMILY[f.action]
        for g in kept))]


def _join_bans(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """'restricted imports of ready-made garments to two seaports and shut land ports to processed
    food, plastics and cotton yarn' on one day: two verbs of one ban on more goods, one step."""
    out: list[Frame] = []
    for f in frames:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == f.kind == "main" and prev.action == f.action == "impose" \
                and prev.type == f.type and f.type in ("import_ban", "export_ban") and prev.imposer == f.imposer \
                and prev.rate is None and f.rate is None and view.doc[f.trigger.start - 1].lower_ == "and" \
                and all(f.value(r) in (None, prev.value(r)) for r in DATE_ROLES) and f.products \
                and not set(f.products) & set(prev.products):
            prev.products = prev.products + [p for p in f.products if p not in prev.products]
            prev.evidence = prev.evidence + [e for e in f.evidence if e.field == "products"]
            continue
        out.append(f)
    return out


SCHEDULE_STEPS = {"step", "stage", "phase", "increase", "rise"}  # (steps up a schedule; not RATE_STEP_NOUNS: a cut is no rise)


def _step_to_level(view: SentenceView, a: Span) -> Optional[int]:
    """'the last step, to 35%, takes effect on 01/07/2026', 'the next stage, to 20 per cent, applies
    from July': a step of a schedule named with its level, told by a verb of coming into force.
    Where that step is named ('the'), or None."""
    doc = view.doc
    if not a.text.lower().startswith(("take", "takes", "took", "come", "comes", "came", "appl")):
        return None
    k = view.word_before(a.start)
    if k is None or doc[k].text != ",":
        return None
    fig = next((g for g in view.get("FIGURE") if g.end == k), None)
    if fig is None or doc[fig.start - 1].lower_ != "to" or doc[fig.start - 2].text != ",":
        return None
    n = fig.start - 3
    named = n - 2 >= view.sent.start and doc[n].lower_ in SCHEDULE_STEPS and doc[n - 2].lower_ == "the" and (
        doc[n - 1].lower_ in ("last", "next", "final", "first") or ORDINAL.match(doc[n - 1].lower_) is not None)
    return n - 2 if named else None


def _goods_off_list(view: SentenceView, a: Span) -> bool:
    """'dropped gloves and gowns from the list': goods taken off the list a measure keeps."""
    doc, k = view.doc, a.end
    while k < view.sent.end and (doc[k].ent_type_ == "PRODUCT" or doc[k].lower_ in ("and", ",")):
        k += 1
    return k > a.end and doc[a.end].ent_type_ == "PRODUCT" and k + 2 < view.sent.end and doc[k].lower_ in ("from", "off") \
        and doc[k + 1].lower_ in DETERMINERS and doc[k + 2].lower_ in ("list", "lists")


def _lets_them_resume(view: SentenceView, trig: Span) -> bool:
    """'allowed them to resume', 'will allow it to restart', 'allowed them back in November': a
    permission for the trade told before."""
    k, doc = trig.end, view.doc
    if trig.ent_id_ == "resume" and trig.start - 2 >= view.sent.start and doc[trig.start - 1].lower_ in OBJECT_PRONOUNS \
            and doc[trig.start - 2].lower_ in ("let", "lets", "letting"):
        return True  # 'and it let them resume in April of that year'
    if trig.ent_id_ == "resume" and not trig.text.lower().startswith("allow") and k < view.sent.end \
            and doc[k].lower_ in OBJECT_PRONOUNS and doc[trig.start - 1].lower_ != "to":  # ('lobby to reopen it')
        return True  # 'banned onion exports from 8 December 2023, reopened them in May 2024'
    if not trig.text.lower().split()[-1].startswith("allow") or k + 1 >= view.sent.end:
        return False
    j = view.word_before(trig.start)
    if j is not None and doc[j].lower_ in PASSIVE_AUX and (doc[k].lower_ == "back" or (
            doc[k].lower_ == "in" and doc[k + 1].lower_ == "again")):
        # ('Private cars and SUVs were allowed back in', 'Mexican Hass avocados are allowed in again'):
        # goods let back across the border
        return any(trig.start - 8 <= p.start and p.end <= j for p in view.get("PRODUCT"))
    # ('allowed them again from 15 March 2020')
    return doc[k].lower_ in OBJECT_PRONOUNS and (doc[k + 1].lower_ in ("back", "again") or (
        k + 2 < view.sent.end and doc[k + 1].lower_ == "to"
        and doc[k + 2].ent_type_ == "ACTION" and doc[k + 2].ent_id_ == "resume"))


def _halt_told(view: SentenceView, trig: Span) -> bool:
    """'The suspension was extended', 'extended the halt in June': a halt told before, as the
    verb's subject or its object ('the suspension of tariffs' is a relief, not a halt)."""
    doc, h = view.doc, trig.end + 1
    return _halt_as_subject(view, trig) is not None or (
        h < view.sent.end and doc[trig.end].lower_ in DETERMINERS and doc[h].lower_ in HALT_NOUNS
        and (h + 1 >= view.sent.end or doc[h + 1].lower_ not in ("of", "on", "for")
             or doc[h + 1].lower_ == "on" and h + 2 < view.sent.end and doc[h + 2].ent_type_ == "DATE"))


def _resume_halted_flow(f: Frame, kept: list[Frame], ctx: ArticleContext, action: str = "lift") -> None:
    """'suspended imports of U.S. logs in March 2025 ... and allowed them to resume in November':
    the halt told last (in this sentence, else before) is lifted (or, with `action`, extended)."""
    halts = [g for g in reversed(kept) if g.trigger.end <= f.trigger.start] + list(reversed(ctx.frames))
    donor = next((g for g in halts if g.type in ("import_ban", "export_ban") and g.kind != "historical"), None)
    named = _halt_named_before(f)
    if named is not None and (donor is None or donor.type != named):
        # ('Since the export halt of February 2025 and the quotas that replaced it': the halt the
        # sentence names, though no step told it)
        f.action, f.type, f.type_specific = action, named, False
        _add_evidence(f, "type", f.type, f.trigger)
        return
    if donor is None or f.imposer not in (None, donor.imposer):
        return
    f.action, f.type, f.type_specific = action, donor.type, False
    f.products = f.products or list(donor.products)
    f.targets = f.targets or list(donor.targets)
    f.imposer, f.agency = f.imposer or donor.imposer, f.agency or donor.agency
    _add_evidence(f, "type", f.type, f.trigger)


def _halt_named_before(f: Frame) -> Optional[str]:
    """'the export halt', 'the import freeze' named earlier in the frame's sentence: its ban type."""
    doc = f.sent.doc
    for k in range(f.trigger.start - 1, f.sent.start, -1):
        if doc[k].lower_ in HALT_NOUNS and doc[k - 1].lower_ in ("export", "import"):
            return "export_ban" if doc[k - 1].lower_ == "export" else "import_ban"
        # ('The temporary suspension on the importation of used tyres, ..., is lifted': the flow after it)
        if doc[k].lower_ in HALT_NOUNS and k + 3 < f.trigger.start and doc[k + 1].lower_ in ("on", "of"):
            flow = next((doc[j].lower_ for j in range(k + 2, min(k + 4, f.trigger.start)) if doc[j].lower_ in FLOW_WORDS), None)
            if flow is not None:
                return "export_ban" if flow.startswith("export") else "import_ban"
    return None


def _drop_licence(f: Frame, kept: list[Frame], ctx: ArticleContext) -> None:
    """'made exports of fresh tomatoes subject to a prior licence ..., then dropped the licence':
    the licence told last (in this sentence, else before) is lifted."""
    told = [g for g in reversed(kept) if g.trigger.end <= f.trigger.start] + list(reversed(ctx.frames))
    donor = next((g for g in told if g.licence or g.type == "export_control"), None)
    if donor is None or f.imposer not in (None, donor.imposer):
        return
    f.type, f.type_specific, f.licence = donor.type, False, donor.licence
    f.products = f.products or list(donor.products)
    f.targets = f.targets or list(donor.targets)
    f.imposer, f.agency = f.imposer or donor.imposer, f.agency or donor.agency
    _add_evidence(f, "type", f.type, f.trigger)


def _copy_step(f: Frame, ctx: ArticleContext) -> None:
    """'Mexico and Chile followed suit', 'Japan did the same on Monday': the step the article told
    last, taken by this sentence's government; with none told, no step (the frame is void)."""
    donor = next((g for g in reversed(ctx.frames) if g.kind == "main" and g.type and g.imposer), None)
    if donor is None or f.imposer in (None, donor.imposer):
        f.void = True
        return
    f.action, f.type, f.type_specific = donor.action, donor.type, False
    f.products = f.products or list(donor.products)
    f.targets = [t for t in (f.targets or donor.targets) if t != f.imposer]
    _add_evidence(f, "type", f.type, f.trigger)


def _mutual_frames(view: SentenceView, f: Frame, told: list[Frame], home: Optional[str] = None) -> list[Frame]:
    """'both sides cut their tariffs to 10%': the step for each of the two governments of the last
    step told (in the article so far or earlier in the sentence) on a single other one, each on
    the other; with no such pair in sight, or nothing told of the step but its verb ('Both
    governments also extended the suspension of other tariffs'), no step."""
    cue = view.mutual.get(f.trigger.start)
    if cue is None:
        return [f]
    if f.rate is None and not f.products and not any(d.value for d in f.dates):
        return []
    # (a step earlier in the sentence may have only its candidates yet: 'The U.S. put 25 percent on ...')
    actor = lambda g: g.imposer or next((c for c in g.imposer_candidates if c not in g.targets), None)
    pair = next(((actor(g), g.targets[0]) for g in reversed(told)
                 if g.kind == "main" and actor(g) and len(g.targets) == 1 and g.targets[0] != actor(g)), None)
    if pair is None:
        # ('In 2019 the US and the EU put tariffs on each other's aircraft. The two sides agreed ...
        # to suspend these tariffs': the two governments of the last step told by both)
        last = [g for g in told if g.kind == "main" and actor(g)][-2:]
        pair = (actor(last[0]), actor(last[1])) if len(last) == 2 and actor(last[0]) != actor(last[1]) \
            and last[0].sent == last[1].sent else None
    if pair is None:
        return []
    if home == pair[0]:
        pair = pair[::-1]  # (the article's own government acts last: a later 'the regulation' stays its)
    return [_step_by(f, imposer, cue, [target]) for imposer, target in (pair, pair[::-1])]


def _co_imposer_frames(view: SentenceView, f: Frame) -> list[Frame]:
    """The same step for each other government of a coordinated subject."""
    return [_step_by(f, _actor(view, e), e) for e in f.co_imposers]


def _step_by(f: Frame, imposer: str, named: Span, targets: Optional[list[str]] = None) -> Frame:
    """The step `f` taken by another government, named at `named`, with lists of its own; on
    `targets` (named there too) when given, else on f's targets other than itself."""
    g = copy.copy(f)
    g.imposer, g.agency, g.co_imposers = imposer, None, []
    g.targets = list(targets) if targets is not None else [t for t in f.targets if t != imposer]
    g.dates, g.defaulted = list(f.dates), set(f.defaulted)
    replaced = ("imposer", "targets") if targets is not None else ("imposer",)
    g.evidence = [x for x in f.evidence if x.field not in replaced]
    _add_evidence(g, "imposer", imposer, named)
    for t in targets or []:
        _add_evidence(g, "targets", t, named)
    return g


THRESHOLD_WORDS = {"threshold", "thresholds", "allowance", "allowances", "limit", "limits", "ceiling"}


def _zero_rate(view: SentenceView, m: Optional[Span]) -> bool:
    """'zero tariffs', 'a zero tariff', 'a 0% duty': a duty named at nothing is a duty lifted."""
    if m is None or m.ent_id_ not in DUTY_MEASURES or m.start == view.sent.start:
        return False
    return view.doc[m.start - 1].lower_ in ("zero", "nil") or any(
        g.end == m.start and (parse_figure(g.text, g.ent_id_) or (None,))[0] == 0 for g in view.get("FIGURE"))


def _privilege_after(view: SentenceView, trig: Span) -> Optional[Span]:
    """The trade benefit a verb takes as its object ('suspended the country's duty-free AGOA
    benefits', 'reinstated 352 of those exclusions')."""
    doc = view.doc
    free = {k for c in view.cues("DUTY_FREE") for k in range(c.start, c.end)}  # the 'duty' of 'duty-free'
    # ('exempted goods that qualify for preferential treatment': a benefit the goods' clause names)
    # ('renew remission applications before 30 June': firms' requests for it, no benefit)
    return next((c for c in view.cues("PRIVILEGE") if trig.end <= c.start <= trig.end + 8 and not _asked_for(view, c)
                 and not any((doc[k].ent_type_ in ("ACTION", "MEASURE") and k not in free) or doc[k].text in (";", ".")
                             or doc[k].lower_ in ("that", "which", "who") for k in range(trig.end, c.start))), None)


def _privilege_subject(view: SentenceView, trig: Span) -> Optional[Span]:
    """'all 178 exclusions would continue', 'Remission continues': a relief right before the verb."""
    k = view.word_before(trig.start)
    while k is not None and view.doc[k].lower_ in ("would", "will", "shall", "to", "also", "now"):
        k = view.word_before(k)
    return next((c for c in view.cues("PRIVILEGE") if k is not None and c.end == k + 1 and not _asked_for(view, c)), None)


def _asked_for(view: SentenceView, c: Span) -> bool:
    """'remission applications', 'exclusion requests': what firms ask for, no relief given."""
    return c.end < view.sent.end and view.doc[c.end].lower_ in REQUEST_NOUNS


def _relief_after(view: SentenceView, m: Span) -> bool:
    """'tariff suspensions', 'duty exemptions': a measure named by the relief from it."""
    return m.end < view.sent.end and view.doc[m.end].lower_ in MEASURE_RELIEF_NOUNS


ANSWERED_WORDS = {"response", "retaliation", "answer", "against", "reply", "riposte"}


def _of_no_measure(view: SentenceView, a: Span, measures: list[Span]) -> bool:
    """'no additional tariffs imposed as countermeasures': a participle right after a measure
    that 'no' negates."""
    doc = view.doc

    def negated(m: Span) -> bool:
        return any(doc[k].lower_ == "no" for k in range(max(view.sent.start, m.start - 2), m.start))

    m = next((m for m in measures if m.end == a.start), None)
    if m is not None:
        return a.text.lower().endswith("ed") and negated(m)
    # ('no additional tariffs imposed as countermeasures ... shall be levied': the passive's subject)
    passive = a.start > view.sent.start and doc[a.start - 1].lower_ in PASSIVE_AUX
    return passive and any(m.end <= a.start and negated(m) and not any(doc[k].text == ";" for k in range(m.end, a.start))
                           for m in measures)


def _relief_takes_effect(view: SentenceView, a: Span) -> bool:
    """', which take effect today': a 'which' clause on a relief just named tells when that relief
    starts, no new measure."""
    doc = view.doc
    if not a.text.lower().startswith(("take", "took", "come", "came", "enter")) or a.start < view.sent.start + 2 \
            or doc[a.start - 1].lower_ not in ("which", "that") or doc[a.start - 2].text != ",":
        return False
    k = a.start - 2  # the comma; the relief named before it, with its goods ('exclusions for certain machinery')
    return any(c.end <= k and k - c.end <= 6 and not any(doc[x].ent_type_ in ("ACTION", "MEASURE") for x in range(c.end, k))
               for c in view.cues("PRIVILEGE"))



REQUEST_NOUNS = {"application", "applications", "request", "requests", "petition", "petitions", "process", "portal",
                 "form", "forms", "procedure", "procedures"}
PRIVILEGE_ADD_VERBS = {"added", "adds", "add", "adding", "included", "includes", "include", "including", "put", "puts",
                       "placed", "places"}
PRIVILEGE_REMOVE_VERBS = {"removed", "removes", "remove", "removing", "dropped", "drops", "drop", "dropping", "took",
                          "takes", "take", "taking", "struck", "strikes", "deleted", "deletes"}


def _privilege_list_move(view: SentenceView, trig: Span) -> Optional[tuple[Span, str]]:
    """('added gold bullion and some critical minerals to the exempt list', 'removes flat-rolled
    steel products from the remission'): goods put on a list of relief are relieved ('suspend');
    goods taken off it pay again ('tighten'). Returns the relief and the action."""
    text = trig.text.lower()
    prep = "to" if text in PRIVILEGE_ADD_VERBS else "from" if text in PRIVILEGE_REMOVE_VERBS else None
    if prep is None or trig.label_ != "ACTION":
        return None
    doc = view.doc
    for k in range(trig.end + 1, min(view.sent.end - 1, trig.end + 16)):
        if doc[k].text in (";", ".") or (doc[k].ent_type_ in ("ACTION", "MEASURE") and doc[k].lower_ not in ("remission",)):
            return None
        if doc[k].lower_ == prep:
            x = k + 1 + (doc[k + 1].lower_ in ("the", "its", "their", "this", "that"))
            c = next((c for c in view.cues("PRIVILEGE") if c.start == x), None)
            goods = any(trig.end <= p.start < k for p in view.get("PRODUCT"))
            if c is not None and goods:
                return c, "suspend" if prep == "to" else "tighten"
            return None
    return None


def _withdrawn_privilege(view: SentenceView, f: Frame) -> Optional[Span]:
    """A trade benefit suspended or ended, as object or as passive subject ('GSP benefits
    were revoked'): the goods pay duty again."""
    if f.action not in ("suspend", "lift") or f.trigger.label_ != "ACTION" or f.trigger.ent_id_ == "grant_privilege" \
            or f.trigger.text.lower() in PRIVILEGE_ADD_VERBS:
        return None  # ('added gold bullion to the exempt list' gives relief)
    trig, doc = f.trigger, view.doc
    found = _privilege_after(view, trig)
    if found is not None:
        return found
    # ('de minimis was suspended', 'duty-free de minimis entry ended for goods from China')
    found = next((c for c in view.cues("PRIVILEGE") if 0 <= trig.start - c.end <= 3
                  and (any(doc[k].lower_ in PASSIVE_AUX for k in range(c.end, trig.start))
                       or (c.end == trig.start and trig.text.lower() in ("ended", "ends", "expired", "lapsed")))), None)
    if found is None and trig.text.lower() in ("end", "ends", "ended", "expire", "expires", "expired", "lapse", "lapses"):
        # ('the 14 exclusions for solar manufacturing equipment will end on June 1': the goods pay again)
        found = next((c for c in view.cues("PRIVILEGE") if 0 < trig.start - c.end <= 10 and doc[c.end].lower_ in ("for", "on")
                      and all(doc[k].ent_type_ == "PRODUCT" or doc[k].lower_ in ("for", "on", "will", "would", "shall",
                                                                                  "and", "certain", "some", "all")
                              for k in range(c.end, trig.start))), None)
    return found


def _pronoun_means_privilege(view: SentenceView, f: Frame) -> bool:
    """Whether the last thing named before a pronoun object is a trade benefit, not a measure."""
    doc, start = view.doc, max(0, f.trigger.start - 40)
    last_measure = max((e.end for e in doc.ents if e.label_ == "MEASURE" and start <= e.start < f.trigger.start),
                       default=-1)
    last_privilege = max((c.end for c in doc.spans.get(CUES_KEY, ()) if c.label_ == "PRIVILEGE"
                          and start <= c.start < f.trigger.start), default=-1)
    return last_privilege > last_measure


def _kept_free_of(view: SentenceView, a: Span, measures: list[Span]) -> bool:
    """'keeps imports of basic foods such as beans, corn flour and canned tuna free of tariffs': goods
    kept free of a duty, past their list."""
    doc = view.doc
    return any(a.end < m.start <= a.end + 25 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ == "free"
               and not any(doc[k].ent_type_ == "ACTION" or doc[k].text in (";", ".", ":") for k in range(a.end, m.start - 2))
               for m in measures)


def _passive_instrument(view: SentenceView, f: Frame) -> bool:
    """'The package was first suspended on 5 August 2025 for six months': a told instrument as the
    subject of a passive halt, lift or renewal is the measure it made."""
    trig, doc = f.trigger, view.doc
    if f.action not in ("suspend", "lift", "extend") or trig.label_ != "ACTION" or not trig.text.lower().endswith("ed"):
        return False
    k = view.sent.start
    return doc[k].lower_ in ("the", "this", "that", "its", "their") and any(
        c.start == k + 1 and c.end < trig.start and _auxiliaries_only(view, c.end, trig.start)
        for c in view.cues("INSTRUMENT"))


def _instrument_subject(view: SentenceView, trig: Span) -> bool:
    """'An executive order signed on Monday pushed back ...': an act, named as the sentence's
    subject with no other verb before the trigger, does it."""
    cues = [c for c in view.cues("INSTRUMENT") + view.cues("GOVT") if c.end <= trig.start]
    return bool(cues) and not any(cues[0].end <= a.start < trig.start for a in view.get("ACTION"))


def _before_adverbs(view: SentenceView, start: int) -> Optional[int]:
    """The word before `start`, past adverbs and auxiliaries ('finally', 'later', 'has')."""
    j = view.word_before(start)
    while j is not None and (view.doc[j].lower_ in SUBJECT_VERB_GAP or view.doc[j].lower_.endswith("ly")):
        j = view.word_before(j)
    return j


def _pronoun_takes_effect(view: SentenceView, a: Span) -> bool:
    """'They finally took effect on 4 March 2025': the measure told before starts to apply."""
    j = _before_adverbs(view, a.start)
    return a.text.lower().endswith(("effect", "force")) and j is not None and view.doc[j].lower_ in ("it", "they")


def _pronoun_subject(view: SentenceView, first: int, trig: Span) -> bool:
    """'It was extended in March': only auxiliaries between the pronoun and the verb; or '... and
    tightened a few weeks later': a verb joined to one the pronoun governs."""
    if _auxiliaries_only(view, first + 1, trig.start):
        return True
    j = view.word_before(trig.start)
    return j is not None and view.doc[j].lower_ == "and" and any(
        first < a.start < j and _auxiliaries_only(view, first + 1, a.start) for a in view.get("ACTION"))


def _tells_step(view: SentenceView, start: int) -> bool:
    """The clause from `start` to the next colon or semicolon has a verb and a measure or trade
    flow of its own ('when the government allowed imports'; not 'when it added reciprocity to the
    criteria')."""
    end = next((k for k in range(start, view.sent.end) if view.doc[k].text in (":", ";")), view.sent.end)
    inside = lambda spans: any(start < x.start < end for x in spans)  # noqa: E731
    return inside(view.get("ACTION")) and (inside(view.get("MEASURE")) or inside(view.cues("EXPORT_CTX"))
                                           or inside(view.cues("IMPORT_CTX")))


def _shares_passive_subject(view: SentenceView, f: Frame, kept: list[Frame]) -> bool:
    """'The system was introduced in June 2024 for 12 months and renewed for another year in
    May 2025': a participle after 'and' has the subject of the step told before it."""
    doc = view.doc
    j = _before_adverbs(view, f.trigger.start)
    if j is not None and doc[j].lower_ in PASSIVE_AUX:
        j = _before_adverbs(view, j)  # ('... was first granted in October 2022 and was extended in November 2024')
    if j is None or doc[j].lower_ != "and" or not f.trigger.text.lower().endswith("ed"):
        return False
    return any(g.sent is f.sent and g.trigger.end <= j and g.trigger.label_ == "ACTION" and not any(
        doc[k].ent_type_ in ("JURISDICTION", "AGENCY", "MEASURE") or doc[k].lower_ in SUBJECT_PRONOUNS
        for k in range(g.trigger.end, j)) for g in kept)


PARTY_PLURALS = {"countries", "nations", "states", "governments", "members", "partners", "economies"}


def _describes_parties(view: SentenceView, trig: Span) -> bool:
    """'... from the United States, the European Union and other countries that have imposed
    sanctions on Russia': a relative clause that says which countries a step targets tells no
    step of its own."""
    j = view.word_before(trig.start)
    while j is not None and view.doc[j].lower_ in ("have", "has", "had", "also", "already", "since"):
        j = view.word_before(j)
    return j is not None and j > view.sent.start and view.doc[j].lower_ in ("that", "which", "who") \
        and view.doc[j - 1].lower_ in PARTY_PLURALS


def _actor_before(view: SentenceView, a: Span) -> bool:
    """'Despite price controls, India raised ...': a government, an agency or a pronoun right
    before the verb (past commas and auxiliaries) acts."""
    j = view.word_before(a.start)
    while j is not None and (view.doc[j].text == "," or view.doc[j].lower_ in PASSIVE_AUX | {"has", "have", "had"}):
        j = view.word_before(j)
    return j is not None and (view.doc[j].ent_type_ in ("JURISDICTION", "AGENCY") or "GOVT" in view.cue_end.get(j + 1, ())
                              or view.doc[j].lower_ in SUBJECT_PRONOUNS | {"we", "he", "she"})


DECIDING_PARTICIPLES = {"adopted", "signed", "published", "approved", "issued", "agreed", "made", "gazetted", "notified"}


def _decided_in_subject_aside(view: SentenceView, trig: Span) -> Optional[Span]:
    """'The EU's regulation, adopted on 23 October 2025, banned ...': the date of the aside."""
    doc = view.doc
    if trig.start - 5 < view.sent.start or doc[trig.start - 1].text != ",":
        return None
    d = next((e for e in view.get("DATE") if e.end == trig.start - 1), None)
    if d is None or doc[d.start - 1].lower_ != "on" or doc[d.start - 2].lower_ not in DECIDING_PARTICIPLES \
            or doc[d.start - 3].text != ",":
        return None
    if not (view.cue_end.get(d.start - 3, set()) & {"INSTRUMENT"} or any(m.end == d.start - 3 for m in view.get("MEASURE"))
            or doc[d.start - 4].lower_ == "package"):
        return None  # (an act or a measure: 'The minister, speaking on Monday, said ...' dates no decision)
    return d


def _decided_in_lead_in(view: SentenceView, trig: Span) -> Optional[Span]:
    """'By Agreement published in the DOF on 30/01/2026, from 01/03/2026 garments ... may no longer
    be imported': an opening 'By/Under <act> published/signed ... on <date>,' before the step."""
    doc = view.doc
    if doc[view.sent.start].lower_ not in ("by", "under", "through"):
        return None
    for d in view.get("DATE"):
        if d.end >= trig.start or d.end >= view.sent.end or doc[d.end].text != "," or doc[d.start - 1].lower_ != "on":
            continue
        j = next((k for k in range(d.start - 2, view.sent.start, -1) if doc[k].lower_ in DECIDING_PARTICIPLES), None)
        # (the act: a word of our instruments, or its capitalised name: 'By Agreement', 'Under Decree 73')
        named = doc[view.sent.start + 1].is_title and doc[view.sent.start + 1].is_alpha
        if j is not None and d.start - j <= 6 and (named or any(view.sent.start < c.start < j for c in view.cues("INSTRUMENT"))) \
                and not any(view.sent.start <= a.start < d.start for a in view.get("ACTION")):
            return d
    return None


def _date_decided_in_aside(view: SentenceView, f: Frame, ctx: ArticleContext) -> None:
    """"The EU's regulation, adopted on 23 October 2025, banned imports of Russian LNG from 25
    April 2026": the act's subject tells the day it was decided, between commas right before
    the verb; that day is when the step was announced (not its start)."""
    trig, doc = f.trigger, view.doc
    if f.kind != "main":
        return
    d = _decided_in_subject_aside(view, trig) or _decided_in_lead_in(view, trig)
    if d is None:
        return
    value = ctx.dates.normalize(d.text, ctx.published, ctx.year_hint, "nearest").value
    if not value or f.firm_value("announced") == value:
        return
    f.dates = [x for x in f.dates if not (x.role == "announced" and (id(x) in f.defaulted or x.how == "inferred"))]
    _infer_date(f, "announced", value, d.text, d.text, d.start_char, d.end_char)


def _threshold_moved(view: SentenceView, trig: Span, intransitive: bool) -> bool:
    """'The weight threshold for Russian diamonds ... falls from 0.5 carat to 0.2 carat', 'it
    lowered the threshold to 1 carat': the line above which a ban or a control applies moves,
    with the measure told before (no measure named here)."""
    doc = view.doc
    if any(m.start >= view.sent.start for m in view.get("MEASURE")):
        return False
    between = lambda i, j: not any(i <= e.start < j for e in view.get("ACTION")) and "," not in doc[i:j].text
    if intransitive:  # (the threshold heads the subject: 'The share of stones below the threshold fell' is a statistic)
        return any(doc[k].lower_ in CONTROL_THRESHOLDS and between(k + 1, trig.start) and _in_subject_head(view, k)
                   for k in range(view.sent.start, trig.start))
    return any(doc[k].lower_ in CONTROL_THRESHOLDS and between(trig.end, k)
               for k in range(trig.end, min(view.sent.end, trig.end + 4)))


def _in_subject_head(view: SentenceView, k: int) -> bool:
    """No preposition between the clause's start and token k: k is in the subject's head phrase
    ('The weight threshold for ...', "the EU's threshold"), not in its complement ('The share of
    stones below the threshold')."""
    for j in range(k - 1, view.sent.start - 1, -1):
        word = view.doc[j].lower_
        if word in (",", "and", ";", ":") or view.doc[j].ent_type_ == "DATE":
            return True  # (a fronted date ends before it: 'From 1 September 2024 that threshold drops')
        if word in ("of", "below", "above", "under", "over", "near", "to", "from", "with", "for", "in", "on", "at"):
            return False
    return True


def _contrast_clause(view: SentenceView, end: int) -> Optional[int]:
    """Where the last ', while/whereas/but' clause before token `end` starts (past its opener)."""
    return max([k + 2 for k in range(view.sent.start, end) if view.doc[k].text == ","
                and view.doc[k + 1].lower_ in ("while", "whereas", "but")], default=None)


def _exempts_from_told(view: SentenceView, trig: Span) -> bool:
    """'On March 7 it exempted goods that qualify ...', 'On April 11 the White House exempted
    smartphones and computers', 'PET flakes are exempted from both steps until 2028': dated
    relief from the measure just told. 'from' names what is relieved only as an act or a pronoun
    ('from the suspension' is a measure of its own), or starts a date."""
    doc = view.doc
    # ('while ferro-nickel stays exempt until 31 March 2027': a window that ends, told as a state)
    window = trig.text.lower() == "exempt" and trig.start > view.sent.start \
        and doc[trig.start - 1].lower_ in ("stays", "stay", "remains", "remain") \
        and any(trig.end <= c.start <= trig.end + 1 for c in view.cues("EXPIRES"))
    # ('Parts we make in France have been exempt from the 15 per cent rate since 1 September 2025':
    # relief standing since a day)
    standing = trig.text.lower() == "exempt" and trig.start > view.sent.start and doc[trig.start - 1].lower_ == "been" \
        and any(d.start >= trig.end and _since(view, d) for d in view.get("DATE"))
    if trig.text.lower() not in ("exempted", "exempts") and not window and not standing:
        return False  # ('Pharmaceuticals are exempt for now' is the measure's scope, no step)
    # (its own clause dates it: '... were exempted from the start, and in November beef ... were
    # removed' is undated)
    limit = next((k for k in range(trig.end, view.sent.end - 1) if doc[k].text == ";" or (
        doc[k].text == "," and doc[k + 1].lower_ in ("and", "but", "while"))), view.sent.end)
    j = view.word_before(trig.start)
    if j is None or not any(d.start < limit for d in view.get("DATE")):
        return False
    # ('..., though cognac houses that agreed to sell above minimum prices were exempted': the
    # goods of a step told before in the sentence are no subject)
    # (its own clause: '..., while ferro-nickel stays exempt until ...')
    opens = _contrast_clause(view, j) or view.sent.start
    passive = (doc[j].lower_ in PASSIVE_AUX - {"be"} or window) and any(opens <= p.start and p.end <= j for p in view.get("PRODUCT")) \
        and not any(opens <= a.start and a.end <= j for a in view.get("ACTION"))
    actor = doc[j].lower_ in SUBJECT_PRONOUNS or _instrument_subject(view, trig) or any(
        e.end == j + 1 for e in view.get("JURISDICTION") + view.get("AGENCY"))
    if not (passive or actor or standing):
        return False
    for k in range(trig.end, view.sent.end - 1):
        if doc[k].lower_ != "from" or doc[k + 1].ent_type_ == "DATE":
            continue
        n = k + 1 + (doc[k + 1].lower_ in DETERMINERS | {"both", "all"})
        rate = next((g for g in view.get("FIGURE") if g.start == n), None)  # ('from the 15 per cent rate')
        if n >= view.sent.end or not (doc[n].lower_ in OBJECT_PRONOUNS or view.has_cue_at("INSTRUMENT", n) or (
                rate is not None and rate.end < view.sent.end and doc[rate.end].lower_ in ("rate", "tariff", "duty"))):
            return False
    return True


def _told_object(view: SentenceView, f: Frame) -> bool:
    """'suspended it for ninety days', 'extended that pause until 6 August': the object is a
    pronoun or an earlier step, so the measure is the one told before."""
    k = f.trigger.end
    if f.action == "extend" and _halt_as_subject(view, f.trigger) is not None:
        return True
    # 'The suspension was extended ..., then replaced ... by quotas': the halt told ends; 'then
    # dropped the licence two weeks early': the licence told
    if f.action == "lift" and f.trigger.start in view.replaced_halts | view.dropped_licences:
        return True
    if f.action == "extend" and _relief_as_subject(view, f.trigger):
        return True  # ('relief for U.S. steel inputs was later extended to June 30, 2026': the relief told)
    if f.trigger.label_ == "ACTION" and f.trigger.ent_id_ == "grant_privilege" \
            and _relief_granted(view, f.trigger, view.get("ACTION")):
        return True  # 'the suspension was first granted in October 2022': the relief the article tells
    if k >= view.sent.end:
        return False
    if f.trigger.text.lower().endswith("ing"):
        # ('without actually stopping them' tells no step; '..., two years after introducing it on 1 July
        # 2022' dates the measure the sentence is about)
        j = view.word_before(f.trigger.start)
        return j is not None and view.doc[j].lower_ in ("after", "since") and view.doc[k].lower_ in OBJECT_PRONOUNS \
            and any(k < d.start <= k + 2 for d in view.get("DATE")) and f.action == "impose"
    first = view.sent.start
    # ('For parcels from mainland China and Hong Kong it ended in May 2025': past a fronted phrase)
    near = view.word_before(f.trigger.start)
    if near is not None and near > first and view.doc[near].lower_ in SUBJECT_PRONOUNS and view.doc[near - 1].ent_type_ in (
            "JURISDICTION", "PRODUCT", "DATE") and not f.trigger.text.lower().endswith("ing"):
        first = near
    ended = f.action == "lift" and first + 1 == f.trigger.start and f.trigger.text.lower() in ("ended", "ceased")
    if view.doc[first].lower_ in SUBJECT_PRONOUNS and (_pronoun_subject(view, first, f.trigger) or ended) and view.get("DATE") \
            and not any(view.doc[i].lower_ == "when" and _tells_step(view, i) for i in range(k, view.sent.end)):
        # 'It was made definitive in February 2019': the passive's subject is the measure told;
        # undated it tells no step of its own, and '..., when the government allowed ...' tells its step
        return True
    if f.action in ("postpone", "extend") and any(
            (view.doc[t].lower_ in START_NOUNS if f.action == "postpone" else view.has_cue_at("DEADLINE", t))
            and t > first and view.doc[t - 1].lower_ in DETERMINERS
            and _auxiliaries_only(view, t + 1, f.trigger.start) for t in range(first, f.trigger.start)):
        return True  # 'the deadline was postponed for the fifth time': the start (or end) of the measure told
    j = view.word_before(f.trigger.start)
    late = _not_until(view, f.trigger) is not None  # 'Beijing did not lift the suspension until Dec. 15'
    while j is not None and (view.doc[j].lower_ in SUBJECT_VERB_GAP or view.doc[j].lower_.endswith("ly")
                             or (late and view.doc[j].lower_ in ("did", "does", "do", "not", "n't"))
                             or view.doc[j].ent_type_ == "DATE"  # '... and in May 2026 extended the halt'
                             or (view.doc[j].lower_ in ("in", "on") and view.doc[j + 1].ent_type_ == "DATE")):
        j = view.word_before(j)
    # a government or its act does it ('the Commission suspended it', 'an order ended it', '...
    # and reopened them'), not a journal ('retracted it')
    if j is None or not (view.cue_end.get(j + 1, set()) & {"GOVT", "INSTRUMENT"} or view.doc[j].lower_ in ("and", "but", ",")
                         or view.doc[j].ent_type_ in ("JURISDICTION", "AGENCY") or _instrument_subject(view, f.trigger)):
        return False
    if f.action == "extend" and _relief_object(view, k):
        return True  # ('Ottawa has extended that relief until 31 December 2026': the relief told before)
    if view.doc[k].lower_ in OBJECT_PRONOUNS:
        # ('raised its export offers ... and then cut them again': the pronoun is the earlier verb's
        # object, no measure)
        earlier = [b for b in view.get("ACTION") if b.end + 1 < f.trigger.start]
        last = earlier[-1].end if earlier else None
        if last is not None and view.doc[last].lower_ in DETERMINERS and view.doc[last + 1].lower_ not in HALT_NOUNS \
                and not view.doc[last + 1].ent_type_ and not any(m.end <= f.trigger.start for m in view.get("MEASURE")):
            return False
        return k + 1 >= view.sent.end or view.doc[k + 1].lower_ not in ("that", "was", "is")
    if f.action == "lift" and k + 1 < view.sent.end and view.doc[k].lower_ in DETERMINERS \
            and view.doc[k + 1].lower_ in HALT_NOUNS:
        return True  # 'lifted the suspension': the halt told before
    if f.action in ("extend", "lift") and k + 1 < view.sent.end and (view.doc[k].lower_ in DETERMINERS or view.doc[k].like_num):
        x = k + 1  # ('extended the 60-day halt by two months', 'lifted the temporary suspension', 'extends 41
        # existing suspensions')
        while x < view.sent.end - 1 and (view.doc[x].ent_type_ == "DURATION" or view.doc[x].lower_ in HALT_ADJECTIVES
                                         or view.doc[x].text == "-"):
            x += 1
        if x > k + 1 and view.doc[x].lower_ in HALT_NOUNS:
            return True
    if f.action == "postpone" and k + 1 < view.sent.end and view.doc[k].lower_ in DETERMINERS \
            and view.doc[k + 1].lower_ in START_NOUNS:
        return True  # 'pushed the start back to 16 March': the start of the measure told
    if f.action == "extend" and k + 1 < view.sent.end and view.doc[k].lower_ in DETERMINERS \
            and view.has_cue_at("DEADLINE", k + 1) and not any(c.end <= f.trigger.start for c in view.cues("INQUIRY")):
        # 'pushed the deadline back to March 31': the measure told runs longer ('opened an
        # investigation ... and has since pushed back its deadline' is the inquiry's)
        return True
    # 'extended that pause until 6 August', 'pushed back to Aug. 1 the end of the pause'
    # ('extended the halt until 31 August': a halt of trade, whatever the verb 'halt' means)
    return f.extends_suspension and any((a.ent_id_ == "suspend" or a.text.lower() in HALT_NOUNS)
                                        and view.doc[a.start - 1].lower_ in DETERMINERS
                                        for a in view.get("ACTION") if k <= a.start <= k + 8)


HALT_NOUNS = {"suspension", "halt", "freeze", "pause", "moratorium", "suspensions", "halts", "freezes", "pauses"}  # not 'the waiver', a relief
RELIEF_NOUNS = {"relief", "remission", "remissions", "exclusions", "waiver", "waivers"}  # relief from a duty told
# nouns that name a measure by the relief from it ('tariff suspensions', 'duty exemptions')
MEASURE_RELIEF_NOUNS = RELIEF_NOUNS | {"suspension", "suspensions", "exemption", "exemptions", "exclusion", "holiday"}
STOP_NOUNS = HALT_NOUNS - {"suspension", "pause"}  # halts of trade alone (a suspension or pause may be of a duty)
START_NOUNS = {"start", "deadline", "date", "launch", "rollout", "implementation", "introduction", "enforcement"}


def _relief_object(view: SentenceView, k: int) -> bool:
    """'extended that relief', 'extended the remission of counter-tariffs', 'extended remission
    for U.S. steel': a relief from the measure told, as the object starting at token k."""
    doc = view.doc
    if k < view.sent.end and doc[k].lower_ in ("until", "to", "through") and doc[k + 1].ent_type_ == "DATE":
        k += 1  # ('extended until the end of the year the remission that lets can makers ...')
        while k < view.sent.end and doc[k].ent_type_ == "DATE":
            k += 1
    if k < view.sent.end and doc[k].lower_ in DETERMINERS | {"its", "their", "that", "this", "these", "those"}:
        k += 1
    return k < view.sent.end and doc[k].lower_ in RELIEF_NOUNS


def _relief_as_subject(view: SentenceView, trig: Span) -> bool:
    """'In October 2025, relief for U.S. steel used in manufacturing was extended until June 30,
    2026': a relief from the duty told is the passive verb's subject, opening the sentence
    (past a fronted date)."""
    doc, k = view.doc, _auxiliaries_start(view, trig.start)
    if not _auxiliaries_only(view, k, trig.start):
        return False
    # ('...; relief for steel and aluminium inputs was later extended to June 30, 2026': a clause of its own)
    s = max([view.sent.start] + [i + 1 for i in range(view.sent.start, k) if doc[i].text == ";"])
    comma = next((i for i in range(s + 1, min(k, s + 8)) if doc[i].text == ","), None)
    if comma is not None and doc[s].lower_ in ("in", "on", "by", "since") \
            and all(doc[i].ent_type_ == "DATE" for i in range(s + 1, comma)):
        s = comma + 1  # ('In October 2025, relief ...')
    # ('the Government is announcing that remission of counter-tariffs on U.S. steel ..., which was
    # due to end on June 30, 2026, will be extended': the subject of a reported clause, past its aside)
    told = next((i + 1 for i in range(k - 1, s, -1) if doc[i].lower_ == "that"
                 and any(c.end == i for c in view.cues("ANNOUNCE"))), None)
    if told is not None and told < k and doc[told].lower_ in RELIEF_NOUNS:
        s = told
    end = _subject_end(view, k)
    if s < end and doc[s].lower_ in DETERMINERS | {"its", "their", "that", "this"}:
        s += 1
    # (the relief's own 'of counter-tariffs' names the measure relieved)
    return s < end and doc[s].lower_ in RELIEF_NOUNS and not any(
        doc[i].ent_type_ == "ACTION" or doc[i].lower_ in RELATIVE_WORDS
        or (doc[i].ent_type_ == "MEASURE" and doc[i].ent_iob_ == "B" and doc[i - 1].lower_ not in ("of", "from"))
        for i in range(s + 1, end))


def _halt_as_subject(view: SentenceView, trig: Span) -> Optional[Span]:
    """'..., and in June the suspension was extended for another three': the halt told before
    is the passive verb's subject (returned with its determiner)."""
    halt = next((a for a in view.get("ACTION") if 0 < trig.start - a.end <= 3 and a.text.lower() in HALT_NOUNS
                 and a.start > view.sent.start and _determined(view, a.start)
                 and _auxiliaries_only(view, a.end, trig.start)), None)
    if halt is None:
        # ('The suspension on the importation of used motorcycles ..., which was due to end on 31st
        # May 2026, is extended': the halt opening the sentence, past its own phrase and an aside)
        doc, k = view.doc, _auxiliaries_start(view, trig.start)
        if k < trig.start:
            k = _subject_end(view, k)
        s0 = view.sent.start + bool(SECTION_NUMBER.fullmatch(doc[view.sent.start].text))  # ('4.1 The suspension ...')
        # ('The last Korean suspension of Vietnamese mangoes, imposed in July 2024, was lifted')
        halt = next((a for a in view.get("ACTION") if a.end < k and a.text.lower() in HALT_NOUNS
                     and 1 <= a.start - s0 <= 4 and doc[s0].lower_ in DETERMINERS and all(
                         doc[x].is_lower or doc[x].ent_type_ == "JURISDICTION" for x in range(s0 + 1, a.start))
                     and _in_measure_phrase(view, a, k - 1, halt=True)), None)
    return view.doc[halt.start - 1:halt.end] if halt is not None else None


def _in_passing_as_clause(view: SentenceView, a: Span, measures: list[Span]) -> bool:
    """'even as duties rose', 'while tariffs climbed': a measure's move told in a clause of
    circumstance, with no level and no day of its own."""
    doc = view.doc
    m = next((m for m in measures if 0 <= a.start - m.end <= 1), None)
    if m is None or m.start == view.sent.start or doc[m.start - 1].lower_ not in ("as", "while", "whereas"):
        return False
    return not any(a.end <= g.start <= a.end + 4 for g in view.get("FIGURE")) and not any(
        a.end <= d.start <= a.end + 4 for d in view.get("DATE"))


def _passive_measure_subject(view: SentenceView, a: Span, measures: list[Span]) -> bool:
    """'The ban was widened to producers': a definite measure right before the passive."""
    j = view.word_before(a.start)
    m = next((m for m in measures if j is not None and m.end == j and view.definite_before(m.start)), None)
    # (not '..., when the government banned shipments of ...', which tells the step itself; not with
    # goods named before the subject, in a clause of their own: 'as drone attacks knocked out ...')
    return m is not None and view.doc[j].lower_ in PASSIVE_AUX and not any(
        b.start != a.start and b.start > a.end for b in view.get("ACTION")) and not any(
        p.end <= m.start for p in view.get("PRODUCT"))


HALT_ADJECTIVES = {"previous", "last", "earlier", "first", "original", "temporary", "two", "both", "nationwide",
                   "partial", "blanket", "existing", "current"}


def _determined(view: SentenceView, k: int) -> bool:
    """A determiner right before `k`, or before one or two words such as 'previous', 'both',
    'temporary' ('the previous suspension', 'both suspensions')."""
    doc = view.doc
    if doc[k - 1].lower_ == "both":
        return True
    j = k - 1
    while j > view.sent.start and j >= k - 2 and doc[j].lower_ in HALT_ADJECTIVES:
        j -= 1
    return doc[j].lower_ in DETERMINERS


SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?|\(?[a-z]\)")  # '4.1', '2.', '(b)' opening a clause of a notice
PASSIVE_GAP = PASSIVE_AUX | PERFECT_AUX | {"will", "would", "also", "now", "already", "again", "first", "then", "later", "since"}


def _auxiliaries_only(view: SentenceView, start: int, end: int) -> bool:
    """'was', 'has already been', 'will now be': only a passive's auxiliaries (and adverbs) lie
    between a subject and its participle."""
    words = [view.doc[k].lower_ for k in range(start, end)]
    return any(w in PASSIVE_AUX for w in words) and all(w in PASSIVE_GAP or w.endswith("ly") for w in words)


def _promote_elaborations(frames: list[Frame]) -> None:
    """'Parliament adopted Law No. 325-VIII on 9 April 2015, imposing a ten-year moratorium on
    log exports': a verb that names no measure is told by the gerund after it, which takes
    its subject and its dates."""
    told_by_gerund = []
    for k, f in enumerate(frames):
        if f.kind != "elaboration" or (f.type is None and f.measure is None):
            continue
        host = next((g for g in reversed(frames[:k]) if g.kind == "main"), None)
        if host is None or host.type is not None:
            continue
        # ('The Commission adopted on Tuesday a regulation extending the suspension of duties on
        # ...': a bare decision verb, whose measure is the gerund's, is told by the gerund)
        same = host.measure is None and host.action == f.action
        decided = not same and host.action == "impose" and host.trigger.text.lower() in DECIDED and (
            host.measure is None or host.measure.start > f.trigger.start)
        if not (same or decided):
            continue
        f.kind, host.kind = "main", "reference"
        f.imposer, f.agency = f.imposer or host.imposer, f.agency or host.agency
        lent = [d for d in host.dates if not any(x.role == d.role for x in f.dates)
                and not (decided and d.role == "effective")]  # (a decision's date is when it was told)
        f.dates += lent
        f.defaulted |= {id(d) for d in lent if id(d) in host.defaulted}
        if decided:
            told_by_gerund.append(host)  # (no step of its own to merge anywhere)
    frames[:] = [g for g in frames if not any(g is h for h in told_by_gerund)]


RATE_DETERMINERS = {"a", "an", "another", "extra", "additional", "further", "new", "its", "their"}


SURCHARGE_WORDS = {"additional", "extra", "further"}


def _surcharge_ends_object(view: SentenceView, figure: Span) -> bool:
    """'a further 25 per cent, effective ...', 'The additional 25 per cent was removed': a
    percentage added on top, named alone (no noun after it), is a duty of that rate."""
    doc = view.doc
    return figure.start > view.sent.start and doc[figure.start - 1].lower_ in SURCHARGE_WORDS \
        and (figure.end >= view.sent.end or doc[figure.end].text in (",", ".", ";")
             or doc[figure.end].lower_ in PASSIVE_AUX | {"with", "from", "effective", "has", "had", "over"})


def _surcharge_subject(view: SentenceView, trig: Span) -> Optional[Span]:
    """'The additional 25 per cent was removed with effect from 07/02/2026': the surcharge told
    before, as the passive's subject (the figure opens the sentence)."""
    doc = view.doc
    k = view.sent.start + (doc[view.sent.start].lower_ in ("the", "this", "that"))
    figure = next((g for g in view.get("FIGURE") if g.start == k + 1 and g.ent_id_ == "percent"), None)
    if figure is None or doc[figure.start - 1].lower_ not in SURCHARGE_WORDS:
        return None
    if _auxiliaries_only(view, figure.end, trig.start) and _surcharge_ends_object(view, figure):
        return figure
    # ('The extra 25 per cent on Indian goods over Russian oil kicked in on ...': the goods it
    # falls on may come between, with nothing else)
    if doc[figure.end].lower_ == "on" and _goods_after_on(view, figure.end + 1) and trig.start - figure.end <= 10 \
            and not any(doc[k].is_punct or doc[k].ent_type_ in ("ACTION", "MEASURE") for k in range(figure.end, trig.start)):
        return figure
    return None


def _rate_on_goods(view: SentenceView, a: Span) -> bool:
    """'The U.S. put 25 percent on Mexican steel', 'slapped an extra 10% on Chinese goods': a
    percentage set on goods, with no measure named, is a duty on them ('put 25 percent of its
    budget into', 'a 5% share on the market' are not: the figure must come right after the verb
    and the goods right after its 'on')."""
    doc, k = view.doc, a.end
    while k < view.sent.end and doc[k].lower_ in RATE_DETERMINERS:
        k += 1
    figure = next((g for g in view.get("FIGURE") if g.start == k and g.ent_id_ == "percent"), None)
    if figure is not None and _surcharge_ends_object(view, figure):
        return True  # ('an order dated 06/08/2025 added a further 25 per cent, effective 27/08/2025')
    if figure is None or figure.end >= view.sent.end or doc[figure.end].lower_ != "on":
        return False
    j = figure.end + 1
    if any(j <= c.start <= j + 4 for c in view.cues("OVER_QUOTA")):
        return False  # ('charges 50% on imports above quota': how a quota works)
    return _goods_after_on(view, j)


def _goods_after_on(view: SentenceView, j: int) -> bool:
    """Goods named right after a rate's 'on': 'on Mexican steel', 'on most goods from Oman'."""
    doc = view.doc
    if j < view.sent.end and doc[j].lower_ in ("most", "all", "many", "some", "certain"):
        j += 1  # ('has charged an additional 10% on most goods from Oman')
    return any(j <= e.start <= j + 3 for e in view.get("PRODUCT")) or any(
        j <= e.start <= j + 1 and _is_target_adjective(view, e) for e in view.get("JURISDICTION")) or (
        j < view.sent.end and doc[j].lower_ in ("imports", "goods", "products"))


def _goods_pay_rate_since(view: SentenceView, a: Span) -> bool:
    """'Medium-duty trucks from our Saltillo plant have paid 25% since November': a verb of paying
    with a percentage right after it, goods as its subject and the day the rate began."""
    doc = view.doc
    if a.text.lower() not in ("pay", "pays", "paid", "paying", "faced"):
        return False
    k = a.end  # ('had faced a combined 50 per cent since August 27': past a determiner)
    while k < view.sent.end and doc[k].lower_ in RATE_DETERMINERS | {"combined", "total"}:
        k += 1
    rate = next((g for g in view.get("FIGURE") if g.start == k and g.ent_id_ == "percent"), None)
    if rate is None or (rate.end < view.sent.end and doc[rate.end].lower_ in NOT_A_DUTY_AFTER):
        return False  # ('paid 12% more', 'pay 5% of their revenue')
    # ('now pay 25 per cent, up from 7.5 per cent, since September 27': past an aside on the old rate)
    aside = _comma_aside_end(view, rate.end)
    since_first = any(d.start < a.start and _since(view, d) and (d.start == view.sent.start or doc[d.start - 1].is_punct)
                      for d in view.get("DATE"))  # ('Since June last year Turkish steel ... has paid 50%')
    if not (_since_after(view, a, reach=4) or _since_after(view, a, end=aside, reach=2) or since_first):
        return False
    if any(g.end <= a.start and g.ent_id_ == "percent" for g in view.get("FIGURE")):
        return False  # ('Lesotho, which was threatened with 50 percent in April, and Madagascar have paid 15 percent')
    return _goods_subject(view, a) is not None


SUBJECT_LEAD = {"from", "on", "as", "of", ",", "the", "all", "importers", "imports", "shipments"}


def _goods_face_rate_ahead(view: SentenceView, a: Span) -> Optional[int]:
    """'US chicken, wheat, corn and cotton will face an extra 15%', 'pickup trucks will pay an
    additional 10 percent from 10 February', 'Cereals will be charged €95 a tonne': goods as the
    subject of 'will pay', 'will face' or 'will be charged' and a rate that ends the object (not
    '15% more', 'a 15% drop'). Gives where the goods start: the step's clause opens there."""
    doc = view.doc
    j = _before_adverbs(view, a.start)
    if a.text.lower() == "charged" and j is not None and doc[j].lower_ == "be":
        j = _before_adverbs(view, j)  # ('Cereals ... will be charged €95 a tonne from 1 July')
    elif not a.text.lower().startswith(("pay", "face")):
        return None
    # ('Chinese tyres now face 35% under the order published on Wednesday': the new rate, told as
    # it stands)
    now = a.text.lower() in ("face", "pay") and a.start > view.sent.start and doc[a.start - 1].lower_ == "now"
    if j is None or (doc[j].lower_ not in ("will", "shall") and not now):
        return None
    k = a.end
    while k < view.sent.end and doc[k].lower_ in RATE_DETERMINERS:
        k += 1
    rate = next((g for g in view.get("FIGURE") if g.start == k and (g.ent_id_ == "percent" or "_per_" in g.ent_id_)), None)
    if rate is None or not (rate.end >= view.sent.end or doc[rate.end].is_punct or doc[rate.end].lower_ in (
            "from", "starting", "effective", "while", "and", "on", "under", "at")):
        return None  # ('will pay an extra 12 per cent at the border from January')
    start = _goods_subject(view, a)
    # (the goods open the sentence, after a date, their origin or their importers at most: not
    # '..., while Tesla's Shanghai-built cars will pay 17.8%', one maker's rate beside the others)
    dated = {x for d in view.get("DATE") for x in range(d.start, d.end)}
    # ('..., and the headline is simple: Chinese and Korean tyres will pay 35%': or a clause after a colon)
    opens = max((k + 1 for k in range(view.sent.start, start) if doc[k].text == ":"), default=view.sent.start) \
        if start is not None else view.sent.start
    if start is None or any(x not in dated and doc[x].ent_type_ != "JURISDICTION" and doc[x].lower_ not in SUBJECT_LEAD
                            and not _joins_places(doc, x) for x in range(opens, start)):
        return None
    return start


def _joins_places(doc: Doc, x: int) -> bool:
    """The 'and' of 'Chinese and Korean tyres': a link between two places."""
    return doc[x].lower_ in ("and", ",", "&") and 0 < x < len(doc) - 1 \
        and doc[x - 1].ent_type_ == doc[x + 1].ent_type_ == "JURISDICTION"


def _goods_subject(view: SentenceView, a: Span) -> Optional[int]:
    """Where the goods, or a country's goods or makers ('Indian goods', "Japan's carmakers"), start
    as the subject of the verb `a`, with nothing but asides between; None if they do not."""
    doc = view.doc
    subject = [p for p in view.get("PRODUCT") if view.sent.start <= p.start and p.end <= a.start and a.start - p.end <= 14]
    subject += [c for c in view.cues("TARGET_NOUN") if view.sent.start < c.start and c.end <= a.start
                and a.start - c.end <= 14 and (doc[c.start - 1].ent_type_ == "JURISDICTION" or (
                    view.is_possessive(c.start - 1) and doc[c.start - 2].ent_type_ == "JURISDICTION"))]
    # ('Vietnam has paid 20 percent since that same August date': a country, for its goods)
    subject += [e for e in view.get("JURISDICTION") if e.end <= a.start and not view.is_possessive(e.end) and all(
                doc[k].lower_ in PASSIVE_GAP | {"both", "all"} or doc[k].lower_.endswith("ly") for k in range(e.end, a.start))]
    subject.sort(key=lambda x: x.start)
    if not subject:
        return None
    k = subject[0].end
    goods_starts = {p.start for p in view.get("PRODUCT")}
    while k < a.start:
        if doc[k].text == "," and (k + 1 in goods_starts or (doc[k + 1].lower_ == "and" and k + 2 in goods_starts)):
            k += 1  # ('Crude oil, agricultural machinery and pickup trucks will face ...': a list of goods)
            continue
        if doc[k].text == ",":
            # (", by comparison,", ", like steel from most other origins,")
            after = _comma_aside_end(view, k, paying=a.ent_id_ == "impose_pay")
            if after == k:
                return None
            k = after
            continue
        if doc[k].text == ";" or doc[k].ent_type_ in ("ACTION", "MEASURE"):
            return None
        k += 1
    return subject[0].start


def _subject_only_between(view: SentenceView, start: int, end: int) -> bool:
    """A short subject and nothing else between a fronted phrase and the verb ('From 1 August 2024,
    those purchases pay'; not '... we stopped accepting parcels ... because ... to pay')."""
    return end - start <= 6 and not any(view.doc[k].is_punct or view.doc[k].ent_type_ == "ACTION"
                                        for k in range(start, end))


def _start_word(view: SentenceView, d: Span) -> bool:
    """'from 1 August', 'since May', 'starting May 7': a date told as the start of what follows."""
    lead = d.text.lower().split()[0]
    before = view.doc[d.start - 1].lower_ if d.start > view.sent.start else ""
    return lead in OPENING_WORDS or before in OPENING_WORDS


OPENING_WORDS = {"from", "since", "starting", "beginning", "effective"}  # (START_WORDS, below, looks ahead only)


def _collected_from(view: SentenceView, a: Span) -> bool:
    """'Duties of 17.56% were collected on tomatoes starting May 7, 2019': a duty, subject of a
    passive 'collected', levied from a start day."""
    doc = view.doc
    j = view.word_before(a.start)
    if a.text.lower() != "collected" or j is None or doc[j].lower_ not in ("was", "were", "been"):
        return False  # ('The new duties will be collected from March 20': when the step told applies)
    # ('Provisional duties of US$165 per tonne and 16.4% had been collected': past the rates)
    figures = sum(len(g) for g in view.get("FIGURE") if g.end <= j)
    if not any(m.end <= j and j - m.end <= 8 + figures and m.ent_id_ in DUTY_MEASURES for m in view.get("MEASURE")):
        return False
    return any(a.end <= d.start <= a.end + 10 and _start_word(view, d) for d in view.get("DATE"))


def _goods_of(view: SentenceView, e: Span) -> bool:
    """'Canadian goods', "Japan's carmakers", 'Turkish steel': a government's name modifying goods or makers."""
    k = e.end + (1 if view.is_possessive(e.end) else 0)
    return k < view.sent.end and (view.doc[k].ent_type_ == "PRODUCT" or view.has_cue_at("TARGET_NOUN", k))


NOT_A_DUTY_AFTER = {"of", "more", "less", "higher", "lower", "above", "below", "interest", "extra", "over", "in"}


def _comma_aside_end(view: SentenceView, k: int, paying: bool = False) -> int:
    """Past a comma-bounded aside of at most eight words that opens at `k` (', up from 7.5 per
    cent,'); `k` itself when none does. With `paying`, the aside may tell what is paid now
    (', which currently pay 22.5%,' before 'will pay 18.5%')."""
    doc = view.doc
    if k >= view.sent.end or doc[k].text != ",":
        return k
    paying = paying and k + 1 < view.sent.end and doc[k + 1].lower_ in ("which", "that")
    for j in range(k + 1, min(view.sent.end, k + 10)):
        if doc[j].text == ",":
            return j + 1
        if doc[j].text in (";", ".") or (doc[j].ent_type_ == "ACTION" and doc[j].lower_ not in ("up", "down", "from")
                                         and not (paying and doc[j].ent_id_ == "impose_pay")):
            return k
    return k


def _rate_step(view: SentenceView, f: Frame) -> bool:
    """'Commerce raised the combined rate to 14.4 per cent': a rate moved with its own figure is
    a step on the measure the article is about (its type comes from the article)."""
    return f.rate is not None and f.rate.unit in ("percent", "percentage_points") and _moves_a_rate(view, f)


def _hit_with_figure(view: SentenceView, trig: Span) -> Optional[Span]:
    """'Kitchen cabinets ... were hit with 25% on Oct. 14 last year': a percentage the goods were
    hit with is the duty the story tells, named by its rate alone."""
    doc, k = view.doc, trig.end
    # ('Most imported coffee picked up a 10% tariff ..., and Brazilian beans were hit with an
    # additional 40% from Aug. 6': a measure the clause before names is not this one's)
    if not trig.text.lower().startswith("hit") or any(m.start >= trig.start for m in view.get("MEASURE")) \
            or k + 1 >= view.sent.end or doc[k].lower_ != "with":
        return None
    k += 1 + (doc[k + 1].lower_ in ("a", "an"))
    k += k < view.sent.end and doc[k].lower_ in ("additional", "extra", "further")
    # (dated: '... will be hit with 10%' after the story's step spells out its rates)
    if not any(k < d.start <= k + 3 for d in view.get("DATE")):
        return None
    return next((g for g in view.get("FIGURE") if g.start == k and g.ent_id_ == "percent"), None)


def _postponed_move(view: SentenceView, f: Frame) -> bool:
    """'delayed a scheduled increase on upholstered furniture ... until the start of 2028': a rise
    of the duty the story tells, on goods named, put off."""
    if f.action != "postpone" or not f.products:
        return False
    doc = view.doc
    # (only those goods: '... lets the tariff on kitchen cabinets double, but pushes back the
    # increase on upholstered furniture' tells two steps)
    return any(0 < a.start - f.trigger.end <= 3 and a.ent_id_ in ("raise", "tighten") and all(
        doc[k].lower_ in DETERMINERS or doc[k].is_lower for k in range(f.trigger.end, a.start))
        and a.end + 1 < view.sent.end and doc[a.end].lower_ in ("on", "for") and any(
            a.end < p.start <= a.end + 3 for p in view.get("PRODUCT"))
        and set(f.products) <= {p.ent_id_ for p in view.get("PRODUCT") if p.start > a.end}
        for a in view.get("ACTION"))


def _passive_rate_subject(view: SentenceView, f: Frame) -> bool:
    """'Rates on cosmetics, rice and coal were raised as well': the rates of the duty the story
    tells, on goods named, as the passive verb's subject."""
    doc, trig = view.doc, f.trigger
    j = view.word_before(trig.start)
    if f.action not in ("raise", "reduce") or j is None or doc[j].lower_ not in PASSIVE_AUX:
        return False
    k = view.sent.start + (1 if doc[view.sent.start].lower_ in ("the", "their", "its") else 0)
    return k + 2 < j and doc[k].lower_ in ("rates", "rate") and doc[k + 1].lower_ in ("on", "for") \
        and doc[k + 2].ent_type_ == "PRODUCT" and not any(
            doc[x].ent_type_ in ("ACTION", "MEASURE") or doc[x].text == ";" for x in range(k, j)) \
        and not any(k <= c.start < j for c in view.cues("OTHER_RATE"))


def _moves_a_rate(view: SentenceView, f: Frame) -> bool:
    """'raised the combined rate', 'cut the rates', 'lifted the aircraft rate to 15%': the verb's
    object is a rate."""
    lifted_to = f.action == "lift" and any(f.trigger.end < g.start <= f.trigger.end + 8 and view.doc[g.start - 1].lower_ == "to"
                                           for g in view.get("FIGURE"))
    if (f.action not in ("raise", "reduce") and not lifted_to) or f.trigger.text.lower() in ("lower", "higher"):
        return False
    if f.trigger.start in view.rate_moves:
        return True
    doc, stop = view.doc, min(f.trigger.end + 4, view.sent.end)
    for p in view.get("PRODUCT"):
        # ('brought our European-built cars down to 15%': the goods' rate moved)
        k = p.end + (1 if p.end < view.sent.end and doc[p.end].lower_ in ("down", "up") else 0)
        if f.trigger.end <= p.start <= f.trigger.end + 5 and k + 1 < view.sent.end and doc[k].lower_ == "to" \
                and any(g.start == k + 1 and g.ent_id_ == "percent" for g in view.get("FIGURE")):
            return True
    if any(doc[k].lower_ in ("rate", "rates") for k in range(f.trigger.end, stop)):
        return not any(f.trigger.end <= c.start < stop for c in view.cues("OTHER_RATE"))  # 'raised its benchmark Selic rate'
    if _moved_from_to(view, f.trigger):
        return True  # ('the government lowered the bean from 26% to 24%': whatever it calls the rate)
    # 'the rate on ethyl alcohol is cut from 10% to 5%', 'the tax is reduced to 15%': the rate as passive subject
    j = view.word_before(f.trigger.start)
    if j is None or doc[j].lower_ not in PASSIVE_AUX:
        return False
    start = max(view.sent.start, f.trigger.start - 14)
    # ('the top rate was trimmed to 40%', "Sri Lanka's rate was cut to 20 percent")
    return any(doc[k].lower_ in ("rate", "rates", "tax") and k > view.sent.start and (
                   doc[k - 1].lower_ == "the" or view.is_possessive(k - 1)
                   or (k - 2 >= view.sent.start and (doc[k - 2].lower_ == "the" or view.is_possessive(k - 2))
                       and doc[k - 1].is_lower))
               and not any(c.start <= k < c.end + 1 for c in view.cues("OTHER_RATE")) for k in range(start, j))


NOT_RATE_OBJECTS = REPORT_NOUNS | {"forecast", "forecasts", "estimate", "estimates", "outlook", "growth", "share",
                                   "stake", "target", "targets", "inflation", "price", "prices", "margin", "margins",
                                   "output", "production", "exports", "imports", "sales", "demand", "capacity"}


def _moved_from_to(view: SentenceView, trig: Span) -> bool:
    """'lowered the bean from 26% to 24%': an object, then 'from' one percentage 'to' another
    right after the verb, with no market figure, forecast or other rate as the object."""
    doc = view.doc
    frm = next((k for k in range(trig.end, min(view.sent.end, trig.end + 6)) if doc[k].lower_ == "from"), None)
    if frm is None or frm == trig.end or any(doc[k].lower_ in NOT_RATE_OBJECTS or doc[k].ent_type_ in ("ACTION", "MEASURE")
                          or doc[k].text in (",", ";") for k in range(trig.end, frm)) \
            or any(trig.end <= c.start < frm for c in view.cues("OTHER_RATE") + view.cues("MARKET_OBJECT")):
        return False
    figs = [g for g in view.get("FIGURE") if g.ent_id_ == "percent" and frm < g.start <= frm + 6]
    return len(figs) >= 2 and figs[0].start == frm + 1 and doc[figs[1].start - 1].lower_ == "to"


def _occasion(view: SentenceView, f: Frame) -> Optional[tuple[Optional[int], Span]]:
    """'The same day, the ministry cut ...', 'A day earlier, ...': an undated action the text
    dates by the action told before it. 'also announced', 'Separately, ...' (offset None) tie
    it only to the story's own news day."""
    for c in view.cues("SAME_OCCASION"):
        news = c.id_ == "news"
        # ('- In the same statement the ministry lifted ...': past a bullet and a preposition)
        k = view.sent.start
        while k < c.start and k - view.sent.start < 3 and (view.doc[k].text in ("-", "•", "*", "–")
                                                           or view.doc[k].lower_ in ("in", "under", "with", "by")):
            k += 1
        opens = c.start <= k or c.start - view.sent.start <= 1
        lead = (opens and c.end <= f.trigger.start) or 0 <= f.trigger.start - c.end <= 1
        # ('In a separate notification on the same day, the ministry extended ...': the end of the
        # phrase that opens the sentence)
        lead = lead or (c.end < f.trigger.start and view.doc[c.end].text == "," and not any(
            view.doc[k].text in (",", ";", ":") for k in range(view.sent.start, c.start)) and not any(
            a.start < c.start for a in view.get("ACTION")))
        if news and c.text.lower() == "as well":
            # ('The suspension of its ban ... was extended as well': on the story's news day, like
            # the step told before it; 'as well as' joins nouns)
            lead = 0 <= c.start - f.trigger.end <= 1 and not (c.end < view.sent.end and view.doc[c.end].lower_ == "as")
        if news and c.text.lower() == "also":
            # 'also banned ...', 'also approved a 12-month waiver of ...'
            lead = 0 <= f.trigger.start - c.end <= 5 and not any(
                view.doc[k].text in (",", ";", ":", ".") for k in range(c.end, f.trigger.start)) \
                and not _dated_when_clause(view, c.start)
        # ('The extension entered into force the following day': the day after the step told last,
        # the day it applied)
        lead = lead or (not news and c.start > f.trigger.end and _only_force_words(view.doc, f.trigger.end, c.start))
        # ('Bogotá answered the same month with a 30% tariff': right after the verb; 'The measures
        # applied from the next day' tells when the steps told before applied)
        lead = lead or (not news and c.start == f.trigger.end and not f.trigger.text.lower().startswith(APPLYING))
        # ('Canada imposed 25% counter-tariffs on US steel the next day.': the day closing the clause)
        lead = lead or (not news and c.start > f.trigger.end and c.end < view.sent.end
                        and view.doc[c.end].text in (".", ";") and not any(
                            f.trigger.end <= a.start < c.start for a in view.get("ACTION"))
                        and not any(view.doc[k].text in (",", ";", ":") for k in range(f.trigger.end, c.start)))
        if lead:
            return (None if news else 0 if c.id_ in ("instrument", "month") else int(c.id_ or 0)), c
    return None


APPLYING = ("appl", "enter", "took", "take", "came", "come", "kick", "began", "begin", "start")
FORCE_WORDS = {"entered", "enters", "into", "force", "took", "takes", "effect", "came", "comes", "applied", "applies",
               "was", "were", "is", "in"}


def _dated_when_clause(view: SentenceView, i: int) -> bool:
    """'... 7.5% since December, when the government also lowered ...': the clause at `i` is
    dated by the date its 'when' follows, not by the story's news day."""
    doc = view.doc
    k = next((k for k in range(i - 1, max(view.sent.start, i - 6) - 1, -1) if doc[k].lower_ == "when"), None)
    if k is None:
        return False
    j = k - 1 if k - 1 >= view.sent.start and doc[k - 1].text == "," else k
    return any(d.end == j for d in view.get("DATE"))


LAW_NOUNS = {"law", "act", "bill", "code", "statute"}


def _names_law(view: SentenceView, m: Span) -> bool:
    """'China's Export Control Law, in force since December 2020': the measure words name a law,
    a framework for measures, not one of them."""
    return m.end < view.sent.end and view.doc[m.end].lower_ in LAW_NOUNS and view.doc[m.end].is_title


def _relative_clause_object(view: SentenceView, trig: Span, measures: list[Span]) -> Optional[Span]:
    """'the provisional duties of 16.2% on billets and 13.6% on flat products that the ministry
    imposed on 14 April': the measure a relative clause's verb takes as its object."""
    doc = view.doc
    rel = next((k for k in range(trig.start - 1, max(view.sent.start, trig.start - 5) - 1, -1)
                if doc[k].lower_ in ("that", "which")), None)
    if rel is None or any(rel < e.start < trig.start for e in view.get("ACTION") + view.get("MEASURE")) \
            or any(doc[k].text in (",", ";") for k in range(rel, trig.start)):
        return None
    last = [m for m in measures if m.end <= rel and rel - m.end <= 20
            and not any(m.end <= b.start < rel for b in view.get("ACTION"))
            and not any(doc[k].text in (";", ":") for k in range(m.end, rel))]
    return last[-1] if last else None


def _framing_phrase(view: SentenceView, m: Span) -> bool:
    """'In the same rule BIS removed ...', 'Under the order, ...': a measure that opens the
    sentence after a preposition frames the step told; it is not the step's told object."""
    doc = view.doc
    k = m.start - 1
    while k > view.sent.start and (view.has_cue_at("DEFINITE", k) or doc[k].lower_ in ("same", "new", "latest")):
        k -= 1
    return k == view.sent.start and doc[k].lower_ in ("in", "under")


def _joined_participle(view: SentenceView, trig: Span) -> Optional[int]:
    """'... on coal announced in January and in force since February': the participle a status
    phrase is joined to by 'and', which tells of the same measure (its position)."""
    doc = view.doc
    k = trig.start - 1
    if k <= view.sent.start or doc[k].lower_ != "and":
        return None
    for c in range(k - 1, max(view.sent.start, k - 9), -1):
        if doc[c].text in (",", ";") or any(b.start <= c < b.end for b in view.get("ACTION")):
            return None
        if doc[c].is_lower and doc[c].is_alpha and doc[c].lower_.endswith("ed") \
                and doc[c - 1].lower_ not in PASSIVE_AUX | PERFECT_AUX:
            return c
    return None


def _instrument_status(view: SentenceView, a: Span, measures: list[Span], actions: list[Span]) -> bool:
    """'The Decree published in the DOF on 19/12/2024 and in force from 20/12/2024 raised the duty
    ...': a status told of an instrument, with the instrument's own verb after it, dates that
    verb's steps; it is no measure of its own."""
    if not a.text.lower().startswith(STATUS_PHRASES):
        return False
    doc = view.doc
    p = _joined_participle(view, a)
    lead = p if p is not None else (a.start - 1 if doc[a.start - 1].text == "," else None)
    if lead is None:
        return False
    head = next((c for c in reversed(view.cues("INSTRUMENT")) if c.end <= lead and lead - c.end <= 3), None)
    # ('China's Export Control Law, in force since December 2020': a law named for a measure is that measure)
    return head is not None and not any(head.start <= m.start < a.start or m.start <= head.start <= m.end
                                        for m in measures) and any(
        b.start > a.end and not b.text.lower().startswith(STATUS_PHRASES) and b.ent_id_ != "none" for b in actions)


def _on_flow(view: SentenceView, m: Span) -> bool:
    """'restrictions on exports of enriched uranium': a plain measure word set on a trade flow."""
    k = m.end
    return m.ent_id_ == "restriction" and k + 1 < view.sent.end and view.doc[k].lower_ == "on" and any(
        c.start == k + 1 and c.text.lower() in FLOW_WORDS for c in view.cues("EXPORT_CTX") + view.cues("IMPORT_CTX"))


def _status_of_step_noun(view: SentenceView, f: Frame, frames: list[Frame]) -> bool:
    """"Kazakhstan's six-month extension of its ban on road exports of ..., in force since 15
    February, has cut ...": the status set off after a step named as a noun ('extension of its
    ban') tells when that step applies, not when the ban began."""
    if f.action != "impose" or f.kind != "historical" or not f.trigger.text.lower().startswith(STATUS_PHRASES) \
            or view.doc[f.trigger.start - 1].text != ",":
        return False
    doc = view.doc
    return any(g is not f and ACTION_FAMILY.get(g.action) in ("relax", "extend") and g.trigger.end < f.trigger.start
               and g.trigger.end < view.sent.end and doc[g.trigger.end].lower_ == "of"
               and not doc[g.trigger.start].lower_.endswith(("ed", "ing"))
               and not any(b.start > g.trigger.end and b.start < f.trigger.start for b in view.get("ACTION"))
               and sum(doc[k].text == "," for k in range(g.trigger.end, f.trigger.start)) <= 3
               for g in frames)


BECOMING = {"become", "becomes", "became"}


SHARE_BASES = {"capacity", "capacities", "output", "production", "volume", "volumes", "imports", "exports"}


def _caps_duty(view: SentenceView, a: Span, measures: list[Span]) -> bool:
    """'caps the duty on yellow maize at 10 per cent', 'capped the export levy at 5%': a duty held
    to a rate."""
    doc = view.doc
    if a.start > view.sent.start + 1 and doc[a.start - 1].lower_ in PASSIVE_AUX:
        if doc[a.start - 2].lower_ in ("would", "could", "might", "may"):
            return False  # ('any future tariff on EU pharmaceuticals would be capped at 15%': a promise's terms)
        # ('The RD on imported used vehicles ... will be capped at 40pc from January 1': the duty its subject)
        m = _subject_measure(view, a, measures)
        return m is not None and m.ent_id_ in DUTY_MEASURES and any(
            g.ent_id_ == "percent" and g.start == a.end + 1 and doc[a.end].lower_ == "at" for g in view.get("FIGURE"))
    m = next((m for m in measures if a.end <= m.start <= a.end + 3 and m.ent_id_ in DUTY_MEASURES), None)
    if m is None or not all(doc[k].lower_ in DETERMINERS | {"its", "their"} or doc[k].is_lower for k in range(a.end, m.start)):
        return False
    return any(g.ent_id_ == "percent" and m.end < g.start <= m.end + 12 and doc[g.start - 1].lower_ == "at"
               for g in view.get("FIGURE"))


def _capped_share(view: SentenceView, a: Span) -> Optional[Span]:
    """'permits ... will be capped at 50 per cent of each recycler's approved processing capacity':
    a cap set as a share of a volume is a quota (the figure is returned)."""
    doc = view.doc
    if not a.text.lower().startswith("cap") or a.end + 1 >= view.sent.end or doc[a.end].lower_ != "at":
        return None
    fig = next((g for g in view.get("FIGURE") if g.start == a.end + 1 and g.ent_id_ == "percent"), None)
    if fig is None or fig.end >= view.sent.end or doc[fig.end].lower_ != "of":
        return None
    return fig if any(doc[k].lower_ in SHARE_BASES for k in range(fig.end + 1, min(view.sent.end, fig.end + 8))) else None


def _object_broken(view: SentenceView, start: int, end: int) -> bool:
    """Whether a clause break stands between a verb and the end of its object: the commas of a
    list of goods and an aside set off by dashes break nothing."""
    doc, aside = view.doc, False
    for k in range(start, end):
        if doc[k].text in ("-", "–", "—") and not (doc[k - 1].whitespace_ == "" and doc[k].whitespace_ == ""):
            aside = not aside
            continue
        if aside:
            continue
        if doc[k].lower_ in OBJECT_BREAK and not (doc[k].text == "," and _ends_product(doc, k)
                                                  and k + 1 < end and doc[k + 1].ent_type_ == "PRODUCT"):
            return True
    return aside


def _participle_comma(view: SentenceView, trig: Span) -> Optional[int]:
    """The comma that sets off the participle clause a status or participle opens: right before
    it ('..., imposed in July 2022, ...') or before the participle it is joined to ('...,
    announced on 27 February and in force since March, ...')."""
    k = trig.start - 1
    if view.doc[k].text == ",":
        return k
    p = _joined_participle(view, trig)
    return p - 1 if p is not None and view.doc[p - 1].text == "," else None


def _pick_measure(view: SentenceView, f: Frame, seg: tuple[int, int], zones) -> None:
    own = [m for m in view.get("MEASURE") if not _in_zones(m.start, zones)]
    measures = [m for m in own if seg[0] <= m.start < seg[1]] or own
    trig = f.trigger
    if f.kind == "status":
        f.measure = next((m for m in reversed(measures) if m.end <= trig.start), None)
        f.type = f.measure.ent_id_ if f.measure is not None and f.measure.ent_id_ not in GENERIC_MEASURES else None
        return
    vol = (_granted_volume(view, trig) or _capped_share(view, trig)) if f.action == "impose" else None
    if vol is not None:
        free = next((c for c in view.cues("DUTY_FREE") if trig.end <= c.start < seg[1]), None)
        if free is not None:
            # 'will let in 13,000 tonnes of US beef a year duty-free': a tariff lifted within a volume
            f.action, f.type, f.type_specific = "lift", "import_tariff", False
            _add_evidence(f, "type", "import_tariff", free)
        elif (licences := _licences_capped(view, trig)) is not None and not any(
                c.start < trig.start for c in view.cues("IMPORT_CTX")):
            # ('Licenses for AI chips going to Malaysia will be capped at 50,000 units': export licences
            # rationed, a control on what leaves)
            f.type, f.type_specific = "export_control", False
            _add_evidence(f, "type", "export_control", licences)
        else:
            f.type, f.type_specific = "quota", False
            _add_evidence(f, "type", "quota", vol)
        return
    j = view.word_before(trig.start)
    if trig.label_ == "ACTION" and f.action in ("suspend", "lift") and trig.text.lower().startswith(FLOW_VERBS) \
            and not trig.text.lower().endswith(("ed", "ing")) and j is not None and view.doc[j].lower_ in FLOW_WORDS:
        # 'the import halt', 'an export freeze': a stopped flow is a ban
        f.type = "import_ban" if view.has_cue_at("IMPORT_CTX", j) else "export_ban"
        f.type_specific, f.action = False, "impose"
        _add_evidence(f, "type", f.type, view.doc[j:j + 1])
        return
    # ('moved wheat to 'restricted' from 'prohibited' and opened an export quota': the status names its measure)
    verb_names_ban = trig.ent_id_ in ("impose_ban", "lift_ban") or (trig.label_ == "ACTION" and _names_status(view, trig))
    if trig.label_ == "MEASURE":  # 'China bans rice exports'
        chosen = trig
    elif verb_names_ban:
        chosen = None  # 'shut its border', 'no longer accepts': the verb names the ban; another clause's duty is not it
    else:
        after = [m for m in measures if m.start >= trig.end and _object_reachable(view, trig, m)
                 and not (m.start in view.replacements and trig.start in view.replaced_halts)]
        # an active verb or gerund takes its measure as object; only a passive participle
        # ('restrictions imposed in 2024') or a noun looks back
        noun = view.definite_before(trig.start) or not trig.text.lower().endswith(("ed", "en", "ing", "effect", "force",
                                                                                      "starts", "begins", "since", "in"))
        if j is not None and view.doc[j].lower_ in ("will", "would", "can", "could", "may", "might", "must", "shall",
                                                     "should", "to", "did", "does", "do"):
            noun = False  # ('reducing the duty will increase the supply': a verb, its subject no measure of its own)
        obj = _subject_measure(view, trig, measures) if trig.start in view.intransitive \
            else _passive_object(view, trig, measures)
        if obj is None and trig.start in view.intransitive and _pronoun_rate_move(view, trig, own):
            # ('..., and from the start of next month it drops to 8 per cent': the duty named before)
            obj = next(m for m in reversed(own) if m.end <= trig.start and m.ent_id_ in DUTY_MEASURES)
        # ('a seasonal suspension in place since 15 November': a status phrase tells of the measure it follows)
        status = trig.text.lower().startswith(STATUS_PHRASES)
        before = [obj] if obj is not None else (
            [m for m in measures if m.end <= trig.start and trig.start - m.end <= 1] if noun or status else [])
        if status and not before and (p := _joined_participle(view, trig)) is not None:
            # ('the export duty of 1% to 5% on coal announced in January and in force since February')
            before = [m for m in measures if m.end <= p and p - m.end <= 10 and not any(
                view.doc[k].text in (",", ";") for k in range(m.end, p))]
        chosen = after[0] if after and (f.kind != "historical" or not before) else (before[-1] if before else None)
        if f.kind == "historical" and before:
            chosen = before[-1]
        if chosen is not None and chosen in after and obj is not None and after[0].start - trig.end > 3:
            chosen = obj  # 'tariffs that took effect on March 12 under Section 232' looks back
    if chosen is None and trig.label_ == "ACTION" and not verb_names_ban and trig.end < view.sent.end \
            and view.doc[trig.end].lower_ in OBJECT_PRONOUNS and view.doc[trig.start - 1].lower_ in ("it", "they"):
        # 'has charged no tariffs on industrial goods since it abolished them': the measure the clause named
        chosen = next((m for m in reversed(measures) if m.end <= trig.start), None)
    if chosen is None and trig.label_ == "ACTION" and f.action == "lift" and not verb_names_ban:
        # 'let its restrictions on imports of ... expire': the object of 'let'
        lets = [k for k in range(max(view.sent.start, trig.start - 24), trig.start)
                if view.doc[k].lower_ in ("let", "lets", "allowed", "allow", "allowing")]
        if lets:
            chosen = next((m for m in measures if lets[-1] < m.start < trig.start), None)
    if chosen is None and trig.label_ == "ACTION" and not verb_names_ban:
        # 'The ban, imposed on December 8 ..., was extended in March': the sentence's subject
        first = next((m for m in measures if m.end <= trig.start), None)
        # ('farmers were trying to expand' is no passive: an infinitive, not a participle)
        # ('The duties ... have applied since 31 March', '... have applied to European metal since June 1,
        # 2018': a status told in the perfect has its measure as subject)
        standing = trig.text.lower().endswith(" since") or _since_after(view, trig)
        auxiliaries = PASSIVE_AUX | (PERFECT_AUX if standing else set())
        aux_at = [k for k in range(max(view.sent.start, trig.start - 3), trig.start)
                  if view.doc[k].lower_ in auxiliaries and not any(
                      view.doc[x].lower_ == "to" or view.doc[x].lower_.endswith("ing") for x in range(k + 1, trig.start))]
        head = view.word_before(aux_at[0]) if aux_at else None
        while head is not None and head > view.sent.start and view.doc[head].lower_ in PERFECT_AUX:
            head = view.word_before(head)  # ('... of Kazakhstan has been extended': the subject is before 'has')
        before_modal = view.word_before(head) if head is not None and view.doc[head].lower_ == "would" else None
        if before_modal is not None and view.doc[before_modal].ent_type_ in ("MEASURE", "PRODUCT") \
                and _reported(view, head) and not _conditional_after(view, trig):
            head = before_modal  # 'said the duty would be cut': the duty is the subject
        # ('though the reference price was lowered': a noun of its own is the subject)
        own_subject = head is not None and _plain_word(view.doc[head]) and view.doc[head].lower_ not in FLOW_WORDS \
            and view.doc[head].lower_ not in ("also", "then", "now", "since", "later", "subsequently", "it", "they") \
            and not (first is not None and _in_measure_phrase(view, first, head))
        j = view.word_before(trig.start)
        # ('deposits of up to 105.4 per cent were announced on 5 February and applied from 13
        # February': a second participle shares the first one's passive subject)
        # ('... were announced on 4 February 2025 and have applied since 10 February': past its perfect)
        conj = head if aux_at and head is not None and view.doc[head].lower_ == "and" else j
        shared = first is not None and (not aux_at or conj != j) and conj is not None and view.doc[conj].lower_ == "and" \
            and trig.text.lower().split()[0].endswith("ed") \
            and any(view.doc[k].lower_ in ("was", "were") for k in range(first.end, conj)) \
            and conj - first.end <= 24 and not any(first.end <= b.start < conj for b in view.get("ACTION"))
        if shared and conj != j:
            own_subject = False
        if first is not None and (aux_at or shared) and not own_subject:
            chosen = first  # passive voice: the measure is the subject, however far back
        elif first is not None and (trig.text.lower().endswith("ed") or status) \
                and (comma := _participle_comma(view, trig)) is not None:
            # 'the ban on imports of kits for cars, imposed in July 2022, stays': a participle set
            # off by commas tells of the measure it follows
            last = [m for m in measures if m.end < trig.start and trig.start - m.end <= 20
                    and not any(m.end <= b.start < trig.start for b in view.get("ACTION"))
                    and not any(view.doc[k].text in (",", ";") for k in range(m.end, comma))]
            chosen = last[-1] if last else None
    if chosen is None and trig.label_ == "ACTION" and not verb_names_ban and trig.text.lower().endswith("ed"):
        chosen = _relative_clause_object(view, trig, measures)
    if chosen is None and trig.label_ == "ANNOUNCE":
        chosen = view.decided_subjects.get(trig.start)  # 'The duty orders ... were published on ...'
    if chosen is not None and chosen is not trig and _names_law(view, chosen):
        chosen = None
    if chosen is not None and chosen.start in view.replacements and trig.start in view.replaced_halts:
        chosen = None  # ('the quotas that replaced it': the quotas are the new measure, not the one that ends)
    if chosen is not None and chosen.ent_id_ not in GENERIC_MEASURES:
        # ('its Section 301 fees on Chinese-built vessels': a name before fees names the fees)
        chosen = next((m for m in measures if m.start == chosen.end and m.ent_id_ == "fee"), chosen)
    f.measure = chosen
    # 'traders will need an export permit': a licence to obtain, a measure apart from any ban
    # ('have since been allowed to export under permits' is how the ban is now applied)
    f.licence = chosen is not None and trig.ent_id_ in LICENSING_VERBS \
        and any(chosen.start <= c.start < chosen.end for c in view.cues("LICENCE"))
    if chosen is None and trig.ent_id_ in LICENSING_VERBS:
        # 'exporters would need a government licence to ship antimony': an export licence
        lic = next((c for c in view.cues("LICENCE") if trig.end <= c.start <= trig.end + 14), None)
        # ('lemon exports have been made subject to prior registration': the flow is the subject)
        reach = 5 if trig.ent_id_ == "impose_subject" else 3
        # ('made exports of personal protective equipment ... subject to a licence': the flow 'made' takes)
        # ('Shipments of plastic waste to OECD countries, including Turkey, become subject to prior written
        # notification and consent': the flow as the subject of 'become')
        becomes = trig.ent_id_ == "impose_subject" and view.doc[trig.start - 1].lower_ in BECOMING
        flow = next((c for c in view.cues("EXPORT_CTX") if lic is not None and (
            trig.start - reach <= c.start <= lic.end + 6 or (
                trig.ent_id_ == "impose_subject" and trig.start - 24 <= c.start < trig.start
                and (view.doc[c.start - 1].lower_ in SUBJECTING_VERBS
                     or (becomes and (c.start == view.sent.start or view.doc[c.start - 1].text == ",")))
                and not _object_broken(view, c.end, _subject_end(view, trig.start - becomes))))), None)
        if flow is not None:
            f.type, f.type_specific, f.licence = "export_control", False, True
            _add_evidence(f, "type", "export_control", lic)
            return
    if chosen is None and trig.label_ == "ACTION" and _parties_added(view, trig):
        # ('added eight Chinese entities and removed one Hong Kong entity': parties put on or taken
        # off the list the story tells)
        f.type, f.type_specific = "entity_listing", False
        _add_evidence(f, "type", "entity_listing", trig)
        return
    if chosen is None and trig.ent_id_ == "lift_duty_free":
        f.type, f.type_specific = "import_tariff", False
        _add_evidence(f, "type", "import_tariff", trig)
        return
    if chosen is None:
        implied = _implied_measure(trig)
        if implied is None:
            return
        mtype = implied
    else:
        mtype = chosen.ent_id_
    # ('China hits back with 34% tariff ..., curbs exports of seven rare earths': a measure of
    # another step's segment names nothing of this one)
    specific = [m.ent_id_ for m in measures if m.ent_id_ not in GENERIC_MEASURES and seg[0] <= m.start < seg[1]]
    if not specific and chosen is not None and chosen.text.lower() in ("measures", "measure") \
            and view.definite_before(chosen.start):
        # ('... anti-dumping duties since 2019: ..., and the measures were renewed last year': the
        # measure the sentence named before)
        specific = [m.ent_id_ for m in view.get("MEASURE") if m.end <= chosen.start
                    and m.ent_id_ not in GENERIC_MEASURES][-1:]
    if mtype in GENERIC_MEASURES and specific and (mtype != "ban" or "entity_listing" in specific) and mtype != "fee":
        # 'a rule ... that would blacklist': the specific measure names what the rule is
        # (not fees: 'its Section 301 fees on Chinese-built vessels' are the fees the name is of)
        mtype = _most_specific(specific)
    elif mtype not in GENERIC_MEASURES and mtype != "entity_listing" and "entity_listing" in specific:
        mtype = "entity_listing"
    if mtype == "import_tariff" and chosen is not None and chosen.text.lower() in ("surcharge", "surcharges", "surtax", "surtaxes") \
            and _levied_on_flow(view, chosen, "EXPORT_CTX"):
        mtype = "export_duty"  # ('put a 25-per-cent surcharge on electricity exported to Minnesota')
    if mtype in GENERIC_MEASURES:
        f.type_specific = False
        anchor = chosen if chosen is not None else trig
        lo, hi = max(0, min(seg[0], anchor.start - 4)), max(anchor.end + 8, seg[1])  # (a text of one word)
        # ('If you export food to Russia, remember ...: Moscow's ban on Western food ...': a colon
        # ends the clause whose flow it was)
        lo = max([lo] + [k + 1 for k in range(lo, anchor.start) if view.doc[k].text == ":" and k - view.sent.start > 3])
        export = any(lo <= c.start < hi for c in view.cues("EXPORT_CTX"))
        imports = any(lo <= c.start < hi for c in view.cues("IMPORT_CTX"))
        if mtype == "import_tariff_weak":
            # bare 'duties': the flow says which; else the article's own duties decide
            # 'duties on exports' is an export duty; an export word further off ('Australian wine
            # exporters ... the duties') tells whose goods are taxed, not which border
            near = any(anchor.start - 4 <= c.start <= anchor.end + 2 for c in view.cues("EXPORT_CTX")) \
                or _levied_on_flow(view, anchor, "EXPORT_CTX")
            mtype = "export_duty" if export and near and not imports else ("import_tariff" if imports else None)
            if mtype is None and chosen is None and not export:
                mtype = "import_tariff"  # 'has taxed fertilisers from Russia since July 2025': goods let in
            f.default_type = "import_tariff"
            if chosen is not None and chosen.start > view.sent.start and view.doc[chosen.start - 1].lower_ == "excise" \
                    and mtype is None and not export:
                f.void = True  # 'Maharashtra raised its excise duty on spirits': a tax at home, on no border
        elif mtype == "ban":
            # ('prohibits the import ... of ferro-alloys originating in or exported from Russia')
            export = export and not (imports and _exports_name_origin(view, lo, hi))
            mtype = "import_ban" if imports and not export else ("export_ban" if export else None)
            if trig.ent_id_ in ("impose_ban", "lift_ban") and any(
                    w in trig.text.lower() for w in ("accept", "admit", "import", "bring")):
                mtype = "import_ban"  # ('Since China stopped accepting solid waste ..., exporters ...': a verb of letting in)
            if imports and export and any(anchor.end <= c.start <= anchor.end + 1 and c.text.lower() in FLOW_WORDS
                                          and (c.end == view.sent.end or view.doc[c.end].lower_ not in ("and", "or"))
                                          for c in view.cues("IMPORT_CTX")):
                mtype = "import_ban"  # 'banned imports after ..., and German exporters still hope': its object
            foreign_goods = any(anchor.end <= e.start <= anchor.end + 2 and _is_target_adjective(view, e)
                                for e in view.get("JURISDICTION"))
            if mtype == "export_ban" and foreign_goods and not any(
                    anchor.start - 4 <= c.start <= anchor.end + 4 for c in view.cues("EXPORT_CTX")):
                mtype = None  # ('The ban on Moldovan wine was lifted ..., and shipments grew': the flow of a later clause)
            if mtype is None and anchor.label_ in ("ACTION", "MEASURE") and foreign_goods:
                # 'Japan banned American beef', 'an embargo on Russian coal': another country's goods kept out
                mtype = "import_ban"
            if mtype is None and trig.ent_id_ in ("impose_ban", "lift_ban") and not export:
                mtype = "import_ban"  # 'will no longer accept diesel': goods kept out at the border
            if mtype is None and trig.label_ == "ACTION" and not export and (goods := _passive_goods(view, trig)) is not None \
                    and any(e.end == goods.start and _is_target_adjective(view, e) for e in view.get("JURISDICTION")):
                mtype = "import_ban"  # ('Russian low-enriched uranium has been barred since 11 August 2024')
            if mtype is None and anchor.label_ in ("ACTION", "MEASURE") and _goods_from_abroad(view, anchor):
                mtype = "import_ban"  # 'its ban on poultry meat and hatching eggs from the US state of Minnesota'
            if mtype is None and chosen is None and _names_status(view, trig):
                f.status = "ban"  # ('moved broken rice back to the "prohibited" category': the story's flow)
        elif mtype == "measure_ref":
            # 'withdrew the circular': the measure the article is about; 'the requirement ... that
            # importers use letters of credit' is a payment rule
            mtype = "other" if any(anchor.end <= c.start <= anchor.end + 16 for c in view.cues("PAYMENT_TERMS")) \
                else None
        elif mtype == "list_ref":
            mtype = None  # 'placed on the list': the list the article is about
            # 'cut the list of countries to which firms may sell': names go on and off a list, a
            # list is not cut or raised
            f.void = f.action in ("reduce", "raise")
        elif mtype == "tax":
            # 'raised the PAIS tax on payments for imports': a tax is a trade measure only where
            # the sentence puts it on a flow of goods ('income tax', 'windfall tax' are not)
            near = [c for c in view.cues("EXPORT_CTX") + view.cues("IMPORT_CTX") if anchor.start - 4 <= c.start <= anchor.end + 6]
            mtype = None if not near else ("export_duty" if near[0].label_ == "EXPORT_CTX" else "import_tariff")
            # 'the tax is reduced to 15%, from 20%': the tax the article is about, its new rate
            told = chosen is not None and chosen.start > view.sent.start and \
                view.doc[chosen.start - 1].lower_ in ("the", "this", "that", "its") and any(
                    g.start > chosen.end and g.ent_id_ == "percent" for g in view.get("FIGURE"))
            f.void = mtype is None and not told
        elif mtype == "fee":
            # 'charged fees on Chinese-built vessels', 'These fees were suspended' after port fees were
            # told: a fee is a trade measure on ships or where the article's port fees are meant
            # ('legal fees', 'stumpage fees' are not)
            ships = any(lo <= c.start < hi for c in view.cues("FEE_BEARER"))
            told = any(e.label_ == "MEASURE" and e.ent_id_ == "other" and "fee" in e.text.lower()
                       and e.end <= view.sent.start for e in view.doc.ents)
            k = anchor.start  # ('The Chinese fees': a government's adjective may come between)
            while k > view.sent.start and view.doc[k - 1].ent_type_ == "JURISDICTION":
                k -= 1
            mtype = "other" if ships or (told and view.definite_before(k)) else None
            f.void = mtype is None
        elif mtype == "sanctions":
            # 'sanctions on ... individuals', 'financial sanctions': frozen assets and travel bans are
            # no trade measure; sanctions on a flow of goods are that flow's ban
            near = [c for c in view.cues("EXPORT_CTX") + view.cues("IMPORT_CTX") if anchor.start - 4 <= c.start <= anchor.end + 6]
            mtype = None if not near else ("export_control" if near[0].label_ == "EXPORT_CTX" else "import_ban")
            f.void = mtype is None
        elif mtype == "licensing":
            # an export licence is an export control; an import licence no ban, only a hurdle (the
            # flow nearest says which: 'prior approval to open LCs for imports of ..., raw
            # materials for export industries' is an import hurdle)
            # ('the licence requirement for HBM shipped to China': goods sent out)
            flows = sorted((abs(c.start - anchor.start), "EXPORT_CTX" if _sent_to(view, c.start, c.start + 1) else c.label_)
                           for c in view.cues("EXPORT_CTX") + view.cues("IMPORT_CTX") if lo <= c.start < hi)
            mtype = None if not flows else ("export_control" if flows[0][1] == "EXPORT_CTX" else "other")
            if any(seg[0] <= p.start < seg[1] for p in view.get("PRODUCT")):
                f.default_type = "export_control"  # 'licence requirements on advanced chip tools'
        else:
            sent = _sent_to(view, lo, hi)  # ('restrictions on chips sold to China': goods sent out)
            # ('The measures on goods exported from Taiwan': where goods subject to the importer's
            # measures come from, not an export flow)
            export = export and not _exports_name_origin(view, lo, hi)
            mtype = "export_control" if export or sent else ("import_ban" if imports else None)
            if chosen is None and _names_status(view, trig) and mtype != "export_control":
                # ('moved laptops to the "restricted" list': a licence, for imports no ban; the story's
                # flow when the sentence names none)
                mtype, f.status = ("other", None) if mtype else (None, "restriction")
            if mtype is None and any(anchor.end <= c.start <= anchor.end + 6 for c in view.cues("LISTED_PARTY")) \
                    and anchor.end < view.sent.end and view.doc[anchor.end].lower_ in ("against", "on"):
                mtype = "entity_listing"  # 'its countermeasures against five US-based subsidiaries': parties, not goods
            if chosen is not None and chosen.text.lower().endswith(("controls", "control")):
                f.default_type = "export_control"  # 'expanded the controls to more lithography systems'
        if mtype is None:
            mtype = None  # decided from context at article level
    else:
        f.type_specific = True
    if mtype in ("other", "licensing") and chosen is not None and _permits_suspended(view, chosen):
        # ('lifted its suspension of import permits', 'answered by suspending import permits'): no permits, no trade
        mtype = "export_ban" if "export" in chosen.text.lower() else "import_ban"
    if mtype == "quota" and chosen is not None and chosen.text.lower().startswith("safeguard") \
            and not view.get("VOLUME") and not view.cues("OVER_QUOTA") and not any(
                m.ent_id_ == "quota" and not m.text.lower().startswith("safeguard") for m in view.get("MEASURE")) \
            and any(seg[0] <= g.start < seg[1] and g.ent_id_ == "percent" for g in view.get("FIGURE")):
        mtype = "import_tariff"  # ('a definitive safeguard on milled rice: 25% for 3 years': a safeguard duty)
    if mtype == "quota" and chosen is not None and any(
            view.doc[k].lower_ in ("zero", "nil") for k in range(max(view.sent.start, chosen.start - 2),
                                                                 min(view.sent.end, chosen.end + 3))):
        # 'set export quotas of zero for oats': no volume may leave, a ban
        export = any(chosen.start - 4 <= c.start <= chosen.end + 4 for c in view.cues("EXPORT_CTX"))
        mtype = "export_ban" if export else "import_ban"
    f.type = mtype
    if mtype:
        _add_evidence(f, "type", mtype, chosen if chosen is not None else _status_span(trig))


FLOW_WORDS = ("exports", "imports", "export", "import", "shipments", "exporting", "importing", "importation", "exportation")
STATUS_PHRASES = ("in place", "in force", "in effect")  # 'in force since 4 September'
# only stopping or restarting a flow implies a ban: 'lower purchases' or 'reduced export earnings' do not
FLOW_VERBS = ("stop", "halt", "suspen", "paus", "freez", "froze", "ceas", "block", "resum", "reopen", "restart",
              "ban", "prohibit", "embargo", "allow", "will allow", "permit", "prevent")


OBJECT_BREAK = {",", ";", ":", "citing", "saying", "amid", "as", "because", "due", "despite", "while", "after",
                "before", "which", "who", "although", "but", "since", "when", "where", "whereas"}


def _taken_off(view: SentenceView, m: Span) -> bool:
    """'take refined vegetable oil, spaghetti and noodles off the import prohibition list': a form
    of 'take' before the goods and 'off the' before the list."""
    doc = view.doc
    if m.start - 2 < view.sent.start or doc[m.start - 1].lower_ not in ("the", "its") or doc[m.start - 2].lower_ != "off":
        return False
    k = m.start - 3
    while k > max(view.sent.start, m.start - 20) and doc[k].text not in (";", ":") and doc[k].lower_ not in TAKE_WORDS:
        k -= 1
    return doc[k].lower_ in TAKE_WORDS


TAKE_WORDS = {"take", "takes", "took", "taken", "taking"}


def _names_goods_list(view: SentenceView, m: Span) -> bool:
    """'the export prohibition list', 'its import ban list': a ban kept as a list of goods."""
    # ('put plastic syringes from two Chinese makers on import alert': an alert lists goods detained)
    # ('adds heated tobacco devices and nicotine pouches to the banned list')
    if m.ent_id_ == "ban" and m[-1].lower_ in ("list", "lists"):
        return True
    return (m.end < view.sent.end and view.doc[m.end].lower_ in ("list", "lists")
            or m[-1].lower_ in ("alert", "alerts")) and m.ent_id_ in ("export_ban", "import_ban", "export_control")


def _object_reachable(view: SentenceView, trig: Span, m: Span) -> bool:
    """'cut its profit forecast, citing U.S. tariffs': a measure past a clause break is
    not what the verb acts on."""
    if m.ent_id_ in ("entity_listing", "list_ref"):
        return m.start - trig.end <= 30  # 'added 140 entities, most of them Chinese, to its Entity List'
    if view.doc[m.start - 1].lower_ == "under" and trig.text.lower().startswith(("put", "plac", "brought", "bring")):
        return m.start - trig.end <= 26  # 'placed technologies for mining, smelting, ... under export control'
    if m.start - trig.end <= 24 and _time_phrases_only(view, trig.end, m.start):
        return True  # 'establishes, for the same period, from 1 October 2025 to 31 March 2026, an export quota'
    doc = view.doc
    if m.start == trig.end + 1 and doc[trig.end].lower_ == "as":
        return True  # 'had to be lodged as cash deposits': the form the duty takes

    if any(doc[b.start - 1].lower_ == "and" and trig.end < b.start < m.start and any(
            doc[k].lower_ in FLOW_WORDS for k in range(trig.end, b.start)) for b in view.get("ACTION")):
        return False  # 'suspended cobalt exports in February and replaced the suspension with quotas': its own object
    if trig.end + 1 < m.start and _halt_told(view, trig):
        return False  # 'extended the halt in June and switched to quotas': the halt told before is its object
    start = trig.end
    # ('extends for one year, through Nov. 10, 2027, the suspension of ... the reciprocal tariff':
    # the object starts after the aside of time)
    aside = next((k + 1 for k in range(min(m.start, trig.end + 16) - 1, trig.end + 2, -1)
                  if doc[k].text == "," and _time_phrases_only(view, trig.end, k + 1)), None)
    if aside is not None:
        start = aside
    if m.start - start > 12 + sum(1 for k in range(start, m.start) if view.doc[k].ent_type_ == "PRODUCT"):
        return False
    if start < m.start and doc[start].text == ",":
        # 'introduced, for the first time, an export duty': an aside between commas breaks nothing
        close = next((k for k in range(start + 1, min(m.start, start + 11)) if doc[k].text == ","), None)
        if close is not None and all(doc[k].ent_type_ in ("", "DATE") and doc[k].lower_ not in OBJECT_BREAK
                                     for k in range(start + 1, close)):
            start = close + 1
    # ('put tungsten, tellurium and indium under licensing', 'hit U.S. pork legs, apples and flat
    # steel with duties': the commas of a list break nothing)
    # ('hit back on Nov. 10, 2020 with duties': the comma of a date breaks nothing either)
    return not any(doc[k].lower_ in OBJECT_BREAK and doc[k].ent_type_ != "DATE" and not (
        doc[k].text == "," and _ends_product(doc, k) and doc[k + 1].ent_type_ == "PRODUCT") for k in range(start, m.start))


def _ends_product(doc, k: int) -> bool:
    """The word before token `k` ends a product: 'apples' or the head noun of 'pork legs'."""
    prev = doc[k - 1]
    return prev.ent_type_ == "PRODUCT" or (k >= 2 and doc[k - 2].ent_type_ == "PRODUCT" and _plain_word(prev))


def _sent_to(view: SentenceView, lo: int, hi: int) -> bool:
    """'HBM shipped to China', 'chips sold to Chinese buyers': goods sent out to a country
    ('a circular sent to banks' is none)."""
    return any(view.doc[k].lower_ in GOODS_MOTION and view.doc[k + 1].lower_ == "to" and any(
        k + 2 <= e.start <= k + 3 for e in view.get("JURISDICTION")) for k in range(lo, min(hi, view.sent.end - 1)))


LICENSING_VERBS = ("impose_need", "impose_require", "impose_subject", "lift_need")  # what a licence they name is for
SUBJECTING_VERBS = {"made", "make", "makes", "making"}  # 'made exports subject to approval'


# ('The world's biggest rice exporter had banned ...' is a country: only plural traders are firms)
COMPANY_SUBJECTS = {"company", "companies", "operator", "operators", "carrier", "carriers", "firm", "firms", "we",
                    "posts", "couriers",  # ('Several national posts stopped accepting US-bound goods')
                    "group", "mill", "mills", "plant", "refinery", "exporters", "importers", "traders", "shippers"}


def _company_subject(view: SentenceView, trig: Span) -> bool:
    """'the company suspended exports', 'European postal operators suspended shipments': the
    subject right before the verb is a business, not a government."""
    k = view.word_before(trig.start)
    while k is not None and k > view.sent.start and (view.doc[k].lower_ in AUXILIARIES or view.doc[k].lower_.endswith("ly")):
        k = view.word_before(k)
    # ("Malawi's Ministry of Trade and Industry banned": a word of a body's name; 'Owners cut rates'
    # opens its sentence)
    return k is not None and not view.doc[k].ent_type_ and (view.doc[k].is_lower or view.doc[k].lower_ == "we"
                                                            or k == view.sent.start) \
        and (view.doc[k].lower_ in COMPANY_SUBJECTS or view.has_cue_at("NON_GOVT", k))


def _active_verb(view: SentenceView, trig: Span) -> bool:
    """'Owners cut rates', not 'Importers were exempted': no passive auxiliary before the verb."""
    k = view.word_before(trig.start)
    return k is None or view.doc[k].lower_ not in PASSIVE_AUX


CUSTOMER_WORDS = {"customers", "clients", "bookings", "shippers"}


def _commercial_surcharge(view: SentenceView, f: Frame) -> bool:
    """'Two ... builders told customers that they would add surcharges of $2,800 per tractor': a
    surcharge a business passes to its customers is a price, not a government's duty."""
    return f.measure is not None and f.measure.text.lower().rstrip("s").endswith("surcharge") \
        and any(t.lower_ in CUSTOMER_WORDS for t in view.sent)


def _capped_licences(view: SentenceView, f: Frame) -> bool:
    """'import licences capped at 40,000 tonnes a month': licences issued up to a volume are a quota."""
    m = f.measure
    if f.action != "impose" or m is None or m.label_ != "MEASURE" or not m.text.lower().endswith(PERMIT_WORDS):
        return False
    doc = view.doc
    return m.end + 1 < view.sent.end and doc[m.end].lower_ in ("capped", "limited") and any(
        0 < v.start - m.end <= 4 for v in view.get("VOLUME"))


NEED_VERBS = ("impose_need", "impose_require")


def _licence_needed(view: SentenceView, f: Frame) -> bool:
    """'will now need a licence', 'have needed a permit since ...': a licence named in the singular,
    no measure word, is the measure the verb imposes. ('exports of these items will require an
    individual license' tells how a control told before works; 'since 5 February exports of more
    than 500 masks require a permit' dates one standing.)"""
    return f.trigger.ent_id_ in NEED_VERBS and any(
        f.trigger.end <= c.start <= f.trigger.end + 4 for c in view.cues("LICENCE")) and (
        f.trigger.ent_id_ == "impose_need" or any(_since(view, d) for d in view.get("DATE")))


def _licence_by_default(f: Frame) -> bool:
    """A frame `_licence_needed` gave a default type: kept with no measure word."""
    return f.trigger.ent_id_ in NEED_VERBS and f.default_type is not None


STAYING = {"will", "stay", "stays", "stayed", "remain", "remains", "remained"}


LAPSE_WORDS = {"lapse", "lapses", "lapsed", "expire", "expires", "expired"}


def _lapse_starts_lift(view: SentenceView, f: Frame) -> None:
    """'ended the duties on hollow sections from Taiwan, which lapse today': the day the lifted
    measure lapses is the day the lift applies, no end of a suspension."""
    if f.action != "lift" or f.value("effective"):
        return
    doc = view.doc
    for d in f.dates:
        if d.role == "expires" and d.value and any(doc[k].lower_ in LAPSE_WORDS and 0 < d.start - doc[k].idx <= 12
                                                   for k in range(view.sent.start, view.sent.end)):
            d.role = "effective"


def _implied_by_context(view: SentenceView, f: Frame) -> bool:
    """'stop exports of nickel ore', 'suspended rice imports', 'resume seafood imports': with no
    measure named, the trade flow is the object. Stopping a flow imposes a ban on it;
    resuming it lifts the ban."""
    trig = f.trigger
    # 'lifted its suspension of log imports': lifting a halt of the flow lifts the ban on it
    halt = next((b for b in view.get("ACTION") if 0 <= b.start - trig.end <= 2 and b.text.lower().startswith(FLOW_VERBS)),
                None) if f.action == "lift" else None
    if halt is None and (reg := _foreign_registrations_moved(view, trig)) is not None:
        # ('suspended the registrations of three US beef plants', 'restored the registrations of 38 plants'):
        # foreign suppliers' registrations decide what may come in
        f.type, f.type_specific = "import_ban", False
        f.action = "lift" if trig.text.lower().startswith(RESTORE_VERBS) else "impose"
        _add_evidence(f, "type", f.type, reg)
        return True
    if halt is None and (goods := _halted_foreign_goods(view, trig)) is not None:
        # ('suspended poultry meat and table eggs from Paraná', 'shut out German pork', 'stopped taking
        # poultry meat from Paraná'): goods from abroad kept out are banned imports
        f.type, f.type_specific = "import_ban", False
        if ACTION_FAMILY.get(f.action) == "relax":
            f.action = "impose"
        _add_evidence(f, "type", f.type, goods)
        return True
    if halt is not None:
        trig = halt
    elif not trig.text.lower().startswith(FLOW_VERBS) and not f.extends_suspension:
        return False  # 'keep its suspension of rice imports in place' extends a halt of imports
    prods = view.get("PRODUCT") + view.get("JURISDICTION")
    # 'Imports from Israel are suspended as well': a passive verb's subject is the flow
    passive = trig.text.lower().endswith("ed") and view.word_before(trig.start) is not None and \
        view.doc[view.word_before(trig.start)].lower_ in PASSIVE_AUX
    # ('Carrot imports will stay suspended for another 60 days': so is a halted flow's that stays halted)
    words = trig.text.lower().split()
    passive = passive or (f.extends_suspension and len(words) > 1 and words[-1].endswith("ed") and words[0] in STAYING)
    # 'imports of potatoes would resume on Sunday': the flow resumes by itself
    resumes = f.action == "resume" and trig.text.lower().startswith("resum")
    for label, mtype in (("EXPORT_CTX", "export_ban"), ("IMPORT_CTX", "import_ban")):
        for c in view.cues(label):
            # ', and on 23 August 2022 imports of a further 300 items, among them ..., were suspended':
            # a flow heading its clause is the subject however long its list of goods
            heads = passive and _heads_clause(view, c)
            if (passive or resumes) and c.text.lower() in FLOW_WORDS and 0 <= trig.start - c.end <= (20 if heads else 8) \
                    and not any(view.doc[k].ent_type_ in ("ACTION", "MEASURE") or view.doc[k].text == ";"
                                or (view.doc[k].text == "," and not heads) for k in range(c.end, trig.start)):
                f.type, f.type_specific = mtype, False
                # 'Shipments (of beef) to China were suspended': where the halted flow went
                f.flow_to = next((_actor(view, e) for e in view.get("JURISDICTION") if c.end < e.start < trig.start
                                  and any(view.doc[k].lower_ == "to" for k in (e.start - 1, e.start - 2))), None)
                if f.action == "resume":
                    f.action = "lift"
                elif ACTION_FAMILY.get(f.action) == "relax" and halt is None:
                    f.action = "impose"  # halting the trade is a ban, not a relaxation
                _add_evidence(f, "type", mtype, c)
                return True
            sales = c.text.lower() == "sales" and c.end < view.sent.end and view.doc[c.end].lower_ in (
                "to", "abroad", "overseas")  # 'suspended electricity sales to Ecuador'; not sales in shops
            base = _past_dated_aside(view, trig.end)  # (', effective April 10, Reiwa 8 (2026), imports of pork')
            if (c.text.lower() not in FLOW_WORDS and not sales) or not base <= c.start <= base + 6:
                continue
            if c.end < view.sent.end and view.doc[c.end].lower_ in FLOW_MODIFIED:
                continue  # ('suspended two export contracts': a firm's deals, no flow stopped)
            # ('would be allowed to resume gasoline exports': one permission to trade again)
            again = {k for a in view.get("ACTION") if a.ent_id_ == "resume" and trig.end < a.start < c.start
                     and view.doc[a.start - 1].lower_ == "to" for k in range(a.start - 1, a.end)}
            gap = [k for k in range(base, c.start) if not any(p.start <= k < p.end for p in prods)
                   and not view.has_cue_at("DEFINITE", k) and view.doc[k].lower_ not in ("some", "all", "of", "-")
                   and view.doc[k].lower_ not in AT_ONCE_WORDS and k not in again]
            # ('to suspend with immediate effect the import of poultry meat': how soon, then the flow)
            if len(gap) > (0 if trig.text.lower().startswith(("allow", "will allow", "permit")) else 1):
                continue  # 'will allow imports of cars' lifts a ban; 'allowed to export under permits' is a licence
            if mtype == "export_ban" and _flow_from_abroad(view, c):
                mtype = "import_ban"  # 'Beijing blocked canola seed shipments from two of Canada's exporters'
            f.type, f.type_specific = mtype, False
            if f.action == "resume":
                f.action = "lift"
            elif ACTION_FAMILY.get(f.action) == "relax" and halt is None:
                f.action = "impose"  # halting the trade is a ban, not a relaxation
            f.extends_suspension = False  # extending a halt of imports prolongs a ban
            _add_evidence(f, "type", mtype, c)
            return True
    return False


def _announced_halt(view: SentenceView, a: Span) -> bool:
    """'China announced on 28/03/2026 the suspension of imports of chicken meat': the halt of a flow
    as what was announced, news however definite its article."""
    doc = view.doc
    if a.end + 1 >= view.sent.end or doc[a.end].lower_ != "of" or doc[a.end + 1].lower_ not in FLOW_WORDS:
        return False
    k = a.start - 1
    while k > view.sent.start and (doc[k].lower_ in ("the", "on", "today", "its", "a", ",") or doc[k].ent_type_ == "DATE"):
        k -= 1
    return view.has_cue_at("ANNOUNCE", k) or doc[k].lower_ in ("communicated", "notified", "ordered")


def _past_dated_aside(view: SentenceView, k: int) -> int:
    """Past ', effective April 10, Reiwa 8 (2026),' that opens at `k`, right after a verb: a date
    told between commas before the object ('decided to resume, effective ..., imports of pork')."""
    doc = view.doc
    if k >= view.sent.end or doc[k].text != ",":
        return k
    x = k + 1
    while x < view.sent.end and (doc[x].ent_type_ == "DATE" or doc[x].lower_ in ("effective", "from", "as", "of", "on")
                                 or (doc[x].text in ("(", ")") and doc[x].ent_type_ == "DATE")):
        x += 1
    dated = any(doc[y].ent_type_ == "DATE" for y in range(k + 1, x))
    return x + 1 if dated and x < view.sent.end and doc[x].text == "," else k


REGION_NOUNS = {"state", "states", "province", "provinces", "county", "counties", "prefecture", "prefectures", "region",
                "regions", "zone", "zones", "areas", "farms", "plants", "countries"}
AT_ONCE_WORDS = {"with", "immediate", "effect", "immediately", "temporarily", "forthwith", "provisionally"}
RESTORE_VERBS = ("restor", "reinstat", "renew")
REGISTRATION_WORDS = {"registration", "registrations"}


def _foreign_registrations_moved(view: SentenceView, trig: Span) -> Optional[Span]:
    """'suspended the soybean export registrations of three US companies', 'restored the
    registrations of 38 US beef plants': a government halts or restores foreign suppliers'
    registrations with it, the word 'registration(s)' close after the verb and a foreign
    country named after it."""
    text = trig.text.lower()
    if trig.label_ != "ACTION" or not text.startswith(("suspen", "revok", "cancel", "halt") + RESTORE_VERBS) \
            or _hedged(view, trig):
        return None
    doc = view.doc
    at = next((k for k in range(trig.end, min(view.sent.end, trig.end + 6)) if doc[k].lower_ in REGISTRATION_WORDS), None)
    if at is None or any(doc[k].text in (",", ";") or doc[k].ent_type_ in ("ACTION", "MEASURE") for k in range(trig.end, at)):
        return None
    of = at + 1 + (at + 1 < view.sent.end and doc[at + 1].lower_ in ("codes", "numbers"))  # ('registration codes of')
    owner = next((e for e in view.get("JURISDICTION") if of < e.start <= of + 8), None)
    return doc[at:of] if owner is not None and of < view.sent.end and doc[of].lower_ in ("of", "for") else None


PLAN_NOUNS = {"decision", "plan", "plans", "pledge", "promise", "move", "commitment", "choice", "refusal", "threat",
              "bid", "call", "calls", "effort", "efforts", "campaign"}
HALT_GOODS_VERBS = ("stop", "halt", "suspend", "block", "bar", "ban", "embargo", "shut out", "shuts out", "shutting out")
HALT_GOODS_GAP = {"all", "only", "any", "further", "taking", "buying", "accepting", "receiving", "the", "its", "their",
                  "fresh", "frozen", "raw", "live"}


def _halted_goods(view: SentenceView, trig: Span) -> Optional[Span]:
    """The goods a halting verb takes as its object, past quantifiers and 'taking', with any
    country adjective before them: 'suspended Spanish pork', 'stopped taking poultry meat'."""
    doc, k = view.doc, trig.end
    while k < view.sent.end and doc[k].lower_ in HALT_GOODS_GAP and doc[k].ent_type_ != "PRODUCT":
        k += 1
    adjective = next((e for e in view.get("JURISDICTION") if e.start == k), None)
    if adjective is not None:
        k = adjective.end
    goods = next((p for p in view.get("PRODUCT") if p.start == k), None)
    if goods is None:
        return None
    return doc[adjective.start if adjective is not None else goods.start:goods.end]


def _halted_foreign_goods(view: SentenceView, trig: Span) -> Optional[Span]:
    """'suspended Spanish pork', 'suspended poultry meat from Paraná', 'shut out German pork': a
    halting verb whose object is goods named by a country, or sent from a named place."""
    banned = trig.label_ == "MEASURE" and trig.text.lower() in ("banned", "bans")
    if not (banned or trig.label_ == "ACTION" and trig.text.lower().startswith(HALT_GOODS_VERBS)) or _hedged(view, trig):
        return None
    span = _halted_goods(view, trig)
    doc = view.doc
    j = view.word_before(trig.start)
    if span is None or (j is not None and doc[j].lower_ == "to" and (doc[j - 1].lower_ in PLAN_NOUNS or any(
            doc[k].lower_ in TOLD_VERBS | {"asked", "urged", "encouraged"} for k in range(max(view.sent.start, j - 4), j)))):
        # ('over its decision to stop buying cotton from the Xinjiang region': a firm's choice; 'told buyers
        # to stop taking Australian coal': guidance, no measure)
        return None
    if doc[span.start].ent_type_ == "JURISDICTION":
        return span
    k = span.end
    while k < view.sent.end and (doc[k].ent_type_ == "PRODUCT" or doc[k].lower_ in ("and", ",", "or", "only")):
        k += 1  # ('poultry meat and table eggs from Paraná', 'pork only from': past the rest of the list)
    if k + 1 < view.sent.end and doc[k].lower_ == "from":
        nxt = doc[k + 1] if doc[k + 1].lower_ not in ("the", "all") else doc[min(k + 2, view.sent.end - 1)]
        if nxt.ent_type_ in ("JURISDICTION", "") and nxt.is_title:
            return span  # (a date after 'from' is a DATE entity)
        x = k + 1
        while x < view.sent.end - 1 and (doc[x].like_num or doc[x].lower_ in ("the", "all", "some", "several", "two", "three")):
            x += 1  # ('from ten prefectures', 'from the two counties')
        if doc[x].lower_ in REGION_NOUNS:
            return span
    return None


FLOW_MODIFIED = {"contract", "contracts", "order", "orders", "deal", "deals", "earnings", "revenue", "revenues",
                 "price", "prices", "data", "figures", "credit", "credits", "finance", "insurance"}


def _flow_from_abroad(view: SentenceView, c: Span) -> bool:
    """'shipments from two of Canada's largest exporters', 'exports from Brazil': goods sent from
    a named country, kept out by the government that stops them."""
    doc = view.doc
    k = next((k for k in range(c.end, min(c.end + 3, view.sent.end)) if doc[k].lower_ == "from"), None)
    return k is not None and any(k < e.start <= k + 5 for e in view.get("JURISDICTION"))


def _heads_clause(view: SentenceView, c: Span) -> bool:
    """'Imports of ...' opening the sentence, or ', and on 23 August 2022 imports of ...'
    opening a clause: past a heading date, only a clause break comes before the word."""
    doc, j = view.doc, c.start - 1
    while j >= view.sent.start and (doc[j].ent_type_ == "DATE" or doc[j].lower_ in ("on", "in", "from", "since", "the")):
        j -= 1
    return j < view.sent.start or doc[j].text == ";" or _comma_and(view, j)


def _comma_and(view: SentenceView, j: Optional[int], conjunction: str = "and") -> bool:
    """', and' (or ', but') at `j`: the conjunction opens a clause, not a list of two names."""
    return j is not None and j > view.sent.start and view.doc[j].lower_ == conjunction and view.doc[j - 1].text == ","


def _blocks_flow(view: SentenceView, a: Span) -> bool:
    """'blocked phosphate fertiliser exports', 'imports would be blocked': the flow is the object
    of 'block', or the subject of its passive."""
    return _flow_subject(view, a) or any(a.end <= c.start <= a.end + 4 and c.text.lower() in FLOW_WORDS
                                         for c in view.cues("EXPORT_CTX") + view.cues("IMPORT_CTX"))


def _flow_subject(view: SentenceView, a: Span) -> bool:
    """'imports would be blocked', 'Export of wheat shall be permitted': a flow as the subject of a passive."""
    j = view.word_before(a.start)
    return j is not None and view.doc[j].lower_ in PASSIVE_AUX and any(
        a.start - 8 <= c.start < a.start and c.text.lower() in FLOW_WORDS
        for c in view.cues("EXPORT_CTX") + view.cues("IMPORT_CTX"))


def _closes_to_people(view: SentenceView, a: Span) -> bool:
    """A border shut to travellers, or against a virus, keeps people out, not goods; 'reopen to
    people and goods' is trade again."""
    after = [c for c in view.cues("NON_TRADE") if c.id_ == "people" and a.end <= c.start <= a.end + 4]
    trade = any(a.end <= c.start <= a.end + 8 for c in view.cues("IMPORT_CTX") + view.cues("EXPORT_CTX"))
    return (bool(after) and not trade) or any(c.id_ == "pandemic" for c in view.cues("NON_TRADE"))


STATUS_NOUNS = {"category", "list", "head", "schedule"}


def _names_status(view: SentenceView, trig: Span) -> bool:
    """A trade status given or changed ('to the "prohibited" category', 'from restricted to prohibited')."""
    return trig.text.lower() in POLICY_STATUS and (_status_move(view, trig) is not None or _status_given(view, trig))


POLICY_STATUS = ("free", "restricted", "prohibited")  # India's export and import policy, least strict first
MOVE_WORDS = DETERMINERS | STATUS_NOUNS | set(POLICY_STATUS) | {"from", "to"}  # a move between two statuses


def _as_status(trig: Span) -> bool:
    """'to "prohibited"', 'from free': a status word named as a status, not a verb ('were prohibited')."""
    doc = trig.doc
    return trig.text.lower() in POLICY_STATUS and trig.start > 0 and (
        doc[trig.start - 1].is_quote or doc[trig.start - 1].lower_ in ("to", "from"))


def _status_span(trig: Span) -> Span:
    """The whole status phrase of a status word ('from 'free' to 'prohibited''); other triggers as they are."""
    if not _as_status(trig):
        return trig
    doc, sent = trig.doc, trig.sent
    start, end = trig.start, trig.end
    while start > sent.start and (doc[start - 1].is_quote or doc[start - 1].lower_ in MOVE_WORDS):
        start -= 1
    while end < sent.end and (doc[end].is_quote or doc[end].lower_ in MOVE_WORDS):
        end += 1
    return doc[start:end]


def _status_move(view: SentenceView, a: Span) -> Optional[tuple[str, str]]:
    """(old, new) when the status word `a` is one end of a move between two ('from "prohibited"
    to "restricted"', 'to 'restricted' from 'prohibited'', 'from free to restricted category')."""
    doc, word = view.doc, a.text.lower()
    if word not in POLICY_STATUS:
        return None
    skip = lambda k: doc[k].lower_ in DETERMINERS or doc[k].is_quote
    k = a.start - 1
    while k > view.sent.start and skip(k):
        k -= 1
    if doc[k].lower_ not in ("from", "to"):
        return None
    other = "to" if doc[k].lower_ == "from" else "from"
    for j in list(range(a.end, min(view.sent.end, a.end + 4))) + list(range(max(view.sent.start, k - 6), k)):
        if doc[j].lower_ != other:
            continue
        n = j + 1
        while n < view.sent.end and skip(n):
            n += 1
        if n < view.sent.end and doc[n].lower_ in POLICY_STATUS and n != a.start:
            return (word, doc[n].lower_) if other == "to" else (doc[n].lower_, word)
    return None


def _status_given(view: SentenceView, a: Span) -> bool:
    """'moved broken rice back to the "prohibited" category', 'have been "restricted" since 1 June
    2022': goods put under a quoted trade status, a step (or its start) told by the status's name."""
    doc, after = view.doc, a.end + 1
    left = next((k for k in range(a.start - 2, max(view.sent.start, a.start - 4) - 1, -1)
                 if doc[k].lower_ not in DETERMINERS), None)
    if left is not None and doc[left].lower_ == "from":
        return False  # ('from the "restricted" list to the "prohibited" list': the status left)
    if after < view.sent.end and doc[after].lower_ in STATUS_NOUNS:
        return True
    if a.start - 2 >= view.sent.start and doc[a.start - 2].lower_ in ("made", "declared"):
        return True  # ('Export of wheat flour was made "Restricted" by Notification No. 19')
    return a.start - 2 >= view.sent.start and doc[a.start - 2].lower_ in PASSIVE_AUX \
        and after < view.sent.end and doc[after].lower_ == "since"


def _name_start(view: SentenceView, m: Span, floor: int) -> int:
    """Where a list's proper name begins: 'Strategic High-Tech Commodities Entity List' before 'Entity List'."""
    j = m.start
    while j - 1 > floor and m.start - (j - 1) <= 6 and (view.doc[j - 1].is_title or view.doc[j - 1].text == "-"):
        j -= 1
    return j


def _permits_suspended(view: SentenceView, m: Span) -> bool:
    """'its suspension of import permits', 'suspending import permits': the permits a flow needs, halted."""
    doc, k = view.doc, m.start - 1
    if k > view.sent.start and doc[k].lower_ == "of":
        k -= 1
    return k >= view.sent.start and doc[k].ent_type_ == "ACTION" and doc[k].lower_.startswith("suspen") \
        and m.text.lower().rstrip("s").endswith(("permit", "licence", "license"))


def _exports_name_origin(view: SentenceView, lo: int, hi: int) -> bool:
    """Every export word near is 'exported from': where the goods come from ('The measures on
    goods exported from Taiwan'), not an export flow."""
    return all(c.end < view.sent.end and view.doc[c.end].lower_ == "from"
               for c in view.cues("EXPORT_CTX") if lo <= c.start < hi)


def _implied_measure(trigger: Span) -> Optional[str]:
    """'India banned rice exports': the verb names the measure as well as the action."""
    word = trigger.text.lower()
    if trigger.ent_id_ in ("impose_ban", "lift_ban"):
        return "ban"  # 'will no longer accept diesel made from Russian crude'
    if word.startswith(("ban", "prohibit", "embargo", "bar")):
        return "ban"
    if word.startswith(("restrict", "curb", "control", "limit")):
        return "restriction"
    doc = trigger.doc
    if word.startswith("tighten") and trigger.end + 1 < len(doc) and doc[trigger.end].lower_ in ("exports", "imports") \
            and doc[trigger.end + 1].lower_ in ("of", "to"):
        return "restriction"  # 'Japan tightened exports to Korea of fluorinated polyimide' (not 'tightened its grip')
    if " only " in word and word.endswith(("licence", "license", "licences", "licenses", "permit", "permits",
                                           "authorisation", "authorization")):
        return "licensing"  # 'could be imported only under licence': a licence the flow now needs
    if word.startswith("tax"):
        return "import_tariff_weak"  # 'has taxed sunflower seed exports at 10%': a duty, its side from the flow
    if word.endswith(("undertaking", "undertakings")):
        return "import_tariff"  # 'accepted price undertakings from eleven more makers': spared the duty
    return None


TYPE_PRIORITY = ["entity_listing", "export_ban", "import_ban", "export_duty", "quota", "export_control",
                 "import_tariff", "other"]


def _levied_on_flow(view: SentenceView, measure: Span, flow: str) -> bool:
    """'a levy of US$150 per tonne on exports of raw shea nuts', 'its levy on crude palm oil
    exports': the flow the measure is put on, past its rate and the goods' name."""
    doc = view.doc
    on = next((k for k in range(measure.end, min(view.sent.end, measure.end + 7)) if doc[k].lower_ == "on"), None)
    if on is None or any(doc[k].text in (",", ";", ":") or doc[k].ent_type_ in ("ACTION", "DATE")
                         for k in range(measure.end, on)):
        return False
    c = next((c for c in view.cues(flow) if on < c.start <= on + 5), None)
    return c is not None and not any(doc[k].text in (",", ";", ":") or doc[k].ent_type_ == "ACTION"
                                     for k in range(on + 1, c.start))


def _most_specific(types) -> str:
    return min(types, key=lambda t: TYPE_PRIORITY.index(t) if t in TYPE_PRIORITY else 99)


def _refers_back(view: SentenceView, seg: tuple[int, int], ctx: ArticleContext) -> bool:
    """'The metals had been restricted...': a definite umbrella word points at products named before."""
    generic, catalog = ctx.rules.generic_products, ctx.rules.catalog
    return any((p.ent_id_ in generic or (p.ent_id_ in catalog and catalog[p.ent_id_].category))
               and seg[0] <= p.start < seg[1] and view.definite_before(p.start) for p in view.get("PRODUCT"))


def _modifies_other_measure(view: SentenceView, p: Span, own: Optional[Span]) -> bool:
    """'countermeasures against U.S. steel and aluminium tariffs': steel belongs to the tariffs."""
    k = p.end
    doc = view.doc
    while k < view.sent.end and (doc[k].ent_type_ in ("PRODUCT", "JURISDICTION") or doc[k].lower_ in ("and", ",", "-", "or")):
        k += 1
    # ('to import 400,000 tonnes of white maize duty-free': how the goods come in, no measure of its own)
    m = next((m for m in view.get("MEASURE") if m.start == k and not view.has_cue_at("DUTY_FREE", k)), None)
    if own is None:
        # ('Ukraine backed a 10% export duty on soybeans, Zambia is reopening its borders to maize
        # exports': a step with no measure of its own takes no goods a measure names)
        j = p.start - 1
        while j > view.sent.start and (doc[j].ent_type_ in ("PRODUCT", "JURISDICTION") or doc[j].lower_ in (
                "and", ",", "or", "the")):
            j -= 1
        return m is not None or (doc[j].lower_ in ("on", "of", "for") and j > view.sent.start
                                 and doc[j - 1].ent_type_ == "MEASURE")
    return m is not None and m.start != own.start and m.start > own.end


def _goods_of_subject(view: SentenceView, measure: Span) -> list[str]:
    """The goods named right after a subject measure ('the extra duty on commercially imported used
    cars, ...'), up to the first comma or verb."""
    doc, out = view.doc, []
    if measure.end >= view.sent.end or doc[measure.end].lower_ not in ("on", "for", "of"):
        return out
    for k in range(measure.end + 1, min(view.sent.end, measure.end + 12)):
        if doc[k].text in (",", ";", ":") or doc[k].ent_type_ in ("ACTION", "MEASURE"):
            break
        if doc[k].ent_type_ == "PRODUCT" and doc[k].ent_iob_ == "B" and doc[k].ent_id_ not in out:
            out.append(doc[k].ent_id_)
    return out


def _products(view: SentenceView, seg: tuple[int, int], zones, ctx: ArticleContext,
              own: Optional[Span] = None, trigger: Optional[Span] = None) -> list[str]:
    generic = ctx.rules.generic_products
    # a use or reason clause ends the product list; a colon or semicolon ends the clause
    # ('a settlement over barley: Beijing removed its duties on Australian barley'), and so does
    # a comma before the verb ('at the height of the dispute over the arrest ..., Beijing blocked')
    # ('just over two weeks after': an amount, no reason)
    uses = [c.start for c in view.cues("USE") if seg[0] <= c.start < seg[1] and not (
        trigger is not None and c.start < trigger.start and any(view.doc[k].text == "," for k in range(c.start, trigger.start)))
        and not (c.end < view.sent.end and view.doc[c.end].like_num)]
    if uses and own is not None and own.start > uses[0] and any(
            view.doc[k].text in (":", ";") for k in range(uses[0], own.start)):
        uses = [u for u in uses if u > own.start]
    # '..., maintain measures on steel': a kept measure's products are not this step's
    stops = [k for k in view.non_steps + _kept_clauses(view) if seg[0] < k < seg[1] and (own is None or k > own.start)]
    if trigger is not None:
        # ('Soybean duty to fall to 20% from July; wheat and barley get 180 days at zero': a
        # semicolon after the step's verb and its measure ends the step's clause)
        stops += [k for k in range(max(trigger.end, own.end if own is not None else 0), seg[1])
                  if view.doc[k].text == ";"][:1]
    cut = min(uses + stops + [seg[1]])
    follows = [c.start for c in view.cues("FOLLOWS") if seg[0] <= c.start < seg[1]]
    out: list[str] = []
    for p in view.get("PRODUCT"):
        if not (seg[0] <= p.start < cut) or _in_zones(p.start, zones):
            continue
        # 'The move follows export controls on gallium': products after the cue belong to
        # the earlier measure, unless that earlier measure is this frame's own
        # ('after the worst drought in decades, Moscow banned grain exports': the clause ended)
        # ('The budget came two weeks after private car imports resumed': the clause after the cue is
        # the step's own when its verb comes after the goods)
        if any(c < p.start and not (own is not None and c < own.start) and not (
                any(view.doc[k].text == "," for k in range(c, p.start))
                and any(c < a.start < p.start for a in view.get("ACTION")))
               and not (trigger is not None and c < p.start < trigger.start <= p.end + 4
                        and all(view.doc[k].is_alpha for k in range(p.end, trigger.start)))
               # ('After a poor harvest Turkey has banned exports of olive oil': the opening clause ends
               # before the step's verb, comma or not)
               and not (trigger is not None and c == view.sent.start and c < trigger.start < p.start
                        and not any(c < a.start < trigger.start for a in view.get("ACTION")))
               for c in follows) \
                or _modifies_other_measure(view, p, own):
            continue
        pid = p.ent_id_
        if pid in generic or pid in out or _names_other_thing(view, p) or _negated_product(view, p):
            continue
        told = [q.ent_id_ for q in view.get("PRODUCT") if q.start < p.start and q.ent_id_ not in generic]
        if told and ctx.rules.covers([pid], told) and view.definite_before(p.start):
            continue  # 'cut the duty on rice ... and withdrawn the duty on the grain': the rice again
        out.append(pid)
    return out


def _kept_clauses(view: SentenceView) -> list[int]:
    """'..., but the ones on steel, aluminium and vehicles remain': a contrast clause whose verb
    says a measure stays (STILL) names goods the step leaves alone; it starts at its 'but'."""
    doc, out = view.doc, []
    for c in view.cues("STILL"):
        k = next((k for k in range(c.start - 1, max(view.sent.start, c.start - 16) - 1, -1)
                  if doc[k].lower_ in ("but", "while", "whereas", ";") or doc[k].ent_type_ == "ACTION"), None)
        if k is not None and doc[k].ent_type_ != "ACTION":
            out.append(k)
    return out


def _negated_product(view: SentenceView, p: Span) -> bool:
    """'batteries for non-EV uses', 'non-steel goods', 'all species except pine', 'other than
    rice', 'with the exception of pine': the goods named are the ones left out."""
    if p.start - 2 >= view.sent.start and view.doc[p.start - 1].text == "-" and view.doc[p.start - 2].lower_ == "non":
        return True
    j = view.word_before(p.start)
    if j is not None and view.doc[j].lower_ in ("for", "of"):
        j = view.word_before(j)
    return j is not None and view.doc[j].lower_ in EXCEPT_LEADS


def _names_other_thing(view: SentenceView, p: Span) -> bool:
    """'the minerals and coal directorate', 'copper prices': a product word that modifies an
    organisation or a market figure is not what the measure covers."""
    k = p.end
    while k < view.sent.end and (view.doc[k].ent_type_ == "PRODUCT" or view.doc[k].lower_ in ("and", "&")):
        k += 1
    if p.text[:1].isupper() and p.start > view.sent.start and not view.doc[p.start - 1].is_sent_start:
        # ("the Paraná Oilseed Processors' Chamber": a capitalised product word inside a body's name)
        j = k
        while j < min(view.sent.end, k + 3) and (view.doc[j].is_title or view.doc[j].text in ("'", "'s", "’", "’s")):
            if view.has_cue_at("ORG_NOUN", j):
                return True
            j += 1
    return view.has_cue_at("ORG_NOUN", k)


SEAT_WORDS = {"based", "headquartered", "listed", "registered"}


def _seat_of(view: SentenceView, e: Span) -> bool:
    """'a Moscow-based consultancy', 'a London-listed miner': where a firm sits, not who acts."""
    k = e.end + (e.end < view.sent.end and view.doc[e.end].text in ("-", "–"))
    return k < view.sent.end and view.doc[k].lower_ in SEAT_WORDS


def _is_target_adjective(view: SentenceView, e: Span) -> bool:
    """'Chinese imports', 'U.S. goods', 'American soybeans': a jurisdiction that names a target.
    An agency is never an adjective ('the General Administration of Customs said exports ...')."""
    if e.label_ != "JURISDICTION":
        return False
    nxt = e.end
    while nxt < view.sent.end and view.doc[nxt].text in ("-", "–"):
        nxt += 1
    if nxt >= view.sent.end:
        return False
    if _target_noun_at(view, nxt):
        # 'EU imports of Russian diamonds': who imports, not where the goods come from
        return not (view.doc[nxt].lower_ == "imports" and nxt + 1 < view.sent.end and view.doc[nxt + 1].lower_ == "of")
    if view.doc[nxt].ent_type_ in ("ACTION", "MEASURE") or not view.doc[nxt].is_alpha:
        return False
    prods = view.get("PRODUCT")
    # 'American soybeans', 'Russian natural and synthetic diamonds'
    goods = [p for p in prods if p.start == nxt or (p.start == nxt + 1 and view.doc[nxt].is_lower)]
    if goods and any(m.start == goods[0].end and "safeguard" in m.text.lower() for m in view.get("MEASURE")):
        return False  # ('The UK steel safeguard': a safeguard is on steel from everywhere, the UK's own)
    if goods:
        return not _names_other_thing(view, goods[0])  # not 'Chilean copper mines will pay more'
    if nxt + 1 >= view.sent.end or view.doc[nxt + 1].ent_type_ in ("ACTION", "MEASURE") or _made_as_verb(view, nxt):
        return False
    return any(_target_noun_at(view, k) for k in (nxt + 1, nxt + 2))


def _target_noun_at(view: SentenceView, k: int) -> bool:
    """'Chinese imports', 'China-made cars'; not 'India has made its duty definitive' or 'Morocco
    made exports of tomatoes subject to a licence', a verb."""
    return view.has_cue_at("TARGET_NOUN", k) and not _made_as_verb(view, k)


def _made_as_verb(view: SentenceView, k: int) -> bool:
    """'made' before a determiner, a pronoun or a flow ('made exports ... subject to'): a verb."""
    return view.doc[k].lower_ == "made" and k + 1 < view.sent.end \
        and view.doc[k + 1].lower_ in DETERMINERS | OBJECT_PRONOUNS | FLOW_OBJECTS


def _made_in(view: SentenceView, e: Span) -> bool:
    """'built in Mexico', 'produced in Ivorian factories': where the goods were made."""
    j = view.word_before_article(e.start)
    return j is not None and "ORIGIN" in view.cue_end.get(j + 1, ())


BORDER_WORDS = {"border", "borders", "frontier", "crossing", "crossings"}


PLACE_NAME_LINKS = {"the", "of", "do", "de", "da", "del", "du"}


def _from_region_in(view: SentenceView, j: int) -> bool:
    """'from the Province of Gelderland in ...': a named region after 'from' right before 'in'."""
    doc, k = view.doc, j - 1
    while k > view.sent.start and (doc[k].is_title or doc[k].lower_ in PLACE_NAME_LINKS) and j - k <= 8:
        k -= 1
    return k < j - 1 and doc[k].lower_ == "from" and (doc[k + 1].lower_ == "the" or doc[k + 1].is_title)


def _is_target_position(view: SentenceView, e: Span, depth: int = 0) -> bool:
    j = view.word_before_article(e.start)
    if view.has_cue_at("TARGET_PREP", j) or _is_target_adjective(view, e):
        return True
    if _made_in(view, e):
        return True  # 'trucks built in Mexico and Canada': where the goods come from
    if j is not None and j > view.sent.start and view.doc[j].lower_ == "with" \
            and view.doc[j - 1].lower_ in BORDER_WORDS:
        return True  # 'reopened its border with Haiti': the neighbour shut out or let back in
    if j is not None and view.doc[j].lower_ in ("in", "from", "based") and view.has_cue_at("TARGET_NOUN", view.word_before(j)):
        return True  # '14 entities in China, Iran and the UAE'
    if j is not None and j > view.sent.start and view.doc[j].lower_ == "from" and view.doc[j - 1].ent_type_ == "PRODUCT":
        return True  # 'duties on POM copolymers from the United States, the European Union, Japan and Taiwan'
    if j is not None and view.doc[j].lower_ == "in" and _from_region_in(view, j):
        return True  # 'from the State of Rio Grande do Sul in Brazil': the country the region is in
    if j is not None and view.doc[j].lower_ == "in" and (n := view.word_before(j)) is not None \
            and view.doc[n].like_num and any(0 < n - c.end <= 16 and view.doc[c.end:n].text.count(":") == 1
                                             for c in view.cues("TARGET_NOUN")):
        return True  # '16 entities to the Entity List: 11 in China, three in Singapore'
    if depth == 0 and _receives(view, e):
        return True  # 'Canada, Mexico and several other partners won exemptions': on the receiving end
    after = view.doc[e.end].lower_ if e.end < view.sent.end else ""
    if j is not None and view.doc[j].text == "," and _included(view, e):
        return True  # 'Heavy trucks from every country, Mexico included, have paid ...': one of those it falls on
    if j is not None and depth < 6 and (view.doc[j].lower_ in ("and", "or") or (
            view.doc[j].text == "," and after in (",", "and", "or"))):
        # 'on Mexico and Canada', 'on China, Japan and Korea': the list shares its preposition
        # ('from China, the Korea Trade Commission said' is no list)
        prev = next((x for x in view.get("JURISDICTION") if x.end == j), None)
        return prev is not None and _is_target_position(view, prev, depth + 1)
    return False


def _receives(view: SentenceView, e: Span) -> bool:
    """'China and Hong Kong lost de minimis treatment first', '... partners won exemptions': the
    subject of a verb of receiving (or losing) is on the receiving end of a measure."""
    verbs = [c for c in view.cues("RECIPIENT") if 0 <= c.start - e.end <= 6]
    if not verbs:
        return False  # (asked of every jurisdiction in every sentence: the common case first)
    given = [x.start for x in view.cues("PRIVILEGE") + view.get("MEASURE") + view.get("ACTION")]
    # ('Russia lost market share in Egypt', 'Ukraine may have lost a small case' receive no measure)
    return any(not any(e.end <= a.start < c.start for a in view.get("ACTION"))
               and any(c.end <= k <= c.end + 4 for k in given) for c in verbs)


def _is_dateline_place(view: SentenceView, e: Span) -> bool:
    """'WASHINGTON/BEIJING -', 'JAKARTA -': where the story was filed, not who acted
    ('ARGENTINA | Beef export curbs scrapped' labels a digest item by who acted)."""
    if e.end < view.sent.end and view.doc[e.end].text in ("|", ":"):
        return False
    if e.end < view.sent.end and view.doc[e.end].is_alpha and view.doc[e.end].is_upper \
            and view.doc[e.end].ent_type_ != "JURISDICTION":
        return False  # ('2. SAUDI ARABIA HALTS ARGENTINE POULTRY': a headline in capitals goes on in words)
    # ('U.S.', 'U.K.' are abbreviations, in capitals anywhere; a dateline writes the place in full)
    return e.label_ == "JURISDICTION" and e.text.isupper() and len(e.text) > 3 and "." not in e.text


def _past_dateline(view: SentenceView, actors: list[Span]) -> int:
    """The first token after a wire dateline the sentence opens with ('SEOUL, Nov. 5 (Hanbit) --')."""
    doc = view.doc
    if not any(e.start == view.sent.start and _is_dateline_place(view, e) for e in actors):
        return view.sent.start
    return next((k + 1 for k in range(view.sent.start + 1, min(view.sent.end, view.sent.start + 12))
                 if doc[k].text in ("-", "--", "–", "—") and doc[k].whitespace_), view.sent.start)


def _prev_word(view: SentenceView, e: Span) -> str:
    """The word before a span, with a spaced dash ('BRUSSELS - Trump') read as no word."""
    j = view.word_before(e.start)
    if j is None:
        return ""
    tok = view.doc[j]
    if tok.text in ("-", "–", "—") and (tok.whitespace_ or (j and view.doc[j - 1].whitespace_)):
        return ""
    if j == view.sent.start and tok.lower_ in ("and", "but"):
        return ""  # ('And Australia said ...': a sentence's opening conjunction joins no list)
    return tok.lower_


def _clause_word(view: SentenceView, e: Span) -> str:
    """The word before a name and its article ('after [the] United States')."""
    prev = _prev_word(view, e)
    j = view.word_before(e.start)
    if prev == "the" and j is not None:
        k = view.word_before(j)
        return view.doc[k].lower_ if k is not None else ""
    return prev


def _actor(view: SentenceView, e: Span) -> str:
    if e.label_ == "AGENCY":
        return view.actors.get(e.start) or RuleSet.agency_jurisdiction(e.ent_id_)
    return e.ent_id_


def _imposer(view: SentenceView, f: Frame, seg, zones, ctx: ArticleContext) -> None:
    actors = [e for e in view.get("JURISDICTION") + view.get("AGENCY") if not _in_zones(e.start, zones)
              and not _seat_of(view, e)]
    actors.sort(key=lambda e: e.start)
    trig = f.trigger
    chosen: Optional[Span] = None
    # 'suspended by China', 'announced by the Ministry of Commerce'
    for e in actors:
        j = view.word_before_article(e.start)
        if trig.end <= e.start <= trig.end + 8 and e.start < seg[1] and j is not None and view.doc[j].lower_ == "by":
            chosen = e
            break
    if chosen is None:
        chosen = _clause_place(view, actors, trig)  # ('..., and in India the duty on Scotch has been cut')
    # "Trump's tariffs", "China's export controls", 'a 10% U.S. tariff': the owner of the measure
    if chosen is None and f.measure is not None:
        for e in actors:
            if 0 <= f.measure.start - e.end <= 4 and e.end < view.sent.end and view.is_possessive(e.end):
                chosen = e
                break
        adjacent = next((e for e in actors if e.label_ == "JURISDICTION" and _names_measure(view, e, f.measure)
                         and not _is_dateline_place(view, e)), None)
    else:
        adjacent = None
    if chosen is None:
        chosen = _destination_of_bearer(view, actors, trig)  # 'Ivorian beans entering the United States faced'
        if chosen is not None:
            for e in actors:  # (and the goods' own country bears it)
                code = _actor(view, e)
                if e.end <= trig.start and _bears(view, e, trig) and code not in f.targets + [_actor(view, chosen)]:
                    f.targets = f.targets + [code]
                    _add_evidence(f, "targets", code, e)
    if chosen is None:
        chosen = _export_destination(view, f, actors, seg)  # 'tariffs on UK car exports to the US were cut'
        if chosen is not None:
            code = _actor(view, chosen)
            f.targets = [t for t in f.targets if t != code]
            f.evidence = [x for x in f.evidence if not (x.field == "targets" and x.value == code)]
            for e in actors:  # (and the goods' own country bears it)
                if f.measure.end <= e.start < chosen.start and e.label_ == "JURISDICTION" \
                        and _actor(view, e) not in f.targets:
                    f.targets = f.targets + [_actor(view, e)]
                    _add_evidence(f, "targets", _actor(view, e), e)
    if chosen is None and trig.text.lower().endswith("ing") and (j := view.word_before(trig.start)) is not None \
            and view.doc[j].text == ",":
        # ('The European Commission on Tuesday accepted a price undertaking offered by a joint venture
        # between a European carmaker and a Chinese group, exempting ...': the clause's subject does it)
        # ('• Ecuador: Washington implemented ..., cutting': past a label, the clause's own head)
        label = next((k for k in range(view.sent.start, min(view.sent.end, view.sent.start + 4))
                      if view.doc[k].text == ":"), None)
        head = label + 1 if label is not None else view.sent.start
        chosen = next((e for e in actors if head <= e.start <= head + 2 and e.end <= trig.start
                       and not _is_dateline_place(view, e) and not _is_target_position(view, e)), None)
    if chosen is None:
        chosen = _where_place(view, actors, trig)
    # the subject: nearest actor before the trigger that is not a target
    govt_code = None
    if chosen is None:
        govts = [g for g in view.cues("GOVT") if g.end <= trig.start and not _in_zones(g.start, zones)
                 and not any(g.start < e.end and e.start < g.end for e in actors)
                 and not any(m.start <= g.start < m.end or m.start == g.end for m in view.get("MEASURE"))]
        # ('the general customs duty': a word of the measure's name, no government acting)
        subjects = sorted([e for e in actors if e.end <= trig.start] + govts, key=lambda e: e.start)
        for e in reversed(subjects):
            j = view.word_before(e.start)
            prev = _prev_word(view, e)
            head = next((a for a in actors if a.end == e.start), None) if e.label_ == "GOVT" else e
            if head is not None and _prev_word(view, head) == "the" and _clause_word(view, head) in ("with", "between", "among", "of"):
                prev = _clause_word(view, head)  # ('in contact with the Brazilian authorities and would review')
            if _is_dateline_place(view, e):
                continue
            if prev in SUBORDINATORS and any(view.doc[k].text == "," for k in range(e.end, trig.start)):
                continue  # '..., after the country reported an outbreak, and lifted a ban': not its subject
            if _in_appositive(view, e, actors, trig):
                continue  # 'Turkey, Europe's largest bottle market outside the EU, extended': Turkey did
            if any(view.doc[k].lower_ in ("while", "whereas") and view.doc[k - 1].text == "," for k in range(e.end, trig.start)):
                continue  # ('Vietnam has paid 20 percent ..., while Sri Lanka's rate was cut': a clause of its own)
            if _rate_for(view, e):
                f.rate_of = _actor(view, e)
                if _actor(view, e) not in f.targets:  # 'Sri Lanka's rate was cut to 20 percent': the rate it pays
                    f.targets = f.targets + [_actor(view, e)]
                    _add_evidence(f, "targets", _actor(view, e), e)
                continue
            if e.label_ == "GOVT":
                # (', and it lifted that ban': a clause's own subject right before its verb)
                # ('The gazette came out on June 12, and it lifts ...': with no government named before,
                # the pronoun stands for something else)
                clause_subject = prev == "and" and _comma_and(view, j) and _adverbs_only(view, e.end, trig.start) \
                    and any(a.end <= e.start and not _is_target_position(view, a) and not _modifier_use(view, a)
                            for a in actors)
                if (prev in NOT_SUBJECT_AFTER and not clause_subject) or view.has_cue_at("TARGET_PREP", j):
                    continue
                if e.text.lower() in PRONOUNS and any(_bears(view, e, a) for a in view.get("ACTION")
                                                       if e.end <= a.start <= trig.start):
                    continue  # ('since Oct. 14 they have also paid a 10 per cent Section 232 tariff': who pays;
                    # so in '... the 2.5 per cent they already paid, and parts followed on 3 May')
                govt_code = _govt_actor(view, e, actors, ctx)
                if govt_code and govt_code not in f.targets:
                    break
                govt_code = None
                continue
            # the subject after all: 'an answer to Washington raising its tariff' (right before a gerund),
            # 'The U.S. and China suspended their port fees' (the last of a list that heads the clause)
            acts = _adverbs_only(view, e.end, trig.start) and (
                (trig.label_ == "ACTION" and trig.text.lower().endswith("ing")) or (prev == "and" and _heads_list(view, e, actors)))
            if not _bears(view, e, trig) and not acts and (
                    _is_target_position(view, e) or (prev in NOT_SUBJECT_AFTER and not _opens_clause(view, e, trig))):
                continue
            if _passive_subject(view, e, trig) or _bears(view, e, trig):
                if _actor(view, e) not in f.targets:  # 'India was hit with a 25% tariff': the one it falls on
                    f.targets = f.targets + [_actor(view, e)]
                    _add_evidence(f, "targets", _actor(view, e), e)
                continue
            if _in_compound(view, e):
                continue
            if _actor(view, e) in f.targets:
                # 'The US introduced a tariff ..., which hit a sector that sends a fifth of its
                # exports to the US': the subject acts; the later mention is no target of it
                target_spans = {(x.start, x.end) for x in f.evidence if x.field == "targets"}
                j = view.word_before(e.start)
                # ('On 7 October 2013, Russia suspended imports of Lithuanian dairy, the country's
                # largest food export to Russia': a heading date leaves the government first)
                # ('SEOUL, Nov. 5 (Hanbit) -- The United States has extended ...': past the dateline)
                opens = all(view.doc[x].lower_ in ("the", "on", "in", ",") or view.doc[x].ent_type_ == "DATE"
                            for x in range(_past_dateline(view, actors), e.start))
                if (e.start_char, e.end_char) in target_spans or not opens or f.trigger.start - e.end > 2:
                    continue
                f.targets = [t for t in f.targets if t != _actor(view, e)]
                f.evidence = [x for x in f.evidence if not (x.field == "targets" and x.value == _actor(view, e))]
            chosen = e
            break
    if trig.start in view.rates_on_goods:
        # ('has paid 50% again, and exports of rebar to the US have fallen': the next clause's country
        # is none the goods pay)
        cut = next((k for k in range(trig.end, view.sent.end - 1) if view.doc[k].text in (",", ";")
                    and view.doc[k + 1].lower_ in ("and", "but", "while", "whereas")), None)
        if cut is not None:
            for field in ("targets", "products"):
                later = {x.value for x in f.evidence if x.field == field and x.start >= view.doc[cut].idx}
                setattr(f, field, [t for t in getattr(f, field) if t not in later])
                f.evidence = [x for x in f.evidence if not (x.field == field and x.value in later)]
    if chosen is not None and trig.start in view.rates_on_goods and chosen.label_ == "JURISDICTION" \
            and chosen.end <= trig.start and _goods_of(view, chosen):
        # ('Canadian goods that do not qualify under the USMCA pay 35 per cent since Aug. 1': whose
        # goods pay, not who charges)
        if _actor(view, chosen) not in f.targets:
            f.targets = f.targets + [_actor(view, chosen)]
            _add_evidence(f, "targets", _actor(view, chosen), chosen)
        chosen = None
    if chosen is None and govt_code is None and adjacent is not None:
        chosen = adjacent  # 'a 10% U.S. tariff on all Chinese imports took effect'
    if chosen is None and govt_code is None:
        chosen = _reporting_body_place(view, trig)  # ('..., the finance ministry in Tokyo said on Wednesday')
    if chosen is None and govt_code is None:
        # 'In Indonesia, the export levy on crude palm oil was raised': the place the sentence is about
        doc = view.doc
        # ('MD: In Zambia, the 2027 budget introduced ...': past a speaker's label)
        first = next((k + 1 for k in range(view.sent.start, min(view.sent.end - 1, view.sent.start + 4))
                      if doc[k].text == ":" and all(doc[x].is_upper or doc[x].is_title for x in range(view.sent.start, k))
                      and k > view.sent.start), view.sent.start)
        chosen = _place_opener(view, actors, first)
    agency = None
    imposer = govt_code
    if chosen is None and govt_code is None and f.origin is not None:
        chosen = f.origin  # 'The export duty on Russian wheat will fall to ...': Russia's duty
    if chosen is None and govt_code is None:
        # 'Huawei was put on the entity list in May 2019': the list's own government
        # ('The countermeasure tariffs were imposed ... in response to the United States Section 301 tariffs':
        # the list answered is the other government's)
        owners = [c for c in view.cues("OWNER") if seg[0] <= c.start < seg[1] and c.id_ not in f.targets and not any(
            view.doc[k].lower_ in ANSWERED_WORDS for k in range(max(view.sent.start, c.start - 6), c.start))]
        if owners:
            imposer = max(owners, key=len).id_
            _add_evidence(f, "imposer", imposer, max(owners, key=len))
    if chosen is None and imposer is None and (money := _national_money(view, f, seg)) is not None:
        imposer = money.ent_id_[:2].upper()
        _add_evidence(f, "imposer", imposer, money)
    if chosen is not None:
        imposer = _actor(view, chosen)
        if chosen.label_ == "AGENCY":
            agency = chosen.ent_id_ if chosen.start not in view.actors else None  # not the usual owner's
        else:  # 'China's Ministry of Commerce': the agency right after its country
            nxt = [a for a in view.get("AGENCY") if 0 <= a.start - chosen.end <= 2]
            if nxt and _actor(view, nxt[0]) == imposer:
                agency = nxt[0].ent_id_
        _add_evidence(f, "imposer", imposer, chosen)
    if imposer is None and chosen is None and f.rate_of:
        # ('..., while Sri Lanka's rate was cut to 20 percent': set by the government the story has had
        # setting rates)
        imposer = next((g.imposer for g in reversed(ctx.frames) if g.imposer and g.imposer not in f.targets), None)
    f.imposer, f.agency = imposer, agency
    f.imposer_candidates = [_actor(view, e) for e in actors if not _is_target_position(view, e)
                            and not (e.end <= trig.start and _passive_subject(view, e, trig))]
    if chosen is not None and chosen.label_ == "JURISDICTION" and chosen.end <= trig.start:
        f.co_imposers = [e for e in _co_subjects(view, chosen, trig) if _actor(view, e) not in (imposer, *f.targets)]


BUYER_WORDS = {"buyer", "buyers", "importer", "importers", "customer", "customers"}


def _named_buyer(f: Frame) -> bool:
    """'India, Malaysia's largest buyer, raised its duty': the government acting is named as a buyer
    in an aside, so its duty falls on what it buys."""
    doc = f.sent.doc
    for e in f.sent.ents:
        if e.label_ != "JURISDICTION" or e.ent_id_ != f.imposer or e.end >= f.sent.end or doc[e.end].text != ",":
            continue
        aside = doc[e.end + 1:min(f.sent.end, e.end + 7)]
        close = next((t.i for t in aside if t.text == ","), None)
        if close is not None and any(doc[k].lower_ in BUYER_WORDS for k in range(e.end + 1, close)):
            return True
    return False


def _reporting_body_place(view: SentenceView, trig: Span) -> Optional[Span]:
    """'Galvanised steel ... will pay an extra 13.4 per cent ..., the finance ministry in Tokyo said':
    a body that reports the step after it, placed in a capital or a country, is that government's."""
    doc = view.doc
    for c in view.cues("GOVT"):
        k = c.end
        if c.start <= trig.end or k + 1 >= view.sent.end or doc[k].lower_ not in ("in", "of") \
                or not any(doc[x].text == "," for x in range(trig.end, c.start)):
            continue
        place = next((e for e in view.get("JURISDICTION") if e.start == k + 1), None)
        if place is not None and any(a.start == place.end for a in view.cues("ANNOUNCE")):
            return place
    return None


def _where_place(view: SentenceView, actors: list[Span], trig: Span) -> Optional[Span]:
    """'The demand is coming from America, where the tariff on Chinese gloves jumped': the place
    a 'where' clause opens on owns the step told in it, unless the clause names a government
    of its own before its verb."""
    doc = view.doc
    for e in reversed([a for a in actors if a.end + 1 < trig.start]):
        if doc[e.end].text == "," and doc[e.end + 1].lower_ == "where":
            inside = range(e.end + 2, trig.start)
            if any(doc[k].text == "," for k in inside) or any(
                    a.start in inside and not _is_target_position(view, a) for a in actors) or any(
                    g.start in inside for g in view.cues("GOVT")):
                return None
            return e
    return None


SHARED_CURRENCIES = {"usd", "inr"}  # figure ids whose sign many governments use ('$', 'Rs')


def _national_money(view: SentenceView, f: Frame, seg) -> Optional[Span]:
    """'the export duty on wheat will amount to 512.4 rubles per ton': a duty charged in a national
    currency is that government's (the figure's id opens with the ISO 4217 code, whose first two
    letters are the issuer's code: RUB, CNY, EUR). Dollars and rupees ('Rs 90 a litre' in Pakistan or
    Sri Lanka) are charged by many, so they name none."""
    if f.measure is None or TYPE_FAMILY.get(f.type or "") not in ("export", "import"):
        return None
    return next((g for g in view.get("FIGURE") if seg[0] <= g.start < seg[1] and "_per_" in g.ent_id_
                 and g.ent_id_.split("_")[0] not in SHARED_CURRENCIES), None)


def _names_measure(view: SentenceView, e: Span, measure: Span) -> bool:
    """'a 10% U.S. tariff', 'the 10% US baseline tariff': a government right before its measure
    word, or before plain words that qualify it (not goods: 'Chinese steel tariffs' are on them)."""
    between = view.doc[e.end:measure.start]
    return e.end <= measure.start and len(between) <= 2 and all(
        t.is_alpha and t.is_lower and not t.is_stop and not t.ent_type_ for t in between)


def _heads_list(view: SentenceView, e: Span, actors: list[Span]) -> bool:
    """'The U.S. and China', 'Japan, Korea and Taiwan' at the head of the sentence or after a
    comma: governments named one after another, `e` the last of them."""
    k, named = e.start - 1, 0
    while k >= view.sent.start:
        a = next((x for x in actors if x.end == k + 1 and x.label_ == "JURISDICTION"), None)
        if a is not None:
            named, k = named + 1, a.start - 1
        elif view.doc[k].lower_ in ("and", ",", "the"):
            k -= 1
        else:
            break
    return named >= 1 and (k < view.sent.start or view.doc[k].is_punct)  # ('* The U.S. and China ...': a bullet)


def _in_appositive(view: SentenceView, e: Span, actors: list[Span], trig: Span) -> bool:
    """Is the actor inside an aside set off by commas between another actor and the verb
    ('Turkey, Europe's largest market outside the EU, extended ...')?"""
    doc = view.doc
    closing = next((k for k in range(e.end, trig.start) if doc[k].text == ","), None)
    if closing is None or not _adverbs_only(view, closing + 1, trig.start):
        return False
    opening = next((k for k in range(e.start - 1, view.sent.start, -1) if doc[k].text == ","), None)
    return opening is not None and any(a.end == opening and a.start < e.start for a in actors)


RATE_MODIFIERS = {"new", "current", "reciprocal", "tariff", "headline", "overall", "combined", "lower", "higher"}


def _rate_for(view: SentenceView, e: Span) -> bool:
    """'Sri Lanka's rate was cut to 20 percent', "India's reciprocal rate": a country's rate in
    news of rates set on countries is the one it pays ("Canada's tariff rate quotas" are Canada's)."""
    doc = view.doc
    if not (e.end < view.sent.end and view.is_possessive(e.end)):
        return False
    k = e.end + 1
    while k < view.sent.end and doc[k].lower_ in RATE_MODIFIERS:
        k += 1
    return k < view.sent.end and doc[k].lower_ in ("rate", "rates") and not (
        k + 1 < view.sent.end and doc[k + 1].lower_ in ("quota", "quotas"))


INCLUSION_WORDS = {"included", "excluded", "excepted"}


def _included(view: SentenceView, e: Span) -> bool:
    """'Mexico included', 'British ones included': an aside that says which goods or countries a
    measure takes in (up to two words between), naming no government acting."""
    doc, k = view.doc, e.end
    while k < view.sent.end and k - e.end < 2 and doc[k].is_alpha and doc[k].is_lower and doc[k].lower_ not in INCLUSION_WORDS:
        k += 1
    return k < view.sent.end and doc[k].lower_ in INCLUSION_WORDS


COORDINATION = {",", "and", "the"}


def _opens_clause(view: SentenceView, e: Span, trig: Span) -> bool:
    """', and Saudi Arabia temporarily suspended imports': after a comma, 'and' opens a clause
    whose subject stands right before its verb; so does 'as' ('... as US trims Vietnam tariff',
    not 'such as the US')."""
    j = view.word_before(e.start)
    if j is not None and view.doc[j].lower_ == "as" and trig.label_ == "ACTION" and _adverbs_only(view, e.end, trig.start):
        k = view.word_before(j)
        return k is None or view.doc[k].lower_ not in ("such", "same", "much", "well", "just")
    return _comma_and(view, j) and (_adverbs_only(view, e.end, trig.start) or _says_that(view, e.end, trig.start))


def _says_that(view: SentenceView, start: int, end: int) -> bool:
    """', and Japan said last Friday that its own tighter controls take effect': the subject
    reports the step in a 'that' clause of its own, with no government between."""
    doc = view.doc
    if start >= end or doc[start].lower_ not in REPORTING_VERBS:
        return False
    that = next((k for k in range(start + 1, min(end, start + 6)) if doc[k].lower_ == "that"), None)
    return that is not None and not any(that < e.start < end for e in view.get("JURISDICTION") + view.get("AGENCY"))


def _adverbs_only(view: SentenceView, start: int, end: int) -> bool:
    """Between a subject and its verb only 'also', 'has', 'later' or an -ly adverb."""
    return all(view.doc[k].lower_ in SUBJECT_VERB_GAP or view.doc[k].lower_.endswith("ly") for k in range(start, end))


def _co_subjects(view: SentenceView, chosen: Span, trig: Span) -> list[Span]:
    """'The European Union and South Korea also suspended imports', 'Taiwan, South Korea and
    Thailand have restricted exports': every government of a coordinated subject takes the
    step, each a mention of its own. The list must open the sentence or a clause and end
    right before its verb."""
    doc = view.doc
    if any(g.start == chosen.end for g in view.get("PRODUCT")) or view.is_possessive(chosen.end):
        return []  # 'Japan and Korea's ...', 'US and EU steel': a modifier, not a subject
    govts = [e for e in view.get("JURISDICTION") if e.end <= trig.start]
    before, k = [], chosen.start - 1
    while k >= view.sent.start:
        e = next((g for g in govts if g.end == k + 1), None)
        if e is None and doc[k].lower_ not in COORDINATION:
            break
        if e is not None:
            before.append(e)
        k = e.start - 1 if e is not None else k - 1
    if not (k < view.sent.start or doc[k].is_punct or doc[k].ent_type_ == "DATE"
            or doc[k].lower_ in ("while", "whereas", "but")):  # ', while Mexico and Chile followed'
        return []  # 'trade between China, Japan and Korea'
    after, k = [], chosen.end
    while k < trig.start:
        e = next((g for g in govts if g.start == k), None)
        if e is None and doc[k].lower_ not in COORDINATION:
            break
        if e is not None:
            after.append(e)
        k = e.end if e is not None else k + 1
    last = after[-1] if after else chosen
    if (after and last.end != k) or not _adverbs_only(view, last.end, trig.start):
        return []
    listed = before[::-1] + after
    # the list's last member follows 'and' ('X and Y', 'X, Y and Z'); a bare comma sets off an appositive
    joined = doc[last.start - 1].lower_ in ("and", "the") if last is not chosen else \
        bool(before) and doc[chosen.start - 1].lower_ in ("and", "the")
    return listed if joined else []


CLAUSE_BREAKS = {"that", "which", "who", "said", "says", ",", ";"}
SENT_FLOWS = {"exports", "export", "shipments", "sales", "deliveries"}  # 'exports to the US': goods sent there
# ('PET shipped to the US', 'HBM shipped to China', 'chips sold to Chinese buyers'): goods on their way somewhere
GOODS_MOTION = {"ship", "ships", "shipping", "shipped", "sent", "exported", "headed", "bound", "destined", "going",
                "sell", "sells", "selling", "sold", "delivered"}


def _destination_of_bearer(view: SentenceView, actors: list[Span], trig: Span) -> Optional[Span]:
    """'Ivorian beans entering the United States faced a 15% tariff', 'PET shipped to the US has
    paid': goods that pay or face a duty where they go pay the duty of the place they enter."""
    # ('Exports of Indian shrimp to the US now pay': the flow heading the clause bears the duty)
    # ("Ukraine's exports to the EU have been exempt from all import duties": the relief is the EU's)
    j = view.word_before(trig.start)
    exempted = trig.text.lower() in ("exempt", "exempted") and j is not None and view.doc[j].lower_ in PASSIVE_AUX
    flow_bears = (_bearing(trig) or exempted) and any(
        view.doc[k].lower_ in SENT_FLOWS and (k == view.sent.start or view.doc[k - 1].is_punct
                                               or (exempted and view.doc[k - 1].lower_ in ("'s", "’s")))
        for k in range(max(view.sent.start, trig.start - 10), trig.start))
    if not flow_bears and not any(_bears(view, e, trig) for e in actors if e.end <= trig.start):
        return None
    for e in reversed([e for e in actors if e.end <= trig.start]):
        j = view.word_before_article(e.start)
        if j is None or any(view.doc[k].lower_ in CLAUSE_BREAKS for k in range(e.end, trig.start)):
            continue
        before = view.word_before(j)
        word, lead = view.doc[j].lower_, view.doc[before].lower_ if before is not None else ""
        if word in ("entering", "into") or (word == "to" and lead in GOODS_MOTION):
            return e
        # 'Indian shrimp exports to the United States have faced', 'exports of Indian shrimp to the US pay'
        if word == "to" and any(view.doc[k].lower_ in SENT_FLOWS for k in range(max(view.sent.start, j - 5), j)) \
                and not any(view.doc[k].is_punct or view.doc[k].ent_type_ == "ACTION"
                            for k in range(max(view.sent.start, j - 5), j)):
            return e
    # ('European wine has paid a 15 per cent duty entering the United States since August': after the duty)
    for e in actors:
        j = view.word_before_article(e.start)
        if e.start > trig.end and j is not None and view.doc[j].lower_ == "entering" and j - trig.end <= 8 \
                and any(trig.end <= m.end <= j for m in view.get("MEASURE")):
            return e
    return None


def _export_destination(view: SentenceView, f: Frame, actors: list[Span], seg) -> Optional[Span]:
    """'tariffs on UK car exports to the US', 'pay a tariff of 10% on exports to the United
    States': a duty on goods sent somewhere is charged where they arrive."""
    m = f.measure
    if m is None or TYPE_FAMILY.get(f.type or "") != "import":
        return None
    for c in view.cues("EXPORT_CTX"):
        if not (m.end <= c.start <= m.end + 6 and c.start < seg[1]) or c.text.lower() not in FLOW_WORDS \
                or any(view.doc[k].text in (",", ";") for k in range(m.end, c.start)):
            continue
        k = c.end + (1 if c.end < view.sent.end and view.doc[c.end].lower_ == "to" else 0)
        k += 1 if k > c.end and k < view.sent.end and view.doc[k].lower_ == "the" else 0
        if k > c.end:
            return next((e for e in actors if e.start == k and e.label_ == "JURISDICTION"), None)
    return None


def _bearing(trig: Span) -> bool:
    """'paid', 'faced', 'is subject to': a verb whose subject is the one the measure falls on."""
    return trig.ent_id_ == "impose_subject" or (trig.ent_id_ == "impose_pay" and trig.text.lower() in BEARING_VERBS)


def _bears(view: SentenceView, e: Span, trig: Span) -> bool:
    """'Canadian lumber has paid a 10% tariff', 'India and Vietnam have been subject to duties':
    the subject of paying, facing or being subject to a measure is the one it falls on ('the
    duty that Japan had collected' is Japan's; 'goods shipped to the US have paid' is no subject)."""
    if not _bearing(trig) or not 0 <= trig.start - e.end <= 14:
        return False
    if trig.start - e.end > 8 and not any(view.doc[k].text == "," for k in range(e.end, trig.start)):
        return False  # (past eight words only with an aside between)
    if any(view.doc[k].lower_ in SUBJECTING_VERBS for k in range(e.end, trig.start)):
        return False  # ('the Commission made exports of vaccines subject to authorisation': who makes them so)
    j = view.word_before_article(e.start)
    prev = view.doc[j].lower_ if j is not None else ""
    if prev in (NOT_SUBJECT_AFTER | PREPOSITION_CUES) - {"and"}:
        return False
    k = e.end
    while k < trig.start:  # ("Japan's carmakers, by comparison, have paid": past a comma aside)
        if view.doc[k].lower_ in CLAUSE_BREAKS:
            after = _comma_aside_end(view, k)
            if after == k or after > trig.start:
                return False
            k = after
            continue
        k += 1
    return True


TIME_ADJECTIVES = {"new", "current", "previous", "former", "incoming", "outgoing", "same", "then", "present", "last"}


def _modifier_use(view: SentenceView, e: Span) -> bool:
    """'the first U.S. case', 'a Chinese company': a place between a determiner and its noun."""
    doc = view.doc
    j = e.start - 1
    while j > view.sent.start and (doc[j].like_num or doc[j].lower_ in ("first", "second", "third", "last", "only")):
        j -= 1
    # ('the US said' is a subject: only an ordinal or 'a' marks the modifier)
    det = j >= view.sent.start and (doc[j].lower_ in ("a", "an") or (doc[j].lower_ == "the" and j < e.start - 1))
    return det and e.end < view.sent.end and doc[e.end].is_alpha and doc[e.end].is_lower \
        and doc[e.end].ent_type_ != "ACTION"


def _passive_subject(view: SentenceView, e: Span, trig: Span) -> bool:
    """'India was hit with a 25% tariff', 'Canadian mills have been slapped with duties': a
    government as the subject of a passive step is the one the step falls on."""
    low = trig.text.lower()
    doc, k = view.doc, e.end
    # ('Brazilian beans were hit with an additional 40%': the goods' origin, past the goods)
    while k < min(trig.start, e.end + 3) and (doc[k].ent_type_ == "PRODUCT" or (
            doc[k].is_alpha and doc[k].is_lower and not doc[k].ent_type_ and doc[k].lower_ not in PASSIVE_GAP)):
        k += 1
    return _auxiliaries_only(view, k, trig.start) and " " not in low \
        and (low.endswith("ed") or low in IRREGULAR_PAST)


def _govt_actor(view: SentenceView, g: Span, actors: list[Span], ctx: ArticleContext) -> Optional[str]:
    """'the Government of Canada', 'the Indian government', 'the bloc', 'the government' (the
    jurisdiction the article is about)."""
    if g.id_ != "context" and (g.id_ in ctx.named or not ctx.bodies - {g.id_}):
        return g.id_  # ('the Commission' of Peru's Indecopi, in a story that names no EU body, is Peru's)
    if g.text.lower() in PRONOUNS:
        # 'the United States, which in May announced it would ...': the nearest actor before
        # ('Japan banned American beef after the first U.S. case of mad cow disease, and it lifted that
        # ban': a place used as a modifier after a determiner is no antecedent)
        # ('GACC notified Brazilian authorities that it was suspending imports': the one told is no antecedent)
        before = [e for e in actors if e.end <= g.start and not _is_target_position(view, e)
                  and not _is_dateline_place(view, e) and not _modifier_use(view, e) and not _told_party(view, e)]
        # ('The CFS announced today that, having received notifications of outbreaks in Lancaster County
        # ..., and in Bács-Kiskun County, Hungary, it has instructed ...': the one who reports)
        said = next((c for c in view.cues("ANNOUNCE") if c.end <= g.start and any(
            view.doc[k].lower_ == "that" and view.doc[k + 1].text == "," for k in range(c.end, min(g.start - 1, c.end + 8)))),
            None)
        reporter = [e for e in before if said is not None and e.end <= said.start]
        if reporter:
            before = reporter
        if before:
            return _actor(view, before[-1])
        # ('The finance ministry also said it will keep ...': the body named before it in the sentence)
        body = next((c for c in reversed(view.cues("GOVT")) if c.end < g.start and c[-1].i in ctx.home_ministries), None)
        if body is not None:
            return ctx.filed_from
        # ('The decree leaves a door open for them: it creates a quota': the instrument, so the
        # government acting so far, below)
        instrument = any(c.end <= g.start for c in view.cues("INSTRUMENT"))
        if ctx.turned_to and view.sent.start_char - ctx.turned_to[1] <= 2 and not instrument:
            return ctx.turned_to[0]  # ('Mexico first took the same line. Its agency SENASICA halted ...')
        # ('In the budget, Port Louis suspended its duty on onions ... And it removed the duty on ...':
        # the government that acted in the sentence before)
        last = next((f for f in reversed(ctx.frames) if f.kind == "main"), None)
        if last is not None and last.imposer and 0 <= view.sent.start_char - last.sent.end_char <= 2 and not instrument:
            return last.imposer
        if ctx.subject and not instrument:
            return ctx.subject  # 'Beijing has reached for mineral exports. In December, it banned ...'
    of_country = _portfolio_end(view, g)
    for e in actors:
        if g.end <= e.start <= g.end + 2 and view.doc[g.end].lower_ == "of":
            return _actor(view, e)
        if of_country is not None and of_country <= e.start <= of_country + 1:
            return _actor(view, e)  # 'the Ministry of Agriculture, Land and Fisheries of Trinidad and Tobago'
        if _names_body(view, e, g.start):
            return _actor(view, e)
    # ('In China, Ecuador's largest market, customs suspended imports ...': the place the sentence opens on)
    opener = _place_opener(view, [e for e in actors if e.label_ == "JURISDICTION"], view.sent.start)
    if opener is not None and opener.end <= g.start and g.text.lower() not in PRONOUNS:
        return _actor(view, opener)
    # ('The European Commission ... An executive order signed by Trump ... the Commission suspended
    # it': the body the article named in full, whoever acted last)
    # ('the finance ministry' is not the 'trade ministry' the story names elsewhere)
    before = g[-2] if len(g) > 1 else (view.doc[g.start - 1] if g.start > view.sent.start else None)
    qualifier = before.lower_ if before is not None and before.is_alpha and before.is_lower \
        and before.lower_ not in DETERMINERS | TIME_ADJECTIVES else None
    heads = {code for code, name in ctx.body_heads.get(g[-1].lower_, set()) if qualifier is None or qualifier in name.split()}
    # ('First: Brazil ... The Authority has decided to lift ...': a capitalised head is the body's
    # short name, whatever country the section is about)
    defined = len(g) > 1 and g[-1].text[:1].isupper()
    if len(heads) == 1 and (ctx.sections[-1][1] is None or defined):
        return next(iter(heads))
    # 'the government', 'the finance ministry': whoever the article has had acting so far (in a
    # digest, in this item, else the government its heading names)
    start, named = ctx.sections[-1]
    if ctx.turned_to and view.sent.start_char - ctx.turned_to[1] <= 2:
        return ctx.turned_to[0]  # ('Moscow banned ... Kazakhstan has rules of its own. The ministry extended ...')
    # ('... when Moscow banned grain exports in August. The cabinet approved new quotas': a
    # government acting in a clause of time or reason is not the one the story follows)
    # ('Upper band of the levy goes to 3%; ... Accra traders eye Nigeria's rice levy hike' under the
    # headline of a Ghanaian budget story: a deck's government is not the body's by default)
    acting = [f for f in reversed(ctx.frames) if f.imposer and f.order >= start and not _acts_in_subordinate_clause(f)]
    recent = next((f.imposer for f in acting if _headline(f.sent) or not _display_line(f.sent)), None)
    if recent is None and acting and ctx.home and ctx.home != acting[0].imposer and not named:
        return ctx.home  # (the government the top of the page names most)
    recent = recent or next((f.imposer for f in acting), None)
    # ('SEOUL, Nov. 5 (Hanbit) -- The United States has extended ..., the industry ministry said.
    # Separately, the ministry said 14 technologies will be added ...': a ministry the wire never
    # gives to anyone is its own country's)
    if g[-1].i in ctx.home_ministries:
        return ctx.filed_from
    # ('Dhaka, Sunday, ...' / 'The government has cut the customs duty on rice, days after India
    # ...': with no government acting yet, the paper's own)
    return recent or named or ctx.subject or ctx.place


SCOPE_VERBS = {"narrowed", "narrows", "narrow", "narrowing", "limited", "limits", "limit", "limiting", "restricted",
               "restricts", "restricting", "confined", "confines", "confine", "confining"}


def _narrows_scope(view: SentenceView, a: Span, measures: list[Span]) -> bool:
    """'narrowed the measure to Paraná', 'limited its ban to one state': a measure told before,
    cut back to a part of what it covered."""
    doc = view.doc
    j = view.word_before(a.start)
    if a.text.lower() == "narrowed" and j is not None and doc[j].lower_ in PASSIVE_AUX and any(
            0 <= a.start - m.end <= 8 for m in measures):
        return True  # ('a ban linked to the water release has been narrowed')
    if a.text.lower() not in SCOPE_VERBS or a.end >= view.sent.end or not (
            doc[a.end].lower_ in DETERMINERS or view.is_possessive(a.end)):
        return False
    m = next((m for m in measures if a.end < m.start <= a.end + 3), None)
    if m is None or not all(doc[k].is_lower or doc[k].text == "-" for k in range(a.end + 1, m.start)) \
            or m.end >= view.sent.end or doc[m.end].lower_ not in ("to", "so"):
        return False
    # ('limited its ban to poultry meat from Rio Grande do Sul' may tell a ban that was regional from
    # the start; after 'suspended purchases from the whole country and ...' it is cut back)
    return a.text.lower().startswith("narrow") or any(
        b.end <= a.start and (ACTION_FAMILY.get(b.ent_id_) == "restrict" or b.text.lower().startswith(HALT_GOODS_VERBS))
        for b in view.get("ACTION")) or any(m.end <= a.start and m.text.lower().endswith("ed") for m in measures)


TOLD_VERBS = {"notified", "notifies", "notify", "told", "tells", "tell", "informed", "informs", "inform", "assured",
              "assures", "warned", "warns", "advised", "advises", "reminded", "reminds"}


def _told_party(view: SentenceView, e: Span) -> bool:
    """'notified Brazilian authorities', 'told the United States': the party a message went to."""
    j = view.word_before(e.start)
    if j is not None and view.doc[j].lower_ in DETERMINERS:
        j = view.word_before(j)
    return j is not None and view.doc[j].lower_ in TOLD_VERBS


def _portfolio_end(view: SentenceView, g: Span) -> Optional[int]:
    """'Ministry of Agriculture, Land and Fisheries of ...': the token after the second 'of',
    past the capitalised words of the portfolio, where the government is named."""
    doc = view.doc
    if g.end >= view.sent.end or doc[g.end].lower_ != "of":
        return None
    k = g.end + 1
    while k < min(view.sent.end, g.end + 10) and (doc[k].is_title or doc[k].text in (",", "&") or doc[k].lower_ == "and"):
        k += 1
    return k + 1 if k > g.end + 1 and k < view.sent.end and doc[k].lower_ == "of" else None


def _acts_in_subordinate_clause(f: Frame) -> bool:
    """'when Moscow banned grain exports': the frame's actor follows a subordinator ('from
    America, where the tariff ... jumped': or a 'where' clause tells what happens there)."""
    doc = f.sent.doc
    at = next((e for e in f.evidence if e.field == "imposer"), None)
    if at is None:
        return False
    span = doc.char_span(at.start, at.end, alignment_mode="expand")
    if span is None:
        return False
    k, n = span.start - 1, span.end
    return (k >= f.sent.start and doc[k].lower_ in SUBORDINATORS) or (
        n + 1 < f.sent.end and doc[n].text == "," and doc[n + 1].lower_ == "where")


def _in_compound(view: SentenceView, e: Span) -> bool:
    """'China-US trade deal', 'US-China talks': two parties, neither is the actor."""
    doc = view.doc
    after = e.end < view.sent.end - 1 and doc[e.end].text in ("-", "–", "/") and not doc[e.end - 1].whitespace_ \
        and not doc[e.end].whitespace_ and doc[e.end + 1].ent_type_ == "JURISDICTION"
    before = e.start - 2 >= view.sent.start and doc[e.start - 1].text in ("-", "–", "/") and \
        not doc[e.start - 1].whitespace_ and not doc[e.start - 2].whitespace_ and doc[e.start - 2].ent_type_ == "JURISDICTION"
    return after or before


MARKET_NOUNS = {"market", "markets", "economy"}


def _home_market(view: SentenceView, e: Span) -> bool:
    """'the Chinese barley market', 'the US economy': a place's market is no origin of goods."""
    k = e.end
    while k < view.sent.end and view.doc[k].ent_type_ == "PRODUCT":
        k += 1
    return k < view.sent.end and view.doc[k].lower_ in MARKET_NOUNS


def _after_use_cue(view: SentenceView, e: Span) -> bool:
    """Is the entity inside a reason or use clause ('as a penalty for ...', 'used in ...') that
    no comma has closed?"""
    for c in view.cues("USE"):
        if c.end <= e.start and not any(view.doc[k].text in (",", ";") for k in range(c.end, e.start)):
            return True
    return False


CLAUSE_OPENERS = {"when", "after", "because", "while", "whereas", "although", "though", "as", "since", "where"}


def _targets(view: SentenceView, f: Frame, seg, zones) -> list[str]:
    cut = min([c.start for c in view.cues("USE") + view.cues("FOLLOWS") if f.trigger.start < c.start < seg[1]]
              + [seg[1]])
    doc = view.doc
    # ', when the Commission found that Chinese exporters were selling in Europe': a clause of its own
    cut = next((k for k in range(f.trigger.end + 1, cut) if doc[k - 1].text == "," and doc[k].lower_ in CLAUSE_OPENERS), cut)
    out = []
    # ('halted exports of DAP ... and extended the halt': a sentence about exports only names the
    # family before the type is known)
    exports = f.type in ("export_ban", "export_control") or (f.type == "export_duty" and f.type_specific) or (
        f.type is None and _names_exports_only(view, cut))
    for e in view.get("JURISDICTION") + view.get("AGENCY"):
        if not (seg[0] <= e.start < cut) or _in_zones(e.start, zones):
            continue
        # ('The import of helium originating in Russia is prohibited': the subject's goods' origin)
        from_goods = _goods_from(view, e) or (not exports and _made_in(view, e))
        if e.start < f.trigger.start and not _is_target_adjective(view, e) and not (
                f.measure is not None and f.measure.end <= e.start) and not from_goods:
            continue  # 'duties on chicken from the US have been in place': the subject's own target counts
        if e.start < f.trigger.start and any(e.end <= x.start < f.trigger.start and not _is_target_adjective(view, x)
                                             and not (from_goods and _goods_from(view, x))
                                             for x in view.get("JURISDICTION") + view.get("AGENCY")):
            continue  # 'Chinese buyers stayed away since Beijing imposed ...': the actor comes between
        if _after_use_cue(view, e):
            continue  # 'as a penalty for New Delhi's purchases of Russian oil': a reason, not a target
        if e.start > f.trigger.end and doc[e.start - 1].lower_ in ("that", "which", "whom"):
            continue  # ', closing a case that U.S. panel makers brought': who acts in a relative clause
        if _exempted(view, e):
            continue  # 'Goods originating in the European Union ... are exempt' from the new duties
        if _home_market(view, e):
            continue  # 'the situation in the Chinese barley market had changed': the imposer's own market
        if exports and _listed_after(view, e, "from"):
            continue  # 'a ban on the export of sugar from Russia': the exporter's own country; 'halted
            # exports ..., leaving India to buy from Morocco': another supplier
        if e.end + 1 < view.sent.end and view.is_possessive(e.end) and view.doc[e.end + 1].lower_ in SOURCE_NOUNS:
            continue  # 'according to a notice posted on USTR's website': where the news was told
        if exports and (any(p.start == e.end for p in view.get("PRODUCT")) or _made_in(view, e)):
            # 'the export duty on Russian wheat', 'cocoa powder produced in Ivorian factories': the
            # goods' own country, not a target
            f.origin = f.origin or e
            continue
        if _is_target_position(view, e):
            code = _actor(view, e)
            if code not in out and not _in_compound(view, e):
                out.append(code)
                _add_evidence(f, "targets", code, e)
    return out


def _names_exports_only(view: SentenceView, end: int) -> bool:
    """Does the sentence, up to `end`, speak of exports and not of imports? (', because German
    exports to South Africa had fallen' is a reason of its own)"""
    flows = {view.doc[k].lower_ for k in range(view.sent.start, end)}
    return bool(flows & {"exports", "export"}) and not flows & {"imports", "import"}


def _listed_after(view: SentenceView, e: Span, word: str, depth: int = 0) -> bool:
    """'from Morocco', 'from Morocco, Saudi Arabia and Russia': a place in a list the word opens."""
    j = view.word_before(e.start)
    if j is None:
        return False
    if view.doc[j].lower_ == word:
        return True
    if depth < 6 and view.doc[j].lower_ in ("and", "or", ","):
        prev = next((x for x in view.get("JURISDICTION") if x.end == j), None)
        return prev is not None and _listed_after(view, prev, word, depth + 1)
    return False


SOURCE_NOUNS = {"website", "site", "statement", "behalf", "request", "spokesman", "spokeswoman", "spokesperson",
                "notice", "announcement", "account", "page", "portal", "gazette"}
EXEMPT_WORDS = {"exempt", "exempted", "excluded", "spared", "excepted"}
EXCEPT_LEADS = {"except", "excluding", "excepting", "than", "exception", "besides"}


def _exempted(view: SentenceView, e: Span) -> bool:
    """A government whose goods the measure spares: 'except for Canada', 'other than the EU',
    'Goods originating in the European Union ... are exempt'."""
    doc = view.doc
    if any(doc[k].lower_ in EXCEPT_LEADS for k in range(max(view.sent.start, e.start - 4), e.start)):
        return True
    for k in range(e.end, min(e.end + 25, view.sent.end)):
        if doc[k].text in (";", ".") or doc[k].lower_ in ("so", "but", "while", "whereas"):
            return False
        if doc[k].lower_ in EXEMPT_WORDS:
            return True
        if doc[k].ent_type_ == "ACTION":
            return False  # '... goods from Ukraine until 2029 and keep Ukrainian exporters exempt': another verb's
    return False


def _to_listed_parties(view: SentenceView, f: Frame, seg) -> bool:
    """'would ban exports to 29 more organisations in Russia': counted parties, not a country."""
    doc = view.doc
    for c in view.cues("PARTY_NOUN"):
        if not (f.trigger.end <= c.start < seg[1]):
            continue
        before = [doc[k] for k in range(max(view.sent.start, c.start - 3), c.start)]
        if any(t.lower_ == "to" for t in before) and any(t.like_num or t.lower_ in ("more", "additional", "further")
                                                         for t in before):
            return True
    return False


def _goods_from_abroad(view: SentenceView, anchor: Span) -> bool:
    """'a ban on poultry meat and eggs from Georgia': goods named after the measure come from
    the country after 'from' (goods first, then 'from (the) <country>', in a few words)."""
    doc = view.doc
    for e in view.get("JURISDICTION"):
        k = e.start - 1
        if k > anchor.end and doc[k].lower_ == "the":
            k -= 1
        if not (anchor.end < k <= anchor.end + 10 and doc[k].lower_ == "from" and doc[k - 1].ent_type_ == "PRODUCT"):
            continue
        if not any(doc[j].text in (",", ";") or doc[j].ent_type_ == "ACTION" for j in range(anchor.end, k)):
            return True
    return False


def _goods_from(view: SentenceView, e: Span, depth: int = 0) -> bool:
    """'Shipments of fresh tomatoes from Mexico will have to pay ...': where the subject's goods come
    from ('importers of X-ray tubes from the United States and India must lodge ...': each of a list)."""
    j = view.word_before_article(e.start)
    if j is not None and depth < 6 and view.doc[j].lower_ in ("and", "or", ","):
        prev = next((x for x in view.get("JURISDICTION") if x.end == j), None)
        return prev is not None and _goods_from(view, prev, depth + 1)
    if j is None or view.doc[j].lower_ != "from":
        return False
    prods = {k for p in view.get("PRODUCT") for k in range(p.start, p.end)}
    return any(k in prods or view.has_cue_at("TARGET_NOUN", k) for k in range(max(view.sent.start, j - 3), j))


def _time_clause_lead(view: SentenceView, trig: Span) -> Optional[int]:
    """', before Washington cut the rate': where a clause of time with a government of its own
    opens right before the verb, after a comma; what the sentence told ahead of it is another clause's."""
    k = _background_lead(view, trig, ("before", "after", "when"))
    return k if k is not None and k > view.sent.start and view.doc[k - 1].text == "," else None


def _rate(view: SentenceView, f: Frame, seg) -> None:
    lead = _time_clause_lead(view, f.trigger) if f.kind == "main" else None
    # ('A letter in July threatened 35 percent, before Washington cut the rate to 20 percent')
    figs = [g for g in view.get("FIGURE") if max(seg[0], lead or 0) <= g.start < seg[1]]
    rate_object = bool(figs) and f.measure is None and _moves_a_rate(view, f)  # 'raised the combined rate to ...'
    hit_with = _hit_with_figure(view, f.trigger) if f.measure is None and f.action == "impose" else None
    if hit_with is not None:
        rate_object, figs = True, [hit_with]  # ('were hit with 25% on Oct. 14 ..., along with 10% on lumber')
    for g in figs:
        nxt = g.end
        j = view.word_before(g.start)
        lead = view.doc[j].lower_ if j is not None else ""
        if nxt < view.sent.end and view.doc[nxt].lower_ == "of" and lead not in ("to", "at", "by"):
            continue  # '94% of global output' is a share, not a rate
        # ('raised the cash margin on LCs for cars to 100 per cent': the level the verb moves its measure to)
        moved_to = f.measure is not None and f.action in ("raise", "reduce") and lead == "to" and f.measure.end <= g.start
        if f.type not in RATE_TYPES and not (f.measure is not None and (
                abs(g.start - f.measure.start) <= 6 or f.measure.ent_id_ == "import_tariff_weak")) and not rate_object \
                and not moved_to:
            continue
        owner = [m for m in view.get("MEASURE") if 0 <= m.start - g.end <= 2 and m is not f.measure
                 and view.doc[g.end].lower_ not in OWNER_BREAK_WORDS]  # ('to 38.5% under the safeguard' is the step's)
        if owner and f.measure is not None:
            continue  # 'on top of the 6.1% tariff already charged': another measure's rate
        if any(a.ent_id_ in ("raise_intransitive", "reduce_intransitive") and f.trigger.end <= a.start and 0 <= g.start - a.end <= 4
               and _subject_measure(view, a, view.get("MEASURE")) is None for a in view.get("ACTION")):
            continue  # ('after the duties took effect, while local prices rose by around 9%': the prices' move)
        parsed = parse_figure(g.text, g.ent_id_)
        if not parsed:
            continue
        value, unit = parsed
        j = view.word_before(g.start)
        prev_cues = set()
        for k in range(g.start - 3, g.start + 1):
            prev_cues |= view.cue_end.get(k, set())
        kind, previous = "level", None
        if f.trigger.ent_id_ == "move_arrow" and g.end == f.trigger.start:
            continue  # ('10% -> 5%': the old level, before the arrow)
        if g.end <= f.trigger.start and f.trigger.ent_id_ == "impose_pay" and _paid_now(view, g):
            continue  # (', which currently pay 22.5%, will pay 18.5%': the old level)
        if f.trigger.ent_id_ == "move_arrow" and g.start == f.trigger.end:
            old = next((h for h in figs if h.end == f.trigger.start), None)
            p = parse_figure(old.text, old.ent_id_) if old is not None else None
            previous = p[0] if p else None
        if j is not None and view.doc[j].lower_ == "from" and not any(
                h.start > g.end and h.start - g.end <= 3 for h in figs):
            continue  # 'raising the levies from 25%': only the old level
        if _standing_level(view, g, f.trigger) and any(h.start > f.trigger.end and view.doc[h.start - 1].lower_ == "to"
                                                       for h in figs):
            continue  # ('The duty on wheat, currently 7.5%, will be cut to 5%': the level before the step)
        by = j is not None and view.doc[j].lower_ == "by"
        if by and any(0 < h.start - g.end <= 3 and view.doc[h.start - 1].lower_ == "to" for h in figs):
            continue  # ('raised ... by 5 percentage points, to 15%': the level told after the step)
        if "RATE_CAP" in prev_cues:
            kind = "cap"
        elif by:
            kind = "cut" if f.action == "reduce" else ("increase" if f.action in ("raise", "tighten") else "level")
        elif j is not None and view.doc[j].lower_ == "to":
            earlier = [h for h in figs if h.end <= g.start and g.start - h.end <= 3]
            k = view.word_before(earlier[-1].start) if earlier else None
            if earlier and _spans_range(view, earlier[-1]):
                pass  # 'duties ranging from 4.37% to 31.65%': a spread of levels, not a move
            elif earlier and not (k is not None and view.doc[k].lower_ == "by"):  # (the step's size, no old level)
                p = parse_figure(earlier[-1].text, earlier[-1].ent_id_)
                previous = p[0] if p else None
        elif j is not None and view.doc[j].lower_ == "from":
            later = [h for h in figs if h.start >= g.end and h.start - g.end <= 3]
            if later:
                continue  # 'from 20% to 10%': the later figure is the level
        if previous is None and f.trigger.ent_id_ == "impose_pay" and g.start > f.trigger.start:
            # ('Soybean meal and oil, which currently pay 22.5%, will pay 18.5%': the level paid now)
            old = next((h for h in view.get("FIGURE") if h.end <= f.trigger.start and h.ent_id_ == g.ent_id_
                        and _paid_now(view, h)), None)
            p = parse_figure(old.text, old.ent_id_) if old is not None else None
            previous = p[0] if p else None
        if previous is None and j is not None and view.doc[j].lower_ == "to":
            old = next((h for h in figs if _standing_level(view, h, f.trigger)), None)
            p = parse_figure(old.text, old.ent_id_) if old is not None else None
            previous = p[0] if p else None
        if previous is None:
            # '... to 50% of 2024 volumes, down from 100%', '25%, up from 10%'
            for h in figs:
                k = view.word_before(h.start)
                if k is not None and view.doc[k].lower_ == "the" and h.end < view.sent.end and (
                        view.doc[h.end].ent_type_ == "MEASURE" or view.doc[h.end].lower_ in OLD_LEVEL_NOUNS):
                    # (', up from the 10 per cent baseline': a level in force; 'down from the 32 percent it had
                    # threatened' is none)
                    k = view.word_before(k)
                instead = k is not None and view.doc[k].lower_ == "of" and view.doc[k - 1].lower_ == "instead"
                # (', down from 25 percent' closes the clause: the old level, however long the clause)
                reach = 20 if k is not None and view.doc[k - 1].lower_ in ("down", "up") else 8
                if h.start > g.end and h.start - g.end <= reach and k is not None and (
                        view.doc[k].lower_ in ("from", "against", "versus", "vs") or instead):
                    p = parse_figure(h.text, h.ent_id_)
                    previous = p[0] if p else None
                    break
        _set_rate(f, g, value, unit, kind, previous)
        if f.action == "impose" and previous is not None and previous != value:
            # 'have paid a 15 percent tariff since Nov. 1, down from 25 percent', 'notified a 15% duty, down
            # from 70%': the rate was moved then
            f.action = "reduce" if previous > value else "raise"
        if f.action == "lift" and j is not None and view.doc[j].lower_ == "to" and unit in ("percent", "percentage_points") \
                and g.start > f.trigger.end and view.doc[j - 1].lower_ != "up" and f.trigger.text.lower().startswith("lift") \
                and not (view.doc[j - 1].like_num and view.doc[j - 1].lower_ not in ("zero", "nil")):
            # 'lifting total duties to 50%', 'lifted its tariff ... from zero to 25 per cent' raise them ('tariffs of up to 12% are removed' do not, nor does
            # 'removed its duties, which had run at 116.2 to 218.4 per cent': a verb of removal, a range)
            f.action = "raise"
        return


def _paid_now(view: "SentenceView", g: Span) -> bool:
    """', which currently pay 22.5%,': a figure the goods pay now, in a relative aside."""
    doc = view.doc
    k = g.start - 1
    while k > view.sent.start and doc[k].lower_ in RATE_DETERMINERS:
        k -= 1
    if k <= view.sent.start or doc[k].ent_id_ != "impose_pay":
        return False
    words = [doc[x].lower_ for x in range(max(view.sent.start, k - 3), k)]
    return any(w in ("which", "that") for w in words) and g.end < view.sent.end and doc[g.end].text == ","


def _standing_level(view: "SentenceView", g: Span, trig: Span) -> bool:
    """', now 7.5%,', ', currently 10 per cent,' before the verb: the level the subject stands at."""
    j = view.word_before(g.start)
    return g.end <= trig.start and j is not None and view.doc[j].lower_ in RATE_ASIDE_WORDS and j > view.sent.start \
        and view.doc[j - 1].text == "," and g.end < view.sent.end and view.doc[g.end].text == ","


OWNER_BREAK_WORDS = {"under", "through", "via", "with", "by", "for", "from", "until"}
OLD_LEVEL_NOUNS = {"rate", "rates", "baseline", "level", "duty", "tariff", "levy"}
RANGE_WORDS = {"ranging", "range", "ranges", "ranged", "varying", "vary", "varies", "varied", "spanning", "spanned"}


def _spans_range(view: "SentenceView", low: Span) -> bool:
    """Whether the figure `low` opens a spread ('ranging from 4.37% to 31.65%'), not an old level."""
    k = view.word_before(low.start)
    before = view.word_before(k) if k is not None and view.doc[k].lower_ == "from" else None
    return before is not None and view.doc[before].lower_ in RANGE_WORDS


RATE_NOUNS = {"rate", "tariff", "duty", "levy", "tax"}


def _payment_waived(view: SentenceView, a: Span) -> bool:
    """'will not pay the 100 per cent surtax on them for one year starting December 1': a duty
    that goods will not pay for a time, or from a day, is waived ('do not pay the duty' alone is
    how things stand)."""
    doc = view.doc
    j = view.word_before(a.start)
    if j is None or j - 1 < view.sent.start or doc[j].lower_ not in ("not", "n't") or doc[j - 1].lower_ not in ("will", "wo", "shall"):
        return False
    m = _measure_after(view, a, 6)
    return m is not None and any(x.start >= m.end for x in view.get("DURATION") + view.get("DATE"))


def _moved_when_since(view: SentenceView, f: Frame) -> None:
    """'Rice imports have paid 15% since July 2024, when the rate was cut from 35%': the level paid
    since a day was set by the move the 'when' clause tells; the clause's own verb is that step."""
    doc = view.doc
    if f.action != "impose" or f.rate is None or f.rate.previous is not None:
        return
    since = next((d for d in view.get("DATE") if d.start >= f.trigger.end and _since(view, d)), None)
    if since is None or since.end + 2 >= view.sent.end or doc[since.end].text != "," or doc[since.end + 1].lower_ != "when":
        return
    move = next((a for a in view.get("ACTION") if since.end + 2 <= a.start <= since.end + 7
                 and a.ent_id_ in ("reduce", "raise")), None)
    if move is None or not any(doc[k].lower_ in RATE_NOUNS for k in range(since.end + 2, move.start)):
        return
    old = next((g for g in view.get("FIGURE") if g.start == move.end + 1 and doc[move.end].lower_ == "from"), None)
    parsed = parse_figure(old.text, old.ent_id_) if old is not None else None
    if parsed is None or parsed[1] != f.rate.unit:
        return
    f.action = move.ent_id_
    f.rate = f.rate.model_copy(update={"previous": parsed[0]})
    f.merged_triggers.add(move.start)  # (the move's own frame, if any, is this one)


def _set_rate(f: Frame, g: Span, value: float, unit: str, kind: str, previous: Optional[float]) -> None:
    """The rate the figure `g` gives, with the figure as its evidence."""
    f.rate = Rate(value=value, unit=unit, kind=kind, previous=previous, text=g.text, start=g.start_char, end=g.end_char)
    _add_evidence(f, "rate", f"{value} {unit}", g)


FLOW_SIDES = {"imports": "import_ban", "import": "import_ban", "importation": "import_ban",
              "exports": "export_ban", "export": "export_ban", "re-exports": "export_ban", "exportation": "export_ban"}
FLOW_LEADS = {"on", "of", "the", "its", "their", "all", "any", "to", "for", "and", "or", "also", "both"}


LAW_WORDS = {"act", "law", "ordinance", "regulations", "decree", "code"}


def _in_law_name(view: SentenceView, k: int) -> bool:
    """Is token `k` inside a capitalised name that ends in 'Act', 'Law', 'Ordinance' ... ('the
    Imports and Exports (Control) Act')?"""
    doc = view.doc
    for j in range(k + 1, min(view.sent.end, k + 7)):
        t = doc[j]
        if t.lower_ in LAW_WORDS and t.is_title:
            return True
        if not (t.is_title or t.is_punct or t.lower_ in ("and", "of", "on", "&")):
            return False
    return False


def _split_by_flows(view: SentenceView, f: Frame, bounds) -> list[Frame]:
    """'banned imports of steel and exports of cotton', 'lifted its ban on goods of Qatari origin
    and on exports and re-exports to Qatar', 'bans the import and export of ivory': one verb,
    a ban on each direction of trade -> a frame for each, with the goods and partners of its part."""
    if f.type not in ("import_ban", "export_ban") or f.rate is not None or f.trigger.label_ != "ACTION":
        return [f]
    doc, seg = view.doc, bounds[id(f)]
    hi = next((k for k in range(f.trigger.end, seg[1]) if doc[k].lower_ in OBJECT_BREAK - {","}
               or view.has_cue_at("USE", k)), seg[1])
    # ('so that imports from India were halted': a passive verb's flow may head the segment before it)
    lo = min(seg[0], max(view.sent.start, f.trigger.start - 8))
    # ('under the Imports and Exports (Control) Act': the words of a law's name are no flows)
    flows = [(k, FLOW_SIDES[doc[k].lower_]) for k in range(lo, hi) if doc[k].lower_ in FLOW_SIDES
             and not (doc[k].is_title and k > view.sent.start and _in_law_name(view, k))]
    actions = {k for a in view.get("ACTION") if a.start != f.trigger.start for k in range(a.start, a.end)}
    for (a, side_a), (b, side_b) in zip(flows, flows[1:]):
        if side_a != side_b:
            break
    else:
        b, side_b = next(((k, s) for k, s in flows if k > f.trigger.end and s == "export_ban"), (None, None))
        # 'its ban on goods of Qatari origin and on exports to Qatar': foreign goods are the imports
        if b is None or not any(f.trigger.end <= e.start < b and (_is_target_adjective(view, e) or _goods_from(view, e)
                                                                  or (e.end < b and doc[e.end].lower_ == "origin"))
                                for e in view.get("JURISDICTION")):
            return [f]
        a, side_a = f.trigger.end, "import_ban"
    if b + 1 < view.sent.end and _plain_word(doc[b + 1]) \
            and doc[b + 1].lower_ not in FLOW_LEADS | {"from", "into", "by", "in", "at", "were", "was", "are", "is"}:
        return [f]  # 'barred from import and export activities': the firm's trade, not two flows of goods
    k = b - 1
    # ('imports from India were halted, and so were exports to it': the second flow by ellipsis)
    while k > a and doc[k].lower_ in (FLOW_LEADS | {"so", "were", "was", "did"}) - {"and", "or"}:
        k -= 1
    if doc[k].lower_ not in ("and", "or") or any(j in actions or doc[j].text == ";" for j in range(a, b)):
        return [f]  # 'halted imports of rice ... to protect exporters': one flow, and a word about another
    # 'the import and export of ivory': the two flows share what follows them
    shared = not any(doc[j].ent_type_ in ("PRODUCT", "JURISDICTION") for j in range(a, k))
    cut = doc[k].idx
    parts = []
    for side, first in ((side_a, True), (side_b, False)):
        def inside(x: int) -> bool:
            return shared or (x < cut) == first
        part = copy.copy(f)
        part.type, part.type_specific = side, False
        part.dates, part.defaulted = list(f.dates), set(f.defaulted)
        part.evidence = [e for e in f.evidence if e.field not in ("type", "targets") or (e.field == "targets"
                                                                                        and inside(e.start))]
        at = doc[b:b + 1] if not first else doc[a:a + 1] if doc[a].lower_ in FLOW_SIDES else f.trigger
        _add_evidence(part, "type", side, at)
        part.products = [p for p in f.products if any(q.ent_id_ == p and inside(q.start_char)
                                                      for q in view.get("PRODUCT"))]
        part.targets = [t for t in f.targets if any(e.field == "targets" and e.value == t for e in part.evidence)]
        bounds[id(part)] = seg
        parts.append(part)
    return parts


def _split_by_rates(view: SentenceView, f: Frame, bounds) -> list[Frame]:
    """'15% on coal and LNG and 10% on crude oil', 'on soybeans to 26% ... and on soymeal to
    24.5%': one action, several product groups each with its own rate -> one frame each."""
    seg = bounds[id(f)]
    if f.rate is None or not f.products:
        return [f]
    levels = []
    for g in view.get("FIGURE"):
        if not seg[0] <= g.start < seg[1]:
            continue
        j = view.word_before(g.start)
        if j is not None and view.doc[j].lower_ in ("from", "by"):
            continue
        if g.end < view.sent.end and view.doc[g.end].lower_ == "of" and not (j is not None and view.doc[j].lower_ == "to"):
            continue
        levels.append(g)
    # ('cuts in import duty on almonds and walnuts to zero, and on apples to 25 per cent': 'to zero' is a level)
    levels += [view.doc[k:k + 1] for k in range(max(seg[0], view.sent.start + 1), seg[1])
               if view.doc[k].lower_ in ("zero", "nil") and view.doc[k - 1].lower_ == "to"]
    levels.sort(key=lambda g: g.start)
    prods = [p for p in view.get("PRODUCT") if seg[0] <= p.start < seg[1] and p.ent_id_ in f.products]
    if levels and f.trigger.end <= levels[0].start and any(p.start >= f.trigger.end for p in prods) \
            and levels[0].end < view.sent.end and view.doc[levels[0].end].lower_ == "on" \
            and any(levels[0].end < p.start <= levels[0].end + 3 for p in prods):
        # ('steel rolling mills are pressing ... to drop the duties it imposed in April: 15% on
        # billets and 25% on rebar': goods named before the verb are not the rates' goods)
        after_ids = {p.ent_id_ for p in prods if p.start >= f.trigger.end}
        if not any(p.start < f.trigger.end and p.ent_id_ in after_ids for p in prods):
            prods = [p for p in prods if p.start >= f.trigger.end]
    # ('of 25 per cent on most imports from Canada and of 10 per cent on Canadian energy products'):
    # a rate on all goods is a part with no goods of its own
    everything = {i for i, g in enumerate(levels) if _on_all_goods(view, g)}
    if len(levels) < 2 or not prods or (len(f.products) < 2 and not everything):
        return [f]
    figure_first = levels[0].start < prods[0].start
    groups: list[list[str]] = [[] for _ in levels]
    for p in prods:
        if figure_first:
            i = max([k for k, g in enumerate(levels) if g.start < p.start], default=0)
        else:
            i = min([k for k, g in enumerate(levels) if g.start > p.start], default=len(levels) - 1)
        if p.ent_id_ not in groups[i]:
            groups[i].append(p.ent_id_)
    ids = list(dict.fromkeys(p.ent_id_ for p in prods))
    if len(ids) == len(levels) and any(view.doc[k].lower_ == "respectively" for k in range(levels[-1].end, seg[1])):
        groups = [[i] for i in ids]  # ('imposed duties of 25% and 10%, respectively' on steel and aluminum, in order)
    everything = {i for i in everything if not groups[i]} if figure_first else set()
    if sum(1 for g in groups if g) + len(everything) < 2:
        return [f]
    parts = []
    for i, (g, products) in enumerate(zip(levels, groups)):
        if not products and i not in everything:
            continue
        part = copy.copy(f)
        part.products = products
        part.dates = list(f.dates)
        part.defaulted = set(f.defaulted)  # a shallow copy would share the set with the frame it splits
        part.evidence = [e for e in f.evidence if e.field != "rate"]
        value, unit = (0, "percent") if g.text.lower() in ("zero", "nil") else (parse_figure(g.text, g.ent_id_) or (None, None))
        if value is None:
            continue
        previous = None
        nxt = [h for h in view.get("FIGURE") if g.end <= h.start <= g.end + 2
               and view.doc[h.start - 1].lower_ == "from"]
        if nxt:
            pv = parse_figure(nxt[0].text, nxt[0].ent_id_)
            previous = pv[0] if pv else None
        _set_rate(part, g, value, unit, f.rate.kind, previous)
        bounds[id(part)] = seg
        parts.append(part)
    return parts or [f]


def _on_all_goods(view: SentenceView, g: Span) -> bool:
    """'25 per cent on most imports from Canada', '10% on all goods': a rate set on every good."""
    doc, k = view.doc, g.end
    if k < view.sent.end and doc[k].lower_ == "on":
        k += 1
        while k < view.sent.end and doc[k].lower_ in ("most", "all", "other", "almost", "nearly", "remaining", "the"):
            k += 1
        return k < view.sent.end and doc[k].lower_ in ("imports", "goods", "products") and doc[k].ent_type_ != "PRODUCT"
    return False


GOODS_QUALIFIERS = {"all", "other", "including", "remaining", "such", "those"}  # 'for all other vehicles, including ...'
ELLIPSIS_WORDS = {"then", "again", "later", "to", "in", "on", "by", "until", "till", "through", "for", "the", "a",
                  "time", "once", "twice", "more", "further", "another", "with", "effect", "from"}  # 'and a further 25% with effect from ...'



def _split_by_dates(view: SentenceView, f: Frame) -> list[Frame]:
    """'raised the floor to $500 in December and to $650 in early March', 'postponed them in
    late January, to April 1, and in late March for the sixth time, to May 2', 'extended twice,
    to the end of March and then to the end of June': one verb, a second dated step told by
    ellipsis after 'and' -> a frame for each step, with its own dates and rate."""
    # ('The duty rises from EUR 40 to EUR 60 per tonne on 1 July 2026, then to ...': a told measure's
    # levels, step by step)
    stepped = f.kind == "anaphoric" and f.action in ("raise", "reduce") and f.rate is not None
    if (f.kind not in ("main", "background") and not stepped) or f.trigger is None:
        return [f]
    doc = view.doc
    # ('imposed provisional deposits in October 2024 and final duties of up to 34.9% from July 5, 2025':
    # a start of its own after 'and' tells the second step too)
    # ('rises from EUR 40 to EUR 60 per tonne on 1 July 2026, then to EUR 80 per tonne on 1 July
    # 2027': a level reached on a day)
    levels = [g.end_char for g in view.get("FIGURE") if g.start > view.sent.start and doc[g.start - 1].lower_ == "to"]
    told = [d for d in f.dates if d.value and d.start >= f.trigger.end_char and (
        d.role in ("announced", "expires") or (d.role == "effective" and (
            d.text.lower().startswith("from ") or doc_text(doc)[max(0, d.start - 5):d.start].lower().strip() == "from"
            or any(0 <= d.start - end <= 4 for end in levels))))]
    for k in range(f.trigger.end, view.sent.end - 1):
        # ('to 31 May 2025, then to 31 August and then to 29 November 2025': ', then' as 'and')
        if doc[k].lower_ != "and" and not (doc[k].text == "," and doc[k + 1].lower_ == "then"):
            continue
        if any(doc[j].lower_ in ("between", ";") for j in range(f.trigger.end, k)):
            return [f]  # 'between April 1 and June 30' is one span
        cut = doc[k].idx
        later = [d for d in told if d.start > cut]
        # ('; the quotas were extended' is a clause of its own; a verb after the elided step's date
        # tells a step of its own: 'to 25% in July 2025, and the last step ... takes effect ...')
        # (', when Washington set higher rates' tells the same step)
        own_clause = next((j for j in range(k + 1, view.sent.end - 1) if later and doc[j].idx >= later[0].end
                           and doc[j].text == "," and doc[j + 1].lower_ in ("and", "but", "while", "whereas")),
                          view.sent.end)
        if any(k < a.start < own_clause and a.start not in view.idle and a.ent_id_ != "none" for a in view.get("ACTION")):
            return [f]
        # ('In late January the deadline was postponed, to April 1, and in late March ...': the
        # first step's date may come before its verb)
        # ('stopped exports of nickel ore from January 2020 and of bauxite in June 2023': goods of
        # their own, each with its own start, however the two dates are cued)
        parallel_goods = any(t.ent_type_ == "PRODUCT" for t in doc[k + 1:k + 4]) and doc[k + 1].lower_ in ("of", "on")
        roles = ("announced", "effective") if parallel_goods or not later else (later[0].role,)
        if not later or not any(d.role in roles and later[0].role in roles and d.value for d in f.dates if d.end <= cut):
            continue
        gap = [t for t in doc[k + 1:view.sent.end] if t.idx < later[0].start]
        # (a measure of its own may be named: 'and final duties of up to 34.9%')
        own = [t for t in gap if t.ent_type_ == "MEASURE"]
        # ('banned Georgian wine in March and mineral water in May': goods of their own, in parallel)
        goods = [t for t in gap if t.ent_type_ == "PRODUCT"] if f.products and not own and any(
            f.trigger.end_char <= d.start and d.end <= cut for d in f.dates if d.value) else []
        # ('and on major automobile parts on May 3, 2025': an adjective of the goods named)
        qualifiers = {t.i - 1 for t in goods} if goods else set()
        # ('under short-term contracts from 25 April 2026 and under long-term contracts from 1 January
        # 2027': a phrase parallel to one told before the 'and', one word apart, qualifies the step)
        told_words = {t.lower_ for t in doc[f.trigger.end:k]}
        parallel = sum(1 for t in gap if t.is_alpha and t.lower_ not in ELLIPSIS_WORDS | told_words) <= 1 \
            and sum(1 for t in gap if t.is_alpha and t.lower_ in told_words - ELLIPSIS_WORDS) >= 2
        # ('..., and for all other vehicles, including used cars, from 1st February 2025': goods of
        # their own may take more words)
        if len(gap) > (12 if own or goods else 8) or any((t.ent_type_ in ("ACTION", "PRODUCT", "JURISDICTION", "AGENCY")
                                                 and not (goods and t.ent_type_ == "PRODUCT"))
                               or t.is_alpha and not t.ent_type_ and t.lower_ not in ELLIPSIS_WORDS
                               and not ORDINAL.match(t.lower_) and not (own and t.is_lower)
                               and not (t.i in qualifiers and t.is_lower)
                               and not (parallel and t.is_lower)
                               and not (goods and t.lower_ in GOODS_QUALIFIERS) for t in gap):  # 'for the sixth'
            return [f]  # 'and in June the ministry said ...': a clause of its own, not an ellipsis
        part = copy.copy(f)
        if goods:
            named = list(dict.fromkeys(p.ent_id_ for p in view.get("PRODUCT") if p.start in {t.i for t in goods}))
            if not named or not set(f.products) - set(named):
                return [f]
            part.products = named
            f.products = [p for p in f.products if p not in named]
        part.dates = [d for d in f.dates if d.start > cut]
        part.defaulted = {i for i in f.defaulted if any(id(d) == i for d in part.dates)}
        # ('put 25% on imported cars in April and on parts in May': goods of their own share the rate
        # told before them unless a level of their own follows)
        shared = ("rate",) if not (goods and f.rate is not None and (f.rate.start or 0) < cut) else ()
        part.evidence = [e for e in f.evidence if e.field not in DATE_ROLES + shared or e.start > cut]
        part.rate = None if shared else copy.copy(f.rate)
        level = next((g for g in view.get("FIGURE") if g.start_char > cut and g.start > k + 1
                      and doc[g.start - 1].lower_ in ("to", "further", "another")), None)
        parsed = parse_figure(level.text, level.ent_id_) if level is not None else None
        if parsed is not None:  # ('and a further 25%': added, no level moved from)
            _set_rate(part, level, parsed[0], parsed[1], "level", f.rate.value if f.rate is not None and f.rate.unit
                      == parsed[1] and doc[level.start - 1].lower_ == "to" else None)
        f.dates = [d for d in f.dates if d.start < cut]
        start = next((d for d in part.dates if d.role == "effective" and d.value), None)
        if start is not None and not part.value("announced") and f.value("announced") \
                and f.value("announced") == f.value("effective"):
            # (a step told in the past with one date was decided then; so is the one told after 'and')
            _infer_date(part, "announced", start.value, start.text, start.text, start.start, start.end)
        f.evidence = [e for e in f.evidence if e.field not in DATE_ROLES + ("rate",) or e.start < cut]
        if f.rate is not None and f.rate.start is not None and f.rate.start > cut:
            f.rate = None
        return [f] + _split_by_dates(view, part)
    return [f]


def _dated_at_most_by(f: Frame, d: Span) -> bool:
    """No date of the frame but (perhaps) `d` itself, which a cue may already have given it."""
    return not any(x.value and not x.start <= d.start_char < x.end for x in f.dates if x.role in DATE_ROLES)


def _when_clause(view: SentenceView, frames: list[Frame], mains: list[Frame], ctx: ArticleContext) -> None:
    """'had been in force since 13 September 2024, when it was reduced from 40%': the step told
    after 'when' happened on the date before it, and the state since that date is that step's
    result, no imposition of its own."""
    doc = view.doc
    for d in view.get("DATE"):
        k = d.end + (1 if d.end < view.sent.end and doc[d.end].text == "," else 0)
        if k >= view.sent.end or doc[k].lower_ != "when":
            continue
        # (a trade step: 'when Brussels suspended them', 'when it was reduced', 'when it allowed
        # exports of marine fuel to resume', not 'when the drought cut the crop')
        # ('when then-President Néstor Kirchner suspended': a government's name is one word)
        step = next((f for f in mains if k < f.trigger.start and not _future_tense(f)
                     and sum(doc[j].ent_type_ not in ("AGENCY", "JURISDICTION") for j in range(k + 1, f.trigger.start)) <= 4
                     and (f.type is not None or f.products or _told_object(view, f) or (
                         doc[k + 1].lower_ in ("it", "they") and (_auxiliaries_only(view, k + 2, f.trigger.start) or (
                             k + 2 == f.trigger.start and f.measure is not None and f.measure.start > f.trigger.start))))
                     and _dated_at_most_by(f, d)), None)
        if step is None:
            continue
        # ('when it lifted the ban, set a floor price and cut the duty': the steps that follow in
        # one run of verbs share the date)
        steps = [step]
        for g in sorted((g for g in mains if g.trigger.start > step.trigger.start), key=lambda g: g.trigger.start):
            if doc[g.trigger.start - 1].lower_ not in (",", "and") or not _dated_at_most_by(g, d) or any(
                    steps[-1].trigger.end <= x.start < g.trigger.start for x in view.get("DATE")):
                break
            steps.append(g)
        # (the step's parts split by rate or goods: 'lowered the soybean duty to 24% ...' told with another)
        for part in steps + [g for g in frames if g not in steps and any(g.trigger.start == s.trigger.start for s in steps)
                             and _dated_at_most_by(g, d)]:
            for role in ("announced", "effective"):
                _attach_date(view, part, d, role, ctx)
        for f in frames:
            if f.kind == "historical" and f.action == "impose" and f.trigger.end <= d.start and f.type == step.type \
                    and any(x.start == d.start_char for x in f.dates):
                f.void = True


def _widens_scope(view: SentenceView, a: Span, actions) -> bool:
    """'extended its 50% tariffs on steel and aluminum to 112 more categories': the object
    reaches further, up to the next verb of ours or a semicolon ('renewed ..., with more
    products added' widens nothing by itself)."""
    stop = min([b.start for b in actions if b.start >= a.end] + [view.sent.end])
    stop = next((k for k in range(a.end, stop) if view.doc[k].text == ";"), stop)
    doc = view.doc
    # ('more categories' counts after 'to' and maybe a number: 'to 112 more categories')
    counted_to = lambda c: doc[c.start - 1].lower_ == "to" or (  # noqa: E731
        doc[c.start - 1].like_num and doc[c.start - 2].lower_ == "to")
    return any(a.end <= c.start <= min(a.end + 12, stop - 1) and (c.id_ != "wider_counted" or counted_to(c))
               for c in view.cues("WIDER_SCOPE"))


def _range_role(view: SentenceView, d: Span) -> Optional[str]:
    """'between January 1 and December 31, 2027': the start and the end of a period."""
    j = view.word_before(d.start)
    if j is None or view.doc[j].lower_ not in ("between", "and"):
        return None
    if view.doc[j].lower_ == "between":
        return "effective"
    first = next((x for x in view.get("DATE") if x.end == j), None)
    k = view.word_before(first.start) if first is not None else None
    return "expires" if k is not None and view.doc[k].lower_ == "between" else None


STATUS_SINCE = ("in force since", "in place since", "in effect since")


def _old_level_since(view: SentenceView, d: Span, frames: list[Frame], mains: list[Frame], old_rates: set[int],
                     ctx: ArticleContext) -> bool:
    """'rises to 35% on 2026-07-01, from 25% since 2025-07-01': the old level is a step of its
    own, in force since that date (a historical frame of the same measure)."""
    doc = view.doc
    since = d.text.lower().startswith("since ") or (d.start > view.sent.start and doc[d.start - 1].lower_ == "since")
    old = next((g for g in view.get("FIGURE") if g.end in old_rates and g.end in (d.start, d.start - 1)), None)
    if not since or old is None:
        return False
    k = old.start - 1  # (', up from 7.5 per cent, since September 27': an aside closed before the date)
    while k > view.sent.start and doc[k].lower_ in ("up", "down", "from"):
        k -= 1
    if old.end == d.start - 1 and doc[old.end].text == "," and doc[k].text == ",":
        return False
    main = next((f for f in reversed(mains) if f.trigger.start < old.start and f.rate is not None
                 and f.rate.unit == "percent" and f.action in ("raise", "reduce")), None)
    parsed = parse_figure(old.text, old.ent_id_)
    if main is None or parsed is None:
        return False
    hist = Frame(action=main.action, kind="historical", sent=view.sent, trigger=old, measure=main.measure, parent=main)
    _inherit_from_parent(hist)
    _set_rate(hist, old, parsed[0], parsed[1], "level", None)
    frames.append(hist)
    _attach_date(view, hist, d, "effective", ctx)
    return True


def _year_of_a_noun(view: SentenceView, d: Span) -> bool:
    """'the same 2005 orders', 'its 2023 order': a bare year between a determiner and its noun
    says when that thing began, not when the step told in the sentence was taken."""
    doc = view.doc
    if d.start > view.sent.start and d.end < view.sent.end and doc[d.start - 1].lower_ in DETERMINERS \
            and len(d) == 2 and explicit_year(d.text) and doc[d.end].ent_type_ == "MEASURE":
        return True  # ('keep its October 2025 curbs on rare-earth exports suspended')
    return len(d) == 1 and d.text.isdigit() and len(d.text) == 4 and d.start > view.sent.start and d.end < view.sent.end \
        and doc[d.start - 1].lower_ in DETERMINERS | {"same"} and doc[d.end].is_alpha and doc[d.end].lower_ not in PREPOSITION_CUES


def _date_role_from_cue(labels: set[str]) -> Optional[str]:
    for label, role in (("EXPIRES", "expires"), ("EFFECTIVE", "effective"), ("ANNOUNCE", "announced"),
                        ("FOLLOWS", "follows")):
        if label in labels:
            return role
    return None


def _dates(view: SentenceView, frames: list[Frame], mains: list[Frame], bounds, ctx: ArticleContext) -> None:
    triggers = {f.trigger.start: f for f in frames}
    trig_ends = {f.trigger.end - 1: f for f in frames}
    date_starts = {d.start for d in view.get("DATE")}
    own_dated = {id(f) for f in mains[1:] if bounds[id(f)][0] in date_starts or (  # ', and in February it put ...'
        bounds[id(f)][0] + 1 in date_starts and view.doc[bounds[id(f)][0]].lower_ in ("in", "on", "since", "from", "by"))}
    first_trigger = min(triggers) if triggers else view.sent.end
    periods = {c.end for c in view.cues("PERIOD")}
    old_rates = {g.end for g in view.get("FIGURE") if view.word_before(g.start) is not None
                 and view.doc[view.word_before(g.start)].lower_ == "from"}
    for d in view.get("DATE"):
        if d.start in periods or d.start - 1 in periods or view.has_cue_at("DATED_TRADE", d.end):
            continue  # 'in the season that ends in September' dates the season, 'for June loading' cargoes
        if d.start in old_rates and explicit_year(d.text) is None and not d.text.lower().startswith(
                ("from", "until", "since")):
            continue  # 'to 9.5% from 10% in July': when the old rate applied (a dated 'in June 2024' is the step's)
        if d.end <= first_trigger and (_dates_subject_participle(view, d, trig_ends)
                                       or _in_subject_relative(view, d, first_trigger)):
            # ('The quota regime established in 2025, which covered the years 2026 and 2027, is
            # extended': when the regime began, and what it covered)
            continue
        if _dated_procedure(view, d):
            continue  # 'the trade deal the two allies struck in July
        if _old_level_since(view, d, frames, mains, old_rates, ctx):
            continue
        if _year_of_a_noun(view, d) and (any((e.start > d.end and explicit_year(e.text)) or e.end <= d.start
                                             for e in view.get("DATE"))
                                         or view.doc[d.start - 2].lower_ in ("before", "after")):
            # ('cranes contracted before the 2024 tariff review': the time of another event)
            # 'covered by the same 2005 orders until Washington revoked its order in August 2007'
            # ('were suspended on Feb. 23, ..., as a 2015 sanitary protocol requires': the day told first)
            continue
        role, owner, retroactive, cue_at = None, None, False, None
        inside = _date_role_from_cue(view.cue_start.get(d.start, set()) & {"EXPIRES", "EFFECTIVE"}) \
            or _range_role(view, d)
        # a date heading a later clause (', and in March 2020 the duty was raised') is that clause's
        home = next((f for f in mains if f is not mains[0] and bounds[id(f)][0] <= d.start < f.trigger.start), None)
        if home is None:
            # (', and on November 20 Washington also lifted ...': the clause the date opens, its subject between)
            home = next((f for f in mains if f is not mains[0] and _opens_clause_of(view, d, f.trigger)), None)
        floor = bounds[id(home)][0] if home is not None else view.sent.start
        # nearest cue or trigger looking back from the date ('until November 10' may be one span)
        for k in ([] if inside else range(d.start - 1, max(floor, d.start - WINDOW) - 1, -1)):
            labels = view.cue_end.get(k + 1, set())
            if (d.start - k > 2 and view.doc[k].lower_ in PREPOSITION_CUES) or (
                    d.start - k > 1 and view.doc[k].lower_ == "to"):
                labels = set()  # 'from', 'until' only govern the date right after them ('to trade in August')
            if "FOLLOWS" in labels and view.doc[k].lower_ in ("followed", "follows") and k > view.sent.start and (
                    view.doc[k - 1].ent_type_ in ("JURISDICTION", "AGENCY") or "GOVT" in view.cue_end.get(k, set())):
                labels = labels - {"FOLLOWS"}  # ("China's transport ministry followed on Friday, extending ...": it acted then)
            if k in trig_ends:
                owner = trig_ends[k]
                break
            cue_role = _date_role_from_cue(labels)
            longer = next((c.id_ for c in view.cues("EFFECTIVE") if c.end == k + 1 and c.id_ in ("retroactive", "origin")), None)
            if cue_role == "expires" and longer is not None:
                # 'retroactive to October 12', 'date back to March 2018': the longer cue says it
                cue_role = "effective"
                retroactive = longer == "retroactive"
            if cue_role == "announced" and _dates_another_noun(view, k):
                role = "skip"
                break
            if cue_role:
                role, cue_at = cue_role, k
                if role == "announced":
                    # 'a rule announced on September 29' after a relaxing action: the imposition
                    m_before = [m for m in view.get("MEASURE") if 0 <= (k - m.end) <= 4]
                    relax_before = [f for f in mains if f.trigger.start < k and ACTION_FAMILY[f.action] != "restrict"]
                    if m_before and relax_before:
                        hist = Frame(action="impose", kind="historical", sent=view.sent, trigger=m_before[-1],
                                     measure=m_before[-1], parent=relax_before[-1])
                        _inherit_from_parent(hist)
                        _take_level_from_parent(hist)
                        frames.append(hist)
                        owner = hist
                told = [f for f in mains if f.trigger.start < k]
                if home is not None and role == "announced" and bounds[id(home)][0] <= k:
                    owner = home  # ('..., and said in June 2025 that it would extend ...': the clause it reports)
                if owner is None and role == "announced" and told and _reporting_clause(view, k):
                    # '..., the two sides said in a joint statement on Monday': said of every action before it
                    for f in told:
                        _attach_date(view, f, d, "announced", ctx)
                    owner = "all"
                if owner is None:
                    # (', and from 26 September 2011 the rate fell': the step of the clause it heads)
                    owner = home if home is not None and role != "announced" and bounds[id(home)][0] > mains[0].trigger.end \
                        else next((f for f in reversed(frames) if f.trigger.start <= k), None)
                break
            if view.doc[k].text in (";",):
                break
            if _comma_and(view, k, "but"):
                # 'was due to apply from 1 March, but in late February the ministry pushed the start
                # back': a date heading the clause after ', but' is that clause's step's
                owner = next((f for f in frames if f.trigger.start >= d.end), None)
                break
        if isinstance(owner, Frame) and owner.kind == "historical" and role in ("expires", "effective") \
                and (outer := _frame_before_aside(view, owner, d, frames)) is not None:
            owner = outer  # ('pushed back its ban ..., which was due to take effect on 1 April, to 1 July')
        set_off = role == "effective" and cue_at is not None and any(
            view.doc[j].text == "," for j in range(max(view.sent.start, cue_at - 3), cue_at + 1))
        if (retroactive or set_off) and isinstance(owner, Frame) and owner.kind == "historical" and owner.parent is not None:
            # 'will remove the tariff it slapped last month, retroactive to Sept. 1', 'ending the
            # tariff that he imposed over fentanyl trafficking, effective Nov. 10': the step's own start
            owner = owner.parent
        if owner == "all" or role == "skip":
            continue
        if inside:
            role = inside
            owner = next((f for f in reversed(frames) if f.trigger.start <= d.start), None)
        if owner is None and role is None and d.start < first_trigger and _reaction_date(view, d, first_trigger):
            continue
        if owner is None and role in (None, "announced", "effective") and d.start < first_trigger:
            # 'On 9 October 2025, the ministry declared ...', 'said Friday it would suspend ...':
            # a date ahead of every action applies to the main actions
            if role is None:
                announce_first = any(d.end <= c.start <= first_trigger for c in view.cues("ANNOUNCE"))
                role = "announced" if announce_first else None
            done = any(_is_past_report(m) for m in mains if m.kind != "background")
            for f in mains:
                # ('Millers will seek wheat after India on Monday eased its export ban': a date inside
                # the background clause is that step's own)
                own_clause = f.kind == "background" and (lead := _background_lead(view, f.trigger)) is not None \
                    and lead < d.start
                # ('said on Wednesday ..., after India eased the ban it imposed in May 2022': the
                # relative clause's own date)
                relative_dated = _relative_measure(view, f.trigger) is not None and any(
                    0 <= x.start - f.trigger.end <= 1 for x in view.get("DATE"))
                own = [x for x in view.get("DATE") if f.trigger.end <= x.start < bounds[id(f)][1] and not any(
                    f.trigger.end <= g.trigger.start < x.start for g in frames)] if f is not mains[0] else []
                # ('removed vegetable oil from the list on Tuesday, and added raw cashew nuts to the export
                # prohibition list from January 1, 2027': a start or an end of its own, decided that day)
                bounds_only = bool(own) and all(_date_role_from_cue(view.cue_start.get(x.start, set()) & {
                    "EXPIRES", "EFFECTIVE"}) or _range_role(view, x) for x in own)
                # ("ruled on Tuesday that Tanzania's 2023 ban ... breached": the measure's own year)
                named_year = f.trigger.label_ == "MEASURE" and d.end != f.trigger.start and any(
                    x.end == f.trigger.start for x in view.get("DATE"))
                # ('A letter in July threatened 35 percent, before Washington cut the rate to 20 percent
                # from Aug. 7': a date of the clause before ', before' is not the step's)
                other_clause = f.kind == "main" and (lead := _time_clause_lead(view, f.trigger)) is not None and d.end < lead
                if (f.kind == "background" and not own_clause) or id(f) in own_dated or relative_dated or named_year or other_clause or (
                        role != "announced" and own and not bounds_only):
                    continue  # 'China said on Tuesday ..., minutes after a U.S. tariff took effect';
                    # ('In December it banned ..., and in February it put ...': that clause has its own)
                if role is None and (f.action == "impose" or done or _told_as_past(f, d, ctx)):
                    _attach_date(view, f, d, "announced", ctx)
                if not (role != "announced" and bounds_only):
                    _attach_date(view, f, d, role or "effective", ctx, default=role is None)
                if role == "announced":
                    _done_step_applies(view, f, d, ctx)  # 'In a decree published on April 3, Ankara cut ...'
            continue
        if owner is None and home is not None:
            owner = home
        if owner is None:
            owner = next((f for f in reversed(frames) if f.trigger.start <= d.start), None)
            if owner is None or not (bounds.get(id(owner), (0, 0))[0] <= d.start < bounds.get(id(owner), (0, 0))[1]):
                if role == "follows":
                    ctx.follows.append(_date_expr(view, d, "follows", ctx))
                continue
        owner = _rate_part(frames, owner, d)
        owner = _step_not_background(view, owner, d, role, ctx)
        if owner.measure is None and owner.trigger.text.lower().startswith(STATUS_SINCE) \
                and view.doc[owner.trigger.start - 1].text == ",":
            # ('have paid a 25% US tariff, and buses 10%, in force since 2025-11-01': the status of
            # the tariff the verb before names)
            owner = next((f for f in reversed(mains) if f is not owner and f.measure is not None
                          and f.trigger.end <= owner.trigger.start), owner)
        if role != "follows" and any(owner.trigger.end <= c.start < d.start for c in view.cues("FOLLOWS")):
            role = "follows"  # 'the relaxations came after the meetings in Busan on October 30'
        if role == "follows" and any(c.start < d.start and view.has_cue_at("ANNOUNCE", view.word_before(c.start))
                                     for c in view.cues("FOLLOWS") if d.start - c.end <= 16):
            role = "announced"  # 'the ministry said after a cabinet meeting on Tuesday': decided then
        if role == "follows":
            _attach_date(view, owner, d, "follows", ctx)
            continue
        if role is None:
            if d.ent_id_ == "year_only" and view.doc[d.start - 1].lower_ not in ("in", "since", "on"):
                continue
            if owner.kind == "anaphoric" and owner.trigger.label_ == "ANNOUNCE":
                # 'The measure, announced by METI on 28 July, ...': the day a told measure was decided
                _attach_date(view, owner, d, "announced", ctx)
                continue
            applies = _takes_effect(owner.trigger)  # 'takes effect on July 7' says the role itself
            in_effect = applies or owner.trigger.text.lower().endswith(("effect", "force"))  # 'took effect on'
            if (owner.action == "impose" or _is_past_report(owner)) and not applies:
                _attach_date(view, owner, d, "announced", ctx, default=True)
            _attach_date(view, owner, d, "effective", ctx, default=not in_effect)
            continue
        since = _since(view, d)
        # ('has been exempt from the tariffs since November 13': the state the verb tells began then)
        standing = any(view.doc[k].lower_ in PERFECT_AUX | {"been"}
                       for k in range(max(view.sent.start, owner.trigger.start - 2), owner.trigger.start))
        if role == "effective" and since and ACTION_FAMILY.get(owner.action) == "relax" and owner.measure is not None \
                and owner.measure.end <= d.start and owner.trigger.ent_id_ not in ("impose_pay", "lift_duty_free") \
                and not standing:
            continue  # 'lifted the ban, in force since April, ...': when the ban began, not when it ends
        # ('have entered free of the tariff since November 13': freed that day)
        freed_since = since and (owner.trigger.ent_id_ == "lift_duty_free" or standing and ACTION_FAMILY.get(owner.action) == "relax")
        # ('faced an extra 10% tariff from 10 March 2025': paid as from a day, told in the past)
        paid_from = owner.trigger.ent_id_ == "impose_pay" and _paid_in_past(owner.trigger) and _from_date(view, d)
        if role == "effective" and (owner.action == "impose" and (since or paid_from) or freed_since):
            # 'has barred nickel ore shipments since January 2020': imposed then as well
            _attach_date(view, owner, d, "announced", ctx, default=True)
        elif role == "effective" and _is_past_report(owner) and not _future_tense(owner) and not _start_said(view, d) \
                and owner.trigger.ent_id_ not in RATE_VERBS and not any(
                x is not d and x.ent_id_ != "year_only" for x in view.get("DATE")):
            # 'Ottawa imposed a 100% surtax on Chinese EVs from 1 October 2024': a step told as done with
            # one date was decided when it applied, as far as the text tells (not when it applies after
            # the story: 'Myanmar banned log exports from 1 April', told in March)
            _attach_date(view, owner, d, role, ctx)
            applies = owner.dates[-1].value
            if not (applies and ctx.published is not None and applies > ctx.published.isoformat()):
                _attach_date(view, owner, d, "announced", ctx, default=True)
            continue
        _attach_date(view, owner, d, role, ctx)
        if role == "announced":
            _done_step_applies(view, owner, d, ctx)
    _share_trailing_dates(frames)


def _start_said(view: SentenceView, d: Span) -> bool:
    """'starting on July 1', 'beginning 1 March': a date told as the start of the step, not its
    decision (the EFFECTIVE cues with id 'start_said')."""
    k = d.start - 1
    if k > view.sent.start and view.doc[k].lower_ == "on":
        k -= 1
    return k >= view.sent.start and any(c.end == k + 1 and c.id_ == "start_said" for c in view.cues("EFFECTIVE"))


def _opens_clause_of(view: SentenceView, d: Span, trig: Span) -> bool:
    """', and on November 20 Washington also lifted': a date after ', and' with only the subject
    and adverbs before the verb heads that verb's clause."""
    k = d.start - 1 if d.start > view.sent.start and view.doc[d.start - 1].lower_ in ("on", "in") else d.start
    if not (d.end <= trig.start and _comma_and(view, view.word_before(k))):
        return False
    return all(view.doc[j].ent_type_ in ("JURISDICTION", "AGENCY") or view.doc[j].lower_ in AUXILIARIES
               or view.doc[j].lower_.endswith("ly") or view.doc[j].lower_ == "the" for j in range(d.end, trig.start))


def _step_not_background(view: SentenceView, owner: Frame, d: Span, role: Optional[str],
                         ctx: ArticleContext) -> Frame:
    """'will stop charging the tariffs it has levied on farm goods from Nov. 10', told on
    Nov. 5: a start after the day of the article is the coming step's, not the measure's
    the clause looks back on (a 'since' or a start before that day stays with it)."""
    parent = owner.parent
    if (owner.kind != "historical" or parent is None or role not in ("effective", None) or ctx.published is None
            or not _future_tense(parent) or _since(view, d) or d.ent_id_ == "year_only"):
        return owner
    value = ctx.dates.normalize(d.text, ctx.published, ctx.year_hint, "nearest").value
    return parent if value and len(value) == 10 and value > ctx.published.isoformat() else owner


def _done_step_applies(view: SentenceView, f: Frame, d: Span, ctx: ArticleContext) -> None:
    """'Ankara cut its duties in a decree published on April 3': a step told as done is in
    effect the day it was announced, unless the sentence gives a start after it."""
    if f.kind == "main" and _is_past_report(f) and not any(c.start > f.trigger.start for c in view.cues("EFFECTIVE")):
        _attach_date(view, f, d, "effective", ctx, default=True)


PROCEDURE_VERBS = ("issued", "published", "released", "filed", "submitted", "dated", "struck", "agreed", "reached",
                   "sealed", "concluded", "launched", "opened", "initiated", "held")


def _reaction_date(view: SentenceView, d: Span, first_trigger: int) -> bool:
    """'Shares rallied on Monday after the government ended the ban': the date is the
    reaction's ('On Monday, after talks in Geneva, the US cut ...' dates the step)."""
    if d.start <= view.sent.start + 1:
        return False
    return any(d.end <= c.start < first_trigger and c.text.lower() in ("after", "following", "in the wake of")
               and not any(view.doc[k].text == "," for k in range(d.end, first_trigger))
               for c in view.cues("FOLLOWS"))


def _dates_subject_participle(view: SentenceView, d: Span, trig_ends: dict) -> bool:
    """'The quota regime established in 2025': a date after a participle that describes the
    measure before it, where that participle tells no step of its own."""
    doc = view.doc
    j = view.word_before(d.start)
    p = view.word_before(j) if j is not None and doc[j].lower_ in ("in", "on") else None
    if p is None or p in trig_ends or doc[p].ent_type_ != "ACTION" or not doc[p].lower_.endswith("ed"):
        return False
    q = view.word_before(p)
    if q is not None and doc[q].is_lower and doc[q].ent_type_ != "MEASURE":
        q = view.word_before(q)  # ('the quota regime established')
    return q is not None and doc[q].ent_type_ == "MEASURE"


def _in_subject_relative(view: SentenceView, d: Span, trig: int) -> bool:
    """Is the date inside a ', which ...,' aside that closes right before the verb at `trig`
    (past its auxiliaries)?"""
    doc = view.doc
    k = _auxiliaries_start(view, trig) - 1
    if k <= view.sent.start or doc[k].text != ",":
        return False
    b = _before_aside(view, k)
    return b < d.start < k and b + 2 < k and doc[b + 2].lower_ in ("which", "who")


def _dates_another_noun(view: SentenceView, k: int) -> bool:
    """'the preliminary findings of the DGTR, ..., issued on 18 March', 'the trade deal the two
    allies struck in July': the date is the findings' or the deal's, not the step's ('a statement
    released Friday' dates the step: only procedure nouns count)."""
    if view.doc[k].lower_ not in PROCEDURE_VERBS:
        return False
    procedure = [c for c in view.cues("PROCEDURE") if 0 <= k - c.end <= 20]
    return bool(procedure) and not any(procedure[-1].end <= e.start < k for e in
                                       view.get("MEASURE") + view.get("ACTION") + view.cues("INSTRUMENT"))


def _dated_procedure(view: SentenceView, d: Span) -> bool:
    """A date right after a procedure's verb ('the deal struck in July') belongs to the procedure;
    a year naming one ('Under the 2024 review') dates the review, not the step."""
    if d.end < view.sent.end and view.has_cue_at("PROCEDURE", d.end) and explicit_year(d.text) is not None \
            and len(d.text.split()) == 1:
        return True
    for k in range(d.start - 1, max(view.sent.start, d.start - 3) - 1, -1):
        if view.doc[k].lower_ in PROCEDURE_VERBS:
            return _dates_another_noun(view, k)
    return False


def _rate_part(frames: list[Frame], owner: Frame, d: Span) -> Frame:
    """'duties of 80.5% were slapped on barley in May 2020, and duties of 218.4% on wine
    ...': of one action split by rates, a date belongs to the part whose rate it follows."""
    if owner.rate is None or owner.kind == "historical":
        return owner
    parts = [f for f in frames if f.trigger is owner.trigger and f.rate is not None and f.kind != "historical"]
    before = [p for p in parts if p.rate.end <= d.start_char]
    return max(before, key=lambda p: p.rate.start) if len(parts) > 1 and before else owner


def _share_trailing_dates(frames: list[Frame]) -> None:
    """'15% on coal and 10% on crude oil from February 10', 'hit back from Nov. 10 with 15% duties
    on aircraft and 25% on tractors': a date after the last rate of one action split by rates, or
    before the first, holds for every part that names none of its own."""
    groups: dict[int, list[Frame]] = {}
    for f in frames:
        if f.rate is not None and f.kind != "historical":
            groups.setdefault(id(f.trigger), []).append(f)
    for parts in groups.values():
        if len(parts) < 2:
            continue
        first, last = min(parts, key=lambda p: p.rate.start), max(parts, key=lambda p: p.rate.start)
        outside = [(p, d) for p in parts for d in p.dates if d.role in DATE_ROLES
                   and (d.start > last.rate.end or p.trigger.end_char <= d.end <= first.rate.start
                        or d.how != "inferred" and p.sent.start_char <= d.start and d.end <= p.trigger.start_char)]
        for owner, d in outside:
            for p in parts:
                own = [x for x in p.dates if x.role == d.role]
                # ('of March 8, 2018 imposed duties of 25% and 10%, respectively, effective March 23':
                # a start told outright wins over one the part only defaulted to)
                told = own and id(d) not in owner.defaulted and all(id(x) in p.defaulted for x in own)
                if p is not owner and (not own or told):
                    if told:
                        p.dates = [x for x in p.dates if x not in own]
                        p.evidence = [e for e in p.evidence if not (e.field == d.role and any(
                            e.start == x.start and e.end == x.end for x in own))]
                    p.dates.append(d)
                    if d.value:
                        _add_evidence_at(p, d.role, d.value, d.start, d.end)


def _reporting_clause(view: SentenceView, k: int) -> bool:
    """Is the cue at k in a trailing '..., officials said' clause (a comma before it, no verb of ours after)?"""
    return any(view.doc[j].text == "," for j in range(max(view.sent.start, k - 8), k))


FOLLOWED = ("followed on", "followed in", "followed from")
# 'took effect', 'came into force', 'kicked in', 'Definitive duties followed on 18 January 2019'
CEASE_TO = ("cease to", "ceases to", "ceased to")
PAST_EFFECT_VERBS = ("took", "came", "went", "entered", "kicked") + FOLLOWED


def _starts_to_apply(low: str) -> bool:
    """'took effect', 'comes into force', 'kicked in': a verb of starting to apply, in any tense."""
    return low.startswith(PAST_EFFECT_VERBS + ("take", "takes", "come", "comes", "enter", "enters", "kick", "kicks")) \
        and low.endswith(("effect", "force", " in"))


def _halt_heads_subject(view: SentenceView, halt: Span, verb: Span) -> bool:
    """'A pause on tariffs for imported toys ... took effect': a halt noun opening the sentence,
    with only its complement (no verb, no clause break) before the verb."""
    doc = view.doc
    return halt.text.lower() in HALT_NOUNS and halt.start - view.sent.start <= 2 \
        and all(doc[k].lower_ in DETERMINERS for k in range(view.sent.start, halt.start)) \
        and not any(doc[k].ent_type_ == "ACTION" or doc[k].text in (";", ":") or doc[k].lower_ in ("which", "that")
                    for k in range(halt.end, verb.start))


def _takes_effect(trigger: Span) -> bool:
    """'will take effect', 'comes into force': the date is when it applies, not when it was
    decided. A past 'took effect in June 2023' or 'in place since' dates the measure itself."""
    text = trigger.text.lower()
    if text.startswith(PAST_EFFECT_VERBS + ("in place", "in force", "in effect", "began", "started", "became",
                                            "applied", "opened")):
        return False
    if text.startswith("open"):
        return True  # 'the quota opens on Sunday'
    return text.endswith(("effect", "force", "effective", " in", "since", "from", " of", "collecting", " run", " last",
                          "commence", "starts", "begins", "start", "begin"))


def _told_as_past(f: Frame, d: Span, ctx: ArticleContext) -> bool:
    """'The Commission on Friday let its curbs expire' in a Saturday paper: a day already
    past when the story ran is the day the step was taken."""
    if ctx.published is None or d.ent_id_ != "relative" or _takes_effect(f.trigger) or _future_tense(f):
        return False
    value = ctx.dates.normalize(d.text, ctx.published, ctx.year_hint, "nearest").value
    return bool(value) and len(value) == 10 and value < ctx.published.isoformat()


def _announce_starts(doc: Doc) -> set[int]:
    """Token starts of the ANNOUNCE cues, noted by `_sentences` (a SpanGroup builds a Span
    per item each time it is walked)."""
    return doc.user_data.get("announce_starts", set())


def _is_past_report(f: Frame) -> bool:
    """'India on Saturday lifted the ban': a done action is announced and in effect that day;
    so is one named by a noun after a decision told as done ('approved the abolition of')."""
    if _takes_effect(f.trigger) or _as_status(f.trigger):
        return False  # ('amended the policy from "prohibited" to "free"': a status, no verb with a tense)
    doc = f.sent.doc
    before = range(max(f.sent.start, f.trigger.start - 3), f.trigger.start)
    if any(doc[k].lower_ in ("will", "shall", "would") for k in before):
        return False  # 'the duties will be removed by Monday': a step to come
    if _present_passive(f.trigger) and any(
            t.lower_ == "from" and doc[t.i + 1].ent_type_ == "DATE" for t in doc[f.trigger.end:f.sent.end - 1]):
        return False  # 'The duty on imported cars is raised to 10% from July 1': what the decree does, later
    perfect = any(doc[k].lower_ in PERFECT_AUX for k in before)
    verbs = [k for k in before if doc[k].lower_.endswith("ed")
             and all(doc[x].lower_ in DETERMINERS for x in range(k + 1, f.trigger.start))]
    decided = bool(verbs) and not f.trigger.text.lower().endswith(("ed", "ing")) and any(
        k in _announce_starts(doc) for k in verbs)
    irregular = f.trigger.text.lower() in IRREGULAR_PAST and not any(
        doc[k].lower_ in ("to", "may", "might", "can", "could", "must", "should", "not", "n't") for k in before)
    # 'began reopening ports on 7 July': the gerund takes the tense of its phase verb
    begun = f.trigger[0].lower_.endswith("ing") and f.trigger.start > f.sent.start \
        and doc[f.trigger.start - 1].lower_ in ("began", "started")
    return f.trigger.text.lower().endswith("ed") or perfect or decided or irregular or begun  # 'has today cut the duty'


def _precede_parent(f: Frame) -> None:
    """'suspended on Nov 9 a ban it imposed in December': with the year only inferred, the
    imposition is the December before the step that relaxes it."""
    news = f.parent.value("announced") or f.parent.value("effective")
    if not news:
        return
    for k, d in enumerate(f.dates):
        v = d.value
        if d.how != "inferred" or not v or len(v) < 7 or v[:len(news)] <= news[:len(v)]:
            continue
        earlier = f"{int(v[:4]) - 1:04d}{v[4:]}"
        f.dates[k] = d.model_copy(update={"value": earlier})
        f.evidence = [e.model_copy(update={"value": earlier}) if (e.start, e.end, e.field) == (d.start, d.end, d.role)
                      else e for e in f.evidence]


def _take_level_from_parent(f: Frame) -> None:
    """'pause the 25% tariffs he ordered on Saturday': the rate is the level of the measure
    paused, so it belongs to its imposition, not to the pause."""
    p = f.parent
    if p.rate is not None and p.action in LIBERALISING and p.measure is not None \
            and 0 <= p.measure.start_char - p.rate.end <= 12:
        f.rate, p.rate = p.rate, None
        f.evidence += [e for e in p.evidence if e.field == "rate"]
        p.evidence = [e for e in p.evidence if e.field != "rate"]


def _inherit_from_parent(f: Frame) -> None:
    p = f.parent
    f.type, f.type_specific = p.type, p.type_specific
    if f.measure is not None and f.measure.ent_id_ == "entity_listing":
        f.type, f.type_specific = "entity_listing", True
    f.products, f.imposer, f.agency, f.targets = list(p.products), p.imposer, p.agency, list(p.targets)


MONEY_WORDS = {"$", "€", "£", "¥", "billion", "million", "bn", "mn", "trillion", "yuan", "rupees", "dollars", "euros"}
START_WORDS = ("from", "starting", "beginning", "effective")


def _starts_on_weekday(view: SentenceView, d: Span) -> bool:
    """'from Friday', 'effective Tuesday': a weekday told as a start."""
    words = d.text.lower().split()
    if words and words[0] in START_WORDS:
        words = words[1:]
    elif not ((j := view.word_before(d.start)) is not None and view.doc[j].lower_ in START_WORDS):
        return False
    return is_weekday(" ".join(w for w in words if w != "next"))


def _date_expr(view: SentenceView, d: Span, role: str, ctx: ArticleContext, historical: bool = False,
               ahead: bool = False, starts_ahead: bool = False, after: Optional[str] = None,
               past: bool = False) -> DateExpr:
    prefer = {"expires": "nearest" if historical else "future", "announced": "past", "follows": "past"}.get(role, "nearest")
    if past:
        prefer = "past"  # a step told in the past tense took effect before the story
    if ahead:
        prefer = "future"  # 'will take effect on Tuesday
    if _since(view, d):
        prefer = "past"  # 'has paid a 10% tariff since Oct. 14': a start the story looks back on
    anchor = ctx.published
    if role == "expires" and after and not starts_ahead:
        prefer, anchor = "future", to_date(after)  # an expiry comes after the step that sets it
    if starts_ahead:
        # 'applies from Friday': a start is told ahead of it ('since Friday' looks back), and
        # 'removed on Monday, effective Tuesday' is the Tuesday after that Monday
        prefer = "future"
        anchor = to_date(after) if after and len(after) == 10 else anchor
    ranged = _range_year(view, d, ctx)
    if ranged is not None:
        return DateExpr(role=role, text=d.text, value=ranged.value, precision=ranged.precision, how=ranged.how,
                        anchor=ranged.anchor, start=d.start_char, end=d.end_char)
    # a year-less 'Oct. 15' after 'Oct. 1, 2024' shares its year; else the article's present
    earlier = [y for pos, y, future in ctx.explicit_years
               if d.start_char - NEAR_CHARS < pos < d.start_char and (role == "expires" or not future)]
    hint = earlier[-1] if earlier and not ctx.published else ctx.year_hint
    same_sentence = [y for pos, y, _ in ctx.explicit_years if view.sent.start_char <= pos < d.start_char]
    if not same_sentence and ctx.heading is not None:
        same_sentence = [int(ctx.heading.value[:4])]  # ('the ban it imposed on Oct. 4' under 'NOV 1, 2025')
    if _of_that_year(view, d):
        # 'in September of that year', 'in May the same year': the year told last
        same_sentence = [y for pos, y, _ in ctx.explicit_years if pos < d.start_char][-1:]
    # ('banned exports from April 28, 2022, and lifted the ban on May 23': lifted and in force
    # then; 'said on May 23' may tell of the earlier year's step today)
    if same_sentence and explicit_year(d.text) is None and d.ent_id_ != "relative" \
            and not d.text.lower().startswith(("last", "next", "this")) and (role in ("expires", "effective") or (
                role == "announced" and not any(d.start - 3 <= c.end <= d.start for c in view.cues("ANNOUNCE")))):
        # 'first imposed on July 28, 2023, and due to end on November 30': that same year
        nd = ctx.dates.normalize(d.text, None, same_sentence[-1], "nearest")
        nd = _after_the_date_before(view, d, nd, ctx)
        n = min(len(after or ""), len(nd.value or ""))
        if role == "expires" and n >= 7 and nd.value[:n] < after[:n]:
            # ('... and on 28 May extended the halt to the end of August': an end after the step)
            nd = ctx.dates.normalize(d.text, None, int(nd.value[:4]) + 1, "nearest")
        # ('until December 31, 2023, under a regulation adopted in December', told in January 2022:
        # a step announced after the story ran is no reading)
        late = role == "announced" and ctx.published is not None and nd.value is not None \
            and nd.value[:7] > ctx.published.isoformat()[:7]
        # ('imposed on December 8 last year and due to expire on March 31': a year told relative to
        # the story lends itself only forward; before it, the story's own reading stands)
        lender = [e for e in view.get("DATE") if e.end <= d.start and explicit_year(e.text) is None and _relative_year(e)]
        if lender and nd.value and explicit_year(view.doc[view.sent.start:d.start].text) is None \
                and isinstance(lender[-1]._.norm, str) and nd.value[:7] < lender[-1]._.norm[:7]:
            late = True
        # ('the procedure created last year ... will pay the tariff from 1 October': a start told
        # ahead never falls before the story)
        late = late or (ahead and not _since(view, d) and ctx.published is not None and nd.value is not None
                        and nd.value < ctx.published.isoformat()[:len(nd.value)])
        if nd.value and not late:
            return DateExpr(role=role, text=d.text, value=nd.value, precision=nd.precision, how=nd.how,
                            anchor=nd.anchor, start=d.start_char, end=d.end_char)
    nd = _chronicle_next(view, d, ctx) or ctx.dates.normalize(d.text, anchor, hint, prefer)  # type: ignore[arg-type]
    return DateExpr(role=role, text=d.text, value=nd.value, precision=nd.precision, how=nd.how,
                    anchor=nd.anchor, start=d.start_char, end=d.end_char)


CHRONICLE_OPENERS = {"in", "on", "by", "then", "later", ","}


def _steps_on_from_the_last(view: SentenceView, d: Span) -> bool:
    """'When the six weeks were up, a second regulation ... kept the licence ... from 26 April': a
    sentence that opens on the end of the period told before goes on with that chronicle."""
    doc = view.doc
    return doc[view.sent.start].lower_ in ("when", "once", "after") and not any(
        explicit_year(e.text) for e in view.get("DATE") if e.start < d.start)


def _chronicle_next(view: SentenceView, d: Span, ctx: ArticleContext) -> Optional[NormalDate]:
    """'On 29 January 2021 the Commission made exports ... subject to authorisation. In March it
    extended the mechanism', told in 2026: a year-less date that opens the sentence after a date
    two or more years back tells the next step of that chronicle, in its year or the one after."""
    doc = view.doc
    if ctx.published is None or explicit_year(d.text) is not None or d.ent_id_ == "relative" \
            or d.text.lower().startswith(("last", "next", "this")) or view.sent.start == 0 \
            or not (all(doc[k].lower_ in CHRONICLE_OPENERS for k in range(view.sent.start, d.start))
                    or _steps_on_from_the_last(view, d) or _told_step_dated_next(view, d)):
        return None
    prev = doc[view.sent.start - 1].sent
    if "\n" in doc[prev.start:view.sent.start].text.strip():
        return None
    told = [e for e in prev.ents if e.label_ == "DATE" and explicit_year(e.text) is not None
            and isinstance(e._.norm, str) and len(e._.norm) >= 7]
    if not told or int(told[-1]._.norm[:4]) > ctx.published.year - 2:
        return None  # (a step of last year may be followed by one of this year's)
    last = told[-1]._.norm
    year = int(last[:4])
    nd = ctx.dates.normalize(d.text, None, year, "nearest")
    if nd.value and len(nd.value) >= 7 and nd.value[:7] < last[:7]:
        nd = ctx.dates.normalize(d.text, None, year + 1, "nearest")
    return nd if nd.value and nd.value[:7] < ctx.published.isoformat()[:7] else None


def _told_step_dated_next(view: SentenceView, d: Span) -> bool:
    """'On March 5, 2002, the President announced safeguard tariffs ... The duties took effect on
    March 20.': a sentence on the step just told, in the past, dated by a day of its own."""
    doc, first = view.doc, view.sent.start
    return doc[first].lower_ in ("the", "they", "it", "these", "those") and d.start - first <= 8 \
        and not any(e.start < d.start for e in view.get("DATE")) \
        and any(doc[k].lower_ in PAST_MARKERS or (doc[k].lower_.endswith("ed") and doc[k].ent_type_ == "")
                for k in range(first + 1, d.start)) \
        and (first + 1 < d.start and (doc[first].lower_ != "the" or doc[first + 1].ent_type_ == "MEASURE"))


PAST_MARKERS = set(PAST_EFFECT_VERBS) | {"was", "were", "began", "had"}  # (the step just told, in the past)


def _range_year(view: SentenceView, d: Span, ctx: ArticleContext) -> Optional[NormalDate]:
    """'from August 19 to September 30 last year': the start of a range takes the year its end is
    told with (the year before, where its day would fall after the end)."""
    if explicit_year(d.text) is not None or d.ent_id_ == "relative" \
            or d.text.lower().startswith(("last", "next", "this")):
        return None
    end = next((e for e in view.get("DATE") if 0 < e.start - d.end <= 1
                and view.doc[e.start - 1].lower_ in ("to", "until", "through", "and", "-", "–")), None)
    year = (explicit_year(end.text) or _relative_year(end)) if end is not None else None
    if year is None:
        return None
    nd = ctx.dates.normalize(d.text, None, year, "nearest")
    last = end._.norm if isinstance(end._.norm, str) else None
    if nd.value and last and len(nd.value) == len(last) and nd.value > last:
        nd = ctx.dates.normalize(d.text, None, year - 1, "nearest")
    return nd if nd.value else None


def _after_the_date_before(view: SentenceView, d: Span, nd: NormalDate, ctx: ArticleContext) -> NormalDate:
    """'halted exports from 1 December 2025 and on 28 May extended the halt', told in June 2026:
    the next step of a sequence comes after the dated one, so a day-month that would fall before
    it in its year is the next year's, when that has come by the time of the story."""
    if ctx.published is None or not nd.value or len(nd.value) < 7 or view.word_before(d.start) is None:
        return nd
    told = [e for e in view.get("DATE") if e.end <= d.start and (explicit_year(e.text) or _relative_year(e))]
    # ('imposed provisional duties ... in October 2025, and made them definitive for five years in
    # February': the 'and' of the next clause, however far back)
    # ('..., extended in June until the end of 2021, lapsed on 1 January': or, after an end told, the
    # main verb past the asides)
    until = bool(told) and (j := view.word_before(told[-1].start)) is not None and view.doc[j].lower_ in ("until", "till", "through")
    if not told or not any(view.doc[k].lower_ == "and" or (until and view.doc[k].text == ",")
                           for k in range(told[-1].end, d.start)) or _of_that_year(view, d):
        return nd
    before = told[-1]._.norm if explicit_year(told[-1].text) is None else \
        ctx.dates.normalize(told[-1].text, None, None, "nearest").value
    n = min(len(before or ""), len(nd.value))
    if not before or n < 7 or nd.value[:n] >= before[:n]:
        return nd
    later = ctx.dates.normalize(d.text, None, int(nd.value[:4]) + 1, "nearest")
    if later.value and later.value[:7] <= ctx.published.isoformat()[:7]:
        return later
    return nd


def _before_its_end(f: Frame) -> None:
    """'The cabinet extended the quotas in December to 31 March 2011', told in 2012: a step comes
    before the end it sets, so a year-less month read after that end is the one a year earlier."""
    end = next((d for d in f.dates if d.role == "expires" and d.value and d.how == "absolute"
                and explicit_year(d.text) is not None), None)
    if end is None:
        return
    for i, d in enumerate(f.dates):
        if d.role not in ("announced", "effective") or not d.value or explicit_year(d.text) is not None \
                or d.how == "relative" or d.precision not in ("month", "day"):
            continue
        n = min(len(d.value), len(end.value))
        if d.value[:n] <= end.value[:n]:
            continue
        year = int(end.value[:4]) - (d.value[4:n] > end.value[4:n])  # the last such day before the end
        f.dates[i] = d.model_copy(update={"value": f"{year:04d}{d.value[4:]}", "how": "inferred", "anchor": end.value})


def _of_that_year(view: SentenceView, d: Span) -> bool:
    """'in September of that year', 'in May the same year', 'that November': the date's year is
    the one told last."""
    words = [view.doc[k].lower_ for k in range(d.end, min(d.end + 4, view.sent.end))]
    return d.text.lower().startswith(("that ", "the same ")) or words[:3] in (["of", "that", "year"], ["of", "the", "same"]) \
        or words[:2] == ["that", "year"] or words[:3] == ["the", "same", "year"]


def _gerund_in_past_narrative(view: SentenceView, trig: Span) -> bool:
    """'They were Beijing's answer to Washington raising its tariff ... on March 4': a gerund in
    a sentence told in the past, with no word of the future before it."""
    words = [view.doc[k].lower_ for k in range(view.sent.start, trig.start)]
    return trig.text.lower().endswith("ing") and any(w in PAST_AUX - {"would"} for w in words) \
        and not any(w in ("will", "would", "shall") for w in words)


def _attach_date(view: SentenceView, f: Frame, d: Span, role: str, ctx: ArticleContext,
                 default: bool = False) -> None:
    ahead = role == "effective" and f.trigger.label_ in ("ACTION", "MEASURE") and (
        _takes_effect(f.trigger) or _future_tense(f) or _scheduled_move(view, f.trigger)
        or _effect_ahead(view, f, d)) \
        and not _told_in_the_past(f) and not any(  # 'will remove ..., retroactive to Sept. 1' looks back
            c.end == d.start and c.id_ == "retroactive" for c in view.cues("EFFECTIVE"))
    # ('Last month's proclamation puts 15 percent on refined copper from January': what an
    # instrument in force does from a start told without a year lies ahead)
    # ('a law signed on May 13 that bans imports ... from Aug. 11': what an instrument says, in a
    # relative clause, is dated from the instrument, not ahead of the story)
    from_start = role == "effective" and _date_opened_by(view, d, "from")
    ahead = ahead or (from_start and (_present_simple(f.trigger) or _present_passive(f.trigger))
                      and f.trigger.start > 0 and view.doc[f.trigger.start - 1].lower_ not in ("that", "which")
                      and explicit_year(d.text) is None)
    # a start 'from' a day with no year told in the sentence up to it
    from_yearless = from_start and explicit_year(view.doc[view.sent.start:d.end].text) is None
    # ('kept its counter-tariffs on ice for another year from 7 February', told in November: a
    # further period starts where the running one ends, the nearest such day, not the one before)
    further = from_yearless and f.action == "extend" and f.kind != "historical"
    if further and ctx.published is not None:
        before = ctx.dates.normalize(d.text, ctx.published, ctx.year_hint, "past").value
        ahead = ahead or (before is not None and len(before) == 10
                          and (ctx.published - date.fromisoformat(before)).days > 92)
    # ('METI said on Monday it would add 12 items ... to the list, from Jan. 15': a start told ahead
    # of the day it was said)
    would = next((k for k in range(view.sent.start, d.start) if view.doc[k].lower_ == "would"), None) \
        if from_yearless and d.ent_id_ != "relative" else None
    starts = role == "effective" and (_starts_on_weekday(view, d) or (
        would is not None and any(c.end <= would for c in view.cues("ANNOUNCE"))))
    # 'said on Thursday that imports would resume on Sunday': a weekday after the day it was told
    starts = starts or (role == "effective" and _told_in_the_past(f) and _future_tense(f) and is_weekday(
        " ".join(w for w in d.text.lower().split() if w not in ("on", "next", "this"))))
    told = None
    if starts:  # the day the step was told: 'removed on Monday ... takes effect from Tuesday'
        told = next((x.value for x in f.dates if x.role == "announced" and x.value), None)
        if told is None and f.kind == "anaphoric":
            told = next((v for g in reversed(ctx.frames) if g.kind not in ("historical", "background")
                         and (v := g.value("announced"))), None)
    # 'Egypt imposed safeguard duties in April', told in January: the April before, not the next
    low = f.trigger.text.lower()
    past = role == "effective" and not ahead and not starts and not further and d.ent_id_ != "relative" and not _future_tense(f) \
        and (low.endswith("ed") or low.split()[0].endswith("ed") or low.split()[0] in IRREGULAR_PAST
             or _gerund_in_past_narrative(view, f.trigger)) and (
            d.text.lower().startswith(("in ", "on ", "since ")) or view.doc[d.start - 1].lower_ in ("in", "on", "since")) \
        and not _start_said(view, d)  # ('has increased ..., starting on July 1': the start of a step just decided)
    if role == "expires" and not starts and d.ent_id_ != "relative" and explicit_year(d.text) is None:
        # 'In late January this year the deadline was postponed, to April 1', told in June: the
        # April after the step, not the one after the story
        told = next((x.value for x in reversed(f.dates) if x.role == "announced" and x.value and len(x.value) >= 7
                     and view.sent.start_char <= x.start < d.start_char), None)  # the step told last before it
    expr = _date_expr(view, d, role, ctx, historical=f.kind == "historical", ahead=ahead, starts_ahead=starts,
                      after=told, past=past)
    f.dates.append(expr)
    if default:
        f.defaulted.add(id(expr))
    if expr.value and role in DATE_ROLES:
        _add_evidence(f, role, expr.value, d)


FUTURE_AUX = {"will", "would", "shall", "to"}
# past tenses without '-ed' ('Ankara cut its duties on April 3')
IRREGULAR_PAST = {"cut", "set", "put", "hit", "froze", "withdrew", "rose", "fell", "shut", "struck", "kept",
                  "upheld", "overturned", "began", "brought", "took", "came", "went", "became"}
# 'when the tariff rises to 30% on Jan. 1': a rate's move told in the present is a scheduled one
SCHEDULED_MOVES = {"rises", "climbs", "jumps", "increases", "falls", "drops", "decreases", "eases", "goes up",
                   "goes down"}
PAST_AUX = {"had", "was", "were", "would"}


def _scheduled_move(view: SentenceView, trig: Span) -> bool:
    """'the duty increases to 50% on Jan. 1' moves ahead; 'Those increases took effect on Sept. 27'
    names moves told before (a determiner makes the word a noun)."""
    j = view.word_before(trig.start)
    return trig.text.lower() in SCHEDULED_MOVES and not (j is not None and view.doc[j].lower_ in DETERMINERS)


def _told_in_the_past(f: Frame) -> bool:
    """'had been due to take effect Oct. 1', 'said it would take effect on Oct. 1': a start told
    from a past standpoint, not necessarily ahead of the story."""
    doc = f.sent.doc
    return any(doc[k].lower_ in PAST_AUX for k in range(max(f.sent.start, f.trigger.start - 4), f.trigger.start))


def _effect_ahead(view: SentenceView, f: Frame, d: Span) -> bool:
    """'The increase will take effect on Sunday': a step named by a noun, its start told ahead."""
    doc = view.doc
    return f.kind == "anaphoric" and f.trigger.end <= d.start <= f.trigger.end + 8 and any(
        doc[k].lower_ in ("will", "shall") for k in range(f.trigger.end, d.start)) and any(
        a.ent_id_ == "impose" and _takes_effect(a) and f.trigger.end <= a.start < d.start for a in view.get("ACTION"))


def _future_tense(f: Frame) -> bool:
    """'will impose duties from Wednesday': a weekday of a step still to come looks ahead."""
    doc = f.sent.doc
    # ('answer to Washington raising its tariff': no infinitive comes before a gerund)
    aux = FUTURE_AUX - {"to"} if f.trigger.text.lower().endswith("ing") else FUTURE_AUX
    start = _status_span(f.trigger).start  # ('from 'free' to 'prohibited'': the words before the move)
    return any(doc[k].lower_ in aux for k in range(max(f.sent.start, start - 2), start))


def _durations(view: SentenceView, frames: list[Frame], mains: list[Frame]) -> None:
    for dur in view.get("DURATION"):
        value = dur._.norm
        if not value or not _duration_of_action(view, dur):
            continue
        owner = next((f for f in reversed(mains) if f.trigger.start <= dur.start), mains[0] if mains else None)
        if owner is None or owner.action == "impose" and any(f.action != "impose" for f in mains):
            continue
        if any(view.doc[k].lower_ in SUBORDINATORS and view.doc[k - 1].text == ","
               for k in range(owner.trigger.end, dur.start)):
            continue  # ('lifted its ban, after US authorities reported no new cases for three months')
        if _perfect_after_comma(view, owner.trigger.end, dur.start):
            continue  # ('scraps the duty on cocoa butter, a measure the industry has demanded for three years')
        if (owner.action in LIBERALISING | {"resume", "extend"}) and view.doc[dur.start].lower_ != "for" and any(
                m.start == dur.end and m.start != owner.trigger.start for m in view.get("MEASURE") + view.get("ACTION")):
            # ('extended the 60-day halt by two months': how long the halt was first set for)
            # 'lifts its two-year ban', 'ending a four-week suspension': how long the ban stood,
            # not how long the relief lasts
            continue
        # ('15% on billets and 25% on rebar for 180 days': after the last rate, it holds for every part)
        parts = [f for f in mains if f.trigger is owner.trigger and f.rate is not None] if owner.rate is not None else []
        trailing = len(parts) > 1 and all(f.rate.end <= dur.start_char for f in parts)
        for f in parts if trailing else [owner]:
            if f.duration is None:
                f.duration = value
                f.dates.append(DateExpr(role="duration", text=dur.text, value=value, precision="duration",
                                        how="duration", start=dur.start_char, end=dur.end_char))
                _add_evidence(f, "duration", value, dur)


def _perfect_after_comma(view: SentenceView, start: int, end: int) -> bool:
    """', a measure the industry has demanded', ', which had stood': a clause of its own, with
    its own perfect verb, between two tokens."""
    doc = view.doc
    comma = next((k for k in range(start, end) if doc[k].text == ","), None)

    def verb(k: int) -> bool:  # ('has been extended for five years' is the step's own)
        if doc[k].lower_ == "been" and k + 1 < end:
            k += 1
        return doc[k].is_alpha and doc[k].ent_type_ not in ("ACTION", "MEASURE")
    return comma is not None and any(doc[k].lower_ in PERFECT_AUX and verb(k + 1) for k in range(comma + 1, end - 1))


def _duration_of_action(view: SentenceView, dur: Span) -> bool:
    """'for a year', 'by 90 days', 'a one-year suspension' measure an action; 'a four-year
    dispute' or '12 years' of history do not."""
    first = view.doc[dur.start].lower_
    if first == "for":
        return True
    j = view.word_before(dur.start)
    if j is not None and view.doc[j].lower_ in ("for", "by", "another", "additional", "further", "extra"):
        return True
    nxt = [e for e in view.get("ACTION") + view.get("MEASURE") if dur.end <= e.start <= dur.end + 1]
    return bool(nxt)


def _add_evidence(f: Frame, name: str, value: str, span: Span) -> None:
    _add_evidence_at(f, name, value, span.start_char, span.end_char)


def _add_evidence_at(f: Frame, name: str, value: str, start: int, end: int) -> None:
    """Evidence for a value whose chars are known without a span (a shared or inferred date)."""
    f.evidence.append(Evidence(field=name, value=str(value), start=start, end=end,
                               sentence_start=f.sent.start_char, sentence_end=f.sent.end_char))


def _names_body(view: SentenceView, e: Span, start: int) -> bool:
    """"Ukraine's government", 'the Indian cabinet', "Chile's Finance Ministry" (the cue 'ministry'
    alone): the jurisdiction named with the body at `start` that acts for it."""
    k = e.end + (1 if e.end < view.sent.end and view.is_possessive(e.end) else 0)
    # ("Paraguay's agriculture ministry": after a possessive the body's name may be lower case)
    return k <= start <= k + 3 and all(view.doc[i].is_title or (k > e.end and view.doc[i].is_alpha
                                                                and view.doc[i].is_lower) for i in range(k, start))


def _governs(view: SentenceView, e: Span) -> bool:
    return any(_names_body(view, e, g.start) for g in view.cues("GOVT") if g.start >= e.end)


def _track_subject(view: SentenceView, ctx: ArticleContext) -> None:
    actors = sorted(view.get("JURISDICTION") + view.get("AGENCY"), key=lambda e: e.start)
    # "Since the Russian invasion began, Ukraine's government has moved": the government named wins
    # ('the CFS was in contact with the Brazilian authorities': a government named after 'with the' is no subject)
    governing = [e for e in actors if e.label_ == "JURISDICTION" and _governs(view, e) and not _is_target_position(view, e)
                 and _prev_word(view, e) not in NOT_SUBJECT_AFTER and _clause_word(view, e) not in NOT_SUBJECT_AFTER]
    if governing:
        ctx.subject = _actor(view, governing[0])
        return
    quotes = [k for k in range(view.sent.start, view.sent.end) if view.doc[k].text in ('"', "“", "”")]
    for e in actors:
        prev = _prev_word(view, e)
        if _is_dateline_place(view, e) or _is_target_position(view, e) or prev in NOT_SUBJECT_AFTER or prev == ",":
            continue
        if e.end < view.sent.end and view.doc[e.end].text in ("-", "–") and not view.doc[e.end - 1].whitespace_ \
                or _in_compound(view, e):
            continue  # 'A Swiss-brokered deal', 'US-China talks': a word of a compound acts on nothing
        if sum(k < e.start for k in quotes) % 2 or sum(k >= e.end for k in quotes) % 2:
            continue  # '"The tariff hike by the United States violates ...," the ministry said': quoted, not told
        if _clause_word(view, e) in SUBORDINATORS and e.start - view.sent.start > 2:
            # '... redirected to Asia after China shut its doors', '... stalled after the United
            # States threatened': the sentence is not about China or the United States
            continue
        if any(0 <= c.start - e.end <= 4 for c in view.cues("NON_GOVT")) and not any(
                e.end <= a.start < e.end + 4 for a in view.get("ACTION") + view.get("AGENCY")):
            continue  # "Brazil's poultry exporters' association said": no government acting
        ctx.subject = _actor(view, e)
        return


def _acting_subject(view: SentenceView, opening: bool = False) -> Optional[str]:
    """'New Delhi first notified its list': a government right before a verb of trade policy;
    with `opening`, the government that opens the sentence before any verb ('The EU took a
    different route', 'Canada followed Washington') or that a transition turns to ('To India next.')."""
    if opening and (turn := _transition_to(view)) is not None:
        return turn
    for e in sorted(view.get("JURISDICTION") + view.get("AGENCY"), key=lambda e: e.start):
        if _is_dateline_place(view, e) or _is_target_position(view, e) or _prev_word(view, e) in NOT_SUBJECT_AFTER:
            continue
        if opening:
            lead = e.start == view.sent.start or (e.start == view.sent.start + 1 and view.doc[e.start - 1].lower_ == "the")
            k = _past_aside(view, e.end)  # ('Canada, meanwhile, has no tariff left')
            after = view.doc[k] if k < view.sent.end else None
            # ('Brazil was targeted under the same law', 'India was among the first': no doing)
            return _actor(view, e) if lead and after is not None and after.is_alpha and after.is_lower \
                and not after.ent_type_ and after.lower_ not in PASSIVE_AUX else None
        verb = next((a for a in view.get("ACTION") if e.end <= a.start <= e.end + 2), None)
        if verb is not None and all(_plain_word(view.doc[k]) for k in range(e.end, verb.start)):
            return _actor(view, e)
    return None


def _possessive_opener(view: SentenceView, f: Frame, ctx: ArticleContext) -> Optional[str]:
    """'Canada, meanwhile, has no tariff left on U.S. sofas. Its 25% counter-tariffs ... were
    removed': a sentence opening on 'Its' is about the government the sentence before opened on."""
    if view.doc[view.sent.start].lower_ not in ("its", "their") or f.measure is None or f.measure.start > view.sent.start + 4:
        return None
    if ctx.turned_to and view.sent.start_char - ctx.turned_to[1] <= 2:
        return ctx.turned_to[0]
    return None


def _past_aside(view: SentenceView, k: int) -> int:
    """', meanwhile,', ', by contrast,': past a short aside set off by commas, else `k` itself."""
    doc = view.doc
    if k >= view.sent.end or doc[k].text != ",":
        return k
    close = next((j for j in range(k + 2, min(view.sent.end, k + 5)) if doc[j].text == ","), None)
    if close is None or not all(doc[j].is_alpha and doc[j].is_lower and not doc[j].ent_type_ for j in range(k + 1, close)):
        return k
    return close + 1


TRANSITION_WORDS = {"to", "now", "next", "on", "over", "onto", "and", "then", "finally", "turning", "moving", "the",
                    "start", "begin", "with", "there", "is", ".", ",", ":", "-", "–", "—"}


def _transition_to(view: SentenceView) -> Optional[str]:
    """'To India next.', 'Now to Brazil.', 'Start with Ukraine.', 'And then there is Russia, ...': a
    bulletin's or column's turn to a government."""
    doc, sent = view.doc, view.sent
    # ('VILKAS: To India next.': past a speaker's label)
    first = next((k + 1 for k in range(sent.start + 1, min(sent.end, sent.start + 4))
                  if doc[k].text == ":" and all(doc[x].is_upper for x in range(sent.start, k))), sent.start)
    # ('And then there is Russia, which prefers bans.': up to the comma that ends the turn)
    end = next((k for k in range(first, sent.end) if doc[k].text == "," and k > first), sent.end)
    places = [e for e in view.get("JURISDICTION") if e.end <= end]
    if end - first > 7 or len(places) != 1 or any(a.start < end for a in view.get("ACTION") + view.get("MEASURE")):
        return None
    e = places[0]
    words = [doc[k].lower_ for k in range(first, end) if not e.start <= k < e.end]
    turn = "to" in words or "with" in words or ("there" in words and "is" in words)
    return _actor(view, e) if turn and all(w in TRANSITION_WORDS for w in words) else None


def _opens_paragraph(view: SentenceView) -> bool:
    k = view.sent.start
    return k == 0 or "\n" in view.doc[k - 1].text_with_ws


def _date_told_steps(view: SentenceView, ctx: ArticleContext) -> None:
    """'Patel announced the decision on Monday': the day of the steps the sentence before told."""
    last = ctx.frames[-1].sent.start if ctx.frames else None
    if last is None or view.sent.start - ctx.frames[-1].sent.end > 2:
        return  # only the sentence right before
    for c in view.cues("ANNOUNCE"):
        ref = next((i for i in view.cues("INSTRUMENT") if 0 < i.start - c.end <= 2 and view.definite_before(i.start)),
                   None)
        if ref is None:
            continue
        d = next((d for d in view.get("DATE") if 0 <= d.start - ref.end <= 2), None)
        if d is None:
            return
        for f in ctx.frames:
            if f.sent.start == last and f.kind != "historical" and not f.firm_value("announced"):
                _attach_date(view, f, d, "announced", ctx)
        return


def _collect_instrument(view: SentenceView, ctx: ArticleContext) -> None:
    """'Deputy Prime Minister X has signed Decree No. 73/2025 dated March 31, 2025, amending ...':
    the day of the instrument whose content the next sentences tell."""
    if ctx.instrument is not None:
        return
    for c in view.cues("ACCEPTANCE"):
        # 'On 12 June, I accepted the recommendations of the TRA in two cases': the day of the decision
        d = next((d for d in view.get("DATE") if d.end <= c.start), None)
        if d is not None:
            expr = _date_expr(view, d, "announced", ctx)
            if expr.value and len(expr.value) == 10:
                ctx.instrument = (expr, len(ctx.frames))
                ctx.instrument_dates_all = True  # (the steps told after it need no rate to be its own)
                return
    for c in view.cues("ANNOUNCE"):
        ref = next((i for i in view.cues("INSTRUMENT") if 0 <= i.start - c.end <= 2), None)
        d = next((d for d in view.get("DATE") if ref is not None and 0 <= d.start - ref.end <= 12), None)
        if ref is None and c.text.lower() in ("published", "issued", "signed", "gazetted"):
            # ('Two Presidential Decisions on motor vehicles were published in the Official Gazette of
            # 14/05/2026': instruments named before the verb of their publication, dated after it)
            before = next((i for i in view.cues("INSTRUMENT") if 0 < c.start - i.end <= 6 and all(
                view.doc[k].ent_type_ == "PRODUCT" or view.doc[k].lower_ in ("on", "of", "for", "were", "was", "have",
                                                                           "has", "been", "and")
                for k in range(i.end, c.start))), None)
            d = next((d for d in view.get("DATE") if before is not None and 0 <= d.start - c.end <= 8), None)
        if d is not None:
            expr = _date_expr(view, d, "announced", ctx)
            if expr.value and len(expr.value) == 10:
                ctx.instrument = (expr, len(ctx.frames))
            return


def _date_by_instrument(frames: list[Frame], ctx: ArticleContext) -> None:
    """Undated rate steps the article tells after naming a dated decree are the decree's:
    announced that day, and in force then when it 'takes effect from the date of signing'.
    A step with a date of its own ends the decree's reach."""
    if ctx.instrument is None:
        return
    expr, order = ctx.instrument
    for f in frames:
        if f.order < order:
            continue
        own = next((d.value for d in f.dates if d.role in ("announced", "expires") and d.value), None)
        if own is not None and own[:len(expr.value)] < expr.value[:len(own)] and _in_relative_clause(f):
            continue  # ('..., which was first imposed by the EU in 2011': history told inside the reach)
        if own is not None:
            return
        if f.value("effective") and f.kind in ("main", "anaphoric") and (f.rate is not None or ctx.instrument_dates_all) \
                and not f.firm_value("announced"):
            # ('I have imposed duties of 4.7% to 21.3% ... These duties apply from 20 June 2025': the
            # decision's day is when it was announced; its own start does not end the reach)
            _infer_date(f, "announced", expr.value, expr.text, expr.text, expr.start, expr.end)
            continue
        if f.kind == "anaphoric" and f.rate is None and not f.value("announced") and not f.value("expires"):
            continue  # ('..., and the new rates apply from this Sunday': the start of the step just told)
        if any(d.value for d in f.dates if d.role in DATE_ROLES):
            return
        # ('The first raises the additional customs duty ... from 40% to 50%': a told measure at a new rate
        # is the decree's step too)
        if f.kind not in ("main", "anaphoric") or (f.kind == "anaphoric" and f.rate is None) \
                or (f.rate is None and not ctx.instrument_dates_all):
            continue  # ('The decree instructs the government to keep the list of banned goods'): no rate it sets
        for role in ("announced",) + (("effective",) if ctx.on_signing else ()):
            _infer_date(f, role, expr.value, expr.text, expr.text, expr.start, expr.end)


FOLLOW_VERBS = ("follows", "followed", "came after", "comes after", "in the wake of", "after")


def _collect_follows(view: SentenceView, ctx: ArticleContext) -> None:
    """'The move follows talks in Busan on October 30': a dated event the action came after.
    Undated ('the move follows high-level talks') is kept too: other sources may date it."""
    if not view.get("DATE"):
        for c in view.cues("FOLLOWS"):
            if c.text.lower() in FOLLOW_VERBS and view.definite_before(c.start):
                end = min(view.sent.end, c.end + 8)
                phrase = view.doc[c.start:end]
                ctx.follows.append(DateExpr(role="follows", text=phrase.text, value=None, how="relative",
                                            start=phrase.start_char, end=phrase.end_char))
                return
    for d in view.get("DATE"):
        labels = set()
        for k in range(max(view.sent.start, d.start - 15), d.start + 1):
            labels |= view.cue_end.get(k, set())
        if "FOLLOWS" in labels:
            ctx.follows.append(_date_expr(view, d, "follows", ctx))


# --------------------------------------------------------------------------- article level

def _compatible(a: Frame, b: Frame, rules: Optional[RuleSet] = None) -> bool:
    if a.imposer and b.imposer and a.imposer != b.imposer:
        return False
    if a.type and b.type and IDENTITY[a.type] != IDENTITY[b.type]:
        return False  # an export duty and an export ban are two measures even in one story
    if a.type_specific and b.type_specific and a.type != b.type and a.sent is not b.sent \
            and a.action == b.action == "impose" and "anaphoric" not in (a.kind, b.kind):
        return False  # an export ban and a minimum export price, each imposed, are two measures
    if a.action == b.action == "impose" and a.licence != b.licence and a.type != b.type:
        return False  # 'need an export permit' after 'banned exports in February': a new licence, not the ban
    if a.action == b.action == "impose" and None is not _stage(a) != _stage(b) is not None:
        return False  # 'will impose official anti-dumping duties', 'the provisional duties put in place from March 7'
    if a.action != b.action and (a.action, b.action) not in SAME_ACTION:
        return False
    if _two_lists(a, b):
        return False  # 'its export control list' and 'its unreliable entity list' are two measures
    if a.products and b.products and not _products_overlap(a.products, b.products) and not (
            rules is not None and (rules.covers(a.products, b.products) or rules.covers(b.products, a.products)
                                   or rules.one_product(a.products, b.products))):
        return False
    if a.targets and b.targets and not set(a.targets) & set(b.targets):
        return False
    if any(f.rate_of and f.rate_of not in g.targets for f, g in ((a, b), (b, a))):
        return False  # ("Sri Lanka's rate was cut to 20 percent" is no other country's cut to 20 percent)
    if not _dates_agree(a, b):
        return False
    if a.rate and b.rate and (a.rate.value, a.rate.unit) != (b.rate.value, b.rate.unit):
        return False
    if a.duration and b.duration and a.duration != b.duration:
        return False
    return True


STAGE_WORDS = {"provisional": "provisional", "preliminary": "provisional", "interim": "provisional",
               "definitive": "definitive", "final": "definitive", "official": "definitive"}


def _stage(f: Frame) -> Optional[str]:
    """'provisional' or 'definitive', as its measure is named ('the provisional duties', 'official
    anti-dumping duties'): two impositions of one remedy, steps apart. None when not said."""
    doc = f.sent.doc
    if f.trigger is not None and f.trigger.label_ == "ACTION" and f.trigger.text.lower() in SUBJECTING_VERBS:
        # ('and made them definitive for five years': the state the verb puts them in)
        state = next((t.lower_ for t in doc[f.trigger.end:min(f.sent.end, f.trigger.end + 8)] if t.lower_ in STAGE_WORDS), None)
        if state is not None:
            return STAGE_WORDS[state]
    if f.measure is None:
        return None
    return next((STAGE_WORDS[t.lower_] for t in doc[max(f.sent.start, f.measure.start - 3):f.measure.end]
                 if t.lower_ in STAGE_WORDS), None)


def _dates_agree(a: Frame, b: Frame, firm: bool = False) -> bool:
    """No role with two incompatible dates; with `firm`, a date that only defaulted to its role
    ('removed on Monday' as the effective day) yields to one a cue gave ('takes effect Tuesday')."""
    for role in DATE_ROLES:
        va, vb = (a.firm_value(role), b.firm_value(role)) if firm else (a.value(role), b.value(role))
        if va and vb and not (va.startswith(vb) or vb.startswith(va)):
            return False
    return True


def _two_lists(a: Frame, b: Frame) -> bool:
    names = [f.measure.text.lower() for f in (a, b) if f.measure is not None and f.measure.ent_id_ == "entity_listing"]
    return len(names) == 2 and all(n.endswith(" list") for n in names) and names[0] != names[1]


def _compatible_as_body(body: Frame, head: Frame, rules: RuleSet, field: str) -> bool:
    """Would the headline frame fit the body's, were it worded with the body's verb (`field`
    "action") or its kind of duty ("type")?"""
    own = getattr(head, field)
    setattr(head, field, getattr(body, field))
    try:
        return _compatible(body, head, rules)
    finally:
        setattr(head, field, own)


NEW_LEVEL_WORDS = {"new", "lower", "higher", "reduced", "increased", "revised"}


def _names_new_level(f: Frame) -> bool:
    """'the new rate', 'the lower duties': the measure named by the level it was just moved to."""
    m = f.measure
    return m is not None and any(f.sent.doc[k].lower_ in NEW_LEVEL_WORDS
                                 for k in range(max(f.sent.start, m.start - 2), m.end))


def _fill_from(host: Frame, detail: Frame) -> None:
    """An elaboration adds what the host lacks (a rate, a date), never changes its action."""
    host.rate = host.rate or detail.rate
    host.duration = host.duration or detail.duration
    _fill_dates(host, detail)
    for p in detail.products:
        if p not in host.products:
            host.products.append(p)
    host.evidence.extend(e for e in detail.evidence if e.field in ("rate", "duration"))


def _same_dates(f: Frame, donor: Frame) -> None:
    """A replacement and the measure it replaces change on one day: `f` takes `donor`'s dates,
    and their evidence, in place of its own."""
    f.dates = [d.model_copy() for d in donor.dates]
    f.evidence = [e for e in f.evidence if e.field not in DATE_ROLES] + [e for e in donor.evidence if e.field in DATE_ROLES]


def _fill_dates(host: Frame, detail: Frame) -> None:
    roles = {d.role for d in host.dates if d.value and id(d) not in host.defaulted}  # a cue beats a default
    host.dates.extend(d for d in detail.dates if d.role not in roles)
    host.defaulted |= detail.defaulted
    host.evidence.extend(e for e in detail.evidence if e.field in DATE_ROLES)


def _fill_siblings(merged: list[Frame], target: Frame, detail: Frame, any_action: bool) -> None:
    """'The reductions take effect on May 14': every reduction the last sentence reported;
    'The rule is effective on October 10' (any_action): every step that sentence told."""
    last = max((a for g in merged if g.action == target.action for a, _ in g.sentences
                if a < detail.sent.start_char), default=None)
    told = {last}
    if not any_action and target.action in ("suspend", "extend", "postpone"):
        # ('... suspended its ban on exports of gallium ... The checks on graphite were suspended as
        # well. The suspension runs until 27 November 2026': the sentences right before, each telling
        # only such steps)
        starts = sorted({a for g in merged for a, _ in g.sentences if a < detail.sent.start_char}, reverse=True)
        for a in starts[1:]:
            steps = [g for g in merged if any(b == a for b, _ in g.sentences) and g.kind not in ("historical", "background")]
            if not steps or any(g.action != target.action for g in steps):
                break
            told.add(a)
    for sibling in merged:
        if sibling is not target and (any_action or sibling.action == target.action) and \
                sibling.kind not in ("historical", "background") and any(a in told for a, _ in sibling.sentences):
            _fill_dates(sibling, detail)


def _products_overlap(a: list[str], b: list[str]) -> bool:
    """Shared product, or one names a kind of the other ('rice' and 'non-basmati rice')."""
    return any(p == q or p.endswith(" " + q) or q.endswith(" " + p) for p in a for q in b)


def _merge_into(base: Frame, other: Frame, rules: Optional[RuleSet] = None) -> None:
    if rules is not None and base.products and other.products and rules.covers(base.products, other.products):
        base.products = []  # 'grain export taxes' told first, 'soybeans' in detail: keep the detail
    if not (rules is not None and base.products and other.products and rules.covers(other.products, base.products)):
        for p in other.products:
            if p not in base.products:
                base.products.append(p)
    if other.type and (not base.type or (other.type_specific and not base.type_specific)):
        base.type, base.type_specific = other.type, other.type_specific
    base.imposer = base.imposer or other.imposer
    base.agency = base.agency or other.agency
    for t in other.targets:
        if t not in base.targets:
            base.targets.append(t)
    base.dates.extend(other.dates)
    base.defaulted |= other.defaulted
    base.duration = base.duration or other.duration
    base.rate = base.rate or other.rate
    # ('The suspension runs until November 2026': a lift told with an end is a suspension; 'requests
    # to reconsider the suspension' tell nothing of the lift's kind)
    if other.action == "suspend" and base.action == "lift" and (
            other.kind != "anaphoric" or other.duration or any(d.role == "expires" and d.value for d in other.dates)):
        base.action = "suspend"
    base.extends_suspension = base.extends_suspension or other.extends_suspension
    base.evidence.extend(other.evidence)
    base.sentences.extend(other.sentences)
    if other.trigger is not None:
        base.merged_triggers |= other.merged_triggers | {other.trigger.start}


def _on_foreign_goods(f: Frame) -> bool:
    """A step whose goods another government's adjective names ('Russian fertilizers'), with no
    word of exports in its sentence."""
    return bool(f.targets) and f.imposer is not None and f.imposer not in f.targets \
        and not _speaks_of(f.sent, "export") and any(e.field == "targets" for e in f.evidence)


OLD_END = re.compile(r"\b(?:due|scheduled|set|meant)\s+to\s+(?:end|expire|lapse|run\s+out|close)\b[^.;]{0,12}$", re.I)


def _old_end(doc: Doc, d: DateExpr) -> bool:
    """'which was due to end on Nov 10': the end a prolonged measure had, not its new one."""
    return OLD_END.search(doc.text[max(0, d.start - 40):d.start]) is not None


SAME_GOODS = re.compile(r"\b(?:the|those) same (?:products|goods|items|imports|shipments)\b", re.I)


def _duty_told_before(f: Frame) -> Optional[str]:
    """The kind of duty a bare rate's sentence, or the one before, names ('a lower Section 232
    tariff')."""
    doc = f.sent.doc
    for sent in (f.sent, doc[f.sent.start - 1].sent if f.sent.start else None):
        duties = [e.ent_id_ for e in (sent.ents if sent is not None else ())
                  if e.label_ == "MEASURE" and e.ent_id_ in ("import_tariff", "export_duty")]
        if duties:
            return duties[-1]
    return None


def _assemble(ctx: ArticleContext) -> list[Mention]:
    frames = ctx.frames
    lent: set[int] = set()  # frames whose products were lent by an earlier frame
    # 1. fill what a sentence leaves implicit from the article so far
    for i, f in enumerate(frames):
        prev = [g for g in frames[:i] if g.type]
        if f.type is None and f.status is not None:
            # a status of India's export or import policy: the flow its sentence or the nearest one names
            exports = _flow_ban([f] + prev[::-1]) != "import_ban"
            f.type = ("export_ban" if exports else "import_ban") if f.status == "ban" else (
                "export_control" if exports else "other")
        if f.type is None:
            kind = f.measure.ent_id_ if f.measure is not None else None
            # ('froze imports from Spain in June 2022 and only lifted the freeze last month': a halt is a ban)
            doc, k = f.sent.doc, f.trigger.end
            halt = f.measure is None and k + 1 < f.sent.end and doc[k].lower_ in DETERMINERS \
                and doc[k + 1].lower_ in STOP_NOUNS
            # ('ARECOMS first suspended exports of cobalt ... On 21/06/2025 it extended that suspension': the
            # suspension told was a ban, whatever quotas the article tells later)
            told_halt = f.measure is None and k + 1 < f.sent.end and doc[k].lower_ in DETERMINERS \
                and doc[k + 1].lower_ in HALT_NOUNS
            bans = [g for g in prev if (kind == "ban" or halt or (told_halt and g.trigger is not None
                                                                  and g.trigger.ent_id_ == "suspend"))
                    and g.type in ("export_ban", "import_ban")]
            if f.moves_threshold:  # (a line that goods must stay under: a ban's or a control's)
                bans = [g for g in prev if g.type in ("export_ban", "import_ban", "export_control")]
            same = bans or [g for g in prev if ACTION_FAMILY[g.action] == ACTION_FAMILY[f.action]] or prev
            if f.refers_back and not bans and f.trigger.text.lower().endswith("ing"):
                # ('scrapped its levy on exports of diesel ..., after introducing it on 1 July 2022': the
                # pronoun's measure is the one its own sentence names)
                same = [g for g in prev if g.sent is f.sent] or same
            if f.measure is not None and f.measure.start > f.sent.start \
                    and doc[f.measure.start - 1].lower_ in ("those", "these", "that", "this"):
                # ('tightened exports of three chipmaking chemicals ... and lifted those curbs': the
                # measure its own sentence told, whatever step came before)
                same = [g for g in prev if g.sent is f.sent] or same
            if f.measure is None and f.rate is not None and f.rate.unit in ("percent", "percentage_points"):
                # ('The general rate will rise to 40 percent': a rate told before is a duty's, not a licence's)
                same = [g for g in same if g.type in RATE_TYPES] or [g for g in prev if g.type in RATE_TYPES] or same
                # ('... have faced a lower Section 232 tariff since Sunday. The general rate will rise to 40
                # percent': the duty the sentence before names, whatever step the article told last)
                duty = _duty_told_before(f) if f.kind == "anaphoric" else None
                same = [g for g in same if g.type == duty] or ([] if duty else same)
                f.default_type = duty or f.default_type
            # (the same government's measures first: Egypt's registration list is not Iraq's licences)
            same = [g for g in same if g.imposer == f.imposer and f.imposer] or same
            if kind == "ban" and not bans and any(g.type == "quota" for g in same):
                # ('... move to quotas. The ban, in force since 22 February, has been prolonged': a ban is
                # no quota; the flow it stops names its kind)
                same = [g for g in same if g.type != "quota"]
                if not same:
                    f.type, f.type_specific = _flow_ban([f] + prev[::-1]), False
            if (kind == "restriction" and f.default_type == "export_control") or (
                    (kind == "licensing" or (kind is None and _licence_by_default(f))) and f.products):
                # ('the controls that BIS first imposed in 2022' in a story of entity listings: controls
                # name goods, a listing names parties; so does 'the national licence requirement' for tools)
                same = [g for g in same if g.type != "entity_listing"]
            # ("the EU's duty on Russian nitrogen fertiliser" in a story of export duties: a government
            # taxes its own exports, so a duty on another country's goods is on imports)
            # ('India, the top buyer, raised its duty on crude edible oils': a buyer's duty is on imports)
            foreign = kind == "import_tariff_weak" and (_on_foreign_goods(f) or _named_buyer(f))
            if kind == "import_tariff_weak":  # bare 'duties' are the article's duties, never its ban
                same = [g for g in same if g.type in ("import_tariff", "export_duty")] or \
                    [g for g in prev if g.type in ("import_tariff", "export_duty")]
                # ('New Delhi had halved that duty': the duty its own government was told to raise)
                own = [g for g in prev if f.imposer and g.imposer == f.imposer and g.type in ("import_tariff", "export_duty")]
                if own and not any(g.imposer == f.imposer for g in same):
                    same = own
                if foreign:
                    same = [g for g in same if g.type == "import_tariff"]
                    f.default_type = "import_tariff"
            if same:
                f.type, f.type_specific = same[-1].type, False
            elif kind == "import_tariff_weak" and not foreign and ((any(g.type == "export_duty" for g in frames) and not (
                    _speaks_of(f.sent, "import") or any(g.type == "import_tariff" and g.type_specific for g in frames))) or (
                    prev and all(TYPE_FAMILY[g.type] == "export" for g in prev))
                    or (ctx.export_duty_goods and not _speaks_of(f.sent, "import") and (
                        set(f.products) & ctx.export_duty_goods
                        or not f.products and not any(g.type == "import_tariff" and g.type_specific for g in frames)))):
                f.type = "export_duty"  # 'raised the soybean duty to 30%' in a story of export duties and bans
            elif f.default_type:
                f.type = f.default_type
            if f.moves_threshold and not bans:
                # (no ban or control told yet: an import line is a ban's, an export line a control's
                # performance threshold)
                f.type = "import_ban" if _flow_ban([f] + prev[::-1]) == "import_ban" else "export_control"
                f.type_specific = False
        # ('The safeguard lapsed on 14 March 2012': the one told before, ended; its goods)
        told_ended = f.measure is not None and f.definite and f.action in LIBERALISING | {"extend"} \
            and f.measure.ent_id_ not in GENERIC_MEASURES \
            and not any(t.lower_ in ("on", "of", "for", "against")  # ('the ban on their shipments': its own)
                        for t in f.sent.doc[f.measure.start:min(f.measure.end + 1, f.sent.end)])
        donor = None
        if f.products:
            pass
        elif f.kind != "main" or f.refers_back or (
                f.measure is not None and f.measure.ent_id_ in GENERIC_MEASURES and f.definite):
            # (goods exempted from a measure are the ones it does not cover: 'the exemptions for baby
            # food, seed potatoes and onion sets' lend no goods to 'The embargo was first imposed')
            kin = [g for g in reversed(frames[:i]) if g.products and g.type and f.type
                   and TYPE_FAMILY[g.type] == TYPE_FAMILY[f.type]
                   and not (g.action != f.action and _is_exemption(g))
                   and (f.kind != "anaphoric" or IDENTITY[g.type] == IDENTITY[f.type])
                   and (f.imposer is None or g.imposer in (None, f.imposer))]
            # ('banned exports of rice, put a duty on parboiled rice ... when it lifted the ban': the
            # ban's goods, not the duty's)
            if f.imposer is None:
                # ('Brussels extends counter-tariff truce, Kazakhstan raises oilseed duty ... The European
                # Commission on Monday extended ... the suspension was renewed in February': a line telling
                # several governments' steps lends only the goods of the one that acted last)
                last = next((g.imposer for g in reversed(frames[:i]) if g.imposer), None)
                mixed = {id(g.sent) for g in kin for h in frames[:i]
                         if h.sent is g.sent and h.imposer and g.imposer and h.imposer != g.imposer}
                kin = [g for g in kin if g.imposer in (None, last) or id(g.sent) not in mixed]
            donor = next((g for g in kin if IDENTITY[g.type] == IDENTITY[f.type]), kin[0] if kin else None)
            if f.measure is not None and f.measure.ent_id_ == "ban":
                # ('suspended its ban on gallium ...; the checks on graphite were suspended as well. The
                # ban, imposed on 3 December 2024, ...': a ban's goods, not the checks')
                donor = next((g for g in kin if g.type == f.type), donor)
        elif told_ended and f.type:
            # the last measure of its kind told, if it is the same measure
            # ('applied an additional duty of 25% on imports from India ... the reciprocal duty was
            # reduced to 18%': the measure told last may be on all goods, and then none are lent)
            last = next((g for g in reversed(frames[:i]) if (g.products or g.imposer) and g.type
                         and TYPE_FAMILY[g.type] == TYPE_FAMILY[f.type] and f.imposer in (None, g.imposer)), None)
            donor = last if last is not None and last.products and IDENTITY[last.type] == IDENTITY[f.type] else None
        if donor is None and not f.products and SAME_GOODS.search(f.sent.text):
            # ('Provisional duties ... had been collected on the same products since May 6': the goods told before)
            donor = next((g for g in reversed(frames[:i]) if g.products and f.imposer in (None, g.imposer)), None)
        if donor is not None:
            f.products = list(donor.products)
            lent.add(id(f))
            f.targets = f.targets or list(donor.targets)
            if (f.kind == "anaphoric" or told_ended) and f.imposer is None:
                f.imposer = donor.imposer  # 'before the tariffs take effect': the donor's own tariffs
        if f.imposer is None:
            cands = f.imposer_candidates
            cands = [c for c in cands if c not in f.targets]
            # 'A 10% tariff ..., also ordered on Saturday': whoever acted that same day
            # (in a digest, an earlier item's government does not act in this one: its heading's does)
            start, named = _section(ctx, f.order)
            day = f.value("announced")
            same_day = next((g.imposer for g in reversed(frames[:i]) if g.imposer and day and len(day) == 10
                             and g.value("announced") == day and g.type and f.type and g.order >= start
                             and TYPE_FAMILY[g.type] == TYPE_FAMILY[f.type]), None)
            told = [g for g in reversed(frames[:i]) if g.imposer and g.order >= start]
            # ('the measure on Chinese tiles, which was first imposed by the EU in 2011. I have
            # therefore extended ...': an aside on a measure's origin leaves the story's actor)
            recent = [g.imposer for g in told if not _in_relative_clause(g)] or [g.imposer for g in told]
            prev_imposer = same_day or (recent[0] if recent else None) or named
            if prev_imposer in f.targets and not cands:
                # ('Australia called for an inquiry. Duties were slapped on Australian barley'): the
                # last government that acted on someone else
                prev_imposer = next((r for r in recent if r not in f.targets), None)
            # ('the duties on EU pork' in a story the EU's reaction led): whoever acted on that target
            against = Counter(g.imposer for g in frames[:i] if g.imposer and set(g.targets) & set(f.targets)
                              and g.imposer not in f.targets).most_common(1)
            # (the government the story was about then; before any, the one it turns out to be about)
            subject = f.subject or ctx.subject
            f.imposer = (prev_imposer if prev_imposer and prev_imposer not in f.targets else None) \
                or (cands[-1] if cands else None) or (ctx.home if not any(g.imposer for g in frames[:i])
                                                      and ctx.home not in f.targets else None) \
                or (subject if subject not in f.targets else None) or (against[0][0] if against else None) \
                or subject or (ctx.home if ctx.home not in f.targets else None)
        if f.imposer in f.targets:
            others = [c for c in f.imposer_candidates if c not in f.targets]
            if others:
                f.imposer = others[-1]
            else:
                f.targets = [t for t in f.targets if t != f.imposer]
        if f.type == "export_ban" and f.flow_to is not None and f.flow_to == f.imposer:
            f.type = "import_ban"  # 'Shipments to China were suspended' by China: it kept them out
        if _own_goods_pay_export_duty(f, frames[:i]):
            f.type = "export_duty"
    frames = [f for f in frames if f.type and f.imposer]
    _date_by_instrument(frames, ctx)  # (the decision's own day before the day's news)
    _date_news_perfect(frames, ctx)
    _date_by_occasion(frames, ctx)
    _date_by_same_start(frames, ctx)
    # 2. a relaxing action dated with the article's own imposition date is that imposition
    extra = []
    for f in frames:
        if ACTION_FAMILY[f.action] != "relax":
            continue
        # ('the EU suspended its duties from January 1', the day the US steel quota began: another
        # government's measure of another type tells nothing of this one)
        impose_dates = {g.value("effective") or g.value("announced") for g in frames
                        if g.action == "impose" and g.sent is not f.sent and g.type and f.type
                        and TYPE_FAMILY[g.type] == TYPE_FAMILY[f.type] and (g.imposer == f.imposer or g.type == f.type)
                        # ('will let motorcycles back in from July 1 ... a cap of 150,000 units from the same
                        # date': a quota that comes with the lift is no date of the ban's)
                        and (g.type != "quota" or f.type == "quota")
                        } - {None}
        # only a date written out ('in December 2024'), never a same-week 'on Saturday'
        # ('In the same rule BIS removed ...': a step of the same instrument shares its day)
        same_instrument = f.occasion is not None and f.occasion[1].id_ == "instrument"
        moved = [d for d in f.dates if d.role == "effective" and d.value in impose_dates and d.how != "relative"
                 and not (d.how == "inferred" and f.same_start is not None) and not same_instrument]
        if moved:
            moved += [d for d in f.dates if d.role == "announced" and d.value in impose_dates
                      and any(x.start == d.start for x in moved)]
        if moved:
            f.dates = [d for d in f.dates if d not in moved]
            hist = Frame(action="impose", kind="historical", sent=f.sent, trigger=f.trigger, type=f.type,
                         type_specific=f.type_specific, products=list(f.products), imposer=f.imposer,
                         agency=f.agency, targets=list(f.targets), order=f.order,
                         sentences=list(f.sentences))
            hist.evidence = [e for e in f.evidence if e.field in ("type", "imposer", "targets")]
            for d in moved:
                hist.dates.append(d.model_copy(update={"role": "announced"}))
                hist.dates.append(d.model_copy(update={"role": "effective"}))
                if d.role == "effective":
                    for role in ("announced", "effective"):
                        _add_evidence_at(hist, role, d.value, d.start, d.end)
            extra.append(hist)
    frames = sorted(frames + extra, key=lambda f: f.order)
    # 3. one mention per action on a measure: merge what the article says more than once
    merged: list[Frame] = []
    for k, f in enumerate(frames):
        if f.kind == "elaboration":
            host = next((g for g in reversed(frames[:k]) if g.sent is f.sent and g.kind != "elaboration"), None)
            if host is not None:
                _fill_from(host, f)
                continue
        target = None
        for m in ([] if f.measure is None and f.kind != "main" and not f.products else merged):
            if m.sent is f.sent and m.action != f.action:
                continue
            if _unnamed_exemption(m) and f.products and _is_exemption(f):
                continue  # ('exempted goods that qualify under USMCA' ... 'Aircraft ... were exempted'): another scope
            if _compatible(m, f, ctx.rules):
                target = m
                if m.products and f.products:
                    break
        if f.kind == "status":
            # the end date of the latest mention of that measure, whatever its step
            fits = [m for m in reversed(merged) if _compatible_loose(m, f) and (
                not (m.type and f.type) or IDENTITY[m.type] == IDENTITY[f.type])]
            # 'The reduced customs duty will remain ...': the reduction, not the levy withdrawn
            doc = f.sent.doc
            told = {doc[k].ent_id_ for k in range(f.sent.start, f.trigger.start) if doc[k].ent_type_ == "ACTION"}
            target = next((m for m in fits if m.action in told), None) or (fits[0] if fits else None)
            if target is not None:
                _fill_from(target, f)
            continue
        applies = f.kind == "anaphoric" and f.trigger.label_ == "ACTION" and _takes_effect(f.trigger)
        if f.whole_instrument:
            # 'The decree takes effect from Tuesday': the steps the news just told, whatever their verb
            host = next((m for m in reversed(merged) if m.kind not in ("historical", "background")
                         and _compatible_loose(m, f) and _dates_agree(m, f, firm=True)), None)
            if host is not None:
                _fill_dates(host, f)
                _fill_siblings(merged, host, f, any_action=True)
                continue
        if target is None and applies and f.products:
            # 'The new rates apply to parboiled rice and take effect immediately': when the step
            # just told applies, whatever its verb
            target = next((m for m in reversed(merged) if _compatible_loose(m, f) and m.products
                           and _dates_agree(m, f, firm=True) and _products_overlap(m.products, f.products)), None)
            if target is not None:
                _fill_from(target, f)
                if f.whole_instrument:
                    _fill_siblings(merged, target, f, any_action=True)
                continue
        if target is None and applies and not f.products and _names_new_level(f):
            # ('..., cutting the reciprocal rate on Ecuadorian goods to 10% from 15%; the new rate applies
            # from 18 May': when the rate just moved applies)
            target = next((m for m in reversed(merged) if m.action in ("raise", "reduce") and m.rate is not None
                           and _compatible_loose(m, f) and _dates_agree(m, f, firm=True)), None)
            if target is not None:
                _fill_from(target, f)
                continue
        if target is None and f.kind in ("anaphoric", "reference") and (not f.products or id(f) in lent):
            # 'The suspension is set to last until ...': the latest mention of that very action
            # ('India cut its whisky duty to 75% on Tuesday. The duty falls again to 65% next July':
            # another level is another step)
            target = next((m for m in reversed(merged) if m.action == f.action and _compatible_loose(m, f)
                           and _dates_agree(m, f, firm=True) and not _other_level(m, f)), None) \
                or next((m for m in reversed(merged) if ACTION_FAMILY[m.action] == ACTION_FAMILY[f.action]
                         and _compatible_loose(m, f) and _dates_agree(m, f, firm=True)
                         # ('Both sets of duties have applied since 1 July 2025. ... From 1 July 2026 the
                         # duties rise to €60 a tonne': a new level is a step of its own)
                         and not (f.rate is not None and f.action in ("raise", "reduce")
                                  and f.rate.start >= f.trigger.end_char)), None) \
                or next((m for m in reversed(merged) if f.action == "extend" and m.action == "tighten"
                         and m.trigger is not None and m.trigger.text.lower().startswith("extend")
                         and any(0 <= f.sent.start_char - b <= 2 for _, b in m.sentences)
                         and _compatible_loose(m, f) and _dates_agree(m, f, firm=True)), None)
            # ('... extending for a further 12 months the suspension of its rebalancing measures. The
            # suspension, which was due to end on 7 February 2027, now runs until 7 February 2028': the
            # halt just prolonged, its new end)
            new_ends = [d for d in f.dates if d.role == "expires" and d.value and not _old_end(f.sent.doc, d)]
            if target is None and f.action == "suspend" and f.trigger.text.lower() in HALT_NOUNS and new_ends:
                target = next((m for m in reversed(merged) if m.action == "extend" and m.extends_suspension
                               and m.kind not in ("historical", "background") and _compatible_loose(m, f)
                               and 0 <= f.sent.start_char - max(b for _, b in m.sentences) <= 2), None)
                if target is not None:
                    f.dates = [d for d in f.dates if d.role != "expires" or d is new_ends[-1]]
                    target.dates = [d for d in target.dates if d.role != "expires"]
            # ('... extended the duty on wheels from China to imports consigned from Morocco. The
            # extension entered into force the following day': the widening just told)
            if target is not None and f.measure is None:
                f.action, f.imposer, f.targets = target.action, target.imposer, []
        if target is not None and f.kind in ("anaphoric", "reference") and f.measure is None and not f.whole_instrument \
                and (f.trigger.text.lower().endswith(("ions", "cuts", "hikes", "increases", "extensions")) or (
                    # ('The suspension runs until 27 November 2026': the window of every step just told)
                    f.trigger.text.lower().endswith("ion") and f.action in ("suspend", "extend", "postpone")
                    and f.value("expires") and _dates_agree(target, f, firm=True))):
            _fill_siblings(merged, target, f, any_action=False)  # 'The suspensions run until ...'
        if target is not None and f.whole_instrument:
            _fill_siblings(merged, target, f, any_action=True)
        if target is not None:
            _merge_into(target, f, ctx.rules)
        elif f.kind == "reference":
            continue
        elif f.kind == "anaphoric" and not (f.products or f.rate or f.duration
                                            or any(d.value for d in f.dates if d.role in DATE_ROLES)):
            continue  # a measure already told about, with nothing new to add
        elif f.kind == "anaphoric" and f.measure is None and not (_moves_to_level(f) and (
                # ('The general rate will rise to 40 percent': a rate moved on the duty its sentence, or
                # the one before, names)
                f.products or _duty_told_before(f))) and not (
                # ('The planned increase to 30% was postponed to Oct. 1, 2027': the duty told before)
                f.action == "postpone" and f.value("expires") and _duty_told_before(f)):
            continue
        elif applies and any(m.action == f.action and m.kind == "main" and _compatible_loose(m, f) and (
                not (m.products and f.products) or _products_overlap(m.products, f.products)) for m in merged):
            continue  # 'Trump first said the tariff would take effect on Oct. 1': told before with its own dates
        elif f.kind == "anaphoric" and f.action == "extend" and not (
                f.duration or any(d.value for d in f.dates if d.role in DATE_ROLES)):
            continue  # 'The new tariff extends the auto duties to trucks' widens, it does not prolong
        else:
            merged.append(f)
    # 3b. a headline's loose verb ('tightens graphite exports') names the step the body tells
    for h in [m for m in merged if _headline(m.sent) and m.kind == "main" and len(set(m.sentences)) == 1]:
        body = [m for m in merged if not _headline(m.sent) and m.action != h.action
                and ACTION_FAMILY[m.action] == ACTION_FAMILY[h.action] and IDENTITY[m.type] == IDENTITY[h.type]
                and (bool(h.products) == bool(m.products)) and _compatible_as_body(m, h, ctx.rules, "action")]
        # ('Kazakhstan raises oilseed duty' over 'Kazakhstan is raising its export duty on sunflower
        # seeds': a bare 'duty' is the kind of duty the body names)
        body = body or [m for m in merged if not _headline(m.sent) and m.action == h.action and h.imposer
                        and m.imposer == h.imposer and h.measure is not None and not h.type_specific
                        and h.measure.ent_id_ == "import_tariff_weak" and m.type in RATED_NOUN_TYPES
                        and m.type != h.type and _compatible_as_body(m, h, ctx.rules, "type")]
        if body and not any(not _headline(m.sent) and m.action == h.action and _compatible(m, h, ctx.rules)
                            for m in merged):
            _merge_into(body[0], h, ctx.rules)
            merged.remove(h)
    # 3c. 'the tariff on cars rose to 120%, that on alcohol to 140%': parts of one action split
    # by rate share the dates one of them was merged with
    for m in merged:
        if m.kind in ("historical", "background") or m.trigger is None or m.value("announced") or m.value("effective"):
            continue
        donor = next((g for g in merged if g is not m and g.action == m.action and m.trigger.start in g.merged_triggers
                      and (g.value("announced") or g.value("effective"))), None)
        if donor is not None:
            _fill_dates(m, donor)
    # 4. dated context the actions follow ('the move follows talks on October 30')
    for f in merged:
        if ACTION_FAMILY[f.action] != "restrict":
            for d in ctx.follows:
                if not any(x.role == "follows" and x.value == d.value for x in f.dates):
                    f.dates.append(d)
    _date_news_future(merged, ctx)
    _date_news_sequel(merged, ctx)
    _date_look_back(merged, ctx)
    _date_year_by_start(merged)
    _default_targets(merged)
    return [_to_mention(f, n, ctx) for n, f in enumerate(merged, 1)]


def _date_year_by_start(merged: list[Frame]) -> None:
    """'In 2025 it banned gasoline exports by traders from March 1': a step dated only by its year
    and started on a day of that year was taken, as far as the story says, that day."""
    for f in merged:
        announced, effective = f.value("announced"), f.value("effective")
        if announced and len(announced) == 4 and effective and len(effective) > 4 and effective.startswith(announced):
            start = next(d for d in f.dates if d.role == "effective" and d.value == effective)
            f.dates = [d for d in f.dates if d.role != "announced"]
            _infer_date(f, "announced", effective, "a step dated by its year, started that day", start.text,
                        start.start, start.end)


LEAD_CHARS = 600  # headline, dateline and first paragraph


def _flow_ban(frames: list[Frame]) -> Optional[str]:
    """The ban a bare 'the ban' is: of the flow the nearest sentence told names (exports or imports)."""
    for g in frames:
        exports, imports = _speaks_of(g.sent, "export"), _speaks_of(g.sent, "import")
        if exports != imports:
            return "export_ban" if exports else "import_ban"
    return None


def _speaks_of(sent: Span, flow: str) -> bool:
    """Does the sentence name the flow ('import', 'imports', 'imported' for "import")?"""
    return any(t.lower_.startswith(flow) for t in sent)


def _in_relative_clause(f: Frame) -> bool:
    """'..., which was first imposed by the European Union in 2011': the verb of a relative
    clause set off by a comma, an aside on a measure (not 'the rule that BIS adopted')."""
    if f.trigger is None:
        return False
    doc, j = f.sent.doc, _before_auxiliaries(f.sent, f.trigger.start)
    return j > f.sent.start and doc[j].lower_ == "which" and doc[j - 1].text == ","


def _date_news_perfect(frames: list[Frame], ctx: ArticleContext) -> None:
    """'President Tinubu has approved a ban on ...' opening a dated story, with no day of its
    own: the news of the day it was published (perfect tense, in the lead, nothing earlier)."""
    for f, day in _undated_lead_steps(frames, ctx):
        doc = f.sent.doc
        j = f.trigger.start - 1
        # ('India has relaxed the prohibition ... A notification issued on Tuesday moved remdesivir
        # ...': the body dates the news itself)
        told = any(g is not f and g.action == f.action and g.type and f.type and IDENTITY[g.type] == IDENTITY[f.type]
                   and g.imposer in (f.imposer, None) and _products_overlap(g.products, f.products)
                   and (a := g.firm_value("announced")) and len(a) == 10
                   and 0 <= (ctx.published - date.fromisoformat(a)).days <= NEWS_DAYS for g in frames)
        if j >= f.sent.start and doc[j].lower_ in ("has", "have") and f.trigger.text.lower().endswith("ed") and not told:
            _date_as_news(f, day, j)


def _undated_lead_steps(frames: list[Frame], ctx: ArticleContext):
    """(frame, publication day) for each step of a dated story's lead that has no announcement
    date yet: the candidates for being the day's news."""
    if ctx.published is None:
        return
    day = ctx.published.isoformat()
    for f in frames:
        # (counted from the headline: a scraped page's site name and menus come before it)
        if f.kind == "main" and f.trigger is not None and f.sent.start_char - (f.sent.doc._.title_start or 0) <= LEAD_CHARS \
                and not f.value("announced") and f.action != "resume":
            yield f, day


def _own_goods_pay_export_duty(f: Frame, before: list[Frame]) -> bool:
    """'Argentina will cut export taxes ... Soybean meal and oil, which currently pay 22.5%, will pay
    18.5%': goods of no other country paying a rate, after the same government's export duty, pay
    that duty."""
    if f.measure is not None or f.type != "import_tariff" or f.type_specific or f.targets \
            or f.trigger is None or f.trigger.ent_id_ != "impose_pay":
        return False
    told = next((g for g in reversed(before) if g.imposer == f.imposer and g.type in RATED_NOUN_TYPES), None)
    return told is not None and told.type == "export_duty"


def _headline(sent: Span) -> bool:
    """The headline: the text's first line, or the title line below a page's furniture."""
    return sent.start == 0 or sent.start_char == sent.doc._.title_start


def _date_news_future(merged: list[Frame], ctx: ArticleContext) -> None:
    """'Saudi Arabia will raise customs duties on 3,000 products' leading a dated story: the
    step is the day's news, so it was announced the day the story ran. Run after merging, so a
    body sentence that dates the announcement ('the ministry said last Friday') wins."""
    for f, day in _undated_lead_steps(merged, ctx):
        doc = f.sent.doc
        aux = doc[f.trigger.start - 1].lower_ if f.trigger.start > f.sent.start else ""
        if f.trigger[0].lower_ in ("will", "shall") and len(f.trigger) > 1:
            aux = f.trigger[0].lower_  # ('Carrot imports will stay suspended': the verb phrase holds it)
        # 'Saudi Arabia raises duties', 'US to lift metals tariffs' (not 'Washington agreed to lift ...')
        headline_to = aux == "to" and f.trigger.start >= 2 and doc[f.trigger.start - 2].ent_type_ in (
            "JURISDICTION", "AGENCY", "MEASURE", "PRODUCT")
        headline_verb = _headline(f.sent) and (headline_to or (
            f.trigger.text.lower().endswith("s") and not f.trigger[0].lower_.endswith("ing"))) \
            and not _takes_effect(f.trigger)
        if aux in ("will", "shall") and not headline_verb and _dated_news_before(merged, f, ctx):
            continue  # ('... gave the regulation their final approval last Thursday. Under the text, cereals
            # will be charged €95 a tonne': decided with the step told before, dated by _date_news_sequel)
        if aux in ("will", "shall") or headline_verb:
            _date_as_news(f, day, f.trigger.start - 1 if aux in ("will", "shall", "to") else f.trigger.start)


def _dated_news_before(merged: list[Frame], f: Frame, ctx: ArticleContext) -> bool:
    """Is a step of the same government, decided in the days before the story, told before `f`?"""
    return any(g is not f and g.kind == "main" and g.imposer == f.imposer and g.sent.start_char < f.sent.start_char
               and (day := g.value("announced")) and len(day) == 10
               and 0 <= (ctx.published - date.fromisoformat(day)).days <= NEWS_DAYS for g in merged)


NEWS_DAYS = 7  # how far before the story a step still counts as its news


def _date_news_sequel(merged: list[Frame], ctx: ArticleContext) -> None:
    """'Saudi Arabia on Sunday raised duties on 3,000 products. ... Imported cars will pay a 10%
    duty': a step the story goes on to tell in the future or present tense, with no day of its
    own, by the government of a step of the last days told before it, was decided with that."""
    if ctx.published is None:
        return
    news = [g for g in merged if g.kind == "main" and g.trigger is not None and (day := g.value("announced"))
            and len(day) == 10 and 0 <= (ctx.published - date.fromisoformat(day)).days <= NEWS_DAYS]
    for f in merged:
        if f.kind != "main" or f.trigger is None or f.value("announced"):
            continue
        doc = f.sent.doc
        aux = doc[f.trigger.start - 1].lower_ if f.trigger.start > f.sent.start else ""
        # ('will pay', 'would come down', 'sets', 'Duties on cars rise to 10%')
        present = f.trigger.label_ == "ACTION" and (_present_simple(f.trigger) or (
            f.trigger.ent_id_ in ("raise_intransitive", "reduce_intransitive")
            and not f.trigger.text.lower().endswith("ed") and f.trigger.text.lower() not in IRREGULAR_PAST))
        # ('A quota of 6,000 tonnes is set', 'the tax shall be lowered', 'have been added': the
        # decision told in the present or present perfect)
        passive = f.trigger.label_ == "ACTION" and _present_passive(f.trigger, ("is", "are", "be", "has", "have", "been"))
        if aux not in ("will", "shall", "would") and not present and not passive:
            continue
        lead = next((g for g in news if g.imposer == f.imposer and g.sent.start_char < f.sent.start_char), None)
        if lead is not None:
            day = lead.value("announced")
            _infer_date(f, "announced", day, f"the step told {day}", doc[f.trigger.start - 1:f.trigger.end].text,
                        doc[f.trigger.start - 1].idx, f.trigger.end_char)


def _date_look_back(merged: list[Frame], ctx: ArticleContext) -> None:
    """'Canada hit back with tariffs on U.S. goods from July 1, 2018', in a story of 2020: a step
    of the past told with one date was decided as it took effect, as far as the story says."""
    if ctx.published is None:
        return
    for f in merged:
        start = next((d for d in f.dates if d.role == "effective" and d.value), None)
        if f.trigger is None or f.value("announced") or start is None:
            continue
        last_day = last_date(start.value)
        if last_day is not None and (ctx.published - last_day).days > NEWS_DAYS:
            _infer_date(f, "announced", start.value, "a past step told with one date", start.text, start.start, start.end)


def _date_as_news(f: Frame, day: str, start: int) -> None:
    """Announced on the publication day, with the verb from token `start` as the evidence."""
    doc = f.sent.doc
    _infer_date(f, "announced", day, f"published {day}", doc[start:f.trigger.end].text, doc[start].idx,
                f.trigger.end_char)


def _infer_date(f: Frame, role: str, value: str, anchor: str, text: str, start: int, end: int) -> None:
    """A date the text implies rather than states, with the words that imply it as evidence."""
    f.dates.append(DateExpr(role=role, text=text, value=value, precision={4: "year", 7: "month"}.get(len(value), "day"),
                            how="inferred", anchor=anchor, start=start, end=end))
    _add_evidence_at(f, role, value, start, end)


def _date_by_occasion(frames: list[Frame], ctx: ArticleContext) -> None:
    """An undated action told 'the same day' or 'a day earlier' takes its announcement date
    from the dated action the article told just before, shifted by the cue's days."""
    for i, f in enumerate(frames):
        if f.occasion is None or f.value("announced"):
            continue
        offset, cue = f.occasion
        if cue.id_ == "month":
            # ('Ecuador put a 30% tariff on Colombian goods in February. Bogotá answered the same month
            # with ...': the month of the step told just before, whoever took it)
            told = next((g for g in reversed(frames[:i]) if g.kind == "main" and g.value("announced")
                         and g.sent.end <= f.sent.start), None)
            if told is not None:
                roles = ["announced"] + (["effective"] if not f.value("effective") and not _future_tense(f) else [])
                _infer_by_cue(f, roles, told.value("announced")[:7], told.value("announced"), cue, ctx)
            continue
        if f.trigger.label_ != "ACTION" and f.trigger.text.lower() in RESPONSE_VERBS and offset is not None:
            # ('The US put 25% tariffs on Canadian goods on March 4. Ottawa responded the same day with
            # ...': the day of the step answered, whoever took it)
            answered = next((g for g in reversed(frames[:i]) if g.kind == "main" and g.sent.end <= f.sent.start
                             and len(g.value("announced") or "") == 10), None)
            if answered is not None:
                day = (date.fromisoformat(answered.value("announced")) + timedelta(days=offset)).isoformat()
                _infer_by_cue(f, [r for r in ("announced", "effective") if not f.value(r)], day,
                              answered.value("announced"), cue, ctx)
                continue
        before = [g for g in reversed(frames[:i]) if g.kind == "main" and g.value("announced")
                  and (g.sent is not f.sent or g.trigger.start < f.trigger.start) and g.imposer in (f.imposer, None)]
        if not before and offset:
            # ('The US added 23 Chinese firms ... on 2 December 2024. China hit back the following day':
            # a day counted from the date the sentence before told, whoever took that step)
            # ('The US put 25% tariffs on Canadian steel on March 12. The next day, Canada imposed ...':
            # a day the step was taken on, however it was read, but not the news day itself)
            last = [g for g in reversed(frames[:i]) if g.kind == "main" and g.sent.end == f.sent.start]
            before = [g for g in last if any(d.role == "announced" and d.value and d.how != "inferred" for d in g.dates)][:1] \
                or [g for g in last if any(d.role == "announced" and d.value and len(d.value) == 10
                                           and not (ctx.published and d.value == ctx.published.isoformat())
                                           for d in g.dates)][:1]
        # the story's own news, not a background event told in between ('had banned ... in 2023')
        # ('The same order put a 10% tariff on lumber': the order told last, however old)
        # ('Two weeks later, MOFCOM cut ...' counts from the step told last, whatever its age)
        recent = [g for g in before if ctx.published and _days_apart(g.value("announced"), ctx.published) <= 7] \
            if cue.id_ != "instrument" and abs(offset or 0) <= 1 else []
        same_sentence = [g for g in before if g.sent is f.sent] if offset is not None else []
        # ('halted log imports on March 4, and on the same day suspended ...': that sentence's day)
        prev = (same_sentence or recent or ([] if offset is None else before) or [None])[0]
        if cue.start > f.trigger.start:
            # ('The extension entered into force the following day': the step just told, whoever took it)
            prev = next((g for g in reversed(frames[:i]) if g.kind == "main" and g.value("announced")
                         and (f.imposer is None or g.imposer in (f.imposer, None))), prev)
        if prev is None:
            continue
        base = prev.value("announced")
        if len(base) != 10:
            continue  # a month-precise date shifted by a day is no date
        value = (date.fromisoformat(base) + timedelta(days=offset or 0)).isoformat()
        # in force that day too when told so, or when it was so for the step it is dated by
        same_step = f.action == prev.action == "impose" and prev.value("effective") == base and not _future_tense(f)
        roles = ["announced"] + (["effective"] if (f.immediate or same_step) and not f.value("effective") else [])
        # ('entered into force the following day' is when it applied; 'put the rule on hold the next
        # day', when it was done)
        force = cue.start > f.trigger.end or _takes_effect(f.trigger) or f.trigger.text.lower().startswith(PAST_EFFECT_VERBS)
        if cue.start > f.trigger.start and cue.id_ != "news" and force and _only_force_words(f.sent.doc, f.trigger.end, cue.start):
            roles = [] if f.value("effective") else ["effective"]  # '... entered into force the following day'
        _infer_by_cue(f, roles, value, base, cue, ctx)


def _infer_by_cue(f: Frame, roles: list[str], value: str, anchor: str, cue: Span, ctx: ArticleContext) -> None:
    """Give `f` the date `value` in each role, told by the occasion cue ('the same day')."""
    for role in roles:
        _infer_date(f, role, value, anchor, ctx.text[cue.start_char:cue.end_char], cue.start_char, cue.end_char)


def _only_force_words(doc: Doc, start: int, end: int) -> bool:
    """'entered into force the following day': only words of coming into force between a verb and its day."""
    return all(doc[k].lower_ in FORCE_WORDS for k in range(start, end))


def _date_by_same_start(frames: list[Frame], ctx: ArticleContext) -> None:
    """'... will face a 50% tariff from the same date': in force, and decided, when the step the
    article told just before is."""
    for i, f in enumerate(frames):
        if f.same_start is None or f.value("effective"):
            continue
        c = f.same_start
        if c.id_ == "publication":
            # ('published in the Official Gazette dated 31.01.2026 ..., effective on the date of
            # publication'): in force the day its own instrument was published
            if f.value("announced"):
                _infer_date(f, "effective", f.value("announced"), f.value("announced"), ctx.text[c.start_char:c.end_char],
                            c.start_char, c.end_char)
            continue
        told = [g for g in reversed(frames[:i]) if g.kind == "main" and g.value("effective") and g.imposer == f.imposer
                and (g.sent is not f.sent or g.trigger.end <= c.start)]
        if c.start < f.trigger.start:
            # 'On the same date, the MEP was also done away with': the date the last sentence told
            prev = told[0] if told else None
        else:  # '... will face a 50% tariff from the same date': when the like step told last starts
            nearest = [g for g in told if g.sent is told[0].sent] if told else []
            prev = next((g for g in nearest + told if g.action == f.action), told[0] if told else None)
        if prev is None:
            continue
        text = ctx.text[c.start_char:c.end_char]
        for role in ("effective", "announced"):
            value = prev.value(role)
            if value and not f.value(role):
                _infer_date(f, role, value, value, text, c.start_char, c.end_char)


def _days_apart(value: str, day: date) -> int:
    try:
        return abs((date.fromisoformat(value) - day).days) if len(value) == 10 else 9999
    except ValueError:
        return 9999


def _moves_to_level(f: Frame) -> bool:
    """'falls again to 65%': a rate move with its new level after the verb."""
    return f.action in ("raise", "reduce") and f.rate is not None and f.rate.start >= f.trigger.end_char


def _other_level(told: Frame, f: Frame) -> bool:
    """A rate move that names a level other than the one told before: another step of it."""
    return _moves_to_level(f) and told.rate is not None \
        and (f.rate.value, f.rate.unit) != (told.rate.value, told.rate.unit)


def _is_exemption(f: Frame) -> bool:
    """A step told by 'exempt(ed/s/ion)': its goods and countries are the ones spared."""
    return f.trigger is not None and f.trigger.text.lower().startswith("exempt")


def _unnamed_exemption(f: Frame) -> bool:
    """An exemption whose goods no product names ('exempted goods that qualify under USMCA')."""
    return not f.products and _is_exemption(f)


def _compatible_loose(a: Frame, b: Frame) -> bool:
    if a.imposer and b.imposer and a.imposer != b.imposer:
        return False
    return not (a.type and b.type and TYPE_FAMILY[a.type] != TYPE_FAMILY[b.type])


def _default_targets(frames: list[Frame]) -> None:
    """A target stated once for an imposer ('export curbs to the U.S.') holds for the
    article's other actions by that imposer that name none."""
    # (of the same flow: Oman's ban on Dutch poultry says nothing of where its scrap may not go)
    key = lambda f: (f.imposer, TYPE_FAMILY.get(f.type))
    # (parties added to a list and parties taken off it are different parties)
    apart = lambda f, g: f.type == g.type == "entity_listing" and {f.action, g.action} == {"impose", "lift"}
    # (countries exempted from a measure are the ones it spares, not the ones it aims at)
    stated = [(g, tuple(sorted(g.targets))) for g in frames
              if g.targets and not _is_exemption(g)]
    for f in frames:
        if f.targets:
            continue
        told = Counter(targets for g, targets in stated if key(g) == key(f) and not apart(f, g))
        if told:
            f.targets = [t for t in told.most_common(1)[0][0] if t != f.imposer]


CONTROL_THRESHOLDS = {"threshold", "thresholds", "parameter", "parameters", "cutoff", "cut-off"}


def _lowers_threshold(f: Frame) -> bool:
    """'lowers the memory bandwidth density parameter in ECCN 3A090.c': the performance level above
    which an export needs a licence comes down, so the control reaches further."""
    doc = f.sent.doc
    return f.type == "export_control" and any(
        doc[k].lower_ in CONTROL_THRESHOLDS for k in range(f.trigger.end, min(f.sent.end, f.trigger.end + 6)))


def _to_mention(f: Frame, n: int, ctx: ArticleContext) -> Mention:
    values = {role: f.value(role) for role in DATE_ROLES}
    dates = f.dates
    if not values["expires"] and values["effective"] and f.duration:
        end = add_duration(values["effective"], f.duration)
        if end:
            values["expires"] = end
            dates = dates + [DateExpr(role="expires", text=f"{values['effective']} + {f.duration}", value=end,
                                      precision="day" if len(end) == 10 else "month", how="inferred",
                                      anchor=values["effective"])]
    action = f.action
    if action == "lift" and (values["expires"] or f.duration):
        action = "suspend"  # a lift with an end date is a suspension
    if action == "reduce" and _lowers_threshold(f):
        action = "tighten"  # ('BIS lowers the memory bandwidth density threshold': more goods need a licence)
    if action == "reduce" and f.type == "quota":
        action = "tighten"  # cutting a quota lets less in: 'cut the quota to 50% of 2024 volumes'
    elif action == "raise" and f.type == "quota" and (f.rate is None or f.rate.unit != "percent"):
        action = "reduce"  # 'quadrupled the tariff-rate quota to 80,000 tonnes' lets more in (an above-quota rate raised restricts)
    elif action == "tighten" and f.type == "quota" and f.trigger is not None \
            and f.trigger.text.lower().startswith(("expand", "widen")):
        action = "reduce"  # ('expanded the duty-free quota to 50,000 tonnes': more comes in)
    direction = "liberalising" if action in LIBERALISING or (action == "extend" and f.extends_suspension) \
        else "restrictive"
    confidence = 0.5 + 0.15 * bool(f.imposer) + 0.1 * bool(f.products) + 0.1 * f.type_specific \
        + 0.1 * any(values.values()) - 0.1 * (f.kind == "anaphoric")
    if f.imposer in f.targets:  # (a government never targets itself, whatever merging gathered)
        f.targets = [t for t in f.targets if t != f.imposer]
    evidence = [e for e in f.evidence if not (e.field == "targets" and e.value == f.imposer)]
    told = _status_span(f.trigger) if f.trigger is not None else f.measure
    if told is not None:  # the verb or the measure word that tells the step
        evidence.append(evidence_at("action", action, told))
        bound = date_words(f.sent.doc, dates, ("expires", "duration"))
        if action != f.action and action == "suspend" and bound is not None:
            # 'lifted ... until November 27, 2026': the end it was given makes it a suspension
            evidence.append(evidence_at("action", action, bound))
        if f.type and not any(e.field == "type" and e.value == f.type for e in evidence):
            evidence.append(evidence_at("type", f.type, f.measure if f.measure is not None else told))
    start, end = f.sentences[0] if f.sentences else (f.sent.start_char, f.sent.end_char)
    text = ctx.text
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    mention = Mention(
        id=f"{ctx.article_id}#{n}", article=ctx.article_id, sentence=text[start:end], start=start, end=end,
        imposer=f.imposer, agency=f.agency, targets=f.targets, type=f.type, action=action,
        products=f.products, hs_codes=ctx.rules.hs_codes(f.products),
        announced=values["announced"], effective=values["effective"], expires=values["expires"],
        duration=f.duration, rate=f.rate, dates=dates, confidence=round(min(confidence, 0.95), 2),
        direction=direction, evidence=evidence, sentences=[list(s) for s in f.sentences],
        context=[SentenceRef(start=a, end=a + len(text[a:b].rstrip()), text=text[a:b].rstrip())
                 for a, b in dict.fromkeys(f.sentences)])
    if ctx.spans is None:
        ctx.spans = SpanIndex(f.sent.doc)
    anchor = told.start_char if told is not None else f.sent.start_char
    mention.evidence += complete_evidence(mention, f.sent.doc, ctx.spans, anchor)
    return mention
