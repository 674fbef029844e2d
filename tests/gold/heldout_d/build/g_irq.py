from lib import Doc
I='Iraqi government'
def irq01():
    d=Doc('hd_irq01','2024-02-08','neutral',['بحسب مصدرين أمنيين ومسؤول في الفصيل','كتائب حزب الله العراقية','أنصار الفصائل المسلحة'])
    d.V('قتل قيادي بارز في كتائب حزب الله العراقية واثنان من مرافقيه، مساء أمس الأربعاء، في ضربة بطائرة مسيرة استهدفت سيارتهم في حي المشتل شرقي بغداد',
        'Explosions/Remote violence','Air/drone strike','USA','Kataib Hezbollah','mashtal','حي المشتل',1,'2024-02-07',1,fat=3,
        fat_text='قيادي بارز ... واثنان من مرافقيه',claimed='security sources; CENTCOM',date_text='مساء أمس الأربعاء',notes='CENTCOM claims the strike.')
    d.P('إن قوات التحالف الدولي "تجاوزت مهمتها" بتنفيذ "اغتيال سافر" في قلب العاصمة، ووصف الضربة بأنها "انتهاك صارخ للسيادة العراقية"','ACCUSE',I,'USA',
        '2024-02-08',2,notes='«التحالف الدولي» = US-led coalition → USA. The push to end the coalition presence is folded in (stated as a consequence, not a decision).')
    d.V('وتجمع العشرات من أنصار الفصائل المسلحة في موقع الضربة بعد ساعات، ورددوا هتافات مناهضة للولايات المتحدة','Protests','Peaceful protest',
        'Protesters','USA','mashtal','موقع الضربة',1,'2024-02-07',1,date_text='بعد ساعات',notes='Hours after the evening strike → same night, 7 Feb.')
    d.P('وقالت حركة النجباء في بيان إنها ستواصل عملياتها ضد القوات الأمريكية "حتى خروج آخر جندي محتل"، متوعدة برد "مدروس" على الضربة','THREATEN',
        'Harakat al-Nujaba','USA','2024-02-08',2)
    d.P('ونفت كتائب حزب الله في بيان مقتضب أن يكون القيادي القتيل مسؤولا عن الهجوم','REJECT','Kataib Hezbollah','USA','2024-02-08',2,
        notes='The Jordan attack of late January is background and is not coded.')
    d.P('وقالت إن واشنطن "تبحث عن ذرائع لتوسيع عدوانها"','ACCUSE','Kataib Hezbollah','USA','2024-02-08',2)
    # not coded: Tower 22 attack in Jordan (background, inside a denial); «لم ترد تقارير عن هجمات جديدة» (negated);
    # 160 attacks since October (running total); end of US combat mission 2021 (background); HMC talks next Sunday (future);
    # security forces cordoning the site (routine)
    d.Q('مصدرين أمنيين ومسؤول في الفصيل','two security sources and a faction official','security sources','other','بحسب',
        'بغداد (رويترز) - قتل قيادي بارز في كتائب حزب الله العراقية واثنان من مرافقيه، مساء أمس الأربعاء، في ضربة بطائرة مسيرة استهدفت سيارتهم في حي المشتل شرقي بغداد، بحسب مصدرين أمنيين ومسؤول في الفصيل')
    d.Q('القيادة المركزية الأمريكية (سنتكوم)','US Central Command (CENTCOM)','US military command','USA','قال',
        'وقالت القيادة المركزية الأمريكية (سنتكوم) في بيان إنها نفذت الضربة "ردا على الهجمات على أفراد الخدمة الأمريكيين"، وإن القيادي المستهدف "كان مسؤولا عن التخطيط المباشر والمشاركة في هجمات" على القوات الأمريكية في المنطقة')
    d.Q('البيان','CENTCOM statement','US military command','USA','أضاف',
        'وأضاف البيان أنه "لا توجد مؤشرات على وقوع أضرار جانبية أو إصابات بين المدنيين"')
    d.Q('اللواء يحيى رسول','Maj. Gen. Yahya Rasool','spokesman of the commander-in-chief',I,'قال',
        'وقال اللواء يحيى رسول، الناطق باسم القائد العام للقوات المسلحة العراقية، إن قوات التحالف الدولي "تجاوزت مهمتها" بتنفيذ "اغتيال سافر" في قلب العاصمة، ووصف الضربة بأنها "انتهاك صارخ للسيادة العراقية"')
    d.Q('اللواء يحيى رسول','Maj. Gen. Yahya Rasool','spokesman of the commander-in-chief',I,'أضاف',
        'وأضاف أن هذا السلوك يدفع الحكومة أكثر من أي وقت مضى إلى إنهاء وجود التحالف في البلاد')
    d.Q('حركة النجباء','Harakat al-Nujaba','armed faction','PMF','قال',
        'وقالت حركة النجباء في بيان إنها ستواصل عملياتها ضد القوات الأمريكية "حتى خروج آخر جندي محتل"، متوعدة برد "مدروس" على الضربة')
    d.Q('كتائب حزب الله','Kataib Hezbollah','armed faction','PMF','نفى',
        'ونفت كتائب حزب الله في بيان مقتضب أن يكون القيادي القتيل مسؤولا عن الهجوم الذي قتل ثلاثة جنود أمريكيين في الأردن أواخر الشهر الماضي، وقالت إن واشنطن "تبحث عن ذرائع لتوسيع عدوانها"')
    d.Q('واشنطن','Washington','US government','USA','قال','وتقول واشنطن إنها تعرضت لأكثر من 160 هجوما')
    return d.record()

def irq02():
    d=Doc('hd_irq02','2024-06-18','pro_iraq_gov',['في موقف حازم دفاعا عن السيادة الوطنية','الاعتداء التركي على سنجار','جهودها الحثيثة'])
    d.V('القصف الذي نفذته طائرة مسيرة تركية ليل الاثنين على مركبة في قضاء سنجار غربي محافظة نينوى، وأدى إلى مقتل شخصين','Explosions/Remote violence',
        'Air/drone strike','Turkey','YBS','sinjar','قضاء سنجار',1,'2024-06-17',1,fat=2,fat_text='مقتل شخصين',date_text='ليل الاثنين',
        notes='Victims are YBS members per the Sinjar qaimaqam; Turkey says PKK. Turkish MoD «حيدت» claim folded in. «قضاء» named as the site; town coordinates.')
    d.P('أدانت الحكومة العراقية، اليوم الثلاثاء، القصف','ACCUSE',I,'Turkey','2024-06-18',1,date_text='اليوم الثلاثاء',
        notes='Government condemnation; the Foreign Ministry summons and protest note are the same pair, day and type → folded.')
    d.P('ستواصل ملاحقة الإرهابيين أينما وجدوا ما لم تتخذ بغداد إجراءات ملموسة ضدهم','THREATEN','Turkey','PKK','2024-06-18',2,
        notes='Conditional threat → THREATEN.')
    d.P('ودعت حكومة إقليم كردستان إلى تنفيذ اتفاق سنجار وإخراج المسلحين غير النظاميين من القضاء','REQUEST','Kurdistan Regional Government',None,'2024-06-18',2,
        notes='No named addressee → actor2 null. The 2020 agreement itself is background.')
    d.P('وأعلنت هيئة الحشد الشعبي رفع الجاهزية في قاطع عمليات غرب نينوى','MOBILIZE','PMF',None,'2024-06-18',2,place='sinjar',loc_ar='سنجار',geo=2,
        notes='Alert raised in the West Nineveh sector; its brigades in Sinjar named → Sinjar, geo 2.')
    d.P('وطالبت لجنة الأمن والدفاع النيابية الحكومة بتقديم شكوى رسمية إلى مجلس الأمن الدولي','REQUEST','Iraqi parliament',I,'2024-06-18',2)
    d.P('كما دعت بعثة الأمم المتحدة لمساعدة العراق (يونامي) جميع الأطراف إلى ضبط النفس','REQUEST','UN/UNSMIL',None,'2024-06-18',2)
    # not coded: «لم يصدر أي تعليق» (negated); Fuad Hussein's visit next week (future); «ثالث قصف ... منذ مطلع العام» (running total);
    # Sinjar Agreement Oct 2020 and ISIS genocide Aug 2014 (background)
    d.Q('الحكومة العراقية','Iraqi government','government',I,'دان',
        'أدانت الحكومة العراقية، اليوم الثلاثاء، القصف الذي نفذته طائرة مسيرة تركية ليل الاثنين على مركبة في قضاء سنجار غربي محافظة نينوى، وأدى إلى مقتل شخصين وإصابة ثالث بجروح')
    d.Q('المتحدث باسم الحكومة باسم العوادي','government spokesman Basim al-Awadi','government spokesman',I,'قال',
        'وقال المتحدث باسم الحكومة باسم العوادي في بيان إن "الحكومة ترفض رفضا قاطعا أي اعتداء على الأراضي العراقية تحت أي ذريعة"، مضيفا أن "سيادة العراق خط أحمر لا يمكن التهاون فيه"')
    d.Q('وزارة الخارجية','Iraqi Foreign Ministry','ministry',I,'أعلن',
        'وأعلنت وزارة الخارجية أنها استدعت القائم بالأعمال التركي في بغداد وسلمته مذكرة احتجاج، مؤكدة في بيانها أن "تكرار هذه الاعتداءات يقوض علاقات حسن الجوار بين البلدين"')
    d.Q('قائممقام سنجار','Sinjar district mayor (qaimaqam)','local official',I,'قال',
        'من جانبه، قال قائممقام سنجار إن القتيلين من عناصر وحدات مقاومة سنجار، وإن القصف "أثار حالة من الهلع بين العائلات العائدة إلى القضاء"')
    d.Q('وزارة الدفاع التركية','Turkish Ministry of Defence','ministry','Turkey','أعلن',
        'في المقابل، أعلنت وزارة الدفاع التركية أنها "حيدت إرهابيين اثنين" من حزب العمال الكردستاني في منطقة سنجار')
    d.Q('مصدر في الوزارة','Turkish defence ministry source','ministry source','Turkey','قال',
        'وقال مصدر في الوزارة إن أنقرة "ستواصل ملاحقة الإرهابيين أينما وجدوا ما لم تتخذ بغداد إجراءات ملموسة ضدهم"')
    d.Q('حكومة إقليم كردستان','Kurdistan Regional Government','regional government','Kurdistan Regional Government','دعا',
        'ودعت حكومة إقليم كردستان إلى تنفيذ اتفاق سنجار وإخراج المسلحين غير النظاميين من القضاء')
    d.Q('بيشوا هوراماني','Peshawa Hawramani','KRG spokesman','Kurdistan Regional Government','قال',
        'وقال المتحدث باسمها بيشوا هوراماني إن "استمرار وجود هذه الجماعات يمنح الذريعة للاعتداءات الخارجية"')
    d.Q('هيئة الحشد الشعبي','PMF Commission','PMF','PMF','أعلن','وأعلنت هيئة الحشد الشعبي رفع الجاهزية في قاطع عمليات غرب نينوى')
    d.Q('مسؤول إعلامها في القاطع','PMF sector media official','PMF media official','PMF','قال',
        'وقال مسؤول إعلامها في القاطع إن "ألوية الحشد في سنجار على أهبة الاستعداد لحماية الأهالي"')
    d.Q('لجنة الأمن والدفاع النيابية','parliamentary security and defence committee','parliament committee',I,'طالب',
        'وطالبت لجنة الأمن والدفاع النيابية الحكومة بتقديم شكوى رسمية إلى مجلس الأمن الدولي')
    d.Q('ياسر إسكندر وتوت','Yasser Iskander Watout','MP, committee member',I,'قال','وقال عضو اللجنة ياسر إسكندر وتوت إن "بيانات الإدانة لم تعد كافية"')
    d.Q('بعثة الأمم المتحدة لمساعدة العراق (يونامي)','UNAMI','UN mission','UN','دعا',
        'كما دعت بعثة الأمم المتحدة لمساعدة العراق (يونامي) جميع الأطراف إلى ضبط النفس واحترام سيادة العراق، وقالت في تغريدة إن "حماية المدنيين في سنجار يجب أن تبقى أولوية"')
    return d.record()
