//! The roles a grant gives.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Roles, from the widest reach to the narrowest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, ToSchema, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Every organisation on this deployment.
    PlatformAdmin,
    /// The whole organisation (secretariat, national board).
    OrgAdmin,
    /// A chapter and every chapter under it.
    ChapterLeader,
    /// Their own data, in a chapter.
    Volunteer,
    /// Their own data.
    Member,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::PlatformAdmin => "platform_admin",
            Self::OrgAdmin => "org_admin",
            Self::ChapterLeader => "chapter_leader",
            Self::Volunteer => "volunteer",
            Self::Member => "member",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::PlatformAdmin, Self::OrgAdmin, Self::ChapterLeader, Self::Volunteer, Self::Member]
            .into_iter()
            .find(|r| r.as_str() == s)
    }

    /// Organisation-wide roles have no chapter; chapter roles need one.
    pub fn is_chapter_role(self) -> bool {
        self >= Self::ChapterLeader
    }
}
