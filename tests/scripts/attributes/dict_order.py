# Attribute insertion order is kept in __dict__.
class Rec:
    pass

r = Rec()
r.zeta = 1
r.alpha = 2
r.mid = 3
print(list(r.__dict__))
r.alpha = 20
print(list(r.__dict__), list(r.__dict__.values()))
del r.zeta
r.zeta = 'back'
print(list(r.__dict__))
for k, v in vars(r).items():
    print(k, v)
setattr(r, 'later', None)
print(list(vars(r)))
