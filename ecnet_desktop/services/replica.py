"""This database's identity as a replica: its device id, human name and hybrid clock."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from ..domain.hlc import HybridClock
from ..domain.ids import new_id
from ..store.models import SYNCED_MODELS, Device, LocalState
from .stamping import apply_changes, stamp_new

DEVICE_KEY = "device_id"
DEFAULT_DEVICE_NAME = "Unnamed laptop"


class Replica:
    """Created once per open database; issues clocks for every write made through services."""

    def __init__(self, sessions: sessionmaker[Session], device_id: str, clock: HybridClock):
        self.sessions = sessions
        self.device_id = device_id
        self.clock = clock

    @classmethod
    def load(cls, sessions: sessionmaker[Session], device_name: str | None = None) -> Replica:
        """Read (or on first use create) the device id, and start the clock past all data."""
        with sessions.begin() as s:
            state = s.get(LocalState, DEVICE_KEY)
            if state is None:
                state = LocalState(key=DEVICE_KEY, value=new_id())
                s.add(state)
            device_id = state.value
            clock = HybridClock(device_id)
            # Never issue a clock older than data already here (a laptop's date may be wrong).
            latest = max(
                (s.scalar(select(func.max(m.updated))) or "" for m in SYNCED_MODELS), default=""
            )
            if latest:
                clock.observe(latest, trusted=True)
            device = s.get(Device, device_id)
            if device is None:
                device = Device(id=device_id, name=device_name or DEFAULT_DEVICE_NAME)
                stamp_new(device, clock.tick(), device_id)
                s.add(device)
            elif device_name and device.name != device_name:
                apply_changes(device, {"name": device_name}, clock.tick(), device_id)
        return cls(sessions, device_id, clock)

    def tick(self) -> str:
        return self.clock.tick()

    def device_name(self) -> str:
        with self.sessions() as s:
            device = s.get(Device, self.device_id)
            return device.name if device else DEFAULT_DEVICE_NAME

    def rename(self, name: str) -> None:
        with self.sessions.begin() as s:
            device = s.get(Device, self.device_id)
            assert device is not None
            apply_changes(device, {"name": name.strip() or DEFAULT_DEVICE_NAME},
                          self.tick(), self.device_id)
