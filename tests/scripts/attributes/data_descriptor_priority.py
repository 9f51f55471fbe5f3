# Data descriptors on the type win over the instance dict.
class Loud:
    def __get__(self, obj, owner):
        if obj is None:
            return 'descriptor itself via ' + owner.__name__
        return 'Loud.__get__ for ' + type(obj).__name__
    def __set__(self, obj, value):
        print('Loud.__set__', value)
        obj.__dict__['attr'] = value

class P:
    attr = Loud()

p = P()
print(p.attr)
p.attr = 5
print(p.__dict__)
print(p.attr)
p.__dict__['attr'] = 'dict value'
print(p.attr)
print(P.attr)
print(getattr(p, 'attr'))
