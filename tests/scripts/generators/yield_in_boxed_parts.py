# A yield inside the parts of a statement the syntax tree keeps boxed:
# an annotated assignment's value, a for loop's iterable, raise's cause,
# assert's message. The generator must suspend and resume in each.
def annotated():
    x: int = (yield "first")
    print("annotated got", x)
    y: list = [(yield "second"), (yield "third")]
    print("annotated got", y)


def loop_source():
    for item in (yield "give me a list"):
        print("item", item)
        yield item * 2


def cause():
    try:
        raise KeyError("inner") from (yield "cause?")
    except KeyError as e:
        print("raised", repr(e), "from", repr(e.__cause__))
    yield "after"


def message():
    assert (yield "test?"), (yield "message?")
    print("assert passed")


g = annotated()
print(next(g))
print(g.send(10))
print(g.send(20))
try:
    g.send(30)
except StopIteration:
    print("annotated done")

g = loop_source()
print(next(g))
print(g.send([1, 2, 3]))
print(next(g), next(g))

g = cause()
print(next(g))
print(g.send(ValueError("outer")))

g = message()
print(next(g))
print(g.send(0))
try:
    g.send("because")
except AssertionError as e:
    print("AssertionError:", e)

g = message()
next(g)
try:
    g.send(1)
except StopIteration:
    print("message done")
