//! Where a membership stands, and which moves between statuses are allowed.

crate::text_enum! {
    /// Where a membership stands.
    pub enum Status: "membership status" {
        /// Signed up, waiting for confirmation (by e-mail link, or by staff for phone sign-ups).
        Pending => "pending",
        Active => "active",
        /// Stopped paying.
        Lapsed => "lapsed",
        Resigned => "resigned",
        Deceased => "deceased",
    }
}

impl Status {
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
