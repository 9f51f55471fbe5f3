# Explicit chaining with raise ... from ...
def read_config(cfg, key):
    try:
        return cfg[key]
    except KeyError as exc:
        raise ValueError(f'config key {key!r} is required') from exc
cfg = {'host': 'localhost'}
print(read_config(cfg, 'host'))
print(read_config(cfg, 'port'))
