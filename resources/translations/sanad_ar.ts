<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sanad</source>
        <translation>عن سند</translation>
    </message>
    <message>
        <source>About</source>
        <translation>عن البرنامج</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>المكتبات البرمجية</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>الخطوط</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>Sanad is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1).</source>
        <translation>سند برنامج حر: يمكنك إعادة توزيعه و/أو تعديله وفق شروط رخصة غنو العمومية، الإصدار 3 أو (حسب اختيارك) أي إصدار لاحق (%1).</translation>
    </message>
    <message>
        <source>It comes with ABSOLUTELY NO WARRANTY. See the Licence tab.</source>
        <translation>يأتي البرنامج دون أي ضمان على الإطلاق. انظر تبويب الترخيص.</translation>
    </message>
    <message>
        <source>Built with %1.</source>
        <translation>بُني باستخدام %1.</translation>
    </message>
    <message>
        <source>Running on Qt %1.</source>
        <translation>يعمل على Qt %1.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>الخط</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;فتح ملف…</translation>
    </message>
    <message>
        <source>&amp;New article from pasted text…</source>
        <translation>مقال &amp;جديد من نص ملصوق…</translation>
    </message>
    <message>
        <source>Articles &amp;library</source>
        <translation>&amp;مكتبة المقالات</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>ت&amp;صدير التقرير…</translation>
    </message>
    <message>
        <source>Export &amp;bundle…</source>
        <translation>تصدير &amp;حزمة…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>ا&amp;ستيراد حزمة…</translation>
    </message>
    <message>
        <source>&amp;Analyse again</source>
        <translation>&amp;تحليل من جديد</translation>
    </message>
    <message>
        <source>&amp;Cancel analysis</source>
        <translation>&amp;إلغاء التحليل</translation>
    </message>
    <message>
        <source>&amp;Delete this article</source>
        <translation>&amp;حذف هذا المقال</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>&amp;Find claims</source>
        <translation>&amp;بحث في الادعاءات</translation>
    </message>
    <message>
        <source>Search the &amp;archive</source>
        <translation>البحث في الأ&amp;رشيف</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <source>&amp;Next claim</source>
        <translation>الادعاء ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous claim</source>
        <translation>الادعاء ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Add claim from selection</source>
        <translation>&amp;إضافة ادعاء من التحديد</translation>
    </message>
    <message>
        <source>Set claim &amp;span to selection</source>
        <translation>جعل &amp;نطاق الادعاء هو التحديد</translation>
    </message>
    <message>
        <source>Extend end by a word</source>
        <translation>مدّ النهاية بكلمة</translation>
    </message>
    <message>
        <source>Shrink end by a word</source>
        <translation>تقليص النهاية بكلمة</translation>
    </message>
    <message>
        <source>Extend start by a word</source>
        <translation>مدّ البداية بكلمة</translation>
    </message>
    <message>
        <source>Shrink start by a word</source>
        <translation>تقليص البداية بكلمة</translation>
    </message>
    <message>
        <source>S&amp;plit claim at cursor</source>
        <translation>&amp;تقسيم الادعاء عند المؤشر</translation>
    </message>
    <message>
        <source>&amp;Merge selected claims</source>
        <translation>&amp;دمج الادعاءات المحددة</translation>
    </message>
    <message>
        <source>&amp;Delete claim</source>
        <translation>&amp;حذف الادعاء</translation>
    </message>
    <message>
        <source>Status: new</source>
        <translation>الحالة: جديد</translation>
    </message>
    <message>
        <source>Status: in progress</source>
        <translation>الحالة: قيد التحقق</translation>
    </message>
    <message>
        <source>Status: needs second review</source>
        <translation>الحالة: يحتاج مراجعة ثانية</translation>
    </message>
    <message>
        <source>Status: done</source>
        <translation>الحالة: منجز</translation>
    </message>
    <message>
        <source>Dismiss claim</source>
        <translation>استبعاد الادعاء</translation>
    </message>
    <message>
        <source>Clear verdict</source>
        <translation>مسح الحكم</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>الحجم ال&amp;فعلي</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Sanad</source>
        <translation>&amp;عن سند</translation>
    </message>
</context>
<context>
    <name>ArchiveController</name>
    <message>
        <source>Search the archive</source>
        <translation>البحث في الأرشيف</translation>
    </message>
    <message>
        <source>Open an article to export its report.</source>
        <translation>افتح مقالاً لتصدير تقريره.</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>حفظ الحزمة باسم</translation>
    </message>
    <message>
        <source>Sanad bundles (*%1)</source>
        <translation>حزم سند (*%1)</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>جارٍ كتابة الحزمة…</translation>
    </message>
    <message>
        <source>Bundle saved: %1</source>
        <translation>حُفظت الحزمة: %1</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>Merging the bundle…</source>
        <translation>جارٍ دمج الحزمة…</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>New article</source>
        <translation>مقال جديد</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>بيانات المقال</translation>
    </message>
    <message>
        <source>Paste the article&apos;s text here</source>
        <translation>الصق نص المقال هنا</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>سنة-شهر-يوم</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>تاريخ النشر</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>النوع: %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>الحكم: %1</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>الدرجة: %1</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>الأسباب: %1</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>القائل: %1</translation>
    </message>
    <message>
        <source>Conflicts with another figure: %1</source>
        <translation>يتعارض مع رقم آخر: %1</translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>النشر</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>المُراجَع</translation>
    </message>
    <message>
        <source>%1 of %2 claims done or dismissed</source>
        <translation>الادعاءات المنجزة أو المستبعدة: %1 من %2</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>Articles to put in the bundle, with their claims, evidence and attachments:</source>
        <translation>المقالات التي توضع في الحزمة، مع ادعاءاتها وأدلتها ومرفقاتها:</translation>
    </message>
</context>
<context>
    <name>CheckedBefore</name>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Copy evidence and source</source>
        <translation>نسخ الأدلة والمصدر</translation>
    </message>
    <message>
        <source>Copy the archived claim&apos;s evidence and speaker to this claim (Edit → Undo takes it back)</source>
        <translation>نسخ أدلة الادعاء المؤرشف وقائله إلى هذا الادعاء (تحرير ← تراجع يلغي ذلك)</translation>
    </message>
    <message>
        <source>Looking in the archive…</source>
        <translation>جارٍ البحث في الأرشيف…</translation>
    </message>
    <message>
        <source>The archive could not be searched: %1</source>
        <translation>تعذّر البحث في الأرشيف: %1</translation>
    </message>
    <message>
        <source>No similar claim in the archive.</source>
        <translation>لا يوجد ادعاء مشابه في الأرشيف.</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <source>Select some text of the article first.</source>
        <translation>حدّد جزءاً من نص المقال أولاً.</translation>
    </message>
    <message>
        <source>Select two or more claims in the list to merge them.</source>
        <translation>حدّد ادعاءين أو أكثر في القائمة لدمجها.</translation>
    </message>
</context>
<context>
    <name>ClaimsList</name>
    <message>
        <source>No claims in this article. Select a sentence and press Ctrl+Return to add one.</source>
        <translation>لا ادعاءات في هذا المقال. حدّد جملة واضغط Ctrl+Return لإضافة ادعاء.</translation>
    </message>
    <message>
        <source>No claim matches the search and filters.</source>
        <translation>لا يطابق أيُّ ادعاء البحثَ وعوامل التصفية.</translation>
    </message>
    <message>
        <source>Search claims and speakers…</source>
        <translation>ابحث في الادعاءات والقائلين…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>كل الأحكام</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Any speaker</source>
        <translation>كل القائلين</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>القائل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Conflicting figures: %1</source>
        <translation>أرقام متعارضة: %1</translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>عليه علامة: %1</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>Sanad</source>
        <translation>سند</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>غيّره شخص آخر</translation>
    </message>
    <message>
        <source>“%1” was changed by another reviewer since you opened this claim.</source>
        <translation>غيّر مراجع آخر «%1» منذ أن فتحت هذا الادعاء.</translation>
    </message>
    <message>
        <source>Your value:</source>
        <translation>قيمتك:</translation>
    </message>
    <message>
        <source>Their value:</source>
        <translation>قيمتهم:</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على قيمتي</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>اعتماد قيمتهم</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>In use now: %1</source>
        <translation>المستخدمة الآن: %1</translation>
    </message>
    <message>
        <source>This computer (SQLite file)</source>
        <translation>هذا الحاسوب (ملف SQLite)</translation>
    </message>
    <message>
        <source>Team server (PostgreSQL)</source>
        <translation>خادم الفريق (PostgreSQL)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>المضيف</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in Sanad&apos;s settings.</source>
        <translation>تُحفظ كلمة المرور في حافظة مفاتيح النظام، ولا تُكتب أبدًا في إعدادات سند.</translation>
    </message>
    <message>
        <source>No system keyring is available, so the password is not saved: set the environment variable SANAD_DB_PASSWORD before starting Sanad.</source>
        <translation>لا تتوفر حافظة مفاتيح للنظام، لذا لن تُحفظ كلمة المرور: اضبط متغير البيئة SANAD_DB_PASSWORD قبل تشغيل سند.</translation>
    </message>
    <message>
        <source>(saved in the system keyring)</source>
        <translation>(محفوظة في حافظة مفاتيح النظام)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
        <source>SQLite databases (%1)</source>
        <translation>قواعد بيانات SQLite ‏(%1)</translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation>اختر ملف قاعدة بيانات.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host and the database name.</source>
        <translation>أدخل عنوان الخادم واسم قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The password was not saved (%1); it is used for this session only. Set SANAD_DB_PASSWORD to start Sanad on this server.</source>
        <translation>لم تُحفظ كلمة المرور (%1)؛ ستُستخدم في هذه الجلسة فقط. اضبط SANAD_DB_PASSWORD لتشغيل سند على هذا الخادم.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>تعذّر الاتصال: %1</translation>
    </message>
    <message>
        <source>No answer from the server within %1 seconds.</source>
        <translation>لم يُجب الخادم في المهلة المحددة (%1 ث).</translation>
    </message>
    <message>
        <source>Connected to %1: a Sanad database, ready to use.</source>
        <translation>تم الاتصال بـ %1: قاعدة بيانات سند جاهزة للاستخدام.</translation>
    </message>
    <message>
        <source>Connected to %1: Sanad will upgrade this database when it opens it.</source>
        <translation>تم الاتصال بـ %1: سيحدّث سند قاعدة البيانات هذه عند فتحها.</translation>
    </message>
    <message>
        <source>Connected to %1, but a newer Sanad wrote this database: update Sanad to use it.</source>
        <translation>تم الاتصال بـ %1، لكن إصدارًا أحدث من سند كتب قاعدة البيانات هذه: حدّث سند لاستخدامها.</translation>
    </message>
    <message>
        <source>Connected to %1: the database is empty; Sanad will create its tables.</source>
        <translation>تم الاتصال بـ %1: قاعدة البيانات فارغة، وسينشئ سند جداوله فيها.</translation>
    </message>
    <message>
        <source>Connected to %1: the database has other tables; Sanad will add its own beside them.</source>
        <translation>تم الاتصال بـ %1: في قاعدة البيانات جداول أخرى، وسيضيف سند جداوله إلى جانبها.</translation>
    </message>
</context>
<context>
    <name>DatabaseReasons</name>
    <message>
        <source>the database server cannot be reached</source>
        <translation>لا يمكن الوصول إلى خادم قاعدة البيانات</translation>
    </message>
    <message>
        <source>the database server closed the connection</source>
        <translation>أغلق خادم قاعدة البيانات الاتصال</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>لا يمكن فتح ملف قاعدة البيانات</translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation>ملف قاعدة البيانات للقراءة فقط</translation>
    </message>
    <message>
        <source>the database is locked by another program; try again in a moment</source>
        <translation>قاعدة البيانات مقفلة من برنامج آخر؛ حاول مجددًا بعد لحظات</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>تعذّرت القراءة من القرص أو الكتابة عليه</translation>
    </message>
    <message>
        <source>the file is not a database, or it is damaged</source>
        <translation>الملف ليس قاعدة بيانات، أو أنه تالف</translation>
    </message>
    <message>
        <source>the database file is damaged; restore a backup (sanad restore)</source>
        <translation>ملف قاعدة البيانات تالف؛ استرجع نسخة احتياطية (sanad restore)</translation>
    </message>
    <message>
        <source>the data is locked by another reviewer&apos;s unfinished change; try again in a moment</source>
        <translation>البيانات مقفلة بتعديل لم يكتمل لمراجع آخر؛ حاول بعد لحظة</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Recent files</source>
        <translation>الملفات الأخيرة</translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation>فتح مقال</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>المقالات (%1)</translation>
    </message>
    <message>
        <source>Delete “%1” and all its claims? (Edit → Undo brings it back.)</source>
        <translation>حذف «%1» وكل ادعاءاته؟ (تحرير ← تراجع يعيده.)</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>حذف المقال</translation>
    </message>
    <message>
        <source>Delete this article and all its claims? (Edit → Undo brings it back.)</source>
        <translation>حذف هذا المقال وكل ادعاءاته؟ (تحرير ← تراجع يعيده.)</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>أُلغي التحليل.</translation>
    </message>
    <message>
        <source>Looking for check-worthy claims…</source>
        <translation>جارٍ البحث عن ادعاءات تستحق التحقق…</translation>
    </message>
    <message>
        <source>No check-worthy claims found.</source>
        <translation>لم يُعثر على ادعاءات تستحق التحقق.</translation>
    </message>
    <message>
        <source>1 claim found.</source>
        <translation>عُثر على ادعاء واحد.</translation>
    </message>
    <message>
        <source>%1 claims found.</source>
        <translation>الادعاءات التي عُثر عليها: %1.</translation>
    </message>
</context>
<context>
    <name>EncodingPreview</name>
    <message>
        <source>detected: %1</source>
        <translation>المكتشف: %1</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>This encoding cannot read the file: %1</source>
        <translation>لا يمكن قراءة الملف بهذا الترميز: %1</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Sanad met an unexpected problem and could not finish what you asked. What was already saved is safe. The details below help us fix it.</source>
        <translation>واجه سند مشكلة غير متوقعة ولم يتمكن من إتمام ما طلبته. ما حُفظ من قبل في أمان. تساعدنا التفاصيل أدناه على إصلاحها.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence: %1</source>
        <translation>دليل: %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>سنة-شهر-يوم</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Accessed on</source>
        <translation>تاريخ الاطلاع</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
</context>
<context>
    <name>EvidenceWidget</name>
    <message>
        <source>+ Link</source>
        <translation>+ رابط</translation>
    </message>
    <message>
        <source>+ File</source>
        <translation>+ ملف</translation>
    </message>
    <message>
        <source>+ Quote</source>
        <translation>+ اقتباس</translation>
    </message>
    <message>
        <source>+ Note</source>
        <translation>+ ملاحظة</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>فتح المرفق</translation>
    </message>
    <message>
        <source>Open “%1” (%2) with the program your system uses for this type of file?</source>
        <translation>فتح «%1» (%2) بالبرنامج الذي يستخدمه نظامك لهذا النوع من الملفات؟</translation>
    </message>
    <message>
        <source>Only http and https links are opened.</source>
        <translation>لا تُفتح إلا روابط http وhttps.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the review report</source>
        <translation>تصدير تقرير المراجعة</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>صفحة ويب (HTML)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>مستند وورد (DOCX)</translation>
    </message>
    <message>
        <source>Table (CSV)</source>
        <translation>جدول (CSV)</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX)</source>
        <translation>جدول بيانات (XLSX)</translation>
    </message>
    <message>
        <source>Sanad report (JSON)</source>
        <translation>تقرير سند (JSON)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>ماركداون (Markdown)</translation>
    </message>
    <message>
        <source>ClaimReview (schema.org JSON-LD)</source>
        <translation>ClaimReview ‏(schema.org JSON-LD)</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Annotated copy (the article with its claims marked)</source>
        <translation>نسخة مشروحة (المقال مع تمييز ادعاءاته)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>الحفظ باسم</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>حفظ التقرير باسم</translation>
    </message>
    <message>
        <source>Report (*%1)</source>
        <translation>تقرير (*%1)</translation>
    </message>
    <message>
        <source>No preview for this format.</source>
        <translation>لا معاينة لهذه الصيغة.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>جارٍ تحضير المعاينة…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>اختر مكان حفظ التقرير.</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <source>Writing PDF…</source>
        <translation>جارٍ كتابة ملف PDF…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 claims).</source>
        <translation>حُفظ %1 (عدد الادعاءات: %2).</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>تنبيهات: %1</translation>
    </message>
    <message>
        <source>ClaimReview needs your organisation&apos;s name and website: set them in Edit → Preferences, then export again.</source>
        <translation>يحتاج ClaimReview إلى اسم مؤسستك وموقعها: أدخلهما في تحرير ← التفضيلات، ثم صدّر مرة أخرى.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>لم يُكتب التقرير: %1</translation>
    </message>
</context>
<context>
    <name>FlagBar</name>
    <message>
        <source>Resolve</source>
        <translation>تمّت المعالجة</translation>
    </message>
    <message>
        <source>I have looked at this: clear the flag</source>
        <translation>اطّلعت على هذا: أزل العلامة</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>speaker</source>
        <translation>القائل</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Status (underline):</source>
        <translation>الحالة (الخط تحت النص):</translation>
    </message>
    <message>
        <source>Verdict (colour):</source>
        <translation>الحكم (اللون):</translation>
    </message>
</context>
<context>
    <name>LibraryWidget</name>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Paste new…</source>
        <translation>لصق مقال جديد…</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>استيراد ملف…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open an article (Ctrl+O), paste one (Ctrl+N) or drop a .txt, .md, .html or .docx file here.</source>
        <translation>افتح مقالاً (Ctrl+O) أو الصقه (Ctrl+N) أو أفلت ملفه هنا (txt أو md أو html أو docx).</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>1 edit is not saved yet: the database refused it, and Sanad keeps retrying while the window is open. Close anyway and lose it?</source>
        <translation>تعديل واحد لم يُحفظ بعد: رفضته قاعدة البيانات، ويواصل سند محاولة حفظه ما دامت النافذة مفتوحة. أتُغلق النافذة رغم ذلك ويضيع التعديل؟</translation>
    </message>
    <message>
        <source>%1 edits are not saved yet: the database refused them, and Sanad keeps retrying while the window is open. Close anyway and lose them?</source>
        <translation>تعديلات لم تُحفظ بعد: %1. رفضتها قاعدة البيانات، ويواصل سند محاولة حفظها ما دامت النافذة مفتوحة. أتُغلق النافذة رغم ذلك وتضيع التعديلات؟</translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation>تعديلات لم تُحفظ</translation>
    </message>
    <message>
        <source>Sanad — fact-checking workstation</source>
        <translation>سند — منصة التحقق من الأخبار</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>تغيير من %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;إعادة %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>ا&amp;دعاء</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;حكم</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
</context>
<context>
    <name>MergeSummaryDialog</name>
    <message>
        <source>Bundle imported</source>
        <translation>استُوردت الحزمة</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 skipped, %4 updated, %5 flagged for review.</source>
        <translation>%1: أُضيف %2، وتُخطّي %3، وحُدّث %4، ووُضعت علامة مراجعة على %5.</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>verdicts</source>
        <translation>الأحكام</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>reviewers</source>
        <translation>المراجعون</translation>
    </message>
    <message>
        <source>links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تُخطّي</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>حُدّث</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>عليه علامة</translation>
    </message>
    <message>
        <source>Flagged claims are marked ⚑ in the claims list; the review panel says why. Edit → Undo takes the whole import back.</source>
        <translation>الادعاءات التي عليها علامة تظهر بالرمز ⚑ في قائمة الادعاءات، وتبيّن لوحة المراجعة السبب. تحرير ← تراجع يلغي الاستيراد كله.</translation>
    </message>
</context>
<context>
    <name>PendingBanner</name>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>1 edit not saved yet</source>
        <translation>تعديل واحد لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>%1 edits not saved yet</source>
        <translation>تعديلات لم تُحفظ بعد: %1</translation>
    </message>
    <message>
        <source>The database refused it: %1</source>
        <translation>رفضته قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>it is kept and retried every few seconds.</source>
        <translation>وهو محفوظ مؤقتاً وتُعاد محاولة حفظه كل بضع ثوانٍ.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup copy failed: %1</source>
        <translation>فشل النسخ الاحتياطي التلقائي اليوم: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Your name (reviewer)</source>
        <translation>اسمك (المراجع)</translation>
    </message>
    <message>
        <source>Highlight claims scoring at least</source>
        <translation>إبراز الادعاءات التي تبلغ درجتها على الأقل</translation>
    </message>
    <message>
        <source>Organisation name (reports)</source>
        <translation>اسم المؤسسة (للتقارير)</translation>
    </message>
    <message>
        <source>Organisation website (reports)</source>
        <translation>موقع المؤسسة (للتقارير)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>ملف %1</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>قرص</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ال&amp;بحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;نوع الملفات:</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Claim as checked</source>
        <translation>الادعاء كما تحققنا منه</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Speaker / source</source>
        <translation>القائل / المصدر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>المراجع</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>عليه علامة</translation>
    </message>
    <message>
        <source>Checked before</source>
        <translation>سبق التحقق منه</translation>
    </message>
    <message>
        <source>Who said it (a new name creates a source)</source>
        <translation>من قاله (اسم جديد ينشئ مصدراً)</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <source>The claim as you checked it, in your words</source>
        <translation>الادعاء كما تحققت منه، بكلماتك</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>متى (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message>
        <source>Bundle from %1: %2 is “%3” there, “%4” here.</source>
        <translation>حزمة من %1: %2 «%3» لديهم و«%4» لديك.</translation>
    </message>
    <message>
        <source>This claim was deleted by someone else.</source>
        <translation>حذف شخص آخر هذا الادعاء.</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <source>Search the whole archive: claims, articles, evidence, sources…</source>
        <translation>ابحث في الأرشيف كله: الادعاءات والمقالات والأدلة والمصادر…</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>ادعاء</translation>
    </message>
    <message>
        <source>article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>دليل</translation>
    </message>
    <message>
        <source>source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>فشل البحث: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>لا نتائج.</translation>
    </message>
    <message>
        <source>%1 matches in %2 articles</source>
        <translation>النتائج: %1، في مقالات عددها %2</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Match</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>موضعها</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>WindowHost</name>
    <message>
        <source>Could not open %1 (%2); working on this computer&apos;s file %3 instead.</source>
        <translation>تعذّر فتح %1 (%2)؛ يعمل سند بدلًا منها على ملف هذا الحاسوب %3.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>جارٍ الاتصال بـ %1…</translation>
    </message>
    <message>
        <source>Work on this computer&apos;s file</source>
        <translation>العمل على ملف هذا الحاسوب</translation>
    </message>
    <message>
        <source>Connecting to %1 was cancelled; working on this computer&apos;s file %2 instead.</source>
        <translation>أُلغي الاتصال بـ %1؛ يعمل سند بدلًا منه على ملف هذا الحاسوب %2.</translation>
    </message>
    <message>
        <source>Open %1 now? The window reopens on it; otherwise Sanad uses it the next time it starts.</source>
        <translation>فتح %1 الآن؟ ستُفتح النافذة من جديد عليها، وإلا فسيستخدمها سند عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <source>Switch database</source>
        <translation>تبديل قاعدة البيانات</translation>
    </message>
    <message>
        <source>The new database will be used the next time Sanad starts.</source>
        <translation>ستُستخدم قاعدة البيانات الجديدة عند تشغيل سند في المرة القادمة.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>فُتحت %1.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>add claim</source>
        <translation>إضافة ادعاء</translation>
    </message>
    <message>
        <source>change claim span</source>
        <translation>تغيير نطاق الادعاء</translation>
    </message>
    <message>
        <source>split claim</source>
        <translation>تقسيم الادعاء</translation>
    </message>
    <message>
        <source>merge claims</source>
        <translation>دمج الادعاءات</translation>
    </message>
    <message>
        <source>set status</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <source>set verdict</source>
        <translation>تغيير الحكم</translation>
    </message>
    <message>
        <source>set claim kind</source>
        <translation>تغيير نوع الادعاء</translation>
    </message>
    <message>
        <source>edit claim as checked</source>
        <translation>تعديل الادعاء كما تحققنا منه</translation>
    </message>
    <message>
        <source>edit explanation</source>
        <translation>تعديل الشرح</translation>
    </message>
    <message>
        <source>set reviewer</source>
        <translation>تغيير المراجع</translation>
    </message>
    <message>
        <source>set speaker</source>
        <translation>تغيير القائل</translation>
    </message>
    <message>
        <source>set tags</source>
        <translation>تغيير الوسوم</translation>
    </message>
    <message>
        <source>dismiss claim</source>
        <translation>استبعاد الادعاء</translation>
    </message>
    <message>
        <source>delete claim</source>
        <translation>حذف الادعاء</translation>
    </message>
    <message>
        <source>add evidence</source>
        <translation>إضافة دليل</translation>
    </message>
    <message>
        <source>edit evidence</source>
        <translation>تعديل دليل</translation>
    </message>
    <message>
        <source>delete evidence</source>
        <translation>حذف دليل</translation>
    </message>
    <message>
        <source>import article</source>
        <translation>استيراد مقال</translation>
    </message>
    <message>
        <source>edit article details</source>
        <translation>تعديل بيانات المقال</translation>
    </message>
    <message>
        <source>delete article</source>
        <translation>حذف المقال</translation>
    </message>
    <message>
        <source>analyse article</source>
        <translation>تحليل المقال</translation>
    </message>
    <message>
        <source>add source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <source>edit source</source>
        <translation>تعديل مصدر</translation>
    </message>
    <message>
        <source>copy evidence from the archive</source>
        <translation>نسخ الأدلة من الأرشيف</translation>
    </message>
    <message>
        <source>resolve flag</source>
        <translation>معالجة العلامة</translation>
    </message>
    <message>
        <source>import bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>undo: %1</source>
        <translation>تراجع: %1</translation>
    </message>
    <message>
        <source>redo: %1</source>
        <translation>إعادة: %1</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A claim cannot copy from itself.</source>
        <translation>لا يمكن أن ينسخ ادعاءٌ من نفسه.</translation>
    </message>
    <message>
        <source>A claim needs some text: the selection is empty.</source>
        <translation>يحتاج الادعاء إلى نص: التحديد فارغ.</translation>
    </message>
    <message>
        <source>A source needs a name.</source>
        <translation>يحتاج المصدر إلى اسم.</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>يحتاج المقال إلى عنوان.</translation>
    </message>
    <message>
        <source>Both parts of a split claim need some text: put the cursor between two words of the claim.</source>
        <translation>يحتاج كل جزء من الادعاء المقسوم إلى نص: ضع المؤشر بين كلمتين من الادعاء.</translation>
    </message>
    <message>
        <source>Select two or more claims to merge them.</source>
        <translation>حدّد ادعاءين أو أكثر لدمجها.</translation>
    </message>
    <message>
        <source>Evidence needs a link, a title, an excerpt or a file.</source>
        <translation>يحتاج الدليل إلى رابط أو عنوان أو مقتطف أو ملف.</translation>
    </message>
    <message>
        <source>Only claims of the same article can be merged.</source>
        <translation>لا تُدمج إلا ادعاءات المقال نفسه.</translation>
    </message>
    <message>
        <source>Put the cursor inside the claim where it should be split.</source>
        <translation>ضع المؤشر داخل الادعاء حيث تريد تقسيمه.</translation>
    </message>
    <message>
        <source>The article is empty.</source>
        <translation>المقال فارغ.</translation>
    </message>
    <message>
        <source>The article&apos;s text changed while it was being analysed; analyse it again.</source>
        <translation>تغيّر نص المقال أثناء تحليله؛ حلّله من جديد.</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment; nothing of yours was saved. Try again.</source>
        <translation>غيّر شخص آخر البيانات نفسها في اللحظة نفسها؛ لم يُحفظ شيء من تعديلك. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>لا شيء للتراجع عنه.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>لا شيء لإعادته.</translation>
    </message>
    <message>
        <source>“%1” is not saved yet: earlier edits are waiting (%2).</source>
        <translation>لم يُحفظ «%1» بعد: تعديلات سابقة تنتظر (%2).</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: another command or reviewer has changed the same data since.</source>
        <translation>تعذّر التراجع عن «%1»: غيّر أمرٌ آخر أو مراجعٌ آخر البيانات نفسها منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: another command or reviewer has changed the same data since.</source>
        <translation>تعذّرت إعادة «%1»: غيّر أمرٌ آخر أو مراجعٌ آخر البيانات نفسها منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; write it as YYYY-MM-DD, e.g. %3.</source>
        <translation>%1: «%2» ليس تاريخاً؛ اكتبه بالصيغة سنة-شهر-يوم، مثل %3.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: it is larger than %2 MB.</source>
        <translation>تعذّر إرفاق «%1»: حجمه أكبر من %2 ميغابايت.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: there is no such file.</source>
        <translation>تعذّر إرفاق «%1»: لا يوجد ملف بهذا الاسم.</translation>
    </message>
    <message>
        <source>Someone else changed this claim meanwhile; nothing of yours was saved. Look at their change and try again.</source>
        <translation>غيّر شخص آخر هذا الادعاء في الأثناء؛ لم يُحفظ شيء من تعديلك. اطّلع على تعديله ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التحقق</translation>
    </message>
    <message>
        <source>Needs second review</source>
        <translation>يحتاج مراجعة ثانية</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>مستبعد</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>إحصاء</translation>
    </message>
    <message>
        <source>Attributed statement</source>
        <translation>تصريح منسوب</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>Historical</source>
        <translation>تاريخي</translation>
    </message>
    <message>
        <source>Causal</source>
        <translation>سببي</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Prediction or opinion</source>
        <translation>توقع أو رأي</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>يؤيد</translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation>ينفي</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>سياق</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>غير واضح</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>مجموعة بيانات</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>مقابلة</translation>
    </message>
</context>
</TS>
