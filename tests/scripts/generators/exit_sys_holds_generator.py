# A generator that sys holds is closed only after sys.stdout is gone at
# exit (CPython): its finally block runs but prints nothing, and the exit
# is clean.
import sys

def quiet():
    try:
        yield 1
        yield 2
    finally:
        print("not shown")

def stackful():
    try:
        print((yield 1) + 1)
    finally:
        print("not shown either")

sys.saved = quiet()
next(sys.saved)
sys.other = [stackful()]
next(sys.other[0])
print("end of program")
