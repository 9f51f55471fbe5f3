# An uncaught user exception without arguments: the last line is just the name.
class Halt(Exception):
    pass

class Stop(Halt):
    pass

print('before')
try:
    raise Stop
except Halt as e:
    print('caught', repr(e), str(e) == '')
print(issubclass(Stop, Halt), Stop.__name__)
raise Halt
