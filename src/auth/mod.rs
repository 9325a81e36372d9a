//! Who the caller is (tokens, passwords, throttling) and what they may do (the policy).

pub mod caller;
pub mod password;
pub mod policy;
pub mod throttle;
pub mod tokens;

pub use caller::Caller;
pub use policy::{Operation, Role, Target, authorize};
