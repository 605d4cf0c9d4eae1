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
        """Calculate how many containers of a profile fit in some locations"""
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
        """Calculate how many containers of a profile fit in a building"""
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
        """List the buildings, floors, rooms and areas that have locations"""
        from .list_space_calculator_buildings import sync_detailed

        return cast("LocationBuildings", self._invoker.call(sync_detailed))


class AsyncSpaceCalculatorNamespace(AsyncNamespace):
    """How many containers of a profile still fit in given locations or a building. (asynchronous)"""

    async def run_by_location(
        self, *, container_profile_uri: str, location_uris: builtins.list[str]
    ) -> SpaceCalculation:
        """Calculate how many containers of a profile fit in some locations"""
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
        """Calculate how many containers of a profile fit in a building"""
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
        """List the buildings, floors, rooms and areas that have locations"""
        from .list_space_calculator_buildings import asyncio_detailed

        return cast("LocationBuildings", await self._invoker.call(asyncio_detailed))
