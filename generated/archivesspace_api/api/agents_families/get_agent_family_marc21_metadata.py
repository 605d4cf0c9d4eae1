from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_export_metadata import AgentExportMetadata
from ...models.error import Error
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "get_agent_family_marc21_metadata",
    "method": "GET",
    "path": "/repositories/{repo_id}/agents/families/marc21/{id}.{fmt}/metadata",
    "parameters": {
        "repo_id": {
            "in": "path",
            "name": "repo_id",
            "required": True,
            "schema": {"type": "integer", "format": "int32", "minimum": 1},
            "reserved": (),
        },
        "id": {
            "in": "path",
            "name": "id",
            "required": True,
            "schema": {"type": "integer", "format": "int32", "minimum": 1},
            "reserved": (),
        },
        "fmt": {
            "in": "path",
            "name": "fmt",
            "required": True,
            "schema": {"type": "string"},
            "reserved": (),
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (404, 404), (412, 412)),
}


def _get_kwargs(
    repo_id: int,
    id: int,
    fmt: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/repositories/{repo_id}/agents/families/marc21/{id}.{fmt}/metadata".format(
            repo_id=quote(str(repo_id), safe=""),
            id=quote(str(id), safe=""),
            fmt=quote(str(fmt), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentExportMetadata | Error | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(AgentExportMetadata, _r.json_body(response))
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
        from ... import _records as _r

        response_404 = _r.parse(Error, _r.json_body(response))
        return response_404

    if response.status_code == 412:
        from ... import _records as _r

        response_412 = _r.parse(Error, _r.json_body(response))
        return response_412

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 200))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentExportMetadata | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    repo_id: int,
    id: int,
    fmt: str,
    *,
    client: AuthenticatedClient,
) -> Response[AgentExportMetadata | Error]:
    """Get the file name and media type of a family's MARC 21 export

    Args:
        repo_id (int):
        id (int):
        fmt (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentExportMetadata | Error]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        id=id,
        fmt=fmt,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    repo_id: int,
    id: int,
    fmt: str,
    *,
    client: AuthenticatedClient,
) -> AgentExportMetadata | Error | None:
    """Get the file name and media type of a family's MARC 21 export

    Args:
        repo_id (int):
        id (int):
        fmt (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentExportMetadata | Error
    """

    return sync_detailed(
        repo_id=repo_id,
        id=id,
        fmt=fmt,
        client=client,
    ).parsed


async def asyncio_detailed(
    repo_id: int,
    id: int,
    fmt: str,
    *,
    client: AuthenticatedClient,
) -> Response[AgentExportMetadata | Error]:
    """Get the file name and media type of a family's MARC 21 export

    Args:
        repo_id (int):
        id (int):
        fmt (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentExportMetadata | Error]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        id=id,
        fmt=fmt,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    repo_id: int,
    id: int,
    fmt: str,
    *,
    client: AuthenticatedClient,
) -> AgentExportMetadata | Error | None:
    """Get the file name and media type of a family's MARC 21 export

    Args:
        repo_id (int):
        id (int):
        fmt (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentExportMetadata | Error
    """

    return (
        await asyncio_detailed(
            repo_id=repo_id,
            id=id,
            fmt=fmt,
            client=client,
        )
    ).parsed
