# yield from delegates send, throw and close to any iterator that has them
# (PEP 380); the delegate's StopIteration value is the result.
class Echo:
    def __init__(self):
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        return "next"
    def send(self, v):
        self.log.append(("send", v))
        if v == "stop":
            raise StopIteration("done")
        return f"got {v}"
    def throw(self, typ, val=None, tb=None):
        self.log.append(("throw", typ.__name__))
        return "thrown"
    def close(self):
        self.log.append(("close",))
e = Echo()
def outer():
    r = yield from e
    yield ("result", r)
g = outer()
print(next(g), g.send(1), g.send(2), g.throw(ValueError), g.send("stop"))
g2 = outer()
next(g2)
g2.close()
print(e.log)
def inner():
    try:
        x = yield 1
        yield x * 2
    finally:
        print("inner closed")
    return "inner done"
def wrap():
    v = yield from inner()
    print("wrap got", v)
    yield "end"
w = wrap()
print(next(w), w.send(21), next(w))
w2 = wrap(); next(w2); w2.close()
print(list(wrap()))
