from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.search_page import SearchPage
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "search_records",
    "method": "GET",
    "path": "/search/records",
    "parameters": {
        "uri": {
            "in": "query",
            "name": "uri[]",
            "required": True,
            "schema": {"type": "array", "items": {"type": "string"}},
        },
        "resolve": {
            "in": "query",
            "name": "resolve[]",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string"}},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (412, 412)),
}


def _get_kwargs(
    *,
    uri: list[str],
    resolve: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_uri = uri

    params["uri[]"] = json_uri

    json_resolve: list[str] | Unset = UNSET
    if not isinstance(resolve, Unset):
        json_resolve = resolve

    params["resolve[]"] = json_resolve

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/search/records",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SearchPage | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(SearchPage, _r.json_body(response))
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
) -> Response[Error | SearchPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    uri: list[str],
    resolve: list[str] | Unset = UNSET,
) -> Response[Error | SearchPage]:
    """Fetch index documents by record URI

     Answers the Solr documents of the records named in `uri[]`, in the order asked, in the search
    envelope (one page holding them all). A URI ending in `#pui` names the public-interface copy. Handy
    to fetch many records of mixed types at once; each hit's `json` holds the full record as text.

    Args:
        uri (list[str]):
        resolve (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchPage]
    """

    kwargs = _get_kwargs(
        uri=uri,
        resolve=resolve,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    uri: list[str],
    resolve: list[str] | Unset = UNSET,
) -> Error | SearchPage | None:
    """Fetch index documents by record URI

     Answers the Solr documents of the records named in `uri[]`, in the order asked, in the search
    envelope (one page holding them all). A URI ending in `#pui` names the public-interface copy. Handy
    to fetch many records of mixed types at once; each hit's `json` holds the full record as text.

    Args:
        uri (list[str]):
        resolve (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SearchPage
    """

    return sync_detailed(
        client=client,
        uri=uri,
        resolve=resolve,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    uri: list[str],
    resolve: list[str] | Unset = UNSET,
) -> Response[Error | SearchPage]:
    """Fetch index documents by record URI

     Answers the Solr documents of the records named in `uri[]`, in the order asked, in the search
    envelope (one page holding them all). A URI ending in `#pui` names the public-interface copy. Handy
    to fetch many records of mixed types at once; each hit's `json` holds the full record as text.

    Args:
        uri (list[str]):
        resolve (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchPage]
    """

    kwargs = _get_kwargs(
        uri=uri,
        resolve=resolve,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    uri: list[str],
    resolve: list[str] | Unset = UNSET,
) -> Error | SearchPage | None:
    """Fetch index documents by record URI

     Answers the Solr documents of the records named in `uri[]`, in the order asked, in the search
    envelope (one page holding them all). A URI ending in `#pui` names the public-interface copy. Handy
    to fetch many records of mixed types at once; each hit's `json` holds the full record as text.

    Args:
        uri (list[str]):
        resolve (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SearchPage
    """

    return (
        await asyncio_detailed(
            client=client,
            uri=uri,
            resolve=resolve,
        )
    ).parsed
