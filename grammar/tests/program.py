#!/usr/bin/env python3
"""A small but realistic program: an inventory with a tiny query language."""

from __future__ import annotations
import sys, os.path as osp
from collections import defaultdict, namedtuple
from typing import (
    Iterable,
    Optional,
)

Item = namedtuple("Item", ["name", "price", "qty"])
DEFAULT_PRICE: float = 1.0
_registry = {}


def register(kind):
    """Decorator registering a handler."""
    def deco(fn):
        _registry[kind] = fn
        return fn
    return deco


class InventoryError(Exception):
    pass


class Inventory:
    """Keeps items; supports queries."""

    count = 0

    def __init__(self, items: Iterable[Item] = (), *, strict=False, **opts):
        self.items = {i.name: i for i in items}
        self.strict = strict
        self.opts = opts
        Inventory.count += 1

    def __repr__(self):
        return f"Inventory({len(self.items)} items, strict={self.strict!r})"

    def __getitem__(self, name):
        try:
            return self.items[name]
        except KeyError as e:
            raise InventoryError(f"no item {name!r}") from e
        finally:
            pass

    def total(self) -> float:
        return sum(i.price * i.qty for i in self.items.values())

    def cheapest(self, n=1):
        return sorted(self.items.values(), key=lambda i: (i.price, i.name))[:n]

    def by_price(self):
        groups = defaultdict(list)
        for item in self.items.values():
            bucket = int(item.price // 10) * 10
            groups[bucket].append(item)
        return {k: [i.name for i in v] for k, v in sorted(groups.items())}

    def walk(self):
        for name, item in self.items.items():
            if item.qty <= 0:
                continue
            elif item.qty > 100:
                yield name, "bulk"
            else:
                yield name, "normal"
        else:
            return

    @property
    def names(self):
        return [*self.items]

    @staticmethod
    def parse(line: str) -> Optional[Item]:
        parts = line.split(",")
        if len(parts) != 3:
            return None
        name, price, qty = (p.strip() for p in parts)
        return Item(name, float(price), int(qty, base=10))


@register("add")
def add(inv, *args):
    global DEFAULT_PRICE
    name, *rest = args
    price = float(rest[0]) if rest else DEFAULT_PRICE
    inv.items[name] = Item(name, price, 1)
    assert name in inv.items, "item missing"


def counter():
    n = 0

    def inc(step=1, /):
        nonlocal n
        n += step
        return n

    return inc


def main(argv=None):
    argv = argv if argv is not None else sys.argv[1:]
    inv = Inventory([Item("apple", 0.5, 10), Item("pear", 0.75, 0)], strict=True)
    lines = [l for l in argv if l and not l.startswith("#")]
    for line in lines:
        if (item := Inventory.parse(line)) is not None:
            inv.items[item.name] = item
    width = 12
    print(f"{'name':<{width}}|{'price':>8}")
    for name, kind in inv.walk():
        print(f"{name:<{width}}|{inv[name].price:>8.2f} {kind=}")
    matrix = [[i * j for j in range(3)] for i in range(3)]
    flat = [x for row in matrix for x in row if x % 2 == 0]
    print(flat[::2], matrix[1][1:], -2 ** 2, not flat, 1 < 2 <= 3)
    with open(osp.devnull, "w") as f, open(osp.devnull) as g:
        f.write("%d items\n" % len(inv.items))
    while True:
        break
    data = b"\x00\x01" b"rest"
    mask = 0xFF & ~0b1010 | 0o7 ^ 1 << 2 >> 1
    del data, mask
    return 0 if inv.total() > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
