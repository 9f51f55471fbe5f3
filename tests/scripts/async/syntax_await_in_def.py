# `await` in an ordinary function is a SyntaxError.
def f(x):
    return await x
