"""The audit trail: who changed which record, when, which fields, with old and new values.

Changes made through the ORM are recorded by session events, so no service has to remember to
log them: after each flush the inserted, updated and deleted objects of the audited tables are
collected (rows that belong to a record, such as a photo, a team member or an answer, are filed
under that record), merged per record over the whole transaction, and written as audit rows just
before the transaction commits, in the same transaction. A rolled-back unit of work leaves no
trace, and a committed one always has its audit rows.

Services that insert thousands of rows with Core statements (imports) bypass the ORM; they call
record_audit() once per operation, with counts.

Values of personal data are masked before they are stored: the audit trail must not become a
second copy of the passport numbers and contacts that closing a mission removes. The trail is
append-only: nothing here updates or deletes an audit row, and the database refuses it too
(triggers of schema revision 0004).
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, event, func, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import get_history

from .errors import field_label, labelled_fields
from .identity import current_user
from .language import _, listed
from .models import AuditAction, AuditEntry, Base, utcnow

PENDING_KEY = "observer_desk.audit.pending"
QUIET_KEY = "observer_desk.audit.quiet"
USER_KEY = "observer_desk.audit.user"
DATABASE_USER_KEY = "observer_desk.audit.database_user"
# The PostgreSQL setting that holds the application's user name on each connection, for the
# server's own views and logs (pg_stat_activity shows it as the application name too).
PG_USER_SETTING = "observer_desk.user"

MAX_VALUE_CHARS = 2_000  # a statement section is kept whole; a pasted book is not
MAX_SUMMARY_CHARS = 300
SKIPPED_COLUMNS = frozenset({"id", "version", "created_at", "updated_at"})
MASK = "•"


# --- masking personal data -----------------------------------------------------------------

def mask_passport(number: str) -> str:
    """The last three characters, as lists show them."""
    number = (number or "").strip()
    if not number:
        return ""
    if len(number) <= 3:
        return MASK * len(number)
    return MASK * (len(number) - 3) + number[-3:]


def _mask_email(value: str) -> str:
    local, at, domain = (value or "").partition("@")
    if not value:
        return ""
    return (local[:1] + MASK * 3 + at + domain) if at else MASK * 3


def _mask_phone(value: str) -> str:
    digits = [c for c in value or "" if c.isdigit()]
    return (MASK * 3 + "".join(digits[-2:])) if digits else ""


def _mask_date(value: Any) -> str:
    if value in (None, ""):
        return ""
    year = value.year if isinstance(value, date) else str(value)[:4]
    return f"{MASK * 2}.{MASK * 2}.{year}"


def _mask_text(value: Any) -> str:
    text = str(value or "")
    return f"({len(text)} characters)" if text else ""


PERSONAL: dict[str, dict[str, Callable[[Any], str]]] = {
    "observer": {
        "passport_number": mask_passport,
        "passport_expiry": _mask_date,
        "date_of_birth": _mask_date,
        "email": _mask_email,
        "phone": _mask_phone,
        "notes": _mask_text,
    },
    "team": {"driver_phone": _mask_phone},
}


def masked(table: str, field_name: str, value: Any) -> Any:
    """A value as the audit trail stores it: personal data masked, everything JSON-ready."""
    mask = PERSONAL.get(table, {}).get(field_name)
    if mask is not None and value not in (None, ""):
        return mask(value)
    return plain(value)


def plain(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc)
        return value.isoformat(timespec="seconds")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"(binary data, {len(value):,} bytes)"
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    text = str(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[:MAX_VALUE_CHARS] + "…"


# --- what is audited -------------------------------------------------------------------------

@dataclass(frozen=True)
class Ref:
    """A record named by table and id, replaced by its label when the entry is written."""

    table: str
    id: int | None


# The column (or columns) that name a record in a summary; records without one are "#id".
LABEL_COLUMNS: dict[str, tuple[str, ...]] = {
    "mission": ("code",),
    "sending_body": ("code",),
    "observer": ("code", "family_name", "given_names"),
    "admin_unit": ("code",),
    "polling_station": ("number",),
    "venue": ("name",),
    "team": ("name",),
    "event": ("title",),
    "checklist": ("form_id", "form_version"),
    "question": ("name",),
    "statement": ("kind", "language", "revision"),
    "incident": ("category",),
    "badge_print_run": ("layout",),
}

# Records people keep, audited under their own table.
RECORD_TABLES = frozenset({
    "mission", "sending_body", "observer", "admin_unit", "polling_station", "venue",
    "travel_buffer", "team", "event", "checklist", "visit_report", "incident", "turnout_reading",
    "cec_turnout", "statement", "badge_print_run",
})


@dataclass(frozen=True)
class Part:
    """Rows that are part of a record: their changes are filed under the owner record.

    `key` names the field an insert or delete shows (an answer is "answer <question>"); with
    `counted`, an owner's entry only counts them (the questions of a checklist)."""

    owner: str
    owner_column: str
    key: Callable[[Mapping[str, Any]], Any]
    value: Callable[[Mapping[str, Any]], Any] | None = None  # None: "added" and "removed"
    value_column: str | None = None  # an update of this column is shown under `key` itself
    counted: bool = False


def _accreditation_step(values: Mapping[str, Any]) -> str:
    before, after = values.get("from_status"), values.get("to_status")
    text = f"{plain(before) or 'new'} → {plain(after)}"
    details = [str(values.get("reference") or ""), plain(values.get("reference_date")) or "",
               str(values.get("note") or "")]
    details = [d for d in details if d]
    return text + (f" ({'; '.join(details)})" if details else "")


def _participant(values: Mapping[str, Any]) -> tuple[str, Ref]:
    if values.get("observer_id") is not None:
        return ("participant", Ref("observer", values["observer_id"]))
    return ("participant", Ref("team", values.get("team_id")))


PARTS: dict[str, Part] = {
    "observer_photo": Part("observer", "observer_id", key=lambda v: "photo",
                           value=lambda v: "photo added"),
    "accreditation_event": Part("observer", "observer_id", key=lambda v: "accreditation step",
                                value=_accreditation_step),
    "team_member": Part("team", "team_id", key=lambda v: ("member", Ref("observer", v.get("observer_id")))),
    "event_participant": Part("event", "event_id", key=_participant),
    "answer": Part("visit_report", "report_id",
                   key=lambda v: ("answer", Ref("question", v.get("question_id"))),
                   value=lambda v: v.get("value"), value_column="value"),
    "statement_section": Part("statement", "statement_id",
                              key=lambda v: f"section {v.get('position')} ({v.get('key')})",
                              value=lambda v: v.get("body")),
    "checklist_section": Part("checklist", "checklist_id", key=lambda v: "sections", counted=True),
    "question": Part("checklist", "checklist_id", key=lambda v: "questions", counted=True),
    "choice_list": Part("checklist", "checklist_id", key=lambda v: "choice lists", counted=True),
    "badge_print_item": Part("badge_print_run", "run_id", key=lambda v: "badges", counted=True),
}

PART_DELETE_TEXT = {"observer_photo": "photo removed"}
PART_UPDATE_TEXT = {"observer_photo": "photo changed"}


def audited_tables() -> frozenset[str]:
    return RECORD_TABLES | frozenset(p.owner for p in PARTS.values())


# --- collecting changes ----------------------------------------------------------------------

@dataclass
class _Pending:
    table: str
    record_id: int | None
    action: AuditAction
    changes: dict[str, list[Any]] = field(default_factory=dict)
    counts: dict[str, list[int]] = field(default_factory=dict)  # part: [added, removed]
    label: str | None = None
    mission_id: int | None = None


def _columns(obj: Any) -> list[str]:
    return [attr.key for attr in inspect(obj).mapper.column_attrs if attr.key not in SKIPPED_COLUMNS]


def _values(obj: Any) -> dict[str, Any]:
    """The loaded column values of an object, without loading anything."""
    loaded = inspect(obj).dict
    return {key: loaded[key] for key in _columns(obj) if key in loaded}


def _label_from(table: str, values: Mapping[str, Any]) -> str | None:
    columns = LABEL_COLUMNS.get(table)
    if not columns or any(c not in values for c in columns):
        return None
    return _label_text(table, [values[c] for c in columns])


def _label_text(table: str, parts: Sequence[Any]) -> str:
    if table == "observer":
        code, family, given = (str(p or "") for p in parts)
        return f"{code} {family.upper()} {given}".strip()
    if table == "checklist":
        return f"{parts[0]} v{parts[1]}"
    if table == "statement":
        return f"{plain(parts[0])} {parts[1]} r{parts[2]}"
    return " ".join(str(plain(p)) for p in parts if p not in (None, ""))


def _pending(session: Session) -> dict[tuple[str, int | None], _Pending]:
    return session.info.setdefault(PENDING_KEY, {})


def _entry(session: Session, table: str, record_id: int | None, action: AuditAction) -> _Pending:
    pending = _pending(session)
    key = (table, record_id)
    if key not in pending:
        pending[key] = _Pending(table, record_id, action)
    return pending[key]


def _record_insert(session: Session, table: str, obj: Any) -> None:
    values = _values(obj)
    entry = _entry(session, table, obj.id, AuditAction.INSERT)
    entry.action = AuditAction.INSERT
    entry.changes.update({k: [None, v] for k, v in values.items()
                          if v not in (None, "", {}, []) and k != "mission_id"})
    entry.label = _label_from(table, values) or entry.label
    entry.mission_id = obj.id if table == "mission" else values.get("mission_id")


def _changed_columns(obj: Any) -> dict[str, tuple[Any, Any]]:
    changed = {}
    for key in _columns(obj):
        history = get_history(obj, key)
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            changed[key] = (old, new)
    return changed


def _record_update(session: Session, table: str, obj: Any) -> None:
    changed = _changed_columns(obj)
    if not changed:
        return
    values = _values(obj)
    entry = _entry(session, table, obj.id, AuditAction.UPDATE)
    _merge(entry, {k: (old, new) for k, (old, new) in changed.items()})
    entry.label = _label_from(table, values) or entry.label
    entry.mission_id = obj.id if table == "mission" else values.get("mission_id", entry.mission_id)


def _merge(entry: _Pending, changed: Mapping[str, tuple[Any, Any]]) -> None:
    for key, (old, new) in changed.items():
        if entry.action is AuditAction.INSERT:
            entry.changes[key] = [None, new]
        elif key in entry.changes:
            first_old = entry.changes[key][0]
            if first_old == new:
                del entry.changes[key]  # changed and changed back within one unit of work
            else:
                entry.changes[key] = [first_old, new]
        else:
            entry.changes[key] = [old, new]


def _record_delete(session: Session, table: str, obj: Any) -> None:
    values = _values(obj)
    pending = _pending(session)
    key = (table, obj.id)
    earlier = pending.get(key)
    if earlier is not None and earlier.action is AuditAction.INSERT:
        del pending[key]  # made and removed in one unit of work: nothing happened
        return
    originals = dict(values)
    if earlier is not None:
        originals.update({k: v[0] for k, v in earlier.changes.items() if k in originals})
    entry = _entry(session, table, obj.id, AuditAction.DELETE)
    entry.action = AuditAction.DELETE
    entry.counts.clear()
    entry.changes = {k: [v, None] for k, v in originals.items()
                     if v not in (None, "", {}, []) and k != "mission_id"}
    entry.label = _label_from(table, values) or entry.label
    entry.mission_id = obj.id if table == "mission" else values.get("mission_id", entry.mission_id)


def _record_part(session: Session, table: str, obj: Any, action: AuditAction) -> None:
    part = PARTS[table]
    values = _values(obj)
    owner_id = values.get(part.owner_column)
    if owner_id is None:
        return
    pending = _pending(session)
    entry = pending.get((part.owner, owner_id))
    if entry is not None and entry.action is AuditAction.DELETE:
        return  # the owner's deletion says it all
    if entry is None:
        entry = _entry(session, part.owner, owner_id, AuditAction.UPDATE)
    if part.counted:
        counts = entry.counts.setdefault(str(part.key(values)), [0, 0])
        if action is AuditAction.INSERT:
            counts[0] += 1
        elif action is AuditAction.DELETE:
            counts[1] += 1
        return
    key = part.key(values)
    if action is AuditAction.INSERT:
        _merge_part(entry, key, None, part.value(values) if part.value else "added")
    elif action is AuditAction.DELETE:
        if table in PART_DELETE_TEXT:
            _merge_part(entry, key, "photo", PART_DELETE_TEXT[table])
        elif part.value is None:
            _merge_part(entry, key, "added", "removed")
        else:
            _merge_part(entry, key, part.value(values), None)
    else:
        changed = _changed_columns(obj)
        if table in PART_UPDATE_TEXT:
            if changed:
                _merge_part(entry, key, "photo", PART_UPDATE_TEXT[table])
            return
        for column, (old, new) in changed.items():
            if column == part.owner_column:
                continue
            name = key if column == part.value_column else _field_key(key, column)
            _merge_part(entry, name, old, new)


def _field_key(key: Any, column: str) -> Any:
    if isinstance(key, tuple):
        return (*key, column)
    return f"{key}: {column.replace('_', ' ')}"


def _merge_part(entry: _Pending, key: Any, old: Any, new: Any) -> None:
    if key in entry.changes:
        first_old = entry.changes[key][0]
        if first_old == new and entry.action is not AuditAction.INSERT:
            del entry.changes[key]
        else:
            entry.changes[key] = [first_old, new]
    else:
        entry.changes[key] = [old, new]


def _after_flush(session: Session, _context: Any) -> None:
    if session.info.get(QUIET_KEY):
        return
    for obj in session.new:
        table = getattr(obj, "__tablename__", None)
        if table in RECORD_TABLES:
            _record_insert(session, table, obj)
        elif table in PARTS:
            _record_part(session, table, obj, AuditAction.INSERT)
    for obj in session.dirty:
        table = getattr(obj, "__tablename__", None)
        if table in RECORD_TABLES:
            _record_update(session, table, obj)
        elif table in PARTS:
            _record_part(session, table, obj, AuditAction.UPDATE)


def _deleted(session: Session, obj: Any) -> None:
    """Called for every row a flush deleted, orphans of a relationship included (they never
    appear in session.deleted). An owner's deletion replaces what its parts noted, whichever
    comes first."""
    if session.info.get(QUIET_KEY):
        return
    table = getattr(obj, "__tablename__", None)
    if table in RECORD_TABLES:
        _record_delete(session, table, obj)
    elif table in PARTS:
        _record_part(session, table, obj, AuditAction.DELETE)


def _before_commit(session: Session) -> None:
    if session.info.get(QUIET_KEY):
        return
    session.flush()  # the last changes, so that they are in the entries written now
    if not session.info.get(PENDING_KEY):
        return
    pending = session.info.pop(PENDING_KEY, {})
    entries = [e for e in pending.values() if e.changes or e.counts or e.action is not AuditAction.UPDATE]
    if entries:
        _write(session.connection(), entries, audit_user(session))


def _discard(session: Session, *_args: Any) -> None:
    session.info.pop(PENDING_KEY, None)


# --- writing entries -------------------------------------------------------------------------

def _lookup(connection: Connection, table: str, ids: Iterable[int]) -> dict[int, tuple[str, int | None]]:
    """{id: (label, mission id)} of records, read in one query per table."""
    ids = sorted({i for i in ids if i is not None})
    if not ids:
        return {}
    model = Base.metadata.tables[table]
    columns = [model.c[c] for c in LABEL_COLUMNS.get(table, ())]
    mission = model.c.id if table == "mission" else model.c.get("mission_id")
    found: dict[int, tuple[str, int | None]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        query = select(model.c.id, mission if mission is not None else model.c.id, *columns) \
            .where(model.c.id.in_(chunk))
        for row in connection.execute(query):
            label = _label_text(table, list(row[2:])) if columns else f"#{row[0]}"
            found[row[0]] = (label, row[1] if mission is not None else None)
    return found


def _write(connection: Connection, entries: Sequence[_Pending], user: str) -> None:
    wanted: dict[str, set[int]] = {}
    for entry in entries:
        if entry.record_id is not None and (entry.label is None or entry.mission_id is None):
            wanted.setdefault(entry.table, set()).add(entry.record_id)
        for key, values in entry.changes.items():
            for item in [*(key if isinstance(key, tuple) else (key,)), *values]:
                if isinstance(item, Ref) and item.id is not None:
                    wanted.setdefault(item.table, set()).add(item.id)
    known = {table: _lookup(connection, table, ids) for table, ids in wanted.items()}

    def resolve(item: Any) -> Any:
        if isinstance(item, Ref):
            return known.get(item.table, {}).get(item.id, (f"#{item.id}", None))[0]
        return item

    # Entries about a mission deleted in this unit of work cannot point at it any more.
    gone = {e.record_id for e in entries if e.table == "mission" and e.action is AuditAction.DELETE}
    now = utcnow()
    rows = []
    for entry in entries:
        label, mission_id = known.get(entry.table, {}).get(entry.record_id, (None, None))
        mission_id = entry.mission_id or mission_id
        if mission_id in gone:
            mission_id = None
        label = entry.label or label or (f"#{entry.record_id}" if entry.record_id else "")
        changes: dict[str, Any] = {}
        for key, (old, new) in entry.changes.items():
            name = " ".join(str(resolve(k)) for k in key) if isinstance(key, tuple) else str(key)
            changes[name] = [masked(entry.table, name, resolve(old)), masked(entry.table, name, resolve(new))]
        for name, (added, removed) in entry.counts.items():
            changes[name] = [removed or None, added or None] if entry.action is AuditAction.UPDATE \
                else [None, added]
        rows.append({
            "at": now, "user": user[:100], "mission_id": mission_id,
            "table_name": entry.table, "record_id": entry.record_id, "action": entry.action,
            "summary": summarise(entry.table, label, entry.action, list(changes)),
            "changes": changes,
        })
    connection.execute(insert(AuditEntry.__table__), rows)


def table_title(table: str) -> str:
    return table.replace("_", " ")


def field_title(name: str) -> str:
    return name.replace("_", " ")


def summarise(table: str, label: str, action: AuditAction, fields: Sequence[str]) -> str:
    what = f"{table_title(table)} {label}".strip()
    if action is AuditAction.INSERT:
        text = f"{what} added"
    elif action is AuditAction.DELETE:
        text = f"{what} deleted"
    else:
        shown = ", ".join(field_title(f) for f in fields[:8])
        more = f" and {len(fields) - 8} more" if len(fields) > 8 else ""
        text = f"{what}: {shown}{more} changed" if fields else f"{what} changed"
    return text if len(text) <= MAX_SUMMARY_CHARS else text[:MAX_SUMMARY_CHARS - 1] + "…"


def install_audit(factory: sessionmaker[Session]) -> None:
    """Record every session this factory makes in the audit trail."""
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "persistent_to_deleted", _deleted)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "after_rollback", _discard)
    event.listen(factory, "after_soft_rollback", _discard)
    event.listen(factory, "before_flush", _name_new_rows)
    engine = factory.kw.get("bind")
    if engine is not None and engine.dialect.name == "postgresql":
        _name_connections(factory, engine)


# --- who is working ----------------------------------------------------------------------------

def database_user(factory: sessionmaker[Session]) -> str:
    """The application user of a database's sessions: the name given with work_as, else the
    name set for this program (OBSERVER_DESK_USER) or the computer's login name."""
    return (factory.kw.get("info") or {}).get(DATABASE_USER_KEY) or current_user()


def work_as(db: Any, user: str) -> None:
    """Record the changes made through this opened database under `user`, whatever this
    process's own user is (a program serving several staff members, each with their own
    connection). Services that name a user explicitly still win."""
    name = " ".join(str(user).split())[:100]
    if not name:
        raise ValueError("a user name cannot be empty")
    info = dict(db.sessionmaker.kw.get("info") or {})
    info[DATABASE_USER_KEY] = name
    db.sessionmaker.configure(info=info)


def _named_user(session: Session, given: str | None, default: str) -> str:
    """A user a service named for an entry, by the rule of acting_user."""
    if not given or (given == current_user() and session.info.get(DATABASE_USER_KEY)):
        return default[:100]
    return given[:100]


def audit_user(session: Session) -> str:
    """Who a unit of work's entries are recorded for: the user a service named
    (acting_user), else the database's user."""
    return session.info.get(USER_KEY) or session.info.get(DATABASE_USER_KEY) or current_user()


def _name_new_rows(session: Session, _context: Any, _instances: Any) -> None:
    """Rows that name their user themselves (a step of the accreditation history, a badge print
    run) get the database's user too, by the rule of acting_user: services fill them with
    current_user(), which is the process's user, not the connection's."""
    user = session.info.get(DATABASE_USER_KEY)
    if not user:
        return
    default = current_user()
    for obj in session.new:
        if getattr(obj, "__tablename__", None) != "audit_entry" and getattr(obj, "user", None) == default:
            obj.user = user


def _name_connections(factory: sessionmaker[Session], engine: Any) -> None:
    """On PostgreSQL, tell the server which application user each connection works for: the
    database role alone does not say it when staff share a role, and the server's activity view
    and logs should name the person. The name is set when a pooled connection is handed out to
    someone other than its last user."""

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        user = database_user(factory)
        if record.info.get(PG_USER_SETTING) == user:
            return
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SELECT set_config(%s, %s, false), set_config('application_name', %s, false)",
                           (PG_USER_SETTING, user, f"Observer Desk: {user}"[:63]))
        if not dbapi_connection.autocommit:
            dbapi_connection.commit()
        record.info[PG_USER_SETTING] = user


def quiet(session: Session) -> None:
    """Leave the changes of this unit of work out of the per-record trail: for work that
    records one summary entry itself (creating the demo mission)."""
    session.info[QUIET_KEY] = True
    session.info.pop(PENDING_KEY, None)


def acting_user(session: Session, user: str | None) -> None:
    """Name who the entries of this unit of work are recorded for (default: the database's
    user, see audit_user). Services pass `user or current_user()`: the process's own default
    does not override a user the database was opened for with work_as."""
    if not user:
        return
    if user == current_user() and session.info.get(DATABASE_USER_KEY):
        return
    session.info[USER_KEY] = user


# --- entries written by services -------------------------------------------------------------

def record_audit(session: Session, *, table: str, action: AuditAction, summary: str,
                 mission_id: int | None = None, record_id: int | None = None,
                 changes: Mapping[str, Sequence[Any]] | None = None, user: str | None = None,
                 at: datetime | None = None) -> None:
    """Append one entry for work the session events do not see (bulk inserts with Core):
    one per operation, with counts in `changes` ({what: [old, new]})."""
    record_audit_rows(session, [{
        "table_name": table, "action": action, "summary": summary, "mission_id": mission_id,
        "record_id": record_id, "changes": dict(changes or {}), "user": user, "at": at}])


def record_audit_rows(session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    """Append many entries in one statement (an import's per-record changes); values of
    personal data are masked here like those the session events record."""
    if not rows:
        return
    now = utcnow()
    user = audit_user(session)
    prepared = []
    for row in rows:
        table = row["table_name"]
        changes = {str(k): [masked(table, str(k), v[0]), masked(table, str(k), v[1])]
                   for k, v in (row.get("changes") or {}).items()}
        summary = str(row.get("summary") or "")
        prepared.append({
            "at": row.get("at") or now, "user": _named_user(session, row.get("user"), user),
            "mission_id": row.get("mission_id"), "table_name": table,
            "record_id": row.get("record_id"), "action": AuditAction(row["action"]),
            "summary": summary if len(summary) <= MAX_SUMMARY_CHARS else summary[:299] + "…",
            "changes": changes})
    session.connection().execute(insert(AuditEntry.__table__), prepared)


# --- reading the trail -----------------------------------------------------------------------

@dataclass(frozen=True)
class AuditFilter:
    mission_id: int | None = None
    table: str | None = None
    user: str | None = None
    since: datetime | None = None  # inclusive, aware
    until: datetime | None = None  # exclusive, aware
    record_id: int | None = None

    def apply(self, query: Any) -> Any:
        if self.mission_id is not None:
            query = query.where(AuditEntry.mission_id == self.mission_id)
        if self.table:
            query = query.where(AuditEntry.table_name == self.table)
        if self.user:
            query = query.where(AuditEntry.user == self.user)
        if self.since is not None:
            query = query.where(AuditEntry.at >= self.since)
        if self.until is not None:
            query = query.where(AuditEntry.at < self.until)
        if self.record_id is not None:
            query = query.where(AuditEntry.record_id == self.record_id)
        return query


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user: str
    table_name: str
    record_id: int | None
    action: AuditAction
    summary: str
    changes: dict[str, Any]
    record_label: str = ""  # the record's code or name ("SCO-07", "Team 3"), when it still exists


# The column that names a record to a reader, by table; other records are shown by their id.
_LABEL_COLUMNS = {"mission": "code", "observer": "code", "sending_body": "code", "team": "name",
                  "polling_station": "number", "venue": "name", "admin_unit": "code", "question": "name",
                  "checklist": "form_id"}


def _with_labels(session: Session, rows: list[AuditRow]) -> list[AuditRow]:
    """The rows with their records' labels, one query per table named."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for row in rows:
        if row.record_id is not None and row.table_name in _LABEL_COLUMNS:
            wanted[row.table_name].add(row.record_id)
    labels: dict[tuple[str, int], str] = {}
    for table_name, ids in wanted.items():
        table = Base.metadata.tables.get(table_name)
        column = table.c.get(_LABEL_COLUMNS[table_name]) if table is not None else None
        if column is None:
            continue
        chosen = sorted(ids)
        for start in range(0, len(chosen), 500):  # within every engine's limit on bound values
            query = select(table.c.id, column).where(table.c.id.in_(chosen[start:start + 500]))
            for record_id, label in session.execute(query):
                labels[(table_name, record_id)] = str(label)
    return [replace(row, record_label=labels.get((row.table_name, row.record_id or 0), "")) for row in rows]


def _row(entry: AuditEntry) -> AuditRow:
    return AuditRow(entry.id, entry.at, entry.user, entry.table_name, entry.record_id,
                    AuditAction(entry.action), entry.summary, dict(entry.changes or {}))


def count_entries(db: Any, where: AuditFilter = AuditFilter()) -> int:
    with db.reading() as session:
        return session.scalar(where.apply(select(func.count()).select_from(AuditEntry))) or 0


def audit_entries(db: Any, where: AuditFilter = AuditFilter(), *,
                  offset: int = 0, limit: int | None = 200) -> list[AuditRow]:
    """Entries newest first, a page at a time."""
    query = where.apply(select(AuditEntry)).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if offset:
        query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with db.reading() as session:
        return _with_labels(session, [_row(e) for e in session.scalars(query)])


def record_history(db: Any, table: str, record_id: int) -> list[AuditRow]:
    """Every entry about one record, newest first."""
    return audit_entries(db, AuditFilter(table=table, record_id=record_id), limit=None)


def filter_choices(db: Any, mission_id: int | None = None) -> tuple[list[str], list[str]]:
    """(tables, users) that occur in the trail, for the log's filters."""
    with db.reading() as session:
        base = select(AuditEntry.table_name).distinct()
        users = select(AuditEntry.user).distinct()
        if mission_id is not None:
            base = base.where(AuditEntry.mission_id == mission_id)
            users = users.where(AuditEntry.mission_id == mission_id)
        return sorted(session.scalars(base)), sorted(session.scalars(users))


def latest_change(session: Session, table: str, record_id: int) -> AuditRow | None:
    entry = session.scalar(
        select(AuditEntry).where(AuditEntry.table_name == table, AuditEntry.record_id == record_id)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(1))
    return _row(entry) if entry is not None else None


def changed_field_label(name: str) -> str:
    """A changed field as a message in the current language names it: its label where it has one,
    else the stored name made readable (a question's name, a collection such as 'members')."""
    return field_label(name) if name in labelled_fields() else field_title(name)


def who_changed(session: Session, table: str, record_id: int) -> str:
    """' by NAME at DATE: FIELDS' from the newest entry of a record, in the current language,
    for the message that refuses a stale edit ('...was changed{who} since...'); '' when the
    trail knows nothing. The entry itself stays as it was written."""
    entry = latest_change(session, table, record_id)
    if entry is None:
        return ""
    when = entry.at.strftime("%Y-%m-%d %H:%M UTC")
    fields = [changed_field_label(f) for f in entry.changes][:6]
    if fields and entry.action is AuditAction.UPDATE:
        # TRANSLATORS: follows "was changed" in a refused edit; keep the leading space if the
        # language puts one there. {fields} lists the fields changed.
        return _(" by {user} at {when}: {fields}").format(user=entry.user, when=when,
                                                          fields=listed(fields))
    # TRANSLATORS: follows "was changed" in a refused edit; keep the leading space if the
    # language puts one there.
    return _(" by {user} at {when}").format(user=entry.user, when=when)
