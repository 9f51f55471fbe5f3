//! The declared signature of a builtin function or method, and binding a
//! call's arguments to it with CPython's error messages.
//!
//! Each builtin is declared once with its signature written as CPython's
//! `__text_signature__` (`"(sep=None, maxsplit=-1)"`, `"(object, /)"`,
//! `"(*, key=None, reverse=False)"`), or in the bracket form of CPython's
//! older functions (`"(sub[, start[, end]])"`). A builtin that counts its
//! positional arguments as CPython's types do (`reversed expected 1
//! argument, got 0`) says so with a `|positional` suffix. The caller checks the
//! arguments against it before the native code runs, so function bodies
//! never count arguments or look for unknown keywords. CPython words its
//! errors after the way a function parses its arguments; the signature's
//! shape tells which way that is (`Style`).
//!
//! Keyword arguments are moved into their positions (missing ones before
//! them take their declared defaults), so a native body reads every
//! parameter from `args`; only functions with `*args` or `**kwargs` get
//! keywords, already checked, in `kwargs`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::rc::Rc;

use pyslot_grammar::ast::Name;

use super::exception::{PyErr, PyResult};
use super::value::Value;

/// How CPython reports a wrong call of this kind of function.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Style {
    /// `f()` taking nothing (METH_NOARGS).
    NoArgs,
    /// Exactly one positional argument (METH_O).
    One,
    /// Positional-only parameters, some optional (`pop expected at most 1
    /// argument, got 2`).
    Positional,
    /// The bracket form, parsed by `PyArg_ParseTuple` (`count() takes at
    /// least 1 argument (0 given)`).
    Legacy,
    /// Parameters that can be passed by keyword (`split() takes at most 2
    /// arguments (3 given)`, `'x' is an invalid keyword argument for
    /// split()`).
    Keywords,
}

/// A default value written in a declaration.
#[derive(Clone, Debug, PartialEq)]
enum Literal {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    /// `<unrepresentable>`: the function tells absence from any value.
    Absent,
}

impl Literal {
    fn parse(text: &str) -> Literal {
        match text {
            "None" => return Literal::None,
            "True" => return Literal::Bool(true),
            "False" => return Literal::Bool(false),
            _ => {}
        }
        if let Ok(i) = text.parse::<i64>() {
            return Literal::Int(i);
        }
        if let Ok(f) = text.parse::<f64>() {
            return Literal::Float(f);
        }
        if let Some(body) = text.strip_prefix("b'").and_then(|t| t.strip_suffix('\'')) {
            return Literal::Bytes(unescape(body).into_bytes());
        }
        if let Some(body) = text.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')) {
            return Literal::Str(unescape(body));
        }
        Literal::Absent
    }

    fn value(&self) -> Value {
        match self {
            Literal::None | Literal::Absent => Value::None,
            Literal::Bool(b) => Value::Bool(*b),
            Literal::Int(i) => Value::Int(*i),
            Literal::Float(f) => Value::Float(*f),
            Literal::Str(s) => Value::str(s),
            Literal::Bytes(b) => Value::Bytes(Rc::new(b.clone())),
        }
    }
}

fn unescape(s: &str) -> String {
    s.replace("\\n", "\n").replace("\\t", "\t")
}

/// One parameter: its name and, when optional, its default.
#[derive(Debug)]
struct Param {
    name: &'static str,
    default: Option<Literal>,
}

/// A parsed declaration. Interned: one per distinct declaration text.
#[derive(Debug)]
pub struct Signature {
    /// The declaration as written, without a style suffix
    /// (`__text_signature__`).
    pub text: &'static str,
    params: Vec<Param>,
    /// Parameters `0..posonly` cannot be passed by keyword.
    posonly: usize,
    /// Parameters `0..positional` can be passed by position.
    positional: usize,
    /// The first `required` parameters must be given.
    required: usize,
    /// Positional arguments accepted at most (`usize::MAX` with `*args`).
    pub max_positional: usize,
    star: bool,
    star_star: bool,
    style: Style,
}

/// Which function a call goes to, for the messages.
pub struct Callee<'a> {
    pub name: &'a str,
    /// The type of a method (`list` for `list.append`), or "".
    pub owner: &'a str,
}

impl Callee<'_> {
    fn qualified(&self) -> String {
        if self.owner.is_empty() {
            self.name.to_string()
        } else {
            // A module's type (`collections.deque`) is named without its
            // module here, as CPython's messages do: `deque.count()`.
            let owner = self.owner.rsplit('.').next().unwrap_or(self.owner);
            format!("{}.{}", owner, self.name)
        }
    }

    /// A special method that CPython implements as a slot wrapper, whose
    /// errors read `expected 1 argument, got 0`.
    pub fn is_slot_wrapper(&self) -> bool {
        if !(self.name.starts_with("__") && self.name.ends_with("__")) {
            return false;
        }
        let method_dunder = matches!(
            self.name,
            "__format__"
                | "__sizeof__"
                | "__reversed__"
                | "__ceil__"
                | "__floor__"
                | "__round__"
                | "__trunc__"
                | "__dir__"
                | "__instancecheck__"
                | "__subclasscheck__"
                | "__subclasses__"
                | "__bytes__"
                | "__complex__"
                | "__getnewargs__"
                | "__reduce__"
                | "__reduce_ex__"
                | "__getstate__"
                | "__setstate__"
                | "__class_getitem__"
                | "__init_subclass__"
                | "__subclasshook__"
                | "__getformat__"
                | "__prepare__"
                | "__mro_entries__"
        ) || (self.name == "__getitem__"
            && matches!(self.owner, "list" | "dict"))
            || (self.name == "__contains__" && matches!(self.owner, "dict" | "set" | "frozenset"));
        !method_dunder
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Declarations are string literals: the compiler merges equal ones, so
/// their address identifies them, and hashing an address is one multiply.
#[derive(Default)]
struct AddressHasher(u64);

impl std::hash::Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0 ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type ByAddress = HashMap<(usize, usize), &'static Signature, BuildHasherDefault<AddressHasher>>;

thread_local! {
    static INTERNED: RefCell<ByAddress> = RefCell::new(ByAddress::default());
}

impl Signature {
    /// The signature declared by `text`, parsed once per distinct text
    /// (declarations are `'static` and few, so the parsed forms live for
    /// the program).
    pub fn declared(text: &'static str) -> &'static Signature {
        let key = (text.as_ptr() as usize, text.len());
        INTERNED.with(|m| {
            if let Some(s) = m.borrow().get(&key) {
                return *s;
            }
            let sig: &'static Signature = Box::leak(Box::new(Signature::parse(text)));
            m.borrow_mut().insert(key, sig);
            sig
        })
    }

    /// Parse a declaration. These are the program's own constant texts, so
    /// a malformed one is a bug found by the first test run.
    fn parse(declared: &'static str) -> Signature {
        let (text, positional_style) = match declared.split_once('|') {
            Some((text, "positional")) => (text, true),
            Some(_) => panic!("unknown style in builtin signature {declared:?}"),
            None => (declared, false),
        };
        let mut sig = Signature::parse_text(text);
        if positional_style {
            sig.style = Style::Positional;
        }
        sig
    }

    fn parse_text(text: &'static str) -> Signature {
        let inner = text
            .trim()
            .strip_prefix('(')
            .and_then(|t| t.strip_suffix(')'))
            .unwrap_or_else(|| panic!("builtin signature {text:?} needs parentheses"));
        if inner.contains('[') {
            return Signature::parse_brackets(text, inner);
        }
        let mut params = Vec::new();
        let mut posonly = 0;
        let mut positional = None;
        let (mut star, mut star_star) = (false, false);
        for part in split_top_level(inner) {
            match part {
                "" => {}
                "/" => posonly = params.len(),
                "*" => positional = Some(params.len()),
                _ if part.starts_with("**") => star_star = true,
                _ if part.starts_with('*') => {
                    star = true;
                    positional = Some(params.len());
                }
                _ => {
                    let (name, default) = match part.split_once('=') {
                        Some((n, d)) => (n.trim(), Some(Literal::parse(d.trim()))),
                        None => (part, None),
                    };
                    params.push(Param { name, default });
                }
            }
        }
        let positional = positional.unwrap_or(params.len());
        let required = params[..positional]
            .iter()
            .take_while(|p| p.default.is_none())
            .count();
        // With `*args`, only a minimum is counted, and CPython's functions
        // of that shape word it as `min expected at least 1 argument`.
        let style = if star {
            Style::Positional
        } else if params.len() > posonly {
            Style::Keywords
        } else if positional == 0 && !star {
            Style::NoArgs
        } else if positional == 1 && required == 1 && !star {
            Style::One
        } else {
            Style::Positional
        };
        Signature {
            text,
            max_positional: if star { usize::MAX } else { positional },
            params,
            posonly,
            positional,
            required,
            star,
            star_star,
            style,
        }
    }

    /// `(sub[, start[, end]])`: positional-only, optional from the first
    /// bracket on.
    fn parse_brackets(text: &'static str, inner: &'static str) -> Signature {
        let required_part = &inner[..inner.find('[').unwrap_or(inner.len())];
        let names: Vec<&'static str> = inner
            .split([',', '[', ']'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        let required = required_part
            .split(',')
            .filter(|s| !s.trim().is_empty())
            .count();
        let params: Vec<Param> = names
            .iter()
            .enumerate()
            .map(|(i, name)| Param {
                name,
                default: (i >= required).then_some(Literal::Absent),
            })
            .collect();
        Signature {
            text,
            max_positional: params.len(),
            posonly: params.len(),
            positional: params.len(),
            required,
            params,
            star: false,
            star_star: false,
            style: Style::Legacy,
        }
    }

    /// Whether `n` positional arguments and no keywords need no binding.
    #[inline(always)]
    pub fn accepts_positional(&self, n: usize) -> bool {
        n >= self.required && n <= self.max_positional
    }

    /// The error for `n` positional arguments out of range (no keywords).
    pub fn count_error(&self, callee: &Callee, n: usize) -> PyErr {
        let wrapper = callee.is_slot_wrapper();
        let (min, max) = (self.required, self.max_positional);
        let name = callee.name;
        PyErr::type_error(match self.style {
            _ if wrapper && min == max => {
                format!("expected {} argument{}, got {}", min, plural(min), n)
            }
            Style::NoArgs => format!("{}() takes no arguments ({} given)", callee.qualified(), n),
            Style::One => format!(
                "{}() takes exactly one argument ({} given)",
                callee.qualified(),
                n
            ),
            Style::Legacy if n < min => format!(
                "{}() takes at least {} argument{} ({} given)",
                name,
                min,
                plural(min),
                n
            ),
            Style::Legacy => format!(
                "{}() takes at most {} argument{} ({} given)",
                name,
                max,
                plural(max),
                n
            ),
            Style::Keywords => return self.keywords_error(callee, n),
            Style::Positional if min == max => {
                format!(
                    "{} expected {} argument{}, got {}",
                    name,
                    min,
                    plural(min),
                    n
                )
            }
            Style::Positional if n < min => format!(
                "{} expected at least {} argument{}, got {}",
                name,
                min,
                plural(min),
                n
            ),
            Style::Positional => format!(
                "{} expected at most {} argument{}, got {}",
                name,
                max,
                plural(max),
                n
            ),
        })
    }

    /// Bind a call with keyword arguments, or with a wrong number of
    /// positional ones. `args` holds the positional arguments (after the
    /// receiver, which the caller keeps). Returns the arguments in
    /// parameter order when keywords were moved into place, or `None` when
    /// `args` and `kwargs` are to be passed as they are.
    pub fn bind(
        &self,
        callee: &Callee,
        args: &[Value],
        kwargs: &[(Name, Value)],
    ) -> PyResult<Option<Vec<Value>>> {
        let n = args.len();
        if kwargs.is_empty() {
            return if self.accepts_positional(n) {
                Ok(None)
            } else {
                Err(self.count_error(callee, n))
            };
        }
        if self.star {
            // Keywords go through as they are, once checked.
            if !self.accepts_positional(n) {
                return Err(self.count_error(callee, n));
            }
            if self.star_star {
                return Ok(None);
            }
            self.check_keyword_names(callee, kwargs)?;
            return Ok(None);
        }
        if self.params.len() == self.posonly && !self.star_star {
            return Err(PyErr::type_error(format!(
                "{}() takes no keyword arguments",
                callee.qualified()
            )));
        }
        if self.style == Style::Positional && !self.accepts_positional(n) {
            return Err(self.count_error(callee, n));
        }
        if self.star_star && self.params.len() == self.posonly {
            return if self.accepts_positional(n) {
                Ok(None)
            } else {
                Err(self.count_error(callee, n))
            };
        }
        self.bind_keywords(callee, args, kwargs).map(Some)
    }

    /// Every keyword names a parameter that can be passed by keyword.
    fn check_keyword_names(&self, callee: &Callee, kwargs: &[(Name, Value)]) -> PyResult<()> {
        if self.params.len() == self.posonly {
            return Err(PyErr::type_error(format!(
                "{}() takes no keyword arguments",
                callee.qualified()
            )));
        }
        for (k, _) in kwargs {
            if !self.params[self.posonly..].iter().any(|p| p.name == &**k) {
                return Err(invalid_keyword(k, callee.name));
            }
        }
        Ok(())
    }

    /// CPython's `_PyArg_UnpackKeywords`, in its order of checks.
    fn bind_keywords(
        &self,
        callee: &Callee,
        args: &[Value],
        kwargs: &[(Name, Value)],
    ) -> PyResult<Vec<Value>> {
        let n = args.len();
        if let Some(e) = self.too_many(callee, n, kwargs.len()) {
            return Err(e);
        }
        let mut bound: Vec<Option<Value>> = args.iter().cloned().map(Some).collect();
        bound.resize(self.params.len(), None);
        let mut unused = kwargs.len();
        for (i, p) in self.params.iter().enumerate().skip(n.max(self.posonly)) {
            match kwargs.iter().find(|(k, _)| &**k == p.name) {
                Some((_, v)) => {
                    bound[i] = Some(v.clone());
                    unused -= 1;
                }
                None if p.default.is_none() => {
                    return Err(PyErr::type_error(format!(
                        "{}() missing required argument '{}' (pos {})",
                        callee.name,
                        p.name,
                        i + 1
                    )));
                }
                None => {}
            }
        }
        if unused > 0 {
            for (i, p) in self.params.iter().enumerate().take(n).skip(self.posonly) {
                if kwargs.iter().any(|(k, _)| &**k == p.name) {
                    return Err(PyErr::type_error(format!(
                        "argument for {}() given by name ('{}') and position ({})",
                        callee.name,
                        p.name,
                        i + 1
                    )));
                }
            }
            for (k, _) in kwargs {
                if !self.params[self.posonly..].iter().any(|p| p.name == &**k) {
                    return Err(invalid_keyword(k, callee.name));
                }
            }
        }
        // Up to the last parameter given; gaps before it take defaults.
        let last = bound.iter().rposition(Option::is_some).map_or(0, |i| i + 1);
        Ok(bound[..last]
            .iter()
            .zip(&self.params)
            .map(|(v, p)| match v {
                Some(v) => v.clone(),
                None => p.default.as_ref().map_or(Value::None, Literal::value),
            })
            .collect())
    }

    /// The count errors of a keyword-style function, checked first.
    fn too_many(&self, callee: &Callee, n: usize, nkw: usize) -> Option<PyErr> {
        let max_args = self.params.len();
        let name = callee.name;
        if n + nkw > max_args {
            return Some(PyErr::type_error(format!(
                "{}() takes at most {} {}argument{} ({} given)",
                name,
                max_args,
                if n == 0 { "keyword " } else { "" },
                plural(max_args),
                n + nkw
            )));
        }
        if n > self.positional {
            return Some(PyErr::type_error(if self.positional == 0 {
                format!("{}() takes no positional arguments", name)
            } else {
                format!(
                    "{}() takes {} {} positional argument{} ({} given)",
                    name,
                    if self.required < self.positional {
                        "at most"
                    } else {
                        "exactly"
                    },
                    self.positional,
                    plural(self.positional),
                    n
                )
            }));
        }
        if n < self.required.min(self.posonly) {
            let min = self.required.min(self.posonly);
            return Some(PyErr::type_error(format!(
                "{}() takes {} {} positional argument{} ({} given)",
                name,
                if min < self.positional {
                    "at least"
                } else {
                    "exactly"
                },
                min,
                plural(min),
                n
            )));
        }
        None
    }

    /// Errors for a keyword-style call with positional arguments only.
    fn keywords_error(&self, callee: &Callee, n: usize) -> PyErr {
        if let Some(e) = self.too_many(callee, n, 0) {
            return e;
        }
        // Only called with fewer arguments than required, so the
        // parameter exists; the name is left out if it ever did not.
        let name = self.params.get(n).map_or("", |p| p.name);
        PyErr::type_error(format!(
            "{}() missing required argument '{}' (pos {})",
            callee.name,
            name,
            n + 1
        ))
    }

    /// CPython's `__text_signature__` for it: `($self, object, /)`, with
    /// `$module` for a function and `$type` for a class method; None
    /// for the bracket form, which has none.
    pub fn text_signature(&self, first: &str) -> Option<String> {
        if self.style == Style::Legacy {
            return None;
        }
        let inner = self
            .text
            .trim()
            .trim_start_matches('(')
            .trim_end_matches(')')
            .trim();
        Some(if inner.is_empty() {
            format!("({first}, /)")
        } else if self.posonly == 0 && !inner.starts_with('/') {
            format!("({first}, /, {inner})")
        } else {
            format!("({first}, {inner})")
        })
    }
}

pub(crate) fn invalid_keyword(k: &str, fname: &str) -> PyErr {
    PyErr::type_error(format!(
        "'{}' is an invalid keyword argument for {}()",
        k, fname
    ))
}

/// Split a parameter list at commas outside quotes.
fn split_top_level(s: &'static str) -> Vec<&'static str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (Some(q), _) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, ',') => {
                parts.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(s[start..].trim());
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn callee<'a>(name: &'a str, owner: &'a str) -> Callee<'a> {
        Callee { name, owner }
    }

    fn err(sig: &str, c: &Callee, args: usize, kw: &[&str]) -> String {
        let sig = Signature::parse(Box::leak(sig.to_string().into_boxed_str()));
        let args = vec![Value::Int(0); args];
        let kw: Vec<(Name, Value)> = kw.iter().map(|k| (Rc::from(*k), Value::Int(1))).collect();
        match sig.bind(c, &args, &kw) {
            Ok(_) => "ok".into(),
            Err(e) => match &e.0.state {
                super::super::exception::ExcState::Lazy { args, .. } => match args.first() {
                    Some(Value::Str(s)) => s.as_str().to_string(),
                    _ => "?".into(),
                },
                _ => "?".into(),
            },
        }
    }

    #[test]
    fn cpython_messages() {
        let append = callee("append", "list");
        assert_eq!(
            err("(object, /)", &append, 0, &[]),
            "list.append() takes exactly one argument (0 given)"
        );
        assert_eq!(
            err("(object, /)", &append, 1, &["x"]),
            "list.append() takes no keyword arguments"
        );
        let split = callee("split", "str");
        assert_eq!(
            err("(/, sep=None, maxsplit=-1)", &split, 1, &["sep"]),
            "argument for split() given by name ('sep') and position (1)"
        );
        assert_eq!(
            err("(/, sep=None, maxsplit=-1)", &split, 3, &[]),
            "split() takes at most 2 arguments (3 given)"
        );
        assert_eq!(
            err("(/, sep=None, maxsplit=-1)", &split, 0, &["x"]),
            "'x' is an invalid keyword argument for split()"
        );
        let count = callee("count", "str");
        assert_eq!(
            err("(sub[, start[, end]])", &count, 0, &[]),
            "count() takes at least 1 argument (0 given)"
        );
        let pop = callee("pop", "list");
        assert_eq!(
            err("(index=-1, /)", &pop, 2, &[]),
            "pop expected at most 1 argument, got 2"
        );
        let sort = callee("sort", "list");
        assert_eq!(
            err("(*, key=None, reverse=False)", &sort, 1, &[]),
            "sort() takes no positional arguments"
        );
        let round = callee("round", "");
        assert_eq!(
            err("(number, ndigits=None)", &round, 0, &["ndigits"]),
            "round() missing required argument 'number' (pos 1)"
        );
        let print = callee("print", "");
        assert_eq!(
            err(
                "(*args, sep=' ', end='\\n', file=None, flush=False)",
                &print,
                2,
                &["colour"]
            ),
            "'colour' is an invalid keyword argument for print()"
        );
        let add = callee("__add__", "int");
        assert_eq!(
            err("(value, /)", &add, 0, &[]),
            "expected 1 argument, got 0"
        );
    }

    #[test]
    fn keywords_move_into_place_with_defaults_between() {
        let sig = Signature::parse("(/, sep=None, maxsplit=-1)");
        let kw = vec![(Rc::from("maxsplit"), Value::Int(1))];
        let bound = sig
            .bind(&callee("split", "str"), &[], &kw)
            .ok()
            .flatten()
            .unwrap_or_default();
        assert!(matches!(bound.as_slice(), [Value::None, Value::Int(1)]));
    }
}
