"""The scorer: matching, field accuracy and non-event hits."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from maritime.cli import cli
from maritime.errors import InputFileError
from maritime.evaluate.extraction import GoldArticle, format_report, load_gold, score
from maritime.evaluate.incidents import gold_incidents


def _gold(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("Headline\n\nForces seized a tanker on Friday.")
    gold = {
        "id": "a",
        "published": "2025-12-22",
        "events": [
            {
                "type": "seizure",
                "date_start": "2025-12-19",
                "date_end": "2025-12-19",
                "location": "Red Sea",
                "lat": 20.0,
                "lon": 38.0,
                "location_precision": "sea",
                "actor_country": "USA",
                "target_name": None,
                "vessel_count": 1,
                "killed": None,
                "evidence": "Forces seized a tanker on Friday.",
            }
        ],
        "non_events": ["The minister threatened more seizures."],
    }
    (tmp_path / "a.gold.json").write_text(json.dumps(gold))
    return tmp_path


def _predicted(**changes) -> dict:
    event = {
        "type": "seizure",
        "date_start": "2025-12-19",
        "date_end": "2025-12-19",
        "actor_country": "USA",
        "vessels": [],
        "vessel_count": 1,
        "killed": None,
        "place": {"name": "Red Sea", "lat": 21.0, "lon": 38.5, "precision": "sea"},
        "evidence": "Forces seized a tanker on Friday.",
    }
    return {**event, **changes}


def test_perfect_prediction_scores_one(tmp_path: Path) -> None:
    report = score(load_gold(_gold(tmp_path)), {"a": [_predicted()]})
    assert report.overall.f1 == 1.0
    assert all(report.field_accuracy(name) == 1.0 for name in report.field_correct)
    assert "overall" in format_report(report)


def test_wrong_type_or_disjoint_dates_do_not_match(tmp_path: Path) -> None:
    gold = load_gold(_gold(tmp_path))
    assert score(gold, {"a": [_predicted(type="strike")]}).overall.matched == 0
    assert (
        score(
            gold, {"a": [_predicted(date_start="2025-01-01", date_end="2025-01-02")]}
        ).overall.matched
        == 0
    )


def test_place_outside_tolerance_is_wrong(tmp_path: Path) -> None:
    far = {"name": "Baltic Sea", "lat": 58.0, "lon": 20.0, "precision": "sea"}
    report = score(load_gold(_gold(tmp_path)), {"a": [_predicted(place=far)]})
    assert report.field_accuracy("place") == 0.0


def test_a_place_error_says_how_far_off_the_point_is(tmp_path: Path) -> None:
    far = {"name": "Baltic Sea", "lat": 58.0, "lon": 20.0, "precision": "sea"}
    error = score(load_gold(_gold(tmp_path)), {"a": [_predicted(place=far)]}).field_errors[0]
    assert error["gold_point"] == (20.0, 38.0)
    assert error["predicted_point"] == (58.0, 20.0)
    assert error["tolerance_km"] == 600
    assert 4000 < error["km"] < 5000


def test_a_missing_place_is_an_error_with_no_distance(tmp_path: Path) -> None:
    error = score(load_gold(_gold(tmp_path)), {"a": [_predicted(place=None)]}).field_errors[0]
    assert error["predicted_point"] is None
    assert error["km"] is None


def test_event_from_a_non_event_sentence_is_counted(tmp_path: Path) -> None:
    bad = _predicted(
        date_start="2025-01-01",
        date_end="2025-01-01",
        evidence="The minister threatened more seizures.",
    )
    report = score(load_gold(_gold(tmp_path)), {"a": [_predicted(), bad]})
    assert len(report.non_event_hits) == 1
    assert report.to_dict()["overall"]["predicted"] == 2


def test_gold_without_its_article_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "lonely.gold.json").write_text(json.dumps({"id": "lonely", "events": []}))
    with pytest.raises(InputFileError, match=r"lonely\.gold\.json: no article file"):
        load_gold(tmp_path)


def _article(directory: Path, name: str, text: str, events: list[dict]) -> None:
    (directory / f"{name}.txt").write_text(text)
    gold = {"id": name, "published": "2026-03-04", "events": events, "non_events": []}
    (directory / f"{name}.gold.json").write_text(json.dumps(gold))


def _seizure(target: str) -> dict:
    return {
        "type": "seizure",
        "date_start": "2026-03-02",
        "date_end": "2026-03-02",
        "location": "Strait of Hormuz",
        "lat": 26.6,
        "lon": 56.4,
        "location_precision": "sea",
        "actor_country": "IRN",
        "target_name": target,
        "vessel_count": 1,
        "killed": None,
        "evidence": "",
    }


def test_eval_reports_each_gold_ship_once_in_the_registry(tmp_path: Path) -> None:
    """A renamed ship told under both names is one registry vessel; a ship the
    pipeline never read is listed as missing."""
    _article(
        tmp_path,
        "first",
        "Tanker held\n\nIranian forces seized the tanker Coral Wind in the Strait of Hormuz "
        "on Monday. The Coral Wind was formerly named Sea Breeze.",
        [_seizure("Coral Wind")],
    )
    _article(
        tmp_path,
        "second",
        "Ship detained\n\nOn Monday Iranian forces seized the tanker Sea Breeze in the "
        "Strait of Hormuz, and a second vessel, the Quiet Harbour, is also held.",
        [_seizure("Sea Breeze"), _seizure("Nowhere Star")],
    )
    result = CliRunner().invoke(cli, ["eval", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    registry = json.loads(result.output)["registry"]
    assert registry == {
        "named": 3,
        "registered": 2,
        "split": [],
        "missing": ["Nowhere Star"],
    }


def test_incident_slugs_decide_which_gold_events_are_one_incident(tmp_path: Path) -> None:
    """Two unnamed boats struck the same day in the same sea are two incidents when the
    annotator says so; one told twice is one, even without a shared vessel name."""
    strike = {
        "type": "strike",
        "date_start": "2026-03-02",
        "date_end": "2026-03-02",
        "lat": 12.0,
        "lon": 44.0,
        "location_precision": "sea",
        "target_name": None,
    }
    gold = [
        GoldArticle("a", tmp_path, None, [strike | {"incident": "boat-1"}], [], "c"),
        GoldArticle("b", tmp_path, None, [strike | {"incident": "boat-2"}], [], "c"),
        GoldArticle("c", tmp_path, None, [strike | {"incident": "boat-1"}], [], "c"),
    ]
    groups = gold_incidents(gold)
    assert groups[("a", 0)] == groups[("c", 0)] != groups[("b", 0)]
    other_corpus = [*gold[:1], GoldArticle("d", tmp_path, None, [strike], [], "elsewhere")]
    assert len(set(gold_incidents(other_corpus).values())) == 1  # the heuristic links them


def test_several_corpora_give_one_line_each_and_one_for_all(tmp_path: Path) -> None:
    for name in ("first", "second"):
        folder = tmp_path / name
        folder.mkdir()
        _article(
            folder,
            name,
            "Tanker held\n\nIranian forces seized the tanker Coral Wind in the Strait of "
            "Hormuz on Monday.",
            [_seizure("Coral Wind") | {"incident": "coral-wind"}],
        )
    result = CliRunner().invoke(
        cli, ["eval", str(tmp_path / "first"), str(tmp_path / "second"), "--min-f1", "0.5"]
    )
    assert result.exit_code == 0, result.output
    header, first, second, together = result.output.splitlines()
    assert header.split()[:7] == ["corpus", "art", "gold", "pred", "P", "R", "F1"]
    assert first.split()[:4] == ["first", "1", "1", "1"] and second.startswith("second ")
    # Two reports of one incident, in two corpora, make one event.
    assert together.startswith("(one database)") and together.split()[-1] == "1.00"


def test_json_lists_the_pairs_behind_pair_precision_and_recall(tmp_path: Path) -> None:
    """The gold says the Coral Wind and Sea Lark seizures are one incident (kept apart by
    the database) and the two Kite Runner reports two incidents (joined by it): --json
    names both pairs, so an engineer can read what to fix next."""
    told = "{} seized the tanker {} in the Strait of Hormuz on Monday."
    for name, actor, ship, slug in [
        ("coral", "Iranian forces", "Coral Wind", "one"),
        ("lark", "Iranian forces", "Sea Lark", "one"),
        ("kite-a", "Iranian forces", "Kite Runner", "kite-1"),
        ("kite-b", "Iran's navy", "Kite Runner", "kite-2"),
    ]:
        _article(
            tmp_path,
            name,
            f"Tanker held\n\n{told.format(actor, ship)}",
            [_seizure(ship) | {"incident": slug}],
        )
    result = CliRunner().invoke(cli, ["eval", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    incidents = json.loads(result.output)["incidents"]

    def articles(pairs: list) -> list[set[str]]:
        return [{a["article"], b["article"]} for a, b in pairs]

    assert articles(incidents["pairs_apart"]) == [{"coral", "lark"}]
    assert articles(incidents["pairs_joined_wrongly"]) == [{"kite-a", "kite-b"}]
    ((first, second),) = incidents["pairs_joined_wrongly"]
    assert first["event_id"] == second["event_id"]
