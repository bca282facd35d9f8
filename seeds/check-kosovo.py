#!/usr/bin/env python3
"""Check seeds/kosovo.json against the seed rules (standard library only).

Run:  python3 seeds/check-kosovo.py [path/to/kosovo.json]
Exits 0 and prints a summary when every rule holds; otherwise prints every violation and exits 1.
"""
import csv
import datetime
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'kosovo.json')
CSV_PATH = os.path.join(HERE, 'kosovo-municipalities.csv')
SOURCES_DIR = os.path.join(HERE, 'sources')

SLUG = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)*$')
DATE = re.compile(r'^\d{4}-\d{2}-\d{2}$')
DOCS = {'000_5aa1e1a39b798b26.txt', '001_d5730333d808c406.txt', '002_8db686961ecf0633.txt',
        '003_423519e43b4890a3.txt', '004_0440940c1b2bc153.txt'}
SOURCES = DOCS | {'kosovo-municipalities.csv', 'illustrative'}

SECTORS = {'GOVERNMENT', 'ACADEMIA', 'PRIVATE_SECTOR', 'CIVIL_SOCIETY', 'CHILDREN_AND_YOUTH', 'INTERNATIONAL'}
KINDS = {'MINISTRY', 'AGENCY', 'PARLIAMENTARY_BODY', 'OMBUDSPERSON', 'PRESIDENCY', 'MUNICIPALITY', 'PUBLIC_SERVICE',
         'UNIVERSITY', 'RESEARCH_INSTITUTE', 'THINK_TANK', 'COMPANY', 'BANK', 'BUSINESS_NETWORK', 'NGO',
         'COMMUNITY_BASED_ORG', 'FAITH_BASED_ORG', 'TRADE_UNION', 'WOMENS_GROUP', 'MEDIA', 'FOUNDATION',
         'SOCIAL_MOVEMENT', 'NETWORK', 'CHILD_LED_GROUP', 'CHILDRENS_ASSEMBLY', 'YOUTH_GROUP', 'UN_AGENCY', 'INGO',
         'DONOR', 'OTHER'}
ROLES = {'FUNDER', 'LEAD', 'IMPLEMENTER', 'TECHNICAL_PARTNER', 'PARTICIPANT', 'MEMBER'}
PKINDS = {'FUNDING', 'TECHNICAL_ASSISTANCE', 'CAPACITY_STRENGTHENING', 'SERVICE_DELIVERY', 'ADVOCACY', 'COORDINATION',
          'MENTORSHIP', 'RESEARCH_AND_DATA', 'NETWORK_MEMBERSHIP', 'COMMUNICATION'}
LEVELS = {'COUNTRY', 'REGION', 'MUNICIPALITY'}

# field -> required?
FIELDS = {
    'areas': {'id': 1, 'name': 1, 'altName': 0, 'alternativeNames': 0, 'level': 1, 'parentId': 0, 'population': 0,
              'childPopulation': 0, 'populationSource': 0, 'source': 1},
    'themes': {'id': 1, 'name': 1, 'description': 0, 'source': 1},
    'targetGroups': {'id': 1, 'name': 1, 'description': 0, 'source': 1},
    'actors': {'id': 1, 'name': 1, 'acronym': 0, 'sector': 1, 'kind': 1, 'description': 0, 'website': 0,
               'homeAreaId': 0, 'tags': 1, 'source': 1, 'provenance': 1},
    'partnerships': {'id': 1, 'title': 1, 'kind': 1, 'startDate': 0, 'endDate': 0, 'description': 0,
                     'participants': 1, 'areaIds': 1, 'themeIds': 1, 'targetGroups': 1, 'source': 1,
                     'provenance': 1, 'tags': 0, 'startDatePrecision': 0, 'endDatePrecision': 0,
                     'startDateProvenance': 0, 'endDateProvenance': 0, 'areaProvenance': 0},
}

errors = []


def err(where, msg):
    errors.append(f'{where}: {msg}')


def is_nonempty_str(v):
    return isinstance(v, str) and v.strip() != ''


def is_count(v):
    return isinstance(v, int) and not isinstance(v, bool) and v >= 0


def check_date(where, v):
    if not isinstance(v, str) or not DATE.match(v):
        err(where, f'not an ISO date: {v!r}')
        return None
    try:
        return datetime.date.fromisoformat(v)
    except ValueError:
        err(where, f'invalid calendar date: {v!r}')
        return None


with open(PATH, encoding='utf-8') as fh:
    data = json.load(fh)

if not isinstance(data, dict) or set(data) != set(FIELDS):
    print(f'top level must be an object with exactly the keys {sorted(FIELDS)}; got {sorted(data) if isinstance(data, dict) else type(data)}')
    sys.exit(1)

ids = {}
for etype, fields in FIELDS.items():
    recs = data[etype]
    if not isinstance(recs, list):
        err(etype, 'must be a list')
        recs = data[etype] = []
    seen = set()
    for i, r in enumerate(recs):
        where = f'{etype}[{i}]' + (f" ({r.get('id')})" if isinstance(r, dict) else '')
        if not isinstance(r, dict):
            err(where, 'must be an object')
            continue
        for k in r:
            if k not in fields:
                err(where, f'unknown key {k!r}')
            elif r[k] is None:
                err(where, f'{k} is null (omit optional keys instead)')
        for k, req in fields.items():
            if req and k not in r:
                err(where, f'missing required key {k!r}')
        rid = r.get('id')
        if not isinstance(rid, str) or not SLUG.match(rid) or len(rid) > 100:
            err(where, f'id is not a slug of <= 100 chars: {rid!r}')
        if rid in seen:
            err(where, f'duplicate id {rid!r}')
        seen.add(rid)
        for k in ('name', 'title', 'description', 'altName', 'acronym', 'website'):
            if k in r and not is_nonempty_str(r[k]):
                err(where, f'{k} must be a non-empty string')
        src = r.get('source')
        if src not in SOURCES:
            err(where, f'source {src!r} is not one of the five documents, the CSV or "illustrative"')
        elif src in DOCS and not os.path.isfile(os.path.join(SOURCES_DIR, src)):
            err(where, f'source document {src} is not in seeds/sources/')
    ids[etype] = seen

# ---- areas
areas = {a['id']: a for a in data['areas'] if isinstance(a, dict) and 'id' in a}
for a in data['areas']:
    where = f"areas ({a.get('id')})"
    if a.get('level') not in LEVELS:
        err(where, f"level {a.get('level')!r} not in {sorted(LEVELS)}")
    for k in ('population', 'childPopulation'):
        if k in a and not is_count(a[k]):
            err(where, f'{k} must be an integer >= 0')
    if a.get('source') != 'kosovo-municipalities.csv':
        err(where, 'area source must be kosovo-municipalities.csv')
    pid = a.get('parentId')
    if a.get('level') == 'COUNTRY':
        if pid is not None:
            err(where, 'a COUNTRY has no parent')
    else:
        if pid not in areas:
            err(where, f'parentId {pid!r} does not exist')
        else:
            want = {'REGION': 'COUNTRY', 'MUNICIPALITY': 'REGION'}.get(a.get('level'))
            if areas[pid].get('level') != want:
                err(where, f'parent {pid} is {areas[pid].get("level")}, expected {want}')
# no cycles (follow parents)
for aid in areas:
    cur, steps = aid, 0
    while cur in areas and 'parentId' in areas[cur] and steps <= len(areas):
        cur, steps = areas[cur]['parentId'], steps + 1
    if steps > len(areas):
        err(f'areas ({aid})', 'parent chain has a cycle')

with open(CSV_PATH, encoding='utf-8', newline='') as fh:
    munis = list(csv.DictReader(fh))
if len(munis) != 38:
    err('csv', f'expected 38 municipalities, got {len(munis)}')
if 'kosovo' not in areas or areas['kosovo'].get('level') != 'COUNTRY':
    err('areas', 'missing COUNTRY kosovo')
districts = sorted({m['district'] for m in munis})
for d in districts:
    did = 'district-' + d.lower()
    if did not in areas or areas[did].get('level') != 'REGION' or areas[did].get('parentId') != 'kosovo':
        err('areas', f'missing REGION {did} under kosovo')
for m in munis:
    a = areas.get(m['id'])
    if not a:
        err('areas', f"missing municipality {m['id']}")
        continue
    if a.get('level') != 'MUNICIPALITY' or a.get('name') != m['name'] or a.get('altName') != m['alt_name'] \
            or a.get('parentId') != 'district-' + m['district'].lower():
        err(f"areas ({m['id']})", 'does not match the CSV (level/name/altName/parent)')
n_muni_areas = sum(1 for a in areas.values() if a.get('level') == 'MUNICIPALITY')
if n_muni_areas != 38:
    err('areas', f'expected 38 MUNICIPALITY areas, got {n_muni_areas}')
if sum(1 for a in areas.values() if a.get('level') == 'REGION') != 7:
    err('areas', 'expected 7 REGION areas')

# ---- actors
actors = {a['id']: a for a in data['actors'] if isinstance(a, dict) and 'id' in a}
for a in data['actors']:
    where = f"actors ({a.get('id')})"
    if a.get('sector') not in SECTORS:
        err(where, f"sector {a.get('sector')!r} invalid")
    if a.get('kind') not in KINDS:
        err(where, f"kind {a.get('kind')!r} invalid")
    tags = a.get('tags')
    if not isinstance(tags, list) or not all(is_nonempty_str(t) for t in tags):
        err(where, 'tags must be a list of non-empty strings')
    elif len(set(tags)) != len(tags):
        err(where, 'duplicate tags')
    if 'homeAreaId' in a and a['homeAreaId'] not in areas:
        err(where, f"homeAreaId {a['homeAreaId']!r} does not exist")
    if a.get('source') == 'illustrative':
        if 'illustrative' not in (tags or []):
            err(where, 'illustrative record without the "illustrative" tag')
        if 'illustrative' not in a.get('name', '').lower():
            err(where, 'illustrative record whose name does not say "Illustrative"')
    if 'illustrative' in (tags or []) and a.get('source') != 'illustrative':
        err(where, 'tagged illustrative but source is not "illustrative"')
    if 'illustrative-location' in (tags or []) and 'illustrative' not in a.get('description', '').lower():
        err(where, 'illustrative-location without a word about it in the description')

if len(actors) < 60:
    err('actors', f'need >= 60 actors, have {len(actors)}')
sectors_present = Counter(a.get('sector') for a in actors.values())
for s in SECTORS:
    if not sectors_present.get(s):
        err('actors', f'no actor in sector {s}')
for m in munis:
    a = actors.get('municipality-' + m['id'])
    if not a or a.get('sector') != 'GOVERNMENT' or a.get('kind') != 'MUNICIPALITY' or a.get('homeAreaId') != m['id']:
        err('actors', f"municipality-{m['id']} missing or not GOVERNMENT/MUNICIPALITY with homeAreaId {m['id']}")

# ---- partnerships
for p in data['partnerships']:
    where = f"partnerships ({p.get('id')})"
    if p.get('kind') not in PKINDS:
        err(where, f"kind {p.get('kind')!r} invalid")
    sd = check_date(where + '.startDate', p['startDate']) if 'startDate' in p else None
    ed = check_date(where + '.endDate', p['endDate']) if 'endDate' in p else None
    if sd and ed and sd > ed:
        err(where, f'startDate {sd} > endDate {ed}')
    parts = p.get('participants')
    if not isinstance(parts, list) or len(parts) < 1:
        err(where, 'needs >= 1 participant')
        parts = []
    pairs = set()
    for j, pa in enumerate(parts):
        w = f'{where}.participants[{j}]'
        if not isinstance(pa, dict) or not {'actorId', 'role'} <= set(pa) <= {'actorId', 'role', 'provenance'}:
            err(w, 'must be {actorId, role, provenance?}')
            continue
        if pa['actorId'] not in actors:
            err(w, f"actorId {pa['actorId']!r} does not exist")
        if pa['role'] not in ROLES:
            err(w, f"role {pa['role']!r} invalid")
        key = (pa['actorId'], pa['role'])
        if key in pairs:
            err(w, f'duplicate (actorId, role) {key}')
        pairs.add(key)
    for k, pool in (('areaIds', areas), ('themeIds', ids['themes'])):
        v = p.get(k)
        if not isinstance(v, list):
            err(where, f'{k} must be a list')
            continue
        if len(set(v)) != len(v):
            err(where, f'duplicate {k}')
        for x in v:
            if x not in pool:
                err(where, f'{k} references unknown {x!r}')
    tgs = p.get('targetGroups')
    if not isinstance(tgs, list):
        err(where, 'targetGroups must be a list')
        tgs = []
    seen_tg = set()
    for j, tg in enumerate(tgs):
        w = f'{where}.targetGroups[{j}]'
        if not isinstance(tg, dict) or 'targetGroupId' not in tg or set(tg) - {'targetGroupId', 'targeted', 'reached'}:
            err(w, 'must be {targetGroupId, targeted?, reached?}')
            continue
        if tg['targetGroupId'] not in ids['targetGroups']:
            err(w, f"targetGroupId {tg['targetGroupId']!r} does not exist")
        if tg['targetGroupId'] in seen_tg:
            err(w, 'duplicate targetGroupId')
        seen_tg.add(tg['targetGroupId'])
        for k in ('targeted', 'reached'):
            if k in tg and not is_count(tg[k]):
                err(w, f'{k} must be an integer >= 0')

# ---- provenance: every DOCUMENTED or INFERRED fact quotes its source word for word
EVIDENCE = {'DOCUMENTED', 'INFERRED', 'ILLUSTRATIVE'}
PRECISIONS = {'DAY', 'MONTH', 'YEAR', 'APPROXIMATE'}
texts = {}


def source_text(name):
    if name not in texts:
        path = CSV_PATH if name == 'kosovo-municipalities.csv' else os.path.join(SOURCES_DIR, name)
        with open(path, encoding='utf-8') as fh:
            texts[name] = fh.read()
    return texts[name]


def check_provenance(where, own, record):
    p = own or record.get('provenance') or {'evidence': 'DOCUMENTED'}
    if p.get('evidence') not in EVIDENCE:
        err(where, f"evidence {p.get('evidence')!r} invalid")
        return
    if p['evidence'] == 'ILLUSTRATIVE':
        if not p.get('reason'):
            err(where, 'ILLUSTRATIVE without a reason')
        return
    src = p.get('source') or record.get('source')
    if src not in DOCS and src != 'kosovo-municipalities.csv':
        err(where, f'{p["evidence"]} with source {src!r}, not a source file')
    elif not p.get('quote'):
        err(where, f'{p["evidence"]} without a quote')
    elif p['quote'] not in source_text(src):
        err(where, f'quote not in {src}: {p["quote"]!r}')
    if p['evidence'] == 'INFERRED' and not p.get('reason'):
        err(where, 'INFERRED without a reason')


for a in data['actors']:
    check_provenance(f"actors ({a.get('id')})", None, a)
for p in data['partnerships']:
    where = f"partnerships ({p.get('id')})"
    check_provenance(where, None, p)
    for pa in p.get('participants', []):
        check_provenance(f"{where}.participants ({pa.get('actorId')} as {pa.get('role')})", pa.get('provenance'), p)
    own = {a['areaId']: a['provenance'] for a in p.get('areaProvenance', [])}
    for aid in own:
        if aid not in p.get('areaIds', []):
            err(where, f'areaProvenance names {aid!r}, not one of its areaIds')
    for aid in p.get('areaIds', []):
        check_provenance(f'{where}.areaIds ({aid})', own.get(aid), p)
    for end in ('start', 'end'):
        if end + 'Date' in p:
            check_provenance(f'{where}.{end}Date', p.get(end + 'DateProvenance'), p)
            if p.get(end + 'DatePrecision', 'DAY') not in PRECISIONS:
                err(where, f'{end}DatePrecision invalid')
    if 'endDate' in p and 'startDate' not in p:
        err(where, 'an end date without a start date (give the event its day, or an approximate start)')

# ---- report
if errors:
    print(f'{len(errors)} violation(s):')
    for e in errors:
        print('  ' + e)
    sys.exit(1)

print(f'OK {PATH}')
for etype in FIELDS:
    print(f'  {etype}: {len(data[etype])}')
print('  actors by sector: ' + ', '.join(f'{s}={sectors_present[s]}' for s in sorted(SECTORS)))
print('  areas by level: ' + ', '.join(f'{k}={v}' for k, v in sorted(Counter(a["level"] for a in areas.values()).items())))
print('  actors and partnerships by evidence: ' + ', '.join(
    f'{k}={v}' for k, v in sorted(Counter(r.get('provenance', {}).get('evidence', 'DOCUMENTED')
                                          for t in ('actors', 'partnerships') for r in data[t]).items())))
print('  records by source: ' + ', '.join(
    f'{k}={v}' for k, v in sorted(Counter(r['source'] for t in FIELDS for r in data[t]).items())))
