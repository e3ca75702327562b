"""The arithmetic Solar Hijri conversion agrees with convertdate (dateparser's own)."""

from __future__ import annotations

from datetime import date

import pytest
from convertdate import persian

from newsclean import parse
from newsclean.jalali import is_leap_year, jalali_to_gregorian


def convertdate_says(year: int, month: int, day: int) -> date:
    return date(*persian.to_gregorian(year, month, day))


def test_nowruz_of_every_year_a_news_site_prints() -> None:
    # convertdate is slow (~20 ms a date), so one date a year over 1300-1450 AP.
    for year in range(1300, 1451):
        assert jalali_to_gregorian(year, 1, 1) == convertdate_says(year, 1, 1), year


@pytest.mark.parametrize("year", range(1370, 1411, 3))
def test_first_and_last_day_of_every_month(year: int) -> None:
    for month in range(1, 13):
        last = 31 if month <= 6 else 30 if month < 12 or persian.leap(year) else 29
        for day in (1, last):
            assert jalali_to_gregorian(year, month, day) == convertdate_says(year, month, day), (
                year,
                month,
                day,
            )


def test_rejects_impossible_dates() -> None:
    with pytest.raises(ValueError):
        jalali_to_gregorian(1403, 13, 1)
    with pytest.raises(ValueError):
        jalali_to_gregorian(1403, 7, 31)
    # 30 Esfand exists only in leap years (1403 is one, 1404 is not): no rolling over
    # into 1 Farvardin of the next year.
    assert jalali_to_gregorian(1403, 12, 30) == date(2025, 3, 20)
    with pytest.raises(ValueError):
        jalali_to_gregorian(1404, 12, 30)


def test_leap_years_agree_with_convertdate() -> None:
    for year in range(1300, 1451):
        assert is_leap_year(year) == persian.leap(year), year


def test_a_dump_dated_30_esfand_of_a_common_year_gets_no_date() -> None:
    # A real header date never prints it; read as a date it would be a day off.
    article = parse(
        "۳۰ اسفند ۱۴۰۴ - ۱۲:۰۰\nعنوان خبر برای آزمایش تاریخ\n"
        "این متن یک پاراگراف طولانی است که برای آزمایش تاریخ نوشته شده و به نقطه ختم می‌شود. "
        "جمله دوم این پاراگراف هم برای آن است که متن به اندازه یک خبر واقعی باشد.\n"
    )
    assert article.published is None
    assert [problem.code for problem in article.problems] == ["no_date"]
