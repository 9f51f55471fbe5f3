# An uncaught exception with a custom __str__ and extra __init__ args.
class ConfigError(ValueError):
    def __init__(self, key, value):
        super().__init__(key, value)
        self.key = key
    def __str__(self):
        return f'bad value for {self.key}: {self.args[1]!r}'

try:
    raise ConfigError('port', 'abc')
except ValueError as e:
    print('handled:', e)
raise ConfigError('host', 42)
