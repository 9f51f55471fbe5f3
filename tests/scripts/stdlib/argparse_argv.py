# parse_args() with no list reads sys.argv[1:] (none here); prog is the
# script's file name.
import argparse
import sys

parser = argparse.ArgumentParser(description="Count words.")
parser.add_argument("files", nargs="*", help="files to read")
parser.add_argument("-w", "--words", action="store_true")
parser.add_argument("--limit", type=int, default=10)
args = parser.parse_args()
print(parser.prog, sys.argv[1:])
print(args)
print(parser.format_usage(), end="")
