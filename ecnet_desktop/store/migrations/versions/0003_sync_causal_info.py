"""causal information for merges: per-field bases, the conflicts list, import history

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

SYNCED_TABLES = (
    'devices', 'organisations', 'methodologies', 'events', 'people', 'sessions',
    'registrations', 'attendance', 'notes', 'interview_guides', 'questions', 'interviews',
    'answers',
)


def upgrade() -> None:
    for table in SYNCED_TABLES:
        # A constant server default lets SQLite add the column without rebuilding the table.
        op.add_column(table, sa.Column('bases', sa.Text(), server_default='{}', nullable=False))
    op.create_table('conflicts',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('clock', sa.String(length=64), nullable=False),
    sa.Column('winning_clock', sa.String(length=64), nullable=False),
    sa.Column('source', sa.String(length=500), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflicts')),
    sa.UniqueConstraint('entity', 'row_id', 'field', 'clock',
                        name=op.f('uq_conflicts_entity')),
    )
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflicts_row_id'), ['row_id'], unique=False)
    op.create_table('import_history',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('checksum', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('device_name', sa.String(length=200), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('counts', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_history')),
    )


def downgrade() -> None:
    op.drop_table('import_history')
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflicts_row_id'))
    op.drop_table('conflicts')
    for table in SYNCED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('bases')
