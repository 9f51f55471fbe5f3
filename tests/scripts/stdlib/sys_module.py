# sys: version_info, platform facts, exc_info/exception, stdin at its end.
import sys
print(sys.version_info >= (3, 8), sys.version_info.major, sys.version_info[:2], sys.version_info.releaselevel)
print(sys.platform, sys.byteorder, sys.intern("abc"), type(sys.getrefcount([])).__name__, sys.maxsize)
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), repr(sys.exception()))
print(sys.exc_info(), sys.exception())
data = sys.stdin.readline()
print(repr(data))
rest = [line.strip() for line in sys.stdin]
print(rest)
print(repr(sys.stdin.readline()))
