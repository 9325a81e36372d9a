//! The SMTP side of the outbox: one claimed message sent, or written to the development log.

use diesel::QueryableByName;
use diesel::sql_types::{Integer, Text, Uuid as SqlUuid};
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Mailbox, SinglePart};
use uuid::Uuid;

use super::relay::Relay;
use crate::config::Config;

/// Sends mail over SMTP. Without a server, messages are dropped as delivered, and written whole
/// to the log only when `FELLESSKAP_DEV_MAIL_LOG` asks for it.
pub struct Mailer {
    transport: Option<Relay>,
    from: Mailbox,
    log_whole_messages: bool,
}

impl Mailer {
    pub fn from_config(config: &Config) -> anyhow::Result<Self> {
        let transport = match &config.smtp_url {
            Some(url) => Some(Relay::from_url(url.expose())?),
            None => None,
        };
        if transport.is_none() && config.dev_mail_log {
            tracing::warn!("FELLESSKAP_DEV_MAIL_LOG is on: e-mails and their one-time links are written to the log");
        }
        Ok(Self { transport, from: config.mail_from.parse()?, log_whole_messages: config.dev_mail_log })
    }

    pub async fn send(&self, claimed: &Claimed) -> anyhow::Result<()> {
        let Some(transport) = &self.transport else {
            if self.log_whole_messages {
                tracing::info!(to = %claimed.recipient, subject = %claimed.subject, body = %claimed.body, "e-mail (development log)");
            }
            return Ok(());
        };
        let body = SinglePart::builder()
            .header(ContentType::TEXT_PLAIN)
            .header(ContentTransferEncoding::Base64)
            .body(claimed.body.clone());
        let message = lettre::Message::builder()
            .from(self.from.clone())
            .to(claimed.recipient.parse()?)
            .subject(claimed.subject.clone())
            .message_id(Some(format!("<{}@fellesskap>", claimed.id)))
            .singlepart(body)?;
        transport.send(message.envelope(), &message.formatted()).await
    }
}

/// A message claimed for delivery.
#[derive(QueryableByName)]
pub struct Claimed {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = Text)]
    pub recipient: String,
    #[diesel(sql_type = Text)]
    pub subject: String,
    #[diesel(sql_type = Text)]
    pub body: String,
    #[diesel(sql_type = Integer)]
    pub attempts: i32,
}
