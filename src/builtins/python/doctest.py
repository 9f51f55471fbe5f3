"""Run the examples in docstrings and check their output.

An example is a line starting with `>>> ` (continued by lines starting
with `... `), followed by the output it should print; a blank line or the
next `>>> ` ends the output. `doctest.testmod()` finds the docstrings of a
module (its own, and those of its functions, classes and methods), runs
each example as the prompt would, and reports the ones whose output
differs, in CPython's format.
"""

import sys
from collections import namedtuple

__all__ = ["testmod", "run_docstring_examples", "TestResults", "ELLIPSIS",
           "NORMALIZE_WHITESPACE", "IGNORE_EXCEPTION_DETAIL", "SKIP",
           "DONT_ACCEPT_BLANKLINE", "DONT_ACCEPT_TRUE_FOR_1", "Example", "DocTest"]

TestResults = namedtuple("TestResults", "failed attempted")

DONT_ACCEPT_TRUE_FOR_1 = 1
DONT_ACCEPT_BLANKLINE = 2
NORMALIZE_WHITESPACE = 4
ELLIPSIS = 8
SKIP = 16
IGNORE_EXCEPTION_DETAIL = 32
_FLAGS = {"DONT_ACCEPT_TRUE_FOR_1": 1, "DONT_ACCEPT_BLANKLINE": 2,
          "NORMALIZE_WHITESPACE": 4, "ELLIPSIS": 8, "SKIP": 16,
          "IGNORE_EXCEPTION_DETAIL": 32}

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."
_DIVIDER = "*" * 70


class Example:
    """One `>>>` example: its source, the output it wants, and where it is."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        self.source = source if source.endswith("\n") else source + "\n"
        self.want = want if not want or want.endswith("\n") else want + "\n"
        self.exc_msg = exc_msg
        self.lineno = lineno
        self.indent = indent
        self.options = options or {}


class DocTest:
    """The examples of one docstring, and the names they run with."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.globs = globs
        self.name = name
        self.filename = filename
        self.lineno = lineno
        self.docstring = docstring

    def __lt__(self, other):
        return (self.name, self.filename or "", self.lineno or 0) < \
            (other.name, other.filename or "", other.lineno or 0)


def _indent_of(line):
    return len(line) - len(line.lstrip(" "))


def _options(source):
    """The `# doctest: +FLAG, -FLAG` directives in an example's source."""
    options = {}
    for line in source.split("\n"):
        at = line.find("# doctest:")
        if at < 0:
            continue
        for item in line[at + len("# doctest:"):].replace(",", " ").split():
            if item[:1] in "+-" and item[1:] in _FLAGS:
                options[_FLAGS[item[1:]]] = item[0] == "+"
            else:
                raise ValueError(f"line has an invalid option: {item!r}")
    return options


def _exception_message(want):
    """The `Type: message` part of a wanted traceback, or None."""
    lines = want.split("\n")
    if not lines[0].startswith(("Traceback (most recent call last):",
                                "Traceback (innermost last):")):
        return None
    i = 1
    while i < len(lines) and (lines[i][:1] in (" ", "\t") or lines[i].strip() == "..."):
        i += 1
    return "\n".join(lines[i:])


def parse_examples(docstring):
    """The examples in a docstring, in order."""
    lines = docstring.expandtabs().split("\n")
    examples = []
    i = 0
    while i < len(lines):
        stripped = lines[i].lstrip(" ")
        if not (stripped.startswith(">>> ") or stripped == ">>>"):
            i += 1
            continue
        indent = _indent_of(lines[i])
        start = i
        source = [stripped[4:]]
        i += 1
        while i < len(lines):
            s = lines[i][indent:]
            if lines[i][:indent].strip() == "" and (s.startswith("... ") or s == "..."):
                source.append(s[4:])
                i += 1
            else:
                break
        want = []
        while i < len(lines):
            line = lines[i]
            if not line.strip() or line.lstrip(" ").startswith(">>>"):
                break
            want.append(line[indent:] if line[:indent].strip() == "" else line.lstrip(" "))
            i += 1
        want_text = "\n".join(want) + "\n" if want else ""
        source_text = "\n".join(source)
        examples.append(Example(source_text, want_text, _exception_message(want_text),
                                start, indent, _options(source_text)))
    return examples


def _source_lines(module):
    try:
        with open(module.__file__) as f:
            return f.read().split("\n")
    except (AttributeError, OSError, TypeError):
        return None


def _find_lineno(obj, lines):
    """The 0-based line of a docstring's object in its file, as CPython's
    doctest works it out (a class's own line; a function's docstring)."""
    if lines is None:
        return None
    if isinstance(obj, type):
        for i, line in enumerate(lines):
            s = line.lstrip()
            if s.startswith("class ") and s[6:].lstrip().startswith(obj.__name__):
                rest = s[6:].lstrip()[len(obj.__name__):]
                if not rest or not (rest[0].isalnum() or rest[0] == "_"):
                    return i
        return None
    code = getattr(obj, "__code__", None)
    if code is None:
        return None
    i = code.co_firstlineno - 1
    while i < len(lines):
        s = lines[i].lstrip()
        word = 0
        while word < len(s) and (s[word].isalnum() or s[word] == "_"):
            word += 1
        if s[word:word + 1] in ('"', "'") or ":" in lines[i] and _quote_after_colon(lines[i]):
            return i
        i += 1
    return None


def _quote_after_colon(line):
    head, _, tail = line.rpartition(":")
    tail = tail.lstrip()
    word = 0
    while word < len(tail) and (tail[word].isalnum() or tail[word] == "_"):
        word += 1
    return tail[word:word + 1] in ('"', "'")


def _unwrap(value):
    if isinstance(value, (staticmethod, classmethod)):
        return value.__func__
    return value


def _find(module, name, globs, exclude_empty):
    """The DocTests of a module and what it defines, sorted by name."""
    lines = _source_lines(module)
    filename = getattr(module, "__file__", None)
    tests = []
    seen = set()

    def add(obj, name, lineno):
        if id(obj) in seen:
            return
        seen.add(id(obj))
        doc = getattr(obj, "__doc__", None)
        if not isinstance(doc, str):
            doc = ""
        examples = parse_examples(doc)
        if examples or not exclude_empty:
            tests.append(DocTest(examples, globs, name, filename, lineno, doc))

    def defined_here(obj):
        if isinstance(obj, type):
            return obj.__module__ == module.__name__
        if hasattr(obj, "__code__"):
            return getattr(obj, "__globals__", module.__dict__) is module.__dict__ \
                or obj.__module__ == module.__name__
        return False

    def visit_class(cls, qualname):
        add(cls, qualname, _find_lineno(cls, lines))
        for attr, value in sorted(cls.__dict__.items()):
            value = _unwrap(value)
            if isinstance(value, property):
                value = value.fget
            if (isinstance(value, type) or callable(value)) and defined_here(value):
                if isinstance(value, type):
                    visit_class(value, f"{qualname}.{attr}")
                else:
                    add(value, f"{qualname}.{attr}", _find_lineno(value, lines))

    add(module, name, 0)
    for attr, value in sorted(module.__dict__.items()):
        if isinstance(value, type) and defined_here(value):
            visit_class(value, f"{name}.{attr}")
        elif callable(value) and hasattr(value, "__code__") and defined_here(value):
            add(value, f"{name}.{attr}", _find_lineno(value, lines))
    tests.sort()
    return tests


class _Capture:
    """What an example prints: `sys.stdout` while it runs."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        return "".join(self.parts)


def _ellipsis_match(want, got):
    pieces = want.split(ELLIPSIS_MARKER)
    if len(pieces) == 1:
        return want == got
    start, end = pieces[0], pieces[-1]
    if not got.startswith(start) or not got.endswith(end):
        return False
    pos, limit = len(start), len(got) - len(end)
    if pos > limit:
        return False
    for piece in pieces[1:-1]:
        found = got.find(piece, pos, limit)
        if found < 0:
            return False
        pos = found + len(piece)
    return True


def _output_matches(want, got, flags):
    if not flags & DONT_ACCEPT_BLANKLINE:
        want = "\n".join("" if line == BLANKLINE_MARKER else line
                         for line in want.split("\n"))
    if got == want:
        return True
    if not flags & DONT_ACCEPT_TRUE_FOR_1:
        if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
            return True
    if flags & NORMALIZE_WHITESPACE:
        got = " ".join(got.split())
        want = " ".join(want.split())
        if got == want:
            return True
    if flags & ELLIPSIS:
        return _ellipsis_match(want, got)
    return False


def _indent(text, prefix="    "):
    return "".join(prefix + line + "\n" for line in text.split("\n")[:-1]) \
        if text.endswith("\n") else "".join(prefix + line + "\n" for line in text.split("\n"))


def _traceback_text(exc):
    """The whole traceback of an example's exception, as CPython's doctest
    reports it (starting at the frame that ran the example)."""
    import traceback
    return "".join(traceback.format_exception(exc))


def _exception_only(exc):
    cls = type(exc)
    name = cls.__qualname__
    if cls.__module__ not in ("builtins", "__main__"):
        name = f"{cls.__module__}.{name}"
    text = str(exc)
    return f"{name}: {text}\n" if text else f"{name}\n"


class DocTestRunner:
    """Runs DocTests, counting and reporting as CPython's runner does."""

    def __init__(self, verbose=False, optionflags=0):
        self._verbose = verbose
        self.optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._results = {}

    def _report_failure_header(self, out, test, example):
        out.append(_DIVIDER + "\n")
        if test.lineno is not None and test.filename:
            lineno = test.lineno + example.lineno + 1
            out.append(f'File "{test.filename}", line {lineno}, in {test.name}\n')
        else:
            out.append(f'File "{test.filename}", line ?, in {test.name}\n')
        out.append("Failed example:\n" + _indent(example.source))

    def run(self, test, out=None):
        """Run one DocTest's examples; returns TestResults."""
        write = out or sys.stdout.write
        failures = tries = 0
        flags = self.optionflags
        for number, example in enumerate(test.examples):
            opts = flags
            for flag, on in example.options.items():
                opts = opts | flag if on else opts & ~flag
            if opts & SKIP:
                continue
            tries += 1
            if self._verbose:
                text = "Trying:\n" + _indent(example.source)
                text += ("Expecting:\n" + _indent(example.want)) if example.want \
                    else "Expecting nothing\n"
                write(text)
            capture = _Capture()
            saved = sys.stdout
            sys.stdout = capture
            raised = None
            try:
                code = compile(example.source, f"<doctest {test.name}[{number}]>", "single")
                exec(code, test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException as exc:
                raised = exc
            finally:
                sys.stdout = saved
            got = capture.getvalue()
            if raised is None:
                ok = _output_matches(example.want, got, opts)
                outcome = "ok" if ok else "failure"
            elif example.exc_msg is not None:
                got_msg = _exception_only(raised)
                ok = example.exc_msg == got_msg
                if not ok and opts & IGNORE_EXCEPTION_DETAIL:
                    ok = example.exc_msg.split(":")[0] == got_msg.split(":")[0]
                if not ok:
                    ok = _output_matches(example.exc_msg, got_msg, opts)
                outcome = "ok" if ok else "failure"
            else:
                outcome = "exception"
            if outcome == "ok":
                if self._verbose:
                    write("ok\n")
                continue
            failures += 1
            report = []
            self._report_failure_header(report, test, example)
            if outcome == "failure":
                report.append(("Expected:\n" + _indent(example.want)) if example.want
                              else "Expected nothing\n")
                if raised is not None:
                    got = _traceback_text(raised)
                report.append(("Got:\n" + _indent(got)) if got else "Got nothing\n")
            else:
                report.append("Exception raised:\n" + _indent(_traceback_text(raised)))
            write("".join(report))
        self.tries += tries
        self.failures += failures
        self._results[test.name] = (failures, tries)
        return TestResults(failures, tries)

    def summarize(self, verbose=None):
        """Print the totals; returns TestResults(failed, attempted)."""
        if verbose is None:
            verbose = self._verbose
        notests, passed, failed = [], [], []
        for name, (f, t) in self._results.items():
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, f, t))
        out = []
        if verbose:
            if notests:
                out.append(f"{len(notests)} items had no tests:\n")
                out.extend(f"    {name}\n" for name in sorted(notests))
            if passed:
                out.append(f"{len(passed)} items passed all tests:\n")
                out.extend(f"{t:4d} tests in {name}\n" for name, t in sorted(passed))
        if failed:
            out.append(_DIVIDER + "\n")
            out.append(f"{len(failed)} items had failures:\n")
            out.extend(f"{f:4d} of {t:3d} in {name}\n" for name, f, t in sorted(failed))
        if verbose:
            out.append(f"{self.tries} tests in {len(self._results)} items.\n")
            out.append(f"{self.tries - self.failures} passed and {self.failures} failed.\n")
        if self.failures:
            out.append(f"***Test Failed*** {self.failures} failures.\n")
        elif verbose:
            out.append("Test passed.\n")
        sys.stdout.write("".join(out))
        return TestResults(self.failures, self.tries)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Run the examples in the docstrings of module m (the main program by
    default); print the failures (everything with verbose=True); returns
    TestResults(failed, attempted)."""
    if m is None:
        m = sys.modules.get("__main__")
    if not hasattr(m, "__dict__") or type(m).__name__ != "module":
        raise TypeError(f"testmod: module required; {m!r}")
    if name is None:
        name = m.__name__
    if verbose is None:
        verbose = "-v" in sys.argv
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in _find(m, name, None, exclude_empty):
        g = dict(m.__dict__) if globs is None else dict(globs)
        if extraglobs:
            g.update(extraglobs)
        test.globs = g
        runner.run(test)
        g.clear()
    if report:
        runner.summarize()
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Run the examples in f's docstring, with globs as their globals."""
    doc = getattr(f, "__doc__", None) or ""
    if verbose:
        print(f"Finding tests in {name}")
    test = DocTest(parse_examples(doc), dict(globs), name, None, None, doc)
    DocTestRunner(verbose=verbose, optionflags=optionflags).run(test)
