//! The statements the registry implies — erasing a person, moving a duplicate's rows, counting
//! a person's rows — and the catalogue queries its check reads. Table and column names come
//! only from the registry's constants, never from input.

use chrono::NaiveDate;
use diesel::sql_types::{Array, BigInt, Bool, Date, Text, Uuid as SqlUuid};
use diesel::{QueryResult, QueryableByName, sql_query};
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use super::{Empty, Erasure, Holding, Merge, OnConflict, Reference, holding, in_order};
use crate::ids::PersonId;

/// The condition that picks the rows of `h` that are the person `$1`'s.
pub fn rows_of(h: &Holding) -> String {
    match h.reference {
        Reference::Own => "id = $1".to_owned(),
        Reference::Column(c) => format!("{c} = $1"),
        Reference::Columns(cs) => {
            format!("({})", cs.iter().map(|c| format!("{c} = $1")).collect::<Vec<_>>().join(" OR "))
        }
        Reference::Array(c) => format!("$1 = ANY ({c})"),
        Reference::Entity { column, kind_column, kind } => format!("{column} = $1 AND {kind_column} = '{kind}'"),
        Reference::Through { column, parent } => match holding(parent) {
            Some(p) => format!("{column} IN (SELECT id FROM {parent} WHERE {})", rows_of(p)),
            None => "false".to_owned(),
        },
    }
}

/// One statement of an erasure: `$1` is the person; `$2`, when `day` is set, the last day
/// anything is still held.
#[derive(Debug, PartialEq, Eq)]
pub struct Step {
    pub sql: String,
    pub day: bool,
}

fn step(sql: String) -> Step {
    Step { sql, day: false }
}

/// The statements erasing the person from `h` (none for what is kept, or resigned through the
/// membership lifecycle).
pub fn erasure_steps(h: &Holding) -> Vec<Step> {
    let (t, rows) = (h.table, rows_of(h));
    match h.erasure {
        Erasure::Delete => match h.reference {
            Reference::Array(c) => vec![step(format!("UPDATE {t} SET {c} = array_remove({c}, $1) WHERE {rows}"))],
            _ => vec![step(format!("DELETE FROM {t} WHERE {rows}"))],
        },
        Erasure::Clear { columns, .. } => {
            let mut set: Vec<String> = columns
                .iter()
                .map(|(c, empty)| {
                    let value = match empty {
                        Empty::Null => "NULL",
                        Empty::Array => "'{}'",
                    };
                    format!("{c} = {value}")
                })
                .collect();
            if h.reference == Reference::Own {
                set.extend(["erased_at = now()", "version = version + 1", "updated_at = now()"].map(str::to_owned));
            }
            vec![step(format!("UPDATE {t} SET {} WHERE {rows}", set.join(", ")))]
        }
        Erasure::End { from, to } => vec![
            Step { sql: format!("DELETE FROM {t} WHERE {rows} AND {from} > $2"), day: true },
            Step { sql: format!("UPDATE {t} SET {to} = $2 WHERE {rows} AND ({to} IS NULL OR {to} > $2)"), day: true },
        ],
        Erasure::Close(c) => vec![step(format!("UPDATE {t} SET {c} = now() WHERE {rows} AND {c} IS NULL"))],
        Erasure::Resign | Erasure::Keep(_) => Vec::new(),
    }
}

/// Runs every holding's erasure statements for `person`, who holds nothing after `last_day`.
/// Open memberships must have been resigned first (they need the person's birth year).
pub async fn erase(conn: &mut AsyncPgConnection, person: PersonId, last_day: NaiveDate) -> QueryResult<()> {
    for h in in_order() {
        for s in erasure_steps(h) {
            let query = sql_query(s.sql).bind::<SqlUuid, _>(person);
            if s.day {
                query.bind::<Date, _>(last_day).execute(conn).await?;
            } else {
                query.execute(conn).await?;
            }
        }
    }
    Ok(())
}

/// The statements moving `h`'s rows from the duplicate `$1` to the kept person `$2`.
pub fn merge_steps(h: &Holding) -> Vec<String> {
    let t = h.table;
    match (h.merge, h.reference) {
        (Merge::Repoint(on_conflict), Reference::Column(c)) => {
            let mut steps = Vec::new();
            if let OnConflict::KeepKept { unique, dependents } = on_conflict {
                let kept = std::iter::once(format!("k.{c} = $2"));
                let same: Vec<String> = kept.chain(unique.iter().map(|u| format!("k.{u} = d.{u}"))).collect();
                let both = format!("d.{c} = $1 AND EXISTS (SELECT 1 FROM {t} k WHERE {})", same.join(" AND "));
                for (dt, dc) in dependents {
                    steps.push(format!("DELETE FROM {dt} WHERE {dc} IN (SELECT d.id FROM {t} d WHERE {both})"));
                }
                steps.push(format!("DELETE FROM {t} d WHERE {both}"));
            }
            steps.push(format!("UPDATE {t} SET {c} = $2 WHERE {c} = $1"));
            steps
        }
        (Merge::Repoint(OnConflict::None), Reference::Columns(cs)) => {
            cs.iter().map(|c| format!("UPDATE {t} SET {c} = $2 WHERE {c} = $1")).collect()
        }
        (Merge::Replace, Reference::Array(c)) => vec![format!(
            "UPDATE {t} SET {c} = ARRAY(SELECT DISTINCT x FROM unnest(array_replace({c}, $1, $2)) AS x ORDER BY x) \
             WHERE $1 = ANY ({c})"
        )],
        _ => Vec::new(),
    }
}

/// Moves everything the duplicate `from` holds to `to`, except the duplicate's own row.
pub async fn merge(conn: &mut AsyncPgConnection, from: PersonId, to: PersonId) -> QueryResult<()> {
    for h in in_order() {
        for sql in merge_steps(h) {
            sql_query(sql).bind::<SqlUuid, _>(from).bind::<SqlUuid, _>(to).execute(conn).await?;
        }
    }
    Ok(())
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

pub async fn count_rows(conn: &mut AsyncPgConnection, h: &Holding, person: PersonId) -> QueryResult<i64> {
    let sql = format!("SELECT count(*) AS n FROM {} WHERE {}", h.table, rows_of(h));
    Ok(sql_query(sql).bind::<SqlUuid, _>(person).get_result::<Count>(conn).await?.n)
}

/// A column of a table in the current schema.
#[derive(Debug, QueryableByName)]
pub struct Column {
    #[diesel(sql_type = Text)]
    pub table: String,
    #[diesel(sql_type = Text)]
    pub column: String,
    /// As PostgreSQL writes it: `uuid`, `uuid[]`, `text` …
    #[diesel(sql_type = Text)]
    pub type_name: String,
    /// Part of a foreign key.
    #[diesel(sql_type = Bool)]
    pub constrained: bool,
    /// The table's primary key on its own.
    #[diesel(sql_type = Bool)]
    pub primary_key: bool,
}

pub async fn columns(conn: &mut AsyncPgConnection) -> QueryResult<Vec<Column>> {
    sql_query(
        r#"SELECT t.relname::text AS "table", a.attname::text AS "column", format_type(a.atttypid, a.atttypmod) AS type_name,
                EXISTS (SELECT 1 FROM pg_constraint k
                        WHERE k.conrelid = t.oid AND k.contype = 'f' AND a.attnum = ANY (k.conkey)) AS constrained,
                EXISTS (SELECT 1 FROM pg_constraint k
                        WHERE k.conrelid = t.oid AND k.contype = 'p' AND k.conkey = ARRAY[a.attnum]) AS primary_key
         FROM pg_class t
         JOIN pg_namespace n ON n.oid = t.relnamespace
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
         WHERE n.nspname = current_schema() AND t.relkind IN ('r', 'p') AND t.relname <> '__diesel_schema_migrations'
         ORDER BY 1, 2"#,
    )
    .load(conn)
    .await
}

/// A column under a foreign key to another table's `id`.
#[derive(Debug, QueryableByName)]
pub struct ForeignKey {
    #[diesel(sql_type = Text)]
    pub table: String,
    #[diesel(sql_type = Text)]
    pub column: String,
    #[diesel(sql_type = Text)]
    pub target: String,
}

pub async fn foreign_keys(conn: &mut AsyncPgConnection) -> QueryResult<Vec<ForeignKey>> {
    sql_query(
        r#"SELECT src.relname::text AS "table", a.attname::text AS "column", dst.relname::text AS target
         FROM pg_constraint k
         JOIN pg_class src ON src.oid = k.conrelid
         JOIN pg_class dst ON dst.oid = k.confrelid
         JOIN pg_namespace n ON n.oid = src.relnamespace
         CROSS JOIN LATERAL unnest(k.conkey, k.confkey) AS pair (src_attnum, dst_attnum)
         JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = pair.src_attnum
         JOIN pg_attribute da ON da.attrelid = k.confrelid AND da.attnum = pair.dst_attnum
         WHERE k.contype = 'f' AND n.nspname = current_schema() AND da.attname = 'id'
         ORDER BY 1, 2"#,
    )
    .load(conn)
    .await
}

/// A unique index (or primary key) with the plain columns it covers.
#[derive(Debug, QueryableByName)]
pub struct UniqueKey {
    #[diesel(sql_type = Text)]
    pub table: String,
    #[diesel(sql_type = Text)]
    pub name: String,
    #[diesel(sql_type = Array<Text>)]
    pub columns: Vec<String>,
}

pub async fn unique_keys(conn: &mut AsyncPgConnection) -> QueryResult<Vec<UniqueKey>> {
    sql_query(
        r#"SELECT t.relname::text AS "table", i.relname::text AS name, array_agg(a.attname::text ORDER BY a.attname) AS columns
         FROM pg_index x
         JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_class i ON i.oid = x.indexrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY (x.indkey)
         WHERE x.indisunique AND n.nspname = current_schema()
         GROUP BY t.relname, i.relname
         ORDER BY 1, 2"#,
    )
    .load(conn)
    .await
}

#[cfg(test)]
mod tests {
    use super::super::HOLDINGS;
    use super::*;

    #[test]
    fn roles_end_the_day_before_and_later_ones_go() {
        let roles = holding("volunteer_roles").unwrap();
        let steps = erasure_steps(roles);
        assert_eq!(steps[0].sql, "DELETE FROM volunteer_roles WHERE person_id = $1 AND from_on > $2");
        assert_eq!(
            steps[1].sql,
            "UPDATE volunteer_roles SET to_on = $2 WHERE person_id = $1 AND (to_on IS NULL OR to_on > $2)"
        );
        assert!(steps.iter().all(|s| s.day));
    }

    #[test]
    fn rows_through_a_parent_are_found_through_its_person_column() {
        assert_eq!(
            rows_of(holding("membership_fees").unwrap()),
            "membership_id IN (SELECT id FROM memberships WHERE person_id = $1)"
        );
    }

    #[test]
    fn a_merge_conflict_removes_the_duplicates_row_and_what_hangs_on_it_first() {
        let steps = merge_steps(holding("course_completions").unwrap());
        assert_eq!(steps.len(), 3);
        assert!(steps[0].starts_with("DELETE FROM qualification_reminders WHERE completion_id IN"), "{}", steps[0]);
        assert!(steps[1].starts_with("DELETE FROM course_completions d WHERE"), "{}", steps[1]);
        assert_eq!(steps[2], "UPDATE course_completions SET person_id = $2 WHERE person_id = $1");
    }

    #[test]
    fn only_the_persons_own_row_is_stamped_as_erased() {
        for h in HOLDINGS {
            let stamped = erasure_steps(h).iter().any(|s| s.sql.contains("erased_at"));
            assert_eq!(stamped, h.table == "people", "{}", h.table);
        }
    }
}
