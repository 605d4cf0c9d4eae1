from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.merge_request_detail import MergeRequestDetail
from ...models.merge_result import MergeResult
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "merge_merge_request_agents_detailed",
    "method": "POST",
    "path": "/merge_requests/agent_detail",
    "parameters": {
        "dry_run": {
            "in": "query",
            "name": "dry_run",
            "required": False,
            "schema": {"type": "boolean"},
        }
    },
    "body": {"required": True, "kind": "instance", "type": MergeRequestDetail},
    "answers": ((200, 200), (400, 400), (403, 403), (404, 404), (412, 412)),
}


def _get_kwargs(
    *,
    body: MergeRequestDetail,
    dry_run: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["dry_run"] = dry_run

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/merge_requests/agent_detail",
        "params": params,
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
    body: MergeRequestDetail,
    dry_run: bool | Unset = UNSET,
) -> Response[Error | MergeResult]:
    """Merge agents, keeping chosen parts of the candidate

     Like `merge_merge_request_agents`, but `selections` names the fields and sub-records of the (first)
    candidate to carry into the destination, each replacing the destination's or appended to it (see
    MergeRequestDetail). With `dry_run=true` nothing is saved: the answer's `result` shows the
    destination as it would be.

    Args:
        dry_run (bool | Unset):
        body (MergeRequestDetail): An agent merge that also carries chosen parts of the (first)
            candidate into the destination. `selections` mirrors the agent record: under a sub-record
            list name (`names`, `agent_record_identifiers`, `agent_conventions_declarations`,
            `notes`...), a list whose entry at index i acts on the destination's sub-record i. Each
            entry holds `position` (the index of the candidate's sub-record to take, as a string) and,
            marked with the value `"REPLACE"` (other values are ignored), one of `append` (add the
            candidate's whole sub-record), `replace` (put it in place of the destination's sub-record
            i) or a field name (copy only that field into the destination's sub-record i).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MergeResult]
    """

    kwargs = _get_kwargs(
        body=body,
        dry_run=dry_run,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: MergeRequestDetail,
    dry_run: bool | Unset = UNSET,
) -> Error | MergeResult | None:
    """Merge agents, keeping chosen parts of the candidate

     Like `merge_merge_request_agents`, but `selections` names the fields and sub-records of the (first)
    candidate to carry into the destination, each replacing the destination's or appended to it (see
    MergeRequestDetail). With `dry_run=true` nothing is saved: the answer's `result` shows the
    destination as it would be.

    Args:
        dry_run (bool | Unset):
        body (MergeRequestDetail): An agent merge that also carries chosen parts of the (first)
            candidate into the destination. `selections` mirrors the agent record: under a sub-record
            list name (`names`, `agent_record_identifiers`, `agent_conventions_declarations`,
            `notes`...), a list whose entry at index i acts on the destination's sub-record i. Each
            entry holds `position` (the index of the candidate's sub-record to take, as a string) and,
            marked with the value `"REPLACE"` (other values are ignored), one of `append` (add the
            candidate's whole sub-record), `replace` (put it in place of the destination's sub-record
            i) or a field name (copy only that field into the destination's sub-record i).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MergeResult
    """

    return sync_detailed(
        client=client,
        body=body,
        dry_run=dry_run,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MergeRequestDetail,
    dry_run: bool | Unset = UNSET,
) -> Response[Error | MergeResult]:
    """Merge agents, keeping chosen parts of the candidate

     Like `merge_merge_request_agents`, but `selections` names the fields and sub-records of the (first)
    candidate to carry into the destination, each replacing the destination's or appended to it (see
    MergeRequestDetail). With `dry_run=true` nothing is saved: the answer's `result` shows the
    destination as it would be.

    Args:
        dry_run (bool | Unset):
        body (MergeRequestDetail): An agent merge that also carries chosen parts of the (first)
            candidate into the destination. `selections` mirrors the agent record: under a sub-record
            list name (`names`, `agent_record_identifiers`, `agent_conventions_declarations`,
            `notes`...), a list whose entry at index i acts on the destination's sub-record i. Each
            entry holds `position` (the index of the candidate's sub-record to take, as a string) and,
            marked with the value `"REPLACE"` (other values are ignored), one of `append` (add the
            candidate's whole sub-record), `replace` (put it in place of the destination's sub-record
            i) or a field name (copy only that field into the destination's sub-record i).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MergeResult]
    """

    kwargs = _get_kwargs(
        body=body,
        dry_run=dry_run,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MergeRequestDetail,
    dry_run: bool | Unset = UNSET,
) -> Error | MergeResult | None:
    """Merge agents, keeping chosen parts of the candidate

     Like `merge_merge_request_agents`, but `selections` names the fields and sub-records of the (first)
    candidate to carry into the destination, each replacing the destination's or appended to it (see
    MergeRequestDetail). With `dry_run=true` nothing is saved: the answer's `result` shows the
    destination as it would be.

    Args:
        dry_run (bool | Unset):
        body (MergeRequestDetail): An agent merge that also carries chosen parts of the (first)
            candidate into the destination. `selections` mirrors the agent record: under a sub-record
            list name (`names`, `agent_record_identifiers`, `agent_conventions_declarations`,
            `notes`...), a list whose entry at index i acts on the destination's sub-record i. Each
            entry holds `position` (the index of the candidate's sub-record to take, as a string) and,
            marked with the value `"REPLACE"` (other values are ignored), one of `append` (add the
            candidate's whole sub-record), `replace` (put it in place of the destination's sub-record
            i) or a field name (copy only that field into the destination's sub-record i).

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
            dry_run=dry_run,
        )
    ).parsed
