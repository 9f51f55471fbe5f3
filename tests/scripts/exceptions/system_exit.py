# SystemExit carries an exit status; it can be caught.
try:
    raise SystemExit(5)
except SystemExit as e:
    print('caught SystemExit with code', e.code)
try:
    raise SystemExit
except SystemExit as e:
    print('no code:', e.code)
try:
    raise SystemExit('message')
except BaseException as e:
    print(type(e).__name__, e.code)
print(isinstance(SystemExit(), Exception))
try:
    try:
        raise SystemExit(1)
    except Exception:
        print('Exception does not catch SystemExit')
except SystemExit:
    print('outer caught it')
print('exiting with 3')
raise SystemExit(3)
