# Generators still suspended when the program ends are closed, as CPython
# does: their finally blocks and __exit__ methods run, whatever holds them
# (another module, a class attribute, a cycle of lists, an instance that the
# generator's frame holds, a coroutine).
import _exit_holder

class Manager:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, typ, val, tb):
        print("__exit__ ran with", typ.__name__)
        return False

def with_gen():
    with Manager():
        yield 1

def fin_gen(label, box=None):
    try:
        yield label
    finally:
        print("finally ran:", label, "box size", len(box) if box is not None else None)

class Holder:
    pass

Holder.gen = fin_gen("class attribute")
next(Holder.gen)

box = []
cyc = fin_gen("cycle", box)
box.append(cyc)
box.append(box)
next(cyc)
del cyc, box

class Walker:
    def __init__(self):
        self.it = self.walk()
        next(self.it)
    def walk(self):
        with Manager():
            try:
                yield self
            finally:
                print("walker finally ran")

w = Walker()
w2 = with_gen()
next(w2)

class Await:
    def __await__(self):
        yield "suspended"

async def coro():
    try:
        await Await()
    finally:
        print("coroutine finally ran")

Holder.co = coro()
print(Holder.co.send(None))

print("end of program")
