//! Between parsing and running: scope resolution, the checks of `case`
//! patterns, and what the static text tells about instances.
pub(crate) mod future;
pub(crate) mod instance_attrs;
pub(crate) mod patterns;
pub(crate) mod resolve;
