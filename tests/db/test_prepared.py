"""Statements run on the driver's cursor store and read exactly what SQLAlchemy's own
execution does, on both backends: the writer's rows must not depend on the path."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from maritime.db import models, prepared
from maritime.db.engine import open_database, writer
from maritime.db.prepared import prepare

EVENT = models.Event.__table__  # type: ignore[attr-defined]
NAME = models.VesselName.__table__  # type: ignore[attr-defined]
VESSEL = models.Vessel.__table__  # type: ignore[attr-defined]
_IDS = bindparam("ids", expanding=True)
_BY_IDS = prepare(select(EVENT).where(EVENT.c.id.in_(_IDS)).order_by(EVENT.c.id))
_DAY_EVENTS = prepare(
    select(EVENT.c.id).where(EVENT.c.id.not_in(_IDS), EVENT.c.date_precision.in_(["day", "week"]))
)
_INSERT = prepare(insert(EVENT).returning(EVENT.c.id))
_UPDATE = prepare(update(EVENT).where(EVENT.c.id == bindparam("event_id")))


def _event(**values: object) -> dict[str, object]:
    return {"type": "seizure", "extractor_version": "test", "confidence": 0.5, **values}


@pytest.fixture
def connection(db_url: str):  # type: ignore[no-untyped-def]
    engine = open_database(db_url)
    with writer(engine).begin() as held:
        yield held
    engine.dispose()


def test_rows_and_values_are_those_sqlalchemy_reads(connection) -> None:  # type: ignore[no-untyped-def]
    first = prepared.rows(connection, _INSERT, _event(date_start=date(2025, 1, 2), killed=3))
    second = prepared.rows(connection, _INSERT, _event(date_precision="day", date_phrase=None))
    ids = [first[0].id, second[0].id]
    mine = prepared.rows(connection, _BY_IDS, {"ids": ids})
    theirs = connection.execute(_BY_IDS.statement, {"ids": ids}).all()
    assert [tuple(row) for row in mine] == [tuple(row) for row in theirs]
    assert mine[0].date_start == date(2025, 1, 2) and mine[0].created_at.tzinfo is not None


def test_defaults_are_filled_as_sqlalchemy_fills_them(connection) -> None:  # type: ignore[no-untyped-def]
    create = prepare(insert(VESSEL).returning(VESSEL.c.id))
    [vessel] = prepared.rows(connection, create, {"name": "Kestrel"})
    prepared.run(connection, prepare(insert(NAME)), {"vessel_id": vessel.id, "name": "Kestrel"})
    row = connection.execute(select(NAME.c.is_current, NAME.c.valid_from)).one()
    assert tuple(row) == (False, None)


@pytest.mark.parametrize("excluded", [0, 1, 3])
def test_in_lists_of_any_length_and_literal_lists(connection, excluded: int) -> None:  # type: ignore[no-untyped-def]
    ids = [prepared.rows(connection, _INSERT, _event(date_precision="day"))[0].id for _ in range(4)]
    prepared.rows(connection, _INSERT, _event(date_precision="year"))
    found = prepared.rows(connection, _DAY_EVENTS, {"ids": ids[:excluded]})
    assert sorted(row.id for row in found) == ids[excluded:]


@pytest.mark.parametrize("listed", [9, 12, 17])
def test_long_in_lists_padded_to_a_few_shapes_give_the_same_rows(connection, listed: int) -> None:  # type: ignore[no-untyped-def]
    ids = [
        prepared.rows(connection, _INSERT, _event(date_precision="day"))[0].id for _ in range(20)
    ]
    assert [r.id for r in prepared.rows(connection, _BY_IDS, {"ids": ids[:listed]})] == ids[:listed]
    rest = prepared.rows(connection, _DAY_EVENTS, {"ids": ids[:listed]})
    assert sorted(row.id for row in rest) == ids[listed:]


def test_updates_set_the_keys_given_and_many_rows_run_at_once(connection) -> None:  # type: ignore[no-untyped-def]
    ids = [prepared.rows(connection, _INSERT, _event())[0].id for _ in range(3)]
    prepared.run_many(connection, _UPDATE, [{"event_id": i, "killed": i * 10} for i in ids])
    prepared.run(connection, _UPDATE, {"event_id": ids[0], "date_end": date(2025, 3, 1)})
    gone = prepare(delete(EVENT).where(EVENT.c.id == bindparam("gone")))
    prepared.run(connection, gone, {"gone": ids[2]})
    rows = connection.execute(select(EVENT.c.killed, EVENT.c.date_end).order_by(EVENT.c.id)).all()
    assert [tuple(row) for row in rows] == [(ids[0] * 10, date(2025, 3, 1)), (ids[1] * 10, None)]


def test_driver_errors_are_sqlalchemys(connection) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(IntegrityError):
        prepared.run(connection, prepare(insert(EVENT)), {"type": "seizure"})  # no version


def test_a_statement_must_be_registered_once(connection) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError, match=r"registered once with prepared\.prepare"):
        prepared.rows(connection, select(EVENT.c.id))


def test_literal_none_values_are_sent_as_null(connection) -> None:  # type: ignore[no-untyped-def]
    statement = prepare(insert(EVENT).values(killed=None).returning(EVENT.c.id, EVENT.c.killed))
    [row] = prepared.rows(connection, statement, _event(killed=None))
    [literal] = prepared.rows(connection, statement, _event())
    assert (row.killed, literal.killed) == (None, None)


def test_an_update_leaves_columns_it_does_not_set(connection) -> None:  # type: ignore[no-untyped-def]
    [made] = prepared.rows(connection, _INSERT, _event(killed=4))
    before = connection.execute(select(EVENT.c.created_at, EVENT.c.updated_at)).one()
    prepared.run(connection, _UPDATE, {"event_id": made.id, "killed": 5})
    after = connection.execute(select(EVENT.c.created_at, EVENT.c.updated_at, EVENT.c.killed)).one()
    assert tuple(after) == (*before, 5)


def test_many_parameter_sets_must_share_their_keys(connection) -> None:  # type: ignore[no-untyped-def]
    ids = [prepared.rows(connection, _INSERT, _event())[0].id for _ in range(2)]
    odd = [{"event_id": ids[0], "killed": 1}, {"event_id": ids[1], "killed": 2, "date_end": None}]
    with pytest.raises(ValueError, match="same keys in every parameter set"):
        prepared.run_many(connection, _UPDATE, odd)


def test_forms_per_statement_are_bounded(connection) -> None:  # type: ignore[no-untyped-def]
    statement = prepare(select(EVENT.c.id).where(EVENT.c.id.in_(_IDS)))
    for length in range(1, prepared.FORMS_PER_STATEMENT + 20):
        prepared.rows(connection, statement, {"ids": list(range(length))})
    assert len(statement._forms) <= prepared.FORMS_PER_STATEMENT


def test_counting_sees_each_statement_run(connection) -> None:  # type: ignore[no-untyped-def]
    with prepared.counting() as counts:
        ids = [prepared.rows(connection, _INSERT, _event())[0].id for _ in range(3)]
        prepared.run_many(connection, _UPDATE, [{"event_id": i, "killed": 1} for i in ids])
    assert sorted(counts.values()) == [3, 3]
    prepared.rows(connection, _INSERT, _event())
    assert sum(counts.values()) == 6
