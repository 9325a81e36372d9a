//! The public side: the sign-up form description, sign-ups with double opt-in, their expiry,
//! and one-time links for a member to export or erase their own data without an account.

pub mod form;
pub mod routes;
pub mod self_service;
pub mod types;
