# Monte Carlo Go on a 9x9 board: Square objects with neighbour lists kept in
# a list-of-lists grid, flood-fill group/liberty search, captures, suicide and
# eye checks, simple ko, random playouts driven by a seeded random.Random,
# and a flat Monte Carlo player that picks each move by playout win rate.
import random

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2
KOMI = 6.5


def other(color):
    return WHITE if color == BLACK else BLACK


class Square:
    def __init__(self, board, row, col):
        self.board = board
        self.row = row
        self.col = col
        self.color = EMPTY
        self.neighbours = []

    def link(self):
        g = self.board.grid
        for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            r, c = self.row + dr, self.col + dc
            if 0 <= r < SIZE and 0 <= c < SIZE:
                self.neighbours.append(g[r][c])

    def is_eye(self, color):
        for n in self.neighbours:
            if n.color != color:
                return False
        return True


class Board:
    def __init__(self):
        self.grid = [[Square(self, r, c) for c in range(SIZE)] for r in range(SIZE)]
        self.squares = [sq for row in self.grid for sq in row]
        for sq in self.squares:
            sq.link()
        self.ko = None
        self.moves = 0
        self.captured = {BLACK: 0, WHITE: 0}

    def copy(self):
        b = Board()
        for sq, mine in zip(self.squares, b.squares):
            mine.color = sq.color
        b.ko = None if self.ko is None else b.grid[self.ko.row][self.ko.col]
        b.moves = self.moves
        return b

    def group(self, start):
        color = start.color
        stones = [start]
        seen = {id(start)}
        liberties = 0
        i = 0
        while i < len(stones):
            for n in stones[i].neighbours:
                if n.color == EMPTY:
                    liberties += 1
                elif n.color == color and id(n) not in seen:
                    seen.add(id(n))
                    stones.append(n)
            i += 1
        return stones, liberties

    def legal(self, sq, color):
        if sq.color != EMPTY or sq is self.ko:
            return False
        if sq.is_eye(color):
            return False
        for n in sq.neighbours:
            if n.color == EMPTY:
                return True
        # no empty neighbour: legal only if it captures or joins a living group
        sq.color = color
        try:
            for n in sq.neighbours:
                if n.color == color:
                    if self.group(n)[1] > 0:
                        return True
                elif self.group(n)[1] == 0:
                    return True
            return False
        finally:
            sq.color = EMPTY

    def play(self, sq, color):
        sq.color = color
        enemy = other(color)
        removed = []
        for n in sq.neighbours:
            if n.color == enemy:
                stones, libs = self.group(n)
                if libs == 0:
                    for s in stones:
                        s.color = EMPTY
                    removed.extend(stones)
        self.captured[color] += len(removed)
        self.ko = removed[0] if len(removed) == 1 else None
        self.moves += 1

    def empties(self):
        return [sq for sq in self.squares if sq.color == EMPTY]

    def score(self):
        """Area score: stones plus empty points surrounded by one colour."""
        black = white = 0
        for sq in self.squares:
            if sq.color == BLACK:
                black += 1
            elif sq.color == WHITE:
                white += 1
            else:
                near = {n.color for n in sq.neighbours if n.color != EMPTY}
                if near == {BLACK}:
                    black += 1
                elif near == {WHITE}:
                    white += 1
        return black - white - KOMI


class Player:
    def __init__(self, rng):
        self.rng = rng

    def choose(self, board, color):
        raise NotImplementedError


class RandomPlayer(Player):
    def choose(self, board, color):
        cand = board.empties()
        rng = self.rng
        while cand:
            i = rng.randrange(len(cand))
            sq = cand[i]
            if board.legal(sq, color):
                return sq
            cand[i] = cand[-1]
            cand.pop()
        return None


class MonteCarloPlayer(RandomPlayer):
    def __init__(self, rng, playouts, candidates):
        super().__init__(rng)
        self.playouts = playouts
        self.candidates = candidates

    def choose(self, board, color):
        options = []
        for _ in range(self.candidates):
            sq = super().choose(board, color)
            if sq is not None and sq not in options:
                options.append(sq)
        best, best_rate = None, -1.0
        for sq in options:
            wins = 0
            for _ in range(self.playouts):
                b = board.copy()
                b.play(b.grid[sq.row][sq.col], color)
                result = playout(b, other(color), RandomPlayer(self.rng))
                if (result > 0) == (color == BLACK):
                    wins += 1
            rate = wins / self.playouts
            if rate > best_rate:
                best, best_rate = sq, rate
        return best


def playout(board, color, player, limit=200):
    passes = 0
    while passes < 2 and board.moves < limit:
        sq = player.choose(board, color)
        if sq is None:
            passes += 1
        else:
            passes = 0
            board.play(sq, color)
        color = other(color)
    return board.score()


rng = random.Random(9)
results = []
black_wins = 0
for game in range(40):
    b = Board()
    s = playout(b, BLACK, RandomPlayer(rng))
    results.append(s)
    black_wins += s > 0
mc = MonteCarloPlayer(rng, 5, 4)
rnd = RandomPlayer(rng)
b = Board()
color = BLACK
moves = []
for turn in range(12):
    p = mc if color == BLACK else rnd
    sq = p.choose(b, color)
    if sq is None:
        break
    b.play(sq, color)
    moves.append((sq.row, sq.col))
    color = other(color)
final = playout(b, color, rnd)
print(black_wins, sum(results), moves[:6], final, b.captured)
print(sum(int(r * 2) * (i + 1) for i, r in enumerate(results)) + int(final * 2))
