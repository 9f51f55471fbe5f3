"""Pretty-printing: `pprint(obj)` prints a nested structure across lines,
one item a line where the whole does not fit in `width` columns, with
dict keys sorted (unless sort_dicts=False), as CPython's pprint does."""

import sys

__all__ = ["pprint", "pformat", "pp", "PrettyPrinter", "isreadable", "isrecursive", "saferepr"]


def _key(item):
    try:
        return (0, item)
    except TypeError:
        return (1, str(type(item)), id(item))


def _sorted(items):
    try:
        return sorted(items)
    except TypeError:
        return sorted(items, key=lambda x: (str(type(x)), repr(x)))


class PrettyPrinter:
    """Formats objects; the module's functions make one per call."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._indent = indent
        self._width = width
        self._depth = depth
        self._stream = stream
        self._sort_dicts = sort_dicts

    def pprint(self, obj):
        stream = self._stream if self._stream is not None else sys.stdout
        stream.write(self.pformat(obj) + "\n")

    def pformat(self, obj):
        out = []
        self._format(obj, out, 0, 0, set(), 0)
        return "".join(out)

    def _repr(self, obj, context, level):
        if isinstance(obj, dict) and obj:
            if self._depth is not None and level >= self._depth:
                return "{...}"
            if id(obj) in context:
                return f"<Recursion on dict with id={id(obj)}>"
            context.add(id(obj))
            items = _sorted(obj.items()) if self._sort_dicts else obj.items()
            inner = ", ".join(f"{self._repr(k, context, level + 1)}: "
                              f"{self._repr(v, context, level + 1)}" for k, v in items)
            context.discard(id(obj))
            return "{" + inner + "}"
        if isinstance(obj, (list, tuple)) and obj:
            kind = "list" if isinstance(obj, list) else "tuple"
            if self._depth is not None and level >= self._depth:
                return "[...]" if kind == "list" else "(...)"
            if id(obj) in context:
                return f"<Recursion on {kind} with id={id(obj)}>"
            context.add(id(obj))
            inner = ", ".join(self._repr(v, context, level + 1) for v in obj)
            context.discard(id(obj))
            if kind == "list":
                return "[" + inner + "]"
            return "(" + inner + ("," if len(obj) == 1 else "") + ")"
        return repr(obj)

    def _format(self, obj, out, indent, allowance, context, level):
        rep = self._repr(obj, context, level)
        max_width = self._width - indent - allowance
        if len(rep) <= max_width or id(obj) in context:
            out.append(rep)
            return
        if isinstance(obj, dict) and type(obj).__repr__ is dict.__repr__:
            context.add(id(obj))
            out.append("{")
            if self._indent > 1:
                out.append(" " * (self._indent - 1))
            items = _sorted(obj.items()) if self._sort_dicts else list(obj.items())
            self._format_dict_items(items, out, indent, allowance + 1, context, level + 1)
            out.append("}")
            context.discard(id(obj))
            return
        if isinstance(obj, (list, tuple, set, frozenset)) and \
                type(obj).__repr__ in (list.__repr__, tuple.__repr__, set.__repr__,
                                       frozenset.__repr__):
            context.add(id(obj))
            if isinstance(obj, list):
                start, end, items = "[", "]", list(obj)
            elif isinstance(obj, tuple):
                start, end, items = "(", ",)" if len(obj) == 1 else ")", list(obj)
            elif isinstance(obj, frozenset):
                start, end, items = "frozenset({", "})", _sorted(obj)
                indent += len("frozenset(")
            else:
                start, end, items = "{", "}", _sorted(obj)
            out.append(start)
            self._format_items(items, out, indent, allowance + len(end), context, level + 1)
            out.append(end)
            context.discard(id(obj))
            return
        out.append(rep)

    def _format_dict_items(self, items, out, indent, allowance, context, level):
        indent += self._indent
        delimnl = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            out.append(rep)
            out.append(": ")
            self._format(ent, out, indent + len(rep) + 2, allowance if last else 1,
                         context, level)
            if not last:
                out.append(delimnl)

    def _format_items(self, items, out, indent, allowance, context, level):
        indent += self._indent
        if self._indent > 1:
            out.append(" " * (self._indent - 1))
        delimnl = ",\n" + " " * indent
        for i, ent in enumerate(items):
            last = i == len(items) - 1
            if i:
                out.append(delimnl)
            self._format(ent, out, indent, allowance if last else 1, context, level)

    def isrecursive(self, obj):
        return _recursive(obj, set())

    def isreadable(self, obj):
        return not _recursive(obj, set()) and _readable(obj)


def _recursive(obj, seen):
    if isinstance(obj, (list, tuple, dict, set, frozenset)):
        if id(obj) in seen:
            return True
        seen.add(id(obj))
        values = obj.values() if isinstance(obj, dict) else obj
        found = any(_recursive(v, seen) for v in values)
        seen.discard(id(obj))
        return found
    return False


def _readable(obj):
    if isinstance(obj, (int, float, complex, str, bytes, bool, type(None))):
        return True
    if isinstance(obj, dict):
        return all(_readable(k) and _readable(v) for k, v in obj.items())
    if isinstance(obj, (list, tuple, set, frozenset)):
        return all(_readable(v) for v in obj)
    return False


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Print object, laid out across lines when it does not fit in width."""
    PrettyPrinter(indent=indent, width=width, depth=depth, stream=stream, compact=compact,
                  sort_dicts=sort_dicts).pprint(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint, keeping dicts in their own order."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The text pprint would print."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts).pformat(object)


def saferepr(object):
    return PrettyPrinter()._repr(object, set(), 0)


def isreadable(object):
    return PrettyPrinter().isreadable(object)


def isrecursive(object):
    return PrettyPrinter().isrecursive(object)
