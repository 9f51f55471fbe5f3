# A coroutine that is never awaited: CPython warns on stderr where it is
# dropped, once per place; the program itself goes on.


async def fetch(n):
    return n


def forget():
    fetch(1)
    print("forgot inside a function")


fetch(2)
print("after the first")
for i in range(3):
    fetch(i)
forget()
c = fetch(3)
c.close()
print("closed coroutines do not warn")
d = fetch(4)
del d
print("end")
