# -h prints the help to stdout and exits with status 0.
import os
os.environ["COLUMNS"] = "80"
import argparse

parser = argparse.ArgumentParser(prog="greet", description="Greet people.",
                                 epilog="Have a nice day.")
parser.add_argument("names", nargs="+", metavar="NAME", help="who to greet")
parser.add_argument("-g", "--greeting", default="Hello",
                    help="the greeting (default: %(default)s)")
parser.add_argument("-n", "--times", type=int, default=1, help="repeat count")
parser.add_argument("--version", action="version", version="%(prog)s 0.1")
parser.parse_args(["--times", "2", "-h", "x"])
print("not reached")
