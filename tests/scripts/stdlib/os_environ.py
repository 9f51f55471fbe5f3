# os.environ is a mapping that writes through to the process's environment.
import os
os.environ["PYSLOT_TEST_VAR"] = "hello"
print(os.environ["PYSLOT_TEST_VAR"], os.getenv("PYSLOT_TEST_VAR"), "PYSLOT_TEST_VAR" in os.environ)
print(type(os.environ).__name__, repr(os.environ).startswith("environ({"))
os.environ.setdefault("PYSLOT_TEST_VAR", "other")
print(os.environ.get("PYSLOT_TEST_VAR"))
del os.environ["PYSLOT_TEST_VAR"]
print(os.getenv("PYSLOT_TEST_VAR", "gone"), "PYSLOT_TEST_VAR" in os.environ)
for key, value in [("X", 1), (1, "x"), ("A=B", "1"), ("", "1")]:
    try:
        os.environ[key] = value
    except Exception as e:
        print(type(e).__name__, e)
try:
    del os.environ["PYSLOT_NOT_SET"]
except KeyError as e:
    print("KeyError", e)
print(type(os.environ.copy()).__name__, isinstance(os.environ | {"a": "b"}, dict))
os.environ.update({"PYSLOT_A": "1", "PYSLOT_B": "2"})
print(sorted(k for k in os.environ if k.startswith("PYSLOT_")))
print(os.environ.pop("PYSLOT_A"), "PYSLOT_A" in os.environ)
