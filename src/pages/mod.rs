//! Pages the service serves itself, for organisations with no front-end of their own: the
//! sign-up form (`/join/{org}`), the page a confirmation link opens, and `/my-data`, where a
//! member asks for a one-time link to see, download or erase their data. They are drawn on the
//! server from the same form description the API returns, work without JavaScript, and post to
//! the same functions as the public API's handlers.

pub mod assets;
pub mod join;
pub mod routes;
pub mod views;
