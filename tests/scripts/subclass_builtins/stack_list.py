# A Stack built on list: own methods plus everything list already does.
class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    def is_empty(self):
        return not self

s = Stack()
print(bool(s), len(s), s.is_empty())
for n in (3, 1, 2):
    s.push(n)
print(s, repr(s), str(s))
print(type(s).__name__, len(s), s.peek())
print([x * 10 for x in s])
print(2 in s, 9 in s, s[0], s[-1])
part = s[1:]
print(part, type(part).__name__)
both = s + [7]
print(both, type(both).__name__)
twice = s * 2
print(twice, type(twice).__name__)
print(s == [3, 1, 2], s == Stack([3, 1, 2]), s != [1])
print(list(reversed(s)))
s.sort()
print(s, type(s).__name__)
print(s.pop(), s, s.peek())
print(s.index(2), s.count(1))
while s:
    print('popped', s.pop())
print(bool(s), s.is_empty(), s)
try:
    s.peek()
except IndexError as e:
    print(type(e).__name__, str(e))
