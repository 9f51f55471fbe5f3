print("toolbox.more: loading")
VALUE = 7
