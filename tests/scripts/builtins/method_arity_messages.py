# Calling a builtin method with the wrong number of arguments.
calls = [
    lambda: [].append(),
    lambda: "a".upper(1),
    lambda: (5).bit_length(1),
    lambda: set().add(),
    lambda: {}.clear(1),
    lambda: [].__len__(1),
    lambda: iter([]).__next__(1),
    lambda: (x for x in []).close(1),
    lambda: [].insert(1),
    lambda: {}.get(),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
