"""Redaction takes linear time on adversarial input (issue 15 item 1).

Run: python tests/benchmarks/redact_linear.py [--sizes 10 50 100]
For each adversarial input, times `screening.redact.text.redact` at 10, 50 and 100 KB (best of 3)
and prints the time per size and the ratio time(100 KB) / time(10 KB). Linear time gives a ratio
near 10 (the size ratio); a quadratic pattern gives about 100. Exits 1 when a ratio exceeds
20 or one 100 KB input takes more than 10 s (a generous budget: this is not a unit test).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from screening.redact.text import redact  # noqa: E402

# name -> text of about n characters. Each one once made a pattern backtrack.
ADVERSARIAL = {
    "passport + run of №": lambda n: "паспорт " + "№" * n + "x",
    "passport + ' №' repeated": lambda n: "паспорт" + " №" * (n // 2),
    "№ + spaces": lambda n: "№" + " " * n + "x",
    "№ + hyphens": lambda n: "№" + "-" * n + "x",
    "вік + spaces": lambda n: "вік" + " " * n + "x",
    "age + spaces": lambda n: "age" + " " * n + "x",
    "URL-like a.a.a.": lambda n: "a." * (n // 2),
    "URL-like a-a-a-": lambda n: "a-" * (n // 2),
    "digits and spaces": lambda n: "1 " * (n // 2),
    "street + capitals": lambda n: "вул. " + "А " * (n // 2),
    "flat + numbers": lambda n: "кв. 1" + ", 1" * (n // 3),
    "street + spaces": lambda n: "вул. Шевченка" + " " * n + "!",
    "name cue + spaces": lambda n: "звати" + " " * n + "!",
    "viber + spaces": lambda n: "viber" + " " * n + "!",
    "many phones": lambda n: "0671234567 " * (n // 11),
    "digits said in words": lambda n: "one two " * (n // 8) + "x",
    "town after a preposition": lambda n: "в Аа " * (n // 5),
    "name, age": lambda n: "Аа, 5 років " * (n // 12),
    "distinct capitalised words": lambda n: " ".join(f"Ке{i:x}ра" for i in range(n // 9)),
    "realistic note repeated": lambda n: (
        "Мене звуть Олена, тел. 067 123 45 67, вул. Шевченка 12 кв. 5, паспорт КВ 123456. " * (n // 90)
    ),
}


def best_of(text: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        redact(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 50, 100], help="sizes in KB")
    args = parser.parse_args()
    sizes = [k * 1000 for k in args.sizes]
    print("| input | " + " | ".join(f"{k} KB" for k in args.sizes) + f" | ratio {args.sizes[-1]}/{args.sizes[0]} KB |")
    print("| --- " * (len(sizes) + 2) + "|")
    failed = False
    for name, make in ADVERSARIAL.items():
        times = [best_of(make(n)) for n in sizes]
        ratio = times[-1] / times[0]
        failed |= ratio > 20 * (sizes[-1] / sizes[0]) / 10 or times[-1] > 10
        print(f"| {name} | " + " | ".join(f"{t:.3f} s" for t in times) + f" | {ratio:.1f} |", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
