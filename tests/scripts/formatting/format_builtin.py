# The format() builtin.
print(format(42))
print(format(42, 'd'), format(42, '5d'), format(42, '<5') + '|')
print(format('abc', '>6'), format('abc', '^7') + '|')
print(format(3.5, '.3f'), format(3.5, 'e'))
print(format(0.1, '.20f'))
print(format(1e100, '.2e'))
print(format(-7, 'b'), format(-7, '#x'))
print(format(True), format(None), format([1, 2]))
print(format(123456789, ',').split(','))
try:
    format('abc', 'd')
except ValueError as e:
    print(e)
try:
    format(3.5, 'd')
except ValueError as e:
    print(e)
try:
    format(5, 's')
except ValueError as e:
    print(e)
