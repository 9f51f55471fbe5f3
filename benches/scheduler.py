# An OS-scheduler simulation in the spirit of "richards": a Task base class
# and ten subclasses with their own step() behaviour, inherited helpers and
# super() calls, a priority run queue, message packets, devices that raise
# interrupts after a delay, and a kernel that dispatches until work runs out.
ROUNDS = 3


class Packet:
    def __init__(self, kind, dest, value=0):
        self.kind = kind
        self.dest = dest
        self.value = value
        self.hops = 0

    def forward(self, dest):
        self.dest = dest
        self.hops += 1
        return self


class Task:
    runs = 0

    def __init__(self, kernel, name, priority):
        self.kernel = kernel
        self.name = name
        self.priority = priority
        self.inbox = []
        self.state = "ready"
        self.work = 0
        self.waiting_for = None

    def receive(self, packet):
        self.inbox.append(packet)
        if self.state == "waiting":
            self.state = "ready"
            self.kernel.make_ready(self)

    def take(self):
        if self.inbox:
            return self.inbox.pop(0)
        return None

    def send(self, name, packet):
        self.kernel.deliver(name, packet.forward(name))

    def wait(self):
        self.state = "waiting"

    def run(self):
        self.runs += 1
        self.work += 1
        return self.step()

    def step(self):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, kernel, name, priority, seed):
        super().__init__(kernel, name, priority)
        self.seed = seed
        self.count = 0

    def step(self):
        self.count += 1
        if self.count > self.kernel.idle_limit:
            self.state = "done"
            return
        # a little LFSR decides which device to poke
        bit = self.seed & 1
        self.seed >>= 1
        if bit:
            self.seed ^= 0xD008
            self.kernel.interrupt("disk")
        else:
            self.kernel.interrupt("net")


class WorkerTask(Task):
    def __init__(self, kernel, name, priority):
        super().__init__(kernel, name, priority)
        self.target = "handler_a"
        self.letter = 0

    def step(self):
        p = self.take()
        if p is None:
            self.wait()
            return
        self.target = "handler_b" if self.target == "handler_a" else "handler_a"
        p.value = (p.value * 31 + self.letter) & 0xFFFF
        self.letter = (self.letter + 1) % 26
        self.send(self.target, p)


class HandlerTask(Task):
    def __init__(self, kernel, name, priority, device):
        super().__init__(kernel, name, priority)
        self.device = device
        self.pending = []

    def step(self):
        p = self.take()
        if p is None:
            self.wait()
            return
        if p.kind == "work":
            self.pending.append(p)
        else:
            # a device packet came back: pair it with pending work
            if self.pending:
                w = self.pending.pop()
                w.value ^= p.value
                self.kernel.checksum = (self.kernel.checksum * 7 + w.value + w.hops) % 1000003
                self.send("logger", w)
            self.kernel.devices[self.device].request(p)


class LoggingHandler(HandlerTask):
    """A handler that also keeps statistics, extending the parent's step."""

    def __init__(self, kernel, name, priority, device):
        super().__init__(kernel, name, priority, device)
        self.seen = {}

    def step(self):
        if self.inbox:
            kind = self.inbox[0].kind
            self.seen[kind] = self.seen.get(kind, 0) + 1
        super().step()


class DeviceTask(Task):
    def __init__(self, kernel, name, priority, owner):
        super().__init__(kernel, name, priority)
        self.owner = owner

    def step(self):
        p = self.take()
        if p is None:
            self.wait()
            return
        p.kind = "dev"
        p.value = self.transform(p.value)
        self.send(self.owner, p)

    def transform(self, v):
        return v


class DiskTask(DeviceTask):
    def transform(self, v):
        return (v * 3 + 1) & 0xFFF


class NetTask(DeviceTask):
    def transform(self, v):
        return super().transform(v) ^ 0x5A5


class LoggerTask(Task):
    def __init__(self, kernel, name, priority):
        super().__init__(kernel, name, priority)
        self.lines = 0
        self.total = 0

    def step(self):
        p = self.take()
        if p is None:
            self.wait()
            return
        self.lines += 1
        self.total += p.value
        p.kind = "work"
        p.hops = 0
        if self.lines % 3:
            self.send("worker", p)
        else:
            self.send("batcher", p)


class BatchTask(Task):
    def __init__(self, kernel, name, priority, size):
        super().__init__(kernel, name, priority)
        self.size = size
        self.batch = []

    def step(self):
        p = self.take()
        if p is None:
            self.wait()
            return
        self.batch.append(p)
        if len(self.batch) >= self.size:
            acc = 0
            for q in self.batch:
                acc = (acc + q.value) & 0xFFFF
            for q in self.batch:
                q.value ^= acc
                self.send("worker", q)
            self.batch = []


class TimerTask(Task):
    def __init__(self, kernel, name, priority, period):
        super().__init__(kernel, name, priority)
        self.period = period
        self.ticks = 0

    def step(self):
        self.ticks += 1
        if self.ticks % self.period == 0:
            self.kernel.deliver("worker", Packet("work", "worker", self.ticks & 0xFF))
        if self.ticks > self.kernel.idle_limit:
            self.state = "done"


class Device:
    def __init__(self, kernel, task_name, latency):
        self.kernel = kernel
        self.task_name = task_name
        self.latency = latency
        self.queue = []
        self.clock = 0

    def request(self, packet):
        self.queue.append((self.kernel.clock + self.latency, packet))

    def poll(self):
        q = self.queue
        while q and q[0][0] <= self.kernel.clock:
            _, p = q.pop(0)
            self.kernel.deliver(self.task_name, p)


class Kernel:
    def __init__(self, idle_limit, seed):
        self.idle_limit = idle_limit
        self.clock = 0
        self.checksum = 0
        self.tasks = {}
        self.ready = [[] for _ in range(8)]
        self.devices = {}
        self.switches = 0
        self.add(IdleTask(self, "idle", 0, seed))
        self.add(TimerTask(self, "timer", 1, 5))
        self.add(WorkerTask(self, "worker", 3))
        self.add(HandlerTask(self, "handler_a", 4, "disk"))
        self.add(LoggingHandler(self, "handler_b", 4, "net"))
        self.add(DiskTask(self, "disk_task", 6, "handler_a"))
        self.add(NetTask(self, "net_task", 6, "handler_b"))
        self.add(LoggerTask(self, "logger", 2))
        self.add(BatchTask(self, "batcher", 2, 4))
        self.devices["disk"] = Device(self, "disk_task", 3)
        self.devices["net"] = Device(self, "net_task", 2)
        for i in range(6):
            self.deliver("worker", Packet("work", "worker", i))
        for i in range(3):
            self.devices["disk"].request(Packet("dev", "disk_task", i))
            self.devices["net"].request(Packet("dev", "net_task", i))

    def add(self, task):
        self.tasks[task.name] = task
        self.make_ready(task)

    def make_ready(self, task):
        self.ready[task.priority].append(task)

    def deliver(self, name, packet):
        self.tasks[name].receive(packet)

    def interrupt(self, device):
        self.devices[device].poll()

    def pick(self):
        for level in range(7, -1, -1):
            queue = self.ready[level]
            while queue:
                task = queue.pop(0)
                if task.state == "ready":
                    return task
        return None

    def run(self):
        while True:
            self.clock += 1
            task = self.pick()
            if task is None:
                break
            self.switches += 1
            task.run()
            if task.state == "ready":
                self.make_ready(task)
        return self.switches


total = 0
for r in range(ROUNDS):
    k = Kernel(12_000, 0x1234 + r * 77)
    switches = k.run()
    works = sorted((t.name, t.work) for t in k.tasks.values())
    total = (total * 31 + switches + k.checksum + k.tasks["logger"].total) % 1000000007
    if r == 0:
        print(switches, k.checksum, works[:4], k.tasks["handler_b"].seen)
print(total)
