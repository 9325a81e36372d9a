# العربية — نموذج التسجيل والموافقة والرسائل. بانتظار مراجعة متحدث أصلي؛
# الرسائل الأخرى تُعرض بالإنجليزية. تُكتب من اليمين إلى اليسار.
signup-title = انضم إلى عضوية { $org }
signup-intro = العضوية مفتوحة للجميع. يستغرق الأمر دقيقة واحدة، ويمكنك الانسحاب في أي وقت.
signup-field-given-name = الاسم الأول
signup-field-family-name = اسم العائلة
signup-field-email = البريد الإلكتروني
signup-help-email = سنرسل إليك رابطًا لتأكيد عضويتك.
signup-field-phone = الهاتف المحمول
signup-help-phone = أدخل بريدًا إلكترونيًا أو رقم هاتف أو كليهما.
signup-field-chapter = الفرع
signup-help-chapter = اختر أقرب فرع إليك، أو أدخل رمزك البريدي بدلًا من ذلك.
signup-field-postal-code = الرمز البريدي
signup-field-birth-year = سنة الميلاد
signup-help-birth-year = اختياري. يُستخدم لإحصاءات الأعمار فقط.
signup-field-membership-type = نوع العضوية
signup-field-consent = أوافق
signup-field-website = اترك هذا الحقل فارغًا
signup-rule-contact = أدخل بريدًا إلكترونيًا أو رقم هاتف.
signup-rule-place = اختر فرعًا أو أدخل رمزك البريدي.
signup-submit = سجّلني
signup-received = شكرًا لك! إذا أدخلت بريدًا إلكترونيًا، فابحث عن رسالتنا وأكّد عضويتك بالرابط الموجود فيها.
signup-confirmed = أهلًا بك! تم تأكيد عضويتك.
consent-membership = أوافق على أن تسجّل { $org } اسمي وبيانات الاتصال بي والمعلومات التي أقدّمها هنا لإدارة عضويتي. لا تستخدمها إلا المنظمة. يمكنني في أي وقت الاطلاع على بياناتي أو تنزيلها أو حذفها.
email-confirm-subject = أكّد عضويتك في { $org }
email-confirm-body = مرحبًا { $name }،

    شكرًا لتسجيلك في { $org }. أكّد عضويتك من خلال هذا الرابط:

    { $link }

    الرابط صالح لمدة { $days } أيام. إذا لم تقم بالتسجيل، فتجاهل هذه الرسالة ولن يُحفظ شيء.
email-welcome-subject = أهلًا بك في { $org }
email-welcome-body = مرحبًا { $name }،

    أهلًا بك عضوًا في { $org }! سيتواصل معك قريبًا أحد من فرعك.
email-self-service-export-subject = بياناتك لدى { $org }
email-self-service-export-body = مرحبًا،

    طلبت الاطلاع على البيانات التي تحتفظ بها { $org } عنك. افتح هذا الرابط للحصول عليها:

    { $link }

    يمكن استخدام الرابط مرة واحدة خلال { $minutes } دقيقة. إذا لم تطلب ذلك، فتجاهل هذه الرسالة.
email-self-service-erase-subject = حذف بياناتك لدى { $org }
email-self-service-erase-body = مرحبًا،

    طلبت حذف بياناتك لدى { $org }. افتح هذا الرابط للتأكيد، وستنتهي عضويتك عندئذ:

    { $link }

    يمكن استخدام الرابط مرة واحدة خلال { $minutes } دقيقة. إذا لم تطلب ذلك، فتجاهل هذه الرسالة.
self-service-requested = إذا كان العنوان مسجلًا، فالرابط في طريقه إليك بالبريد الإلكتروني.
self-service-erased = تم حذف بياناتك وإنهاء عضويتك.
email-qualification-lapsing-subject = تأهيلك ({ $course }) ينتهي قريبًا
email-qualification-lapsing-body = مرحبًا { $name }،

    ينتهي تأهيلك من دورة { $course } لدى { $org } في { $date }. احضر دورة متابعة قبل ذلك لتبقى متطوعًا نشطًا؛ يمكن لفرعك أن يخبرك بموعد الدورة القادمة.
email-invitation-subject = دعوة إلى { $org }
email-invitation-body = مرحبًا،

    دعاك { $inviter } إلى { $org } بصفة { $role ->
        [org_admin] مسؤول عن المنظمة
        [chapter_leader] قائد فرع
        [volunteer] متطوع
       *[member] عضو
    }. اقبل الدعوة من خلال هذا الرابط:

    { $link }

    إذا كان لديك حساب بهذا البريد الإلكتروني، فسجّل الدخول أولًا. يمكن استخدام الرابط مرة واحدة خلال أسبوع. إذا لم تكن تتوقع هذه الرسالة، فتجاهلها.
target-alert-falls-on = ستُنزل حالات الانتهاء المعروفة الرقم دون الحد في { $day }.
target-digest-line = - { $target }، { $unit }: { $status ->
        [at_risk] معرّض للخطر
       *[missed] لم يتحقق
    } ({ $value } مقابل { $threshold })
email-target-alert-subject = { $target }: { $unit } { $status ->
        [at_risk] معرّض للخطر
       *[missed] لم يتحقق
    }
email-target-alert-body = مرحبًا،

    الهدف «{ $target }» لدى { $org } أصبح الآن { $status ->
        [at_risk] معرّضًا للخطر
       *[missed] غير متحقق
    } في { $unit }: الرقم { $value } مقابل { $threshold }. { $falls }

    تعرض لوحة الفرع الأرقام والأشخاص أو المجموعات وراءها.
email-target-digest-subject = { $org }: تراجع في { $count } من الأهداف
email-target-digest-body = مرحبًا،

    منذ الفحص الأخير أصبحت هذه الأهداف لدى { $org } معرّضة للخطر أو غير متحققة:

    { $lines }

    تعرض لوحة المنظمة جميع الأهداف.
