"""trade-measures: news articles about trade policy in, reconciled trade-measure records out."""

__version__ = "0.1.0"
