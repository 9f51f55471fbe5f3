//! `_random`: the Mersenne Twister (MT19937) behind the `random` module,
//! seeded and drawn as CPython does. `_random.Random` is the native base
//! of `random.Random` (as in CPython): an instance keeps the generator's
//! state in its hidden slot 0, a bytearray of 625 little-endian 32-bit
//! words (624 words and the position), so `random()` and `getrandbits()`
//! are native methods a call site reaches without a Python frame.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::{BigInt, BigUint, Sign};
use sha2::{Digest, Sha512};

use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::{Kwargs, NativeFn};
use crate::runtime::instance::Instance;
use crate::runtime::value::Value;

const N: usize = 624;
const M: usize = 397;
const STATE_BYTES: usize = (N + 1) * 4;

const CLASS_KEY: &str = "_random.Random";

/// Fill the `_random` module: the `Random` base class and `sha512` (for
/// seeding from a str as CPython does).
pub(crate) fn fill(it: &Interp, ns: &PyDict) {
    let c = super::module_class(it, CLASS_KEY, make_class);
    ns.set_str("Random", Value::Class(c));
    super::def_natives(ns, "_random", &[("sha512", "(data, /)", sha512)]);
}

fn make_class(it: &Interp) -> Rc<Class> {
    let c = crate::interp::types::make_module_class("_random", "Random", &it.types.object, 1);
    let methods: [(&'static str, &'static str, NativeFn); 5] = [
        ("random", "()", random),
        ("getrandbits", "(k, /)", getrandbits),
        ("seed", "(n=None, /)", seed),
        ("getstate", "()", getstate),
        ("setstate", "(state, /)", setstate),
    ];
    super::def_methods(&c, &methods);
    let _ = c.builtin_ctor.set(Some(super::native(
        "Random",
        "(*args, **kwargs)",
        random_new,
    )));
    super::def_static(&c, "Random", "__new__", "(*args, **kwargs)", dunder_new);
    c
}

/// A new generator of `class`, seeded from `arg` as `seed(arg)` does
/// (CPython's `Random.__new__` seeds too; `random.Random.__init__` seeds
/// again).
fn make_in(it: &mut Interp, class: &Rc<Class>, arg: Option<&Value>) -> PyResult<Value> {
    let inst = Instance::new(class.clone());
    // Every word is written by the seeding below.
    inst.set(0, Some(Value::bytearray(vec![0u8; STATE_BYTES])));
    let v = Value::Instance(inst);
    seed_from(it, &v, arg.unwrap_or(&Value::None))?;
    Ok(v)
}

/// `_random.Random(x=None)` itself.
fn random_new(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::no_kwargs("Random", kw)?;
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "Random() expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let class = it
        .types
        .misc
        .borrow()
        .get(CLASS_KEY)
        .cloned()
        .ok_or_else(|| PyErr::runtime_error("_random is not initialized"))?;
    make_in(it, &class, args.first())
}

/// `Random.__new__(cls, ...)` for a subclass (`random.Random`): seeded
/// from the first argument when it is a seed an int or None gives, else
/// from the system (the subclass's `__init__` decides).
fn dunder_new(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let base = it.types.misc.borrow().get(CLASS_KEY).cloned();
    match (args.first(), base) {
        (Some(Value::Class(c)), Some(base)) if c.is_subclass(&base) => {
            let c = c.clone();
            let arg = args
                .get(1)
                .filter(|a| matches!(a, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)));
            make_in(it, &c, arg)
        }
        _ => Err(PyErr::type_error(
            "Random.__new__(X): X is not a type object",
        )),
    }
}

/// The generator: 624 words and the index of the next one to use.
struct Mt {
    mt: [u32; N],
    index: usize,
}

impl Mt {
    fn load(bytes: &[u8]) -> Mt {
        let mut mt = [0u32; N];
        for (i, w) in mt.iter_mut().enumerate() {
            *w = word_at(bytes, i);
        }
        let index = usize::try_from(word_at(bytes, N)).unwrap_or(N).min(N);
        Mt { mt, index }
    }

    fn store(&self, bytes: &mut [u8]) {
        for (i, w) in self.mt.iter().enumerate() {
            bytes[i * 4..i * 4 + 4].copy_from_slice(&w.to_le_bytes());
        }
        let index = u32::try_from(self.index).unwrap_or(0);
        bytes[N * 4..N * 4 + 4].copy_from_slice(&index.to_le_bytes());
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            let i32_ = u32::try_from(i).unwrap_or(0);
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i32_);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = self.mt[i - 1];
            let j32 = u32::try_from(j).unwrap_or(0);
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.mt[i - 1];
            let i32_ = u32::try_from(i).unwrap_or(0);
            self.mt[i] =
                (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i32_);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
        self.index = N;
    }

    fn twist(&mut self) {
        for k in 0..N {
            let y = (self.mt[k] & 0x8000_0000) | (self.mt[(k + 1) % N] & 0x7fff_ffff);
            let mag = if y & 1 == 1 { 0x9908_b0df } else { 0 };
            self.mt[k] = self.mt[(k + M) % N] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }
}

/// MT19937's output transformation of a state word.
fn temper(mut y: u32) -> u32 {
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000;
    y ^ (y >> 18)
}

fn word_at(bytes: &[u8], i: usize) -> u32 {
    let mut w = [0u8; 4];
    if let Some(b) = bytes.get(i * 4..i * 4 + 4) {
        w.copy_from_slice(b);
    }
    u32::from_le_bytes(w)
}

/// The state bytes of a generator (`self`).
fn state_of(v: &Value) -> PyResult<Rc<RefCell<Vec<u8>>>> {
    match v {
        Value::Instance(i) => match i.get(0) {
            Some(Value::ByteArray(b)) if b.borrow().len() == STATE_BYTES => Some(b),
            _ => None,
        },
        _ => None,
    }
    .ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor requires a '_random.Random' object but received a '{}'",
            v.type_name()
        ))
    })
}

/// Runs `f` on the generator kept in `state`, writing it back after
/// (for seeding and restoring, which rewrite every word).
fn with_mt<T>(v: &Value, f: impl FnOnce(&mut Mt) -> T) -> PyResult<T> {
    let state = state_of(v)?;
    let mut bytes = state.borrow_mut();
    let mut mt = Mt::load(&bytes);
    let out = f(&mut mt);
    mt.store(&mut bytes);
    Ok(out)
}

/// Runs `f` with a drawing function on the state's bytes in place: only
/// the word drawn and the position are read and written, and the whole
/// state once every 624 draws when it is regenerated.
fn with_draws<T>(v: &Value, f: impl FnOnce(&mut dyn FnMut() -> u32) -> T) -> PyResult<T> {
    let state = state_of(v)?;
    let mut bytes = state.borrow_mut();
    let mut draw = || {
        let mut index = usize::try_from(word_at(&bytes, N)).unwrap_or(N);
        if index >= N {
            let mut mt = Mt::load(&bytes);
            mt.twist();
            mt.store(&mut bytes);
            index = 0;
        }
        let y = word_at(&bytes, index);
        let next = u32::try_from(index + 1).unwrap_or(0);
        bytes[N * 4..N * 4 + 4].copy_from_slice(&next.to_le_bytes());
        temper(y)
    };
    Ok(f(&mut draw))
}

fn int_of(v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(u8::from(*b))),
        Value::BigInt(b) => Ok((**b).clone()),
        other => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// `r.seed(n=None)`: from the system's random source for None, else
/// from the 32-bit words of `abs(n)` (of `abs(hash(n))` for what is not
/// an int), least significant first (zero is the one word 0).
fn seed(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    seed_from(it, &args[0], args.get(1).unwrap_or(&Value::None))?;
    Ok(Value::None)
}

fn seed_from(it: &mut Interp, me: &Value, n: &Value) -> PyResult<()> {
    let n = match n {
        Value::None => return seed_entropy(me),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => int_of(n)?,
        Value::Instance(i) if matches!(i.base_value(), Some(Value::Int(_) | Value::BigInt(_))) => {
            int_of(&i.base_value().unwrap_or(Value::Int(0)))?
        }
        // CPython takes the hash's bits as an unsigned number.
        other => BigInt::from(it.hash(other)?),
    };
    let mut key = n.magnitude().to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    with_mt(me, |mt| mt.init_by_array(&key))
}

/// Seeds from the system's random source, or from the clock and the
/// process id where there is none.
fn seed_entropy(me: &Value) -> PyResult<()> {
    use std::io::Read;
    let mut buf = vec![0u8; N * 4];
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    let key: Vec<u32> = if read.is_ok() {
        buf.chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect()
    } else {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        let nanos = now.as_nanos();
        let mut key: Vec<u32> = (0..4)
            .map(|i| u32::try_from((nanos >> (32 * i)) & 0xffff_ffff).unwrap_or(0))
            .collect();
        key.push(std::process::id());
        key
    };
    with_mt(me, |mt| mt.init_by_array(&key))
}

/// `r.random()`: a float in [0, 1) from 27 and 26 bits of two draws.
fn random(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (a, b) = with_draws(&args[0], |draw| {
        let a = draw() >> 5;
        let b = draw() >> 6;
        (a, b)
    })?;
    let x = f64::from(a) * 67_108_864.0 + f64::from(b);
    Ok(Value::Float(x * (1.0 / 9_007_199_254_740_992.0)))
}

/// `r.getrandbits(k)`: k random bits, in 32-bit draws from the least
/// significant word up; the last draw keeps its top bits.
fn getrandbits(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let k = super::want_int(it, &args[1])?;
    if k < 0 {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    let k = u64::try_from(k).unwrap_or(0);
    if k <= 32 {
        let shift = u32::try_from(32 - k).unwrap_or(0);
        let r = with_draws(&args[0], |draw| draw() >> shift)?;
        return Ok(Value::Int(i64::from(r)));
    }
    let words = usize::try_from((k - 1) / 32 + 1)
        .map_err(|_| PyErr::overflow("Python int too large to convert to C int"))?;
    let digits = with_draws(&args[0], |draw| {
        let mut left = k;
        let mut out = Vec::with_capacity(words);
        for _ in 0..words {
            let mut r = draw();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        out
    })?;
    Ok(Value::bigint(BigInt::from_biguint(
        Sign::Plus,
        BigUint::from_slice(&digits),
    )))
}

/// `r.getstate()`: the 624 words and the position, as a tuple of ints.
fn getstate(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let state = state_of(&args[0])?;
    let bytes = state.borrow();
    let items = (0..=N)
        .map(|i| Value::Int(i64::from(word_at(&bytes, i))))
        .collect();
    Ok(Value::tuple(items))
}

/// `r.setstate(words)`: the inverse of `getstate`, checked as CPython
/// checks it.
fn setstate(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Value::Tuple(t) = &args[1] else {
        return Err(PyErr::type_error("state vector must be a tuple"));
    };
    if t.items.len() != N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(N + 1);
    for v in t.items.iter() {
        let n = int_of(v)?;
        let w = u32::try_from(&n)
            .map_err(|_| PyErr::overflow("Python int too large to convert to C unsigned long"))?;
        words.push(w);
    }
    let index = usize::try_from(words[N]).unwrap_or(usize::MAX);
    if index > N {
        return Err(PyErr::value_error("invalid state"));
    }
    with_mt(&args[0], |mt| {
        mt.mt.copy_from_slice(&words[..N]);
        mt.index = index;
    })?;
    Ok(Value::None)
}

/// `sha512(data)`: the SHA-512 digest of bytes, for seeding from str.
fn sha512(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let digest = match &args[0] {
        Value::Bytes(b) => Sha512::digest(b.as_slice()),
        Value::ByteArray(b) => Sha512::digest(b.borrow().as_slice()),
        other => {
            return Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                other.type_name()
            )))
        }
    };
    Ok(Value::Bytes(Rc::new(digest.to_vec())))
}
