"""Abstract base classes: classes that say which methods a subclass must
define, and refuse to make instances until it has.

`ABCMeta` records, for each class it makes, the names of the methods still
abstract in `__abstractmethods__`; pyslot, like CPython, refuses to
instantiate a class whose set is not empty. `register` makes an unrelated
class a "virtual subclass" for `isinstance` and `issubclass`.
"""


def abstractmethod(funcobj):
    """Mark a method abstract: a subclass must override it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A class method that is abstract (use @classmethod @abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A static method that is abstract (use @staticmethod @abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A property that is abstract (use @property @abstractmethod)."""

    __isabstractmethod__ = True


_cache_token = 0


def get_cache_token():
    """A number that changes whenever a virtual subclass is registered."""
    return _cache_token


def _abstract_names(cls, namespace, bases):
    names = {name for name, value in namespace.items()
             if getattr(value, "__isabstractmethod__", False)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(cls, name, None), "__isabstractmethod__", False):
                names.add(name)
    return frozenset(names)


def update_abstractmethods(cls):
    """Recompute `cls.__abstractmethods__` after methods were added."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _abstract_names(cls, vars(cls), cls.__bases__)
    return cls


class ABCMeta(type):
    """The metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace, bases)
        cls._abc_registry = []
        return cls

    def register(cls, subclass):
        """Make `subclass` a virtual subclass of this ABC; returns it, so
        this can be a class decorator."""
        global _cache_token
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _cache_token += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in subclass.__mro__:
            return True
        hook = cls.__subclasshook__(subclass)
        if hook is not NotImplemented:
            return bool(hook)
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        for sub in type.__subclasses__(cls):
            if issubclass(subclass, sub):
                return True
        return False


class ABC(metaclass=ABCMeta):
    """Derive from ABC to make an abstract base class."""

    __slots__ = ()
