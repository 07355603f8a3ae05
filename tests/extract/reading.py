"""Read one sentence or short text as an article, as the construction tests do."""

from datetime import date

from maritime.extract import Extraction, extract
from maritime.read.article import Article

PUBLISHED = date(2025, 6, 20)


def read(text: str, published: date = PUBLISHED) -> Extraction:
    return extract(Article(text, "urn:test", published=published))


def event_types(text: str, published: date = PUBLISHED) -> list[str]:
    """The types of the events the text tells, in the order it tells them."""
    return [event.type for event in read(text, published)]
