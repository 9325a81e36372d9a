//! A small SMTP server on loopback that keeps what it receives, for reading what the outbox
//! worker sent. It speaks just enough SMTP for lettre (EHLO, MAIL, RCPT, DATA, QUIT); while
//! "down" it answers every connection with 421 as a server shutting down does.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use base64::Engine;

/// One message as it arrived.
#[derive(Debug, Clone)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

#[derive(Default)]
struct Shared {
    mails: Mutex<Vec<Mail>>,
    down: AtomicBool,
}

pub struct SmtpSink {
    pub url: String,
    shared: Arc<Shared>,
}

impl SmtpSink {
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("binding the SMTP sink");
        let url = format!("smtp://127.0.0.1:{}", listener.local_addr().unwrap().port());
        let shared = Arc::new(Shared::default());
        let accepting = shared.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let shared = accepting.clone();
                std::thread::spawn(move || serve(stream, &shared));
            }
        });
        Self { url, shared }
    }

    pub fn set_down(&self, down: bool) {
        self.shared.down.store(down, Ordering::SeqCst);
    }

    pub fn mails(&self) -> Vec<Mail> {
        self.shared.mails.lock().unwrap().clone()
    }
}

fn serve(stream: TcpStream, shared: &Shared) {
    let mut out = stream.try_clone().expect("cloning the stream");
    let mut lines = BufReader::new(stream);
    if shared.down.load(Ordering::SeqCst) {
        let _ = out.write_all(b"421 sink.test Service not available\r\n");
        return;
    }
    let mut reply = |text: &str| out.write_all(format!("{text}\r\n").as_bytes());
    if reply("220 sink.test ESMTP").is_err() {
        return;
    }
    let mut to = String::new();
    loop {
        let mut line = String::new();
        if lines.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let command = line.trim_end().to_ascii_uppercase();
        let answer = if command.starts_with("EHLO") || command.starts_with("HELO") {
            "250 sink.test".to_owned()
        } else if command.starts_with("RCPT TO:") {
            to = line.trim_end()[8..].trim_matches(|c| c == '<' || c == '>' || c == ' ').to_owned();
            "250 OK".to_owned()
        } else if command.starts_with("DATA") {
            if reply("354 Go ahead").is_err() {
                return;
            }
            let data = read_data(&mut lines);
            shared.mails.lock().unwrap().push(parse(&to, &data));
            "250 Queued".to_owned()
        } else if command.starts_with("QUIT") {
            let _ = reply("221 Bye");
            return;
        } else {
            "250 OK".to_owned()
        };
        if reply(&answer).is_err() {
            return;
        }
    }
}

fn read_data(lines: &mut BufReader<TcpStream>) -> String {
    let mut data = String::new();
    loop {
        let mut line = String::new();
        if lines.read_line(&mut line).unwrap_or(0) == 0 || line == ".\r\n" {
            return data;
        }
        data.push_str(line.strip_prefix('.').filter(|_| line.starts_with("..")).unwrap_or(&line));
    }
}

/// Subject and base64 body of a single-part message, decoded.
fn parse(to: &str, data: &str) -> Mail {
    let (head, body) = data.split_once("\r\n\r\n").unwrap_or((data, ""));
    let unfolded = head.replace("\r\n ", " ").replace("\r\n\t", " ");
    let subject =
        unfolded.lines().find_map(|l| l.strip_prefix("Subject: ")).map(decode_header_word).unwrap_or_default();
    let encoded: String = body.split_whitespace().collect();
    let body = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_else(|_| body.to_owned());
    Mail { to: to.to_owned(), subject, body }
}

/// An RFC 2047 `=?utf-8?b?…?=` word, or the text as it is.
fn decode_header_word(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if !words.iter().all(|w| w.starts_with("=?") && w.ends_with("?=")) {
        return text.to_owned();
    }
    words
        .iter()
        .map(|w| {
            let encoded = w.trim_end_matches("?=").rsplit('?').next().unwrap_or_default();
            let bytes = base64::engine::general_purpose::STANDARD.decode(encoded).unwrap_or_default();
            String::from_utf8_lossy(&bytes).into_owned()
        })
        .collect()
}
