# The messages of int() and float() for a long string they reject: int's
# shows at most 200 characters of the repr, float's the whole of it.
for convert in (int, float, lambda s: int(s, 16)):
    try:
        convert("z" * 300)
    except ValueError as e:
        print(len(str(e)), str(e)[-12:])
