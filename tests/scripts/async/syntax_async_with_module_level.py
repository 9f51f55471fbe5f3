# `async with` outside an async function is a SyntaxError.
async with manager:
    pass
