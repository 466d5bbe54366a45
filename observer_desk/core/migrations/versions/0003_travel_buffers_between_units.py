"""travel buffers between units

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 09:28:16.981209
"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa
import observer_desk.core.models.base


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('travel_buffer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('unit_a_id', sa.Integer(), nullable=False),
    sa.Column('unit_b_id', sa.Integer(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('created_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.CheckConstraint('minutes >= 0', name=op.f('ck_travel_buffer_minutes_positive')),
    sa.CheckConstraint('unit_a_id <= unit_b_id', name=op.f('ck_travel_buffer_pair_order')),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_travel_buffer_mission_id_mission'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_a_id'], ['admin_unit.id'], name=op.f('fk_travel_buffer_unit_a_id_admin_unit'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_b_id'], ['admin_unit.id'], name=op.f('fk_travel_buffer_unit_b_id_admin_unit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_travel_buffer')),
    sa.UniqueConstraint('mission_id', 'unit_a_id', 'unit_b_id', name=op.f('uq_travel_buffer_mission_id_unit_a_id_unit_b_id'))
    )
    with op.batch_alter_table('travel_buffer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_travel_buffer_mission_id'), ['mission_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('travel_buffer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_travel_buffer_mission_id'))

    op.drop_table('travel_buffer')
