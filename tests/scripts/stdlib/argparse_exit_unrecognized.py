import argparse

parser = argparse.ArgumentParser(prog="tool")
parser.add_argument("--size", type=int)
parser.parse_args(["--size", "3", "--z", "extra"])
