from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_delete_result import BatchDeleteResult
from ...models.error import Error
from ...types import UNSET, Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "run_batch_delete",
    "method": "POST",
    "path": "/batch_delete",
    "parameters": {
        "record_uris": {
            "in": "query",
            "name": "record_uris[]",
            "required": True,
            "schema": {"type": "array", "items": {"type": "string"}},
        }
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (412, 412)),
}


def _get_kwargs(
    *,
    record_uris: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_record_uris = record_uris

    params["record_uris[]"] = json_record_uris

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/batch_delete",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchDeleteResult | Error | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(BatchDeleteResult, _r.json_body(response))
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
) -> Response[BatchDeleteResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    record_uris: list[str],
) -> Response[BatchDeleteResult | Error]:
    """Delete several records by URI

     Deletes each record as if `DELETE <uri>` had been sent for it, with that endpoint's own permission
    check. When every delete succeeds the answer lists their results; when any fails the answer is 403
    and its `error` holds `failures`, one `{uri, response}` per record that could not be deleted. Takes
    no body.

    Args:
        record_uris (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchDeleteResult | Error]
    """

    kwargs = _get_kwargs(
        record_uris=record_uris,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    record_uris: list[str],
) -> BatchDeleteResult | Error | None:
    """Delete several records by URI

     Deletes each record as if `DELETE <uri>` had been sent for it, with that endpoint's own permission
    check. When every delete succeeds the answer lists their results; when any fails the answer is 403
    and its `error` holds `failures`, one `{uri, response}` per record that could not be deleted. Takes
    no body.

    Args:
        record_uris (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchDeleteResult | Error
    """

    return sync_detailed(
        client=client,
        record_uris=record_uris,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    record_uris: list[str],
) -> Response[BatchDeleteResult | Error]:
    """Delete several records by URI

     Deletes each record as if `DELETE <uri>` had been sent for it, with that endpoint's own permission
    check. When every delete succeeds the answer lists their results; when any fails the answer is 403
    and its `error` holds `failures`, one `{uri, response}` per record that could not be deleted. Takes
    no body.

    Args:
        record_uris (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchDeleteResult | Error]
    """

    kwargs = _get_kwargs(
        record_uris=record_uris,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    record_uris: list[str],
) -> BatchDeleteResult | Error | None:
    """Delete several records by URI

     Deletes each record as if `DELETE <uri>` had been sent for it, with that endpoint's own permission
    check. When every delete succeeds the answer lists their results; when any fails the answer is 403
    and its `error` holds `failures`, one `{uri, response}` per record that could not be deleted. Takes
    no body.

    Args:
        record_uris (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchDeleteResult | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            record_uris=record_uris,
        )
    ).parsed
