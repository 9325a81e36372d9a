//! The public side: the sign-up form description, sign-ups with double opt-in, their expiry,
//! the queue the public requests wait in for the background worker,
//! and one-time links for a member to export or erase their own data without an account.

pub mod form;
pub mod intake;
pub mod links;
pub mod queries;
pub mod reception;
pub mod redemption;
pub mod registration;
pub mod routes;
pub mod self_service;
pub mod types;
