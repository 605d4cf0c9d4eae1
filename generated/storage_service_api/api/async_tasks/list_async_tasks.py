from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_task_list import AsyncTaskList
from ...models.list_async_tasks_format import (
    ListAsyncTasksFormat,
)
from ...models.tastypie_error import TastypieError
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "list_async_tasks",
    "method": "GET",
    "path": "/api/v2/async/",
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
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (401, 401)),
}


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    format: ListAsyncTasksFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_format: str | Unset = UNSET
    if not isinstance(format, Unset):
        json_format = format

    params["format"] = json_format

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/async/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AsyncTaskList | TastypieError | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(AsyncTaskList, _r.json_body(response))
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
) -> Response[Any | AsyncTaskList | TastypieError]:
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
    format: ListAsyncTasksFormat | Unset = UNSET,
) -> Response[Any | AsyncTaskList | TastypieError]:
    """List the async tasks

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        format (ListAsyncTasksFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AsyncTaskList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        format=format,
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
    format: ListAsyncTasksFormat | Unset = UNSET,
) -> Any | AsyncTaskList | TastypieError | None:
    """List the async tasks

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        format (ListAsyncTasksFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AsyncTaskList | TastypieError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        format=format,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    format: ListAsyncTasksFormat | Unset = UNSET,
) -> Response[Any | AsyncTaskList | TastypieError]:
    """List the async tasks

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        format (ListAsyncTasksFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AsyncTaskList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        format=format,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    format: ListAsyncTasksFormat | Unset = UNSET,
) -> Any | AsyncTaskList | TastypieError | None:
    """List the async tasks

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        format (ListAsyncTasksFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AsyncTaskList | TastypieError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            format=format,
        )
    ).parsed
