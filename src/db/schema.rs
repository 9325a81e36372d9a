// @generated automatically by Diesel CLI.

diesel::table! {
    account_people (person_id) {
        person_id -> Uuid,
        organisation_id -> Uuid,
        user_id -> Uuid,
        linked_at -> Timestamptz,
        linked_by -> Nullable<Uuid>,
    }
}

diesel::table! {
    activities (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        chapter_id -> Nullable<Uuid>,
        kind_code -> Text,
        held_on -> Date,
        duration_minutes -> Int4,
        participants -> Int4,
        channel -> Text,
        note -> Nullable<Text>,
        logged_by -> Nullable<Uuid>,
        created_at -> Timestamptz,
        conversation_request_id -> Nullable<Uuid>,
    }
}

diesel::table! {
    activity_volunteers (activity_id, person_id) {
        activity_id -> Uuid,
        person_id -> Uuid,
        organisation_id -> Uuid,
    }
}

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
    catalogue_entries (organisation_id, catalogue, code) {
        organisation_id -> Uuid,
        catalogue -> Text,
        code -> Text,
        labels -> Jsonb,
        public -> Bool,
        retired -> Bool,
        position -> Int2,
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
    consents (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        person_id -> Uuid,
        purpose -> Text,
        text_version -> Text,
        language -> Text,
        given_at -> Timestamptz,
    }
}

diesel::table! {
    contact_log (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        person_id -> Uuid,
        chapter_id -> Uuid,
        follow_up_id -> Nullable<Uuid>,
        contacted_on -> Date,
        channel -> Text,
        duration_minutes -> Nullable<Int4>,
        outcome -> Text,
        note -> Nullable<Text>,
        recorded_by -> Nullable<Uuid>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    conversation_assignments (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        request_id -> Uuid,
        person_id -> Uuid,
        assigned_by -> Nullable<Uuid>,
        assigned_at -> Timestamptz,
        contact_due_at -> Timestamptz,
        answer -> Nullable<Text>,
        answered_at -> Nullable<Timestamptz>,
        ended_at -> Nullable<Timestamptz>,
        reminded_at -> Nullable<Timestamptz>,
        escalated_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    conversation_requests (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        chapter_id -> Uuid,
        relation -> Text,
        age_group -> Text,
        language -> Text,
        gender_preference -> Nullable<Text>,
        channel -> Text,
        contact_name -> Nullable<Text>,
        contact_email -> Nullable<Text>,
        contact_phone -> Nullable<Text>,
        consent_version -> Text,
        consent_language -> Text,
        source -> Text,
        recorded_by -> Nullable<Uuid>,
        requester_person_id -> Nullable<Uuid>,
        first_contact_at -> Nullable<Timestamptz>,
        outcome -> Nullable<Text>,
        closed_at -> Nullable<Timestamptz>,
        contact_removed_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
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
    course_completions (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        course_run_id -> Uuid,
        person_id -> Uuid,
        course_type -> Text,
        completed_on -> Date,
        expires_on -> Nullable<Date>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    course_runs (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        course_type -> Text,
        chapter_id -> Nullable<Uuid>,
        held_on -> Date,
        instructors -> Array<Uuid>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    course_types (organisation_id, code) {
        organisation_id -> Uuid,
        code -> Text,
        labels -> Jsonb,
        validity_months -> Nullable<Int2>,
        qualifies_for -> Array<Text>,
        retired -> Bool,
    }
}

diesel::table! {
    follow_up_kinds (organisation_id, code) {
        organisation_id -> Uuid,
        code -> Text,
        labels -> Jsonb,
        opens -> Text,
        days_after_joining -> Nullable<Int2>,
        role_code -> Nullable<Text>,
        retired -> Bool,
    }
}

diesel::table! {
    follow_ups (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        person_id -> Uuid,
        chapter_id -> Uuid,
        kind -> Text,
        due_on -> Date,
        completed_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
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
    group_leaders (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        group_id -> Uuid,
        person_id -> Uuid,
        leader_kind -> Text,
        from_on -> Date,
        to_on -> Nullable<Date>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    group_meetings (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        group_id -> Uuid,
        held_on -> Date,
        duration_minutes -> Int4,
        participants -> Int4,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    groups (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        chapter_id -> Uuid,
        kind_code -> Text,
        name -> Text,
        starts_on -> Date,
        ends_on -> Nullable<Date>,
        status -> Text,
        version -> Int4,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
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
    member_day_count_corrections (id) {
        id -> Int8,
        organisation_id -> Uuid,
        chapter_id -> Uuid,
        status -> Text,
        type_code -> Text,
        birth_year -> Nullable<Int2>,
        valid_from -> Date,
        valid_to -> Nullable<Date>,
        starts_membership -> Bool,
        ends_membership -> Bool,
        through -> Date,
        delta -> Int2,
    }
}

diesel::table! {
    member_day_counts (organisation_id, day, chapter_id) {
        organisation_id -> Uuid,
        day -> Date,
        chapter_id -> Uuid,
        by_status -> Jsonb,
        active_by_type -> Jsonb,
        active_by_birth_year -> Jsonb,
        joined -> Int8,
        ended -> Int8,
    }
}

diesel::table! {
    member_day_coverage (organisation_id) {
        organisation_id -> Uuid,
        through -> Date,
    }
}

diesel::table! {
    member_fee_counts (organisation_id, year, chapter_id) {
        organisation_id -> Uuid,
        chapter_id -> Uuid,
        year -> Int2,
        n -> Int8,
    }
}

diesel::table! {
    member_imports (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        requested_by -> Nullable<Uuid>,
        state -> Text,
        dry_run -> Bool,
        welcome -> Bool,
        file -> Nullable<Bytea>,
        mapping -> Nullable<Text>,
        lease_until -> Nullable<Timestamptz>,
        rows_total -> Nullable<Int4>,
        rows_read -> Int4,
        created -> Int4,
        unchanged -> Int4,
        refused -> Int4,
        duplicates -> Int4,
        flagged -> Int4,
        ignored_columns -> Array<Text>,
        problems -> Jsonb,
        error_code -> Nullable<Text>,
        created_at -> Timestamptz,
        started_at -> Nullable<Timestamptz>,
        finished_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    member_requests (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        person_id -> Uuid,
        existing_person_id -> Uuid,
        requested_by -> Nullable<Uuid>,
        created_at -> Timestamptz,
        decision -> Nullable<Text>,
        decided_by -> Nullable<Uuid>,
        decided_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    membership_fees (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        membership_id -> Uuid,
        chapter_id -> Uuid,
        year -> Int2,
        amount_ore -> Int4,
        paid_on -> Date,
        method -> Text,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    membership_periods (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        membership_id -> Uuid,
        chapter_id -> Uuid,
        type_code -> Text,
        status -> Text,
        birth_year -> Nullable<Int2>,
        valid_from -> Date,
        valid_to -> Nullable<Date>,
        starts_membership -> Bool,
        ends_membership -> Bool,
    }
}

diesel::table! {
    memberships (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        person_id -> Uuid,
        chapter_id -> Uuid,
        type_code -> Text,
        status -> Text,
        joined_on -> Nullable<Date>,
        ended_on -> Nullable<Date>,
        version -> Int4,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    organisation_logos (organisation_id) {
        organisation_id -> Uuid,
        content_type -> Text,
        image -> Bytea,
        updated_at -> Timestamptz,
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
        welcome_follow_up_days -> Int2,
        signup_expiry_days -> Int2,
        qualification_reminder_days -> Int2,
        group_leadership_rule -> Jsonb,
        target_warning_days -> Int2,
        brand_colour -> Nullable<Text>,
        embed_origins -> Array<Text>,
        first_contact_hours -> Int2,
        request_retention_days -> Int2,
    }
}

diesel::table! {
    outbox (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        person_id -> Nullable<Uuid>,
        recipient -> Text,
        subject -> Text,
        body -> Text,
        language -> Text,
        attempts -> Int4,
        next_attempt_at -> Timestamptz,
        last_error -> Nullable<Text>,
        sent_at -> Nullable<Timestamptz>,
        failed_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
        kind -> Text,
    }
}

diesel::table! {
    peer_supporter_profiles (person_id) {
        person_id -> Uuid,
        organisation_id -> Uuid,
        languages -> Array<Text>,
        relations -> Array<Text>,
        gender -> Nullable<Text>,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    people (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        home_chapter_id -> Uuid,
        given_name -> Nullable<Text>,
        family_name -> Nullable<Text>,
        email -> Nullable<Text>,
        phone -> Nullable<Text>,
        postal_code -> Nullable<Text>,
        birth_year -> Nullable<Int2>,
        birth_date -> Nullable<Date>,
        language -> Text,
        relations -> Array<Text>,
        erased_at -> Nullable<Timestamptz>,
        version -> Int4,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        search -> Nullable<Text>,
        contact_held -> Bool,
    }
}

diesel::table! {
    project_chapters (project_id, chapter_id) {
        project_id -> Uuid,
        chapter_id -> Uuid,
        organisation_id -> Uuid,
    }
}

diesel::table! {
    projects (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        name -> Text,
        year -> Int2,
        status -> Text,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    public_requests (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        idempotency_key -> Nullable<Text>,
        request_hash -> Bytea,
        request -> Nullable<Jsonb>,
        received_at -> Timestamptz,
        attempts -> Int4,
        next_attempt_at -> Timestamptz,
        handled_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    qualification_reminders (completion_id) {
        completion_id -> Uuid,
        organisation_id -> Uuid,
        person_id -> Uuid,
        sent_at -> Timestamptz,
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
    self_service_links (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        person_id -> Uuid,
        purpose -> Text,
        token_hash -> Bytea,
        expires_at -> Timestamptz,
        used_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    sessions (id) {
        id -> Uuid,
        user_id -> Uuid,
        created_at -> Timestamptz,
        ended_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    signups (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        person_id -> Uuid,
        membership_id -> Nullable<Uuid>,
        token_hash -> Nullable<Bytea>,
        created_person -> Bool,
        created_membership -> Bool,
        expires_at -> Nullable<Timestamptz>,
        confirmed_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
        chapter_id -> Nullable<Uuid>,
        type_code -> Nullable<Text>,
        consent_version -> Nullable<Text>,
        consent_language -> Nullable<Text>,
    }
}

diesel::table! {
    target_checks (organisation_id) {
        organisation_id -> Uuid,
        due_at -> Timestamptz,
    }
}

diesel::table! {
    target_unit_states (target_id, unit) {
        target_id -> Uuid,
        organisation_id -> Uuid,
        unit -> Text,
        status -> Text,
        since -> Timestamptz,
    }
}

diesel::table! {
    targets (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        code -> Text,
        names -> Jsonb,
        descriptions -> Jsonb,
        metric -> Text,
        parameter -> Nullable<Text>,
        scope -> Text,
        scope_chapter_id -> Nullable<Uuid>,
        scope_chapter_kind -> Nullable<Text>,
        comparison -> Text,
        threshold -> Nullable<Float8>,
        schedule -> Text,
        baseline_on -> Nullable<Date>,
        deadline_on -> Nullable<Date>,
        period -> Nullable<Text>,
        every -> Int2,
        first_year -> Nullable<Int2>,
        last_year -> Nullable<Int2>,
        window_from -> Nullable<Text>,
        window_to -> Nullable<Text>,
        retired_at -> Nullable<Timestamptz>,
        version -> Int4,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
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

diesel::table! {
    volunteer_roles (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        person_id -> Uuid,
        chapter_id -> Uuid,
        role_code -> Text,
        from_on -> Date,
        to_on -> Nullable<Date>,
        created_at -> Timestamptz,
    }
}

diesel::joinable!(account_people -> organisations (organisation_id));
diesel::joinable!(activities -> chapters (chapter_id));
diesel::joinable!(activities -> conversation_requests (conversation_request_id));
diesel::joinable!(activities -> organisations (organisation_id));
diesel::joinable!(activity_volunteers -> activities (activity_id));
diesel::joinable!(activity_volunteers -> organisations (organisation_id));
diesel::joinable!(activity_volunteers -> people (person_id));
diesel::joinable!(audit_events -> organisations (organisation_id));
diesel::joinable!(audit_events -> users (actor_user_id));
diesel::joinable!(catalogue_entries -> organisations (organisation_id));
diesel::joinable!(chapters -> counties (county_code));
diesel::joinable!(chapters -> organisations (organisation_id));
diesel::joinable!(chapters -> regions (region_code));
diesel::joinable!(contact_log -> follow_ups (follow_up_id));
diesel::joinable!(contact_log -> users (recorded_by));
diesel::joinable!(conversation_assignments -> organisations (organisation_id));
diesel::joinable!(conversation_assignments -> users (assigned_by));
diesel::joinable!(conversation_requests -> organisations (organisation_id));
diesel::joinable!(conversation_requests -> users (recorded_by));
diesel::joinable!(counties -> regions (region_code));
diesel::joinable!(course_completions -> course_runs (course_run_id));
diesel::joinable!(course_completions -> organisations (organisation_id));
diesel::joinable!(course_completions -> people (person_id));
diesel::joinable!(course_runs -> chapters (chapter_id));
diesel::joinable!(course_runs -> organisations (organisation_id));
diesel::joinable!(course_types -> organisations (organisation_id));
diesel::joinable!(follow_up_kinds -> organisations (organisation_id));
diesel::joinable!(grants -> organisations (organisation_id));
diesel::joinable!(group_leaders -> groups (group_id));
diesel::joinable!(group_leaders -> organisations (organisation_id));
diesel::joinable!(group_leaders -> people (person_id));
diesel::joinable!(group_meetings -> groups (group_id));
diesel::joinable!(group_meetings -> organisations (organisation_id));
diesel::joinable!(groups -> chapters (chapter_id));
diesel::joinable!(groups -> organisations (organisation_id));
diesel::joinable!(invitations -> organisations (organisation_id));
diesel::joinable!(member_day_count_corrections -> organisations (organisation_id));
diesel::joinable!(member_day_counts -> organisations (organisation_id));
diesel::joinable!(member_day_coverage -> organisations (organisation_id));
diesel::joinable!(member_fee_counts -> organisations (organisation_id));
diesel::joinable!(member_imports -> organisations (organisation_id));
diesel::joinable!(member_imports -> users (requested_by));
diesel::joinable!(member_requests -> organisations (organisation_id));
diesel::joinable!(memberships -> organisations (organisation_id));
diesel::joinable!(organisation_logos -> organisations (organisation_id));
diesel::joinable!(outbox -> organisations (organisation_id));
diesel::joinable!(peer_supporter_profiles -> organisations (organisation_id));
diesel::joinable!(people -> organisations (organisation_id));
diesel::joinable!(project_chapters -> chapters (chapter_id));
diesel::joinable!(project_chapters -> organisations (organisation_id));
diesel::joinable!(project_chapters -> projects (project_id));
diesel::joinable!(projects -> organisations (organisation_id));
diesel::joinable!(public_requests -> organisations (organisation_id));
diesel::joinable!(qualification_reminders -> course_completions (completion_id));
diesel::joinable!(qualification_reminders -> organisations (organisation_id));
diesel::joinable!(qualification_reminders -> people (person_id));
diesel::joinable!(refresh_tokens -> sessions (family_id));
diesel::joinable!(refresh_tokens -> users (user_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(target_checks -> organisations (organisation_id));
diesel::joinable!(target_unit_states -> organisations (organisation_id));
diesel::joinable!(target_unit_states -> targets (target_id));
diesel::joinable!(targets -> organisations (organisation_id));
diesel::joinable!(volunteer_roles -> chapters (chapter_id));
diesel::joinable!(volunteer_roles -> organisations (organisation_id));
diesel::joinable!(volunteer_roles -> people (person_id));

diesel::allow_tables_to_appear_in_same_query!(
    account_people,
    activities,
    activity_volunteers,
    audit_events,
    catalogue_entries,
    chapters,
    consents,
    contact_log,
    conversation_assignments,
    conversation_requests,
    counties,
    course_completions,
    course_runs,
    course_types,
    follow_up_kinds,
    follow_ups,
    grants,
    group_leaders,
    group_meetings,
    groups,
    invitations,
    member_day_count_corrections,
    member_day_counts,
    member_day_coverage,
    member_fee_counts,
    member_imports,
    member_requests,
    membership_fees,
    membership_periods,
    memberships,
    organisation_logos,
    organisations,
    outbox,
    peer_supporter_profiles,
    people,
    project_chapters,
    projects,
    public_requests,
    qualification_reminders,
    rate_limit_windows,
    refresh_tokens,
    regions,
    self_service_links,
    sessions,
    signups,
    target_checks,
    target_unit_states,
    targets,
    users,
    volunteer_roles,
);
