# if / elif / else chains.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
for n in (-5, 0, 3, 50):
    print(n, classify(n))
if []:
    print('empty list is true?')
else:
    print('empty list is false')
if 'x':
    print('non-empty string is true')
if 0.0:
    print('no')
elif None:
    print('no')
else:
    print('0.0 and None are false')
x = 5
if x > 1:
    if x > 3:
        print('x > 3')
    else:
        print('1 < x <= 3')
