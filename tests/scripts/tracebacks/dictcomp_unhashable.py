# An unhashable key made by a dict comprehension.
rows = [[1, 2], [3, 4]]
index = {row: len(row) for row in rows}
