//! Fellesskap: a member and volunteer registry for voluntary organisations.
//!
//! Plumbing (`config`, `db`, `error`, `http`, `i18n`, `auth`, `routes`, `startup`) stands apart
//! from the domain areas (`organisations`, `chapters`, `access`, `accounts`, `audit`,
//! `reference`), each of which keeps its handlers, types and queries together.

pub mod access;
pub mod accounts;
pub mod activities;
pub mod aggregates;
pub mod audit;
pub mod auth;
pub mod catalogues;
pub mod chapters;
pub mod cli;
pub mod config;
pub mod db;
pub mod error;
pub mod followups;
pub mod groups;
pub mod health;
pub mod http;
pub mod i18n;
pub mod members;
pub mod organisations;
pub mod outbox;
pub mod privacy;
pub mod projects;
pub mod reference;
pub mod routes;
pub mod seed;
pub mod signup;
pub mod startup;
pub mod state;
pub mod text;
pub mod volunteers;
