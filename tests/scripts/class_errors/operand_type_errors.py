# TypeError messages for unsupported operand types involving user classes.
class P:
    pass
class Q:
    pass

def show(f):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)

show(lambda: P() + 1)
show(lambda: 1 + P())
show(lambda: P() - Q())
show(lambda: P() * 'a')
show(lambda: P() / 2)
show(lambda: P() // 2)
show(lambda: P() % 2)
show(lambda: P() ** 2)
show(lambda: P() @ P())
show(lambda: P() < Q())
show(lambda: P() >= 1)
show(lambda: -P())
show(lambda: ~P())
def aug():
    x = P()
    x += 1
show(aug)
def aug2():
    x = P()
    x **= 2
show(aug2)
print(P() == P(), P() != Q())
