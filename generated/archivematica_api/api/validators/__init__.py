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
        """Validate a CSV document"""
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
        """Validate a CSV document"""
        from .validate_csv import asyncio_detailed

        return cast(
            "ValidationResult",
            await self._invoker.call(asyncio_detailed, body=body, validator=validator),
        )
