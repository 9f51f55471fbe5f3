# Class attributes are shared until shadowed by an instance attribute.
class C:
    shared = []
    value = 10

a = C()
b = C()
a.shared.append(1)
print(b.shared, C.shared)
a.value = 99
print(a.value, b.value, C.value)
C.value = 20
print(a.value, b.value, C.value)
del a.value
print(a.value)
print('value' in a.__dict__, 'value' in C.__dict__)
b.shared = ['own']
print(a.shared, b.shared, C.shared)
C.new_attr = 'added later'
print(a.new_attr, b.new_attr)
print(sorted(a.__dict__), sorted(b.__dict__))
