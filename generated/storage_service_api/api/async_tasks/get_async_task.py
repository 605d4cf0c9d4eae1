from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_task import AsyncTask
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "get_async_task",
    "method": "GET",
    "path": "/api/v2/async/{id}/",
    "parameters": {
        "id": {
            "in": "path",
            "name": "id",
            "required": True,
            "schema": {"type": "integer", "format": "int32", "minimum": 1},
            "reserved": ("schema",),
        }
    },
    "body": None,
    "answers": ((200, 200), (401, 401), (404, 404)),
}


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/async/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AsyncTask | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(AsyncTask, _r.json_body(response))
        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 200))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | AsyncTask]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | AsyncTask]:
    """Get an async task

     Poll until `completed` is true, then read `result` (or `error` when `was_error` is true).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AsyncTask]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Any | AsyncTask | None:
    """Get an async task

     Poll until `completed` is true, then read `result` (or `error` when `was_error` is true).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AsyncTask
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | AsyncTask]:
    """Get an async task

     Poll until `completed` is true, then read `result` (or `error` when `was_error` is true).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AsyncTask]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Any | AsyncTask | None:
    """Get an async task

     Poll until `completed` is true, then read `result` (or `error` when `was_error` is true).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AsyncTask
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
