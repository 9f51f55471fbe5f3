# float() and int() conversions.
print(float('3.14'), float('  -2.5  '), float('1e3'), float('.5'), float('5.'))
print(float('1_000.5'))
print(float(7), float(-0), float(True))
print(float(10 ** 20))
print(int(3.9), int(-3.9), int(0.1), int(-0.1))
print(int(1e10))
print(int(123456789.987))
print(float('+1.5E-3'))
print(float(' 0 '))
print(float())
for bad in ['abc', '', '1.2.3', '1e', 'e5']:
    try:
        float(bad)
    except ValueError as e:
        print(e)
print(str(1.0), str(-2.50), str(1e-3))
print(float('0.1') + float('0.2'))
print(7.0 == 7, 7.1 == 7)
print((2.5).is_integer(), (2.0).is_integer())
