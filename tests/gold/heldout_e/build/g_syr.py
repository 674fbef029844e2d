from lib import Doc
SG='Syrian government'; SO='Syrian opposition'; AL='Assad loyalists'
def syr01():
    d=Doc('he_syr01','2018-03-06','pro_syria_gov',['بعد معارك مع المسلحين','وسط انهيار في صفوف المسلحين','الجيش السوري يوسع سيطرته',
          'أطلقها المسلحون من الغوطة'])
    d.V('أحكم الجيش السوري، أمس الاثنين، سيطرته على بلدتي بيت سوا','Battles','Government regains territory',SG,SO,'beitsawa','بيت سوا',1,'2018-03-05',1,
        claimed='RT correspondent',date_text='أمس الاثنين',notes='Two towns in one clause → two events. Opposition factions (Faylaq al-Rahman / Jaish al-Islam) → Syrian opposition.')
    d.V('والأشعري في الغوطة الشرقية بريف دمشق','Battles','Government regains territory',SG,SO,'ashaari','الأشعري',1,'2018-03-05',1,
        claimed='RT correspondent',date_text='أمس الاثنين')
    d.P('دخلت أمس قافلة مساعدات مشتركة للأمم المتحدة والهلال الأحمر العربي السوري، تضم 46 شاحنة، إلى مدينة دوما','AID','UN/UNSMIL',None,'2018-03-05',1,
        place='douma',loc_ar='مدينة دوما',geo=1,date_text='أمس',notes='Relief convoy (UN with SARC) for the besieged population; no actor recipient → actor2 null.')
    d.P('واتهم المركز الروسي للمصالحة في حميميم المسلحين باستهداف ممر مخيم الوافدين بقذائف الهاون','ACCUSE','Russia',SO,'2018-03-06',2,
        notes='Allegation by a belligerent\'s ally → ACCUSE; the alleged shelling of the corridor is not coded as a strike.')
    d.V('قذائف هاون أطلقها المسلحون من الغوطة على حي القصاع','Explosions/Remote violence','Shelling/artillery/missile attack',SO,'Civilians','qassaa','حي القصاع',1,
        '2018-03-05',1,fat=1,fat_text='قتلت امرأة',claimed='Damascus police source',date_text='مساء أمس')
    d.P('بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأمريكي ريكس تيلرسون في اتصال هاتفي أمس الوضع في الغوطة الشرقية','CONSULT','Russia','USA',
        '2018-03-05',1,date_text='أمس')
    d.P('حذرت المندوبة الأمريكية الدائمة لدى الأمم المتحدة نيكي هيلي من أن واشنطن "مستعدة للتحرك"','THREATEN','USA',SG,'2018-03-06',2,place='newyork',
        loc_ar='نيويورك',geo=1,notes='Conditional threat («إذا عجز مجلس الأمن») → THREATEN. Venue named (New York, UN).')
    d.P('وهو ما اعتبرته موسكو تلويحا بعدوان جديد على دولة ذات سيادة','ACCUSE','Russia','USA','2018-03-06',2)
    d.P('نفت وزارة الخارجية السورية اتهامات واشنطن للجيش باستخدام غاز الكلور في بلدة حمورية','REJECT',SG,'USA','2018-03-06',2,
        notes='The alleged chlorine use is denied and not coded.')
    # not coded: the advance toward Mesraba and «40 بالمئة» (ongoing / running figure); resolution 2401 of 24 February (background);
    # «واصلوا خرقها» (summary of violations); the alleged mortar fire on the Wafideen corridor (allegation → ACCUSE only)
    d.Q('مراسل RT','RT correspondent','correspondent','other','أفاد',
        'أحكم الجيش السوري، أمس الاثنين، سيطرته على بلدتي بيت سوا والأشعري في الغوطة الشرقية بريف دمشق، بعد معارك مع المسلحين استمرت عدة أيام، وفق ما أفاد به مراسل RT')
    d.Q('المراسل','RT correspondent','correspondent','other','أوضح',
        'وأوضح المراسل أن وحدات الجيش باتت تسيطر على نحو 40 بالمئة من مساحة الغوطة، وأنها تتقدم من المحور الشرقي باتجاه بلدة مسرابا، وسط انهيار في صفوف المسلحين')
    d.Q('المركز الروسي للمصالحة','Russian Reconciliation Centre','Russian military','Russia','اتهم',
        'واتهم المركز الروسي للمصالحة في حميميم المسلحين باستهداف ممر مخيم الوافدين بقذائف الهاون، لمنع المدنيين من مغادرة الغوطة خلال ساعات الهدنة الإنسانية اليومية')
    d.Q('مصدر في قيادة شرطة دمشق','Damascus police source','police source',SG,'بحسب',
        'وفي دمشق، قتلت امرأة وأصيب سبعة أشخاص بجروح مساء أمس جراء سقوط قذائف هاون أطلقها المسلحون من الغوطة على حي القصاع، بحسب مصدر في قيادة شرطة دمشق')
    d.Q('بيان للخارجية الروسية','Russian Foreign Ministry','ministry','Russia','وفق',
        'سياسيا، بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأمريكي ريكس تيلرسون في اتصال هاتفي أمس الوضع في الغوطة الشرقية، وفق بيان للخارجية الروسية')
    d.Q('نيكي هيلي','Nikki Haley','US ambassador to the UN','USA','حذر',
        'وفي نيويورك، حذرت المندوبة الأمريكية الدائمة لدى الأمم المتحدة نيكي هيلي من أن واشنطن "مستعدة للتحرك" إذا عجز مجلس الأمن عن وقف القتال في الغوطة')
    d.Q('موسكو','Moscow','government','Russia','اعتبر','وهو ما اعتبرته موسكو تلويحا بعدوان جديد على دولة ذات سيادة')
    d.Q('وزارة الخارجية السورية','Syrian Foreign Ministry','ministry',SG,'نفى',
        'من جهتها، نفت وزارة الخارجية السورية اتهامات واشنطن للجيش باستخدام غاز الكلور في بلدة حمورية، ووصفتها بأنها "فبركات" تروج لها ما تسمى منظمة الخوذ البيضاء')
    d.Q('وزارة الدفاع الروسية','Russian Defence Ministry','ministry','Russia','بحسب',
        'وكان مجلس الأمن قد تبنى في 24 فبراير الماضي القرار 2401 الذي يطالب بهدنة لمدة 30 يوما في سوريا، إلا أن المسلحين واصلوا خرقها، بحسب وزارة الدفاع الروسية')
    return d.record()

def syr02():
    d=Doc('he_syr02','2025-03-08','neutral',['مسلحين موالين للرئيس المخلوع بشار الأسد','بحسب وزارة الداخلية السورية','وأفاد المرصد السوري لحقوق الإنسان',
          'على أيدي مسلحين يقاتلون إلى جانب القوات الحكومية'])
    d.V('هاجم مسلحون حواجز ودوريات لقوات الأمن في ريف جبلة','Battles','Armed clash',AL,SG,'jablehrural','ريف جبلة',2,'2025-03-06',1,fat=16,
        fat_text='مقتل ستة عشر عنصرا على الأقل',claimed='Syrian Interior Ministry',date_text='الخميس الماضي',
        notes='Assad loyalists = new actor name (armed supporters of the former regime). Syrian government = the post-December-2024 authorities.')
    d.V('ألقت قوات الأمن العام القبض على اللواء إبراهيم حويجة','Strategic developments','Arrests',SG,None,'jableh','مدينة جبلة',1,'2025-03-06',1,
        claimed='Syrian Interior Ministry',date_text='وفي اليوم ذاته',notes='Former air-intelligence chief; target not an armed actor in the text → actor2 null.')
    d.V('مروحيات تابعة لوزارة الدفاع قصفت ليل الخميس مواقع للمسلحين في قرية الدالية بريف جبلة','Explosions/Remote violence','Air/drone strike',SG,AL,
        'daliyah','قرية الدالية',1,'2025-03-06',1,claimed='local sources',date_text='ليل الخميس')
    d.P('دفعت الوزارة صباح الجمعة بتعزيزات عسكرية كبيرة نحو مدينة جبلة','MOBILIZE',SG,AL,'2025-03-07',1,place='jableh',loc_ar='مدينة جبلة',geo=1,
        claimed='local sources',date_text='صباح الجمعة')
    d.V('العشرات من المدنيين قتلوا ليل الجمعة في مدينة بانياس على أيدي مسلحين يقاتلون إلى جانب القوات الحكومية','Violence against civilians','Attack',SG,
        'Civilians','baniyas','مدينة بانياس',1,'2025-03-07',1,fat_text='العشرات',claimed='SOHR',date_text='ليل الجمعة',
        notes='Gunmen fighting alongside government forces → coded to the government camp. «العشرات» → null. The 500+ total since Thursday is a running total.')
    d.P('ونفى مصدر في وزارة الدفاع أن تكون وحداته النظامية قد استهدفت مدنيين','REJECT',SG,None,'2025-03-08',2,
        notes='Denial answering SOHR reports; SOHR is not an actor → actor2 null.')
    d.P('دعا الرئيس السوري أحمد الشرع المسلحين إلى إلقاء سلاحهم وتسليم أنفسهم','REQUEST',SG,AL,'2025-03-08',2,notes='Speech undated in the text → pub. date, precision 2.')
    d.P('محذرا من أن الدولة ستلاحق "فلول النظام" حتى النهاية','THREATEN',SG,AL,'2025-03-08',2)
    d.P('أعلنت السعودية دعمها للحكومة السورية في حفظ الأمن والسلم الأهلي','SUPPORT','Saudi Arabia',SG,'2025-03-08',2)
    d.P('أكدت وزارة الخارجية التركية وقوفها إلى جانب دمشق','SUPPORT','Turkey',SG,'2025-03-08',2)
    d.P('اتهم مسؤول أمني سوري إيران بتمويل خلايا موالية للنظام السابق','ACCUSE',SG,'Iran','2025-03-08',2)
    d.P('دعا المبعوث الأممي الخاص إلى سوريا غير بيدرسون جميع الأطراف إلى الامتناع عن أي أعمال من شأنها تأجيج التوترات الطائفية','REQUEST','UN/UNSMIL',None,
        '2025-03-08',2)
    # not coded: the fact-finding committee (internal decision; its report is future); «سيحاسب مرتكبوها» (future);
    # the fall of Assad on 8 December (background); «الحصيلة الإجمالية منذ الخميس تجاوزت 500 قتيل» (running total)
    d.Q('وزارة الداخلية السورية','Syrian Interior Ministry','ministry',SG,'بحسب',
        'واندلعت المواجهات الخميس الماضي عندما هاجم مسلحون حواجز ودوريات لقوات الأمن في ريف جبلة، ما أدى إلى مقتل ستة عشر عنصرا على الأقل، بحسب وزارة الداخلية السورية')
    d.Q('الوزارة','Syrian Interior Ministry','ministry',SG,'أعلن',
        'وفي اليوم ذاته، ألقت قوات الأمن العام القبض على اللواء إبراهيم حويجة، المدير الأسبق لإدارة المخابرات الجوية، في مدينة جبلة، وفق ما أعلنته الوزارة')
    d.Q('مصادر محلية','local sources','local sources','other','قال',
        'وقالت مصادر محلية إن مروحيات تابعة لوزارة الدفاع قصفت ليل الخميس مواقع للمسلحين في قرية الدالية بريف جبلة، في حين دفعت الوزارة صباح الجمعة بتعزيزات عسكرية كبيرة نحو مدينة جبلة')
    d.Q('المرصد السوري لحقوق الإنسان','Syrian Observatory for Human Rights','monitor','other','أفاد',
        'وأفاد المرصد السوري لحقوق الإنسان بأن العشرات من المدنيين قتلوا ليل الجمعة في مدينة بانياس على أيدي مسلحين يقاتلون إلى جانب القوات الحكومية، مشيرا إلى أن الحصيلة الإجمالية منذ الخميس تجاوزت 500 قتيل')
    d.Q('مصدر في وزارة الدفاع','Defence Ministry source','ministry source',SG,'نفى',
        'ونفى مصدر في وزارة الدفاع أن تكون وحداته النظامية قد استهدفت مدنيين، متحدثا عن "انتهاكات فردية" سيحاسب مرتكبوها')
    d.Q('أحمد الشرع','Ahmed al-Sharaa','Syrian president',SG,'دعا',
        'وفي كلمة مصورة، دعا الرئيس السوري أحمد الشرع المسلحين إلى إلقاء سلاحهم وتسليم أنفسهم، محذرا من أن الدولة ستلاحق "فلول النظام" حتى النهاية')
    d.Q('السعودية','Saudi Arabia','government','Saudi Arabia','أعلن','إقليميا، أعلنت السعودية دعمها للحكومة السورية في حفظ الأمن والسلم الأهلي')
    d.Q('وزارة الخارجية التركية','Turkish Foreign Ministry','ministry','Turkey','أكد','كما أكدت وزارة الخارجية التركية وقوفها إلى جانب دمشق')
    d.Q('مسؤول أمني سوري','Syrian security official','security official',SG,'اتهم','في المقابل، اتهم مسؤول أمني سوري إيران بتمويل خلايا موالية للنظام السابق')
    d.Q('غير بيدرسون','Geir Pedersen','UN special envoy for Syria','UN','دعا',
        'ودعا المبعوث الأممي الخاص إلى سوريا غير بيدرسون جميع الأطراف إلى الامتناع عن أي أعمال من شأنها تأجيج التوترات الطائفية')
    d.Q('الرئاسة السورية','Syrian Presidency','presidency',SG,'أعلن',
        'وأعلنت الرئاسة السورية تشكيل لجنة مستقلة لتقصي الحقائق، على أن تقدم تقريرها خلال ثلاثين يوما')
    return d.record()
