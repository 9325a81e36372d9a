//! Delivers the outbox over SMTP. Any number of replicas may run this at once: each claims a
//! batch with `FOR UPDATE SKIP LOCKED` and leases it by pushing its next attempt into the
//! future, so a replica that dies mid-batch only delays those messages.

use super::{claim_due, mark_failed, mark_sent};
use crate::error::ApiError;
use crate::state::AppState;

/// Attempts before a message is given up.
const MAX_ATTEMPTS: i32 = 8;
/// Messages claimed at once.
const BATCH: i64 = 20;

/// Claims the messages that are due and tries each once; returns how many were delivered.
pub async fn deliver_due(state: &AppState) -> Result<usize, ApiError> {
    let claimed = {
        let mut conn = state.conn().await?;
        claim_due(&mut conn, BATCH).await?
    };
    let mut delivered = 0;
    for message in &claimed {
        let outcome = state.mailer.send(message).await;
        let mut conn = state.conn().await?;
        match outcome {
            Ok(()) => {
                delivered += 1;
                mark_sent(&mut conn, message.id).await?;
            }
            Err(err) => {
                // SMTP replies often quote the recipient's address, so the log gets only the
                // reply code; the whole error stays with the message in the outbox.
                tracing::warn!(message = %message.id, attempt = message.attempts, reply = %smtp_reply_code(&err), "e-mail delivery failed");
                let error: String = err.to_string().chars().take(500).collect();
                mark_failed(&mut conn, message.id, &error, backoff_secs(message.attempts), MAX_ATTEMPTS).await?;
            }
        }
    }
    Ok(delivered)
}

/// The SMTP reply code of a failed delivery, or what kind of failure it was.
fn smtp_reply_code(err: &anyhow::Error) -> String {
    match err.downcast_ref::<lettre::transport::smtp::Error>() {
        Some(smtp) => smtp.status().map_or_else(|| "no reply".to_owned(), |code| code.to_string()),
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
