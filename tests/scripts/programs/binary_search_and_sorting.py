# Hand-written sorting and searching algorithms.
def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]
def quicksort(a):
    if len(a) < 2:
        return a
    pivot, rest = a[0], a[1:]
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
def bsearch(a, target):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
data = [(i * 37 + 11) % 101 for i in range(40)]
print(data)
s1, s2, s3 = insertion_sort(data), merge_sort(data), quicksort(data)
print(s1)
print(s1 == s2 == s3 == sorted(data))
print([bsearch(s1, t) for t in (s1[0], s1[17], s1[-1], 1000, -5)])
print(merge_sort(['pear', 'apple', 'fig', 'banana']))
