//! The connections to the outgoing mail server, kept open between messages, a few at a time.
//!
//! They are ours rather than lettre's pool so that their sockets can be opened with
//! `TCP_NODELAY`: lettre writes a message's body and its closing `.` line as two writes, and
//! with Nagle's algorithm on, the second waits for the server's delayed acknowledgement of the
//! first, 40 ms on Linux — a limit of 25 messages a second per connection, whatever the server.
//! (lettre sets the option itself from its next release on; its pull request #1159.) With
//! implicit TLS (`smtps://`) the socket is lettre's, and that limit stays until then.

use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use anyhow::Context;
use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use tokio::net::TcpStream;

/// Connections kept open at most, so messages in flight at once.
pub const CONNECTIONS: usize = 8;
/// How long reaching one of the server's addresses may take, and then opening the session
/// (greeting, EHLO, STARTTLS, AUTH).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const SESSION_TIMEOUT: Duration = Duration::from_secs(30);
/// How long one message may take. Long, because a server may scan a message before it answers
/// its closing line, and a message given up after the server took it is sent twice; but shorter
/// than the outbox's five-minute lease, after which another replica would send it again anyway.
const SEND_TIMEOUT: Duration = Duration::from_secs(240);

/// The outgoing mail server, from `FELLESSKAP_SMTP_URL`.
pub struct Relay {
    host: String,
    port: u16,
    security: Security,
    hello: ClientId,
    credentials: Option<Credentials>,
    /// Open connections between messages.
    idle: Mutex<Vec<AsyncSmtpConnection>>,
}

enum Security {
    Plain,
    /// `STARTTLS` after the greeting: always (`tls=required`) or when offered.
    StartTls {
        required: bool,
        tls: TlsParameters,
    },
    /// TLS from the first byte (`smtps://`).
    Implicit(TlsParameters),
}

impl Relay {
    /// Reads the URL as lettre does: `smtp://[user:pass@]host[:port][/hello-name][?tls=required|opportunistic]`
    /// (port 25, or 587 with `tls`) or `smtps://…` (port 465); user and password percent-encoded.
    pub fn from_url(url: &str) -> anyhow::Result<Self> {
        let url = url::Url::parse(url).context("FELLESSKAP_SMTP_URL is not a URL")?;
        let host = url.host_str().context("FELLESSKAP_SMTP_URL names no host")?.to_owned();
        let tls = url.query_pairs().find(|(key, _)| key == "tls").map(|(_, value)| value.into_owned());
        let (security, default_port) = match (url.scheme(), tls.as_deref()) {
            ("smtp", None) => (Security::Plain, 25),
            ("smtp", Some(mode @ ("required" | "opportunistic"))) => {
                (Security::StartTls { required: mode == "required", tls: TlsParameters::new(host.clone())? }, 587)
            }
            ("smtps", _) => (Security::Implicit(TlsParameters::new(host.clone())?), 465),
            (scheme, tls) => anyhow::bail!("FELLESSKAP_SMTP_URL: unknown scheme {scheme:?} or tls={tls:?}"),
        };
        let decode = |text: &str| percent_encoding::percent_decode_str(text).decode_utf8().map(|t| t.into_owned());
        let credentials = match url.password() {
            Some(password) => Some(Credentials::new(decode(url.username())?, decode(password)?)),
            None => None,
        };
        let name = url.path().trim_matches('/');
        let hello = if name.is_empty() { ClientId::default() } else { ClientId::Domain(name.to_owned()) };
        Ok(Self {
            port: url.port().unwrap_or(default_port),
            host,
            security,
            hello,
            credentials,
            idle: Mutex::new(Vec::new()),
        })
    }

    /// Sends one message over an open connection, or a new one; a connection that failed is
    /// closed, one that worked is kept for the next message.
    pub async fn send(&self, envelope: &Envelope, message: &[u8]) -> anyhow::Result<()> {
        let mut conn = self.connection().await?;
        let sent = tokio::time::timeout(SEND_TIMEOUT, conn.send(envelope, message)).await;
        match sent {
            Ok(Ok(_)) if !conn.has_broken() => {
                self.keep_open(conn);
                Ok(())
            }
            Ok(Ok(_)) => Ok(()),
            Ok(Err(err)) => {
                conn.abort().await;
                Err(err.into())
            }
            Err(elapsed) => Err(timed_out(elapsed)),
        }
    }

    fn idle(&self) -> std::sync::MutexGuard<'_, Vec<AsyncSmtpConnection>> {
        // The list holds no invariant a panicking holder could have broken half-way.
        self.idle.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn keep_open(&self, conn: AsyncSmtpConnection) {
        let mut idle = self.idle();
        if idle.len() < CONNECTIONS {
            idle.push(conn);
        }
    }

    /// The most recently used open connection that still answers (`NOOP`, as lettre's pool
    /// asks: a server may have closed it, or take no more messages on it), or a new one.
    async fn connection(&self) -> anyhow::Result<AsyncSmtpConnection> {
        loop {
            let Some(mut conn) = self.idle().pop() else { break };
            if tokio::time::timeout(CONNECT_TIMEOUT, conn.test_connected()).await.unwrap_or(false) {
                return Ok(conn);
            }
            conn.abort().await;
        }
        tokio::time::timeout(SESSION_TIMEOUT, self.connect()).await.map_err(timed_out)?
    }

    async fn connect(&self) -> anyhow::Result<AsyncSmtpConnection> {
        let mut conn = match &self.security {
            Security::Implicit(tls) => {
                let server = (self.host.as_str(), self.port);
                AsyncSmtpConnection::connect_tokio1(server, Some(CONNECT_TIMEOUT), &self.hello, Some(tls.clone()), None)
                    .await?
            }
            Security::Plain | Security::StartTls { .. } => {
                let socket = nodelay_socket(&self.host, self.port).await?;
                AsyncSmtpConnection::connect_with_transport(Box::new(socket), &self.hello).await?
            }
        };
        if let Security::StartTls { required, tls } = &self.security
            && (*required || conn.can_starttls())
        {
            conn.starttls(tls.clone(), &self.hello).await?;
        }
        if let Some(credentials) = &self.credentials {
            conn.auth(&[Mechanism::Plain, Mechanism::Login], credentials).await?;
        }
        Ok(conn)
    }
}

/// A socket to the server that sends each write at once: to the first of its addresses that
/// answers, each given `CONNECT_TIMEOUT` (as lettre does), so that one address dropping packets
/// does not keep the others from being tried.
async fn nodelay_socket(host: &str, port: u16) -> std::io::Result<TcpStream> {
    let mut last_error = std::io::Error::new(std::io::ErrorKind::NotFound, "the mail server's name has no address");
    for address in tokio::net::lookup_host((host, port)).await? {
        match tokio::time::timeout(CONNECT_TIMEOUT, TcpStream::connect(address)).await {
            Ok(Ok(socket)) => {
                socket.set_nodelay(true)?;
                return Ok(socket);
            }
            Ok(Err(err)) => last_error = err,
            Err(elapsed) => last_error = std::io::Error::new(std::io::ErrorKind::TimedOut, elapsed),
        }
    }
    Err(last_error)
}

/// A time-out as the I/O error it is, so the outbox logs it as "no connection (timed out)".
fn timed_out(elapsed: tokio::time::error::Elapsed) -> anyhow::Error {
    anyhow::Error::new(std::io::Error::new(std::io::ErrorKind::TimedOut, elapsed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_is_read_as_lettre_reads_it() {
        let relay = Relay::from_url("smtp://user%40org:p%2Fss@mail.example/sender.example?tls=required").unwrap();
        assert_eq!((relay.host.as_str(), relay.port), ("mail.example", 587));
        assert!(matches!(relay.security, Security::StartTls { required: true, .. }));
        assert!(matches!(&relay.hello, ClientId::Domain(name) if name == "sender.example"));
        let expected = Credentials::new("user@org".to_owned(), "p/ss".to_owned());
        assert_eq!(relay.credentials, Some(expected));
        assert_eq!(Relay::from_url("smtp://127.0.0.1:2525").unwrap().port, 2525);
        assert_eq!(Relay::from_url("smtps://mail.example").unwrap().port, 465);
        assert!(Relay::from_url("http://mail.example").is_err());
        assert!(Relay::from_url("smtp://mail.example?tls=sometimes").is_err());
    }

    #[actix_web::test]
    async fn sockets_to_the_server_send_each_write_at_once() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let socket = nodelay_socket("127.0.0.1", port).await.unwrap();
        assert!(socket.nodelay().unwrap(), "Nagle's algorithm would hold the closing line of each message");
    }
}
