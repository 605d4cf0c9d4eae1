"""Hypothesis-drawn secrets (passwords, session tokens, API keys) echoed by misbehaving servers never appear in
any exception, error body, repr or log record fonds makes on the fault paths of issue 14."""

from __future__ import annotations

import json
import logging
import string
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from fonds import ArchivesSpace, RetryPolicy, StorageService, errors
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

NO_RETRY = RetryPolicy(attempts=1)
UUID = "0f0e0d0c-0b0a-4908-8706-050403020100"
# No "*" (the mask itself: a secret made of it cannot be told from its mask) and no "." (the filler below).
ALPHABET = "".join(c for c in string.ascii_letters + string.digits + string.punctuation + " " if c not in "*.")
secrets_ = st.text(st.sampled_from(ALPHABET), min_size=8, max_size=40).filter(lambda s: s.strip() == s and s != "admin")

# What a server echoing ``secret`` answers, for each fault path.
ECHOES: dict[str, Callable[[str], httpx.Response]] = {
    "404 json": lambda s: httpx.Response(404, json={"error": f"no record for {s}"}),
    "500 html": lambda s: httpx.Response(500, text=f"<html><p>{s}</p></html>", headers={"content-type": "text/html"}),
    "500 html-escaped": lambda s: httpx.Response(500, text=f"<p>{__import__('html').escape(s)}</p>"),
    "400 long text cut at the excerpt": lambda s: httpx.Response(400, text="." * 1995 + s + "." * 100),
    "409 percent-encoded": lambda s: httpx.Response(
        409, text=f"see /x?key={__import__('urllib.parse').parse.quote(s)}"
    ),
    "200 html": lambda s: httpx.Response(200, text=f"<html>{s}</html>", headers={"content-type": "text/html"}),
    "200 json cut mid-secret": lambda s: httpx.Response(200, content=json.dumps({"token": s}).encode()[:-6]),
    "200 error body": lambda s: httpx.Response(200, json={"error": True, "message": f"bad key {s}"}),
    "200 long json error": lambda s: httpx.Response(
        200, content=(json.dumps({"pad": "." * 1990, "k": s}))[:2010].encode()
    ),
}


def leaks(secret: str, exc: BaseException, records: list[logging.LogRecord]) -> list[str]:
    """Where ``secret`` shows: the exception's text, repr, body, message, notes and cause, and the log records."""
    places = {
        "str": str(exc),
        "repr": repr(exc),
        "body": str(getattr(exc, "body", "")),
        "message": str(getattr(exc, "message", "")),
        "notes": str(getattr(exc, "__notes__", "")),
        "cause": repr(exc.__cause__) + repr(exc.__context__ if not exc.__suppress_context__ else None),
        "logs": " ".join(r.getMessage() for r in records),
    }
    return [name for name, text in places.items() if secret in text]


def aspace_echoing(password: str, echo: Callable[[str], httpx.Response]) -> ArchivesSpace:
    token = f"tok-{password[::-1]}-session"

    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            return httpx.Response(200, json={"session": token})
        return echo(f"{password} {token}")

    return ArchivesSpace(
        "http://aspace.test",
        username="admin",
        password=password,
        retry=NO_RETRY,
        transport=httpx.MockTransport(server),
    )


@pytest.mark.parametrize("path", sorted(ECHOES))
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(secret=secrets_)
def test_passwords_and_tokens_never_leak_from_error_paths(
    path: str, secret: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="fonds")
    caplog.clear()
    client = aspace_echoing(secret, ECHOES[path])
    with pytest.raises(errors.FondsError) as caught:
        client.accessions.get(repo_id=2, id=1)
    token = client.session.token
    assert token is not None
    assert not leaks(secret, caught.value, caplog.records)
    assert not leaks(token, caught.value, caplog.records)
    assert secret not in repr(client) + repr(client.session)
    assert token not in repr(client.session)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(secret=secrets_)
def test_a_login_refusal_echoing_the_password_keeps_it_out(secret: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="fonds")
    caplog.clear()

    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(403, json={"error": f"Login failed for password {secret}"})

    client = ArchivesSpace("http://a.test", username="admin", password=secret, transport=httpx.MockTransport(server))
    with pytest.raises(errors.LoginFailed) as caught:
        client.login()
    assert not leaks(secret, caught.value, caplog.records)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=15)
@given(secret=secrets_, cut=st.booleans())
def test_a_download_404_echoing_the_api_key_keeps_it_out(
    secret: str, cut: bool, tmp_path_factory: pytest.TempPathFactory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="fonds")
    caplog.clear()

    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path == f"/api/v2/file/{UUID}/":
            return httpx.Response(404, json={"error": f"no package for key {secret}"})
        filler = "." * 1995 if cut else ""
        page = f"<html>Resource with UUID {UUID} does not exist {filler}(api_key={secret})</html>"
        return httpx.Response(404, text=page, headers={"content-type": "text/html"})

    ss = StorageService(
        "http://ss.test", username="test", api_key=secret, retry=NO_RETRY, transport=httpx.MockTransport(server)
    )
    with pytest.raises(errors.NotFoundError) as caught:
        ss.packages.download(UUID, to=tmp_path_factory.mktemp("dl"))
    assert not leaks(secret, caught.value, caplog.records)


def test_an_excerpt_is_redacted_before_it_is_cut(tmp_path: Path) -> None:
    secret = "S3cr3t-T0ken-Value"
    client = aspace_echoing(secret, lambda s: httpx.Response(400, text="." * 1995 + s))
    with pytest.raises(errors.ValidationError) as caught:
        client.accessions.get(repo_id=2, id=1)
    assert secret[:5] not in str(caught.value.body)
    assert str(caught.value.body).startswith("." * 1995 + "***")
