#!/usr/bin/env python3
"""Times `stakemap export MAP -o MAP.svg` (sfdp layout, styling, legend) on a
generated 2,000-organisation map, against Graphviz's own `sfdp -Tsvg` command
laying out the same graph from a plain DOT file, in the same run.
Run: /usr/bin/python3 bench/diagram_bench.py build/stakemap
"""
import subprocess
import sys
import tempfile
import time


def best_of(command, runs=3):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    stakemap = sys.argv[1]
    with tempfile.TemporaryDirectory() as folder:
        print("| organisations / ties | tool | best of 3 (s) |\n|---|---|---:|")
        for n in [500, 2000]:
            source = f"{folder}/g{n}.json"
            subprocess.run([stakemap, "generate", "--orgs", str(n), "--seed", "4", "-o", source], check=True, capture_output=True)
            plain = f"{folder}/g{n}.plain.dot"
            with open(plain, "w") as out:  # the bare graph, for Graphviz's own command
                import json
                doc = json.load(open(source))
                out.write("graph g {\n")
                for e in doc["edges"]:
                    out.write(f'"{e["source"]}" -- "{e["target"]}";\n')
                out.write("}\n")
            size = f"{n:,} / {5 * n:,}"
            print(f"| {size} | stakemap export .svg (sfdp, styled, legend) | {best_of([stakemap, 'export', source, '-o', f'{folder}/s.svg']):.2f} |", flush=True)
            print(f"| {size} | sfdp -Tsvg (Graphviz command, bare graph) | {best_of(['sfdp', '-Goverlap=prism', '-Tsvg', plain, '-o', f'{folder}/p.svg']):.2f} |", flush=True)


if __name__ == "__main__":
    main()
