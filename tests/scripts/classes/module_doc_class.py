# __module__, __doc__, __class__ of classes and instances.
class Documented:
    """This class has a docstring."""

    def method(self):
        """Method doc."""
        return 1

class Undocumented:
    pass

print(Documented.__doc__)
print(Documented().__doc__)
print(Documented.method.__doc__)
print(Undocumented.__doc__)
print(Documented.__module__)
print(Documented().__class__ is Documented)
print(Documented().__class__.__name__)
print(Documented.__class__)
print((5).__class__, 'x'.__class__.__name__)
d = Documented()
print(d.__class__.__doc__)
print(d.method.__doc__)
