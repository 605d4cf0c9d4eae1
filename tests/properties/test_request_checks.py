"""Every argument of every operation of the three specs is checked before anything is sent.

For each operation hypothesis draws valid arguments (the strategies of the request-shape tests), then spoils each
parameter and the body in turn with a value the spec does not allow (None where one is required, bools for
integers, numbers out of bounds, text for a UUID, a dict for a body...): the client must raise
``InvalidArgument`` naming that operation and that parameter, and its transport must see nothing. Another test
draws hostile path values (dot segments, other operations' literal segments, slashes, '?', '#', '%') and shows
that whatever fonds sends, its method and path address the operation that was called and no other. The expected
values here come from the spec documents, not from the generated ``_CHECKS`` tables the client reads.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib
import re
import string
import typing
import uuid
from functools import cache
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from fonds import Archivematica, ArchivesSpace, AsyncArchivesSpace, RetryPolicy, StorageService, errors
from fonds._arguments import check_arguments
from fonds._invoker import _request_kwargs
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.properties._specs import PACKAGES, Operation, Param, all_operations, deref, document, operations
from tests.properties._strategies import python_value
from tests.properties.test_request_shapes import Captured, arguments, client

OPS = all_operations()
WITH_PATH_PARAMS = [op for op in OPS if any(p.location == "path" for p in op.params)]
SECRET_NAMES = {"password", "token", "api_key", "key", "secret"}
INT_LIMITS = {"int32": 2**31 - 1, "int64": 2**63 - 1}
UUID_TEXT = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
NEVER_VALID = st.sampled_from([{"a": 1}, b"bytes", frozenset({1}), 1j])


class Other:
    """An object of a type no parameter or body takes."""


def _unset(op: Operation) -> Any:
    return importlib.import_module(f"{PACKAGES[op.api]}.types").UNSET


def _is_secret(p: Param) -> bool:
    return p.schema.get("format") == "password" or p.name.lower().strip("[]") in SECRET_NAMES


def invalid_values(op: Operation, p: Param) -> st.SearchStrategy[Any]:
    """Values the spec does not allow for parameter ``p`` of ``op``."""
    doc = document(op.api)
    schema = deref(doc, p.schema)
    options: list[st.SearchStrategy[Any]] = [NEVER_VALID, st.builds(Other)]
    if p.required or p.location == "path":
        options += [st.none(), st.just(_unset(op))]
    kind, fmt = schema.get("type"), schema.get("format")
    if "enum" in schema:
        values = schema["enum"]
        options += [st.text(max_size=8).filter(lambda s: s not in values), st.just(1.5), st.integers()]
        if all(isinstance(v, bool) for v in values):
            options.append(st.sampled_from([b for b in (True, False) if b not in values] or [0]))
    elif kind == "integer":
        options += [st.booleans(), st.floats(), st.text(max_size=5), st.just([1]), st.just(10**30)]
        if "minimum" in schema:
            options.append(st.integers(max_value=schema["minimum"] - 1))
        high = schema.get("maximum", INT_LIMITS.get(fmt or "int64", INT_LIMITS["int64"]))
        options.append(st.integers(min_value=high + 1))
    elif kind == "boolean":
        options += [st.integers(0, 1), st.sampled_from(["true", "false", ""]), st.floats()]
    elif kind == "array":
        items = deref(doc, schema.get("items") or {})
        item = Param("", p.location, "", items, True, p.explode)
        options += [st.text(max_size=5), st.integers(), st.lists(invalid_values(op, item), min_size=1, max_size=3)]
        options.append(st.tuples(python_value(doc, "", items, p.location)))
        if "maxItems" in schema:
            options.append(st.just([1] * (schema["maxItems"] + 1)))
    elif fmt == "uuid":
        options += [
            st.text(max_size=40).filter(lambda s: not UUID_TEXT.fullmatch(s)),
            st.sampled_from(["a#b", "../../x", "..", "", str(uuid.uuid4())[:-1], "{" + str(uuid.uuid4()) + "}"]),
            st.integers(),
        ]
    elif fmt == "date-time":
        options += [st.datetimes(timezones=st.none()), st.dates(), st.text(max_size=5)]
    elif kind == "string":
        options += [st.integers(), st.booleans(), st.just(["x"]), st.just("a\ud800b")]
        if "pattern" in schema:
            options.append(st.text(max_size=20).filter(lambda s: not re.search(schema["pattern"], s)))
        if "maxLength" in schema:
            n = schema["maxLength"]
            options.append(st.text(alphabet=string.ascii_letters, min_size=n + 1, max_size=n + 4))
        if schema.get("contentEncoding") == "base64":
            options.append(st.sampled_from(["not base64!", "abc", "====", "é"]))
        if p.location == "path":
            options += [st.sampled_from(["", ".", ".."]), st.text(min_size=1, max_size=5).map(lambda s: s + "\x00")]
        if p.location == "header":
            options.append(st.sampled_from(["été", "a\r\nX-Injected: 1", "a\nb", "\x00", " a", "a ", "a\t"]))
    return st.one_of(options)


def invalid_bodies(op: Operation, annotation: Any) -> st.SearchStrategy[Any]:
    options: list[st.SearchStrategy[Any]] = [st.builds(Other), st.text(max_size=5), st.integers(), NEVER_VALID]
    options.append(st.just({"title": "a dict, not the model"}))
    if op.body_required:
        options += [st.none(), st.just(_unset(op))]
    if typing.get_origin(annotation) is list:
        options.append(st.just([{"jsonmodel_type": "resource"}]))
    else:
        options.append(st.just([Other()]))
    return st.one_of(options)


@pytest.mark.parametrize("op", OPS, ids=[op.id for op in OPS])
def test_an_invalid_argument_is_refused_before_anything_is_sent(op: Operation) -> None:
    module = op.module()
    hints = typing.get_type_hints(module._get_kwargs)
    valid = arguments(op)
    targets: list[tuple[str, st.SearchStrategy[Any], bool]] = [
        (p.python, invalid_values(op, p), _is_secret(p)) for p in op.params
    ]
    if "body" in hints:
        targets.append(("body", invalid_bodies(op, hints["body"]), False))
    fonds_client = client(op.api)

    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        base = data.draw(valid, label="valid arguments")
        for name, strategy, secret in targets:
            value = data.draw(strategy, label=f"invalid {name}")
            with pytest.raises(errors.InvalidArgument) as info:  # a request sent raises Captured instead
                fonds_client._invoker.call(module.sync_detailed, **{**base, name: value})
            assert (info.value.operation, info.value.parameter) == (op.operation_id, name)
            assert info.value.expected
            if secret and isinstance(value, str) and len(value) >= 2:
                rest = str(info.value).replace(info.value.expected, "").replace(f"{op.operation_id}: {name} wants", "")
                assert value not in rest

    run()


_BUILDER = httpx.Client(base_url="http://api.test")  # builds requests, never sends: one for all (each costs ~10 ms)


def on_the_wire(kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """What a request built from ``kwargs`` sends: method, URL, headers and body bytes (fonds encodes a JSON body
    itself, to refuse what JSON cannot carry, into the bytes httpx's ``json=`` would send)."""
    request = _BUILDER.build_request(**kwargs)
    return request.method, str(request.url), sorted(request.headers.multi_items()), request.read()


@pytest.mark.parametrize("op", OPS, ids=[op.id for op in OPS])
def test_valid_arguments_pass_the_checks_unchanged(op: Operation) -> None:
    module = op.module()
    optional = [p.python for p in op.params if not p.required and p.location != "path"]

    @given(kwargs=arguments(op), data=st.data())
    def run(kwargs: dict[str, Any], data: st.DataObject) -> None:
        assert check_arguments(module, kwargs) == kwargs
        assert on_the_wire(_request_kwargs(module, kwargs)) == on_the_wire(module._get_kwargs(**kwargs))
        # None for an optional parameter means "not sent" (UNSET; the server's own default applies).
        if optional:
            name = data.draw(st.sampled_from(optional))
            unsent = {**kwargs, name: _unset(op)}
            sent = on_the_wire(_request_kwargs(module, {**kwargs, name: None}))
            assert sent == on_the_wire(module._get_kwargs(**unsent))

    run()


# -- no path value can reach another operation ------------------------------------------------------------------


@cache
def _literal_segments(api: str) -> list[str]:
    return sorted({s for op in operations(api) for s in op.path.strip("/").split("/") if "{" not in s})


def _sibling_segments(op: Operation, p: Param) -> list[str]:
    """The literal segments that other operations of the same method, whose other segments could match, have
    where ``p`` stands: the values most likely to address another operation."""
    mine = op.path.strip("/").split("/")
    at = next((i for i, s in enumerate(mine) if "{" + p.name + "}" in s), 0)
    found = set()
    for other in operations(op.api):
        theirs = other.path.strip("/").split("/")
        if other.method != op.method or len(theirs) != len(mine) or "{" in theirs[at]:
            continue
        if all(a == b or "{" in a + b for i, (a, b) in enumerate(zip(mine, theirs, strict=True)) if i != at):
            found.add(theirs[at])
    return sorted(found)


def hostile_path_values(op: Operation, p: Param) -> st.SearchStrategy[Any]:
    doc = document(op.api)
    siblings = _sibling_segments(op, p)
    anything = st.one_of(
        python_value(doc, p.name, p.schema, "path"),
        st.sampled_from(_literal_segments(op.api)),
        st.sampled_from(["", ".", "..", "/", "./", "../..", "%2e%2e", "%2F", "a/b", "?x=1", "#f", "%", " ", "\t", "~"]),
        st.text(alphabet=string.printable + "é/.", max_size=10),
        st.integers(-2, 10),
        st.uuids(),
        st.uuids().map(str),
    )
    return st.one_of(st.sampled_from(siblings), anything) if siblings else anything


def _template(path: str) -> list[re.Pattern[str]]:
    return [
        re.compile("".join("(.+)" if part.startswith("{") else re.escape(part) for part in re.split(r"(\{[^}]+\})", s)))
        for s in path.strip("/").split("/")
    ]


@cache
def _routes(api: str) -> list[tuple[Operation, list[re.Pattern[str]], int]]:
    return [(op, _template(op.path), op.path.count("/") - op.path.count("{")) for op in operations(api)]


def addressed(api: str, method: str, raw_path: str) -> list[Operation]:
    """The operations a request addresses: of the templates its method and (decoded) segments match, those with
    the most literal segments, as OpenAPI says concrete paths win over templated ones."""
    segments = [unquote(s) for s in raw_path.split("?", 1)[0].strip("/").split("/")]
    found = [
        (op, literals)
        for op, template, literals in _routes(api)
        if op.method == method
        and len(template) == len(segments)
        and all(t.fullmatch(s) for t, s in zip(template, segments, strict=True))
    ]
    best = max((literals for _, literals in found), default=0)
    return [op for op, literals in found if literals == best]


def test_a_concrete_path_addresses_its_own_operation_not_the_templated_one() -> None:
    assert [o.operation_id for o in addressed("archivesspace", "POST", "/users/admin/login")] == ["login_user"]
    assert [o.operation_id for o in addressed("archivesspace", "POST", "/users/admin/t0k")] == ["login_user_with_token"]
    assert [o.operation_id for o in addressed("archivesspace", "DELETE", "/repositories/2")] == ["delete_repository"]


@pytest.mark.parametrize("op", WITH_PATH_PARAMS, ids=[op.id for op in WITH_PATH_PARAMS])
def test_no_path_value_makes_a_request_that_addresses_another_operation(op: Operation) -> None:
    module = op.module()
    hostile = st.fixed_dictionaries({p.python: hostile_path_values(op, p) for p in op.params if p.location == "path"})
    fonds_client = client(op.api)

    def attempt(base: dict[str, Any], path_values: dict[str, Any]) -> None:
        refused: errors.InvalidArgument | None = None
        try:
            fonds_client._invoker.call(module.sync_detailed, **{**base, **path_values})
        except errors.InvalidArgument as exc:
            refused = exc
        except Captured as sent:
            raw = sent.request.url.raw_path.decode()
            segments = [unquote(s) for s in raw.split("?", 1)[0].strip("/").split("/")]
            assert not {"", ".", ".."} & set(segments), raw
            assert [o.operation_id for o in addressed(op.api, op.method, raw)] == [op.operation_id], raw
            return
        assert refused is not None, "neither refused nor sent"
        assert refused.operation == op.operation_id

    @given(base=arguments(op), path_values=hostile)
    def run(base: dict[str, Any], path_values: dict[str, Any]) -> None:
        attempt(base, path_values)

    @settings(max_examples=3)  # the sweep is the same every time; only the other arguments vary
    @given(base=arguments(op))
    def every_sibling(base: dict[str, Any]) -> None:
        for p in op.params:
            for literal in _sibling_segments(op, p) if p.location == "path" else []:
                attempt(base, {p.python: literal})

    run()
    every_sibling()


def test_the_issue_s_routes_are_refused() -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={}))
    aspace = ArchivesSpace("http://aspace.test", session_token="tok", transport=transport)
    with pytest.raises(errors.InvalidArgument, match="delete_accession: id wants an integer"):
        aspace.accessions.delete(repo_id=2, id="..")
    with pytest.raises(errors.InvalidArgument, match="login_user_with_token: token wants a value other than"):
        aspace.users.login_with_token(username="admin", token="login")
    with pytest.raises(errors.InvalidArgument, match=r"body wants an ArchivalObject \(make one from a dict"):
        aspace.archival_objects.update(repo_id=2, id=1, body={"title": "x"})  # type: ignore[arg-type]
    with pytest.raises(errors.InvalidArgument, match="page_size wants an integer from 1 to 250"):
        aspace.archival_objects.list_page(repo_id=2, page=1, page_size=0)
    with pytest.raises(errors.InvalidArgument, match="page wants an integer"):
        aspace.archival_objects.list_page(repo_id=2, page=0)
    ss = StorageService("http://ss.test", username="u", api_key="k", transport=transport)
    for bad in ("a#b", "../../x", "", None):
        with pytest.raises(errors.InvalidArgument, match="download_package: uuid wants a UUID"):
            ss.packages.download(bad, to="unused/")  # type: ignore[arg-type]
    with pytest.raises(errors.InvalidArgument, match="wait_for_task"):
        ss.wait_for_task("/api/v2/async/x/")
    with pytest.raises(errors.InvalidArgument, match="walk_tree"):
        list(aspace.walk_tree("/repositories/2/resources/.."))
    assert sent == []


def test_the_async_client_refuses_before_sending_too() -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={}))

    async def main() -> None:
        async with AsyncArchivesSpace("http://aspace.test", session_token="tok", transport=transport) as aspace:
            with pytest.raises(errors.InvalidArgument, match="delete_accession: repo_id"):
                await aspace.accessions.delete(repo_id=True, id=1)
            with pytest.raises(errors.InvalidArgument, match="sort_direction wants one of 'asc', 'desc'"):
                async for _ in aspace.accessions.list(repo_id=2, sort_direction="up"):  # type: ignore[arg-type]
                    pass

    asyncio.run(main())
    assert sent == []


@given(value=st.text(max_size=40))
def test_a_package_is_downloaded_from_its_own_route_or_not_at_all(value: str) -> None:
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(404))
    ss = StorageService("http://ss.test", username="u", api_key="k", transport=transport)
    if UUID_TEXT.fullmatch(value):
        with pytest.raises(errors.NotFoundError):
            ss.packages.download(value, to="unused/")
        assert [r.url.raw_path.decode() for r in seen] == [f"/api/v2/file/{value}/download/"]
    else:
        with pytest.raises(errors.InvalidArgument):
            ss.packages.download(value, to="unused/")
        assert seen == []


def test_every_generated_module_checks_every_argument_it_takes() -> None:
    for op in OPS:
        module = op.module()
        hints = set(typing.get_type_hints(module._get_kwargs)) - {"return"}
        table = module._CHECKS
        assert table["operation"] == op.operation_id
        assert (table["method"], table["path"]) == (op.method, op.path)
        assert set(table["parameters"]) | ({"body"} if table["body"] else set()) == hints, op.id


# -- credentials ----------------------------------------------------------------------------------------------------

CONTROL = st.characters(codec="utf-8").filter(lambda c: (ord(c) < 32 or 127 <= ord(c) < 160) and c not in "\r\n")
PLAIN = st.text(alphabet=string.ascii_letters + string.digits, min_size=1, max_size=8)


def _make(kind: str, secret: str) -> Any:
    transport = httpx.MockTransport(lambda r: httpx.Response(200, json={}))
    if kind == "password":
        return ArchivesSpace("http://a.test", username="admin", password=secret, transport=transport)
    if kind == "session_token":
        return ArchivesSpace("http://a.test", session_token=secret, transport=transport)
    cls = Archivematica if kind == "am_api_key" else StorageService
    return cls("http://x.test", username="test", api_key=secret, transport=transport)


@given(
    kind=st.sampled_from(["password", "session_token", "am_api_key", "ss_api_key"]),
    head=PLAIN,
    bad=st.one_of(CONTROL, st.sampled_from(["\r", "\n", "\r\n", "\x00"])),
    tail=PLAIN,
)
def test_a_credential_with_a_control_character_is_refused_unquoted(kind: str, head: str, bad: str, tail: str) -> None:
    secret = head + bad + tail
    with pytest.raises(errors.InvalidArgument) as info:
        _make(kind, secret)
    message = f"{info.value} {info.value!r} {info.value.found}"
    assert secret not in message
    assert head + bad not in message
    assert bad + tail not in message


@given(
    kind=st.sampled_from(["password", "session_token", "am_api_key", "ss_api_key"]),
    secret=PLAIN,
    ending=st.sampled_from(["\n", "\r\n", "\n\n"]),
)
def test_a_trailing_line_ending_is_dropped_from_a_credential(kind: str, secret: str, ending: str) -> None:
    made = _make(kind, secret + ending)
    if kind == "password":
        assert made.session._password == secret
    elif kind == "session_token":
        assert made.session.token == secret
    else:
        assert made.http.auth._header == f"ApiKey test:{secret}"


def test_a_credential_read_from_the_environment_is_cleaned_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FONDS_SS_USERNAME", "test")
    monkeypatch.setenv("FONDS_SS_API_KEY", "s3cret-key\n")
    assert StorageService("http://ss.test").http.auth._header == "ApiKey test:s3cret-key"
    monkeypatch.setenv("FONDS_SS_API_KEY", "s3cret\rkey")
    with pytest.raises(errors.InvalidArgument) as info:
        StorageService("http://ss.test")
    assert "s3cret" not in str(info.value)


@pytest.mark.parametrize("username", ["", ".", "..", "a/b", "bad\u00e9name", "a\x00b"])
def test_an_archivesspace_user_name_the_login_route_cannot_take_is_refused(username: str) -> None:
    with pytest.raises(errors.ConfigurationError):
        ArchivesSpace("http://a.test", username=username, password="pw", retry=RetryPolicy(attempts=1))


def test_a_naive_datetime_is_refused_for_a_date_time_parameter() -> None:
    ss = StorageService("http://ss.test", username="u", api_key="k", transport=httpx.MockTransport(lambda r: 1 / 0))
    with pytest.raises(errors.InvalidArgument, match="stored_date wants a timezone-aware"):
        ss.packages.list_page(stored_date=dt.datetime(2024, 1, 1))
