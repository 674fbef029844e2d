from lib import Doc
IG='Iraqi government'
def irq01():
    d=Doc('he_irq01','2014-06-12','neutral',['تنظيم الدولة الإسلامية في العراق والشام','وفق مصادر أمنية','وقال شهود عيان'])
    d.V('دخل مسلحو تنظيم الدولة الإسلامية في العراق والشام، أمس الأربعاء، مدينة تكريت','Battles','Non-state actor overtakes territory','ISIS',IG,'tikrit',
        'مدينة تكريت',1,'2014-06-11',1,date_text='أمس الأربعاء',notes='Prisoners freed and flags raised are folded in.')
    d.V('سيطرتهم على مدينة الموصل ثاني أكبر المدن العراقية، إثر انسحاب قطعات الجيش منها','Battles','Non-state actor overtakes territory','ISIS',IG,'mosul',
        'مدينة الموصل',1,'2014-06-10',2,date_text='بعد أقل من يومين',
        notes='«أقل من يومين» before Wednesday → 10 June (precision 2). The army withdrawal is how the city fell → folded, no separate RETREAT.')
    d.V('اقتحم مسلحو التنظيم أمس مقر القنصلية التركية، واختطفوا القنصل العام و48 آخرين','Violence against civilians','Abduction/forced disappearance','ISIS',
        'Civilians','mosul','الموصل',1,'2014-06-11',1,date_text='أمس',notes='49 Turkish consulate staff (incl. diplomats, children, guards) → Civilians (Turkish).')
    d.P('حذر وزير الخارجية التركي أحمد داود أوغلو من أن أي أذى يلحق بالرهائن "سيقابل برد قاس"','THREATEN','Turkey','ISIS','2014-06-12',2,
        notes='Conditional threat → THREATEN.')
    d.P('مطالبا بالإفراج عنهم فورا','REQUEST','Turkey','ISIS','2014-06-12',2)
    d.V('صدت القوات العراقية ليل الأربعاء هجوما شنه المسلحون على أطراف المدينة','Battles','Armed clash',IG,'ISIS','samarra','سامراء',1,'2014-06-11',1,
        fat_text='العشرات',claimed='security sources',date_text='ليل الأربعاء',notes='Outskirts → geo 1 (codebook). «العشرات» → null.')
    d.V('شن الطيران العراقي فجر اليوم الخميس غارات على تجمعات للمسلحين في محيط تكريت','Explosions/Remote violence','Air/drone strike',IG,'ISIS','tikrit',
        'محيط تكريت',2,'2014-06-12',1,date_text='فجر اليوم الخميس')
    d.V('انتشرت قوات البيشمركة الكردية اليوم في مواقع أخلاها الجيش العراقي داخل المدينة','Strategic developments','Non-violent transfer of territory',
        'Kurdistan Regional Government',IG,'kirkuk','كركوك',1,'2014-06-12',1,date_text='اليوم',plover='MOBILIZE',
        notes='Peshmerga (KRG) take over positions vacated by the army without fighting.')
    d.P('طلب رئيس الوزراء نوري المالكي الثلاثاء من مجلس النواب إعلان حالة الطوارئ','REQUEST',IG,'Iraqi parliament','2014-06-10',1,date_text='الثلاثاء')
    d.P('واتهم المالكي جهات لم يسمها بالتآمر','ACCUSE',IG,None,'2014-06-12',2,notes='Unnamed parties → actor2 null.')
    d.P('وأعلنت إيران دعمها الكامل للحكومة العراقية في مواجهة الإرهاب','SUPPORT','Iran',IG,'2014-06-12',2)
    d.P('دعا الأمين العام للأمم المتحدة بان كي مون المجتمع الدولي إلى الوقوف مع العراق','REQUEST','UN/UNSMIL',None,'2014-06-12',2)
    # not coded: «البرلمان لم يتمكن اليوم من عقد جلسته» (negated); Obama «لا يستبعد أي خيار ... ضربات جوية» (hypothetical);
    # half a million displaced (running total); the army's withdrawal from Mosul and Kirkuk (folded into the takeovers)
    d.Q('شهود عيان','eyewitnesses','witnesses','other','قال',
        'وقال شهود عيان إن المسلحين رفعوا راياتهم فوق مبنى المحافظة في تكريت، وأطلقوا سراح مئات السجناء')
    d.Q('مسؤول محلي','local official','local official',IG,'أكد','وأكد مسؤول محلي أن قوات الجيش والشرطة تركت مواقعها في المدينة قبل وصول المسلحين')
    d.Q('أحمد داود أوغلو','Ahmet Davutoglu','Turkish foreign minister','Turkey','حذر',
        'وحذر وزير الخارجية التركي أحمد داود أوغلو من أن أي أذى يلحق بالرهائن "سيقابل برد قاس"، مطالبا بالإفراج عنهم فورا')
    d.Q('مصادر أمنية','security sources','security sources',IG,'وفق',
        'وفي سامراء، صدت القوات العراقية ليل الأربعاء هجوما شنه المسلحون على أطراف المدينة، وقتل في المواجهات العشرات من الجانبين وفق مصادر أمنية')
    d.Q('مسؤول كردي','Kurdish official','KRG official','Kurdistan Regional Government','أعلن','وأعلن مسؤول كردي أن القوات الكردية باتت تسيطر على المدينة بالكامل')
    d.Q('نوري المالكي','Nouri al-Maliki','prime minister',IG,'طلب','سياسيا، طلب رئيس الوزراء نوري المالكي الثلاثاء من مجلس النواب إعلان حالة الطوارئ')
    d.Q('المالكي','Nouri al-Maliki','prime minister',IG,'اتهم','واتهم المالكي جهات لم يسمها بالتآمر وتنفيذ "خطة خداع" أدت إلى سقوط الموصل')
    d.Q('إيران','Iran','government','Iran','أعلن','وأعلنت إيران دعمها الكامل للحكومة العراقية في مواجهة الإرهاب')
    d.Q('بان كي مون','Ban Ki-moon','UN secretary-general','UN','دعا','فيما دعا الأمين العام للأمم المتحدة بان كي مون المجتمع الدولي إلى الوقوف مع العراق')
    d.Q('البيت الأبيض','White House','US presidency','USA','قال','وقال البيت الأبيض إن الرئيس باراك أوباما لا يستبعد أي خيار، بما في ذلك توجيه ضربات جوية')
    d.Q('المنظمة الدولية للهجرة','International Organization for Migration','UN agency','UN','قدر',
        'وتقدر المنظمة الدولية للهجرة عدد الفارين من الموصل بنحو نصف مليون شخص خلال يومين')
    return d.record()

def irq02():
    d=Doc('he_irq02','2019-10-03','pro_iraq_gov',['تتصدى لمحاولات المندسين حرف التظاهرات عن سلميتها','مثيري الشغب','حفاظا على أمن المواطنين والمتظاهرين السلميين'])
    d.P('أعلنت قيادة العمليات المشتركة فرض حظر التجوال في العاصمة بغداد اعتبارا من الساعة الخامسة من فجر اليوم الخميس','COERCE',IG,None,'2019-10-03',1,
        place='baghdad',loc_ar='بغداد',geo=1,date_text='فجر اليوم الخميس',notes='Curfew = restriction → COERCE; applies to the whole population → actor2 null.')
    d.V('فرقت يوم الثلاثاء تجمعا لمتظاهرين في ساحة التحرير وسط العاصمة باستخدام خراطيم المياه والغاز المسيل للدموع','Protests','Protest with intervention',
        'Protesters',IG,'tahrirbgd','ساحة التحرير',1,'2019-10-01',1,date_text='يوم الثلاثاء',
        notes='No deaths stated for this dispersal (live fire denied) → Protest with intervention.')
    d.P('إن "مندسين" أطلقوا النار على المتظاهرين والقوات الأمنية على حد سواء','ACCUSE',IG,'Unidentified armed group','2019-10-03',2)
    d.P('ونفى معن أن تكون القوات الأمنية قد استخدمت الرصاص الحي','REJECT',IG,None,'2019-10-03',2)
    d.V('القوات الأمنية اعتقلت أمس الأربعاء 30 من مثيري الشغب في منطقة الزعفرانية','Strategic developments','Arrests',IG,'Protesters','zafaraniya',
        'منطقة الزعفرانية',2,'2019-10-02',1,claimed='Interior Ministry spokesman (Saad Maan)',date_text='أمس الأربعاء')
    d.V('أقدم محتجون أمس على إحراق مبنى مجلس محافظة ذي قار','Riots','Violent demonstration','Protesters',None,'nasiriyah','الناصرية',1,'2019-10-02',1,
        fat=2,fat_text='مقتل متظاهر وعنصر في الشرطة',claimed='Dhi Qar health directorate',date_text='أمس')
    d.V('وسقطت قذيفتا كاتيوشا ليل الأربعاء داخل المنطقة الخضراء','Explosions/Remote violence','Shelling/artillery/missile attack','Unidentified armed group',None,
        'greenzone','المنطقة الخضراء',1,'2019-10-02',1,fat=0,fat_text='دون أن تسفر عن إصابات',claimed='Security Media Cell',date_text='ليل الأربعاء')
    d.P('أكد رئيس مجلس الوزراء عادل عبد المهدي في كلمة متلفزة أن الحكومة ستلبي مطالب المتظاهرين المشروعة','AGREE',IG,'Protesters','2019-10-03',2,
        notes='Pledge to meet demands → AGREE.')
    d.P('ووجه رئيس مجلس النواب محمد الحلبوسي دعوة إلى ممثلين عن المتظاهرين لحضور جلسة البرلمان','REQUEST','Iraqi parliament','Protesters','2019-10-03',2,
        notes='The invitation is coded; the Saturday session itself is future.')
    d.P('طالب زعيم التيار الصدري مقتدى الصدر الحكومة بفتح تحقيق في سقوط الضحايا','REQUEST','Sadrist Movement',IG,'2019-10-03',2)
    d.P('وحثت بعثة يونامي الأممية جميع الأطراف على التهدئة وضبط النفس','REQUEST','UN/UNSMIL',None,'2019-10-03',2)
    # not coded: the 2018 Basra protests (background); «أكثر من 40 منتسبا أصيبوا خلال يومين» (running total);
    # the live fire (denied); the Saturday parliament session (future)
    d.Q('قيادة العمليات المشتركة','Joint Operations Command','military command',IG,'أعلن',
        'أعلنت قيادة العمليات المشتركة فرض حظر التجوال في العاصمة بغداد اعتبارا من الساعة الخامسة من فجر اليوم الخميس وحتى إشعار آخر، حفاظا على أمن المواطنين والمتظاهرين السلميين')
    d.Q('اللواء سعد معن','Maj. Gen. Saad Maan','Interior Ministry spokesman',IG,'قال',
        'وقال الناطق باسم وزارة الداخلية اللواء سعد معن إن "مندسين" أطلقوا النار على المتظاهرين والقوات الأمنية على حد سواء، مؤكدا أن أكثر من 40 منتسبا أصيبوا خلال يومين')
    d.Q('معن','Maj. Gen. Saad Maan','Interior Ministry spokesman',IG,'نفى',
        'ونفى معن أن تكون القوات الأمنية قد استخدمت الرصاص الحي، مشيرا إلى أنها التزمت بأقصى درجات ضبط النفس')
    d.Q('معن','Maj. Gen. Saad Maan','Interior Ministry spokesman',IG,'أضاف',
        'وأضاف معن أن القوات الأمنية اعتقلت أمس الأربعاء 30 من مثيري الشغب في منطقة الزعفرانية بعد اعتدائهم على الممتلكات العامة')
    d.Q('مديرية صحة المحافظة','Dhi Qar health directorate','health authority','other','بحسب',
        'وفي الناصرية، أقدم محتجون أمس على إحراق مبنى مجلس محافظة ذي قار، ما أسفر عن مقتل متظاهر وعنصر في الشرطة، بحسب مديرية صحة المحافظة')
    d.Q('خلية الإعلام الأمني','Security Media Cell','security media cell',IG,'وفق',
        'وسقطت قذيفتا كاتيوشا ليل الأربعاء داخل المنطقة الخضراء دون أن تسفر عن إصابات، وفق خلية الإعلام الأمني')
    d.Q('عادل عبد المهدي','Adil Abdul-Mahdi','prime minister',IG,'أكد',
        'من جانبه، أكد رئيس مجلس الوزراء عادل عبد المهدي في كلمة متلفزة أن الحكومة ستلبي مطالب المتظاهرين المشروعة، متعهدا بتوفير فرص عمل للخريجين')
    d.Q('مقتدى الصدر','Muqtada al-Sadr','Sadrist leader','other','طالب','بدوره، طالب زعيم التيار الصدري مقتدى الصدر الحكومة بفتح تحقيق في سقوط الضحايا')
    d.Q('بعثة يونامي الأممية','UNAMI','UN mission','UN','حث','وحثت بعثة يونامي الأممية جميع الأطراف على التهدئة وضبط النفس')
    return d.record()
