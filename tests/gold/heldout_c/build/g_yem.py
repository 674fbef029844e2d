from lib import Doc
def yem01():
    d=Doc('hc_yem01','2019-09-14','pro_houthis',['ردا على استمرار العدوان والحصار على الشعب اليمني','واصل طيران العدوان السعودي الأمريكي ارتكاب جرائمه بحق المدنيين','رئيس الوفد الوطني','زاعما'])
    for loc,key in (('بقيق','abqaiq'),('خريص','khurais')):
        d.V('تنفيذ عملية هجومية واسعة بعشر طائرات مسيرة استهدفت مصفاتي بقيق وخريص','Explosions/Remote violence','Air/drone strike','Houthis','Saudi Arabia',
            key,loc,1,'2019-09-14',1,claimed='Houthis (Yahya Saree)',date_text='اليوم السبت',
            notes='One clause, two sites (Abqaiq, Khurais) → two events. Saudi interior ministry confirms fires, no casualties mentioned.')
    d.V('استشهد ثلاثة مواطنين بينهم طفل وأصيب أربعة آخرون، فجر اليوم، في غارة استهدفت منزلا في منطقة آل شاعف بمديرية رازح الحدودية',
        'Explosions/Remote violence','Air/drone strike','Saudi-led coalition','Civilians','razih','منطقة آل شاعف',2,'2019-09-14',1,fat=3,fat_text='ثلاثة مواطنين',
        date_text='فجر اليوم',notes='Al-Shaaf area of Razih district, Saada; coordinates of Razih.')
    d.V('قصفا صاروخيا ومدفعيا سعوديا طال قرى آهلة بالسكان في مديرية شدا الحدودية','Explosions/Remote violence','Shelling/artillery/missile attack',
        'Saudi Arabia','Civilians','shada','مديرية شدا',2,'2019-09-14',2,claimed='security source',notes='Property damage only; no casualties stated.')
    d.P('وتوعد العميد سريع النظام السعودي بعمليات أوسع وأشد إيلاما','THREATEN','Houthis','Saudi Arabia','2019-09-14',1,
        notes='Warning to companies and foreigners folded in.')
    d.P('داعيا الرياض إلى وقف عدوانها ورفع الحصار عن الموانئ والمطارات إذا كانت تريد السلام','REQUEST','Houthis','Saudi Arabia','2019-09-14',2)
    d.P('سارع وزير الخارجية الأمريكي مايك بومبيو إلى اتهام إيران بالوقوف وراء الهجوم','ACCUSE','USA','Iran','2019-09-14',2)
    d.P('وعلق عضو المجلس السياسي الأعلى محمد علي الحوثي على ذلك بالقول إن اتهامات بومبيو "محاولة بائسة','REJECT','Houthis','USA','2019-09-14',2,
        notes='Dismisses Pompeo\'s accusation.')
    # not coded: Balance of Deterrence 1 (Aug, background), possible halving of output (hypothetical)
    H='Houthis'
    d.Q('العميد يحيى سريع','Brig. Yahya Saree','Houthi armed forces spokesman',H,'أعلن',
        'أعلن المتحدث الرسمي باسم القوات المسلحة العميد يحيى سريع، اليوم السبت، تنفيذ عملية هجومية واسعة بعشر طائرات مسيرة استهدفت مصفاتي بقيق وخريص التابعتين لشركة أرامكو في المنطقة الشرقية للسعودية، وذلك ردا على استمرار العدوان والحصار على الشعب اليمني')
    d.Q('العميد سريع','Brig. Yahya Saree','Houthi armed forces spokesman',H,'أوضح',
        'وأوضح العميد سريع في بيان أن "العملية التي أطلق عليها اسم عملية توازن الردع الثانية جاءت بعد عملية رصد دقيق وبتعاون مع الشرفاء والأحرار داخل المملكة"، مؤكدا أن الإصابات كانت دقيقة ومباشرة')
    d.Q('العميد سريع','Brig. Yahya Saree','Houthi armed forces spokesman',H,'توعد',
        'وتوعد العميد سريع النظام السعودي بعمليات أوسع وأشد إيلاما، قائلا إن "بنك أهدافنا يتسع يوما بعد يوم، ولا خطوط حمراء بعد اليوم"، ومحذرا الشركات والأجانب من التواجد في المنشآت التي طالتها الضربات لأنها "قد تُستهدف في أي لحظة"')
    d.Q('وزارة الداخلية السعودية','Saudi Interior Ministry','ministry','Saudi Arabia','أقر',
        'وأقرت وزارة الداخلية السعودية في بيان مقتضب باندلاع حريقين في معملين تابعين لأرامكو في بقيق وخريص إثر استهدافهما بطائرات مسيرة، مشيرة إلى أن فرق الطوارئ تمكنت من السيطرة عليهما، من دون الإشارة إلى وقوع إصابات')
    d.Q('مصدر أمني','security source','security source',H,'أفاد',
        'وأفاد مصدر أمني بأن قصفا صاروخيا ومدفعيا سعوديا طال قرى آهلة بالسكان في مديرية شدا الحدودية، ملحقا أضرارا بممتلكات المواطنين ومزارعهم')
    d.Q('محمد عبدالسلام','Mohammed Abdulsalam','Houthi chief negotiator and spokesman',H,'قال',
        'قال رئيس الوفد الوطني ناطق أنصار الله محمد عبدالسلام إن "على النظام السعودي أن يدرك أن أمنه من أمن اليمن"، داعيا الرياض إلى وقف عدوانها ورفع الحصار عن الموانئ والمطارات إذا كانت تريد السلام')
    d.Q('وزير الخارجية الأمريكي مايك بومبيو','US Secretary of State Mike Pompeo','secretary of state','USA','اتهم',
        'سارع وزير الخارجية الأمريكي مايك بومبيو إلى اتهام إيران بالوقوف وراء الهجوم، زاعما في تغريدة على تويتر أنه "لا دليل على أن الهجمات جاءت من اليمن"')
    d.Q('محمد علي الحوثي','Mohammed Ali al-Houthi','Supreme Political Council member',H,'علق',
        'وعلق عضو المجلس السياسي الأعلى محمد علي الحوثي على ذلك بالقول إن اتهامات بومبيو "محاولة بائسة لحرمان اليمنيين من حقهم في الدفاع عن أنفسهم"')
    d.Q('مصادر إعلامية غربية','Western media sources','media','other','أشار',
        'فيما أشارت مصادر إعلامية غربية إلى احتمال توقف نحو نصف الإنتاج السعودي إذا استمرت الحرائق')
    return d.record()

def yem02():
    d=Doc('hc_yem02','2021-02-16','pro_yemen_gov',['الجيش الوطني','ميليشيا الحوثي الانقلابية المدعومة من إيران','وفي جريمة جديدة بحق المدنيين','ما روجته وسائل إعلام الميليشيا','تحالف دعم الشرعية'])
    d.V('كسرت قوات الجيش الوطني ورجال القبائل، أمس الاثنين، هجوما واسعا شنته ميليشيا الحوثي الانقلابية المدعومة من إيران على مواقع الجيش في جبهة الكسارة',
        'Battles','Armed clash','Yemeni government','Houthis','kassara','جبهة الكسارة',2,'2021-02-15',1,fat_text='مصرع العشرات من عناصر الميليشيا',
        claimed='Armed Forces Media Center',date_text='أمس الاثنين',notes='Tribesmen fight with the army (not coded as a separate actor). Dozens of Houthis + 6 soldiers killed: vague → null per convention.')
    d.V('وفي جبهة هيلان، استعادت قوات الجيش فجر اليوم الثلاثاء عددا من المواقع','Battles','Government regains territory','Yemeni government','Houthis',
        'hailan','جبهة هيلان',2,'2021-02-16',1,claimed='field commander',date_text='فجر اليوم الثلاثاء')
    d.V('وشنت مقاتلات تحالف دعم الشرعية 14 غارة على تعزيزات للميليشيا في مديرية صرواح','Explosions/Remote violence','Air/drone strike','Saudi-led coalition',
        'Houthis','sirwah','مديرية صرواح',2,'2021-02-16',2,fat_text='مقتل من كان على متنها',claimed='field commander')
    d.V('أطلقت الميليشيا الحوثية مساء أمس صاروخا باليستيا على حي سكني في مدينة مأرب، ما أسفر عن إصابة خمسة مدنيين','Explosions/Remote violence',
        'Shelling/artillery/missile attack','Houthis','Civilians','marib','مدينة مأرب',1,'2021-02-15',1,fat=0,fat_text='إصابة خمسة مدنيين',
        claimed='medical source',date_text='مساء أمس')
    d.V('كما اعترضت الدفاعات الجوية للتحالف صباح اليوم طائرة مسيرة مفخخة أطلقتها الميليشيا باتجاه مدينة خميس مشيط','Strategic developments',
        'Disrupted weapons use','Saudi-led coalition','Houthis','khamis','خميس مشيط',2,'2021-02-16',1,claimed='coalition spokesman Turki al-Maliki',date_text='صباح اليوم')
    d.P('ونفى مصدر عسكري ما روجته وسائل إعلام الميليشيا عن سيطرتها على منطقة الزور في صرواح','REJECT','Yemeni government','Houthis','2021-02-16',2)
    d.P('طالبت الحكومة اليمنية المجتمع الدولي ومجلس الأمن بـ"موقف حازم" يوقف التصعيد الحوثي على مأرب','REQUEST','Yemeni government','UN/UNSMIL','2021-02-16',2)
    d.P('واتهم وزير الإعلام معمر الإرياني النظام الإيراني بالدفع بخبراء الحرس الثوري لإدارة المعارك','ACCUSE','Yemeni government','Iran','2021-02-16',2)
    d.P('دعت وزارة الخارجية الأمريكية الحوثيين إلى وقف هجومهم على مأرب فورا','REQUEST','USA','Houthis','2021-02-16',2)
    d.P('دخل فيه قرار إلغاء تصنيف الجماعة منظمة إرهابية حيز التنفيذ','CONCEDE','USA','Houthis','2021-02-16',2,
        notes='Revocation of the FTO designation takes effect (ease sanctions → CONCEDE).')
    # not coded: Griffiths concern (quote), al-Masirah claims (quote), observers on fall of Marib (hypothetical), offensive start early Feb (background)
    Y='Yemeni government'
    d.Q('المركز الإعلامي للقوات المسلحة','Armed Forces Media Center','army media center',Y,'أوضح',
        'وأوضح المركز الإعلامي للقوات المسلحة أن "أبطال الجيش خاضوا مواجهات ضارية استمرت عدة ساعات، انتهت بمصرع العشرات من عناصر الميليشيا وأسر آخرين، فيما فر من تبقى منهم تاركين جثث قتلاهم في الشعاب"')
    d.Q('المركز الإعلامي للقوات المسلحة','Armed Forces Media Center','army media center',Y,'أضاف','وأضاف أن ستة من أفراد الجيش استشهدوا في المواجهات')
    d.Q('قائد ميداني','field commander','field commander',Y,'بحسب',
        'وفي جبهة هيلان، استعادت قوات الجيش فجر اليوم الثلاثاء عددا من المواقع التي كانت الميليشيا قد تسللت إليها خلال الأيام الماضية، بحسب قائد ميداني')
    d.Q('قائد ميداني','field commander','field commander',Y,'وفق',
        'وشنت مقاتلات تحالف دعم الشرعية 14 غارة على تعزيزات للميليشيا في مديرية صرواح، ما أدى إلى تدمير تسع آليات ومقتل من كان على متنها، وفق المصدر ذاته')
    d.Q('مصدر طبي في مستشفى هيئة مأرب','medical source at Marib Authority hospital','medical source','other','بحسب',
        'وفي جريمة جديدة بحق المدنيين، أطلقت الميليشيا الحوثية مساء أمس صاروخا باليستيا على حي سكني في مدينة مأرب، ما أسفر عن إصابة خمسة مدنيين بينهم امرأتان، بحسب مصدر طبي في مستشفى هيئة مأرب')
    d.Q('المتحدث باسم التحالف العميد تركي المالكي','coalition spokesman Brig. Turki al-Maliki','coalition spokesman','Saudi-led coalition','أعلن',
        'كما اعترضت الدفاعات الجوية للتحالف صباح اليوم طائرة مسيرة مفخخة أطلقتها الميليشيا باتجاه مدينة خميس مشيط جنوب السعودية، وفق ما أعلن المتحدث باسم التحالف العميد تركي المالكي')
    d.Q('مصدر عسكري','military source','military source',Y,'نفى',
        'ونفى مصدر عسكري ما روجته وسائل إعلام الميليشيا عن سيطرتها على منطقة الزور في صرواح، مؤكدا أن "تلك الادعاءات محض أكاذيب لتغطية هزائمهم المتلاحقة"')
    d.Q('قناة المسيرة','al-Masirah TV','Houthi media','Houthis','زعم','وكانت قناة المسيرة التابعة للميليشيا قد زعمت مقتل وأسر أكثر من مئتين من منتسبي الجيش')
    d.Q('الحكومة اليمنية','Yemeni government','government',Y,'طالب',
        'طالبت الحكومة اليمنية المجتمع الدولي ومجلس الأمن بـ"موقف حازم" يوقف التصعيد الحوثي على مأرب التي تؤوي أكثر من مليوني نازح')
    d.Q('وزير الإعلام معمر الإرياني','Information Minister Muammar al-Eryani','minister',Y,'اتهم',
        'واتهم وزير الإعلام معمر الإرياني النظام الإيراني بالدفع بخبراء الحرس الثوري لإدارة المعارك، وقال إن "طهران تستخدم الميليشيا أداة لتهديد أمن المنطقة"')
    d.Q('وزارة الخارجية الأمريكية','US State Department','ministry','USA','دعا','دعت وزارة الخارجية الأمريكية الحوثيين إلى وقف هجومهم على مأرب فورا')
    d.Q('المبعوث الأممي مارتن غريفيث','UN envoy Martin Griffiths','UN envoy','UN','قال',
        'أعرب المبعوث الأممي مارتن غريفيث عن قلقه البالغ من التصعيد، وقال إن "الهجوم على مأرب يعرض ملايين المدنيين للخطر ويقوض جهود السلام"')
    d.Q('مراقبون','observers','observers','other','يرى',
        'ويرى مراقبون أن سقوط مأرب، إن حدث، سيشكل ضربة قاصمة للحكومة الشرعية، إذ تعد المحافظة آخر معاقلها في شمال البلاد')
    return d.record()

def yem03():
    d=Doc('hc_yem03','2018-06-20','neutral',['القوات اليمنية الموالية للحكومة والمدعومة من التحالف','حركة الحوثي','ولم يتسن لرويترز التحقق من روايات الطرفين بشكل مستقل'])
    d.V('أعلنت القوات اليمنية الموالية للحكومة والمدعومة من التحالف بقيادة السعودية والإمارات، اليوم الأربعاء، أنها سيطرت على مطار الحديدة الدولي',
        'Battles','Government regains territory','Yemeni government','Houthis','hodairport','مطار الحديدة الدولي',1,'2018-06-20',1,assoc=['Saudi-led coalition'],
        claimed='pro-government forces',date_text='اليوم الأربعاء',notes='Houthis deny (e2) and say fighting continues around the airport (folded).')
    d.P('لكن قناة المسيرة التابعة للحوثيين نفت ذلك','REJECT','Houthis','Yemeni government','2018-06-20',2)
    d.V('طائرات التحالف شنت ليل الثلاثاء غارات مكثفة على مواقع للحوثيين في منطقة المنظر المجاورة للمطار','Explosions/Remote violence','Air/drone strike',
        'Saudi-led coalition','Houthis','manzar','منطقة المنظر',2,'2018-06-19',1,claimed='residents',date_text='ليل الثلاثاء')
    d.V('سُمع دوي اشتباكات متقطعة في الأحياء الجنوبية للمدينة حتى ساعات الصباح','Battles','Armed clash','Yemeni government','Houthis','hodeidah',
        'الأحياء الجنوبية للمدينة',2,'2018-06-19',1,fat_text='العشرات من المقاتلين',claimed='residents',
        notes='Night of Tuesday into Wednesday. «العشرات ... خلال اليومين الماضيين» covers the whole battle: vague → null.')
    d.V('اعترضت مساء أمس صاروخا باليستيا أطلقه الحوثيون باتجاه مدينة جازان','Strategic developments','Disrupted weapons use','Saudi Arabia','Houthis',
        'jizan','جازان',2,'2018-06-19',1,fat=0,fat_text='من دون أن تسفر شظاياه عن إصابات',claimed='Royal Saudi Air Defense',date_text='مساء أمس')
    d.P('التقى المبعوث الأممي الخاص إلى اليمن مارتن غريفيث زعيم الحوثيين عبد الملك الحوثي في صنعاء','CONSULT','UN/UNSMIL','Houthis','2018-06-20',2,
        place='sanaa',loc_ar='صنعاء',geo=1)
    d.P('غريفيث عرض أن تتولى الأمم المتحدة إدارة ميناء الحديدة','AGREE','UN/UNSMIL','Houthis','2018-06-20',2,claimed='source familiar with the talks',
        notes='An offer (AGREE). «لم يتم التوصل إلى اتفاق» is negated, not coded.')
    d.P('قال وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش إن العمليات ستستمر "ما لم ينسحب الحوثيون من المدينة والميناء دون شروط"','THREATEN',
        'UAE','Houthis','2018-06-20',2)
    d.P('داعية الأطراف إلى إبقاء الميناء مفتوحا أمام شحنات الغذاء والوقود','REQUEST','UN/UNSMIL',None,'2018-06-20',2)
    d.P('وكانت الأمم المتحدة قد سحبت موظفيها الدوليين من المدينة الأسبوع الماضي','RETREAT','UN/UNSMIL',None,'2018-06-11',2,place='hodeidah',
        loc_ar='الحديدة',geo=1,date_text='الأسبوع الماضي',notes='Real date 11 June 2018.')
    # not coded: war since 2015 (background), 70% imports (fact)
    d.Q('متحدث عسكري باسم القوات','military spokesman of the pro-government forces','military spokesman','Yemeni government','قال',
        'وقال متحدث عسكري باسم القوات، التي تضم ألوية العمالقة، إن "المطار بات تحت السيطرة الكاملة، وفرق الهندسة تعمل على تطهيره من الألغام"')
    d.Q('قناة المسيرة','al-Masirah TV','Houthi media','Houthis','نفى',
        'لكن قناة المسيرة التابعة للحوثيين نفت ذلك، وقالت إن مقاتلي الحركة "ما زالوا يخوضون معارك في محيط المطار وقد أوقعوا خسائر كبيرة في صفوف الغزاة"')
    d.Q('سكان','residents','residents','other','قال',
        'وقال سكان إن طائرات التحالف شنت ليل الثلاثاء غارات مكثفة على مواقع للحوثيين في منطقة المنظر المجاورة للمطار، كما سُمع دوي اشتباكات متقطعة في الأحياء الجنوبية للمدينة حتى ساعات الصباح')
    d.Q('مصادر طبية','medical sources','medical sources','other','قال','وقالت مصادر طبية إن العشرات من المقاتلين قتلوا من الجانبين خلال اليومين الماضيين')
    d.Q('قيادة قوات الدفاع الجوي الملكي السعودي','Royal Saudi Air Defense command','air defense','Saudi Arabia','قال',
        'قالت قيادة قوات الدفاع الجوي الملكي السعودي إنها اعترضت مساء أمس صاروخا باليستيا أطلقه الحوثيون باتجاه مدينة جازان جنوب المملكة، من دون أن تسفر شظاياه عن إصابات')
    d.Q('مصدر مطلع على المحادثات','source familiar with the talks','source','other','قال',
        'وقال مصدر مطلع على المحادثات إن غريفيث عرض أن تتولى الأمم المتحدة إدارة ميناء الحديدة، غير أنه "لم يتم التوصل إلى اتفاق بعد"')
    d.Q('أنور قرقاش','Anwar Gargash','UAE minister of state for foreign affairs','UAE','قال',
        'قال وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش إن العمليات ستستمر "ما لم ينسحب الحوثيون من المدينة والميناء دون شروط"، مضيفا أن التحالف "يأخذ في الاعتبار سلامة المدنيين"')
    d.Q('ليز غراندي','Lise Grande','UN humanitarian coordinator for Yemen','UN','حذر',
        'وحذرت منسقة الشؤون الإنسانية للأمم المتحدة في اليمن ليز غراندي من أن "القتال داخل المدينة قد يتسبب في كارثة إنسانية"، داعية الأطراف إلى إبقاء الميناء مفتوحا أمام شحنات الغذاء والوقود')
    return d.record()
