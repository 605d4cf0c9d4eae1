from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_locations_format import (
    ListLocationsFormat,
)
from ...models.location_list import LocationList
from ...models.location_purpose import LocationPurpose
from ...models.tastypie_error import TastypieError
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "list_locations",
    "method": "GET",
    "path": "/api/v2/location/",
    "parameters": {
        "limit": {
            "in": "query",
            "name": "limit",
            "required": False,
            "schema": {"type": "integer", "minimum": 0, "maximum": 1000},
        },
        "offset": {
            "in": "query",
            "name": "offset",
            "required": False,
            "schema": {"type": "integer", "minimum": 0},
        },
        "format": {
            "in": "query",
            "name": "format",
            "required": False,
            "schema": {"type": "string", "enum": ("json",)},
        },
        "uuid": {
            "in": "query",
            "name": "uuid",
            "required": False,
            "schema": {"type": "string", "format": "uuid"},
        },
        "purpose": {
            "in": "query",
            "name": "purpose",
            "required": False,
            "schema": {
                "type": "string",
                "enum": ("AR", "AS", "CP", "DS", "SD", "SS", "BL", "TS", "RP"),
            },
        },
        "purpose_in": {
            "in": "query",
            "name": "purpose__in",
            "required": False,
            "schema": {
                "type": "array",
                "items": {
                    "type": "string",
                    "enum": ("AR", "AS", "CP", "DS", "SD", "SS", "BL", "TS", "RP"),
                },
            },
            "comma_joined": True,
        },
        "pipeline_uuid": {
            "in": "query",
            "name": "pipeline__uuid",
            "required": False,
            "schema": {"type": "string", "format": "uuid"},
        },
        "space": {
            "in": "query",
            "name": "space",
            "required": False,
            "schema": {"type": "integer"},
        },
        "space_uuid": {
            "in": "query",
            "name": "space__uuid",
            "required": False,
            "schema": {"type": "string", "format": "uuid"},
        },
        "space_access_protocol": {
            "in": "query",
            "name": "space__access_protocol",
            "required": False,
            "schema": {"type": "string"},
        },
        "relative_path": {
            "in": "query",
            "name": "relative_path",
            "required": False,
            "schema": {"type": "string"},
        },
        "quota": {
            "in": "query",
            "name": "quota",
            "required": False,
            "schema": {"type": "integer"},
        },
        "used": {
            "in": "query",
            "name": "used",
            "required": False,
            "schema": {"type": "integer"},
        },
        "description": {
            "in": "query",
            "name": "description",
            "required": False,
            "schema": {"type": "string"},
        },
        "description_icontains": {
            "in": "query",
            "name": "description__icontains",
            "required": False,
            "schema": {"type": "string"},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (401, 401)),
}


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    format: ListLocationsFormat | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    purpose: LocationPurpose | Unset = UNSET,
    purpose_in: list[LocationPurpose] | Unset = UNSET,
    pipeline_uuid: UUID | Unset = UNSET,
    space: int | Unset = UNSET,
    space_uuid: UUID | Unset = UNSET,
    space_access_protocol: str | Unset = UNSET,
    relative_path: str | Unset = UNSET,
    quota: int | Unset = UNSET,
    used: int | Unset = UNSET,
    description: str | Unset = UNSET,
    description_icontains: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_format: str | Unset = UNSET
    if not isinstance(format, Unset):
        json_format = format

    params["format"] = json_format

    json_uuid: str | Unset = UNSET
    if not isinstance(uuid, Unset):
        json_uuid = str(uuid)
    params["uuid"] = json_uuid

    json_purpose: str | Unset = UNSET
    if not isinstance(purpose, Unset):
        json_purpose = purpose

    params["purpose"] = json_purpose

    json_purpose_in: list[str] | Unset = UNSET
    if not isinstance(purpose_in, Unset):
        json_purpose_in = []
        for purpose_in_item_data in purpose_in:
            purpose_in_item: str = purpose_in_item_data
            json_purpose_in.append(purpose_in_item)

    if isinstance(json_purpose_in, list):
        params["purpose__in"] = ",".join(str(item) for item in json_purpose_in)

    json_pipeline_uuid: str | Unset = UNSET
    if not isinstance(pipeline_uuid, Unset):
        json_pipeline_uuid = str(pipeline_uuid)
    params["pipeline__uuid"] = json_pipeline_uuid

    params["space"] = space

    json_space_uuid: str | Unset = UNSET
    if not isinstance(space_uuid, Unset):
        json_space_uuid = str(space_uuid)
    params["space__uuid"] = json_space_uuid

    params["space__access_protocol"] = space_access_protocol

    params["relative_path"] = relative_path

    params["quota"] = quota

    params["used"] = used

    params["description"] = description

    params["description__icontains"] = description_icontains

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/location/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | LocationList | TastypieError | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(LocationList, _r.json_body(response))
        return response_200

    if response.status_code == 400:
        from ... import _records as _r

        response_400 = _r.parse(TastypieError, _r.json_body(response))
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 200))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | LocationList | TastypieError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    format: ListLocationsFormat | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    purpose: LocationPurpose | Unset = UNSET,
    purpose_in: list[LocationPurpose] | Unset = UNSET,
    pipeline_uuid: UUID | Unset = UNSET,
    space: int | Unset = UNSET,
    space_uuid: UUID | Unset = UNSET,
    space_access_protocol: str | Unset = UNSET,
    relative_path: str | Unset = UNSET,
    quota: int | Unset = UNSET,
    used: int | Unset = UNSET,
    description: str | Unset = UNSET,
    description_icontains: str | Unset = UNSET,
) -> Response[Any | LocationList | TastypieError]:
    """List the enabled locations

     Only enabled locations are listed.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        format (ListLocationsFormat | Unset):
        uuid (UUID | Unset):
        purpose (LocationPurpose | Unset): What a location is for - AR AIP recovery, AS AIP
            storage, CP currently processing, DS DIP storage, SD SWORD deposit, SS the Storage
            Service's internal processing, BL transfer backlog, TS transfer source, RP replicator.
        purpose_in (list[LocationPurpose] | Unset):
        pipeline_uuid (UUID | Unset):
        space (int | Unset):
        space_uuid (UUID | Unset):
        space_access_protocol (str | Unset):
        relative_path (str | Unset):
        quota (int | Unset):
        used (int | Unset):
        description (str | Unset):
        description_icontains (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LocationList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        format=format,
        uuid=uuid,
        purpose=purpose,
        purpose_in=purpose_in,
        pipeline_uuid=pipeline_uuid,
        space=space,
        space_uuid=space_uuid,
        space_access_protocol=space_access_protocol,
        relative_path=relative_path,
        quota=quota,
        used=used,
        description=description,
        description_icontains=description_icontains,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    format: ListLocationsFormat | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    purpose: LocationPurpose | Unset = UNSET,
    purpose_in: list[LocationPurpose] | Unset = UNSET,
    pipeline_uuid: UUID | Unset = UNSET,
    space: int | Unset = UNSET,
    space_uuid: UUID | Unset = UNSET,
    space_access_protocol: str | Unset = UNSET,
    relative_path: str | Unset = UNSET,
    quota: int | Unset = UNSET,
    used: int | Unset = UNSET,
    description: str | Unset = UNSET,
    description_icontains: str | Unset = UNSET,
) -> Any | LocationList | TastypieError | None:
    """List the enabled locations

     Only enabled locations are listed.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        format (ListLocationsFormat | Unset):
        uuid (UUID | Unset):
        purpose (LocationPurpose | Unset): What a location is for - AR AIP recovery, AS AIP
            storage, CP currently processing, DS DIP storage, SD SWORD deposit, SS the Storage
            Service's internal processing, BL transfer backlog, TS transfer source, RP replicator.
        purpose_in (list[LocationPurpose] | Unset):
        pipeline_uuid (UUID | Unset):
        space (int | Unset):
        space_uuid (UUID | Unset):
        space_access_protocol (str | Unset):
        relative_path (str | Unset):
        quota (int | Unset):
        used (int | Unset):
        description (str | Unset):
        description_icontains (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LocationList | TastypieError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        format=format,
        uuid=uuid,
        purpose=purpose,
        purpose_in=purpose_in,
        pipeline_uuid=pipeline_uuid,
        space=space,
        space_uuid=space_uuid,
        space_access_protocol=space_access_protocol,
        relative_path=relative_path,
        quota=quota,
        used=used,
        description=description,
        description_icontains=description_icontains,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    format: ListLocationsFormat | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    purpose: LocationPurpose | Unset = UNSET,
    purpose_in: list[LocationPurpose] | Unset = UNSET,
    pipeline_uuid: UUID | Unset = UNSET,
    space: int | Unset = UNSET,
    space_uuid: UUID | Unset = UNSET,
    space_access_protocol: str | Unset = UNSET,
    relative_path: str | Unset = UNSET,
    quota: int | Unset = UNSET,
    used: int | Unset = UNSET,
    description: str | Unset = UNSET,
    description_icontains: str | Unset = UNSET,
) -> Response[Any | LocationList | TastypieError]:
    """List the enabled locations

     Only enabled locations are listed.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        format (ListLocationsFormat | Unset):
        uuid (UUID | Unset):
        purpose (LocationPurpose | Unset): What a location is for - AR AIP recovery, AS AIP
            storage, CP currently processing, DS DIP storage, SD SWORD deposit, SS the Storage
            Service's internal processing, BL transfer backlog, TS transfer source, RP replicator.
        purpose_in (list[LocationPurpose] | Unset):
        pipeline_uuid (UUID | Unset):
        space (int | Unset):
        space_uuid (UUID | Unset):
        space_access_protocol (str | Unset):
        relative_path (str | Unset):
        quota (int | Unset):
        used (int | Unset):
        description (str | Unset):
        description_icontains (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LocationList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        format=format,
        uuid=uuid,
        purpose=purpose,
        purpose_in=purpose_in,
        pipeline_uuid=pipeline_uuid,
        space=space,
        space_uuid=space_uuid,
        space_access_protocol=space_access_protocol,
        relative_path=relative_path,
        quota=quota,
        used=used,
        description=description,
        description_icontains=description_icontains,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    format: ListLocationsFormat | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    purpose: LocationPurpose | Unset = UNSET,
    purpose_in: list[LocationPurpose] | Unset = UNSET,
    pipeline_uuid: UUID | Unset = UNSET,
    space: int | Unset = UNSET,
    space_uuid: UUID | Unset = UNSET,
    space_access_protocol: str | Unset = UNSET,
    relative_path: str | Unset = UNSET,
    quota: int | Unset = UNSET,
    used: int | Unset = UNSET,
    description: str | Unset = UNSET,
    description_icontains: str | Unset = UNSET,
) -> Any | LocationList | TastypieError | None:
    """List the enabled locations

     Only enabled locations are listed.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        format (ListLocationsFormat | Unset):
        uuid (UUID | Unset):
        purpose (LocationPurpose | Unset): What a location is for - AR AIP recovery, AS AIP
            storage, CP currently processing, DS DIP storage, SD SWORD deposit, SS the Storage
            Service's internal processing, BL transfer backlog, TS transfer source, RP replicator.
        purpose_in (list[LocationPurpose] | Unset):
        pipeline_uuid (UUID | Unset):
        space (int | Unset):
        space_uuid (UUID | Unset):
        space_access_protocol (str | Unset):
        relative_path (str | Unset):
        quota (int | Unset):
        used (int | Unset):
        description (str | Unset):
        description_icontains (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LocationList | TastypieError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            format=format,
            uuid=uuid,
            purpose=purpose,
            purpose_in=purpose_in,
            pipeline_uuid=pipeline_uuid,
            space=space,
            space_uuid=space_uuid,
            space_access_protocol=space_access_protocol,
            relative_path=relative_path,
            quota=quota,
            used=used,
            description=description,
            description_icontains=description_icontains,
        )
    ).parsed
