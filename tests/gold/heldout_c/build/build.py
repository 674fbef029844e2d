import json, g_syr, g_yem, g_irq, g_sud, g_lby
fs=[g_syr.syr01,g_syr.syr02,g_syr.syr03,g_yem.yem01,g_yem.yem02,g_yem.yem03,g_irq.irq01,g_irq.irq02,g_sud.sud01,g_sud.sud02,g_lby.lby01,g_lby.lby02]
with open('/work/main/tests/gold/heldout_c_gold.jsonl','w',encoding='utf-8') as f:
    tv=tq=0
    for fn in fs:
        r=fn(); tv+=len(r['events']); tq+=len(r['quotes'])
        nv=sum(e['family']=='violent' for e in r['events'])
        print(r['doc_id'],r['assumed_published'],r['stance']['label'],len(r['events']),nv,len(r['events'])-nv,len(r['quotes']))
        f.write(json.dumps(r,ensure_ascii=False)+'\n')
print('total',tv,tq)
