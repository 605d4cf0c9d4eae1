from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_software import AgentSoftware
from ...models.error import Error
from ...models.updated_response import UpdatedResponse
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "update_agent_software",
    "method": "POST",
    "path": "/agents/software/{id}",
    "parameters": {
        "id": {
            "in": "path",
            "name": "id",
            "required": True,
            "schema": {"type": "integer", "format": "int32", "minimum": 1},
            "reserved": (),
        }
    },
    "body": {"required": True, "kind": "instance", "type": AgentSoftware},
    "answers": ((200, 200), (400, 400), (403, 403), (404, 404), (409, 409), (412, 412)),
}


def _get_kwargs(
    id: int,
    *,
    body: AgentSoftware,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/software/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    id: int,
    *,
    client: AuthenticatedClient,
    body: AgentSoftware,
) -> Response[Error | UpdatedResponse]:
    """Update a software agent

     Replaces the software agent with the record sent, which must carry the current `lock_version`. Sub-
    records left out of the body are deleted.

    Args:
        id (int):
        body (AgentSoftware): A program that acted on records (migrations, preservation events).
            ArchivesSpace itself is one. At `/agents/software/{id}`; only `names` is required.
            Software agents have no relationships.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdatedResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: AgentSoftware,
) -> Error | UpdatedResponse | None:
    """Update a software agent

     Replaces the software agent with the record sent, which must carry the current `lock_version`. Sub-
    records left out of the body are deleted.

    Args:
        id (int):
        body (AgentSoftware): A program that acted on records (migrations, preservation events).
            ArchivesSpace itself is one. At `/agents/software/{id}`; only `names` is required.
            Software agents have no relationships.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdatedResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: AgentSoftware,
) -> Response[Error | UpdatedResponse]:
    """Update a software agent

     Replaces the software agent with the record sent, which must carry the current `lock_version`. Sub-
    records left out of the body are deleted.

    Args:
        id (int):
        body (AgentSoftware): A program that acted on records (migrations, preservation events).
            ArchivesSpace itself is one. At `/agents/software/{id}`; only `names` is required.
            Software agents have no relationships.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdatedResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: AgentSoftware,
) -> Error | UpdatedResponse | None:
    """Update a software agent

     Replaces the software agent with the record sent, which must carry the current `lock_version`. Sub-
    records left out of the body are deleted.

    Args:
        id (int):
        body (AgentSoftware): A program that acted on records (migrations, preservation events).
            ArchivesSpace itself is one. At `/agents/software/{id}`; only `names` is required.
            Software agents have no relationships.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdatedResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
