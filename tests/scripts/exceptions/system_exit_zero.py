# raise SystemExit(0) exits successfully and stops the program.
print('before exit')
try:
    print('in try')
    raise SystemExit(0)
finally:
    print('finally runs on exit')
print('never printed')
