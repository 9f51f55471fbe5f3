# A deterministic checkout-queue simulation using lists and dicts.
arrivals = [(0, 'ann', 3), (1, 'bob', 2), (2, 'cy', 4), (2, 'dee', 1), (5, 'eve', 2), (9, 'fay', 1)]
queue = []
served = []
clock = 0
busy_until = 0
current = None
pending = list(arrivals)
while pending or queue or current:
    while pending and pending[0][0] <= clock:
        t, name, work = pending.pop(0)
        queue.append((name, work, t))
        print(f't={clock:2}: {name} arrives (queue: {[q[0] for q in queue]})')
    if current and clock >= busy_until:
        print(f't={clock:2}: {current[0]} done')
        served.append((current[0], clock - current[2]))
        current = None
    if current is None and queue:
        current = queue.pop(0)
        busy_until = clock + current[1]
        print(f't={clock:2}: serving {current[0]} until {busy_until}')
    clock += 1
print(served)
waits = [w for _, w in served]
print('average time in system:', sum(waits) / len(waits))
print('longest:', max(served, key=lambda s: s[1]))
