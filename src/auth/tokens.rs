//! Access tokens (short-lived JWTs, HS256 only, with a key id for rotation) and the opaque
//! refresh and invitation tokens, of which only SHA-256 digests are stored.

use std::collections::HashMap;

use anyhow::{Context, bail};
use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::config::Config;
use crate::error::ApiError;
use crate::ids::UserId;

const ALGORITHM: Algorithm = Algorithm::HS256;
const MIN_KEY_BYTES: usize = 32;

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    sub: UserId,
    /// The session (sign-in) the token belongs to; it is valid only while that is open.
    sid: Uuid,
    iss: String,
    aud: String,
    iat: i64,
    exp: i64,
}

/// Who a verified access token speaks for, and in which session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccessClaims {
    pub user_id: UserId,
    pub session_id: Uuid,
}

pub struct TokenKeys {
    signing_kid: String,
    signing: EncodingKey,
    verifying: HashMap<String, DecodingKey>,
    validation: Validation,
    issuer: String,
    audience: String,
    pub access_ttl_secs: i64,
}

impl TokenKeys {
    pub fn from_config(config: &Config) -> anyhow::Result<Self> {
        let keys = match &config.jwt_keys {
            Some(secret) => parse_keys(secret.expose())?,
            None => {
                tracing::warn!("FELLESSKAP_JWT_KEYS is not set: using a random key for this process only");
                vec![("ephemeral".to_owned(), random_bytes(MIN_KEY_BYTES))]
            }
        };
        let (signing_kid, signing_secret) = keys.first().cloned().context("no JWT key")?;
        let mut validation = Validation::new(ALGORITHM);
        validation.set_issuer(&[&config.jwt_issuer]);
        validation.set_audience(&[&config.jwt_audience]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.leeway = 5;
        Ok(Self {
            signing_kid,
            signing: EncodingKey::from_secret(&signing_secret),
            verifying: keys.iter().map(|(kid, secret)| (kid.clone(), DecodingKey::from_secret(secret))).collect(),
            validation,
            issuer: config.jwt_issuer.clone(),
            audience: config.jwt_audience.clone(),
            access_ttl_secs: i64::from(config.access_token_ttl_secs),
        })
    }

    pub fn issue_access(&self, user_id: UserId, session_id: Uuid) -> anyhow::Result<String> {
        let now = chrono::Utc::now().timestamp();
        let claims = Claims {
            sub: user_id,
            sid: session_id,
            iss: self.issuer.clone(),
            aud: self.audience.clone(),
            iat: now,
            exp: now + self.access_ttl_secs,
        };
        let mut header = Header::new(ALGORITHM);
        header.kid = Some(self.signing_kid.clone());
        Ok(jsonwebtoken::encode(&header, &claims, &self.signing)?)
    }

    /// The account and session of a valid token: right algorithm, known key id, good
    /// signature, not expired, our issuer and audience. Whether the session is still open is
    /// checked where the caller is loaded.
    pub fn verify_access(&self, token: &str) -> Result<AccessClaims, ApiError> {
        let invalid = || ApiError::Unauthenticated { code: "invalid_token" };
        let header = jsonwebtoken::decode_header(token).map_err(|_| invalid())?;
        if header.alg != ALGORITHM {
            return Err(invalid());
        }
        let key = header.kid.as_deref().and_then(|kid| self.verifying.get(kid)).ok_or_else(invalid)?;
        let data = jsonwebtoken::decode::<Claims>(token, key, &self.validation).map_err(|_| invalid())?;
        Ok(AccessClaims { user_id: data.claims.sub, session_id: data.claims.sid })
    }
}

/// `kid:secret` pairs, comma-separated; secrets in base64 (standard alphabet), at least 32 bytes.
fn parse_keys(spec: &str) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let keys = spec
        .split(',')
        .filter(|s| !s.trim().is_empty())
        .map(|pair| {
            let (kid, secret) = pair.trim().split_once(':').context("each JWT key must be `kid:base64secret`")?;
            let secret = STANDARD.decode(secret).context("JWT key secrets must be base64")?;
            if secret.len() < MIN_KEY_BYTES {
                bail!("JWT key `{kid}` is shorter than {MIN_KEY_BYTES} bytes");
            }
            Ok((kid.to_owned(), secret))
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    if keys.is_empty() {
        bail!("FELLESSKAP_JWT_KEYS holds no key");
    }
    Ok(keys)
}

fn random_bytes(len: usize) -> Vec<u8> {
    let mut bytes = vec![0u8; len];
    rand::rng().fill_bytes(&mut bytes);
    bytes
}

/// A new opaque token for the client and the digest to store in its place.
pub fn new_opaque_token() -> (String, Vec<u8>) {
    let token = URL_SAFE_NO_PAD.encode(random_bytes(32));
    let digest = digest(&token);
    (token, digest)
}

pub fn digest(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_specs_are_checked() {
        let good = STANDARD.encode([7u8; 32]);
        assert_eq!(parse_keys(&format!("k2:{good}, k1:{good}")).unwrap().len(), 2);
        assert!(parse_keys("k1:c2hvcnQ=").is_err());
        assert!(parse_keys("no-colon").is_err());
        assert!(parse_keys("").is_err());
    }
}
