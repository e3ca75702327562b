"""The arithmetic Solar Hijri conversion agrees with convertdate (dateparser's own)."""

from __future__ import annotations

from datetime import date

import pytest
from convertdate import persian

from newsclean.jalali import jalali_to_gregorian


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
