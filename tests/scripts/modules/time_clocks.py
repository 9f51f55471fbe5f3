# The time module's clocks, as a lesson script times a loop with them.
import time

start = time.perf_counter()
t0 = time.time()
m0 = time.monotonic()
time.sleep(0.02)
elapsed = time.perf_counter() - start
print(type(start).__name__, type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__)
print(elapsed >= 0.02, elapsed < 5)
print(time.monotonic() >= m0 + 0.02, time.time() >= t0)
print(time.time() > 1.6e9, time.time_ns() // 10**9 >= int(t0))
print(time.sleep(0) is None)
for bad in (-1, "a", float("nan")):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
total = 0
loop_start = time.perf_counter()
for i in range(10000):
    total += i
print(total, time.perf_counter() >= loop_start)
