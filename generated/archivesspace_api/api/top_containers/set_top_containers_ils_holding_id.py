from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.top_container_batch_result import TopContainerBatchResult
from ...types import UNSET, Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "set_top_containers_ils_holding_id",
    "method": "POST",
    "path": "/repositories/{repo_id}/top_containers/batch/ils_holding_id",
    "parameters": {
        "repo_id": {
            "in": "path",
            "name": "repo_id",
            "required": True,
            "schema": {"type": "integer", "format": "int32", "minimum": 1},
            "reserved": (),
        },
        "ids": {
            "in": "query",
            "name": "ids[]",
            "required": True,
            "schema": {
                "type": "array",
                "items": {"type": "integer", "format": "int32", "minimum": 1},
            },
        },
        "ils_holding_id": {
            "in": "query",
            "name": "ils_holding_id",
            "required": True,
            "schema": {"type": "string"},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (412, 412)),
}


def _get_kwargs(
    repo_id: int,
    *,
    ids: list[int],
    ils_holding_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids = ids

    params["ids[]"] = json_ids

    params["ils_holding_id"] = ils_holding_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/repositories/{repo_id}/top_containers/batch/ils_holding_id".format(
            repo_id=quote(str(repo_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TopContainerBatchResult | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(TopContainerBatchResult, _r.json_body(response))
        return response_200

    if response.status_code == 400:
        from ... import _records as _r

        response_400 = _r.parse(Error, _r.json_body(response))
        return response_400

    if response.status_code == 403:
        from ... import _records as _r

        response_403 = _r.parse(Error, _r.json_body(response))
        return response_403

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
) -> Response[Error | TopContainerBatchResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    ids: list[int],
    ils_holding_id: str,
) -> Response[Error | TopContainerBatchResult]:
    """Give several top containers the same ILS holding id

    Args:
        repo_id (int):
        ids (list[int]):
        ils_holding_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TopContainerBatchResult]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        ids=ids,
        ils_holding_id=ils_holding_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    ids: list[int],
    ils_holding_id: str,
) -> Error | TopContainerBatchResult | None:
    """Give several top containers the same ILS holding id

    Args:
        repo_id (int):
        ids (list[int]):
        ils_holding_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TopContainerBatchResult
    """

    return sync_detailed(
        repo_id=repo_id,
        client=client,
        ids=ids,
        ils_holding_id=ils_holding_id,
    ).parsed


async def asyncio_detailed(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    ids: list[int],
    ils_holding_id: str,
) -> Response[Error | TopContainerBatchResult]:
    """Give several top containers the same ILS holding id

    Args:
        repo_id (int):
        ids (list[int]):
        ils_holding_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TopContainerBatchResult]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        ids=ids,
        ils_holding_id=ils_holding_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    ids: list[int],
    ils_holding_id: str,
) -> Error | TopContainerBatchResult | None:
    """Give several top containers the same ILS holding id

    Args:
        repo_id (int):
        ids (list[int]):
        ils_holding_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TopContainerBatchResult
    """

    return (
        await asyncio_detailed(
            repo_id=repo_id,
            client=client,
            ids=ids,
            ils_holding_id=ils_holding_id,
        )
    ).parsed
