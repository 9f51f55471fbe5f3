# A generator returning early with bare return.
def upto_negative(xs):
    for x in xs:
        if x < 0:
            return
        yield x
    print('reached end naturally')

print(list(upto_negative([1, 2, -1, 3])))
print(list(upto_negative([4, 5])))
print(list(upto_negative([])))

def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            yield x
            return
    yield None

print(list(first_even([1, 3, 4, 6])))
print(list(first_even([1, 3])))

def conditional(flag):
    if flag:
        return
    yield 'yielded'

print(list(conditional(True)), list(conditional(False)))
