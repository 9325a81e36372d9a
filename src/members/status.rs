//! Where a membership stands, and which moves between statuses are allowed.

use std::io::Write;

use diesel::deserialize::{self, FromSql, FromSqlRow};
use diesel::expression::AsExpression;
use diesel::pg::{Pg, PgValue};
use diesel::serialize::{self, IsNull, Output, ToSql};
use diesel::sql_types::Text;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

// Stored as its `as_str` text; reading any other text from the database is an error, never a
// guess.
/// Where a membership stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema, AsExpression, FromSqlRow)]
#[serde(rename_all = "snake_case")]
#[diesel(sql_type = Text)]
pub enum Status {
    /// Signed up, waiting for confirmation (by e-mail link, or by staff for phone sign-ups).
    Pending,
    Active,
    /// Stopped paying.
    Lapsed,
    Resigned,
    Deceased,
}

impl Status {
    pub const ALL: [Self; 5] = [Self::Pending, Self::Active, Self::Lapsed, Self::Resigned, Self::Deceased];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Active => "active",
            Self::Lapsed => "lapsed",
            Self::Resigned => "resigned",
            Self::Deceased => "deceased",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// pending → active | resigned; active → lapsed | resigned | deceased;
    /// lapsed → active | resigned | deceased; resigned → active (re-joining); deceased is final.
    pub fn may_become(self, next: Self) -> bool {
        use Status::*;
        matches!(
            (self, next),
            (Pending, Active | Resigned)
                | (Active, Lapsed | Resigned | Deceased)
                | (Lapsed, Active | Resigned | Deceased)
                | (Resigned, Active)
        )
    }

    /// Whether a membership in this status still counts as open (at most one per person).
    pub fn is_open(self) -> bool {
        matches!(self, Self::Pending | Self::Active)
    }
}

impl ToSql<Text, Pg> for Status {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Pg>) -> serialize::Result {
        out.write_all(self.as_str().as_bytes())?;
        Ok(IsNull::No)
    }
}

impl FromSql<Text, Pg> for Status {
    fn from_sql(bytes: PgValue<'_>) -> deserialize::Result<Self> {
        let text = <String as FromSql<Text, Pg>>::from_sql(bytes)?;
        Self::parse(&text).ok_or_else(|| format!("unknown membership status {text:?}").into())
    }
}
