from string import Template

t = Template("$who likes ${what}s and costs $$10; $who_else")
print(t.substitute(who="tim", what="kung pao", who_else="x"))
print(t.substitute({"who": "a", "what": "b"}, who_else="c", who="override"))
print(t.safe_substitute(who="tim"))
print(t.get_identifiers(), t.is_valid(), t.template)
try:
    t.substitute(who="tim")
except KeyError as e:
    print("KeyError:", e)
for text in ("cost: $", "bad ${name", "line one\nthen $1", "$ x", "a\n$"):
    bad = Template(text)
    try:
        bad.substitute(name=1)
    except ValueError as e:
        print("ValueError:", e)
    print(repr(bad.safe_substitute(name=1)), bad.is_valid())
print(Template("${a}${b}$a$b").substitute(a=1, b=2.5))
print(Template("$x_1 $_y").substitute(x_1="one", _y="two"))
