from lib import Doc
BR='Benghazi Revolutionaries Shura Council'; AS='Ansar al-Sharia'
def lby01():
    d=Doc('he_lby01','2019-07-01','pro_gna',['مليشيات الجنرال الانقلابي خليفة حفتر','قوات حكومة الوفاق الوطني المعترف بها دوليا','الحكومة الشرعية',
          'المتحدث باسم مليشيات حفتر','طيران حفتر'])
    d.V('احتجزتهم أمس الأحد في مدينة أجدابيا شرقي ليبيا','Strategic developments','Arrests','LNA','Civilians','ajdabiya','مدينة أجدابيا',1,
        '2019-06-30',1,date_text='أمس الأحد',notes='Six Turkish nationals (merchant sailors) detained → Civilians (Turkish). Arrests, as the existing gold codes detentions by armed camps.')
    d.P('أفرجت مليشيات الجنرال الانقلابي خليفة حفتر، اليوم الاثنين، عن ستة مواطنين أتراك','CONCEDE','LNA','Turkey','2019-07-01',1,date_text='اليوم الاثنين',
        notes='Release = CONCEDE. No venue named for the release (the sailors then reached Benghazi).')
    d.P('طالبت في بيان صدر فجر اليوم بالإفراج الفوري عن المواطنين الستة','REQUEST','Turkey','LNA','2019-07-01',1,date_text='فجر اليوم')
    d.P('عناصر حفتر ستصبح أهدافا مشروعة في حال لم يطلق سراحهم','THREATEN','Turkey','LNA','2019-07-01',1,
        notes='Conditional threat → THREATEN (project convention).')
    d.P('أن قواته تلقت أوامر باستهداف السفن والشركات التركية وحظر الرحلات الجوية بين البلدين','THREATEN','LNA','Turkey','2019-06-28',1,date_text='الجمعة',
        notes='Orders to target Turkish ships/companies; the flight ban and the vow to arrest Turks are folded into one THREATEN (same pair/day).')
    d.V('تمكنت قوات حكومة الوفاق الوطني المعترف بها دوليا، الأربعاء الماضي، من السيطرة الكاملة على المدينة','Battles','Government regains territory','GNA','LNA',
        'gharyan','غريان',1,'2019-06-26',1,date_text='الأربعاء الماضي',
        notes='Gharyan retaken; the 18 LNA fighters captured (al-Majee) are folded into the battle. The anti-armour missiles found are not coded (no supplier named).')
    d.V('وشن طيران حفتر ليل السبت غارتين على محيط غريان','Explosions/Remote violence','Air/drone strike','LNA','GNA','gharyan','محيط غريان',2,'2019-06-29',1,
        fat=0,fat_text='لم تخلفا خسائر بشرية',claimed='GNA military source',date_text='ليل السبت',notes='Two raids, same place/day → one event. «محيط» → geo 2.')
    d.V('أعلنت قوات الوفاق صباح الأحد إسقاط طائرة مسيرة إماراتية الصنع فوق منطقة الأصابعة','Strategic developments','Disrupted weapons use','GNA','LNA',
        'asabaa','منطقة الأصابعة',2,'2019-06-30',1,claimed='GNA forces',date_text='صباح الأحد',plover='ASSAULT',
        notes='Drone shot down. UAE-made, operator not stated → no associate.')
    d.P('نفى المسماري خلال مؤتمر صحفي في بنغازي أن تكون قواته قد هزمت في غريان','REJECT','LNA','GNA','2019-07-01',2,place='benghazi',loc_ar='بنغازي',geo=1,
        notes='Denial of defeat. No date clue → publication date, precision 2. Venue named (press conference in Benghazi).')
    d.P('بحث رئيس المجلس الرئاسي لحكومة الوفاق فائز السراج، أمس الأحد، في اتصال هاتفي مع الرئيس التركي رجب طيب أردوغان','CONSULT','GNA','Turkey',
        '2019-06-30',1,date_text='أمس الأحد')
    d.P('وأكد أردوغان خلال الاتصال وقوف بلاده إلى جانب الحكومة الشرعية','SUPPORT','Turkey','GNA','2019-06-30',1)
    # not coded: the offensive on Tripoli since 4 April (background); «مقتل المئات ونزوح عشرات الآلاف» (running total);
    # the anti-armour missiles found in Gharyan (no supplier, no interaction)
    d.Q('وزارة الخارجية التركية','Turkish Foreign Ministry','ministry','Turkey','طالب',
        'وكانت وزارة الخارجية التركية قد طالبت في بيان صدر فجر اليوم بالإفراج الفوري عن المواطنين الستة، مؤكدة أن "عناصر حفتر ستصبح أهدافا مشروعة في حال لم يطلق سراحهم"')
    d.Q('مصدر دبلوماسي تركي','Turkish diplomatic source','diplomatic source','Turkey','قال',
        'وقال مصدر دبلوماسي تركي لمراسل الأناضول إن المحتجزين، وهم بحارة يعملون على متن سفينة تجارية، وصلوا سالمين إلى مقر شركتهم في بنغازي مساء اليوم')
    d.Q('أحمد المسماري','Ahmed al-Mismari','LNA spokesman','LNA','أعلن',
        'وجاءت عملية الاحتجاز بعد أن أعلن المتحدث باسم مليشيات حفتر أحمد المسماري، الجمعة، أن قواته تلقت أوامر باستهداف السفن والشركات التركية وحظر الرحلات الجوية بين البلدين، متوعدا باعتقال أي مواطن تركي على الأراضي الليبية')
    d.Q('مصطفى المجعي','Mustafa al-Majee','Volcano of Rage spokesman','GNA','أفاد',
        'وأفاد المتحدث باسم عملية "بركان الغضب" مصطفى المجعي بأن قوات الوفاق أسرت 18 من مسلحي حفتر خلال دخول غريان، وعثرت على صواريخ مضادة للدروع أمريكية الصنع داخل أحد المقار')
    d.Q('مصدر عسكري تابع للوفاق','GNA military source','military source','GNA','بحسب',
        'وشن طيران حفتر ليل السبت غارتين على محيط غريان لم تخلفا خسائر بشرية، بحسب ما ذكره مصدر عسكري تابع للوفاق')
    d.Q('قوات الوفاق','GNA forces','armed forces','GNA','أعلن','كما أعلنت قوات الوفاق صباح الأحد إسقاط طائرة مسيرة إماراتية الصنع فوق منطقة الأصابعة')
    d.Q('المسماري','Ahmed al-Mismari','LNA spokesman','LNA','نفى',
        'في المقابل، نفى المسماري خلال مؤتمر صحفي في بنغازي أن تكون قواته قد هزمت في غريان، واصفا ما جرى بأنه "إعادة تموضع تكتيكية"')
    d.Q('أردوغان','Recep Tayyip Erdogan','Turkish president','Turkey','أكد','وأكد أردوغان خلال الاتصال وقوف بلاده إلى جانب الحكومة الشرعية')
    return d.record()

def lby02():
    d=Doc('he_lby02','2014-10-16','pro_lna',['لتطهير مدينة بنغازي من الجماعات الإرهابية','لما يسمى مجلس شورى ثوار بنغازي','أوكار الإرهاب',
          'المؤتمر الوطني العام المنتهية ولايته','وهي اتهامات لا تستند إلى أي دليل','لميليشيات فجر ليبيا'])
    d.V('الاشتباكات لا تزال متواصلة في محور الليثي','Battles','Armed clash','LNA',AS,'laithi','محور الليثي',2,'2014-10-15',1,
        claimed='LNA (Saiqa spokesman Milud al-Zwai)',
        notes='The launch of the Benghazi offensive at dawn on Wednesday (lead) is this fighting; folded (same pair, city, day, type). «محور» → geo 2. LNA = Operation Dignity forces.')
    d.V('وحدات الجيش استعادت السيطرة على معسكر الدفاع الجوي في منطقة بوعطني','Battles','Non-state actor overtakes territory','LNA',AS,'buatni','منطقة بوعطني',2,
        '2014-10-15',2,claimed='LNA (Saiqa spokesman Milud al-Zwai)',
        notes='LNA counts as non-state in this scheme (seed notes) → Non-state actor overtakes territory. No day given; the offensive began Wednesday → 15 Oct, precision 2.')
    d.V('سلاح الجو شن ليل الأربعاء سلسلة غارات على مخازن ذخيرة للإرهابيين في ميناء بنغازي البحري','Explosions/Remote violence','Air/drone strike','LNA',BR,
        'bgport','ميناء بنغازي البحري',1,'2014-10-15',1,claimed='LNA (Saiqa spokesman Milud al-Zwai)',date_text='ليل الأربعاء')
    d.V('فجّر الإرهابيون صباح اليوم الخميس سيارة مفخخة عند بوابة للجيش في منطقة قاريونس','Explosions/Remote violence','Remote explosive/landmine/IED',BR,'LNA',
        'qaryounis','منطقة قاريونس',2,'2014-10-16',1,fat=3,fat_text='مقتل ثلاثة جنود',claimed='medical source',date_text='صباح اليوم الخميس',
        notes='Car bomb, no suicide attacker mentioned → remote explosive. Toll from a medical source.')
    d.V('ألقت الشرطة العسكرية القبض على أحد عشر مشتبها بانتمائهم إلى الجماعات المتطرفة في حي السلماني','Strategic developments','Arrests','LNA',BR,
        'salmani','حي السلماني',1,'2014-10-16',2,notes='No date clue → publication date, precision 2.')
    d.V('وخرج مساء أمس مئات من أهالي المدينة في ميدان الكيش تأييدا للجيش','Protests','Peaceful protest','Protesters',None,'kish','ميدان الكيش',1,'2014-10-15',1,
        date_text='مساء أمس')
    d.P('أعلن مجلس النواب في جلسة عقدها اليوم تأييده الكامل للعملية','SUPPORT','House of Representatives','LNA','2014-10-16',1,place='tobruk',loc_ar='طبرق',geo=1,
        date_text='اليوم',notes='Session venue named (Tobruk).')
    d.P('اتهم المؤتمر الوطني العام المنتهية ولايته في طرابلس الجيش بارتكاب "جرائم حرب"','ACCUSE','General National Congress','LNA','2014-10-16',2,
        notes='«في طرابلس» is the GNC\'s seat, not the venue of the statement → no location.')
    d.P('ونفت وزارة الخارجية المصرية بشكل قاطع ما تداولته وسائل إعلام موالية لميليشيات فجر ليبيا عن مشاركة طائرات مصرية','REJECT','Egypt','Libya Dawn',
        '2014-10-16',2,notes='Denial of Egyptian participation; the denied strikes are not coded. Actor2 = the camp whose media made the claim.')
    d.P('دعا المبعوث الأممي برناردينو ليون إلى وقف فوري لإطلاق النار في بنغازي','REQUEST','UN/UNSMIL',None,'2014-10-16',2)
    d.P('وتوعد حفتر في كلمة مسجلة الجماعات الإرهابية بملاحقتها "حتى آخر شبر"','THREATEN','LNA',BR,'2014-10-16',2)
    d.P('مؤكدا أن الجيش لن يقبل بأي هدنة معها','REJECT','LNA',BR,'2014-10-16',2,notes='Refusal of any truce with the BRSC (after the UN call) → REJECT.')
    # not coded: Ansar al-Sharia's capture of the Saiqa camp in July (background); the launch of Operation Dignity in mid-May (background);
    # the Egyptian air participation (denied); «بداية النهاية» (rhetoric)
    d.Q('قادة ميدانيون','field commanders','military commanders','LNA','وصف',
        'في خطوة وصفها قادة ميدانيون بأنها "بداية النهاية" لما يسمى مجلس شورى ثوار بنغازي')
    d.Q('العقيد ميلود الزوي','Col. Milud al-Zwai','Saiqa spokesman','LNA','قال',
        'وقال المتحدث باسم القوات الخاصة (الصاعقة) العقيد ميلود الزوي إن وحدات الجيش استعادت السيطرة على معسكر الدفاع الجوي في منطقة بوعطني بعد مواجهات عنيفة مع مسلحي أنصار الشريعة، مشيرا إلى أن الاشتباكات لا تزال متواصلة في محور الليثي')
    d.Q('الزوي','Col. Milud al-Zwai','Saiqa spokesman','LNA','أضاف',
        'وأضاف الزوي أن سلاح الجو شن ليل الأربعاء سلسلة غارات على مخازن ذخيرة للإرهابيين في ميناء بنغازي البحري، ما أدى إلى تدمير كميات كبيرة من الأسلحة')
    d.Q('مصدر طبي في مركز بنغازي الطبي','medical source at Benghazi Medical Centre','medical source','other','بحسب',
        'وفي تطور لاحق، فجّر الإرهابيون صباح اليوم الخميس سيارة مفخخة عند بوابة للجيش في منطقة قاريونس، ما أسفر عن مقتل ثلاثة جنود وإصابة خمسة آخرين، بحسب مصدر طبي في مركز بنغازي الطبي')
    d.Q('مجلس النواب','House of Representatives','parliament','LNA','أعلن',
        'وفي طبرق، أعلن مجلس النواب في جلسة عقدها اليوم تأييده الكامل للعملية، معتبرا إياها "حربا على الإرهاب"')
    d.Q('المؤتمر الوطني العام','General National Congress','parliament (Tripoli)','other','اتهم',
        'بالمقابل، اتهم المؤتمر الوطني العام المنتهية ولايته في طرابلس الجيش بارتكاب "جرائم حرب"، وهي اتهامات لا تستند إلى أي دليل')
    d.Q('وزارة الخارجية المصرية','Egyptian Foreign Ministry','ministry','other','نفى',
        'ونفت وزارة الخارجية المصرية بشكل قاطع ما تداولته وسائل إعلام موالية لميليشيات فجر ليبيا عن مشاركة طائرات مصرية في قصف مواقع داخل بنغازي')
    d.Q('برناردينو ليون','Bernardino Leon','UN envoy','UN','دعا',
        'من جانبه، دعا المبعوث الأممي برناردينو ليون إلى وقف فوري لإطلاق النار في بنغازي وفتح ممرات آمنة للمدنيين')
    d.Q('حفتر','Khalifa Haftar','LNA commander','LNA','توعد',
        'وتوعد حفتر في كلمة مسجلة الجماعات الإرهابية بملاحقتها "حتى آخر شبر"، مؤكدا أن الجيش لن يقبل بأي هدنة معها')
    return d.record()
