"""Found only after its folder is added to sys.path."""
print("hello_plugin: loading as", __name__)


def hello():
    return "hello from a folder added to sys.path"
