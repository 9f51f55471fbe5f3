# Different indentation widths per block are fine if consistent.
def outer():
  x = 1
  if x:
        y = 2
        for i in range(2):
         print(i, y)
  return x
print(outer())
if True:
    if True:
        if True:
            print('deep')
        print('back 1')
    print('back 2')
print('top')
while True:
	print('tab-indented block')
	break
