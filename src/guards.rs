//! Loading a resource and authorising the caller on it, in one step shared by every domain
//! area: the layer between the handlers and `auth`'s policy. It knows the database and the
//! policy, and nothing of HTTP.

use diesel_async::AsyncPgConnection;

use crate::auth::{Caller, Operation, Target, authorize};
use crate::chapters::queries::{self as chapters, Chapter};
use crate::error::ApiError;
use crate::ids::{ChapterId, OrgId, PersonId};
use crate::members::queries::{self as members, MembershipHistory, Person};
use crate::organisations::queries::Organisation;

/// The policy target of a chapter: its organisation and the chapters from the root down to it.
pub fn chapter_target(chapter: &Chapter) -> Target<'_> {
    Target::Chapter { org: chapter.organisation_id, ancestors: &chapter.ancestors }
}

/// The person `id`, when the caller may perform `operation` on them: 404 when there is no
/// such person or they are in another organisation, 403 when out of the caller's reach.
pub async fn person_for(
    conn: &mut AsyncPgConnection,
    caller: &Caller,
    operation: Operation,
    id: PersonId,
) -> Result<Person, ApiError> {
    let (person, ancestors) = members::find_person(conn, id).await?;
    authorize(caller, operation, Target::Chapter { org: person.organisation_id, ancestors: &ancestors })?;
    Ok(person)
}

/// The member `id` with every membership and its history, read in one statement, when the
/// caller may perform `operation` on them: 404 or 403 as for `person_for`.
pub async fn member_for(
    conn: &mut AsyncPgConnection,
    caller: &Caller,
    operation: Operation,
    id: PersonId,
) -> Result<(Person, Vec<MembershipHistory>), ApiError> {
    let (person, ancestors, histories) = members::find_member(conn, id).await?;
    authorize(caller, operation, Target::Chapter { org: person.organisation_id, ancestors: &ancestors })?;
    Ok((person, histories))
}

/// A person of `org` whom the caller may reach for `operation`; otherwise 404 naming `field`,
/// so that pointing at someone out of reach reveals nothing and widens nobody's access.
pub async fn visible_person(
    conn: &mut AsyncPgConnection,
    caller: &Caller,
    operation: Operation,
    org: OrgId,
    id: PersonId,
    field: &str,
) -> Result<Person, ApiError> {
    match members::find_person(conn, id).await {
        Ok((person, ancestors)) if person.organisation_id == org => {
            authorize(caller, operation, Target::Chapter { org, ancestors: &ancestors })
                .map_err(|_| ApiError::missing(field, "unknown_member"))?;
            Ok(person)
        }
        Ok(_) | Err(diesel::result::Error::NotFound) => Err(ApiError::missing(field, "unknown_member")),
        Err(err) => Err(err.into()),
    }
}

/// The chapter `id` with its organisation, read in one statement, when the caller may perform
/// `operation` on it: 404 when there is no such chapter, 403 when it is out of reach.
pub async fn chapter_with_organisation(
    conn: &mut AsyncPgConnection,
    caller: &Caller,
    operation: Operation,
    id: ChapterId,
) -> Result<(Chapter, Organisation), ApiError> {
    let (chapter, org) = chapters::find_with_organisation(conn, id).await?;
    authorize(caller, operation, chapter_target(&chapter))?;
    Ok((chapter, org))
}

/// A chapter of the organisation, or 404 naming the field.
pub async fn chapter_in(conn: &mut AsyncPgConnection, org: OrgId, id: ChapterId) -> Result<Chapter, ApiError> {
    match chapters::find(conn, id).await {
        Ok(chapter) if chapter.organisation_id == org => Ok(chapter),
        Ok(_) | Err(diesel::result::Error::NotFound) => Err(ApiError::missing("chapter_id", "unknown_chapter")),
        Err(err) => Err(err.into()),
    }
}
