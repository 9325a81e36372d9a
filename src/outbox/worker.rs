//! Delivers the outbox over SMTP. Any number of replicas may run this at once: each claims a
//! batch with `FOR UPDATE SKIP LOCKED` and leases it by pushing its next attempt into the
//! future, so a replica that dies mid-batch only delays those messages. A batch goes out over
//! a few SMTP connections at once (the relay keeps them open between messages), and its
//! deliveries are recorded with one statement.

use futures_util::StreamExt;
use uuid::Uuid;

use super::mailer::Claimed;
use super::relay;
use super::{claim_due, mark_failed, mark_sent};
use crate::error::ApiError;
use crate::state::AppState;

/// Attempts before a message is given up.
const MAX_ATTEMPTS: i32 = 8;
/// Messages claimed at once.
pub const BATCH: i64 = 200;
/// Messages of a batch in flight at once, each over an SMTP connection of its own, kept open
/// for the next.
const IN_FLIGHT: usize = relay::CONNECTIONS;

/// Claims the messages that are due and tries each once; returns how many were delivered (a
/// whole `BATCH` means more may be waiting).
pub async fn deliver_due(state: &AppState) -> Result<usize, ApiError> {
    let claimed = {
        let mut conn = state.conn().await?;
        claim_due(&mut conn, BATCH).await?
    };
    let outcomes: Vec<(&Claimed, anyhow::Result<()>)> = futures_util::stream::iter(&claimed)
        .map(|message| async move { (message, state.mailer.send(message).await) })
        .buffer_unordered(IN_FLIGHT)
        .collect()
        .await;
    let mut conn = state.conn().await?;
    let mut sent: Vec<Uuid> = Vec::with_capacity(outcomes.len());
    for (message, outcome) in outcomes {
        match outcome {
            Ok(()) => sent.push(message.id),
            Err(err) => {
                // SMTP replies often quote the recipient's address, so the log gets only the
                // reply code; the whole error stays with the message in the outbox.
                tracing::warn!(message = %message.id, attempt = message.attempts, reply = %smtp_reply_code(&err), "e-mail delivery failed");
                let error: String = err.to_string().chars().take(500).collect();
                mark_failed(&mut conn, message.id, &error, backoff_secs(message.attempts), MAX_ATTEMPTS).await?;
            }
        }
    }
    mark_sent(&mut conn, &sent).await?;
    crate::metrics::delivered(sent.len());
    Ok(sent.len())
}

/// The SMTP reply code of a failed delivery, or what kind of failure it was.
fn smtp_reply_code(err: &anyhow::Error) -> String {
    if let Some(smtp) = err.downcast_ref::<lettre::transport::smtp::Error>() {
        return smtp.status().map_or_else(|| "no reply".to_owned(), |code| code.to_string());
    }
    match err.downcast_ref::<std::io::Error>() {
        Some(io) => format!("no connection ({})", io.kind()),
        None => "message could not be built".to_owned(),
    }
}

/// 30 s after the first failure, doubling up to an hour.
fn backoff_secs(attempts: i32) -> i32 {
    let exponent = u32::try_from(attempts.saturating_sub(1)).unwrap_or(0).min(7);
    (30 * 2_i32.pow(exponent)).min(3600)
}

#[cfg(test)]
mod tests {
    #[test]
    fn back_off_doubles_up_to_an_hour() {
        let waits: Vec<i32> = (1..=9).map(super::backoff_secs).collect();
        assert_eq!(waits, [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
    }
}
