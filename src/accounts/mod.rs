//! Accounts and sign-in: login, token refresh, logout, and the caller's own profile.

pub mod links;
pub mod me;
pub mod queries;
pub mod sessions;
pub mod types;
