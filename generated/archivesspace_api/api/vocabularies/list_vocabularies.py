from http import HTTPStatus
from typing import Any, cast

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
    "answers": ((200, 200), (400, 400), (403, 403), (412, 412)),
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
        from ... import _records as _r

        response_200 = cast(
            "list[Vocabulary]",
            _r.load(
                _r.ListOf(_r.model("vocabulary", "Vocabulary")), _r.json_body(response)
            ),
        )
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
