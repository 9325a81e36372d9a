//! Outgoing e-mail. Messages are written to the `outbox` table in the transaction of the change
//! that causes them, so a message exists exactly when its cause was committed; the worker in
//! [`worker`] delivers them.

pub mod mailer;
mod relay;
pub mod worker;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer, Text, Uuid as SqlUuid};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use self::mailer::Claimed;
use crate::db::schema::outbox;
use crate::i18n::{Args, Lang};
use crate::ids::{OrgId, PersonId};

/// One e-mail, already written in its recipient's language.
pub struct Message {
    /// The template it was written from (`confirm`, `welcome`, …): what the log may say of it.
    pub kind: String,
    pub organisation_id: OrgId,
    pub person_id: Option<PersonId>,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub language: String,
}

impl Message {
    /// Writes the message from the templates `email-<template>-subject` and `-body`.
    pub fn compose(
        organisation_id: OrgId,
        person_id: Option<PersonId>,
        recipient: &str,
        lang: &Lang,
        template: &str,
        args: &Args,
    ) -> Self {
        Self {
            kind: template.to_owned(),
            organisation_id,
            person_id,
            recipient: recipient.to_owned(),
            subject: lang.text_with(&format!("email-{template}-subject"), args),
            body: lang.text_with(&format!("email-{template}-body"), args),
            language: lang.tag(),
        }
    }
}

/// Queues the message in the caller's transaction. The log learns its id, kind and language,
/// never its recipient or content.
pub async fn enqueue(conn: &mut AsyncPgConnection, message: Message) -> QueryResult<()> {
    enqueue_all(conn, vec![message]).await
}

/// Queues messages in the caller's transaction with one statement, as [`enqueue`] does one.
pub async fn enqueue_all(conn: &mut AsyncPgConnection, messages: Vec<Message>) -> QueryResult<()> {
    if messages.is_empty() {
        return Ok(());
    }
    let logged: Vec<(Uuid, String, String)> =
        messages.iter().map(|m| (Uuid::now_v7(), m.kind.clone(), m.language.clone())).collect();
    let rows: Vec<_> = messages
        .into_iter()
        .zip(&logged)
        .map(|(message, (id, _, _))| {
            (
                outbox::id.eq(*id),
                outbox::kind.eq(message.kind),
                outbox::organisation_id.eq(message.organisation_id),
                outbox::person_id.eq(message.person_id),
                outbox::recipient.eq(message.recipient),
                outbox::subject.eq(message.subject),
                outbox::body.eq(message.body),
                outbox::language.eq(message.language),
            )
        })
        .collect();
    diesel::insert_into(outbox::table).values(rows).execute(conn).await?;
    // Once stored (the caller's transaction may still be undone).
    for (id, kind, language) in &logged {
        tracing::info!(message = %id, kind = %kind, language = %language, "e-mail queued");
    }
    Ok(())
}

/// Claims up to `limit` due messages, longest due first, skipping those another replica holds,
/// and leases them: their next attempt moves five minutes on, so that a replica dying mid-batch
/// only delays them. Counts the attempt.
async fn claim_due(conn: &mut AsyncPgConnection, limit: i64) -> QueryResult<Vec<Claimed>> {
    diesel::sql_query(
        "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = now() + interval '5 minutes'
         WHERE id IN (SELECT id FROM outbox
                      WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
                      ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING id, recipient, subject, body, attempts",
    )
    .bind::<BigInt, _>(limit)
    .load(conn)
    .await
}

/// The messages were delivered: they are not tried again.
async fn mark_sent(conn: &mut AsyncPgConnection, ids: &[Uuid]) -> QueryResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    diesel::sql_query("UPDATE outbox SET sent_at = now(), last_error = NULL WHERE id = ANY($1)")
        .bind::<diesel::sql_types::Array<SqlUuid>, _>(ids)
        .execute(conn)
        .await
        .map(drop)
}

/// The attempt failed with `error`: the message is tried again in `retry_secs`, or given up once
/// it has had `max_attempts`.
async fn mark_failed(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    error: &str,
    retry_secs: i32,
    max_attempts: i32,
) -> QueryResult<()> {
    diesel::sql_query(
        "UPDATE outbox SET last_error = $2,
             next_attempt_at = now() + make_interval(secs => $3),
             failed_at = CASE WHEN attempts >= $4 THEN now() END
         WHERE id = $1",
    )
    .bind::<SqlUuid, _>(id)
    .bind::<Text, _>(error)
    .bind::<Integer, _>(retry_secs)
    .bind::<Integer, _>(max_attempts)
    .execute(conn)
    .await
    .map(drop)
}

/// What waits in the outbox: messages not yet delivered nor given up, and how long the oldest
/// has waited.
#[derive(Debug, QueryableByName)]
pub struct Backlog {
    #[diesel(sql_type = BigInt)]
    pub messages: i64,
    #[diesel(sql_type = diesel::sql_types::Double)]
    pub oldest_age_secs: f64,
}

pub async fn backlog(conn: &mut AsyncPgConnection) -> QueryResult<Backlog> {
    diesel::sql_query(
        "SELECT count(*) AS messages,
                coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS oldest_age_secs
         FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL",
    )
    .get_result(conn)
    .await
}

/// Delivered messages are kept a week for support questions, then deleted: they hold
/// personal data that no count needs.
pub async fn purge_delivered(conn: &mut AsyncPgConnection) -> QueryResult<usize> {
    diesel::sql_query(
        "DELETE FROM outbox WHERE (sent_at < now() - interval '7 days') OR (failed_at < now() - interval '7 days')",
    )
    .execute(conn)
    .await
}

/// The e-mails sent or waiting for a person, oldest first, as (subject, language, queued,
/// sent): for their data export, which leaves out the bodies (they may hold one-time links).
pub async fn messages_to(
    conn: &mut AsyncPgConnection,
    person: PersonId,
) -> QueryResult<Vec<(String, String, DateTime<Utc>, Option<DateTime<Utc>>)>> {
    outbox::table
        .filter(outbox::person_id.eq(person))
        .order(outbox::created_at)
        .select((outbox::subject, outbox::language, outbox::created_at, outbox::sent_at))
        .load(conn)
        .await
}
