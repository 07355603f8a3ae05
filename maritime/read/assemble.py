"""Every format ends here: one place decides text, dateline, publication date and source."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from maritime.read.article import Article
from maritime.read.body import Dateline, cut_dateline, strip_tails
from maritime.read.dates import make_date, on_nearest_year, years_in
from maritime.read.decode import normalise

STDIN = "-"


@dataclass
class Draft:
    """What a format reader found, before the shared wire-copy rules run."""

    text: str
    uri: str
    fmt: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: date | None = None
    extra: dict[str, str] = field(default_factory=dict)
    where: str | None = None  # the article's place inside a file holding several


@dataclass(frozen=True)
class Supplied:
    """Metadata the user gave on the command line, used only where the article is silent."""

    published: date | None = None
    source: str | None = None


def build_article(draft: Draft, supplied: Supplied) -> Article | None:
    """The finished Article, or None when no story text is left."""
    text, dateline = cut_dateline(strip_tails(normalise(draft.text)))
    text = text.strip()
    if not text:
        return None
    published, origin = _published(draft, dateline, supplied)
    source = draft.source or (dateline.agency if dateline else None) or supplied.source
    title = " ".join(normalise(draft.title).split()) if draft.title else None
    return Article(
        text=text,
        uri=draft.url or draft.uri,
        title=title or None,
        url=draft.url,
        source=source,
        published=published,
        published_origin=origin,
        dateline=dateline.text if dateline else None,
        fmt=draft.fmt,
        extra=draft.extra,
        locator=_locator(draft),
    )


def _locator(draft: Draft) -> str | None:
    if draft.url:
        return draft.url
    if draft.uri == STDIN or draft.uri.startswith(STDIN + ":"):
        return None
    return draft.where or draft.uri


def _published(
    draft: Draft, dateline: Dateline | None, supplied: Supplied
) -> tuple[date | None, str | None]:
    if draft.published:
        return draft.published, "article"
    from_dateline = _dateline_date(draft, dateline, supplied)
    if from_dateline:
        return from_dateline, "article"
    if supplied.published:
        return supplied.published, "supplied"
    return None, None


def _dateline_date(draft: Draft, dateline: Dateline | None, supplied: Supplied) -> date | None:
    """`WASHINGTON, Dec 10 (...)` gives month and day; the year must come from elsewhere.

    Wires omit the year, so take the one nearest the supplied date, else the single
    year written in the file name or URL (`2025/12/10/...`); never a year from the
    story, which names past years freely.
    """
    if dateline is None or dateline.when is None:
        return None
    month, day, year = dateline.when
    if year:
        return make_date(year, month, day)
    if supplied.published:
        return on_nearest_year(month, day, supplied.published)
    years = years_in(draft.url or "") or years_in(draft.uri)
    return make_date(years.pop(), month, day) if len(years) == 1 else None
