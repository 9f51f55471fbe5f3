# NameError hints search the function's local names even when unassigned,
# as CPython's do (its code object's variable names).
def pick(flag):
    if flag:
        gamma = 1
    return gama


pick(False)
