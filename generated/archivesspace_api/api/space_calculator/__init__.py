"""The `space_calculator` namespace: How many containers of a profile still fit in given locations or a building."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.location_buildings import LocationBuildings
    from ...models.space_calculation import SpaceCalculation
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["SpaceCalculatorNamespace", "AsyncSpaceCalculatorNamespace"]


class SpaceCalculatorNamespace(Namespace):
    """How many containers of a profile still fit in given locations or a building."""

    def run_by_location(
        self, *, container_profile_uri: str, location_uris: builtins.list[str]
    ) -> SpaceCalculation:
        """Calculate how many containers of a profile fit in some locations

        For each location, packs the containers already there and then as many containers of the
        profile as fit, using the location profiles' and container profiles' dimensions and stacking
        limits.

        Args:
            container_profile_uri: The URI of the container profile.
            location_uris: The URIs of the locations.

        Returns:
            SpaceCalculation: The calculation.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.space_calculator.run_by_location(container_profile_uri="...", location_uris=...)
            ```
        """
        from .run_space_calculator_by_location import sync_detailed

        return cast(
            "SpaceCalculation",
            self._invoker.call(
                sync_detailed,
                container_profile_uri=container_profile_uri,
                location_uris=location_uris,
            ),
        )

    def run_by_building(
        self,
        *,
        container_profile_uri: str,
        building: str,
        floor: str | Unset = UNSET,
        room: str | Unset = UNSET,
        area: str | Unset = UNSET,
    ) -> SpaceCalculation:
        """Calculate how many containers of a profile fit in a building

        Like the calculation by location, over every location in the building, optionally narrowed
        to a floor, room and area.

        Args:
            container_profile_uri: The URI of the container profile.
            building: The building, as written in its locations.
            floor: Only locations on this floor.
            room: Only locations in this room.
            area: Only locations in this area.

        Returns:
            SpaceCalculation: The calculation.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.space_calculator.run_by_building(container_profile_uri="...", building="...")
            ```
        """
        from .run_space_calculator_by_building import sync_detailed

        return cast(
            "SpaceCalculation",
            self._invoker.call(
                sync_detailed,
                container_profile_uri=container_profile_uri,
                building=building,
                floor=floor,
                room=room,
                area=area,
            ),
        )

    def list_buildings(self) -> LocationBuildings:
        """List the buildings, floors, rooms and areas that have locations

        The choices for the calculation by building.

        Returns:
            LocationBuildings: Buildings with their floors, rooms and areas.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.space_calculator.list_buildings()
            ```
        """
        from .list_space_calculator_buildings import sync_detailed

        return cast("LocationBuildings", self._invoker.call(sync_detailed))


class AsyncSpaceCalculatorNamespace(AsyncNamespace):
    """How many containers of a profile still fit in given locations or a building. (asynchronous)"""

    async def run_by_location(
        self, *, container_profile_uri: str, location_uris: builtins.list[str]
    ) -> SpaceCalculation:
        """Calculate how many containers of a profile fit in some locations

        For each location, packs the containers already there and then as many containers of the
        profile as fit, using the location profiles' and container profiles' dimensions and stacking
        limits.

        Args:
            container_profile_uri: The URI of the container profile.
            location_uris: The URIs of the locations.

        Returns:
            SpaceCalculation: The calculation.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.space_calculator.run_by_location(container_profile_uri="...", location_uris=...)
            ```
        """
        from .run_space_calculator_by_location import asyncio_detailed

        return cast(
            "SpaceCalculation",
            await self._invoker.call(
                asyncio_detailed,
                container_profile_uri=container_profile_uri,
                location_uris=location_uris,
            ),
        )

    async def run_by_building(
        self,
        *,
        container_profile_uri: str,
        building: str,
        floor: str | Unset = UNSET,
        room: str | Unset = UNSET,
        area: str | Unset = UNSET,
    ) -> SpaceCalculation:
        """Calculate how many containers of a profile fit in a building

        Like the calculation by location, over every location in the building, optionally narrowed
        to a floor, room and area.

        Args:
            container_profile_uri: The URI of the container profile.
            building: The building, as written in its locations.
            floor: Only locations on this floor.
            room: Only locations in this room.
            area: Only locations in this area.

        Returns:
            SpaceCalculation: The calculation.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.space_calculator.run_by_building(container_profile_uri="...", building="...")
            ```
        """
        from .run_space_calculator_by_building import asyncio_detailed

        return cast(
            "SpaceCalculation",
            await self._invoker.call(
                asyncio_detailed,
                container_profile_uri=container_profile_uri,
                building=building,
                floor=floor,
                room=room,
                area=area,
            ),
        )

    async def list_buildings(self) -> LocationBuildings:
        """List the buildings, floors, rooms and areas that have locations

        The choices for the calculation by building.

        Returns:
            LocationBuildings: Buildings with their floors, rooms and areas.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.space_calculator.list_buildings()
            ```
        """
        from .list_space_calculator_buildings import asyncio_detailed

        return cast("LocationBuildings", await self._invoker.call(asyncio_detailed))
