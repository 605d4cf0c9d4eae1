from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "find_by_external_id",
    "method": "GET",
    "path": "/by-external-id",
    "parameters": {
        "eid": {
            "in": "query",
            "name": "eid",
            "required": True,
            "schema": {"type": "string"},
        },
        "type": {
            "in": "query",
            "name": "type[]",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string"}},
        },
    },
    "body": None,
    "answers": ((300, 300), (303, 303), (400, 400), (403, 403), (404, 404), (412, 412)),
}


def _get_kwargs(
    *,
    eid: str,
    type: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["eid"] = eid

    json_type: list[str] | Unset = UNSET
    if not isinstance(type, Unset):
        json_type = type

    params["type[]"] = json_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/by-external-id",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | list[str] | None:
    if response.status_code == 300:
        from ... import _records as _r

        response_300 = cast(
            "list[str]", _r.load(_r.ListOf(_r.STR), _r.json_body(response))
        )
        return response_300

    if response.status_code == 303:
        response_303 = cast(Any, None)
        return response_303

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | list[str]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    eid: str,
    type: list[str] | Unset = UNSET,
) -> Response[Any | Error | list[str]]:
    """Find the records that carry an external id

     Looks `eid` up among the records' external ids. One match answers a 303 redirect whose `Location` is
    the record's URI (an HTTP client that follows redirects gets the record itself); several matches
    answer 300 with the list of their URIs; none answers 404 (with the body `[]`). Suppressed records
    are only found by sessions that may see them.

    Args:
        eid (str):
        type (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[str]]
    """

    kwargs = _get_kwargs(
        eid=eid,
        type=type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    eid: str,
    type: list[str] | Unset = UNSET,
) -> Any | Error | list[str] | None:
    """Find the records that carry an external id

     Looks `eid` up among the records' external ids. One match answers a 303 redirect whose `Location` is
    the record's URI (an HTTP client that follows redirects gets the record itself); several matches
    answer 300 with the list of their URIs; none answers 404 (with the body `[]`). Suppressed records
    are only found by sessions that may see them.

    Args:
        eid (str):
        type (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[str]
    """

    return sync_detailed(
        client=client,
        eid=eid,
        type=type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    eid: str,
    type: list[str] | Unset = UNSET,
) -> Response[Any | Error | list[str]]:
    """Find the records that carry an external id

     Looks `eid` up among the records' external ids. One match answers a 303 redirect whose `Location` is
    the record's URI (an HTTP client that follows redirects gets the record itself); several matches
    answer 300 with the list of their URIs; none answers 404 (with the body `[]`). Suppressed records
    are only found by sessions that may see them.

    Args:
        eid (str):
        type (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[str]]
    """

    kwargs = _get_kwargs(
        eid=eid,
        type=type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    eid: str,
    type: list[str] | Unset = UNSET,
) -> Any | Error | list[str] | None:
    """Find the records that carry an external id

     Looks `eid` up among the records' external ids. One match answers a 303 redirect whose `Location` is
    the record's URI (an HTTP client that follows redirects gets the record itself); several matches
    answer 300 with the list of their URIs; none answers 404 (with the body `[]`). Suppressed records
    are only found by sessions that may see them.

    Args:
        eid (str):
        type (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[str]
    """

    return (
        await asyncio_detailed(
            client=client,
            eid=eid,
            type=type,
        )
    ).parsed
