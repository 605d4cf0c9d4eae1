from typing import Literal

DefaultsLocale = Literal["de", "en", "es", "fre", "ja", "nl", "uk"]

DEFAULTS_LOCALE_VALUES: set[DefaultsLocale] = {
    "de",
    "en",
    "es",
    "fre",
    "ja",
    "nl",
    "uk",
}


def check_defaults_locale(value: str) -> DefaultsLocale:
    if value in DEFAULTS_LOCALE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULTS_LOCALE_VALUES!r}"
    )
