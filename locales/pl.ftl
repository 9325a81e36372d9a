# Polski — wszystkie komunikaty usługi, w tej samej kolejności co en.ftl.
# Czeka na sprawdzenie przez native speakera.

problem-bad-request = Nieprawidłowe żądanie
    .detail = Nie udało się zrozumieć żądania.
problem-malformed-json = Nieprawidłowy JSON
    .detail = Treść żądania nie jest poprawnym dokumentem JSON.
problem-invalid-body = Nieprawidłowa treść żądania
    .detail = Treść żądania nie ma oczekiwanej struktury; zobacz błędy pól.
problem-invalid-query = Nieprawidłowe parametry zapytania
    .detail = Parametr zapytania ma niewłaściwy typ lub wartość.
problem-invalid-path = Nieprawidłowy adres
    .detail = Wartość w adresie (np. identyfikator) jest nieprawidłowa.
problem-unsupported-media-type = Nieobsługiwany typ danych
    .detail = Wyślij treść żądania jako JSON z nagłówkiem Content-Type: application/json.
problem-payload-too-large = Zbyt duża treść żądania
    .detail = Treść żądania jest większa, niż przyjmuje ta operacja.
problem-validation-failed = Wprowadzone dane są nieprawidłowe
    .detail = Co najmniej jedno pole narusza regułę; zobacz błędy pól.
problem-unauthenticated = Wymagane zalogowanie
    .detail = Ta operacja wymaga ważnego tokenu dostępu.
problem-invalid-token = Nieprawidłowy token dostępu
    .detail = Brak tokenu dostępu albo jest on uszkodzony, wygasł lub nie został wydany dla tej usługi. Zaloguj się ponownie.
problem-invalid-credentials = Błędny e-mail lub hasło
    .detail = Adres e-mail i hasło nie pasują do żadnego konta.
problem-invalid-refresh-token = Sesja zakończona
    .detail = Token odświeżania nie jest już ważny. Zaloguj się ponownie.
problem-forbidden = Brak uprawnień
    .detail = Twoja rola nie pozwala na to w tym miejscu.
problem-not-found = Nie znaleziono
    .detail = Nic tu nie ma albo nie masz do tego dostępu.
problem-method-not-allowed = Niedozwolona metoda
    .detail = Ten adres nie obsługuje tej metody HTTP.
problem-precondition-failed = Zmienione przez kogoś innego
    .detail = Zasób zmienił się od chwili, gdy go odczytano. Odczytaj go ponownie i powtórz swoją zmianę.
problem-precondition-required = Wymagana wersja
    .detail = Wyślij w nagłówku If-Match odczytaną wersję (jej ETag), aby niczyja zmiana nie została niepostrzeżenie nadpisana.
problem-too-many-requests = Zbyt wiele prób
    .detail = Odczekaj chwilę przed kolejną próbą; nagłówek Retry-After podaje, jak długo.
problem-service-unavailable = Chwilowo niedostępne
    .detail = Usługa nie może teraz połączyć się ze swoją bazą danych. Spróbuj ponownie za chwilę.
problem-internal-error = Coś poszło nie tak
    .detail = Wystąpił nieoczekiwany błąd. Jeśli kontaktujesz się z pomocą techniczną, podaj identyfikator żądania.
problem-concurrent-update = Równoczesna zmiana
    .detail = Przeszkodziła inna zmiana. Spróbuj ponownie.
problem-slug-taken = Nazwa zajęta
    .detail = Inna organizacja używa już tej krótkiej nazwy.
problem-chapter-name-taken = Nazwa zajęta
    .detail = Inny oddział w tym samym miejscu drzewa ma już tę nazwę.
problem-email-taken = Adres e-mail zajęty
    .detail = Konto z tym adresem e-mail już istnieje.
problem-unknown-county = Nieznany okręg
    .detail = Nie ma okręgu o tym numerze.
problem-unknown-region = Nieznany region
    .detail = Nie ma regionu o tym kodzie.
problem-unknown-user = Nieznane konto
    .detail = Nie ma konta o tym identyfikatorze.
problem-unknown-chapter = Nieznany oddział
    .detail = W tej organizacji nie ma takiego oddziału.
problem-closed-before-founded = Zamknięty przed założeniem
    .detail = Oddział nie może zostać zamknięty przed datą założenia.
problem-valid-to-before-valid-from = Koniec przed początkiem
    .detail = Data końcowa jest wcześniejsza niż data początkowa.
problem-open-children = Oddział ma pod sobą otwarte oddziały
    .detail = Najpierw zamknij lub przenieś oddziały podległe temu oddziałowi.
problem-parent-closed = Oddział nadrzędny jest zamknięty
    .detail = Nowych oddziałów nie można umieszczać pod zamkniętym oddziałem.
problem-role-not-grantable = Tej roli nie można tu nadać
    .detail = Administratorów platformy wyznacza się z wiersza poleceń.
problem-chapter-not-allowed = Ta rola nie dotyczy oddziału
    .detail = Administratorzy organizacji pełnią swoją rolę w całej organizacji, a nie w oddziale.
problem-chapter-required = Wymagany oddział
    .detail = Tę rolę pełni się w oddziale; podaj oddział.
problem-invalid-invitation = Zaproszenie jest nieważne
    .detail = Zaproszenie nie istnieje, wygasło lub zostało już wykorzystane.
problem-account-details-required = Wymagane imię i nazwisko oraz hasło
    .detail = Ten adres e-mail nie ma jeszcze konta; podaj imię i nazwisko oraz hasło, aby je utworzyć.
problem-invalid-header = Nieprawidłowy nagłówek
    .detail = Nagłówek żądania ma wartość, której ta usługa nie potrafi odczytać.
problem-chapter-placement = Niedozwolone w tym miejscu drzewa
    .detail = Oddział okręgowy znajduje się pod oddziałem krajowym, a oddział lokalny pod oddziałem krajowym lub okręgowym.
problem-chapter-cycle = Oddziału nie można przenieść pod niego samego
    .detail = Nowym oddziałem nadrzędnym jest ten oddział lub jeden z oddziałów pod nim.

field-invalid = Ta wartość jest nieprawidłowa.
field-length-max-min = Liczba znaków musi wynosić od { $min } do { $max }.
field-length-max = Liczba znaków może wynosić najwyżej { $max }.
field-length-min = Liczba znaków musi wynosić co najmniej { $min }.
field-length-equal = Liczba znaków musi wynosić dokładnie { $equal }.
field-range-max-min = Musi wynosić od { $min } do { $max }.
field-range-max = Może wynosić najwyżej { $max }.
field-range-min = Musi wynosić co najmniej { $min }.
field-email = Musi to być prawidłowy adres e-mail.
field-required = Wymagane.
field-slug = Użyj 2–63 małych liter, cyfr i łączników, zaczynając od litery lub cyfry.
field-language = Ta usługa nie ma tłumaczeń na ten język.
field-labels = Każda etykieta wymaga kodu języka i 1–100 znaków.
field-unknown-field = To pole nie jest tu przyjmowane.
field-missing-field = To pole jest wymagane.
field-invalid-type = Ta wartość ma niewłaściwy typ.
field-unknown-variant = Ta wartość nie należy do dozwolonych.
field-invalid-length = Ta lista ma niewłaściwą liczbę elementów.
field-invalid-value = Ta wartość jest niedozwolona.
field-county-code = Numer okręgu składa się z dwóch cyfr.
field-region-code = Kod regionu to 2–16 małych liter.
field-youth-band-order = Przedział wiekowy młodzieży nie może kończyć się przed swoim początkiem.
field-chapter-placement = Oddział okręgowy musi znajdować się pod oddziałem krajowym, a oddział lokalny pod oddziałem krajowym lub okręgowym.
field-chapter-cycle = Oddziału nie można przenieść pod niego samego ani pod oddział, który jest pod nim.
field-slug-taken = Już w użyciu.
field-chapter-name-taken = Inny oddział w tym miejscu ma już tę nazwę.
field-email-taken = Już w użyciu.
field-unknown-county = Żaden okręg nie ma tego numeru.
field-unknown-region = Żaden region nie ma tego kodu.
field-unknown-user = Żadne konto nie ma tego identyfikatora.
field-unknown-chapter = W tej organizacji nie ma takiego oddziału.
field-closed-before-founded = Nie może być przed datą założenia.
field-valid-to-before-valid-from = Nie może być przed początkiem.
field-open-children = Oddziały podległe temu oddziałowi są nadal otwarte.
field-parent-closed = Oddział nadrzędny jest zamknięty.
field-role-not-grantable = Tej roli nie można tu nadać.
field-chapter-not-allowed = Dla tej roli nie podawaj oddziału.
field-chapter-required = Podaj oddział dla tej roli.
field-invalid-invitation = Zaproszenie jest nieważne.
field-account-details-required = Potrzebne do utworzenia konta.
field-nul-character = Tekst nie może zawierać znaku NUL.
field-if-match = Wyślij otrzymany ETag, np. "3", albo *.

## Członkowie
problem-contact-required = Wymagany e-mail lub telefon
    .detail = Podaj adres e-mail, numer telefonu lub oba.
problem-date-in-future = Data w przyszłości
    .detail = Ta data nie może być późniejsza niż dzisiejsza.
problem-before-current-period = Przed bieżącym okresem
    .detail = Zmiana nie może wejść w życie przed rozpoczęciem bieżącego okresu członkostwa.
problem-birth-year-mismatch = Rok urodzenia nie zgadza się z datą
    .detail = Rok urodzenia musi być rokiem z daty urodzenia.
problem-merge-with-self = Ten sam członek
    .detail = Nie można połączyć członka z nim samym.
problem-period-order = Okres kończy się przed początkiem
    .detail = Koniec okresu jest wcześniejszy niż jego początek.
problem-catalogue-full = Katalog jest pełny
    .detail = Katalog mieści najwyżej 100 pozycji; zamiast dodawać nową, wycofaj jedną i użyj jej ponownie.
problem-follow-up-completed = Działanie następcze już zakończone
    .detail = To działanie następcze jest zakończone; nie można już nic do niego dopisać.
problem-status-transition = Niedozwolona zmiana statusu
    .detail = Członkostwo nie może przejść z obecnego statusu do tego.
problem-no-change = Nic do zmiany
    .detail = Członkostwo ma już ten status, oddział i typ.
problem-membership-open = Członkostwo już otwarte
    .detail = Ta osoba ma już oczekujące lub aktywne członkostwo.
problem-chapter-closed = Oddział zamknięty
    .detail = Członków nie można przypisać do zamkniętego oddziału.
problem-member-erased = Dane członka usunięte
    .detail = Dane tego członka zostały usunięte; rekordu nie można już zmienić.
problem-both-memberships-open = Obie osoby mają otwarte członkostwo
    .detail = Przed połączeniem zakończ jedno z dwóch członkostw.
problem-request-closed = Wniosek już rozpatrzony
    .detail = Sekretariat już potwierdził lub odrzucił ten wniosek.
problem-email-registered = Adres e-mail już zarejestrowany
    .detail = Ktoś w tej organizacji jest już zarejestrowany z tym adresem e-mail.
problem-phone-registered = Numer telefonu już zarejestrowany
    .detail = Ktoś w tej organizacji jest już zarejestrowany z tym numerem telefonu.
problem-fee-recorded = Składka już zapisana
    .detail = Składka za ten rok jest już zapisana w tym członkostwie.
problem-unknown-membership-type = Nieznany typ członkostwa
    .detail = Organizacja nie oferuje typu członkostwa o tym kodzie.
problem-unknown-relation = Nieznana relacja
    .detail = Organizacja nie ma kategorii relacji o tym kodzie.
problem-unknown-member = Nieznany członek
    .detail = W tej organizacji nie ma takiego członka.
problem-invalid-link = Link jest nieważny
    .detail = Link jest nieznany, wygasł lub został już użyty. Poproś o nowy.
problem-consent-required = Wymagana zgoda
    .detail = Zapis wymaga Twojej zgody na wyświetlony tekst.
problem-consent-outdated = Tekst zgody się zmienił
    .detail = Tekst zgody zmienił się od załadowania formularza. Załaduj formularz ponownie.
problem-place-required = Wymagany oddział lub kod pocztowy
    .detail = Wybierz oddział lub podaj kod pocztowy.
problem-idempotency-key-reused = Klucz idempotencji użyty ponownie
    .detail = Ten Idempotency-Key został już użyty dla innego żądania.
problem-invalid-idempotency-key = Nieprawidłowy Idempotency-Key
    .detail = Nagłówek Idempotency-Key musi mieć 1–200 widocznych znaków ASCII.
field-contact-required = Podaj adres e-mail lub numer telefonu.
field-date-in-future = Nie może być później niż dzisiaj.
field-before-current-period = Nie może być przed rozpoczęciem bieżącego okresu.
field-birth-year-mismatch = Musi to być rok z daty urodzenia.
field-merge-with-self = Wybierz innego członka.
field-period-order = Nie może być przed początkiem okresu.
field-catalogue-full = Katalog jest pełny.
field-follow-up-completed = Już zakończone.
field-status-transition = Niedozwolone z obecnego statusu.
field-no-change = Już tak jest.
field-membership-open = Ma już otwarte członkostwo.
field-request-closed = Już rozpatrzono.
field-chapter-closed = Oddział jest zamknięty.
field-member-erased = Dane członka zostały usunięte.
field-both-memberships-open = Obie osoby mają otwarte członkostwo.
field-email-registered = Już zarejestrowany.
field-phone-registered = Już zarejestrowany.
field-fee-recorded = Już zapisana za ten rok.
field-unknown-membership-type = Nie ma takiego typu członkostwa.
field-unknown-relation = Nie ma takiej kategorii relacji.
field-unknown-member = Nie ma takiego członka.
field-invalid-link = Link jest nieważny.
field-consent-required = Zapis wymaga zgody.
field-consent-outdated = Załaduj formularz ponownie.
field-place-required = Wybierz oddział lub podaj kod pocztowy.
field-idempotency-key-reused = Już użyty dla innego żądania.
field-national-id-number = Nigdy nie przechowujemy krajowych numerów identyfikacyjnych. Usuń ten numer.
field-phone = To nie jest używany numer telefonu: podaj numer norweski albo + i numer kierunkowy kraju.
field-postal-code = Kod pocztowy składa się z czterech cyfr.
field-invisible-character = Zawiera niewidoczny znak (np. spację o zerowej szerokości), być może z kopiowania. Wpisz adres ponownie.
field-lookalike-characters = Łączy podobnie wyglądające litery z różnych alfabetów albo zapisuje słowo w innym alfabecie tak, że wygląda jak litery łacińskie. Wpisz adres ponownie.

## Publiczny formularz zapisu, zgoda, e-maile i samoobsługa
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

    Link jest ważny przez { $days } { $days ->
        [one] dzień
        [few] dni
        [many] dni
       *[other] dni
    }. Jeśli to nie Ty się zapisałeś, zignoruj tę wiadomość — nic nie zostanie zachowane.
email-welcome-subject = Witamy w { $org }
email-welcome-body = Dzień dobry { $name },

    witamy wśród członków { $org }! Wkrótce skontaktuje się z Tobą ktoś z Twojego oddziału.
email-self-service-export-subject = Twoje dane w { $org }
email-self-service-export-body = Dzień dobry,

    poprosiłeś o wgląd w dane, które { $org } o Tobie przechowuje. Otwórz ten link, aby je pobrać:

    { $link }

    Linku można użyć raz, w ciągu { $minutes } minut. Jeśli to nie Ty, zignoruj tę wiadomość.
email-self-service-erase-subject = Usuń swoje dane w { $org }
email-self-service-erase-body = Dzień dobry,

    poprosiłeś o usunięcie swoich danych w { $org }. Otwórz ten link, aby to potwierdzić; Twoje członkostwo wtedy się zakończy:

    { $link }

    Linku można użyć raz, w ciągu { $minutes } minut. Jeśli to nie Ty, zignoruj tę wiadomość.
self-service-requested = Jeśli adres jest zarejestrowany, link jest już w drodze.
self-service-erased = Twoje dane zostały usunięte, a członkostwo zakończone.
email-qualification-lapsing-subject = Twoje uprawnienia ({ $course }) wkrótce wygasną
email-qualification-lapsing-body = Dzień dobry { $name },

    Twoje uprawnienia z kursu { $course } w { $org } wygasają { $date }. Weź udział w kursie uzupełniającym przed tą datą, aby nadal działać jako wolontariusz; Twój oddział powie Ci, kiedy odbędzie się następny.
problem-unknown-role = Nieznana rola wolontariusza
    .detail = Organizacja nie ma roli wolontariusza o tym kodzie.
field-unknown-role = Nie ma takiej roli wolontariusza.
problem-unknown-course-type = Nieznany typ kursu
    .detail = Organizacja nie ma aktualnego typu kursu o tym kodzie.
field-unknown-course-type = Nie ma takiego typu kursu.
problem-before-course = Przed kursem
    .detail = Ukończenie nie może mieć daty wcześniejszej niż dzień, w którym odbył się kurs.
field-before-course = Nie może być przed dniem, w którym odbył się kurs.
problem-completion-recorded = Ukończenie już zapisane
    .detail = Ukończenie tego kursu przez tę osobę jest już zapisane.
field-completion-recorded = Już zapisane dla tego kursu.
problem-unknown-group-kind = Nieznany rodzaj grupy
    .detail = Organizacja nie ma rodzaju grupy o tym kodzie.
field-unknown-group-kind = Nie ma takiego rodzaju grupy.
problem-unknown-activity-kind = Nieznany rodzaj działania
    .detail = Organizacja nie ma rodzaju działania o tym kodzie.
field-unknown-activity-kind = Nie ma takiego rodzaju działania.
problem-unknown-volunteer = Ta osoba nie jest tu wolontariuszem
    .detail = Każda wymieniona osoba musi pełnić rolę wolontariusza w oddziale w dniu działania.
field-unknown-volunteer = Nie jest wolontariuszem tego oddziału w tym dniu.
problem-before-group = Przed powstaniem grupy
    .detail = Spotkanie nie może odbyć się przed rozpoczęciem działalności grupy.
field-before-group = Nie może być przed rozpoczęciem działalności grupy.
problem-too-few-chapters = Za mało oddziałów
    .detail = Projekt wymaga co najmniej dwóch różnych oddziałów.
field-too-few-chapters = Podaj co najmniej dwa różne oddziały.
email-invitation-subject = Zaproszenie do { $org }
email-invitation-body = Dzień dobry,

    { $inviter } zaprasza Cię do { $org } jako { $role ->
        [org_admin] administratora organizacji
        [chapter_leader] lidera oddziału
        [volunteer] wolontariusza
       *[member] członka
    }. Przyjmij zaproszenie, korzystając z tego linku:

    { $link }

    Jeśli masz już konto z tym adresem e-mail, najpierw się zaloguj. Linku można użyć raz, w ciągu tygodnia. Jeśli się tego nie spodziewasz, zignoruj tę wiadomość.
problem-own-grant = Nie możesz nadać roli sobie
    .detail = Role nadaje ktoś inny; nikt nie tworzy, nie przedłuża ani nie odnawia własnej roli.
problem-grant-outlives-granter = Kończy się po Twojej roli
    .detail = Rola, którą nadajesz, nie może trwać dłużej niż rola, która pozwala Ci ją nadać.
problem-sign-in-required = Zaloguj się, aby przyjąć
    .detail = Ten adres e-mail ma już konto: zaloguj się na nie, a potem ponownie przyjmij zaproszenie.
field-own-grant = Nie możesz wskazać siebie.
field-grant-outlives-granter = Nie może być później niż koniec Twojej roli.
problem-threshold-with-grows = Bez progu przy "grows"
    .detail = Cel, który wymaga wzrostu, porównuje się z wynikiem sprzed roku; nie podawaj progu.
field-threshold-with-grows = Pomiń przy "grows".
problem-threshold-required = Wymagany próg
    .detail = Podaj wartość, z którą porównuje się cel.
field-threshold-required = Podaj próg.
problem-share-over-100 = Udział powyżej 100 %
    .detail = Udział podaje się w procentach, od 0 do 100.
field-share-over-100 = Może wynosić najwyżej 100 (procent).
problem-no-parameter = Wskaźnik nie przyjmuje parametru
    .detail = Ten wskaźnik liczy bez kodu; nie podawaj parametru.
field-no-parameter = Pomiń dla tego wskaźnika.
problem-parameter-required = Wymagany parametr
    .detail = Ten wskaźnik liczy jeden kod (rolę, relację lub język); podaj go.
field-parameter-required = Podaj kod, który liczy ten wskaźnik.
problem-unknown-parameter = Nieznany parametr
    .detail = Organizacja nie ma takiego aktualnego kodu dla tego wskaźnika.
field-unknown-parameter = Nie ma takiego kodu dla tego wskaźnika.
problem-metric-needs-period = Wskaźnik wymaga okresu
    .detail = Ten wskaźnik sumuje wartości w okresie: podaj termin lub okres cykliczny.
field-metric-needs-period = Podaj termin lub okres cykliczny.
problem-window-needs-year = Dni wymagają okresu rocznego
    .detail = Dni w roku (np. 10 września) można podać tylko przy okresie rocznym.
field-window-needs-year = Tylko przy okresie rocznym.
field-day-window = Podaj dni w formacie MM-DD; ostatni nie może być wcześniej niż pierwszy.
field-target-code = 1–16 wielkich liter i cyfr, a po pierwszym znaku także . _ -.
field-descriptions = Każdy tekst wymaga kodu języka i 1–2000 znaków.
problem-target-code-taken = Kod zajęty
    .detail = Inny cel organizacji ma już ten kod.
field-target-code-taken = Używany już przez inny cel.
problem-too-many-targets = Zbyt wiele celów
    .detail = Organizacja może mieć najwyżej 200 aktualnych celów. Wycofaj jeden, aby zrobić miejsce.
field-too-many-targets = Organizacja ma już 200 aktualnych celów.
target-summary = { $met } z { $total } { $units ->
        [county] oddziałów okręgowych
        [local] oddziałów lokalnych
        [national] oddziałów krajowych
        [regions] regionów
       *[other] jednostek
    }
problem-too-many-points = Zbyt wiele kroków
    .detail = Seria może mieć najwyżej 240 kroków: skróć zakres lub wydłuż krok.
field-too-many-points = Najwyżej 240 kroków: skróć zakres lub wydłuż krok.
problem-first-year-required = Wymagany pierwszy rok
    .detail = Cel powtarzany co kilka lat liczy swoje wystąpienia od pierwszego roku; podaj go.
field-first-year-required = Podaj pierwszy rok, w którym się odbywa.
field-date-range = Musi to być dzień z lat od { $min } do { $max }.
target-status = { $status ->
        [met] osiągnięty
        [on_track] na dobrej drodze
        [at_risk] zagrożony
        [missed] nieosiągnięty
       *[not_due] przed terminem
    }
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
report-title = Raport stanu
report-as-of = Stan na
report-since = W porównaniu z
report-previous = Poprzednio
report-trend = Trend z ostatniego roku; próg zaznaczono linią przerywaną
report-bars = Wynik każdej jednostki; próg zaznaczono linią przerywaną, a zakreskowane słupki go nie osiągają
report-unit = Jednostka
report-value = Wartość
report-threshold = Próg
report-status = Status
report-change = Zmiana

## Strony serwisu
page-language = Język
page-change-language = Pokaż w tym języku
page-skip-to-content = Przejdź do treści
page-required = wymagane
page-choose = Wybierz
page-error-summary = Wystąpił problem
page-error-intro = Popraw zaznaczone pola, a następnie wyślij formularz ponownie.
page-consent-version = Wersja tego tekstu: { $version }
page-thanks-title = Dziękujemy
page-my-data-link = Zobacz, pobierz lub usuń dane, które o Tobie przechowujemy
page-noscript-link = Ten krok wymaga włączonej obsługi JavaScript: tajna część Twojego linku pozostaje w przeglądarce i nigdy nie jest wysyłana jako część adresu strony internetowej.
page-link-missing = Tę stronę otwiera się za pomocą linku z naszej wiadomości e-mail. Otwórz ten link ponownie albo poproś o nowy.
page-confirm-title = Potwierdź członkostwo
page-confirm-intro = Naciśnij przycisk, aby potwierdzić swoje członkostwo.
page-confirm-button = Potwierdź moje członkostwo
page-my-data-title = Twoje dane
page-my-data-intro = Wyślemy na Twój adres e-mail jednorazowy link. Dzięki niemu zobaczysz i pobierzesz wszystko, co o Tobie przechowujemy, albo to usuniesz.
page-my-data-purpose = Co chcesz zrobić?
page-my-data-export = Zobacz i pobierz moje dane
page-my-data-erase = Usuń moje dane i zakończ członkostwo
page-my-data-send = Wyślij mi link
page-export-title = Zobacz swoje dane
page-export-intro = Naciśnij przycisk, aby zobaczyć swoje dane. Link działa tylko raz, więc pobierz je, póki strona jest otwarta.
page-export-button = Pokaż moje dane
page-export-download = Pobierz jako plik (JSON)
page-export-raw = Wszystko, tak jak zapisano w pliku
page-erase-title = Usuń swoje dane
page-erase-warning = Spowoduje to usunięcie Twojego imienia i nazwiska, danych kontaktowych oraz historii w organizacji, a także zakończenie członkostwa. Tego nie można cofnąć.
page-erase-understood = Rozumiem, że tego nie można cofnąć
page-erase-button = Usuń moje dane
page-back = Wróć do formularza zapisu
page-export-details = Twoje dane osobowe
page-export-memberships = Członkostwa
page-export-member-since = Członkostwo od { $day }
page-optional = nieobowiązkowe
problem-erase-not-confirmed = Usunięcie niepotwierdzone
    .detail = Usunięcia nie można cofnąć, dlatego najpierw zaznacz pole.
field-erase-not-confirmed = Zaznacz pole, aby potwierdzić, że Twoje dane mają zostać usunięte.
problem-concurrent-signup = Zapisano w tej samej chwili
    .detail = Ta sama osoba była zapisywana w tej samej chwili; spróbuj ponownie.
field-colour = Podaj kolor w postaci #rrggbb, na przykład #1d4f91.
field-colour-contrast = Za jasny dla białego tekstu: kontrast wynosi { $contrast }:1, a potrzeba co najmniej 4,5:1.
field-origin = Podaj źródło, na przykład https://www.example.org, bez niczego po nazwie.
problem-own-link = Nie możesz powiązać własnego konta
    .detail = Rekord z Twoim kontem wiąże inny lider lub administrator.
field-own-link = Nie może to być Twoje własne konto.
problem-person-already-linked = Już powiązano z innym kontem
    .detail = Ten rekord jest powiązany z innym kontem; najpierw usuń to powiązanie.
field-person-already-linked = Ten rekord jest powiązany z innym kontem.
problem-account-already-linked = Konto jest powiązane z innym rekordem
    .detail = To konto jest powiązane z innym rekordem w tej organizacji; najpierw usuń to powiązanie.
field-account-already-linked = To konto jest tu powiązane z innym rekordem.
problem-not-a-candidate = Spoza propozycji
    .detail = Przydziel prośbę jednej z proponowanych osób wspierających: aktywnej, z kwalifikacjami, z oddziału lub regionu prośby i wcześniej niepytanej.
field-not-a-candidate = To nie jest jedna z propozycji dla tej prośby.
problem-assignment-answered = Już odpowiedziano
    .detail = To przydzielenie zostało już przyjęte, odrzucone lub zakończone.
field-assignment-answered = Na to przydzielenie już odpowiedziano.
problem-assignment-not-accepted = Przydzielenie nie zostało przyjęte
    .detail = Rozmowy zapisuje i prośbę zamyka osoba wspierająca, która ją przyjęła, dopóki jest jej.
field-assignment-not-accepted = Najpierw przyjmij prośbę; musi nadal być Twoja.
consent-peer-conversation = Zgadzam się, aby { $org } zapisała to, co tu piszę, oraz moje dane kontaktowe, by znaleźć dla mnie osobę wspierającą i się ze mną skontaktować. Moje dane kontaktowe widzą tylko osoby organizujące rozmowę i zostaną usunięte po zamknięciu prośby.
peer-form-title = Porozmawiaj z kimś, kto przez to przeszedł
peer-form-intro = Osoba wspierająca z { $org } sama przeżyła coś podobnego do tego, przez co przechodzisz. Napisz nam trochę, a ktoś się z Tobą skontaktuje.
peer-form-submit = Poproś o rozmowę
peer-form-received = Dziękujemy. Osoba wspierająca wkrótce się z Tobą skontaktuje.
peer-age-under-18 = Poniżej 18 lat
peer-age-18-29 = 18–29
peer-age-30-49 = 30–49
peer-age-50-66 = 50–66
peer-age-67-plus = 67 lat lub więcej
peer-channel-phone = Przez telefon
peer-channel-video = Przez wideo
peer-channel-meeting = Spotkanie osobiste
peer-prefer-woman = Kobieta
peer-prefer-man = Mężczyzna
email-peer-assignment-subject = Prośba o rozmowę wspierającą w { $org }
email-peer-assignment-body = Dzień dobry { $name },

    poproszono Cię o przyjęcie prośby o rozmowę wspierającą w { $org }. Zaloguj się, aby ją zobaczyć, i przyjmij ją lub odrzuć. Jeśli ją przyjmiesz, nawiąż pierwszy kontakt w ciągu { $hours } godzin.
email-peer-declined-subject = Prośba o rozmowę wspierającą została odrzucona w { $org }
email-peer-declined-body = Dzień dobry,

    osoba wspierająca, której przydzielono prośbę { $request }, odrzuciła ją. Czeka ona na ponowne przydzielenie; zaloguj się, aby zobaczyć kolejne propozycje.
problem-conversation-closed = Prośba jest zamknięta
    .detail = Zamkniętej prośby o rozmowę nie można przydzielić ani zamknąć ponownie.
field-conversation-closed = Ta prośba jest zamknięta.
email-peer-contact-reminder-subject = Przypomnienie: pierwszy kontakt w sprawie rozmowy wspierającej w { $org }
email-peer-contact-reminder-body = Dzień dobry { $name },

    prośba o rozmowę wspierającą przydzielona Ci w { $org } nie ma jeszcze pierwszego kontaktu. Skontaktuj się do { $due } i zapisz rozmowę na swoim koncie. Jeśli nie możesz jej przyjąć, odrzuć ją, aby mógł to zrobić ktoś inny.
email-peer-contact-overdue-subject = Brak pierwszego kontaktu w sprawie rozmowy wspierającej w { $org }
email-peer-contact-overdue-body = Dzień dobry { $name },

    prośba { $request }, którą przydzielono, miała mieć pierwszy kontakt do { $due }, a żaden nie został zapisany. Zaloguj się, aby się tym zająć lub przydzielić ją komuś innemu.
peer-field-chapter = Gdzie mieszkasz
peer-field-relation = Czego to dotyczy
peer-field-age-group = Twój wiek
peer-field-channel = Jak chcesz rozmawiać
peer-field-gender-preference = Wolę rozmawiać z
peer-field-name = Jak możemy się do Ciebie zwracać
peer-field-email = E-mail
peer-field-phone = Telefon komórkowy
peer-field-consent = Zgadzam się
peer-field-website = Zostaw to pole puste
peer-help-gender-preference = Opcjonalnie.
peer-help-name = Opcjonalnie. Wystarczy imię.
problem-assignment-open = Prośba o rozmowę jest w toku
    .detail = Ta osoba ma przyjętą prośbę o rozmowę; powiązanie z kontem zmieni się dopiero, gdy prośba zostanie zamknięta lub przydzielona komuś innemu.
field-assignment-open = Ta osoba ma przyjętą prośbę o rozmowę.
problem-held-before-assignment = Przed przydzieleniem prośby
    .detail = Rozmowa w sprawie prośby odbywa się w dniu jej przydzielenia lub później.
field-held-before-assignment = Nie może być przed dniem przydzielenia prośby.
email-account-linked-subject = Twój rekord w { $org } powiązano z kontem logowania
email-account-linked-body = Dzień dobry,

    Twój rekord w { $org } powiązano z kontem logowania { $account }, aby pokazywał Twoje role wolontariackie, kursy i zadania. Jeśli o to nie prosiłeś(-aś), daj znać { $org }.
problem-welcome-kind-exists = Organizacja ma już kontakt powitalny
    .detail = Jeden rodzaj kontaktu jest powitaniem; zmień ten, albo wybierz dla tego inny początek.
field-welcome-kind-exists = Inny rodzaj jest kontaktem powitalnym.
field-date = To nie jest data. Zapisz ją jako 31.12.2024 lub 2024-12-31.
field-chapter-name-ambiguous = Kilka oddziałów ma tę nazwę. Użyj identyfikatora oddziału.
field-unknown-status = To nie jest status członkostwa. Użyj active, lapsed, resigned lub deceased.
field-ended-while-active = Aktywne członkostwo nie ma daty zakończenia.
field-end-required = Podaj dzień, w którym członkostwo się zakończyło.
field-fee-years-max = Podaj opłacone lata jako lata czterocyfrowe, żaden po { $max }.
field-same-as-row-row = Ten sam adres e-mail lub numer telefonu co w wierszu { $row }: osoba jest importowana raz, z tamtego wiersza.
field-similar-to-member-member = Zaimportowano; bardzo podobne do członka { $member } (ten sam rok urodzenia i kod pocztowy, podobne imię i nazwisko). Sprawdź, czy to ta sama osoba.
field-contact-of-two-members-member-other = Adres e-mail należy do członka { $member }, a numer telefonu do członka { $other }.
import-verdict-refused = Odrzucony
import-verdict-duplicate = Duplikat
import-verdict-flagged = Zaimportowany, do sprawdzenia
import-report-row = Wiersz
import-report-verdict = Wynik
import-report-column = Kolumna
import-report-reason = Powód
import-summary = Wierszy: { $rows }; zaimportowano: { $created }, już zarejestrowanych: { $unchanged }, odrzuconych: { $refused }, duplikatów: { $duplicates }, do sprawdzenia: { $flagged }.
import-dry-run = Próba, nic nie zostało zmienione.
import-ignored = Kolumny, które nie zostały odczytane: { $columns }
import-report-written = Co stało się z wierszami, które nie zostały po prostu zaimportowane: { $path }
import-stage-reading = Odczyt
import-stage-copying = Kopiowanie
import-stage-writing = Zapis
problem-import-empty = Plik jest pusty
    .detail = Plik nie ma wiersza nagłówka ani żadnych wierszy.
problem-import-workbook = Nie można odczytać skoroszytu
    .detail = Plik wygląda na skoroszyt Excela, ale nie można go otworzyć lub nie ma arkusza.
problem-import-csv = Nie można odczytać pliku CSV
    .detail = Pliku nie udało się odczytać jako wartości rozdzielanych przecinkami lub średnikami.
problem-import-column-twice = Dwie kolumny zawierają to samo
    .detail = Dwa nagłówki oznaczają { $columns }. Usuń jeden albo wskaż je w pliku mapowania.
problem-import-columns-missing = Brakuje kolumn
    .detail = Każda lista członków potrzebuje tych kolumn: { $columns }.
field-import-empty = Plik jest pusty.
