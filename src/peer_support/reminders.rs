//! Following a request through: halfway to its first-contact deadline the peer supporter is
//! reminded, and when the deadline passes without a first contact the coordinator who assigned
//! it is told; each once, through the outbox, in the recipient's language. After closing, the
//! requester's contact details are removed when the organisation's retention days have passed.
//! Safe on every replica at once: due assignments are claimed with SKIP LOCKED and marked in
//! the same transaction.

use diesel_async::{AsyncConnection, AsyncPgConnection};

use super::queries::{self, DueNotice};
use crate::error::ApiError;
use crate::i18n::{Args, Lang};
use crate::outbox::{self, Message};

/// Assignments one run takes of each kind.
const BATCH: i64 = 200;

/// Sends the reminders and escalations that are due; how many notices were taken.
pub async fn send_due(conn: &mut AsyncPgConnection) -> Result<usize, ApiError> {
    let reminded = notify(conn, Notice::Reminder).await?;
    let escalated = notify(conn, Notice::Escalation).await?;
    Ok(reminded + escalated)
}

#[derive(Debug, Clone, Copy)]
enum Notice {
    Reminder,
    Escalation,
}

async fn notify(conn: &mut AsyncPgConnection, notice: Notice) -> Result<usize, ApiError> {
    conn.transaction::<_, ApiError, _>(async |conn| {
        let due = match notice {
            Notice::Reminder => queries::claim_due_reminders(conn, BATCH).await?,
            Notice::Escalation => queries::claim_due_escalations(conn, BATCH).await?,
        };
        let ids: Vec<uuid::Uuid> = due.iter().map(|d| d.id).collect();
        match notice {
            Notice::Reminder => queries::mark_reminded(conn, &ids).await?,
            Notice::Escalation => queries::mark_escalated(conn, &ids).await?,
        };
        let messages: Vec<Message> = due.iter().filter_map(|d| message(d, notice)).collect();
        outbox::enqueue_all(conn, messages).await?;
        Ok(due.len())
    })
    .await
}

/// The notice's e-mail; none when there is nowhere to send it (it still counts as sent, so it
/// is not tried again).
fn message(due: &DueNotice, notice: Notice) -> Option<Message> {
    let email = due.email.as_deref()?;
    let lang = due.language.as_deref().and_then(Lang::parse_supported).unwrap_or_default();
    let mut args = Args::new();
    args.insert("org".into(), due.org_name.clone().into());
    args.insert("name".into(), due.given_name.clone().unwrap_or_default().into());
    args.insert("due".into(), due.contact_due_at.format("%Y-%m-%d %H:%M UTC").to_string().into());
    args.insert("request".into(), due.request_id.to_string().into());
    let template = match notice {
        Notice::Reminder => "peer-contact-reminder",
        Notice::Escalation => "peer-contact-overdue",
    };
    Some(Message::compose(due.organisation_id, due.person_id, email, &lang, template, &args))
}

/// Removes the contact details of requests closed longer ago than their organisation keeps them.
pub async fn remove_expired_contacts(conn: &mut AsyncPgConnection) -> Result<usize, ApiError> {
    Ok(queries::remove_expired_contacts(conn).await?)
}
