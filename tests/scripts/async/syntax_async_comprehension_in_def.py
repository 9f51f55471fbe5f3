# An async comprehension needs an async function around it.
def f(items):
    return [x async for x in items]
