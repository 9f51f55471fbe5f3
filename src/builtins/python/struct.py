"""Functions to convert between Python values and C structs.

Python bytes objects are used to hold the data representing the C struct.
A format string describes the layout: an optional first character for the
byte order, size and alignment (@ native, = standard, < little-endian,
> and ! big-endian), then codes, each with an optional repeat count:

  x pad byte     c char          b/B signed/unsigned byte   ? bool
  h/H short      i/I int         l/L long        q/Q long long
  n/N ssize_t    e half float    f float         d double
  s char[]       p pascal string P void pointer  (n, N, P native only)

The packing itself is native code (the _struct module); Struct below keeps
a format to use again.
"""

from _struct import (
    error, pack, pack_into, unpack, unpack_from, iter_unpack, calcsize,
    _clearcache,
)

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack', 'Struct', 'error',
]


class Struct:
    """Struct(format): a compiled format, with the functions of this
    module as methods that need no format argument."""

    __module__ = '_struct'
    __slots__ = ('format', 'size')
    _missing = object()

    def __init__(self, format=_missing):
        if format is Struct._missing:
            raise TypeError("Struct() missing required argument 'format' (pos 1)")
        # calcsize checks the format (type, characters, size).
        self.size = calcsize(format)
        if isinstance(format, bytes):
            format = format.decode('ascii')
        self.format = format

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

