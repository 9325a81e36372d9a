//! Database access for projects and their chapters.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::db::schema::{chapters, project_chapters, projects};
use crate::ids::{ChapterId, OrgId};

crate::text_enum! {
    pub enum ProjectStatus: "project status" {
        Planned => "planned",
        Active => "active",
        Completed => "completed",
        Cancelled => "cancelled",
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = projects)]
pub struct Project {
    pub id: Uuid,
    pub organisation_id: OrgId,
    pub name: String,
    pub year: i16,
    pub status: ProjectStatus,
    pub created_at: DateTime<Utc>,
}

/// How many of `ids` are chapters of `org`.
pub async fn count_chapters(conn: &mut AsyncPgConnection, org: OrgId, ids: &[ChapterId]) -> QueryResult<i64> {
    chapters::table
        .filter(chapters::organisation_id.eq(org).and(chapters::id.eq_any(ids)))
        .count()
        .get_result(conn)
        .await
}

/// Inserts the project with its chapters.
pub async fn insert(
    conn: &mut AsyncPgConnection,
    project: &Project,
    chapter_ids: &[ChapterId],
) -> QueryResult<Project> {
    let saved: Project = diesel::insert_into(projects::table)
        .values(project)
        .returning(Project::as_returning())
        .get_result(conn)
        .await?;
    let rows: Vec<_> = chapter_ids
        .iter()
        .map(|c| {
            (
                project_chapters::project_id.eq(saved.id),
                project_chapters::chapter_id.eq(*c),
                project_chapters::organisation_id.eq(saved.organisation_id),
            )
        })
        .collect();
    diesel::insert_into(project_chapters::table).values(rows).execute(conn).await?;
    Ok(saved)
}

/// Projects by id (newest first), each with its chapters.
pub async fn list(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    year: Option<i16>,
    after: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<(Project, Vec<ChapterId>)>> {
    let mut query = projects::table
        .filter(projects::organisation_id.eq(org))
        .order(projects::id.desc())
        .limit(limit)
        .select(Project::as_select())
        .into_boxed();
    if let Some(year) = year {
        query = query.filter(projects::year.eq(year));
    }
    if let Some(after) = after {
        query = query.filter(projects::id.lt(after));
    }
    let rows: Vec<Project> = query.load(conn).await?;
    let ids: Vec<Uuid> = rows.iter().map(|p| p.id).collect();
    let links: Vec<(Uuid, ChapterId)> = project_chapters::table
        .filter(project_chapters::project_id.eq_any(&ids))
        .order((project_chapters::project_id, project_chapters::chapter_id))
        .select((project_chapters::project_id, project_chapters::chapter_id))
        .load(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|p| {
            let chapters = links.iter().filter(|(project, _)| *project == p.id).map(|(_, c)| *c).collect();
            (p, chapters)
        })
        .collect())
}
