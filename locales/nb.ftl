# Norsk bokmål.

problem-bad-request = Ugyldig forespørsel
    .detail = Forespørselen kunne ikke forstås.
problem-malformed-json = Ugyldig JSON
    .detail = Innholdet i forespørselen er ikke gyldig JSON.
problem-invalid-body = Ugyldig innhold
    .detail = Innholdet har ikke forventet form; se feltfeilene.
problem-invalid-query = Ugyldige søkeparametere
    .detail = En parameter i adressen har feil type eller verdi.
problem-invalid-path = Ugyldig adresse
    .detail = En verdi i adressen (for eksempel en id) er ikke gyldig.
problem-unsupported-media-type = Formatet støttes ikke
    .detail = Send innholdet som JSON med Content-Type: application/json.
problem-payload-too-large = For stort innhold
    .detail = Innholdet er større enn denne operasjonen tar imot.
problem-validation-failed = Opplysningene er ikke gyldige
    .detail = Ett eller flere felt bryter en regel; se feltfeilene.
problem-unauthenticated = Innlogging kreves
    .detail = Denne operasjonen krever et gyldig tilgangstoken.
problem-invalid-token = Ugyldig tilgangstoken
    .detail = Tilgangstokenet mangler, er ugyldig, utløpt eller ikke utstedt for denne tjenesten. Logg inn på nytt.
problem-invalid-credentials = Feil e-post eller passord
    .detail = E-postadressen og passordet passer ikke til noen konto.
problem-invalid-refresh-token = Økten er avsluttet
    .detail = Fornyingstokenet er ikke gyldig lenger. Logg inn på nytt.
problem-forbidden = Ikke tillatt
    .detail = Rollen din gir ikke lov til dette her.
problem-not-found = Ikke funnet
    .detail = Det finnes ingenting her, eller du har ikke tilgang til det.
problem-method-not-allowed = Metoden er ikke tillatt
    .detail = Denne adressen støtter ikke den HTTP-metoden.
problem-precondition-failed = Endret av noen andre
    .detail = Ressursen er endret siden du leste den. Les den på nytt og gjenta endringen.
problem-precondition-required = Versjon må oppgis
    .detail = Send versjonen du leste (ETag) i If-Match, så ingen endring blir overskrevet uten at det merkes.
problem-too-many-requests = For mange forsøk
    .detail = Vent litt før du prøver igjen; Retry-After-feltet sier hvor lenge.
problem-service-unavailable = Midlertidig utilgjengelig
    .detail = Tjenesten når ikke databasen sin akkurat nå. Prøv igjen om litt.
problem-internal-error = Noe gikk galt
    .detail = En uventet feil oppstod. Oppgi forespørsels-id-en hvis du kontakter brukerstøtte.
problem-concurrent-update = Samtidig endring
    .detail = En annen endring kom i veien. Prøv igjen.
problem-slug-taken = Navnet er i bruk
    .detail = En annen organisasjon bruker allerede det korte navnet.
problem-chapter-name-taken = Navnet er i bruk
    .detail = Et annet lag på samme sted i treet har allerede det navnet.
problem-email-taken = E-postadressen er i bruk
    .detail = Det finnes allerede en konto med den e-postadressen.
problem-unknown-county = Ukjent fylke
    .detail = Det finnes ikke noe fylke med det nummeret.
problem-unknown-region = Ukjent region
    .detail = Det finnes ingen region med den koden.
problem-unknown-user = Ukjent konto
    .detail = Det finnes ingen konto med den id-en.
problem-unknown-chapter = Ukjent lag
    .detail = Det finnes ikke noe slikt lag i denne organisasjonen.
problem-closed-before-founded = Nedlagt før stiftet
    .detail = Et lag kan ikke legges ned før det ble stiftet.
problem-valid-to-before-valid-from = Slutter før det begynner
    .detail = Sluttdatoen kommer før startdatoen.
problem-open-children = Laget har åpne lag under seg
    .detail = Legg ned eller flytt lagene under dette først.
problem-parent-closed = Laget over er nedlagt
    .detail = Nye lag kan ikke plasseres under et nedlagt lag.
problem-role-not-grantable = Rollen kan ikke tildeles her
    .detail = Plattformadministratorer utnevnes fra kommandolinjen.
problem-chapter-not-allowed = Ingen lag for denne rollen
    .detail = Organisasjonsadministratorer har rollen for hele organisasjonen, ikke for et lag.
problem-chapter-required = Lag må oppgis
    .detail = Denne rollen gjelder i et lag; oppgi laget.
problem-invalid-invitation = Invitasjonen er ikke gyldig
    .detail = Invitasjonen finnes ikke, er utløpt eller allerede brukt.
problem-account-details-required = Navn og passord må oppgis
    .detail = E-postadressen har ingen konto ennå; oppgi navn og passord for å opprette en.
problem-invalid-header = Ugyldig header
    .detail = Et felt i forespørselens header har en verdi tjenesten ikke kan lese.
problem-chapter-placement = Ikke tillatt på dette stedet i treet
    .detail = Et fylkeslag ligger under landsforeningen, et lokallag under landsforeningen eller et fylkeslag.
problem-chapter-cycle = Et lag kan ikke flyttes under seg selv
    .detail = Det nye overordnede laget er dette laget eller et lag under det.

field-invalid = Verdien er ikke gyldig.
field-length-max-min = Må være mellom { $min } og { $max } tegn.
field-length-max = Kan være høyst { $max } tegn.
field-length-min = Må være minst { $min } tegn.
field-length-equal = Må være nøyaktig { $equal } tegn.
field-range-max-min = Må være mellom { $min } og { $max }.
field-range-max = Kan være høyst { $max }.
field-range-min = Må være minst { $min }.
field-email = Må være en gyldig e-postadresse.
field-required = Må fylles ut.
field-slug = Bruk 2–63 små bokstaver, sifre og bindestreker, og begynn med bokstav eller siffer.
field-language = Tjenesten har ikke oversettelser til dette språket.
field-labels = Hver betegnelse trenger en språkkode og 1–100 tegn.
field-unknown-field = Dette feltet tas ikke imot her.
field-missing-field = Dette feltet må være med.
field-invalid-type = Verdien har feil type.
field-unknown-variant = Verdien er ikke blant de tillatte.
field-invalid-length = Listen har feil antall elementer.
field-invalid-value = Verdien er ikke tillatt.
field-county-code = Et fylkesnummer har to sifre.
field-region-code = En regionkode er 2–16 små bokstaver.
field-youth-band-order = Ungdomsalderen kan ikke slutte før den begynner.
field-chapter-placement = Et fylkeslag må ligge under landsforeningen, et lokallag under landsforeningen eller et fylkeslag.
field-chapter-cycle = Et lag kan ikke flyttes under seg selv eller et lag under seg.
field-slug-taken = Allerede i bruk.
field-chapter-name-taken = Et annet lag her har allerede dette navnet.
field-email-taken = Allerede i bruk.
field-unknown-county = Ingen fylker har dette nummeret.
field-unknown-region = Ingen regioner har denne koden.
field-unknown-user = Ingen kontoer har denne id-en.
field-unknown-chapter = Ikke noe slikt lag i denne organisasjonen.
field-closed-before-founded = Kan ikke være før stiftelsesdatoen.
field-valid-to-before-valid-from = Kan ikke være før starten.
field-open-children = Lag under dette er fortsatt åpne.
field-parent-closed = Laget over er nedlagt.
field-role-not-grantable = Denne rollen kan ikke tildeles her.
field-chapter-not-allowed = Utelat laget for denne rollen.
field-chapter-required = Oppgi laget for denne rollen.
field-invalid-invitation = Invitasjonen er ikke gyldig.
field-account-details-required = Trengs for å opprette kontoen.
field-nul-character = Teksten kan ikke inneholde NUL-tegnet.
field-if-match = Send ETag-verdien du fikk, for eksempel "3", eller *.

## Medlemmer
problem-contact-required = E-post eller telefon mangler
    .detail = Oppgi e-postadresse, telefonnummer eller begge.
problem-date-in-future = Dato fram i tid
    .detail = Datoen kan ikke være senere enn i dag.
problem-before-current-period = Før gjeldende periode
    .detail = En endring kan ikke gjelde fra før medlemskapets gjeldende periode startet.
problem-birth-year-mismatch = Fødselsår og fødselsdato stemmer ikke
    .detail = Fødselsåret må være året i fødselsdatoen.
problem-merge-with-self = Samme medlem
    .detail = Et medlem kan ikke slås sammen med seg selv.
problem-period-order = Perioden slutter før den starter
    .detail = Slutten av perioden kommer før starten.
problem-catalogue-full = Katalogen er full
    .detail = En katalog har plass til 100 oppføringer; pensjoner og gjenbruk en i stedet.
problem-follow-up-completed = Oppfølgingen er fullført
    .detail = Denne oppfølgingen er ferdig; det kan ikke logges mer på den.
problem-status-transition = Statusendringen er ikke tillatt
    .detail = Et medlemskap kan ikke gå fra nåværende status til den.
problem-no-change = Ingenting å endre
    .detail = Medlemskapet har allerede den statusen, det laget og den typen.
problem-membership-open = Har allerede et åpent medlemskap
    .detail = Personen har allerede et ventende eller aktivt medlemskap.
problem-chapter-closed = Laget er nedlagt
    .detail = Medlemmer kan ikke plasseres i et nedlagt lag.
problem-member-erased = Medlemmet er slettet
    .detail = Medlemmets opplysninger er slettet; posten kan ikke endres mer.
problem-both-memberships-open = Begge har åpent medlemskap
    .detail = Avslutt ett av de to medlemskapene før sammenslåing.
problem-request-closed = Forespørselen er avgjort
    .detail = Sekretariatet har allerede bekreftet eller avslått denne forespørselen.
problem-email-registered = E-postadressen er registrert
    .detail = Noen i organisasjonen er allerede registrert med den e-postadressen.
problem-phone-registered = Telefonnummeret er registrert
    .detail = Noen i organisasjonen er allerede registrert med det telefonnummeret.
problem-fee-recorded = Kontingent allerede registrert
    .detail = Kontingent for det året er allerede registrert på dette medlemskapet.
problem-unknown-membership-type = Ukjent medlemstype
    .detail = Organisasjonen har ingen medlemstype med den koden.
problem-unknown-relation = Ukjent tilknytning
    .detail = Organisasjonen har ingen tilknytningskategori med den koden.
problem-unknown-member = Ukjent medlem
    .detail = Det finnes ikke et slikt medlem i organisasjonen.
problem-invalid-link = Lenken er ikke gyldig
    .detail = Lenken er ukjent, utløpt eller allerede brukt. Be om en ny.
problem-consent-required = Samtykke kreves
    .detail = For å melde deg inn må du samtykke til teksten som vises.
problem-consent-outdated = Samtykketeksten er endret
    .detail = Samtykketeksten er endret siden skjemaet ble lastet. Last skjemaet på nytt.
problem-place-required = Lag eller postnummer mangler
    .detail = Velg et lag eller oppgi postnummeret ditt.
problem-idempotency-key-reused = Idempotensnøkkelen er brukt
    .detail = Denne Idempotency-Key er allerede brukt til en annen forespørsel.
problem-invalid-idempotency-key = Ugyldig Idempotency-Key
    .detail = Idempotency-Key må være 1–200 synlige ASCII-tegn.
field-contact-required = Oppgi e-postadresse eller telefonnummer.
field-date-in-future = Kan ikke være senere enn i dag.
field-before-current-period = Kan ikke være før gjeldende periode startet.
field-birth-year-mismatch = Må være året i fødselsdatoen.
field-merge-with-self = Velg et annet medlem.
field-period-order = Kan ikke være før periodens start.
field-catalogue-full = Katalogen er full.
field-follow-up-completed = Allerede fullført.
field-status-transition = Ikke tillatt fra nåværende status.
field-no-change = Er allerede slik.
field-membership-open = Har allerede et åpent medlemskap.
field-request-closed = Allerede avgjort.
field-chapter-closed = Laget er nedlagt.
field-member-erased = Medlemmets opplysninger er slettet.
field-both-memberships-open = Begge har åpent medlemskap.
field-email-registered = Allerede registrert.
field-phone-registered = Allerede registrert.
field-fee-recorded = Allerede registrert for dette året.
field-unknown-membership-type = Ingen slik medlemstype.
field-unknown-relation = Ingen slik tilknytningskategori.
field-unknown-member = Ikke noe slikt medlem.
field-invalid-link = Lenken er ikke gyldig.
field-consent-required = Samtykke trengs for å melde seg inn.
field-consent-outdated = Last skjemaet på nytt.
field-place-required = Velg et lag eller oppgi postnummer.
field-idempotency-key-reused = Allerede brukt til en annen forespørsel.
field-national-id-number = Fødselsnummer lagres aldri. Fjern det.
field-phone = Ikke et gyldig telefonnummer: oppgi et norsk nummer, eller + og landskode.
field-postal-code = Et postnummer har fire siffer.
field-invisible-character = Inneholder et usynlig tegn (for eksempel et mellomrom uten bredde), kanskje fra kopiering. Skriv adressen på nytt.
field-lookalike-characters = Blander bokstaver fra ulike alfabeter som ligner hverandre, eller skriver et ord i et annet alfabet slik at det ser ut som latinske bokstaver. Skriv adressen på nytt.

## Innmeldingsskjemaet, samtykke, e-post og selvbetjening
signup-title = Bli medlem av { $org }
signup-intro = Alle kan bli medlem. Det tar ett minutt, og du kan melde deg ut når du vil.
signup-field-given-name = Fornavn
signup-field-family-name = Etternavn
signup-field-email = E-post
signup-help-email = Vi sender deg en lenke for å bekrefte medlemskapet.
signup-field-phone = Mobiltelefon
signup-help-phone = Oppgi e-postadresse, telefonnummer eller begge.
signup-field-chapter = Lag
signup-help-chapter = Velg laget nærmest deg, eller oppgi postnummeret ditt i stedet.
signup-field-postal-code = Postnummer
signup-field-birth-year = Fødselsår
signup-help-birth-year = Valgfritt. Brukes bare til aldersstatistikk.
signup-field-membership-type = Medlemskap
signup-field-consent = Jeg samtykker
signup-field-website = La dette feltet stå tomt
signup-rule-contact = Oppgi e-postadresse eller telefonnummer.
signup-rule-place = Velg et lag eller oppgi postnummeret ditt.
signup-submit = Meld meg inn
signup-received = Takk! Har du oppgitt e-postadresse, se etter e-posten vår og bekreft med lenken i den.
signup-confirmed = Velkommen! Medlemskapet ditt er bekreftet.
consent-membership = Jeg samtykker i at { $org } registrerer navnet mitt, kontaktopplysningene mine og det jeg oppgir her, for å håndtere medlemskapet mitt. Bare organisasjonen bruker dem. Jeg kan når som helst se, laste ned eller slette opplysningene mine.
email-confirm-subject = Bekreft medlemskapet ditt i { $org }
email-confirm-body = Hei { $name },

    takk for at du meldte deg inn i { $org }. Bekreft medlemskapet med denne lenken:

    { $link }

    Lenken gjelder i { $days } dager. Har du ikke meldt deg inn, kan du se bort fra denne e-posten; da lagres ingenting.
email-welcome-subject = Velkommen til { $org }
email-welcome-body = Hei { $name },

    velkommen som medlem i { $org }! Noen fra laget ditt tar snart kontakt.
email-self-service-export-subject = Opplysningene dine i { $org }
email-self-service-export-body = Hei,

    du har bedt om å se opplysningene { $org } har om deg. Åpne denne lenken for å få dem:

    { $link }

    Lenken kan brukes én gang, innen { $minutes } minutter. Har du ikke bedt om dette, kan du se bort fra e-posten.
email-self-service-erase-subject = Slett opplysningene dine i { $org }
email-self-service-erase-body = Hei,

    du har bedt om å få slettet opplysningene dine i { $org }. Åpne denne lenken for å bekrefte; medlemskapet ditt avsluttes da:

    { $link }

    Lenken kan brukes én gang, innen { $minutes } minutter. Har du ikke bedt om dette, kan du se bort fra e-posten.
self-service-requested = Er adressen registrert, er en lenke på vei på e-post.
self-service-erased = Opplysningene dine er slettet, og medlemskapet ditt er avsluttet.
email-qualification-lapsing-subject = Kvalifiseringen din ({ $course }) går snart ut
email-qualification-lapsing-body = Hei { $name },

    kvalifiseringen din fra { $course } i { $org } går ut { $date }. Ta et oppfølgingskurs før det for å fortsatt være aktiv som frivillig; laget ditt kan fortelle når neste kurs er.
problem-unknown-role = Ukjent frivilligrolle
    .detail = Organisasjonen har ingen frivilligrolle med den koden.
field-unknown-role = Ingen slik frivilligrolle.
problem-unknown-course-type = Ukjent kurstype
    .detail = Organisasjonen har ingen gjeldende kurstype med den koden.
field-unknown-course-type = Ingen slik kurstype.
problem-before-course = Før kurset
    .detail = Et fullført kurs kan ikke være før dagen kurset ble holdt.
field-before-course = Kan ikke være før kurset ble holdt.
problem-completion-recorded = Allerede registrert
    .detail = At denne personen har fullført kurset, er allerede registrert.
field-completion-recorded = Allerede registrert for dette kurset.
problem-unknown-group-kind = Ukjent gruppetype
    .detail = Organisasjonen har ingen gruppetype med den koden.
field-unknown-group-kind = Ingen slik gruppetype.
problem-unknown-activity-kind = Ukjent aktivitetstype
    .detail = Organisasjonen har ingen aktivitetstype med den koden.
field-unknown-activity-kind = Ingen slik aktivitetstype.
problem-unknown-volunteer = Ikke frivillig her
    .detail = Alle som nevnes, må ha en frivilligrolle i laget den dagen aktiviteten var.
field-unknown-volunteer = Ikke frivillig i dette laget den dagen.
problem-before-group = Før gruppen
    .detail = Et møte kan ikke være før gruppen startet.
field-before-group = Kan ikke være før gruppen startet.
problem-too-few-chapters = For få lag
    .detail = Et prosjekt trenger to eller flere ulike lag.
field-too-few-chapters = Oppgi to eller flere ulike lag.
email-invitation-subject = Du er invitert til { $org }
email-invitation-body = Hei,

    { $inviter } har invitert deg til { $org } som { $role ->
        [org_admin] organisasjonsadministrator
        [chapter_leader] lagsleder
        [volunteer] frivillig
       *[member] medlem
    }. Godta med denne lenken:

    { $link }

    Har du allerede en konto med denne e-postadressen, logger du inn først. Lenken kan brukes én gang, innen en uke. Venter du ikke dette, kan du se bort fra e-posten.
problem-own-grant = Du kan ikke gi deg selv en rolle
    .detail = Roller deles ut av noen andre; ingen oppretter, forlenger eller fornyer sin egen.
problem-grant-outlives-granter = Varer lenger enn din egen rolle
    .detail = En rolle du deler ut, kan ikke vare lenger enn rollen som lar deg dele den ut.
problem-sign-in-required = Logg inn for å godta
    .detail = Denne e-postadressen har en konto: logg inn med den, og godta invitasjonen på nytt.
field-own-grant = Kan ikke være deg selv.
field-grant-outlives-granter = Kan ikke være etter at din egen rolle slutter.
problem-threshold-with-grows = Ingen terskel med «vekst»
    .detail = Et mål om vekst sammenlignes med året før; utelat terskelen.
field-threshold-with-grows = Utelat ved «vekst».
problem-threshold-required = Terskel mangler
    .detail = Oppgi tallet målet sammenlignes med.
field-threshold-required = Oppgi en terskel.
problem-share-over-100 = Andel over 100 %
    .detail = En andel oppgis i prosent, fra 0 til 100.
field-share-over-100 = Kan være høyst 100 (prosent).
problem-no-parameter = Måltallet tar ingen parameter
    .detail = Dette måltallet teller uten kode; utelat parameteren.
field-no-parameter = Utelat for dette måltallet.
problem-parameter-required = Parameter mangler
    .detail = Dette måltallet teller én kode (en rolle, en tilknytning eller et språk); oppgi den.
field-parameter-required = Oppgi koden måltallet teller.
problem-unknown-parameter = Ukjent parameter
    .detail = Organisasjonen har ingen gjeldende kode som denne for dette måltallet.
field-unknown-parameter = Ingen slik kode for dette måltallet.
problem-metric-needs-period = Måltallet trenger en periode
    .detail = Dette måltallet summeres over en periode: oppgi en frist eller en periode som gjentas.
field-metric-needs-period = Oppgi en frist eller en periode som gjentas.
problem-window-needs-year = Dager krever en årlig periode
    .detail = Dager i året (som 10. september) kan bare brukes med en årlig periode.
field-window-needs-year = Bare med en årlig periode.
field-day-window = Oppgi dager som MM-DD, den siste ikke før den første.
field-target-code = 1–16 store bokstaver, sifre, og . _ - etter det første tegnet.
field-descriptions = Hver tekst trenger en språkkode og 1–2000 tegn.
problem-target-code-taken = Koden er i bruk
    .detail = Et annet mål i organisasjonen har denne koden.
field-target-code-taken = Brukt av et annet mål.
problem-too-many-targets = For mange mål
    .detail = En organisasjon kan ha høyst 200 gjeldende mål. Avslutt et for å gi plass.
field-too-many-targets = Organisasjonen har 200 gjeldende mål.
target-summary = { $met } av { $total } { $units ->
        [county] fylkeslag
        [local] lokallag
        [national] landsforeninger
        [regions] regioner
       *[other] enheter
    }
problem-too-many-points = For mange steg
    .detail = En tidsserie har høyst 240 steg: kort ned perioden eller ta lengre steg.
field-too-many-points = Høyst 240 steg: kort ned perioden eller ta lengre steg.
problem-first-year-required = Første år mangler
    .detail = Et mål med noen års mellomrom teller fra et første år; oppgi det.
field-first-year-required = Oppgi det første året.
field-date-range = Må være en dag i årene { $min } til og med { $max }.
target-status = { $status ->
        [met] nådd
        [on_track] i rute
        [at_risk] i fare
        [missed] ikke nådd
       *[not_due] ikke aktuelt ennå
    }
target-alert-falls-on = Kjente bortfall tar tallet under terskelen { $day }.
target-digest-line = - { $target }, { $unit }: { $status ->
        [at_risk] i fare
       *[missed] ikke nådd
    } ({ $value } mot { $threshold })
email-target-alert-subject = { $target }: { $unit } er { $status ->
        [at_risk] i fare
       *[missed] ikke nådd
    }
email-target-alert-body = Hei,

    målet «{ $target }» i { $org } er nå { $status ->
        [at_risk] i fare
       *[missed] ikke nådd
    } for { $unit }: tallet er { $value }, mot { $threshold }. { $falls }

    Lagets oversikt viser tallene og personene eller gruppene bak dem.
email-target-digest-subject = { $org }: { $count } mål har fått det verre
email-target-digest-body = Hei,

    siden forrige kontroll er disse målene i { $org } kommet i fare eller ikke nådd:

    { $lines }

    Organisasjonens oversikt viser alle mål.
report-title = Statusrapport
report-as-of = Per
report-since = Sammenlignet med
report-previous = Forrige
report-trend = Utvikling siste år, med terskelen stiplet
report-bars = Hver enhets tall, med terskelen stiplet; skraverte søyler når den ikke
report-unit = Enhet
report-value = Verdi
report-threshold = Terskel
report-status = Status
report-change = Endring

## Nettsider
page-language = Språk
page-change-language = Vis på dette språket
page-skip-to-content = Hopp til innholdet
page-required = obligatorisk
page-choose = Velg
page-error-summary = Noe må rettes
page-error-intro = Rett det som er merket, og send skjemaet på nytt.
page-consent-version = Versjon av denne teksten: { $version }
page-thanks-title = Takk
page-my-data-link = Se, last ned eller slett opplysningene vi har om deg
page-noscript-link = Dette steget krever at JavaScript er slått på: den hemmelige delen av lenken din blir i nettleseren din og sendes aldri som en del av en nettadresse.
page-link-missing = Denne siden åpnes fra lenken i e-posten din. Åpne lenken på nytt, eller be om en ny.
page-confirm-title = Bekreft medlemskapet ditt
page-confirm-intro = Trykk på knappen for å bekrefte medlemskapet ditt.
page-confirm-button = Bekreft medlemskapet mitt
page-my-data-title = Opplysningene dine
page-my-data-intro = Vi sender en engangslenke til e-postadressen din. Med den kan du se og laste ned alt vi har om deg, eller slette det.
page-my-data-purpose = Hva vil du gjøre?
page-my-data-export = Se og last ned opplysningene mine
page-my-data-erase = Slett opplysningene mine og avslutt medlemskapet
page-my-data-send = Send meg en lenke
page-export-title = Se opplysningene dine
page-export-intro = Trykk på knappen for å se opplysningene dine. Lenken virker bare én gang, så last dem ned mens siden er åpen.
page-export-button = Vis opplysningene mine
page-export-download = Last ned som fil (JSON)
page-export-raw = Alt, slik det står i filen
page-erase-title = Slett opplysningene dine
page-erase-warning = Dette sletter navnet ditt, kontaktopplysningene dine og historikken din i organisasjonen, og avslutter medlemskapet ditt. Det kan ikke angres.
page-erase-understood = Jeg forstår at dette ikke kan angres
page-erase-button = Slett opplysningene mine
page-back = Tilbake til innmeldingsskjemaet
page-export-details = Opplysninger om deg
page-export-memberships = Medlemskap
page-export-member-since = Medlem siden { $day }
page-optional = valgfritt
problem-erase-not-confirmed = Slettingen er ikke bekreftet
    .detail = Sletting kan ikke angres, så boksen må krysses av først.
field-erase-not-confirmed = Kryss av i boksen for å bekrefte at opplysningene dine skal slettes.
problem-concurrent-signup = Meldt inn i samme øyeblikk
    .detail = Den samme personen ble meldt inn i samme øyeblikk; prøv igjen.
field-colour = Oppgi en farge som #rrggbb, for eksempel #1d4f91.
field-colour-contrast = For lys til hvit tekst: kontrasten er { $contrast }:1, og minst 4,5:1 trengs.
field-origin = Oppgi et opphav som https://www.example.org, uten noe etter navnet.
problem-own-link = Du kan ikke koble din egen konto
    .detail = En annen leder eller en administrator kobler en person til kontoen din.
field-own-link = Kan ikke være din egen konto.
problem-person-already-linked = Allerede koblet til en annen konto
    .detail = Denne personen er koblet til en annen konto; fjern den koblingen først.
field-person-already-linked = Denne personen er koblet til en annen konto.
problem-account-already-linked = Kontoen er koblet til en annen person
    .detail = Denne kontoen er koblet til en annen person i organisasjonen; fjern den koblingen først.
field-account-already-linked = Denne kontoen er koblet til en annen person her.
problem-not-a-candidate = Ikke blant forslagene
    .detail = Tildel forespørselen til en av likepersonene den foreslår: aktiv, kvalifisert, fra laget eller regionen, og ikke spurt før.
field-not-a-candidate = Ikke et av forslagene for denne forespørselen.
problem-assignment-answered = Allerede besvart
    .detail = Denne tildelingen er allerede godtatt, avslått eller avsluttet.
field-assignment-answered = Denne tildelingen er allerede besvart.
problem-assignment-not-accepted = Ikke en godtatt tildeling
    .detail = Samtaler føres, og forespørselen avsluttes, av likepersonen som godtok den, så lenge den er deres.
field-assignment-not-accepted = Godta forespørselen først; den må fortsatt være din.
consent-peer-conversation = Jeg samtykker i at { $org } registrerer det jeg skriver her og kontaktopplysningene mine, for å finne en likeperson til meg og ta kontakt. Bare de som ordner samtalen ser kontaktopplysningene mine, og de slettes etter at forespørselen er avsluttet.
peer-form-title = Snakk med noen som har vært der
peer-form-intro = En likeperson fra { $org } har selv opplevd noe av det du står i. Fortell oss litt, så tar en av dem kontakt.
peer-form-submit = Be om en samtale
peer-form-received = Takk. En likeperson tar snart kontakt med deg.
peer-age-under-18 = Under 18
peer-age-18-29 = 18–29
peer-age-30-49 = 30–49
peer-age-50-66 = 50–66
peer-age-67-plus = 67 eller eldre
peer-channel-phone = På telefon
peer-channel-video = På video
peer-channel-meeting = Møte ansikt til ansikt
peer-prefer-woman = En kvinne
peer-prefer-man = En mann
email-peer-assignment-subject = En forespørsel om likepersonssamtale i { $org }
email-peer-assignment-body = Hei { $name },

    du er spurt om å ta en forespørsel om likepersonssamtale i { $org }. Logg inn for å se den, og godta eller avslå. Hvis du godtar, ta første kontakt innen { $hours } timer.
email-peer-declined-subject = En forespørsel om likepersonssamtale ble avslått i { $org }
email-peer-declined-body = Hei,

    likepersonen du tildelte forespørsel { $request } har avslått den. Den venter på at du tildeler den på nytt; logg inn for å se de neste forslagene.
problem-conversation-closed = Forespørselen er avsluttet
    .detail = En avsluttet samtaleforespørsel kan ikke tildeles eller avsluttes på nytt.
field-conversation-closed = Denne forespørselen er avsluttet.
email-peer-contact-reminder-subject = Påminnelse: første kontakt for en likepersonssamtale i { $org }
email-peer-contact-reminder-body = Hei { $name },

    en forespørsel om likepersonssamtale som du har fått i { $org }, har ennå ingen første kontakt. Ta kontakt innen { $due }, og før samtalen på kontoen din. Kan du ikke ta den, så avslå den slik at noen andre kan.
email-peer-contact-overdue-subject = Ingen første kontakt ennå for en likepersonssamtale i { $org }
email-peer-contact-overdue-body = Hei { $name },

    forespørselen { $request } som du tildelte, skulle hatt første kontakt innen { $due }, og ingen er ført. Logg inn for å følge den opp eller tildele den til en annen.
peer-field-chapter = Hvor du bor
peer-field-relation = Hva det gjelder
peer-field-age-group = Alderen din
peer-field-channel = Hvordan du vil snakke
peer-field-gender-preference = Jeg vil helst snakke med
peer-field-name = Hva vi kan kalle deg
peer-field-email = E-post
peer-field-phone = Mobiltelefon
peer-field-consent = Jeg samtykker
peer-field-website = La dette feltet stå tomt
peer-help-gender-preference = Valgfritt.
peer-help-name = Valgfritt. Et fornavn er nok.
problem-assignment-open = En samtaleforespørsel er under arbeid
    .detail = Personen har en samtaleforespørsel de har godtatt; koblingen til kontoen endres først når den er avsluttet eller tildelt en annen.
field-assignment-open = Personen har en samtaleforespørsel de har godtatt.
problem-held-before-assignment = Før forespørselen ble tildelt
    .detail = En samtale for en forespørsel holdes samme dag som den ble tildelt eller senere.
field-held-before-assignment = Kan ikke være før dagen forespørselen ble tildelt.
email-account-linked-subject = Registreringen din i { $org } er koblet til en innloggingskonto
email-account-linked-body = Hei,

    registreringen din i { $org } er koblet til innloggingskontoen { $account }, slik at den viser dine frivilligroller, kurs og oppdrag. Hvis du ikke har bedt om dette, si fra til { $org }.
problem-welcome-kind-exists = Organisasjonen har en velkomstoppfølging
    .detail = Én type oppfølging er velkomsten; endre den, eller velg en annen start for denne.
field-welcome-kind-exists = En annen type er velkomstoppfølgingen.
field-date = Ikke en dato. Skriv den som 31.12.2024 eller 2024-12-31.
field-chapter-name-ambiguous = Flere lag har dette navnet. Bruk lagets id.
field-unknown-status = Ikke en medlemsstatus. Bruk aktiv, bortfalt, utmeldt eller død.
field-ended-while-active = Et aktivt medlemskap har ingen sluttdato.
field-end-required = Oppgi dagen medlemskapet sluttet.
field-fee-years-max = Skriv de betalte årene med fire sifre, ingen etter { $max }.
field-same-as-row-row = Samme e-postadresse eller telefonnummer som rad { $row }: personen importeres én gang, fra den raden.
field-similar-to-member-member = Importert, og ligner mye på medlem { $member } (samme fødselsår og postnummer, lignende navn). Sjekk om de er samme person.
field-contact-of-two-members-member-other = E-postadressen tilhører medlem { $member } og telefonnummeret medlem { $other }.
import-verdict-refused = Avvist
import-verdict-duplicate = Dobbeltføring
import-verdict-flagged = Importert, må sjekkes
import-report-row = Rad
import-report-verdict = Utfall
import-report-column = Kolonne
import-report-reason = Årsak
import-summary = { $rows } rader: { $created } importert, { $unchanged } allerede registrert, { $refused } avvist, { $duplicates } dobbeltføringer, { $flagged } må sjekkes.
import-dry-run = Prøvekjøring, ingenting ble endret.
import-ignored = Kolonner som ikke ble lest: { $columns }
import-report-written = Hva som skjedde med radene som ikke bare ble importert: { $path }
import-stage-reading = Leser
import-stage-copying = Kopierer
import-stage-writing = Skriver
problem-import-empty = Filen er tom
    .detail = Filen har ingen overskriftsrad og ingen rader.
problem-import-workbook = Arbeidsboken kan ikke leses
    .detail = Filen ser ut som en Excel-arbeidsbok, men kan ikke åpnes eller har ikke noe ark.
problem-import-csv = CSV-filen kan ikke leses
    .detail = Filen kunne ikke leses som komma- eller semikolonseparerte verdier.
problem-import-column-twice = To kolonner har samme innhold
    .detail = To overskrifter betyr { $columns }. Fjern den ene, eller angi dem i en koblingsfil.
problem-import-columns-missing = Kolonner mangler
    .detail = Hver medlemsliste trenger disse kolonnene: { $columns }.
field-import-empty = Filen har ikke noe innhold.
