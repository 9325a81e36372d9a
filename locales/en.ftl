# English. Every other language file mirrors these message ids; English is the last fallback.
# Problem titles are `problem-<code>`, with the longer text in `.detail`.

problem-bad-request = Bad request
    .detail = The request could not be understood.
problem-malformed-json = Malformed JSON
    .detail = The request body is not valid JSON.
problem-invalid-body = Invalid request body
    .detail = The request body does not have the expected shape; see the field errors.
problem-invalid-query = Invalid query parameters
    .detail = A query parameter has the wrong type or value.
problem-invalid-path = Invalid address
    .detail = A value in the address (such as an id) is not valid.
problem-unsupported-media-type = Unsupported media type
    .detail = Send the request body as JSON with Content-Type: application/json.
problem-payload-too-large = Request body too large
    .detail = The request body is larger than this operation accepts.
problem-validation-failed = The input is not valid
    .detail = One or more fields break a rule; see the field errors.
problem-unauthenticated = Sign-in required
    .detail = This operation needs a valid access token.
problem-invalid-token = Invalid access token
    .detail = The access token is missing, malformed, expired or not issued for this service. Sign in again.
problem-invalid-credentials = Wrong e-mail or password
    .detail = The e-mail address and password do not match an account.
problem-invalid-refresh-token = Session ended
    .detail = The refresh token is not valid any more. Sign in again.
problem-forbidden = Not allowed
    .detail = Your role does not allow this here.
problem-not-found = Not found
    .detail = There is nothing here, or you do not have access to it.
problem-method-not-allowed = Method not allowed
    .detail = This address does not support that HTTP method.
problem-precondition-failed = Changed by someone else
    .detail = The resource changed since you read it. Read it again and repeat your change.
problem-precondition-required = Version required
    .detail = Send the version you read (its ETag) in If-Match, so that nobody's change is overwritten unseen.
problem-too-many-requests = Too many attempts
    .detail = Wait a little before trying again; the Retry-After header says how long.
problem-service-unavailable = Temporarily unavailable
    .detail = The service cannot reach its database right now. Try again shortly.
problem-internal-error = Something went wrong
    .detail = An unexpected error occurred. Quote the request id if you contact support.
problem-concurrent-update = Concurrent change
    .detail = Another change got in the way. Try again.
problem-slug-taken = Name in use
    .detail = Another organisation already uses that short name.
problem-chapter-name-taken = Name in use
    .detail = Another chapter at the same place in the tree already has that name.
problem-email-taken = E-mail address in use
    .detail = An account with that e-mail address already exists.
problem-unknown-county = Unknown county
    .detail = There is no county with that number.
problem-unknown-region = Unknown region
    .detail = There is no region with that code.
problem-unknown-user = Unknown account
    .detail = There is no account with that id.
problem-unknown-chapter = Unknown chapter
    .detail = There is no such chapter in this organisation.
problem-closed-before-founded = Closed before founded
    .detail = A chapter cannot close before it was founded.
problem-valid-to-before-valid-from = Ends before it starts
    .detail = The end date comes before the start date.
problem-open-children = Chapter has open chapters under it
    .detail = Close or move the chapters under this one first.
problem-parent-closed = Parent chapter is closed
    .detail = New chapters cannot be placed under a closed chapter.
problem-role-not-grantable = Role cannot be granted here
    .detail = Platform administrators are appointed on the command line.
problem-chapter-not-allowed = No chapter for this role
    .detail = Organisation administrators hold their role for the whole organisation, not a chapter.
problem-chapter-required = Chapter required
    .detail = This role is held in a chapter; give the chapter.
problem-invalid-invitation = Invitation not valid
    .detail = The invitation does not exist, has expired or has already been used.
problem-account-details-required = Name and password required
    .detail = This e-mail address has no account yet; give a name and a password to create one.
problem-invalid-header = Invalid header
    .detail = A request header has a value this service cannot read.
problem-chapter-placement = Not allowed at this place in the tree
    .detail = A county chapter sits under the national chapter, a local chapter under the national or a county chapter.
problem-chapter-cycle = A chapter cannot move under itself
    .detail = The new parent is this chapter or one of the chapters under it.

field-invalid = This value is not valid.
field-length-max-min = Must be between { $min } and { $max } characters long.
field-length-max = Must be at most { $max } characters long.
field-length-min = Must be at least { $min } characters long.
field-length-equal = Must be exactly { $equal } characters long.
field-range-max-min = Must be between { $min } and { $max }.
field-range-max = Must be at most { $max }.
field-range-min = Must be at least { $min }.
field-email = Must be a valid e-mail address.
field-required = Required.
field-slug = Use 2–63 lower-case letters, digits and hyphens, starting with a letter or digit.
field-language = Not a language this service has translations for.
field-labels = Each label needs a language code and 1–100 characters.
field-unknown-field = This field is not accepted here.
field-missing-field = This field is required.
field-invalid-type = This value has the wrong type.
field-unknown-variant = This value is not one of the allowed ones.
field-invalid-length = This list has the wrong number of items.
field-invalid-value = This value is not allowed.
field-county-code = A county number has two digits.
field-region-code = A region code is 2–16 lower-case letters.
field-youth-band-order = The youth band must not end before it starts.
field-chapter-placement = A county chapter must sit under the national chapter, a local chapter under the national or a county chapter.
field-chapter-cycle = A chapter cannot be moved under itself or a chapter below it.
field-slug-taken = Already in use.
field-chapter-name-taken = Another chapter here already has this name.
field-email-taken = Already in use.
field-unknown-county = No county has this number.
field-unknown-region = No region has this code.
field-unknown-user = No account has this id.
field-unknown-chapter = No such chapter in this organisation.
field-closed-before-founded = Cannot be before the founding date.
field-valid-to-before-valid-from = Cannot be before the start.
field-open-children = Chapters under this one are still open.
field-parent-closed = The chapter above is closed.
field-role-not-grantable = This role cannot be granted here.
field-chapter-not-allowed = Leave out the chapter for this role.
field-chapter-required = Give the chapter for this role.
field-invalid-invitation = The invitation is not valid.
field-account-details-required = Needed to create the account.
field-nul-character = Text may not contain the NUL character.
field-if-match = Send the ETag you received, such as "3", or *.

## Members
problem-contact-required = E-mail or phone required
    .detail = Give an e-mail address, a phone number or both.
problem-date-in-future = Date in the future
    .detail = This date cannot be later than today.
problem-before-current-period = Before the current period
    .detail = A change cannot take effect before the membership's current period began.
problem-birth-year-mismatch = Birth year and date disagree
    .detail = The birth year must be the year of the birth date.
problem-merge-with-self = Same member
    .detail = A member cannot be merged with themselves.
problem-period-order = Period ends before it starts
    .detail = The end of the period comes before its start.
problem-catalogue-full = Catalogue full
    .detail = A catalogue holds at most 100 entries; retire and reuse one instead.
problem-follow-up-completed = Follow-up already completed
    .detail = This follow-up is done; nothing more can be logged on it.
problem-status-transition = Status change not allowed
    .detail = A membership cannot go from its current status to that one.
problem-no-change = Nothing to change
    .detail = The membership already has that status, chapter and type.
problem-membership-open = Membership already open
    .detail = The person already has a pending or active membership.
problem-chapter-closed = Chapter closed
    .detail = Members cannot be placed in a closed chapter.
problem-member-erased = Member erased
    .detail = This member's data was erased; the record cannot change any more.
problem-both-memberships-open = Both have an open membership
    .detail = End one of the two memberships before merging.
problem-request-closed = Request already decided
    .detail = The secretariat has confirmed or declined this request already.
problem-email-registered = E-mail address registered
    .detail = Someone in this organisation is already registered with that e-mail address.
problem-phone-registered = Phone number registered
    .detail = Someone in this organisation is already registered with that phone number.
problem-fee-recorded = Fee already recorded
    .detail = A fee for that year is already recorded on this membership.
problem-unknown-membership-type = Unknown membership type
    .detail = The organisation offers no membership type with that code.
problem-unknown-relation = Unknown relation
    .detail = The organisation has no relation category with that code.
problem-unknown-member = Unknown member
    .detail = There is no such member in this organisation.
problem-invalid-link = Link not valid
    .detail = The link is unknown, has expired or has already been used. Ask for a new one.
problem-consent-required = Consent required
    .detail = Signing up needs your consent to the text shown.
problem-consent-outdated = Consent text changed
    .detail = The consent text changed since the form was loaded. Reload the form.
problem-place-required = Chapter or postal code required
    .detail = Choose a chapter or give your postal code.
problem-idempotency-key-reused = Idempotency key reused
    .detail = This Idempotency-Key was already used for a different request.
problem-invalid-idempotency-key = Invalid Idempotency-Key
    .detail = The Idempotency-Key header must be 1–200 visible ASCII characters.
field-contact-required = Give an e-mail address or a phone number.
field-date-in-future = Cannot be later than today.
field-before-current-period = Cannot be before the current period began.
field-birth-year-mismatch = Must be the year of the birth date.
field-merge-with-self = Choose another member.
field-period-order = Cannot be before the start of the period.
field-catalogue-full = The catalogue is full.
field-follow-up-completed = Already completed.
field-status-transition = Not allowed from the current status.
field-no-change = Already so.
field-membership-open = Already has an open membership.
field-request-closed = Already decided.
field-chapter-closed = The chapter is closed.
field-member-erased = The member's data was erased.
field-both-memberships-open = Both have an open membership.
field-email-registered = Already registered.
field-phone-registered = Already registered.
field-fee-recorded = Already recorded for this year.
field-unknown-membership-type = No such membership type.
field-unknown-relation = No such relation category.
field-unknown-member = No such member.
field-invalid-link = The link is not valid.
field-consent-required = Consent is needed to sign up.
field-consent-outdated = Reload the form.
field-place-required = Choose a chapter or give a postal code.
field-idempotency-key-reused = Already used for another request.
field-national-id-number = National identity numbers are never stored. Remove it.
field-phone = Not a phone number in use: give a Norwegian number, or a + and the country code.
field-postal-code = A postal code has four digits.
field-invisible-character = Holds an invisible character (such as a zero-width space), perhaps from copying. Type the address again.
field-lookalike-characters = Mixes letters from different alphabets that look alike, or spells a word in another alphabet so it looks like Latin letters. Type the address again.

## The public sign-up form, consent, e-mails and self-service
signup-title = Become a member of { $org }
signup-intro = Membership is open to everyone. It takes a minute, and you can leave at any time.
signup-field-given-name = First name
signup-field-family-name = Last name
signup-field-email = E-mail
signup-help-email = We send you a link to confirm your membership.
signup-field-phone = Mobile phone
signup-help-phone = Give an e-mail address, a phone number or both.
signup-field-chapter = Chapter
signup-help-chapter = Choose the chapter nearest you, or give your postal code instead.
signup-field-postal-code = Postal code
signup-field-birth-year = Year of birth
signup-help-birth-year = Optional. Used only for age statistics.
signup-field-membership-type = Membership
signup-field-consent = I agree
signup-field-website = Leave this field empty
signup-rule-contact = Give an e-mail address or a phone number.
signup-rule-place = Choose a chapter or give your postal code.
signup-submit = Sign up
signup-received = Thank you! If you gave an e-mail address, look for our e-mail and confirm with the link in it.
signup-confirmed = Welcome! Your membership is confirmed.
consent-membership = I agree that { $org } registers my name and contact details, and the details I give here, to run my membership. Only the organisation uses them. I can see, export or erase my data at any time.
email-confirm-subject = Confirm your membership of { $org }
email-confirm-body = Hello { $name },

    thank you for signing up with { $org }. Confirm your membership with this link:

    { $link }

    The link is valid for { $days } days. If you did not sign up, ignore this e-mail and nothing is kept.
email-welcome-subject = Welcome to { $org }
email-welcome-body = Hello { $name },

    welcome as a member of { $org }! Someone from your chapter will be in touch soon.
email-self-service-export-subject = Your data at { $org }
email-self-service-export-body = Hello,

    you asked to see the data { $org } holds about you. Open this link to get it:

    { $link }

    The link can be used once, within { $minutes } minutes. If you did not ask, ignore this e-mail.
email-self-service-erase-subject = Erase your data at { $org }
email-self-service-erase-body = Hello,

    you asked to have your data at { $org } erased. Open this link to confirm; your membership then ends:

    { $link }

    The link can be used once, within { $minutes } minutes. If you did not ask, ignore this e-mail.
self-service-requested = If the address is registered, a link is on its way by e-mail.
self-service-erased = Your data is erased and your membership has ended.
email-qualification-lapsing-subject = Your { $course } qualification lapses soon
email-qualification-lapsing-body = Hello { $name },

    your { $course } qualification with { $org } lapses on { $date }. Take a follow-up course before then to stay active as a volunteer; your chapter can tell you when the next one is.
problem-unknown-role = Unknown volunteer role
    .detail = The organisation has no volunteer role with that code.
field-unknown-role = No such volunteer role.
problem-unknown-course-type = Unknown course type
    .detail = The organisation has no current course type with that code.
field-unknown-course-type = No such course type.
problem-before-course = Before the course
    .detail = A completion cannot be before the day the course was held.
field-before-course = Cannot be before the course was held.
problem-completion-recorded = Completion recorded
    .detail = This person's completion of the course is already recorded.
field-completion-recorded = Already recorded for this course.
problem-unknown-group-kind = Unknown group kind
    .detail = The organisation has no group kind with that code.
field-unknown-group-kind = No such group kind.
problem-unknown-activity-kind = Unknown activity kind
    .detail = The organisation has no activity kind with that code.
field-unknown-activity-kind = No such activity kind.
problem-unknown-volunteer = Not a volunteer here
    .detail = Everyone named must hold a volunteer role in the chapter on the day of the activity.
field-unknown-volunteer = Not a volunteer of this chapter on that day.
problem-before-group = Before the group
    .detail = A meeting cannot be before the group started.
field-before-group = Cannot be before the group started.
problem-too-few-chapters = Too few chapters
    .detail = A project needs two or more different chapters.
field-too-few-chapters = Give two or more different chapters.
email-invitation-subject = You are invited to { $org }
email-invitation-body = Hello,

    { $inviter } has invited you to { $org } as { $role ->
        [org_admin] an organisation administrator
        [chapter_leader] a chapter leader
        [volunteer] a volunteer
       *[member] a member
    }. Accept with this link:

    { $link }

    If you already have an account with this e-mail address, sign in first. The link can be used once, within a week. If you were not expecting this, ignore this e-mail.
problem-own-grant = You cannot give yourself a role
    .detail = Roles are handed out by someone else; nobody creates, extends or renews their own.
problem-grant-outlives-granter = Ends after your own role
    .detail = A role you hand out cannot last longer than the role that lets you hand it out.
problem-sign-in-required = Sign in to accept
    .detail = This e-mail address has an account: sign in as it, then accept the invitation again.
field-own-grant = Cannot be yourself.
field-grant-outlives-granter = Cannot be after your own role ends.
problem-threshold-with-grows = No threshold with "grows"
    .detail = A target that asks for growth compares with a year earlier; leave the threshold out.
field-threshold-with-grows = Leave out with "grows".
problem-threshold-required = Threshold required
    .detail = Give the figure the target compares with.
field-threshold-required = Give a threshold.
problem-share-over-100 = Share above 100 %
    .detail = A share is given in per cent, from 0 to 100.
field-share-over-100 = Must be at most 100 (per cent).
problem-no-parameter = Metric takes no parameter
    .detail = This metric counts without a code; leave the parameter out.
field-no-parameter = Leave out for this metric.
problem-parameter-required = Parameter required
    .detail = This metric counts one code (a role, a relation or a language); give it.
field-parameter-required = Give the code this metric counts.
problem-unknown-parameter = Unknown parameter
    .detail = The organisation has no current code like that for this metric.
field-unknown-parameter = No such code for this metric.
problem-metric-needs-period = Metric needs a period
    .detail = This metric adds up over a period: give a deadline or a recurring period.
field-metric-needs-period = Give a deadline or a recurring period.
problem-window-needs-year = Days need a yearly period
    .detail = Days within a year (such as 10 September) go with a yearly period only.
field-window-needs-year = Only with a yearly period.
field-day-window = Give days as MM-DD, the last not before the first.
field-target-code = 1–16 capital letters, digits, and . _ - after the first.
field-descriptions = Each text needs a language code and 1–2000 characters.
problem-target-code-taken = Code in use
    .detail = Another target of the organisation has this code.
field-target-code-taken = Already used by another target.
problem-too-many-targets = Too many targets
    .detail = An organisation holds at most 200 current targets. Retire one to make room.
field-too-many-targets = The organisation has 200 current targets.
target-summary = { $met } of { $total } { $units ->
        [county] county chapters
        [local] local chapters
        [national] national chapters
        [regions] regions
       *[other] units
    }
problem-too-many-points = Too many steps
    .detail = A series holds at most 240 steps: shorten the range or take longer steps.
field-too-many-points = At most 240 steps: shorten the range or take longer steps.
problem-first-year-required = First year required
    .detail = A target every few years counts its occurrences from a first year; give it.
field-first-year-required = Give the first year it is held.
field-date-range = Must be a day of the years { $min } through { $max }.
target-status = { $status ->
        [met] met
        [on_track] on track
        [at_risk] at risk
        [missed] missed
       *[not_due] not due
    }
target-alert-falls-on = Known lapses take it below the threshold on { $day }.
target-digest-line = - { $target }, { $unit }: { $status ->
        [at_risk] at risk
       *[missed] missed
    } ({ $value } against { $threshold })
email-target-alert-subject = { $target }: { $unit } is { $status ->
        [at_risk] at risk
       *[missed] missed
    }
email-target-alert-body = Hello,

    the target "{ $target }" of { $org } is now { $status ->
        [at_risk] at risk
       *[missed] missed
    } for { $unit }: the figure is { $value }, against { $threshold }. { $falls }

    The chapter's dashboard shows the figures and the people or groups behind them.
email-target-digest-subject = { $org }: { $count } targets changed for the worse
email-target-digest-body = Hello,

    since the last check these targets of { $org } turned at risk or missed:

    { $lines }

    The organisation's dashboard shows every target.
report-title = Status report
report-as-of = As of
report-since = Compared with
report-previous = Previous
report-trend = Trend over the last year, with the threshold dashed
report-bars = Each unit's figure, with the threshold dashed; hatched bars do not meet it
report-unit = Unit
report-value = Value
report-threshold = Threshold
report-status = Status
report-change = Change
## Served pages
page-language = Language
page-change-language = Show in this language
page-skip-to-content = Skip to the content
page-required = required
page-choose = Choose
page-error-summary = There is a problem
page-error-intro = Correct what is marked, then send the form again.
page-consent-version = Version of this text: { $version }
page-thanks-title = Thank you
page-my-data-link = See, download or erase the data we hold about you
page-noscript-link = This step needs JavaScript switched on: the secret of your link stays in your browser and is never sent as part of a web address.
page-link-missing = This page is opened from the link in your e-mail. Open that link again, or ask for a new one.
page-confirm-title = Confirm your membership
page-confirm-intro = Press the button to confirm your membership.
page-confirm-button = Confirm my membership
page-my-data-title = Your data
page-my-data-intro = We send a one-time link to your e-mail address. With it you can see and download everything we hold about you, or erase it.
page-my-data-purpose = What do you want to do?
page-my-data-export = See and download my data
page-my-data-erase = Erase my data and end my membership
page-my-data-send = Send me a link
page-export-title = See your data
page-export-intro = Press the button to see your data. The link works once, so download it while the page is open.
page-export-button = Show my data
page-export-download = Download as a file (JSON)
page-export-raw = Everything, as the file holds it
page-erase-title = Erase your data
page-erase-warning = This erases your name, your contact details and your history with the organisation, and ends your membership. It cannot be undone.
page-erase-understood = I understand that this cannot be undone
page-erase-button = Erase my data
page-back = Back to the sign-up form
page-export-details = Your details
page-export-memberships = Memberships
page-export-member-since = Member since { $day }
page-optional = optional
problem-erase-not-confirmed = Erasure not confirmed
    .detail = Erasing cannot be undone, so it needs the box ticked first.
field-erase-not-confirmed = Tick the box to confirm that your data is to be erased.
problem-concurrent-signup = Signed up at the same moment
    .detail = The same person was being signed up at the same moment; try again.
field-colour = Give a colour as #rrggbb, such as #1d4f91.
field-colour-contrast = Too light for white text on it: the contrast is { $contrast }:1, and at least 4.5:1 is needed.
field-origin = Give an origin such as https://www.example.org, with nothing after the name.
problem-own-link = You cannot link your own account
    .detail = Another leader or an administrator links a record to your account.
field-own-link = Cannot be your own account.
problem-person-already-linked = Already linked to another account
    .detail = This record is linked to another account; remove that link first.
field-person-already-linked = This record is linked to another account.
problem-account-already-linked = The account is linked to another record
    .detail = This account is linked to another record in this organisation; remove that link first.
field-account-already-linked = This account is linked to another record here.
problem-not-a-candidate = Not among the proposals
    .detail = Assign the request to one of the peer supporters it proposes: active, qualified, of its chapter or region, and not asked before.
field-not-a-candidate = Not one of this request's proposals.
problem-assignment-answered = Answered already
    .detail = This assignment was accepted, declined or ended already.
field-assignment-answered = This assignment was answered already.
problem-assignment-not-accepted = Not an accepted assignment
    .detail = Conversations are logged, and the request closed, by the peer supporter who accepted it, while it is theirs.
field-assignment-not-accepted = Accept the request first; it must still be yours.
consent-peer-conversation = I agree that { $org } records what I write here, and my contact details, to find a peer supporter for me and get in touch. Only the people who arrange the conversation see my contact details, and they are deleted after the request is closed.
peer-form-title = Talk with someone who has been there
peer-form-intro = A peer supporter from { $org } has lived through something like what you are going through. Tell us a little, and one of them will get in touch.
peer-form-submit = Ask for a conversation
peer-form-received = Thank you. A peer supporter will get in touch with you soon.
peer-age-under-18 = Under 18
peer-age-18-29 = 18–29
peer-age-30-49 = 30–49
peer-age-50-66 = 50–66
peer-age-67-plus = 67 or older
peer-channel-phone = By phone
peer-channel-video = By video
peer-channel-meeting = Meeting in person
peer-prefer-woman = A woman
peer-prefer-man = A man
email-peer-assignment-subject = A request for a peer conversation at { $org }
email-peer-assignment-body = Hello { $name },

    you have been asked to take a request for a peer conversation at { $org }. Sign in to see it, and accept or decline it. If you accept, please make first contact within { $hours } hours.
email-peer-declined-subject = A peer conversation request was declined at { $org }
email-peer-declined-body = Hello,

    the peer supporter you assigned request { $request } to declined it. It waits for you to assign it again; sign in to see the next proposals.
problem-conversation-closed = The request is closed
    .detail = A closed conversation request cannot be assigned or closed again.
field-conversation-closed = This request is closed.
email-peer-contact-reminder-subject = A reminder: first contact for a peer conversation at { $org }
email-peer-contact-reminder-body = Hello { $name },

    a request for a peer conversation assigned to you at { $org } has no first contact yet. Please get in touch by { $due }, and log the conversation on your account. If you cannot take it, decline it so that someone else can.
email-peer-contact-overdue-subject = No first contact yet for a peer conversation at { $org }
email-peer-contact-overdue-body = Hello { $name },

    the request { $request } you assigned had its first contact due by { $due }, and none is logged. Sign in to follow it up or assign it to someone else.
peer-field-chapter = Where you live
peer-field-relation = What it is about
peer-field-age-group = Your age
peer-field-channel = How you would like to talk
peer-field-gender-preference = I would rather talk with
peer-field-name = What we may call you
peer-field-email = E-mail
peer-field-phone = Mobile phone
peer-field-consent = I agree
peer-field-website = Leave this field empty
peer-help-gender-preference = Optional.
peer-help-name = Optional. A first name is enough.
problem-assignment-open = A conversation request is being taken
    .detail = The person has a conversation request they accepted; their account link changes only once it is closed or reassigned.
field-assignment-open = The person has a conversation request they accepted.
problem-held-before-assignment = Before the request was assigned
    .detail = A conversation for a request is held on or after the day it was assigned.
field-held-before-assignment = Cannot be before the day the request was assigned.
email-account-linked-subject = Your record at { $org } was linked to a sign-in account
email-account-linked-body = Hello,

    your record at { $org } has been linked to the sign-in account { $account }, so that it shows your volunteer roles, courses and assignments. If you did not ask for this, please tell { $org }.
problem-welcome-kind-exists = The organisation has a welcome follow-up
    .detail = One kind of follow-up is the welcome; change that one, or choose another opening for this.
field-welcome-kind-exists = Another kind is the welcome follow-up.
field-date = Not a date. Write it as 31.12.2024 or 2024-12-31.
field-chapter-name-ambiguous = Several chapters have this name. Use the chapter's id.
field-unknown-status = Not a membership status. Use active, lapsed, resigned or deceased.
field-ended-while-active = An active membership has no end date.
field-end-required = Give the day the membership ended.
field-fee-years-max = List the years paid as four-digit years, none after { $max }.
field-same-as-row-row = The same e-mail address or phone number as row { $row }: the person is imported once, from that row.
field-similar-to-member-member = Imported, and much like member { $member } (same birth year and postal code, a similar name). Check whether they are one person.
field-contact-of-two-members-member-other = The e-mail address belongs to member { $member } and the phone number to member { $other }.
import-verdict-refused = Refused
import-verdict-duplicate = Duplicate
import-verdict-flagged = Imported, to check
import-report-row = Row
import-report-verdict = Outcome
import-report-column = Column
import-report-reason = Reason
import-summary = { $rows } rows: { $created } imported, { $unchanged } already registered, { $refused } refused, { $duplicates } duplicates, { $flagged } to check.
import-dry-run = Dry run, nothing was changed.
import-ignored = Columns not read: { $columns }
import-report-written = What happened to each row not simply imported: { $path }
import-stage-reading = Reading
import-stage-copying = Copying
import-stage-writing = Writing
problem-import-empty = The file is empty
    .detail = The file has no header row and no rows.
problem-import-workbook = The workbook cannot be read
    .detail = The file looks like an Excel workbook, but it cannot be opened or has no sheet.
problem-import-csv = The CSV file cannot be read
    .detail = The file could not be read as comma- or semicolon-separated values.
problem-import-column-twice = Two columns hold the same thing
    .detail = Two headings mean { $columns }. Remove one, or name them in a mapping file.
problem-import-columns-missing = Columns are missing
    .detail = Every member list needs these columns: { $columns }.
field-import-empty = The file has nothing in it.
