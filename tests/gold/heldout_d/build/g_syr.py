from lib import Doc
G='Syrian government'; O='Syrian opposition'
def syr01():
    d=Doc('hd_syr01','2024-02-10','pro_syria_opp',['قوات الأسد','ميليشيات النظام','تواصل حراكها ضد النظام','الأجهزة الأمنية التابعة للنظام'])
    d.V('قتل مدنيان، بينهما طفل، وأصيب خمسة آخرون، فجر اليوم السبت، جراء قصف مدفعي شنته قوات الأسد على الأحياء الغربية لمدينة طفس',
        'Explosions/Remote violence','Shelling/artillery/missile attack',G,'Civilians','tafas','مدينة طفس',1,'2024-02-10',1,fat=2,fat_text='مدنيان',
        claimed='Ahrar Horan Gathering',date_text='فجر اليوم السبت')
    d.P('مهلة حددتها اللجنة الأمنية التابعة للنظام يوم الأحد الماضي لوجهاء المدينة من أجل تسليم عدد من المطلوبين، إذ هددت حينها باقتحام طفس بالكامل',
        'THREATEN',G,O,'2024-02-04',1,place='tafas',loc_ar='طفس',geo=1,date_text='يوم الأحد الماضي',
        notes='Ultimatum = THREATEN. Addressed to the notables about wanted (ex-opposition) men → Syrian opposition. Place = the target town.')
    d.V('اندلعت ليل الخميس بين مقاتلين محليين من أبناء المدينة وعناصر من الفرقة الرابعة عند حاجز الري غربي طفس، قتل خلالها عنصران من قوات النظام',
        'Battles','Armed clash',O,G,'raycheck','حاجز الري',2,'2024-02-08',1,fat=2,fat_text='عنصران من قوات النظام',claimed='local sources',
        date_text='ليل الخميس',notes='Local ex-rebel fighters → Syrian opposition. Checkpoint «غربي طفس» → geo 2.')
    d.P('ودفعت ميليشيات النظام خلال اليومين الماضيين بتعزيزات عسكرية تضم دبابات وعربات مدرعة إلى محيط المدينة','MOBILIZE',G,O,'2024-02-09',2,
        place='tafas',loc_ar='محيط المدينة',geo=2,date_text='خلال اليومين الماضيين')
    d.V('اغتال مسلحون مجهولون، أمس الجمعة، قياديا سابقا في فصائل الجيش الحر كان قد اعتزل العمل العسكري، بإطلاق النار عليه أمام منزله',
        'Violence against civilians','Attack','Unidentified armed group','Civilians','jasim','مدينة جاسم',1,'2024-02-09',1,fat=1,fat_text='مقتله',
        date_text='أمس الجمعة',notes='Former commander who had left armed activity → civilian target.')
    d.V('شنت الأجهزة الأمنية التابعة للنظام حملة دهم في بلدة إنخل، يوم الخميس، واعتقلت أربعة شبان','Strategic developments','Arrests',G,'Civilians',
        'inkhil','بلدة إنخل',1,'2024-02-08',1,claimed='activists',date_text='يوم الخميس')
    d.V('تظاهر المئات في ساحة الكرامة وسط المدينة، أمس الجمعة','Protests','Peaceful protest','Protesters',G,'suwayda','ساحة الكرامة',1,'2024-02-09',1,
        date_text='أمس الجمعة',notes='Demands (Assad to leave, UNSCR 2254, detainees) folded into the protest. Target = the government.')
    d.P('تأييده للحراك السلمي','SUPPORT','Druze spiritual leadership','Protesters','2024-02-10',2,place='qanawat',loc_ar='بلدة قنوات',geo=1,
        notes='No date given → publication date, precision 2. Venue: his residence in Qanawat.')
    d.P('داعيا النظام إلى "الكف عن سياسة الاعتقال والترهيب"','REQUEST','Druze spiritual leadership',G,'2024-02-10',2,place='qanawat',loc_ar='بلدة قنوات',geo=1)
    # not coded: 2018 settlement (background); «لم تتدخل الأجهزة الأمنية» (negated); weekly protests since August (running);
    # the activist's «لن يتراجع» (rhetoric); «مخاوف ... من تكرار سيناريو الحصار» (hypothetical)
    d.Q('تجمع أحرار حوران','Ahrar Horan Gathering','activist network','other','بحسب',
        'قتل مدنيان، بينهما طفل، وأصيب خمسة آخرون، فجر اليوم السبت، جراء قصف مدفعي شنته قوات الأسد على الأحياء الغربية لمدينة طفس في ريف درعا الغربي، بحسب ما أفاد به تجمع أحرار حوران')
    d.Q('مصادر محلية','local sources','local sources','other','وفق',
        'وكانت اشتباكات قد اندلعت ليل الخميس بين مقاتلين محليين من أبناء المدينة وعناصر من الفرقة الرابعة عند حاجز الري غربي طفس، قتل خلالها عنصران من قوات النظام، وفق مصادر محلية')
    d.Q('ناشطين','activists','activists','other','وفق',
        'كما شنت الأجهزة الأمنية التابعة للنظام حملة دهم في بلدة إنخل، يوم الخميس، واعتقلت أربعة شبان بينهم طالب جامعي، وفق ناشطين')
    d.Q('الشيخ حكمت الهجري','Sheikh Hikmat al-Hijri','Druze spiritual leader','other','أعلن',
        'وأعلن الرئيس الروحي لطائفة الموحدين الدروز الشيخ حكمت الهجري، في كلمة أمام وفد من المتظاهرين زاره في دارته ببلدة قنوات، تأييده للحراك السلمي، داعيا النظام إلى "الكف عن سياسة الاعتقال والترهيب"')
    d.Q('الناشط المدني ريان معروف','civil activist Rayan Maarouf','activist','Protesters','قال',
        'وقال الناشط المدني ريان معروف إن "الشارع في السويداء لن يتراجع حتى تتحقق مطالبه كاملة"')
    return d.record()

def syr02():
    d=Doc('hd_syr02','2024-01-14','neutral',['وفق ما أفاد المرصد السوري لحقوق الإنسان ومسؤولون أكراد','الجيش الوطني السوري الموالي لأنقرة','ولم يصدر تعليق فوري'])
    T='Turkey'; D='SDF'; so='SOHR'
    d.V('أن إحدى الغارات استهدفت محطة كهرباء السويدية قرب مدينة المالكية، ما تسبب بانقطاع التيار عن مئات القرى من دون تسجيل إصابات',
        'Explosions/Remote violence','Air/drone strike',T,None,'swediya','محطة كهرباء السويدية',2,'2024-01-13',1,fat=0,fat_text='من دون تسجيل إصابات',
        claimed=so,date_text='ليل السبت',notes='Energy infrastructure in the SDF-held area; no armed target named → actor2 null. «قرب» → geo 2.')
    d.V('فيما طالت غارة ثانية مقرا عسكريا لقوات سوريا الديموقراطية عند أطراف بلدة عامودا','Explosions/Remote violence','Air/drone strike',T,D,
        'amuda','بلدة عامودا',2,'2024-01-13',1,fat=3,fat_text='ثلاثة من مقاتليها (SDF) / أربعة (SOHR)',claimed=so,
        notes='Disputed toll 3 (SDF) vs 4 (SOHR): lower kept. «أطراف» read like «ضواحي» → geo 2.')
    d.V('أصيب مدنيان بجروح جراء قصف مدفعي تركي طال قريتين على خط التماس مساء أمس','Explosions/Remote violence','Shelling/artillery/missile attack',
        T,'Civilians','taltamr','ريف تل تمر',2,'2024-01-13',1,fat=0,fat_text='أصيب مدنيان بجروح',claimed=so,date_text='مساء أمس',
        notes='Two unnamed villages in one district → one event at district level.')
    d.V('دارت اشتباكات أمس السبت بين مجلس منبج العسكري المنضوي في قوات سوريا الديموقراطية وفصائل من الجيش الوطني السوري الموالي لأنقرة قرب قرية عون الدادات',
        'Battles','Armed clash',D,'SNA','aoun','قرية عون الدادات',2,'2024-01-13',1,fat=4,fat_text='ثلاثة مقاتلين من الفصائل وعنصر من المجلس',
        claimed=so,date_text='أمس السبت')
    d.P('واتهم القائد العام لقوات سوريا الديموقراطية مظلوم عبدي أنقرة بـ"استهداف مقومات حياة" سكان المنطقة','ACCUSE',D,T,'2024-01-14',2)
    d.P('ودعا التحالف الدولي بقيادة واشنطن إلى "تحمل مسؤولياته" في وقف الهجمات','REQUEST',D,'USA','2024-01-14',2,notes='US-led coalition → USA.')
    d.P('ونفت أنقرة استهداف مدنيين','REJECT',T,D,'2024-01-14',2)
    d.P('وتوعد الرئيس التركي رجب طيب أردوغان بمواصلة العمليات "حتى القضاء على آخر إرهابي"','THREATEN',T,D,'2024-01-14',2)
    d.P('إن واشنطن "تحث جميع الأطراف على ضبط النفس وتجنب أي تصعيد','REQUEST','USA',None,'2024-01-14',2)
    # not coded: Turkish MoD «حيدت 25 ... خلال الأيام الثلاثة الماضية» (running total over Iraq and Syria, no sites);
    # «لم يصدر تعليق» (negated); campaign since October and the Ankara attack (background); AANES damage count (running total)
    d.Q('المرصد السوري لحقوق الإنسان','SOHR','monitor','other','وفق',
        'بيروت (أ ف ب) - شنت طائرات تركية، ليل السبت، غارات على مواقع لقوات سوريا الديموقراطية ومنشآت للطاقة في محافظة الحسكة بشمال شرق سوريا، وفق ما أفاد المرصد السوري لحقوق الإنسان ومسؤولون أكراد')
    d.Q('المرصد','SOHR','monitor','other','أوضح',
        'وأوضح المرصد أن إحدى الغارات استهدفت محطة كهرباء السويدية قرب مدينة المالكية، ما تسبب بانقطاع التيار عن مئات القرى من دون تسجيل إصابات، فيما طالت غارة ثانية مقرا عسكريا لقوات سوريا الديموقراطية عند أطراف بلدة عامودا')
    d.Q('قوات سوريا الديموقراطية','SDF','SDF statement',D,'قال',
        'وقالت قوات سوريا الديموقراطية في بيان إن ثلاثة من مقاتليها قتلوا في غارة عامودا')
    d.Q('المرصد','SOHR','monitor','other','وفق',
        'وفي ريف تل تمر، أصيب مدنيان بجروح جراء قصف مدفعي تركي طال قريتين على خط التماس مساء أمس، وفق المرصد')
    d.Q('المرصد','SOHR','monitor','other','بحسب',
        'وعلى جبهة منبج في ريف حلب الشرقي، دارت اشتباكات أمس السبت بين مجلس منبج العسكري المنضوي في قوات سوريا الديموقراطية وفصائل من الجيش الوطني السوري الموالي لأنقرة قرب قرية عون الدادات شمال المدينة، قتل خلالها ثلاثة مقاتلين من الفصائل وعنصر من المجلس، بحسب المرصد')
    d.Q('وزارة الدفاع التركية','Turkish Ministry of Defence','ministry',T,'أعلن',
        'من جهتها، أعلنت وزارة الدفاع التركية في بيان أن قواتها "حيدت" 25 "إرهابيا" ودمرت 30 هدفا في شمال العراق وسوريا خلال الأيام الثلاثة الماضية، من دون أن تحدد مواقع الضربات')
    d.Q('مظلوم عبدي','Mazloum Abdi','SDF commander',D,'اتهم',
        'واتهم القائد العام لقوات سوريا الديموقراطية مظلوم عبدي أنقرة بـ"استهداف مقومات حياة" سكان المنطقة، ودعا التحالف الدولي بقيادة واشنطن إلى "تحمل مسؤولياته" في وقف الهجمات')
    d.Q('أنقرة','Ankara','Turkish government',T,'نفى','ونفت أنقرة استهداف مدنيين، مؤكدة أن ضرباتها تقتصر على "أهداف إرهابية"')
    d.Q('رجب طيب أردوغان','Recep Tayyip Erdogan','Turkish president',T,'توعد',
        'وتوعد الرئيس التركي رجب طيب أردوغان بمواصلة العمليات "حتى القضاء على آخر إرهابي" على حدود بلاده الجنوبية')
    d.Q('متحدث باسم وزارة الخارجية الأمريكية','US State Department spokesman','ministry spokesman','USA','قال',
        'وقال متحدث باسم وزارة الخارجية الأمريكية للصحافيين إن واشنطن "تحث جميع الأطراف على ضبط النفس وتجنب أي تصعيد يعرقل الحرب على تنظيم داعش"')
    d.Q('الإدارة الذاتية الكردية','Autonomous Administration','AANES','SDF','قال',
        'وتقول الإدارة الذاتية الكردية إن الحملة ألحقت أضرارا بعشرات المنشآت الحيوية')
    return d.record()
