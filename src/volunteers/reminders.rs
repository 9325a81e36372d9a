//! Reminders before a qualification lapses: once per completion, in the volunteer's language,
//! through the outbox, when it lapses within the organisation's `qualification_reminder_days`,
//! the volunteer still holds a role it qualifies for, and no later completion renews it. Safe on
//! every replica at once: due completions are claimed with SKIP LOCKED, and a reminder row per
//! completion makes a second reminder impossible.

use diesel_async::{AsyncConnection, AsyncPgConnection};

use super::queries;
use crate::catalogues::types::label_in;
use crate::error::ApiError;
use crate::i18n::{Args, Lang};
use crate::outbox::{self, Message};

/// Sends the reminders that are due; returns how many completions were reminded of.
pub async fn send_due(conn: &mut AsyncPgConnection) -> Result<usize, ApiError> {
    conn.transaction::<_, ApiError, _>(async |conn| {
        let due = queries::claim_due_reminders(conn, 200).await?;
        for d in &due {
            queries::record_reminder(conn, d).await?;
            let Some(email) = &d.email else { continue };
            let lang = Lang::parse_supported(&d.language).unwrap_or_default();
            let mut args = Args::new();
            args.insert("org".into(), d.org_name.clone().into());
            args.insert("name".into(), d.given_name.clone().unwrap_or_default().into());
            args.insert("course".into(), label_in(&d.course_labels, &lang, &d.course_type).into());
            args.insert("date".into(), d.expires_on.format("%Y-%m-%d").to_string().into());
            let message =
                Message::compose(d.organisation_id, Some(d.person_id), email, &lang, "qualification-lapsing", &args);
            outbox::enqueue(conn, message).await?;
        }
        Ok(due.len())
    })
    .await
}
