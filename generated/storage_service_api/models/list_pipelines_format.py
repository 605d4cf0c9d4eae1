from typing import Literal

ListPipelinesFormat = Literal["json"]

LIST_PIPELINES_FORMAT_VALUES: set[ListPipelinesFormat] = {
    "json",
}


def check_list_pipelines_format(value: str) -> ListPipelinesFormat:
    if value in LIST_PIPELINES_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PIPELINES_FORMAT_VALUES!r}"
    )
