from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.merge_request import MergeRequest
from ...models.merge_result import MergeResult
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "merge_merge_request_agents",
    "method": "POST",
    "path": "/merge_requests/agent",
    "parameters": {},
    "body": {"required": True, "kind": "instance", "type": MergeRequest},
    "answers": ((200, 200), (400, 400), (403, 403), (404, 404), (412, 412)),
}


def _get_kwargs(
    *,
    body: MergeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/merge_requests/agent",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MergeResult | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(MergeResult, _r.json_body(response))
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
) -> Response[Error | MergeResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MergeRequest,
) -> Response[Error | MergeResult]:
    """Merge agents

     Merges the candidate agents (of any kind) into the destination agent: links and relationships move
    to the destination, the candidates' names and sub-records are dropped, and the candidates are
    deleted. Every record must be an agent (else 400). To keep chosen names or sub-records of a
    candidate, use `merge_merge_request_agents_detailed`.

    Args:
        body (MergeRequest): Which records to fold into which: every candidate is merged into the
            destination, then deleted. All the records must be of the kind the route merges.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MergeResult]
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
    body: MergeRequest,
) -> Error | MergeResult | None:
    """Merge agents

     Merges the candidate agents (of any kind) into the destination agent: links and relationships move
    to the destination, the candidates' names and sub-records are dropped, and the candidates are
    deleted. Every record must be an agent (else 400). To keep chosen names or sub-records of a
    candidate, use `merge_merge_request_agents_detailed`.

    Args:
        body (MergeRequest): Which records to fold into which: every candidate is merged into the
            destination, then deleted. All the records must be of the kind the route merges.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MergeResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MergeRequest,
) -> Response[Error | MergeResult]:
    """Merge agents

     Merges the candidate agents (of any kind) into the destination agent: links and relationships move
    to the destination, the candidates' names and sub-records are dropped, and the candidates are
    deleted. Every record must be an agent (else 400). To keep chosen names or sub-records of a
    candidate, use `merge_merge_request_agents_detailed`.

    Args:
        body (MergeRequest): Which records to fold into which: every candidate is merged into the
            destination, then deleted. All the records must be of the kind the route merges.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MergeResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MergeRequest,
) -> Error | MergeResult | None:
    """Merge agents

     Merges the candidate agents (of any kind) into the destination agent: links and relationships move
    to the destination, the candidates' names and sub-records are dropped, and the candidates are
    deleted. Every record must be an agent (else 400). To keep chosen names or sub-records of a
    candidate, use `merge_merge_request_agents_detailed`.

    Args:
        body (MergeRequest): Which records to fold into which: every candidate is merged into the
            destination, then deleted. All the records must be of the kind the route merges.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MergeResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
