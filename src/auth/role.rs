//! The roles a grant gives.

crate::text_enum! {
    /// Roles, from the widest reach to the narrowest.
    #[derive(PartialOrd, Ord)]
    pub enum Role: "role" {
        /// Every organisation on this deployment.
        PlatformAdmin => "platform_admin",
        /// The whole organisation (secretariat, national board).
        OrgAdmin => "org_admin",
        /// A chapter and every chapter under it.
        ChapterLeader => "chapter_leader",
        /// Their own data, in a chapter.
        Volunteer => "volunteer",
        /// Their own data.
        Member => "member",
    }
}

impl Role {
    /// Organisation-wide roles have no chapter; chapter roles need one.
    pub fn is_chapter_role(self) -> bool {
        self >= Self::ChapterLeader
    }
}
