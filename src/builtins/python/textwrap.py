"""Wrapping and filling paragraphs of text, and adjusting indentation.

`TextWrapper` cuts the text into chunks (words, the spaces between them,
and the pieces of hyphenated words), then fills each line greedily with
as many chunks as fit in `width` columns.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_WHITESPACE = "\t\n\x0b\x0c\r "


def _is_word_char(ch):
    return ch.isalnum() or ch == "_"


def _is_letter(ch):
    """A word character that is not a digit."""
    return _is_word_char(ch) and not ch.isdecimal()


def _is_word_or_punct(ch):
    """What may come right before an em-dash: a word character or closing
    punctuation."""
    return _is_word_char(ch) or ch in "!\"'&.,?"


class TextWrapper:
    """Wrap paragraphs to lines of at most `width` columns."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -------------------------------------------------------- chunks

    def _munge_whitespace(self, text):
        """Expand tabs, then turn every other whitespace character into a
        space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = "".join(" " if ch in _WHITESPACE else ch for ch in text)
        return text

    def _split(self, text):
        """The chunks of the text: runs of whitespace and words; with
        `break_on_hyphens`, hyphenated words are cut after their hyphens
        and em-dashes (`--`) stand alone."""
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            if text[i] in _WHITESPACE:
                end = i
                while end < n and text[end] in _WHITESPACE:
                    end += 1
            elif self.break_on_hyphens:
                end = self._hyphen_chunk_end(text, i)
            else:
                end = i
                while end < n and text[end] not in _WHITESPACE:
                    end += 1
            chunks.append(text[i:end])
            i = end
        return chunks

    def _em_dash_end(self, text, i):
        """Where a run of two or more hyphens starting at `i` ends, when
        it sits between a word and a word character; else None."""
        end = i
        while end < len(text) and text[end] == "-":
            end += 1
        if end - i >= 2 and end < len(text) and _is_word_char(text[end]):
            return end
        return None

    def _hyphen_chunk_end(self, text, start):
        n = len(text)
        if start > 0 and _is_word_or_punct(text[start - 1]):
            end = self._em_dash_end(text, start)
            if end is not None:
                return end
        # A word: the shortest run of non-space characters that ends
        # before a space, after a hyphen inside a word, or before an
        # em-dash.
        pos = start + 1
        while True:
            if pos >= n or text[pos] in _WHITESPACE:
                return pos
            if text[pos] == "-" and self._breaks_after_hyphen(text, pos):
                return pos + 1
            if _is_word_or_punct(text[pos - 1]) and self._em_dash_end(text, pos) is not None:
                return pos
            pos += 1

    def _breaks_after_hyphen(self, text, pos):
        """A hyphen at `pos` splits a word when two letters (or a letter,
        a hyphen and a letter) come before it and a letter (maybe after
        one more hyphen) and a letter come after it."""
        before_ok = (pos >= 2 and _is_letter(text[pos - 2]) and _is_letter(text[pos - 1])) or (
            pos >= 3 and _is_letter(text[pos - 3]) and text[pos - 2] == "-"
            and _is_letter(text[pos - 1]))
        if not before_ok:
            return False
        after = text[pos + 1:pos + 4]
        if len(after) >= 2 and _is_letter(after[0]) and _is_letter(after[1]):
            return True
        return (len(after) >= 3 and _is_letter(after[0]) and after[1] == "-"
                and _is_letter(after[2]))

    def _fix_sentence_endings(self, chunks):
        """Two spaces after a sentence's end: a chunk ending in `.`, `!`
        or `?` (maybe then a quote) after a lowercase letter, followed
        by a single space."""
        i = 0
        while i < len(chunks) - 1:
            chunk = chunks[i]
            if chunks[i + 1] == " " and self._ends_sentence(chunk):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _ends_sentence(self, chunk):
        body = chunk
        if body[-1:] in ("\"", "'"):
            body = body[:-1]
        return len(body) >= 2 and body[-1] in ".!?" and body[-2].islower()

    # -------------------------------------------------------- lines

    def _handle_long_word(self, chunks, line, line_len, width):
        """A chunk longer than a whole line: cut it (after a hyphen when
        one fits) or, without break_long_words, give it a line of its
        own."""
        space_left = 1 if width < 1 else width - line_len
        if self.break_long_words:
            chunk = chunks[-1]
            cut = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip("-"):
                    cut = hyphen + 1
            line.append(chunk[:cut])
            chunks[-1] = chunk[cut:]
        elif not line:
            line.append(chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        chunks = list(reversed(chunks))  # the next chunk is chunks[-1]
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace never starts a line after the first.
            if self.drop_whitespace and lines and chunks[-1].strip() == "":
                chunks.pop()
            line = []
            line_len = 0
            while chunks and line_len + len(chunks[-1]) <= width:
                line_len += len(chunks[-1])
                line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, line_len, width)
                line_len = sum(len(c) for c in line)
            if self.drop_whitespace and line and line[-1].strip() == "":
                line_len -= len(line[-1])
                line.pop()
            if not line:
                continue
            if self._line_fits(lines, chunks, line_len, width):
                lines.append(indent + "".join(line))
                continue
            self._end_with_placeholder(lines, line, line_len, width, indent)
            break
        return lines

    def _line_fits(self, lines, chunks, line_len, width):
        """Whether the line may be kept as it is under `max_lines`."""
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        nothing_left = not chunks or (
            self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
        return nothing_left and line_len <= width

    def _end_with_placeholder(self, lines, line, line_len, width, indent):
        """The last allowed line: drop chunks until the placeholder fits."""
        while line:
            if line[-1].strip() and line_len + len(self.placeholder) <= width:
                lines.append(indent + "".join(line) + self.placeholder)
                return
            line_len -= len(line[-1])
            line.pop()
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    # -------------------------------------------------------- API

    def wrap(self, text):
        """The text as a list of lines, without final newlines."""
        chunks = self._split(self._munge_whitespace(text))
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The text wrapped, as one string of lines joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph to lines of at most `width` columns."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph and join its lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace, then cut the text to fit in `width`
    columns, ending with a placeholder (" [...]") if words were dropped."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(" ".join(text.strip().split()))


def _leading_blanks(line):
    """The spaces and tabs a line starts with."""
    end = 0
    while end < len(line) and line[end] in " \t":
        end += 1
    return line[:end]


def dedent(text):
    """Remove the whitespace every non-blank line starts with. Lines of
    only spaces and tabs become empty."""
    lines = text.split("\n")
    margin = None
    for i, line in enumerate(lines):
        if line.strip(" \t") == "":
            lines[i] = ""
            continue
        blanks = _leading_blanks(line)
        if margin is None:
            margin = blanks
            continue
        common = 0
        while (common < len(margin) and common < len(blanks)
               and margin[common] == blanks[common]):
            common += 1
        margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Add `prefix` to the lines of `text` for which `predicate` is true
    (by default: the lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
