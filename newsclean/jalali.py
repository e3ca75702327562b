"""Solar Hijri (Jalali) to Gregorian, by arithmetic.

convertdate (what dateparser.calendars.jalali uses) computes the vernal equinox
astronomically: ~20 ms a date, which dominated batch runs over Persian dumps. This is the
leap-year "breaks" algorithm of jalaali-js (Borkowski), exact for Jalali years -61 to 3177
and checked against convertdate in tests/test_jalali.py.
"""

from __future__ import annotations

from datetime import date, timedelta

# Jalali years where the 33-year leap cycle shifts.
_BREAKS = (
    -61,
    9,
    38,
    199,
    426,
    686,
    756,
    818,
    1111,
    1181,
    1210,
    1635,
    2060,
    2097,
    2192,
    2262,
    2324,
    2394,
    2456,
    3178,
)


class ImpossibleDate(ValueError):
    """A Solar Hijri day, month and year that name no day (13/1, 7/31, 30 Esfand of a common year)."""


def _div(a: int, b: int) -> int:
    # The algorithm is written for truncating division (JavaScript's), not Python's floor.
    return int(a / b)


def _nowruz_day_in_march(jalali_year: int) -> int:
    """The day of March on which Farvardin 1 of ``jalali_year`` falls."""
    if not _BREAKS[0] <= jalali_year < _BREAKS[-1]:
        raise ValueError(f"Jalali year {jalali_year} out of range")
    gregorian_year = jalali_year + 621
    leap_jalali = -14
    previous = _BREAKS[0]
    jump = 0
    for brk in _BREAKS[1:]:
        jump = brk - previous
        if jalali_year < brk:
            break
        leap_jalali += _div(jump, 33) * 8 + _div(jump % 33, 4)
        previous = brk
    n = jalali_year - previous
    leap_jalali += _div(n, 33) * 8 + _div(n % 33 + 3, 4)
    if jump % 33 == 4 and jump - n == 4:
        leap_jalali += 1
    leap_gregorian = _div(gregorian_year, 4) - _div((_div(gregorian_year, 100) + 1) * 3, 4) - 150
    return 20 + leap_jalali - leap_gregorian


def jalali_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of a Solar Hijri date.

    >>> jalali_to_gregorian(1403, 4, 28)
    datetime.date(2024, 7, 18)
    >>> jalali_to_gregorian(1403, 1, 1)
    datetime.date(2024, 3, 20)
    """
    if not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        raise ImpossibleDate(f"not a Jalali date: {year}/{month}/{day}")
    nowruz = date(year + 621, 3, _nowruz_day_in_march(year))
    if month == 12 and day == 30 and not is_leap_year(year):
        raise ImpossibleDate(f"not a Jalali date: {year}/12/30 (Esfand has 29 days in {year})")
    return nowruz + timedelta(days=(month - 1) * 31 - _div(month, 7) * (month - 7) + day - 1)


def is_leap_year(year: int) -> bool:
    """True when Esfand of Jalali ``year`` has 30 days (the next Nowruz is 366 days away).

    >>> is_leap_year(1403), is_leap_year(1404)
    (True, False)
    """
    this = date(year + 621, 3, _nowruz_day_in_march(year))
    following = date(year + 622, 3, _nowruz_day_in_march(year + 1))
    return (following - this).days == 366
