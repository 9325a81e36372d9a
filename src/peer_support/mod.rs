//! Peer support: requests for a peer conversation (likepersonssamtale), matched to an active
//! peer supporter of the requester's chapter or region, assigned by a coordinator, accepted or
//! declined by the peer supporter on their own account, and followed through to a close.

pub mod form;
pub mod matching;
pub mod own;
pub mod queries;
pub mod reception;
pub mod reminders;
pub mod requests;
pub mod routes;
pub mod types;
