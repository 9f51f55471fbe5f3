# An error raised by an async iterator's __anext__ inside `async for`.


class Rows:
    def __init__(self, rows):
        self.rows = list(rows)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.rows:
            raise StopAsyncIteration
        row = self.rows.pop(0)
        return 100 / row


async def main():
    async for value in Rows([4, 0]):
        print(value)


main().send(None)
