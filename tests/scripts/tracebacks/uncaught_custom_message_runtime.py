# RuntimeError raised from inside a finally-protected block; finally output appears first.
def work():
    try:
        print('doing work')
        raise RuntimeError('work failed')
    finally:
        print('finally still runs')
work()
