"""Simulated time: the clock every unit, async task and timestamp of the simulators reads."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta, timezone

EPOCH = datetime(2024, 1, 1, tzinfo=timezone.utc)


class Clock:
    """The time a simulator lives in, in seconds since ``start``; it moves only when told to, or in fast real time.

    By default the clock stands still and tests move it with :meth:`advance`, so a transfer's microservices or a
    Storage Service async task finish exactly when the test says. With ``realtime=True`` it also runs on its own,
    ``speed`` simulated seconds per real second (demos, the loopback server). Simulators that are connected share
    one clock.

    Example::

        clock = Clock()
        sim = ArchivematicaSimulator(clock=clock)
        clock.advance(30)            # thirty simulated seconds pass at once
        fast = Clock(realtime=True, speed=50)
    """

    def __init__(self, *, realtime: bool = False, speed: float = 1.0, start: datetime = EPOCH) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.realtime = realtime
        self.speed = speed
        self.start = start
        self._offset = 0.0
        self._t0 = time.monotonic()
        self._lock = threading.Lock()

    def now(self) -> float:
        """Simulated seconds since ``start``. Example: ``Clock().now() == 0.0``."""
        with self._lock:
            running = (time.monotonic() - self._t0) * self.speed if self.realtime else 0.0
            return self._offset + running

    def advance(self, seconds: float) -> None:
        """Move the clock forward by ``seconds`` (also in real-time mode, on top of the running time).

        Example: ``sim.clock.advance(60)``."""
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        with self._lock:
            self._offset += seconds

    def datetime(self, at: float | None = None) -> datetime:
        """The aware UTC datetime of simulated second ``at`` (now by default).

        Example: ``Clock().datetime().isoformat() == "2024-01-01T00:00:00+00:00"``."""
        return self.start + timedelta(seconds=self.now() if at is None else at)
