"""Time: clocks for timing code, and calendar time in the local zone or UTC.

`perf_counter()` (or `monotonic()`) measures intervals; `time()` is seconds
since 1970-01-01 UTC; `localtime()`/`gmtime()` split such a time into a
`struct_time`, and `strftime` formats one.
"""

from _time import (time, time_ns, perf_counter, perf_counter_ns, monotonic,
                   monotonic_ns, sleep, process_time, process_time_ns)
import _time

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


class struct_time(tuple):
    """A point in calendar time: a tuple of 9 numbers with names (tm_year,
    tm_mon, tm_mday, tm_hour, tm_min, tm_sec, tm_wday, tm_yday, tm_isdst),
    and the zone's name and offset."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, zone=None, gmtoff=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence "
                            f"({len(seq)}-sequence given)")
        if len(seq) > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence "
                            f"({len(seq)}-sequence given)")
        self = tuple.__new__(cls, seq[:9])
        self._zone = seq[9] if len(seq) > 9 else zone
        self._gmtoff = seq[10] if len(seq) > 10 else gmtoff
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        inner = ", ".join(f"{name}={value}" for name, value in zip(_FIELDS, self))
        return f"time.struct_time({inner})"

    __str__ = __repr__


def localtime(secs=None):
    """Seconds since the epoch (now by default) as local calendar time."""
    return struct_time(_time.localtime_parts(secs))


def gmtime(secs=None):
    """Seconds since the epoch (now by default) as UTC calendar time."""
    return struct_time(_time.gmtime_parts(secs))


def mktime(t):
    """The seconds since the epoch of a local calendar time."""
    return _time.mktime(tuple(t))


def _tuple(t):
    if t is None:
        return localtime()
    if not isinstance(t, struct_time):
        t = struct_time(t)
    return t


def asctime(t=None):
    """'Wed Dec  2 09:17:15 2026' for a calendar time (now by default)."""
    t = _tuple(t)
    return (f"{_DAYS[t[6]][:3]} {_MONTHS[t[1] - 1][:3]} {t[2]:2d} "
            f"{t[3]:02d}:{t[4]:02d}:{t[5]:02d} {t[0]}")


def ctime(secs=None):
    """asctime of a number of seconds since the epoch, in local time."""
    return asctime(localtime(secs))


def _iso_week(t):
    """(ISO year, ISO week) of a calendar time."""
    wday = t[6]
    thursday_yday = t[7] - wday + 3
    year = t[0]
    if thursday_yday < 1:
        year -= 1
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        thursday_yday += 366 if leap else 365
    else:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        if thursday_yday > (366 if leap else 365):
            thursday_yday -= 366 if leap else 365
            year += 1
    return year, (thursday_yday - 1) // 7 + 1


def strftime(format, t=None):
    """Format a calendar time (now by default) with %-directives, as the C
    library does in the C locale."""
    t = _tuple(t)
    if not 1 <= t[1] <= 12:
        raise ValueError("month out of range")
    year, month, day, hour, minute, second, wday, yday = t[:8]
    out = []
    i = 0
    while i < len(format):
        ch = format[i]
        if ch != "%" or i + 1 >= len(format):
            out.append(ch)
            i += 1
            continue
        d = format[i + 1]
        i += 2
        if d == "a":
            out.append(_DAYS[wday][:3])
        elif d == "A":
            out.append(_DAYS[wday])
        elif d in "bh":
            out.append(_MONTHS[month - 1][:3])
        elif d == "B":
            out.append(_MONTHS[month - 1])
        elif d == "c":
            out.append(asctime(t))
        elif d == "C":
            out.append(f"{year // 100:02d}")
        elif d == "d":
            out.append(f"{day:02d}")
        elif d == "D":
            out.append(f"{month:02d}/{day:02d}/{year % 100:02d}")
        elif d == "e":
            out.append(f"{day:2d}")
        elif d == "F":
            out.append(f"{year}-{month:02d}-{day:02d}")
        elif d == "G":
            out.append(str(_iso_week(t)[0]))
        elif d == "H":
            out.append(f"{hour:02d}")
        elif d == "I":
            out.append(f"{(hour % 12) or 12:02d}")
        elif d == "j":
            out.append(f"{yday:03d}")
        elif d == "m":
            out.append(f"{month:02d}")
        elif d == "M":
            out.append(f"{minute:02d}")
        elif d == "n":
            out.append("\n")
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "r":
            out.append(f"{(hour % 12) or 12:02d}:{minute:02d}:{second:02d} "
                       f"{'AM' if hour < 12 else 'PM'}")
        elif d == "R":
            out.append(f"{hour:02d}:{minute:02d}")
        elif d == "S":
            out.append(f"{second:02d}")
        elif d == "t":
            out.append("\t")
        elif d in "TX":
            out.append(f"{hour:02d}:{minute:02d}:{second:02d}")
        elif d == "u":
            out.append(str(wday + 1))
        elif d == "U":
            out.append(f"{(yday + 6 - (wday + 1) % 7) // 7:02d}")
        elif d == "V":
            out.append(f"{_iso_week(t)[1]:02d}")
        elif d == "w":
            out.append(str((wday + 1) % 7))
        elif d == "W":
            out.append(f"{(yday + 6 - wday) // 7:02d}")
        elif d == "x":
            out.append(f"{month:02d}/{day:02d}/{year % 100:02d}")
        elif d == "y":
            out.append(f"{year % 100:02d}")
        elif d == "Y":
            out.append(str(year))
        elif d == "z":
            off = getattr(t, "tm_gmtoff", None) or 0
            sign = "-" if off < 0 else "+"
            off = abs(off)
            out.append(f"{sign}{off // 3600:02d}{off // 60 % 60:02d}")
        elif d == "Z":
            out.append(getattr(t, "tm_zone", None) or "")
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)


def _zone_facts():
    jan = localtime(1704067200)  # 2024-01-01 UTC
    jul = localtime(1719792000)  # 2024-07-01 UTC
    winter, summer = (jan, jul) if jan.tm_isdst <= jul.tm_isdst else (jul, jan)
    return (-winter.tm_gmtoff, -summer.tm_gmtoff, int(winter.tm_isdst != summer.tm_isdst),
            (winter.tm_zone, summer.tm_zone))


timezone, altzone, daylight, tzname = _zone_facts()
