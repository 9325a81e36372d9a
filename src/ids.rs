//! The ids that cross from one area to another, each its own type, so that a chapter's id
//! cannot be passed where a person's is meant. On the wire and in the database each is a
//! UUID (v7 when the registry makes it).

/// Declares an id type: a UUID with serde, diesel (`uuid` columns) and OpenAPI support.
#[macro_export]
macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident, $what:literal) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            ::serde::Serialize, ::serde::Deserialize,
            ::diesel::expression::AsExpression, ::diesel::deserialize::FromSqlRow,
        )]
        #[serde(transparent)]
        #[diesel(sql_type = ::diesel::sql_types::Uuid)]
        pub struct $name(::uuid::Uuid);

        impl $name {
            /// A new id, ordered by the time it was made (UUID v7).
            pub fn new() -> Self {
                Self(::uuid::Uuid::now_v7())
            }

            pub const fn uuid(self) -> ::uuid::Uuid {
                self.0
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl From<::uuid::Uuid> for $name {
            fn from(id: ::uuid::Uuid) -> Self {
                Self(id)
            }
        }

        impl From<$name> for ::uuid::Uuid {
            fn from(id: $name) -> Self {
                id.0
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::uuid::Error;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                text.parse().map(Self)
            }
        }

        impl ::diesel::serialize::ToSql<::diesel::sql_types::Uuid, ::diesel::pg::Pg> for $name {
            fn to_sql<'b>(
                &'b self,
                out: &mut ::diesel::serialize::Output<'b, '_, ::diesel::pg::Pg>,
            ) -> ::diesel::serialize::Result {
                <::uuid::Uuid as ::diesel::serialize::ToSql<::diesel::sql_types::Uuid, ::diesel::pg::Pg>>::to_sql(
                    &self.0, out,
                )
            }
        }

        impl ::diesel::deserialize::FromSql<::diesel::sql_types::Uuid, ::diesel::pg::Pg> for $name {
            fn from_sql(bytes: ::diesel::pg::PgValue<'_>) -> ::diesel::deserialize::Result<Self> {
                <::uuid::Uuid as ::diesel::deserialize::FromSql<::diesel::sql_types::Uuid, ::diesel::pg::Pg>>::from_sql(
                    bytes,
                )
                .map(Self)
            }
        }

        impl ::utoipa::PartialSchema for $name {
            fn schema() -> ::utoipa::openapi::RefOr<::utoipa::openapi::schema::Schema> {
                ::utoipa::openapi::ObjectBuilder::new()
                    .schema_type(::utoipa::openapi::schema::Type::String)
                    .format(Some(::utoipa::openapi::schema::SchemaFormat::KnownFormat(
                        ::utoipa::openapi::schema::KnownFormat::Uuid,
                    )))
                    .description(Some(concat!("The id of ", $what)))
                    .into()
            }
        }

        impl ::utoipa::ToSchema for $name {}
    };
}

id_type!(
    /// An organisation on this deployment.
    OrgId,
    "an organisation"
);
id_type!(
    /// A chapter of an organisation (national, county or local).
    ChapterId,
    "a chapter"
);
id_type!(
    /// A person the registry holds: a member, a volunteer, a group leader.
    PersonId,
    "a person"
);
id_type!(
    /// One membership of a person (a person may have several over the years).
    MembershipId,
    "a membership"
);
id_type!(
    /// A user account (staff, leaders, volunteers who sign in).
    UserId,
    "a user account"
);
id_type!(
    /// A target of an organisation's plan.
    TargetId,
    "a target"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_a_plain_uuid_on_the_wire() {
        let id = PersonId::new();
        assert_eq!(serde_json::to_value(id).unwrap(), id.uuid().to_string());
        let back: PersonId = serde_json::from_value(serde_json::json!(id.to_string())).unwrap();
        assert_eq!(back, id);
        assert_eq!(id.to_string().parse::<PersonId>().unwrap(), id);
    }
}
