"""Core statements compiled once and run on the driver's own cursor.

An ingest runs about a dozen small statements per article. SQLAlchemy's execution
path (execution context, events, result metadata) costs some 40 µs a statement, more
than SQLite spends running one. Here each statement is compiled by SQLAlchemy once per
dialect and shape, and a call only converts its values with the column types' own
bind and result processors, so what is stored and read back is exactly what
`Connection.execute` would store and read (tests/db/test_prepared.py compares them).
Column defaults of an INSERT (`onupdate` of an UPDATE) are filled in as SQLAlchemy
would; results are named tuples.

The contract: a statement is registered once with `prepare` (at import, or in a
cached builder) and the handle is what `rows`, `run` and `run_many` take; anything
else is refused, so a statement built per call cannot slip in and be compiled per
call. Each handle keeps its own compiled forms: one per dialect, set of INSERT/UPDATE
keys and IN-list length, bounded by `FORMS_PER_STATEMENT`. It uses SQLAlchemy's
compiler API (`compile`, `construct_expanded_state`, `bind_names`, `positiontup`),
which is why pyproject.toml bounds SQLAlchemy's version.
"""

from __future__ import annotations

from collections import Counter, namedtuple
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.dml import Insert, UpdateBase

Params = Mapping[str, Any]
# One result row: a named tuple of the statement's columns (typed as loosely as Row).
Record = Any
Processor = Callable[[Any], Any] | None
# Compiled forms kept per statement; each IN-list length and key set is a form of its own.
FORMS_PER_STATEMENT = 64
# IN lists longer than this are rendered at the next power of two, padded with their
# last value (a repeat changes neither IN nor NOT IN): a few forms serve every length.
EXACT_LIST = 8
# Statements run while `counting()` is active, by SQL text (for tests and benchmarks).
_COUNTERS: list[Counter[str]] = []


@dataclass(frozen=True)
class _Form:
    """A statement compiled for one dialect, one set of INSERT/UPDATE keys and one
    length of each IN list."""

    sql: str
    order: tuple[str, ...] | None  # placeholders' names in order; None: named placeholders
    binds: dict[str, tuple[str, int | None, Processor]]  # placeholder -> param, item, processor
    given: dict[str, Any]  # values the statement holds itself (a literal, a literal IN list)
    defaults: dict[str, Callable[[], Any]]  # column defaults of keys a statement was not given
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


class Prepared:
    """A statement registered for the fast path, with its compiled forms."""

    __slots__ = ("_compiled", "_forms", "statement")

    def __init__(self, statement: ClauseElement) -> None:
        self.statement = statement
        # (dialect, keys) -> (compiled, its IN lists, its row class)
        self._compiled: dict[tuple[str, tuple[str, ...]], tuple[Any, Any, Any]] = {}
        self._forms: dict[tuple[Any, ...], _Form] = {}

    def __repr__(self) -> str:
        return f"Prepared({self.statement})"

    def form(self, dialect: Dialect, params: Params) -> _Form:
        keys = tuple(params) if isinstance(self.statement, UpdateBase) else ()
        base = (dialect.dialect_description, keys)  # e.g. "sqlite+pysqlite"
        compiled, lists, row = self._compiled.get(base) or self._compile(base, dialect)
        lengths = tuple(_slots(len(params.get(name, value))) for name, value in lists)
        form = self._forms.get((*base, lengths))
        if form is None:
            if len(self._forms) >= FORMS_PER_STATEMENT:
                del self._forms[next(iter(self._forms))]  # the oldest
            shape = {name: n for (name, _), n in zip(lists, lengths, strict=True)}
            form = self._forms[(*base, lengths)] = _shape(compiled, shape, row)
        return form

    def _compile(self, base: tuple[str, tuple[str, ...]], dialect: Dialect) -> tuple[Any, ...]:
        """The statement compiled, its IN lists (name, the list it holds, if any) and the
        named tuple class of its rows (None when it returns none)."""
        _name, keys = base
        is_dml = isinstance(self.statement, UpdateBase)
        compiled = self.statement.compile(
            dialect=dialect, column_keys=list(keys) if is_dml else None
        )
        lists = tuple(
            (name, bind.value or ()) for bind, name in compiled.bind_names.items() if bind.expanding
        )
        names = [name for name, _ in _columns(self.statement)]
        row = namedtuple("Record", names) if names else None  # type: ignore[misc]
        self._compiled[base] = (compiled, lists, row)
        return compiled, lists, row


def prepare(statement: ClauseElement) -> Prepared:
    """Register a statement once (at import, or in a cached builder) for `rows`/`run`."""
    return Prepared(statement)


def rows(connection: Connection, prepared: Prepared, params: Params | None = None) -> list[Record]:
    """The statement's result rows."""
    form = _checked(prepared).form(connection.dialect, params or {})
    cursor = _call(connection, form.sql, form.arguments(params or {}), many=False)
    try:
        return form.read(cursor, connection.dialect) if form.row else []
    finally:
        cursor.close()


def run(connection: Connection, prepared: Prepared, params: Params | None = None) -> None:
    """Run a statement whose result is not needed."""
    form = _checked(prepared).form(connection.dialect, params or {})
    _call(connection, form.sql, form.arguments(params or {}), many=False).close()


def run_many(connection: Connection, prepared: Prepared, many: Sequence[Params]) -> None:
    """Run a statement once per parameter set, in one call; every set has the same keys
    (one compiled form serves them all, so a key missing from the first would be lost)."""
    if not many:
        return
    keys = set(many[0])
    odd = next((params for params in many if set(params) != keys), None)
    if odd is not None:
        raise ValueError(
            f"run_many needs the same keys in every parameter set: {sorted(keys)} "
            f"then {sorted(odd)}"
        )
    form = _checked(prepared).form(connection.dialect, many[0])
    arguments = [form.arguments(params) for params in many]
    _call(connection, form.sql, arguments, many=True).close()


@contextmanager
def counting() -> Iterator[Counter[str]]:
    """Count the statements run inside the block, by SQL text."""
    counter: Counter[str] = Counter()
    _COUNTERS.append(counter)
    try:
        yield counter
    finally:
        _COUNTERS.remove(counter)


def _checked(prepared: Any) -> Prepared:
    if not isinstance(prepared, Prepared):
        raise TypeError(
            "prepared.rows/run/run_many take a statement registered once with "
            f"prepared.prepare(...), not {type(prepared).__name__}"
        )
    return prepared


def _call(connection: Connection, sql: str, arguments: Any, *, many: bool) -> Any:
    """Run on the connection's DBAPI cursor, in its transaction, with the driver's
    errors raised as SQLAlchemy's (callers catch DBAPIError either way)."""
    if not connection.in_transaction():
        connection.begin()  # as Connection.execute would (autobegin)
    for counter in _COUNTERS:
        counter[sql] += len(arguments) if many else 1
    cursor = connection.connection.cursor()
    dialect = connection.dialect
    try:
        (cursor.executemany if many else cursor.execute)(sql, arguments)
    except dialect.loaded_dbapi.Error as exc:
        cursor.close()
        base = dialect.loaded_dbapi.Error
        raise DBAPIError.instance(sql, arguments, exc, base, dialect=dialect) from exc
    return cursor


def _slots(length: int) -> int:
    """Placeholders rendered for an IN list of `length` values (see EXACT_LIST)."""
    return length if length <= EXACT_LIST else 1 << (length - 1).bit_length()


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
    # Columns whose default SQLAlchemy would compute at execution (see `_defaults`).
    prefetch = {column.key for column in (*compiled.insert_prefetch, *compiled.update_prefetch)}
    for bind, name in names.items():
        processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
        if not bind.required and name not in prefetch:  # a value the statement holds, None too
            given[name] = bind.effective_value
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
    """What SQLAlchemy fills in for the columns a statement's parameters leave out: an
    INSERT's column defaults, an UPDATE's `onupdate` values."""
    table = getattr(statement, "table", None)
    defaults: dict[str, Callable[[], Any]] = {}
    for column in table.c if table is not None else ():
        default = column.default if isinstance(statement, Insert) else column.onupdate
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
