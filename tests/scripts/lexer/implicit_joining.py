# Newlines inside brackets are ignored.
values = [
    1,
    2,
    3,
]
print(values)
d = {
    1: 'one',

    2: 'two',   # comment inside
}
print(d)
t = (
    'a',
    'b'
)
print(t)
print(
    'printed',
    'across',
    sep='-'
)
result = (1
          + 2
          * 3)
print(result)
s = {
  5,
    6,
      7}
print(sorted(s))
def g(
    a,
    b=2,
):
    return a + b
print(g(
    1,
))
