from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_oai_verb import GetOaiVerb
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "get_oai",
    "method": "GET",
    "path": "/oai",
    "parameters": {
        "verb": {
            "in": "query",
            "name": "verb",
            "required": True,
            "schema": {
                "type": "string",
                "enum": (
                    "Identify",
                    "ListMetadataFormats",
                    "ListSets",
                    "ListIdentifiers",
                    "ListRecords",
                    "GetRecord",
                ),
            },
        },
        "metadata_prefix": {
            "in": "query",
            "name": "metadataPrefix",
            "required": False,
            "schema": {"type": "string"},
        },
        "from_": {
            "in": "query",
            "name": "from",
            "required": False,
            "schema": {"type": "string"},
        },
        "until": {
            "in": "query",
            "name": "until",
            "required": False,
            "schema": {"type": "string"},
        },
        "resumption_token": {
            "in": "query",
            "name": "resumptionToken",
            "required": False,
            "schema": {"type": "string"},
        },
        "set": {
            "in": "query",
            "name": "set",
            "required": False,
            "schema": {"type": "string"},
        },
        "identifier": {
            "in": "query",
            "name": "identifier",
            "required": False,
            "schema": {"type": "string"},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (412, 412)),
}


def _get_kwargs(
    *,
    verb: GetOaiVerb,
    metadata_prefix: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    until: str | Unset = UNSET,
    resumption_token: str | Unset = UNSET,
    set: str | Unset = UNSET,
    identifier: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_verb: str = verb
    params["verb"] = json_verb

    params["metadataPrefix"] = metadata_prefix

    params["from"] = from_

    params["until"] = until

    params["resumptionToken"] = resumption_token

    params["set"] = set

    params["identifier"] = identifier

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oai",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | str | None:
    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    verb: GetOaiVerb,
    metadata_prefix: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    until: str | Unset = UNSET,
    resumption_token: str | Unset = UNSET,
    set: str | Unset = UNSET,
    identifier: str | Unset = UNSET,
) -> Response[Error | str]:
    """Answer an OAI-PMH request

     The OAI-PMH 2.0 provider: published records as Dublin Core, EAD, MARC, MODS... according to `verb`
    and its arguments. Errors of the protocol (a bad verb, a bad resumption token, no records) come back
    as OAI error elements in a 200 answer. Needs no session.

    Args:
        verb (GetOaiVerb):
        metadata_prefix (str | Unset):
        from_ (str | Unset):
        until (str | Unset):
        resumption_token (str | Unset):
        set (str | Unset):
        identifier (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        verb=verb,
        metadata_prefix=metadata_prefix,
        from_=from_,
        until=until,
        resumption_token=resumption_token,
        set=set,
        identifier=identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    verb: GetOaiVerb,
    metadata_prefix: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    until: str | Unset = UNSET,
    resumption_token: str | Unset = UNSET,
    set: str | Unset = UNSET,
    identifier: str | Unset = UNSET,
) -> Error | str | None:
    """Answer an OAI-PMH request

     The OAI-PMH 2.0 provider: published records as Dublin Core, EAD, MARC, MODS... according to `verb`
    and its arguments. Errors of the protocol (a bad verb, a bad resumption token, no records) come back
    as OAI error elements in a 200 answer. Needs no session.

    Args:
        verb (GetOaiVerb):
        metadata_prefix (str | Unset):
        from_ (str | Unset):
        until (str | Unset):
        resumption_token (str | Unset):
        set (str | Unset):
        identifier (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return sync_detailed(
        client=client,
        verb=verb,
        metadata_prefix=metadata_prefix,
        from_=from_,
        until=until,
        resumption_token=resumption_token,
        set=set,
        identifier=identifier,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    verb: GetOaiVerb,
    metadata_prefix: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    until: str | Unset = UNSET,
    resumption_token: str | Unset = UNSET,
    set: str | Unset = UNSET,
    identifier: str | Unset = UNSET,
) -> Response[Error | str]:
    """Answer an OAI-PMH request

     The OAI-PMH 2.0 provider: published records as Dublin Core, EAD, MARC, MODS... according to `verb`
    and its arguments. Errors of the protocol (a bad verb, a bad resumption token, no records) come back
    as OAI error elements in a 200 answer. Needs no session.

    Args:
        verb (GetOaiVerb):
        metadata_prefix (str | Unset):
        from_ (str | Unset):
        until (str | Unset):
        resumption_token (str | Unset):
        set (str | Unset):
        identifier (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        verb=verb,
        metadata_prefix=metadata_prefix,
        from_=from_,
        until=until,
        resumption_token=resumption_token,
        set=set,
        identifier=identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    verb: GetOaiVerb,
    metadata_prefix: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    until: str | Unset = UNSET,
    resumption_token: str | Unset = UNSET,
    set: str | Unset = UNSET,
    identifier: str | Unset = UNSET,
) -> Error | str | None:
    """Answer an OAI-PMH request

     The OAI-PMH 2.0 provider: published records as Dublin Core, EAD, MARC, MODS... according to `verb`
    and its arguments. Errors of the protocol (a bad verb, a bad resumption token, no records) come back
    as OAI error elements in a 200 answer. Needs no session.

    Args:
        verb (GetOaiVerb):
        metadata_prefix (str | Unset):
        from_ (str | Unset):
        until (str | Unset):
        resumption_token (str | Unset):
        set (str | Unset):
        identifier (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
            verb=verb,
            metadata_prefix=metadata_prefix,
            from_=from_,
            until=until,
            resumption_token=resumption_token,
            set=set,
            identifier=identifier,
        )
    ).parsed
