from lib import Doc
H='Houthis'; SL='Saleh loyalists'; SC='Saudi-led coalition'; Y='Yemeni government'
def yem01():
    d=Doc('he_yem01','2017-12-05','pro_houthis',['مليشيا الخيانة','طيران العدوان السعودي الأمريكي','مع دول العدوان','الفار عبد ربه منصور هادي',
          'قائد الثورة','وفي محاولة يائسة لإنقاذ أدواته'])
    mi='Houthi Interior Ministry'
    d.V('أن صالح قُتل في منطقة الجحشي بمديرية سنحان جنوب العاصمة أثناء محاولته الفرار باتجاه مأرب','Battles','Armed clash',H,SL,'jahshi','منطقة الجحشي',2,
        '2017-12-04',1,fat_text='مقتل زعيمها علي عبدالله صالح وعدد من أعوانه',claimed=mi,
        notes='Saleh and armed escorts killed while fleeing → armed clash (ACLED practice). «وعدد من أعوانه» → fatalities null. Day from the Monday announcement.')
    d.V('الأجهزة الأمنية حسمت المواجهات في منطقة حدة','Battles','Armed clash',H,SL,'hadda','منطقة حدة',2,'2017-12-04',1,claimed=mi,
        notes='Only the decisive Monday fighting is described; «منذ ثلاثة أيام» gives no separate daily clashes → one event.')
    d.V('ألقت القبض على عدد من قيادات المليشيا في العاصمة','Strategic developments','Arrests',H,SL,'sanaa','العاصمة',1,'2017-12-04',2,claimed=mi,
        notes='The surrender of dozens of gunmen is folded here. No explicit day → Monday context, precision 2.')
    d.P('أعلن فيه استعداده لفتح "صفحة جديدة" مع دول العدوان','AGREE',SL,SC,'2017-12-02',1,date_text='السبت الماضي',
        notes='Saleh\'s offer to the coalition (offer = AGREE).')
    d.P('في ما وصفه ناطق أنصار الله محمد عبدالسلام بأنه "انقلاب على الشراكة وخيانة للوطن"','ACCUSE',H,SL,'2017-12-05',2)
    d.P('واتهم عبدالسلام الإمارات بالوقوف وراء المؤامرة وتمويل المسلحين','ACCUSE',H,'UAE','2017-12-05',2)
    d.V('شن طيران العدوان السعودي الأمريكي أكثر من 25 غارة على العاصمة خلال الساعات الماضية، استهدفت إحداها محيط دار الرئاسة','Explosions/Remote violence',
        'Air/drone strike',SC,H,'presidency','محيط دار الرئاسة',2,'2017-12-04',2,date_text='خلال الساعات الماضية',
        notes='Raids on the capital; the one named target (presidential compound area) gives the place. «الساعات الماضية» → 4 Dec, precision 2.')
    d.V('كما طالت ثلاث غارات أخرى مديرية سنحان','Explosions/Remote violence','Air/drone strike',SC,H,'sanhan','مديرية سنحان',2,'2017-12-04',2,
        notes='Separate district → separate event.')
    d.P('فيما نفت الإمارات وصول أي صاروخ إلى أجوائها','REJECT','UAE',H,'2017-12-04',2,
        notes='The claimed Houthi cruise-missile launch at Barakah is denied by the target and is not coded (judgement call, as heldout_d treats denied claims).')
    d.P('مؤكدا أن أعضاء حزب المؤتمر الشعبي العام لن يتعرضوا لأي استهداف','AGREE',H,SL,'2017-12-04',1,date_text='مساء أمس',
        notes='Pledge not to target GPC members → AGREE. GPC (Saleh wing) = Saleh loyalists.')
    d.P('وحذر قائد الثورة دول العدوان من أن أي تصعيد جديد سيقابل "بخيارات مؤلمة"','THREATEN',H,SC,'2017-12-04',1)
    d.V('واحتشد الآلاف مساء أمس في ميدان التحرير وسط العاصمة، احتفاء بإفشال المؤامرة','Protests','Peaceful protest','Protesters',None,'tahrirsanaa',
        'ميدان التحرير',1,'2017-12-04',1,date_text='مساء أمس',notes='Pro-Houthi rally.')
    d.P('دعا الفار عبد ربه منصور هادي أبناء صنعاء إلى "الانتفاض" في وجه أنصار الله','REQUEST',Y,None,'2017-12-05',2,place='riyadh',loc_ar='الرياض',geo=1,
        notes='Appeal to Sanaa residents (not an actor) → actor2 null. Speech venue named (Riyadh). No date → pub. date, precision 2.')
    # not coded: the Qods-1 launch at Barakah (claim denied by the UAE); the surrender of gunmen (folded into the arrests);
    # «انتهاء أزمة» (summary)
    d.Q('وزارة الداخلية','Houthi Interior Ministry','ministry',H,'أعلن',
        'أعلنت وزارة الداخلية، أمس الاثنين، انتهاء أزمة مليشيا الخيانة ومقتل زعيمها علي عبدالله صالح وعدد من أعوانه، بعد أن تمكنت الأجهزة الأمنية واللجان الشعبية من السيطرة على أوكارها في العاصمة صنعاء')
    d.Q('بيان الوزارة','Houthi Interior Ministry','ministry',H,'أوضح',
        'وأوضح بيان الوزارة أن صالح قُتل في منطقة الجحشي بمديرية سنحان جنوب العاصمة أثناء محاولته الفرار باتجاه مأرب، مؤكدا أن الأجهزة الأمنية حسمت المواجهات في منطقة حدة، حيث كانت عناصر المليشيا تتحصن في عدد من المنازل منذ ثلاثة أيام')
    d.Q('البيان','Houthi Interior Ministry','ministry',H,'أشار',
        'وأشار البيان إلى أن الأجهزة الأمنية ألقت القبض على عدد من قيادات المليشيا في العاصمة، فيما سلم عشرات المسلحين أنفسهم مع أسلحتهم')
    d.Q('صالح','Ali Abdullah Saleh','former president',SL,'أعلن',
        'وجاءت هذه التطورات بعد يومين من الخطاب الذي ألقاه صالح السبت الماضي وأعلن فيه استعداده لفتح "صفحة جديدة" مع دول العدوان')
    d.Q('محمد عبدالسلام','Mohammed Abdulsalam','Ansar Allah spokesman',H,'وصف',
        'في ما وصفه ناطق أنصار الله محمد عبدالسلام بأنه "انقلاب على الشراكة وخيانة للوطن"')
    d.Q('عبدالسلام','Mohammed Abdulsalam','Ansar Allah spokesman',H,'اتهم',
        'واتهم عبدالسلام الإمارات بالوقوف وراء المؤامرة وتمويل المسلحين، مؤكدا أن الفتنة "ولدت ميتة"')
    d.Q('المتحدث باسم القوات المسلحة','Houthi military spokesman','military spokesman',H,'أعلن',
        'وكانت القوة الصاروخية قد أطلقت أمس الأول الأحد صاروخا مجنحا من نوع "قدس 1" على مفاعل براكة النووي في أبوظبي، بحسب ما أعلنه المتحدث باسم القوات المسلحة')
    d.Q('الإمارات','UAE','government','UAE','نفى','فيما نفت الإمارات وصول أي صاروخ إلى أجوائها')
    d.Q('عبدالملك بدرالدين الحوثي','Abdulmalik al-Houthi','Houthi leader',H,'أكد',
        'وفي كلمة متلفزة مساء أمس، بارك قائد الثورة السيد عبدالملك بدرالدين الحوثي للشعب اليمني "سقوط المؤامرة"، مؤكدا أن أعضاء حزب المؤتمر الشعبي العام لن يتعرضوا لأي استهداف')
    d.Q('قائد الثورة','Abdulmalik al-Houthi','Houthi leader',H,'حذر','وحذر قائد الثورة دول العدوان من أن أي تصعيد جديد سيقابل "بخيارات مؤلمة"')
    d.Q('عبد ربه منصور هادي','Abd Rabbuh Mansur Hadi','Yemeni president',Y,'دعا',
        'في المقابل، دعا الفار عبد ربه منصور هادي أبناء صنعاء إلى "الانتفاض" في وجه أنصار الله، في خطاب بثته قناة العربية من الرياض')
    return d.record()

def yem02():
    d=Doc('he_yem02','2019-08-11','neutral',['المجلس الانتقالي الجنوبي','فيما أفادت الأمم المتحدة','ويرى مراقبون'])
    S='STC'
    d.V('بسطت قوات المجلس الانتقالي الجنوبي، أمس السبت، سيطرتها على قصر المعاشيق الرئاسي في مديرية كريتر','Battles','Non-state actor overtakes territory',S,Y,
        'maashiq','قصر المعاشيق الرئاسي',1,'2019-08-10',1,date_text='أمس السبت',
        notes='STC = Southern Transitional Council (new name). The presidential-guard camps around the palace are folded in.')
    d.V('وتجددت الاشتباكات صباح أمس في حي خور مكسر','Battles','Armed clash',S,Y,'khormaksar','حي خور مكسر',1,'2019-08-10',1,date_text='صباح أمس',
        fat_text='نحو 40 (UN total since Wednesday)',notes='The UN toll covers four days → not split, fatalities null.')
    d.P('وطالب التحالف بقيادة السعودية الأطراف المتنازعة بوقف فوري لإطلاق النار','REQUEST',SC,None,'2019-08-10',2,
        notes='Addressed to both parties → actor2 null. Ceasefire from 1 a.m. today → call made on 10 Aug, precision 2.')
    d.P('محذرا من أنه سيتعامل عسكريا مع أي طرف يخرق الهدنة','THREATEN',SC,None,'2019-08-10',2)
    d.V('أعلن المتحدث باسم التحالف العقيد تركي المالكي فجر اليوم استهداف موقع في عدن','Explosions/Remote violence','Air/drone strike',SC,None,'aden','عدن',1,
        '2019-08-11',1,claimed='Saudi-led coalition (Turki al-Maliki)',date_text='فجر اليوم',
        notes='Target\'s owner not named in the text → actor2 null. Only the city is given.')
    d.P('ودعت المملكة الحكومة اليمنية','REQUEST','Saudi Arabia',Y,'2019-08-11',2,
        notes='Invitation to Jeddah talks, two named addressees → one REQUEST per dyad. The Jeddah meeting itself is future → not coded.')
    d.P('والمجلس الانتقالي إلى اجتماع عاجل في جدة','REQUEST','Saudi Arabia',S,'2019-08-11',2)
    d.P('ورحب رئيس المجلس الانتقالي عيدروس الزبيدي في كلمة متلفزة مساء أمس بالدعوة السعودية، معلنا استعداد المجلس للمشاركة فيها','AGREE',S,'Saudi Arabia',
        '2019-08-10',1,date_text='مساء أمس',notes='Acceptance of the invitation → AGREE.')
    d.P('لكنه نفى أن تكون قواته قد اعتقلت وزير الداخلية أحمد الميسري','REJECT',S,Y,'2019-08-10',1,notes='Denied arrest → not coded itself.')
    d.P('حمّلت وزارة الخارجية اليمنية المجلس الانتقالي مسؤولية "الانقلاب على الشرعية في عدن"','ACCUSE',Y,S,'2019-08-11',2)
    d.P('كما اتهمت الإمارات بتقديم الدعم العسكري للقوات التي نفذته','ACCUSE',Y,'UAE','2019-08-11',2)
    d.V('ونظم الآلاف من أنصار الانتقالي مساء أمس مسيرة في ساحة العروض بخور مكسر','Protests','Peaceful protest','Protesters',None,'arood','ساحة العروض',1,
        '2019-08-10',1,assoc=[S],date_text='مساء أمس')
    d.P('ودعا المبعوث الأممي إلى اليمن مارتن غريفيث الطرفين إلى الحوار','REQUEST','UN/UNSMIL',None,'2019-08-11',2)
    # not coded: the Jeddah meeting (future); the January 2018 Aden fighting (background); the Houthi missile strike on al-Jalaa camp
    # at the start of the month (background cause); «نحو 40 ... منذ اندلاع القتال» (running total); the denied arrest of al-Maysari
    d.Q('الأمم المتحدة','United Nations','UN','UN','أفاد',
        'وتجددت الاشتباكات صباح أمس في حي خور مكسر قبل أن تهدأ مساء، فيما أفادت الأمم المتحدة بأن نحو 40 شخصا قتلوا وأصيب 260 آخرون منذ اندلاع القتال الأربعاء الماضي')
    d.Q('التحالف بقيادة السعودية','Saudi-led coalition','military coalition',SC,'طالب',
        'وطالب التحالف بقيادة السعودية الأطراف المتنازعة بوقف فوري لإطلاق النار اعتبارا من الواحدة فجر اليوم، محذرا من أنه سيتعامل عسكريا مع أي طرف يخرق الهدنة')
    d.Q('العقيد تركي المالكي','Col. Turki al-Maliki','coalition spokesman',SC,'أعلن',
        'وأعلن المتحدث باسم التحالف العقيد تركي المالكي فجر اليوم استهداف موقع في عدن قال إنه "يشكل تهديدا مباشرا لأحد المواقع الحيوية"')
    d.Q('المملكة','Saudi Arabia','government','Saudi Arabia','دعا',
        'ودعت المملكة الحكومة اليمنية والمجلس الانتقالي إلى اجتماع عاجل في جدة لمناقشة الخلافات، ومن المنتظر أن يعقد الاجتماع خلال الأيام المقبلة')
    d.Q('عيدروس الزبيدي','Aidarous al-Zubaidi','STC president',S,'رحب',
        'ورحب رئيس المجلس الانتقالي عيدروس الزبيدي في كلمة متلفزة مساء أمس بالدعوة السعودية، معلنا استعداد المجلس للمشاركة فيها')
    d.Q(None,'Aidarous al-Zubaidi','STC president',S,'نفى','لكنه نفى أن تكون قواته قد اعتقلت وزير الداخلية أحمد الميسري، مؤكدا أن الوزير غادر المدينة')
    d.Q('وزارة الخارجية اليمنية','Yemeni Foreign Ministry','ministry',Y,'اتهم',
        'في المقابل، حمّلت وزارة الخارجية اليمنية المجلس الانتقالي مسؤولية "الانقلاب على الشرعية في عدن"، كما اتهمت الإمارات بتقديم الدعم العسكري للقوات التي نفذته')
    d.Q('مارتن غريفيث','Martin Griffiths','UN envoy for Yemen','UN','دعا',
        'ودعا المبعوث الأممي إلى اليمن مارتن غريفيث الطرفين إلى الحوار، معربا عن قلقه من سقوط ضحايا مدنيين')
    d.Q('مراقبون','observers','analysts','other','يرى',
        'ويرى مراقبون أن ما جرى يعيد إلى الأذهان مواجهات يناير 2018، حين سيطرت قوات الانتقالي على معظم المدينة قبل أن تنسحب بوساطة سعودية إماراتية')
    return d.record()
