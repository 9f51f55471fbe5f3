//! Between parsing and running: scope resolution, and what the static
//! text tells about instances.
pub mod future;
pub mod instance_attrs;
pub mod resolve;
