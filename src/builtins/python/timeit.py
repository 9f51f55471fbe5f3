"""Timing small pieces of code: `timeit(stmt, setup, number=1000000)` runs
`stmt` `number` times (after `setup` once) and returns the seconds taken;
`repeat` does that several times, so the smallest can be taken."""

import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5


def _callable_of(code, name, namespace):
    if callable(code):
        return code
    if not isinstance(code, str):
        raise ValueError(f"{name} is neither a string nor callable")
    compile(code, "<timeit-src>", "exec")
    return code


class Timer:
    """Times a statement (a string of code or a callable)."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        self._globals = {} if globals is None else globals
        self._stmt = _callable_of(stmt, "stmt", self._globals)
        self._setup = _callable_of(setup, "setup", self._globals)

    def timeit(self, number=default_number):
        """Seconds taken by `number` runs of the statement."""
        namespace = dict(self._globals)
        if callable(self._setup):
            self._setup()
        else:
            exec(self._setup, namespace)
        if callable(self._stmt):
            stmt = self._stmt
            start = self.timer()
            for _ in range(number):
                stmt()
            return self.timer() - start
        code = compile("def _timeit_inner(_number, _timer):\n"
                       "    _t0 = _timer()\n"
                       "    for _i in range(_number):\n"
                       + "".join("        " + line + "\n"
                                 for line in self._stmt.split("\n"))
                       + "    return _timer() - _t0\n", "<timeit-src>", "exec")
        exec(code, namespace)
        return namespace["_timeit_inner"](number, self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` timings of `number` runs each."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """A number of runs taking at least 0.2 s, and their time."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return number, taken
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number,
           globals=None):
    """Seconds taken by `number` runs of stmt."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """`repeat` timings of `number` runs of stmt."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
