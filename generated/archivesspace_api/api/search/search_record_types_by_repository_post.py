from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.record_type_counts import RecordTypeCounts
from ...models.record_type_counts_form import RecordTypeCountsForm
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "search_record_types_by_repository_post",
    "method": "POST",
    "path": "/search/record_types_by_repository",
    "parameters": {},
    "body": {"required": True, "kind": "instance", "type": RecordTypeCountsForm},
    "answers": ((200, 200), (400, 400), (403, 403), (412, 412)),
}


def _get_kwargs(
    *,
    body: RecordTypeCountsForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/search/record_types_by_repository",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
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
    body: RecordTypeCountsForm,
) -> Response[Error | RecordTypeCounts]:
    """Count records of some types, by repository (form body)

     The same as `GET /search/record_types_by_repository`, with the fields sent as a form body.

    Args:
        body (RecordTypeCountsForm): The form fields of `POST /search/record_types_by_repository`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RecordTypeCounts]
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
    body: RecordTypeCountsForm,
) -> Error | RecordTypeCounts | None:
    """Count records of some types, by repository (form body)

     The same as `GET /search/record_types_by_repository`, with the fields sent as a form body.

    Args:
        body (RecordTypeCountsForm): The form fields of `POST /search/record_types_by_repository`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RecordTypeCounts
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RecordTypeCountsForm,
) -> Response[Error | RecordTypeCounts]:
    """Count records of some types, by repository (form body)

     The same as `GET /search/record_types_by_repository`, with the fields sent as a form body.

    Args:
        body (RecordTypeCountsForm): The form fields of `POST /search/record_types_by_repository`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RecordTypeCounts]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RecordTypeCountsForm,
) -> Error | RecordTypeCounts | None:
    """Count records of some types, by repository (form body)

     The same as `GET /search/record_types_by_repository`, with the fields sent as a form body.

    Args:
        body (RecordTypeCountsForm): The form fields of `POST /search/record_types_by_repository`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RecordTypeCounts
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
