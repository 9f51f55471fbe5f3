# A missing required argument: usage and the error go to stderr, exit status 2.
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("name")
parser.add_argument("count", type=int)
parser.parse_args()
print("not reached")
