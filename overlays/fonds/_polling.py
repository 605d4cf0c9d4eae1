"""How long-running operations are polled: growing waits with jitter, never hammering the server."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import attrs

from . import errors
from ._wire import deadline


@attrs.frozen
class PollPolicy:
    """How often a long-running operation is polled: waits grow from ``initial`` seconds by ``factor`` up to
    ``maximum``, each with up to ``jitter`` of itself added at random, so many clients never poll in step.

    Example: ``am.transfers.follow(uuid, poll=PollPolicy(initial=5, maximum=60))``.
    """

    initial: float = 1.0
    maximum: float = 30.0
    factor: float = 1.6
    jitter: float = 0.1

    def waits(self) -> Iterator[float]:
        """The successive waits, forever. Example: ``next(PollPolicy(initial=2).waits())`` is 2 to 2.2."""
        wait = self.initial
        while True:
            yield wait * (1 + random.uniform(0, self.jitter))
            wait = min(self.maximum, wait * self.factor)


def seconds(operation: str, timeout: object) -> float | None:
    """``timeout`` checked: None (no limit) or a number of seconds above 0; anything else (a str, a bool, NaN)
    is ``InvalidArgument`` before the first poll.

    Example: ``seconds("wait", 600) == 600``; ``seconds("wait", "600")`` raises.
    """
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0:
        shown = repr(timeout) if isinstance(timeout, (int, float)) else type(timeout).__name__
        raise errors.InvalidArgument(operation, "timeout", "a number of seconds above 0, or None", shown)
    return float(timeout)


@contextmanager
def bounded(timeout: float | None, clock: Callable[[], float], what: Callable[[], str]) -> Iterator[None]:
    """Bound the requests a poller sends by its own ``timeout``: each one waits at most the time left, and a
    request still unanswered when the time is up raises ``OperationTimeout`` (``what()`` says what was still
    running), not a transport timeout. Only when the poller tells real time (``clock`` is ``time.monotonic``):
    a simulator's clock is not the network's.

    Example::

        with bounded(3, time.monotonic, lambda: "transfer 1234"):
            op.status()
    """
    real = timeout if clock is time.monotonic else None
    with deadline(real) as ends:
        try:
            yield
        except errors.TimeoutError as exc:
            if ends is not None and time.monotonic() >= ends - 0.05:
                raise errors.OperationTimeout(f"{what()}: no answer within the timeout of {timeout} s") from exc
            raise
