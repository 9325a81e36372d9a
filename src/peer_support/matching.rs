//! Ranking the peer supporters who may take a request. The database finds who is eligible
//! (active in the role on the day, in the request's organisation, in its chapter or region, not
//! asked before); this decides the order, without the database:
//!
//! 1. those of the request's chapter (or under it) before those elsewhere in its region;
//! 2. those who talk in the requested language before those who do not;
//! 3. more of the other fits first: the same kind of loss or relation, the same age group,
//!    and the preferred gender when one is asked for (one point each);
//! 4. fewer open assignments first, so nobody is overloaded;
//! 5. then by person id, so the same candidates always come in the same order.

use std::cmp::Reverse;

use super::queries::{AgeGroup, CandidateRow, GenderPreference};

/// What a request asks of a peer supporter.
#[derive(Debug, Clone)]
pub struct Wanted<'a> {
    pub language: &'a str,
    pub relation: &'a str,
    pub age_group: AgeGroup,
    pub gender_preference: Option<GenderPreference>,
    /// The year ages are counted in.
    pub year: i32,
}

/// How one candidate fits a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fit {
    pub in_chapter: bool,
    pub language: bool,
    pub relation: bool,
    pub age_group: bool,
    /// Absent when the request has no preference.
    pub gender: Option<bool>,
}

impl Fit {
    pub fn of(wanted: &Wanted<'_>, candidate: &CandidateRow) -> Self {
        Self {
            in_chapter: candidate.in_chapter,
            language: candidate.languages.iter().any(|l| same_language(l, wanted.language)),
            relation: candidate.relations.iter().any(|r| r == wanted.relation),
            age_group: candidate.birth_year.is_some_and(|y| AgeGroup::of(y, wanted.year) == wanted.age_group),
            gender: wanted.gender_preference.map(|p| p.is_met_by(candidate.gender)),
        }
    }

    /// The fits counted in step 3.
    pub fn points(&self) -> u8 {
        u8::from(self.relation) + u8::from(self.age_group) + u8::from(self.gender == Some(true))
    }
}

/// Language tags name the same language when their primary subtags agree (`nb` and `nb-NO`;
/// `nb` and `nn` are two).
fn same_language(a: &str, b: &str) -> bool {
    let primary = |t: &str| t.split('-').next().unwrap_or_default().to_ascii_lowercase();
    primary(a) == primary(b)
}

/// The candidates in the documented order, each with its fit.
pub fn rank(wanted: &Wanted<'_>, candidates: Vec<CandidateRow>) -> Vec<(CandidateRow, Fit)> {
    let mut ranked: Vec<(CandidateRow, Fit)> = candidates
        .into_iter()
        .map(|c| {
            let fit = Fit::of(wanted, &c);
            (c, fit)
        })
        .collect();
    ranked.sort_by_key(|(c, fit)| {
        (Reverse(fit.in_chapter), Reverse(fit.language), Reverse(fit.points()), c.open_assignments, c.person_id)
    });
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{ChapterId, PersonId};
    use crate::peer_support::queries::Gender;

    fn candidate(n: u128, in_chapter: bool) -> CandidateRow {
        CandidateRow {
            person_id: PersonId::from(uuid::Uuid::from_u128(n)),
            chapter_id: ChapterId::from(uuid::Uuid::from_u128(1000)),
            chapter_name: "Trøndelag".into(),
            given_name: None,
            family_name: None,
            in_chapter,
            languages: vec!["nb".into()],
            relations: Vec::new(),
            birth_year: None,
            gender: None,
            open_assignments: 0,
        }
    }

    fn wanted() -> Wanted<'static> {
        Wanted {
            language: "ar",
            relation: "child",
            age_group: AgeGroup::From30To49,
            gender_preference: Some(GenderPreference::Woman),
            year: 2026,
        }
    }

    fn order(ranked: &[(CandidateRow, Fit)]) -> Vec<u128> {
        ranked.iter().map(|(c, _)| c.person_id.uuid().as_u128()).collect()
    }

    #[test]
    fn the_chapter_comes_before_the_region_whatever_the_fit() {
        let mut regional = candidate(1, false);
        regional.languages = vec!["ar".into()];
        regional.relations = vec!["child".into()];
        let local = candidate(2, true);
        assert_eq!(order(&rank(&wanted(), vec![regional, local])), [2, 1]);
    }

    #[test]
    fn the_requested_language_comes_before_the_other_fits() {
        let mut speaks = candidate(1, true);
        speaks.languages = vec!["nb".into(), "ar-EG".into()];
        let mut fits_otherwise = candidate(2, true);
        fits_otherwise.relations = vec!["child".into()];
        fits_otherwise.birth_year = Some(1986);
        fits_otherwise.gender = Some(Gender::Woman);
        let ranked = rank(&wanted(), vec![fits_otherwise, speaks]);
        assert_eq!(order(&ranked), [1, 2]);
        assert_eq!(ranked[1].1.points(), 3);
    }

    #[test]
    fn more_fits_first_then_fewer_open_assignments_then_the_id() {
        let mut relation_and_age = candidate(1, true);
        relation_and_age.relations = vec!["child".into()];
        relation_and_age.birth_year = Some(1990);
        let mut relation_busy = candidate(2, true);
        relation_busy.relations = vec!["child".into()];
        relation_busy.open_assignments = 3;
        let mut relation_free = candidate(3, true);
        relation_free.relations = vec!["child".into()];
        let mut gender_free = candidate(4, true);
        gender_free.gender = Some(Gender::Woman);
        let nothing = candidate(5, true);
        let ranked = rank(&wanted(), vec![nothing, relation_busy, gender_free, relation_free, relation_and_age]);
        assert_eq!(order(&ranked), [1, 3, 4, 2, 5]);
    }

    #[test]
    fn without_a_preference_gender_counts_for_nobody() {
        let wanted = Wanted { gender_preference: None, ..wanted() };
        let mut man = candidate(1, true);
        man.gender = Some(Gender::Man);
        let fit = Fit::of(&wanted, &man);
        assert_eq!((fit.gender, fit.points()), (None, 0));
    }

    #[test]
    fn age_groups_follow_the_year_of_birth() {
        assert_eq!(AgeGroup::of(2010, 2026), AgeGroup::Under18);
        assert_eq!(AgeGroup::of(2008, 2026), AgeGroup::From18To29);
        assert_eq!(AgeGroup::of(1977, 2026), AgeGroup::From30To49);
        assert_eq!(AgeGroup::of(1960, 2026), AgeGroup::From50To66);
        assert_eq!(AgeGroup::of(1959, 2026), AgeGroup::From67);
    }
}
