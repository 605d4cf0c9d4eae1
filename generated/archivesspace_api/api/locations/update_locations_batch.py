from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.location_batch_update import LocationBatchUpdate
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "update_locations_batch",
    "method": "POST",
    "path": "/locations/batch_update",
    "parameters": {},
    "body": {"required": True, "kind": "instance", "type": LocationBatchUpdate},
    "answers": ((200, 200), (400, 400), (403, 403), (404, 404), (409, 409), (412, 412)),
}


def _get_kwargs(
    *,
    body: LocationBatchUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/locations/batch_update",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Any] | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = cast(
            "list[Any]", _r.load(_r.ListOf(_r.ANY), _r.json_body(response))
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

    if response.status_code == 404:
        from ... import _records as _r

        response_404 = _r.parse(Error, _r.json_body(response))
        return response_404

    if response.status_code == 409:
        from ... import _records as _r

        response_409 = _r.parse(Error, _r.json_body(response))
        return response_409

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
) -> Response[Error | list[Any]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LocationBatchUpdate,
) -> Response[Error | list[Any]]:
    """Set the same fields on many locations

     Each location named in `record_uris` gets the fields given in the body; the others keep their
    values. The answer has one entry per changed location, in the server's internal form; check the
    status rather than its content.

    Args:
        body (LocationBatchUpdate): Fields to set on many existing locations at once. Every
            location named in `record_uris` gets each field given here; fields left out keep their
            values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Any]]
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
    body: LocationBatchUpdate,
) -> Error | list[Any] | None:
    """Set the same fields on many locations

     Each location named in `record_uris` gets the fields given in the body; the others keep their
    values. The answer has one entry per changed location, in the server's internal form; check the
    status rather than its content.

    Args:
        body (LocationBatchUpdate): Fields to set on many existing locations at once. Every
            location named in `record_uris` gets each field given here; fields left out keep their
            values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Any]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LocationBatchUpdate,
) -> Response[Error | list[Any]]:
    """Set the same fields on many locations

     Each location named in `record_uris` gets the fields given in the body; the others keep their
    values. The answer has one entry per changed location, in the server's internal form; check the
    status rather than its content.

    Args:
        body (LocationBatchUpdate): Fields to set on many existing locations at once. Every
            location named in `record_uris` gets each field given here; fields left out keep their
            values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Any]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: LocationBatchUpdate,
) -> Error | list[Any] | None:
    """Set the same fields on many locations

     Each location named in `record_uris` gets the fields given in the body; the others keep their
    values. The answer has one entry per changed location, in the server's internal form; check the
    status rather than its content.

    Args:
        body (LocationBatchUpdate): Fields to set on many existing locations at once. Every
            location named in `record_uris` gets each field given here; fields left out keep their
            values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Any]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
