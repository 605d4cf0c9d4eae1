from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...types import File, Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "download_package_chunk",
    "method": "GET",
    "path": "/api/v2/file/{uuid}/download/{chunk_number}/",
    "parameters": {
        "uuid": {
            "in": "path",
            "name": "uuid",
            "required": True,
            "schema": {"type": "string", "format": "uuid"},
            "reserved": (),
        },
        "chunk_number": {
            "in": "path",
            "name": "chunk_number",
            "required": True,
            "schema": {"type": "integer", "minimum": 0},
            "reserved": (),
        },
    },
    "body": None,
    "answers": ((200, 200), (202, 202), (401, 401), (404, 404), (500, 500)),
}


def _get_kwargs(
    uuid: UUID,
    chunk_number: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/file/{uuid}/download/{chunk_number}/".format(
            uuid=quote(str(uuid), safe=""),
            chunk_number=quote(str(chunk_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorMessage | File | str | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 202:
        response_202 = response.text
        return response_202

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

        return _parse_response(client=client, response=_r.as_status(response, 200))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorMessage | File | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    chunk_number: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorMessage | File | str]:
    """Download one chunk of a package stored in LOCKSS

     Only for packages in a LOCKSS space, which splits packages into numbered chunks.

    Args:
        uuid (UUID):
        chunk_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage | File | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        chunk_number=chunk_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    chunk_number: int,
    *,
    client: AuthenticatedClient,
) -> Any | ErrorMessage | File | str | None:
    """Download one chunk of a package stored in LOCKSS

     Only for packages in a LOCKSS space, which splits packages into numbered chunks.

    Args:
        uuid (UUID):
        chunk_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage | File | str
    """

    return sync_detailed(
        uuid=uuid,
        chunk_number=chunk_number,
        client=client,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    chunk_number: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorMessage | File | str]:
    """Download one chunk of a package stored in LOCKSS

     Only for packages in a LOCKSS space, which splits packages into numbered chunks.

    Args:
        uuid (UUID):
        chunk_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage | File | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        chunk_number=chunk_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    chunk_number: int,
    *,
    client: AuthenticatedClient,
) -> Any | ErrorMessage | File | str | None:
    """Download one chunk of a package stored in LOCKSS

     Only for packages in a LOCKSS space, which splits packages into numbered chunks.

    Args:
        uuid (UUID):
        chunk_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage | File | str
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            chunk_number=chunk_number,
            client=client,
        )
    ).parsed
