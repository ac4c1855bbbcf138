"""auditor: a claim and sourcing attribution auditor for news articles."""

__version__ = "0.1.0"
