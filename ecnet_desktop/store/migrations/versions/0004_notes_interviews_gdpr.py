"""recommendation fields, methodology aim, question names, answer coding, consent texts, audit log

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 16:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Constant server defaults let SQLite add the columns without rebuilding the tables.
    op.add_column('methodologies', sa.Column('aim', sa.Text(), server_default='', nullable=False))
    op.add_column('notes', sa.Column('title', sa.String(length=300), server_default='', nullable=False))
    op.add_column('notes', sa.Column('level', sa.String(length=32), nullable=True))
    op.add_column('notes', sa.Column('addressee', sa.String(length=300), server_default='',
                                     nullable=False))
    op.add_column('notes', sa.Column('related', sa.Text(), server_default='[]', nullable=False))
    op.add_column('questions', sa.Column('name', sa.String(length=64), server_default='',
                                         nullable=False))
    op.add_column('answers', sa.Column('tags', sa.String(length=200), server_default='',
                                       nullable=False))
    op.add_column('answers', sa.Column('codes', sa.Text(), server_default='', nullable=False))
    op.create_table('consent_texts',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('version', sa.String(length=32), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.Text(), nullable=False),
    sa.Column('bases', sa.Text(), server_default='{}', nullable=False),
    sa.Column('created', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('updated', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_texts')),
    )
    with op.batch_alter_table('consent_texts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_texts_updated'), ['updated'], unique=False)
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('device_name', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log')),
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))
    op.drop_table('audit_log')
    with op.batch_alter_table('consent_texts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_texts_updated'))
    op.drop_table('consent_texts')
    for table, columns in (('answers', ('codes', 'tags')), ('questions', ('name',)),
                           ('notes', ('related', 'addressee', 'level', 'title')),
                           ('methodologies', ('aim',))):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.drop_column(column)
