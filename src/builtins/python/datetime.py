"""Dates and times: `date`, `time`, `datetime`, the `timedelta` between
them, and fixed-offset `timezone`s, with CPython's arithmetic, reprs and
formats (isoformat, strftime, strptime for the common directives).
"""

import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return sum(_DAYS_IN_MONTH[1:month]) + (1 if month > 2 and _is_leap(year) else 0)


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ordinal_to_ymd(n):
    """(year, month, day) of day number n (1 is 0001-01-01)."""
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = 1
    while True:
        dim = _days_in_month(year, month)
        if n < dim:
            return year, month, n + 1
        n -= dim
        month += 1


def _check_int(value, name):
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return value


def _check_date(year, month, day):
    for v in (year, month, day):
        _check_int(v, "")
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _check_time(hour, minute, second, microsecond):
    for v in (hour, minute, second, microsecond):
        _check_int(v, "")
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


class _Ordered:
    """==, <, <=, >, >= from one method: `_order_key(other, ordering)` gives
    the two values to compare, or None when other is not comparable."""

    __slots__ = ()

    def _compare(self, other, ordering, op):
        keys = self._order_key(other, ordering)
        return NotImplemented if keys is None else op(*keys)

    def __eq__(self, other):
        return self._compare(other, False, lambda a, b: a == b)

    def __lt__(self, other):
        return self._compare(other, True, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, True, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, True, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, True, lambda a, b: a >= b)


class timedelta(_Ordered):
    """A duration: days, seconds and microseconds, normalized so that
    0 <= seconds < 86400 and 0 <= microseconds < 1000000."""

    __slots__ = ("_days", "_seconds", "_microseconds")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                hours=0, weeks=0):
        total = (days * 86400 + seconds + minutes * 60 + hours * 3600 + weeks * 604800) \
            * 1000000 + microseconds + milliseconds * 1000
        if isinstance(total, float):
            total = round(total)
        d, rest = divmod(total, 86400 * 1000000)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError(f"days={d}; must have magnitude <= 999999999")
        self = object.__new__(cls)
        self._days, self._seconds, self._microseconds = d, s, us
        return self

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """The duration in seconds, as a float."""
        return self._us() / 10**6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f"days={self._days}")
        if self._seconds:
            parts.append(f"seconds={self._seconds}")
        if self._microseconds:
            parts.append(f"microseconds={self._microseconds}")
        return f"datetime.timedelta({', '.join(parts) or '0'})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f"{hh}:{mm:02d}:{ss:02d}"
        if self._days:
            s = f"{self._days} day{'s' if abs(self._days) != 1 else ''}, " + s
        if self._microseconds:
            s += f".{self._microseconds:06d}"
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() - other._us())
        return NotImplemented

    def __neg__(self):
        return timedelta(microseconds=-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(microseconds=self._us() * other)
        if isinstance(other, float):
            return timedelta(microseconds=round(self._us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, (int, float)):
            return timedelta(microseconds=round(self._us() / other))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta(microseconds=self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta(microseconds=r)
        return NotImplemented

    def _order_key(self, other, ordering):
        if isinstance(other, timedelta):
            return self._us(), other._us()
        return None

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    """The base of time zones: utcoffset, dst and tzname."""

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")


class timezone(tzinfo):
    """A fixed offset from UTC."""

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not "
                            f"{type(offset).__name__}")
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24).")
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return f"datetime.timezone({self._offset!r})"
        return f"datetime.timezone({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        return isinstance(other, timezone) and self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
UTC = timezone.utc


def _format_offset(off, sep=""):
    sign = "-" if off < timedelta(0) else "+"
    off = abs(off)
    hh, rest = divmod(off.days * 86400 + off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    text = f"{sign}{hh:02d}{sep}{mm:02d}"
    if ss or off.microseconds:
        text += f"{sep}{ss:02d}"
    if off.microseconds:
        text += f".{off.microseconds:06d}"
    return text


def _strftime(fmt, timetuple, microsecond, tz_text, tzname):
    out = []
    i = 0
    while i < len(fmt):
        if fmt[i] == "%" and i + 1 < len(fmt):
            d = fmt[i + 1]
            if d == "f":
                out.append(f"{microsecond:06d}")
            elif d == "z":
                out.append(tz_text)
            elif d == "Z":
                out.append(tzname)
            else:
                out.append(_time.strftime("%" + d, timetuple))
            i += 2
        else:
            out.append(fmt[i])
            i += 1
    return "".join(out)


class date(_Ordered):
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year, month=None, day=None):
        _check_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def today(cls):
        t = _time.localtime()
        return cls(t.tm_year, t.tm_mon, t.tm_mday)

    @classmethod
    def fromtimestamp(cls, t):
        lt = _time.localtime(t)
        return cls(lt.tm_year, lt.tm_mon, lt.tm_mday)

    @classmethod
    def fromordinal(cls, n):
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(text) == 10 and text[4] == "-" and text[7] == "-":
                return cls(int(text[:4]), int(text[5:7]), int(text[8:]))
            if len(text) == 8 and text.isdigit():
                return cls(int(text[:4]), int(text[4:6]), int(text[6:]))
        except ValueError:
            pass
        raise ValueError(f"Invalid isoformat string: {text!r}")

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        """Monday is 0, Sunday 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Monday is 1, Sunday 7."""
        return self.weekday() + 1

    def isocalendar(self):
        year = self._year
        week1 = _iso_week1_monday(year)
        today = self.toordinal()
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), self.toordinal()
                                  - _ymd_to_ordinal(self._year, 1, 1) + 1, -1))

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    def __repr__(self):
        return f"datetime.{type(self).__name__}({self._year}, {self._month}, {self._day})"

    def ctime(self):
        return _time.asctime(self.timetuple())

    def strftime(self, fmt):
        return _strftime(fmt, self.timetuple(), 0, "", "")

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 0 < n <= _ymd_to_ordinal(MAXYEAR, 12, 31):
                raise OverflowError("date value out of range")
            return type(self).fromordinal(n)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(days=self.toordinal() - other.toordinal())
        return NotImplemented

    def _key(self):
        return (self._year, self._month, self._day)

    def _order_key(self, other, ordering):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key(), other._key()
        return None

    def __hash__(self):
        return hash(self._key())


class IsoCalendarDate(tuple):
    """(year, week, weekday) of the ISO calendar, with those names."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return (f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, "
                f"weekday={self[2]})")


def _iso_week1_monday(year):
    first = _ymd_to_ordinal(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class time(_Ordered):
    """A time of day: hour, minute, second, microsecond (and a tzinfo)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_time(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo = microsecond, tzinfo
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    def isoformat(self, timespec="auto"):
        text = f"{self._hour:02d}:{self._minute:02d}:{self._second:02d}"
        if self._microsecond or timespec == "microseconds":
            text += f".{self._microsecond:06d}"
        return text

    __str__ = isoformat

    def __repr__(self):
        parts = [self._hour, self._minute]
        if self._second or self._microsecond:
            parts.append(self._second)
        if self._microsecond:
            parts.append(self._microsecond)
        return f"datetime.time({', '.join(map(str, parts))})"

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True):
        return time(self._hour if hour is None else hour,
                    self._minute if minute is None else minute,
                    self._second if second is None else second,
                    self._microsecond if microsecond is None else microsecond,
                    self._tzinfo if tzinfo is True else tzinfo)

    def strftime(self, fmt):
        tt = _time.struct_time((1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))
        return _strftime(fmt, tt, self._microsecond, "", "")

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _order_key(self, other, ordering):
        return (self._key(), other._key()) if isinstance(other, time) else None

    def __hash__(self):
        return hash(self._key())


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day (and optionally a tzinfo)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None):
        _check_date(year, month, day)
        _check_time(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo = microsecond, tzinfo
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    @classmethod
    def now(cls, tz=None):
        t = _time.time()
        if tz is not None:
            return cls.fromtimestamp(t, tz)
        return cls.fromtimestamp(t)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        whole = int(t // 1)
        us = round((t - whole) * 1000000)
        if us >= 1000000:
            whole, us = whole + 1, us - 1000000
        if tz is not None:
            utc = cls.utcfromtimestamp(whole).replace(microsecond=us)
            return (utc + tz.utcoffset(None)).replace(tzinfo=tz)
        lt = _time.localtime(whole)
        return cls(lt.tm_year, lt.tm_mon, lt.tm_mday, lt.tm_hour, lt.tm_min,
                   lt.tm_sec, us)

    @classmethod
    def utcfromtimestamp(cls, t):
        whole = int(t // 1)
        us = round((t - whole) * 1000000)
        gt = _time.gmtime(whole)
        return cls(gt.tm_year, gt.tm_mon, gt.tm_mday, gt.tm_hour, gt.tm_min, gt.tm_sec, us)

    @classmethod
    def combine(cls, d, t, tzinfo=True):
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond,
                   t.tzinfo if tzinfo is True else tzinfo)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            d = date.fromisoformat(text[:10])
            rest = text[11:]
            parts = [0, 0, 0, 0]
            if rest:
                if text[10] not in "T ":
                    raise ValueError
                hms, _, frac = rest.partition(".")
                fields = hms.split(":")
                for i, f in enumerate(fields):
                    parts[i] = int(f)
                if frac:
                    parts[3] = int(frac.ljust(6, "0")[:6])
            return cls(d.year, d.month, d.day, *parts)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {text!r}") from None

    @classmethod
    def strptime(cls, text, fmt):
        return _strptime(cls, text, fmt)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(),
                                  self.toordinal() - _ymd_to_ordinal(self._year, 1, 1) + 1,
                                  -1))

    def timestamp(self):
        if self._tzinfo is None:
            return _time.mktime(self.timetuple()) + self._microsecond / 1e6
        delta = self - datetime(1970, 1, 1, tzinfo=timezone.utc)
        return delta.total_seconds()

    def isoformat(self, sep="T", timespec="auto"):
        text = f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}" \
               f"{self._hour:02d}:{self._minute:02d}:{self._second:02d}"
        if self._microsecond or timespec == "microseconds":
            text += f".{self._microsecond:06d}"
        off = self.utcoffset()
        if off is not None:
            text += _format_offset(off, ":")
        return text

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute]
        if self._second or self._microsecond:
            parts.append(self._second)
        if self._microsecond:
            parts.append(self._microsecond)
        text = ", ".join(map(str, parts))
        if self._tzinfo is not None:
            text += f", tzinfo={self._tzinfo!r}"
        return f"datetime.{type(self).__name__}({text})"

    def ctime(self):
        return _time.asctime(self.timetuple())

    def strftime(self, fmt):
        off = self.utcoffset()
        tz_text = "" if off is None else _format_offset(off)
        return _strftime(fmt, self.timetuple(), self._microsecond, tz_text,
                         self.tzname() or "")

    def _us(self):
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
               + self._second) * 1000000 + self._microsecond)
        off = self.utcoffset()
        if off is not None:
            us -= off._us()
        return us

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
                  + self._second) * 1000000 + self._microsecond + other._us())
        days, us = divmod(total, 86400 * 1000000)
        secs, us = divmod(us, 1000000)
        if not 0 < days <= _ymd_to_ordinal(MAXYEAR, 12, 31):
            raise OverflowError("date value out of range")
        y, m, d = _ordinal_to_ymd(days)
        return type(self)(y, m, d, secs // 3600, secs // 60 % 60, secs % 60, us,
                          self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            if (self._tzinfo is None) != (other._tzinfo is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return timedelta(microseconds=self._us() - other._us())
        return NotImplemented

    def _order_key(self, other, ordering):
        if isinstance(other, datetime):
            if (self._tzinfo is None) != (other._tzinfo is None):
                if ordering:
                    raise TypeError("can't compare offset-naive and offset-aware datetimes")
                return 0, 1
            return self._us(), other._us()
        if isinstance(other, date):
            if ordering:
                raise TypeError("can't compare datetime.datetime to datetime.date")
            return 0, 1
        return None

    def __hash__(self):
        return hash(self._us())


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


def _strptime(cls, text, fmt):
    """Parse text by fmt's directives (%Y %m %d %H %M %S %f %y %b %B %a %A
    %j %p %I %%); anything else in fmt must match literally."""
    values = {"year": 1900, "month": 1, "day": 1, "hour": 0, "minute": 0, "second": 0,
              "microsecond": 0}
    pm = None
    i = j = 0

    def number(maxlen):
        nonlocal j
        start = j
        while j < len(text) and j - start < maxlen and text[j].isdigit():
            j += 1
        if start == j:
            raise ValueError(f"time data {text!r} does not match format {fmt!r}")
        return int(text[start:j])

    def word(names):
        nonlocal j
        for k, name in enumerate(names):
            for cand in (name, name[:3]):
                if text[j:j + len(cand)].lower() == cand.lower():
                    j += len(cand)
                    return k
        raise ValueError(f"time data {text!r} does not match format {fmt!r}")

    while i < len(fmt):
        c = fmt[i]
        if c == "%" and i + 1 < len(fmt):
            d = fmt[i + 1]
            i += 2
            if d == "Y":
                values["year"] = number(4)
            elif d == "y":
                y = number(2)
                values["year"] = y + (2000 if y < 69 else 1900)
            elif d == "m":
                values["month"] = number(2)
            elif d == "d":
                values["day"] = number(2)
            elif d in "HI":
                values["hour"] = number(2)
            elif d == "M":
                values["minute"] = number(2)
            elif d == "S":
                values["second"] = number(2)
            elif d == "f":
                start = j
                values["microsecond"] = number(6)
                values["microsecond"] *= 10 ** (6 - (j - start))
            elif d in "bBh":
                values["month"] = word(_MONTHS) + 1
            elif d in "aA":
                word(_DAYS)
            elif d == "p":
                pm = word(("AM", "PM")) == 1
            elif d == "j":
                values["_yday"] = number(3)
            elif d == "%":
                if text[j:j + 1] != "%":
                    raise ValueError(f"time data {text!r} does not match format {fmt!r}")
                j += 1
            else:
                raise ValueError(f"'{d}' is a bad directive in format '%{d}'")
        elif c.isspace():
            i += 1
            while j < len(text) and text[j].isspace():
                j += 1
        else:
            if text[j:j + 1] != c:
                raise ValueError(f"time data {text!r} does not match format {fmt!r}")
            i += 1
            j += 1
    if j != len(text):
        raise ValueError(f"unconverted data remains: {text[j:]}")
    if pm is not None:
        values["hour"] = values["hour"] % 12 + (12 if pm else 0)
    yday = values.pop("_yday", None)
    result = cls(**values)
    if yday is not None:
        result = result.replace(month=1, day=1) + timedelta(days=yday - 1)
    return result
