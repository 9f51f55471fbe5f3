"""Raises while being imported."""
LIMITS = {"low": 0, "high": 10}


def check(name):
    return LIMITS[name]


print("_raises_on_import: loading")
check("medium")
