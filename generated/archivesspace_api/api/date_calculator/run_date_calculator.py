from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.date_calculation import DateCalculation
from ...models.error import Error
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "run_date_calculator",
    "method": "GET",
    "path": "/date_calculator",
    "parameters": {
        "record_uri": {
            "in": "query",
            "name": "record_uri",
            "required": True,
            "schema": {"type": "string"},
        },
        "label": {
            "in": "query",
            "name": "label",
            "required": False,
            "schema": {"type": "string"},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (404, 404), (412, 412)),
}


def _get_kwargs(
    *,
    record_uri: str,
    label: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["record_uri"] = record_uri

    params["label"] = label

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/date_calculator",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DateCalculation | Error | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(DateCalculation, _r.json_body(response))
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
) -> Response[DateCalculation | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    record_uri: str,
    label: str | Unset = UNSET,
) -> Response[DateCalculation | Error]:
    """Calculate the date range of a resource or archival object

     Finds the earliest begin date and the latest end date among the dates of the record and everything
    below it. Needs view access to the record's repository.

    Args:
        record_uri (str):
        label (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DateCalculation | Error]
    """

    kwargs = _get_kwargs(
        record_uri=record_uri,
        label=label,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    record_uri: str,
    label: str | Unset = UNSET,
) -> DateCalculation | Error | None:
    """Calculate the date range of a resource or archival object

     Finds the earliest begin date and the latest end date among the dates of the record and everything
    below it. Needs view access to the record's repository.

    Args:
        record_uri (str):
        label (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DateCalculation | Error
    """

    return sync_detailed(
        client=client,
        record_uri=record_uri,
        label=label,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    record_uri: str,
    label: str | Unset = UNSET,
) -> Response[DateCalculation | Error]:
    """Calculate the date range of a resource or archival object

     Finds the earliest begin date and the latest end date among the dates of the record and everything
    below it. Needs view access to the record's repository.

    Args:
        record_uri (str):
        label (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DateCalculation | Error]
    """

    kwargs = _get_kwargs(
        record_uri=record_uri,
        label=label,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    record_uri: str,
    label: str | Unset = UNSET,
) -> DateCalculation | Error | None:
    """Calculate the date range of a resource or archival object

     Finds the earliest begin date and the latest end date among the dates of the record and everything
    below it. Needs view access to the record's repository.

    Args:
        record_uri (str):
        label (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DateCalculation | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            record_uri=record_uri,
            label=label,
        )
    ).parsed
