# A finite-domain constraint solver: Variable objects, a Constraint base class
# with binary/global subclasses that override revise()/check() and call up
# through super(), arc-consistency propagation with a work queue, a trail for
# undoing domain changes, and backtracking search with a smallest-domain
# heuristic.  Solves N-queens (counting all solutions), generated sudokus and
# a cryptarithm.
import random

SIZE = 2


class Variable:
    def __init__(self, name, values):
        self.name = name
        self.domain = list(values)
        self.constraints = []

    def is_bound(self):
        return len(self.domain) == 1

    def value(self):
        return self.domain[0]

    def __repr__(self):
        return f"Variable({self.name!r}, {self.domain})"


class Constraint:
    def __init__(self, *variables):
        self.variables = list(variables)
        for v in variables:
            v.constraints.append(self)

    def revise(self, solver, var):
        """Drop unsupported values of var; False when the domain empties."""
        keep = [x for x in var.domain if self.supported(var, x)]
        if len(keep) != len(var.domain):
            solver.set_domain(var, keep)
        return bool(keep)

    def supported(self, var, x):
        return True

    def satisfied(self, assignment):
        return True


class Binary(Constraint):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.a = a
        self.b = b

    def other(self, var):
        return self.b if var is self.a else self.a

    def supported(self, var, x):
        other = self.other(var)
        if var is self.a:
            for y in other.domain:
                if self.check(x, y):
                    return True
        else:
            for y in other.domain:
                if self.check(y, x):
                    return True
        return False

    def satisfied(self, assignment):
        return self.check(assignment[self.a.name], assignment[self.b.name])

    def check(self, x, y):
        raise NotImplementedError


class NotEqual(Binary):
    def check(self, x, y):
        return x != y

    def revise(self, solver, var):
        # only a bound neighbour can remove anything
        other = self.other(var)
        if other.is_bound():
            return super().revise(solver, var)
        return True


class NotOffset(NotEqual):
    """a - b is neither +k nor -k (queens on diagonals)."""

    def __init__(self, a, b, k):
        super().__init__(a, b)
        self.k = k

    def check(self, x, y):
        d = x - y
        return d != self.k and d != -self.k and super().check(x, y)


class LessThan(Binary):
    def check(self, x, y):
        return x < y

    def revise(self, solver, var):
        if not var.domain:
            return False
        if var is self.a:
            hi = max(self.b.domain)
            keep = [x for x in var.domain if x < hi]
        else:
            lo = min(self.a.domain)
            keep = [y for y in var.domain if y > lo]
        if len(keep) != len(var.domain):
            solver.set_domain(var, keep)
        return bool(keep)


class AllDifferent(Constraint):
    def revise(self, solver, var):
        taken = set()
        for v in self.variables:
            if v is not var and len(v.domain) == 1:
                taken.add(v.domain[0])
        if not taken:
            return True
        keep = [x for x in var.domain if x not in taken]
        if len(keep) != len(var.domain):
            solver.set_domain(var, keep)
        return bool(keep)

    def satisfied(self, assignment):
        vals = [assignment[v.name] for v in self.variables]
        return len(set(vals)) == len(vals)


class Linear(Constraint):
    """sum(coef * var) == total, with bounds propagation."""

    def __init__(self, terms, total):
        super().__init__(*[v for _, v in terms])
        self.terms = terms
        self.total = total

    def bounds_without(self, var):
        lo = hi = 0
        for c, v in self.terms:
            if v is var:
                continue
            a = c * v.domain[0]
            b = c * v.domain[-1]
            if a > b:
                a, b = b, a
            lo += a
            hi += b
        return lo, hi

    def supported(self, var, x):
        lo, hi = self.bounds_without(var)
        coef = 0
        for c, v in self.terms:
            if v is var:
                coef += c
        need = self.total - coef * x
        return lo <= need <= hi

    def satisfied(self, assignment):
        return sum(c * assignment[v.name] for c, v in self.terms) == self.total


class Solver:
    def __init__(self, variables, constraints):
        self.variables = variables
        self.constraints = constraints
        self.trail = []
        self.nodes = 0
        self.revisions = 0

    def set_domain(self, var, values):
        self.trail.append((var, var.domain))
        var.domain = values

    def undo(self, mark):
        trail = self.trail
        while len(trail) > mark:
            var, dom = trail.pop()
            var.domain = dom

    def propagate(self, queue):
        pending = set(id(c) for c in queue)
        while queue:
            con = queue.pop()
            pending.discard(id(con))
            for var in con.variables:
                before = len(var.domain)
                self.revisions += 1
                if not con.revise(self, var):
                    return False
                if len(var.domain) != before:
                    for other in var.constraints:
                        if other is not con and id(other) not in pending:
                            pending.add(id(other))
                            queue.append(other)
        return True

    def choose(self):
        best = None
        for v in self.variables:
            n = len(v.domain)
            if n > 1 and (best is None or n < len(best.domain)):
                best = v
                if n == 2:
                    break
        return best

    def solutions(self):
        if not self.propagate(list(self.constraints)):
            return
        yield from self.search()

    def search(self):
        self.nodes += 1
        var = self.choose()
        if var is None:
            yield {v.name: v.value() for v in self.variables}
            return
        for x in list(var.domain):
            mark = len(self.trail)
            self.set_domain(var, [x])
            if self.propagate(list(var.constraints)):
                yield from self.search()
            self.undo(mark)


def queens(n):
    cols = [Variable(f"q{i}", range(n)) for i in range(n)]
    cons = []
    for i in range(n):
        for j in range(i + 1, n):
            cons.append(NotOffset(cols[i], cols[j], j - i))
    return cols, cons


def sudoku(rng, blanks):
    base = [[(r * 3 + r // 3 + c) % 9 + 1 for c in range(9)] for r in range(9)]
    perm = list(range(1, 10))
    rng.shuffle(perm)
    rows = [3 * b + i for b in rng.sample(range(3), 3) for i in rng.sample(range(3), 3)]
    cols = [3 * b + i for b in rng.sample(range(3), 3) for i in rng.sample(range(3), 3)]
    grid = [[perm[base[r][c] - 1] for c in cols] for r in rows]
    cells = [(r, c) for r in range(9) for c in range(9)]
    hidden = set(rng.sample(cells, blanks))
    vars_ = {}
    for r, c in cells:
        dom = range(1, 10) if (r, c) in hidden else [grid[r][c]]
        vars_[r, c] = Variable(f"c{r}{c}", dom)
    groups = [[(r, c) for c in range(9)] for r in range(9)]
    groups += [[(r, c) for r in range(9)] for c in range(9)]
    groups += [[(br + i, bc + j) for i in range(3) for j in range(3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    cons = [AllDifferent(*[vars_[p] for p in g]) for g in groups]
    return list(vars_.values()), cons


def cryptarithm():
    letters = "SENDMORY"
    v = {ch: Variable(ch, range(10)) for ch in letters}
    v["S"].domain = list(range(1, 10))
    v["M"].domain = list(range(1, 10))

    def word(w):
        return [(10 ** (len(w) - 1 - i), v[ch]) for i, ch in enumerate(w)]

    terms = word("SEND") + word("MORE") + [(-c, x) for c, x in word("MONEY")]
    cons = [Linear(terms, 0), AllDifferent(*v.values()), LessThan(v["M"], v["S"])]
    return list(v.values()), cons


check = 0
stats = []
for n in (8, 9):
    for _ in range(SIZE):
        vs, cs = queens(n)
        s = Solver(vs, cs)
        count = 0
        for sol in s.solutions():
            count += 1
            check = (check * 31 + sum(i * sol[f"q{i}"] for i in range(n))) % 1000000007
        stats.append((n, count, s.nodes))

rng = random.Random(2024)
for k in range(40 * SIZE):
    vs, cs = sudoku(rng, 56 + k % 10)
    s = Solver(vs, cs)
    first = next(s.solutions())
    assert all(c.satisfied(first) for c in cs)
    check = (check * 31 + sum(first[v.name] * (i + 1) for i, v in enumerate(vs)) + s.nodes) % 1000000007

vs, cs = cryptarithm()
s = Solver(vs, cs)
sols = list(s.solutions())
for sol in sols:
    assert all(c.satisfied(sol) for c in cs)
    check = (check * 31 + sum(sol[ch] for ch in "SENDMORY")) % 1000000007
print(stats, len(sols), sorted(sols[0].items()) if sols else None)
print(check)
