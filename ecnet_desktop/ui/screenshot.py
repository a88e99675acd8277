"""Developer tool: render the real main window on a demo database to a PNG (for the README)."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer


def main(argv: list[str]) -> int:
    from ..app import build_context, make_application
    from ..services.container import Services
    from ..services.demo import generate_demo
    from .main_window import MainWindow
    from .settings import Settings

    out = Path(argv[0]) if argv else Path("main-window.png")
    app = make_application(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="ecnet-shot-") as folder:
        db = Path(folder) / "demo.sqlite"
        services = Services.open(db)
        generate_demo(services.database, size="M", seed=1)
        services.close()
        settings = Settings(Path(folder) / "settings.ini")
        settings.device_name = "Laptop Bari 2"
        settings.first_run_done = True
        ctx = build_context(argparse.Namespace(db=db, database_url=None), settings)
        ctx.services.replica.rename("Laptop Bari 2")
        window = MainWindow(ctx)
        window.resize(1180, 760)
        window.show()

        def shoot() -> None:
            out.parent.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(out))
            app.quit()

        QTimer.singleShot(1500, shoot)
        app.exec()
        ctx.close()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
