"""When and how fonds sends a request again: reads on connection errors and 502/503/504, with exponential
backoff and jitter (tenacity); never a POST or DELETE unless the caller says it is safe."""

from __future__ import annotations

import attrs
import httpx
import tenacity

RETRY_STATUSES = frozenset({502, 503, 504})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class RetryableStatus(Exception):
    """Raised inside the retry loop for a 502/503/504 answer so tenacity tries again."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        super().__init__(response.status_code)


@attrs.frozen
class RetryPolicy:
    """How reads are retried.

    ``attempts`` counts the first try (1 turns retries off); waits grow from ``initial`` seconds doubling up to
    ``maximum``, with full jitter. ``unsafe=True`` also retries POST and DELETE: only for calls you know are
    idempotent, since a blind retry of a create can make a duplicate record.

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

    def tenacity_kwargs(self) -> dict[str, object]:
        """The arguments of ``tenacity.Retrying`` / ``AsyncRetrying`` for this policy."""
        return {
            "stop": tenacity.stop_after_attempt(self.attempts),
            "wait": tenacity.wait_random_exponential(multiplier=self.initial, max=self.maximum),
            "retry": tenacity.retry_if_exception_type((httpx.TransportError, RetryableStatus)),
            "reraise": True,
        }


NO_RETRY = RetryPolicy(attempts=1)
