# heappush, heappop, heapify, heapreplace, heappushpop: the internal list
# order after each step is CPython's.
import heapq

heap = []
for x in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]:
    heapq.heappush(heap, x)
    print(heap)
while heap:
    print(heapq.heappop(heap), heap)

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 11, 10]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 12), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 5), data)
print(heapq.heappushpop([], 3))

tasks = []
for item in [(3, "write"), (1, "plan"), (2, "test"), (1, "alpha")]:
    heapq.heappush(tasks, item)
print([heapq.heappop(tasks) for _ in range(len(tasks))])

words = ["pear", "fig", "apple", "kiwi", "banana", "date", "cherry"]
heapq.heapify(words)
print(words)
big = list(range(50, 0, -3))
heapq.heapify(big)
print(big)
sorted_out = []
while big:
    sorted_out.append(heapq.heappop(big))
print(sorted_out)

for call in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
             lambda: heapq.heappush((), 1), lambda: heapq.heapify({}),
             lambda: heapq.heappop("abc"), lambda: heapq.heappush([1], "a")]:
    try:
        call()
        print("no error")
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
