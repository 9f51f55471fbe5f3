# An __index__ that changes the bytearray being indexed, sliced or filled.

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Clear:
    def __init__(self, target, value):
        self.target = target
        self.value = value
    def __index__(self):
        self.target.clear()
        return self.value


def fresh():
    return bytearray(b'abcdefgh')


b = fresh()
show(lambda: b[Clear(b, 3)])
b = fresh()
show(lambda: b[Clear(b, 2):6])
b = fresh()
show(lambda: b[2:Clear(b, 6)])
b = fresh()
show(lambda: b[::Clear(b, 2)])
b = fresh()
try:
    b[Clear(b, 3)] = 65
except IndexError as e:
    print('IndexError', e)
print(b)
b = fresh()
b[Clear(b, 2):6] = b'xyz'
print(b)
b = fresh()
b[2:4] = bytearray(b'XY')
print(b)
b = fresh()
try:
    b[::Clear(b, 2)] = b'wxyz'
except ValueError as e:
    print('ValueError', e)
print(b)
b = fresh()
try:
    del b[Clear(b, 3)]
except IndexError as e:
    print('IndexError', e)
b = fresh()
del b[Clear(b, 1):5]
print(b)
b = fresh()
del b[::Clear(b, 2)]
print(b)
b = fresh()
b.insert(Clear(b, 3), 65)
print(b)
b = fresh()
show(lambda: b.pop(Clear(b, 3)))
b = fresh()
b.append(Clear(b, 66))
print(b)
b = fresh()
try:
    b[2] = Clear(b, 66)
except IndexError as e:
    print('IndexError', e)
print(b)
b = fresh()
show(lambda: b * Clear(b, 2))
b = fresh()
b *= Clear(b, 2)
print(b)


def growing():
    for i in range(3):
        b.append(65 + i)
        yield 97 + i


b = bytearray(b'ab')
b.extend(growing())
print(b)


def clearing():
    for i in range(3):
        b.clear()
        yield 97 + i


b = bytearray(b'ab')
b += bytearray(clearing())
print(b)
b = bytearray(b'ab')
b[1:1] = clearing()
print(b)
