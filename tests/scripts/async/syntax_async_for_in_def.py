# `async for` outside an async function is a SyntaxError.
def f(items):
    async for x in items:
        print(x)
