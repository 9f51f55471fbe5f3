# An error inside an except block shows both exceptions.
config = {"port": "80x"}
try:
    port = config["host"]
except KeyError:
    port = int(config["port"])
print(port)
