"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-28 08:23:33.405053
"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa
import observer_desk.core.models.base


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('mission',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('organisation_short', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('host_country', sa.String(length=2), nullable=False),
    sa.Column('election_type', sa.Enum('presidential', 'early_presidential', 'parliamentary', 'local', 'referendum', 'other', name='election_type', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('election_date', sa.Date(), nullable=False),
    sa.Column('cec_name', sa.String(length=200), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('working_languages', sa.String(length=40), nullable=False),
    sa.Column('travel_buffer_minutes', sa.Integer(), nullable=False),
    sa.Column('contact', sa.Text(), nullable=False),
    sa.Column('logo', sa.LargeBinary(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('period_end >= period_start', name=op.f('ck_mission_period_order')),
    sa.CheckConstraint('travel_buffer_minutes >= 0', name=op.f('ck_mission_travel_buffer_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mission')),
    sa.UniqueConstraint('code', name=op.f('uq_mission_code'))
    )
    op.create_table('admin_unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.Enum('region', 'city', 'district', 'other', name='unit_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('name_ru', sa.String(length=200), nullable=False),
    sa.Column('name_zh', sa.String(length=200), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('created_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_admin_unit_mission_id_mission'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['parent_id'], ['admin_unit.id'], name=op.f('fk_admin_unit_parent_id_admin_unit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_admin_unit')),
    sa.UniqueConstraint('mission_id', 'code', name=op.f('uq_admin_unit_mission_id_code'))
    )
    with op.batch_alter_table('admin_unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_admin_unit_mission_id'), ['mission_id'], unique=False)

    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=True),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.Enum('insert', 'update', 'delete', 'import', 'purge', name='audit_action', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('summary', sa.String(length=300), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_audit_entry_mission_id_mission'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_entry_record', ['table_name', 'record_id'], unique=False)

    op.create_table('badge_print_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('layout', sa.String(length=40), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_badge_print_run_mission_id_mission'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_badge_print_run'))
    )
    with op.batch_alter_table('badge_print_run', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_badge_print_run_mission_id'), ['mission_id'], unique=False)

    op.create_table('checklist',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('form_id', sa.String(length=80), nullable=False),
    sa.Column('form_version', sa.String(length=40), nullable=False),
    sa.Column('titles', sa.JSON(), nullable=False),
    sa.Column('default_language', sa.String(length=8), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_checklist_mission_id_mission'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist')),
    sa.UniqueConstraint('mission_id', 'form_id', 'form_version', name=op.f('uq_checklist_mission_id_form_id_form_version'))
    )
    with op.batch_alter_table('checklist', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_mission_id'), ['mission_id'], unique=False)

    op.create_table('sending_body',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.Enum('state', 'organisation', name='body_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('body_type', sa.Enum('member_state', 'legislative', 'executive', 'election_authority', 'secretariat', 'rats', 'other', name='body_type', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('country_code', sa.String(length=2), nullable=True),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('name_ru', sa.String(length=200), nullable=False),
    sa.Column('name_zh', sa.String(length=200), nullable=False),
    sa.Column('quota', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('created_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('quota IS NULL OR quota >= 0', name=op.f('ck_sending_body_quota_positive')),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_sending_body_mission_id_mission'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sending_body')),
    sa.UniqueConstraint('mission_id', 'code', name=op.f('uq_sending_body_mission_id_code'))
    )
    with op.batch_alter_table('sending_body', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sending_body_mission_id'), ['mission_id'], unique=False)

    op.create_table('statement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('preliminary', 'final', name='statement_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'issued', name='statement_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('place', sa.String(length=150), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('signatory_name', sa.String(length=200), nullable=False),
    sa.Column('signatory_title', sa.String(length=300), nullable=False),
    sa.Column('issued_at', observer_desk.core.models.base.UTCDateTime(), nullable=True),
    sa.Column('data_snapshot', sa.JSON(), nullable=True),
    sa.Column('created_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_statement_mission_id_mission'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statement')),
    sa.UniqueConstraint('mission_id', 'kind', 'language', 'revision', name=op.f('uq_statement_mission_id_kind_language_revision'))
    )
    with op.batch_alter_table('statement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statement_mission_id'), ['mission_id'], unique=False)

    op.create_table('cec_turnout',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('turnout_percent', sa.Double(), nullable=False),
    sa.Column('voters', sa.Integer(), nullable=True),
    sa.Column('registered_voters', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.CheckConstraint('turnout_percent >= 0 AND turnout_percent <= 100', name=op.f('ck_cec_turnout_percent_range')),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_cec_turnout_mission_id_mission'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['admin_unit.id'], name=op.f('fk_cec_turnout_unit_id_admin_unit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cec_turnout')),
    sa.UniqueConstraint('mission_id', 'unit_id', 'at', name=op.f('uq_cec_turnout_mission_id_unit_id_at'))
    )
    with op.batch_alter_table('cec_turnout', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cec_turnout_mission_id'), ['mission_id'], unique=False)

    op.create_table('checklist_section',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('checklist_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('labels', sa.JSON(), nullable=False),
    sa.Column('relevant', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['checklist_id'], ['checklist.id'], name=op.f('fk_checklist_section_checklist_id_checklist'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_section')),
    sa.UniqueConstraint('checklist_id', 'name', name=op.f('uq_checklist_section_checklist_id_name'))
    )
    op.create_table('choice_list',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('checklist_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['checklist_id'], ['checklist.id'], name=op.f('fk_choice_list_checklist_id_checklist'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_choice_list')),
    sa.UniqueConstraint('checklist_id', 'name', name=op.f('uq_choice_list_checklist_id_name'))
    )
    op.create_table('observer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('family_name', sa.String(length=100), nullable=False),
    sa.Column('given_names', sa.String(length=150), nullable=False),
    sa.Column('native_name', sa.String(length=200), nullable=False),
    sa.Column('sex', sa.Enum('F', 'M', 'X', name='sex', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('citizenship', sa.String(length=2), nullable=True),
    sa.Column('sending_body_id', sa.Integer(), nullable=True),
    sa.Column('institution', sa.String(length=300), nullable=False),
    sa.Column('position', sa.String(length=300), nullable=False),
    sa.Column('authority_type', sa.Enum('member_state', 'legislative', 'executive', 'election_authority', 'secretariat', 'rats', 'other', name='authority_type', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('mission_role', sa.Enum('head', 'deputy', 'coordinator', 'observer', 'interpreter', 'staff', name='mission_role', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('passport_number', sa.String(length=40), nullable=False),
    sa.Column('passport_expiry', sa.Date(), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('languages', sa.String(length=60), nullable=False),
    sa.Column('arrival_flight', sa.String(length=40), nullable=False),
    sa.Column('arrival_at', observer_desk.core.models.base.UTCDateTime(), nullable=True),
    sa.Column('departure_flight', sa.String(length=40), nullable=False),
    sa.Column('departure_at', observer_desk.core.models.base.UTCDateTime(), nullable=True),
    sa.Column('hotel', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('accreditation_status', sa.Enum('nominated', 'documents_complete', 'submitted', 'accredited', 'badge_issued', 'rejected', 'withdrawn', 'replaced', name='accreditation_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('cec_note_reference', sa.String(length=80), nullable=False),
    sa.Column('cec_note_date', sa.Date(), nullable=True),
    sa.Column('cec_certificate_number', sa.String(length=80), nullable=False),
    sa.Column('cec_certificate_date', sa.Date(), nullable=True),
    sa.Column('status_reason', sa.Text(), nullable=False),
    sa.Column('replaced_by_id', sa.Integer(), nullable=True),
    sa.Column('badge_version', sa.Integer(), nullable=False),
    sa.Column('created_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('departure_at IS NULL OR arrival_at IS NULL OR departure_at >= arrival_at', name=op.f('ck_observer_travel_order')),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_observer_mission_id_mission'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['replaced_by_id'], ['observer.id'], name=op.f('fk_observer_replaced_by_id_observer'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['sending_body_id'], ['sending_body.id'], name=op.f('fk_observer_sending_body_id_sending_body'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_observer')),
    sa.UniqueConstraint('mission_id', 'code', name=op.f('uq_observer_mission_id_code'))
    )
    with op.batch_alter_table('observer', schema=None) as batch_op:
        batch_op.create_index('ix_observer_mission_status', ['mission_id', 'accreditation_status'], unique=False)
        batch_op.create_index(batch_op.f('ix_observer_sending_body_id'), ['sending_body_id'], unique=False)
        batch_op.create_index('uq_observer_one_head', ['mission_id'], unique=True, sqlite_where=sa.text("mission_role = 'head'"), postgresql_where=sa.text("mission_role = 'head'"))

    op.create_table('polling_station',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('registered_voters', sa.Integer(), nullable=True),
    sa.Column('opens_at', sa.Time(), nullable=False),
    sa.Column('closes_at', sa.Time(), nullable=False),
    sa.Column('latitude', sa.Double(), nullable=True),
    sa.Column('longitude', sa.Double(), nullable=True),
    sa.Column('created_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('closes_at > opens_at', name=op.f('ck_polling_station_hours_order')),
    sa.CheckConstraint('registered_voters IS NULL OR registered_voters >= 0', name=op.f('ck_polling_station_registered_voters_positive')),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_polling_station_mission_id_mission'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['admin_unit.id'], name=op.f('fk_polling_station_unit_id_admin_unit'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_polling_station')),
    sa.UniqueConstraint('mission_id', 'number', name=op.f('uq_polling_station_mission_id_number'))
    )
    with op.batch_alter_table('polling_station', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_polling_station_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_polling_station_unit_id'), ['unit_id'], unique=False)

    op.create_table('statement_section',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('statement_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('heading', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['statement_id'], ['statement.id'], name=op.f('fk_statement_section_statement_id_statement'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statement_section')),
    sa.UniqueConstraint('statement_id', 'position', name=op.f('uq_statement_section_statement_id_position'))
    )
    op.create_table('venue',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('hotel', 'election_commission', 'ministry', 'office', 'airport', 'other', name='venue_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('latitude', sa.Double(), nullable=True),
    sa.Column('longitude', sa.Double(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_venue_mission_id_mission'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['admin_unit.id'], name=op.f('fk_venue_unit_id_admin_unit'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_venue'))
    )
    with op.batch_alter_table('venue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_venue_mission_id'), ['mission_id'], unique=False)

    op.create_table('accreditation_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('observer_id', sa.Integer(), nullable=False),
    sa.Column('at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('from_status', sa.Enum('nominated', 'documents_complete', 'submitted', 'accredited', 'badge_issued', 'rejected', 'withdrawn', 'replaced', name='from_status', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('to_status', sa.Enum('nominated', 'documents_complete', 'submitted', 'accredited', 'badge_issued', 'rejected', 'withdrawn', 'replaced', name='to_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('reference', sa.String(length=80), nullable=False),
    sa.Column('reference_date', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('replaced_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['observer_id'], ['observer.id'], name=op.f('fk_accreditation_event_observer_id_observer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['replaced_by_id'], ['observer.id'], name=op.f('fk_accreditation_event_replaced_by_id_observer'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accreditation_event'))
    )
    with op.batch_alter_table('accreditation_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_accreditation_event_observer_id'), ['observer_id'], unique=False)

    op.create_table('badge_print_item',
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('observer_id', sa.Integer(), nullable=False),
    sa.Column('badge_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['observer_id'], ['observer.id'], name=op.f('fk_badge_print_item_observer_id_observer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['run_id'], ['badge_print_run.id'], name=op.f('fk_badge_print_item_run_id_badge_print_run'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('run_id', 'observer_id', name=op.f('pk_badge_print_item'))
    )
    with op.batch_alter_table('badge_print_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_badge_print_item_observer_id'), ['observer_id'], unique=False)

    op.create_table('choice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('choice_list_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('value', sa.String(length=80), nullable=False),
    sa.Column('labels', sa.JSON(), nullable=False),
    sa.Column('negative', sa.Boolean(), nullable=False),
    sa.Column('excluded', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['choice_list_id'], ['choice_list.id'], name=op.f('fk_choice_choice_list_id_choice_list'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_choice')),
    sa.UniqueConstraint('choice_list_id', 'value', name=op.f('uq_choice_choice_list_id_value'))
    )
    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('meeting', 'briefing', 'visit', 'travel', 'other', name='event_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('starts_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('ends_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('venue_id', sa.Integer(), nullable=True),
    sa.Column('polling_station_id', sa.Integer(), nullable=True),
    sa.Column('phase', sa.Enum('opening', 'voting', 'count', name='event_phase', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('counterpart', sa.String(length=300), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('ends_at >= starts_at', name=op.f('ck_event_time_order')),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_event_mission_id_mission'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['polling_station_id'], ['polling_station.id'], name=op.f('fk_event_polling_station_id_polling_station'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['venue_id'], ['venue.id'], name=op.f('fk_event_venue_id_venue'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_polling_station_id'), ['polling_station_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_starts_at'), ['starts_at'], unique=False)

    op.create_table('observer_photo',
    sa.Column('observer_id', sa.Integer(), nullable=False),
    sa.Column('image', sa.LargeBinary(), nullable=False),
    sa.Column('mime_type', sa.String(length=40), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('updated_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['observer_id'], ['observer.id'], name=op.f('fk_observer_photo_observer_id_observer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('observer_id', name=op.f('pk_observer_photo'))
    )
    op.create_table('question',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('checklist_id', sa.Integer(), nullable=False),
    sa.Column('section_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('answer_type', sa.Enum('yes_no', 'integer', 'time', 'rating4', 'single', 'multiple', 'text', name='answer_type', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('choice_list_id', sa.Integer(), nullable=True),
    sa.Column('labels', sa.JSON(), nullable=False),
    sa.Column('hints', sa.JSON(), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('constraint', sa.Text(), nullable=False),
    sa.Column('constraint_messages', sa.JSON(), nullable=False),
    sa.Column('relevant', sa.Text(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['checklist_id'], ['checklist.id'], name=op.f('fk_question_checklist_id_checklist'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['choice_list_id'], ['choice_list.id'], name=op.f('fk_question_choice_list_id_choice_list'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['section_id'], ['checklist_section.id'], name=op.f('fk_question_section_id_checklist_section'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_question')),
    sa.UniqueConstraint('checklist_id', 'name', name=op.f('uq_question_checklist_id_name'))
    )
    op.create_table('team',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('vehicle', sa.String(length=80), nullable=False),
    sa.Column('driver_name', sa.String(length=150), nullable=False),
    sa.Column('driver_phone', sa.String(length=60), nullable=False),
    sa.Column('interpreter_id', sa.Integer(), nullable=True),
    sa.Column('area_unit_id', sa.Integer(), nullable=True),
    sa.Column('area', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['area_unit_id'], ['admin_unit.id'], name=op.f('fk_team_area_unit_id_admin_unit'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['interpreter_id'], ['observer.id'], name=op.f('fk_team_interpreter_id_observer'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_team_mission_id_mission'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team')),
    sa.UniqueConstraint('mission_id', 'name', name=op.f('uq_team_mission_id_name'))
    )
    with op.batch_alter_table('team', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_mission_id'), ['mission_id'], unique=False)

    op.create_table('event_participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('observer_id', sa.Integer(), nullable=True),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('(observer_id IS NULL) <> (team_id IS NULL)', name=op.f('ck_event_participant_observer_or_team')),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_event_participant_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['observer_id'], ['observer.id'], name=op.f('fk_event_participant_observer_id_observer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_event_participant_team_id_team'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_participant')),
    sa.UniqueConstraint('event_id', 'observer_id', 'team_id', name=op.f('uq_event_participant_event_id_observer_id_team_id'))
    )
    with op.batch_alter_table('event_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_participant_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_participant_observer_id'), ['observer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_participant_team_id'), ['team_id'], unique=False)

    op.create_table('team_member',
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('observer_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['observer_id'], ['observer.id'], name=op.f('fk_team_member_observer_id_observer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_team_member_team_id_team'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('team_id', 'observer_id', name=op.f('pk_team_member'))
    )
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_member_observer_id'), ['observer_id'], unique=False)

    op.create_table('visit_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('checklist_id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('polling_station_id', sa.Integer(), nullable=True),
    sa.Column('event_id', sa.Integer(), nullable=True),
    sa.Column('phase', sa.Enum('opening', 'voting', 'count', name='report_phase', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('arrived_at', observer_desk.core.models.base.UTCDateTime(), nullable=True),
    sa.Column('departed_at', observer_desk.core.models.base.UTCDateTime(), nullable=True),
    sa.Column('source', sa.Enum('manual', 'odk', 'kobo', name='report_source', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('instance_id', sa.String(length=100), nullable=True),
    sa.Column('submitted_by', sa.String(length=150), nullable=False),
    sa.Column('flagged', sa.Boolean(), nullable=False),
    sa.Column('flag_reason', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('departed_at IS NULL OR arrived_at IS NULL OR departed_at >= arrived_at', name=op.f('ck_visit_report_time_order')),
    sa.ForeignKeyConstraint(['checklist_id'], ['checklist.id'], name=op.f('fk_visit_report_checklist_id_checklist'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_visit_report_event_id_event'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_visit_report_mission_id_mission'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['polling_station_id'], ['polling_station.id'], name=op.f('fk_visit_report_polling_station_id_polling_station'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_visit_report_team_id_team'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_report')),
    sa.UniqueConstraint('mission_id', 'instance_id', name=op.f('uq_visit_report_mission_id_instance_id'))
    )
    with op.batch_alter_table('visit_report', schema=None) as batch_op:
        batch_op.create_index('ix_visit_report_mission_phase', ['mission_id', 'phase'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_report_polling_station_id'), ['polling_station_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_report_team_id'), ['team_id'], unique=False)

    op.create_table('answer',
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['question_id'], ['question.id'], name=op.f('fk_answer_question_id_question'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['report_id'], ['visit_report.id'], name=op.f('fk_answer_report_id_visit_report'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('report_id', 'question_id', name=op.f('pk_answer'))
    )
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.create_index('ix_answer_question_value', ['question_id', 'value'], unique=False)

    op.create_table('incident',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=True),
    sa.Column('polling_station_id', sa.Integer(), nullable=True),
    sa.Column('category', sa.String(length=80), nullable=False),
    sa.Column('severity', sa.Enum('minor', 'serious', 'critical', name='severity', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('occurred_at', observer_desk.core.models.base.UTCDateTime(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('created_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_incident_mission_id_mission'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['polling_station_id'], ['polling_station.id'], name=op.f('fk_incident_polling_station_id_polling_station'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['report_id'], ['visit_report.id'], name=op.f('fk_incident_report_id_visit_report'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident'))
    )
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_report_id'), ['report_id'], unique=False)

    op.create_table('turnout_reading',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=True),
    sa.Column('polling_station_id', sa.Integer(), nullable=False),
    sa.Column('at', observer_desk.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('registered_voters', sa.Integer(), nullable=False),
    sa.Column('ballots_issued', sa.Integer(), nullable=False),
    sa.CheckConstraint('ballots_issued >= 0 AND registered_voters > 0', name=op.f('ck_turnout_reading_positive')),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_turnout_reading_mission_id_mission'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['polling_station_id'], ['polling_station.id'], name=op.f('fk_turnout_reading_polling_station_id_polling_station'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['report_id'], ['visit_report.id'], name=op.f('fk_turnout_reading_report_id_visit_report'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_turnout_reading'))
    )
    with op.batch_alter_table('turnout_reading', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_turnout_reading_mission_id'), ['mission_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('turnout_reading', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_turnout_reading_mission_id'))

    op.drop_table('turnout_reading')
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_report_id'))
        batch_op.drop_index(batch_op.f('ix_incident_mission_id'))

    op.drop_table('incident')
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.drop_index('ix_answer_question_value')

    op.drop_table('answer')
    with op.batch_alter_table('visit_report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_report_team_id'))
        batch_op.drop_index(batch_op.f('ix_visit_report_polling_station_id'))
        batch_op.drop_index('ix_visit_report_mission_phase')

    op.drop_table('visit_report')
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_member_observer_id'))

    op.drop_table('team_member')
    with op.batch_alter_table('event_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_participant_team_id'))
        batch_op.drop_index(batch_op.f('ix_event_participant_observer_id'))
        batch_op.drop_index(batch_op.f('ix_event_participant_event_id'))

    op.drop_table('event_participant')
    with op.batch_alter_table('team', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_mission_id'))

    op.drop_table('team')
    op.drop_table('question')
    op.drop_table('observer_photo')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_starts_at'))
        batch_op.drop_index(batch_op.f('ix_event_polling_station_id'))
        batch_op.drop_index(batch_op.f('ix_event_mission_id'))

    op.drop_table('event')
    op.drop_table('choice')
    with op.batch_alter_table('badge_print_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_badge_print_item_observer_id'))

    op.drop_table('badge_print_item')
    with op.batch_alter_table('accreditation_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_accreditation_event_observer_id'))

    op.drop_table('accreditation_event')
    with op.batch_alter_table('venue', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_venue_mission_id'))

    op.drop_table('venue')
    op.drop_table('statement_section')
    with op.batch_alter_table('polling_station', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_polling_station_unit_id'))
        batch_op.drop_index(batch_op.f('ix_polling_station_mission_id'))

    op.drop_table('polling_station')
    with op.batch_alter_table('observer', schema=None) as batch_op:
        batch_op.drop_index('uq_observer_one_head', sqlite_where=sa.text("mission_role = 'head'"), postgresql_where=sa.text("mission_role = 'head'"))
        batch_op.drop_index(batch_op.f('ix_observer_sending_body_id'))
        batch_op.drop_index('ix_observer_mission_status')

    op.drop_table('observer')
    op.drop_table('choice_list')
    op.drop_table('checklist_section')
    with op.batch_alter_table('cec_turnout', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cec_turnout_mission_id'))

    op.drop_table('cec_turnout')
    with op.batch_alter_table('statement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statement_mission_id'))

    op.drop_table('statement')
    with op.batch_alter_table('sending_body', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sending_body_mission_id'))

    op.drop_table('sending_body')
    with op.batch_alter_table('checklist', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_mission_id'))

    op.drop_table('checklist')
    with op.batch_alter_table('badge_print_run', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_badge_print_run_mission_id'))

    op.drop_table('badge_print_run')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entry_record')
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))

    op.drop_table('audit_entry')
    with op.batch_alter_table('admin_unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_admin_unit_mission_id'))

    op.drop_table('admin_unit')
    op.drop_table('mission')
