# Tag(str): methods added on str; str methods and operators return plain str.
class Tag(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().lower())

    def as_hashtag(self):
        return '#' + self

    def words(self):
        return self.split('-')

t = Tag('  Python-Tips ')
print(t, repr(t), len(t), type(t).__name__)
print(t.as_hashtag(), type(t.as_hashtag()).__name__, t.words())
up = t.upper()
print(up, type(up).__name__)
both = t + '!'
print(both, type(both).__name__)
print(t[0:6], type(t[0:6]).__name__, t[0], type(t[0]).__name__)
print('tips' in t, 'Tips' in t, list(t)[:3])
print(t == 'python-tips', 'python-tips' == t, t == Tag('PYTHON-tips'))
print(hash(t) == hash('python-tips'))
d = {t: 1}
print(d['python-tips'], Tag(' PYTHON-TIPS') in d)
joined = ' '.join([Tag('A'), Tag(' b ')])
print(joined, type(joined).__name__)
s = str(t)
print(s, type(s).__name__, type(s) is str)
print(f'[{t}] [{t:>14}] [{t!r}]', '%s' % t)
print(isinstance(t, str), t.startswith('py'), t.replace('-', ' '))
print(sorted([Tag('b'), 'a', Tag('C')]))
print(t * 2, type(t * 2).__name__)
print(type(t.strip()).__name__, type(t[:]).__name__)
try:
    Tag(5)
except AttributeError as e:
    print(type(e).__name__, str(e))
