# Lesson: a singly linked list with __iter__, __len__, __getitem__, __repr__.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class NodeIter:
    def __init__(self, node):
        self.node = node
    def __iter__(self):
        return self
    def __next__(self):
        if self.node is None:
            raise StopIteration
        value = self.node.value
        self.node = self.node.next
        return value

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self._len += 1

    def pop(self):
        if self.head is None:
            raise IndexError('pop from empty list')
        node = self.head
        self.head = node.next
        self._len -= 1
        return node.value
    def __len__(self):
        return self._len

    def __iter__(self):
        return NodeIter(self.head)

    def __contains__(self, v):
        return any(x == v for x in self)

    def __repr__(self):
        return 'LinkedList([' + ', '.join(repr(v) for v in self) + '])'

ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll))
print(list(ll), sum(ll), 3 in ll, 9 in ll)
print(ll.pop(), len(ll), bool(ll))
empty = LinkedList()
print(bool(empty), len(empty), list(empty))
try:
    empty.pop()
except IndexError as e:
    print('IndexError:', e)
print([v * 10 for v in ll])
