# try/finally in a generator whose consumer breaks out early.
log = []

def resource(name):
    log.append('open ' + name)
    try:
        for i in range(5):
            yield i
    finally:
        log.append('close ' + name)

def use():
    g = resource('r1')
    for v in g:
        if v == 1:
            break
    log.append('loop left')
    g.close()
    log.append('explicit close done')

use()
print(log)

log.clear()
g = resource('r2')
print(next(g))
print(log)
print(g.close(), log)
print(g.close(), log)

log.clear()
r3 = resource('r3')
print(sum(r3), log)
