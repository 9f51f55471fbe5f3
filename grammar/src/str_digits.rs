//! CPython's limit on the decimal digits of an int converted from or to a
//! string (`sys.set_int_max_str_digits`). It lives here, not in the runtime,
//! because the lexer enforces it on int literals: the one value both read.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `sys.int_info.default_max_str_digits`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_MAX_STR_DIGITS);

/// `sys.get_int_max_str_digits()`: 0 means no limit.
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`, `n` already checked.
pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, Ordering::Relaxed);
}

/// Whether `digits` decimal digits are more than the limit allows.
pub fn exceeds_limit(digits: usize) -> bool {
    let limit = max_str_digits();
    limit > 0 && digits > limit
}

/// The ValueError's message for too many digits; `has` is the count, when
/// parsing.
pub fn limit_message(has: Option<usize>) -> String {
    let has = has.map_or(String::new(), |n| format!(": value has {n} digits"));
    format!(
        "Exceeds the limit ({} digits) for integer string conversion{has}; \
         use sys.set_int_max_str_digits() to increase the limit",
        max_str_digits()
    )
}

/// The limit set to another value until dropped: to parse again the text
/// of a `compile()` result under the limit in force when it was compiled.
/// Drop it before running anything that may set the limit.
pub struct LimitScope {
    outer: usize,
}

impl LimitScope {
    pub fn new(limit: usize) -> LimitScope {
        let outer = max_str_digits();
        set_max_str_digits(limit);
        LimitScope { outer }
    }
}

impl Drop for LimitScope {
    fn drop(&mut self) {
        set_max_str_digits(self.outer);
    }
}
