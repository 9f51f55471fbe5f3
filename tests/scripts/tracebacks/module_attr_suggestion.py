# A misspelt module attribute: CPython's module wording and a suggestion.
import math

print(math.sqr(16))
