import json, pathlib, sys
DIR = pathlib.Path(__file__).resolve().parent.parent
G = {  # key: (en, country, admin1, lat, lon) -- annotator's best knowledge of each place (town or site centre)
 'ajdabiya': ('Ajdabiya','Libya','Al Wahat',30.7554,20.2263),
 'gharyan': ('Gharyan','Libya','Jabal al Gharbi',32.1722,13.0203),
 'asabaa': ('Al-Asabaa','Libya','Jabal al Gharbi',32.05,12.88),
 'benghazi': ('Benghazi','Libya','Benghazi',32.1167,20.0667),
 'buatni': ('Bu Atni, Benghazi','Libya','Benghazi',32.08,20.15),
 'laithi': ('Al-Laithi, Benghazi','Libya','Benghazi',32.10,20.09),
 'bgport': ('Benghazi seaport','Libya','Benghazi',32.112,20.055),
 'qaryounis': ('Qar Yunis, Benghazi','Libya','Benghazi',32.08,20.04),
 'salmani': ('Al-Salmani, Benghazi','Libya','Benghazi',32.095,20.085),
 'kish': ('Al-Kish Square, Benghazi','Libya','Benghazi',32.105,20.08),
 'tobruk': ('Tobruk','Libya','Butnan',32.0836,23.9764),
 'beitsawa': ('Beit Sawa','Syria','Rif Dimashq',33.53,36.42),
 'ashaari': ('Al-Ashaari','Syria','Rif Dimashq',33.547,36.437),
 'douma': ('Douma','Syria','Rif Dimashq',33.5711,36.4028),
 'qassaa': ('Al-Qassaa, Damascus','Syria','Damascus',33.517,36.318),
 'jablehrural': ('Jableh countryside','Syria','Latakia',35.36,35.93),
 'jableh': ('Jableh','Syria','Latakia',35.3617,35.9256),
 'daliyah': ('Al-Daliyah, Jableh countryside','Syria','Latakia',35.33,36.06),
 'baniyas': ('Baniyas','Syria','Tartus',35.1825,35.9486),
 'jahshi': ('Al-Jahshi, Sanhan district','Yemen',"Sana'a",15.21,44.25),
 'hadda': ('Hadda, Sanaa','Yemen','Amanat al-Asimah',15.30,44.19),
 'sanaa': ('Sanaa','Yemen','Amanat al-Asimah',15.3694,44.191),
 'presidency': ('Presidential compound, al-Sabeen, Sanaa','Yemen','Amanat al-Asimah',15.33,44.20),
 'sanhan': ('Sanhan district','Yemen',"Sana'a",15.22,44.28),
 'barakah': ('Barakah nuclear power plant','UAE','Abu Dhabi',23.97,52.26),
 'tahrirsanaa': ('Al-Tahrir Square, Sanaa','Yemen','Amanat al-Asimah',15.353,44.207),
 'maashiq': ('Maashiq presidential palace, Crater, Aden','Yemen','Aden',12.777,45.037),
 'khormaksar': ('Khor Maksar, Aden','Yemen','Aden',12.82,45.03),
 'aden': ('Aden','Yemen','Aden',12.7855,45.0187),
 'arood': ('Al-Arood Square, Khor Maksar, Aden','Yemen','Aden',12.80,45.03),
 'tikrit': ('Tikrit','Iraq','Salah al-Din',34.6071,43.6782),
 'mosul': ('Mosul','Iraq','Ninewa',36.34,43.13),
 'samarra': ('Samarra','Iraq','Salah al-Din',34.1959,43.8857),
 'kirkuk': ('Kirkuk','Iraq','Kirkuk',35.4681,44.3922),
 'tahrirbgd': ('Tahrir Square, Baghdad','Iraq','Baghdad',33.3287,44.4203),
 'baghdad': ('Baghdad','Iraq','Baghdad',33.3152,44.3661),
 'zafaraniya': ('Al-Zafaraniya, Baghdad','Iraq','Baghdad',33.25,44.49),
 'nasiriyah': ('Nasiriyah','Iraq','Dhi Qar',31.0439,46.2575),
 'greenzone': ('Green Zone, Baghdad','Iraq','Baghdad',33.305,44.38),
 'kafouri': ('Kafouri, Khartoum Bahri','Sudan','Khartoum',15.66,32.56),
 'gqhq': ('Army General Command, Khartoum','Sudan','Khartoum',15.60,32.55),
 'omdurman': ('Omdurman','Sudan','Khartoum',15.6445,32.4777),
 'psport': ('Port Sudan southern port','Sudan','Red Sea',19.58,37.22),
 'portsudan': ('Port Sudan','Sudan','Red Sea',19.6158,37.2164),
 'osmandigna': ('Osman Digna air base, Port Sudan','Sudan','Red Sea',19.43,37.23),
 'thawra': ('Al-Thawra, Karari, Omdurman','Sudan','Khartoum',15.70,32.47),
 'newyork': ('UN headquarters, New York','USA','New York',40.7489,-73.968),
 'riyadh': ('Riyadh','Saudi Arabia','Riyadh',24.7136,46.6753),
 'salha': ('Al-Salha, south of Omdurman','Sudan','Khartoum',15.50,32.42),
}
DEFP = {'Strategic developments/Arrests':'COERCE','Strategic developments/Looting/property destruction':'COERCE',
        'Protests':'PROTEST','Riots':'PROTEST'}
class Doc:
    def __init__(s, doc_id, pub, stance, stance_ev):
        s.doc_id=doc_id; s.text=(DIR/f'{doc_id}.txt').read_text(encoding='utf-8')
        s.pub=pub; s.stance={'label':stance,'evidence':stance_ev}; s.events=[]; s.quotes=[]; s.err=[]
        for e in stance_ev: s._find(e,'stance')
    def _find(s, ev, what):
        i=s.text.find(ev)
        if i<0: s.err.append(f'{what}: not found: {ev[:60]}'); return None,None
        if s.text.find(ev,i+1)>=0: print(f'WARN {s.doc_id} {what}: multiple occurrences: {ev[:40]}', file=sys.stderr)
        return i,i+len(ev)
    def _sub(s, x, what):
        if x is not None and x not in s.text: s.err.append(f'{what} not substring: {x}')
    def V(s, ev, etype, sub, a1, a2, place, loc_ar, geo, date, tp, fat=None, fat_text=None, claimed=None, assoc=None, date_text=None, notes='', plover=None):
        pl = plover or DEFP.get(f'{etype}/{sub}') or DEFP.get(etype) or 'ASSAULT'
        s._add('violent', ev, etype, sub, pl, a1, a2, place, loc_ar, geo, date, tp, fat, fat_text, claimed, assoc, date_text, notes)
    def P(s, ev, plover, a1, a2, date, tp, place=None, loc_ar=None, geo=None, claimed=None, assoc=None, date_text=None, notes=''):
        s._add('political', ev, None, None, plover, a1, a2, place, loc_ar, geo, date, tp, None, None, claimed, assoc, date_text, notes)
    def _add(s, fam, ev, etype, sub, pl, a1, a2, place, loc_ar, geo, date, tp, fat, fat_text, claimed, assoc, date_text, notes):
        st,en=s._find(ev,'event')
        for x,w in ((loc_ar,'location_ar'),(date_text,'date_text')): s._sub(x,w)
        if place:
            pen,country,admin1,lat,lon=G[place]
        else:
            pen=country=admin1=lat=lon=None
        if (place is None) != (loc_ar is None): s.err.append(f'place/loc_ar mismatch {ev[:40]}')
        s.events.append({'id':f'{s.doc_id}-e{len(s.events)+1}','family':fam,'event_type':etype,'sub_event_type':sub,
            'plover_type':pl,'evidence':ev,'evidence_start':st,'evidence_end':en,'date':date,'date_text':date_text,
            'time_precision':tp,'actor1':a1,'actor2':a2,'assoc_actor1':assoc or [],'location_ar':loc_ar,'location':pen,
            'country':country,'admin1':admin1,'latitude':lat,'longitude':lon,'geo_precision':geo if place else None,
            'fatalities':fat,'fatalities_text':fat_text,'claimed_by':claimed,'notes':notes})
    def Q(s, speaker, speaker_en, role, side, verb, ev, gist=''):
        st,en=s._find(ev,'quote'); s._sub(speaker,'speaker')
        s.quotes.append({'speaker':speaker,'speaker_en':speaker_en,'speaker_role':role,'side':side,'verb':verb,
            'evidence':ev,'evidence_start':st,'evidence_end':en,'gist':gist})
    def record(s):
        if s.err: raise SystemExit(f'{s.doc_id}:\n  '+'\n  '.join(s.err))
        for x in s.events+s.quotes:
            assert s.text[x['evidence_start']:x['evidence_end']]==x['evidence']
        return {'doc_id':s.doc_id,'assumed_published':s.pub,'stance':s.stance,'events':s.events,'quotes':s.quotes}
