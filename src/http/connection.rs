//! One database connection per request. A handler takes `Db` after its `Caller`: the caller's
//! extractor hands over the connection it read the grants with, so a request checks out one
//! pooled connection, not two. Without a signed-in caller (or with `Db` first) `Db` takes one
//! from the pool.

use std::future::Future;
use std::ops::{Deref, DerefMut};
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use diesel_async::AsyncPgConnection;
use tokio::sync::oneshot;

use crate::db::DbConn;
use crate::error::ApiError;
use crate::state::AppState;

/// The application state, which every server this crate builds carries.
pub fn app_state(req: &HttpRequest) -> Result<web::Data<AppState>, ApiError> {
    req.app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("application state missing")))
}

/// The request's database connection.
pub struct Db(DbConn);

impl Deref for Db {
    type Target = AsyncPgConnection;

    fn deref(&self) -> &AsyncPgConnection {
        &self.0
    }
}

impl DerefMut for Db {
    fn deref_mut(&mut self) -> &mut AsyncPgConnection {
        &mut self.0
    }
}

/// Waiting in the request for the connection an earlier extractor will hand over.
struct Handover(oneshot::Receiver<DbConn>);

/// The promise of an extractor (the caller's) to hand its connection over to the handler.
pub struct ConnectionOffer(oneshot::Sender<DbConn>);

impl ConnectionOffer {
    /// Registers the offer while the request's extractors are being set up.
    pub fn register(req: &HttpRequest) -> Self {
        let (sender, receiver) = oneshot::channel();
        req.extensions_mut().insert(Handover(receiver));
        Self(sender)
    }

    /// Hands the connection to the handler's `Db`; when there is none, it goes back to the pool.
    pub fn hand_over(self, conn: DbConn) {
        // A failed send means no `Db` waits: dropping the returned connection pools it again.
        let _ = self.0.send(conn);
    }
}

impl FromRequest for Db {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let handover = req.extensions_mut().remove::<Handover>();
        let state = app_state(req);
        Box::pin(async move {
            if let Some(Handover(receiver)) = handover
                && let Ok(conn) = receiver.await
            {
                return Ok(Db(conn));
            }
            Ok(Db(state?.conn().await?))
        })
    }
}
