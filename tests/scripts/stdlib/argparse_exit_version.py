import argparse

parser = argparse.ArgumentParser(prog="greet")
parser.add_argument("--version", action="version", version="%(prog)s 0.1")
parser.parse_args(["--version"])
print("not reached")
