from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.move_files_request import MoveFilesRequest
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "move_location_files_async",
    "method": "POST",
    "path": "/api/v2/location/{uuid}/async/",
    "parameters": {
        "uuid": {
            "in": "path",
            "name": "uuid",
            "required": True,
            "schema": {"type": "string", "format": "uuid"},
            "reserved": (),
        }
    },
    "body": {"required": True, "kind": "instance", "type": MoveFilesRequest},
    "answers": ((202, 202), (400, 400), (401, 401), (404, 404), (500, 500)),
}


def _get_kwargs(
    uuid: UUID,
    *,
    body: MoveFilesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/location/{uuid}/async/".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorMessage | str | None:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 500:
        from ... import _records as _r

        response_500 = _r.parse(ErrorMessage, _r.json_body(response))
        return response_500

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 202))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorMessage | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: MoveFilesRequest,
) -> Response[Any | ErrorMessage | str]:
    """Move files into this location in the background

     The asynchronous `move_location_files`: answers 202 at once with the async task in `Location`; the
    task's `result` is `Files moved successfully`. Needs the permission to change locations.

    Args:
        uuid (UUID):
        body (MoveFilesRequest): The JSON body of `move_location_files` and
            `move_location_files_async`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: MoveFilesRequest,
) -> Any | ErrorMessage | str | None:
    """Move files into this location in the background

     The asynchronous `move_location_files`: answers 202 at once with the async task in `Location`; the
    task's `result` is `Files moved successfully`. Needs the permission to change locations.

    Args:
        uuid (UUID):
        body (MoveFilesRequest): The JSON body of `move_location_files` and
            `move_location_files_async`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage | str
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: MoveFilesRequest,
) -> Response[Any | ErrorMessage | str]:
    """Move files into this location in the background

     The asynchronous `move_location_files`: answers 202 at once with the async task in `Location`; the
    task's `result` is `Files moved successfully`. Needs the permission to change locations.

    Args:
        uuid (UUID):
        body (MoveFilesRequest): The JSON body of `move_location_files` and
            `move_location_files_async`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: MoveFilesRequest,
) -> Any | ErrorMessage | str | None:
    """Move files into this location in the background

     The asynchronous `move_location_files`: answers 202 at once with the async task in `Location`; the
    task's `result` is `Files moved successfully`. Needs the permission to change locations.

    Args:
        uuid (UUID):
        body (MoveFilesRequest): The JSON body of `move_location_files` and
            `move_location_files_async`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage | str
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
