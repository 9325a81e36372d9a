# Norsk nynorsk.

problem-bad-request = Ugyldig førespurnad
    .detail = Førespurnaden kunne ikkje forståast.
problem-malformed-json = Ugyldig JSON
    .detail = Innhaldet i førespurnaden er ikkje gyldig JSON.
problem-invalid-body = Ugyldig innhald
    .detail = Innhaldet har ikkje venta form; sjå feltfeila.
problem-invalid-query = Ugyldige søkjeparametrar
    .detail = Ein parameter i adressa har feil type eller verdi.
problem-invalid-path = Ugyldig adresse
    .detail = Ein verdi i adressa (til dømes ein id) er ikkje gyldig.
problem-unsupported-media-type = Formatet er ikkje støtta
    .detail = Send innhaldet som JSON med Content-Type: application/json.
problem-payload-too-large = For stort innhald
    .detail = Innhaldet er større enn denne operasjonen tek imot.
problem-validation-failed = Opplysingane er ikkje gyldige
    .detail = Eitt eller fleire felt bryt ein regel; sjå feltfeila.
problem-unauthenticated = Innlogging krevst
    .detail = Denne operasjonen krev eit gyldig tilgangstoken.
problem-invalid-token = Ugyldig tilgangstoken
    .detail = Tilgangstokenet manglar, er ugyldig, utgått eller ikkje skrive ut for denne tenesta. Logg inn på nytt.
problem-invalid-credentials = Feil e-post eller passord
    .detail = E-postadressa og passordet passar ikkje til nokon konto.
problem-invalid-refresh-token = Økta er avslutta
    .detail = Fornyingstokenet er ikkje gyldig lenger. Logg inn på nytt.
problem-forbidden = Ikkje tillate
    .detail = Rolla di gjev ikkje lov til dette her.
problem-not-found = Ikkje funne
    .detail = Det finst ingenting her, eller du har ikkje tilgang til det.
problem-method-not-allowed = Metoden er ikkje tillaten
    .detail = Denne adressa støttar ikkje den HTTP-metoden.
problem-precondition-failed = Endra av nokon andre
    .detail = Ressursen er endra sidan du las han. Les han på nytt og gjer endringa om att.
problem-precondition-required = Versjon må oppgjevast
    .detail = Send versjonen du las (ETag) i If-Match, så inga endring blir skriven over utan at det blir merka.
problem-too-many-requests = For mange forsøk
    .detail = Vent litt før du prøver igjen; Retry-After-feltet seier kor lenge.
problem-service-unavailable = Mellombels utilgjengeleg
    .detail = Tenesta når ikkje databasen sin akkurat no. Prøv igjen om litt.
problem-internal-error = Noko gjekk gale
    .detail = Ein uventa feil oppstod. Oppgje førespurnads-id-en om du kontaktar brukarstøtte.
problem-concurrent-update = Samtidig endring
    .detail = Ei anna endring kom i vegen. Prøv igjen.
problem-slug-taken = Namnet er i bruk
    .detail = Ein annan organisasjon brukar allereie det korte namnet.
problem-chapter-name-taken = Namnet er i bruk
    .detail = Eit anna lag på same staden i treet har allereie det namnet.
problem-email-taken = E-postadressa er i bruk
    .detail = Det finst allereie ein konto med den e-postadressa.
problem-unknown-county = Ukjent fylke
    .detail = Det finst ikkje noko fylke med det nummeret.
problem-unknown-region = Ukjend region
    .detail = Det finst ingen region med den koden.
problem-unknown-user = Ukjend konto
    .detail = Det finst ingen konto med den id-en.
problem-unknown-chapter = Ukjent lag
    .detail = Det finst ikkje noko slikt lag i denne organisasjonen.
problem-closed-before-founded = Nedlagt før skipa
    .detail = Eit lag kan ikkje leggjast ned før det vart skipa.
problem-valid-to-before-valid-from = Sluttar før det byrjar
    .detail = Sluttdatoen kjem før startdatoen.
problem-open-children = Laget har opne lag under seg
    .detail = Legg ned eller flytt laga under dette først.
problem-parent-closed = Laget over er nedlagt
    .detail = Nye lag kan ikkje plasserast under eit nedlagt lag.
problem-role-not-grantable = Rolla kan ikkje tildelast her
    .detail = Plattformadministratorar vert utnemnde frå kommandolinja.
problem-chapter-not-allowed = Ikkje noko lag for denne rolla
    .detail = Organisasjonsadministratorar har rolla for heile organisasjonen, ikkje for eit lag.
problem-chapter-required = Lag må oppgjevast
    .detail = Denne rolla gjeld i eit lag; oppgje laget.
problem-invalid-invitation = Invitasjonen er ikkje gyldig
    .detail = Invitasjonen finst ikkje, er utgått eller allereie brukt.
problem-account-details-required = Namn og passord må oppgjevast
    .detail = E-postadressa har ingen konto enno; oppgje namn og passord for å opprette ein.
problem-invalid-header = Ugyldig header
    .detail = Eit felt i headeren til førespurnaden har ein verdi tenesta ikkje kan lese.
problem-chapter-placement = Ikkje tillate på denne staden i treet
    .detail = Eit fylkeslag ligg under landsforeininga, eit lokallag under landsforeininga eller eit fylkeslag.
problem-chapter-cycle = Eit lag kan ikkje flyttast under seg sjølv
    .detail = Det nye overordna laget er dette laget eller eit lag under det.

field-invalid = Verdien er ikkje gyldig.
field-length-max-min = Må vere mellom { $min } og { $max } teikn.
field-length-max = Kan vere høgst { $max } teikn.
field-length-min = Må vere minst { $min } teikn.
field-length-equal = Må vere nøyaktig { $equal } teikn.
field-range-max-min = Må vere mellom { $min } og { $max }.
field-range-max = Kan vere høgst { $max }.
field-range-min = Må vere minst { $min }.
field-email = Må vere ei gyldig e-postadresse.
field-required = Må fyllast ut.
field-slug = Bruk 2–63 små bokstavar, siffer og bindestrekar, og byrj med bokstav eller siffer.
field-language = Tenesta har ikkje omsetjingar til dette språket.
field-labels = Kvar nemning treng ein språkkode og 1–100 teikn.
field-unknown-field = Dette feltet vert ikkje teke imot her.
field-missing-field = Dette feltet må vere med.
field-invalid-type = Verdien har feil type.
field-unknown-variant = Verdien er ikkje mellom dei tillatne.
field-invalid-length = Lista har feil tal på element.
field-invalid-value = Verdien er ikkje tillaten.
field-county-code = Eit fylkesnummer har to siffer.
field-region-code = Ein regionkode er 2–16 små bokstavar.
field-youth-band-order = Ungdomsalderen kan ikkje slutte før han byrjar.
field-chapter-placement = Eit fylkeslag må liggje under landsforeininga, eit lokallag under landsforeininga eller eit fylkeslag.
field-chapter-cycle = Eit lag kan ikkje flyttast under seg sjølv eller eit lag under seg.
field-slug-taken = Allereie i bruk.
field-chapter-name-taken = Eit anna lag her har allereie dette namnet.
field-email-taken = Allereie i bruk.
field-unknown-county = Ingen fylke har dette nummeret.
field-unknown-region = Ingen regionar har denne koden.
field-unknown-user = Ingen kontoar har denne id-en.
field-unknown-chapter = Ikkje noko slikt lag i denne organisasjonen.
field-closed-before-founded = Kan ikkje vere før skipingsdatoen.
field-valid-to-before-valid-from = Kan ikkje vere før starten.
field-open-children = Lag under dette er framleis opne.
field-parent-closed = Laget over er nedlagt.
field-role-not-grantable = Denne rolla kan ikkje tildelast her.
field-chapter-not-allowed = Utelat laget for denne rolla.
field-chapter-required = Oppgje laget for denne rolla.
field-invalid-invitation = Invitasjonen er ikkje gyldig.
field-account-details-required = Trengst for å opprette kontoen.
field-nul-character = Teksten kan ikkje innehalde NUL-teiknet.
field-if-match = Send ETag-verdien du fekk, til dømes "3", eller *.

## Medlemmer
problem-contact-required = E-post eller telefon manglar
    .detail = Oppgje e-postadresse, telefonnummer eller begge.
problem-date-in-future = Dato fram i tid
    .detail = Datoen kan ikkje vere seinare enn i dag.
problem-before-current-period = Før gjeldande periode
    .detail = Ei endring kan ikkje gjelde frå før den gjeldande perioden til medlemskapet starta.
problem-birth-year-mismatch = Fødselsår og fødselsdato stemmer ikkje
    .detail = Fødselsåret må vere året i fødselsdatoen.
problem-merge-with-self = Same medlem
    .detail = Eit medlem kan ikkje slåast saman med seg sjølv.
problem-period-order = Perioden sluttar før han startar
    .detail = Slutten av perioden kjem før starten.
problem-catalogue-full = Katalogen er full
    .detail = Ein katalog har plass til 100 oppføringar; pensjoner og bruk ei om att i staden.
problem-follow-up-completed = Oppfølginga er fullført
    .detail = Denne oppfølginga er ferdig; det kan ikkje loggast meir på henne.
problem-status-transition = Statusendringa er ikkje tillaten
    .detail = Eit medlemskap kan ikkje gå frå noverande status til den.
problem-no-change = Ingenting å endre
    .detail = Medlemskapet har alt den statusen, det laget og den typen.
problem-membership-open = Har alt eit ope medlemskap
    .detail = Personen har alt eit ventande eller aktivt medlemskap.
problem-chapter-closed = Laget er nedlagt
    .detail = Medlemmer kan ikkje plasserast i eit nedlagt lag.
problem-member-erased = Medlemmet er sletta
    .detail = Opplysningane om medlemmet er sletta; posten kan ikkje endrast meir.
problem-both-memberships-open = Begge har ope medlemskap
    .detail = Avslutt eitt av dei to medlemskapa før samanslåing.
problem-request-closed = Førespurnaden er avgjord
    .detail = Sekretariatet har alt stadfesta eller avslått denne førespurnaden.
problem-email-registered = E-postadressa er registrert
    .detail = Nokon i organisasjonen er alt registrert med den e-postadressa.
problem-phone-registered = Telefonnummeret er registrert
    .detail = Nokon i organisasjonen er alt registrert med det telefonnummeret.
problem-fee-recorded = Kontingent alt registrert
    .detail = Kontingent for det året er alt registrert på dette medlemskapet.
problem-unknown-membership-type = Ukjend medlemstype
    .detail = Organisasjonen har ingen medlemstype med den koden.
problem-unknown-relation = Ukjend tilknyting
    .detail = Organisasjonen har ingen tilknytingskategori med den koden.
problem-unknown-member = Ukjent medlem
    .detail = Det finst ikkje noko slikt medlem i organisasjonen.
problem-invalid-link = Lenkja er ikkje gyldig
    .detail = Lenkja er ukjend, gått ut eller alt brukt. Be om ei ny.
problem-consent-required = Samtykke krevst
    .detail = For å melde deg inn må du samtykke til teksten som blir vist.
problem-consent-outdated = Samtykketeksten er endra
    .detail = Samtykketeksten er endra sidan skjemaet vart lasta. Last skjemaet på nytt.
problem-place-required = Lag eller postnummer manglar
    .detail = Vel eit lag eller oppgje postnummeret ditt.
problem-idempotency-key-reused = Idempotensnøkkelen er brukt
    .detail = Denne Idempotency-Key er alt brukt til ein annan førespurnad.
problem-invalid-idempotency-key = Ugyldig Idempotency-Key
    .detail = Idempotency-Key må vere 1–200 synlege ASCII-teikn.
field-contact-required = Oppgje e-postadresse eller telefonnummer.
field-date-in-future = Kan ikkje vere seinare enn i dag.
field-before-current-period = Kan ikkje vere før den gjeldande perioden starta.
field-birth-year-mismatch = Må vere året i fødselsdatoen.
field-merge-with-self = Vel eit anna medlem.
field-period-order = Kan ikkje vere før starten av perioden.
field-catalogue-full = Katalogen er full.
field-follow-up-completed = Alt fullført.
field-status-transition = Ikkje tillate frå noverande status.
field-no-change = Er alt slik.
field-membership-open = Har alt eit ope medlemskap.
field-request-closed = Alt avgjord.
field-chapter-closed = Laget er nedlagt.
field-member-erased = Opplysningane om medlemmet er sletta.
field-both-memberships-open = Begge har ope medlemskap.
field-email-registered = Alt registrert.
field-phone-registered = Alt registrert.
field-fee-recorded = Alt registrert for dette året.
field-unknown-membership-type = Ingen slik medlemstype.
field-unknown-relation = Ingen slik tilknytingskategori.
field-unknown-member = Ikkje noko slikt medlem.
field-invalid-link = Lenkja er ikkje gyldig.
field-consent-required = Samtykke trengst for å melde seg inn.
field-consent-outdated = Last skjemaet på nytt.
field-place-required = Vel eit lag eller oppgje postnummer.
field-idempotency-key-reused = Alt brukt til ein annan førespurnad.
field-national-id-number = Fødselsnummer blir aldri lagra. Fjern det.
field-phone = Ikkje eit gyldig telefonnummer: oppgje eit norsk nummer, eller + og landskode.
field-postal-code = Eit postnummer har fire siffer.
field-invisible-character = Inneheld eit usynleg teikn (til dømes eit mellomrom utan breidd), kanskje frå kopiering. Skriv adressa på nytt.
field-lookalike-characters = Blandar bokstavar frå ulike alfabet som liknar kvarandre, eller skriv eit ord i eit anna alfabet slik at det ser ut som latinske bokstavar. Skriv adressa på nytt.

## Innmeldingsskjemaet, samtykke, e-post og sjølvbetening
signup-title = Bli medlem av { $org }
signup-intro = Alle kan bli medlem. Det tek eitt minutt, og du kan melde deg ut når du vil.
signup-field-given-name = Førenamn
signup-field-family-name = Etternamn
signup-field-email = E-post
signup-help-email = Vi sender deg ei lenkje for å stadfeste medlemskapet.
signup-field-phone = Mobiltelefon
signup-help-phone = Oppgje e-postadresse, telefonnummer eller begge.
signup-field-chapter = Lag
signup-help-chapter = Vel laget nærast deg, eller oppgje postnummeret ditt i staden.
signup-field-postal-code = Postnummer
signup-field-birth-year = Fødselsår
signup-help-birth-year = Valfritt. Blir berre brukt til aldersstatistikk.
signup-field-membership-type = Medlemskap
signup-field-consent = Eg samtykkjer
signup-field-website = La dette feltet stå tomt
signup-rule-contact = Oppgje e-postadresse eller telefonnummer.
signup-rule-place = Vel eit lag eller oppgje postnummeret ditt.
signup-submit = Meld meg inn
signup-received = Takk! Har du oppgitt e-postadresse, sjå etter e-posten vår og stadfest med lenkja i han.
signup-confirmed = Velkomen! Medlemskapet ditt er stadfesta.
consent-membership = Eg samtykkjer i at { $org } registrerer namnet mitt, kontaktopplysningane mine og det eg oppgjev her, for å handtere medlemskapet mitt. Berre organisasjonen brukar dei. Eg kan når som helst sjå, laste ned eller slette opplysningane mine.
email-confirm-subject = Stadfest medlemskapet ditt i { $org }
email-confirm-body = Hei { $name },

    takk for at du melde deg inn i { $org }. Stadfest medlemskapet med denne lenkja:

    { $link }

    Lenkja gjeld i { $days } dagar. Har du ikkje meldt deg inn, kan du sjå bort frå denne e-posten; då blir ingenting lagra.
email-welcome-subject = Velkomen til { $org }
email-welcome-body = Hei { $name },

    velkomen som medlem i { $org }! Nokon frå laget ditt tek snart kontakt.
email-self-service-export-subject = Opplysningane dine i { $org }
email-self-service-export-body = Hei,

    du har bede om å sjå opplysningane { $org } har om deg. Opne denne lenkja for å få dei:

    { $link }

    Lenkja kan brukast éin gong, innan { $minutes } minutt. Har du ikkje bede om dette, kan du sjå bort frå e-posten.
email-self-service-erase-subject = Slett opplysningane dine i { $org }
email-self-service-erase-body = Hei,

    du har bede om å få sletta opplysningane dine i { $org }. Opne denne lenkja for å stadfeste; medlemskapet ditt blir då avslutta:

    { $link }

    Lenkja kan brukast éin gong, innan { $minutes } minutt. Har du ikkje bede om dette, kan du sjå bort frå e-posten.
self-service-requested = Er adressa registrert, er ei lenkje på veg på e-post.
self-service-erased = Opplysningane dine er sletta, og medlemskapet ditt er avslutta.
email-qualification-lapsing-subject = Kvalifiseringa di ({ $course }) går snart ut
email-qualification-lapsing-body = Hei { $name },

    kvalifiseringa di frå { $course } i { $org } går ut { $date }. Ta eit oppfølgingskurs før det for framleis å vere aktiv som frivillig; laget ditt kan fortelje når neste kurs er.
problem-unknown-role = Ukjend frivilligrolle
    .detail = Organisasjonen har inga frivilligrolle med den koden.
field-unknown-role = Inga slik frivilligrolle.
problem-unknown-course-type = Ukjend kurstype
    .detail = Organisasjonen har ingen gjeldande kurstype med den koden.
field-unknown-course-type = Ingen slik kurstype.
problem-before-course = Før kurset
    .detail = Eit fullført kurs kan ikkje vere før dagen kurset vart halde.
field-before-course = Kan ikkje vere før kurset vart halde.
problem-completion-recorded = Alt registrert
    .detail = At denne personen har fullført kurset, er alt registrert.
field-completion-recorded = Alt registrert for dette kurset.
problem-unknown-group-kind = Ukjend gruppetype
    .detail = Organisasjonen har ingen gruppetype med den koden.
field-unknown-group-kind = Ingen slik gruppetype.
problem-unknown-activity-kind = Ukjend aktivitetstype
    .detail = Organisasjonen har ingen aktivitetstype med den koden.
field-unknown-activity-kind = Ingen slik aktivitetstype.
problem-unknown-volunteer = Ikkje frivillig her
    .detail = Alle som er nemnde, må ha ei frivilligrolle i laget den dagen aktiviteten var.
field-unknown-volunteer = Ikkje frivillig i dette laget den dagen.
problem-before-group = Før gruppa
    .detail = Eit møte kan ikkje vere før gruppa starta.
field-before-group = Kan ikkje vere før gruppa starta.
problem-too-few-chapters = For få lag
    .detail = Eit prosjekt treng to eller fleire ulike lag.
field-too-few-chapters = Oppgje to eller fleire ulike lag.
email-invitation-subject = Du er invitert til { $org }
email-invitation-body = Hei,

    { $inviter } har invitert deg til { $org } som { $role ->
        [org_admin] organisasjonsadministrator
        [chapter_leader] lagsleiar
        [volunteer] frivillig
       *[member] medlem
    }. Godta med denne lenkja:

    { $link }

    Har du alt ein konto med denne e-postadressa, loggar du inn først. Lenkja kan brukast éin gong, innan ei veke. Ventar du ikkje dette, kan du sjå bort frå e-posten.
problem-own-grant = Du kan ikkje gje deg sjølv ei rolle
    .detail = Roller blir delte ut av nokon andre; ingen opprettar, forlengjer eller fornyar si eiga.
problem-grant-outlives-granter = Varer lenger enn di eiga rolle
    .detail = Ei rolle du deler ut, kan ikkje vare lenger enn rolla som lèt deg dele henne ut.
problem-sign-in-required = Logg inn for å godta
    .detail = Denne e-postadressa har ein konto: logg inn med han, og godta invitasjonen på nytt.
field-own-grant = Kan ikkje vere deg sjølv.
field-grant-outlives-granter = Kan ikkje vere etter at di eiga rolle sluttar.
problem-threshold-with-grows = Ingen terskel med «vekst»
    .detail = Eit mål om vekst vert samanlikna med året før; utelat terskelen.
field-threshold-with-grows = Utelat ved «vekst».
problem-threshold-required = Terskel manglar
    .detail = Oppgje talet målet vert samanlikna med.
field-threshold-required = Oppgje ein terskel.
problem-share-over-100 = Del over 100 %
    .detail = Ein del vert oppgitt i prosent, frå 0 til 100.
field-share-over-100 = Kan vere høgst 100 (prosent).
problem-no-parameter = Måltalet tek ingen parameter
    .detail = Dette måltalet tel utan kode; utelat parameteren.
field-no-parameter = Utelat for dette måltalet.
problem-parameter-required = Parameter manglar
    .detail = Dette måltalet tel éin kode (ei rolle, ei tilknyting eller eit språk); oppgje han.
field-parameter-required = Oppgje koden måltalet tel.
problem-unknown-parameter = Ukjend parameter
    .detail = Organisasjonen har ingen gjeldande kode som denne for dette måltalet.
field-unknown-parameter = Ingen slik kode for dette måltalet.
problem-metric-needs-period = Måltalet treng ein periode
    .detail = Dette måltalet vert summert over ein periode: oppgje ein frist eller ein periode som vert gjenteken.
field-metric-needs-period = Oppgje ein frist eller ein periode som vert gjenteken.
problem-window-needs-year = Dagar krev ein årleg periode
    .detail = Dagar i året (som 10. september) kan berre brukast med ein årleg periode.
field-window-needs-year = Berre med ein årleg periode.
field-day-window = Oppgje dagar som MM-DD, den siste ikkje før den første.
field-target-code = 1–16 store bokstavar, siffer, og . _ - etter det første teiknet.
field-descriptions = Kvar tekst treng ein språkkode og 1–2000 teikn.
problem-target-code-taken = Koden er i bruk
    .detail = Eit anna mål i organisasjonen har denne koden.
field-target-code-taken = Brukt av eit anna mål.
problem-too-many-targets = For mange mål
    .detail = Ein organisasjon kan ha høgst 200 gjeldande mål. Avslutt eitt for å gje plass.
field-too-many-targets = Organisasjonen har 200 gjeldande mål.
target-summary = { $met } av { $total } { $units ->
        [county] fylkeslag
        [local] lokallag
        [national] landsforeiningar
        [regions] regionar
       *[other] einingar
    }
problem-too-many-points = For mange steg
    .detail = Ei tidsrekkje har høgst 240 steg: kort ned perioden eller ta lengre steg.
field-too-many-points = Høgst 240 steg: kort ned perioden eller ta lengre steg.
problem-first-year-required = Første år manglar
    .detail = Eit mål med nokre års mellomrom tel frå eit første år; oppgje det.
field-first-year-required = Oppgje det første året.
field-date-range = Må vere ein dag i åra { $min } til og med { $max }.
target-status = { $status ->
        [met] nådd
        [on_track] i rute
        [at_risk] i fare
        [missed] ikkje nådd
       *[not_due] ikkje aktuelt enno
    }
target-alert-falls-on = Kjende bortfall tek talet under terskelen { $day }.
target-digest-line = - { $target }, { $unit }: { $status ->
        [at_risk] i fare
       *[missed] ikkje nådd
    } ({ $value } mot { $threshold })
email-target-alert-subject = { $target }: { $unit } er { $status ->
        [at_risk] i fare
       *[missed] ikkje nådd
    }
email-target-alert-body = Hei,

    målet «{ $target }» i { $org } er no { $status ->
        [at_risk] i fare
       *[missed] ikkje nådd
    } for { $unit }: talet er { $value }, mot { $threshold }. { $falls }

    Oversikta til laget viser tala og personane eller gruppene bak dei.
email-target-digest-subject = { $org }: { $count } mål har fått det verre
email-target-digest-body = Hei,

    sidan førre kontroll er desse måla i { $org } komne i fare eller ikkje nådde:

    { $lines }

    Oversikta til organisasjonen viser alle mål.
report-title = Statusrapport
report-as-of = Per
report-since = Samanlikna med
report-previous = Førre
report-trend = Utvikling siste år, med terskelen stipla
report-bars = Talet til kvar eining, med terskelen stipla; skraverte søyler når han ikkje
report-unit = Eining
report-value = Verdi
report-threshold = Terskel
report-status = Status
report-change = Endring

## Nettsider
page-language = Språk
page-change-language = Vis på dette språket
page-skip-to-content = Hopp til innhaldet
page-required = obligatorisk
page-choose = Vel
page-error-summary = Noko må rettast
page-error-intro = Rett det som er merkt, og send skjemaet på nytt.
page-consent-version = Versjon av denne teksten: { $version }
page-thanks-title = Takk
page-my-data-link = Sjå, last ned eller slett opplysningane vi har om deg
page-noscript-link = Dette steget krev at JavaScript er slått på: den hemmelege delen av lenkja di blir verande i nettlesaren din og blir aldri send som ein del av ei nettadresse.
page-link-missing = Denne sida blir opna frå lenkja i e-posten din. Opne lenkja på nytt, eller be om ei ny.
page-confirm-title = Stadfest medlemskapet ditt
page-confirm-intro = Trykk på knappen for å stadfeste medlemskapet ditt.
page-confirm-button = Stadfest medlemskapet mitt
page-my-data-title = Opplysningane dine
page-my-data-intro = Vi sender ei eingongslenkje til e-postadressa di. Med lenkja kan du sjå og laste ned alt vi har om deg, eller slette det.
page-my-data-purpose = Kva vil du gjere?
page-my-data-export = Sjå og last ned opplysningane mine
page-my-data-erase = Slett opplysningane mine og avslutt medlemskapet
page-my-data-send = Send meg ei lenkje
page-export-title = Sjå opplysningane dine
page-export-intro = Trykk på knappen for å sjå opplysningane dine. Lenkja verkar berre éin gong, så last dei ned medan sida er open.
page-export-button = Vis opplysningane mine
page-export-download = Last ned som fil (JSON)
page-export-raw = Alt, slik det står i fila
page-erase-title = Slett opplysningane dine
page-erase-warning = Dette slettar namnet ditt, kontaktopplysningane dine og historikken din i organisasjonen, og avsluttar medlemskapet ditt. Det kan ikkje angrast.
page-erase-understood = Eg forstår at dette ikkje kan angrast
page-erase-button = Slett opplysningane mine
page-back = Tilbake til innmeldingsskjemaet
page-export-details = Opplysningar om deg
page-export-memberships = Medlemskap
page-export-member-since = Medlem sidan { $day }
page-optional = valfritt
problem-erase-not-confirmed = Slettinga er ikkje stadfesta
    .detail = Sletting kan ikkje angrast, så boksen må kryssast av først.
field-erase-not-confirmed = Kryss av i boksen for å stadfeste at opplysningane dine skal slettast.
problem-concurrent-signup = Meld inn i same augneblinken
    .detail = Den same personen vart meld inn i same augneblinken; prøv igjen.
field-colour = Oppgi ein farge som #rrggbb, til dømes #1d4f91.
field-colour-contrast = For lys til kvit tekst: kontrasten er { $contrast }:1, og minst 4,5:1 trengst.
field-origin = Oppgi eit opphav som https://www.example.org, utan noko etter namnet.
problem-own-link = Du kan ikkje kople din eigen konto
    .detail = Ein annan leiar eller ein administrator koplar ein person til kontoen din.
field-own-link = Kan ikkje vere din eigen konto.
problem-person-already-linked = Allereie kopla til ein annan konto
    .detail = Denne personen er kopla til ein annan konto; fjern den koplinga først.
field-person-already-linked = Denne personen er kopla til ein annan konto.
problem-account-already-linked = Kontoen er kopla til ein annan person
    .detail = Denne kontoen er kopla til ein annan person i organisasjonen; fjern den koplinga først.
field-account-already-linked = Denne kontoen er kopla til ein annan person her.
problem-not-a-candidate = Ikkje mellom forslaga
    .detail = Tildel førespurnaden til ein av likepersonane han føreslår: aktiv, kvalifisert, frå laget eller regionen, og ikkje spurd før.
field-not-a-candidate = Ikkje eitt av forslaga for denne førespurnaden.
problem-assignment-answered = Allereie svart
    .detail = Denne tildelinga er allereie godteken, avslått eller avslutta.
field-assignment-answered = Denne tildelinga er allereie svart.
problem-assignment-not-accepted = Ikkje ei godteken tildeling
    .detail = Samtalar vert førte, og førespurnaden avslutta, av likepersonen som godtok han, så lenge han er deira.
field-assignment-not-accepted = Godta førespurnaden først; han må framleis vere din.
consent-peer-conversation = Eg samtykkjer i at { $org } registrerer det eg skriv her og kontaktopplysningane mine, for å finne ein likeperson til meg og ta kontakt. Berre dei som ordnar samtalen ser kontaktopplysningane mine, og dei vert sletta etter at førespurnaden er avslutta.
peer-form-title = Snakk med nokon som har vore der
peer-form-intro = Ein likeperson frå { $org } har sjølv opplevd noko av det du står i. Fortel oss litt, så tek ein av dei kontakt.
peer-form-submit = Be om ein samtale
peer-form-received = Takk. Ein likeperson tek snart kontakt med deg.
peer-age-under-18 = Under 18
peer-age-18-29 = 18–29
peer-age-30-49 = 30–49
peer-age-50-66 = 50–66
peer-age-67-plus = 67 eller eldre
peer-channel-phone = På telefon
peer-channel-video = På video
peer-channel-meeting = Møte andlet til andlet
peer-prefer-woman = Ei kvinne
peer-prefer-man = Ein mann
email-peer-assignment-subject = Ein førespurnad om likepersonssamtale i { $org }
email-peer-assignment-body = Hei { $name },

    du er spurd om å ta ein førespurnad om likepersonssamtale i { $org }. Logg inn for å sjå han, og godta eller avslå. Om du godtek, ta første kontakt innan { $hours } timar.
email-peer-declined-subject = Ein førespurnad om likepersonssamtale vart avslått i { $org }
email-peer-declined-body = Hei,

    likepersonen du tildelte førespurnad { $request } har avslått han. Han ventar på at du tildeler han på nytt; logg inn for å sjå dei neste forslaga.
problem-conversation-closed = Førespurnaden er avslutta
    .detail = Ein avslutta samtaleførespurnad kan ikkje tildelast eller avsluttast på nytt.
field-conversation-closed = Denne førespurnaden er avslutta.
email-peer-contact-reminder-subject = Påminning: første kontakt for ein likepersonssamtale i { $org }
email-peer-contact-reminder-body = Hei { $name },

    ein førespurnad om likepersonssamtale som du har fått i { $org }, har enno ingen første kontakt. Ta kontakt innan { $due }, og før samtalen på kontoen din. Kan du ikkje ta han, så avslå han slik at nokon andre kan.
email-peer-contact-overdue-subject = Ingen første kontakt enno for ein likepersonssamtale i { $org }
email-peer-contact-overdue-body = Hei { $name },

    førespurnaden { $request } som du tildelte, skulle hatt første kontakt innan { $due }, og ingen er ført. Logg inn for å følgje han opp eller tildele han til ein annan.
peer-field-chapter = Kvar du bur
peer-field-relation = Kva det gjeld
peer-field-age-group = Alderen din
peer-field-channel = Korleis du vil snakke
peer-field-gender-preference = Eg vil helst snakke med
peer-field-name = Kva vi kan kalle deg
peer-field-email = E-post
peer-field-phone = Mobiltelefon
peer-field-consent = Eg samtykkjer
peer-field-website = La dette feltet stå tomt
peer-help-gender-preference = Valfritt.
peer-help-name = Valfritt. Eit førenamn er nok.
problem-assignment-open = Ein samtaleførespurnad er under arbeid
    .detail = Personen har ein samtaleførespurnad dei har godteke; koplinga til kontoen vert endra først når han er avslutta eller tildelt ein annan.
field-assignment-open = Personen har ein samtaleførespurnad dei har godteke.
problem-held-before-assignment = Før førespurnaden vart tildelt
    .detail = Ein samtale for ein førespurnad vert halden same dag som han vart tildelt eller seinare.
field-held-before-assignment = Kan ikkje vere før dagen førespurnaden vart tildelt.
email-account-linked-subject = Registreringa di i { $org } er kopla til ein innloggingskonto
email-account-linked-body = Hei,

    registreringa di i { $org } er kopla til innloggingskontoen { $account }, slik at ho viser dine frivilligroller, kurs og oppdrag. Om du ikkje har bede om dette, sei frå til { $org }.
problem-welcome-kind-exists = Organisasjonen har ei velkomstoppfølging
    .detail = Éin type oppfølging er velkomsten; endra han, eller vel ein annan start for denne.
field-welcome-kind-exists = Ein annan type er velkomstoppfølginga.
field-date = Ikkje ein dato. Skriv han som 31.12.2024 eller 2024-12-31.
field-chapter-name-ambiguous = Fleire lag har dette namnet. Bruk id-en til laget.
field-unknown-status = Ikkje ein medlemsstatus. Bruk aktiv, bortfalt, utmeld eller død.
field-ended-while-active = Eit aktivt medlemskap har ingen sluttdato.
field-end-required = Oppgje dagen medlemskapet slutta.
field-fee-years-max = Skriv dei betalte åra med fire siffer, ingen etter { $max }.
field-same-as-row-row = Same e-postadresse eller telefonnummer som rad { $row }: personen blir importert éin gong, frå den rada.
field-similar-to-member-member = Importert, og liknar mykje på medlem { $member } (same fødselsår og postnummer, liknande namn). Sjekk om dei er same person.
field-contact-of-two-members-member-other = E-postadressa høyrer til medlem { $member } og telefonnummeret til medlem { $other }.
import-verdict-refused = Avvist
import-verdict-duplicate = Dobbeltføring
import-verdict-flagged = Importert, må sjekkast
import-report-row = Rad
import-report-verdict = Utfall
import-report-column = Kolonne
import-report-reason = Årsak
import-summary = { $rows } rader: { $created } importert, { $unchanged } alt registrert, { $refused } avvist, { $duplicates } dobbeltføringar, { $flagged } må sjekkast.
import-dry-run = Prøvekøyring, ingenting vart endra.
import-ignored = Kolonnar som ikkje vart lesne: { $columns }
import-report-written = Kva som skjedde med radene som ikkje berre vart importerte: { $path }
import-stage-reading = Les
import-stage-copying = Kopierer
import-stage-writing = Skriv
problem-import-empty = Fila er tom
    .detail = Fila har inga overskriftsrad og ingen rader.
problem-import-workbook = Arbeidsboka kan ikkje lesast
    .detail = Fila ser ut som ei Excel-arbeidsbok, men kan ikkje opnast eller har ikkje noko ark.
problem-import-csv = CSV-fila kan ikkje lesast
    .detail = Fila kunne ikkje lesast som komma- eller semikolonseparerte verdiar.
problem-import-column-twice = To kolonnar har same innhald
    .detail = To overskrifter tyder { $columns }. Fjern den eine, eller oppgje dei i ei koplingsfil.
problem-import-columns-missing = Kolonnar manglar
    .detail = Kvar medlemsliste treng desse kolonnane: { $columns }.
field-import-empty = Fila har ikkje noko innhald.
