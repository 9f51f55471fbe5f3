# Type parameters came in Python 3.12; 3.11 expects "(".
def f[T](x):
    return x
