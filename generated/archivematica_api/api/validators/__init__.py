"""The `validators` namespace: CSV validators (`avalon`, `rights`)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from io import BytesIO
    from typing import Any, cast

    from ...models.error import Error
    from ...models.validation_failure import ValidationFailure
    from ...models.validation_result import ValidationResult
    from ...models.validator_name import ValidatorName, check_validator_name
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["ValidatorsNamespace", "AsyncValidatorsNamespace"]


class ValidatorsNamespace(Namespace):
    """CSV validators (`avalon`, `rights`)."""

    def validate_csv(self, *, body: File, validator: ValidatorName) -> ValidationResult:
        """Validate a CSV document

        Runs the named validator on the raw CSV body. The Content-Type must be exactly `text/csv;
        charset=utf-8` (both the media type and the charset are checked), otherwise the answer is
        400. A CSV that fails answers 400 `{valid: false, reason}`: that is a verdict, not a
        failure, and fonds's `validate_csv` returns it as a `ValidationResult` with `valid` false;
        the other 400s (`{error: true, message}`) raise `ValidationError`.

        Args:
            body: The request body (`File`).
            validator: The validator to run.

        Returns:
            ValidationResult: The CSV is valid.

        Raises:
            ValidationError: 400: The CSV is invalid (`{valid: false, reason}`), or the request is
                (`{error: true, message}` for a wrong Content-Type or an unexpected validator
                failure).
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            NotFoundError: 404: Unknown validator (`Unknown validator. Accepted values:
                avalon,rights`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            am.validators.validate_csv(body=file, validator=...)
            ```
        """
        from .validate_csv import sync_detailed

        return cast(
            "ValidationResult",
            self._invoker.call(sync_detailed, body=body, validator=validator),
        )


class AsyncValidatorsNamespace(AsyncNamespace):
    """CSV validators (`avalon`, `rights`). (asynchronous)"""

    async def validate_csv(
        self, *, body: File, validator: ValidatorName
    ) -> ValidationResult:
        """Validate a CSV document

        Runs the named validator on the raw CSV body. The Content-Type must be exactly `text/csv;
        charset=utf-8` (both the media type and the charset are checked), otherwise the answer is
        400. A CSV that fails answers 400 `{valid: false, reason}`: that is a verdict, not a
        failure, and fonds's `validate_csv` returns it as a `ValidationResult` with `valid` false;
        the other 400s (`{error: true, message}`) raise `ValidationError`.

        Args:
            body: The request body (`File`).
            validator: The validator to run.

        Returns:
            ValidationResult: The CSV is valid.

        Raises:
            ValidationError: 400: The CSV is invalid (`{valid: false, reason}`), or the request is
                (`{error: true, message}` for a wrong Content-Type or an unexpected validator
                failure).
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            NotFoundError: 404: Unknown validator (`Unknown validator. Accepted values:
                avalon,rights`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            await am.validators.validate_csv(body=file, validator=...)
            ```
        """
        from .validate_csv import asyncio_detailed

        return cast(
            "ValidationResult",
            await self._invoker.call(asyncio_detailed, body=body, validator=validator),
        )
