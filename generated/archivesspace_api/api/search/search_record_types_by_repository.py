from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.record_type_counts import RecordTypeCounts
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "search_record_types_by_repository",
    "method": "GET",
    "path": "/search/record_types_by_repository",
    "parameters": {
        "record_types": {
            "in": "query",
            "name": "record_types[]",
            "required": True,
            "schema": {"type": "array", "items": {"type": "string"}},
        },
        "repo_uri": {
            "in": "query",
            "name": "repo_uri",
            "required": False,
            "schema": {"type": "string"},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (412, 412)),
}


def _get_kwargs(
    *,
    record_types: list[str],
    repo_uri: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_record_types = record_types

    params["record_types[]"] = json_record_types

    params["repo_uri"] = repo_uri

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/search/record_types_by_repository",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RecordTypeCounts | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(RecordTypeCounts, _r.json_body(response))
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
) -> Response[Error | RecordTypeCounts]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    record_types: list[str],
    repo_uri: str | Unset = UNSET,
) -> Response[Error | RecordTypeCounts]:
    """Count records of some types, by repository

     Counts the indexed records of each type in `record_types[]`: for every repository, or with
    `repo_uri` for that repository alone (the answer is then one flat map).

    Args:
        record_types (list[str]):
        repo_uri (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RecordTypeCounts]
    """

    kwargs = _get_kwargs(
        record_types=record_types,
        repo_uri=repo_uri,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    record_types: list[str],
    repo_uri: str | Unset = UNSET,
) -> Error | RecordTypeCounts | None:
    """Count records of some types, by repository

     Counts the indexed records of each type in `record_types[]`: for every repository, or with
    `repo_uri` for that repository alone (the answer is then one flat map).

    Args:
        record_types (list[str]):
        repo_uri (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RecordTypeCounts
    """

    return sync_detailed(
        client=client,
        record_types=record_types,
        repo_uri=repo_uri,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    record_types: list[str],
    repo_uri: str | Unset = UNSET,
) -> Response[Error | RecordTypeCounts]:
    """Count records of some types, by repository

     Counts the indexed records of each type in `record_types[]`: for every repository, or with
    `repo_uri` for that repository alone (the answer is then one flat map).

    Args:
        record_types (list[str]):
        repo_uri (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RecordTypeCounts]
    """

    kwargs = _get_kwargs(
        record_types=record_types,
        repo_uri=repo_uri,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    record_types: list[str],
    repo_uri: str | Unset = UNSET,
) -> Error | RecordTypeCounts | None:
    """Count records of some types, by repository

     Counts the indexed records of each type in `record_types[]`: for every repository, or with
    `repo_uri` for that repository alone (the answer is then one flat map).

    Args:
        record_types (list[str]):
        repo_uri (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RecordTypeCounts
    """

    return (
        await asyncio_detailed(
            client=client,
            record_types=record_types,
            repo_uri=repo_uri,
        )
    ).parsed
