# json: dumps/loads with CPython's formatting, options and error messages.
import json, io
data = {"name": "Ada", "langs": ["en", "fr"], "age": 36, "ratio": 0.5, "ok": True, "none": None,
        "nested": {"b": [1, {"c": []}], "a": {}}, 1: "int key", 2.5: "float key", False: "bool"}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=False))
print(json.dumps({"b": 1, "a": [1, 2]}, sort_keys=True, indent="\t"))
print(json.dumps({"x": 1, "y": [1, 2]}, separators=(",", ":")))
print(json.dumps("héllo ✓ 😀"), json.dumps("héllo", ensure_ascii=False), json.dumps((1, 2)))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1e100, 3.0]))
for bad in [{(1, 2): 3}, {1, 2}, object()]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(e)
print(json.dumps({1, 2}, default=sorted))
cyc = []
cyc.append(cyc)
try:
    json.dumps(cyc)
except ValueError as e:
    print(e)
text = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\u00e9\\n\\ud83d\\ude00"}, "e": NaN}'
v = json.loads(text)
print(v, type(v["a"][1]).__name__, type(v["a"][2]).__name__)
print(json.loads(" [ ] "), json.loads('"x"'), json.loads("12"), json.loads(b'{"k": 1}'))
for bad in ['', '{"a" 1}', '[1, 2', '{"a": 1,}', '[1,]', '"abc', 'nul', '{1: 2}', '[1] x', '"\\x"', '{"a": }']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads("1.5", parse_float=str))
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.loads('"multi\\nline"'), json.dumps("\x01\x1f"))
