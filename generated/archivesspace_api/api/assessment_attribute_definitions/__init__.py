"""The `assessment_attribute_definitions` namespace: The ratings, formats and conservation issues that a repository's assessments can record."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.assessment_attribute_definitions import (
        AssessmentAttributeDefinitions,
    )
    from ...models.error import Error
    from ...models.status_response import StatusResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = [
    "AssessmentAttributeDefinitionsNamespace",
    "AsyncAssessmentAttributeDefinitionsNamespace",
]


class AssessmentAttributeDefinitionsNamespace(Namespace):
    """The ratings, formats and conservation issues that a repository's assessments can record."""

    def get(self, *, repo_id: int) -> AssessmentAttributeDefinitions:
        """Get the repository's assessment attribute definitions"""
        from .get_assessment_attribute_definitions import sync_detailed

        return cast(
            "AssessmentAttributeDefinitions",
            self._invoker.call(sync_detailed, repo_id=repo_id),
        )

    def update(
        self, *, body: AssessmentAttributeDefinitions, repo_id: int
    ) -> StatusResponse:
        """Update the repository's assessment attribute definitions"""
        from .update_assessment_attribute_definitions import sync_detailed

        return cast(
            "StatusResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )


class AsyncAssessmentAttributeDefinitionsNamespace(AsyncNamespace):
    """The ratings, formats and conservation issues that a repository's assessments can record. (asynchronous)"""

    async def get(self, *, repo_id: int) -> AssessmentAttributeDefinitions:
        """Get the repository's assessment attribute definitions"""
        from .get_assessment_attribute_definitions import asyncio_detailed

        return cast(
            "AssessmentAttributeDefinitions",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id),
        )

    async def update(
        self, *, body: AssessmentAttributeDefinitions, repo_id: int
    ) -> StatusResponse:
        """Update the repository's assessment attribute definitions"""
        from .update_assessment_attribute_definitions import asyncio_detailed

        return cast(
            "StatusResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )
