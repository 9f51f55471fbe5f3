# A syntax error in an imported module: the traceback shows the import,
# then where in the module the error is.
import _bad_syntax
