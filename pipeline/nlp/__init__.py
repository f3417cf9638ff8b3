"""Assemble the spaCy pipeline: blank English + our sentencizer, rulers and normalizer."""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

from ..rules import RuleSet
from . import factories  # noqa: F401  (registers the factories when not installed)

CUES_KEY = "cues"


def split_cased(nlp: Language, patterns: list[dict]) -> tuple[list[dict], list[dict]]:
    """Token patterns made only of exact TEXT tokens become ORTH phrases (when the tokenizer
    splits the phrase the same way); everything else stays with the main ruler."""
    lower, cased = [], []
    for p in patterns:
        pat = p["pattern"]
        if isinstance(pat, list) and all(set(t) == {"TEXT"} and isinstance(t["TEXT"], str) for t in pat):
            words = [t["TEXT"] for t in pat]
            phrase = " ".join(words)
            if [t.text for t in nlp.make_doc(phrase)] == words:
                cased.append({**p, "pattern": phrase})
                continue
        lower.append(p)
    return lower, cased


def build_nlp(rules: RuleSet, model: str | None = None) -> Language:
    """The one place the pipeline is put together. `model` may name a trained spaCy
    pipeline to start from; the default is `spacy.blank("en")` (nothing to download)."""
    nlp = spacy.load(model, exclude=["ner"]) if model else spacy.blank("en")
    # "U.S.-China" is one token by default; split the hyphen after an abbreviation.
    infixes = list(nlp.Defaults.infixes) + [r"(?<=\.)-(?=[A-Z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("trade_sentencizer")
    lower, cased = split_cased(nlp, rules.entity_patterns)
    # exact-case names ('US', 'Turkey', 'Trump') go to a phrase matcher on ORTH: a hash
    # lookup per token instead of one more token pattern checked at every position
    cased_ruler = nlp.add_pipe("entity_ruler", name="trade_entities_cased",
                               config={"phrase_matcher_attr": "ORTH", "validate": False, "overwrite_ents": False})
    cased_ruler.add_patterns(cased)
    ruler = nlp.add_pipe("entity_ruler", name="trade_entities",
                         config={"phrase_matcher_attr": "LOWER", "validate": False, "overwrite_ents": True})
    ruler.add_patterns(lower)
    regex_ruler = nlp.add_pipe("trade_regex_entities")
    regex_ruler.add_rules(rules.regex_entities)
    cues = nlp.add_pipe("span_ruler", name="trade_cues",
                        config={"spans_key": CUES_KEY, "phrase_matcher_attr": "LOWER", "validate": False})
    cues.add_patterns(rules.cue_patterns)
    nlp.add_pipe("trade_normalizer")
    return nlp
