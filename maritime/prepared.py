"""Core statements compiled once and run on the driver's own cursor.

An ingest runs about a dozen small statements per article. SQLAlchemy's execution
path (execution context, events, result metadata) costs some 40 µs a statement, more
than SQLite spends running one. Here each statement is compiled by SQLAlchemy once per
dialect and shape, and a call only converts its values with the column types' own
bind and result processors, so what is stored and read back is exactly what
`Connection.execute` would store and read. Column defaults of an INSERT are filled in
as SQLAlchemy would; results are named tuples.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.dml import UpdateBase

Params = Mapping[str, Any]
# One result row: a named tuple of the statement's columns (typed as loosely as Row).
Record = Any
Processor = Callable[[Any], Any] | None
# Compiled forms kept; each IN-list length is a form of its own.
CACHE_FORMS = 4_096
# IN lists longer than this are rendered at the next power of two, padded with their
# last value (a repeat changes neither IN nor NOT IN): a few forms serve every length.
EXACT_LIST = 8


@dataclass(frozen=True)
class _Form:
    """A statement compiled for one dialect, one set of INSERT/UPDATE keys and one
    length of each IN list."""

    sql: str
    order: tuple[str, ...] | None  # placeholders' names in order; None: named placeholders
    binds: dict[str, tuple[str, int | None, Processor]]  # placeholder -> param, item, processor
    given: dict[str, Any]  # values the statement holds itself (a literal IN list, say)
    defaults: dict[str, Callable[[], Any]]  # column defaults of keys an INSERT was not given
    row: Any  # the named tuple class of a result row, None when there is no result
    types: tuple[Any, ...]  # each result column's type
    readers: list[tuple[Processor, ...]] = field(default_factory=list)  # set at first read

    def arguments(self, params: Params) -> Sequence[Any] | dict[str, Any]:
        values: dict[str, Any] = {}
        for name, (key, item, processor) in self.binds.items():
            if key in params:
                value = params[key]
            else:
                value = self.given[key] if key in self.given else self.defaults[key]()
            if item is not None:
                value = value[item] if item < len(value) else value[-1]
            values[name] = value if processor is None or value is None else processor(value)
        return values if self.order is None else [values[name] for name in self.order]

    def read(self, cursor: Any, dialect: Dialect) -> list[Record]:
        if not self.readers:  # result processors need the driver's type codes
            codes = [column[1] for column in cursor.description]
            self.readers.append(
                tuple(
                    kind.dialect_impl(dialect).result_processor(dialect, code)
                    for kind, code in zip(self.types, codes, strict=True)
                )
            )
        readers = self.readers[0]
        return [
            self.row._make(
                value if reader is None or value is None else reader(value)
                for reader, value in zip(readers, raw, strict=True)
            )
            for raw in cursor.fetchall()
        ]


_FORMS: dict[tuple[Any, ...], _Form] = {}
# (statement, dialect, keys) -> its compiled form, IN lists and rows (see `_compiled`)
_COMPILED: dict[tuple[Any, ...], tuple[Any, tuple[tuple[str, Any], ...], Any]] = {}


def rows(
    connection: Connection, statement: ClauseElement, params: Params | None = None
) -> list[Record]:
    """The statement's result rows."""
    form = _form(connection.dialect, statement, params or {})
    cursor = _call(connection, form.sql, form.arguments(params or {}), many=False)
    return form.read(cursor, connection.dialect) if form.row else []


def run(connection: Connection, statement: ClauseElement, params: Params | None = None) -> None:
    """Run a statement whose result is not needed."""
    form = _form(connection.dialect, statement, params or {})
    _call(connection, form.sql, form.arguments(params or {}), many=False)


def run_many(connection: Connection, statement: ClauseElement, many: Sequence[Params]) -> None:
    """Run a statement once per parameter set (all with the same keys), in one call."""
    if many:
        form = _form(connection.dialect, statement, many[0])
        _call(connection, form.sql, [form.arguments(params) for params in many], many=True)


def _call(connection: Connection, sql: str, arguments: Any, *, many: bool) -> Any:
    """Run on the connection's DBAPI cursor, in its transaction, with the driver's
    errors raised as SQLAlchemy's (callers catch DBAPIError either way)."""
    if not connection.in_transaction():
        connection.begin()  # as Connection.execute would (autobegin)
    cursor = connection.connection.cursor()
    dialect = connection.dialect
    try:
        (cursor.executemany if many else cursor.execute)(sql, arguments)
    except dialect.loaded_dbapi.Error as exc:
        base = dialect.loaded_dbapi.Error
        raise DBAPIError.instance(sql, arguments, exc, base, dialect=dialect) from exc
    return cursor


def _form(dialect: Dialect, statement: ClauseElement, params: Params) -> _Form:
    keys = tuple(params) if isinstance(statement, UpdateBase) else ()
    base = (statement, dialect.dialect_description, keys)  # e.g. "sqlite+pysqlite"
    compiled, lists, row = _COMPILED.get(base) or _compiled(base, dialect)
    lengths = tuple(_slots(len(params.get(name, value))) for name, value in lists)
    form = _FORMS.get((*base, lengths))
    if form is None:
        if len(_FORMS) >= CACHE_FORMS:
            del _FORMS[next(iter(_FORMS))]  # the oldest
        shape = {name: n for (name, _), n in zip(lists, lengths, strict=True)}
        form = _FORMS[(*base, lengths)] = _shape(compiled, shape, row)
    return form


def _slots(length: int) -> int:
    """Placeholders rendered for an IN list of `length` values (see EXACT_LIST)."""
    return length if length <= EXACT_LIST else 1 << (length - 1).bit_length()


def _compiled(
    base: tuple[Any, ...], dialect: Dialect
) -> tuple[Any, tuple[tuple[str, Any], ...], Any]:
    """The statement compiled, its IN lists (name, the list it holds, if any) and the
    named tuple class of its rows (None when it returns none)."""
    statement, _name, keys = base
    is_dml = isinstance(statement, UpdateBase)
    compiled = statement.compile(dialect=dialect, column_keys=list(keys) if is_dml else None)
    lists = tuple(
        (name, bind.value or ()) for bind, name in compiled.bind_names.items() if bind.expanding
    )
    names = [name for name, _ in _columns(statement)]
    row = namedtuple("Record", names) if names else None  # type: ignore[misc]
    _COMPILED[base] = (compiled, lists, row)
    return compiled, lists, row


def _shape(compiled: Any, lengths: dict[str, int], row: Any) -> _Form:
    """The compiled statement with each IN list rendered at its length."""
    sql, order = compiled.string, compiled.positiontup
    names = compiled.bind_names
    if lengths:
        # Stand-in values only tell SQLAlchemy each list's length; none is sent.
        stand_ins = {n: [None] * lengths[n] if n in lengths else None for n in names.values()}
        expanded = compiled.construct_expanded_state(stand_ins)
        sql, order = expanded.statement, expanded.positiontup
    dialect = compiled.dialect
    binds: dict[str, tuple[str, int | None, Processor]] = {}
    given: dict[str, Any] = {}
    for bind, name in names.items():
        processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
        if bind.value is not None:
            given[name] = bind.value
        if bind.expanding:  # rendered as name_1, name_2, ...
            for item in range(lengths[name]):
                binds[f"{name}_{item + 1}"] = (name, item, processor)
        else:
            binds[name] = (name, None, processor)
    statement = compiled.statement
    columns = _columns(statement)
    is_dml = isinstance(statement, UpdateBase)
    return _Form(
        sql=sql,
        order=tuple(order or ()) if compiled.positional else None,
        binds=binds,
        given=given,
        defaults=_defaults(statement, tuple(compiled.column_keys or ())) if is_dml else {},
        row=row,
        types=tuple(kind for _, kind in columns),
    )


def _defaults(statement: ClauseElement, keys: tuple[str, ...]) -> dict[str, Callable[[], Any]]:
    """Column defaults for the columns an INSERT's parameters leave out."""
    table = getattr(statement, "table", None)
    defaults: dict[str, Callable[[], Any]] = {}
    for column in table.c if table is not None else ():
        default = column.default
        if default is None or column.key in keys:
            continue
        if default.is_callable:
            defaults[column.key] = lambda default=default: default.arg(None)
        else:
            defaults[column.key] = lambda default=default: default.arg
    return defaults


def _columns(statement: ClauseElement) -> list[tuple[str, Any]]:
    """(name, type) of each result column: a SELECT's, or a DML statement's RETURNING."""
    if isinstance(statement, UpdateBase):
        return [(d["name"], d["type"]) for d in statement.returning_column_descriptions]
    return [(key, column.type) for key, column in statement.selected_columns.items()]  # type: ignore[attr-defined]
