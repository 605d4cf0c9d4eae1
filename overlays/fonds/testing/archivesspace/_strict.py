"""The hook of strict mode: every request checked against the ArchivesSpace OpenAPI document first.

A validator is any callable taking the :class:`~fonds.testing.Request` and answering None (the request is
valid) or the :class:`~fonds.testing.Response` to send instead (typically a 400 naming what is wrong).
"""

from __future__ import annotations

from .. import _strict
from .._strict import Validator

__all__ = ["Validator", "openapi_validator"]


def openapi_validator() -> Validator:
    """The validator ``strict=True`` uses: requests checked with openapi-core against the bundled spec.

    Example::

        ArchivesSpaceSimulator(strict=True)
    """
    return _strict.openapi_validator("archivesspace_api")
