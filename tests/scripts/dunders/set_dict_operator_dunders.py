# Sets and dicts answer their operator dunders.
print({1}.__or__({2}), {1, 2}.__and__({2}), {1, 2}.__sub__({1}), {1}.__xor__({2}), {1}.__or__(1), frozenset([1]).__or__({3}))
print({1: 2}.__or__({3: 4}), {1: 2}.__or__(5), {1: 2}.__len__())
