# Assorted string processing: caesar cipher, palindromes, run-length encoding, anagrams.
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord('A') if ch.isupper() else ord('a')
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return ''.join(out)
msg = 'Hello, World!'
enc = caesar(msg, 3)
print(enc, '->', caesar(enc, -3))
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for s in ['A man, a plan, a canal: Panama', 'racecar', 'hello', '']:
    print(repr(s), is_palindrome(s))
def rle(s):
    if not s:
        return ''
    out, prev, count = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f'{count}{prev}')
            prev, count = ch, 1
    out.append(f'{count}{prev}')
    return ''.join(out)
print(rle('aaabccddddde'), rle('x'), repr(rle('')))
words = ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog']
groups = {}
for w in words:
    groups.setdefault(''.join(sorted(w)), []).append(w)
for key in sorted(groups):
    print(key, groups[key])
sentence = 'the quick brown fox'
print(' '.join(w[::-1] for w in sentence.split()))
print(' '.join(reversed(sentence.split())))
print(sentence.title().replace(' ', ''))
print(''.join(c for c in sentence if c not in 'aeiou'))
