"""When and how fonds sends a request again: reads on connection errors, 502/503/504, and 2xx answers whose body
is broken (not JSON, cut short, not the operation's shape), with exponential backoff and jitter (tenacity); never
a POST or DELETE unless the caller says it is safe; never past the call's deadline."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import attrs
import httpx
import tenacity

from . import errors
from .errors import CallTimeout

RETRY_STATUSES = frozenset({502, 503, 504})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class RetryableStatus(Exception):
    """Raised inside the retry loop for a 502/503/504 answer so tenacity tries again."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        super().__init__(response.status_code)


class BrokenBody(Exception):
    """Raised inside the retry loop for a 2xx answer fonds cannot use, so a read is sent again; ``error`` is the
    ``InvalidResponse`` raised if no attempt does better."""

    def __init__(self, error: errors.InvalidResponse) -> None:
        self.error = error
        super().__init__(str(error))


def _retryable(exc: BaseException) -> bool:
    if isinstance(exc, CallTimeout):
        return False
    if isinstance(exc, errors.ServerError):  # raised inside an attempt only by a login the session's flow sent
        return exc.status in RETRY_STATUSES
    # InvalidResponse raised (not wrapped) inside an attempt: a login answered with something that is not one
    return isinstance(
        exc, (httpx.TransportError, errors.TransportError, errors.InvalidResponse, RetryableStatus, BrokenBody)
    )


class _PastDeadline(tenacity.stop.stop_base):
    """Stop when the next wait would end past the deadline."""

    def __init__(self, deadline: float | None) -> None:
        self.deadline = deadline

    def __call__(self, retry_state: tenacity.RetryCallState) -> bool:
        if self.deadline is None:
            return False
        return time.monotonic() + (retry_state.upcoming_sleep or 0) >= self.deadline


@attrs.frozen
class RetryPolicy:
    """How reads are retried.

    ``attempts`` counts the first try (1 turns retries off); waits grow from ``initial`` seconds doubling up to
    ``maximum``, with full jitter, and never run past the client's ``call_timeout``. A read is retried on a
    connection error, a 502/503/504, and a 2xx whose body is broken (not JSON, cut short, not the operation's
    shape), since nothing of it was handed out yet. ``unsafe=True`` also retries POST and DELETE: only for calls
    you know are idempotent, since a blind retry of a create can make a duplicate record.

    Example::

        ArchivesSpace(url, username="admin", password="admin", retry=RetryPolicy(attempts=8, maximum=30))
    """

    attempts: int = 4
    initial: float = 0.2
    maximum: float = 10.0
    unsafe: bool = False

    def applies_to(self, method: str) -> bool:
        """Whether a request with ``method`` may be sent again (``RetryPolicy().applies_to("POST")`` is False)."""
        return self.attempts > 1 and (self.unsafe or method.upper() in SAFE_METHODS)

    def tenacity_kwargs(self, deadline: float | None = None) -> dict[str, object]:
        """The arguments of ``tenacity.Retrying`` / ``AsyncRetrying`` for this policy; with a ``deadline``
        (``time.monotonic()`` value) no wait runs past it: the last error is raised instead."""

        return {
            "stop": tenacity.stop_any(tenacity.stop_after_attempt(self.attempts), _PastDeadline(deadline)),
            "wait": tenacity.wait_random_exponential(multiplier=self.initial, max=self.maximum),
            "retry": tenacity.retry_if_exception(_retryable),
            "reraise": True,
        }


NO_RETRY = RetryPolicy(attempts=1)

R = TypeVar("R")


def retried(policy: RetryPolicy, deadline: float | None, attempt: Callable[[], R]) -> R:
    """``attempt()`` under ``policy``'s retries. The result is handed back outside tenacity's state, whose
    reference cycles would keep each answer (a whole page of records) alive until the collector's next full
    pass: a long harvest's memory then grew with its length.

    Example: ``response = retried(RetryPolicy(), None, lambda: http.get("/version"))``.
    """
    box: list[R] = []

    def once() -> None:
        box[:] = [attempt()]

    tenacity.Retrying(**policy.tenacity_kwargs(deadline))(once)  # type: ignore[arg-type]
    return box.pop()


async def aretried(policy: RetryPolicy, deadline: float | None, attempt: Callable[[], Awaitable[R]]) -> R:
    """The asynchronous twin of :func:`retried`.

    Example: ``response = await aretried(RetryPolicy(), None, lambda: http.get("/version"))``.
    """
    box: list[R] = []

    async def once() -> None:
        box[:] = [await attempt()]

    await tenacity.AsyncRetrying(**policy.tenacity_kwargs(deadline))(once)  # type: ignore[arg-type]
    return box.pop()
