# complex numbers: literals, the constructor (numbers and strings),
# arithmetic mixed with int and float, abs, equality, hashing, repr.
z = 1 + 2j
w = complex(3, -4)
print(z, w, 2j, -2j, complex(), complex("1+2j"), complex("-3.5j"), complex(1.5), complex("(2-1e3j)"))
print(z + w, z - w, z * w, z / w, z ** 2, 2 ** z if False else "", abs(w), -z, +z, z.conjugate())
print(z.real, z.imag, type(z).__name__, z == complex(1, 2), z != w, 1 + 0j == 1, hash(2 + 0j) == hash(2), bool(0j), bool(z))
print(z + 1, 1 + z, z * 2.5, 3 - z, 1 / (1 + 1j), (1 + 1j) ** 0.5, 1j ** 2, (0.5 + 0.5j) * 2)
print(repr(complex(1e20, 1)), complex(-0.0, -1), complex(float("inf"), float("nan")), [1j, 2 + 0j])
for bad in [lambda: z < w, lambda: complex("x"), lambda: 1 / 0j, lambda: complex("1", 2)]:
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print({z: "z"}[1 + 2j], isinstance(z, complex), sum([1j, 2j, 3]))
