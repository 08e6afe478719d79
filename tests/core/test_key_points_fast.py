"""key_points' heap-based Visvalingam–Whyatt gives exactly the result of the plain
O(n²) loop (every area recomputed, the smallest dropped, ties to the earliest vertex)."""
import math
import random

from envzoning.core import register as RG


def _reference(ring, max_points):
    pts = list(ring)
    while len(pts) > max_points:
        n = len(pts)
        areas = [RG._tri_area(pts[i - 1], pts[i], pts[(i + 1) % n]) for i in range(n)]
        drop = min(range(n), key=lambda i: (areas[i], i))
        del pts[drop]
    return pts


def test_same_as_the_quadratic_loop_on_random_and_grid_rings():
    rnd = random.Random(7)
    for trial in range(200):
        n = rnd.randint(4, 120)
        if trial % 2:
            # a star-shaped ring of random radii (distinct areas)
            ring = [(100 * (1 + rnd.random()) * math.cos(2 * math.pi * k / n),
                     100 * (1 + rnd.random()) * math.sin(2 * math.pi * k / n))
                    for k in range(n)]
        else:
            # a staircase on a 100 m grid: many equal areas, ties decide
            x = y = 0.0
            ring = []
            for k in range(n // 2):
                ring += [(x, y), (x + 100.0, y)]
                x += 100.0
                y += 100.0 * rnd.choice((0, 1))
            ring += [(x, y + 500.0), (0.0, y + 500.0)]
        keep = rnd.randint(3, 12)
        if len(ring) <= keep:
            continue
        assert RG._visvalingam(ring, keep) == _reference(ring, keep)


def test_key_points_of_a_square_with_a_notch():
    ring = [(0, 0), (0, 100), (50, 100), (50, 99), (51, 99), (51, 100), (100, 100),
            (100, 0), (0, 0)]
    pts = RG.key_points(ring, max_points=4)
    assert sorted(pts) == [(0.0, 0.0), (0.0, 100.0), (100.0, 0.0), (100.0, 100.0)]
    assert pts[0] == (0.0, 100.0)     # northernmost, western on a tie, then clockwise
    assert pts[1] == (100.0, 100.0)
