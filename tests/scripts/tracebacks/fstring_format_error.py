# A format spec that does not fit the value: the carets sit under the
# f-string, not the expression around it.
price = "5"
print(f"{3.14159:.2f}")
label = "total: " + f"{price:.2f}"
