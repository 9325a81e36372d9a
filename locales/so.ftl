# Soomaali — faylkan wuxuu hayaa dhammaan fariimaha adeegga. Wuxuu sugayaa dib-u-eegis
# qof af-Soomaaligu yahay afkiisa hooyo.

problem-bad-request = Codsi aan sax ahayn
    .detail = Codsiga lama fahmi karin.
problem-malformed-json = JSON khaldan
    .detail = Qoraalka codsigu maaha JSON sax ah.
problem-invalid-body = Qoraalka codsiga oo aan sax ahayn
    .detail = Qoraalka codsigu ma laha qaabka la filayay; eeg khaladaadka goobaha.
problem-invalid-query = Halbeegyada weydiinta oo aan sax ahayn
    .detail = Halbeeg ka mid ah weydiinta ayaa leh nooc ama qiime khaldan.
problem-invalid-path = Ciwaan aan sax ahayn
    .detail = Qiime ku jira ciwaanka (sida id) sax maaha.
problem-unsupported-media-type = Nooca warbaahinta lama taageero
    .detail = U dir qoraalka codsiga JSON ahaan, adigoo isticmaalaya Content-Type: application/json.
problem-payload-too-large = Qoraalka codsigu aad buu u weyn yahay
    .detail = Qoraalka codsigu wuu ka weyn yahay inta hawlgalkani aqbalo.
problem-validation-failed = Xogta la geliyey sax maaha
    .detail = Hal goob ama in ka badan ayaa jebinaya xeer; eeg khaladaadka goobaha.
problem-unauthenticated = Waa inaad gashaa
    .detail = Hawlgalkani wuxuu u baahan yahay calaamad gelitaan (token) oo sax ah.
problem-invalid-token = Calaamadda gelitaanku sax maaha
    .detail = Calaamadda gelitaanku way maqan tahay, way khaldan tahay, way dhacday ama looma bixin adeeggan. Mar kale gal.
problem-invalid-credentials = Iimayl ama erey sir ah oo khaldan
    .detail = Ma jiro akoon ku habboon ciwaanka iimaylka iyo ereyga sirta ah.
problem-invalid-refresh-token = Kalfadhigu wuu dhammaaday
    .detail = Calaamadda cusboonaysiintu (refresh token) mar dambe sax maaha. Mar kale gal.
problem-forbidden = Lama oggola
    .detail = Doorkaagu kuuma oggolaanayo tan halkan.
problem-not-found = Lama helin
    .detail = Halkan waxba ma yaallaan, ama fasax uma lihid.
problem-method-not-allowed = Habka lama oggola
    .detail = Ciwaankani ma taageero habkaas HTTP.
problem-precondition-failed = Qof kale ayaa beddelay
    .detail = Xogtani way isbeddeshay tan iyo markii aad akhriday. Mar kale akhri oo ku celi beddelkaaga.
problem-precondition-required = Nuqulka waa in la sheegaa
    .detail = Ku dir nuqulka aad akhriday (ETag-giisa) If-Match, si aan beddelka qofna loogu dul qorin iyadoo aan la ogeyn.
problem-too-many-requests = Isku dayo aad u badan
    .detail = Wax yar sug ka hor intaadan mar kale isku dayin; madaxa Retry-After ayaa sheegaya inta ay le'eg tahay.
problem-service-unavailable = Si ku meel gaar ah looma heli karo
    .detail = Adeeggu hadda ma gaari karo keydkiisa xogta. Dhawaan mar kale isku day.
problem-internal-error = Wax baa khaldamay
    .detail = Khalad aan la filayn ayaa dhacay. Haddii aad la xiriirto taageerada, sheeg aqoonsiga (id) codsiga.
problem-concurrent-update = Beddel isku mar dhacay
    .detail = Beddel kale ayaa soo dhexgalay. Mar kale isku day.
problem-slug-taken = Magaca waa la isticmaalayaa
    .detail = Urur kale ayaa horey u isticmaalaya magacaas gaaban.
problem-chapter-name-taken = Magaca waa la isticmaalayaa
    .detail = Laan kale oo isla meeshaas geedka ku taal ayaa horey u leh magacaas.
problem-email-taken = Ciwaanka iimaylka waa la isticmaalayaa
    .detail = Akoon leh ciwaankaas iimayl ayaa horey u jira.
problem-unknown-county = Gobol aan la aqoon
    .detail = Ma jiro gobol leh lambarkaas.
problem-unknown-region = Mandaqad aan la aqoon
    .detail = Ma jirto mandaqad leh koodhkaas.
problem-unknown-user = Akoon aan la aqoon
    .detail = Ma jiro akoon leh id-gaas.
problem-unknown-chapter = Laan aan la aqoon
    .detail = Ururkan kuma jirto laan noocaas ah.
problem-closed-before-founded = La xiray ka hor intaan la aasaasin
    .detail = Laan lama xiri karo ka hor intaan la aasaasin.
problem-valid-to-before-valid-from = Wuxuu dhammaanayaa ka hor intuusan bilaabmin
    .detail = Taariikhda dhammaadku waxay ka horreysaa taariikhda bilowga.
problem-open-children = Laantu waxay leedahay laamo furan oo hoos yimaada
    .detail = Marka hore xir ama meel kale u rar laamaha hoos yimaada laantan.
problem-parent-closed = Laanta sare waa xiran tahay
    .detail = Laamo cusub lama dhigi karo laan xiran hoosteeda.
problem-role-not-grantable = Doorkan halkan lama bixin karo
    .detail = Maamulayaasha madalka waxaa laga magacaabaa khadka amarrada (command line).
problem-chapter-not-allowed = Doorkan laan lama siiyo
    .detail = Maamulayaasha ururku doorkooda waxay u hayaan ururka oo dhan, ee ma aha laan keliya.
problem-chapter-required = Laanta waa in la sheegaa
    .detail = Doorkan waxaa lagu hayaa laan; sheeg laanta.
problem-invalid-invitation = Casuumaaddu sax maaha
    .detail = Casuumaaddu ma jirto, way dhacday ama horey ayaa loo isticmaalay.
problem-account-details-required = Magac iyo erey sir ah ayaa loo baahan yahay
    .detail = Ciwaankan iimaylka weli akoon ma laha; geli magac iyo erey sir ah si aad mid u abuurto.
problem-invalid-header = Madax (header) aan sax ahayn
    .detail = Madax ka mid ah codsiga ayaa leh qiime uusan adeeggani akhrin karin.
problem-chapter-placement = Looma oggola meeshan geedka
    .detail = Laanta gobolku waxay hoos timaadaa laanta qaranka, laanta deegaankuna waxay hoos timaadaa laanta qaranka ama laan gobol.
problem-chapter-cycle = Laan lama dhigi karo hoosteeda
    .detail = Laanta sare ee cusub waa laantan lafteeda ama mid ka mid ah laamaha hoos yimaada.

field-invalid = Qiimahan sax maaha.
field-length-max-min = Tirada xarfuhu waa inay u dhexeysaa { $min } iyo { $max }.
field-length-max = Tirada xarfuhu waa inaysan ka badnaan { $max }.
field-length-min = Tirada xarfuhu waa inaysan ka yaraan { $min }.
field-length-equal = Tirada xarfuhu waa inay noqotaa { $equal } oo keliya.
field-range-max-min = Waa inuu u dhexeeyaa { $min } iyo { $max }.
field-range-max = Waa inuusan ka badnaan { $max }.
field-range-min = Waa inuusan ka yaraan { $min }.
field-email = Waa inuu noqdaa ciwaan iimayl oo sax ah.
field-required = Waa qasab.
field-slug = Isticmaal 2–63 xaraf oo ah xarfo yaryar, tirooyin iyo xarriijimo (-), kuna bilow xaraf ama tiro.
field-language = Adeeggu ma laha turjumaad luqaddan ah.
field-labels = Summad kastaa waxay u baahan tahay koodh luqadeed iyo 1–100 xaraf.
field-unknown-field = Goobtan halkan lagama aqbalo.
field-missing-field = Goobtan waa qasab.
field-invalid-type = Qiimahan noociisu waa khaldan yahay.
field-unknown-variant = Qiimahan kama mid aha kuwa la oggol yahay.
field-invalid-length = Liiskan tirada walxihiisu waa khaldan tahay.
field-invalid-value = Qiimahan lama oggola.
field-county-code = Lambarka gobolku wuxuu ka kooban yahay laba tiro.
field-region-code = Koodhka mandaqaddu waa 2–16 xaraf oo yaryar.
field-youth-band-order = Kooxda da'da dhallinyaradu waa inaysan dhammaan ka hor intaysan bilaabmin.
field-chapter-placement = Laanta gobolku waa inay hoos timaadaa laanta qaranka, laanta deegaankuna laanta qaranka ama laan gobol.
field-chapter-cycle = Laan lama dhigi karo hoosteeda ama laan ka hooseysa.
field-slug-taken = Horey ayaa loo qaatay.
field-chapter-name-taken = Laan kale oo halkan ah ayaa horey u leh magacan.
field-email-taken = Horey ayaa loo qaatay.
field-unknown-county = Ma jiro gobol leh lambarkan.
field-unknown-region = Ma jirto mandaqad leh koodhkan.
field-unknown-user = Ma jiro akoon leh id-gan.
field-unknown-chapter = Ururkan kuma jirto laan noocaas ah.
field-closed-before-founded = Ma noqon karo ka hor taariikhda aasaaska.
field-valid-to-before-valid-from = Ma noqon karo ka hor bilowga.
field-open-children = Laamaha hoos yimaada laantan weli way furan yihiin.
field-parent-closed = Laanta sare waa xiran tahay.
field-role-not-grantable = Doorkan halkan lama bixin karo.
field-chapter-not-allowed = Doorkan ha u sheegin laan.
field-chapter-required = Sheeg laanta doorkan.
field-invalid-invitation = Casuumaaddu sax maaha.
field-account-details-required = Waxaa loo baahan yahay si loo abuuro akoonka.
field-nul-character = Qoraalku ma yeelan karo xarafka NUL.
field-if-match = Soo dir ETag-ga aad heshay, sida "3", ama *.

## Xubnaha
problem-contact-required = Iimayl ama telefoon ayaa loo baahan yahay
    .detail = Geli ciwaan iimayl, lambar telefoon ama labadaba.
problem-date-in-future = Taariikh mustaqbalka ah
    .detail = Taariikhdani kama dambayn karto maanta.
problem-before-current-period = Ka hor muddada hadda
    .detail = Beddel ma dhaqan gali karo ka hor intaysan bilaabmin muddada hadda ee xubinnimada.
problem-birth-year-mismatch = Sannadka iyo taariikhda dhalashadu isma waafaqsana
    .detail = Sannadka dhalashadu waa inuu noqdaa sannadka taariikhda dhalashada.
problem-merge-with-self = Isla xubin
    .detail = Xubin laguma mideyn karo isla xubintaas.
problem-period-order = Muddadu waxay dhammaanaysaa ka hor intaysan bilaabmin
    .detail = Dhammaadka muddadu wuxuu ka horreeyaa bilowgeeda.
problem-catalogue-full = Kaatalooggu waa buuxaa
    .detail = Kaatalooggu wuxuu qaadaa ugu badnaan 100 gelis; halkii, mid hawlgab ka dhig oo dib u isticmaal.
problem-follow-up-completed = Dabagalka horey ayaa loo dhammeeyey
    .detail = Dabagalkan waa dhammaaday; wax dambe laguma diiwaangelin karo.
problem-status-transition = Beddelka xaaladda lama oggola
    .detail = Xubinnimo kama guuri karto xaaladdeeda hadda una guuri karto xaaladdaas.
problem-no-change = Wax la beddelo ma jiro
    .detail = Xubinnimadu horey ayay u leedahay xaaladdaas, laantaas iyo noocaas.
problem-membership-open = Xubinnimo furan ayaa horey u jirta
    .detail = Qofku horey ayuu u leeyahay xubinnimo sugaysa ama firfircoon.
problem-chapter-closed = Laantu waa xiran tahay
    .detail = Xubno laguma dhigi karo laan xiran.
problem-member-erased = Xubinta waa la tirtiray
    .detail = Xogta xubintan waa la tirtiray; diiwaanka mar dambe lama beddeli karo.
problem-both-memberships-open = Labaduba waxay leeyihiin xubinnimo furan
    .detail = Ka hor mideynta, dhammee mid ka mid ah labada xubinnimo.
problem-request-closed = Codsiga horey ayaa go'aan loogu gaaray
    .detail = Xoghayntu horey ayay u xaqiijisay ama u diiday codsigan.
problem-email-registered = Ciwaanka iimaylka waa diiwaangashan yahay
    .detail = Qof ururkan ka mid ah ayaa horey ugu diiwaangashan ciwaankaas iimayl.
problem-phone-registered = Lambarka telefoonku waa diiwaangashan yahay
    .detail = Qof ururkan ka mid ah ayaa horey ugu diiwaangashan lambarkaas telefoon.
problem-fee-recorded = Lacagta xubinnimada horey ayaa loo diiwaangeliyey
    .detail = Lacagta sannadkaas horey ayaa loogu diiwaangeliyey xubinnimadan.
problem-unknown-membership-type = Nooc xubinnimo oo aan la aqoon
    .detail = Ururku ma bixiyo nooc xubinnimo oo leh koodhkaas.
problem-unknown-relation = Xiriir aan la aqoon
    .detail = Ururku ma laha qayb xiriir oo leh koodhkaas.
problem-unknown-member = Xubin aan la aqoon
    .detail = Ururkan ma laha xubin noocaas ah.
problem-invalid-link = Xiriiriyuhu sax maaha
    .detail = Xiriiriyaha lama yaqaan, wuu dhacay ama horey ayaa loo isticmaalay. Codso mid cusub.
problem-consent-required = Oggolaansho ayaa loo baahan yahay
    .detail = Is-diiwaangelintu waxay u baahan tahay inaad oggolaato qoraalka la muujiyey.
problem-consent-outdated = Qoraalka oggolaanshaha waa la beddelay
    .detail = Qoraalka oggolaanshaha waa la beddelay tan iyo markii foomka la furay. Dib u cusboonaysii foomka.
problem-place-required = Laan ama lambarka boostada ayaa loo baahan yahay
    .detail = Dooro laan ama geli lambarka boostadaada.
problem-idempotency-key-reused = Furaha idempotency dib ayaa loo isticmaalay
    .detail = Idempotency-Key-gan horey ayaa loogu isticmaalay codsi kale.
problem-invalid-idempotency-key = Idempotency-Key aan sax ahayn
    .detail = Madaxa Idempotency-Key waa inuu ahaadaa 1–200 xaraf ASCII oo muuqda.
field-contact-required = Geli ciwaan iimayl ama lambar telefoon.
field-date-in-future = Kama dambayn karo maanta.
field-before-current-period = Ma noqon karo ka hor bilowga muddada hadda.
field-birth-year-mismatch = Waa inuu noqdaa sannadka taariikhda dhalashada.
field-merge-with-self = Dooro xubin kale.
field-period-order = Ma noqon karo ka hor bilowga muddada.
field-catalogue-full = Kaatalooggu waa buuxaa.
field-follow-up-completed = Horey ayaa loo dhammeeyey.
field-status-transition = Lagama oggola xaaladda hadda.
field-no-change = Horey ayuu sidaas u yahay.
field-membership-open = Horey ayuu u leeyahay xubinnimo furan.
field-request-closed = Horey ayaa go'aan loogu gaaray.
field-chapter-closed = Laantu waa xiran tahay.
field-member-erased = Xogta xubinta waa la tirtiray.
field-both-memberships-open = Labaduba waxay leeyihiin xubinnimo furan.
field-email-registered = Horey ayaa loo diiwaangeliyey.
field-phone-registered = Horey ayaa loo diiwaangeliyey.
field-fee-recorded = Horey ayaa loogu diiwaangeliyey sannadkan.
field-unknown-membership-type = Ma jiro nooc xubinnimo oo sidaas ah.
field-unknown-relation = Ma jirto qayb xiriir oo sidaas ah.
field-unknown-member = Ma jiro xubin sidaas ah.
field-invalid-link = Xiriiriyuhu sax maaha.
field-consent-required = Oggolaansho ayaa loo baahan yahay si aad isu diiwaangeliso.
field-consent-outdated = Dib u cusboonaysii foomka.
field-place-required = Dooro laan ama geli lambar boosto.
field-idempotency-key-reused = Horey ayaa loogu isticmaalay codsi kale.
field-national-id-number = Lambarrada aqoonsiga qaranka weligood lama kaydiyo. Ka saar.
field-phone = Maaha lambar telefoon oo shaqeeya: geli lambar Norwiiji ah, ama + iyo koodhka dalka.
field-postal-code = Lambarka boostadu wuxuu ka kooban yahay afar tiro.
field-invisible-character = Waxaa ku jira xaraf aan muuqan (sida meel bannaan oo aan ballac lahayn), malaha koobiyeyn awgeed. Mar kale qor ciwaanka.
field-lookalike-characters = Wuxuu isku darayaa xarfo isu eg oo ka yimid alifbeeyo kala duwan, ama kelmad ayuu ku qorayaa alifbeeto kale si ay ugu ekaato xarfo Laatiin ah. Mar kale qor ciwaanka.

## Foomka is-diiwaangelinta ee dadweynaha, oggolaanshaha, iimaylada iyo is-adeegga
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
problem-unknown-role = Door tabarruc oo aan la aqoon
    .detail = Ururku ma laha door tabarruc oo leh koodhkaas.
field-unknown-role = Ma jiro door tabarruc oo sidaas ah.
problem-unknown-course-type = Nooc koorso oo aan la aqoon
    .detail = Ururku ma laha nooc koorso oo hadda jira oo leh koodhkaas.
field-unknown-course-type = Ma jiro nooc koorso oo sidaas ah.
problem-before-course = Ka hor koorsada
    .detail = Dhammaystirku ma noqon karo ka hor maalintii koorsada la qabtay.
field-before-course = Ma noqon karo ka hor intaan koorsada la qaban.
problem-completion-recorded = Dhammaystirka waa la diiwaangeliyey
    .detail = Dhammaystirka qofkan ee koorsada horey ayaa loo diiwaangeliyey.
field-completion-recorded = Horey ayaa loogu diiwaangeliyey koorsadan.
problem-unknown-group-kind = Nooc koox oo aan la aqoon
    .detail = Ururku ma laha nooc koox oo leh koodhkaas.
field-unknown-group-kind = Ma jiro nooc koox oo sidaas ah.
problem-unknown-activity-kind = Nooc hawleed oo aan la aqoon
    .detail = Ururku ma laha nooc hawleed oo leh koodhkaas.
field-unknown-activity-kind = Ma jiro nooc hawleed oo sidaas ah.
problem-unknown-volunteer = Halkan tabarruce kama aha
    .detail = Qof kasta oo la magacaabo waa inuu laanta ku hayaa door tabarruc maalinta hawsha.
field-unknown-volunteer = Maalintaas tabarruce kama ahayn laantan.
problem-before-group = Ka hor kooxda
    .detail = Kulan ma noqon karo ka hor intaan kooxdu bilaabmin.
field-before-group = Ma noqon karo ka hor intaan kooxdu bilaabmin.
problem-too-few-chapters = Laamo aad u yar
    .detail = Mashruucu wuxuu u baahan yahay laba laamood oo kala duwan ama ka badan.
field-too-few-chapters = Geli laba laamood oo kala duwan ama ka badan.
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
problem-own-grant = Naftaada door ma siin kartid
    .detail = Doorarka waxaa bixiya qof kale; qofna ma abuuro, ma dheereeyo, mana cusboonaysiiyo doorkiisa.
problem-grant-outlives-granter = Wuxuu dhammaanayaa doorkaaga kadib
    .detail = Door aad bixiso kama dheeraan karo doorka kuu oggolaanaya inaad bixiso.
problem-sign-in-required = Gal si aad u aqbasho
    .detail = Ciwaankan iimaylka akoon ayuu leeyahay: ku gal, kadibna mar kale aqbal casuumaadda.
field-own-grant = Adiga ma noqon karo.
field-grant-outlives-granter = Ma noqon karo kadib marka doorkaagu dhammaado.
problem-threshold-with-grows = Xad lama dhigo "grows"
    .detail = Hadaf weydiinaya koritaan wuxuu la barbar dhigaa sannad ka hor; xadka ka saar.
field-threshold-with-grows = Ka saar marka la isticmaalo "grows".
problem-threshold-required = Xad ayaa loo baahan yahay
    .detail = Geli tirada hadafka lala barbar dhigo.
field-threshold-required = Geli xad.
problem-share-over-100 = Saami ka badan 100 %
    .detail = Saamiga waxaa lagu bixiyaa boqolley, 0 ilaa 100.
field-share-over-100 = Waa inuusan ka badnaan 100 (boqolley).
problem-no-parameter = Cabbirku halbeeg ma qaato
    .detail = Cabbirkan wuxuu tiriyaa koodh la'aan; halbeegga ka saar.
field-no-parameter = Ka saar cabbirkan.
problem-parameter-required = Halbeeg ayaa loo baahan yahay
    .detail = Cabbirkan wuxuu tiriyaa hal koodh (door, xiriir ama luqad); geli.
field-parameter-required = Geli koodhka cabbirkani tiriyo.
problem-unknown-parameter = Halbeeg aan la aqoon
    .detail = Ururku ma laha koodh hadda jira oo sidaas ah oo loogu talagalay cabbirkan.
field-unknown-parameter = Cabbirkan ma laha koodh sidaas ah.
problem-metric-needs-period = Cabbirku wuxuu u baahan yahay muddo
    .detail = Cabbirkan waxaa la isku geeyaa muddo gudaheed: geli waqti kama dambays ah ama muddo soo noqnoqota.
field-metric-needs-period = Geli waqti kama dambays ah ama muddo soo noqnoqota.
problem-window-needs-year = Maalmuhu waxay u baahan yihiin muddo sannadle ah
    .detail = Maalmaha sannadka dhexdiisa (sida 10 September) waxaa lagu isticmaali karaa oo keliya muddo sannadle ah.
field-window-needs-year = Oo keliya muddo sannadle ah.
field-day-window = Maalmaha u geli qaabka MM-DD; midda u dambaysa yaanay ka horrayn midda koowaad.
field-target-code = 1–16 xarfo waaweyn iyo tirooyin, iyo . _ - xarafka koowaad kadib.
field-descriptions = Qoraal kastaa wuxuu u baahan yahay koodh luqadeed iyo 1–2000 xaraf.
problem-target-code-taken = Koodhka waa la isticmaalayaa
    .detail = Hadaf kale oo ururka ah ayaa leh koodhkan.
field-target-code-taken = Hadaf kale ayaa horey u isticmaalaya.
problem-too-many-targets = Hadafyo aad u badan
    .detail = Ururku wuxuu yeelan karaa ugu badnaan 200 hadaf oo hadda jira. Mid hawlgab ka dhig si meel loo helo.
field-too-many-targets = Ururku wuxuu leeyahay 200 hadaf oo hadda jira.
target-summary = { $met } ka mid ah { $total } { $units ->
        [county] laamood oo gobol
        [local] laamood oo deegaan
        [national] laamood oo qaran
        [regions] mandaqadood
       *[other] unug
    }
problem-too-many-points = Tallaabooyin aad u badan
    .detail = Taxanuhu wuxuu qaadaa ugu badnaan 240 tallaabo: soo gaabi baaxadda ama qaado tallaabooyin dhaadheer.
field-too-many-points = Ugu badnaan 240 tallaabo: soo gaabi baaxadda ama qaado tallaabooyin dhaadheer.
problem-first-year-required = Sannadka koowaad ayaa loo baahan yahay
    .detail = Hadaf dhaca dhowr sannadba mar wuxuu dhacdooyinkiisa ka tiriyaa sannad koowaad; geli sannadkaas.
field-first-year-required = Geli sannadka ugu horreeya ee la qabto.
field-date-range = Waa inuu noqdaa maalin ka mid ah sannadaha { $min } ilaa { $max }.
target-status = { $status ->
        [met] la gaaray
        [on_track] jidkii saxda ahaa ku socda
        [at_risk] khatar ku jira
        [missed] lama gaarin
       *[not_due] weli waqtigiisii ma gaarin
    }
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
report-title = Warbixinta xaaladda
report-as-of = Ilaa
report-since = Marka la barbar dhigo
report-previous = Kii hore
report-trend = Isbeddelka sannadkii la soo dhaafay, xadkuna waa xarriiq go'go'an
report-bars = Tirada unug kasta, xadkuna waa xarriiq go'go'an; tiirarka la xarriiqay ma gaarin xadka
report-unit = Unug
report-value = Qiime
report-threshold = Xad
report-status = Xaalad
report-change = Isbeddel

## Bogagga adeegga
page-language = Luqadda
page-change-language = Ku muuji luqaddan
page-skip-to-content = U gudub nuxurka
page-required = qasab
page-choose = Dooro
page-error-summary = Waxaa jira dhibaato
page-error-intro = Sax waxa la calaamadeeyey, kadibna mar kale dir foomka.
page-consent-version = Nuqulka qoraalkan: { $version }
page-thanks-title = Mahadsanid
page-my-data-link = Arag, soo deji ama tirtir xogta aan kaa hayno
page-noscript-link = Tallaabadani waxay u baahan tahay in JavaScript la daaro: qaybta sirta ah ee xiriiriyahaagu waxay ku hadhaysaa biraawsarkaaga, weligeedna looma diro iyadoo qayb ka ah ciwaanka bog internet.
page-link-missing = Boggan waxaa laga furaa xiriiriyaha ku jira iimaylkaaga. Mar kale fur xiriiriyahaas, ama codso mid cusub.
page-confirm-title = Xaqiiji xubinnimadaada
page-confirm-intro = Riix badhanka si aad u xaqiijiso xubinnimadaada.
page-confirm-button = Xaqiiji xubinnimadayda
page-my-data-title = Xogtaada
page-my-data-intro = Waxaan iimaylkaaga u soo diraynaa xiriiriye hal mar la isticmaalo. Adigoo isticmaalaya waxaad arki kartaa oo soo dejin kartaa wax kasta oo aan kaa hayno, ama waad tirtiri kartaa.
page-my-data-purpose = Maxaad rabtaa inaad samayso?
page-my-data-export = Arag oo soo deji xogtayda
page-my-data-erase = Tirtir xogtayda oo dhammee xubinnimadayda
page-my-data-send = Ii soo dir xiriiriye
page-export-title = Arag xogtaada
page-export-intro = Riix badhanka si aad u aragto xogtaada. Xiriiriyuhu hal mar oo keliya ayuu shaqeeyaa, markaa soo deji inta boggu furan yahay.
page-export-button = I tus xogtayda
page-export-download = U soo deji fayl ahaan (JSON)
page-export-raw = Wax walba, sida faylku u hayo
page-erase-title = Tirtir xogtaada
page-erase-warning = Tani waxay tirtiraysaa magacaaga, xogta xiriirkaaga iyo taariikhdaada ururka, waxayna dhammaynaysaa xubinnimadaada. Dib looma celin karo.
page-erase-understood = Waan fahmay in tan dib loo celin karin
page-erase-button = Tirtir xogtayda
page-back = Ku noqo foomka is-diiwaangelinta
page-export-details = Faahfaahintaada
page-export-memberships = Xubinnimooyinka
page-export-member-since = Xubin tan iyo { $day }
page-optional = ikhtiyaari
problem-erase-not-confirmed = Tirtirka lama xaqiijin
    .detail = Tirtirka lagama noqon karo, sidaa darteed marka hore calaamadee sanduuqa.
field-erase-not-confirmed = Calaamadee sanduuqa si aad u xaqiijiso in xogtaada la tirtiro.
problem-concurrent-signup = Isla waqtigaas ayaa la diiwaangeliyay
    .detail = Isla qofkaas ayaa isla waqtigaas la diiwaangelinayay; isku day mar kale.
field-colour = Ku qor midab sida #rrggbb, tusaale ahaan #1d4f91.
field-colour-contrast = Aad buu u khafiifsan yahay qoraal cad: iska-soocidda waa { $contrast }:1, waxaana loo baahan yahay ugu yaraan 4.5:1.
field-origin = Ku qor asal sida https://www.example.org, wax kale oo magaca ka dambeeya ha ku darin.
problem-own-link = Ma xiriri kartid akoonkaaga
    .detail = Hoggaamiye kale ama maamule ayaa diiwaanka ku xira akoonkaaga.
field-own-link = Ma noqon karo akoonkaaga.
problem-person-already-linked = Horay ayaa loogu xiray akoon kale
    .detail = Diiwaankan waxa lagu xiray akoon kale; marka hore ka saar xiriirkaas.
field-person-already-linked = Diiwaankan waxa lagu xiray akoon kale.
problem-account-already-linked = Akoonka waxa lagu xiray diiwaan kale
    .detail = Akoonkan waxa lagu xiray diiwaan kale oo ururkan ah; marka hore ka saar xiriirkaas.
field-account-already-linked = Akoonkan halkan waxa lagu xiray diiwaan kale.
problem-not-a-candidate = Kama mid aha soo jeedinta
    .detail = U qoondee codsiga mid ka mid ah taageerayaasha uu soo jeediyo: firfircoon, u qalma, ka tirsan laanta ama gobolka, oo aan hore loo weydiin.
field-not-a-candidate = Kama mid aha soo jeedinta codsigan.
problem-assignment-answered = Horay ayaa looga jawaabay
    .detail = Qoondayntan horay ayaa loo aqbalay, loo diiday ama loo dhammeeyay.
field-assignment-answered = Qoondayntan horay ayaa looga jawaabay.
problem-assignment-not-accepted = Qoondayn aan la aqbalin
    .detail = Wadahadallada waxa qora, codsigana xira, taageeraha aqbalay, inta uu isaga leeyahay.
field-assignment-not-accepted = Marka hore aqbal codsiga; waa inuu weli adiga kuu yahay.
consent-peer-conversation = Waxaan ogolahay in { $org } ay diiwaangeliso waxa aan halkan ku qoro iyo faahfaahinta xiriirkayga, si ay ii helaan taageere la mid ah oo ay ila soo xiriiraan. Faahfaahinta xiriirkayga waxa arka oo keliya kuwa diyaarinaya wadahadalka, waana la tirtiraa marka codsiga la xiro.
peer-form-title = La hadal qof soo maray
peer-form-intro = Taageere ka tirsan { $org } ayaa isagu soo maray wax la mid ah waxa aad la kulantay. Wax yar noo sheeg, mid ka mid ah ayaa kula soo xiriiri doona.
peer-form-submit = Codso wadahadal
peer-form-received = Mahadsanid. Taageere ayaa dhawaan kula soo xiriiri doona.
peer-age-under-18 = Ka yar 18
peer-age-18-29 = 18–29
peer-age-30-49 = 30–49
peer-age-50-66 = 50–66
peer-age-67-plus = 67 ama ka weyn
peer-channel-phone = Telefoon
peer-channel-video = Fiidiyow
peer-channel-meeting = Kulan fool ka fool ah
peer-prefer-woman = Haweeney
peer-prefer-man = Nin
email-peer-assignment-subject = Codsi wadahadal taageere oo ka yimid { $org }
email-peer-assignment-body = Salaan { $name },

    waxa lagaa codsaday inaad qaadato codsi wadahadal taageere oo { $org } ah. Gal si aad u aragto, kadibna aqbal ama diid. Haddii aad aqbasho, fadlan la xiriir markii ugu horreysay { $hours } saacadood gudahood.
email-peer-declined-subject = Codsi wadahadal taageere ayaa lagu diiday { $org }
email-peer-declined-body = Salaan,

    taageeraha aad u qoondaysay codsiga { $request } wuu diiday. Wuxuu sugayaa inaad mar kale qoondayso; gal si aad u aragto soo jeedinta xigta.
problem-conversation-closed = Codsigu waa xiran yahay
    .detail = Codsi wadahadal oo xiran lama qoondayn karo lamana xiri karo mar kale.
field-conversation-closed = Codsigan waa xiran yahay.
email-peer-contact-reminder-subject = Xasuusin: xiriirka koowaad ee wadahadal taageere oo { $org } ah
email-peer-contact-reminder-body = Salaan { $name },

    codsi wadahadal taageere oo laguu qoondeeyay { $org } weli ma laha xiriir koowaad. Fadlan la xiriir ka hor { $due }, oo ku qor wadahadalka akoonkaaga. Haddii aadan qaadan karin, diid si qof kale u qaato.
email-peer-contact-overdue-subject = Weli ma jiro xiriir koowaad oo wadahadal taageere oo { $org } ah
email-peer-contact-overdue-body = Salaan { $name },

    codsiga { $request } ee aad qoondaysay waxa xiriirkiisa koowaad ahaa inuu dhaco ka hor { $due }, mana jiro wax la qoray. Gal si aad ula socoto ama aad qof kale ugu qoondayso.
peer-field-chapter = Halka aad ku nooshahay
peer-field-relation = Waxa ay ku saabsan tahay
peer-field-age-group = Da'daada
peer-field-channel = Sida aad jeceshahay inaad u hadasho
peer-field-gender-preference = Waxaan door bidayaa inaan la hadlo
peer-field-name = Waxa aan kuugu yeeri karno
peer-field-email = Iimayl
peer-field-phone = Taleefanka gacanta
peer-field-consent = Waan ogolahay
peer-field-website = Goobtan ha buuxin
peer-help-gender-preference = Ikhtiyaari.
peer-help-name = Ikhtiyaari. Magaca koowaad ayaa ku filan.
problem-assignment-open = Codsi wadahadal ayaa socda
    .detail = Qofku wuxuu haystaa codsi wadahadal oo uu aqbalay; xiriirka akoonkiisa wuxuu isbeddelaa oo keliya marka la xiro ama qof kale loo qoondeeyo.
field-assignment-open = Qofku wuxuu haystaa codsi wadahadal oo uu aqbalay.
problem-held-before-assignment = Ka hor intaan codsiga la qoondayn
    .detail = Wadahadalka codsiga waxa la qabtaa maalinta la qoondeeyay ama kadib.
field-held-before-assignment = Ma noqon karo ka hor maalinta codsiga la qoondeeyay.
email-account-linked-subject = Diiwaankaaga { $org } waxa lagu xiray akoon galitaan
email-account-linked-body = Salaan,

    diiwaankaaga { $org } waxa lagu xiray akoonka galitaanka { $account }, si uu u muujiyo doorarkaaga mutadawacnimo, koorsooyinkaaga iyo hawlahaaga. Haddii aadan codsan, fadlan u sheeg { $org }.
problem-welcome-kind-exists = Ururku wuxuu leeyahay la-socod soo dhaweyn
    .detail = Hal nooc oo la-socod ah ayaa ah soo dhaweynta; beddel kaas, ama u dooro bilow kale kan.
field-welcome-kind-exists = Nooc kale ayaa ah la-socodka soo dhaweynta.
field-date = Tani ma aha taariikh. U qor sidan 31.12.2024 ama 2024-12-31.
field-chapter-name-ambiguous = Laamo dhowr ah ayaa magacan leh. Isticmaal aqoonsiga laanta.
field-unknown-status = Tani ma aha xaalad xubinnimo. Isticmaal active, lapsed, resigned ama deceased.
field-ended-while-active = Xubinnimo firfircooni ma laha taariikh dhammaad.
field-end-required = Sheeg maalinta xubinnimadu dhammaatay.
field-fee-years-max = U qor sannadaha la bixiyay afar god, midna kama dambeeyo { $max }.
field-same-as-row-row = Iimayl ama lambar taleefan la mid ah safka { $row }: qofka hal mar ayaa la soo dejiyaa, safkaas.
field-similar-to-member-member = Waa la soo dejiyay, aadna wuu ugu eg yahay xubinta { $member } (sannad dhalasho iyo koodh boosto isku mid ah, magac la mid ah). Hubi inay isku qof yihiin.
field-contact-of-two-members-member-other = Iimaylku wuxuu leeyahay xubinta { $member }, lambarka taleefankuna xubinta { $other }.
import-verdict-refused = La diiday
import-verdict-duplicate = Nuqul
import-verdict-flagged = La soo dejiyay, hubin
import-report-row = Saf
import-report-verdict = Natiijo
import-report-column = Tiir
import-report-reason = Sabab
import-summary = Safaf: { $rows }; la soo dejiyay: { $created }, hore loo diiwaangeliyay: { $unchanged }, la diiday: { $refused }, nuqullo: { $duplicates }, hubin: { $flagged }.
import-dry-run = Tijaabo, waxba lama beddelin.
import-ignored = Tiirar aan la akhrin: { $columns }
import-report-written = Waxa ku dhacay safafka aan si fudud loo soo dejin: { $path }
import-stage-reading = Akhrin
import-stage-copying = Koobiyeyn
import-stage-writing = Qorid
problem-import-empty = Faylku waa madhan yahay
    .detail = Faylku ma laha saf cinwaan iyo safaf midna.
problem-import-workbook = Buugga shaqada lama akhrin karo
    .detail = Faylku wuxuu u eg yahay buug Excel, laakiin lama furi karo ama ma laha xaashi.
problem-import-csv = Faylka CSV lama akhrin karo
    .detail = Faylka looma akhrin karin qiyam lagu kala saaray hakad ama hakad-barta.
problem-import-column-twice = Laba tiir ayaa isku shay haya
    .detail = Laba cinwaan waxay la macno yihiin { $columns }. Ka saar mid, ama ku magacaw fayl isku xiran.
problem-import-columns-missing = Tiirar ayaa maqan
    .detail = Liis kasta oo xubno ah wuxuu u baahan yahay tiirarkan: { $columns }.
field-import-empty = Faylku waxba kuma jiraan.
