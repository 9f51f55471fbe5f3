# A 6-million-iteration while loop with integer arithmetic and branches.
i = 0
total = 0
while i < 6_000_000:
    if i % 3 == 0:
        total += i
    elif i % 5 == 1:
        total -= 1
    else:
        total ^= i & 255
    i += 1
print(total)
