# pprint: nested structures laid out as CPython's pprint lays them out.
import pprint
d = {'name': 'pyslot', 'langs': ['rust', 'python', 'c'] * 4, 'nested': {'a': list(range(30)), 'b': {'x': 1, 'y': [1, 2, {'deep': 'value' * 5}]}}, 'short': (1, 2)}
pprint.pprint(d)
pprint.pprint(list(range(40)))
pprint.pprint({'b': 1, 'a': 2})
pprint.pprint(d, width=40, sort_dicts=False)
print(pprint.pformat([[1,2,3],[4,5,6]], width=10))
pprint.pprint(['x' * 30, 'y' * 30, 'z' * 30])
pprint.pprint({3, 1, 2}), pprint.pprint(set(range(30)), width=20), pprint.pprint((1,))
pprint.pprint(tuple(range(25)), width=30)
pprint.pprint(frozenset(range(12)), width=20)
pprint.pprint({'k': (1, ('a' * 40, 'b' * 40))})
pprint.pprint(d, depth=2)
pprint.pprint([{'id': i, 'tags': ['t'] * i} for i in range(4)], width=30, indent=2)
cyc = [1, 2]
cyc.append(cyc)
print(pprint.isrecursive(cyc), pprint.isreadable([1, {'a': 2}]), pprint.saferepr({'b': 1, 'a': [2]}))
pprint.pp({'b': 1, 'a': 2})
