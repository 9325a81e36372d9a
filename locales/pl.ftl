# Polski — formularz zapisu, zgoda i e-maile. Czeka na sprawdzenie przez native speakera;
# pozostałe komunikaty pochodzą z języka angielskiego.
signup-title = Zostań członkiem { $org }
signup-intro = Członkiem może zostać każdy. Zajmie to minutę, a zrezygnować można w każdej chwili.
signup-field-given-name = Imię
signup-field-family-name = Nazwisko
signup-field-email = E-mail
signup-help-email = Wyślemy Ci link do potwierdzenia członkostwa.
signup-field-phone = Telefon komórkowy
signup-help-phone = Podaj adres e-mail, numer telefonu lub oba.
signup-field-chapter = Oddział
signup-help-chapter = Wybierz najbliższy oddział albo podaj kod pocztowy.
signup-field-postal-code = Kod pocztowy
signup-field-birth-year = Rok urodzenia
signup-help-birth-year = Nieobowiązkowe. Służy tylko do statystyk wieku.
signup-field-membership-type = Członkostwo
signup-field-consent = Wyrażam zgodę
signup-field-website = Zostaw to pole puste
signup-rule-contact = Podaj adres e-mail lub numer telefonu.
signup-rule-place = Wybierz oddział lub podaj kod pocztowy.
signup-submit = Zapisz mnie
signup-received = Dziękujemy! Jeśli podałeś adres e-mail, sprawdź skrzynkę i potwierdź członkostwo linkiem z wiadomości.
signup-confirmed = Witamy! Twoje członkostwo jest potwierdzone.
consent-membership = Wyrażam zgodę, aby { $org } zapisała moje imię i nazwisko, dane kontaktowe oraz podane tu informacje w celu prowadzenia mojego członkostwa. Korzysta z nich tylko organizacja. W każdej chwili mogę zobaczyć, pobrać lub usunąć swoje dane.
email-confirm-subject = Potwierdź członkostwo w { $org }
email-confirm-body = Dzień dobry { $name },

    dziękujemy za zapis do { $org }. Potwierdź członkostwo, klikając ten link:

    { $link }

    Link jest ważny przez { $days } dni. Jeśli to nie Ty się zapisałeś, zignoruj tę wiadomość — nic nie zostanie zachowane.
email-welcome-subject = Witamy w { $org }
email-welcome-body = Dzień dobry { $name },

    witamy wśród członków { $org }! Wkrótce skontaktuje się z Tobą ktoś z Twojego oddziału.
email-self-service-export-subject = Twoje dane w { $org }
email-self-service-export-body = Dzień dobry,

    poprosiłeś o wgląd w dane, które { $org } o Tobie przechowuje. Otwórz ten link, aby je pobrać:

    { $link }

    Link można użyć raz, w ciągu { $minutes } minut. Jeśli to nie Ty, zignoruj tę wiadomość.
email-self-service-erase-subject = Usuń swoje dane w { $org }
email-self-service-erase-body = Dzień dobry,

    poprosiłeś o usunięcie swoich danych w { $org }. Otwórz ten link, aby to potwierdzić; Twoje członkostwo wtedy się zakończy:

    { $link }

    Link można użyć raz, w ciągu { $minutes } minut. Jeśli to nie Ty, zignoruj tę wiadomość.
self-service-requested = Jeśli adres jest zarejestrowany, link jest już w drodze.
self-service-erased = Twoje dane zostały usunięte, a członkostwo zakończone.
email-qualification-lapsing-subject = Twoje uprawnienia ({ $course }) wkrótce wygasną
email-qualification-lapsing-body = Dzień dobry { $name },

    Twoje uprawnienia z kursu { $course } w { $org } wygasają { $date }. Weź udział w kursie uzupełniającym przed tą datą, aby nadal działać jako wolontariusz; Twój oddział powie Ci, kiedy odbędzie się następny.
email-invitation-subject = Zaproszenie do { $org }
email-invitation-body = Dzień dobry,

    { $inviter } zaprasza Cię do { $org } jako { $role ->
        [org_admin] administratora organizacji
        [chapter_leader] lidera oddziału
        [volunteer] wolontariusza
       *[member] członka
    }. Przyjmij zaproszenie, korzystając z tego linku:

    { $link }

    Jeśli masz już konto z tym adresem e-mail, najpierw się zaloguj. Link można użyć raz, w ciągu tygodnia. Jeśli się tego nie spodziewasz, zignoruj tę wiadomość.
target-alert-falls-on = Znane wygaśnięcia obniżą wynik poniżej progu w dniu { $day }.
target-digest-line = - { $target }, { $unit }: { $status ->
        [at_risk] zagrożony
       *[missed] nieosiągnięty
    } ({ $value } wobec { $threshold })
email-target-alert-subject = { $target }: { $unit } – cel { $status ->
        [at_risk] zagrożony
       *[missed] nieosiągnięty
    }
email-target-alert-body = Dzień dobry,

    cel „{ $target }” organizacji { $org } jest teraz { $status ->
        [at_risk] zagrożony
       *[missed] nieosiągnięty
    } dla { $unit }: wynik to { $value } wobec { $threshold }. { $falls }

    Pulpit oddziału pokazuje liczby oraz osoby lub grupy, które za nimi stoją.
email-target-digest-subject = { $org }: pogorszenie w { $count } celach
email-target-digest-body = Dzień dobry,

    od ostatniego sprawdzenia te cele organizacji { $org } stały się zagrożone lub nieosiągnięte:

    { $lines }

    Pulpit organizacji pokazuje wszystkie cele.
