# Davvisámegiella — searvanskovvi, miehtan ja e-poasttat. Vuordá eatnigielagiid dárkkisteami;
# eará dieđáhusat bohtet girjedárogielas.
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
email-invitation-subject = Don leat bovdejuvvon { $org } searvái
email-invitation-body = Buorre beaivi,

    { $inviter } lea bovden du { $org } searvái { $role ->
        [org_admin] organisašuvdnahálddahussii
        [chapter_leader] searvejođiheaddjin
        [volunteer] eaktodáhtolažžan
       *[member] lahttun
    }. Dohkket dáinna liŋkkain:

    { $link }

    Jos dus juo lea kontu dáinna e-poastačujuhusain, čálit sisa vuos. Liŋkka sáhttá geavahit oktii, vahku siste. Jos it vuordán dán, de sáhtát dán e-poastta badjelgeahččat.
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
