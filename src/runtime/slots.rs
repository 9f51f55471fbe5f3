//! The one table from operators to special methods, and the signature of
//! every special method a builtin type defines.
//!
//! The evaluator's operators (`interp/ops.rs`), the builtin types' dunder
//! methods (`builtins/*`) and the views read their names here, so that
//! `a + b`, `a.__add__(b)`, `type(a).__dict__` and `dir(a)` agree.

use pyslot_grammar::ast::{BinOp, CmpOp, UnaryOp};

/// A binary operator's method, its reflected form and its in-place form.
pub(crate) struct BinarySlot {
    pub method: &'static str,
    pub reflected: &'static str,
    pub in_place: &'static str,
}

/// `+` is `__add__` / `__radd__` / `__iadd__`, and so on.
pub(crate) fn binary(op: BinOp) -> BinarySlot {
    let (method, reflected, in_place) = match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
    };
    BinarySlot {
        method,
        reflected,
        in_place,
    }
}

/// A rich comparison's method and the one tried on the right operand.
/// `None` for `is`, `in` and their negations, which have no such pair.
pub(crate) fn comparison(op: CmpOp) -> Option<(&'static str, &'static str)> {
    Some(match op {
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::NotEq => ("__ne__", "__ne__"),
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        _ => return None,
    })
}

/// A unary operator's method and its symbol (for error messages).
/// `not` has none: it asks `__bool__`.
pub(crate) fn unary(op: UnaryOp) -> Option<(&'static str, &'static str)> {
    Some(match op {
        UnaryOp::Neg => ("__neg__", "-"),
        UnaryOp::Pos => ("__pos__", "+"),
        UnaryOp::Invert => ("__invert__", "~"),
        UnaryOp::Not => return None,
    })
}

/// The declared signature (see `signature.rs`) of a special method of a
/// builtin type, by name: each kind of slot takes the same arguments on
/// every type.
pub(crate) fn signature(name: &str) -> Option<&'static str> {
    Some(match name {
        "__pow__" | "__rpow__" => "(value, mod=None, /)",
        "__ipow__" => "(value, /)",
        "__round__" => "(ndigits=None, /)",
        "__getitem__" | "__delitem__" | "__contains__" | "__missing__" => "(key, /)",
        "__setitem__" => "(key, value, /)",
        "__getattribute__" | "__getattr__" | "__delattr__" => "(name, /)",
        "__setattr__" => "(name, value, /)",
        "__get__" => "(instance, owner=None, /)",
        "__set__" => "(instance, value, /)",
        "__delete__" => "(instance, /)",
        "__format__" => "(format_spec, /)",
        "__instancecheck__" => "(instance, /)",
        "__subclasscheck__" | "__subclasshook__" => "(subclass, /)",
        "__class_getitem__" => "(item, /)",
        "__getformat__" => "(typestr, /)",
        "__init__" | "__new__" | "__call__" | "__init_subclass__" => "(*args, **kwargs)",
        "__len__" | "__iter__" | "__next__" | "__hash__" | "__repr__" | "__str__" | "__bool__"
        | "__int__" | "__float__" | "__index__" | "__neg__" | "__pos__" | "__abs__"
        | "__invert__" | "__sizeof__" | "__reversed__" | "__getnewargs__" | "__floor__"
        | "__ceil__" | "__trunc__" | "__bytes__" | "__complex__" | "__dir__" | "__subclasses__"
        | "__await__" | "__aiter__" | "__anext__" => "(/)",
        _ if is_binary_or_comparison(name) => "(value, /)",
        _ => return None,
    })
}

fn is_binary_or_comparison(name: &str) -> bool {
    matches!(
        name,
        "__eq__"
            | "__ne__"
            | "__lt__"
            | "__le__"
            | "__gt__"
            | "__ge__"
            | "__divmod__"
            | "__rdivmod__"
    ) || BINARY_OPS.iter().any(|&op| {
        let s = binary(op);
        name == s.method || name == s.reflected || name == s.in_place
    })
}

const BINARY_OPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mult,
    BinOp::MatMult,
    BinOp::Div,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::BitOr,
    BinOp::BitXor,
    BinOp::BitAnd,
];
