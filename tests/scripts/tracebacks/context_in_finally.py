# An exception raised in `finally` while another propagates chains to it.
def work():
    try:
        return {}["missing"]
    finally:
        print("cleaning up")
        raise RuntimeError("cleanup failed")


work()
