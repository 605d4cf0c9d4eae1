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
    from .async_tasks import AsyncAsyncTasksNamespace, AsyncTasksNamespace
    from .locations import AsyncLocationsNamespace, LocationsNamespace
    from .packages import AsyncPackagesNamespace, PackagesNamespace
    from .pipelines import AsyncPipelinesNamespace, PipelinesNamespace
    from .resources import AsyncResourcesNamespace, ResourcesNamespace
    from .spaces import AsyncSpacesNamespace, SpacesNamespace
    from .sword import AsyncSwordNamespace, SwordNamespace

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
    def async_tasks(self) -> AsyncTasksNamespace:
        """Background tasks started by the asynchronous endpoints (`/api/v2/async/`)."""
        from .async_tasks import AsyncTasksNamespace

        return AsyncTasksNamespace(self._invoker)

    @cached_property
    def locations(self) -> LocationsNamespace:
        """Locations inside spaces, each with one purpose (AIP storage, transfer source, backlog...)."""
        from .locations import LocationsNamespace

        return LocationsNamespace(self._invoker)

    @cached_property
    def packages(self) -> PackagesNamespace:
        """Packages (AIPs, DIPs, transfers, SWORD deposits...). The server calls this resource `file`
        (`/api/v2/file/`) for historical reasons."""
        from .packages import PackagesNamespace

        return PackagesNamespace(self._invoker)

    @cached_property
    def pipelines(self) -> PipelinesNamespace:
        """Archivematica pipelines (dashboards) registered with the Storage Service."""
        from .pipelines import PipelinesNamespace

        return PipelinesNamespace(self._invoker)

    @cached_property
    def resources(self) -> ResourcesNamespace:
        """The API root, which lists the resources."""
        from .resources import ResourcesNamespace

        return ResourcesNamespace(self._invoker)

    @cached_property
    def spaces(self) -> SpacesNamespace:
        """Storage spaces (file systems, S3, Fedora...), each holding locations."""
        from .spaces import SpacesNamespace

        return SpacesNamespace(self._invoker)

    @cached_property
    def sword(self) -> SwordNamespace:
        """The SWORD 2 service document (Fedora deposits)."""
        from .sword import SwordNamespace

        return SwordNamespace(self._invoker)


class AsyncNamespaces:
    """One attribute per tag of the spec (asynchronous)."""

    _invoker: Invoker

    @cached_property
    def async_tasks(self) -> AsyncAsyncTasksNamespace:
        """Background tasks started by the asynchronous endpoints (`/api/v2/async/`)."""
        from .async_tasks import AsyncAsyncTasksNamespace

        return AsyncAsyncTasksNamespace(self._invoker)

    @cached_property
    def locations(self) -> AsyncLocationsNamespace:
        """Locations inside spaces, each with one purpose (AIP storage, transfer source, backlog...)."""
        from .locations import AsyncLocationsNamespace

        return AsyncLocationsNamespace(self._invoker)

    @cached_property
    def packages(self) -> AsyncPackagesNamespace:
        """Packages (AIPs, DIPs, transfers, SWORD deposits...). The server calls this resource `file`
        (`/api/v2/file/`) for historical reasons."""
        from .packages import AsyncPackagesNamespace

        return AsyncPackagesNamespace(self._invoker)

    @cached_property
    def pipelines(self) -> AsyncPipelinesNamespace:
        """Archivematica pipelines (dashboards) registered with the Storage Service."""
        from .pipelines import AsyncPipelinesNamespace

        return AsyncPipelinesNamespace(self._invoker)

    @cached_property
    def resources(self) -> AsyncResourcesNamespace:
        """The API root, which lists the resources."""
        from .resources import AsyncResourcesNamespace

        return AsyncResourcesNamespace(self._invoker)

    @cached_property
    def spaces(self) -> AsyncSpacesNamespace:
        """Storage spaces (file systems, S3, Fedora...), each holding locations."""
        from .spaces import AsyncSpacesNamespace

        return AsyncSpacesNamespace(self._invoker)

    @cached_property
    def sword(self) -> AsyncSwordNamespace:
        """The SWORD 2 service document (Fedora deposits)."""
        from .sword import AsyncSwordNamespace

        return AsyncSwordNamespace(self._invoker)
