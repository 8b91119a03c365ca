"""search index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    from app.search.indexer import reindex_connection
    from app.search.schema import PG_DDL, SQLITE_DDL

    bind = op.get_bind()
    for ddl in (SQLITE_DDL,) if bind.dialect.name == "sqlite" else PG_DDL:
        op.execute(ddl)
    reindex_connection(bind)  # databases made before the index: index what they hold


def downgrade() -> None:
    op.execute("DROP TABLE search_index")
