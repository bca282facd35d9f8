#!/usr/bin/env python3
"""Generate seeds/kosovo.json from the five source documents (seeds/sources/*.txt) and
seeds/kosovo-municipalities.csv.

Run:  python3 seeds/build-kosovo.py   (then: python3 seeds/check-kosovo.py)

Only the standard library is used. The output is deterministic (same input -> same bytes).
Everything the documents do not say is marked: `"source": "illustrative"` + tag "illustrative" for
invented generic records, "[illustrative-location]" / tag "illustrative-location" where the documents
give a count of places but not which places, and a sentence in `description` wherever a date or a
link is derived rather than stated.
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
]

# -------------------------------------------------------------------------------------------- actors
actors = []


def actor(id, name, sector, kind, source, acronym=None, description=None, home='kosovo', tags=()):
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
    actors.append(a)
    return id


# INTERNATIONAL
UNICEF = actor('unicef-kosovo', 'UNICEF Kosovo', 'INTERNATIONAL', 'UN_AGENCY', D000, acronym='UNICEF',
               description="UNICEF's office in Kosovo: communication, advocacy and partnerships with the public sector, "
                           'private sector (triple helix), civil society and other UN agencies; runs the Kosovo Programme 2016-2020.',
               tags=['un', 'triple-helix'])
ZONAL = actor('unicef-zonal-office', 'UNICEF Zonal Office', 'INTERNATIONAL', 'UN_AGENCY', D001,
              description="Listed only as a heading on UNICEF Kosovo's 'What we do' page (next to the programme areas); "
                          'its location and mandate are not described in the sources.',
              tags=['un'])
SCIK = actor('save-the-children-kosovo', 'Save the Children in Kosovo', 'INTERNATIONAL', 'INGO', D002, acronym='SCiK',
             description="Save the Children Kosova/o, the 'Kosovo National Office' ('Kosovo NO') of Save the Children. Leads the "
                         'Sida-funded CSO Strengthening Programme and is developing a Localization Strategy and a Partnerships Strategy.',
             tags=['kosovo-national-office', 'kosovo-no', 'save-the-children-kosova-o'])
SIDA = actor('sida', 'Sida', 'INTERNATIONAL', 'DONOR', D002, acronym='Sida',
             description='Swedish International Development Cooperation Agency; named in the source only as the funder of the '
                         "'Sida-funded CSO Strengthening Programme'.",
             home=None, tags=['bilateral-donor'])

# CIVIL SOCIETY (the CSO partners of Save the Children, seeds 002 and 003)
SIV = actor('syri-i-vizionit', 'Syri i Vizionit', 'CIVIL_SOCIETY', 'NGO', D002, acronym='SiV',
            description='Partner CSO of SCiK for 13 years (as of August 2023); supported OGG and MLGA to establish the first Municipal '
                        'Team on the Rights of the Child (Peja) and advocates with CLMAs at local level. Project manager: Naser Lajqi.',
            tags=['local-cso', 'partner-cso'])
CSO_NOTE = ('Named (only by this name) among the key CSOs of the Localization and Partnerships Strategies co-design workshop '
            'organised by SCiK (November 2023); the sources say nothing else about it.')
KDF = actor('kdf', 'KDF', 'CIVIL_SOCIETY', 'NGO', D003, acronym='KDF',
            description=CSO_NOTE + ' The source gives only the acronym; no expansion is given here.',
            tags=['local-cso', 'partner-cso', 'acronym-only'])
HANDIKOS = actor('handikos', 'Handikos', 'CIVIL_SOCIETY', 'NGO', D003, description=CSO_NOTE, tags=['local-cso', 'partner-cso'])
NEVO = actor('nevo-koncepti', 'Nevo Koncepti', 'CIVIL_SOCIETY', 'NGO', D003,
             description=CSO_NOTE + " The source writes 'Nevo Koncepti Putevima Sunca' without a comma; modelled as two "
                                    'organisations (Nevo Koncepti; Putevima Sunca).',
             tags=['local-cso', 'partner-cso'])
PUTEVIMA = actor('putevima-sunca', 'Putevima Sunca', 'CIVIL_SOCIETY', 'NGO', D003,
                 description=CSO_NOTE + " The source writes 'Nevo Koncepti Putevima Sunca' without a comma; modelled as two "
                                        'organisations (Nevo Koncepti; Putevima Sunca).',
                 tags=['local-cso', 'partner-cso'])
DOMOVIK = actor('domovik', 'Domovik', 'CIVIL_SOCIETY', 'NGO', D003, description=CSO_NOTE, tags=['local-cso', 'partner-cso'])
ECOZ = actor('eco-z', 'Eco Z', 'CIVIL_SOCIETY', 'NGO', D003, description=CSO_NOTE, tags=['local-cso', 'partner-cso'])
KGSC = actor('kgsc', 'KGSC', 'CIVIL_SOCIETY', 'NGO', D003, acronym='KGSC',
             description=CSO_NOTE + ' The source gives only the acronym; no expansion is given here.',
             tags=['local-cso', 'partner-cso', 'acronym-only'])
LOCAL_CSOS = [SIV, KDF, HANDIKOS, NEVO, PUTEVIMA, DOMOVIK, ECOZ, KGSC]

# PRIVATE SECTOR
RBKO = actor('raiffeisen-bank-kosovo', 'Raiffeisen Bank Kosovo', 'PRIVATE_SECTOR', 'BANK', D000, acronym='RBKO',
             description="UNICEF's private-sector ally: supports the Ministry of Health's Home Visiting programme and uses its assets to "
                         "help local family health centres increase coverage. Spelled 'Reiffeisen Bank Kosovo' in the source.",
             tags=['alt-spelling-reiffeisen-bank-kosovo', 'triple-helix'])
CSRN = actor('kosovo-csr-network', 'Kosovo CSR Network', 'PRIVATE_SECTOR', 'BUSINESS_NETWORK', D000, acronym='CSR Network',
             description='Kosovo Corporate Social Responsibility (CSR) Network; partner of UNICEF on the role of the private sector in '
                         'the SDGs and co-creator of the mentorship scheme for youth-led social impact projects.',
             tags=['triple-helix', 'csr'])

# GOVERNMENT (central)
MOH = actor('ministry-of-health', 'Ministry of Health', 'GOVERNMENT', 'MINISTRY', D000, acronym='MoH',
            description='Owner of the Home Visiting programme (integrated, quality services in the first 1,000 days of life).',
            tags=['central-institution'])
FHC = actor('family-health-centres', 'Family health centres', 'GOVERNMENT', 'PUBLIC_SERVICE', D000, acronym='FHC',
            description='The local family health centres that deliver the Home Visiting programme (modelled as one actor; the source '
                        'does not name individual centres).',
            tags=['primary-health-care', 'local-service'])
OGG = actor('office-for-good-governance', 'Office for Good Governance', 'GOVERNMENT', 'AGENCY', D002, acronym='OGG',
            description='Office for Good Governance in Kosovo; engaged in child rights dialogue and, with MLGA, established the first '
                        'Municipal Team on the Rights of the Child.',
            tags=['central-institution'])
PRES = actor('office-of-the-president', 'Office of the President of the Republic of Kosovo', 'GOVERNMENT', 'PRESIDENCY', D002,
             description='Engaged in child rights dialogue through partner CSOs of the Sida-funded CSO Strengthening Programme.',
             tags=['central-institution'])
PCHR = actor('parliamentary-commission-on-human-rights', 'Parliamentary Commission on Human Rights', 'GOVERNMENT',
             'PARLIAMENTARY_BODY', D002,
             description='Engaged in child rights dialogue through partner CSOs of the Sida-funded CSO Strengthening Programme.',
             tags=['central-institution'])
OMB = actor('ombudsperson', 'Ombudsperson', 'GOVERNMENT', 'OMBUDSPERSON', D002,
            description='Engaged in child rights dialogue through partner CSOs of the Sida-funded CSO Strengthening Programme.',
            tags=['central-institution', 'independent-institution'])
MESTI = actor('mesti', 'Ministry of Education, Science, Technology, and Innovation', 'GOVERNMENT', 'MINISTRY', D002,
              acronym='MESTI', description='Engaged in child rights dialogue and inclusive child rights monitoring.',
              tags=['central-institution'])
MESPI = actor('mespi', 'Ministry of Environment, Spatial Planning, and Infrastructure', 'GOVERNMENT', 'MINISTRY', D002,
              acronym='MESPI', description='Engaged in child rights dialogue and inclusive child rights monitoring.',
              tags=['central-institution'])
MLGA = actor('mlga', 'Ministry of Local Government Administration', 'GOVERNMENT', 'MINISTRY', D002, acronym='MLGA',
             description='Requires municipalities to establish Teams on the Rights of the Child; its responsible division consulted SiV '
                         'and SCiK in meetings and workshops with the Teams of 12 municipalities.',
             tags=['central-institution'])
KAS = actor('kosovo-agency-of-statistics', 'Kosovo Agency of Statistics', 'GOVERNMENT', 'AGENCY', D002, acronym='KAS',
            description='Engaged in child rights dialogue and inclusive child rights monitoring.', tags=['central-institution', 'statistics'])
IMC = actor('inter-ministerial-committee-on-the-rights-of-the-child', 'Inter-ministerial Committee on the Rights of the Child',
            'GOVERNMENT', 'OTHER', D002,
            description='Inter-ministerial Committee on the Rights of the Child in Kosovo; child-led groups held advocacy meetings with it '
                        'on the International Day of Children and UNCRC day. Kind OTHER: an inter-ministerial body, not a ministry or agency.',
            tags=['central-institution', 'coordination-body'])

# GOVERNMENT (the 38 municipalities)
MUNI_ACTOR = {}
for m in MUNIS:
    aid = 'municipality-' + m['id']
    alt = f" ({m['alt_name']})" if m['alt_name'] and m['alt_name'] != m['name'] else ''
    if m['id'] == 'peje':
        desc = (f"Municipality of {m['name']}{alt}, {m['district']} District. Established the first ever Team on the Rights of the "
                'Child in Kosovo, with a three-year work plan drafted by SiV.')
        src = D002
    else:
        desc = (f"Municipality of {m['name']}{alt}, {m['district']} District. Municipal authority / duty-bearer; the sources speak "
                'of municipalities in general and do not name this one.')
        src = CSV
    MUNI_ACTOR[m['id']] = actor(aid, f"Municipality of {m['name']}", 'GOVERNMENT', 'MUNICIPALITY', src, description=desc,
                                home=m['id'], tags=['municipality', 'district-' + slugify(m['district'])])

# CHILDREN AND YOUTH
ROR = actor('respect-our-rights', 'Respect Our Rights', 'CHILDREN_AND_YOUTH', 'CHILD_LED_GROUP', D002, acronym='RoR',
            description="Child-led group (CLG) working closely with Save the Children; its members (e.g. Olt, a 17-year-old climate "
                        'activist) marched in Prishtina for climate action. Assumed to be one of the three national CLGs of the '
                        'Sida-funded programme (the source calls it a CLG without saying national or local).',
            tags=['clg', 'national', 'climate-action'])
CLG2 = actor('national-child-led-group-2', 'National child-led group (unnamed in source) 2', 'CHILDREN_AND_YOUTH',
             'CHILD_LED_GROUP', D002,
             description='One of the three national child-led groups (CLGs) supported by SCiK; the source does not name it.',
             tags=['clg', 'national', 'unnamed-in-source'])
CLG3 = actor('national-child-led-group-3', 'National child-led group (unnamed in source) 3', 'CHILDREN_AND_YOUTH',
             'CHILD_LED_GROUP', D002,
             description='One of the three national child-led groups (CLGs) supported by SCiK; the source does not name it.',
             tags=['clg', 'national', 'unnamed-in-source'])
CLGS = [ROR, CLG2, CLG3]

# Seven CLMAs: the source says seven, in seven municipalities, but not which. One per district is chosen, with
# Peja included because SiV (which advocates with CLMAs at the local level) set up the first Team there.
CLMA_MUNIS = ['peje', 'prishtine', 'prizren', 'gjakove', 'ferizaj', 'gjilan', 'mitrovice-e-jugut']
CLMA = {}
for mid in CLMA_MUNIS:
    m = MUNI[mid]
    CLMA[mid] = actor('clma-' + mid, f"Children's Local Municipal Assembly of {m['name']}", 'CHILDREN_AND_YOUTH',
                      'CHILDRENS_ASSEMBLY', D002, acronym='CLMA',
                      description=('One of the seven children\'s local municipal assemblies (CLMAs) supported by SCiK and partner CSOs. '
                                   '[illustrative-location] The source does not say in which seven municipalities the CLMAs are; '
                                   f"{m['name']} is an illustrative choice (one per district)."),
                      home=mid, tags=['clma', 'illustrative-location'])
CLMAS = [CLMA[m] for m in CLMA_MUNIS]

VENT1 = actor('illustrative-youth-social-venture-1', 'Illustrative youth social venture 1', 'CHILDREN_AND_YOUTH', 'YOUTH_GROUP',
              ILL, description='Illustrative placeholder for a young person\'s social venture mentored under the UNICEF / Kosovo CSR '
                               'Network mentorship scheme; the source names no venture.',
              tags=['illustrative', 'social-venture'])
VENT2 = actor('illustrative-youth-social-venture-2', 'Illustrative youth social venture 2', 'CHILDREN_AND_YOUTH', 'YOUTH_GROUP',
              ILL, description='Illustrative placeholder for a young person\'s social venture mentored under the UNICEF / Kosovo CSR '
                               'Network mentorship scheme; the source names no venture.',
              tags=['illustrative', 'social-venture'])

# ACADEMIA (the sources speak of academia in the triple helix but name no institution)
UNIV = actor('illustrative-public-university', 'Illustrative public university', 'ACADEMIA', 'UNIVERSITY', ILL,
             description='Illustrative placeholder: the sources mention academia as part of the triple helix (institutions, academia, '
                         'private sector) but name no university.',
             tags=['illustrative', 'triple-helix'])
INST = actor('illustrative-research-institute', 'Illustrative social-policy research institute', 'ACADEMIA',
             'RESEARCH_INSTITUTE', ILL,
             description='Illustrative placeholder: the sources mention academia and research institutes but name none.',
             tags=['illustrative'])

ACTOR_IDS = {a['id'] for a in actors}

# -------------------------------------------------------------------------------------- partnerships
partnerships = []


def partnership(title, kind, source, participants, areas, themes, groups=(), start=None, end=None, description=None, id=None):
    p = {'id': id or slugify(title), 'title': title, 'kind': kind}
    if start:
        p['startDate'] = start
    if end:
        p['endDate'] = end
    if description:
        p['description'] = description
    p['participants'] = [{'actorId': a, 'role': r} for a, r in participants]
    p['areaIds'] = list(areas)
    p['themeIds'] = list(themes)
    p['targetGroups'] = [{'targetGroupId': g} for g in groups]
    p['source'] = source
    partnerships.append(p)
    return p['id']


# --- Save the Children / SiV / institutions (seed 002) ---
partnership(
    'Municipal Team on the Rights of the Child - Pejë', 'COORDINATION', D002,
    [(MUNI_ACTOR['peje'], 'LEAD'), (SIV, 'TECHNICAL_PARTNER'), (SCIK, 'TECHNICAL_PARTNER'), (OGG, 'PARTICIPANT'),
     (MLGA, 'PARTICIPANT')],
    ['peje'], ['child-rights-governance-and-monitoring', 'youth-participation', 'child-protection'],
    description='The first ever Municipal Team on the Rights of the Child in Kosovo, established by OGG and MLGA with the support of '
                'SiV: SiV organised the constituent meeting and drafted a three-year work plan that serves as a model for other '
                'municipalities; SiV and SCiK continue to support the Team members. Local mechanism for implementing the Law (on '
                "Child Protection) and for children's participation. No date is given for its establishment (before 14 August 2023).")

# The other 11 of the 12 municipalities with Teams (seed 002 says 12 but names only Peja).
TEAM_MUNIS = ['prishtine', 'prizren', 'gjakove', 'ferizaj', 'gjilan', 'mitrovice-e-jugut', 'istog', 'vushtrri', 'podujeve',
              'gracanice', 'suhareke']
for mid in TEAM_MUNIS:
    m = MUNI[mid]
    partnership(
        f"Municipal Team on the Rights of the Child - {m['name']}", 'COORDINATION', D002,
        [(MUNI_ACTOR[mid], 'LEAD'), (MLGA, 'PARTICIPANT')],
        [mid], ['child-rights-governance-and-monitoring', 'youth-participation', 'child-protection'],
        description=('Team on the Rights of the Child, the municipal mechanism MLGA requires municipalities to establish to ensure '
                     "children's participation at the local level, modelled on the Peja work plan. [illustrative-location] The source "
                     'says Teams from 12 municipalities met with MLGA but names only Peja; '
                     f"{m['name']} is an illustrative choice. MLGA is linked as the ministry requiring the Teams. No dates given."))

ALL_TEAM_MUNIS = ['peje'] + TEAM_MUNIS
partnership(
    'MLGA guidance to the Teams on the Rights of the Child of 12 municipalities', 'CAPACITY_STRENGTHENING', D002,
    [(MLGA, 'LEAD'), (SIV, 'TECHNICAL_PARTNER'), (SCIK, 'TECHNICAL_PARTNER')]
    + [(MUNI_ACTOR[m], 'PARTICIPANT') for m in ALL_TEAM_MUNIS],
    ALL_TEAM_MUNIS, ['child-rights-governance-and-monitoring', 'youth-participation'],
    description='The responsible division of MLGA continuously consulted SiV and SCiK in meetings and workshops with representatives '
                'of the Teams from 12 municipalities; together they gave guidance on the role of the Teams and raised their '
                'capacities. [illustrative-location] Only Peja is named; the other 11 municipalities are the illustrative ones used '
                'for the Team partnerships. No dates given.')

partnership(
    'Coordination on the implementation of the Law on Child Protection', 'COORDINATION', D002,
    [(SIV, 'LEAD'), (SCIK, 'LEAD'), (OGG, 'PARTICIPANT'), (MLGA, 'PARTICIPANT')]
    + [(MUNI_ACTOR[m], 'PARTICIPANT') for m in ALL_TEAM_MUNIS],
    ['kosovo'], ['child-protection', 'child-rights-governance-and-monitoring'],
    description='SiV and SCiK play an active role in coordinating national institutions and organisations that implement the Law on '
                'Child Protection, increasing responsibility and cooperation with OGG, MLGA and municipalities. The source does not '
                'name the municipalities: the 12 municipalities with Teams on the Rights of the Child (the local mechanism for the '
                'Law) are linked [illustrative-location]. No dates given.')

partnership(
    'SiV and SCiK long-term civil society strengthening programme', 'CAPACITY_STRENGTHENING', D002,
    [(SCIK, 'LEAD'), (SIV, 'IMPLEMENTER')],
    ['kosovo', 'peje'], ['child-rights-governance-and-monitoring', 'child-protection', 'inclusive-education'],
    start='2010-08-14',
    description='Long-term programme to strengthen civil society: organisational capacity, child rights governance and social '
                'accountability, child protection and inclusive education mechanisms at local and national level; through it SiV '
                'helped establish the Teams on the Rights of the Child. startDate derived: the article dated 14 August 2023 says '
                "'for the past 13 years', i.e. about 14 August 2010 (approximate). Ongoing (no end date). Peja is included as the "
                'named local level of the work.')

partnership(
    'Sida-funded CSO Strengthening Programme', 'CAPACITY_STRENGTHENING', D002,
    [(SIDA, 'FUNDER'), (SCIK, 'LEAD')] + [(c, 'IMPLEMENTER') for c in LOCAL_CSOS]
    + [(c, 'PARTICIPANT') for c in CLGS] + [(c, 'PARTICIPANT') for c in CLMAS],
    ['kosovo'] + CLMA_MUNIS, ['child-rights-governance-and-monitoring', 'youth-participation'],
    description='Kosovo National Office (SCiK) provides demand-driven capacity strengthening to seven local CSO partners, three '
                "national child-led groups (CLGs) and seven children's local municipal assemblies (CLMAs). The source counts seven "
                'CSO partners but names only SiV; the eight CSOs of the November 2023 co-design workshop (seed 003) are linked as '
                "SCiK's CSO partners (the count differs by one, possibly because 'Nevo Koncepti Putevima Sunca' is written without "
                'a comma). CLMA municipalities are illustrative [illustrative-location]. Ongoing as of 14 August 2023; no dates given.')

partnership(
    'Child rights dialogue and inclusive monitoring with institutional stakeholders', 'ADVOCACY', D002,
    [(SCIK, 'LEAD'), (SIV, 'IMPLEMENTER'), (OGG, 'PARTICIPANT'), (PRES, 'PARTICIPANT'), (PCHR, 'PARTICIPANT'),
     (OMB, 'PARTICIPANT'), (MESTI, 'PARTICIPANT'), (MESPI, 'PARTICIPANT'), (MLGA, 'PARTICIPANT'), (KAS, 'PARTICIPANT')],
    ['kosovo'], ['child-rights-governance-and-monitoring'],
    description="The strong linkages of SCiK's partner CSOs with institutional stakeholders supported the engagement of OGG, the "
                'Office of the President, the Parliamentary Commission on Human Rights, the Ombudsperson, MESTI, MESPI, MLGA, KAS '
                'and municipal duty-bearers in child rights dialogue, and promoted tools and mechanisms for inclusive monitoring of '
                'child rights. Partner CSOs are not named here: SiV, the partner CSO the article names, is linked. Municipal '
                'duty-bearers are not named and not linked. No dates given.')

partnership(
    "'Young Voices' survey 2021", 'RESEARCH_AND_DATA', D002,
    [(SCIK, 'LEAD')] + [(c, 'PARTICIPANT') for c in CLGS],
    ['kosovo'], ['youth-participation', 'child-rights-governance-and-monitoring'],
    start='2021-01-01', end='2021-12-31',
    description="The 'Young Voices' survey conducted in 2021; its findings were the basis on which Kosovo NO supported the CLGs "
                'to generate evidence-based advocacy and campaigns. Dates derived: conducted in 2021 (month not stated, so the '
                'whole calendar year). The source does not say who ran the survey; SCiK is assumed lead and the CLGs, its users, '
                'participants.')

partnership(
    'Child-led group advocacy with the Inter-ministerial Committee on the Rights of the Child', 'ADVOCACY', D002,
    [(ROR, 'LEAD'), (CLG2, 'LEAD'), (CLG3, 'LEAD'), (SCIK, 'TECHNICAL_PARTNER'), (IMC, 'PARTICIPANT')],
    ['kosovo'], ['youth-participation', 'child-rights-governance-and-monitoring'],
    description='Kosovo NO supported the CLGs to generate evidence-based advocacy and campaigns and to participate, as child rights '
                'holders, in advocacy meetings with the Inter-ministerial Committee on the Rights of the Child on the International '
                'Day of Children and UNCRC day. Years not stated; no dates given.')

partnership(
    "Children's local municipal assembly discussions in seven municipalities", 'ADVOCACY', D002,
    [(SCIK, 'LEAD'), (SIV, 'IMPLEMENTER')] + [(c, 'PARTICIPANT') for c in CLMAS]
    + [(MUNI_ACTOR[m], 'PARTICIPANT') for m in CLMA_MUNIS],
    CLMA_MUNIS, ['gender-equality', 'climate-and-environment', 'youth-participation', 'child-rights-governance-and-monitoring'],
    description='Kosovo NO and partner CSOs supported CLMAs to engage in safe discussions with local duty-bearers on child rights '
                'issues that affect them directly (gender spectrum, inequality, climate change and the environment), obtaining '
                'buy-in and specific commitments; Kosovo NO supported wide coverage in public media. [illustrative-location] The '
                "seven municipalities are not named (one per district chosen). Of the 'partner CSOs' only SiV (which advocates "
                'with CLMAs at local level) is linked. No dates given.')

partnership(
    'Respect Our Rights climate march in Prishtina', 'ADVOCACY', D002,
    [(ROR, 'LEAD'), (SCIK, 'TECHNICAL_PARTNER')],
    ['prishtine'], ['climate-and-environment', 'youth-participation'], groups=['adolescents'],
    end='2023-08-14',
    description="The Respect Our Rights group marched through the streets of Prishtina calling for climate action ('today we march "
                "so that tomorrow we can live'). SCiK is linked as supporter (photo credit Save the Children; the member quoted "
                "says he worked closely with Save the Children). Adolescents: the quoted member is 17. endDate derived: the march "
                'is reported in the article dated 14 August 2023 (its own date is not stated).')

# --- seed 003 ---
partnership(
    'Localization and Partnerships Strategies co-design workshop', 'COORDINATION', D003,
    [(SCIK, 'LEAD')] + [(c, 'PARTICIPANT') for c in LOCAL_CSOS],
    ['kosovo'], ['child-rights-governance-and-monitoring'],
    end='2023-11-24',
    description='Two-day workshop organised by SCiK with key CSOs (SiV, KDF, Handikos, Nevo Koncepti, Putevima Sunca, Domovik, Eco Z, '
                'KGSC) to co-design the objectives of its Localization Strategy and Partnerships Strategy (Local to Global for '
                'Impact): concepts, review of current partnerships, challenges, strengths, mapping local capacities, visioning '
                "future partnerships. endDate derived: the article dated 24 November 2023 says the workshop took place 'recently' "
                '(the two exact days are not stated, so no startDate).')

# --- UNICEF (seeds 000, 001) ---
partnership(
    'Home Visiting programme', 'SERVICE_DELIVERY', D000,
    [(MOH, 'LEAD'), (FHC, 'IMPLEMENTER'), (UNICEF, 'TECHNICAL_PARTNER'), (RBKO, 'FUNDER')],
    ['kosovo'], ['early-childhood-health-and-nutrition'], groups=['children-under-3'],
    description="The Ministry of Health's Home Visiting programme: integrated and quality services during the first 1,000 days of "
                'life. UNICEF and RBKO ramped up support for it; RBKO uses its assets to help local family health centres increase '
                'coverage, specifically the number of marginalised children given the recommended visits in their first year of '
                "life. ('Marginalised' is not further specified, so no narrower target group is linked.) No dates given.")

partnership(
    'UNICEF and Raiffeisen Bank Kosovo alliance', 'FUNDING', D000,
    [(UNICEF, 'LEAD'), (RBKO, 'FUNDER')],
    ['kosovo'], ['early-childhood-health-and-nutrition'], groups=['children-under-3'],
    description="UNICEF's 'recent alliance' with RBKO (spelled 'Reiffeisen' in the source), a private-sector partnership meeting gaps "
                "in UNICEF's equity-focused approach to child survival and development. The source is undated; no dates given.")

partnership(
    'UNICEF and Kosovo CSR Network partnership', 'ADVOCACY', D000,
    [(UNICEF, 'LEAD'), (CSRN, 'PARTICIPANT')],
    ['kosovo'], ['communication-for-social-change'],
    description='Partnership contributing to equitable, inclusive and sustainable development of Kosovo: it stirred significant '
                'debate on the role of the private sector in implementing the SDGs and brings private sector organisations closer '
                'to the challenges of children and young people, co-creating solutions with UNICEF. Themed as communication for '
                'social change (public debate); the source names no programme theme. No dates given.')

partnership(
    'Mentorship scheme for youth-led social impact projects', 'MENTORSHIP', D000,
    [(UNICEF, 'LEAD'), (CSRN, 'LEAD'), (VENT1, 'PARTICIPANT'), (VENT2, 'PARTICIPANT')],
    ['kosovo'], ['youth-participation'], groups=['adolescents'],
    description='Created by UNICEF with the Kosovo CSR Network: systematically leverages professional mentorship for any young person '
                'who wants to create a social venture for the benefit of their community, so that young people, particularly the '
                'most marginalised, participate as active citizens. The two ventures linked are illustrative placeholders (the '
                'source names none). No dates given.')

partnership(
    'UNICEF Kosovo Programme 2016-2020', 'TECHNICAL_ASSISTANCE', D001,
    [(UNICEF, 'LEAD'), (ZONAL, 'PARTICIPANT'), (MOH, 'PARTICIPANT'), (MESTI, 'PARTICIPANT'), (MLGA, 'PARTICIPANT')],
    ['kosovo'],
    ['inclusive-education', 'child-protection', 'youth-participation', 'child-rights-governance-and-monitoring',
     'communication-for-social-change', 'early-childhood-health-and-nutrition', 'social-protection', 'gender-equality'],
    groups=['rae-children', 'children-with-disabilities', 'girls', 'rural-children', 'adolescents'],
    start='2016-01-01', end='2020-12-31',
    description='Policy advice, technical assistance, knowledge exchange and capacity development of Kosovo institutions at central and '
                'local level (education, health, nutrition, social protection, gender equality reforms; municipal governance; '
                'evidence generation; Technology for Development), closing equity gaps for Roma, Ashkali and Egyptian communities, '
                'gender, urban-rural disparities and children with disabilities. Dates derived from the title: 1 January 2016 - 31 '
                'December 2020. The source names sectors, not institutions: MoH and MESTI (health and education reforms) and MLGA '
                "(municipal governance) are linked as the responsible ministries named elsewhere in the sources; the 'UNICEF Zonal "
                "Office' appears as a heading on the same page. Municipalities are not named and not linked.")

partnership(
    'UNICEF communication for social change', 'COMMUNICATION', D000,
    [(UNICEF, 'LEAD')],
    ['kosovo'], ['communication-for-social-change', 'gender-equality'], groups=['all-children'],
    description='UNICEF uses traditional and new media to amplify the voices of children, adolescents and communities and to '
                'influence decision-makers, promote child-friendly policies and redefine social norms (incl. harmful gender '
                'norms) through social mobilisation, media and community engagement. No media or community partners are named, '
                'so UNICEF is the only participant. No dates given (an ongoing practice in undated sources).')

# --- illustrative academia partnerships (the triple helix of seed 000; evidence generation of seed 001) ---
partnership(
    'Illustrative child-rights evidence generation partnership', 'RESEARCH_AND_DATA', ILL,
    [(UNICEF, 'LEAD'), (KAS, 'TECHNICAL_PARTNER'), (UNIV, 'IMPLEMENTER'), (INST, 'IMPLEMENTER')],
    ['kosovo'], ['child-rights-governance-and-monitoring', 'gender-equality'],
    description='ILLUSTRATIVE, not documented: an example of the evidence generation and sex-disaggregated data collection the '
                'Kosovo Programme calls for, involving academia (which the sources mention but do not name). Participants other '
                'than the illustrative ones are plausible, not attested. No dates.')

partnership(
    'Illustrative triple-helix youth skills partnership', 'CAPACITY_STRENGTHENING', ILL,
    [(UNICEF, 'LEAD'), (UNIV, 'IMPLEMENTER'), (CSRN, 'PARTICIPANT'), (MESTI, 'PARTICIPANT')],
    ['kosovo'], ['youth-participation'], groups=['adolescents'],
    description="ILLUSTRATIVE, not documented: an example of the triple helix (institutions, academia, private sector) of UNICEF's "
                'partnership strategy, on the technical and soft skills (entrepreneurship, critical thinking, leadership) that '
                'adolescents need. Participants other than the illustrative university are plausible, not attested. No dates.')

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
