"""A cycle that breaks: each module from-imports a name the other defines later."""
print("_circ_x: start")
from _circ_y import helper

y = "defined too late"
print("_circ_x: end")
