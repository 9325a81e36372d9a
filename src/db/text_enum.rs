//! Closed vocabularies (statuses, kinds, methods) stored in text columns.
//!
//! One declaration gives the Rust enum and the word for each variant, and that word is used
//! everywhere the value leaves Rust: JSON, the OpenAPI document and the database. Reading a
//! word the enum does not know from the database is an error naming the vocabulary, never a
//! guess at the nearest variant.

/// Declares a vocabulary:
///
/// ```
/// fellesskap::text_enum! {
///     /// How a fee was paid.
///     pub enum Method: "payment method" {
///         Card => "card",
///         Invoice => "invoice",
///     }
/// }
/// assert_eq!(Method::parse("card"), Some(Method::Card));
/// assert_eq!(Method::Invoice.as_str(), "invoice");
/// ```
// The words are taken as `tt`, not `literal`: a `literal` fragment reaches derive macros
// wrapped in an invisible group, which utoipa does not read (its schema would show the Rust
// names), while serde does.
#[macro_export]
macro_rules! text_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident : $what:literal {
            $( $(#[$variant_meta:meta])* $variant:ident => $word:tt, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash,
            ::serde::Serialize, ::serde::Deserialize, ::utoipa::ToSchema,
            ::diesel::expression::AsExpression, ::diesel::deserialize::FromSqlRow,
        )]
        #[diesel(sql_type = ::diesel::sql_types::Text)]
        $vis enum $name {
            $( $(#[$variant_meta])* #[serde(rename = $word)] $variant, )+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The word stored and sent for this variant.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $word,)+
                }
            }

            /// The variant this word names, if any.
            pub fn parse(word: &str) -> Option<Self> {
                match word {
                    $($word => Some(Self::$variant),)+
                    _ => None,
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::diesel::serialize::ToSql<::diesel::sql_types::Text, ::diesel::pg::Pg> for $name {
            fn to_sql<'b>(
                &'b self,
                out: &mut ::diesel::serialize::Output<'b, '_, ::diesel::pg::Pg>,
            ) -> ::diesel::serialize::Result {
                ::std::io::Write::write_all(out, self.as_str().as_bytes())?;
                Ok(::diesel::serialize::IsNull::No)
            }
        }

        impl ::diesel::deserialize::FromSql<::diesel::sql_types::Text, ::diesel::pg::Pg> for $name {
            fn from_sql(bytes: ::diesel::pg::PgValue<'_>) -> ::diesel::deserialize::Result<Self> {
                let word = <String as ::diesel::deserialize::FromSql<::diesel::sql_types::Text, ::diesel::pg::Pg>>::from_sql(bytes)?;
                Self::parse(&word).ok_or_else(|| format!("unknown {} {word:?}", $what).into())
            }
        }
    };
}

#[cfg(test)]
mod tests {
    crate::text_enum! {
        /// A vocabulary for the tests.
        pub enum Colour: "colour" {
            Red => "red",
            DeepBlue => "deep_blue",
        }
    }

    #[test]
    fn each_word_names_its_variant_in_rust_and_json() {
        for &colour in Colour::ALL {
            assert_eq!(Colour::parse(colour.as_str()), Some(colour));
            assert_eq!(serde_json::to_value(colour).unwrap(), colour.as_str());
        }
        assert_eq!(Colour::DeepBlue.to_string(), "deep_blue");
    }

    #[test]
    fn the_schema_lists_the_words() {
        let schema = serde_json::to_value(<Colour as utoipa::PartialSchema>::schema()).unwrap();
        assert_eq!(schema["enum"], serde_json::json!(["red", "deep_blue"]), "{schema}");
    }

    #[test]
    fn an_unknown_word_is_no_variant() {
        assert_eq!(Colour::parse("green"), None);
        assert_eq!(Colour::parse("Red"), None);
        assert!(serde_json::from_value::<Colour>(serde_json::json!("green")).is_err());
    }
}
