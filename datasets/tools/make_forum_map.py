#!/usr/bin/env python3
"""Writes datasets/alliance87-ngo-forum-2017.json: the organisations named in the
report of the NGO Forum - Alliance 8.7 (London, 12-13 September 2017) and only
the relationships the report states, each with the report section it rests on
(source_doc). Types, countries and themes follow each organisation's public
mandate. Run: /usr/bin/python3 datasets/tools/make_forum_map.py
"""
import itertools
import json
import os
SRC = "NGO Forum - Alliance 8.7, London, 12-13 September 2017: report"
orgs = [
 # id, label, type, country, region, themes, attributes
 ("ilo","International Labour Organization (ILO)","un_agency","CH","Global",["child_labour","forced_labour","human_trafficking","modern_slavery"],{"representatives":"Beate Andrees; Thomas Wissing; Michaëlle deCock-Luzzati; Fergus Hansen","role_in_report":"Alliance 8.7 secretariat; Global Estimates"}),
 ("alliance87","Alliance 8.7 (global partnership)","other","","Global",["child_labour","forced_labour","human_trafficking","modern_slavery"],{"role_in_report":"global partnership for SDG target 8.7"}),
 ("freedom_fund","Freedom Fund","donor","GB","Europe",["modern_slavery"],{"representatives":"Nick Grono","role_in_report":"convened the Forum"}),
 ("walk_free","Walk Free Foundation","cso","AU","Asia-Pacific",["modern_slavery"],{"representatives":"Fiona David"}),
 ("polaris","Polaris","cso","US","Americas",["human_trafficking"],{"representatives":"Brad Myles"}),
 ("iom","International Organization for Migration (IOM)","un_agency","CH","Global",["human_trafficking"],{}),
 ("unu","United Nations University (UNU)","un_agency","JP","Global",["child_labour","forced_labour","human_trafficking","modern_slavery"],{"role_in_report":"runs the Alliance 8.7 Knowledge Platform"}),
 ("haart_kenya","HAART Kenya","cso","KE","Africa",["human_trafficking"],{"representatives":"Sophie Otiende"}),
 ("hrw","Human Rights Watch","cso","US","Americas",["child_labour"],{"representatives":"Jo Becker"}),
 ("reporter_brasil","Repórter Brasil","media","BR","Americas",["forced_labour"],{"representatives":"André Campos"}),
 ("anti_slavery_intl","Anti-Slavery International","cso","GB","Europe",["modern_slavery","forced_labour"],{"representatives":"Aidan McQuade"}),
 ("solidarity_center","Solidarity Center","union","US","Americas",["forced_labour","human_trafficking"],{"representatives":"Tim Ryan"}),
 ("afl_cio","AFL-CIO","union","US","Americas",["forced_labour"],{}),
 ("tuc","Trades Union Congress (TUC)","union","GB","Europe",["forced_labour"],{"representatives":"Gemma Freedman"}),
 ("ituc","International Trade Union Confederation (ITUC)","union","BE","Global",["forced_labour"],{"representatives":"Jeroen Beirnaert"}),
 ("visayan_forum","Visayan Forum","cso","PH","Asia-Pacific",["human_trafficking","child_labour"],{"representatives":"Cecilia Flores-Oebanda"}),
 ("ph_domestic_workers_union","Trade union working with Visayan Forum (not named in the report)","union","PH","Asia-Pacific",[],{"note":"the report says 'a trade union' without naming it"}),
 ("praxis","Praxis Institute for Participatory Practices","cso","IN","Asia-Pacific",["forced_labour"],{"representatives":"Pradeep Narayanan"}),
 ("dni_costa_rica","DNI Costa Rica (Defensa de Niñas y Niños Internacional)","cso","CR","Americas",["child_labour"],{"representatives":"Virginia Murillo Herrera"}),
 ("freedom_united","Freedom United","cso","US","Americas",["modern_slavery"],{"representatives":"Joanna Ewart-James"}),
 ("tcdwc","Tanzania Child Domestic Work Coalition","cso","TZ","Africa",["child_labour"],{"representatives":"George Chimaga"}),
 ("tamkeen","Tamkeen Fields for Aid","cso","JO","Arab States",["forced_labour","human_trafficking"],{"representatives":"Linda Al Kalash"}),
 ("challenging_heights","Challenging Heights","cso","GH","Africa",["child_labour","human_trafficking"],{"representatives":"James Kofi Annan"}),
 ("vaan_muhil","Vaan Muhil","cso","IN","Asia-Pacific",["child_labour","forced_labour"],{"representatives":"Arockiasamy Britto"}),
 ("ace","ACE (Action against Child Exploitation)","cso","JP","Asia-Pacific",["child_labour"],{"representatives":"Yuka Iwatsuki"}),
 ("humanity_united","Humanity United","donor","US","Americas",["modern_slavery","human_trafficking"],{}),
 ("atest","ATEST (Alliance to End Slavery and Trafficking)","cso","US","Americas",["modern_slavery","human_trafficking"],{"representatives":"Melysa Sperber"}),
 ("us_dol","US Department of Labor","government","US","Americas",["child_labour","forced_labour"],{"role_in_report":"funded the Forum (cooperative agreement IL-30147)"}),
 ("unodc","UN Office on Drugs and Crime (UNODC)","un_agency","AT","Global",["human_trafficking"],{}),
 ("global_march","Global March Against Child Labour","cso","IN","Global",["child_labour"],{"role_in_report":"coalition model; union representatives on its board"}),
 ("global_march_board_unions","Trade unions on Global March's board (not named in the report)","union","","Global",[],{"note":"the report mentions union representatives on the board without naming them"}),
 ("gaatw","Global Alliance Against Traffic in Women (GAATW)","cso","TH","Global",["human_trafficking"],{"role_in_report":"coalition model"}),
 ("la_strada","La Strada International","cso","NL","Europe",["human_trafficking"],{"role_in_report":"coalition model"}),
 ("legatum_institute","Legatum Institute","research","GB","Europe",[],{"role_in_report":"hosted the welcome reception"}),
 ("uk_dfid","UK Department for International Development","government","GB","Europe",["modern_slavery"],{"role_in_report":"Secretary of State Priti Patel addressed the welcome reception"}),
 ("kenya_government","Government of Kenya","government","KE","Africa",[],{"role_in_report":"cited over the use of slavery estimates"}),
 ("asean","ASEAN","un_agency","ID","Asia-Pacific",[],{"note":"intergovernmental body named for regional groups"}),
 ("saarc","SAARC","un_agency","NP","Asia-Pacific",[],{"note":"intergovernmental body named for regional groups"}),
 ("african_union","African Union","un_agency","ET","Africa",[],{"note":"intergovernmental body named for regional groups"}),
 ("un_security_council","UN Security Council","un_agency","US","Global",["human_trafficking"],{"role_in_report":"first trafficking debate in late 2015"}),
]
edges = []
def clique(ids, type_, doc, **attrs):
    for a, b in itertools.combinations(ids, 2):
        edges.append(dict(source=a, target=b, type=type_, attributes=dict(source_doc=doc, **attrs)))
def tie(a, b, type_, doc, directed=False, **attrs):
    e = dict(source=a, target=b, type=type_, attributes=dict(source_doc=doc, **attrs))
    if directed: e["directed"] = True
    edges.append(e)
tie("us_dol","freedom_fund","funding","Introduction, footnote 1: funding by the US Department of Labor under cooperative agreement IL-30147", directed=True)
tie("freedom_fund","ilo","partnership","Introduction: thanks to the ILO for its support for the event convened by the Freedom Fund")
tie("ilo","reporter_brasil","shared_session","Day 1, Session 1: Q+A with Beate Andrees (ILO), questions by André Campos (Reporter Brasil)")
tie("ilo","alliance87","coordination","Conclusion: the Alliance 8.7 Secretariat (currently the ILO)")
tie("unu","alliance87","coordination","Day 1, Session 1, pillar 2: the Knowledge Platform being run by UNU")
clique(["haart_kenya","hrw","ilo","ace"],"shared_session","Day 1, Sessions 2 and 3: moderated by HAART Kenya and Human Rights Watch; rapporteurs from the ILO and ACE (agenda)")
clique(["walk_free","ilo","polaris","praxis"],"shared_session","Day 1, Session 4: Global Estimates panel (Walk Free, ILO, Polaris), moderated by Praxis Institute")
clique(["ilo","iom","walk_free"],"partnership","Day 1, Session 4: the Global Estimates work done by the ILO, IOM and the Walk Free Foundation")
clique(["solidarity_center","tuc","ituc","visayan_forum","anti_slavery_intl"],"shared_session","Day 2, Session 1: panel on engagement with workers' organisations, moderated by Anti-Slavery International")
tie("visayan_forum","ph_domestic_workers_union","partnership","Day 2, Session 1: Visayan Forum and a trade union collaborated to organise domestic workers in the Philippines")
tie("solidarity_center","afl_cio","information","Day 2, Session 1: Tim Ryan recommended the AFL-CIO report 'Responsibility Outsourced'")
tie("global_march_board_unions","global_march","membership","Day 2, Session 1: Global March includes union representatives on its Board", directed=True)
clique(["dni_costa_rica","freedom_united","tcdwc","tamkeen","challenging_heights"],"shared_session","Day 2, Sessions 2 and 3: introduced and moderated by DNI Costa Rica; rapporteurs of the break-out groups (agenda)")
clique(["atest","humanity_united","freedom_fund","vaan_muhil"],"shared_session","Day 2, Session 4: panel (ATEST, Humanity United, Freedom Fund), moderated by Vaan Muhil (agenda)")
tie("legatum_institute","uk_dfid","shared_session","Agenda, Monday 11 September: welcome reception at the Legatum Institute with an address by the Secretary of State for International Development")
nodes = []
for (i,l,t,c,r,th,a) in orgs:
    n = dict(id=i,label=l,type=t)
    if c: n["country"]=c
    n["region"]=r
    n["themes"]=th
    if a: n["attributes"]=a
    nodes.append(n)
doc = {"format":"stakemap-map","version":1,"directed":False,
 "metadata":{"title":"NGO Forum - Alliance 8.7 (London, 12-13 September 2017)",
   "description":"Organisations named in the report of the NGO Forum - Alliance 8.7, and the relationships the report states (shared sessions, funding, partnerships, coordination, board membership).",
   "source":SRC,"date":"2017-09-13","provenance":"documented","authors":"stakemap contributors, from the Forum report",
   "licence":"CC BY 4.0 (this map); the facts are from the public Forum report"},
 "nodes":nodes,"edges":edges}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'alliance87-ngo-forum-2017.json')
with open(out, 'w', encoding='utf-8') as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
print(len(nodes), len(edges))
