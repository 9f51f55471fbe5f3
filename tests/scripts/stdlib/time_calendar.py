# time: struct_time, gmtime/localtime/mktime, strftime's directives, the clocks.
import time
t = time.gmtime(1700000000)
print(t, t.tm_year, t[0], tuple(t), t.tm_zone, t.tm_gmtoff)
print(time.gmtime(0), time.gmtime(-86400 * 366), time.gmtime(951782400))
print(time.asctime(t), time.strftime("%Y-%m-%d %H:%M:%S", t), time.strftime("%a %A %b %B %d %j %U %W %w %y %p %I %%", t))
print(time.strftime("%c|%x|%X|%D|%T|%R|%F|%e|%u|%V|%G|%C|%h|%r", t))
for secs in [1704067200, 1735603200, 1609459200, 1230768000]:
    g = time.gmtime(secs)
    print(time.strftime("%Y %j %U %W %V %G %u %w", g))
s = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(s, time.strftime("%d/%m/%Y", s), time.asctime(s))
start = time.perf_counter(); x = sum(range(1000)); el = time.perf_counter() - start
print(el >= 0, isinstance(time.time(), float), type(time.process_time()).__name__, time.time_ns() > 0)
lt = time.localtime()
print(type(lt).__name__, len(lt), abs(time.mktime(lt) - time.time()) < 5, isinstance(time.timezone, int), len(time.ctime()) == 24)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
