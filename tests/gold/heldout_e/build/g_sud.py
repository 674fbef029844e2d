from lib import Doc
TG='Transitional government'
def sud01():
    d=Doc('he_sud01','2021-10-26','neutral',['اعتقلت قوة عسكرية','وقالت لجنة أطباء السودان المركزية','برصاص القوات العسكرية'])
    d.V('اعتقلت قوة عسكرية فجر أمس الاثنين رئيس الوزراء عبد الله حمدوك من منزله في حي كافوري بالخرطوم بحري','Strategic developments','Arrests','SAF',TG,
        'kafouri','حي كافوري',1,'2021-10-25',1,date_text='فجر أمس الاثنين',
        notes='Transitional government = Hamdok\'s civilian cabinet (new name). Arrests of ministers and civilian council members (places not given) folded in.')
    d.P('أعلن قائد الجيش الفريق أول عبد الفتاح البرهان في خطاب متلفز حالة الطوارئ في البلاد، وحل مجلسي السيادة والوزراء','COERCE','SAF',TG,'2021-10-25',1,
        date_text='وبعد ساعات',notes='State of emergency and dissolution of the transitional bodies → COERCE (restrict).')
    d.P('وتعهد بتسليم السلطة لحكومة منتخبة في يوليو 2023','AGREE','SAF',None,'2021-10-25',1,notes='Pledge → AGREE; the 2023 hand-over itself is future.')
    d.P('ونفى البرهان أن يكون ما جرى انقلابا عسكريا','REJECT','SAF',None,'2021-10-26',2)
    d.V('وأغلقوا الطرق بالمتاريس والإطارات المشتعلة في أم درمان','Protests','Peaceful protest','Protesters',None,'omdurman','أم درمان',1,'2021-10-25',2,
        notes='Road blocks with burning tyres, no violence against people → peaceful protest. Day implied (Monday), precision 2.')
    d.V('ثلاثة متظاهرين قتلوا وأصيب أكثر من 80 آخرين برصاص القوات العسكرية قرب مقر القيادة العامة للجيش أمس','Protests','Excessive force against protesters',
        'Protesters','SAF','gqhq','مقر القيادة العامة للجيش',2,'2021-10-25',1,fat=3,fat_text='ثلاثة متظاهرين قتلوا',claimed='Central Committee of Sudan Doctors',
        date_text='أمس',notes='«قرب» → geo 2.')
    d.P('حمدوك رفض تأييد الانقلاب أو إصدار بيان يدعمه','REJECT',TG,'SAF','2021-10-26',2)
    d.P('داعيا الشعب السوداني إلى الخروج والتمسك بالسلمية','REQUEST',TG,None,'2021-10-26',2)
    d.P('وحث تجمع المهنيين السودانيين أنصاره على إعلان عصيان مدني شامل وإضراب عام','REQUEST','Sudanese Professionals Association',None,'2021-10-26',2)
    d.P('أعلنت الولايات المتحدة تعليق مساعدات بقيمة 700 مليون دولار','SANCTION','USA','SAF','2021-10-26',2,notes='Aid suspension in response to the coup → SANCTION against the military authority.')
    d.P('ودان الأمين العام للأمم المتحدة أنطونيو غوتيريش "الانقلاب العسكري"','ACCUSE','UN/UNSMIL','SAF','2021-10-26',2)
    d.P('وطالب بالإفراج الفوري عن رئيس الوزراء وجميع المسؤولين المعتقلين','REQUEST','UN/UNSMIL','SAF','2021-10-26',2)
    # not coded: the AU Peace and Security Council meeting today (future); the failed coup attempt of 21 September (background);
    # the 2019 constitutional document (background)
    d.Q('عبد الفتاح البرهان','Abdel Fattah al-Burhan','army commander','SAF','أعلن',
        'وبعد ساعات، أعلن قائد الجيش الفريق أول عبد الفتاح البرهان في خطاب متلفز حالة الطوارئ في البلاد، وحل مجلسي السيادة والوزراء، وتعهد بتسليم السلطة لحكومة منتخبة في يوليو 2023')
    d.Q('البرهان','Abdel Fattah al-Burhan','army commander','SAF','نفى',
        'ونفى البرهان أن يكون ما جرى انقلابا عسكريا، مؤكدا أن الجيش تحرك "لتصحيح مسار الثورة"')
    d.Q('لجنة أطباء السودان المركزية','Central Committee of Sudan Doctors','doctors\' union','other','قال',
        'وقالت لجنة أطباء السودان المركزية إن ثلاثة متظاهرين قتلوا وأصيب أكثر من 80 آخرين برصاص القوات العسكرية قرب مقر القيادة العامة للجيش أمس')
    d.Q('مكتب رئيس الوزراء','Prime Minister\'s office','government office','other','أفاد',
        'وأفاد مكتب رئيس الوزراء في بيان بأن حمدوك رفض تأييد الانقلاب أو إصدار بيان يدعمه، داعيا الشعب السوداني إلى الخروج والتمسك بالسلمية')
    d.Q('تجمع المهنيين السودانيين','Sudanese Professionals Association','professional union','other','حث',
        'وحث تجمع المهنيين السودانيين أنصاره على إعلان عصيان مدني شامل وإضراب عام حتى إسقاط "المجلس الانقلابي"')
    d.Q('الولايات المتحدة','United States','government','USA','أعلن',
        'دوليا، أعلنت الولايات المتحدة تعليق مساعدات بقيمة 700 مليون دولار كانت مخصصة لدعم الانتقال الديمقراطي في السودان')
    d.Q('أنطونيو غوتيريش','Antonio Guterres','UN secretary-general','UN','طالب',
        'ودان الأمين العام للأمم المتحدة أنطونيو غوتيريش "الانقلاب العسكري"، وطالب بالإفراج الفوري عن رئيس الوزراء وجميع المسؤولين المعتقلين')
    d.Q('الجيش','Sudanese army','army','SAF','أعلن',
        'وتأتي هذه التطورات بعد شهر من محاولة انقلابية فاشلة أعلن الجيش إحباطها في 21 سبتمبر الماضي، وفي ظل توتر متصاعد بين المكونين العسكري والمدني منذ توقيع الوثيقة الدستورية في أغسطس 2019')
    return d.record()

def sud02():
    d=Doc('he_sud02','2025-05-06','pro_saf',['ميليشيا الدعم السريع الإرهابية','مسيرات الميليشيا المتمردة','قصفت الميليشيا','استشهاد ثمانية مدنيين'])
    d.P('أعلن مجلس الأمن والدفاع، اليوم الثلاثاء، قطع العلاقات الدبلوماسية مع دولة الإمارات العربية المتحدة','SANCTION','SAF','UAE','2025-05-06',1,
        date_text='اليوم الثلاثاء',notes='Cutting ties, recalling the embassy and declaring the UAE an «aggressor state» → one SANCTION.')
    d.P('إن الإمارات زودت ميليشيا الدعم السريع الإرهابية بالمسيرات والأسلحة المتطورة','ACCUSE','SAF','UAE','2025-05-06',1,
        notes='A belligerent\'s allegation of foreign backing → ACCUSE (seed convention 5), not AID.')
    d.V('واستهدفت مسيرات الميليشيا المتمردة فجر اليوم مستودعات الوقود في الميناء الجنوبي لبورتسودان','Explosions/Remote violence','Air/drone strike','RSF',None,
        'psport','الميناء الجنوبي',1,'2025-05-06',1,date_text='فجر اليوم',notes='Fuel depots (infrastructure), no victim named → actor2 null.')
    d.V('تصدت المضادات الأرضية للقوات المسلحة لعدد من المسيرات الأخرى وأسقطتها في سماء المدينة','Strategic developments','Disrupted weapons use','SAF','RSF',
        'portsudan','بورتسودان',1,'2025-05-06',1,plover='ASSAULT')
    d.V('وكانت مسيرة انتحارية قد ضربت أول أمس الأحد قاعدة عثمان دقنة الجوية','Explosions/Remote violence','Air/drone strike','RSF','SAF','osmandigna',
        'قاعدة عثمان دقنة الجوية',1,'2025-05-04',1,fat=0,fat_text='دون وقوع خسائر في الأرواح',date_text='أول أمس الأحد')
    d.V('قصفت الميليشيا ليل الأحد بالمدفعية الثقيلة حي الثورة بمحلية كرري','Explosions/Remote violence','Shelling/artillery/missile attack','RSF','Civilians',
        'thawra','حي الثورة',1,'2025-05-04',1,fat=8,fat_text='استشهاد ثمانية مدنيين بينهم طفلان',date_text='ليل الأحد')
    d.V('استعادت القوات المسلحة أمس الاثنين السيطرة على منطقة الصالحة جنوبي أم درمان','Battles','Government regains territory','SAF','RSF','salha',
        'منطقة الصالحة',2,'2025-05-05',1,fat_text='العشرات',claimed='SAF spokesman (Nabil Abdallah)',date_text='أمس الاثنين')
    d.P('توعد البرهان، رئيس مجلس السيادة، الميليشيا وداعميها برد "في الزمان والمكان المناسبين"','THREATEN','SAF','RSF','2025-05-06',2)
    d.P('وأدانت المملكة العربية السعودية الهجمات على بورتسودان','ACCUSE','Saudi Arabia','RSF','2025-05-06',2,notes='Condemnation of the RSF drone attacks.')
    d.P('وصلت إلى المدينة اليوم طائرتان مصريتان تحملان معدات لإطفاء الحرائق','AID','Egypt','SAF','2025-05-06',1,place='portsudan',loc_ar='بورتسودان',geo=1,
        date_text='اليوم')
    d.P('رفضت وزارة الخارجية الإماراتية قرار قطع العلاقات','REJECT','UAE','SAF','2025-05-06',2)
    # not coded: «لم تعلق الميليشيا على الهجمات» (negated); the Security Council session next week (future);
    # the war since 15 April 2023 (background)
    d.Q('مجلس الأمن والدفاع','Security and Defence Council','state security council','SAF','أعلن',
        'أعلن مجلس الأمن والدفاع، اليوم الثلاثاء، قطع العلاقات الدبلوماسية مع دولة الإمارات العربية المتحدة وسحب السفارة والقنصلية العامة من أبوظبي، واعتبارها "دولة عدوان"، وذلك في أعقاب الاعتداءات المتكررة على مدينة بورتسودان بالمسيرات الاستراتيجية')
    d.Q('الفريق الركن ياسين إبراهيم','Lt. Gen. Yassin Ibrahim','defence minister','SAF','قال',
        'وقال وزير الدفاع الفريق الركن ياسين إبراهيم، في بيان عقب اجتماع المجلس، إن الإمارات زودت ميليشيا الدعم السريع الإرهابية بالمسيرات والأسلحة المتطورة التي استهدفت المنشآت الحيوية في البلاد')
    d.Q('العميد نبيل عبدالله','Brig. Nabil Abdallah','army spokesman','SAF','بحسب',
        'في المقابل، استعادت القوات المسلحة أمس الاثنين السيطرة على منطقة الصالحة جنوبي أم درمان بعد معارك كبدت الميليشيا العشرات من القتلى، بحسب العميد نبيل عبدالله، المتحدث باسم الجيش')
    d.Q('البرهان','Abdel Fattah al-Burhan','Sovereignty Council chairman','SAF','توعد',
        'من جهته، توعد البرهان، رئيس مجلس السيادة، الميليشيا وداعميها برد "في الزمان والمكان المناسبين"')
    d.Q('المملكة العربية السعودية','Saudi Arabia','government','Saudi Arabia','أدان','وأدانت المملكة العربية السعودية الهجمات على بورتسودان')
    d.Q('وزارة الخارجية الإماراتية','UAE Foreign Ministry','ministry','UAE','رفض',
        'وفي أول رد فعل، رفضت وزارة الخارجية الإماراتية قرار قطع العلاقات، قائلة إنها "لا تعترف" بسلطة بورتسودان')
    return d.record()
