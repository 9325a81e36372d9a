//! Who the caller is (tokens, passwords, throttling) and what they may do (the policy).

pub mod caller;
pub mod password;
pub mod policy;
pub mod role;
pub mod throttle;
pub mod tokens;

pub use caller::Caller;
pub use policy::{Operation, Target, authorize};
pub use role::Role;
