//! Descriptors: objects on a class that control attribute access on its
//! instances: member descriptors for `__slots__`, `property`,
//! `classmethod`, `staticmethod`, and `super()` proxies.

use std::cell::RefCell;
use std::rc::Rc;

use pyslot_grammar::ast::Name;

use super::class::Class;
use super::value::Value;

/// `Point.x` for a slot `x`: reads and writes slot `index` of an instance.
pub struct MemberDescr {
    pub name: Name,
    pub index: usize,
    /// The class that declared the slot (for reprs and type checks).
    pub owner: Rc<Class>,
}

pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// The name it was bound to in a class body (`__set_name__`), which
    /// its error messages show; none for a property stored on a class
    /// later (CPython then says "property of 'C' object ...").
    pub name: RefCell<Option<Name>>,
}

impl Property {
    /// `property 'x' of 'C' object has no setter` (`missing`: "getter",
    /// "setter" or "deleter").
    pub fn missing_message(&self, missing: &str, type_name: &str) -> String {
        match &*self.name.borrow() {
            Some(name) => format!("property '{name}' of '{type_name}' object has no {missing}"),
            None => format!("property of '{type_name}' object has no {missing}"),
        }
    }
}

/// `super()`: look attributes up in `obj_type`'s MRO after `after`.
pub struct SuperObj {
    pub after: Rc<Class>,
    pub obj: Value,
    pub obj_type: Rc<Class>,
}
