"""SQLAlchemy persistence: tables, engine with SQLite pragmas, migrations, backups."""
