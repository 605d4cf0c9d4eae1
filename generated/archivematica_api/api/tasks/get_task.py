from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.task import Task
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "get_task",
    "method": "GET",
    "path": "/api/v2beta/task/{task_uuid}",
    "parameters": {
        "task_uuid": {
            "in": "path",
            "name": "task_uuid",
            "required": True,
            "schema": {"type": "string", "format": "uuid"},
            "reserved": (),
        }
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (404, 404), (405, 405)),
}


def _get_kwargs(
    task_uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2beta/task/{task_uuid}".format(
            task_uuid=quote(str(task_uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | Task | str | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(Task, _r.json_body(response))
        return response_200

    if response.status_code == 400:
        from ... import _records as _r

        response_400 = _r.parse(Error, _r.json_body(response))
        return response_400

    if response.status_code == 403:
        from ... import _records as _r

        response_403 = _r.parse(Error, _r.json_body(response))
        return response_403

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 405:
        response_405 = cast(Any, None)
        return response_405

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 200))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | Task | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error | Task | str]:
    """Get a task

    Args:
        task_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | Task | str]
    """

    kwargs = _get_kwargs(
        task_uuid=task_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | Error | Task | str | None:
    """Get a task

    Args:
        task_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | Task | str
    """

    return sync_detailed(
        task_uuid=task_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error | Task | str]:
    """Get a task

    Args:
        task_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | Task | str]
    """

    kwargs = _get_kwargs(
        task_uuid=task_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | Error | Task | str | None:
    """Get a task

    Args:
        task_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | Task | str
    """

    return (
        await asyncio_detailed(
            task_uuid=task_uuid,
            client=client,
        )
    ).parsed
