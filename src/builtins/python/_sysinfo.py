"""`sys.version_info`: a tuple of five items that also has names for them,
so `sys.version_info >= (3, 8)` and `sys.version_info.major` both work."""


class version_info(tuple):
    """sys.version_info(major, minor, micro, releaselevel, serial)"""

    __slots__ = ()

    def __new__(cls, major, minor, micro, releaselevel, serial):
        return tuple.__new__(cls, (major, minor, micro, releaselevel, serial))

    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])

    def __repr__(self):
        return ("sys.version_info(major={}, minor={}, micro={}, releaselevel={!r}, "
                "serial={})".format(*self))


value = version_info(3, 11, 0, "final", 0)
