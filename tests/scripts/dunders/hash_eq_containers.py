# Keys and elements with their own __eq__ and __hash__: every dict and set
# operation finds equal objects, not only the same object.
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __eq__(self, other):
        return isinstance(other, Card) and (self.rank, self.suit) == (other.rank, other.suit)

    def __hash__(self):
        return hash((self.rank, self.suit))

    def __repr__(self):
        return f"{self.rank}{self.suit}"


def show(s):
    return sorted(s, key=repr)


hand = {Card("A", "s"), Card("K", "h"), Card("A", "s")}
print(len(hand), show(hand))
print(Card("K", "h") in hand, Card("Q", "h") in hand)
other = {Card("K", "h"), Card("2", "c")}
print(show(hand | other), show(hand & other), show(hand - other), show(hand ^ other))
print(show(hand.union(other)), show(hand.intersection(other)))
print(show(hand.difference(other)), show(hand.symmetric_difference(other)))
print(hand == {Card("A", "s"), Card("K", "h")}, hand != {Card("A", "s")})
print({Card("A", "s")} <= hand, {Card("A", "s")} < hand, hand >= {Card("K", "h")})
print({Card("A", "s")}.issubset(hand), hand.issuperset([Card("K", "h")]))
print(hand.isdisjoint([Card("K", "h")]), hand.isdisjoint([Card("3", "d")]))
print(frozenset([Card("A", "s")]) == frozenset([Card("A", "s")]))
pile = set(hand)
pile.discard(Card("A", "s"))
pile.remove(Card("K", "h"))
print(pile)
try:
    pile.remove(Card("K", "h"))
except KeyError as e:
    print("KeyError:", e)
pile |= {Card("J", "d"), Card("J", "d")}
pile &= {Card("J", "d")}
print(pile)
pile -= {Card("J", "d")}
print(pile)

# (tuples of such objects are found by equality too)
pairs = {(Card("A", "s"), 1)}
print((Card("A", "s"), 1) in pairs)

counts = {Card("A", "s"): 1}
counts[Card("A", "s")] += 1
print(counts.get(Card("A", "s")), counts.setdefault(Card("A", "s"), 0), len(counts))
counts.setdefault(Card("2", "c"), 5)
counts.update({Card("2", "c"): 6})
counts.update([(Card("A", "s"), 10)])
print(counts)
print(counts == {Card("A", "s"): 10, Card("2", "c"): 6})
print(counts | {Card("A", "s"): 0})
print(counts.pop(Card("2", "c")), counts)
print(dict.fromkeys([Card("Q", "s"), Card("Q", "s")]))
print({Card("Q", "s"): 1, Card("Q", "s"): 2})
print({c: n for c, n in [(Card("Q", "s"), 1), (Card("Q", "s"), 2)]})
print(dict([(Card("Q", "s"), 1), (Card("Q", "s"), 3)]))
print({**{Card("Q", "s"): 1}, **{Card("Q", "s"): 4}})
del counts[Card("A", "s")]
print(counts)
