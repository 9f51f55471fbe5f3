# A wrong argument's type in CPython's messages: argument-clinic checks
# say "not None", the older str methods "not NoneType", and none repeats
# its own wording.
import sys
import array

calls = [
    'bytes.fromhex(None)', 'format(1, None)', 'type(None, (), {})', 'type("X", None, {})',
    'type("X", (), None)', 'sys.stdout.write(None)', 'array.array("u").fromunicode(None)',
    '"a".find(None)', '"a".index(None)', '"a".count(None)', '"a".partition(None)',
    '"a".rpartition(None)', '"a".removeprefix(None)', '"a".removesuffix(3)',
    '"a".replace(None, "")', '"a".replace("a", None)', '"a".count(3)', '"a".find(b"a")',
    'format(1, 2)', 'sys.stdout.write(b"x")',
]
for call in calls:
    try:
        eval(call)
        print(call, "-> no error")
    except TypeError as e:
        print(call, "->", e)
