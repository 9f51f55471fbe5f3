from fractions import Fraction

x = Fraction(3, 4)
print(x == Fraction(6, 8), x == 0.75, x == 0.7, Fraction(2) == 2, Fraction(2, 3) == 2, x != 1)
print(x < 1, x > 0.5, x <= Fraction(3, 4), x >= 1, x < float('inf'), x > float('-inf'), x < float('nan'), x == float('nan'))
print(1 < x, 0.5 < x, Fraction(1, 3) < Fraction(1, 2), sorted([Fraction(1, 2), 0.25, 1, Fraction(-1, 3)]))
print(x == 0.75 + 0j, x == complex(0.75, 1))
for v in [Fraction(3, 4), Fraction(2), Fraction(-1), Fraction(1, 3), Fraction(-5, 7), Fraction(2**80, 3), Fraction(1, 2**61 - 1), Fraction(0)]:
    print(v, hash(v))
print(hash(Fraction(3, 4)) == hash(0.75), hash(Fraction(5)) == hash(5), hash(Fraction(-1)) == hash(-1))
print({Fraction(1, 2): 'a', Fraction(2, 4): 'b', Fraction(2): 'c'})
print(len({Fraction(1, 2), Fraction(2, 4), Fraction(1, 3)}), Fraction(1, 2) in {0.5}, Fraction(2) in {2: 0})
print(max(Fraction(1, 3), 0.3), min(Fraction(1, 3), Fraction(2, 7)))
# Keys equal across types: the Fraction's __eq__ decides either way round.
print({Fraction(1, 2): 'a', 0.5: 'b', Fraction(2): 'c', 2: 'd'})
print(len({Fraction(1, 2), 0.5, Fraction(2, 4)}), 0.5 in {Fraction(1, 2)}, 0.5 in {Fraction(1, 2): 1}, {Fraction(1, 2): 3}.get(0.5))
s = {Fraction(1, 2), 3}
s.discard(0.5)
d = {Fraction(1, 2): 1}
del d[0.5]
print(s, d, {1, 2} | {Fraction(1)}, {Fraction(1)} | {1, 2})
