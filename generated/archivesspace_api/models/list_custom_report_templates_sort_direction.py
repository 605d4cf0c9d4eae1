from typing import Literal

ListCustomReportTemplatesSortDirection = Literal["asc", "desc"]

LIST_CUSTOM_REPORT_TEMPLATES_SORT_DIRECTION_VALUES: set[
    ListCustomReportTemplatesSortDirection
] = {
    "asc",
    "desc",
}


def check_list_custom_report_templates_sort_direction(
    value: str,
) -> ListCustomReportTemplatesSortDirection:
    if value in LIST_CUSTOM_REPORT_TEMPLATES_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CUSTOM_REPORT_TEMPLATES_SORT_DIRECTION_VALUES!r}"
    )
