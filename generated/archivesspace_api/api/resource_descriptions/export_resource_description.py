from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, File, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "export_resource_description",
    "method": "GET",
    "path": "/repositories/{repo_id}/resource_descriptions/{id}.xml",
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
        "include_unpublished": {
            "in": "query",
            "name": "include_unpublished",
            "required": False,
            "schema": {"type": "boolean"},
        },
        "include_daos": {
            "in": "query",
            "name": "include_daos",
            "required": False,
            "schema": {"type": "boolean"},
        },
        "include_uris": {
            "in": "query",
            "name": "include_uris",
            "required": False,
            "schema": {"type": "boolean"},
        },
        "numbered_cs": {
            "in": "query",
            "name": "numbered_cs",
            "required": False,
            "schema": {"type": "boolean"},
        },
        "ead3": {
            "in": "query",
            "name": "ead3",
            "required": False,
            "schema": {"type": "boolean"},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (404, 404), (412, 412)),
}


def _get_kwargs(
    repo_id: int,
    id: int,
    *,
    include_unpublished: bool | Unset = UNSET,
    include_daos: bool | Unset = UNSET,
    include_uris: bool | Unset = UNSET,
    numbered_cs: bool | Unset = UNSET,
    ead3: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_unpublished"] = include_unpublished

    params["include_daos"] = include_daos

    params["include_uris"] = include_uris

    params["numbered_cs"] = numbered_cs

    params["ead3"] = ead3

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/repositories/{repo_id}/resource_descriptions/{id}.xml".format(
            repo_id=quote(str(repo_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[Error | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    repo_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    include_unpublished: bool | Unset = UNSET,
    include_daos: bool | Unset = UNSET,
    include_uris: bool | Unset = UNSET,
    numbered_cs: bool | Unset = UNSET,
    ead3: bool | Unset = UNSET,
) -> Response[Error | File]:
    """Export a resource as an EAD finding aid

     The resource and its whole tree as EAD 2002 XML, or EAD3 with `ead3=true`. The document is streamed,
    so a large finding aid can take a while.

    Args:
        repo_id (int):
        id (int):
        include_unpublished (bool | Unset):
        include_daos (bool | Unset):
        include_uris (bool | Unset):
        numbered_cs (bool | Unset):
        ead3 (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        id=id,
        include_unpublished=include_unpublished,
        include_daos=include_daos,
        include_uris=include_uris,
        numbered_cs=numbered_cs,
        ead3=ead3,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    repo_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    include_unpublished: bool | Unset = UNSET,
    include_daos: bool | Unset = UNSET,
    include_uris: bool | Unset = UNSET,
    numbered_cs: bool | Unset = UNSET,
    ead3: bool | Unset = UNSET,
) -> Error | File | None:
    """Export a resource as an EAD finding aid

     The resource and its whole tree as EAD 2002 XML, or EAD3 with `ead3=true`. The document is streamed,
    so a large finding aid can take a while.

    Args:
        repo_id (int):
        id (int):
        include_unpublished (bool | Unset):
        include_daos (bool | Unset):
        include_uris (bool | Unset):
        numbered_cs (bool | Unset):
        ead3 (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return sync_detailed(
        repo_id=repo_id,
        id=id,
        client=client,
        include_unpublished=include_unpublished,
        include_daos=include_daos,
        include_uris=include_uris,
        numbered_cs=numbered_cs,
        ead3=ead3,
    ).parsed


async def asyncio_detailed(
    repo_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    include_unpublished: bool | Unset = UNSET,
    include_daos: bool | Unset = UNSET,
    include_uris: bool | Unset = UNSET,
    numbered_cs: bool | Unset = UNSET,
    ead3: bool | Unset = UNSET,
) -> Response[Error | File]:
    """Export a resource as an EAD finding aid

     The resource and its whole tree as EAD 2002 XML, or EAD3 with `ead3=true`. The document is streamed,
    so a large finding aid can take a while.

    Args:
        repo_id (int):
        id (int):
        include_unpublished (bool | Unset):
        include_daos (bool | Unset):
        include_uris (bool | Unset):
        numbered_cs (bool | Unset):
        ead3 (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        id=id,
        include_unpublished=include_unpublished,
        include_daos=include_daos,
        include_uris=include_uris,
        numbered_cs=numbered_cs,
        ead3=ead3,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    repo_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    include_unpublished: bool | Unset = UNSET,
    include_daos: bool | Unset = UNSET,
    include_uris: bool | Unset = UNSET,
    numbered_cs: bool | Unset = UNSET,
    ead3: bool | Unset = UNSET,
) -> Error | File | None:
    """Export a resource as an EAD finding aid

     The resource and its whole tree as EAD 2002 XML, or EAD3 with `ead3=true`. The document is streamed,
    so a large finding aid can take a while.

    Args:
        repo_id (int):
        id (int):
        include_unpublished (bool | Unset):
        include_daos (bool | Unset):
        include_uris (bool | Unset):
        numbered_cs (bool | Unset):
        ead3 (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return (
        await asyncio_detailed(
            repo_id=repo_id,
            id=id,
            client=client,
            include_unpublished=include_unpublished,
            include_daos=include_daos,
            include_uris=include_uris,
            numbered_cs=numbered_cs,
            ead3=ead3,
        )
    ).parsed
