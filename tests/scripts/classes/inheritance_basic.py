# Single inheritance: overriding, extending, __bases__, isinstance/issubclass.
class Animal:
    sound = '...'

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + ' says ' + self.sound

    def kind(self):
        return 'animal'

class Dog(Animal):
    sound = 'woof'

    def kind(self):
        return 'dog, an ' + super().kind()

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

p = Puppy('Rex', 1)
print(p.speak())
print(p.kind())
print(p.name, p.age)
print(Animal('x').speak())
print(Dog.__bases__)
print(Puppy.__bases__[0].__name__)
print(Animal.__bases__)
print([c.__name__ for c in Puppy.__mro__])
print(isinstance(p, Animal), isinstance(p, Dog), isinstance(Dog('d'), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(issubclass(Puppy, object), isinstance(p, object))
