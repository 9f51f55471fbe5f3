//! Between parsing and running: scope resolution, the checks of `case`
//! patterns, and what the static text tells about instances.
pub mod instance_attrs;
pub mod patterns;
pub mod resolve;
