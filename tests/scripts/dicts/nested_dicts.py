# Nested dict structures and their repr.
config = {
    'server': {'host': 'localhost', 'port': 8080},
    'users': [{'name': 'ann', 'roles': ['admin']}, {'name': 'bob', 'roles': []}],
    'debug': False,
}
print(config)
print(config['server']['port'])
print(config['users'][0]['roles'][0])
config['server']['port'] += 1
print(config['server'])
for user in config['users']:
    print(user['name'], len(user['roles']))
tree = {}
for path in ['a/b/c', 'a/b/d', 'a/e', 'f']:
    node = tree
    for part in path.split('/'):
        node = node.setdefault(part, {})
print(tree)
print({1: {2: {3: {}}}})
print({'k': (1, [2, {'x': None}])})
