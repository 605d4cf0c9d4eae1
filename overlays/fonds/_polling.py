"""How long-running operations are polled: growing waits with jitter, never hammering the server."""

from __future__ import annotations

import random
from collections.abc import Iterator

import attrs


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
