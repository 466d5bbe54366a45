"""closing a mission, and an audit trail the database keeps append-only

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 10:00:16.082643
"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa
import observer_desk.core.models.base


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Audit entries are only ever added. Deleting a mission may still clear an entry's mission_id
# (the foreign key's ON DELETE SET NULL), so updates are refused only for the other columns.
# A later revision that rebuilds audit_entry in batch mode must create these triggers again.
AUDITED_COLUMNS = 'id, at, "user", table_name, record_id, action, summary, changes'
SQLITE_TRIGGERS = (
    f"CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OF {AUDITED_COLUMNS} ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: its entries cannot be changed'); END",
    "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: its entries cannot be deleted'); END",
)
# PostgreSQL: one function raising the same messages (as an integrity error, like SQLite's
# ABORT), for updates, deletes and TRUNCATE.
POSTGRESQL_TRIGGERS = (
    "CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "RAISE EXCEPTION 'the audit trail is append-only: its entries cannot be %', "
    "CASE TG_OP WHEN 'UPDATE' THEN 'changed' ELSE 'deleted' END "
    "USING ERRCODE = 'restrict_violation'; END $$",
    f"CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OF {AUDITED_COLUMNS} ON audit_entry "
    "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()",
    "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
    "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()",
    "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()",
)


def upgrade() -> None:
    with op.batch_alter_table('mission', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closed_at', observer_desk.core.models.base.UTCDateTime(), nullable=True))
    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": SQLITE_TRIGGERS, "postgresql": POSTGRESQL_TRIGGERS}.get(dialect, ()):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS audit_entry_append_only() CASCADE")
    with op.batch_alter_table('mission', schema=None) as batch_op:
        batch_op.drop_column('closed_at')
