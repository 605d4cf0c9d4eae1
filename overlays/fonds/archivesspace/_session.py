"""ArchivesSpace sessions as an ``httpx.Auth`` flow.

The flow logs in on first use (a form body, ``expiring=false`` by default) and sends the token in
``X-ArchivesSpace-Session``. When the server answers 412 with ``SESSION_GONE`` or ``SESSION_EXPIRED`` it logs in
again and replays the request (at most ``MAX_RENEWALS`` times for one request). However many threads or tasks meet
the expiry at once, one login happens: each request remembers the session *generation* it was sent with, and only
the first to see its generation expire logs in; the others wait for the lock and replay with the new token.
A body read from a file is rewound before a replay; one that cannot be (a pipe, a generator) is not replayed, and
the caller gets the 412 as ``SessionExpired`` (see :mod:`fonds._bodies`). A 403 is final (``AccessDenied``).
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import AsyncGenerator, Generator
from urllib.parse import quote

import httpx
from archivesspace_api.api.users import login_user

from .. import errors
from .._arguments import check_parameter
from .._bodies import resendable
from .._config import credential
from .._redact import Secrets

HEADER = "X-ArchivesSpace-Session"
EXPIRED_CODES = frozenset({"SESSION_GONE", "SESSION_EXPIRED"})
MAX_RENEWALS = 3  # a request whose session expires again right after a renewal is replayed at most this often


def is_expired(response: httpx.Response) -> bool:
    """Whether ``response`` is ArchivesSpace's 412 for a session that has ended."""
    if response.status_code != 412:
        return False
    try:
        body = json.loads(response.content)
    except (ValueError, RecursionError, httpx.ResponseNotRead):
        return False
    return isinstance(body, dict) and body.get("code") in EXPIRED_CODES


class ArchivesSpaceSession(httpx.Auth):
    """Logs in, keeps the token, and logs in again once on expiry.

    Give it a user name and password, or a ``token`` you already have (single sign-on: no login call, and an
    expiry is final). ``expiring=False`` (the default) asks for a session that lasts a week of idleness.

    Used on its own with an httpx client, set ``session.timeout`` (httpx gives the login requests a flow yields no
    timeout of their own; the fonds clients set it to theirs).

    Example::

        session = ArchivesSpaceSession("http://localhost:8089", "admin", "admin")
        session.timeout = httpx.Timeout(30)
        httpx.Client(base_url="http://localhost:8089", auth=session)
    """

    def __init__(
        self,
        base_url: str,
        username: str | None = None,
        password: str | None = None,
        *,
        token: str | None = None,
        expiring: bool = False,
        secrets: Secrets | None = None,
    ) -> None:
        # Credentials are checked here, when the client is made: no control characters (a trailing line ending
        # is dropped), a token fit for a header, and a user name the login route's path parameter accepts.
        username = credential("ArchivesSpace", "username", username)
        password = credential("ArchivesSpace", "password", password)
        token = credential("ArchivesSpace", "session_token", token, header=True)
        if username is not None:
            check_parameter(login_user, "username", username)
        self.base_url = httpx.URL(base_url.rstrip("/") + "/")
        self.username = username
        self._password = password
        self.expiring = expiring
        self.secrets = secrets or Secrets()
        if password != username:  # a password equal to the user name hides nothing and would mask the name
            self.secrets.add(password)
        self.secrets.add(token)
        self._state: tuple[str | None, int] = (token, 0 if token is None else 1)  # (token, generation), swapped whole
        self.logins = 0
        self.can_login = username is not None and password is not None
        self._thread_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None
        #: The timeout of the login requests this flow yields (httpx gives a yielded request none of its own);
        #: the fonds clients set it to theirs. None leaves it to the transport.
        self.timeout: httpx.Timeout | None = None

    def __repr__(self) -> str:
        state = "logged in" if self._token else "not logged in"
        return f"ArchivesSpaceSession(user={self.username!r}, {state}, logins={self.logins})"

    @property
    def _token(self) -> str | None:
        return self._state[0]

    @property
    def generation(self) -> int:
        """How many sessions this flow has had (it grows by one at each login): ``aspace.session.generation``."""
        return self._state[1]

    @property
    def token(self) -> str | None:
        """The current session token (treat it as a password): ``aspace.session.token is None`` before the login."""
        return self._state[0]

    def forget(self) -> None:
        """Drop the token (after a logout): ``aspace.session.forget()`` makes the next call log in."""
        self._state = (None, self._state[1])

    def login_request(self) -> httpx.Request:
        """The login request (``session.login_request().url.path == "/users/admin/login"``): the password travels in a
        form body, never in the URL."""
        if not self.can_login:
            raise errors.ConfigurationError("no username and password to log in with")
        url = self.base_url.join(f"users/{quote(str(self.username), safe='')}/login")
        data = {"password": str(self._password), "expiring": "true" if self.expiring else "false"}
        extensions = {"timeout": self.timeout.as_dict()} if self.timeout is not None else None
        return httpx.Request("POST", url, data=data, extensions=extensions)

    def accept_login(self, response: httpx.Response) -> None:
        """Take the token from a login answer, or raise ``LoginFailed`` (``ServerError`` for a 5xx,
        ``InvalidResponse`` for a 200 that is not a login answer):
        ``session.accept_login(http.send(session.login_request()))``."""
        path = response.request.url.path
        if response.status_code != 200:
            body = errors.parse_body(response.content, response.headers.get("content-type", ""), self.secrets.redact)
            if response.status_code >= 500:
                raise errors.ServerError(response.status_code, "POST", path, body)
            raise errors.LoginFailed(response.status_code, "POST", path, body, f"login as {self.username!r} failed")
        try:
            answer = json.loads(response.content)
        except (ValueError, RecursionError):
            answer = None
        token = answer.get("session") if isinstance(answer, dict) else None
        if isinstance(token, str) and token:
            self.secrets.add(token)  # before any message could quote it
        if not isinstance(token, str) or not token:
            text = errors.excerpt(self.secrets.redact_cut(response.content.decode("utf-8", "replace")))
            raise errors.InvalidResponse(200, "POST", path, text, "the login answer holds no session token")
        try:
            if credential("ArchivesSpace", "session", token, header=True) != token:  # a line end taken off
                raise errors.InvalidArgument("login", "session", "a token without a line end")
        except errors.InvalidArgument:
            reason = "the login answer's session token cannot travel in an HTTP header (not shown)"
            raise errors.InvalidResponse(200, "POST", path, None, reason) from None
        self._state = (token, self._state[1] + 1)
        self.logins += 1

    def _stamp(self, request: httpx.Request) -> int:
        token, generation = self._state
        if token is not None:
            request.headers[HEADER] = token
        return generation

    def _needs_login(self, generation: int) -> bool:
        return self.can_login and (self._token is None or self.generation == generation)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._token is None and self.can_login:
            with self._thread_lock:
                if self._token is None:
                    response = yield self.login_request()
                    response.read()
                    self.accept_login(response)
        generation = self._stamp(request)
        response = yield request
        for _ in range(MAX_RENEWALS):
            if response.status_code != 412:
                return
            response.read()  # only a 412 is read here: other answers may be streams the caller reads
            if not (is_expired(response) and self.can_login and resendable(request)):
                return
            with self._thread_lock:
                if self._needs_login(generation):
                    login = yield self.login_request()
                    login.read()
                    self.accept_login(login)
            generation = self._stamp(request)
            response = yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._async_lock is None:
            self._async_lock = asyncio.Lock()
        if self._token is None and self.can_login:
            async with self._async_lock:
                if self._token is None:
                    response = yield self.login_request()
                    await response.aread()
                    self.accept_login(response)
        generation = self._stamp(request)
        response = yield request
        for _ in range(MAX_RENEWALS):
            if response.status_code != 412:
                return
            await response.aread()
            if not (is_expired(response) and self.can_login and resendable(request)):
                return
            async with self._async_lock:
                if self._needs_login(generation):
                    login = yield self.login_request()
                    await login.aread()
                    self.accept_login(login)
            generation = self._stamp(request)
            response = yield request
