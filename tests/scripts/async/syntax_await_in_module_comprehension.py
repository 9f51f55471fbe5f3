# An await in a list comprehension makes it asynchronous too.
results = [await job for job in jobs]
