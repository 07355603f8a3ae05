"""Readers: article files, directories and standard input, as normalised Articles."""

from maritime.read.article import Article, InputError
from maritime.read.inputs import read_inputs

__all__ = ["Article", "InputError", "read_inputs"]
