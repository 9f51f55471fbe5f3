# hashlib: md5, sha1 and the SHA-2 family, with update/copy and their errors.
import hashlib
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = getattr(hashlib, name)(b"hello")
    h.update(b" world")
    print(name, h.hexdigest(), h.digest_size, h.block_size, h.name, len(h.digest()))
print(hashlib.new("sha256", b"abc").hexdigest(), hashlib.md5().hexdigest(), hashlib.sha256(bytearray(b"x")).hexdigest())
c = hashlib.sha1(b"a"); d = c.copy(); d.update(b"b")
print(c.hexdigest() != d.hexdigest(), d.hexdigest() == hashlib.sha1(b"ab").hexdigest(), "sha256" in hashlib.algorithms_guaranteed)
for bad in [lambda: hashlib.sha256("text"), lambda: hashlib.new("nope")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
