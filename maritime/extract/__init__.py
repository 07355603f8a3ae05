"""Event extraction: article text -> incidents at sea (type, dates, place, actor, vessels)."""

from maritime.extract.engine import extract
from maritime.extract.lexicon import versions
from maritime.extract.model import Evidence, ExtractedEvent, Extraction, VesselMention

# Bump the first part when the rules change; the second tracks every lexicon's version.
EXTRACTOR_VERSION = f"1.3+lex{versions()}"

__all__ = [
    "EXTRACTOR_VERSION",
    "Evidence",
    "ExtractedEvent",
    "Extraction",
    "VesselMention",
    "extract",
]
