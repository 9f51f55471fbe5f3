# f-strings with expressions.
name = 'World'
n = 42
print(f'Hello, {name}!')
print(f'{n} squared is {n * n}')
print(f'{n + 1}', f'{n - 1 = }')
print(f'{name.upper()} {name[::-1]} {len(name)}')
print(f'{[x * 2 for x in range(3)]}')
print(f"{'nested quotes'}")
print(f'{ {"a": 1}["a"] }')
print(f'{3 if n > 10 else 4}')
print(f'{{braces}} {n}')
print(f'{n!r} {name!r} {name!s} {"é"!a}')
items = {'apple': 3}
print(f"{items['apple']}")
print(f'{(lambda v: v * 10)(4)}')
print(F'upper F {n}')
print(f'''triple {n}
second line''')
print(f'{n}' f'{n}' 'plain')
print(rf'\n{n}')
print(f'{n:5}|{n:<5}|{n:^5}|{n:05}')
