//! One registry of every place a person is held. Per table it says how the rows point at the
//! person, what the export shows of them, what erasure does and what merging two records of one
//! person does. Export, erasure and merge read it (the statements are built in [`queries`]), and
//! [`check`] walks the database — foreign keys to `people` and to tables whose rows are a
//! person's, columns named like e-mail addresses and phone numbers, and ids no foreign key
//! covers — and names everything the registry does not classify. A table that stores a person
//! therefore needs one entry here, or the tests say so.

pub mod queries;

use std::collections::{BTreeSet, HashMap};

use diesel::QueryResult;
use diesel_async::AsyncPgConnection;

/// How a table's rows point at the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    /// The person's own row in `people`.
    Own,
    /// A column with the person's id, under a foreign key to `people`.
    Column(&'static str),
    /// Several columns, each with a person's id under a foreign key to `people`: a row about
    /// more than one record at once.
    Columns(&'static [&'static str]),
    /// An array of people's ids (an array cannot carry a foreign key).
    Array(&'static str),
    /// An id whose kind another column names: the rows where `kind_column = kind`.
    Entity { column: &'static str, kind_column: &'static str, kind: &'static str },
    /// Rows that belong to rows of another held table, through a foreign key to its `id`.
    Through { column: &'static str, parent: &'static str },
}

impl Reference {
    /// The columns that hold the person's (or the parent row's) id.
    pub fn columns(self) -> Vec<&'static str> {
        match self {
            Self::Own => vec!["id"],
            Self::Column(c) | Self::Array(c) => vec![c],
            Self::Columns(cs) => cs.to_vec(),
            Self::Entity { column, .. } | Self::Through { column, .. } => vec![column],
        }
    }

    /// Whether each row is the person's alone (and so belongs to them wholly).
    fn rows_are_the_persons(self) -> bool {
        matches!(self, Self::Own | Self::Column(_) | Self::Through { .. })
    }
}

/// What the export shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    /// A section of the export document: a property of `MemberExport`.
    Section(&'static str),
    /// Not shown, for the reason given.
    Omitted(&'static str),
}

/// An emptied column's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Empty {
    Null,
    /// `'{}'`, for array columns that may not be null.
    Array,
}

/// What erasure does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Erasure {
    /// The rows are deleted; from an array, the person's id is removed.
    Delete,
    /// These columns are emptied and the rows stay, for the reason given. On the person's own
    /// row erasure is also stamped (`erased_at`).
    Clear { columns: &'static [(&'static str, Empty)], kept_because: &'static str },
    /// Periods held from day `from` through day `to` (both included) end on the day before the
    /// erasure, so nothing is held from the erasure day on; periods that would begin only then
    /// or later are deleted. Earlier days stay as they were, and so do counts of them.
    End { from: &'static str, to: &'static str },
    /// Items still open (this timestamp empty) are closed at the moment of erasure.
    Close(&'static str),
    /// Open memberships end as resigned on the erasure day, through the membership lifecycle:
    /// a new period each, so counts move exactly as for any resignation.
    Resign,
    /// Kept as it is, for the reason given.
    Keep(&'static str),
}

/// What happens where a unique key would hold twice once the duplicate's rows move over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnConflict {
    /// No unique key includes the person.
    None,
    /// Where both records have a row with the same values in `unique`, the kept person's row
    /// stays: the duplicate's is deleted first, with the rows of `dependents` (table, column)
    /// that point at its `id`.
    KeepKept { unique: &'static [&'static str], dependents: &'static [(&'static str, &'static str)] },
    /// The merge is refused with this 409 code before anything moves.
    Refuse(&'static str),
}

/// What merging a duplicate record into a kept one does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Merge {
    /// The rows are re-pointed at the kept person.
    Repoint(OnConflict),
    /// The duplicate's id is replaced by the kept one in each array, which lists it once.
    Replace,
    /// The rows follow the rows they belong to.
    FollowParent,
    /// The duplicate's own row: the kept person's empty details are filled from it, relations
    /// are united, and it is deleted once everything else has moved.
    Fold,
    /// Stays with the duplicate's id, for the reason given.
    Keep(&'static str),
}

/// One table that holds people.
#[derive(Debug)]
pub struct Holding {
    pub table: &'static str,
    pub reference: Reference,
    pub export: Export,
    pub erasure: Erasure,
    pub merge: Merge,
}

/// Every table that holds a person. Erasure and merge walk it in this order, and the person's
/// own row comes last: everything else points at it.
pub const HOLDINGS: &[Holding] = &[
    Holding {
        table: "memberships",
        reference: Reference::Column("person_id"),
        export: Export::Section("member"),
        erasure: Erasure::Resign,
        merge: Merge::Repoint(OnConflict::Refuse("both_memberships_open")),
    },
    Holding {
        table: "membership_periods",
        reference: Reference::Through { column: "membership_id", parent: "memberships" },
        export: Export::Section("member"),
        erasure: Erasure::Keep("counts on past days are read from them, with the birth year they were counted with"),
        merge: Merge::FollowParent,
    },
    Holding {
        table: "membership_fees",
        reference: Reference::Through { column: "membership_id", parent: "memberships" },
        export: Export::Section("member"),
        erasure: Erasure::Keep("fee counts per year are read from them; they hold an amount and a day"),
        merge: Merge::FollowParent,
    },
    Holding {
        table: "consents",
        reference: Reference::Column("person_id"),
        export: Export::Section("consents"),
        erasure: Erasure::Keep("they show which consent text was accepted, in which language and when; nothing else"),
        merge: Merge::Repoint(OnConflict::None),
    },
    Holding {
        table: "signups",
        reference: Reference::Column("person_id"),
        export: Export::Section("signups"),
        erasure: Erasure::Clear {
            columns: &[("token_hash", Empty::Null)],
            kept_because: "they record that a sign-up was made and confirmed, which the membership it opened rests on",
        },
        merge: Merge::Repoint(OnConflict::None),
    },
    Holding {
        table: "outbox",
        reference: Reference::Column("person_id"),
        export: Export::Section("messages"),
        erasure: Erasure::Delete,
        merge: Merge::Repoint(OnConflict::None),
    },
    Holding {
        table: "follow_ups",
        reference: Reference::Column("person_id"),
        export: Export::Section("follow_ups"),
        erasure: Erasure::Close("completed_at"),
        merge: Merge::Repoint(OnConflict::None),
    },
    Holding {
        table: "contact_log",
        reference: Reference::Column("person_id"),
        export: Export::Section("contacts"),
        erasure: Erasure::Clear {
            columns: &[("note", Empty::Null)],
            kept_because: "the chapter's follow-up work stays on record (day, channel, length, outcome); a note may name the person",
        },
        merge: Merge::Repoint(OnConflict::None),
    },
    Holding {
        table: "self_service_links",
        reference: Reference::Column("person_id"),
        export: Export::Omitted("digests of one-time links; the e-mails that carried them are under messages"),
        erasure: Erasure::Delete,
        merge: Merge::Repoint(OnConflict::None),
    },
    Holding {
        table: "volunteer_roles",
        reference: Reference::Column("person_id"),
        export: Export::Section("volunteer_roles"),
        erasure: Erasure::End { from: "from_on", to: "to_on" },
        merge: Merge::Repoint(OnConflict::None),
    },
    Holding {
        table: "course_completions",
        reference: Reference::Column("person_id"),
        export: Export::Section("course_completions"),
        erasure: Erasure::Keep("who was active and newly qualified on past days is read from them"),
        merge: Merge::Repoint(OnConflict::KeepKept {
            unique: &["course_run_id"],
            dependents: &[("qualification_reminders", "completion_id")],
        }),
    },
    Holding {
        table: "qualification_reminders",
        reference: Reference::Column("person_id"),
        export: Export::Section("qualification_reminders"),
        erasure: Erasure::Delete,
        merge: Merge::Repoint(OnConflict::None),
    },
    Holding {
        table: "course_runs",
        reference: Reference::Array("instructors"),
        export: Export::Section("courses_taught"),
        erasure: Erasure::Keep("the run stays as it was held; the id points at the anonymised person"),
        merge: Merge::Replace,
    },
    Holding {
        table: "group_leaders",
        reference: Reference::Column("person_id"),
        export: Export::Section("group_leaderships"),
        erasure: Erasure::End { from: "from_on", to: "to_on" },
        merge: Merge::Repoint(OnConflict::None),
    },
    Holding {
        table: "activity_volunteers",
        reference: Reference::Column("person_id"),
        export: Export::Section("activities"),
        erasure: Erasure::Keep("past activities stay as logged; the id points at the anonymised person"),
        merge: Merge::Repoint(OnConflict::KeepKept { unique: &["activity_id"], dependents: &[] }),
    },
    Holding {
        table: "account_people",
        reference: Reference::Column("person_id"),
        export: Export::Section("account"),
        erasure: Erasure::Delete,
        // One account per person: when both records are linked, the kept record keeps its own.
        merge: Merge::Repoint(OnConflict::KeepKept { unique: &[], dependents: &[] }),
    },
    Holding {
        table: "peer_supporter_profiles",
        reference: Reference::Column("person_id"),
        export: Export::Section("peer_profile"),
        erasure: Erasure::Delete,
        // One profile per person: when both records have one, the kept record keeps its own.
        merge: Merge::Repoint(OnConflict::KeepKept { unique: &[], dependents: &[] }),
    },
    Holding {
        table: "conversation_requests",
        reference: Reference::Column("requester_person_id"),
        export: Export::Section("conversation_requests"),
        erasure: Erasure::Clear {
            columns: &[("contact_name", Empty::Null), ("contact_email", Empty::Null), ("contact_phone", Empty::Null)],
            kept_because: "requests by region and kind, days to first contact and conversations per request are \
                           counted from them; what is left says nothing of who asked",
        },
        merge: Merge::Repoint(OnConflict::None),
    },
    Holding {
        table: "activities",
        reference: Reference::Through { column: "conversation_request_id", parent: "conversation_requests" },
        export: Export::Section("conversation_requests"),
        erasure: Erasure::Clear {
            columns: &[("note", Empty::Null)],
            kept_because: "the conversations held stay in the activity log's counts (day, minutes, channel)",
        },
        merge: Merge::FollowParent,
    },
    Holding {
        table: "conversation_assignments",
        reference: Reference::Column("person_id"),
        export: Export::Section("peer_assignments"),
        erasure: Erasure::Close("ended_at"),
        merge: Merge::Repoint(OnConflict::None),
    },
    Holding {
        table: "member_requests",
        reference: Reference::Columns(&["person_id", "existing_person_id"]),
        export: Export::Omitted(
            "the secretariat's question whether two records are one person; the records are the member",
        ),
        // Erasing a person also erases the records still waiting to be told apart from them
        // (`members::rights::erase`).
        erasure: Erasure::Delete,
        merge: Merge::Repoint(OnConflict::None),
    },
    Holding {
        table: "audit_events",
        reference: Reference::Entity { column: "entity_id", kind_column: "entity_type", kind: "member" },
        export: Export::Section("history"),
        erasure: Erasure::Keep("the audit trail is append-only and holds names of fields, never their values"),
        merge: Merge::Keep("the audit trail is append-only; the merge itself is recorded on the kept person"),
    },
    Holding {
        table: "people",
        reference: Reference::Own,
        export: Export::Section("member"),
        erasure: Erasure::Clear {
            columns: &[
                ("given_name", Empty::Null),
                ("family_name", Empty::Null),
                ("email", Empty::Null),
                ("phone", Empty::Null),
                ("postal_code", Empty::Null),
                ("birth_year", Empty::Null),
                ("birth_date", Empty::Null),
                ("relations", Empty::Array),
            ],
            kept_because: "memberships, roles and courses keep pointing at one anonymous row, so past counts stay",
        },
        merge: Merge::Fold,
    },
];

/// A column that looks as if it held a person — an e-mail address, a phone number, an id no
/// foreign key covers — but is not part of a member's record.
#[derive(Debug)]
pub struct NotAPerson {
    pub table: &'static str,
    pub column: &'static str,
    pub because: &'static str,
}

pub const NOT_PEOPLE: &[NotAPerson] = &[
    NotAPerson {
        table: "users",
        column: "email",
        because: "staff sign-in accounts, platform-wide and apart from member records; disabled, not erased",
    },
    NotAPerson {
        table: "invitations",
        column: "email",
        because: "where an invitation to a staff account was sent; it expires and leads to an account, not a member",
    },
    NotAPerson {
        table: "rate_limit_windows",
        column: "bucket",
        because: "sign-in throttling keys name the e-mail typed at sign-in; the windows end within minutes",
    },
    NotAPerson {
        table: "public_requests",
        column: "request",
        because: "a public form's request waiting moments for the background worker; what it carries moves into \
                  the person's record (or nowhere) and the column is emptied once it is handled",
    },
    NotAPerson { table: "activities", column: "logged_by", because: "the staff account that logged the activity" },
    NotAPerson { table: "chapters", column: "ancestors", because: "ids of chapters" },
    NotAPerson { table: "refresh_tokens", column: "family_id", because: "one sign-in's chain of tokens" },
    NotAPerson { table: "member_day_counts", column: "organisation_id", because: "counts, never of one person" },
    NotAPerson { table: "member_day_counts", column: "chapter_id", because: "counts, never of one person" },
    NotAPerson { table: "member_day_coverage", column: "organisation_id", because: "which days are counted" },
    NotAPerson {
        table: "member_day_count_corrections",
        column: "organisation_id",
        because: "a period's counted attributes, without its membership or person",
    },
    NotAPerson {
        table: "member_day_count_corrections",
        column: "chapter_id",
        because: "a period's counted attributes, without its membership or person",
    },
    NotAPerson { table: "member_fee_counts", column: "organisation_id", because: "counts, never of one person" },
    NotAPerson { table: "member_fee_counts", column: "chapter_id", because: "counts, never of one person" },
];

/// The registry entry of `table`.
pub fn holding(table: &str) -> Option<&'static Holding> {
    HOLDINGS.iter().find(|h| h.table == table)
}

/// The holdings in the order erasure and merge walk them: the person's own row last.
pub fn in_order() -> impl Iterator<Item = &'static Holding> {
    let (own, rest): (Vec<_>, Vec<_>) = HOLDINGS.iter().partition(|h| h.reference == Reference::Own);
    rest.into_iter().chain(own)
}

/// The export sections the registry names.
pub fn sections() -> BTreeSet<&'static str> {
    HOLDINGS
        .iter()
        .filter_map(|h| match h.export {
            Export::Section(s) => Some(s),
            Export::Omitted(_) => None,
        })
        .collect()
}

/// Entries that contradict themselves, without asking the database: an action that does not
/// fit the reference, a parent that is not registered, a table listed twice.
pub fn inconsistencies() -> Vec<String> {
    let mut found = Vec::new();
    let mut seen = BTreeSet::new();
    for h in HOLDINGS {
        let t = h.table;
        if !seen.insert(t) {
            found.push(format!("{t}: listed twice"));
        }
        if (h.reference == Reference::Own) != (t == "people") {
            found.push(format!("{t}: only `people` is the person's own row"));
        }
        if let Reference::Through { parent, .. } = h.reference
            && holding(parent).is_none_or(|p| !matches!(p.reference, Reference::Own | Reference::Column(_)))
        {
            found.push(format!("{t}: its parent {parent} must be registered with a person column"));
        }
        let merge_fits = match h.merge {
            Merge::Repoint(OnConflict::None) => matches!(h.reference, Reference::Column(_) | Reference::Columns(_)),
            Merge::Repoint(_) => matches!(h.reference, Reference::Column(_)),
            Merge::Replace => matches!(h.reference, Reference::Array(_)),
            Merge::FollowParent => matches!(h.reference, Reference::Through { .. }),
            Merge::Fold => h.reference == Reference::Own,
            Merge::Keep(_) => true,
        };
        if !merge_fits {
            found.push(format!("{t}: its merge does not fit {:?}", h.reference));
        }
        let erasure_fits = match h.erasure {
            Erasure::Resign => t == "memberships",
            Erasure::Delete => h.reference != Reference::Own,
            Erasure::Clear { .. } | Erasure::End { .. } | Erasure::Close(_) => h.reference.rows_are_the_persons(),
            Erasure::Keep(_) => true,
        };
        if !erasure_fits {
            found.push(format!("{t}: its erasure does not fit {:?}", h.reference));
        }
    }
    found
}

/// Everything in the database the registry does not account for, each as `table.column: why`;
/// empty when every place a person is held is classified.
pub async fn check(conn: &mut AsyncPgConnection) -> QueryResult<Vec<String>> {
    let columns = queries::columns(conn).await?;
    let foreign_keys = queries::foreign_keys(conn).await?;
    let unique_keys = queries::unique_keys(conn).await?;
    let mut found = inconsistencies();
    let exists: BTreeSet<(&str, &str)> = columns.iter().map(|c| (c.table.as_str(), c.column.as_str())).collect();
    for (table, column) in named_columns() {
        if !exists.contains(&(table, column)) {
            found.push(format!("{table}.{column}: named in the registry but not in the database"));
        }
    }
    let persons_tables: BTreeSet<&str> =
        HOLDINGS.iter().filter(|h| h.reference.rows_are_the_persons()).map(|h| h.table).collect();
    for fk in &foreign_keys {
        if !persons_tables.contains(fk.target.as_str()) {
            continue;
        }
        let reference = holding(&fk.table).map(|h| h.reference);
        let covered = match reference {
            Some(Reference::Column(c)) => fk.target != "people" || c == fk.column,
            Some(Reference::Columns(cs)) => fk.target == "people" && cs.contains(&fk.column.as_str()),
            Some(Reference::Through { .. }) => fk.target != "people",
            _ => false,
        };
        if !covered {
            found
                .push(format!("{}.{}: points at {} but the registry does not list it", fk.table, fk.column, fk.target));
        }
    }
    for c in &columns {
        let (table, column) = (c.table.as_str(), c.column.as_str());
        let not_a_person = NOT_PEOPLE.iter().any(|n| n.table == table && n.column == column);
        if looks_like_contact(column) && !not_a_person && !erasure_removes(table, column) {
            found.push(format!("{table}.{column}: contact details that erasure leaves in place"));
        }
        let id = c.type_name == "uuid" || c.type_name == "uuid[]";
        let referenced = HOLDINGS.iter().any(|h| h.table == table && h.reference.columns().contains(&column));
        if id && !c.constrained && !c.primary_key && !not_a_person && !referenced {
            found.push(format!("{table}.{column}: an id no foreign key covers and the registry does not classify"));
        }
    }
    found.extend(unresolved_conflicts(&unique_keys));
    Ok(found)
}

/// Unique keys that include a re-pointed person column must say what a merge does with them.
fn unresolved_conflicts(unique_keys: &[queries::UniqueKey]) -> Vec<String> {
    let mut found = Vec::new();
    for key in unique_keys {
        let Some(h) = holding(&key.table) else { continue };
        let (Reference::Column(person), Merge::Repoint(on_conflict)) = (h.reference, h.merge) else { continue };
        if !key.columns.iter().any(|c| c == person) {
            continue;
        }
        let others: BTreeSet<&str> = key.columns.iter().map(String::as_str).filter(|c| *c != person).collect();
        let resolved = match on_conflict {
            OnConflict::None => false,
            OnConflict::Refuse(_) => true,
            OnConflict::KeepKept { unique, .. } => unique.iter().copied().collect::<BTreeSet<_>>() == others,
        };
        if !resolved {
            found.push(format!("{}.{}: the unique key {} has no merge rule", key.table, person, key.name));
        }
    }
    found
}

fn looks_like_contact(column: &str) -> bool {
    ["email", "phone", "recipient"].iter().any(|word| column.contains(word))
}

/// Whether erasure deletes the rows of `table` that hold `column`, or empties the column.
fn erasure_removes(table: &str, column: &str) -> bool {
    holding(table).is_some_and(|h| match h.erasure {
        Erasure::Delete => h.reference.rows_are_the_persons(),
        Erasure::Clear { columns, .. } => columns.iter().any(|(c, _)| *c == column),
        _ => false,
    })
}

/// Every (table, column) the registry names, so that a renamed column is noticed.
fn named_columns() -> Vec<(&'static str, &'static str)> {
    let mut named: Vec<(&str, &str)> = NOT_PEOPLE.iter().map(|n| (n.table, n.column)).collect();
    for h in HOLDINGS {
        let t = h.table;
        named.extend(h.reference.columns().into_iter().map(|c| (t, c)));
        if let Reference::Entity { kind_column, .. } = h.reference {
            named.push((t, kind_column));
        }
        match h.erasure {
            Erasure::Clear { columns, .. } => named.extend(columns.iter().map(|(c, _)| (t, *c))),
            Erasure::End { from, to } => named.extend([(t, from), (t, to)]),
            Erasure::Close(c) => named.push((t, c)),
            Erasure::Delete | Erasure::Resign | Erasure::Keep(_) => {}
        }
        if let Merge::Repoint(OnConflict::KeepKept { unique, dependents }) = h.merge {
            named.extend(unique.iter().map(|c| (t, *c)));
            named.extend(dependents.iter().copied());
        }
    }
    named
}

/// How many rows of each holding are the person's, by table (for checking that erasure and
/// merge reached everything).
pub async fn held_rows(
    conn: &mut AsyncPgConnection,
    person: crate::ids::PersonId,
) -> QueryResult<HashMap<&'static str, i64>> {
    let mut rows = HashMap::new();
    for h in HOLDINGS {
        rows.insert(h.table, queries::count_rows(conn, h, person).await?);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_agrees_with_itself() {
        assert_eq!(inconsistencies(), Vec::<String>::new());
    }

    #[test]
    fn the_persons_own_row_comes_last() {
        assert_eq!(in_order().last().map(|h| h.table), Some("people"));
        assert_eq!(in_order().count(), HOLDINGS.len());
    }
}
