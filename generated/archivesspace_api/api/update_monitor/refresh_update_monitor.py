from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_edit_statuses import ActiveEditStatuses
from ...models.active_edits import ActiveEdits
from ...models.error import Error
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "refresh_update_monitor",
    "method": "POST",
    "path": "/update_monitor",
    "parameters": {},
    "body": {"required": True, "kind": "instance", "type": ActiveEdits},
    "answers": ((200, 200), (400, 400), (403, 403), (412, 412)),
}


def _get_kwargs(
    *,
    body: ActiveEdits,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/update_monitor",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActiveEditStatuses | Error | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(ActiveEditStatuses, _r.json_body(response))
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
) -> Response[ActiveEditStatuses | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ActiveEdits,
) -> Response[ActiveEditStatuses | Error]:
    """Report the records being edited and see who else edits them

     Records that the listed users are editing the listed records now, forgets reports older than 30
    seconds, and answers, for every record still being edited, who edits it and its current lock
    version. Clients call it every few seconds while an edit form is open, to warn of concurrent edits.

    Args:
        body (ActiveEdits): The records being edited right now and by whom, as the staff interface
            reports them to the update monitor so that two people do not edit one record at once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActiveEditStatuses | Error]
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
    body: ActiveEdits,
) -> ActiveEditStatuses | Error | None:
    """Report the records being edited and see who else edits them

     Records that the listed users are editing the listed records now, forgets reports older than 30
    seconds, and answers, for every record still being edited, who edits it and its current lock
    version. Clients call it every few seconds while an edit form is open, to warn of concurrent edits.

    Args:
        body (ActiveEdits): The records being edited right now and by whom, as the staff interface
            reports them to the update monitor so that two people do not edit one record at once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActiveEditStatuses | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ActiveEdits,
) -> Response[ActiveEditStatuses | Error]:
    """Report the records being edited and see who else edits them

     Records that the listed users are editing the listed records now, forgets reports older than 30
    seconds, and answers, for every record still being edited, who edits it and its current lock
    version. Clients call it every few seconds while an edit form is open, to warn of concurrent edits.

    Args:
        body (ActiveEdits): The records being edited right now and by whom, as the staff interface
            reports them to the update monitor so that two people do not edit one record at once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActiveEditStatuses | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ActiveEdits,
) -> ActiveEditStatuses | Error | None:
    """Report the records being edited and see who else edits them

     Records that the listed users are editing the listed records now, forgets reports older than 30
    seconds, and answers, for every record still being edited, who edits it and its current lock
    version. Clients call it every few seconds while an edit form is open, to warn of concurrent edits.

    Args:
        body (ActiveEdits): The records being edited right now and by whom, as the staff interface
            reports them to the update monitor so that two people do not edit one record at once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActiveEditStatuses | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
