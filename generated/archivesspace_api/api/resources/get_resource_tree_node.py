from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.tree_node import TreeNode
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "get_resource_tree_node",
    "method": "GET",
    "path": "/repositories/{repo_id}/resources/{id}/tree/node",
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
        "node_uri": {
            "in": "query",
            "name": "node_uri",
            "required": True,
            "schema": {"type": "string"},
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
    node_uri: str,
    published_only: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["node_uri"] = node_uri

    params["published_only"] = published_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/repositories/{repo_id}/resources/{id}/tree/node".format(
            repo_id=quote(str(repo_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TreeNode | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(TreeNode, _r.json_body(response))
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
) -> Response[Error | TreeNode]:
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
    node_uri: str,
    published_only: bool | Unset = False,
) -> Response[Error | TreeNode]:
    """Get one archival object of a resource's tree as a tree node

     The archival object's position among its siblings, its child count and waypoints, and the first
    waypoint of its children in `precomputed_waypoints` (under the node's URI).

    Args:
        repo_id (int):
        id (int):
        node_uri (str):
        published_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TreeNode]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        id=id,
        node_uri=node_uri,
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
    node_uri: str,
    published_only: bool | Unset = False,
) -> Error | TreeNode | None:
    """Get one archival object of a resource's tree as a tree node

     The archival object's position among its siblings, its child count and waypoints, and the first
    waypoint of its children in `precomputed_waypoints` (under the node's URI).

    Args:
        repo_id (int):
        id (int):
        node_uri (str):
        published_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TreeNode
    """

    return sync_detailed(
        repo_id=repo_id,
        id=id,
        client=client,
        node_uri=node_uri,
        published_only=published_only,
    ).parsed


async def asyncio_detailed(
    repo_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    node_uri: str,
    published_only: bool | Unset = False,
) -> Response[Error | TreeNode]:
    """Get one archival object of a resource's tree as a tree node

     The archival object's position among its siblings, its child count and waypoints, and the first
    waypoint of its children in `precomputed_waypoints` (under the node's URI).

    Args:
        repo_id (int):
        id (int):
        node_uri (str):
        published_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TreeNode]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        id=id,
        node_uri=node_uri,
        published_only=published_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    repo_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    node_uri: str,
    published_only: bool | Unset = False,
) -> Error | TreeNode | None:
    """Get one archival object of a resource's tree as a tree node

     The archival object's position among its siblings, its child count and waypoints, and the first
    waypoint of its children in `precomputed_waypoints` (under the node's URI).

    Args:
        repo_id (int):
        id (int):
        node_uri (str):
        published_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TreeNode
    """

    return (
        await asyncio_detailed(
            repo_id=repo_id,
            id=id,
            client=client,
            node_uri=node_uri,
            published_only=published_only,
        )
    ).parsed
