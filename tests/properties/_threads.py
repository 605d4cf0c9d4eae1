"""Threads racing through first reads, for the record runtime's thread tests."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any


def race(read: Callable[[Any], None], outs: list[Any]) -> None:
    """Run ``read(out)`` in one thread for each of ``outs`` at once, the interpreter switching threads as often as
    it can (every microsecond: in the middle of first reads), then restore the switch interval.

    Example: ``race(lambda out: out.append(record.title), [[], []])``.
    """
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=read, args=(out,)) for out in outs]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
