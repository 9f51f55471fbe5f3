//! Digit strings to big ints in less than quadratic time, for int literals
//! and `int(text, base)`. num-bigint multiplies the whole value by the base
//! once per word of digits, which is quadratic; a long string is instead
//! split in two, each half converted recursively and the halves joined as
//! `high * base**len(low) + low`, where num-bigint's Karatsuba and Toom-3
//! multiplications do the work.

use num_bigint::BigUint;
use num_traits::Pow;

/// The pieces the recursion ends on, converted by num-bigint. (Base 10,
/// release build, instructions counted: 512 to 2048 do about as well, 1024
/// a little the best; 4096 costs 5 to 10% more on long strings.)
const BLOCK: usize = 1024;

/// Strings up to this long are converted by num-bigint directly: the
/// recursion, powers included, costs about the same at 4000 digits, 14%
/// less at 8000, half at 32000.
const DIRECT: usize = 4 * BLOCK;

/// The value of `digits`, ASCII digits of `radix` (2 to 36) without sign,
/// prefix or underscores; None when one is not a digit of `radix`.
pub fn parse_digits(digits: &[u8], radix: u32) -> Option<BigUint> {
    let mut values = Vec::with_capacity(digits.len());
    for &c in digits {
        let v = digit_value(c).filter(|&v| u32::from(v) < radix)?;
        values.push(v);
    }
    // A power of two takes a fixed number of bits per digit: num-bigint
    // places them in linear time.
    if radix.is_power_of_two() || values.len() <= DIRECT {
        return BigUint::from_radix_be(&values, radix);
    }
    let powers = powers(radix, values.len());
    Some(join(&values, radix, &powers))
}

fn digit_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'z' => Some(c - b'a' + 10),
        b'A'..=b'Z' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// `radix ** (BLOCK << i)` for each level `i` below `len` digits.
fn powers(radix: u32, len: usize) -> Vec<BigUint> {
    let mut powers = vec![Pow::pow(&BigUint::from(radix), BLOCK)];
    while (BLOCK << powers.len()) < len {
        let top = &powers[powers.len() - 1];
        let next = top * top;
        powers.push(next);
    }
    powers
}

/// The value of `values` (digit values, already checked against `radix`).
fn join(values: &[u8], radix: u32, powers: &[BigUint]) -> BigUint {
    if values.len() <= BLOCK {
        // Never None: every value is below the radix.
        return BigUint::from_radix_be(values, radix).unwrap_or_default();
    }
    // The low part has `BLOCK << level` digits, the most below the length:
    // the high part is no longer, and each level multiplies by one power.
    let mut level = 0;
    while (BLOCK << (level + 1)) < values.len() {
        level += 1;
    }
    let (high, low) = values.split_at(values.len() - (BLOCK << level));
    join(high, radix, powers) * &powers[level] + join(low, radix, powers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::Num;

    /// Digits from a simple LCG: deterministic and varied.
    fn digits(len: usize, radix: u32, seed: u64) -> String {
        let mut x = seed;
        (0..len)
            .map(|_| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let d = u32::try_from((x >> 33) % u64::from(radix)).unwrap_or(0);
                char::from_digit(d, radix).unwrap_or('0')
            })
            .collect()
    }

    #[test]
    fn agrees_with_num_bigint() {
        for (radix, len) in [
            (10, 1),
            (10, DIRECT),
            (10, DIRECT + 1),
            (10, 2 * DIRECT),
            (10, 2 * DIRECT + 1),
            (10, 5 * DIRECT + 17),
            (7, 3 * DIRECT + 5),
            (12, 4 * DIRECT - 1),
            (36, 2 * DIRECT + 3),
            (16, 3 * DIRECT),
        ] {
            for seed in 1..4 {
                let text = digits(len, radix, seed * 7919 + u64::from(radix));
                let want = BigUint::from_str_radix(&text, radix).ok();
                assert_eq!(parse_digits(text.as_bytes(), radix), want, "{radix} {len}");
            }
        }
    }

    #[test]
    fn zero_runs_and_bad_digits() {
        let mut text = "1".to_string();
        text.push_str(&"0".repeat(3 * DIRECT));
        text.push('7');
        let want = BigUint::from_str_radix(&text, 10).ok();
        assert_eq!(parse_digits(text.as_bytes(), 10), want);
        assert_eq!(parse_digits(b"12a", 10), None);
        assert_eq!(parse_digits(b"129", 9), None);
        assert_eq!(parse_digits(b"zZ", 36), Some(BigUint::from(35u32 * 37)));
    }
}
