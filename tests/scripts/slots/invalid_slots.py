# Invalid __slots__ entries raise TypeError.
def attempt(name, slots):
    try:
        type(name, (), {'__slots__': slots})
        print(name, 'ok')
    except TypeError as e:
        print(name, 'TypeError:', e)
    except ValueError as e:
        print(name, 'ValueError:', e)

attempt('Digit', ('1x',))
attempt('Dash', ('a-b',))
attempt('Empty', ('',))
attempt('Int', (1,))
attempt('DictTwice', ('__dict__', '__dict__'))
attempt('WeakTwice', ('__weakref__', '__weakref__'))
attempt('Dup', ('a', 'a'))
attempt('Good', ('a_1', '_b'))
attempt('Unicode', ('é',))
