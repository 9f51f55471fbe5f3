//! `_hashlib`: the digests behind `hashlib` (`python/hashlib.py`), from
//! the RustCrypto crates: md5, sha1 and the SHA-2 family.

use std::rc::Rc;

use sha2::Digest;

use crate::interp::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::Kwargs;
use crate::runtime::value::Value;

pub(crate) fn fill(ns: &PyDict) {
    ns.set_str("digest", super::native("digest", "(name, data, /)", digest));
}

fn hash_with<D: Digest>(data: &[u8]) -> Vec<u8> {
    D::digest(data).to_vec()
}

/// `digest(name, data)`: the digest of all of `data` by the named algorithm.
fn digest(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let name = it.to_str(&args[0])?;
    let data = args[1].byte_content().ok_or_else(|| {
        PyErr::type_error(format!(
            "object supporting the buffer API required, not '{}'",
            args[1].type_name()
        ))
    })?;
    let out = match name.as_str() {
        "md5" => hash_with::<md5::Md5>(&data),
        "sha1" => hash_with::<sha1::Sha1>(&data),
        "sha224" => hash_with::<sha2::Sha224>(&data),
        "sha256" => hash_with::<sha2::Sha256>(&data),
        "sha384" => hash_with::<sha2::Sha384>(&data),
        "sha512" => hash_with::<sha2::Sha512>(&data),
        other => return Err(PyErr::value_error(format!("unsupported hash type {other}"))),
    };
    Ok(Value::Bytes(Rc::new(out)))
}
