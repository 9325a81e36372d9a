# Davvisámegiella — dán fiillas leat buot bálvalusa dieđáhusat.
# Vuordá eatnigielagiid dárkkisteami.

problem-bad-request = Gustohis jearaldat
    .detail = Jearaldaga ii sáhttán ipmirdit.
problem-malformed-json = Gustohis JSON
    .detail = Jearaldaga sisdoallu ii leat gustovaš JSON.
problem-invalid-body = Gustohis sisdoallu
    .detail = Sisdoalus ii leat vurdojuvvon hápmi; geahča gieddemeattáhusaid.
problem-invalid-query = Gustohis ohcanparamehterat
    .detail = Muhtun čujuhusa paramehteris lea boasttu šládja dahje árvu.
problem-invalid-path = Gustohis čujuhus
    .detail = Muhtun árvu čujuhusas (omd. id) ii leat gustovaš.
problem-unsupported-media-type = Formáhtta ii dorjojuvvo
    .detail = Sádde sisdoalu JSON-hápmin ja Content-Type: application/json.
problem-payload-too-large = Menddo stuorra sisdoallu
    .detail = Sisdoallu lea stuorit go maid dát doaibma dohkkeha.
problem-validation-failed = Dieđut eai leat gustovaččat
    .detail = Okta dahje eanet gieddit rihkkot njuolggadusa; geahča gieddemeattáhusaid.
problem-unauthenticated = Fertet čálihit sisa
    .detail = Dát doaibma gáibida gustovaš beassantokena.
problem-invalid-token = Gustohis beassantoken
    .detail = Beassantoken váilu, lea gustohis, lea nohkan dahje ii leat addojuvvon dán bálvalussii. Čálit sisa ođđasit.
problem-invalid-credentials = Boasttu e-poasta dahje beassansátni
    .detail = E-poastačujuhus ja beassansátni eaba heive makkárge kontui.
problem-invalid-refresh-token = Sisačálihus lea nohkan
    .detail = Ođasmahttintoken ii leat šat gustovaš. Čálit sisa ođđasit.
problem-forbidden = Ii leat lobálaš
    .detail = Du rolla ii atte lobi dasa dás.
problem-not-found = Ii gávdnon
    .detail = Dás ii leat mihkkege, dahje dus ii leat beassan dasa.
problem-method-not-allowed = Vuohki ii leat lobálaš
    .detail = Dát čujuhus ii doarjju dan HTTP-vuogi.
problem-precondition-failed = Earát leat rievdadan
    .detail = Resursa lea rievdaduvvon dan rájes go don logat dan. Loga dan ođđasit ja daga rievdadusa ođđasit.
problem-precondition-required = Veršuvdna ferte addojuvvot
    .detail = Sádde veršuvnna maid logat (ETag) If-Match-gieddis, vai ii oktage rievdadus čállojuvvo badjel fuomáškeahttá.
problem-too-many-requests = Menddo ollu geahččalusat
    .detail = Vuordde veaháš ovdal go fas geahččalat; Retry-After-gieddi muitala man guhká.
problem-service-unavailable = Gaskaboddosaččat ii olámuttus
    .detail = Bálvalus ii olat iežas diehtovuođu dál. Geahččal ođđasit veaháš maŋŋil.
problem-internal-error = Juoga manai boasttu
    .detail = Vuordemeahttun meattáhus dáhpáhuvai. Muital jearaldaga id:a jus váldát oktavuođa doarjagiin.
problem-concurrent-update = Ovttaáigásaš rievdadus
    .detail = Eará rievdadus bođii gaskii. Geahččal ođđasit.
problem-slug-taken = Namma lea geavahusas
    .detail = Eará organisašuvdna juo geavaha dan oanehis nama.
problem-chapter-name-taken = Namma lea geavahusas
    .detail = Eará searvvis seamma sajis muoras lea juo dat namma.
problem-email-taken = E-poastačujuhus lea geavahusas
    .detail = Dan e-poastačujuhusain lea juo kontu.
problem-unknown-county = Dovdameahttun fylka
    .detail = Ii gávdno fylka mas lea dat nummar.
problem-unknown-region = Dovdameahttun regiovdna
    .detail = Ii gávdno regiovdna mas lea dat koda.
problem-unknown-user = Dovdameahttun kontu
    .detail = Ii gávdno kontu mas lea dat id.
problem-unknown-chapter = Dovdameahttun searvi
    .detail = Dakkár searvi ii gávdno dán organisašuvnnas.
problem-closed-before-founded = Heaittihuvvon ovdal go vuođđuduvvui
    .detail = Searvi ii sáhte heaittihuvvot ovdal go lea vuođđuduvvon.
problem-valid-to-before-valid-from = Nohká ovdal go álgá
    .detail = Loahppabeaivi boahtá ovdal álgobeaivvi.
problem-open-children = Searvvi vuolde leat rabas searvvit
    .detail = Heaittit dahje sirdde vuos dán searvvi vuolde leahkki searvvid.
problem-parent-closed = Bajit searvi lea heaittihuvvon
    .detail = Ođđa searvvit eai sáhte biddjot heaittihuvvon searvvi vuollái.
problem-role-not-grantable = Rolla ii sáhte addojuvvot dás
    .detail = Plattformahálddašeaddjit nammaduvvojit gohččunlinnjá bokte.
problem-chapter-not-allowed = Ii searvi dán rollii
    .detail = Organisašuvdnahálddašeaddjiin lea rolla olles organisašuvnnas, ii ovtta searvvis.
problem-chapter-required = Searvi ferte addojuvvot
    .detail = Dát rolla gusto muhtun searvvis; čále searvvi.
problem-invalid-invitation = Bovdehus ii leat gustovaš
    .detail = Bovdehus ii gávdno, lea nohkan dahje juo geavahuvvon.
problem-account-details-required = Namma ja beassansátni fertejit addojuvvot
    .detail = Dán e-poastačujuhusas ii leat vel kontu; čále nama ja beassansáni vai kontu ráhkaduvvo.
problem-invalid-header = Gustohis header
    .detail = Jearaldaga muhtun header-gieddis lea árvu maid bálvalus ii sáhte lohkat.
problem-chapter-placement = Ii lobálaš dán sajis muoras
    .detail = Fylkkasearvi lea riikkasearvvi vuolde, báikesearvi riikkasearvvi dahje fylkkasearvvi vuolde.
problem-chapter-cycle = Searvi ii sáhte sirdojuvvot iežas vuollái
    .detail = Ođđa bajit searvi lea dát searvi dahje muhtun searvi dan vuolde.

field-invalid = Árvu ii leat gustovaš.
field-length-max-min = Mearkkaid lohku galgá leat gaskal { $min } ja { $max }.
field-length-max = Mearkkaid lohku sáhttá leat eanemusat { $max }.
field-length-min = Mearkkaid lohku galgá leat unnimusat { $min }.
field-length-equal = Mearkkaid lohku galgá leat juste { $equal }.
field-range-max-min = Galgá leat gaskal { $min } ja { $max }.
field-range-max = Sáhttá leat eanemusat { $max }.
field-range-min = Galgá leat unnimusat { $min }.
field-email = Galgá leat gustovaš e-poastačujuhus.
field-required = Ferte deavdit.
field-slug = Geavat 2–63 smávva bustávaid, loguid ja sárgáid (-), ja álggat bustávain dahje loguin.
field-language = Bálvalusas eai leat jorgalusat dán giellii.
field-labels = Juohke namahus dárbbaša giellakoda ja 1–100 mearkka.
field-unknown-field = Dát gieddi ii dohkkehuvvo dás.
field-missing-field = Dát gieddi ferte leat mielde.
field-invalid-type = Árvvus lea boasttu šládja.
field-unknown-variant = Árvu ii leat lobálaš árvvuid searvvis.
field-invalid-length = Listtus lea boasttu lohku elemeanttain.
field-invalid-value = Árvu ii leat lobálaš.
field-county-code = Fylkanummaris leat guokte logu.
field-region-code = Regiovdnakoda lea 2–16 smávva bustáva.
field-youth-band-order = Nuoraidahki ii sáhte nohkat ovdal go álgá.
field-chapter-placement = Fylkkasearvi ferte leat riikkasearvvi vuolde, báikesearvi riikkasearvvi dahje fylkkasearvvi vuolde.
field-chapter-cycle = Searvi ii sáhte sirdojuvvot iežas vuollái iige searvvi vuollái mii lea dan vuolde.
field-slug-taken = Juo geavahusas.
field-chapter-name-taken = Eará searvvis dás lea juo dát namma.
field-email-taken = Juo geavahusas.
field-unknown-county = Ii makkárge fylkkas leat dát nummar.
field-unknown-region = Ii makkárge regiovnnas leat dát koda.
field-unknown-user = Ii makkárge kontus leat dát id.
field-unknown-chapter = Dakkár searvi ii gávdno dán organisašuvnnas.
field-closed-before-founded = Ii sáhte leat ovdal vuođđudanbeaivvi.
field-valid-to-before-valid-from = Ii sáhte leat ovdal álggu.
field-open-children = Searvvit dán vuolde leat ain rabas.
field-parent-closed = Bajit searvi lea heaittihuvvon.
field-role-not-grantable = Dát rolla ii sáhte addojuvvot dás.
field-chapter-not-allowed = Guođe searvvi eret dán rollas.
field-chapter-required = Čále searvvi dán rollii.
field-invalid-invitation = Bovdehus ii leat gustovaš.
field-account-details-required = Dárbbašuvvo kontu ráhkadeapmái.
field-nul-character = Teavsttas ii sáhte leat NUL-mearka.
field-if-match = Sádde ETag-árvvu maid oaččut, omd. "3", dahje *.

## Lahtut
problem-contact-required = E-poasta dahje telefovdna váilu
    .detail = Čále e-poastačujuhusa, telefonnummara dahje goappašagaid.
problem-date-in-future = Beaivi boahtteáiggis
    .detail = Beaivi ii sáhte leat maŋŋel odne.
problem-before-current-period = Ovdal dálá áigodaga
    .detail = Rievdadus ii sáhte gustot ovdal go lahttovuođa dálá áigodat álggii.
problem-birth-year-mismatch = Riegádanjahki ja riegádanbeaivi eaba heive oktii
    .detail = Riegádanjahki ferte leat riegádanbeaivvi jahki.
problem-merge-with-self = Seamma lahttu
    .detail = Lahttu ii sáhte ovttastuvvot iežainis.
problem-period-order = Áigodat nohká ovdal go álgá
    .detail = Áigodaga loahppa boahtá ovdal álggu.
problem-catalogue-full = Katalogá lea dievva
    .detail = Katalogas sáhttet leat eanemusat 100 merkoša; heaittit ovtta ja geavat dan ođđasit.
problem-follow-up-completed = Čuovvoleapmi lea juo gárvvis
    .detail = Dát čuovvoleapmi lea gárvvis; dasa ii sáhte šat čálihit eanet.
problem-status-transition = Stáhtusrievdadus ii leat lobálaš
    .detail = Lahttovuohta ii sáhte mannat dálá stáhtusis dan stáhtussii.
problem-no-change = Ii mihkkege rievdadit
    .detail = Lahttovuođas lea juo dat stáhtus, dat searvi ja dat šládja.
problem-membership-open = Lahttovuohta lea juo rabas
    .detail = Olbmos lea juo vuordi dahje aktiivvalaš lahttovuohta.
problem-chapter-closed = Searvi lea heaittihuvvon
    .detail = Lahtuid ii sáhte bidjat heaittihuvvon searvái.
problem-member-erased = Lahttu lea sihkkojuvvon
    .detail = Lahtu dieđut leat sihkkojuvvon; dieđuid ii sáhte šat rievdadit.
problem-both-memberships-open = Goappašagain lea rabas lahttovuohta
    .detail = Loahpat nuppi lahttovuođa ovdal go ovttastahtát.
problem-request-closed = Jearaldat lea juo mearriduvvon
    .detail = Čállingoddi lea juo duođaštan dahje hilgon dán jearaldaga.
problem-email-registered = E-poastačujuhus lea registrerejuvvon
    .detail = Muhtun dán organisašuvnnas lea juo registrerejuvvon dan e-poastačujuhusain.
problem-phone-registered = Telefonnummar lea registrerejuvvon
    .detail = Muhtun dán organisašuvnnas lea juo registrerejuvvon dan telefonnummariin.
problem-fee-recorded = Lahttomáksu lea juo registrerejuvvon
    .detail = Dan jagi lahttomáksu lea juo registrerejuvvon dán lahttovuhtii.
problem-unknown-membership-type = Dovdameahttun lahttošládja
    .detail = Organisašuvnnas ii leat lahttošládja dainna kodain.
problem-unknown-relation = Dovdameahttun gullevašvuohta
    .detail = Organisašuvnnas ii leat gullevašvuođakategoriija dainna kodain.
problem-unknown-member = Dovdameahttun lahttu
    .detail = Dakkár lahttu ii gávdno dán organisašuvnnas.
problem-invalid-link = Liŋka ii leat gustovaš
    .detail = Liŋka lea dovdameahttun, nohkan dahje juo geavahuvvon. Bivdde ođđa liŋkka.
problem-consent-required = Miehtan dárbbašuvvo
    .detail = Vai sáhtát čálihit lahttun, fertet mieđihit teakstii mii čájehuvvo.
problem-consent-outdated = Miehtanteaksta lea rievdaduvvon
    .detail = Miehtanteaksta lea rievdaduvvon dan rájes go skovvi rahpasii. Raba skovi ođđasit.
problem-place-required = Searvi dahje poastanummar váilu
    .detail = Vállje searvvi dahje čále poastanummara.
problem-idempotency-key-reused = Idempotensačoavdda lea juo geavahuvvon
    .detail = Dát Idempotency-Key lea juo geavahuvvon eará jearaldahkii.
problem-invalid-idempotency-key = Gustohis Idempotency-Key
    .detail = Idempotency-Key ferte leat 1–200 oidnosis ASCII-mearkka.
field-contact-required = Čále e-poastačujuhusa dahje telefonnummara.
field-date-in-future = Ii sáhte leat maŋŋel odne.
field-before-current-period = Ii sáhte leat ovdal go dálá áigodat álggii.
field-birth-year-mismatch = Ferte leat riegádanbeaivvi jahki.
field-merge-with-self = Vállje eará lahtu.
field-period-order = Ii sáhte leat ovdal áigodaga álggu.
field-catalogue-full = Katalogá lea dievva.
field-follow-up-completed = Juo gárvvis.
field-status-transition = Ii lobálaš dálá stáhtusis.
field-no-change = Lea juo nu.
field-membership-open = Lea juo rabas lahttovuohta.
field-request-closed = Juo mearriduvvon.
field-chapter-closed = Searvi lea heaittihuvvon.
field-member-erased = Lahtu dieđut leat sihkkojuvvon.
field-both-memberships-open = Goappašagain lea rabas lahttovuohta.
field-email-registered = Juo registrerejuvvon.
field-phone-registered = Juo registrerejuvvon.
field-fee-recorded = Juo registrerejuvvon dán jahkái.
field-unknown-membership-type = Ii dakkár lahttošládja.
field-unknown-relation = Ii dakkár gullevašvuođakategoriija.
field-unknown-member = Ii dakkár lahttu.
field-invalid-link = Liŋka ii leat gustovaš.
field-consent-required = Miehtan dárbbašuvvo vai sáhttá čálihit lahttun.
field-consent-outdated = Raba skovi ođđasit.
field-place-required = Vállje searvvi dahje čále poastanummara.
field-idempotency-key-reused = Juo geavahuvvon eará jearaldahkii.
field-national-id-number = Riegádannummarat eai goassege vurkejuvvo. Sihko dan.
field-phone = Ii leat gustovaš telefonnummar: čále Norgga nummara, dahje + ja riikkakoda.
field-postal-code = Poastanummaris leat njeallje logu.
field-invisible-character = Das lea oaidnemeahttun mearka (omd. gaska mas ii leat govdodat), soaitá máŋgema geažil. Čále čujuhusa ođđasit.
field-lookalike-characters = Seaguha bustávaid iešguđet alfabehtain mat leat oktaláganat, dahje čállá sáni eará alfabehtain nu ahte dat orru leame láhtenbustávat. Čále čujuhusa ođđasit.

## Almmolaš searvanskovvi, miehtan, e-poasttat ja iešbálvalus
signup-title = Šatta { $org } lahttun
signup-intro = Buohkat sáhttet šaddat lahttun. Dat váldá ovtta minuhta, ja sáhtát vuolgit goas ieš háliidat.
signup-field-given-name = Ovdanamma
signup-field-family-name = Goargu
signup-field-email = E-poasta
signup-help-email = Mii sáddet dutnje liŋkka mainna duođaštat lahttovuođa.
signup-field-phone = Mobiilatelefovdna
signup-help-phone = Čále e-poastačujuhusa, telefonnummara dahje goappašagaid.
signup-field-chapter = Searvi
signup-help-chapter = Vállje lagamus searvvi, dahje čále poastanummara.
signup-field-postal-code = Poastanummar
signup-field-birth-year = Riegádanjahki
signup-help-birth-year = Eaktodáhtolaš. Geavahuvvo dušše ahkestatistihkkii.
signup-field-membership-type = Lahttovuohta
signup-field-consent = Mieđihan
signup-field-website = Guođe dán gietti guorusin
signup-rule-contact = Čále e-poastačujuhusa dahje telefonnummara.
signup-rule-place = Vállje searvvi dahje čále poastanummara.
signup-submit = Čálit mu sisa
signup-received = Giitu! Jus čállet e-poastačujuhusa, geahča min e-poastta ja duođaš liŋkkain mii das lea.
signup-confirmed = Bures boahtin! Du lahttovuohta lea duođaštuvvon.
consent-membership = Mieđihan ahte { $org } registrere mu nama, mu oktavuođadieđuid ja dieđuid maid dás addán, vai sáhttá hálddašit mu lahttovuođa. Dušše organisašuvdna geavaha daid. Sáhtán goas beare oaidnit, viežžat dahje sihkkut iežan dieđuid.
email-confirm-subject = Duođaš lahttovuođat { $org } searvvis
email-confirm-body = Buorre beaivi { $name },

    giitu go čálihit { $org } lahttun. Duođaš lahttovuođa dáinna liŋkkain:

    { $link }

    Liŋka doaibmá { $days } beaivvi. Jus it leat čálihan, de sáhtát dán e-poastta badjelgeahččat; dalle ii vurkejuvvo mihkkege.
email-welcome-subject = Bures boahtin { $org } searvái
email-welcome-body = Buorre beaivi { $name },

    bures boahtin { $org } lahttun! Muhtun du searvvis váldá fargga oktavuođa.
email-self-service-export-subject = Du dieđut { $org } searvvis
email-self-service-export-body = Buorre beaivi,

    don leat bivdán oaidnit dieđuid mat { $org } searvvis leat dus. Raba dán liŋkka vai oaččut daid:

    { $link }

    Liŋkka sáhttá geavahit oktii, { $minutes } minuhta siste. Jus it leat bivdán dán, de sáhtát e-poastta badjelgeahččat.
email-self-service-erase-subject = Sihko du dieđuid { $org } searvvis
email-self-service-erase-body = Buorre beaivi,

    don leat bivdán sihkkut du dieđuid { $org } searvvis. Raba dán liŋkka duođaštan dihtii; du lahttovuohta dalle loahpahuvvo:

    { $link }

    Liŋkka sáhttá geavahit oktii, { $minutes } minuhta siste. Jus it leat bivdán dán, de sáhtát e-poastta badjelgeahččat.
self-service-requested = Jus čujuhus lea registrerejuvvon, de liŋka lea boahtime e-poasttain.
self-service-erased = Du dieđut leat sihkkojuvvon, ja du lahttovuohta lea loahpahuvvon.
email-qualification-lapsing-subject = Du gelbbolašvuohta ({ $course }) nohká fargga
email-qualification-lapsing-body = Buorre beaivi { $name },

    du gelbbolašvuohta ({ $course }) { $org } searvvis nohká { $date }. Váldde čuovvolankurssa ovdal dan vai leat ain aktiivvalaš eaktodáhtolažžan; du searvi sáhttá muitalit goas boahtte kursa lea.
problem-unknown-role = Dovdameahttun eaktodáhtolašrolla
    .detail = Organisašuvnnas ii leat eaktodáhtolašrolla dainna kodain.
field-unknown-role = Ii dakkár eaktodáhtolašrolla.
problem-unknown-course-type = Dovdameahttun kursašládja
    .detail = Organisašuvnnas ii leat gustovaš kursašládja dainna kodain.
field-unknown-course-type = Ii dakkár kursašládja.
problem-before-course = Ovdal kurssa
    .detail = Čađahuvvon kursa ii sáhte leat ovdal dan beaivvi go kursa dollojuvvui.
field-before-course = Ii sáhte leat ovdal go kursa dollojuvvui.
problem-completion-recorded = Juo registrerejuvvon
    .detail = Ahte dát olmmoš lea čađahan kurssa, lea juo registrerejuvvon.
field-completion-recorded = Juo registrerejuvvon dán kursii.
problem-unknown-group-kind = Dovdameahttun joavkošládja
    .detail = Organisašuvnnas ii leat joavkošládja dainna kodain.
field-unknown-group-kind = Ii dakkár joavkošládja.
problem-unknown-activity-kind = Dovdameahttun doaibmašládja
    .detail = Organisašuvnnas ii leat doaibmašládja dainna kodain.
field-unknown-activity-kind = Ii dakkár doaibmašládja.
problem-unknown-volunteer = Ii eaktodáhtolaš dás
    .detail = Buohkain geat namuhuvvojit, ferte leat eaktodáhtolašrolla searvvis dan beaivvi go doaibma lei.
field-unknown-volunteer = Ii eaktodáhtolaš dán searvvis dan beaivvi.
problem-before-group = Ovdal joavkku
    .detail = Čoahkkin ii sáhte leat ovdal go joavku álggii.
field-before-group = Ii sáhte leat ovdal go joavku álggii.
problem-too-few-chapters = Menddo unnán searvvit
    .detail = Prošeakta dárbbaša guokte dahje eanet iešguđet searvvi.
field-too-few-chapters = Čále guokte dahje eanet iešguđet searvvi.
email-invitation-subject = Don leat bovdejuvvon { $org } searvái
email-invitation-body = Buorre beaivi,

    { $inviter } lea bovden du { $org } searvái { $role ->
        [org_admin] organisašuvdnahálddahussii
        [chapter_leader] searvejođiheaddjin
        [volunteer] eaktodáhtolažžan
       *[member] lahttun
    }. Dohkket dáinna liŋkkain:

    { $link }

    Jus dus juo lea kontu dáinna e-poastačujuhusain, čálit sisa vuos. Liŋkka sáhttá geavahit oktii, vahku siste. Jus it vuordán dán, de sáhtát dán e-poastta badjelgeahččat.
problem-own-grant = It sáhte addit alccesat rolla
    .detail = Rollaid juohká muhtun eará; ii oktage ráhkat, guhkit dahje ođasmahte iežas rolla.
problem-grant-outlives-granter = Bistá guhkit go du iežat rolla
    .detail = Rolla maid juogát, ii sáhte bistit guhkit go rolla mii addá dutnje lobi juogadit dan.
problem-sign-in-required = Čálit sisa vai sáhtát dohkkehit
    .detail = Dán e-poastačujuhusas lea kontu: čálit sisa dainna, ja dohkket bovdehusa ođđasit.
field-own-grant = Ii sáhte leat don ieš.
field-grant-outlives-granter = Ii sáhte leat maŋŋel go du iežat rolla nohká.
problem-threshold-with-grows = Ii ráji "grows" oktavuođas
    .detail = Ulbmil mii gáibida šaddama, buohtastahttojuvvo jagi ovdal; guođe ráji eret.
field-threshold-with-grows = Guođe eret "grows" oktavuođas.
problem-threshold-required = Rádji váilu
    .detail = Čále logu masa ulbmil buohtastahttojuvvo.
field-threshold-required = Čále ráji.
problem-share-over-100 = Oassi badjel 100 %
    .detail = Oassi addo proseanttain, 0 rájes 100 rádjái.
field-share-over-100 = Sáhttá leat eanemusat 100 (proseantta).
problem-no-parameter = Mihttu ii váldde paramehtera
    .detail = Dát mihttu lohká koda haga; guođe paramehtera eret.
field-no-parameter = Guođe eret dán mihtus.
problem-parameter-required = Paramehter váilu
    .detail = Dát mihttu lohká ovtta koda (rolla, gullevašvuođa dahje giela); čále dan.
field-parameter-required = Čále koda maid mihttu lohká.
problem-unknown-parameter = Dovdameahttun paramehter
    .detail = Organisašuvnnas ii leat dakkár gustovaš koda dán mihttui.
field-unknown-parameter = Ii dakkár koda dán mihttui.
problem-metric-needs-period = Mihttu dárbbaša áigodaga
    .detail = Dát mihttu čoahkkáigeassojuvvo áigodaga badjel: čále áigemeari dahje áigodaga mii geardduhuvvo.
field-metric-needs-period = Čále áigemeari dahje áigodaga mii geardduhuvvo.
problem-window-needs-year = Beaivvit gáibidit jahkásaš áigodaga
    .detail = Jagi beaivvit (nugo 10. čakčamánu) sáhttet geavahuvvot dušše jahkásaš áigodagain.
field-window-needs-year = Dušše jahkásaš áigodagain.
field-day-window = Čále beaivvid MM-DD-hámis, maŋimuš ii ovdal vuosttaža.
field-target-code = 1–16 stuorra bustávat, logut, ja . _ - vuosttaš mearkka maŋŋel.
field-descriptions = Juohke teaksta dárbbaša giellakoda ja 1–2000 mearkka.
problem-target-code-taken = Koda lea geavahusas
    .detail = Eará ulbmilis organisašuvnnas lea dát koda.
field-target-code-taken = Eará ulbmil geavaha dan.
problem-too-many-targets = Menddo ollu ulbmilat
    .detail = Organisašuvnnas sáhttet leat eanemusat 200 gustovaš ulbmila. Loahpat ovtta vai šaddá sadji.
field-too-many-targets = Organisašuvnnas leat 200 gustovaš ulbmila.
target-summary = { $met } buot { $total } { $units ->
        [county] fylkkasearvvis
        [local] báikesearvvis
        [national] riikkasearvvis
        [regions] regiovnnas
       *[other] ovttadagas
    }
problem-too-many-points = Menddo ollu lávkkit
    .detail = Áigeráiddus sáhttet leat eanemusat 240 lávkki: oanide áigodaga dahje válde guhkit lávkkiid.
field-too-many-points = Eanemusat 240 lávkki: oanide áigodaga dahje válde guhkit lávkkiid.
problem-first-year-required = Vuosttaš jahki váilu
    .detail = Ulbmil mii dáhpáhuvvá muhtun jagi gaskkaid, lohká vuosttaš jagi rájes; čále dan.
field-first-year-required = Čále vuosttaš jagi.
field-date-range = Ferte leat beaivi jagiin { $min } rájes { $max } rádjái.
target-status = { $status ->
        [met] juksojuvvon
        [on_track] buori bálgás
        [at_risk] váras
        [missed] ii juksojuvvon
       *[not_due] ii vel áigeguovdil
    }
target-alert-falls-on = Dovdojuvvon heaittihusat njiedjadit logu rádjái vuollái { $day }.
target-digest-line = - { $target }, { $unit }: { $status ->
        [at_risk] váras
       *[missed] ii juksojuvvon
    } ({ $value } ektui { $threshold })
email-target-alert-subject = { $target }: { $unit } { $status ->
        [at_risk] lea váras
       *[missed] ii leat juksojuvvon
    }
email-target-alert-body = Buorre beaivi,

    { $org } ulbmil «{ $target }» { $status ->
        [at_risk] lea dál váras
       *[missed] ii leat dál juksojuvvon
    } { $unit } várás: logu lea { $value }, ektui { $threshold }. { $falls }

    Searvvi bajilgovva čájeha loguid ja olbmuid dahje joavkkuid daid duogábealde.
email-target-digest-subject = { $org }: { $count } ulbmila leat šaddan heajut
email-target-digest-body = Buorre beaivi,

    maŋimuš dárkkisteami rájes dát { $org } ulbmilat leat šaddan várrái dahje eai leat juksojuvvon:

    { $lines }

    Organisašuvnna bajilgovva čájeha buot ulbmiliid.
report-title = Stáhtusraporta
report-as-of = Dilli
report-since = Buohtastahtton
report-previous = Ovddit
report-trend = Ovdáneapmi maŋimuš jagi, rádji čuoggásárgáin
report-bars = Juohke ovttadaga lohku, rádji čuoggásárgáin; sárggastuvvon stoalppat eai juksa dan
report-unit = Ovttadat
report-value = Árvu
report-threshold = Rádji
report-status = Stáhtus
report-change = Rievdadus

## Neahttasiiddut
page-language = Giella
page-change-language = Čájet dán gillii
page-skip-to-content = Mana sisdollui
page-required = bákkolaš
page-choose = Vállje
page-error-summary = Juoga ferte divvot
page-error-intro = Divvo dan mii lea merkejuvvon, ja sádde skovi ođđasit.
page-consent-version = Dán teavstta veršuvdna: { $version }
page-thanks-title = Giitu
page-my-data-link = Oaidnit, viežžat dahje sihkkut dieđuid mat mis leat dus
page-noscript-link = Dát lávki gáibida ahte JavaScript lea doaimmas: du liŋkka čiegus oassi bissu du neahttalohkkis iige goassege sáddejuvvo neahttačujuhusa oassin.
page-link-missing = Dát siidu rahpojuvvo liŋkkas mii lea du e-poasttas. Raba dan liŋkka ođđasit, dahje bivdde ođđa liŋkka.
page-confirm-title = Duođaš lahttovuođat
page-confirm-intro = Deaddil boalu duođaštan dihtii lahttovuođat.
page-confirm-button = Duođaš mu lahttovuođa
page-my-data-title = Du dieđut
page-my-data-intro = Mii sáddet du e-poastačujuhussii liŋkka maid sáhttá geavahit dušše oktii. Dainna sáhtát oaidnit ja viežžat buot dieđuid mat mis leat dus, dahje sihkkut daid.
page-my-data-purpose = Maid háliidat dahkat?
page-my-data-export = Oaidnit ja viežžat iežan dieđuid
page-my-data-erase = Sihkkut iežan dieđuid ja loahpahit lahttovuođa
page-my-data-send = Sádde munnje liŋkka
page-export-title = Geahča du dieđuid
page-export-intro = Deaddil boalu oaidnin dihtii du dieđuid. Liŋka doaibmá dušše oktii, dan dihtii vurke daid dan botta go siidu lea rabas.
page-export-button = Čájet mu dieđuid
page-export-download = Vurke fiilan (JSON)
page-export-raw = Buot, nugo dat lea fiillas
page-erase-title = Sihko du dieđuid
page-erase-warning = Dát sihku du nama, du oktavuođadieđuid ja du historjjá organisašuvnnas, ja loahpaha du lahttovuođa. Dan ii sáhte máhcahit.
page-erase-understood = Ádden ahte dan ii sáhte máhcahit
page-erase-button = Sihko mu dieđuid
page-back = Ruovttoluotta searvanskovvái
page-export-details = Dieđut du birra
page-export-memberships = Lahttovuođat
page-export-member-since = Lahttu { $day } rájes
page-optional = eaktodáhtolaš
problem-erase-not-confirmed = Sihkkun ii leat duođaštuvvon
    .detail = Sihkkuma ii sáhte máhcahit, danne galgá boksa merkejuvvot vuos.
field-erase-not-confirmed = Merke boksa duođaštan dihtii ahte du dieđut galget sihkkojuvvot.
problem-concurrent-signup = Čálihuvvon seamma botta
    .detail = Seamma olmmoš čálihuvvui seamma botta; geahččal ođđasit.
field-colour = Čális ivnni nugo #rrggbb, ovdamearkka dihte #1d4f91.
field-colour-contrast = Beare čuovgat vilges teakstii: kontrasta lea { $contrast }:1, ja unnimusat 4,5:1 dárbbašuvvo.
field-origin = Čális álgoadressa nugo https://www.example.org, ja ale maidege nama maŋŋái.
problem-own-link = It sáhte čatnat iežat kontu
    .detail = Eará jođiheaddji dahje hálddašeaddji čatná olbmo du kontui.
field-own-link = Ii sáhte leat du iežat konto.
problem-person-already-linked = Juo čatnon eará kontui
    .detail = Dát olmmoš lea čatnon eará kontui; sihko dan čatnosa vuos.
field-person-already-linked = Dát olmmoš lea čatnon eará kontui.
problem-account-already-linked = Konto lea čatnon eará olbmui
    .detail = Dát konto lea čatnon eará olbmui organisašuvnnas; sihko dan čatnosa vuos.
field-account-already-linked = Dát konto lea čatnon eará olbmui dáppe.
problem-not-a-candidate = Ii leat evttohusaid gaskkas
    .detail = Juoge jearaldaga ovttasge dain ovttaláganolbmuin maid dat evttoha: aktiivvalaš, gelbbolaš, searvvis dahje regiovnnas, iige jearran ovdal.
field-not-a-candidate = Ii leat okta dán jearaldaga evttohusain.
problem-assignment-answered = Juo vástiduvvon
    .detail = Dát juohkin lea juo dohkkehuvvon, hilgojuvvon dahje loahpahuvvon.
field-assignment-answered = Dát juohkin lea juo vástiduvvon.
problem-assignment-not-accepted = Ii dohkkehuvvon juohkin
    .detail = Ságastallamiid čáliha, ja jearaldaga loahpaha, ovttaláganolmmoš gii dan dohkkehii, nu guhká go dat lea su.
field-assignment-not-accepted = Dohkket jearaldaga vuos; dat ferte ain leat du.
consent-peer-conversation = Mun dohkkehan ahte { $org } registrere dan maid mun čálán dása ja mu oktavuođadieđuid, vai gávdnet munnje ovttaláganolbmo ja váldet oktavuođa. Dušše sii geat lágidit ságastallama oidnet mu oktavuođadieđuid, ja dat sihkkojuvvojit go jearaldat lea loahpahuvvon.
peer-form-title = Ságastala muhtumiin gii lea vásihan seamma
peer-form-intro = Ovttaláganolmmoš { $org } searvvis lea ieš vásihan juoidá dan maid don vásihat. Muital munnje veaháš, de okta sis váldá oktavuođa.
peer-form-submit = Bivdde ságastallama
peer-form-received = Giitu. Ovttaláganolmmoš váldá fargga oktavuođa duinna.
peer-age-under-18 = Vuollel 18
peer-age-18-29 = 18–29
peer-age-30-49 = 30–49
peer-age-50-66 = 50–66
peer-age-67-plus = 67 dahje boarrásat
peer-channel-phone = Telefovnnas
peer-channel-video = Videos
peer-channel-meeting = Deaivvadit
peer-prefer-woman = Nisu
peer-prefer-man = Olmmái
email-peer-assignment-subject = Jearaldat ovttaláganságastallamis { $org } searvvis
email-peer-assignment-body = Bures { $name },

    don leat jearahuvvon váldit jearaldaga ovttaláganságastallamis { $org } searvvis. Čálit sisa oaidnin dihte dan, ja dohkket dahje hilgo. Jus dohkkehat, váldde vuosttaš oktavuođa { $hours } diimmu siste.
email-peer-declined-subject = Jearaldat ovttaláganságastallamis hilgojuvvui { $org } searvvis
email-peer-declined-body = Bures,

    ovttaláganolmmoš gean juhket jearaldaga { $request } lea dan hilgon. Dat vuordá ahte don juogát dan ođđasit; čálit sisa oaidnin dihte boahtte evttohusaid.
problem-conversation-closed = Jearaldat lea loahpahuvvon
    .detail = Loahpahuvvon ságastallanjearaldaga ii sáhte juohkit iige loahpahit ođđasit.
field-conversation-closed = Dát jearaldat lea loahpahuvvon.
email-peer-contact-reminder-subject = Muittuhus: vuosttaš oktavuohta ovttaláganságastallamii { $org } searvvis
email-peer-contact-reminder-body = Bures { $name },

    jearaldagas ovttaláganságastallamis mii lea juogaduvvon dutnje { $org } searvvis, ii leat vel vuosttaš oktavuohta. Váldde oktavuođa ovdal { $due }, ja čálit ságastallama iežat kontui. Jus it sáhte váldit dan, hilgo dan vai earát sáhttet.
email-peer-contact-overdue-subject = Ii vel vuosttaš oktavuohta ovttaláganságastallamii { $org } searvvis
email-peer-contact-overdue-body = Bures { $name },

    jearaldagas { $request } maid don juogadit galggai leat vuosttaš oktavuohta ovdal { $due }, muhto ii mihkkege leat čállojuvvon. Čálit sisa čuovvolit dan dahje juogadit dan earáide.
peer-field-chapter = Gos don orut
peer-field-relation = Maid dat guoská
peer-field-age-group = Du ahki
peer-field-channel = Movt don háliidat ságastallat
peer-field-gender-preference = Mun háliidan buoremusat ságastallat
peer-field-name = Maid mii sáhttit du gohčodit
peer-field-email = E-poasta
peer-field-phone = Mobiilatelefovdna
peer-field-consent = Mun dohkkehan
peer-field-website = Guođe dán gietti guorusin
peer-help-gender-preference = Eaktodáhtolaš.
peer-help-name = Eaktodáhtolaš. Ovdanamma doarvá.
problem-assignment-open = Ságastallanjearaldat lea bargamis
    .detail = Olbmos lea ságastallanjearaldat maid son lea dohkkehan; čatnos kontui rievdá easkka go dat lea loahpahuvvon dahje juogaduvvon earáide.
field-assignment-open = Olbmos lea ságastallanjearaldat maid son lea dohkkehan.
problem-held-before-assignment = Ovdal go jearaldat juogaduvvui
    .detail = Jearaldaga ságastallan dollojuvvo dan beaivvi go dat juogaduvvui dahje maŋŋel.
field-held-before-assignment = Ii sáhte leat ovdal beaivvi go jearaldat juogaduvvui.
email-account-linked-subject = Du registreren { $org } searvvis lea čatnon sisačálihankontui
email-account-linked-body = Bures,

    du registreren { $org } searvvis lea čatnon sisačálihankontui { $account }, vai dat čájeha du eaktodáhtolašrollaid, kurssaid ja bargguid. Jus it leat bivdán dan, dieđit { $org } searvái.
problem-welcome-kind-exists = Organisašuvnnas lea bures boahtin -čuovvoleapmi
    .detail = Okta čuovvolanšládja lea bures boahtin; rievdat dan, dahje vállje eará álggu dása.
field-welcome-kind-exists = Eará šládja lea bures boahtin -čuovvoleapmi.
field-date = Ii leat beaivemearri. Čále dan nu: 31.12.2024 dahje 2024-12-31.
field-chapter-name-ambiguous = Máŋga searvvis lea dát namma. Geavat searvvi id.
field-unknown-status = Ii leat miellahttostáhtus. Geavat active, lapsed, resigned dahje deceased.
field-ended-while-active = Aktiivalaš miellahttovuođas ii leat loahpahanbeaivi.
field-end-required = Čále beaivvi goas miellahttovuohta nogai.
field-fee-years-max = Čále máksojuvvon jagiid njealje numerain, ii oktage maŋŋel { $max }.
field-same-as-row-row = Seamma e-poastačujuhus dahje telefonnummar go gurgadas { $row }: olmmoš importerejuvvo oktii, dan gurgadasas.
field-similar-to-member-member = Importerejuvvon, ja sulastahttá miellahtu { $member } (seamma riegádanjahki ja poastanummar, sulastahtti namma). Guorahala leago seamma olmmoš.
field-contact-of-two-members-member-other = E-poastačujuhus gullá miellahttui { $member } ja telefonnummar miellahttui { $other }.
import-verdict-refused = Hilgojuvvon
import-verdict-duplicate = Duppal
import-verdict-flagged = Importerejuvvon, galgá guorahallat
import-report-row = Gurgadas
import-report-verdict = Boađus
import-report-column = Ceakko
import-report-reason = Sivva
import-summary = { $rows } gurgadasa: { $created } importerejuvvon, { $unchanged } juo registrerejuvvon, { $refused } hilgojuvvon, { $duplicates } duppal, { $flagged } galgá guorahallat.
import-dry-run = Geahččalanvuodjin, mihkkege ii rievdaduvvon.
import-ignored = Ceakkut mat eai lohkkojuvvon: { $columns }
import-report-written = Mii dáhpáhuvai gurgadasaiguin mat eai dušše importerejuvvon: { $path }
import-stage-reading = Lohká
import-stage-copying = Máŋge
import-stage-writing = Čállá
problem-import-empty = Fiila lea guorus
    .detail = Fiillas ii leat bajilčállingurgadas iige gurgadasat.
problem-import-workbook = Bargogirji ii sáhte lohkkojuvvot
    .detail = Fiila orru Excel-bargogirjin, muhto ii rahpasa dahje das ii leat árka.
problem-import-csv = CSV-fiila ii sáhte lohkkojuvvot
    .detail = Fiila ii sáhttán lohkkojuvvot rihkku- dahje semikolonsirrejuvvon árvvuin.
problem-import-column-twice = Guokte ceakko dollet seamma áššiid
    .detail = Guokte bajilčállaga mearkkašit { $columns }. Sihko nubbi, dahje čále daid čatnanfiilii.
problem-import-columns-missing = Ceakkut váilot
    .detail = Juohke miellahttolistu dárbbaša dáid ceakkuid: { $columns }.
field-import-empty = Fiillas ii leat sisdoallu.
