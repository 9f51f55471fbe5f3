"""A docstring may come first."""
from __future__ import annotations
from __future__ import nested_scopes, foo
print("never")
