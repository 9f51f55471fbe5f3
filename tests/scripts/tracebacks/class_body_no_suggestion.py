# In a class body CPython offers no local names for a hint: `aa` gets no
# "Did you mean: 'a'" even though `a` was just defined there.
class Config:
    a = 1
    b = aa + 1
