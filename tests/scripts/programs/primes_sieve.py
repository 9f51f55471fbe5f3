# Sieve of Eratosthenes, trial division and prime factorisation.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(is_prime[i * i::i])
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(200)
print(len(primes), primes[:15], primes[-3:])
def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True
print(all(is_prime(p) for p in primes))
print([n for n in range(90, 110) if is_prime(n)])
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
for n in [2, 12, 97, 360, 1001, 2 ** 31 - 1, 600851475143]:
    print(n, factorize(n))
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print(twins[:6])
print(sum(sieve(10000)))
