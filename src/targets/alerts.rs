//! Alerts: when a unit of a target turns `at_risk` or `missed`, the leaders of its chapter get
//! one e-mail, in their language, and the organisation's admins a digest of every such change
//! in the check. A change is sent once: the status each unit was last seen in is kept, and
//! nothing goes out while it stays. Run by the background work of every replica: an
//! organisation is claimed with `FOR UPDATE SKIP LOCKED`, so no two check it at once, and is
//! not due again for an hour. The first check of a target alerts on what is already at risk or
//! missed.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate, Utc};
use diesel_async::{AsyncConnection, AsyncPgConnection};

use super::charts::figure;
use super::evaluate::evaluate;
use super::queries::{self, TargetStatus};
use super::types::UnitEvaluation;
use crate::access::queries::{Holder, holders};
use crate::auth::Role;
use crate::catalogues::types::label_in;
use crate::error::ApiError;
use crate::i18n::{Args, Lang};
use crate::ids::{ChapterId, TargetId};
use crate::organisations::queries::{Organisation, find_by_id};
use crate::outbox::{self, Message};

/// How long after a check an organisation is due again: a little less than the hour between
/// clean-ups, so that each clean-up finds it due.
const CHECK_EVERY: Duration = Duration::minutes(55);
/// Most organisations one call checks.
const BATCH: usize = 20;

/// Checks the organisations that are due; returns how many were checked.
pub async fn check_due(conn: &mut AsyncPgConnection) -> Result<usize, ApiError> {
    let mut checked = 0;
    while checked < BATCH && check_one(conn).await? {
        checked += 1;
    }
    Ok(checked)
}

/// A unit that has turned at risk or missed.
struct Turn {
    names: serde_json::Value,
    code: String,
    unit: UnitEvaluation,
}

/// Claims one due organisation and checks it. A check that fails is undone (its states and
/// e-mails with it, in a savepoint) and logged, and the organisation is still moved on, so
/// that one failing organisation does not hold up the others.
async fn check_one(conn: &mut AsyncPgConnection) -> Result<bool, ApiError> {
    conn.transaction::<_, ApiError, _>(async |conn| {
        let Some(org) = queries::claim_due_check(conn).await? else { return Ok(false) };
        let checked = conn
            .transaction::<_, ApiError, _>(async |conn| {
                let org = find_by_id(conn, org).await?;
                let turns = changes(conn, &org, Utc::now().date_naive()).await?;
                if !turns.is_empty() {
                    notify(conn, &org, &turns).await?;
                }
                Ok(())
            })
            .await;
        if let Err(err) = checked {
            tracing::warn!(organisation = %org, error = %err, "checking targets for alerts failed");
        }
        queries::check_next_at(conn, org, Utc::now() + CHECK_EVERY).await?;
        Ok(true)
    })
    .await
}

/// The key a unit's state is kept under.
fn unit_key(unit: &UnitEvaluation) -> String {
    match (unit.chapter_id, &unit.region_code) {
        (Some(chapter), _) => chapter.to_string(),
        (None, Some(region)) => region.clone(),
        (None, None) => "organisation".to_owned(),
    }
}

/// Evaluates every current target as of `today`, keeps each unit's status, and returns the
/// units whose status changed to at risk or missed.
async fn changes(conn: &mut AsyncPgConnection, org: &Organisation, today: NaiveDate) -> Result<Vec<Turn>, ApiError> {
    let before: HashMap<(TargetId, String), TargetStatus> =
        queries::unit_states(conn, org.id).await?.into_iter().map(|(t, u, s)| ((t, u), s)).collect();
    let lang = Lang::parse_supported(&org.default_language).unwrap_or_default();
    let mut turns = Vec::new();
    for target in queries::current(conn, org.id).await? {
        let Some(evaluation) = evaluate(conn, org, target, today, None, &lang).await? else { continue };
        let names = serde_json::to_value(&evaluation.target.names).unwrap_or_default();
        for unit in evaluation.units {
            let key = unit_key(&unit);
            if before.get(&(evaluation.target.id, key.clone())) == Some(&unit.status) {
                continue;
            }
            queries::store_unit_state(conn, org.id, evaluation.target.id, &key, unit.status).await?;
            if matches!(unit.status, TargetStatus::AtRisk | TargetStatus::Missed) {
                turns.push(Turn { names: names.clone(), code: evaluation.target.code.clone(), unit });
            }
        }
    }
    Ok(turns)
}

fn turn_args(org: &Organisation, turn: &Turn, lang: &Lang) -> Args {
    let mut args = Args::new();
    args.insert("org".into(), org.name.clone().into());
    args.insert("target".into(), label_in(&turn.names, lang, &turn.code).into());
    args.insert("unit".into(), turn.unit.name.clone().into());
    args.insert("status".into(), turn.unit.status.as_str().into());
    args.insert("value".into(), figure(turn.unit.value).into());
    args.insert("threshold".into(), figure(turn.unit.compared_with).into());
    args
}

/// The alert's body, with the day known lapses take the figure below the threshold.
fn alert(org: &Organisation, turn: &Turn, to: &Holder) -> Message {
    let lang = Lang::parse_supported(&to.language).unwrap_or_default();
    let mut args = turn_args(org, turn, &lang);
    let falls = turn.unit.at_risk_on.map(|day| {
        let mut with_day = Args::new();
        with_day.insert("day".into(), day.format("%Y-%m-%d").to_string().into());
        lang.text_with("target-alert-falls-on", &with_day)
    });
    args.insert("falls".into(), falls.unwrap_or_default().into());
    Message::compose(org.id, None, &to.email, &lang, "target-alert", &args)
}

fn digest(org: &Organisation, turns: &[Turn], to: &Holder) -> Message {
    let lang = Lang::parse_supported(&to.language).unwrap_or_default();
    let lines: Vec<String> =
        turns.iter().map(|turn| lang.text_with("target-digest-line", &turn_args(org, turn, &lang))).collect();
    let mut args = Args::new();
    args.insert("org".into(), org.name.clone().into());
    let targets: std::collections::BTreeSet<&str> = turns.iter().map(|t| t.code.as_str()).collect();
    args.insert("count".into(), targets.len().into());
    args.insert("lines".into(), lines.join("\n").into());
    Message::compose(org.id, None, &to.email, &lang, "target-digest", &args)
}

async fn notify(conn: &mut AsyncPgConnection, org: &Organisation, turns: &[Turn]) -> Result<(), ApiError> {
    let chapters: Vec<ChapterId> = turns.iter().filter_map(|t| t.unit.chapter_id).collect();
    let leaders = holders(conn, org.id, Role::ChapterLeader, &chapters).await?;
    for turn in turns {
        for leader in leaders.iter().filter(|l| l.chapter_id.is_some() && l.chapter_id == turn.unit.chapter_id) {
            outbox::enqueue(conn, alert(org, turn, leader)).await?;
        }
    }
    for admin in holders(conn, org.id, Role::OrgAdmin, &[]).await? {
        outbox::enqueue(conn, digest(org, turns, &admin)).await?;
    }
    Ok(())
}
