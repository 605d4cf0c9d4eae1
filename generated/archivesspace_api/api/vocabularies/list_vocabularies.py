from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.vocabulary import Vocabulary
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "list_vocabularies",
    "method": "GET",
    "path": "/vocabularies",
    "parameters": {
        "ref_id": {
            "in": "query",
            "name": "ref_id",
            "required": False,
            "schema": {"type": "string"},
        }
    },
    "body": None,
}


def _get_kwargs(
    *,
    ref_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ref_id"] = ref_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vocabularies",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Vocabulary] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Vocabulary.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 412:
        response_412 = Error.from_dict(response.json())

        return response_412

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[Vocabulary]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    ref_id: str | Unset = UNSET,
) -> Response[Error | list[Vocabulary]]:
    """List vocabularies

     Every vocabulary (not paginated), or only the one whose `ref_id` is given.

    Args:
        ref_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Vocabulary]]
    """

    kwargs = _get_kwargs(
        ref_id=ref_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    ref_id: str | Unset = UNSET,
) -> Error | list[Vocabulary] | None:
    """List vocabularies

     Every vocabulary (not paginated), or only the one whose `ref_id` is given.

    Args:
        ref_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Vocabulary]
    """

    return sync_detailed(
        client=client,
        ref_id=ref_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ref_id: str | Unset = UNSET,
) -> Response[Error | list[Vocabulary]]:
    """List vocabularies

     Every vocabulary (not paginated), or only the one whose `ref_id` is given.

    Args:
        ref_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Vocabulary]]
    """

    kwargs = _get_kwargs(
        ref_id=ref_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    ref_id: str | Unset = UNSET,
) -> Error | list[Vocabulary] | None:
    """List vocabularies

     Every vocabulary (not paginated), or only the one whose `ref_id` is given.

    Args:
        ref_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Vocabulary]
    """

    return (
        await asyncio_detailed(
            client=client,
            ref_id=ref_id,
        )
    ).parsed
