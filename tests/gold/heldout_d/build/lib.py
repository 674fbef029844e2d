import json, pathlib, sys
DIR = pathlib.Path(__file__).resolve().parent.parent
G = {  # key: (en, country, admin1, lat, lon) -- annotator's best knowledge of each place
 'fasher_east': ('Eastern axis of El Fasher','Sudan','North Darfur',13.63,25.38),
 'abushouk': ('Abu Shouk camp, El Fasher','Sudan','North Darfur',13.66,25.34),
 'fasher': ('El Fasher','Sudan','North Darfur',13.6279,25.3494),
 'mellit': ('Mellit','Sudan','North Darfur',14.1333,25.55),
 'kuma': ('Al-Kuma','Sudan','North Darfur',13.95,25.85),
 'madani': ('Wad Madani','Sudan','Al Jazirah',14.4012,33.5199),
 'hasaheisa': ('Al-Hasaheisa','Sudan','Al Jazirah',14.75,33.30),
 'dailami': ('Al-Dailami air base, Sanaa','Yemen','Amanat al-Asimah',15.4763,44.2197),
 'hodairport': ('Hodeidah airport','Yemen','Al Hudaydah',14.753,42.9763),
 'taizairport': ('Taiz international airport','Yemen','Taizz',13.6859,44.1391),
 'abs': ('Abs district','Yemen','Hajjah',16.05,43.19),
 'kahlan': ('Kahlan, Saada','Yemen','Saada',16.94,43.80),
 'sabeen': ('Al-Sabeen Square, Sanaa','Yemen','Amanat al-Asimah',15.3275,44.2054),
 'kassara': ('Al-Kassara front','Yemen','Marib',15.55,45.13),
 'raghwan': ('Raghwan front','Yemen','Marib',15.80,45.15),
 'sirwah': ('Sirwah district','Yemen','Marib',15.4486,45.016),
 'zour': ('Al-Zour village, Sirwah','Yemen','Marib',15.45,45.05),
 'jubah': ('al-Jubah district (Marib)','Yemen','Marib',15.23,45.30),
 'marib': ('Marib','Yemen','Marib',15.4626,45.3253),
 'mashtal': ('Al-Mashtal, eastern Baghdad','Iraq','Baghdad',33.315,44.465),
 'sinjar': ('Sinjar','Iraq','Ninewa',36.3209,41.8754),
 'tafas': ('Tafas','Syria','Daraa',32.7364,36.0669),
 'raycheck': ('Al-Ray checkpoint, west of Tafas','Syria','Daraa',32.74,36.04),
 'jasim': ('Jasim','Syria','Daraa',32.9922,36.0603),
 'inkhil': ('Inkhil','Syria','Daraa',33.0167,36.1286),
 'suwayda': ('Al-Karama Square, Suwayda','Syria','As-Suwayda',32.7089,36.5695),
 'qanawat': ('Qanawat','Syria','As-Suwayda',32.7564,36.6150),
 'swediya': ('Al-Suwaydiyah power station near al-Malikiyah','Syria','Al-Hasakah',37.0,42.0),
 'amuda': ('Amuda','Syria','Al-Hasakah',37.104,40.93),
 'taltamr': ('Tal Tamr countryside','Syria','Al-Hasakah',36.6472,40.3725),
 'aoun': ('Aoun al-Dadat, north of Manbij','Syria','Aleppo',36.60,37.94),
 'mitiga': ('Mitiga airport','Libya','Tripoli',32.8941,13.276),
 'ainzara': ('Ain Zara','Libya','Tripoli',32.8133,13.2697),
 'souqjumaa': ('Souq al-Jumaa, Tripoli','Libya','Tripoli',32.88,13.24),
 'sirte': ('Sirte','Libya','Sirte',31.206,16.5836),
 'rajma': ('Al-Rajma','Libya','Benghazi',32.0696,20.3444),
 'bouznika': ('Bouznika','Morocco','Casablanca-Settat',33.789,-7.1597),
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
