from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.tree_paths import TreePaths
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "get_digital_object_tree_node_from_root",
    "method": "GET",
    "path": "/repositories/{repo_id}/digital_objects/{id}/tree/node_from_root",
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
        "node_ids": {
            "in": "query",
            "name": "node_ids[]",
            "required": True,
            "schema": {
                "type": "array",
                "items": {"type": "integer", "format": "int32", "minimum": 1},
            },
        },
        "published_only": {
            "in": "query",
            "name": "published_only",
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
    node_ids: list[int],
    published_only: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_node_ids = node_ids

    params["node_ids[]"] = json_node_ids

    params["published_only"] = published_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/repositories/{repo_id}/digital_objects/{id}/tree/node_from_root".format(
            repo_id=quote(str(repo_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TreePaths | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(TreePaths, _r.json_body(response))
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
) -> Response[Error | TreePaths]:
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
    node_ids: list[int],
    published_only: bool | Unset = False,
) -> Response[Error | TreePaths]:
    """Get the paths from a digital object down to some of its components

     For each component id, the steps from the root to it: each step names a node (null for the root) and
    the waypoint that holds the next step, which is what a tree view needs to open the path.

    Args:
        repo_id (int):
        id (int):
        node_ids (list[int]):
        published_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TreePaths]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        id=id,
        node_ids=node_ids,
        published_only=published_only,
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
    node_ids: list[int],
    published_only: bool | Unset = False,
) -> Error | TreePaths | None:
    """Get the paths from a digital object down to some of its components

     For each component id, the steps from the root to it: each step names a node (null for the root) and
    the waypoint that holds the next step, which is what a tree view needs to open the path.

    Args:
        repo_id (int):
        id (int):
        node_ids (list[int]):
        published_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TreePaths
    """

    return sync_detailed(
        repo_id=repo_id,
        id=id,
        client=client,
        node_ids=node_ids,
        published_only=published_only,
    ).parsed


async def asyncio_detailed(
    repo_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    node_ids: list[int],
    published_only: bool | Unset = False,
) -> Response[Error | TreePaths]:
    """Get the paths from a digital object down to some of its components

     For each component id, the steps from the root to it: each step names a node (null for the root) and
    the waypoint that holds the next step, which is what a tree view needs to open the path.

    Args:
        repo_id (int):
        id (int):
        node_ids (list[int]):
        published_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TreePaths]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        id=id,
        node_ids=node_ids,
        published_only=published_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    repo_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    node_ids: list[int],
    published_only: bool | Unset = False,
) -> Error | TreePaths | None:
    """Get the paths from a digital object down to some of its components

     For each component id, the steps from the root to it: each step names a node (null for the root) and
    the waypoint that holds the next step, which is what a tree view needs to open the path.

    Args:
        repo_id (int):
        id (int):
        node_ids (list[int]):
        published_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TreePaths
    """

    return (
        await asyncio_detailed(
            repo_id=repo_id,
            id=id,
            client=client,
            node_ids=node_ids,
            published_only=published_only,
        )
    ).parsed
