# sys.setrecursionlimit / getrecursionlimit: checks, messages, and the new
# limit taking effect both ways.
import sys
print(sys.getrecursionlimit())
for bad in [0, -5, 2.5, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(50)
print(sys.getrecursionlimit())
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(40))
try:
    print(count(60))
except RecursionError:
    print("too deep at 60")
sys.setrecursionlimit(20000)
print(count(15000))
def nest(k):
    if k == 0:
        try:
            sys.setrecursionlimit(3)
        except RecursionError as e:
            print("RecursionError", e)
        return
    nest(k - 1)
nest(5)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
