"""Regular expressions: patterns that describe text, and the operations
that search for them (`search`, `match`, `fullmatch`, `findall`,
`finditer`), replace them (`sub`, `subn`) and split at them (`split`).

The matching is done by pyslot's engine (`_sre`, on the fancy-regex
library); this module gives it Python's interface: Pattern and Match
objects, group numbers and names, and replacement templates.
"""

import _sre

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L",
           "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
           "VERBOSE", "UNICODE", "NOFLAG"]

NOFLAG = 0
ASCII = A = 256
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
_FLAG_NAMES = [("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
               ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64)]


class error(Exception):
    """A pattern that is not a valid regular expression."""

    def __init__(self, msg, pattern=None, pos=None):
        super().__init__(msg)
        self.msg = msg
        self.pattern = pattern
        self.pos = pos


class Match:
    """The result of a successful match: the text each group matched, and
    where."""

    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        self.pos = pos
        self.endpos = endpos

    def _index(self, group):
        if isinstance(group, int) and 0 <= group < len(self._spans):
            return group
        if isinstance(group, str) and group in self.re.groupindex:
            return self.re.groupindex[group]
        raise IndexError("no such group")

    def group(self, *groups):
        """The text of a group (0, the whole match, by default); several
        groups give a tuple."""
        if not groups:
            groups = (0,)
        values = []
        for g in groups:
            span = self._spans[self._index(g)]
            values.append(None if span is None else self.string[span[0]:span[1]])
        return values[0] if len(values) == 1 else tuple(values)

    def __getitem__(self, group):
        return self.group(group)

    def groups(self, default=None):
        """The text of every group, from 1."""
        return tuple(default if s is None else self.string[s[0]:s[1]]
                     for s in self._spans[1:])

    def groupdict(self, default=None):
        """The text of every named group, by name."""
        out = {}
        for name, i in self.re.groupindex.items():
            s = self._spans[i]
            out[name] = default if s is None else self.string[s[0]:s[1]]
        return out

    def span(self, group=0):
        s = self._spans[self._index(group)]
        return (-1, -1) if s is None else s

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    @property
    def lastindex(self):
        """The group that closed last (the outermost of nested ones)."""
        best = None
        best_end = -1
        for i, s in enumerate(self._spans[1:], 1):
            if s is not None and s[1] > best_end:
                best, best_end = i, s[1]
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        for name, n in self.re.groupindex.items():
            if n == i:
                return name
        return None

    @property
    def regs(self):
        return tuple((-1, -1) if s is None else s for s in self._spans)

    def expand(self, template):
        """The template with \\1, \\g<name> replaced by this match's groups."""
        return "".join(_expand(_parse_template(template, self.re), self))

    def __bool__(self):
        return True

    def __repr__(self):
        return f"<re.Match object; span={self.span()!r}, match={self.group()!r}>"


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.flags = flags | (UNICODE if isinstance(pattern, str) and not flags & ASCII else 0)
        try:
            self._code = _sre.compile(pattern, flags)
        except ValueError as e:
            raise error(str(e).split("\n")[0], pattern) from None
        self.groups, self.groupindex = _sre.info(self._code)

    def _run(self, string, pos, endpos, mode):
        if not isinstance(string, str):
            raise TypeError(f"expected string or bytes-like object, got "
                            f"'{type(string).__name__}'")
        if endpos is None or endpos > len(string):
            endpos = len(string)
        if pos < 0:
            pos = 0
        spans = _sre.search(self._code, string, pos, endpos, mode)
        return None if spans is None else Match(self, string, spans, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        """The first place the pattern matches, or None."""
        return self._run(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        """A match at the start (pos), or None."""
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        """A match of the whole string (pos to endpos), or None."""
        return self._run(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        """Every non-overlapping match, left to right."""
        if endpos is None or endpos > len(string):
            endpos = len(string)
        last_empty_at = -1
        while pos <= endpos:
            m = self._run(string, pos, endpos, 0)
            if m is None:
                return
            start, end = m.span()
            if start == end and start == last_empty_at:
                # An empty match right where the previous empty one was:
                # step over a character.
                pos = start + 1
                last_empty_at = -1
                continue
            yield m
            # An empty match may follow a non-empty one at the same place,
            # but not another empty one (Python 3.7's rule).
            last_empty_at = end if start == end else -1
            pos = end

    def findall(self, string, pos=0, endpos=None):
        """Every match's text (or its groups' texts)."""
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) or "")
            else:
                out.append(m.groups(""))
        return out

    def subn(self, repl, string, count=0):
        """(string with matches replaced, number replaced)."""
        if callable(repl):
            make = repl
        else:
            pieces = _parse_template(repl, self)
            make = lambda m: "".join(_expand(pieces, m))
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            out.append(string[last:m.start()])
            out.append(make(m))
            last = m.end()
            n += 1
        out.append(string[last:])
        return "".join(out), n

    def sub(self, repl, string, count=0):
        """string with the matches replaced by repl (a template or a function)."""
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        """string split at the matches (with the groups' texts between)."""
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(string[last:])
        return out

    def __repr__(self):
        flags = self.flags & ~UNICODE if isinstance(self.pattern, str) else self.flags
        text = f"re.compile({self.pattern!r}"
        names = [name for name, bit in _FLAG_NAMES if flags & bit]
        if names:
            text += ", re." + "|re.".join(names)
        return text + ")"

    def __eq__(self, other):
        return isinstance(other, Pattern) and (self.pattern, self.flags) == \
            (other.pattern, other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "b": "\b",
            "\\": "\\"}


def _parse_template(template, pattern):
    """A replacement template as literal strings and group numbers."""
    pieces = []
    literal = []
    i = 0
    while i < len(template):
        c = template[i]
        if c != "\\" or i + 1 >= len(template):
            if c == "\\":
                raise error("bad escape (end of pattern)", template, i)
            literal.append(c)
            i += 1
            continue
        n = template[i + 1]
        if n == "g":
            end = template.find(">", i)
            if template[i + 2:i + 3] != "<" or end < 0:
                raise error("missing <", template, i + 2)
            name = template[i + 3:end]
            if name.isdigit():
                group = int(name)
            elif name in pattern.groupindex:
                group = pattern.groupindex[name]
            else:
                raise IndexError(f"unknown group name '{name}'")
            if group > pattern.groups:
                raise error(f"invalid group reference {group}", template, i + 3)
            pieces.append("".join(literal))
            literal = []
            pieces.append(group)
            i = end + 1
        elif n.isdigit():
            j = i + 1
            while j < len(template) and j < i + 3 and template[j].isdigit():
                j += 1
            group = int(template[i + 1:j])
            if group > pattern.groups:
                raise error(f"invalid group reference {group}", template, i + 1)
            pieces.append("".join(literal))
            literal = []
            pieces.append(group)
            i = j
        elif n in _ESCAPES:
            literal.append(_ESCAPES[n])
            i += 2
        elif n.isalpha():
            raise error(f"bad escape \\{n}", template, i)
        else:
            literal.append("\\" + n)
            i += 2
    pieces.append("".join(literal))
    return pieces


def _expand(pieces, m):
    for p in pieces:
        if isinstance(p, int):
            yield m.group(p) or ""
        else:
            yield p


_cache = {}


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, str):
        raise TypeError("first argument must be string or compiled pattern")
    key = (pattern, flags)
    compiled = _cache.get(key)
    if compiled is None:
        if len(_cache) >= 512:
            _cache.clear()
        compiled = _cache[key] = Pattern(pattern, flags)
    return compiled


def compile(pattern, flags=0):
    """A Pattern object for the regular expression."""
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    """Forget the compiled patterns kept for reuse."""
    _cache.clear()


_SPECIAL = set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """The text with every character that means something in a pattern escaped."""
    return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
