//! Who holds which role where: grants, and invitations that create them.

pub mod admin;
pub mod grants;
pub mod invitations;
pub mod queries;
pub mod types;
