# العربية — يضم هذا الملف جميع رسائل الخدمة، وهو بانتظار مراجعة متحدث أصلي.
# تُكتب من اليمين إلى اليسار.

problem-bad-request = طلب غير صالح
    .detail = تعذّر فهم الطلب.
problem-malformed-json = JSON غير سليم
    .detail = محتوى الطلب ليس JSON صالحًا.
problem-invalid-body = محتوى الطلب غير صالح
    .detail = محتوى الطلب ليس بالشكل المتوقع؛ راجع أخطاء الحقول.
problem-invalid-query = معاملات استعلام غير صالحة
    .detail = أحد معاملات الاستعلام نوعه أو قيمته غير صحيحة.
problem-invalid-path = عنوان غير صالح
    .detail = قيمة في العنوان (مثل المعرّف) غير صالحة.
problem-unsupported-media-type = نوع وسائط غير مدعوم
    .detail = أرسل محتوى الطلب بصيغة JSON مع Content-Type: application/json.
problem-payload-too-large = محتوى الطلب كبير جدًا
    .detail = محتوى الطلب أكبر مما تقبله هذه العملية.
problem-validation-failed = المدخلات غير صالحة
    .detail = حقل واحد أو أكثر يخالف قاعدة؛ راجع أخطاء الحقول.
problem-unauthenticated = يلزم تسجيل الدخول
    .detail = تحتاج هذه العملية إلى رمز وصول صالح.
problem-invalid-token = رمز وصول غير صالح
    .detail = رمز الوصول مفقود أو غير سليم أو منتهي الصلاحية أو لم يُصدر لهذه الخدمة. سجّل الدخول مرة أخرى.
problem-invalid-credentials = البريد الإلكتروني أو كلمة المرور غير صحيحة
    .detail = لا يطابق البريد الإلكتروني وكلمة المرور أي حساب.
problem-invalid-refresh-token = انتهت الجلسة
    .detail = لم يعد رمز التحديث صالحًا. سجّل الدخول مرة أخرى.
problem-forbidden = غير مسموح
    .detail = لا يسمح لك دورك بهذا هنا.
problem-not-found = غير موجود
    .detail = لا يوجد شيء هنا، أو ليست لديك صلاحية الوصول إليه.
problem-method-not-allowed = الطريقة غير مسموح بها
    .detail = لا يدعم هذا العنوان طريقة HTTP هذه.
problem-precondition-failed = غيّره شخص آخر
    .detail = تغيّر المورد منذ أن قرأته. اقرأه مرة أخرى وكرّر تغييرك.
problem-precondition-required = يلزم ذكر الإصدار
    .detail = أرسل الإصدار الذي قرأته (قيمة ETag الخاصة به) في If-Match، حتى لا يُستبدل تغيير أحد دون أن يُلاحظ.
problem-too-many-requests = محاولات كثيرة جدًا
    .detail = انتظر قليلًا قبل أن تحاول مرة أخرى؛ تبيّن ترويسة Retry-After المدة.
problem-service-unavailable = الخدمة غير متاحة مؤقتًا
    .detail = لا تستطيع الخدمة الوصول إلى قاعدة بياناتها الآن. حاول مرة أخرى بعد قليل.
problem-internal-error = حدث خطأ ما
    .detail = حدث خطأ غير متوقع. اذكر معرّف الطلب إذا تواصلت مع الدعم.
problem-concurrent-update = تغيير متزامن
    .detail = تعارض تغيير آخر مع تغييرك. حاول مرة أخرى.
problem-slug-taken = الاسم مستخدم
    .detail = تستخدم منظمة أخرى هذا الاسم المختصر بالفعل.
problem-chapter-name-taken = الاسم مستخدم
    .detail = يحمل فرع آخر في الموضع نفسه من الشجرة هذا الاسم بالفعل.
problem-email-taken = البريد الإلكتروني مستخدم
    .detail = يوجد بالفعل حساب بهذا البريد الإلكتروني.
problem-unknown-county = مقاطعة غير معروفة
    .detail = لا توجد مقاطعة بهذا الرقم.
problem-unknown-region = منطقة غير معروفة
    .detail = لا توجد منطقة بهذا الرمز.
problem-unknown-user = حساب غير معروف
    .detail = لا يوجد حساب بهذا المعرّف.
problem-unknown-chapter = فرع غير معروف
    .detail = لا يوجد فرع كهذا في هذه المنظمة.
problem-closed-before-founded = أُغلق قبل تأسيسه
    .detail = لا يمكن إغلاق فرع قبل تاريخ تأسيسه.
problem-valid-to-before-valid-from = ينتهي قبل أن يبدأ
    .detail = تاريخ الانتهاء يسبق تاريخ البدء.
problem-open-children = تتبع هذا الفرع فروع مفتوحة
    .detail = أغلق الفروع التابعة لهذا الفرع أو انقلها أولًا.
problem-parent-closed = الفرع الأعلى مغلق
    .detail = لا يمكن وضع فروع جديدة تحت فرع مغلق.
problem-role-not-grantable = لا يمكن منح هذا الدور هنا
    .detail = يُعيَّن مسؤولو المنصة من سطر الأوامر.
problem-chapter-not-allowed = لا فرع لهذا الدور
    .detail = يشغل مسؤولو المنظمة دورهم في المنظمة كلها، لا في فرع بعينه.
problem-chapter-required = يلزم تحديد الفرع
    .detail = يُشغل هذا الدور في فرع؛ حدّد الفرع.
problem-invalid-invitation = الدعوة غير صالحة
    .detail = الدعوة غير موجودة أو انتهت صلاحيتها أو استُخدمت من قبل.
problem-account-details-required = يلزم الاسم وكلمة المرور
    .detail = لا يوجد حساب لهذا البريد الإلكتروني بعد؛ أدخل اسمًا وكلمة مرور لإنشاء حساب.
problem-invalid-header = ترويسة غير صالحة
    .detail = تحمل إحدى ترويسات الطلب قيمة لا تستطيع هذه الخدمة قراءتها.
problem-chapter-placement = غير مسموح في هذا الموضع من الشجرة
    .detail = يقع فرع المقاطعة تحت الفرع الوطني، ويقع الفرع المحلي تحت الفرع الوطني أو تحت فرع مقاطعة.
problem-chapter-cycle = لا يمكن نقل فرع تحت نفسه
    .detail = الفرع الأعلى الجديد هو هذا الفرع نفسه أو أحد الفروع التابعة له.

field-invalid = هذه القيمة غير صالحة.
field-length-max-min = يجب أن يكون عدد الأحرف بين { $min } و{ $max }.
field-length-max = يجب ألا يزيد عدد الأحرف على { $max }.
field-length-min = يجب ألا يقل عدد الأحرف عن { $min }.
field-length-equal = يجب أن يكون عدد الأحرف { $equal } بالضبط.
field-range-max-min = يجب أن تكون القيمة بين { $min } و{ $max }.
field-range-max = يجب ألا تزيد القيمة على { $max }.
field-range-min = يجب ألا تقل القيمة عن { $min }.
field-email = يجب أن يكون عنوان بريد إلكتروني صالحًا.
field-required = مطلوب.
field-slug = استخدم 2–63 من الأحرف اللاتينية الصغيرة والأرقام والشرطات، وابدأ بحرف أو رقم.
field-language = ليست لغة تتوفر لها ترجمات في هذه الخدمة.
field-labels = تحتاج كل تسمية إلى رمز لغة ونص من 1–100 حرف.
field-unknown-field = هذا الحقل غير مقبول هنا.
field-missing-field = هذا الحقل مطلوب.
field-invalid-type = نوع هذه القيمة غير صحيح.
field-unknown-variant = هذه القيمة ليست من القيم المسموح بها.
field-invalid-length = عدد عناصر هذه القائمة غير صحيح.
field-invalid-value = هذه القيمة غير مسموح بها.
field-county-code = يتكوّن رقم المقاطعة من رقمين.
field-region-code = يتكوّن رمز المنطقة من 2–16 حرفًا لاتينيًا صغيرًا.
field-youth-band-order = يجب ألا تنتهي الفئة العمرية للشباب قبل أن تبدأ.
field-chapter-placement = يجب أن يقع فرع المقاطعة تحت الفرع الوطني، والفرع المحلي تحت الفرع الوطني أو تحت فرع مقاطعة.
field-chapter-cycle = لا يمكن نقل فرع تحت نفسه أو تحت فرع تابع له.
field-slug-taken = مستخدم بالفعل.
field-chapter-name-taken = يحمل فرع آخر هنا هذا الاسم بالفعل.
field-email-taken = مستخدم بالفعل.
field-unknown-county = لا توجد مقاطعة بهذا الرقم.
field-unknown-region = لا توجد منطقة بهذا الرمز.
field-unknown-user = لا يوجد حساب بهذا المعرّف.
field-unknown-chapter = لا يوجد فرع كهذا في هذه المنظمة.
field-closed-before-founded = لا يمكن أن يسبق تاريخ التأسيس.
field-valid-to-before-valid-from = لا يمكن أن يسبق البداية.
field-open-children = لا تزال الفروع التابعة لهذا الفرع مفتوحة.
field-parent-closed = الفرع الأعلى مغلق.
field-role-not-grantable = لا يمكن منح هذا الدور هنا.
field-chapter-not-allowed = لا تحدّد فرعًا لهذا الدور.
field-chapter-required = حدّد الفرع لهذا الدور.
field-invalid-invitation = الدعوة غير صالحة.
field-account-details-required = مطلوب لإنشاء الحساب.
field-nul-character = لا يجوز أن يحتوي النص على المحرف NUL.
field-if-match = أرسل قيمة ETag التي تلقيتها، مثل "3"، أو *.

## الأعضاء
problem-contact-required = يلزم بريد إلكتروني أو هاتف
    .detail = أدخل بريدًا إلكترونيًا أو رقم هاتف أو كليهما.
problem-date-in-future = تاريخ في المستقبل
    .detail = لا يمكن أن يكون هذا التاريخ بعد اليوم.
problem-before-current-period = قبل الفترة الحالية
    .detail = لا يمكن أن يسري التغيير قبل بداية الفترة الحالية للعضوية.
problem-birth-year-mismatch = سنة الميلاد لا تطابق تاريخ الميلاد
    .detail = يجب أن تكون سنة الميلاد هي سنة تاريخ الميلاد.
problem-merge-with-self = العضو نفسه
    .detail = لا يمكن دمج عضو مع نفسه.
problem-period-order = تنتهي الفترة قبل أن تبدأ
    .detail = نهاية الفترة تسبق بدايتها.
problem-catalogue-full = الفهرس ممتلئ
    .detail = يتسع الفهرس لـ 100 إدخال على الأكثر؛ أوقف أحدها وأعد استخدامه بدلًا من ذلك.
problem-follow-up-completed = اكتملت المتابعة بالفعل
    .detail = انتهت هذه المتابعة؛ لا يمكن تسجيل المزيد عليها.
problem-status-transition = تغيير الحالة غير مسموح
    .detail = لا يمكن أن تنتقل العضوية من حالتها الحالية إلى تلك الحالة.
problem-no-change = لا شيء لتغييره
    .detail = للعضوية بالفعل هذه الحالة وهذا الفرع وهذا النوع.
problem-membership-open = العضوية مفتوحة بالفعل
    .detail = لدى الشخص بالفعل عضوية قيد الانتظار أو نشطة.
problem-chapter-closed = الفرع مغلق
    .detail = لا يمكن وضع أعضاء في فرع مغلق.
problem-member-erased = بيانات العضو محذوفة
    .detail = حُذفت بيانات هذا العضو؛ لم يعد من الممكن تغيير السجل.
problem-both-memberships-open = لكليهما عضوية مفتوحة
    .detail = أنهِ إحدى العضويتين قبل الدمج.
problem-request-closed = تم البتّ في الطلب بالفعل
    .detail = أكّدت الأمانة العامة هذا الطلب أو رفضته بالفعل.
problem-email-registered = البريد الإلكتروني مسجّل
    .detail = هناك شخص في هذه المنظمة مسجّل بالفعل بهذا البريد الإلكتروني.
problem-phone-registered = رقم الهاتف مسجّل
    .detail = هناك شخص في هذه المنظمة مسجّل بالفعل بهذا الرقم.
problem-fee-recorded = الاشتراك مسجّل بالفعل
    .detail = اشتراك تلك السنة مسجّل بالفعل على هذه العضوية.
problem-unknown-membership-type = نوع عضوية غير معروف
    .detail = لا تقدّم المنظمة نوع عضوية بهذا الرمز.
problem-unknown-relation = صلة غير معروفة
    .detail = ليس لدى المنظمة فئة صلة بهذا الرمز.
problem-unknown-member = عضو غير معروف
    .detail = لا يوجد عضو كهذا في هذه المنظمة.
problem-invalid-link = الرابط غير صالح
    .detail = الرابط غير معروف أو انتهت صلاحيته أو استُخدم من قبل. اطلب رابطًا جديدًا.
problem-consent-required = الموافقة مطلوبة
    .detail = يتطلب التسجيل موافقتك على النص المعروض.
problem-consent-outdated = تغيّر نص الموافقة
    .detail = تغيّر نص الموافقة منذ تحميل النموذج. أعد تحميل النموذج.
problem-place-required = يلزم فرع أو رمز بريدي
    .detail = اختر فرعًا أو أدخل رمزك البريدي.
problem-idempotency-key-reused = أُعيد استخدام مفتاح عدم التكرار
    .detail = استُخدم Idempotency-Key هذا من قبل لطلب مختلف.
problem-invalid-idempotency-key = Idempotency-Key غير صالح
    .detail = يجب أن تتكوّن ترويسة Idempotency-Key من 1–200 محرف ASCII مرئي.
field-contact-required = أدخل بريدًا إلكترونيًا أو رقم هاتف.
field-date-in-future = لا يمكن أن يكون بعد اليوم.
field-before-current-period = لا يمكن أن يكون قبل بداية الفترة الحالية.
field-birth-year-mismatch = يجب أن تكون سنة تاريخ الميلاد.
field-merge-with-self = اختر عضوًا آخر.
field-period-order = لا يمكن أن يكون قبل بداية الفترة.
field-catalogue-full = الفهرس ممتلئ.
field-follow-up-completed = اكتملت بالفعل.
field-status-transition = غير مسموح من الحالة الحالية.
field-no-change = هو كذلك بالفعل.
field-membership-open = لديه عضوية مفتوحة بالفعل.
field-request-closed = تم البتّ فيه بالفعل.
field-chapter-closed = الفرع مغلق.
field-member-erased = حُذفت بيانات العضو.
field-both-memberships-open = لكليهما عضوية مفتوحة.
field-email-registered = مسجّل بالفعل.
field-phone-registered = مسجّل بالفعل.
field-fee-recorded = مسجّل بالفعل لهذه السنة.
field-unknown-membership-type = لا يوجد نوع عضوية كهذا.
field-unknown-relation = لا توجد فئة صلة كهذه.
field-unknown-member = لا يوجد عضو كهذا.
field-invalid-link = الرابط غير صالح.
field-consent-required = الموافقة مطلوبة للتسجيل.
field-consent-outdated = أعد تحميل النموذج.
field-place-required = اختر فرعًا أو أدخل رمزًا بريديًا.
field-idempotency-key-reused = استُخدم من قبل لطلب آخر.
field-national-id-number = لا تُحفظ أرقام الهوية الوطنية أبدًا. احذف الرقم.
field-phone = ليس رقم هاتف مستخدمًا: أدخل رقمًا نرويجيًا، أو علامة + ثم رمز البلد.
field-postal-code = يتكوّن الرمز البريدي من أربعة أرقام.
field-invisible-character = يحتوي على محرف غير مرئي (مثل مسافة صفرية العرض)، ربما بسبب النسخ. اكتب العنوان مرة أخرى.
field-lookalike-characters = يخلط بين أحرف متشابهة من أبجديات مختلفة، أو يكتب كلمة بأبجدية أخرى بحيث تبدو أحرفًا لاتينية. اكتب العنوان مرة أخرى.

## نموذج التسجيل العام والموافقة والرسائل الإلكترونية والخدمة الذاتية
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
problem-unknown-role = دور تطوعي غير معروف
    .detail = ليس لدى المنظمة دور تطوعي بهذا الرمز.
field-unknown-role = لا يوجد دور تطوعي كهذا.
problem-unknown-course-type = نوع دورة غير معروف
    .detail = ليس لدى المنظمة نوع دورة حالي بهذا الرمز.
field-unknown-course-type = لا يوجد نوع دورة كهذا.
problem-before-course = قبل الدورة
    .detail = لا يمكن أن يكون إتمام الدورة قبل يوم انعقادها.
field-before-course = لا يمكن أن يكون قبل انعقاد الدورة.
problem-completion-recorded = الإتمام مسجّل
    .detail = إتمام هذا الشخص للدورة مسجّل بالفعل.
field-completion-recorded = مسجّل بالفعل لهذه الدورة.
problem-unknown-group-kind = نوع مجموعة غير معروف
    .detail = ليس لدى المنظمة نوع مجموعة بهذا الرمز.
field-unknown-group-kind = لا يوجد نوع مجموعة كهذا.
problem-unknown-activity-kind = نوع نشاط غير معروف
    .detail = ليس لدى المنظمة نوع نشاط بهذا الرمز.
field-unknown-activity-kind = لا يوجد نوع نشاط كهذا.
problem-unknown-volunteer = ليس متطوعًا هنا
    .detail = يجب أن يشغل كل من يُذكر اسمه دورًا تطوعيًا في الفرع يوم النشاط.
field-unknown-volunteer = ليس متطوعًا في هذا الفرع في ذلك اليوم.
problem-before-group = قبل المجموعة
    .detail = لا يمكن أن يكون اللقاء قبل بدء المجموعة.
field-before-group = لا يمكن أن يكون قبل بدء المجموعة.
problem-too-few-chapters = عدد الفروع قليل جدًا
    .detail = يحتاج المشروع إلى فرعين مختلفين أو أكثر.
field-too-few-chapters = حدّد فرعين مختلفين أو أكثر.
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
problem-own-grant = لا يمكنك أن تمنح نفسك دورًا
    .detail = يمنح الأدوارَ شخصٌ آخر؛ لا أحد ينشئ دوره بنفسه أو يمدّده أو يجدّده.
problem-grant-outlives-granter = ينتهي بعد انتهاء دورك أنت
    .detail = لا يمكن أن يدوم دور تمنحه أطول من الدور الذي يخوّلك منحه.
problem-sign-in-required = سجّل الدخول لقبول الدعوة
    .detail = لهذا البريد الإلكتروني حساب: سجّل الدخول به، ثم اقبل الدعوة مرة أخرى.
field-own-grant = لا يمكن أن يكون أنت.
field-grant-outlives-granter = لا يمكن أن يكون بعد انتهاء دورك.
problem-threshold-with-grows = لا حدّ مع "grows"
    .detail = الهدف الذي يطلب النمو يُقارن بما كان عليه قبل سنة؛ لا تحدّد الحد.
field-threshold-with-grows = لا تحدّده مع "grows".
problem-threshold-required = يلزم تحديد الحد
    .detail = أدخل الرقم الذي يُقارن به الهدف.
field-threshold-required = أدخل حدًّا.
problem-share-over-100 = نسبة تتجاوز 100 %
    .detail = تُعطى النسبة بالمئة، من 0 إلى 100.
field-share-over-100 = يجب ألا تتجاوز 100 (بالمئة).
problem-no-parameter = المؤشر لا يأخذ معاملًا
    .detail = يَعُدّ هذا المؤشر دون رمز؛ لا تحدّد المعامل.
field-no-parameter = لا تحدّده لهذا المؤشر.
problem-parameter-required = يلزم تحديد المعامل
    .detail = يَعُدّ هذا المؤشر رمزًا واحدًا (دورًا أو صلة أو لغة)؛ حدّده.
field-parameter-required = حدّد الرمز الذي يَعُدّه هذا المؤشر.
problem-unknown-parameter = معامل غير معروف
    .detail = ليس لدى المنظمة رمز حالي كهذا لهذا المؤشر.
field-unknown-parameter = لا يوجد رمز كهذا لهذا المؤشر.
problem-metric-needs-period = يحتاج المؤشر إلى فترة
    .detail = يُجمع هذا المؤشر على مدى فترة: حدّد موعدًا نهائيًا أو فترة متكررة.
field-metric-needs-period = حدّد موعدًا نهائيًا أو فترة متكررة.
problem-window-needs-year = الأيام تحتاج إلى فترة سنوية
    .detail = لا تُستخدم الأيام ضمن السنة (مثل 10 سبتمبر) إلا مع فترة سنوية.
field-window-needs-year = مع فترة سنوية فقط.
field-day-window = أدخل الأيام بصيغة MM-DD، على ألا يسبق آخرُها أولَها.
field-target-code = 1–16 من الأحرف اللاتينية الكبيرة والأرقام، ويُسمح بـ . _ - بعد المحرف الأول.
field-descriptions = يحتاج كل نص إلى رمز لغة وإلى 1–2000 حرف.
problem-target-code-taken = الرمز مستخدم
    .detail = لهدف آخر في المنظمة هذا الرمز.
field-target-code-taken = يستخدمه هدف آخر بالفعل.
problem-too-many-targets = أهداف كثيرة جدًا
    .detail = يمكن أن يكون للمنظمة 200 هدف حالي على الأكثر. أوقف أحدها لإفساح المجال.
field-too-many-targets = لدى المنظمة 200 هدف حالي.
target-summary = { $units ->
        [county] فروع المقاطعات
        [local] الفروع المحلية
        [national] الفروع الوطنية
        [regions] المناطق
       *[other] الوحدات
    }: { $met } من { $total }
problem-too-many-points = خطوات كثيرة جدًا
    .detail = تضم السلسلة 240 خطوة على الأكثر: قصّر النطاق أو اختر خطوات أطول.
field-too-many-points = 240 خطوة على الأكثر: قصّر النطاق أو اختر خطوات أطول.
problem-first-year-required = يلزم تحديد السنة الأولى
    .detail = الهدف الذي يتكرر كل بضع سنوات يَعُدّ مرات حدوثه ابتداءً من سنة أولى؛ حدّدها.
field-first-year-required = حدّد السنة الأولى التي يُعقد فيها.
field-date-range = يجب أن يكون يومًا من السنوات { $min } حتى { $max }.
target-status = { $status ->
        [met] متحقق
        [on_track] على المسار الصحيح
        [at_risk] معرّض للخطر
        [missed] لم يتحقق
       *[not_due] لم يحن موعده بعد
    }
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
report-title = تقرير الحالة
report-as-of = حتى تاريخ
report-since = مقارنةً مع
report-previous = السابق
report-trend = الاتجاه خلال السنة الماضية، والحد بخط متقطع
report-bars = رقم كل وحدة، والحد بخط متقطع؛ الأعمدة المخطّطة لا تبلغه
report-unit = الوحدة
report-value = القيمة
report-threshold = الحد
report-status = الحالة
report-change = التغيّر

## صفحات الخدمة
page-language = اللغة
page-change-language = اعرض بهذه اللغة
page-skip-to-content = انتقل إلى المحتوى
page-required = مطلوب
page-choose = اختر
page-error-summary = توجد مشكلة
page-error-intro = صحّح ما هو مُعلَّم، ثم أرسل النموذج مرة أخرى.
page-consent-version = إصدار هذا النص: { $version }
page-thanks-title = شكرًا لك
page-my-data-link = اطّلع على البيانات التي نحتفظ بها عنك أو نزّلها أو احذفها
page-noscript-link = تحتاج هذه الخطوة إلى تفعيل جافاسكربت في متصفحك: يبقى الجزء السري من رابطك في متصفحك، ولا يُرسَل أبدًا ضمن عنوان أي صفحة على الإنترنت.
page-link-missing = تُفتح هذه الصفحة من الرابط الموجود في الرسالة التي أرسلناها إلى بريدك الإلكتروني. افتح ذلك الرابط مرة أخرى، أو اطلب رابطًا جديدًا.
page-confirm-title = أكّد عضويتك
page-confirm-intro = اضغط على الزر لتأكيد عضويتك.
page-confirm-button = أكّد عضويتي
page-my-data-title = بياناتك
page-my-data-intro = نرسل إلى بريدك الإلكتروني رابطًا يُستخدم مرة واحدة. يمكنك من خلاله الاطلاع على كل ما نحتفظ به عنك وتنزيله، أو حذفه.
page-my-data-purpose = ماذا تريد أن تفعل؟
page-my-data-export = الاطلاع على بياناتي وتنزيلها
page-my-data-erase = حذف بياناتي وإنهاء عضويتي
page-my-data-send = أرسل إليّ رابطًا
page-export-title = الاطلاع على بياناتك
page-export-intro = اضغط على الزر لعرض بياناتك. يعمل الرابط مرة واحدة فقط، لذا نزّل بياناتك ما دامت الصفحة مفتوحة.
page-export-button = اعرض بياناتي
page-export-download = نزّلها في ملف بصيغة جيسون
page-export-raw = كل شيء كما هو في الملف
page-erase-title = حذف بياناتك
page-erase-warning = يؤدي هذا إلى حذف اسمك وبيانات الاتصال بك وسجلّك لدى المنظمة، وإلى إنهاء عضويتك. لا يمكن التراجع عن ذلك.
page-erase-understood = أفهم أنه لا يمكن التراجع عن ذلك
page-erase-button = احذف بياناتي
page-back = العودة إلى نموذج التسجيل
page-export-details = معلوماتك الشخصية
page-export-memberships = العضويات
page-export-member-since = عضو منذ { $day }
page-optional = اختياري
problem-erase-not-confirmed = لم يُؤكَّد الحذف
    .detail = لا يمكن التراجع عن الحذف، لذا يجب تحديد المربع أولًا.
field-erase-not-confirmed = حدِّد المربع لتأكيد حذف بياناتك.
problem-concurrent-signup = سُجِّل في اللحظة نفسها
    .detail = كان الشخص نفسه يُسجَّل في اللحظة نفسها؛ حاول مرة أخرى.
field-colour = أدخل لونًا بالصيغة ‎#rrggbb‎، مثل ‎#1d4f91‎.
field-colour-contrast = فاتح جدًا لنص أبيض عليه: التباين { $contrast }:1، والمطلوب 4.5:1 على الأقل.
field-origin = أدخل مصدرًا مثل ‎https://www.example.org‎ دون أي شيء بعد الاسم.
problem-own-link = لا يمكنك ربط حسابك أنت
    .detail = يربط قائد آخر أو مسؤول السجلَّ بحسابك.
field-own-link = لا يمكن أن يكون حسابك أنت.
problem-person-already-linked = مرتبط بحساب آخر بالفعل
    .detail = هذا السجل مرتبط بحساب آخر؛ أزل ذلك الربط أولًا.
field-person-already-linked = هذا السجل مرتبط بحساب آخر.
problem-account-already-linked = الحساب مرتبط بسجل آخر
    .detail = هذا الحساب مرتبط بسجل آخر في هذه المنظمة؛ أزل ذلك الربط أولًا.
field-account-already-linked = هذا الحساب مرتبط هنا بسجل آخر.
problem-not-a-candidate = ليس من بين المقترحين
    .detail = أسند الطلب إلى أحد أصحاب التجربة المقترحين: نشط ومؤهل ومن فرع الطلب أو منطقته ولم يُسأل من قبل.
field-not-a-candidate = ليس من المقترحين لهذا الطلب.
problem-assignment-answered = تمت الإجابة بالفعل
    .detail = هذا الإسناد قُبل أو رُفض أو انتهى بالفعل.
field-assignment-answered = تمت الإجابة على هذا الإسناد بالفعل.
problem-assignment-not-accepted = إسناد غير مقبول
    .detail = يسجّل المحادثات ويغلق الطلب صاحب التجربة الذي قبله، ما دام الطلب له.
field-assignment-not-accepted = اقبل الطلب أولًا؛ يجب أن يظل لك.
consent-peer-conversation = أوافق على أن تسجّل { $org } ما أكتبه هنا وبيانات الاتصال بي، لإيجاد صاحب تجربة مماثلة لي والتواصل معي. لا يرى بيانات الاتصال بي إلا من ينظّمون المحادثة، وتُحذف بعد إغلاق الطلب.
peer-form-title = تحدّث مع شخص مرّ بالتجربة نفسها
peer-form-intro = عاش صاحب التجربة في { $org } شيئًا يشبه ما تمرّ به. أخبرنا قليلًا، وسيتواصل معك أحدهم.
peer-form-submit = اطلب محادثة
peer-form-received = شكرًا لك. سيتواصل معك صاحب تجربة قريبًا.
peer-age-under-18 = أقل من 18
peer-age-18-29 = 18–29
peer-age-30-49 = 30–49
peer-age-50-66 = 50–66
peer-age-67-plus = 67 أو أكثر
peer-channel-phone = عبر الهاتف
peer-channel-video = عبر الفيديو
peer-channel-meeting = لقاء شخصي
peer-prefer-woman = امرأة
peer-prefer-man = رجل
email-peer-assignment-subject = طلب محادثة مع صاحب تجربة في { $org }
email-peer-assignment-body = مرحبًا { $name }،

    طُلب منك أن تتولى طلب محادثة مع صاحب تجربة في { $org }. سجّل الدخول لتراه، ثم اقبله أو ارفضه. إن قبلته، فتواصل أول مرة خلال { $hours } ساعة.
email-peer-declined-subject = رُفض طلب محادثة مع صاحب تجربة في { $org }
email-peer-declined-body = مرحبًا،

    رفض صاحب التجربة الذي أسندت إليه الطلب { $request } هذا الطلب. إنه ينتظر أن تسنده من جديد؛ سجّل الدخول لترى المقترحين التالين.
problem-conversation-closed = الطلب مغلق
    .detail = لا يمكن إسناد طلب محادثة مغلق أو إغلاقه مرة أخرى.
field-conversation-closed = هذا الطلب مغلق.
email-peer-contact-reminder-subject = تذكير: أول تواصل بشأن محادثة مع صاحب تجربة في { $org }
email-peer-contact-reminder-body = مرحبًا { $name }،

    لم يتم بعد أول تواصل في طلب محادثة أُسند إليك في { $org }. تواصل قبل { $due }، وسجّل المحادثة في حسابك. إن لم تستطع تولّيه، فارفضه ليتولاه غيرك.
email-peer-contact-overdue-subject = لم يتم أول تواصل بعد بشأن محادثة مع صاحب تجربة في { $org }
email-peer-contact-overdue-body = مرحبًا { $name }،

    كان أول تواصل في الطلب { $request } الذي أسندته مستحقًا قبل { $due }، ولم يُسجَّل أي تواصل. سجّل الدخول لمتابعته أو إسناده إلى شخص آخر.
peer-field-chapter = مكان سكنك
peer-field-relation = موضوع المحادثة
peer-field-age-group = عمرك
peer-field-channel = كيف تفضّل التحدث
peer-field-gender-preference = أفضّل التحدث مع
peer-field-name = بماذا نناديك
peer-field-email = البريد الإلكتروني
peer-field-phone = الهاتف المحمول
peer-field-consent = أوافق
peer-field-website = اترك هذا الحقل فارغًا
peer-help-gender-preference = اختياري.
peer-help-name = اختياري. يكفي الاسم الأول.
problem-assignment-open = طلب محادثة قيد التنفيذ
    .detail = لدى هذا الشخص طلب محادثة قبله؛ لا يتغير ربط حسابه إلا بعد إغلاق الطلب أو إسناده إلى غيره.
field-assignment-open = لدى هذا الشخص طلب محادثة قبله.
problem-held-before-assignment = قبل إسناد الطلب
    .detail = تُعقد محادثة الطلب في يوم إسناده أو بعده.
field-held-before-assignment = لا يمكن أن يكون قبل يوم إسناد الطلب.
email-account-linked-subject = رُبط سجلك في { $org } بحساب دخول
email-account-linked-body = مرحبًا،

    رُبط سجلك في { $org } بحساب الدخول { $account }، ليعرض أدوارك التطوعية ودوراتك ومهامك. إن لم تطلب ذلك، فأبلغ { $org }.
problem-welcome-kind-exists = لدى المنظمة متابعة ترحيب بالفعل
    .detail = نوع واحد من المتابعة هو الترحيب؛ غيّره، أو اختر بداية أخرى لهذا النوع.
field-welcome-kind-exists = نوع آخر هو متابعة الترحيب.
field-date = هذا ليس تاريخًا. اكتبه بالشكل 31.12.2024 أو 2024-12-31.
field-chapter-name-ambiguous = لعدة فروع هذا الاسم. استخدم معرّف الفرع.
field-unknown-status = هذه ليست حالة عضوية. استخدم active أو lapsed أو resigned أو deceased.
field-ended-while-active = العضوية النشطة ليس لها تاريخ انتهاء.
field-end-required = اذكر اليوم الذي انتهت فيه العضوية.
field-fee-years-max = اذكر السنوات المدفوعة بأربعة أرقام، ولا شيء بعد { $max }.
field-same-as-row-row = البريد الإلكتروني أو رقم الهاتف نفسه كما في الصف { $row }: يُستورد الشخص مرة واحدة، من ذلك الصف.
field-similar-to-member-member = تم الاستيراد، ويشبه كثيرًا العضو { $member } (سنة الميلاد والرمز البريدي نفسهما، واسم مشابه). تحقق مما إذا كانا الشخص نفسه.
field-contact-of-two-members-member-other = البريد الإلكتروني يخص العضو { $member } ورقم الهاتف يخص العضو { $other }.
import-verdict-refused = مرفوض
import-verdict-duplicate = مكرر
import-verdict-flagged = مستورد، للتحقق
import-report-row = الصف
import-report-verdict = النتيجة
import-report-column = العمود
import-report-reason = السبب
import-summary = الصفوف: { $rows }؛ مستورد: { $created }، مسجل مسبقًا: { $unchanged }، مرفوض: { $refused }، مكرر: { $duplicates }، للتحقق: { $flagged }.
import-dry-run = تشغيل تجريبي، لم يتغير شيء.
import-ignored = أعمدة لم تُقرأ: { $columns }
import-report-written = ما حدث لكل صف لم يُستورد ببساطة: { $path }
import-stage-reading = قراءة
import-stage-copying = نسخ
import-stage-writing = كتابة
problem-import-empty = الملف فارغ
    .detail = لا يحتوي الملف على صف عناوين ولا على صفوف.
problem-import-workbook = لا يمكن قراءة المصنف
    .detail = يبدو الملف مصنف Excel، لكن لا يمكن فتحه أو لا يحتوي على ورقة.
problem-import-csv = لا يمكن قراءة ملف CSV
    .detail = تعذرت قراءة الملف كقيم مفصولة بفواصل أو فواصل منقوطة.
problem-import-column-twice = عمودان يحملان الشيء نفسه
    .detail = عنوانان يعنيان { $columns }. احذف أحدهما، أو سمّهما في ملف ربط.
problem-import-columns-missing = هناك أعمدة ناقصة
    .detail = تحتاج كل قائمة أعضاء إلى هذه الأعمدة: { $columns }.
field-import-empty = لا يحتوي الملف على أي شيء.
