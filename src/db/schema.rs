//! Diesel table definitions, written to match `migrations/`.

diesel::table! {
    audit_events (id) {
        id -> Uuid,
        occurred_at -> Timestamptz,
        organisation_id -> Nullable<Uuid>,
        actor_user_id -> Nullable<Uuid>,
        action -> Text,
        entity_type -> Text,
        entity_id -> Nullable<Uuid>,
        request_id -> Nullable<Text>,
        changed_fields -> Array<Text>,
    }
}

diesel::table! {
    chapters (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        parent_id -> Nullable<Uuid>,
        ancestors -> Array<Uuid>,
        kind -> Text,
        name -> Text,
        county_code -> Nullable<Text>,
        region_code -> Nullable<Text>,
        founded_on -> Nullable<Date>,
        closed_on -> Nullable<Date>,
        version -> Int4,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    counties (code) {
        code -> Text,
        name -> Text,
        region_code -> Text,
        valid_from -> Nullable<Date>,
        valid_to -> Nullable<Date>,
    }
}

diesel::table! {
    grants (id) {
        id -> Uuid,
        user_id -> Uuid,
        role -> Text,
        organisation_id -> Nullable<Uuid>,
        chapter_id -> Nullable<Uuid>,
        valid_from -> Timestamptz,
        valid_to -> Nullable<Timestamptz>,
        granted_by -> Nullable<Uuid>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    invitations (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        chapter_id -> Nullable<Uuid>,
        role -> Text,
        email -> Text,
        token_hash -> Bytea,
        invited_by -> Uuid,
        created_at -> Timestamptz,
        expires_at -> Timestamptz,
        accepted_at -> Nullable<Timestamptz>,
        accepted_by -> Nullable<Uuid>,
    }
}

diesel::table! {
    organisations (id) {
        id -> Uuid,
        slug -> Text,
        name -> Text,
        default_language -> Text,
        youth_age_min -> Int2,
        youth_age_max -> Int2,
        chapter_kind_labels -> Jsonb,
        version -> Int4,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    rate_limit_windows (bucket, window_start) {
        bucket -> Text,
        window_start -> Timestamptz,
        hits -> Int4,
    }
}

diesel::table! {
    refresh_tokens (id) {
        id -> Uuid,
        user_id -> Uuid,
        family_id -> Uuid,
        token_hash -> Bytea,
        issued_at -> Timestamptz,
        expires_at -> Timestamptz,
        used_at -> Nullable<Timestamptz>,
        revoked_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    regions (code) {
        code -> Text,
        name -> Text,
    }
}

diesel::table! {
    users (id) {
        id -> Uuid,
        email -> Text,
        display_name -> Text,
        password_hash -> Text,
        language -> Nullable<Text>,
        disabled_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::joinable!(chapters -> organisations (organisation_id));
diesel::joinable!(counties -> regions (region_code));
diesel::joinable!(grants -> organisations (organisation_id));

diesel::allow_tables_to_appear_in_same_query!(
    audit_events,
    chapters,
    counties,
    grants,
    invitations,
    organisations,
    rate_limit_windows,
    refresh_tokens,
    regions,
    users,
);
