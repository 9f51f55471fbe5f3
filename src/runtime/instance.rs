//! Instances of user classes (and of builtin exception classes).

use std::cell::RefCell;
use std::rc::Rc;

use super::class::Class;
use super::dict::PyDict;
use super::exception::ExcData;

pub struct Instance {
    pub class: Rc<Class>,
    /// The attribute map of dict-layout instances.
    pub dict: Option<Rc<PyDict>>,
    /// Exception state, for instances of exception classes.
    pub exc: Option<Box<RefCell<ExcData>>>,
}
