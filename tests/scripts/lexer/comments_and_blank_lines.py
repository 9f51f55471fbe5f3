# A comment at the top
   # an indented comment is fine

print('start')   # trailing comment
# print('never')

def f():
    # comment in body
    x = 1

    # blank lines and comments between statements

    return x
print(f())
if True:
        # weird indentation comment
    print('inside')
s = '# not a comment'
print(s)
print("#", '#' * 3)
x = 1; y = 2; print(x + y)
if x: print('one-line if')
while False: pass
for i in range(2): print(i)
