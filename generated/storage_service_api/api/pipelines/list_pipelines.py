from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_pipelines_format import (
    ListPipelinesFormat,
)
from ...models.pipeline_list import PipelineList
from ...models.tastypie_error import TastypieError
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "list_pipelines",
    "method": "GET",
    "path": "/api/v2/pipeline/",
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
    format: ListPipelinesFormat | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
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

    params["description"] = description

    params["description__icontains"] = description_icontains

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/pipeline/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PipelineList | TastypieError | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(PipelineList, _r.json_body(response))
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
) -> Response[Any | PipelineList | TastypieError]:
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
    format: ListPipelinesFormat | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    description: str | Unset = UNSET,
    description_icontains: str | Unset = UNSET,
) -> Response[Any | PipelineList | TastypieError]:
    """List the enabled pipelines

     Only enabled pipelines are listed. Their API credentials are never returned.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        format (ListPipelinesFormat | Unset):
        uuid (UUID | Unset):
        description (str | Unset):
        description_icontains (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PipelineList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        format=format,
        uuid=uuid,
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
    format: ListPipelinesFormat | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    description: str | Unset = UNSET,
    description_icontains: str | Unset = UNSET,
) -> Any | PipelineList | TastypieError | None:
    """List the enabled pipelines

     Only enabled pipelines are listed. Their API credentials are never returned.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        format (ListPipelinesFormat | Unset):
        uuid (UUID | Unset):
        description (str | Unset):
        description_icontains (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PipelineList | TastypieError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        format=format,
        uuid=uuid,
        description=description,
        description_icontains=description_icontains,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    format: ListPipelinesFormat | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    description: str | Unset = UNSET,
    description_icontains: str | Unset = UNSET,
) -> Response[Any | PipelineList | TastypieError]:
    """List the enabled pipelines

     Only enabled pipelines are listed. Their API credentials are never returned.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        format (ListPipelinesFormat | Unset):
        uuid (UUID | Unset):
        description (str | Unset):
        description_icontains (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PipelineList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        format=format,
        uuid=uuid,
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
    format: ListPipelinesFormat | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    description: str | Unset = UNSET,
    description_icontains: str | Unset = UNSET,
) -> Any | PipelineList | TastypieError | None:
    """List the enabled pipelines

     Only enabled pipelines are listed. Their API credentials are never returned.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        format (ListPipelinesFormat | Unset):
        uuid (UUID | Unset):
        description (str | Unset):
        description_icontains (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PipelineList | TastypieError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            format=format,
            uuid=uuid,
            description=description,
            description_icontains=description_icontains,
        )
    ).parsed
