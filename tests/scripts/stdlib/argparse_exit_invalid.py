# A value type= rejects ends the program with status 2.
import argparse

parser = argparse.ArgumentParser(prog="calc")
parser.add_argument("-n", type=int, default=1)
print(parser.parse_args(["-n", "5"]))
parser.parse_args(["-n", "five"])
print("not reached")
