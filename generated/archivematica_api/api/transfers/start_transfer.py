from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.start_transfer_form import StartTransferForm
from ...models.start_transfer_result import StartTransferResult
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "start_transfer",
    "method": "POST",
    "path": "/api/transfer/start_transfer/",
    "parameters": {},
    "body": {"required": True, "kind": "instance", "type": StartTransferForm},
    "answers": ((200, 200), (403, 403), (405, 405), (500, 500)),
}


def _get_kwargs(
    *,
    body: StartTransferForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/transfer/start_transfer/",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | StartTransferResult | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(StartTransferResult, _r.json_body(response))
        return response_200

    if response.status_code == 403:
        from ... import _records as _r

        response_403 = _r.parse(Error, _r.json_body(response))
        return response_403

    if response.status_code == 405:
        response_405 = cast(Any, None)
        return response_405

    if response.status_code == 500:
        from ... import _records as _r

        response_500 = _r.parse(Error, _r.json_body(response))
        return response_500

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 200))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | StartTransferResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StartTransferForm,
) -> Response[Any | Error | StartTransferResult]:
    """Copy files from locations into a new transfer

     The legacy way to start a transfer: copies every path of `paths[]` into `activeTransfers/<type
    directory>/<name>-<uuid>/`. The transfer still needs `approve_transfer` unless the processing
    configuration approves it automatically. With several paths the transfers are named `name`,
    `name_2`, `name_3`... Prefer `create_package`, which does both steps.

    Args:
        body (StartTransferForm): The form fields of `start_transfer`. `paths[]` and `row_ids[]`
            are sent as repeated fields of that exact name (brackets included).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | StartTransferResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: StartTransferForm,
) -> Any | Error | StartTransferResult | None:
    """Copy files from locations into a new transfer

     The legacy way to start a transfer: copies every path of `paths[]` into `activeTransfers/<type
    directory>/<name>-<uuid>/`. The transfer still needs `approve_transfer` unless the processing
    configuration approves it automatically. With several paths the transfers are named `name`,
    `name_2`, `name_3`... Prefer `create_package`, which does both steps.

    Args:
        body (StartTransferForm): The form fields of `start_transfer`. `paths[]` and `row_ids[]`
            are sent as repeated fields of that exact name (brackets included).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | StartTransferResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StartTransferForm,
) -> Response[Any | Error | StartTransferResult]:
    """Copy files from locations into a new transfer

     The legacy way to start a transfer: copies every path of `paths[]` into `activeTransfers/<type
    directory>/<name>-<uuid>/`. The transfer still needs `approve_transfer` unless the processing
    configuration approves it automatically. With several paths the transfers are named `name`,
    `name_2`, `name_3`... Prefer `create_package`, which does both steps.

    Args:
        body (StartTransferForm): The form fields of `start_transfer`. `paths[]` and `row_ids[]`
            are sent as repeated fields of that exact name (brackets included).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | StartTransferResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StartTransferForm,
) -> Any | Error | StartTransferResult | None:
    """Copy files from locations into a new transfer

     The legacy way to start a transfer: copies every path of `paths[]` into `activeTransfers/<type
    directory>/<name>-<uuid>/`. The transfer still needs `approve_transfer` unless the processing
    configuration approves it automatically. With several paths the transfers are named `name`,
    `name_2`, `name_3`... Prefer `create_package`, which does both steps.

    Args:
        body (StartTransferForm): The form fields of `start_transfer`. `paths[]` and `row_ids[]`
            are sent as repeated fields of that exact name (brackets included).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | StartTransferResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
