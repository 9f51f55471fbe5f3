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


def _struct_seq(name, fields):
    """A tuple class whose items also have names, printed as `sys.name(...)`
    (what CPython calls a struct sequence)."""

    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        pairs = ", ".join(f"{f}={v!r}" for f, v in zip(fields, self))
        return f"sys.{name}({pairs})"

    namespace = {"__slots__": (), "__new__": __new__, "__repr__": __repr__}
    for i, field in enumerate(fields):
        namespace[field] = property(lambda self, i=i: self[i])
    cls = type(name, (tuple,), namespace)
    cls.__module__ = "sys"
    return cls


# `sys.int_info`: how ints are stored, and the limits of their conversion
# to and from decimal strings.
int_info = _struct_seq(
    "int_info",
    ("bits_per_digit", "sizeof_digit", "default_max_str_digits",
     "str_digits_check_threshold"),
)(30, 4, 4300, 640)

# `sys.flags`: the command-line options pyslot was started with.
flags = _struct_seq(
    "flags",
    ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
     "no_user_site", "no_site", "ignore_environment", "verbose",
     "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
     "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"),
)(0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1)
