#!/usr/bin/env python3
"""Generate seeds/kosovo.json from the five source documents (seeds/sources/*.txt) and
seeds/kosovo-municipalities.csv.

Run:  python3 seeds/build-kosovo.py   (then: python3 seeds/check-kosovo.py)

Only the standard library is used. The output is deterministic (same input -> same bytes).
Every actor, partnership, participation, area link and date says how it is known in `provenance`:
DOCUMENTED (a short `quote` of its source says it), INFERRED (the `quote` it is read from, and the
`reason`) or ILLUSTRATIVE (made up to show what such a record looks like; the `reason` says why).
A participation or area link without its own provenance shares its partnership's. Dates carry their
precision: a date known only to its year is stored as the first (start) or last (end) day of that year,
an approximate one at the day given in its reason. test/seeds/kosovo-provenance.test.ts (npm test) and
seeds/check-kosovo.py check that every quote occurs in its source file.
"""
import csv
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CSV_PATH = os.path.join(HERE, 'kosovo-municipalities.csv')
OUT_PATH = os.path.join(HERE, 'kosovo.json')

# source document file names
D000 = '000_5aa1e1a39b798b26.txt'  # UNICEF Kosovo: Communication and Partnership (undated)
D001 = '001_d5730333d808c406.txt'  # UNICEF Kosovo: What we do / Kosovo Programme 2016-2020
D002 = '002_8db686961ecf0633.txt'  # Save the Children, 14 August 2023: Localisation with partner CSOs and CLGs
D003 = '003_423519e43b4890a3.txt'  # Save the Children, 24 November 2023: Advancing Local Empowerment
D004 = '004_0440940c1b2bc153.txt'  # UNICEF: Civil Society and UNICEF partnerships (types of CSOs)
CSV = 'kosovo-municipalities.csv'
ILL = 'illustrative'


def slugify(text):
    text = unicodedata.normalize('NFKD', text)
    text = ''.join(c for c in text if not unicodedata.combining(c))
    text = text.replace('đ', 'dj').replace('Đ', 'Dj')
    text = text.lower().replace('&', ' and ').replace("'", '').replace('\u2019', '')
    text = re.sub(r'[^a-z0-9]+', '-', text).strip('-')
    return text[:100].strip('-')


# --------------------------------------------------------------------------------------------- areas
with open(CSV_PATH, encoding='utf-8', newline='') as fh:
    MUNIS = list(csv.DictReader(fh))
assert len(MUNIS) == 38, len(MUNIS)
MUNI = {m['id']: m for m in MUNIS}

DISTRICTS = []
for m in MUNIS:
    if m['district'] not in DISTRICTS:
        DISTRICTS.append(m['district'])


def district_id(name):
    return 'district-' + slugify(name)


# Resident population: the Kosovo Agency of Statistics' estimate for 2014-12-31, the one series covering all
# 38 municipalities (the 2011 census was not held in four). Districts and Kosovo get the sum of theirs. No
# child population: the file does not count children per municipality, and none is invented.
POPULATION_CSV = 'kosovo-municipality-population.csv'
with open(os.path.join(HERE, 'sources', POPULATION_CSV), encoding='utf-8', newline='') as fh:
    POPULATION = {r['id']: int(r['population_2014_estimate']) for r in csv.DictReader(fh)}
assert set(POPULATION) == set(MUNI), set(POPULATION) ^ set(MUNI)
POPULATION_SOURCE = ('Kosovo Agency of Statistics, resident population estimate for 2014-12-31 '
                     f'({POPULATION_CSV})')
SUM_SOURCE = f'sum of its municipalities in {POPULATION_CSV} (Kosovo Agency of Statistics, estimate for 2014-12-31)'

# A district by its town's name as people write it: Albanian indefinite and definite forms, Serbian form, and
# "Rajoni i" with the genitive ("District" and "Rajoni i" are dropped when names are matched).
DISTRICT_NAMES = {
    'Gjakova': ['Gjakovë', 'Gjakova', 'Đakovica', 'Rajoni i Gjakovës'],
    'Ferizaj': ['Ferizaj', 'Ferizaji', 'Uroševac', 'Rajoni i Ferizajt'],
    'Gjilan': ['Gjilan', 'Gjilani', 'Gnjilane', 'Rajoni i Gjilanit'],
    'Mitrovica': ['Mitrovicë', 'Mitrovica', 'Kosovska Mitrovica', 'Rajoni i Mitrovicës'],
    'Peja': ['Pejë', 'Peja', 'Peć', 'Rajoni i Pejës'],
    'Prishtina': ['Prishtinë', 'Prishtina', 'Priština', 'Rajoni i Prishtinës'],
    'Prizren': ['Prizren', 'Prizreni', 'Rajoni i Prizrenit'],
}
assert set(DISTRICT_NAMES) == set(DISTRICTS), set(DISTRICT_NAMES) ^ set(DISTRICTS)

areas = [{'id': 'kosovo', 'name': 'Kosovo', 'level': 'COUNTRY', 'population': sum(POPULATION.values()),
          'populationSource': SUM_SOURCE, 'source': CSV}]
for d in DISTRICTS:
    areas.append({'id': district_id(d), 'name': f'{d} District', 'alternativeNames': DISTRICT_NAMES[d],
                  'level': 'REGION', 'parentId': 'kosovo',
                  'population': sum(POPULATION[m['id']] for m in MUNIS if m['district'] == d),
                  'populationSource': SUM_SOURCE, 'source': CSV})
for m in MUNIS:
    area = {'id': m['id'], 'name': m['name']}
    if m['alt_name']:
        area['altName'] = m['alt_name']
    area.update({'level': 'MUNICIPALITY', 'parentId': district_id(m['district']),
                 'population': POPULATION[m['id']], 'populationSource': POPULATION_SOURCE, 'source': CSV})
    areas.append(area)

# -------------------------------------------------------------------------------------------- themes
themes = [
    {'id': 'child-protection', 'name': 'Child protection',
     'description': 'Child protection systems, violence and abuse prevention, implementation of the Law on Child Protection.',
     'source': D001},
    {'id': 'inclusive-education', 'name': 'Inclusive education',
     'description': 'Child well-being and inclusive education; inclusive education mechanisms at local and national level.',
     'source': D001},
    {'id': 'early-childhood-health-and-nutrition', 'name': 'Early childhood health & nutrition',
     'description': 'Child survival and development, integrated services in the first 1,000 days of life (e.g. home visiting).',
     'source': D000},
    {'id': 'social-protection', 'name': 'Social protection',
     'description': 'Social protection reforms and equitable services for vulnerable and excluded children.',
     'source': D001},
    {'id': 'youth-participation', 'name': 'Youth participation',
     'description': "Adolescents' and youth participation and empowerment; children as active agents whose voices influence decisions.",
     'source': D001},
    {'id': 'child-rights-governance-and-monitoring', 'name': 'Child-rights governance & monitoring',
     'description': 'Child rights governance, social accountability, municipal governance for children and (inclusive) child rights monitoring.',
     'source': D002},
    {'id': 'climate-and-environment', 'name': 'Climate & environment',
     'description': 'Climate change and the environment as child rights issues (e.g. climate action by child-led groups).',
     'source': D002},
    {'id': 'gender-equality', 'name': 'Gender equality',
     'description': 'Gender equality, harmful gender norms and practices, the gender spectrum, sex-disaggregated data.',
     'source': D001},
    {'id': 'communication-for-social-change', 'name': 'Communication for social change',
     'description': 'Advocacy and communication for social change: social and behaviour change, social mobilisation, media and community engagement.',
     'source': D001},
]
THEME_IDS = {t['id'] for t in themes}

# ------------------------------------------------------------------------------------- target groups
target_groups = [
    {'id': 'rae-children', 'name': 'Roma, Ashkali and Egyptian children',
     'description': 'Children of the Roma, Ashkali and Egyptian communities (equity gaps emphasised in the Kosovo Programme 2016-2020).',
     'source': D001},
    {'id': 'children-with-disabilities', 'name': 'Children with disabilities', 'source': D001},
    {'id': 'girls', 'name': 'Girls', 'source': D001},
    {'id': 'adolescents', 'name': 'Adolescents', 'source': D000},
    {'id': 'children-under-3', 'name': 'Children under 3',
     'description': 'Young children in the first 1,000 days of life (conception to about age 2) and in the first year of life.',
     'source': D000},
    {'id': 'rural-children', 'name': 'Rural children',
     'description': 'Children affected by urban and rural disparities.', 'source': D001},
    {'id': 'all-children', 'name': 'All children', 'source': D000},
    {'id': 'children-in-their-first-1000-days', 'name': 'Children in their first 1,000 days of life',
     'description': 'In the words of the Home Visiting programme: children during the first 1,000 days of life, and '
                    'marginalized children given the recommended visits during their first year of life.',
     'source': D000},
    {'id': 'mothers', 'name': 'Mothers',
     'description': "'the health and well-being of children and mothers', which private sector partnerships can invest in.",
     'source': D000},
]

# ---------------------------------------------------------------------------------------- provenance
def prov(evidence, quote=None, reason=None, source=None):
    p = {'evidence': evidence}
    if source:
        p['source'] = source
    if quote:
        p['quote'] = quote
    if reason:
        p['reason'] = reason
    return p


def doc(quote, source=None):
    """DOCUMENTED: `quote` (verbatim, in `source` or the record's source) says it."""
    return prov('DOCUMENTED', quote, source=source)


def inf(quote, reason, source=None):
    """INFERRED: read from `quote`, for `reason`."""
    return prov('INFERRED', quote, reason, source)


def ill(reason):
    """ILLUSTRATIVE: not in any source; `reason` says why it is there."""
    return prov('ILLUSTRATIVE', reason=reason)


# -------------------------------------------------------------------------------------------- actors
actors = []


def actor(id, name, sector, kind, source, provenance, acronym=None, description=None, home='kosovo', tags=()):
    a = {'id': id, 'name': name}
    if acronym:
        a['acronym'] = acronym
    a['sector'] = sector
    a['kind'] = kind
    if description:
        a['description'] = description
    if home:
        a['homeAreaId'] = home
    a['tags'] = list(tags)
    a['source'] = source
    a['provenance'] = provenance
    actors.append(a)
    return id


# INTERNATIONAL
UNICEF = actor('unicef-kosovo', 'UNICEF Kosovo', 'INTERNATIONAL', 'UN_AGENCY', D000,
               doc('Partnerships underpin virtually all aspects of UNICEF’s work in Kosovo.'), acronym='UNICEF',
               description="UNICEF's office in Kosovo: communication, advocacy and partnerships with the public sector, "
                           'private sector (triple helix), civil society and other UN agencies.',
               tags=['un', 'triple-helix'])
ZONAL = actor('unicef-zonal-office', 'UNICEF Zonal Office', 'INTERNATIONAL', 'UN_AGENCY', D001, doc('UNICEF Zonal Office'),
              description="Listed only as a heading on UNICEF Kosovo's 'What we do' page (next to the programme areas); "
                          'its location and mandate are not described in the sources.',
              tags=['un'])
SCIK = actor('save-the-children-kosovo', 'Save the Children in Kosovo', 'INTERNATIONAL', 'INGO', D002,
             doc('Save the Children Kosova/o (SCiK)'), acronym='SCiK',
             description="Save the Children Kosova/o, the 'Kosovo National Office' ('Kosovo NO') of Save the Children; provides "
                         'capacity strengthening within the Sida-funded CSO Strengthening Programme.',
             tags=['kosovo-national-office', 'kosovo-no', 'save-the-children-kosova-o'])
SIDA = actor('sida', 'Sida', 'INTERNATIONAL', 'DONOR', D002, doc('Sida-funded CSO Strengthening Programme'), acronym='Sida',
             description="Named in the source only as the funder of the 'Sida-funded CSO Strengthening Programme' (the Swedish "
                         'development cooperation agency; the source does not expand the name).',
             home=None, tags=['bilateral-donor'])

# CIVIL SOCIETY (the CSO partners of Save the Children, seeds 002 and 003)
SIV = actor('syri-i-vizionit', 'Syri i Vizionit', 'CIVIL_SOCIETY', 'NGO', D002, doc('partner CSO Syri i Vizionit (SiV)'),
            acronym='SiV',
            description='Partner CSO of SCiK for 13 years (as of August 2023); supported OGG and MLGA to establish the first Municipal '
                        'Team on the Rights of the Child (Peja) and advocates with CLMAs at local level. Project manager: Naser Lajqi.',
            tags=['local-cso', 'partner-cso'])
WORKSHOP_CSOS = 'SiV, KDF, Handikos, Nevo Koncepti Putevima Sunca, Domovik, Eco Z, and KGSC'
CSO_NOTE = ('Named (only by this name) among the key CSOs of the Localization and Partnerships Strategies co-design workshop '
            'organised by SCiK (November 2023); the sources say nothing else about it.')
TWO_ORGS = ("The source writes 'Nevo Koncepti Putevima Sunca' without a comma between the two names; taken as two "
            'organisations (Nevo Koncepti; Putevima Sunca), as the list separates every other organisation by commas.')
KDF = actor('kdf', 'KDF', 'CIVIL_SOCIETY', 'NGO', D003, doc(WORKSHOP_CSOS), acronym='KDF',
            description=CSO_NOTE + ' The source gives only the acronym; no expansion is given here.',
            tags=['local-cso', 'partner-cso', 'acronym-only'])
HANDIKOS = actor('handikos', 'Handikos', 'CIVIL_SOCIETY', 'NGO', D003, doc(WORKSHOP_CSOS), description=CSO_NOTE,
                 tags=['local-cso', 'partner-cso'])
NEVO = actor('nevo-koncepti', 'Nevo Koncepti', 'CIVIL_SOCIETY', 'NGO', D003, inf(WORKSHOP_CSOS, TWO_ORGS),
             description=CSO_NOTE + ' ' + TWO_ORGS, tags=['local-cso', 'partner-cso'])
PUTEVIMA = actor('putevima-sunca', 'Putevima Sunca', 'CIVIL_SOCIETY', 'NGO', D003, inf(WORKSHOP_CSOS, TWO_ORGS),
                 description=CSO_NOTE + ' ' + TWO_ORGS, tags=['local-cso', 'partner-cso'])
DOMOVIK = actor('domovik', 'Domovik', 'CIVIL_SOCIETY', 'NGO', D003, doc(WORKSHOP_CSOS), description=CSO_NOTE,
                tags=['local-cso', 'partner-cso'])
ECOZ = actor('eco-z', 'Eco Z', 'CIVIL_SOCIETY', 'NGO', D003, doc(WORKSHOP_CSOS), description=CSO_NOTE,
             tags=['local-cso', 'partner-cso'])
KGSC = actor('kgsc', 'KGSC', 'CIVIL_SOCIETY', 'NGO', D003, doc(WORKSHOP_CSOS), acronym='KGSC',
             description=CSO_NOTE + ' The source gives only the acronym; no expansion is given here.',
             tags=['local-cso', 'partner-cso', 'acronym-only'])
LOCAL_CSOS = [SIV, KDF, HANDIKOS, NEVO, PUTEVIMA, DOMOVIK, ECOZ, KGSC]
OTHER_WORKSHOP_CSOS = LOCAL_CSOS[1:]

# PRIVATE SECTOR
RBKO = actor('raiffeisen-bank-kosovo', 'Raiffeisen Bank Kosovo', 'PRIVATE_SECTOR', 'BANK', D000,
             doc('Reiffeisen Bank Kosovo (RBKO)'), acronym='RBKO',
             description="UNICEF's private-sector ally: with UNICEF it ramped up support for the Ministry of Health's Home Visiting "
                         "programme, and it uses its assets to help local family health centres increase its coverage. Spelled "
                         "'Reiffeisen Bank Kosovo' in the source.",
             tags=['alt-spelling-reiffeisen-bank-kosovo', 'triple-helix'])
CSRN = actor('kosovo-csr-network', 'Kosovo CSR Network', 'PRIVATE_SECTOR', 'BUSINESS_NETWORK', D000,
             doc('Kosovo Corporate Social Responsibility (CSR) Network'), acronym='CSR Network',
             description='Kosovo Corporate Social Responsibility (CSR) Network; partner of UNICEF on the role of the private sector in '
                         'the SDGs and co-creator of the mentorship scheme for youth-led social impact projects.',
             tags=['triple-helix', 'csr'])

# GOVERNMENT (central)
MOH = actor('ministry-of-health', 'Ministry of Health', 'GOVERNMENT', 'MINISTRY', D000,
            doc('Ministry of Health’s Home Visiting programme'),
            description='Owner of the Home Visiting programme (integrated, quality services in the first 1,000 days of life).',
            tags=['central-institution'])
FHC = actor('family-health-centres', 'Family health centres', 'GOVERNMENT', 'PUBLIC_SERVICE', D000,
            doc('local family health centres'),
            description='The local family health centres whose coverage of the Home Visiting programme RBKO helps increase (modelled '
                        'as one actor; the source does not name individual centres).',
            tags=['primary-health-care', 'local-service'])
OGG = actor('office-for-good-governance', 'Office for Good Governance', 'GOVERNMENT', 'AGENCY', D002,
            doc('Office for Good Governance in Kosovo (OGG)'), acronym='OGG',
            description='Office for Good Governance in Kosovo; engaged in child rights dialogue and, with MLGA, established the first '
                        'Municipal Team on the Rights of the Child with the support of SiV.',
            tags=['central-institution'])
PRES = actor('office-of-the-president', 'Office of the President of the Republic of Kosovo', 'GOVERNMENT', 'PRESIDENCY', D002,
             doc('the Office of the President of the Republic of Kosovo'),
             description='Engaged in child rights dialogue, supported by the linkages of partner CSOs.',
             tags=['central-institution'])
PCHR = actor('parliamentary-commission-on-human-rights', 'Parliamentary Commission on Human Rights', 'GOVERNMENT',
             'PARLIAMENTARY_BODY', D002, doc('the Parliamentary Commission on Human Rights'),
             description='Engaged in child rights dialogue, supported by the linkages of partner CSOs.',
             tags=['central-institution'])
OMB = actor('ombudsperson', 'Ombudsperson', 'GOVERNMENT', 'OMBUDSPERSON', D002, doc('Ombudsperson'),
            description='Engaged in child rights dialogue, supported by the linkages of partner CSOs.',
            tags=['central-institution', 'independent-institution'])
MESTI = actor('mesti', 'Ministry of Education, Science, Technology, and Innovation', 'GOVERNMENT', 'MINISTRY', D002,
              doc('Ministry of Education, Science, Technology, and Innovation (MESTI)'), acronym='MESTI',
              description='Engaged in child rights dialogue and inclusive child rights monitoring.',
              tags=['central-institution'])
MESPI = actor('mespi', 'Ministry of Environment, Spatial Planning, and Infrastructure', 'GOVERNMENT', 'MINISTRY', D002,
              doc('Ministry of Environment, Spatial Planning, and Infrastructure (MESPI)'), acronym='MESPI',
              description='Engaged in child rights dialogue and inclusive child rights monitoring.',
              tags=['central-institution'])
MLGA = actor('mlga', 'Ministry of Local Government Administration', 'GOVERNMENT', 'MINISTRY', D002,
             doc('Ministry of Local Government Administration (MLGA)'), acronym='MLGA',
             description='Requires municipalities to establish Teams on the Rights of the Child; its responsible division consulted SiV '
                         'and SCiK in meetings and workshops with the Teams of 12 municipalities.',
             tags=['central-institution'])
KAS = actor('kosovo-agency-of-statistics', 'Kosovo Agency of Statistics', 'GOVERNMENT', 'AGENCY', D002,
            doc('Kosovo Agency of Statistics (KAS)'), acronym='KAS',
            description='Engaged in child rights dialogue and inclusive child rights monitoring.', tags=['central-institution', 'statistics'])
IMC = actor('inter-ministerial-committee-on-the-rights-of-the-child', 'Inter-ministerial Committee on the Rights of the Child',
            'GOVERNMENT', 'OTHER', D002, doc('Inter-ministerial Committee on the Rights of the Child in Kosovo'),
            description='Inter-ministerial Committee on the Rights of the Child in Kosovo; child-led groups held advocacy meetings with it '
                        'on the International Day of Children and UNCRC day. Kind OTHER: an inter-ministerial body, not a ministry or agency.',
            tags=['central-institution', 'coordination-body'])

# GOVERNMENT (the 38 municipalities)
MUNI_ACTOR = {}
for m in MUNIS:
    aid = 'municipality-' + m['id']
    alt = f" ({m['alt_name']})" if m['alt_name'] and m['alt_name'] != m['name'] else ''
    if m['id'] == 'peje':
        desc = (f"Municipality of {m['name']}{alt}, {m['district']} District. The first Team on the Rights of the Child in "
                'Kosovo was established here, with a three-year work plan drafted by SiV.')
        src, provenance = D002, doc('the first Team on the Rights of the Child in the Municipality of Peja')
    else:
        said = (' Prishtina is named in the sources only as the place of a climate march; the municipal authority is not named.'
                if m['id'] == 'prishtine' else ' The sources speak of municipalities in general and do not name this one.')
        desc = f"Municipality of {m['name']}{alt}, {m['district']} District. Municipal authority / duty-bearer.{said}"
        src, provenance = CSV, doc(f"{m['id']},{m['name']},{m['alt_name']},{m['district']}")
    MUNI_ACTOR[m['id']] = actor(aid, f"Municipality of {m['name']}", 'GOVERNMENT', 'MUNICIPALITY', src, provenance,
                                description=desc, home=m['id'], tags=['municipality', 'district-' + slugify(m['district'])])

# CHILDREN AND YOUTH
ROR = actor('respect-our-rights', 'Respect Our Rights', 'CHILDREN_AND_YOUTH', 'CHILD_LED_GROUP', D002,
            doc('CLG - Respect Our Rights – RoR'), acronym='RoR',
            description="Child-led group (CLG) working closely with Save the Children; its members (e.g. Olt, a 17-year-old climate "
                        'activist) marched in Prishtina for climate action. The source calls it a CLG without saying whether it is '
                        'local or national.',
            tags=['clg', 'climate-action'])
NATIONAL_CLGS = '(3) national child-led groups (CLGs)'
UNNAMED_CLG = ('The source counts three national CLGs and names none of them (it does not say whether Respect Our Rights, the '
               'CLG it names, is one): this record stands for one of the unnamed ones.')
CLG2 = actor('national-child-led-group-2', 'National child-led group (unnamed in source) 2', 'CHILDREN_AND_YOUTH',
             'CHILD_LED_GROUP', D002, inf(NATIONAL_CLGS, UNNAMED_CLG),
             description='One of the three national child-led groups (CLGs) supported by SCiK; the source does not name it.',
             tags=['clg', 'national', 'unnamed-in-source'])
CLG3 = actor('national-child-led-group-3', 'National child-led group (unnamed in source) 3', 'CHILDREN_AND_YOUTH',
             'CHILD_LED_GROUP', D002, inf(NATIONAL_CLGS, UNNAMED_CLG),
             description='One of the three national child-led groups (CLGs) supported by SCiK; the source does not name it.',
             tags=['clg', 'national', 'unnamed-in-source'])
LOCAL_CLGS = actor('local-child-led-groups', 'Local child-led groups (unnamed in source)', 'CHILDREN_AND_YOUTH',
                   'CHILD_LED_GROUP', D002, doc('In the ongoing work with local and national CLGs'),
                   description="The local child-led groups (CLGs) of Save the Children's ongoing work ('local and national CLGs'); "
                               'the source names none and gives no count, so they are one record.',
                   tags=['clg', 'local', 'unnamed-in-source'])
CLGS = [ROR, CLG2, CLG3]
CLG_ROR = inf('Before joining the CLG - Respect Our Rights – RoR',
              'RoR is a CLG working closely with Save the Children; the source does not say it is one of the national CLGs '
              'meant here.')
CLG_UNNAMED = inf(NATIONAL_CLGS, 'Which CLGs is not said: the unnamed national CLGs stand for them.')

# Seven CLMAs: the source says seven, in seven municipalities, but not which: seven unnamed records.
CLMA_COUNT = 'seven (7) children’s local municipal assemblies (CLMAs)'
CLMAS = []
for n in range(1, 8):
    CLMAS.append(actor(f'clma-{n}', f"Children's local municipal assembly (unnamed in source) {n}", 'CHILDREN_AND_YOUTH',
                       'CHILDRENS_ASSEMBLY', D002,
                       inf(CLMA_COUNT, 'The source counts seven CLMAs in seven municipalities without naming them or the '
                                       'municipalities: this record stands for one of them.'),
                       acronym='CLMA',
                       description="One of the seven children's local municipal assemblies (CLMAs) supported by SCiK and partner "
                                   'CSOs; the source names neither the assembly nor its municipality.',
                       tags=['clma', 'unnamed-in-source']))
CLMA_PART = inf(CLMA_COUNT, 'Which CLMAs is not said: the seven unnamed CLMA records stand for them.')

VENTURE_REASON = 'The source names no venture of the mentorship scheme: a placeholder to show what one looks like.'
VENT1 = actor('illustrative-youth-social-venture-1', 'Illustrative youth social venture 1', 'CHILDREN_AND_YOUTH', 'YOUTH_GROUP',
              ILL, ill(VENTURE_REASON),
              description='Illustrative placeholder for a young person\'s social venture mentored under the UNICEF / Kosovo CSR '
                          'Network mentorship scheme; the source names no venture.',
              tags=['illustrative', 'social-venture'])
VENT2 = actor('illustrative-youth-social-venture-2', 'Illustrative youth social venture 2', 'CHILDREN_AND_YOUTH', 'YOUTH_GROUP',
              ILL, ill(VENTURE_REASON),
              description='Illustrative placeholder for a young person\'s social venture mentored under the UNICEF / Kosovo CSR '
                          'Network mentorship scheme; the source names no venture.',
              tags=['illustrative', 'social-venture'])

# ACADEMIA (the sources speak of academia in the triple helix but name no institution)
UNIV = actor('illustrative-public-university', 'Illustrative public university', 'ACADEMIA', 'UNIVERSITY', ILL,
             ill('The sources name academia as part of the triple helix but no university.'),
             description='Illustrative placeholder: the sources mention academia as part of the triple helix (institutions, academia, '
                         'private sector) but name no university.',
             tags=['illustrative', 'triple-helix'])
INST = actor('illustrative-research-institute', 'Illustrative social-policy research institute', 'ACADEMIA',
             'RESEARCH_INSTITUTE', ILL, ill('The sources mention academia and research institutes but name none.'),
             description='Illustrative placeholder: the sources mention academia and research institutes but name none.',
             tags=['illustrative'])

ACTOR_IDS = {a['id'] for a in actors}

# -------------------------------------------------------------------------------------- partnerships
partnerships = []


def date(value, precision, provenance):
    return (value, precision, provenance)


def partnership(title, kind, source, provenance, participants, areas, themes, groups=(), start=None, end=None,
                description=None, id=None, tags=()):
    """participants: (actor, role[, provenance]); areas: id or (id, provenance); start/end: date(...)."""
    p = {'id': id or slugify(title), 'title': title, 'kind': kind}
    if start:
        p['startDate'] = start[0]
    if end:
        p['endDate'] = end[0]
    if description:
        p['description'] = description
    p['participants'] = []
    for part in participants:
        x = {'actorId': part[0], 'role': part[1]}
        if len(part) > 2:
            x['provenance'] = part[2]
        p['participants'].append(x)
    p['areaIds'] = [a if isinstance(a, str) else a[0] for a in areas]
    p['themeIds'] = list(themes)
    p['targetGroups'] = [{'targetGroupId': g} for g in groups]
    p['source'] = source
    p['provenance'] = provenance
    if tags:
        p['tags'] = list(tags)
    if start:
        p['startDatePrecision'] = start[1]
    if end:
        p['endDatePrecision'] = end[1]
    if start:
        p['startDateProvenance'] = start[2]
    if end:
        p['endDateProvenance'] = end[2]
    own = [{'areaId': a[0], 'provenance': a[1]} for a in areas if not isinstance(a, str)]
    if own:
        p['areaProvenance'] = own
    partnerships.append(p)
    return p['id']


CHILD_RIGHTS_THEMES = ['child-rights-governance-and-monitoring', 'youth-participation', 'child-protection']

# --- Save the Children / SiV / institutions (seed 002) ---
partnership(
    'Municipal Team on the Rights of the Child - Pejë', 'COORDINATION', D002,
    doc('SiV organized the constituent meeting and drafted a three-year work plan to establish the first Team on the Rights '
        'of the Child in the Municipality of Peja.'),
    [(OGG, 'LEAD', doc('supported the OGG and MLGA to establish the first ever Municipal Team on Child Rights')),
     (MLGA, 'LEAD', doc('supported the OGG and MLGA to establish the first ever Municipal Team on Child Rights')),
     (SIV, 'TECHNICAL_PARTNER'),
     (SCIK, 'TECHNICAL_PARTNER', doc('SiV and SCiK will continue to support the Team Members in Peja')),
     (MUNI_ACTOR['peje'], 'PARTICIPANT',
      inf('the first Team on the Rights of the Child in the Municipality of Peja',
          "The Team is the municipality's own mechanism; the source does not say what part the municipality takes.")),
     ],
    ['peje'], CHILD_RIGHTS_THEMES,
    description='The first ever Municipal Team on the Rights of the Child in Kosovo, established by OGG and MLGA with the support of '
                'SiV: SiV organised the constituent meeting and drafted a three-year work plan that serves as a model for other '
                'municipalities; SiV and SCiK continue to support the Team members. Local mechanism for implementing the Law and '
                "for children's participation. No date is given for its establishment (before 14 August 2023).")

# MLGA's requirement and the scale-up to all municipalities (seed 002).
partnership(
    "MLGA requirement of Teams on the Rights of the Child in all municipalities", 'COORDINATION', D002,
    doc('encouraged the Ministry of Local Government Administration (MLGA) to require municipalities in Kosovo to establish '
        'these teams'),
    [(MLGA, 'LEAD'),
     (SIV, 'TECHNICAL_PARTNER', doc('SiV has helped establish Teams on the Rights of the Child'))],
    ['kosovo'], CHILD_RIGHTS_THEMES,
    description='MLGA requires municipalities in Kosovo to establish Teams on the Rights of the Child as a key mechanism for '
                "ensuring children's participation at the local level; SiV's experience was the key driver to scale the mechanism "
                'up across all municipalities. No dates given.',
    tags=['municipal-mechanism'])

# The Teams of the other 37 municipalities: the source names only Peja's, but says the mechanism was scaled up
# across all municipalities and that MLGA requires every municipality to have one.
ALL_MUNIS = 'scale up this mechanism across all municipalities in Kosovo'
for m in MUNIS:
    if m['id'] == 'peje':
        continue
    partnership(
        f"Municipal Team on the Rights of the Child - {m['name']}", 'COORDINATION', D002,
        inf(ALL_MUNIS, f"The mechanism was scaled up across all municipalities and MLGA requires municipalities to establish "
                       f"Teams, so {m['name']} has one; the source names only the Team of Peja and says nothing else of "
                       'this one.'),
        [(MUNI_ACTOR[m['id']], 'PARTICIPANT'),
         (MLGA, 'PARTICIPANT', inf('require municipalities in Kosovo to establish these teams',
                                   'MLGA requires the Team; its part in it is not said.'))],
        [m['id']], CHILD_RIGHTS_THEMES,
        description=("The municipality's Team on the Rights of the Child, the mechanism MLGA requires municipalities to establish "
                     "to ensure children's participation at the local level, scaled up from Peja across all municipalities. "
                     'INFERRED: the source names only the Team of Peja. No dates given.'),
        tags=['municipal-mechanism'])

partnership(
    'Guidance to the Teams on the Rights of the Child of 12 municipalities', 'CAPACITY_STRENGTHENING', D002,
    doc('Together, they have provided guidance on the role of these teams and helped to raise their capacities.'),
    [(SIV, 'TECHNICAL_PARTNER'), (SCIK, 'TECHNICAL_PARTNER'),
     (MLGA, 'PARTICIPANT', doc('SiV and SCiK have been continuously consulted by the responsible division within MLGA')),
     (MUNI_ACTOR['peje'], 'PARTICIPANT',
      inf('representatives of the Teams from 12 municipalities',
          'Peja has the first Team; the source does not list the 12 municipalities.'))],
    ['kosovo', ('peje', inf('representatives of the Teams from 12 municipalities',
                            'Peja has the first Team; the source does not list the 12 municipalities.'))],
    ['child-rights-governance-and-monitoring', 'youth-participation'],
    id='mlga-guidance-to-the-teams-on-the-rights-of-the-child-of-12-municipalities',
    description='The responsible division of MLGA continuously consulted SiV and SCiK in meetings and workshops with representatives '
                'of the Teams from 12 municipalities; together SiV and SCiK gave guidance on the role of the Teams and raised their '
                'capacities. Only Peja is named (as the first Team); the other 11 municipalities are not. No dates given.')

partnership(
    'Coordination on the implementation of the Law on Child Protection', 'COORDINATION', D002,
    doc('SiV and SCiK also play an active role in coordinating national institutions and organizations that work to implement '
        'the Law on Child Protection.'),
    [(SIV, 'LEAD'), (SCIK, 'LEAD'),
     (OGG, 'PARTICIPANT', doc('cooperation with the Office for Good Governance')),
     (MLGA, 'PARTICIPANT', doc('the Ministry of Local Government Administration, and municipalities'))],
    ['kosovo'], ['child-protection', 'child-rights-governance-and-monitoring'],
    description='SiV and SCiK play an active role in coordinating national institutions and organisations that implement the Law on '
                'Child Protection, increasing responsibility and cooperation with OGG, MLGA and municipalities (not named, so not '
                'linked). No dates given.')

partnership(
    'SiV and SCiK long-term civil society strengthening programme', 'CAPACITY_STRENGTHENING', D002,
    doc('For the past 13 years, CSO Syri i Vizionit (SiV) has partnered with Save the Children Kosova/o (SCiK) in a long-term '
        'program to strengthen civil society.'),
    [(SCIK, 'LEAD', inf('has partnered with Save the Children Kosova/o (SCiK) in a long-term program',
                        "SCiK's programme, SiV its partner: the source says they partnered, not who leads.")),
     (SIV, 'IMPLEMENTER', inf('has partnered with Save the Children Kosova/o (SCiK) in a long-term program',
                              'SiV carries out the work the programme describes (it helped establish the Teams).'))],
    ['kosovo', ('peje', inf('at both local and national levels',
                            'The local level the story names for this work is Peja (the first Team).'))],
    ['child-rights-governance-and-monitoring', 'child-protection', 'inclusive-education'],
    start=date('2010-08-14', 'APPROXIMATE',
               inf('For the past 13 years', 'The story is dated 14 August 2023; 13 years before it is about 14 August 2010.')),
    description='Long-term programme to strengthen civil society: organisational capacity, child rights governance and social '
                'accountability, child protection and inclusive education mechanisms at local and national level; through it SiV '
                "helped establish the Teams on the Rights of the Child. Started about August 2010 ('for the past 13 years' in an "
                'article of 14 August 2023). Ongoing (no end date).')

SEVEN_CSOS = 'seven (7) local CSO partners'
WORKSHOP_CSO_REASON = ('The source counts seven local CSO partners and names only SiV; this CSO is one of the key CSOs with which '
                       "SCiK co-designed its strategies in November 2023 (seed 003, which does not mention Sida), so it may "
                       'be one of the seven.')
partnership(
    'Sida-funded CSO Strengthening Programme', 'CAPACITY_STRENGTHENING', D002,
    doc('Within the Sida-funded CSO Strengthening Programme, Kosovo National Office (NO) continues to provide support for '
        'demand-driven capacity strengthening to seven (7) local CSO partners, three (3) national child-led groups (CLGs), '
        'and seven (7) children’s local municipal assemblies (CLMAs).'),
    [(SIDA, 'FUNDER', doc('Sida-funded CSO Strengthening Programme')),
     (SCIK, 'LEAD', doc('Kosovo National Office (NO) continues to provide support for demand-driven capacity strengthening')),
     (SIV, 'PARTICIPANT', doc('partner CSO Syri i Vizionit (SiV)'))]
    + [(c, 'PARTICIPANT', inf(WORKSHOP_CSOS, WORKSHOP_CSO_REASON, D003)) for c in OTHER_WORKSHOP_CSOS]
    + [(ROR, 'PARTICIPANT', CLG_ROR), (CLG2, 'PARTICIPANT', CLG_UNNAMED), (CLG3, 'PARTICIPANT', CLG_UNNAMED)]
    + [(c, 'PARTICIPANT', CLMA_PART) for c in CLMAS],
    ['kosovo'], ['child-rights-governance-and-monitoring', 'youth-participation'],
    description="Kosovo National Office (SCiK) provides demand-driven capacity strengthening to seven local CSO partners, three "
                "national child-led groups (CLGs) and seven children's local municipal assemblies (CLMAs); they receive the "
                'strengthening, so they are PARTICIPANTs. The source names only SiV of the seven CSOs: the other CSOs of the '
                "November 2023 co-design workshop are linked as INFERRED participants (eight CSOs there, seven here). Ongoing as of "
                '14 August 2023; no dates given.',
    tags=['sida', 'unnamed-participants'])

partnership(
    'Child rights dialogue and inclusive monitoring with institutional stakeholders', 'ADVOCACY', D002,
    doc('The strong linkages of partner CSOs with institutional stakeholders supported the engagement of the Office for Good '
        'Governance in Kosovo (OGG)'),
    [(SCIK, 'LEAD', inf('The strong linkages of partner CSOs with institutional stakeholders',
                        "The partner CSOs are those of Kosovo NO's programme, which the story reports on.")),
     (SIV, 'IMPLEMENTER', inf('The strong linkages of partner CSOs with institutional stakeholders',
                              'The partner CSOs are not named here; SiV is the partner CSO the story names.')),
     (OGG, 'PARTICIPANT'),
     (PRES, 'PARTICIPANT', doc('the Office of the President of the Republic of Kosovo')),
     (PCHR, 'PARTICIPANT', doc('the Parliamentary Commission on Human Rights')),
     (OMB, 'PARTICIPANT', doc('Ombudsperson')),
     (MESTI, 'PARTICIPANT', doc('Ministry of Education, Science, Technology, and Innovation (MESTI)')),
     (MESPI, 'PARTICIPANT', doc('Ministry of Environment, Spatial Planning, and Infrastructure (MESPI)')),
     (MLGA, 'PARTICIPANT', doc('Ministry of Local Government Administration (MLGA)')),
     (KAS, 'PARTICIPANT', doc('Kosovo Agency of Statistics (KAS)'))],
    ['kosovo'], ['child-rights-governance-and-monitoring'],
    description="The strong linkages of SCiK's partner CSOs with institutional stakeholders supported the engagement of OGG, the "
                'Office of the President, the Parliamentary Commission on Human Rights, the Ombudsperson, MESTI, MESPI, MLGA, KAS '
                'and municipal duty-bearers in child rights dialogue, and promoted tools and mechanisms for inclusive monitoring of '
                'child rights. Municipal duty-bearers are not named and not linked. No dates given.')

partnership(
    'Support to local and national child-led groups', 'CAPACITY_STRENGTHENING', D002,
    doc('In the ongoing work with local and national CLGs, Kosovo NO supported their engagement with their peers in ways that '
        'work for them and through inclusive physical venues.'),
    [(SCIK, 'LEAD'), (LOCAL_CLGS, 'PARTICIPANT'), (ROR, 'PARTICIPANT', CLG_ROR), (CLG2, 'PARTICIPANT', CLG_UNNAMED),
     (CLG3, 'PARTICIPANT', CLG_UNNAMED)],
    ['kosovo'], ['youth-participation'],
    description="Kosovo NO's ongoing work with local and national CLGs: support for their engagement with their peers in ways "
                'that work for them and through inclusive physical venues. No dates given.')

partnership(
    "'Young Voices' survey 2021", 'RESEARCH_AND_DATA', D002,
    doc('the ‘Young Voices’ survey conducted in 2021'),
    [(SCIK, 'PARTICIPANT', inf('Based on the findings of the ‘Young Voices’ survey conducted in 2021, Kosovo NO supported CLGs',
                               'Kosovo NO used its findings; the source does not say who conducted the survey.')),
     (ROR, 'PARTICIPANT', inf('Kosovo NO supported CLGs to generate evidence-based advocacy',
                              'CLGs used its findings; which CLGs is not said (RoR, the CLG the story names, stands for them).')),
     (CLG2, 'PARTICIPANT', inf('Kosovo NO supported CLGs to generate evidence-based advocacy',
                               'CLGs used its findings; which CLGs is not said.')),
     (CLG3, 'PARTICIPANT', inf('Kosovo NO supported CLGs to generate evidence-based advocacy',
                               'CLGs used its findings; which CLGs is not said.'))],
    ['kosovo'], ['youth-participation', 'child-rights-governance-and-monitoring'],
    start=date('2021-01-01', 'YEAR', doc('conducted in 2021')), end=date('2021-12-31', 'YEAR', doc('conducted in 2021')),
    description="The 'Young Voices' survey conducted in 2021; its findings were the basis on which Kosovo NO supported the CLGs "
                'to generate evidence-based advocacy and campaigns. The source does not say who conducted it.')

partnership(
    'Child-led group advocacy with the Inter-ministerial Committee on the Rights of the Child', 'ADVOCACY', D002,
    doc('to participate as child rights holders in advocacy meetings with the Inter-ministerial Committee on the Rights of '
        'the Child in Kosovo on the International Day of Children and UNCRC day'),
    [(ROR, 'PARTICIPANT', CLG_ROR), (CLG2, 'PARTICIPANT', CLG_UNNAMED), (CLG3, 'PARTICIPANT', CLG_UNNAMED),
     (SCIK, 'TECHNICAL_PARTNER', doc('Kosovo NO supported CLGs to generate evidence-based advocacy')),
     (IMC, 'PARTICIPANT')],
    ['kosovo'], ['youth-participation', 'child-rights-governance-and-monitoring'],
    description='Kosovo NO supported the CLGs to generate evidence-based advocacy and campaigns and to participate, as child rights '
                'holders, in advocacy meetings with the Inter-ministerial Committee on the Rights of the Child on the International '
                'Day of Children and UNCRC day. Years not stated; no dates given.')

partnership(
    "Children's local municipal assembly discussions in seven municipalities", 'ADVOCACY', D002,
    doc('Kosovo NO and partner CSOs supported CLMAs to engage in safe discussions on key child rights issues in seven '
        'municipalities in Kosovo'),
    [(SCIK, 'LEAD'),
     (SIV, 'IMPLEMENTER', inf('advocating with CLMA’s at the local level',
                              "The 'partner CSOs' are not named; SiV is the partner CSO said to advocate with CLMAs.")),
     ] + [(c, 'PARTICIPANT', CLMA_PART) for c in CLMAS],
    ['kosovo'], ['gender-equality', 'climate-and-environment', 'youth-participation', 'child-rights-governance-and-monitoring'],
    description='Kosovo NO and partner CSOs supported CLMAs to engage in safe discussions with local duty-bearers on child rights '
                'issues that affect them directly (gender spectrum, inequality, climate change and the environment), obtaining '
                'buy-in and specific commitments; Kosovo NO supported wide coverage in public media. The seven municipalities and '
                'their duty-bearers are not named, so only Kosovo is linked. No dates given.')

MARCH_DAY = inf('14 August 2023 - Story',
                'The march is reported in the story dated 14 August 2023; its own day is not stated, so the report day '
                'stands for it (approximately).')
partnership(
    'Respect Our Rights climate march in Prishtina', 'ADVOCACY', D002,
    doc('Olt with the Respect Our Rights group march through the streets of Prishtina calling for climate action.'),
    [(ROR, 'LEAD'),
     (SCIK, 'TECHNICAL_PARTNER', inf('working closely with Save the Children',
                                     'A member says the group works closely with Save the Children (and the photo is theirs); '
                                     'its part in the march is not said.'))],
    ['prishtine'], ['climate-and-environment', 'youth-participation'],
    groups=['adolescents'],
    start=date('2023-08-14', 'APPROXIMATE', MARCH_DAY), end=date('2023-08-14', 'APPROXIMATE', MARCH_DAY),
    description="The Respect Our Rights group marched through the streets of Prishtina calling for climate action ('today we march "
                "so that tomorrow we can live'). Adolescents: the quoted member is 17. Dated approximately by the story that "
                'reports it (14 August 2023).')

# --- seed 003 ---
WORKSHOP_DAYS = inf('SCiK recently organized a two-day workshop',
                    "The news of 24 November 2023 says 'recently' and gives neither day: taken as in November 2023, "
                    'from the 1st (approximate) to the day of the news.')
partnership(
    'Localization and Partnerships Strategies co-design workshop', 'COORDINATION', D003,
    doc('SCiK recently organized a two-day workshop in collaboration with key Civil Society Organizations (CSOs) including '
        'SiV, KDF, Handikos, Nevo Koncepti Putevima Sunca, Domovik, Eco Z, and KGSC.'),
    [(SCIK, 'LEAD')] + [(c, 'PARTICIPANT') for c in LOCAL_CSOS],
    ['kosovo'], ['child-rights-governance-and-monitoring'],
    start=date('2023-11-01', 'APPROXIMATE', WORKSHOP_DAYS), end=date('2023-11-24', 'APPROXIMATE', WORKSHOP_DAYS),
    description='Two-day workshop organised by SCiK with key CSOs (SiV, KDF, Handikos, Nevo Koncepti, Putevima Sunca, Domovik, Eco Z, '
                'KGSC) to co-design the objectives of its Localization Strategy and Partnerships Strategy (Local to Global for '
                'Impact): concepts, review of current partnerships, challenges, strengths, mapping local capacities, visioning '
                "future partnerships. Held 'recently' before the news of 24 November 2023: dates approximate.")

partnership(
    'Save the Children Localization Strategy and Partnerships Strategy', 'CAPACITY_STRENGTHENING', D003,
    doc('SCiK is currently engaged in developing two crucial strategies: Localization Strategy and Partnerships Strategy.'),
    [(SCIK, 'LEAD')]
    + [(c, 'PARTICIPANT', doc('SCiK and its partners worked hand in hand to formulate concrete objectives for the Localization '
                              'and Partnerships Strategies')) for c in LOCAL_CSOS],
    ['kosovo'], ['child-rights-governance-and-monitoring'],
    description='Aligned with the Local to Global for Impact ambition, the strategies aim to empower local actors, organizations and '
                'communities in Kosovo to take a leading role in addressing challenges to child rights; SCiK and its CSO partners '
                'formulated their objectives together at the co-design workshop. Being developed as of 24 November 2023; no dates.',
    tags=['localization'])

# --- UNICEF (seeds 000, 001) ---
partnership(
    'Home Visiting programme', 'SERVICE_DELIVERY', D000,
    doc('the Ministry of Health’s Home Visiting programme, greatly increasing the number of children receiving integrated & '
        'quality services during the first 1,000 days of life'),
    [(MOH, 'LEAD', doc('Ministry of Health’s Home Visiting programme')),
     (FHC, 'IMPLEMENTER', inf('help local family health centres in increasing the coverage of the Home Visiting programme',
                              'The centres whose coverage of the programme grows are taken to deliver it.')),
     (UNICEF, 'TECHNICAL_PARTNER', inf('Together, we have managed to ramp up support for the Ministry of Health’s Home Visiting '
                                       'programme', 'UNICEF supports the programme; the kind of support is not said.')),
     (RBKO, 'PARTICIPANT', doc('RBKO is now utilizing its assets to help local family health centres'))],
    ['kosovo'], ['early-childhood-health-and-nutrition'], groups=['children-in-their-first-1000-days', 'mothers'],
    description="The Ministry of Health's Home Visiting programme: integrated and quality services during the first 1,000 days of "
                'life. UNICEF and RBKO ramped up support for it; RBKO uses its assets to help local family health centres increase '
                'coverage, specifically the number of marginalized children given the recommended visits in their first year of '
                "life. Mothers: the source speaks of private sector investment in 'the health and well-being of children and "
                "mothers'. No funding is mentioned. No dates given.")

partnership(
    'UNICEF and Raiffeisen Bank Kosovo alliance', 'SERVICE_DELIVERY', D000,
    doc('Our recent alliance with Reiffeisen Bank Kosovo (RBKO)'),
    [(UNICEF, 'PARTICIPANT'), (RBKO, 'PARTICIPANT')],
    ['kosovo'], ['early-childhood-health-and-nutrition'],
    description="UNICEF's 'recent alliance' with RBKO (spelled 'Reiffeisen' in the source), a private-sector partnership meeting gaps "
                "in UNICEF's equity-focused approach to child survival and development; together they ramped up support for the "
                'Home Visiting programme (kind SERVICE_DELIVERY for that; no funding is mentioned). The source is undated.')

partnership(
    'UNICEF and Kosovo CSR Network partnership', 'ADVOCACY', D000,
    doc('Another partnership with the Kosovo Corporate Social Responsibility (CSR) Network'),
    [(UNICEF, 'PARTICIPANT'), (CSRN, 'PARTICIPANT')],
    ['kosovo'], ['communication-for-social-change'],
    description='Partnership contributing to equitable, inclusive and sustainable development of Kosovo: it stirred significant '
                'debate on the role of the private sector in implementing the SDGs and brings private sector organisations closer '
                'to the challenges of children and young people, co-creating solutions with UNICEF. Themed as communication for '
                'social change (public debate); the source names no programme theme. No dates given.')

partnership(
    'Mentorship scheme for youth-led social impact projects', 'MENTORSHIP', D000,
    doc('Together with the CSR Network, we have also created a mentorship scheme for youth-led social impact projects.'),
    [(UNICEF, 'LEAD'), (CSRN, 'LEAD'),
     (VENT1, 'PARTICIPANT', ill(VENTURE_REASON)), (VENT2, 'PARTICIPANT', ill(VENTURE_REASON))],
    ['kosovo'], ['youth-participation'], groups=['adolescents'],
    description='Created by UNICEF with the Kosovo CSR Network: systematically leverages professional mentorship for any young person '
                'who wants to create a social venture for the benefit of their community, so that young people, particularly the '
                'most marginalised, participate as active citizens. The two ventures linked are illustrative placeholders (the '
                'source names none). No dates given.')

PROGRAMME_PARTNER = ('The programme names sectors (education, health reforms; municipal governance), not institutions: the '
                     'ministry responsible, named elsewhere in the sources, is linked.')
PROGRAMME_YEARS = doc('The Kosovo Programme 2016-2020')
partnership(
    'UNICEF Kosovo Programme 2016-2020', 'TECHNICAL_ASSISTANCE', D001,
    doc('UNICEF provides policy advice, technical assistance to support the major on-going reforms in education, health, '
        'nutrition, social protection, gender equality and other sectors'),
    [(UNICEF, 'LEAD'),
     (ZONAL, 'PARTICIPANT', inf('UNICEF Zonal Office', 'A heading on the same page as the programme; its part is not said.')),
     (MOH, 'PARTICIPANT', inf('the major on-going reforms in education, health, nutrition', PROGRAMME_PARTNER)),
     (MESTI, 'PARTICIPANT', inf('the major on-going reforms in education, health, nutrition', PROGRAMME_PARTNER)),
     (MLGA, 'PARTICIPANT', inf('in the municipal governance systems', PROGRAMME_PARTNER))],
    ['kosovo'],
    ['inclusive-education', 'child-protection', 'youth-participation', 'child-rights-governance-and-monitoring',
     'communication-for-social-change', 'early-childhood-health-and-nutrition', 'social-protection', 'gender-equality'],
    groups=['rae-children', 'children-with-disabilities', 'girls', 'rural-children', 'adolescents'],
    start=date('2016-01-01', 'YEAR', PROGRAMME_YEARS), end=date('2020-12-31', 'YEAR', PROGRAMME_YEARS),
    description='Policy advice, technical assistance, knowledge exchange and capacity development of Kosovo institutions at central and '
                'local level (education, health, nutrition, social protection, gender equality reforms; municipal governance; '
                'evidence generation; Technology for Development), closing equity gaps for Roma, Ashkali and Egyptian communities, '
                'gender, urban-rural disparities and children with disabilities. Years from the title (2016 to 2020).')

partnership(
    'UNICEF support to municipal authorities', 'TECHNICAL_ASSISTANCE', D001,
    doc('Municipal authorities are supported to become communities committed to fulfilling children’s rights'),
    [(UNICEF, 'LEAD', inf('The Kosovo Programme 2016-2020', "UNICEF's programme page: the support is UNICEF's."))],
    ['kosovo'], ['child-rights-governance-and-monitoring'],
    start=date('2016-01-01', 'YEAR', PROGRAMME_YEARS), end=date('2020-12-31', 'YEAR', PROGRAMME_YEARS),
    description="Under the Kosovo Programme 2016-2020, municipal authorities are supported to reflect children's rights in "
                'policies, laws, programmes and budgets, with children as active agents; participatory accountability, planning, '
                'coordination and monitoring in municipal governance. The municipalities are not named, so none is linked.',
    tags=['municipal-authorities-unnamed'])

partnership(
    'UNICEF communication for social change', 'COMMUNICATION', D000,
    doc('We use traditional and new media for two major purposes'),
    [(UNICEF, 'LEAD')],
    ['kosovo'], ['communication-for-social-change'], groups=['all-children'],
    description='UNICEF uses traditional and new media to amplify the voices of children, adolescents and communities and to '
                'influence decision-makers, promote child-friendly policies and redefine social norms and public perceptions. No '
                'media or community partners are named, so UNICEF is the only participant. No dates given (an ongoing practice '
                'in an undated source).')

# --- illustrative academia partnerships (the triple helix of seed 000; evidence generation of seed 001) ---
partnership(
    'Illustrative child-rights evidence generation partnership', 'RESEARCH_AND_DATA', ILL,
    ill('An example of the evidence generation and sex-disaggregated data collection the Kosovo Programme calls for, '
        'involving academia (which the sources mention but do not name).'),
    [(UNICEF, 'LEAD'), (KAS, 'TECHNICAL_PARTNER'), (UNIV, 'IMPLEMENTER'), (INST, 'IMPLEMENTER')],
    ['kosovo'], ['child-rights-governance-and-monitoring', 'gender-equality'],
    description='ILLUSTRATIVE, not documented: an example of the evidence generation and sex-disaggregated data collection the '
                'Kosovo Programme calls for, involving academia (which the sources mention but do not name). No dates.',
    tags=['illustrative'])

partnership(
    'Illustrative triple-helix youth skills partnership', 'CAPACITY_STRENGTHENING', ILL,
    ill("An example of the triple helix (institutions, academia, private sector) of UNICEF's partnership strategy."),
    [(UNICEF, 'LEAD'), (UNIV, 'IMPLEMENTER'), (CSRN, 'PARTICIPANT'), (MESTI, 'PARTICIPANT')],
    ['kosovo'], ['youth-participation'], groups=['adolescents'],
    description="ILLUSTRATIVE, not documented: an example of the triple helix (institutions, academia, private sector) of UNICEF's "
                'partnership strategy, on the technical and soft skills (entrepreneurship, critical thinking, leadership) that '
                'adolescents need. No dates.',
    tags=['illustrative'])

# ---------------------------------------------------------------------------------------------- write
network = {
    'areas': areas,
    'themes': themes,
    'targetGroups': target_groups,
    'actors': actors,
    'partnerships': partnerships,
}
with open(OUT_PATH, 'w', encoding='utf-8', newline='\n') as fh:
    json.dump(network, fh, ensure_ascii=False, indent=2)
    fh.write('\n')
print(f'wrote {OUT_PATH}: ' + ', '.join(f'{k}={len(v)}' for k, v in network.items()))
