# datetime: date, time, datetime, timedelta and timezone arithmetic, formats, strptime.
from datetime import date, time, datetime, timedelta, timezone
import datetime as dtmod
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday(), d.toordinal())
print(d.isocalendar(), date(2021, 1, 1).isocalendar(), date(2020, 12, 31).isocalendar(), d.replace(day=1), d.strftime("%A %d %B %Y"), d.ctime())
print(date.fromisoformat("2019-12-04"), date.fromordinal(738000), d.timetuple(), f"{d:%Y/%m/%d}")
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), -td, repr(-td), abs(-td), td * 2, td / 2, td // timedelta(hours=1), td % timedelta(hours=1))
print(timedelta(hours=36), timedelta(seconds=-1), repr(timedelta(0)), timedelta(weeks=1) > timedelta(days=6), timedelta(milliseconds=1500), timedelta(days=2) / timedelta(hours=12))
dt = datetime(2024, 3, 10, 14, 30, 5, 250000)
print(dt, repr(dt), dt.date(), dt.time(), dt + timedelta(hours=12), dt - datetime(2024, 1, 1), dt.isoformat(), dt.isoformat(" "))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I %j"), dt.replace(hour=0), datetime.combine(d, time(9, 15)), datetime.fromisoformat("2024-03-10T14:30:05.250000"))
print(datetime.strptime("2024-03-10 14:30:05", "%Y-%m-%d %H:%M:%S"), datetime.strptime("10 Mar 2024 2:05 PM", "%d %b %Y %I:%M %p"), datetime.strptime("31/12/99", "%d/%m/%y"))
print(time(9, 5), repr(time(9, 5, 3)), time(9, 5) < time(10, 0), time(23, 59, 59, 1).isoformat())
u = datetime(2024, 1, 1, 12, 0, tzinfo=timezone.utc)
print(u, repr(u), u.timestamp(), datetime.fromtimestamp(0, timezone.utc), timezone(timedelta(hours=5, minutes=30)), u.tzname(), u.utcoffset())
print(datetime.utcfromtimestamp(1700000000), isinstance(datetime.now(), date), type(date.today()).__name__)
print(sorted([date(2024, 1, 3), date(2023, 5, 1), date(2024, 1, 1)]), {date(2024, 1, 1): "x"}[date(2024, 1, 1)], dtmod.MAXYEAR)
for bad in [lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: time(24, 0), lambda: datetime.strptime("2024", "%Y-%m"),
            lambda: date.fromisoformat("2024/01/01"), lambda: datetime(2024, 1, 1) - u]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
from datetime import *
u = datetime(2024, 1, 1, tzinfo=timezone.utc); n = datetime(2024, 1, 1)
print(u == n, n == date(2024, 1, 1), date(2024, 1, 1) == n, timedelta(1) == timedelta(hours=24), time(1) < time(2), date(2024,1,1) == "x")
try: u < n
except TypeError as e: print(e)
try: date(2024,1,1) < n
except TypeError as e: print(e)
print(len({date(2024,1,1), date(2024,1,1)}), hash(timedelta(1)) == hash(timedelta(hours=24)), sorted([time(3), time(1)]))
