import json, pathlib, sys
DIR = pathlib.Path('/work/main/tests/gold/heldout_c')
G = {  # key: (en, country, lat, lon)
 'maarat': ('Maarat al-Numan','Syria',35.6433,36.6717), 'saraqib': ('Saraqib','Syria',35.8625,36.805),
 'talmalah': ('Tal Malah','Syria',35.356,36.556), 'hmeimim': ('Hmeimim air base','Syria',35.4011,35.9486),
 'geneva': ('Geneva','Switzerland',46.2044,6.1432),
 'bukamal': ('Al-Bukamal','Syria',34.4536,40.9367), 'hajin': ('Hajin','Syria',34.693,40.832),
 'salihiya': ('Al-Salihiya','Syria',34.747,40.73), 'deirezzor': ('Deir ez-Zor','Syria',35.3333,40.15),
 'rasalain': ('Ras al-Ain','Syria',36.85,40.07), 'talabyad': ('Tal Abyad','Syria',36.6975,38.9567),
 'm4talabyad': ('M4 road south of Tal Abyad','Syria',36.55,39.07), 'cairo': ('Cairo','Egypt',30.0444,31.2357),
 'nsyria': ('Northern Syria','Syria',36.5,39.5),
 'abqaiq': ('Abqaiq','Saudi Arabia',25.94,49.68), 'khurais': ('Khurais','Saudi Arabia',25.07,48.19),
 'razih': ('Razih district','Yemen',16.91,43.23), 'shada': ('Shada district','Yemen',16.98,43.31),
 'kassara': ('Al-Kassara front','Yemen',15.55,45.13), 'hailan': ('Hailan front','Yemen',15.58,45.05),
 'sirwah': ('Sirwah district','Yemen',15.4486,45.016), 'marib': ('Marib city','Yemen',15.462,45.3253),
 'khamis': ('Khamis Mushait','Saudi Arabia',18.3,42.7333),
 'hodairport': ('Hodeidah airport','Yemen',14.753,42.9763), 'manzar': ('Al-Manzar','Yemen',14.74,42.97),
 'hodeidah': ('Hodeidah','Yemen',14.7978,42.9545), 'jizan': ('Jizan','Saudi Arabia',16.8892,42.5511),
 'sanaa': ('Sanaa','Yemen',15.3694,44.191),
 'sidakan': ('Sidakan','Iraq',36.7969,44.6717), 'haftanin': ('Haftanin','Iraq',37.22,42.95),
 'zakho': ('Zakho','Iraq',37.1436,42.6819),
 'tayaran': ('Tayaran Square, Baghdad','Iraq',33.328,44.422), 'bghnorth': ('Northern Baghdad belt','Iraq',33.55,44.35),
 'tarmiyah': ('Tarmiyah','Iraq',33.67,44.39), 'hamrin': ('Hamrin mountains','Iraq',34.4,44.6),
 'geneina': ('El Geneina','Sudan',13.4526,22.4472), 'shajara': ('Armoured Corps, al-Shajara, Khartoum','Sudan',15.53,32.51),
 'eastnile': ('East Nile, Khartoum Bahri','Sudan',15.62,32.64), 'ghq': ('SAF General Command, Khartoum','Sudan',15.601,32.54),
 'khartoum': ('Khartoum','Sudan',15.5007,32.5599), 'omdurman': ('Omdurman','Sudan',15.6445,32.4777),
 'atbara': ('Atbara','Sudan',17.7022,33.9853),
 'sirte': ('Sirte','Libya',31.2089,16.5887), 'oilcrescent': ('Oil Crescent (Ras Lanuf)','Libya',30.5,18.55),
 'derna': ('Derna','Libya',32.767,22.6367), 'maghar': ('Al-Maghar, Derna','Libya',32.756,22.65),
 'sahel': ('Al-Sahel al-Sharqi, Derna','Libya',32.765,22.655), 'martuba': ('Martuba gate','Libya',32.58,22.75),
 'benghazi': ('Benghazi','Libya',32.1167,20.0667), 'tripoli': ('Tripoli','Libya',32.8967,13.1778),
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
            pen,country,lat,lon=G[place]
        else:
            pen=country=lat=lon=None
        if (place is None) != (loc_ar is None): s.err.append(f'place/loc_ar mismatch {ev[:40]}')
        s.events.append({'id':f'{s.doc_id}-e{len(s.events)+1}','family':fam,'event_type':etype,'sub_event_type':sub,
            'plover_type':pl,'evidence':ev,'evidence_start':st,'evidence_end':en,'date':date,'date_text':date_text,
            'time_precision':tp,'actor1':a1,'actor2':a2,'assoc_actor1':assoc or [],'location_ar':loc_ar,'location':pen,
            'country':country,'latitude':lat,'longitude':lon,'geo_precision':geo if place else None,
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
