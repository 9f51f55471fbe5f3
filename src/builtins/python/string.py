"""Constants of character classes, `capwords`, and `Template`: strings
with `$name` placeholders filled in from a mapping."""

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split `s` into words, capitalize each, and join them with `sep`
    (a single space when `sep` is None)."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


def _is_identifier_start(ch):
    return ch == "_" or ("a" <= ch.lower() <= "z")


def _is_identifier_char(ch):
    return _is_identifier_start(ch) or ch in digits


class Template:
    """A string with `$name` or `${name}` placeholders; `$$` is a dollar."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _line_and_column(self, index):
        """The 1-based line and column of the `$` at `index`."""
        lines = self.template[:index + 1].splitlines(True)
        return len(lines), index + 1 - len("".join(lines[:-1]))

    def _pieces(self):
        """The template cut into ("text", str), ("name", name) and
        ("invalid", index) pieces, left to right."""
        text = self.template
        pieces = []
        plain_start = 0
        i = 0
        n = len(text)
        while i < n:
            if text[i] != "$":
                i += 1
                continue
            if i > plain_start:
                pieces.append(("text", text[plain_start:i]))
            nxt = text[i + 1:i + 2]
            if nxt == "$":
                pieces.append(("text", "$"))
                i += 2
            elif nxt == "{":
                end = i + 2
                while end < n and _is_identifier_char(text[end]):
                    end += 1
                name = text[i + 2:end]
                if name and _is_identifier_start(name[0]) and text[end:end + 1] == "}":
                    pieces.append(("name", name, text[i:end + 1]))
                    i = end + 1
                else:
                    pieces.append(("invalid", i))
                    i += 1
            elif nxt and _is_identifier_start(nxt):
                end = i + 1
                while end < n and _is_identifier_char(text[end]):
                    end += 1
                pieces.append(("name", text[i + 1:end], text[i:end]))
                i = end
            else:
                pieces.append(("invalid", i))
                i += 1
            plain_start = i
        if plain_start < n:
            pieces.append(("text", text[plain_start:]))
        return pieces

    def _mapping(self, mapping, kws):
        if mapping is None:
            return kws
        if kws:
            merged = dict(mapping)
            merged.update(kws)
            return merged
        return mapping

    def substitute(self, mapping=None, /, **kws):
        """Fill in every placeholder; a missing name raises KeyError, a
        stray `$` raises ValueError."""
        values = self._mapping(mapping, kws)
        out = []
        for piece in self._pieces():
            if piece[0] == "text":
                out.append(piece[1])
            elif piece[0] == "name":
                out.append(str(values[piece[1]]))
            else:
                line, col = self._line_and_column(piece[1])
                raise ValueError(
                    "Invalid placeholder in string: line %d, col %d" % (line, col))
        return "".join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        """Like `substitute`, but leave missing names and stray `$` as
        they are."""
        values = self._mapping(mapping, kws)
        out = []
        for piece in self._pieces():
            if piece[0] == "text":
                out.append(piece[1])
            elif piece[0] == "name":
                try:
                    out.append(str(values[piece[1]]))
                except KeyError:
                    out.append(piece[2])
            else:
                out.append("$")
        return "".join(out)

    def is_valid(self):
        """True when the template has no stray `$`."""
        return all(piece[0] != "invalid" for piece in self._pieces())

    def get_identifiers(self):
        """The placeholder names, each once, in order of appearance."""
        names = []
        for piece in self._pieces():
            if piece[0] == "name" and piece[1] not in names:
                names.append(piece[1])
        return names


class Formatter:
    """`str.format`'s engine as a class; `format` and `vformat` only."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
