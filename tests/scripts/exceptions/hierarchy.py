# Builtin exception class hierarchy.
checks = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ArithmeticError, Exception), (KeyError, LookupError), (IndexError, LookupError),
    (LookupError, Exception), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ValueError, Exception), (TypeError, Exception),
    (Exception, BaseException), (SystemExit, Exception), (SystemExit, BaseException),
    (KeyboardInterrupt, Exception), (StopIteration, Exception), (AttributeError, Exception),
    (KeyError, IndexError), (AssertionError, Exception), (TypeError, ValueError),
]
for sub, sup in checks:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(isinstance(ZeroDivisionError(), ArithmeticError))
print(isinstance(KeyError('x'), (IndexError, LookupError)))
print(isinstance(ValueError(), BaseException))
try:
    {}['missing']
except LookupError as e:
    print('caught as LookupError:', type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print('caught as ArithmeticError:', type(e).__name__)
