# and/or return operand values and short-circuit.
print(1 and 2)
print(0 and 2)
print(1 or 2)
print(0 or 2)
print(None or 'default')
print('' or [] or {} or 'last')
print('a' and 'b' and 'c')
print([] and 1/0)
print(1 or 1/0)
print(not 0, not 1, not '', not 'x', not None, not [])
def side(v):
    print('called', v)
    return v
print(side(0) and side(1))
print(side(1) and side(2))
print(side(0) or side(0) or side(3))
print(side(5) or side(6))
x = 0
result = x != 0 and 10 / x > 1
print(result)
print(not (1 and 0))
print((1 and 0) or (2 and 3))
