"""Every operation of the API, grouped in namespaces (one per tag), for a client class to inherit.

A client mixes in :class:`Namespaces` (or :class:`AsyncNamespaces`) and sets ``_invoker``: the object that sends
a generated operation through its session and turns error answers into exceptions. The namespaces are created on
first use, so a client that touches one tag imports only that tag's code.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from .ingests import AsyncIngestsNamespace, IngestsNamespace
    from .jobs import AsyncJobsNamespace, JobsNamespace
    from .levels_of_description import (
        AsyncLevelsOfDescriptionNamespace,
        LevelsOfDescriptionNamespace,
    )
    from .packages import AsyncPackagesNamespace, PackagesNamespace
    from .path_metadata import AsyncPathMetadataNamespace, PathMetadataNamespace
    from .processing_configurations import (
        AsyncProcessingConfigurationsNamespace,
        ProcessingConfigurationsNamespace,
    )
    from .tasks import AsyncTasksNamespace, TasksNamespace
    from .transfers import AsyncTransfersNamespace, TransfersNamespace
    from .validators import AsyncValidatorsNamespace, ValidatorsNamespace

T = TypeVar("T")


class Pager(Protocol[T]):
    """Every record of a paginated listing, fetched page by page as you iterate."""

    def __iter__(self) -> Iterator[T]: ...

    def by_page(self) -> Iterator[list[T]]: ...


class AsyncPager(Protocol[T]):
    """Every record of a paginated listing, fetched page by page as you iterate with ``async for``."""

    def __aiter__(self) -> AsyncIterator[T]: ...

    def by_page(self) -> AsyncIterator[list[T]]: ...


class Invoker(Protocol):
    """What a namespace needs from its client (implemented by the hand-written overlay)."""

    def call(self, operation: Callable[..., Any], /, **kwargs: Any) -> Any: ...

    def pages(
        self, style: str, operation: Callable[..., Any], /, **kwargs: Any
    ) -> Any: ...

    def ids(self, operation: Callable[..., Any], /, **kwargs: Any) -> Any: ...

    def get_many(
        self, operation: Callable[..., Any], ids: Any, /, **kwargs: Any
    ) -> Any: ...


class Namespace:
    """Base of the synchronous namespaces."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker


class AsyncNamespace:
    """Base of the asynchronous namespaces; ``call`` answers an awaitable."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker


class Namespaces:
    """One attribute per tag of the spec."""

    _invoker: Invoker

    @cached_property
    def ingests(self) -> IngestsNamespace:
        """SIPs being ingested (`/api/ingest/...`) - follow them, list the ones waiting for a decision, approve
        partial reingests, add metadata files and hide them."""
        from .ingests import IngestsNamespace

        return IngestsNamespace(self._invoker)

    @cached_property
    def jobs(self) -> JobsNamespace:
        """The jobs a unit (transfer or SIP) has run (`/api/v2beta/jobs/{unit_uuid}`)."""
        from .jobs import JobsNamespace

        return JobsNamespace(self._invoker)

    @cached_property
    def levels_of_description(self) -> LevelsOfDescriptionNamespace:
        """The AtoM levels of description known to the dashboard, used when arranging SIPs."""
        from .levels_of_description import LevelsOfDescriptionNamespace

        return LevelsOfDescriptionNamespace(self._invoker)

    @cached_property
    def packages(self) -> PackagesNamespace:
        """The one-call package API (`/api/v2beta/package`) that starts a transfer from a location path."""
        from .packages import PackagesNamespace

        return PackagesNamespace(self._invoker)

    @cached_property
    def path_metadata(self) -> PathMetadataNamespace:
        """The metadata (level of description) attached to a path of the SIP arrangement area."""
        from .path_metadata import PathMetadataNamespace

        return PathMetadataNamespace(self._invoker)

    @cached_property
    def processing_configurations(self) -> ProcessingConfigurationsNamespace:
        """The processing configurations (`processingMCP.xml` documents) of the pipeline."""
        from .processing_configurations import ProcessingConfigurationsNamespace

        return ProcessingConfigurationsNamespace(self._invoker)

    @cached_property
    def tasks(self) -> TasksNamespace:
        """One task of a job (`/api/v2beta/task/{task_uuid}`)."""
        from .tasks import TasksNamespace

        return TasksNamespace(self._invoker)

    @cached_property
    def transfers(self) -> TransfersNamespace:
        """Transfers (`/api/transfer/...`) - start, approve, follow, reingest and hide them."""
        from .transfers import TransfersNamespace

        return TransfersNamespace(self._invoker)

    @cached_property
    def validators(self) -> ValidatorsNamespace:
        """CSV validators (`avalon`, `rights`)."""
        from .validators import ValidatorsNamespace

        return ValidatorsNamespace(self._invoker)


class AsyncNamespaces:
    """One attribute per tag of the spec (asynchronous)."""

    _invoker: Invoker

    @cached_property
    def ingests(self) -> AsyncIngestsNamespace:
        """SIPs being ingested (`/api/ingest/...`) - follow them, list the ones waiting for a decision, approve
        partial reingests, add metadata files and hide them."""
        from .ingests import AsyncIngestsNamespace

        return AsyncIngestsNamespace(self._invoker)

    @cached_property
    def jobs(self) -> AsyncJobsNamespace:
        """The jobs a unit (transfer or SIP) has run (`/api/v2beta/jobs/{unit_uuid}`)."""
        from .jobs import AsyncJobsNamespace

        return AsyncJobsNamespace(self._invoker)

    @cached_property
    def levels_of_description(self) -> AsyncLevelsOfDescriptionNamespace:
        """The AtoM levels of description known to the dashboard, used when arranging SIPs."""
        from .levels_of_description import AsyncLevelsOfDescriptionNamespace

        return AsyncLevelsOfDescriptionNamespace(self._invoker)

    @cached_property
    def packages(self) -> AsyncPackagesNamespace:
        """The one-call package API (`/api/v2beta/package`) that starts a transfer from a location path."""
        from .packages import AsyncPackagesNamespace

        return AsyncPackagesNamespace(self._invoker)

    @cached_property
    def path_metadata(self) -> AsyncPathMetadataNamespace:
        """The metadata (level of description) attached to a path of the SIP arrangement area."""
        from .path_metadata import AsyncPathMetadataNamespace

        return AsyncPathMetadataNamespace(self._invoker)

    @cached_property
    def processing_configurations(self) -> AsyncProcessingConfigurationsNamespace:
        """The processing configurations (`processingMCP.xml` documents) of the pipeline."""
        from .processing_configurations import AsyncProcessingConfigurationsNamespace

        return AsyncProcessingConfigurationsNamespace(self._invoker)

    @cached_property
    def tasks(self) -> AsyncTasksNamespace:
        """One task of a job (`/api/v2beta/task/{task_uuid}`)."""
        from .tasks import AsyncTasksNamespace

        return AsyncTasksNamespace(self._invoker)

    @cached_property
    def transfers(self) -> AsyncTransfersNamespace:
        """Transfers (`/api/transfer/...`) - start, approve, follow, reingest and hide them."""
        from .transfers import AsyncTransfersNamespace

        return AsyncTransfersNamespace(self._invoker)

    @cached_property
    def validators(self) -> AsyncValidatorsNamespace:
        """CSV validators (`avalon`, `rights`)."""
        from .validators import AsyncValidatorsNamespace

        return AsyncValidatorsNamespace(self._invoker)
