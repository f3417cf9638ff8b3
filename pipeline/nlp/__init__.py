"""Assemble the spaCy pipeline: blank English + our sentencizer, rulers and normalizer."""
from __future__ import annotations

import re
import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex
from typing import Optional

from ..rules import RuleSet
from . import factories  # noqa: F401  (registers the factories when not installed)

CUES_KEY = "cues"


QUOTES = ('"', "'", "`", "«", "»", "‘", "’", "‚", "‛", "“", "”", "„", "‟", "‹", "›", "❮", "❯", "''", "``")
MAX_PHRASES = 5000  # past this a token pattern is cheaper to keep than its phrases


def _alternatives(token: dict) -> Optional[list[tuple[Optional[str], bool]]]:
    """The words one token spec matches, as (word, exact case?); None when the spec is
    more than a closed word list (a wildcard, a shape, a regex)."""
    if not set(token) <= {"LOWER", "ORTH", "TEXT", "OP", "IS_QUOTE"} or token.get("OP") not in (None, "?"):
        return None
    lower, exact = token.get("LOWER"), token.get("TEXT", token.get("ORTH"))
    if isinstance(lower, dict):
        lower = lower.get("IN") if set(lower) == {"IN"} else None
        if lower is None:
            return None
    lower = [lower] if isinstance(lower, str) else lower
    words: list[tuple[Optional[str], bool]]
    if token.get("IS_QUOTE") is True and lower is None and exact is None:
        words = [(q, False) for q in QUOTES]
    elif isinstance(exact, str):
        words = [(exact, any(c.isalpha() for c in exact))]
    elif isinstance(exact, dict) and set(exact) == {"IN"}:
        words = [(w, True) for w in exact["IN"]]
    elif isinstance(exact, dict) and set(exact) == {"NOT_IN"} and lower:
        # 'chips' but not 'CHIPS': the usual casings of the word, less the excluded ones
        words = [(v, True) for w in lower for v in dict.fromkeys((w, w.capitalize(), w.upper()))
                 if v not in exact["NOT_IN"]]
    elif exact is None and lower and "IS_QUOTE" not in token:
        words = [(w, False) for w in lower]
    else:
        return None
    if lower and exact is not None and isinstance(exact, (str, dict)) and "NOT_IN" not in exact:
        words = [(w, c) for w, c in words if w.lower() in lower]
    return words + [(None, False)] if token.get("OP") == "?" else words


SHORT_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.\-]{1,3}")


def _acronym_forms(acronym: str) -> list[str]:
    """The casings of a short acronym with at least two capitals ('MOIT', 'MoIT', 'MOIt')."""
    forms = [""]
    for ch in acronym:
        forms = [f + c for f in forms for c in dict.fromkeys((ch.upper(), ch.lower()))]
    return [f for f in forms if sum(c.isupper() for c in f) >= min(2, sum(c.isalpha() for c in acronym))]


def expand_token_patterns(nlp: Language, patterns: list[dict]) -> tuple[list[dict], list[dict], list[dict]]:
    """Split rule patterns into (LOWER phrases, exact-case phrases, token patterns).

    spaCy's Matcher checks every token pattern at every token (about 0.2 s per pattern per
    500k words here); a PhraseMatcher is one hash look-up per token whatever its size. So
    a token pattern over closed word lists ('remain|stay in place|force') is expanded into
    its phrases when the tokenizer splits each the same way; only patterns that need the
    Matcher (wildcards, shapes) stay token patterns."""
    lower_out, cased_out, token_out = [], [], []
    for p in patterns:
        pat = p["pattern"]
        if isinstance(pat, str):
            if SHORT_ACRONYM.fullmatch(pat):
                # a short acronym ('SECO', 'NTC', 'MOIT') matches only with two capitals or more
                # ('MoIT'): 'Arroyo Seco' is a town, not Switzerland's trade secretariat (longer
                # ones also match 'Mofcom')
                cased_out += [{**p, "pattern": form} for form in _acronym_forms(pat)]
            else:
                lower_out.append(p)
            continue
        alts = [_alternatives(t) for t in pat]
        size = 1
        for a in alts:
            size *= len(a) if a else MAX_PHRASES + 1
        if any(a is None for a in alts) or size > MAX_PHRASES:
            token_out.append(p)
            continue
        phrases: list[list[tuple[str, bool]]] = [[]]
        for a in alts:
            phrases = [words + ([(w, c)] if w is not None else []) for words in phrases for w, c in a]
        lower_p, cased_p = [], []
        for words in phrases:
            if not words:
                continue
            if any(c for _, c in words):  # one exact-case word: every other word in its usual casings
                variants: list[list[str]] = [[]]
                for w, exact in words:
                    forms = [w] if exact or not any(ch.isalpha() for ch in w) \
                        else list(dict.fromkeys((w, w.capitalize(), w.upper())))
                    variants = [v + [f] for v in variants for f in forms]
                cased_p += variants
            else:
                lower_p.append([w for w, _ in words])
        # a phrase the tokenizer splits another way ('end-use' is three tokens) could not match
        # as a token sequence either: leave it out
        lower_p = [w for w in lower_p if [t.text for t in nlp.make_doc(" ".join(w))] == w]
        cased_p = [w for w in cased_p if [t.text for t in nlp.make_doc(" ".join(w))] == w]
        if not lower_p and not cased_p:
            token_out.append(p)
            continue
        lower_out += [{**p, "pattern": " ".join(w)} for w in lower_p]
        cased_out += [{**p, "pattern": " ".join(w)} for w in cased_p]
    return lower_out, cased_out, token_out


def _add_patterns(nlp: Language, ruler, patterns: list[dict]) -> None:
    """Add patterns to a ruler with every component switched off. spaCy's rulers turn each
    phrase into a Doc with the components before them; ours match on LOWER or ORTH, which
    only the tokenizer sets, and running the sentencizer, the rulers and the cue matchers
    over ~14,000 phrases took half of start-up (1.3 s)."""
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)


def build_nlp(rules: RuleSet, model: str | None = None) -> Language:
    """The one place the pipeline is put together. `model` may name a trained spaCy
    pipeline to start from; the default is `spacy.blank("en")` (nothing to download)."""
    nlp = spacy.load(model, exclude=["ner"]) if model else spacy.blank("en")
    # "U.S.-China", "U.S.-built" are one token by default; split the hyphen after an abbreviation.
    infixes = list(nlp.Defaults.infixes) + [r"(?<=\.)-(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # a footnote mark after a sentence ('takes effect.[3]') is a token of its own, not part of a word
    suffixes = list(nlp.Defaults.suffixes) + [r"\[\d{1,3}\]"]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("trade_sentencizer")
    lower, cased, tokens = expand_token_patterns(nlp, rules.entity_patterns)
    # exact-case names ('US', 'Turkey', 'Trump') go to a phrase matcher on ORTH: a hash
    # lookup per token instead of one more token pattern checked at every position
    cased_ruler = nlp.add_pipe("entity_ruler", name="trade_entities_cased",
                               config={"phrase_matcher_attr": "ORTH", "validate": False, "overwrite_ents": False})
    _add_patterns(nlp, cased_ruler, cased)
    ruler = nlp.add_pipe("entity_ruler", name="trade_entities",
                         config={"phrase_matcher_attr": "LOWER", "validate": False, "overwrite_ents": True})
    _add_patterns(nlp, ruler, lower + tokens)
    regex_ruler = nlp.add_pipe("trade_regex_entities")
    regex_ruler.add_rules(rules.regex_entities)
    nlp.add_pipe("trade_abbreviations").set_shared(rules.shared_agency_names)
    nlp.add_pipe("trade_parts").set_parts(rules.parts_of)
    lower, cased, tokens = expand_token_patterns(nlp, rules.cue_patterns)
    cues = nlp.add_pipe("span_ruler", name="trade_cues",
                        config={"spans_key": CUES_KEY, "phrase_matcher_attr": "LOWER", "validate": False})
    _add_patterns(nlp, cues, lower + tokens)
    if cased:  # 'May' the month is no hedge, 'may' is: exact-case cues on their own matcher
        cased_cues = nlp.add_pipe("span_ruler", name="trade_cues_cased",
                                  config={"spans_key": CUES_KEY, "phrase_matcher_attr": "ORTH", "validate": False,
                                          "overwrite": False})
        _add_patterns(nlp, cased_cues, cased)
    nlp.add_pipe("trade_normalizer")
    return nlp
