from lib import Doc
H='Houthis'; Y='Yemeni government'
def yem01():
    d=Doc('hd_yem01','2024-01-13','pro_houthis',['العدوان الأمريكي البريطاني','إسنادا للعدو الصهيوني','القوات المسلحة اليمنية','استشهاد خمسة من منتسبي القوات المسلحة','وفي محاولة لتبرير الجريمة'])
    common=dict(claimed='Houthi military spokesman (Yahya Saree)',assoc=['UK'])
    d.V('واستهدف العدوان بغارات متتالية قاعدة الديلمي الجوية شمال العاصمة صنعاء','Explosions/Remote violence','Air/drone strike','USA',H,
        'dailami','قاعدة الديلمي الجوية',1,'2024-01-12',1,fat_text='استشهاد خمسة (total, all sites)',
        notes='Date from the lead «فجر أمس الجمعة». Five killed across all sites, not split → fatalities null on each site. UK associated.',**common)
    d.V('فيما طالت غارات أخرى مطار الحديدة','Explosions/Remote violence','Air/drone strike','USA',H,'hodairport','مطار الحديدة',1,'2024-01-12',1,**common)
    d.V('ومطار تعز الدولي','Explosions/Remote violence','Air/drone strike','USA',H,'taizairport','مطار تعز الدولي',1,'2024-01-12',1,
        notes='Two airports in one clause → two events.',**common)
    d.V('كما شن طيران العدوان غارات على مديرية عبس بمحافظة حجة','Explosions/Remote violence','Air/drone strike','USA',H,'abs','مديرية عبس',2,'2024-01-12',1,**common)
    d.V('وعلى منطقة كهلان شرق مدينة صعدة','Explosions/Remote violence','Air/drone strike','USA',H,'kahlan','منطقة كهلان',2,'2024-01-12',1,**common)
    d.V('عاود العدوان الأمريكي فجر اليوم السبت استهداف قاعدة الديلمي بغارة واحدة، من دون أن تسفر عن إصابات','Explosions/Remote violence',
        'Air/drone strike','USA',H,'dailami','قاعدة الديلمي',1,'2024-01-13',1,fat=0,fat_text='من دون أن تسفر عن إصابات',claimed='military source',
        date_text='فجر اليوم السبت')
    d.P('العدو الأمريكي والبريطاني يتحمل المسؤولية الكاملة عن عدوانه الإجرامي','ACCUSE',H,'USA','2024-01-12',2,
        notes='Saree; the SPC «حمل واشنطن ولندن تبعات العدوان» is the same pair, day and type → folded.')
    d.P('وأن هذا العدوان لن يمر دون رد وعقاب','THREATEN',H,'USA','2024-01-12',2,
        notes='SPC «كل المصالح الأمريكية والبريطانية أصبحت أهدافا مشروعة» folded in (same pair/type).')
    d.V('احتشد مئات الآلاف من أبناء الشعب اليمني في ميدان السبعين بالعاصمة صنعاء، تنديدا بالعدوان','Protests','Peaceful protest','Protesters',None,
        'sabeen','ميدان السبعين',1,'2024-01-12',1,date_text='وعقب صلاة الجمعة')
    d.P('دانت سلطنة عمان في بيان لوزارة خارجيتها لجوء دول صديقة إلى العمل العسكري','ACCUSE','Oman','USA','2024-01-12',2)
    d.P('فيما دانت إيران الغارات','ACCUSE','Iran','USA','2024-01-12',2)
    # not coded: «لم تحقق أيا من أهدافها» (negated), navy ban on ships since November (background), Biden's justification (quote only),
    # «في عدوانه على غزة» (context)
    d.Q('المتحدث الرسمي باسم القوات المسلحة اليمنية العميد يحيى سريع','Houthi military spokesman Brig. Yahya Saree','military spokesman',H,'بحسب',
        'شن العدوان الأمريكي البريطاني، فجر أمس الجمعة، أكثر من 70 غارة على أمانة العاصمة ومحافظات الحديدة وتعز وحجة وصعدة، في تصعيد سافر يأتي إسنادا للعدو الصهيوني في عدوانه على غزة، بحسب ما أعلنه المتحدث الرسمي باسم القوات المسلحة اليمنية العميد يحيى سريع')
    d.Q('العميد سريع','Yahya Saree','military spokesman',H,'أوضح',
        'وأوضح العميد سريع في بيان متلفز أن الغارات أسفرت عن استشهاد خمسة من منتسبي القوات المسلحة وإصابة ستة آخرين، مؤكدا أن "العدو الأمريكي والبريطاني يتحمل المسؤولية الكاملة عن عدوانه الإجرامي، وأن هذا العدوان لن يمر دون رد وعقاب"')
    d.Q('مصدر عسكري','military source','military source',H,'وفق',
        'وفي تصعيد جديد، عاود العدوان الأمريكي فجر اليوم السبت استهداف قاعدة الديلمي بغارة واحدة، من دون أن تسفر عن إصابات، وفق مصدر عسكري')
    d.Q('المجلس السياسي الأعلى','Supreme Political Council','Sanaa authorities',H,'أكد',
        'وحمل المجلس السياسي الأعلى في اجتماع استثنائي عقده برئاسة مهدي المشاط واشنطن ولندن تبعات العدوان، مؤكدا أن "كل المصالح الأمريكية والبريطانية أصبحت أهدافا مشروعة"')
    d.Q('سلطنة عمان','Oman (Foreign Ministry)','ministry','other','دان',
        'وفي المواقف الدولية، دانت سلطنة عمان في بيان لوزارة خارجيتها لجوء دول صديقة إلى العمل العسكري')
    d.Q('إيران','Iran','government','Iran','دان','فيما دانت إيران الغارات ووصفتها بأنها "انتهاك صارخ لسيادة اليمن"')
    d.Q('الرئيس الأمريكي جو بايدن','US President Joe Biden','US president','USA','ادعى',
        'وفي محاولة لتبرير الجريمة، ادعى الرئيس الأمريكي جو بايدن أن الهجمات مثلت "ردا مباشرا" على عمليات القوات البحرية اليمنية في البحر الأحمر')
    d.Q('مصدر عسكري','military source','military source',H,'أكد',
        'وأكد مصدر عسكري أن الغارات لم تحقق أيا من أهدافها ولم تؤثر على القدرات العسكرية اليمنية')
    d.Q('القوات المسلحة','Houthi armed forces','armed forces',H,'أعلن',
        'وكانت القوات المسلحة قد أعلنت منذ نوفمبر الماضي منع السفن المرتبطة بالعدو الصهيوني من الملاحة في البحر الأحمر وباب المندب')
    # post-run fix: this attributed statement (reporting verb أعلن) was missed in the first pass; background, so a quote but no event
    return d.record()

def yem02():
    d=Doc('hd_yem02','2024-02-20','pro_yemen_gov',['ميليشيا الحوثي الإرهابية المدعومة من إيران','الجيش الوطني','الميليشيا الحوثية','وداعميها في طهران'])
    d.V('أحبطت وحدات من الجيش الوطني، أمس الاثنين، محاولة تسلل نفذتها عناصر ميليشيا الحوثي الإرهابية المدعومة من إيران باتجاه مواقع الجيش في جبهة رغوان',
        'Battles','Armed clash',H,Y,'raghwan','جبهة رغوان',2,'2024-02-19',1,fat=10,fat_text='مقتل ثمانية من المتسللين ... استشهد جنديان',
        claimed='military source',date_text='أمس الاثنين',notes='Houthi infiltration repelled after hours of fighting; 8 Houthis + 2 soldiers per the government source. «جبهة» → geo 2.')
    d.V('استهدفت مدفعية الجيش تعزيزات للميليشيا كانت متجهة إلى خطوط التماس في جبهة الكسارة','Explosions/Remote violence','Shelling/artillery/missile attack',
        Y,H,'kassara','جبهة الكسارة',2,'2024-02-19',1,claimed='military source',date_text='وفي اليوم ذاته')
    d.V('أسقطت ليل الأحد طائرة مسيرة مفخخة أطلقتها الميليشيا باتجاه مواقع الجيش في مديرية صرواح','Strategic developments','Disrupted weapons use',
        Y,H,'sirwah','مديرية صرواح',2,'2024-02-18',1,claimed='military source',date_text='ليل الأحد',plover='ASSAULT')
    d.V('قصفت الميليشيا في الليلة ذاتها بقذائف الهاون قرية الزور في المديرية ذاتها، ما أسفر عن إصابة امرأة وطفلين','Explosions/Remote violence',
        'Shelling/artillery/missile attack',H,'Civilians','zour','قرية الزور',1,'2024-02-18',1,fat=0,fat_text='إصابة امرأة وطفلين',claimed='military source',
        date_text='في الليلة ذاتها')
    d.P('ونفى المصدر مزاعم إعلام الميليشيا بشأن السيطرة على مواقع في تبة المصارية','REJECT',Y,H,'2024-02-20',2,
        notes='The Houthi capture claim is denied → not coded itself.')
    d.P('الميليشيا تدفع منذ أيام بتعزيزات كبيرة من صنعاء نحو مديرية الجوبة','MOBILIZE',H,Y,'2024-02-17',2,place='jubah',loc_ar='مديرية الجوبة',geo=2,
        claimed='military source',date_text='منذ أيام')
    d.P('استقبل عضو مجلس القيادة الرئاسي محافظ مأرب اللواء سلطان العرادة، في مأرب أمس الاثنين، السفير الأمريكي لدى اليمن ستيفن فاجن','CONSULT',
        Y,'USA','2024-02-19',1,place='marib',loc_ar='مأرب',geo=1,date_text='أمس الاثنين')
    d.P('واتهم العرادة خلال اللقاء الميليشيا الحوثية باستغلال التصعيد في البحر الأحمر لحشد مقاتليها نحو مأرب','ACCUSE',Y,H,'2024-02-19',1,
        place='marib',loc_ar='مأرب',geo=1,notes='Venue = the meeting in Marib.')
    d.P('داعيا المجتمع الدولي إلى ممارسة ضغط حقيقي على الميليشيا وداعميها في طهران','REQUEST',Y,None,'2024-02-19',1,place='marib',loc_ar='مأرب',geo=1,
        notes='Addressee «المجتمع الدولي» is not an actor → actor2 null.')
    d.P('توعد رئيس هيئة الأركان العامة الفريق الركن صغير بن عزيز برد "قاس ومؤلم" على أي تصعيد حوثي جديد','THREATEN',Y,H,'2024-02-20',2,
        notes='Conditional threat → THREATEN (as in heldout_c).')
    # not coded: 2021 Marib offensive and its thousands killed (background), «لم تتمكن الميليشيا من التقدم» (negated), truce of April 2022 (background)
    d.Q('مصدر ميداني','field military source','military source',Y,'ذكر',
        'وذكر مصدر ميداني في تصريح لـ"سبتمبر نت" أن المواجهات تواصلت لساعات وانتهت بمقتل ثمانية من المتسللين بينهم قيادي ميداني، في حين استشهد جنديان من منتسبي الجيش')
    d.Q('المصدر','military source','military source',Y,'وفق',
        'وفي اليوم ذاته، استهدفت مدفعية الجيش تعزيزات للميليشيا كانت متجهة إلى خطوط التماس في جبهة الكسارة غربي المحافظة، وفق المصدر ذاته')
    d.Q('المصدر','military source','military source',Y,'أضاف',
        'وأضاف المصدر أن الدفاعات الجوية أسقطت ليل الأحد طائرة مسيرة مفخخة أطلقتها الميليشيا باتجاه مواقع الجيش في مديرية صرواح، فيما قصفت الميليشيا في الليلة ذاتها بقذائف الهاون قرية الزور في المديرية ذاتها، ما أسفر عن إصابة امرأة وطفلين')
    d.Q('المصدر','military source','military source',Y,'نفى',
        'ونفى المصدر مزاعم إعلام الميليشيا بشأن السيطرة على مواقع في تبة المصارية، مؤكدا أن "كل المواقع في قبضة الجيش ولم تتمكن الميليشيا من التقدم مترا واحدا"')
    d.Q('المصدر','military source','military source',Y,'أشار',
        'وأشار إلى أن الميليشيا تدفع منذ أيام بتعزيزات كبيرة من صنعاء نحو مديرية الجوبة جنوبي مأرب')
    d.Q('سلطان العرادة','Sultan al-Arada','PLC member and Marib governor',Y,'اتهم',
        'واتهم العرادة خلال اللقاء الميليشيا الحوثية باستغلال التصعيد في البحر الأحمر لحشد مقاتليها نحو مأرب، داعيا المجتمع الدولي إلى ممارسة ضغط حقيقي على الميليشيا وداعميها في طهران لوقف تصعيدها')
    d.Q('صغير بن عزيز','Lt. Gen. Saghir bin Aziz','chief of general staff',Y,'توعد',
        'من جانبه، توعد رئيس هيئة الأركان العامة الفريق الركن صغير بن عزيز برد "قاس ومؤلم" على أي تصعيد حوثي جديد، مؤكدا أن الجيش "في أعلى درجات الجاهزية"')
    d.Q('تقارير حكومية','government reports','government reports',Y,'بحسب',
        'كما لم تلتزم الميليشيا بالهدنة الأممية التي أعلنت في أبريل 2022، بحسب تقارير حكومية')
    return d.record()
