//! Python's regular-expression syntax, read as CPython's `re` reads it: a
//! pattern is checked (with CPython's error messages and positions) and
//! rewritten into fancy-regex's syntax, spelling out whatever the two
//! differ on (`$`, `\Z`, `\s`, ASCII-only classes and case folding, group
//! names, backreferences). Replacement templates (`\1`, `\g<name>`) are
//! read here too.

/// The flag bits, as `re` numbers them.
pub(crate) const IGNORECASE: i64 = 2;
pub(crate) const LOCALE: i64 = 4;
pub(crate) const MULTILINE: i64 = 8;
pub(crate) const DOTALL: i64 = 16;
pub(crate) const UNICODE: i64 = 32;
pub(crate) const VERBOSE: i64 = 64;
pub(crate) const ASCII: i64 = 256;
use super::str_methods::is_identifier;
use crate::interp::repr::str_repr;

const TYPE_FLAGS: i64 = ASCII | LOCALE | UNICODE;

/// The largest repetition count CPython takes (its MAXREPEAT is one more).
const MAX_REPEAT: u64 = 4_294_967_294;

/// Which Python exception a problem with a pattern is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum ErrKind {
    /// `re.error`
    Re,
    Overflow,
    Value,
    /// `IndexError` (an unknown group name in a template)
    Index,
}

#[derive(Debug)]
pub(crate) struct ReError {
    pub(crate) kind: ErrKind,
    pub(crate) msg: String,
    pub(crate) pos: Option<usize>,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, ReError> {
    Err(ReError {
        kind: ErrKind::Re,
        msg: msg.into(),
        pos: Some(pos),
    })
}

/// A pattern in fancy-regex's syntax, with what `re` reports about it.
pub(crate) struct Parsed {
    pub(crate) regex: String,
    pub(crate) groups: usize,
    pub(crate) names: Vec<(String, usize)>,
    pub(crate) flags: i64,
}

/// One piece of a pattern: its text for fancy-regex, the fewest and most
/// characters it can match (None: no limit), whether it is an anchor (which
/// cannot repeat), and whether it is already a repetition.
struct Item {
    text: String,
    min: u64,
    max: Option<u64>,
    anchor: bool,
    repeated: bool,
}

impl Item {
    fn one(text: String) -> Item {
        Item {
            text,
            min: 1,
            max: Some(1),
            anchor: false,
            repeated: false,
        }
    }
    fn anchor(text: &str) -> Item {
        Item {
            text: text.to_string(),
            min: 0,
            max: Some(0),
            anchor: true,
            repeated: false,
        }
    }
}

struct Parser<'a> {
    p: &'a [char],
    i: usize,
    bytes: bool,
    /// The flags given and set at the start with `(?...)`.
    flags: i64,
    groups: usize,
    open: Vec<usize>,
    names: Vec<(String, usize)>,
    /// The width of each closed group (index = group number - 1).
    widths: Vec<Option<(u64, Option<u64>)>>,
    /// Groups that conditionals test, and where.
    cond_refs: Vec<(usize, usize)>,
}

const WORD_ASCII: &str = "0-9A-Za-z_";
const SPACE_ASCII: &str = "\\t\\n\\x0B\\x0C\\r\\x20";

/// Parse a pattern (a str's characters, or a bytes' bytes as characters
/// U+0000..U+00FF) with the flags given.
pub(crate) fn parse(p: &[char], bytes: bool, flags: i64) -> Result<Parsed, ReError> {
    let mut ps = Parser {
        p,
        i: 0,
        bytes,
        flags,
        groups: 0,
        open: Vec::new(),
        names: Vec::new(),
        widths: Vec::new(),
        cond_refs: Vec::new(),
    };
    let (body, _, _) = ps.alternation(flags, true)?;
    if ps.i < p.len() {
        // Only a ')' stops the top level early.
        return err("unbalanced parenthesis", ps.i);
    }
    if let Some(&(g, at)) = ps.cond_refs.iter().find(|&&(g, _)| g > ps.groups) {
        return err(format!("invalid group reference {g}"), at);
    }
    let mut flags = ps.flags;
    if bytes {
        if flags & UNICODE != 0 {
            return value_err("cannot use UNICODE flag with a bytes pattern");
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return value_err("ASCII and LOCALE flags are incompatible");
        }
    } else {
        if flags & LOCALE != 0 {
            return value_err("cannot use LOCALE flag with a str pattern");
        }
        if flags & ASCII == 0 {
            flags |= UNICODE;
        } else if flags & UNICODE != 0 {
            return value_err("ASCII and UNICODE flags are incompatible");
        }
    }
    let regex = if folds_unicode(ps.flags, bytes) {
        format!("(?i){body}")
    } else {
        body
    };
    Ok(Parsed {
        regex,
        groups: ps.groups,
        names: ps.names,
        flags,
    })
}

fn value_err<T>(msg: &str) -> Result<T, ReError> {
    Err(ReError {
        kind: ErrKind::Value,
        msg: msg.to_string(),
        pos: None,
    })
}

/// Case folding is left to fancy-regex's `(?i)` (Unicode's) under these
/// flags; ASCII-only folding is spelled out here.
fn folds_unicode(flags: i64, bytes: bool) -> bool {
    flags & IGNORECASE != 0 && !ascii_mode(flags, bytes)
}

fn ascii_mode(flags: i64, bytes: bool) -> bool {
    bytes || flags & (ASCII | LOCALE) != 0
}

/// A character as fancy-regex reads it literally.
fn esc(c: char, out: &mut String) {
    if c.is_alphanumeric() || !c.is_ascii() && !c.is_whitespace() {
        out.push(c);
    } else {
        out.push_str(&format!("\\x{{{:X}}}", u32::from(c)));
    }
}

fn is_repeat_char(c: char) -> bool {
    matches!(c, '*' | '+' | '?' | '{')
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.p.get(self.i).copied()
    }
    fn at(&self, k: usize) -> Option<char> {
        self.p.get(self.i + k).copied()
    }
    fn text(&self, from: usize, to: usize) -> String {
        self.p[from..to.min(self.p.len())].iter().collect()
    }

    /// Skip white space and `#` comments (verbose mode).
    fn skip_verbose(&mut self, flags: i64) {
        if flags & VERBOSE == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                self.i += 1;
            } else if c == '#' {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    /// Branches separated by `|`, up to a `)` or the end.
    fn alternation(
        &mut self,
        flags: i64,
        top: bool,
    ) -> Result<(String, u64, Option<u64>), ReError> {
        let mut text = String::new();
        let mut min = u64::MAX;
        let mut max = Some(0);
        let mut first = true;
        loop {
            // Global flags, set at the start, hold for every top-level branch.
            let branch_flags = if top { self.flags } else { flags };
            let (t, lo, hi) = self.sequence(branch_flags, top && first)?;
            if !first {
                text.push('|');
            }
            text.push_str(&t);
            min = min.min(lo);
            max = match (max, hi) {
                (Some(a), Some(b)) => Some(a.max(b)),
                _ => None,
            };
            first = false;
            if self.peek() == Some('|') {
                self.i += 1;
            } else {
                break;
            }
        }
        Ok((text, min, max))
    }

    fn sequence(
        &mut self,
        flags: i64,
        at_start: bool,
    ) -> Result<(String, u64, Option<u64>), ReError> {
        let mut items: Vec<Item> = Vec::new();
        // Global flags may still change the flags of the first sequence.
        let mut flags = flags;
        loop {
            self.skip_verbose(flags);
            let Some(c) = self.peek() else { break };
            if c == '|' || c == ')' {
                break;
            }
            if is_repeat_char(c) && (c != '{' || self.repetition_here().is_some()) {
                self.repeat(&mut items)?;
                continue;
            }
            let global_ok = at_start && items.is_empty();
            if let Some(item) = self.atom(&mut flags, global_ok)? {
                items.push(item);
            }
        }
        let mut text = String::new();
        let mut min = 0u64;
        let mut max = Some(0u64);
        for item in items {
            text.push_str(&item.text);
            min = min.saturating_add(item.min);
            max = match (max, item.max) {
                (Some(a), Some(b)) => Some(a.saturating_add(b)),
                _ => None,
            };
        }
        Ok((text, min, max))
    }

    /// `{m}`, `{m,}`, `{,n}` or `{m,n}` here: (m, n) and where it ends.
    fn repetition_here(&self) -> Option<(Option<u64>, Option<u64>, usize, bool)> {
        let rest = &self.p[self.i..];
        let close = rest.iter().position(|&c| c == '}')?;
        let inner = &rest[1..close];
        let comma = inner.iter().position(|&c| c == ',');
        let (a, b) = match comma {
            Some(k) => (&inner[..k], Some(&inner[k + 1..])),
            None => (inner, None),
        };
        let digits = |s: &[char]| s.iter().all(char::is_ascii_digit);
        if !digits(a) || !b.is_none_or(digits) {
            return None;
        }
        if b.is_none() && a.is_empty() {
            return None;
        }
        let num = |s: &[char]| -> Option<u64> {
            if s.is_empty() {
                None
            } else {
                // Saturate: anything this big is refused as too large.
                Some(s.iter().collect::<String>().parse().unwrap_or(u64::MAX))
            }
        };
        let lo = num(a);
        let hi = match b {
            Some(b) => num(b),
            None => lo,
        };
        Some((lo, hi, self.i + close + 1, b.is_some()))
    }

    fn repeat(&mut self, items: &mut [Item]) -> Result<(), ReError> {
        let here = self.i;
        let c = self.p[here];
        let (lo, hi, next) = if c == '{' {
            let Some((lo, hi, next, _)) = self.repetition_here() else {
                return err("nothing to repeat", here);
            };
            let lo = lo.unwrap_or(0);
            for v in [Some(lo), hi].into_iter().flatten() {
                if v > MAX_REPEAT {
                    return Err(ReError {
                        kind: ErrKind::Overflow,
                        msg: "the repetition number is too large".into(),
                        pos: None,
                    });
                }
            }
            if let Some(hi) = hi {
                if hi < lo {
                    return err("min repeat greater than max repeat", here + 1);
                }
            }
            (lo, hi, next)
        } else {
            match c {
                '*' => (0, None, here + 1),
                '+' => (1, None, here + 1),
                _ => (0, Some(1), here + 1),
            }
        };
        let Some(last) = items.last_mut() else {
            return err("nothing to repeat", here);
        };
        if last.anchor {
            return err("nothing to repeat", here);
        }
        if last.repeated {
            return err("multiple repeat", here);
        }
        self.i = next;
        if last.max == Some(0) {
            // Something that matches no characters (an empty group, a
            // lookaround) repeated: once is as good as more, and none
            // always succeeds.
            if lo == 0 {
                last.text.clear();
            }
            last.repeated = true;
            if matches!(self.peek(), Some('?' | '+')) {
                self.i += 1;
            }
            return Ok(());
        }
        let mut quant = match (c, lo, hi) {
            ('*', ..) => "*".to_string(),
            ('+', ..) => "+".to_string(),
            ('?', ..) => "?".to_string(),
            (_, lo, Some(hi)) if lo == hi => format!("{{{lo}}}"),
            (_, lo, Some(hi)) => format!("{{{lo},{hi}}}"),
            (_, lo, None) => format!("{{{lo},}}"),
        };
        if let Some(m) = self.peek().filter(|&m| m == '?' || m == '+') {
            quant.push(m);
            self.i += 1;
        }
        // fancy-regex reads `x{2}` after another quantifier's text as a new
        // atom; a group keeps the repetition on the item.
        last.text = format!("(?:{}){quant}", last.text);
        last.min = last.min.saturating_mul(lo);
        last.max = match (last.max, hi) {
            (Some(0), _) => Some(0),
            (Some(a), Some(b)) => Some(a.saturating_mul(b)),
            _ => None,
        };
        last.repeated = true;
        Ok(())
    }

    /// One atom (a character, class, group, escape, anchor); None for
    /// what matches nothing (a comment, global flags).
    fn atom(&mut self, flags: &mut i64, global_ok: bool) -> Result<Option<Item>, ReError> {
        let c = self.p[self.i];
        let start = self.i;
        self.i += 1;
        let item = match c {
            '.' => Item::one(if *flags & DOTALL != 0 {
                "(?s:.)".into()
            } else {
                "[^\\n]".into()
            }),
            '^' => Item::anchor(if *flags & MULTILINE != 0 {
                "(?m:^)"
            } else {
                "\\A"
            }),
            '$' => Item::anchor(if *flags & MULTILINE != 0 {
                "(?m:$)"
            } else {
                "(?=\\n?\\z)"
            }),
            '[' => self.class(start, *flags)?,
            '(' => return self.group(start, flags, global_ok),
            '\\' => self.escape(start, *flags)?,
            c => self.literal(c, *flags),
        };
        Ok(Some(item))
    }

    fn literal(&self, c: char, flags: i64) -> Item {
        let mut text = String::new();
        if flags & IGNORECASE != 0 && ascii_mode(flags, self.bytes) && c.is_ascii_alphabetic() {
            text.push('[');
            text.push(c.to_ascii_lowercase());
            text.push(c.to_ascii_uppercase());
            text.push(']');
        } else {
            esc(c, &mut text);
        }
        Item::one(text)
    }

    /// A class escape's text inside a class (`\d` ...), or None.
    fn category(&self, c: char, flags: i64) -> Option<String> {
        let ascii = ascii_mode(flags, self.bytes);
        let (set, negated) = match c {
            'd' | 'D' => (if ascii { "0-9" } else { "\\d" }, c == 'D'),
            'w' | 'W' => (if ascii { WORD_ASCII } else { "\\w" }, c == 'W'),
            's' | 'S' => (if ascii { SPACE_ASCII } else { "\\s\\x1C-\\x1F" }, c == 'S'),
            _ => return None,
        };
        Some(if negated {
            format!("[^{set}]")
        } else {
            set.to_string()
        })
    }

    /// The character a `\x..`, `\u....`, `\U........`, octal or simple
    /// escape stands for, at `self.i` just after the backslash; None when
    /// it is none of those.
    fn char_escape(&mut self, start: usize, in_class: bool) -> Result<Option<char>, ReError> {
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", start);
        };
        let simple = match c {
            'a' => Some('\x07'),
            'f' => Some('\x0c'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'v' => Some('\x0b'),
            'b' if in_class => Some('\x08'),
            '\\' => Some('\\'),
            _ => None,
        };
        if simple.is_some() {
            self.i += 1;
            return Ok(simple);
        }
        let hex_digits = match c {
            'x' => 2,
            'u' if !self.bytes => 4,
            'U' if !self.bytes => 8,
            _ => 0,
        };
        if hex_digits > 0 {
            self.i += 1;
            let from = self.i;
            while self.i < from + hex_digits && self.peek().is_some_and(|d| d.is_ascii_hexdigit()) {
                self.i += 1;
            }
            let text = self.text(start, self.i);
            if self.i < from + hex_digits {
                return err(format!("incomplete escape {text}"), start);
            }
            let digits: String = self.p[from..self.i].iter().collect();
            let value = u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX);
            return match char::from_u32(value) {
                Some(ch) if c != 'U' || value <= 0x10_FFFF => Ok(Some(ch)),
                _ => err(format!("bad escape {text}"), start),
            };
        }
        if c == 'N' && !self.bytes {
            self.i += 1;
            if self.peek() != Some('{') {
                return err("missing {", self.i);
            }
            let from = self.i + 1;
            let Some(close) = self.p[from..].iter().position(|&d| d == '}') else {
                return err("missing }, unterminated name", from);
            };
            let name: String = self.p[from..from + close].iter().collect();
            if name.is_empty() {
                return err("missing character name", from);
            }
            return err(format!("undefined character name '{name}'"), start);
        }
        if c == '0' || (in_class && ('1'..='7').contains(&c)) {
            // Up to three octal digits.
            let from = self.i;
            while self.i < from + 3 && self.peek().is_some_and(|d| ('0'..='7').contains(&d)) {
                self.i += 1;
            }
            return self.octal(start, from);
        }
        if ('1'..='9').contains(&c)
            && !in_class
            && (1..3).all(|k| self.at(k).is_some_and(|d| ('0'..='7').contains(&d)))
            && c <= '7'
        {
            let from = self.i;
            self.i += 3;
            return self.octal(start, from);
        }
        Ok(None)
    }

    fn octal(&mut self, start: usize, from: usize) -> Result<Option<char>, ReError> {
        let digits: String = self.p[from..self.i].iter().collect();
        let value = u32::from_str_radix(&digits, 8).unwrap_or(0);
        if value > 0o377 {
            return err(
                format!("octal escape value \\{digits} outside of range 0-0o377"),
                start,
            );
        }
        Ok(char::from_u32(value))
    }

    fn escape(&mut self, start: usize, flags: i64) -> Result<Item, ReError> {
        if let Some(ch) = self.char_escape(start, false)? {
            return Ok(self.literal(ch, flags));
        }
        let c = self.p[self.i];
        self.i += 1;
        let ascii = ascii_mode(flags, self.bytes);
        // Python's \B never matches in an empty string: it also asks for a
        // character on one side.
        let nonempty = "(?:(?<=[\\s\\S])|(?=[\\s\\S]))";
        let boundary = |negated: bool| -> String {
            if ascii {
                let w = WORD_ASCII;
                if negated {
                    format!("(?:(?<=[{w}])(?=[{w}])|(?<![{w}])(?![{w}]){nonempty})")
                } else {
                    format!("(?:(?<=[{w}])(?![{w}])|(?<![{w}])(?=[{w}]))")
                }
            } else if negated {
                format!("(?:\\B{nonempty})")
            } else {
                "\\b".into()
            }
        };
        Ok(match c {
            'A' => Item::anchor("\\A"),
            'Z' => Item::anchor("\\z"),
            'b' => Item::anchor(&boundary(false)),
            'B' => Item::anchor(&boundary(true)),
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                let set = self.category(c, flags).unwrap_or_default();
                Item::one(if set.starts_with('[') {
                    set
                } else {
                    format!("[{set}]")
                })
            }
            '1'..='9' => {
                let mut n = c.to_digit(10).map_or(0, |d| d as usize);
                if let Some(d) = self.peek().and_then(|d| d.to_digit(10)) {
                    n = n * 10 + d as usize;
                    self.i += 1;
                }
                self.backref(n, start, flags)?
            }
            c if c.is_ascii_alphanumeric() => {
                return err(format!("bad escape \\{c}"), start);
            }
            c => self.literal(c, flags),
        })
    }

    fn backref(&self, n: usize, start: usize, flags: i64) -> Result<Item, ReError> {
        if n > self.groups {
            return err(format!("invalid group reference {n}"), start + 1);
        }
        if self.open.contains(&n) {
            return err("cannot refer to an open group", start);
        }
        let (min, max) = self
            .widths
            .get(n - 1)
            .copied()
            .flatten()
            .unwrap_or((0, None));
        // Under ASCII-only case folding fancy-regex's own is off: the
        // backreference asks for it.
        let fold = flags & IGNORECASE != 0 && ascii_mode(flags, self.bytes);
        Ok(Item {
            text: format!("(?{}:\\k<{n}>)", if fold { "i" } else { "" }),
            min,
            max,
            anchor: false,
            repeated: false,
        })
    }

    fn class(&mut self, start: usize, flags: i64) -> Result<Item, ReError> {
        let mut text = String::from("[");
        if self.peek() == Some('^') {
            text.push('^');
            self.i += 1;
        }
        let fold_ascii = flags & IGNORECASE != 0 && ascii_mode(flags, self.bytes);
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return err("unterminated character set", start);
            };
            if c == ']' && !first {
                self.i += 1;
                break;
            }
            first = false;
            let item_start = self.i;
            let lo = self.class_item(flags)?;
            // A range?
            if self.peek() == Some('-') && self.at(1).is_some_and(|d| d != ']') {
                self.i += 1;
                let hi = self.class_item(flags)?;
                let (ClassItem::Char(a), ClassItem::Char(b)) = (&lo, &hi) else {
                    let t = self.text(item_start, self.i);
                    return err(format!("bad character range {t}"), item_start);
                };
                if b < a {
                    let t = self.text(item_start, self.i);
                    return err(format!("bad character range {t}"), item_start);
                }
                esc(*a, &mut text);
                text.push('-');
                esc(*b, &mut text);
                if fold_ascii {
                    for (from, to, shift) in [('a', 'z', -32i32), ('A', 'Z', 32)] {
                        let l = (*a).max(from);
                        let h = (*b).min(to);
                        if l <= h {
                            let move_by = |ch: char| {
                                char::from_u32(u32::from(ch).wrapping_add_signed(shift))
                                    .unwrap_or(ch)
                            };
                            text.push(move_by(l));
                            text.push('-');
                            text.push(move_by(h));
                        }
                    }
                }
                continue;
            }
            match lo {
                ClassItem::Char(ch) => {
                    esc(ch, &mut text);
                    if fold_ascii && ch.is_ascii_alphabetic() {
                        let other = if ch.is_ascii_lowercase() {
                            ch.to_ascii_uppercase()
                        } else {
                            ch.to_ascii_lowercase()
                        };
                        text.push(other);
                    }
                }
                ClassItem::Set(s) => text.push_str(&s),
            }
        }
        text.push(']');
        Ok(Item::one(text))
    }

    fn class_item(&mut self, flags: i64) -> Result<ClassItem, ReError> {
        let c = self.p[self.i];
        let start = self.i;
        self.i += 1;
        if c != '\\' {
            return Ok(ClassItem::Char(c));
        }
        if let Some(ch) = self.char_escape(start, true)? {
            return Ok(ClassItem::Char(ch));
        }
        let e = self.p[self.i];
        self.i += 1;
        if let Some(set) = self.category(e, flags) {
            return Ok(ClassItem::Set(set));
        }
        if e.is_ascii_alphanumeric() {
            return err(format!("bad escape \\{e}"), start);
        }
        Ok(ClassItem::Char(e))
    }

    /// A group name up to `end` (`>` or `)`), checked; the name and where
    /// it starts.
    fn group_name(&mut self, end: char, what: &str) -> Result<(String, usize), ReError> {
        let from = self.i;
        let Some(close) = self.p[from..].iter().position(|&d| d == end) else {
            return err(format!("missing {end}, unterminated name"), from);
        };
        let name: String = self.p[from..from + close].iter().collect();
        if name.is_empty() {
            return err("missing group name", from);
        }
        if !is_identifier(&name) || (self.bytes && !name.is_ascii()) {
            return err(
                format!("bad character in {what} {}", shown(&name, self.bytes)),
                from,
            );
        }
        self.i = from + close + 1;
        Ok((name, from))
    }

    fn group_number(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g)
    }

    fn group(
        &mut self,
        start: usize,
        flags: &mut i64,
        global_ok: bool,
    ) -> Result<Option<Item>, ReError> {
        let mut capture = true;
        let mut name = None;
        let mut inner_flags = *flags;
        let mut kind = "";
        if self.peek() == Some('?') {
            self.i += 1;
            let Some(c) = self.peek() else {
                return err("unexpected end of pattern", self.i);
            };
            self.i += 1;
            capture = false;
            match c {
                ':' => {}
                'P' => {
                    let Some(d) = self.peek() else {
                        return err("unexpected end of pattern", self.i);
                    };
                    self.i += 1;
                    if d == '<' {
                        let (n, at) = self.group_name('>', "group name")?;
                        if let Some(was) = self.group_number(&n) {
                            return err(
                                format!(
                                    "redefinition of group name {} as group {}; was group {was}",
                                    str_repr(&n),
                                    self.groups + 1
                                ),
                                at,
                            );
                        }
                        name = Some(n);
                        capture = true;
                    } else if d == '=' {
                        let (n, at) = self.group_name(')', "group name")?;
                        let Some(g) = self.group_number(&n) else {
                            return err(format!("unknown group name {}", str_repr(&n)), at);
                        };
                        if self.open.contains(&g) {
                            return err("cannot refer to an open group", at);
                        }
                        return self.backref(g, at, *flags).map(Some);
                    } else {
                        return err(format!("unknown extension ?P{d}"), start + 1);
                    }
                }
                '#' => {
                    let Some(close) = self.p[self.i..].iter().position(|&d| d == ')') else {
                        return err("missing ), unterminated comment", start);
                    };
                    self.i += close + 1;
                    return Ok(None);
                }
                '=' | '!' => kind = if c == '=' { "(?=" } else { "(?!" },
                '>' => kind = "(?>",
                '<' => match self.peek() {
                    Some('=') => {
                        self.i += 1;
                        kind = "(?<=";
                    }
                    Some('!') => {
                        self.i += 1;
                        kind = "(?<!";
                    }
                    Some(d) => return err(format!("unknown extension ?<{d}"), start + 1),
                    None => return err("unexpected end of pattern", self.i),
                },
                '(' => return self.conditional(start, *flags).map(Some),
                c if "aiLmsux-".contains(c) => {
                    self.i -= 1;
                    match self.inline_flags(*flags)? {
                        (new, true) => {
                            if !global_ok {
                                return err(
                                    "global flags not at the start of the expression",
                                    start,
                                );
                            }
                            *flags = new;
                            self.flags = new;
                            return Ok(None);
                        }
                        (new, false) => inner_flags = new,
                    }
                }
                c => return err(format!("unknown extension ?{c}"), start + 1),
            }
        }
        let number = if capture {
            self.groups += 1;
            self.open.push(self.groups);
            if let Some(n) = name {
                self.names.push((n, self.groups));
            }
            Some(self.groups)
        } else {
            None
        };
        let (body, min, max) = self.alternation(inner_flags, false)?;
        if self.peek() != Some(')') {
            return err("missing ), unterminated subpattern", start);
        }
        self.i += 1;
        if let Some(g) = number {
            self.open.retain(|&o| o != g);
            if self.widths.len() < g {
                self.widths.resize(g, None);
            }
            self.widths[g - 1] = Some((min, max));
        }
        if kind.starts_with("(?<") && max != Some(min) {
            return Err(ReError {
                kind: ErrKind::Re,
                msg: "look-behind requires fixed-width pattern".into(),
                pos: None,
            });
        }
        let lookaround = kind.len() >= 3 && kind != "(?>";
        let text = if number.is_some() {
            format!("({body})")
        } else if !kind.is_empty() {
            format!("{kind}{body})")
        } else {
            let outer = folds_unicode(*flags, self.bytes);
            let inner = folds_unicode(inner_flags, self.bytes);
            match (outer, inner) {
                (false, true) => format!("(?i:{body})"),
                (true, false) => format!("(?-i:{body})"),
                _ => format!("(?:{body})"),
            }
        };
        Ok(Some(Item {
            text,
            min: if lookaround { 0 } else { min },
            max: if lookaround { Some(0) } else { max },
            anchor: false,
            repeated: false,
        }))
    }

    /// `(?aiLmsux)` or `(?aiLmsux-imsx:`, at the first flag letter: the new
    /// flags and whether they are global ones.
    fn inline_flags(&mut self, flags: i64) -> Result<(i64, bool), ReError> {
        let letter = |c: char| match c {
            'a' => ASCII,
            'i' => IGNORECASE,
            'L' => LOCALE,
            'm' => MULTILINE,
            's' => DOTALL,
            'u' => UNICODE,
            'x' => VERBOSE,
            _ => 0,
        };
        let mut on = 0;
        while let Some(c) = self.peek() {
            let f = letter(c);
            if f == 0 {
                break;
            }
            self.i += 1;
            if f == LOCALE && !self.bytes {
                return err(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    self.i,
                );
            }
            if f == UNICODE && self.bytes {
                return err(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    self.i,
                );
            }
            on |= f;
            if (on & TYPE_FLAGS).count_ones() > 1 {
                return err(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    self.i,
                );
            }
        }
        let mut off = 0;
        match self.peek() {
            None => return err("missing -, : or )", self.i),
            Some(')') => {
                self.i += 1;
                return Ok((flags | on, true));
            }
            Some(':') => {}
            Some('-') => {
                self.i += 1;
                let Some(c) = self.peek() else {
                    return err("missing flag", self.i);
                };
                if letter(c) == 0 {
                    let msg = if c.is_ascii_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing flag"
                    };
                    return err(msg, self.i);
                }
                while let Some(c) = self.peek() {
                    let f = letter(c);
                    if f == 0 {
                        break;
                    }
                    self.i += 1;
                    if f & TYPE_FLAGS != 0 {
                        return err(
                            "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                            self.i,
                        );
                    }
                    off |= f;
                }
                match self.peek() {
                    Some(':') => {}
                    None => return err("missing :", self.i),
                    Some(c) if c.is_ascii_alphabetic() => return err("unknown flag", self.i),
                    Some(_) => return err("missing :", self.i),
                }
            }
            Some(c) if c.is_ascii_alphabetic() => return err("unknown flag", self.i),
            Some(_) => return err("missing -, : or )", self.i),
        }
        self.i += 1; // the ':'
        let mut new = flags;
        if on & TYPE_FLAGS != 0 {
            new &= !TYPE_FLAGS;
        }
        Ok(((new | on) & !off, false))
    }

    /// `(?(group)yes|no)`, after `(?(`.
    fn conditional(&mut self, start: usize, flags: i64) -> Result<Item, ReError> {
        let from = self.i;
        let Some(close) = self.p[from..].iter().position(|&d| d == ')') else {
            return err("missing ), unterminated name", from);
        };
        let name: String = self.p[from..from + close].iter().collect();
        if name.is_empty() {
            return err("missing group name", from);
        }
        let g = if name.chars().all(|d| d.is_ascii_digit()) {
            let g: usize = name.parse().unwrap_or(usize::MAX);
            if g == 0 {
                return err("bad group number", from);
            }
            // A later group will do: checked at the end.
            self.cond_refs.push((g, from));
            g
        } else if is_identifier(&name) {
            match self.group_number(&name) {
                Some(g) => g,
                None => return err(format!("unknown group name {}", str_repr(&name)), from),
            }
        } else {
            let name = shown(&name, self.bytes);
            return err(format!("bad character in group name {name}"), from);
        };
        self.i = from + close + 1;
        let (yes, ymin, ymax) = self.sequence(flags, false)?;
        let (no, nmin, nmax) = if self.peek() == Some('|') {
            self.i += 1;
            let branch = self.sequence(flags, false)?;
            if self.peek() == Some('|') {
                return err("conditional backref with more than two branches", self.i);
            }
            branch
        } else {
            (String::new(), 0, Some(0))
        };
        if self.peek() != Some(')') {
            return err("missing ), unterminated subpattern", start);
        }
        self.i += 1;
        Ok(Item {
            text: format!("(?({g}){yes}|{no})"),
            min: ymin.min(nmin),
            max: match (ymax, nmax) {
                (Some(a), Some(b)) => Some(a.max(b)),
                _ => None,
            },
            anchor: false,
            repeated: false,
        })
    }
}

enum ClassItem {
    Char(char),
    Set(String),
}

/// A name as an error message shows it: its repr, with a bytes pattern's
/// non-ASCII bytes first written as `\xNN`.
fn shown(name: &str, bytes: bool) -> String {
    if !bytes {
        return str_repr(name);
    }
    let text: String = name
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c.to_string()
            } else {
                format!("\\x{:02x}", u32::from(c))
            }
        })
        .collect();
    str_repr(&text)
}

/// A replacement template's pieces.
pub(crate) enum Piece {
    Text(String),
    Group(usize),
}

/// Read a replacement template (`\1`, `\g<1>`, `\g<name>`, escapes).
pub(crate) fn parse_template(
    t: &[char],
    bytes: bool,
    groups: usize,
    names: &dyn Fn(&str) -> Option<usize>,
) -> Result<Vec<Piece>, ReError> {
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let push_group = |lit: &mut String, pieces: &mut Vec<Piece>, g: usize| {
        if !lit.is_empty() {
            pieces.push(Piece::Text(std::mem::take(lit)));
        }
        pieces.push(Piece::Group(g));
    };
    while i < t.len() {
        let c = t[i];
        if c != '\\' {
            lit.push(c);
            i += 1;
            continue;
        }
        let Some(&n) = t.get(i + 1) else {
            return err("bad escape (end of pattern)", i);
        };
        match n {
            'g' => {
                if t.get(i + 2) != Some(&'<') {
                    return err("missing <", i + 2);
                }
                let from = i + 3;
                let Some(close) = t[from..].iter().position(|&d| d == '>') else {
                    return err("missing >, unterminated name", from);
                };
                let name: String = t[from..from + close].iter().collect();
                if name.is_empty() {
                    return err("missing group name", from);
                }
                let g = if name.chars().all(|d| d.is_ascii_digit()) {
                    name.parse().unwrap_or(usize::MAX)
                } else if is_identifier(&name) && (!bytes || name.is_ascii()) {
                    match names(&name) {
                        Some(g) => g,
                        None => {
                            return Err(ReError {
                                kind: ErrKind::Index,
                                msg: format!("unknown group name {}", str_repr(&name)),
                                pos: None,
                            })
                        }
                    }
                } else {
                    let name = shown(&name, bytes);
                    return err(format!("bad character in group name {name}"), from);
                };
                if g > groups {
                    return err(format!("invalid group reference {g}"), from);
                }
                push_group(&mut lit, &mut pieces, g);
                i = from + close + 1;
            }
            '0'..='9' => {
                let is_oct = |k: usize| t.get(k).is_some_and(|d| ('0'..='7').contains(d));
                if n == '0' {
                    let mut j = i + 2;
                    while j < i + 4 && is_oct(j) {
                        j += 1;
                    }
                    let digits: String = t[i + 1..j].iter().collect();
                    let v = u32::from_str_radix(&digits, 8).unwrap_or(0);
                    lit.push(char::from_u32(v).unwrap_or('\0'));
                    i = j;
                } else if is_oct(i + 1) && is_oct(i + 2) && is_oct(i + 3) {
                    let digits: String = t[i + 1..i + 4].iter().collect();
                    let v = u32::from_str_radix(&digits, 8).unwrap_or(0);
                    if v > 0o377 {
                        return err(
                            format!("octal escape value \\{digits} outside of range 0-0o377"),
                            i,
                        );
                    }
                    lit.push(char::from_u32(v).unwrap_or('\0'));
                    i += 4;
                } else {
                    let mut j = i + 2;
                    if t.get(j).is_some_and(char::is_ascii_digit) {
                        j += 1;
                    }
                    let digits: String = t[i + 1..j].iter().collect();
                    let g: usize = digits.parse().unwrap_or(usize::MAX);
                    if g > groups {
                        return err(format!("invalid group reference {g}"), i + 1);
                    }
                    push_group(&mut lit, &mut pieces, g);
                    i = j;
                }
            }
            _ => {
                let simple = match n {
                    'a' => Some('\x07'),
                    'b' => Some('\x08'),
                    'f' => Some('\x0c'),
                    'n' => Some('\n'),
                    'r' => Some('\r'),
                    't' => Some('\t'),
                    'v' => Some('\x0b'),
                    '\\' => Some('\\'),
                    _ => None,
                };
                if let Some(s) = simple {
                    lit.push(s);
                } else if n.is_ascii_alphabetic() {
                    return err(format!("bad escape \\{n}"), i);
                } else {
                    lit.push('\\');
                    lit.push(n);
                }
                i += 2;
            }
        }
    }
    if !lit.is_empty() {
        pieces.push(Piece::Text(lit));
    }
    Ok(pieces)
}
