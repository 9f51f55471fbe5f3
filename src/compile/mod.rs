//! Between parsing and running: scope resolution, and what the static
//! text tells about instances.
pub(crate) mod future;
pub(crate) mod instance_attrs;
pub(crate) mod resolve;
