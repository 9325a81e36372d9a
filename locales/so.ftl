# Soomaali — foomka is-diiwaangelinta, oggolaanshaha iyo iimaylada. Waxay sugaysaa dib-u-eegis
# af-Soomaali ku hadle; fariimaha kale waxay ka yimaadaan Ingiriisi.
signup-title = Xubin ka noqo { $org }
signup-intro = Qof kasta wuu ku biiri karaa. Waxay qaadanaysaa hal daqiiqo, waadna ka bixi kartaa wakhti kasta.
signup-field-given-name = Magaca koowaad
signup-field-family-name = Magaca qoyska
signup-field-email = Iimayl
signup-help-email = Waxaan kuu soo diraynaa xiriiriye aad ku xaqiijiso xubinnimadaada.
signup-field-phone = Telefoonka gacanta
signup-help-phone = Geli iimayl, lambar telefoon ama labadaba.
signup-field-chapter = Laanta
signup-help-chapter = Dooro laanta kuugu dhow, ama geli lambarka boostadaada.
signup-field-postal-code = Lambarka boostada
signup-field-birth-year = Sannadka dhalashada
signup-help-birth-year = Ikhtiyaari. Waxaa loo isticmaalaa tirakoobka da'da oo keliya.
signup-field-membership-type = Xubinnimo
signup-field-consent = Waan oggolahay
signup-field-website = Goobtan madhan ka tag
signup-rule-contact = Geli iimayl ama lambar telefoon.
signup-rule-place = Dooro laan ama geli lambarka boostadaada.
signup-submit = I diiwaangeli
signup-received = Mahadsanid! Haddii aad gelisay iimayl, raadi iimaylkayaga oo ku xaqiiji xiriiriyaha ku jira.
signup-confirmed = Soo dhawoow! Xubinnimadaada waa la xaqiijiyey.
consent-membership = Waan oggolahay in { $org } ay diiwaangeliso magacayga, xogta xiriirkayga iyo waxa aan halkan ku qoro si loo maareeyo xubinnimadayda. Ururka oo keliya ayaa isticmaala. Wakhti kasta waan arki karaa, soo dejin karaa ama tirtiri karaa xogtayda.
email-confirm-subject = Xaqiiji xubinnimadaada { $org }
email-confirm-body = Salaan { $name },

    waad ku mahadsan tahay inaad iska diiwaangelisay { $org }. Xubinnimadaada ku xaqiiji xiriiriyahan:

    { $link }

    Xiriiriyuhu wuxuu shaqaynayaa { $days } maalmood. Haddii aadan is diiwaangelin, iska indho tir iimaylkan; waxba lama kaydin doono.
email-welcome-subject = Ku soo dhawoow { $org }
email-welcome-body = Salaan { $name },

    ku soo dhawoow xubinnimada { $org }! Qof ka socda laantaada ayaa dhawaan kula soo xiriiri doona.
email-self-service-export-subject = Xogtaada { $org }
email-self-service-export-body = Salaan,

    waxaad codsatay inaad aragto xogta { $org } ay kaa hayso. Fur xiriiriyahan si aad u hesho:

    { $link }

    Xiriiriyaha hal mar ayaa la isticmaali karaa, { $minutes } daqiiqo gudahood. Haddii aadan codsan, iska indho tir iimaylkan.
email-self-service-erase-subject = Tirtir xogtaada { $org }
email-self-service-erase-body = Salaan,

    waxaad codsatay in xogtaada { $org } la tirtiro. Fur xiriiriyahan si aad u xaqiijiso; xubinnimadaadu markaas way dhammaanaysaa:

    { $link }

    Xiriiriyaha hal mar ayaa la isticmaali karaa, { $minutes } daqiiqo gudahood. Haddii aadan codsan, iska indho tir iimaylkan.
self-service-requested = Haddii ciwaanku diiwaangashan yahay, xiriiriye ayaa iimayl ahaan kuugu soo socda.
self-service-erased = Xogtaada waa la tirtiray, xubinnimadaaduna way dhammaatay.
email-qualification-lapsing-subject = Shahaadadaada ({ $course }) waxay dhacaysaa dhawaan
email-qualification-lapsing-body = Salaan { $name },

    shahaadadaada koorsada { $course } ee { $org } waxay dhacaysaa { $date }. Qaado koorso dabagal ah ka hor si aad u ahaato tabarruce firfircoon; laantaadu waxay kuu sheegi kartaa goorta tan xigta.
email-invitation-subject = Waxaa lagugu casuumay { $org }
email-invitation-body = Salaan,

    { $inviter } ayaa kugu casuumay { $org } adigoo ah { $role ->
        [org_admin] maamulaha ururka
        [chapter_leader] hoggaamiyaha laanta
        [volunteer] mutadawac
       *[member] xubin
    }. Ku aqbal xiriirkan:

    { $link }

    Haddii aad horey u leedahay akoon cinwaankan e-mailka ah, marka hore gal. Xiriirka hal mar ayaa la isticmaali karaa, muddo toddobaad gudihiis ah. Haddii aadan filayn, iska dhaaf e-mailkan.
target-alert-falls-on = Dhicitaannada la yaqaan ayaa tirada ka hoosaysiin doona xadka { $day }.
target-digest-line = - { $target }, { $unit }: { $status ->
        [at_risk] khatar ku jira
       *[missed] lama gaarin
    } ({ $value } marka loo eego { $threshold })
email-target-alert-subject = { $target }: { $unit } { $status ->
        [at_risk] khatar ayuu ku jiraa
       *[missed] lama gaarin
    }
email-target-alert-body = Salaan,

    hadafka "{ $target }" ee { $org } hadda { $status ->
        [at_risk] khatar ayuu ku jiraa
       *[missed] lama gaarin
    } { $unit }: tiradu waa { $value }, marka loo eego { $threshold }. { $falls }

    Shaashadda laanta ayaa muujinaysa tirooyinka iyo dadka ama kooxaha ka dambeeya.
email-target-digest-subject = { $org }: { $count } hadaf ayaa ka sii daray
email-target-digest-body = Salaan,

    tan iyo hubintii u dambaysay hadafyadan { $org } waxay galeen khatar ama lama gaarin:

    { $lines }

    Shaashadda ururka ayaa muujinaysa dhammaan hadafyada.
