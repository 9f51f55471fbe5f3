# await binds tighter than unary minus: `await -x` is invalid.
async def f(x):
    return await -x
