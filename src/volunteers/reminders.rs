//! Reminders before a qualification lapses: once per completion, in the volunteer's language,
//! through the outbox, when it lapses within the organisation's `qualification_reminder_days`,
//! the volunteer still holds a role it qualifies for, and no later completion renews it. Safe on
//! every replica at once: due completions are claimed with SKIP LOCKED, and a reminder row per
//! completion makes a second reminder impossible.

use chrono::NaiveDate;
use diesel::sql_types::{Date, Integer, Jsonb, Nullable, Text, Uuid as SqlUuid};
use diesel::{QueryableByName, sql_query};
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::catalogues::types::label_in;
use crate::error::ApiError;
use crate::i18n::{Args, Lang};
use crate::outbox::{self, Message};

#[derive(QueryableByName)]
struct Due {
    #[diesel(sql_type = SqlUuid)]
    id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    organisation_id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    person_id: Uuid,
    #[diesel(sql_type = Nullable<Text>)]
    email: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    given_name: Option<String>,
    #[diesel(sql_type = Text)]
    language: String,
    #[diesel(sql_type = Text)]
    org_name: String,
    #[diesel(sql_type = Text)]
    course_type: String,
    #[diesel(sql_type = Jsonb)]
    course_labels: serde_json::Value,
    #[diesel(sql_type = Date)]
    expires_on: NaiveDate,
}

const DUE_SQL: &str = "
SELECT cc.id, cc.organisation_id, cc.person_id, p.email, p.given_name, p.language, o.name AS org_name,
       cc.course_type, t.labels AS course_labels, cc.expires_on
FROM course_completions cc
JOIN organisations o ON o.id = cc.organisation_id
JOIN course_types t ON t.organisation_id = cc.organisation_id AND t.code = cc.course_type
JOIN people p ON p.id = cc.person_id
WHERE cc.expires_on > current_date
  AND cc.expires_on <= current_date + o.qualification_reminder_days
  AND p.erased_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM qualification_reminders q WHERE q.completion_id = cc.id)
  AND EXISTS (SELECT 1 FROM volunteer_roles r
              WHERE r.person_id = cc.person_id AND r.role_code = ANY (t.qualifies_for)
                AND r.from_on <= current_date AND (r.to_on IS NULL OR r.to_on >= current_date))
  AND NOT EXISTS (SELECT 1 FROM course_completions later
                  JOIN course_types lt ON lt.organisation_id = later.organisation_id AND lt.code = later.course_type
                  WHERE later.person_id = cc.person_id AND later.id <> cc.id
                    AND lt.qualifies_for && t.qualifies_for
                    AND (later.expires_on IS NULL OR later.expires_on > cc.expires_on))
ORDER BY cc.expires_on
LIMIT $1
FOR UPDATE OF cc SKIP LOCKED";

/// Sends the reminders that are due; returns how many completions were reminded of.
pub async fn send_due(conn: &mut AsyncPgConnection) -> Result<usize, ApiError> {
    conn.transaction::<_, ApiError, _>(async |conn| {
        let due: Vec<Due> = sql_query(DUE_SQL).bind::<Integer, _>(200).load(conn).await?;
        for d in &due {
            sql_query(
                "INSERT INTO qualification_reminders (completion_id, organisation_id, person_id) VALUES ($1, $2, $3)",
            )
            .bind::<SqlUuid, _>(d.id)
            .bind::<SqlUuid, _>(d.organisation_id)
            .bind::<SqlUuid, _>(d.person_id)
            .execute(conn)
            .await?;
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
