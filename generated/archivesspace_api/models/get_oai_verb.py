from typing import Literal

GetOaiVerb = Literal[
    "GetRecord",
    "Identify",
    "ListIdentifiers",
    "ListMetadataFormats",
    "ListRecords",
    "ListSets",
]

GET_OAI_VERB_VALUES: set[GetOaiVerb] = {
    "GetRecord",
    "Identify",
    "ListIdentifiers",
    "ListMetadataFormats",
    "ListRecords",
    "ListSets",
}


def check_get_oai_verb(value: str) -> GetOaiVerb:
    if value in GET_OAI_VERB_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_OAI_VERB_VALUES!r}"
    )
