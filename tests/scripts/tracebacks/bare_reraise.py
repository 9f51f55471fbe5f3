# A bare `raise` re-raises with the original traceback.
def risky(n):
    return 10 // n


def guarded(n):
    try:
        return risky(n)
    except ZeroDivisionError:
        print("logging the error and re-raising")
        raise


print(guarded(5))
guarded(0)
