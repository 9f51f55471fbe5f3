# abc: abstract base classes refuse instances until every abstract method
# is defined; register() and __subclasshook__ make virtual subclasses.
from abc import ABC, ABCMeta, abstractmethod
import abc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perim(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area()}"
try: Shape()
except TypeError as e: print(e)
class Half(Shape):
    def area(self): return 1
try: Half()
except TypeError as e: print(e)
class Square(Half):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perim(self): return 4 * self.s
    @property
    def name(self): return "square"
sq = Square(3)
print(sq.describe(), isinstance(sq, Shape), issubclass(Square, Shape), Shape.__abstractmethods__ == {"area", "perim", "name"})
print(type(Shape).__name__, Square.__abstractmethods__, ABC.__abstractmethods__)
class Drawable(metaclass=ABCMeta):
    @abstractmethod
    def draw(self): ...
class Circle: 
    def draw(self): return "o"
print(isinstance(Circle(), Drawable))
Drawable.register(Circle)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable), abc.get_cache_token() > 0)
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(isinstance([], Sized), isinstance(3, Sized), issubclass(str, Sized))
class WithStatic(ABC):
    @staticmethod
    @abstractmethod
    def make(): ...
try: WithStatic()
except TypeError as e: print(e)
print([n for n in dir(abc) if not n.startswith('_')])
