"""Readers: article files, directories and standard input, as normalised Articles."""

from maritime.read.article import Article, InputError, InputSkipped
from maritime.read.inputs import expected_articles, read_inputs

__all__ = ["Article", "InputError", "InputSkipped", "expected_articles", "read_inputs"]
