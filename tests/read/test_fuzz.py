"""No input, however malformed, makes read_inputs raise: it yields errors instead."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from maritime.read import Article, InputError, read_inputs

SUFFIXES = [".txt", ".html", ".json", ".jsonl", ""]
texty = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"])
    | st.sampled_from('{}[]<>":,-\n'),
    max_size=400,
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(results: list[Article | InputError]) -> None:
    for result in results:
        assert isinstance(result, Article | InputError)
        if isinstance(result, InputError):
            assert "\n" not in str(result)
        else:
            assert result.text.strip()


@FUZZ
@given(st.binary(max_size=600))
def test_arbitrary_bytes_on_standard_input(data):
    _check(list(read_inputs(["-"], stdin=io.BytesIO(data))))


@FUZZ
@given(texty)
def test_arbitrary_text_on_standard_input(text):
    _check(list(read_inputs(["-"], stdin=io.BytesIO(text.encode("utf-8")))))


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=600),
        texty.map(str.encode),
        texty.map(lambda t: f"<html><head><title>{t}</title></head><body><p>{t}".encode()),
        texty.map(lambda t: f'{{"text": "{t}", "published": "{t}"}}'.encode()),
    ),
    st.sampled_from(SUFFIXES),
)
def test_arbitrary_files_of_every_type(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        _check(list(read_inputs([str(path), folder])))
