//! Joins `print-schema` cannot infer. Most foreign keys between domain tables are composite,
//! `(organisation_id, id)`, so that a row can only point into its own organisation, and diesel
//! writes a `joinable!` for single-column keys only. These name the id column a plain
//! `inner_join` follows; the organisation column agrees by that constraint.

use super::schema::{chapters, follow_ups, membership_periods, memberships, people};

diesel::joinable!(people -> chapters (home_chapter_id));
diesel::joinable!(memberships -> people (person_id));
diesel::joinable!(memberships -> chapters (chapter_id));
diesel::joinable!(membership_periods -> memberships (membership_id));
diesel::joinable!(follow_ups -> people (person_id));
diesel::joinable!(follow_ups -> chapters (chapter_id));
