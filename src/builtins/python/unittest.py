"""Unit tests: classes deriving from `TestCase` whose `test_*` methods check
results with `assertEqual` and friends; `unittest.main()` runs them and
reports as CPython's runner does (dots, then the failures, then a summary,
on stderr), exiting with status 1 if any failed.
"""

import sys
import time
import traceback

__all__ = ["TestCase", "main", "skip", "skipIf", "skipUnless", "expectedFailure",
           "SkipTest", "TestResult", "TextTestRunner", "TestSuite", "TestLoader"]


class SkipTest(Exception):
    """Raise to skip the running test."""


class _ExpectedFailure(Exception):
    pass


def skip(reason):
    """Skip the decorated test (or every test of a decorated class)."""
    def decorator(item):
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if callable(reason) and not isinstance(reason, str):
        item, reason = reason, ""
        return decorator(item)
    return decorator


def skipIf(condition, reason):
    return skip(reason) if condition else (lambda item: item)


def skipUnless(condition, reason):
    return skip(reason) if not condition else (lambda item: item)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


class _AssertRaisesContext:
    def __init__(self, expected, test_case, regex=None, callable_obj=None):
        self.expected = expected
        self.test_case = test_case
        self.regex = regex
        self.exception = None
        self.by = getattr(callable_obj, "__name__", None) if callable_obj else None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        name = getattr(self.expected, "__name__", str(self.expected))
        if exc_type is None:
            by = f" by {self.by}" if self.by else ""
            raise self.test_case.failureException(f"{name} not raised{by}")
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.regex is not None and self.regex not in str(exc_value):
            raise self.test_case.failureException(
                f'"{self.regex}" does not match "{exc_value}"')
        return True


class _SubTest:
    def __init__(self, case, params):
        self.case = case
        self.params = params

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            return False
        if issubclass(exc_type, (KeyboardInterrupt, SkipTest)):
            return False
        result = self.case._result
        kind = "failures" if issubclass(exc_type, self.case.failureException) else "errors"
        result._add(kind, self.case, exc_value, self.params)
        self.case._subtest_failed = True
        return True


class TestCase:
    """A group of tests: each method whose name starts with `test` is one."""

    failureException = AssertionError
    maxDiff = 80 * 8
    longMessage = True

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._result = None
        self._subtest_failed = False

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def id(self):
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}.{self._testMethodName}"

    def __str__(self):
        return f"{self._testMethodName} ({self.id()})"

    def __repr__(self):
        cls = type(self)
        return f"<{cls.__module__}.{cls.__qualname__} testMethod={self._testMethodName}>"

    def shortDescription(self):
        doc = getattr(self, self._testMethodName).__doc__
        return doc.strip().split("\n")[0].strip() if doc else None

    def subTest(self, msg=None, **params):
        if msg is not None:
            params = dict(params, msg=msg)
        return _SubTest(self, params)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _fail(self, standard, msg):
        if msg is None:
            raise self.failureException(standard)
        raise self.failureException(f"{standard} : {msg}")

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            self._fail(f"{first!r} != {second!r}", msg)

    assertEquals = assertEqual
    assertListEqual = assertTupleEqual = assertDictEqual = assertSetEqual = assertEqual
    assertSequenceEqual = assertMultiLineEqual = assertEqual

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._fail(f"{first!r} == {second!r}", msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._fail(f"{expr!r} is not true", msg)

    def assertFalse(self, expr, msg=None):
        if expr:
            self._fail(f"{expr!r} is not false", msg)

    def assertIs(self, first, second, msg=None):
        if first is not second:
            self._fail(f"{first!r} is not {second!r}", msg)

    def assertIsNot(self, first, second, msg=None):
        if first is second:
            self._fail(f"unexpectedly identical: {first!r}", msg)

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._fail(f"{obj!r} is not None", msg)

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._fail("unexpectedly None", msg)

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._fail(f"{member!r} not found in {container!r}", msg)

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._fail(f"{member!r} unexpectedly found in {container!r}", msg)

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._fail(f"{obj!r} is not an instance of {cls!r}", msg)

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._fail(f"{obj!r} is an instance of {cls!r}", msg)

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._fail(f"{a!r} not greater than {b!r}", msg)

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._fail(f"{a!r} not greater than or equal to {b!r}", msg)

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._fail(f"{a!r} not less than {b!r}", msg)

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._fail(f"{a!r} not less than or equal to {b!r}", msg)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = f"{first!r} != {second!r} within {delta!r} delta ({diff!r} difference)"
        else:
            places = 7 if places is None else places
            if round(diff, places) == 0:
                return
            standard = f"{first!r} != {second!r} within {places!r} places ({diff!r} difference)"
        self._fail(standard, msg)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = f"{first!r} == {second!r} within {delta!r} delta ({diff!r} difference)"
        else:
            places = 7 if places is None else places
            if not (first == second) and round(diff, places) != 0:
                return
            standard = f"{first!r} == {second!r} within {places!r} places"
        self._fail(standard, msg)

    def assertCountEqual(self, first, second, msg=None):
        a, b = list(first), list(second)
        for x in a:
            if x in b:
                b.remove(x)
            else:
                self._fail("Element counts were not equal", msg)
        if b:
            self._fail("Element counts were not equal", msg)

    def assertRaises(self, expected_exception, *args, **kwargs):
        if not args:
            return _AssertRaisesContext(expected_exception, self)
        func, *args = args
        context = _AssertRaisesContext(expected_exception, self, callable_obj=func)
        with context:
            func(*args, **kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        if not args:
            return _AssertRaisesContext(expected_exception, self, expected_regex)
        func, *args = args
        context = _AssertRaisesContext(expected_exception, self, expected_regex, func)
        with context:
            func(*args, **kwargs)

    def assertRegex(self, text, expected_regex, msg=None):
        if expected_regex not in text:
            self._fail(f"Regex didn't match: {expected_regex!r} not found in {text!r}", msg)

    def run(self, result):
        """Run this test, recording the outcome in result."""
        self._result = result
        self._subtest_failed = False
        method = getattr(self, self._testMethodName)
        cls = type(self)
        if getattr(cls, "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
            why = getattr(method, "__unittest_skip_why__", None) or \
                getattr(cls, "__unittest_skip_why__", "")
            result.addSkip(self, why)
            return
        expecting_failure = getattr(method, "__unittest_expecting_failure__", False)
        try:
            self.setUp()
        except SkipTest as e:
            result.addSkip(self, str(e))
            return
        except KeyboardInterrupt:
            raise
        except BaseException as e:
            result.addError(self, e)
            return
        outcome = "success"
        error = None
        try:
            method()
        except SkipTest as e:
            outcome, error = "skip", e
        except self.failureException as e:
            outcome, error = "failure", e
        except KeyboardInterrupt:
            raise
        except BaseException as e:
            outcome, error = "error", e
        try:
            self.tearDown()
        except KeyboardInterrupt:
            raise
        except BaseException as e:
            if outcome == "success":
                outcome, error = "error", e
        if outcome == "success" and self._subtest_failed:
            return
        if expecting_failure:
            if outcome in ("failure", "error"):
                result.addExpectedFailure(self, error)
            else:
                result.addUnexpectedSuccess(self)
        elif outcome == "success":
            result.addSuccess(self)
        elif outcome == "skip":
            result.addSkip(self, str(error))
        elif outcome == "failure":
            result.addFailure(self, error)
        else:
            result.addError(self, error)

    def __call__(self, result):
        self.run(result)


def _traceback_text(exc):
    """The traceback of a test's exception, without this module's frames."""
    own = __file__
    out = []
    skipping = False
    for line in "".join(traceback.format_exception(exc)).split("\n"):
        if line.startswith('  File "'):
            skipping = line.startswith(f'  File "{own}"')
        elif not line.startswith("    "):
            skipping = False
        if not skipping:
            out.append(line)
    return "\n".join(out)


class TestResult:
    """The outcomes of the tests run: failures, errors, skips."""

    def __init__(self, stream=None, descriptions=True, verbosity=1):
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.testsRun = 0
        self.stream = stream
        self.verbosity = verbosity

    def _write(self, text):
        if self.stream is not None:
            self.stream.write(text)
            if hasattr(self.stream, "flush"):
                self.stream.flush()

    def _describe(self, test):
        if self.verbosity > 1:
            desc = str(test)
            doc = test.shortDescription()
            if doc:
                desc += "\n" + doc
            self._write(desc + " ... ")

    def _add(self, kind, test, exc, params=None):
        label = str(test)
        if params:
            label += " (" + ", ".join(f"{k}={v!r}" for k, v in params.items()) + ")"
        getattr(self, kind).append((label, _traceback_text(exc)))
        self._write({"failures": "F", "errors": "E"}[kind] if self.verbosity == 1
                    else {"failures": "FAIL\n", "errors": "ERROR\n"}[kind])

    def startTest(self, test):
        self.testsRun += 1
        self._describe(test)

    def addSuccess(self, test):
        self._write("." if self.verbosity == 1 else "ok\n")

    def addFailure(self, test, exc):
        self._add("failures", test, exc)

    def addError(self, test, exc):
        self._add("errors", test, exc)

    def addSkip(self, test, reason):
        self.skipped.append((str(test), reason))
        self._write("s" if self.verbosity == 1 else f"skipped {reason!r}\n")

    def addExpectedFailure(self, test, exc):
        self.expectedFailures.append((str(test), _traceback_text(exc)))
        self._write("x" if self.verbosity == 1 else "expected failure\n")

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(str(test))
        self._write("u" if self.verbosity == 1 else "unexpected success\n")

    def wasSuccessful(self):
        return not (self.failures or self.errors or self.unexpectedSuccesses)


class TestSuite:
    """Tests (or suites) to run in order."""

    def __init__(self, tests=()):
        self._tests = list(tests)

    def addTest(self, test):
        self._tests.append(test)

    def addTests(self, tests):
        for t in tests:
            self.addTest(t)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(t.countTestCases() if isinstance(t, TestSuite) else 1 for t in self._tests)

    def run(self, result):
        classes_set_up = []
        for test in self._tests:
            if isinstance(test, TestSuite):
                test.run(result)
                continue
            cls = type(test)
            if cls not in classes_set_up:
                classes_set_up.append(cls)
                cls.setUpClass()
            result.startTest(test)
            test.run(result)
        for cls in classes_set_up:
            cls.tearDownClass()
        return result

    def __call__(self, result):
        return self.run(result)


class TestLoader:
    """Finds the test methods of TestCase classes."""

    testMethodPrefix = "test"

    def getTestCaseNames(self, cls):
        return sorted(name for name in dir(cls)
                      if name.startswith(self.testMethodPrefix)
                      and callable(getattr(cls, name)))

    def loadTestsFromTestCase(self, cls):
        return TestSuite(cls(name) for name in self.getTestCaseNames(cls))

    def loadTestsFromModule(self, module):
        suite = TestSuite()
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj is not TestCase:
                suite.addTest(self.loadTestsFromTestCase(obj))
        return suite


defaultTestLoader = TestLoader()


class TextTestRunner:
    """Runs a suite, printing progress and the report to stderr."""

    def __init__(self, stream=None, descriptions=True, verbosity=1):
        self.stream = stream if stream is not None else sys.stderr
        self.verbosity = verbosity

    def run(self, test):
        result = TestResult(self.stream, verbosity=self.verbosity)
        start = time.perf_counter()
        test.run(result)
        taken = time.perf_counter() - start
        write = self.stream.write
        if self.verbosity >= 1:
            write("\n")
        for kind, items in (("ERROR", result.errors), ("FAIL", result.failures)):
            for label, text in items:
                write("=" * 70 + "\n")
                write(f"{kind}: {label}\n")
                write("-" * 70 + "\n")
                write(text + "\n")
        write("-" * 70 + "\n")
        run = result.testsRun
        write(f"Ran {run} test{'s' if run != 1 else ''} in {taken:.3f}s\n\n")
        details = []
        if result.failures:
            details.append(f"failures={len(result.failures)}")
        if result.errors:
            details.append(f"errors={len(result.errors)}")
        if result.skipped:
            details.append(f"skipped={len(result.skipped)}")
        if result.expectedFailures:
            details.append(f"expected failures={len(result.expectedFailures)}")
        if result.unexpectedSuccesses:
            details.append(f"unexpected successes={len(result.unexpectedSuccesses)}")
        if result.wasSuccessful():
            write("OK" + (f" ({', '.join(details)})" if details else "") + "\n")
        else:
            write(f"FAILED ({', '.join(details)})\n")
        return result


class TestProgram:
    """What `unittest.main()` makes: loads the tests of the main module,
    runs them, and exits with status 0 if all passed, 1 otherwise."""

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1):
        if isinstance(module, str):
            module = sys.modules[module]
        argv = sys.argv if argv is None else argv
        if "-v" in argv[1:] or "--verbose" in argv[1:]:
            verbosity = 2
        if "-q" in argv[1:] or "--quiet" in argv[1:]:
            verbosity = 0
        suite = testLoader.loadTestsFromModule(module)
        runner = testRunner or TextTestRunner(verbosity=verbosity)
        self.result = runner.run(suite)
        if exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
