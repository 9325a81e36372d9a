//! Integration tests: the real application over HTTP against real PostgreSQL, one database
//! per test. Files mirror the API.

mod access;
mod activity;
mod audit;
mod auth;
mod browser;
mod browser_pages;
mod chapters;
mod concurrency;
mod contact;
mod cors;
mod costs;
mod counts;
mod errors;
mod health;
mod helpers;
mod logs;
mod matrix;
mod member_requests;
mod members;
mod metrics;
mod migrations;
mod openapi;
mod orgs;
mod own_work;
mod pages;
mod privacy;
mod reference;
mod registry;
mod rights;
mod seed;
mod signup;
mod smtp;
mod targets;
mod volunteers;
mod world;
