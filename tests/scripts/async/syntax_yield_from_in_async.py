# `yield from` is not allowed in an async function.
async def f(items):
    yield from items
