# Raising a bare class with no message.
print('before')
raise NotImplementedError
