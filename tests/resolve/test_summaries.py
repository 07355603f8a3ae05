"""A broad summary ("seized two tankers this month") is linked to the specific
incidents it sums up, so timelines can show it with them or leave it out."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from click.testing import CliRunner

from maritime.cli import cli
from tests.resolve.test_merging import DAY, store, timeline, told

MONTH_START, MONTH_END = date(2025, 12, 1), date(2025, 12, 31)


def summary(count: int | None, place: str = "Caribbean Sea", kind: str = "seizure"):
    event = told(kind, MONTH_START, place, until=MONTH_END)
    return replace(event, vessel_count=count)


def links(url: str) -> dict[int, tuple[list[int], list[int]]]:
    return {e["id"]: (e["covers"], e["covered_by"]) for e in timeline(url)}


def ids_by_vessel(url: str) -> dict[str | None, int]:
    return {(e["vessels"] or [{"name": None}])[0]["name"]: e["id"] for e in timeline(url)}


def test_a_summary_covers_the_incidents_it_counts(db_url: str) -> None:
    store(db_url, "a.txt", told("seizure", DAY, "off Venezuela", vessel="Harbor Star"))
    store(db_url, "b.txt", told("seizure", date(2025, 12, 20), "Caribbean Sea", vessel="Sea Lark"))
    store(db_url, "c.txt", summary(2))
    ids = ids_by_vessel(db_url)
    found = links(db_url)
    assert found[ids[None]] == ([ids["Harbor Star"], ids["Sea Lark"]], [])
    assert found[ids["Harbor Star"]] == ([], [ids[None]])


def test_a_summary_told_first_is_linked_when_the_incidents_arrive(db_url: str) -> None:
    store(db_url, "c.txt", summary(None))
    store(db_url, "a.txt", told("seizure", DAY, "off Venezuela", vessel="Harbor Star"))
    ids = ids_by_vessel(db_url)
    assert links(db_url)[ids[None]][0] == [ids["Harbor Star"]]


@pytest.mark.parametrize(("count", "covers_both"), [(None, True), (2, True), (1, False)])
def test_incidents_arriving_one_by_one_are_linked_as_if_told_at_once(
    db_url: str, count: int | None, covers_both: bool
) -> None:
    """A summary that counts nothing gains a link per incident; one that counts them
    keeps links only while the incidents fit its count."""
    store(db_url, "c.txt", summary(count))
    store(db_url, "a.txt", told("seizure", DAY, "off Venezuela", vessel="Harbor Star"))
    ids = ids_by_vessel(db_url)
    assert links(db_url)[ids[None]][0] == [ids["Harbor Star"]]
    store(db_url, "b.txt", told("seizure", date(2025, 12, 20), "Caribbean Sea", vessel="Sea Lark"))
    ids = ids_by_vessel(db_url)
    both = [ids["Harbor Star"], ids["Sea Lark"]]
    assert links(db_url)[ids[None]][0] == (both if covers_both else [])


def test_more_candidates_than_the_summary_counts_links_none(db_url: str) -> None:
    store(db_url, "a.txt", told("seizure", DAY, "off Venezuela", vessel="Harbor Star"))
    store(db_url, "b.txt", told("seizure", date(2025, 12, 20), "Caribbean Sea", vessel="Sea Lark"))
    store(db_url, "c.txt", summary(1))
    assert all(covers == [] for covers, _ in links(db_url).values())


def test_incidents_elsewhere_or_of_another_type_are_not_covered(db_url: str) -> None:
    store(db_url, "a.txt", told("seizure", DAY, "Baltic Sea", vessel="Harbor Star"))
    store(db_url, "b.txt", told("strike", DAY, "Caribbean Sea"))
    store(db_url, "c.txt", summary(None))
    assert all(covers == [] for covers, _ in links(db_url).values())


def test_no_summaries_leaves_covering_events_out_of_timelines(db_url: str) -> None:
    store(db_url, "a.txt", told("seizure", DAY, "off Venezuela", vessel="Harbor Star"))
    store(db_url, "c.txt", summary(1))
    result = CliRunner().invoke(
        cli, ["--db", db_url, "timeline", "--no-summaries", "--format", "json"]
    )
    assert result.exit_code == 0, result.stderr
    assert [e["vessels"][0]["name"] for e in json.loads(result.stdout)] == ["Harbor Star"]
    assert len(timeline(db_url)) == 2


def test_show_names_what_a_summary_sums_up(db_url: str) -> None:
    store(db_url, "a.txt", told("seizure", DAY, "off Venezuela", vessel="Harbor Star"))
    store(db_url, "c.txt", summary(1))
    ids = ids_by_vessel(db_url)
    result = CliRunner().invoke(cli, ["--db", db_url, "show", str(ids[None])])
    assert f"sums up    #{ids['Harbor Star']}" in result.stdout


def test_a_summary_merged_with_an_incident_sums_up_nothing_more(db_url: str) -> None:
    """An analyst's merge gives the summary the incident's day: it is specific now."""
    store(db_url, "a.txt", told("seizure", DAY, "off Venezuela", vessel="Harbor Star"))
    store(db_url, "b.txt", told("seizure", date(2025, 12, 20), "Caribbean Sea", vessel="Sea Lark"))
    store(db_url, "c.txt", summary(2))
    ids = ids_by_vessel(db_url)
    merged = CliRunner().invoke(
        cli, ["--db", db_url, "events", "merge", str(ids[None]), str(ids["Harbor Star"])]
    )
    assert merged.exit_code == 0, merged.stderr
    assert all(covers == [] and covered == [] for covers, covered in links(db_url).values())
