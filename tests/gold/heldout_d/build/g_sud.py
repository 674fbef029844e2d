from lib import Doc
S='SAF'; R='RSF'
def sud01():
    d=Doc('hd_sud01','2024-05-12','pro_saf',['ميليشيا الدعم السريع المتمردة','قواتنا الباسلة','تصدت للمتمردين','كل مجزرة ترتكبها الميليشيا بحق المدنيين العزل','زعم مستشار قائد الميليشيا'])
    d.V('صدت القوات المسلحة والقوة المشتركة لحركات الكفاح المسلح، أمس السبت، هجوما واسعا شنته ميليشيا الدعم السريع المتمردة على المحور الشرقي لمدينة الفاشر',
        'Battles','Armed clash',S,R,'fasher_east','المحور الشرقي لمدينة الفاشر',2,'2024-05-11',1,fat_text='العشرات من القتلى',claimed='SAF 6th Infantry Division',
        assoc=['Joint Force'],date_text='أمس السبت',notes='«محور» → geo 2. «العشرات» → null per dev convention. 15 vehicles destroyed (spokesman) folded in.')
    d.V('قصفت الميليشيا المتمردة بالمدفعية الثقيلة معسكر أبو شوك للنازحين شمالي المدينة، ما أدى إلى مقتل سبعة مدنيين',
        'Explosions/Remote violence','Shelling/artillery/missile attack',R,'Civilians','abushouk','معسكر أبو شوك',1,'2024-05-11',1,fat=7,fat_text='سبعة مدنيين',
        claimed='Abu Shouk camp emergency room',date_text='وفي الأثناء',notes='RSF adviser denies (REJECT).')
    d.V('استقبل ليل الجمعة جثامين أربعة أشخاص قتلوا بقذائف أطلقتها الميليشيا على حي الوحدة','Explosions/Remote violence','Shelling/artillery/missile attack',
        R,'Civilians','fasher','حي الوحدة',1,'2024-05-10',1,fat=4,fat_text='أربعة أشخاص',claimed='North Darfur Ministry of Health',date_text='ليل الجمعة',
        notes='Neighbourhood of El Fasher; town coordinates.')
    d.V('ونفذ سلاح الجو، فجر اليوم الأحد، غارات مركزة على تجمعات وإمدادات للمتمردين في منطقة مليط','Explosions/Remote violence','Air/drone strike',
        S,R,'mellit','منطقة مليط',2,'2024-05-12',1,claimed='military source',date_text='فجر اليوم الأحد',notes='Vehicles destroyed, no death toll.')
    d.P('حذر حاكم إقليم دارفور مني أركو مناوي من أن القوة المشتركة سترد "بحزم وبلا هوادة" على أي محاولة جديدة لاقتحام المدينة','THREATEN',
        'Darfur Regional Government',R,'2024-05-12',2,notes='Conditional warning of force = THREATEN. Minawi speaks as governor and joint-force leader.')
    d.P('متهما دولة الإمارات بمواصلة تزويد الميليشيا بالسلاح والعتاد','ACCUSE','Darfur Regional Government','UAE','2024-05-12',2)
    d.P('زعم مستشار قائد الميليشيا في تصريحات لقناة فضائية أن قواته لم تستهدف معسكر أبو شوك','REJECT',R,S,'2024-05-12',2,
        notes='Denial of the camp shelling; the shelling itself stays coded (e2).')
    d.P('واتهم الجيش بقصف الأحياء السكنية بالطيران','ACCUSE',R,S,'2024-05-12',2)
    d.P('المتمردين يحشدون منذ أيام قوات إضافية قادمة من نيالا والضعين في محيط بلدة الكومة','MOBILIZE',R,S,'2024-05-10',2,place='kuma',
        loc_ar='بلدة الكومة',geo=2,claimed='military source',date_text='منذ أيام',notes='Ongoing build-up «منذ أيام» → a few days before publication, precision 2; «محيط» → geo 2.')
    d.P('دعا المبعوث الأمريكي الخاص إلى السودان توم بيرييلو، أمس، قوات الدعم السريع إلى وقف هجومها على الفاشر فورا','REQUEST','USA',R,'2024-05-11',1,date_text='أمس')
    # not coded: «لم تتمكن من التقدم» (negated, inside quote), observers' comment, 2023 takeovers of Nyala/Zalingei/Geneina/Daein (background),
    # war start April 2023 (background), «تمهيدا لهجوم جديد» (future, folded into MOBILIZE), 1.5 million residents (figure)
    d.Q('قيادة الفرقة السادسة مشاة','SAF 6th Infantry Division command','division command',S,'وفق',
        'صدت القوات المسلحة والقوة المشتركة لحركات الكفاح المسلح، أمس السبت، هجوما واسعا شنته ميليشيا الدعم السريع المتمردة على المحور الشرقي لمدينة الفاشر، وكبدتها العشرات من القتلى، وفق ما أعلنته قيادة الفرقة السادسة مشاة')
    d.Q('المتحدث باسم الجيش العميد نبيل عبد الله','SAF spokesman Brig. Nabil Abdallah','army spokesman',S,'أوضح',
        'وأوضح المتحدث باسم الجيش العميد نبيل عبد الله، في تصريح صحفي، أن "قواتنا الباسلة تصدت للمتمردين عند الأطراف الشرقية للمدينة وأجبرتهم على الفرار بعد أن دمرت 15 عربة قتالية"، مؤكدا أن الميليشيا "لم تتمكن من التقدم شبرا واحدا نحو قلب الفاشر"')
    d.Q('غرفة طوارئ المعسكر','Abu Shouk camp emergency room','local emergency room','other','بحسب',
        'وفي الأثناء، قصفت الميليشيا المتمردة بالمدفعية الثقيلة معسكر أبو شوك للنازحين شمالي المدينة، ما أدى إلى مقتل سبعة مدنيين بينهم ثلاث نساء وإصابة 20 آخرين، بحسب ما أفادت به غرفة طوارئ المعسكر')
    d.Q('وزارة الصحة بولاية شمال دارفور','North Darfur Ministry of Health','state health ministry',S,'أعلن',
        'كما أعلنت وزارة الصحة بولاية شمال دارفور أن المستشفى السعودي بالفاشر استقبل ليل الجمعة جثامين أربعة أشخاص قتلوا بقذائف أطلقتها الميليشيا على حي الوحدة')
    d.Q('مصدر عسكري','military source','military source',S,'بحسب',
        'ونفذ سلاح الجو، فجر اليوم الأحد، غارات مركزة على تجمعات وإمدادات للمتمردين في منطقة مليط شمالي الفاشر، أسفرت عن تدمير عدد من المركبات القتالية، بحسب مصدر عسكري')
    d.Q('حاكم إقليم دارفور مني أركو مناوي','Darfur governor Minni Arko Minawi','Darfur regional governor',S,'حذر',
        'من جهته، حذر حاكم إقليم دارفور مني أركو مناوي من أن القوة المشتركة سترد "بحزم وبلا هوادة" على أي محاولة جديدة لاقتحام المدينة، متهما دولة الإمارات بمواصلة تزويد الميليشيا بالسلاح والعتاد عبر الحدود الغربية')
    d.Q('مستشار قائد الميليشيا','RSF commander\'s adviser','RSF adviser',R,'زعم',
        'في المقابل، زعم مستشار قائد الميليشيا في تصريحات لقناة فضائية أن قواته لم تستهدف معسكر أبو شوك، واتهم الجيش بقصف الأحياء السكنية بالطيران')
    d.Q('مراقبون','observers','observers','other','أكد',
        'وأكد مراقبون أن هذه المزاعم تتكرر عقب كل مجزرة ترتكبها الميليشيا بحق المدنيين العزل')
    d.Q('مصدر عسكري','military source','military source',S,'كشف',
        'وكشف مصدر عسكري أن المتمردين يحشدون منذ أيام قوات إضافية قادمة من نيالا والضعين في محيط بلدة الكومة شرقي الفاشر، تمهيدا لهجوم جديد على المدينة')
    d.Q('المبعوث الأمريكي الخاص إلى السودان توم بيرييلو','US special envoy Tom Perriello','US special envoy','USA','دعا',
        'دوليا، دعا المبعوث الأمريكي الخاص إلى السودان توم بيرييلو، أمس، قوات الدعم السريع إلى وقف هجومها على الفاشر فورا، محذرا من "كارثة إنسانية" تهدد أكثر من مليون ونصف مليون شخص يقيمون في المدينة')
    return d.record()

def sud02():
    d=Doc('hd_sud02','2023-12-21','neutral',['قوات الدعم السريع','الجيش السوداني','وفق ما أعلنه قائدها','وبحسب شهود عيان'])
    d.V('وسيطرت قوات الدعم السريع على ود مدني، عاصمة الولاية، يوم الثلاثاء بعد أربعة أيام من المعارك مع الجيش السوداني','Battles',
        'Non-state actor overtakes territory',R,S,'madani','ود مدني',1,'2023-12-19',1,claimed='RSF (Hemedti video)',date_text='يوم الثلاثاء',
        notes='The four days of fighting before (15-18 Dec) are summarised, not individually described: only the takeover is coded.')
    d.P('وأقر الجيش في بيان بانسحاب قواته من المدينة','RETREAT',S,R,'2023-12-19',2,place='madani',loc_ar='ود مدني',geo=1,claimed='SAF statement',
        notes='Withdrawal coded RETREAT as in the dev gold (LNA repositioning). Date of the withdrawal not given exactly; the statement is undated → 19 Dec, precision 2. Investigation committee not coded.')
    d.V('إن 12 مدنيا على الأقل قتلوا برصاص عناصر من الدعم السريع أمس الأربعاء','Violence against civilians','Attack',R,'Civilians','hasaheisa',
        'مدينة الحصاحيصا',1,'2023-12-20',1,fat=12,fat_text='12 مدنيا على الأقل',claimed='Hasaheisa resistance committees',date_text='أمس الأربعاء')
    d.V('أفاد سكان بأن مسلحين نهبوا منازل ومتاجر ومستودعا لمنظمة إغاثية في ود مدني في اليوم ذاته','Strategic developments','Looting/property destruction',
        R,'Civilians','madani','ود مدني',1,'2023-12-20',1,claimed='residents',date_text='في اليوم ذاته',
        notes='«مسلحين» unnamed, but the paragraph and the RSF denial tie them to the RSF.')
    d.P('نفى مستشار قائد الدعم السريع أن تكون قواته استهدفت المدنيين','REJECT',R,None,'2023-12-21',2)
    d.V('شن الطيران الحربي للجيش ليل الأربعاء غارات على تجمعات لقوات الدعم السريع عند الجسر الرئيسي في ود مدني','Explosions/Remote violence',
        'Air/drone strike',S,R,'madani','ود مدني',1,'2023-12-20',1,claimed='eyewitnesses',date_text='ليل الأربعاء',notes='Toll unknown.')
    d.P('ودعت منسقة الأمم المتحدة المقيمة للشؤون الإنسانية في السودان كليمنتين نكويتا-سلامي طرفي النزاع، أمس، إلى "تأمين ممرات آمنة فورا" للمدنيين',
        'REQUEST','UN/UNSMIL',None,'2023-12-20',1,date_text='أمس',notes='Addressed to both parties → actor2 null.')
    d.P('طالبت وزارة الخارجية الأمريكية قوات الدعم السريع بوقف تقدمها في الجزيرة','REQUEST','USA',R,'2023-12-21',2)
    # not coded: 250-300k displaced since 15 Dec and 7 million IDPs (running totals); investigation committee (future/investigation);
    # WFP «لم يتمكن» (negated); UNICEF estimate (figure); Security Council session next week (future); 15 April (background)
    d.Q('مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)','OCHA','UN agency','UN','قال',
        'قال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) في تحديث نشره اليوم الخميس إن ما بين 250 ألفا و300 ألف شخص فروا من ولاية الجزيرة منذ بدء القتال في محيط مدينة ود مدني في الخامس عشر من الشهر الجاري، وإن كثيرين منهم نزحوا للمرة الثانية بعد أن كانوا قد لجؤوا إلى الولاية هربا من الخرطوم')
    d.Q('محمد حمدان دقلو','Mohamed Hamdan Dagalo (Hemedti)','RSF commander',R,'وفق',
        'وسيطرت قوات الدعم السريع على ود مدني، عاصمة الولاية، يوم الثلاثاء بعد أربعة أيام من المعارك مع الجيش السوداني، وفق ما أعلنه قائدها محمد حمدان دقلو في تسجيل مصور')
    d.Q('الجيش','Sudanese army','army statement',S,'أقر',
        'وأقر الجيش في بيان بانسحاب قواته من المدينة، قائلا إن "القوات انسحبت من مواقعها"، وإن لجنة عسكرية ستحقق في أسباب الانسحاب وتعلن نتائجها للرأي العام')
    d.Q('لجان المقاومة في مدينة الحصاحيصا','Hasaheisa resistance committees','resistance committees','other','قال',
        'وقالت لجان المقاومة في مدينة الحصاحيصا إن 12 مدنيا على الأقل قتلوا برصاص عناصر من الدعم السريع أمس الأربعاء، بعدما اقتحم مسلحون على دراجات نارية أحياء المدينة')
    d.Q('سكان','residents','residents','other','أفاد',
        'كما أفاد سكان بأن مسلحين نهبوا منازل ومتاجر ومستودعا لمنظمة إغاثية في ود مدني في اليوم ذاته')
    d.Q('مستشار قائد الدعم السريع','RSF commander\'s adviser','RSF adviser',R,'نفى',
        'في المقابل، نفى مستشار قائد الدعم السريع أن تكون قواته استهدفت المدنيين، مؤكدا أن "القوات دخلت لحماية المواطنين، ومن يثبت تورطه في أي تجاوز سيحاسب"')
    d.Q('شهود عيان','eyewitnesses','eyewitnesses','other','بحسب',
        'وبحسب شهود عيان، شن الطيران الحربي للجيش ليل الأربعاء غارات على تجمعات لقوات الدعم السريع عند الجسر الرئيسي في ود مدني، ولم تتضح بعد حصيلة الضحايا')
    d.Q('التحديث الأممي','UN update (OCHA)','UN agency','UN','أوضح',
        'وأوضح التحديث الأممي أن برنامج الأغذية العالمي لم يتمكن من إيصال المساعدات إلى نحو 800 ألف شخص كان يخدمهم في الولاية، وأن منظمة الأمم المتحدة للطفولة (يونيسف) قدرت عدد الأطفال بين الفارين بنحو 150 ألفا')
    d.Q('التحديث الأممي','UN update (OCHA)','UN agency','UN','أشار',
        'وأشار إلى أن عدد النازحين داخليا في السودان تجاوز سبعة ملايين شخص منذ منتصف أبريل الماضي')
    d.Q('كليمنتين نكويتا-سلامي','Clementine Nkweta-Salami','UN resident coordinator','UN','دعا',
        'ودعت منسقة الأمم المتحدة المقيمة للشؤون الإنسانية في السودان كليمنتين نكويتا-سلامي طرفي النزاع، أمس، إلى "تأمين ممرات آمنة فورا" للمدنيين الراغبين في المغادرة')
    d.Q('وزارة الخارجية الأمريكية','US State Department','ministry','USA','طالب',
        'من جانبها، طالبت وزارة الخارجية الأمريكية قوات الدعم السريع بوقف تقدمها في الجزيرة، معتبرة أن الهجوم "يعرض حياة مئات الآلاف للخطر"')
    return d.record()
