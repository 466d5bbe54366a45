"""unique participants and national turnout figures

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 09:24:08.155341
"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa
import observer_desk.core.models.base


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('cec_turnout', schema=None) as batch_op:
        batch_op.create_index('uq_cec_turnout_national', ['mission_id', 'at'], unique=True, sqlite_where=sa.text('unit_id IS NULL'), postgresql_where=sa.text('unit_id IS NULL'))

    with op.batch_alter_table('event_participant', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_event_participant_event_id_observer_id_team_id'), type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_event_participant_event_id_observer_id'), ['event_id', 'observer_id'])
        batch_op.create_unique_constraint(batch_op.f('uq_event_participant_event_id_team_id'), ['event_id', 'team_id'])



def downgrade() -> None:
    with op.batch_alter_table('event_participant', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_event_participant_event_id_team_id'), type_='unique')
        batch_op.drop_constraint(batch_op.f('uq_event_participant_event_id_observer_id'), type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_event_participant_event_id_observer_id_team_id'), ['event_id', 'observer_id', 'team_id'])

    with op.batch_alter_table('cec_turnout', schema=None) as batch_op:
        batch_op.drop_index('uq_cec_turnout_national', sqlite_where=sa.text('unit_id IS NULL'), postgresql_where=sa.text('unit_id IS NULL'))

