"""The gap benchmark's reference: the same cut-point and betweenness computations in NetworkX.

Reads the graphs the benchmark exported as GraphML and prints one JSON object with, for each computation, its
result and the seconds it took:
- the articulation points of the whole support graph;
- exact betweenness (unnormalized) of a neighbourhood's support graph;
- betweenness of a daily-life area's support graph from k sampled sources, as the engine computes it.

Usage: python3 networkx_bench.py city.graphml neighbourhood.graphml area.graphml k
"""
import json
import sys
import time

import networkx as nx


def timed(work):
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start


def main(city_file, small_file, area_file, k):
    city = nx.read_graphml(city_file)
    cut_points, cut_seconds = timed(lambda: sorted(nx.articulation_points(city)))
    small = nx.read_graphml(small_file)
    exact, exact_seconds = timed(lambda: nx.betweenness_centrality(small, normalized=False))
    area = nx.read_graphml(area_file)
    sampled, sampled_seconds = timed(lambda: nx.betweenness_centrality(area, k=k, normalized=False, seed=20261123))
    json.dump({
        "networkx": nx.__version__,
        "cutPoints": cut_points, "cutPointSeconds": cut_seconds,
        "exact": exact, "exactSeconds": exact_seconds,
        "sampledTop": sorted(sampled, key=sampled.get, reverse=True)[:10], "sampledSeconds": sampled_seconds,
    }, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
