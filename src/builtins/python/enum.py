"""Enumerations: classes whose attributes are a fixed set of named members.

`EnumType` (also called `EnumMeta`) is the metaclass: when a class body
finishes, it turns each plain attribute into a member, an instance of the
class holding `name` and `value`, and keeps them in definition order.
Looking a member up by value (`Color(1)`) or by name (`Color['RED']`),
iterating, `len` and `in` are methods of the metaclass.
"""


class auto:
    """A placeholder value: the enum picks the next one
    (`_generate_next_value_`)."""

    def __init__(self):
        self.value = None

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_"


def _is_descriptor(value):
    return (hasattr(value, "__get__") or hasattr(value, "__set__")
            or hasattr(value, "__delete__"))


def _is_private(class_name, name):
    return name.startswith("_%s__" % class_name.lstrip("_"))


def _hash_of_value(member):
    return hash(member._value_)


def _data_type(bases):
    """The builtin type mixed in (int for IntEnum, str for StrEnum), or
    object."""
    for base in bases:
        for klass in base.__mro__:
            if klass is object or isinstance(klass, EnumType):
                continue
            if klass.__module__ == "builtins":
                return klass
    return object


class EnumType(type):
    """The metaclass of enumerations."""

    def __new__(metacls, name, bases, namespace, boundary=None, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (name, base))
        # The members: the plain attributes of the body, in order.
        member_items = []
        body = {}
        for key, value in namespace.items():
            if (_is_dunder(key) or _is_sunder(key) or _is_private(name, key)
                    or _is_descriptor(value) or isinstance(value, type)):
                body[key] = value
            else:
                member_items.append((key, value))
        own_new = body.pop("__new__", None)
        if isinstance(own_new, staticmethod):
            own_new = own_new.__func__
        if own_new is _lookup_member:
            own_new = None
        body["_new_member_"] = own_new
        cls = super().__new__(metacls, name, bases, body, **kwds)
        # Calling the class looks a member up; the body's own `__new__`
        # (kept as `_new_member_`) only made the members.
        type.__setattr__(cls, "__new__", _lookup_member)
        data_type = _data_type(bases)
        # Members of a data type (IntEnum's ints) hash as their values.
        if "__hash__" not in body and data_type is not object:
            type.__setattr__(cls, "__hash__", _hash_of_value)
        # The data type comes first in the MRO: its `__repr__`, `__str__`
        # and `__format__` give way to the nearest enum class's.
        for method in ("__repr__", "__str__", "__format__"):
            if method in body or data_type is object:
                continue
            for klass in cls.__mro__:
                if isinstance(klass, EnumType) and method in klass.__dict__:
                    type.__setattr__(cls, method, klass.__dict__[method])
                    break
        type.__setattr__(cls, "_member_names_", [])
        type.__setattr__(cls, "_member_map_", {})
        type.__setattr__(cls, "_value2member_map_", {})
        data_type = _data_type(bases)
        type.__setattr__(cls, "_member_type_", data_type)
        if own_new is None:
            for base in cls.__mro__[1:]:
                candidate = base.__dict__.get("_new_member_")
                if candidate is not None:
                    own_new = candidate
                    break
        values_so_far = []
        for key, value in member_items:
            if isinstance(value, auto):
                if value.value is None:
                    value.value = cls._generate_next_value_(
                        key, 1, len(values_so_far), values_so_far[:])
                value = value.value
            values_so_far.append(value)
            metacls._add_member(cls, key, value, data_type, own_new)
        return cls

    def _add_member(cls, key, value, data_type, own_new):
        args = value if isinstance(value, tuple) else (value,)
        if own_new is not None:
            member = own_new(cls, *args)
        elif data_type is object:
            member = object.__new__(cls)
        else:
            member = data_type.__new__(cls, *args)
        if not hasattr(member, "_value_"):
            if data_type is object:
                member._value_ = value
            else:
                member._value_ = data_type(*args)
        member._name_ = key
        member.__objclass__ = cls
        if cls.__init__ is not object.__init__:
            member.__init__(*args)
        # An alias: a second name for a value already taken.
        for existing in cls._member_map_.values():
            if existing._value_ == member._value_:
                member = existing
                break
        else:
            # A flag's members are its single bits; other values are
            # aliases of combinations.
            if not (Flag is not None and issubclass(cls, Flag)) or _is_single_bit(value):
                cls._member_names_.append(key)
        cls._member_map_[key] = member
        try:
            cls._value2member_map_.setdefault(member._value_, member)
        except TypeError:
            pass
        type.__setattr__(cls, key, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, type=type, start=start)

    def _create_(cls, class_name, names, module=None, type=None, start=1):
        """The functional API: `Enum('Color', 'RED GREEN')`."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        namespace = {}
        if names and isinstance(names[0], str) and not isinstance(names, dict):
            values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, values[:])
                values.append(value)
                namespace[name] = value
        else:
            items = names.items() if isinstance(names, dict) else names
            for name, value in items:
                namespace[name] = value
        namespace["__module__"] = module or "__main__"
        return metacls.__new__(metacls, class_name, bases, namespace)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        super().__delattr__(name)


EnumMeta = EnumType
Flag = None


def _lookup_member(cls, value):
    """`Color(1)`: the member with that value."""
    if isinstance(value, cls):
        return value
    try:
        return cls._value2member_map_[value]
    except (KeyError, TypeError):
        pass
    for member in cls._member_map_.values():
        if member._value_ == value:
            return member
    result = cls._missing_(value)
    if isinstance(result, cls):
        return result
    raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))


class Enum(metaclass=EnumType):
    """The base of enumerations: members have a `name` and a `value`."""

    __new__ = _lookup_member

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value `auto()` gives: one more than the largest so far."""
        if not last_values:
            return start
        try:
            return max(last_values) + 1
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        if self._member_type_ is object:
            value_repr = repr(self._value_)
        else:
            value_repr = self._member_type_.__repr__(self._value_)
        return "<%s.%s: %s>" % (type(self).__name__, self._name_, value_repr)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __eq__(self, other):
        if self._member_type_ is not object:
            return self._value_ == other
        return self is other

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__",
                "name", "value"]


class ReprEnum(Enum):
    """An enum whose `str` and `format` are those of its data type."""


class IntEnum(int, ReprEnum):
    """Members are also ints and compare with them."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)



class StrEnum(str, ReprEnum):
    """Members are also strings."""

    def __str__(self):
        return str.__str__(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _bin(number, width):
    digits = bin(number)[2:]
    return "0b0 " + digits.rjust(width, "0")


class Flag(Enum):
    """Members are bit flags combined with `|`, `&`, `^` and `~`."""

    _boundary_ = "strict"

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """`auto()` for flags: the next power of two."""
        if not last_values:
            return start
        high = max(last_values)
        return 1 << high.bit_length()

    @classmethod
    def _all_bits(cls):
        total = 0
        for member in cls._member_map_.values():
            total |= member._value_
        return total

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        all_bits = cls._all_bits()
        extra = value & ~all_bits if value >= 0 else 0
        if (value < 0 or extra) and cls._boundary_ == "strict":
            width = max(all_bits.bit_length(), value.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, value, _bin(value, width), _bin(all_bits, width)))
        if value < 0:
            value = all_bits & value
        names = []
        for member in cls:
            if member._value_ & value == member._value_ != 0:
                names.append(member._name_)
        if extra:
            names.append(hex(extra) if False else str(extra))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        pseudo._name_ = "|".join(names) if names else None
        cls._value2member_map_[value] = pseudo
        return pseudo

    def __iter__(self):
        return (member for member in type(self)
                if member._value_ & self._value_ == member._value_ != 0)

    def __len__(self):
        return len(list(self.__iter__()))

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        name = type(self).__name__
        if self._name_ is None:
            return "<%s: %r>" % (name, self._value_)
        return "<%s.%s: %r>" % (name, self._name_, self._value_)

    def __str__(self):
        name = type(self).__name__
        if self._name_ is None:
            return "%s(%r)" % (name, self._value_)
        return "%s.%s" % (name, self._name_)

    def _operand(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if self._member_type_ is int and isinstance(other, int):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._operand(other)
        if value is NotImplemented:
            return value
        return type(self)(self._value_ | value)

    def __and__(self, other):
        value = self._operand(other)
        if value is NotImplemented:
            return value
        return type(self)(self._value_ & value)

    def __xor__(self, other):
        value = self._operand(other)
        if value is NotImplemented:
            return value
        return type(self)(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return type(self)(type(self)._all_bits() & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=None):
    """Flags that are also ints."""

    _boundary_ = "keep"

    # int's operators come first in the MRO: the flag's take over.
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)



def unique(enumeration):
    """Refuse an enum with aliases (two names for one value)."""
    duplicates = [(name, member.name)
                  for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ", ".join("%s -> %s" % pair for pair in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration
