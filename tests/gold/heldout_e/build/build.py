"""Build ../../heldout_e_gold.jsonl from the g_*.py annotation scripts and check every offset."""
import json, pathlib, g_lby, g_syr, g_yem, g_irq, g_sud
OUT = pathlib.Path(__file__).resolve().parent.parent.parent / 'heldout_e_gold.jsonl'
fs = [g_lby.lby01, g_lby.lby02, g_syr.syr01, g_syr.syr02, g_yem.yem01, g_yem.yem02, g_irq.irq01, g_irq.irq02, g_sud.sud01, g_sud.sud02]
with open(OUT, 'w', encoding='utf-8') as f:
    tv = tp = tq = 0
    for fn in fs:
        r = fn(); nv = sum(e['family'] == 'violent' for e in r['events'])
        tv += nv; tp += len(r['events']) - nv; tq += len(r['quotes'])
        print(r['doc_id'], r['assumed_published'], r['stance']['label'], len(r['events']), nv, len(r['events']) - nv, len(r['quotes']))
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print('total events', tv + tp, 'violent', tv, 'political', tp, 'quotes', tq)
