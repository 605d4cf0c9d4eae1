from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.updated_response import UpdatedResponse
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "accept_digital_object_children",
    "method": "POST",
    "path": "/repositories/{repo_id}/digital_objects/{id}/accept_children",
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
        "children": {
            "in": "query",
            "name": "children[]",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string"}},
        },
        "position": {
            "in": "query",
            "name": "position",
            "required": True,
            "schema": {"type": "integer"},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (404, 404), (409, 409), (412, 412)),
}


def _get_kwargs(
    repo_id: int,
    id: int,
    *,
    children: list[str] | Unset = UNSET,
    position: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_children: list[str] | Unset = UNSET
    if not isinstance(children, Unset):
        json_children = children

    params["children[]"] = json_children

    params["position"] = position

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/repositories/{repo_id}/digital_objects/{id}/accept_children".format(
            repo_id=quote(str(repo_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdatedResponse | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(UpdatedResponse, _r.json_body(response))
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

    if response.status_code == 409:
        from ... import _records as _r

        response_409 = _r.parse(Error, _r.json_body(response))
        return response_409

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
) -> Response[Error | UpdatedResponse]:
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
    children: list[str] | Unset = UNSET,
    position: int,
) -> Response[Error | UpdatedResponse]:
    """Move existing components to the top of a digital object's tree

     Moves the components named in `children[]` (with their subtrees) to the top level of this digital
    object's tree, the first at `position` and the others after it in the order given. The answer is the
    digital object's `Updated` response.

    Args:
        repo_id (int):
        id (int):
        children (list[str] | Unset):
        position (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdatedResponse]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        id=id,
        children=children,
        position=position,
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
    children: list[str] | Unset = UNSET,
    position: int,
) -> Error | UpdatedResponse | None:
    """Move existing components to the top of a digital object's tree

     Moves the components named in `children[]` (with their subtrees) to the top level of this digital
    object's tree, the first at `position` and the others after it in the order given. The answer is the
    digital object's `Updated` response.

    Args:
        repo_id (int):
        id (int):
        children (list[str] | Unset):
        position (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdatedResponse
    """

    return sync_detailed(
        repo_id=repo_id,
        id=id,
        client=client,
        children=children,
        position=position,
    ).parsed


async def asyncio_detailed(
    repo_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    children: list[str] | Unset = UNSET,
    position: int,
) -> Response[Error | UpdatedResponse]:
    """Move existing components to the top of a digital object's tree

     Moves the components named in `children[]` (with their subtrees) to the top level of this digital
    object's tree, the first at `position` and the others after it in the order given. The answer is the
    digital object's `Updated` response.

    Args:
        repo_id (int):
        id (int):
        children (list[str] | Unset):
        position (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdatedResponse]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        id=id,
        children=children,
        position=position,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    repo_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    children: list[str] | Unset = UNSET,
    position: int,
) -> Error | UpdatedResponse | None:
    """Move existing components to the top of a digital object's tree

     Moves the components named in `children[]` (with their subtrees) to the top level of this digital
    object's tree, the first at `position` and the others after it in the order given. The answer is the
    digital object's `Updated` response.

    Args:
        repo_id (int):
        id (int):
        children (list[str] | Unset):
        position (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdatedResponse
    """

    return (
        await asyncio_detailed(
            repo_id=repo_id,
            id=id,
            client=client,
            children=children,
            position=position,
        )
    ).parsed
