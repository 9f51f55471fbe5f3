# Widths and precisions past 65535 are formatted in full, as CPython does.
import hashlib


def show(label, s):
    digest = hashlib.sha256(s.encode()).hexdigest()[:16]
    print(label, len(s), s[:24], s[-24:], digest)


show("f 70000", format(1.5, ".70000f"))
show("% 70000", "%.70000f" % 1.5)
show("width", f"{1:70000}")
show("e 100000", "{:.100000e}".format(1.0))
show("tiny f", format(2**-1074, ".1100f"))
show("g 70000", format(1e300, ".70000g"))
show("#g 70000", format(1.5, "#.70000g"))
show("e 0.1", format(0.1, ".800e"))
show("zero pad", format(1.5, "070000.3f"))
show("grouped", format(12345, "0=70000,"))
show("percent", format(1.5, ".70000%"))
show("str width", format("x", "^70001"))
show("%s width", "%-70000s|" % "x")
show("%d prec", "%.70000d" % 7)
show("neg f", format(-2.5e-300, ".70000f"))
