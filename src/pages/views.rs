//! The served pages as templates (`templates/pages/`), and what each one shows, prepared here so
//! that the templates only lay it out. Every text comes from the translation files.

use askama::Template;

use super::assets;
use super::join::Entered;
use crate::error::{ApiError, FieldError};
use crate::i18n::{Args, Direction, LANGUAGES, Lang};
use crate::members::rights::MemberExport;
use crate::organisations::queries::Organisation;
use crate::peer_support::form::ConversationForm;
use crate::signup::form::{Consent, FieldKind, FormField, SignupForm};

/// How an organisation's pages look: its name, its colour's stylesheet, its logo.
pub struct Branding {
    pub name: String,
    pub theme: Option<String>,
    pub logo: Option<String>,
}

impl Branding {
    /// `logo` is where the organisation's logo is, if it has one.
    pub fn of(org: &Organisation, logo: Option<String>) -> Self {
        let theme = org.brand_colour.as_ref().map(|_| format!("/pages/orgs/{}/theme.css?v={}", org.slug, org.version));
        Self { name: org.name.clone(), theme, logo }
    }
}

/// What every page has around its content: language, direction, title, the language picker.
pub struct Chrome {
    pub lang: String,
    pub dir: &'static str,
    pub title: String,
    pub organisation: Option<String>,
    pub theme: Option<String>,
    pub logo: Option<String>,
    pub style: String,
    pub script: String,
    pub skip_label: String,
    pub language_label: String,
    pub error_heading: String,
    pub languages: Vec<LanguageLink>,
}

/// One language of the picker: a plain link, so it works without JavaScript.
pub struct LanguageLink {
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

impl Chrome {
    /// `path` is the page's own address; `query` what it needs besides `lang` (`org=lpp&`).
    pub fn new(lang: &Lang, title: String, branding: Option<Branding>, path: &str, query: &str) -> Self {
        let tag = lang.tag();
        let languages = LANGUAGES
            .iter()
            .map(|l| LanguageLink {
                code: l.code,
                name: l.name,
                href: format!("{path}?{query}lang={}", l.code),
                current: l.code == tag,
            })
            .collect();
        Self {
            dir: match lang.info().direction {
                Direction::Rtl => "rtl",
                Direction::Ltr => "ltr",
            },
            lang: tag,
            title,
            organisation: branding.as_ref().map(|b| b.name.clone()),
            theme: branding.as_ref().and_then(|b| b.theme.clone()),
            logo: branding.and_then(|b| b.logo),
            style: assets::STYLE.href(),
            script: assets::SCRIPT.href(),
            skip_label: lang.text("page-skip-to-content"),
            language_label: lang.text("page-language"),
            error_heading: lang.text("page-error-summary"),
            languages,
        }
    }
}

/// A problem as a page shows it: its title, what to do, and each field's message; the summary
/// names the field before its message, since it is read away from the field.
pub struct Problems {
    pub heading: String,
    pub title: String,
    pub detail: String,
    pub fields: Vec<FieldError>,
    pub summary: Vec<(String, String)>,
}

impl Problems {
    pub fn of(error: &ApiError, lang: &Lang) -> Self {
        let problem = error.problem(lang, None);
        let summary = problem.errors.iter().map(|e| (e.field.clone(), e.message.clone())).collect();
        Self {
            heading: lang.text("page-error-summary"),
            title: problem.title,
            detail: problem.detail,
            fields: problem.errors,
            summary,
        }
    }

    /// Puts each field's label before its message in the summary.
    fn labelled(mut self, label_of: impl Fn(&str) -> Option<String>) -> Self {
        for (field, text) in &mut self.summary {
            if let Some(label) = label_of(field) {
                *text = format!("{label}: {text}");
            }
        }
        self
    }

    fn message_for(&self, field: &str) -> Option<String> {
        let messages: Vec<&str> = self.fields.iter().filter(|e| e.field == field).map(|e| e.message.as_str()).collect();
        (!messages.is_empty()).then(|| messages.join(" "))
    }
}

/// One field of the sign-up form, ready to draw.
pub struct FieldView {
    pub name: &'static str,
    pub id: String,
    pub label: String,
    pub help: Option<String>,
    pub error: Option<String>,
    pub required: bool,
    pub control: Control,
    pub value: String,
    pub autocomplete: Option<&'static str>,
    pub max_length: Option<u32>,
    pub pattern: Option<&'static str>,
    pub min: Option<i32>,
    pub max: Option<i32>,
    /// The ids of the help and error texts, for `aria-describedby`.
    pub described_by: String,
}

/// How a field is drawn.
pub enum Control {
    Input {
        kind: &'static str,
        inputmode: Option<&'static str>,
    },
    Select {
        options: Vec<SelectOption>,
    },
    Checkbox {
        checked: bool,
    },
    /// The honeypot: off-screen, out of the tab order and hidden from screen readers.
    Honeypot,
}

pub struct SelectOption {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// A public form of the organisation (the sign-up, the conversation request), drawn from its
/// description as the API gives it.
#[derive(Template)]
#[template(path = "pages/join.html")]
pub struct JoinPage {
    pub chrome: Chrome,
    pub title: String,
    pub intro: String,
    pub consent: Consent,
    pub submit_label: String,
    /// Fields the script sends even when blank, as the server does (space-separated).
    pub required_blank: &'static str,
    pub fields: Vec<FieldView>,
    pub problems: Option<Problems>,
    pub action: String,
    pub thanks: String,
    pub api: String,
    pub my_data: String,
    pub my_data_label: String,
    pub required_label: String,
    pub optional_label: String,
    pub consent_version_label: String,
}

/// What differs between the public forms: their fields, options, texts and addresses.
struct FormParts<'a> {
    fields: &'a [FormField],
    options: &'a dyn Fn(&str) -> Vec<(String, String)>,
    title: String,
    intro: String,
    consent: Consent,
    submit_label: String,
    required_blank: &'static str,
    /// The page's own address (`/join/{org}`), its API's, and where a sent form goes next.
    action: String,
    api: String,
    thanks: String,
}

impl JoinPage {
    /// The sign-up form.
    pub fn new(chrome: Chrome, form: SignupForm, entered: &Entered, problems: Option<Problems>, lang: &Lang) -> Self {
        let slug = &form.organisation;
        let options = |list: &str| match list {
            "chapters" => form.chapters.iter().map(|c| (c.id.to_string(), c.name.clone())).collect(),
            _ => form.membership_types.iter().map(|t| (t.code.clone(), t.label.clone())).collect(),
        };
        let parts = FormParts {
            fields: &form.fields,
            options: &options,
            title: form.title.clone(),
            intro: form.intro.clone(),
            consent: form.consent.clone(),
            submit_label: form.submit_label.clone(),
            required_blank: "given_name family_name",
            action: format!("/join/{slug}"),
            api: format!("/api/v1/public/orgs/{slug}/signups"),
            thanks: format!("/join/{slug}/thanks?lang={}", lang.tag()),
        };
        Self::of(chrome, parts, slug, entered, problems, lang)
    }

    /// The form that asks for a peer conversation.
    pub fn talk(
        chrome: Chrome,
        form: ConversationForm,
        entered: &Entered,
        problems: Option<Problems>,
        lang: &Lang,
    ) -> Self {
        let slug = &form.organisation;
        let options = |list: &str| -> Vec<(String, String)> {
            match list {
                "chapters" => form.chapters.iter().map(|c| (c.id.to_string(), c.name.clone())).collect(),
                "relations" => form.relations.iter().map(|r| (r.code.clone(), r.label.clone())).collect(),
                "age_groups" => {
                    form.age_groups.iter().map(|c| (c.value.as_str().to_owned(), c.label.clone())).collect()
                }
                "channels" => form.channels.iter().map(|c| (c.value.as_str().to_owned(), c.label.clone())).collect(),
                _ => form.gender_preferences.iter().map(|c| (c.value.as_str().to_owned(), c.label.clone())).collect(),
            }
        };
        let parts = FormParts {
            fields: &form.fields,
            options: &options,
            title: form.title.clone(),
            intro: form.intro.clone(),
            consent: form.consent.clone(),
            submit_label: form.submit_label.clone(),
            required_blank: "",
            action: format!("/talk/{slug}"),
            api: format!("/api/v1/public/orgs/{slug}/conversation-requests"),
            thanks: format!("/talk/{slug}/thanks?lang={}", lang.tag()),
        };
        Self::of(chrome, parts, slug, entered, problems, lang)
    }

    fn of(
        chrome: Chrome,
        parts: FormParts<'_>,
        slug: &str,
        entered: &Entered,
        problems: Option<Problems>,
        lang: &Lang,
    ) -> Self {
        let label_of = |name: &str| parts.fields.iter().find(|f| f.name == name).map(|f| f.label.clone());
        let problems = problems.map(|p| p.labelled(label_of));
        let fields =
            parts.fields.iter().map(|f| field_view(f, parts.options, entered, problems.as_ref(), lang)).collect();
        let tag = lang.tag();
        let mut args = Args::new();
        args.insert("version".into(), parts.consent.version.clone().into());
        Self {
            chrome,
            title: parts.title,
            intro: parts.intro,
            submit_label: parts.submit_label,
            required_blank: parts.required_blank,
            fields,
            problems,
            action: parts.action,
            thanks: parts.thanks,
            api: parts.api,
            my_data: format!("/my-data?org={slug}&lang={tag}"),
            my_data_label: lang.text("page-my-data-link"),
            required_label: lang.text("page-required"),
            optional_label: lang.text("page-optional"),
            consent_version_label: lang.text_with("page-consent-version", &args),
            consent: parts.consent,
        }
    }
}

fn field_view(
    field: &FormField,
    options_of: &dyn Fn(&str) -> Vec<(String, String)>,
    entered: &Entered,
    problems: Option<&Problems>,
    lang: &Lang,
) -> FieldView {
    let value = entered.get(field.name).to_owned();
    let choose = || SelectOption { value: String::new(), label: lang.text("page-choose"), selected: value.is_empty() };
    let option = |value_of: String, label: String| SelectOption { selected: value_of == value, value: value_of, label };
    let control = match field.kind {
        FieldKind::Text => Control::Input { kind: "text", inputmode: field.pattern.map(|_| "numeric") },
        FieldKind::Email => Control::Input { kind: "email", inputmode: None },
        FieldKind::Tel => Control::Input { kind: "tel", inputmode: None },
        FieldKind::Number => Control::Input { kind: "text", inputmode: Some("numeric") },
        FieldKind::Checkbox => Control::Checkbox { checked: entered.ticked(field.name) },
        FieldKind::Hidden => Control::Honeypot,
        FieldKind::Select => {
            let options = options_of(field.options.unwrap_or_default()).into_iter().map(|(v, l)| option(v, l));
            Control::Select { options: std::iter::once(choose()).chain(options).collect() }
        }
    };
    let id = format!("f-{}", field.name);
    let error = problems.and_then(|p| p.message_for(field.name));
    let described_by =
        [field.help.as_ref().map(|_| format!("{id}-help")), error.as_ref().map(|_| format!("{id}-error"))]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
    FieldView {
        name: field.name,
        label: field.label.clone(),
        help: field.help.clone(),
        error,
        required: field.required,
        control,
        value,
        autocomplete: field.autocomplete,
        max_length: field.max_length,
        pattern: field.pattern,
        min: field.min,
        max: field.max,
        described_by,
        id,
    }
}

/// A page that says one thing: thanks, a confirmation, a receipt, or what went wrong.
#[derive(Template)]
#[template(path = "pages/notice.html")]
pub struct NoticePage {
    pub chrome: Chrome,
    pub heading: String,
    pub message: String,
    pub link: Option<(String, String)>,
}

/// A page that uses the one-time link it was opened with: its form carries the token, which
/// the script takes from the address's fragment.
#[derive(Template)]
#[template(path = "pages/link.html")]
pub struct LinkPage {
    pub chrome: Chrome,
    pub heading: String,
    pub intro: String,
    pub warning: Option<String>,
    /// The box to tick first, for an action that cannot be undone.
    pub understood: Option<String>,
    pub button: String,
    pub action: String,
    pub language: String,
    pub noscript: String,
    pub missing: String,
    pub problems: Option<Problems>,
}

/// `/my-data`: ask for a one-time link by e-mail.
#[derive(Template)]
#[template(path = "pages/my_data.html")]
pub struct MyDataPage {
    pub chrome: Chrome,
    pub intro: String,
    pub organisation: String,
    pub language: String,
    pub email_label: String,
    pub email: String,
    pub purpose_label: String,
    pub purposes: Vec<(&'static str, String, bool)>,
    pub button: String,
    pub problems: Option<Problems>,
}

impl MyDataPage {
    fn error_for(&self, field: &str) -> Option<String> {
        self.problems.as_ref().and_then(|p| p.message_for(field))
    }
}

impl LinkPage {
    /// The page at `path` whose title, introduction and button say the messages `texts`, with
    /// nothing to tick first.
    pub fn new(lang: &Lang, path: &str, [title, intro, button]: [&str; 3], problems: Option<Problems>) -> Self {
        Self {
            chrome: Chrome::new(lang, lang.text(title), None, path, ""),
            heading: lang.text(title),
            intro: lang.text(intro),
            warning: None,
            understood: None,
            button: lang.text(button),
            action: path.to_owned(),
            language: lang.tag(),
            noscript: lang.text("page-noscript-link"),
            missing: lang.text("page-link-missing"),
            problems,
        }
    }

    fn error_for(&self, field: &str) -> Option<String> {
        self.problems.as_ref().and_then(|p| p.message_for(field))
    }
}

/// What an export link shows: the person's details, their memberships, everything as the file
/// holds it, and the file to download.
#[derive(Template)]
#[template(path = "pages/export.html")]
pub struct ExportPage {
    pub chrome: Chrome,
    pub details_heading: String,
    pub details: Vec<(String, String)>,
    pub memberships_heading: String,
    pub memberships: Vec<String>,
    pub download_label: String,
    pub download_href: String,
    pub download_name: String,
    pub raw_label: String,
    pub raw: String,
}

impl ExportPage {
    pub fn new(chrome: Chrome, export: &MemberExport, lang: &Lang) -> Result<Self, ApiError> {
        let member = &export.member;
        let label = |key: &str| lang.text(&format!("signup-field-{key}"));
        let details = [
            (label("given-name"), member.given_name.clone()),
            (label("family-name"), member.family_name.clone()),
            (label("email"), member.email.clone()),
            (label("phone"), member.phone.clone()),
            (label("postal-code"), member.postal_code.clone()),
            (label("birth-year"), member.birth_year.map(|y| y.to_string())),
            (lang.text("page-language"), Some(member.language.clone())),
        ]
        .into_iter()
        .filter_map(|(label, value)| Some((label, value?)))
        .collect();
        let memberships = member
            .memberships
            .iter()
            .map(|m| {
                let since = m.joined_on.map(|day| {
                    let mut args = Args::new();
                    args.insert("day".into(), day.to_string().into());
                    lang.text_with("page-export-member-since", &args)
                });
                [Some(m.membership_type.clone()), since].into_iter().flatten().collect::<Vec<_>>().join(" · ")
            })
            .collect();
        let raw = serde_json::to_string_pretty(export).map_err(anyhow::Error::from)?;
        use base64::Engine as _;
        let encoded = base64::engine::general_purpose::STANDARD.encode(raw.as_bytes());
        Ok(Self {
            chrome,
            details_heading: lang.text("page-export-details"),
            details,
            memberships_heading: lang.text("page-export-memberships"),
            memberships,
            download_label: lang.text("page-export-download"),
            download_href: format!("data:application/json;base64,{encoded}"),
            download_name: format!("my-data-{}.json", export.exported_at.format("%Y-%m-%d")),
            raw_label: lang.text("page-export-raw"),
            raw,
        })
    }
}

/// Renders a page; a template that cannot render is a bug, reported as one.
pub fn render(page: &impl Template) -> Result<String, ApiError> {
    page.render().map_err(|e| ApiError::Internal(anyhow::anyhow!("rendering a page: {e}")))
}
