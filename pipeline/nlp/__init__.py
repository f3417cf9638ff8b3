"""Assemble the spaCy pipeline: blank English + our sentencizer, rulers and normalizer."""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

from ..rules import RuleSet
from . import factories  # noqa: F401  (registers the factories when not installed)

CUES_KEY = "cues"


def build_nlp(rules: RuleSet, model: str | None = None) -> Language:
    """The one place the pipeline is put together. `model` may name a trained spaCy
    pipeline to start from; the default is `spacy.blank("en")` (nothing to download)."""
    nlp = spacy.load(model, exclude=["ner"]) if model else spacy.blank("en")
    # "U.S.-China" is one token by default; split the hyphen after an abbreviation.
    infixes = list(nlp.Defaults.infixes) + [r"(?<=\.)-(?=[A-Z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("trade_sentencizer")
    ruler = nlp.add_pipe("entity_ruler", name="trade_entities",
                         config={"phrase_matcher_attr": "LOWER", "validate": False, "overwrite_ents": True})
    ruler.add_patterns(rules.entity_patterns)
    cues = nlp.add_pipe("span_ruler", name="trade_cues",
                        config={"spans_key": CUES_KEY, "phrase_matcher_attr": "LOWER", "validate": False})
    cues.add_patterns(rules.cue_patterns)
    nlp.add_pipe("trade_normalizer")
    return nlp
