from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.current_preferences_defaults import CurrentPreferencesDefaults
    from ..models.current_preferences_defaults_global import (
        CurrentPreferencesDefaultsGlobal,
    )
    from ..models.current_preferences_defaults_repo import (
        CurrentPreferencesDefaultsRepo,
    )
    from ..models.current_preferences_defaults_user_global import (
        CurrentPreferencesDefaultsUserGlobal,
    )
    from ..models.current_preferences_defaults_user_repo import (
        CurrentPreferencesDefaultsUserRepo,
    )
    from ..models.preference import Preference


@_attrs_define(slots=False, repr=False)
class CurrentPreferences(_r.Record):
    """The preferences that apply to the current user: the record of each level that exists, and their merge. Levels
    without a record are absent; without a session the answer is an empty object.

        Attributes:
            defaults (CurrentPreferencesDefaults | Unset): The settings in force: the `Defaults` fields of all levels
                merged, the more specific winning (without `jsonmodel_type`).
            global_ (Preference | Unset): One level of preferences. Without `user_id` it holds the repository's preferences
                (or, in the global repository, the system's); with `user_id` that user's.
            user_global (Preference | Unset): One level of preferences. Without `user_id` it holds the repository's
                preferences (or, in the global repository, the system's); with `user_id` that user's.
            repo (Preference | Unset): One level of preferences. Without `user_id` it holds the repository's preferences
                (or, in the global repository, the system's); with `user_id` that user's.
            user_repo (Preference | Unset): One level of preferences. Without `user_id` it holds the repository's
                preferences (or, in the global repository, the system's); with `user_id` that user's.
            defaults_global (CurrentPreferencesDefaultsGlobal | Unset): The merged settings up to the global level.
            defaults_user_global (CurrentPreferencesDefaultsUserGlobal | Unset): The merged settings up to the user's global
                level.
            defaults_repo (CurrentPreferencesDefaultsRepo | Unset): The merged settings up to the repository level.
            defaults_user_repo (CurrentPreferencesDefaultsUserRepo | Unset): The merged settings up to the user's repository
                level.
    """

    defaults: CurrentPreferencesDefaults | Unset = UNSET
    global_: Preference | Unset = UNSET
    user_global: Preference | Unset = UNSET
    repo: Preference | Unset = UNSET
    user_repo: Preference | Unset = UNSET
    defaults_global: CurrentPreferencesDefaultsGlobal | Unset = UNSET
    defaults_user_global: CurrentPreferencesDefaultsUserGlobal | Unset = UNSET
    defaults_repo: CurrentPreferencesDefaultsRepo | Unset = UNSET
    defaults_user_repo: CurrentPreferencesDefaultsUserRepo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    CurrentPreferences,
    _r.Field(
        "defaults",
        "defaults",
        _r.model("current_preferences_defaults", "CurrentPreferencesDefaults"),
    ),
    _r.Field("global_", "global", _r.model("preference", "Preference")),
    _r.Field("user_global", "user_global", _r.model("preference", "Preference")),
    _r.Field("repo", "repo", _r.model("preference", "Preference")),
    _r.Field("user_repo", "user_repo", _r.model("preference", "Preference")),
    _r.Field(
        "defaults_global",
        "defaults_global",
        _r.model(
            "current_preferences_defaults_global", "CurrentPreferencesDefaultsGlobal"
        ),
    ),
    _r.Field(
        "defaults_user_global",
        "defaults_user_global",
        _r.model(
            "current_preferences_defaults_user_global",
            "CurrentPreferencesDefaultsUserGlobal",
        ),
    ),
    _r.Field(
        "defaults_repo",
        "defaults_repo",
        _r.model("current_preferences_defaults_repo", "CurrentPreferencesDefaultsRepo"),
    ),
    _r.Field(
        "defaults_user_repo",
        "defaults_user_repo",
        _r.model(
            "current_preferences_defaults_user_repo",
            "CurrentPreferencesDefaultsUserRepo",
        ),
    ),
    extra=_r.ANY,
)
