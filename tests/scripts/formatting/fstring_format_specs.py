# f-strings with format specs, nested specs and = debugging.
x = 3.14159
w, p = 10, 3
print(f'{x:.2f}')
print(f'{x:{w}.{p}f}|')
print(f'{x:>{w}}|')
print(f'{x=}')
print(f'{x = :.1f}')
print(f'{w + p=}')
print(f'{"text"=}')
v = [1, 2]
print(f'{v=}')
print(f'{v!r:>12}|')
print(f'{1234567:,}')
print(f'{0.5:%}')
print(f'{255:#06x}')
print(f'{-42:+}')
s = 'left'
print(f'{s:*<10}|{s:*>10}|{s:*^10}|')
fmt = '>8'
print(f'{s:{fmt}}|')
print(f'{12:b} {12:o} {12:x}')
print(f'{1e-7:g} {1e-7:f} {1e-7:e}')
print(f"{'a' 'b'}")
