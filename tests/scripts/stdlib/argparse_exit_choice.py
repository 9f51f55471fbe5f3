import argparse

parser = argparse.ArgumentParser(prog="paint")
parser.add_argument("colour", choices=["red", "green"])
parser.parse_args(["blue"])
