//! Fellesskap: a member and volunteer registry for voluntary organisations.
//!
//! Plumbing, shared by every area and knowing none: `config`, `db` (with `text_enum!` for
//! stored vocabularies), `error`, `http`, `i18n`, `auth` (caller, policy, roles, tokens),
//! `outbox` (e-mail), `metrics` (what operators scrape), `privacy` and `text` (identity numbers, Unicode), `field` (values parsed
//! once where they enter), `ids` (the typed ids areas pass each other), `state`. Above it, `guards` loads a resource and authorises the caller
//! on it. `routes` is the route table, `startup` builds the server and the background work,
//! `cli` and `seed` are the command line and the demo data.
//!
//! The domain areas, each with its handlers (`routes`), types and queries together:
//! `organisations`, `chapters` (the tree of chapters), `reference` (counties and regions),
//! `catalogues` (each organisation's vocabularies), `accounts` (staff accounts and sessions),
//! `access` (grants and invitations), `audit` (the audit trail), `members` (people,
//! memberships, fees, counts, rights, the registry of where a person is held), `followups`
//! (welcome follow-ups and contacts), `signup` (the public sign-up, self-service links and the
//! queue of public requests), `imports` (member lists brought in from spreadsheets), `pages` (the sign-up and my-data pages served as HTML),
//! `volunteers` (roles, courses, qualifications), `groups` (grief
//! groups and their leaders), `activities` (the activity log), `projects` (cross-chapter
//! projects), `aggregates` (activity added up per chapter and period), `targets` (the plan's targets, the
//! metrics they are measured by, their evaluation and the dashboards). `docs/ARCHITECTURE.md`
//! says where new code goes.

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
pub mod field;
pub mod followups;
pub mod groups;
pub mod guards;
pub mod health;
pub mod http;
pub mod i18n;
pub mod ids;
pub mod imports;
pub mod members;
pub mod metrics;
pub mod organisations;
pub mod outbox;
pub mod pages;
pub mod peer_support;
pub mod privacy;
pub mod projects;
pub mod reference;
pub mod routes;
pub mod seed;
pub mod signup;
pub mod startup;
pub mod state;
pub mod targets;
pub mod text;
pub mod volunteers;
