# str.format_map, str.maketrans and str.translate.
print("{name} is {age}".format_map({"name": "Ada", "age": 36}))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcd-cab".translate(t))
print("hello".translate({ord("l"): None, ord("h"): "J"}), "hi".translate(str.maketrans({"h": "H", "i": 105})))
print("tab\there".translate({9: " -> "}), "x".translate({}))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1), lambda: "a".translate({97: 1.5})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
