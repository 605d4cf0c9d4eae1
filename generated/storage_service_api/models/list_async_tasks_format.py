from typing import Literal

ListAsyncTasksFormat = Literal["json"]

LIST_ASYNC_TASKS_FORMAT_VALUES: set[ListAsyncTasksFormat] = {
    "json",
}


def check_list_async_tasks_format(value: str) -> ListAsyncTasksFormat:
    if value in LIST_ASYNC_TASKS_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ASYNC_TASKS_FORMAT_VALUES!r}"
    )
