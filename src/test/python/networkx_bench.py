"""The gap benchmark's reference: the same cut-point and betweenness computations in NetworkX.

Reads the graphs the benchmark exported as GraphML and prints one JSON object with, for each computation asked for,
its result and the seconds it took (reading the files is not timed):
- --cut CITY: the articulation points of the whole support graph, computed --runs times (each run is
  list(nx.articulation_points(city)) only; the names are sorted afterwards, outside the timing);
- --betweenness SMALL AREA K: exact betweenness (unnormalized) of a neighbourhood's support graph, and betweenness
  of a daily-life area's support graph from K sampled sources, as the engine computes it.

Usage: python3 networkx_bench.py [--cut city.graphml] [--runs 3] [--betweenness neighbourhood.graphml area.graphml k]
"""
import argparse
import json
import statistics
import sys
import time

import networkx as nx


def timed(work):
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cut")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--betweenness", nargs=3, metavar=("SMALL", "AREA", "K"))
    args = parser.parse_args()
    out = {"networkx": nx.__version__}
    if args.cut:
        city = nx.read_graphml(args.cut)
        runs = []
        for _ in range(args.runs):
            cut_points, seconds = timed(lambda: list(nx.articulation_points(city)))
            runs.append(seconds)
        out.update(cutPoints=sorted(cut_points), cutPointRuns=runs, cutPointSeconds=statistics.median(runs),
                   nodes=city.number_of_nodes(), edges=city.number_of_edges())
    if args.betweenness:
        small_file, area_file, k = args.betweenness
        small = nx.read_graphml(small_file)
        exact, exact_seconds = timed(lambda: nx.betweenness_centrality(small, normalized=False))
        area = nx.read_graphml(area_file)
        sampled, sampled_seconds = timed(
            lambda: nx.betweenness_centrality(area, k=int(k), normalized=False, seed=20261123))
        out.update(exact=exact, exactSeconds=exact_seconds,
                   sampledTop=sorted(sampled, key=sampled.get, reverse=True)[:10], sampledSeconds=sampled_seconds)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
