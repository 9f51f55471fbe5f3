# `await` in a lambda, even inside an async def, is a SyntaxError.
async def f(xs):
    return lambda: await xs
