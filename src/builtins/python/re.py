"""Regular expressions: patterns that describe text, and the operations
that search for them (`search`, `match`, `fullmatch`, `findall`,
`finditer`), replace them (`sub`, `subn`) and split at them (`split`).

Patterns and subjects are both str or both bytes (bytearray also serves
as a subject). The pattern is read, checked and matched by pyslot's
engine (`_sre`, on the fancy-regex library), which also runs the loops of
`findall`, `finditer`, `sub` and `split`; this module gives it Python's
interface: flags, Pattern and Match objects, the cache of compiled
patterns, and `escape`.
"""

import enum
import _sre

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I",
           "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
           "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]


class RegexFlag(enum.IntFlag):
    """The flags that change how a pattern is read and matched."""
    NOFLAG = 0
    ASCII = A = 256         # \w, \d, \s, \b and case folding: ASCII only
    IGNORECASE = I = 2      # letters match either case
    LOCALE = L = 4          # (bytes patterns) as the locale says: here, ASCII
    UNICODE = U = 32        # the default for str patterns
    MULTILINE = M = 8       # ^ and $ at every line's start and end
    DOTALL = S = 16         # . matches a newline too
    VERBOSE = X = 64        # white space and # comments in the pattern are ignored
    TEMPLATE = T = 1        # (no effect)
    DEBUG = 128             # (accepted; nothing is printed)

    def __repr__(self):
        value = self._value_
        if value == 0:
            return "re.NOFLAG"
        names = []
        for name in ("ASCII", "IGNORECASE", "LOCALE", "UNICODE", "MULTILINE", "DOTALL",
                     "VERBOSE", "TEMPLATE", "DEBUG"):
            bit = RegexFlag[name]._value_
            if value & bit:
                names.append("re." + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return "|".join(names)

    __str__ = __repr__

    def __format__(self, spec):
        return format(str(self), spec) if spec == "" else format(int(self), spec)


NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    """A pattern (or replacement template) that is not a valid one.

    `msg` says what is wrong, `pattern` is the pattern, `pos` the index
    where the problem is, and `lineno`, `colno` the same as line and
    column."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = f"{msg} at position {pos}"
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = f"{msg} (line {self.lineno}, column {self.colno})"
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


class Match:
    """The result of a successful match: the text each group matched, and
    where. The texts are cut from the subject only when asked for."""

    __slots__ = ("re", "string", "pos", "endpos", "_spans")

    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans     # (start, end) of every group, flat; -1 if unset
        self.pos = pos
        self.endpos = endpos

    def _index(self, group):
        if isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        else:
            try:
                index = group.__index__()
            except (AttributeError, TypeError):
                index = -1
            if 0 <= index <= self.re.groups:
                return index
        raise IndexError("no such group")

    def _text(self, index, default=None):
        start = self._spans[2 * index]
        if start < 0:
            return default
        text = self.string[start:self._spans[2 * index + 1]]
        return bytes(text) if isinstance(text, bytearray) else text

    def group(self, *groups):
        """The text of a group (0, the whole match, by default); several
        groups give a tuple."""
        if not groups:
            spans = self._spans
            text = self.string[spans[0]:spans[1]]
            return bytes(text) if isinstance(text, bytearray) else text
        if len(groups) == 1:
            return self._text(self._index(groups[0]))
        return tuple(self._text(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._text(self._index(group))

    def groups(self, default=None):
        """The text of every group, from 1 (default for one that took no part)."""
        return tuple(self._text(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """The text of every named group, by name."""
        return {name: self._text(i, default) for name, i in self.re.groupindex.items()}

    def span(self, group=0):
        """(start, end) of a group; (-1, -1) if it took no part."""
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    @property
    def lastindex(self):
        """The group that closed last (the outermost of nested ones)."""
        best = None
        best_end = -1
        spans = self._spans
        for i in range(1, self.re.groups + 1):
            if spans[2 * i] >= 0 and spans[2 * i + 1] > best_end:
                best, best_end = i, spans[2 * i + 1]
        return best

    @property
    def lastgroup(self):
        """The name of the group that closed last (None if it has none)."""
        index = self.lastindex
        for name, i in self.re.groupindex.items():
            if i == index:
                return name
        return None

    @property
    def regs(self):
        spans = self._spans
        return tuple((spans[i], spans[i + 1]) for i in range(0, len(spans), 2))

    def expand(self, template):
        """The template with \\1, \\g<1> and \\g<name> replaced by this match's groups."""
        return _sre.expand(self.re._code, template, self.string, self._spans, error)

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        return f"<re.Match object; span={self.span()!r}, match={self.group()!r}>"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class Pattern:
    """A compiled regular expression."""

    __slots__ = ("pattern", "flags", "groups", "groupindex", "_code", "__weakref__")

    def __init__(self, pattern, flags):
        self.pattern = pattern
        self._code, self.groups, self.groupindex, self.flags = \
            _sre.compile(pattern, flags, error)

    def _window(self, string, pos, endpos):
        size = len(string)
        pos = min(max(pos, 0), size)
        endpos = size if endpos is None else min(max(endpos, 0), size)
        return pos, endpos

    def _run(self, string, pos, endpos, mode):
        spans = _sre.search(self._code, string, pos, endpos, mode)
        if spans is None:
            return None
        pos, endpos = self._window(string, pos, endpos)
        return Match(self, string, spans, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        """The first place the pattern matches (from pos to endpos), or None."""
        return self._run(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        """A match starting at pos, or None."""
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        """A match of the whole string (pos to endpos), or None."""
        return self._run(string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=None):
        """Every match's text, or (with groups) its groups' texts."""
        return _sre.findall(self._code, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        """A Match object for every non-overlapping match, left to right."""
        first = _sre.finditer(self._code, string, pos, endpos, 8, False)
        return self._matches(string, first, endpos, *self._window(string, pos, endpos))

    def _matches(self, string, batch, endpos_arg, pos, endpos):
        # The engine hands the matches over in batches, bigger each time.
        size = 8
        while True:
            spans_list, resume = batch
            for spans in spans_list:
                yield Match(self, string, spans, pos, endpos)
            if resume is None:
                return
            size = min(size * 4, 4096)
            resume_at, after_empty = resume
            batch = _sre.finditer(self._code, string, resume_at, endpos_arg, size, after_empty)

    def scanner(self, string, pos=0, endpos=None):
        """An object whose search() and match() go on where the last match ended."""
        return _Scanner(self, string, pos, endpos)

    def subn(self, repl, string, count=0):
        """(string with matches replaced by repl, number replaced); repl is a
        template (\\1, \\g<name>) or a function of the Match."""
        return _sre.subn(self._code, repl, string, count, (Match, self), error)

    def sub(self, repl, string, count=0):
        """string with the matches replaced by repl (a template or a function)."""
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        """string split at the matches (with the groups' texts between)."""
        return _sre.split(self._code, string, maxsplit)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~UNICODE
        text = f"re.compile({self.pattern!r:.200}"
        if flags:
            text += ", " + repr(RegexFlag(flags))
        return text + ")"

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _Scanner:
    """Successive matches of one pattern over one string (Pattern.scanner)."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._done = False

    def _next(self, mode):
        if self._done or self._pos > len(self._string):
            return None
        m = self.pattern._run(self._string, self._pos, self._endpos, mode)
        if m is None:
            self._done = True     # one failure ends the scan
            return None
        start, end = m.span()
        # After an empty match, the next one starts a character on.
        self._pos = end + 1 if start == end else end
        return m

    def match(self):
        return self._next(1)

    def search(self):
        return self._next(0)


class Scanner:
    """A simple tokenizer: `lexicon` is a list of (pattern, action) pairs;
    scan() matches them in turn at each position, and calls the action
    (if not None) with the scanner and the text."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = [(_compile(phrase, flags), action) for phrase, action in lexicon]

    def scan(self, string):
        result = []
        pos = 0
        while True:
            for pattern, action in self.lexicon:
                m = pattern.match(string, pos)
                if m is not None:
                    break
            else:
                break
            end = m.end()
            self.match = m
            if callable(action):
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            if end == pos:
                break
            pos = end
        return result, string[pos:]


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    """The compiled pattern, made once for each pattern and flags."""
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    compiled = _cache.get(key)
    if compiled is not None:
        return compiled
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    compiled = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]     # forget the oldest
    _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    """A Pattern object for the regular expression."""
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    """The first place the pattern matches in string, or None."""
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    """A match at the start of string, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """A match of all of string, or None."""
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    """Every match's text (or its groups' texts)."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """A Match object for every match."""
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the matches replaced by repl (a template or a function)."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """(string with the matches replaced, number replaced)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """string split at the pattern's matches."""
    return _compile(pattern, flags).split(string, maxsplit)


def template(pattern, flags=0):
    """A compiled pattern with the TEMPLATE flag (which changes nothing)."""
    return _compile(pattern, flags | TEMPLATE)


def purge():
    """Forget the compiled patterns kept for reuse."""
    _cache.clear()


_SPECIAL = {c: "\\" + c for c in "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """The text with every character that means something in a pattern
    backslash-escaped."""
    if isinstance(pattern, str):
        return "".join([_SPECIAL.get(c, c) for c in pattern])
    text = str(pattern, "latin-1")
    return "".join([_SPECIAL.get(c, c) for c in text]).encode("latin-1")
