# An uncaught user exception ends the script; the last stderr line names it.
class MyError(Exception):
    pass

def work():
    print('working')
    raise MyError('message')

print('start')
work()
print('never printed')
