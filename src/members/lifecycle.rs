//! How a membership moves through its statuses, and what each move records: the current state
//! on `memberships`, a new period in the history, and, when a member becomes active, a welcome
//! follow-up for their chapter and a welcome e-mail.

use chrono::{NaiveDate, SubsecRound, Utc};
use diesel_async::AsyncPgConnection;
use uuid::Uuid;

use super::queries::{self, Membership, Period, Person};
pub use super::status::Status;
use crate::error::ApiError;
use crate::followups::queries as followups;
use crate::i18n::{Args, Lang};
use crate::ids::{ChapterId, MembershipId, PersonId};
use crate::organisations::queries::Organisation;
use crate::outbox::{self, Message};

/// A change to a membership from a given day: any of status, chapter and type.
#[derive(Debug, Clone)]
pub struct Change {
    pub status: Option<Status>,
    pub chapter_id: Option<ChapterId>,
    pub type_code: Option<String>,
    pub effective_on: NaiveDate,
}

/// Opens a new membership for `person`, through [`open_many`].
pub async fn open(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    person: &Person,
    chapter_id: ChapterId,
    type_code: String,
    status: Status,
    from: NaiveDate,
) -> Result<Membership, ApiError> {
    let opening = Opening { person, chapter_id, type_code, status, from };
    let mut opened = open_many(conn, org, std::slice::from_ref(&opening)).await?;
    opened.pop().ok_or_else(|| anyhow::anyhow!("a membership was opened but not returned").into())
}

/// A membership to open: whose, in which chapter and type, in which status, from which day.
pub struct Opening<'a> {
    pub person: &'a Person,
    pub chapter_id: ChapterId,
    pub type_code: String,
    pub status: Status,
    pub from: NaiveDate,
}

/// Opens memberships with a statement per table however many there are (a batch of sign-ups
/// opens hundreds): each with its first period, the person's home chapter moved to it, and a
/// welcome for those that begin active. Returns them in the order of `openings`.
pub async fn open_many(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    openings: &[Opening<'_>],
) -> Result<Vec<Membership>, ApiError> {
    // As stored: PostgreSQL keeps microseconds.
    let now = Utc::now().trunc_subsecs(6);
    let memberships: Vec<Membership> = openings
        .iter()
        .map(|o| Membership {
            id: MembershipId::new(),
            organisation_id: org.id,
            person_id: o.person.id,
            chapter_id: o.chapter_id,
            type_code: o.type_code.clone(),
            status: o.status,
            joined_on: (o.status == Status::Active).then_some(o.from),
            ended_on: None,
            version: 1,
            created_at: now,
            updated_at: now,
        })
        .collect();
    queries::insert_memberships(conn, &memberships).await.map_err(open_membership_error)?;
    let periods: Vec<Period> = memberships
        .iter()
        .zip(openings)
        .map(|(m, o)| period_of(m, o.person.birth_year, o.from, o.status == Status::Active, false))
        .collect();
    queries::insert_periods(conn, &periods).await?;
    for (membership, o) in memberships.iter().zip(openings) {
        if o.person.home_chapter_id != o.chapter_id {
            queries::set_home_chapter(conn, o.person.id, o.chapter_id).await?;
        }
        if o.status == Status::Active {
            welcome(conn, org, o.person, membership, o.from).await?;
        }
    }
    Ok(memberships)
}

/// Ends every open membership of `person` as resigned on `day`, through [`apply`].
pub async fn resign_open(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    person: &Person,
    day: NaiveDate,
) -> Result<(), ApiError> {
    let resign = Change { status: Some(Status::Resigned), chapter_id: None, type_code: None, effective_on: day };
    for membership in queries::memberships_of_person(conn, person.id).await? {
        if membership.status.is_open() {
            apply(conn, org, person, &membership, &resign).await?;
        }
    }
    Ok(())
}

/// Applies `change`: closes the current period on its effective day and opens the next.
pub async fn apply(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    person: &Person,
    membership: &Membership,
    change: &Change,
) -> Result<Membership, ApiError> {
    let current = queries::current_period(conn, membership.id).await?;
    if change.effective_on < current.valid_from {
        return Err(ApiError::unprocessable("effective_on", "before_current_period"));
    }
    let old = membership.status;
    let new = change.status.unwrap_or(old);
    if change.status.is_some_and(|s| s != old && !old.may_become(s)) {
        return Err(ApiError::conflict("status", "status_transition"));
    }
    if change.status.is_none_or(|s| s == old) && old == Status::Deceased {
        return Err(ApiError::conflict("status", "status_transition"));
    }
    let starts = new == Status::Active && old != Status::Active;
    let ends = old == Status::Active && matches!(new, Status::Lapsed | Status::Resigned | Status::Deceased);
    let mut next = membership.clone();
    next.status = new;
    if let Some(chapter) = change.chapter_id {
        next.chapter_id = chapter;
    }
    if let Some(code) = &change.type_code {
        next.type_code = code.clone();
    }
    if starts {
        next.joined_on = next.joined_on.or(Some(change.effective_on));
        next.ended_on = None;
    }
    if ends {
        next.ended_on = Some(change.effective_on);
    }
    if next.status == membership.status
        && next.chapter_id == membership.chapter_id
        && next.type_code == membership.type_code
    {
        return Err(ApiError::conflict("status", "no_change"));
    }
    queries::close_period(conn, current.id, change.effective_on).await?;
    queries::insert_periods(conn, &[period_of(&next, person.birth_year, change.effective_on, starts, ends)]).await?;
    let saved = queries::save_membership(conn, &next, membership.version)
        .await
        .map_err(open_membership_error)?
        .ok_or(ApiError::PreconditionFailed)?;
    if saved.chapter_id != membership.chapter_id {
        queries::set_home_chapter(conn, person.id, saved.chapter_id).await?;
    }
    if starts {
        welcome(conn, org, person, &saved, change.effective_on).await?;
    }
    Ok(saved)
}

fn period_of(m: &Membership, birth_year: Option<i16>, from: NaiveDate, starts: bool, ends: bool) -> Period {
    Period {
        id: Uuid::now_v7(),
        organisation_id: m.organisation_id,
        membership_id: m.id,
        chapter_id: m.chapter_id,
        type_code: m.type_code.clone(),
        status: m.status,
        birth_year,
        valid_from: from,
        valid_to: None,
        starts_membership: starts,
        ends_membership: ends,
    }
}

/// A second open membership for one person is a conflict, not an error.
fn open_membership_error(err: diesel::result::Error) -> ApiError {
    match &err {
        diesel::result::Error::DatabaseError(_, info) if info.constraint_name() == Some("memberships_one_open_key") => {
            ApiError::conflict("status", "membership_open")
        }
        _ => err.into(),
    }
}

/// A new active member: the follow-ups joining opens for their chapter (the welcome, and the
/// organisation's later contacts), and a welcome e-mail if they have an address.
async fn welcome(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    person: &Person,
    membership: &Membership,
    from: NaiveDate,
) -> Result<(), ApiError> {
    followups::open_on_joining(conn, org.id, &[(person.id, membership.chapter_id)], from).await?;
    if let Some(email) = &person.email {
        let name = person.given_name.as_deref().unwrap_or_default();
        outbox::enqueue(conn, welcome_message(org, person.id, email, name, &person.language)).await?;
    }
    Ok(())
}

/// The welcome e-mail to a new member, in their language.
pub fn welcome_message(org: &Organisation, person: PersonId, email: &str, given_name: &str, language: &str) -> Message {
    let lang = Lang::parse_supported(language).unwrap_or_default();
    let mut args = Args::new();
    args.insert("org".into(), org.name.clone().into());
    args.insert("name".into(), given_name.to_owned().into());
    Message::compose(org.id, Some(person), email, &lang, "welcome", &args)
}

#[cfg(test)]
mod tests {
    use super::Status::*;

    #[test]
    fn ended_memberships_can_rejoin_but_death_is_final() {
        assert!(Pending.may_become(Active));
        assert!(Resigned.may_become(Active));
        assert!(Lapsed.may_become(Active));
        assert!(!Deceased.may_become(Active));
        assert!(!Active.may_become(Pending));
        assert!(!Resigned.may_become(Lapsed));
    }
}
