from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_result import ErrorResult
from ...types import UNSET, File, Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "extract_package_file",
    "method": "GET",
    "path": "/api/v2/file/{uuid}/extract_file/",
    "parameters": {
        "uuid": {
            "in": "path",
            "name": "uuid",
            "required": True,
            "schema": {"type": "string", "format": "uuid"},
            "reserved": (),
        },
        "relative_path_to_file": {
            "in": "query",
            "name": "relative_path_to_file",
            "required": True,
            "schema": {"type": "string"},
        },
    },
    "body": None,
    "answers": (
        (200, 200),
        (202, 202),
        (400, 400),
        (401, 401),
        (404, 404),
        (501, 501),
        (502, 502),
    ),
}


def _get_kwargs(
    uuid: UUID,
    *,
    relative_path_to_file: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["relative_path_to_file"] = relative_path_to_file

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/file/{uuid}/extract_file/".format(
            uuid=quote(str(uuid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResult | File | str | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 202:
        response_202 = response.text
        return response_202

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 501:
        response_501 = response.text
        return response_501

    if response.status_code == 502:
        from ... import _records as _r

        response_502 = _r.parse(ErrorResult, _r.json_body(response))
        return response_502

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 200))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResult | File | str]:
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
    relative_path_to_file: str,
) -> Response[Any | ErrorResult | File | str]:
    """Download one file of a package

     Streams one file of the package, extracting it from a compressed package first. The server answers
    HEAD the same way and does the same work (AtoM uses HEAD to check a file exists). The Content-Type
    is guessed from the file name.

    Args:
        uuid (UUID):
        relative_path_to_file (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResult | File | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        relative_path_to_file=relative_path_to_file,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    relative_path_to_file: str,
) -> Any | ErrorResult | File | str | None:
    """Download one file of a package

     Streams one file of the package, extracting it from a compressed package first. The server answers
    HEAD the same way and does the same work (AtoM uses HEAD to check a file exists). The Content-Type
    is guessed from the file name.

    Args:
        uuid (UUID):
        relative_path_to_file (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResult | File | str
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        relative_path_to_file=relative_path_to_file,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    relative_path_to_file: str,
) -> Response[Any | ErrorResult | File | str]:
    """Download one file of a package

     Streams one file of the package, extracting it from a compressed package first. The server answers
    HEAD the same way and does the same work (AtoM uses HEAD to check a file exists). The Content-Type
    is guessed from the file name.

    Args:
        uuid (UUID):
        relative_path_to_file (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResult | File | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        relative_path_to_file=relative_path_to_file,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    relative_path_to_file: str,
) -> Any | ErrorResult | File | str | None:
    """Download one file of a package

     Streams one file of the package, extracting it from a compressed package first. The server answers
    HEAD the same way and does the same work (AtoM uses HEAD to check a file exists). The Content-Type
    is guessed from the file name.

    Args:
        uuid (UUID):
        relative_path_to_file (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResult | File | str
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            relative_path_to_file=relative_path_to_file,
        )
    ).parsed
