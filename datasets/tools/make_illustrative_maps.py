#!/usr/bin/env python3
"""Writes the illustrative national maps in datasets/illustrative/.

The maps are invented for trying the gap analysis: generic role names only
("Ministry of Labour", "Regional anti-trafficking CSO 3"), never real named
organisations and never invented ties between real ones. Each map is built
from clusters of organisations with ties drawn inside them, plus a few
explicit ties between clusters, so that the gaps it is meant to contain hold
exactly:
  - a theme that no government body works on,
  - a regional cluster of CSOs with no tie to any union,
  - a broker: the only organisation linking that cluster to the rest,
  - an isolated group with no tie to anyone outside it.
The designed gaps are recorded in each map's metadata ("designed_gaps").
Deterministic: run it again and the files are identical.
Run: /usr/bin/python3 datasets/tools/make_illustrative_maps.py
"""
import json
import os
import random

THEMES = ["child_labour", "forced_labour", "human_trafficking", "modern_slavery"]
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "illustrative")


class MapBuilder:
    def __init__(self, country, name, seed):
        self.country, self.name = country, name
        self.random = random.Random(seed)
        self.nodes, self.edges, self.pairs = [], [], set()
        self.clusters = {}

    def add(self, cluster, label, kind, region, themes):
        node_id = f"{self.country.lower()}-{len(self.nodes) + 1:03d}"
        self.nodes.append({"id": node_id, "label": label, "type": kind, "country": self.country,
                           "region": region, "themes": sorted(themes, key=THEMES.index)})
        self.clusters.setdefault(cluster, []).append(node_id)
        return node_id

    def node(self, node_id):
        return self.nodes[int(node_id.split("-")[1]) - 1]

    def tie(self, a, b, kind, note):
        key = tuple(sorted((a, b)))
        if a == b or key in self.pairs:
            return
        self.pairs.add(key)
        self.edges.append({"source": a, "target": b, "type": kind,
                           "weight": self.random.choice([1, 1, 1, 2, 2, 3]),
                           "attributes": {"source_doc": "illustrative: " + note}})

    def connect_within(self, cluster, probability, kinds):
        members = self.clusters[cluster]
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if self.random.random() < probability:
                    self.tie(a, b, self.random.choice(kinds), f"tie within {cluster}")
        # Keep each cluster in one piece: chain any member left without a tie.
        tied = {e["source"] for e in self.edges} | {e["target"] for e in self.edges}
        for a, b in zip(members, members[1:]):
            if b not in tied:
                self.tie(a, b, kinds[0], f"tie within {cluster}")
                tied.add(b)

    def connect_between(self, a_cluster, b_cluster, count, kinds, exclude_types=()):
        pool_a = [n for n in self.clusters[a_cluster] if self.node(n)["type"] not in exclude_types]
        pool_b = [n for n in self.clusters[b_cluster] if self.node(n)["type"] not in exclude_types]
        for _ in range(count):
            self.tie(self.random.choice(pool_a), self.random.choice(pool_b), self.random.choice(kinds),
                     f"tie between {a_cluster} and {b_cluster}")

    def write(self, title, gaps):
        unions = {n["id"] for n in self.nodes if n["type"] == "union"}
        document = {"format": "stakemap-map", "version": 1, "directed": False,
                    "metadata": {"title": title, "country": self.country, "provenance": "illustrative",
                                 "description": "An invented national stakeholder map with generic role names, "
                                                "built to contain known gaps for trying the gap analysis. "
                                                "Not a description of any real network.",
                                 "designed_gaps": " | ".join(gaps),
                                 "generator": "datasets/tools/make_illustrative_maps.py",
                                 "licence": "CC0 1.0"},
                    "nodes": self.nodes, "edges": self.edges}
        os.makedirs(OUT, exist_ok=True)
        path = os.path.join(OUT, f"{self.name}.json")
        with open(path, "w", encoding="utf-8") as out:
            json.dump(document, out, indent=1, ensure_ascii=False)
            out.write("\n")
        assert 60 <= len(self.nodes) <= 250, (self.name, len(self.nodes))
        return path, len(self.nodes), len(self.edges), len(unions)


def national_map(country, name, title, seed, capital, regions, gap_theme, cso_region, isolated_label, sectors):
    """One national map. `cso_region` hosts the CSO cluster with no union tie,
    linked to the capital only through one broker; `isolated_label` names the
    group with no outside ties; no government body works on `gap_theme`."""
    m = MapBuilder(country, name, seed)
    gov_themes = [t for t in THEMES if t != gap_theme]
    pick = lambda k: sorted(m.random.sample(THEMES, k), key=THEMES.index)

    # The national core in the capital: government, UN, unions, employers, donors, national CSOs.
    core = "national core"
    for label in ["Ministry of Labour", "Ministry of Interior – anti-trafficking unit",
                  "Ministry of Gender and Children", "National anti-trafficking committee",
                  "Labour inspectorate", "Police anti-trafficking unit", "Office of the public prosecutor"]:
        m.add(core, label, "government", capital, m.random.sample(gov_themes, 2))
    for label in ["ILO country office", "IOM mission", "UNICEF country office", "UNODC programme office"]:
        m.add(core, label, "un_agency", capital, pick(3))
    for label in ["Central trade union federation", "Domestic workers' union", "Agricultural workers' union",
                  "Construction workers' union"]:
        m.add(core, label, "union", capital, ["forced_labour"] + ([gap_theme] if gap_theme != "forced_labour" else ["child_labour"]))
    m.add(core, "Federation of employers", "employer", capital, pick(2))
    for label in ["Bilateral development agency", "International anti-slavery foundation", "Children's rights foundation"]:
        m.add(core, label, "donor", capital, pick(2))
    for k in range(1, 9):
        m.add(core, f"National anti-trafficking CSO {k}", "cso", capital, pick(2))
    m.add(core, "National child rights coalition", "cso", capital, ["child_labour"])
    m.add(core, "University centre for labour studies", "research", capital, pick(2))
    m.add(core, "Investigative journalists' network", "media", capital, pick(2))
    m.add(core, "National survivors' network", "survivor_network", capital, ["human_trafficking", "forced_labour"])
    m.connect_within(core, 0.22, ["coordination", "partnership", "funding", "information"])

    # Regional clusters: CSOs, shelters, faith groups and a local labour office.
    broker = None
    for region in regions:
        cluster = f"{region} cluster"
        for k in range(1, m.random.randint(9, 14)):
            m.add(cluster, f"{region} anti-trafficking CSO {k}", "cso", region, pick(m.random.randint(1, 2)))
        m.add(cluster, f"{region} shelter for survivors", "survivor_network", region, ["human_trafficking"])
        m.add(cluster, f"{region} faith-based network", "faith", region, pick(1))
        if region != cso_region:
            m.add(cluster, f"{region} labour office", "government", region, m.random.sample(gov_themes, 1))
            m.add(cluster, f"{region} branch of the trade union federation", "union", region, ["forced_labour"])
        else:
            broker = m.add(cluster, f"{region} CSO network secretariat", "cso", region, pick(3))
        m.connect_within(cluster, 0.3, ["partnership", "referral", "information"])
        if region != cso_region:
            m.connect_between(cluster, core, 4, ["coordination", "partnership", "funding"])

    # The broker is the only bridge between the union-less CSO cluster and the core.
    for target in m.random.sample([n for n in m.clusters[core] if m.node(n)["type"] in ("donor", "cso", "un_agency")], 3):
        m.tie(broker, target, "partnership", f"{cso_region} network secretariat represents the cluster nationally")

    # Sectors: employers with a union, tied to the core through the employers' federation.
    for sector, themes in sectors:
        cluster = f"{sector} sector"
        for k in range(1, 6):
            m.add(cluster, f"{sector} exporter {k}", "employer", capital, themes)
        m.add(cluster, f"{sector} producers' association", "employer", capital, themes)
        m.connect_within(cluster, 0.5, ["membership", "partnership"])
        m.connect_between(cluster, core, 2, ["membership", "coordination"], exclude_types=("donor",))

    # The isolated group: ties among themselves only.
    for k in range(1, 7):
        m.add(isolated_label, f"{isolated_label} group {k}", m.random.choice(["cso", "faith", "survivor_network"]),
              regions[-1], pick(1))
    m.connect_within(isolated_label, 0.6, ["partnership", "referral"])

    gaps = [f"no government body works on {gap_theme}",
            f"the {cso_region} CSO cluster has no tie to any union",
            f"the {cso_region} CSO network secretariat is the only link between that cluster and the rest",
            f"the {isolated_label} groups have no tie outside their group"]
    return m.write(title, gaps)


MAPS = [
    ("KE", "kenya", "Kenya – illustrative national map", 254, "Nairobi", ["Mombasa", "Kisumu", "Nakuru", "Garissa"],
     "forced_labour", "Mombasa", "Northern pastoralist", [("Tea", ["child_labour", "forced_labour"])]),
    ("PH", "philippines", "Philippines – illustrative national map", 63, "Manila", ["Cebu", "Davao", "Iloilo", "Zamboanga"],
     "modern_slavery", "Zamboanga", "Island fishing community", [("Fishing", ["forced_labour"]), ("Garment", ["forced_labour"])]),
    ("NP", "nepal", "Nepal – illustrative national map", 977, "Kathmandu", ["Pokhara", "Biratnagar", "Nepalgunj"],
     "modern_slavery", "Nepalgunj", "Far-western bonded labour", [("Brick kiln", ["child_labour", "forced_labour"])]),
    ("JO", "jordan", "Jordan – illustrative national map", 962, "Amman", ["Irbid", "Zarqa", "Mafraq", "Aqaba"],
     "child_labour", "Mafraq", "Refugee camp", [("Garment", ["forced_labour"]), ("Agriculture", ["child_labour"])]),
    ("GH", "ghana", "Ghana – illustrative national map", 233, "Accra", ["Kumasi", "Tamale", "Cape Coast", "Volta"],
     "human_trafficking", "Kumasi", "Lake Volta fishing", [("Cocoa", ["child_labour"])]),
]

if __name__ == "__main__":
    for spec in MAPS:
        path, n, m, unions = national_map(*spec)
        print(f"{os.path.relpath(path)}: {n} organisations, {m} relationships")
