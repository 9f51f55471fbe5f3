# A relative import of a sibling module that does not exist.
from .missing import thing
