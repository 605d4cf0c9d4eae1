from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_spaces_format import ListSpacesFormat
from ...models.space_list import SpaceList
from ...models.tastypie_error import TastypieError
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "list_spaces",
    "method": "GET",
    "path": "/api/v2/space/",
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
        "access_protocol": {
            "in": "query",
            "name": "access_protocol",
            "required": False,
            "schema": {"type": "string"},
        },
        "path": {
            "in": "query",
            "name": "path",
            "required": False,
            "schema": {"type": "string"},
        },
        "size": {
            "in": "query",
            "name": "size",
            "required": False,
            "schema": {"type": "integer"},
        },
        "staging_path": {
            "in": "query",
            "name": "staging_path",
            "required": False,
            "schema": {"type": "string"},
        },
        "used": {
            "in": "query",
            "name": "used",
            "required": False,
            "schema": {"type": "integer"},
        },
        "verified": {
            "in": "query",
            "name": "verified",
            "required": False,
            "schema": {"type": "boolean"},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (401, 401)),
}


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    format: ListSpacesFormat | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    access_protocol: str | Unset = UNSET,
    path: str | Unset = UNSET,
    size: int | Unset = UNSET,
    staging_path: str | Unset = UNSET,
    used: int | Unset = UNSET,
    verified: bool | Unset = UNSET,
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

    params["access_protocol"] = access_protocol

    params["path"] = path

    params["size"] = size

    params["staging_path"] = staging_path

    params["used"] = used

    params["verified"] = verified

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/space/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SpaceList | TastypieError | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(SpaceList, _r.json_body(response))
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
) -> Response[Any | SpaceList | TastypieError]:
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
    format: ListSpacesFormat | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    access_protocol: str | Unset = UNSET,
    path: str | Unset = UNSET,
    size: int | Unset = UNSET,
    staging_path: str | Unset = UNSET,
    used: int | Unset = UNSET,
    verified: bool | Unset = UNSET,
) -> Response[Any | SpaceList | TastypieError]:
    """List the spaces

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        format (ListSpacesFormat | Unset):
        uuid (UUID | Unset):
        access_protocol (str | Unset):
        path (str | Unset):
        size (int | Unset):
        staging_path (str | Unset):
        used (int | Unset):
        verified (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SpaceList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        format=format,
        uuid=uuid,
        access_protocol=access_protocol,
        path=path,
        size=size,
        staging_path=staging_path,
        used=used,
        verified=verified,
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
    format: ListSpacesFormat | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    access_protocol: str | Unset = UNSET,
    path: str | Unset = UNSET,
    size: int | Unset = UNSET,
    staging_path: str | Unset = UNSET,
    used: int | Unset = UNSET,
    verified: bool | Unset = UNSET,
) -> Any | SpaceList | TastypieError | None:
    """List the spaces

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        format (ListSpacesFormat | Unset):
        uuid (UUID | Unset):
        access_protocol (str | Unset):
        path (str | Unset):
        size (int | Unset):
        staging_path (str | Unset):
        used (int | Unset):
        verified (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SpaceList | TastypieError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        format=format,
        uuid=uuid,
        access_protocol=access_protocol,
        path=path,
        size=size,
        staging_path=staging_path,
        used=used,
        verified=verified,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    format: ListSpacesFormat | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    access_protocol: str | Unset = UNSET,
    path: str | Unset = UNSET,
    size: int | Unset = UNSET,
    staging_path: str | Unset = UNSET,
    used: int | Unset = UNSET,
    verified: bool | Unset = UNSET,
) -> Response[Any | SpaceList | TastypieError]:
    """List the spaces

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        format (ListSpacesFormat | Unset):
        uuid (UUID | Unset):
        access_protocol (str | Unset):
        path (str | Unset):
        size (int | Unset):
        staging_path (str | Unset):
        used (int | Unset):
        verified (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SpaceList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        format=format,
        uuid=uuid,
        access_protocol=access_protocol,
        path=path,
        size=size,
        staging_path=staging_path,
        used=used,
        verified=verified,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    format: ListSpacesFormat | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    access_protocol: str | Unset = UNSET,
    path: str | Unset = UNSET,
    size: int | Unset = UNSET,
    staging_path: str | Unset = UNSET,
    used: int | Unset = UNSET,
    verified: bool | Unset = UNSET,
) -> Any | SpaceList | TastypieError | None:
    """List the spaces

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        format (ListSpacesFormat | Unset):
        uuid (UUID | Unset):
        access_protocol (str | Unset):
        path (str | Unset):
        size (int | Unset):
        staging_path (str | Unset):
        used (int | Unset):
        verified (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SpaceList | TastypieError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            format=format,
            uuid=uuid,
            access_protocol=access_protocol,
            path=path,
            size=size,
            staging_path=staging_path,
            used=used,
            verified=verified,
        )
    ).parsed
