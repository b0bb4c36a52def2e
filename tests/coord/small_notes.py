"""Small random note sets with the app's structure, for differencing attacks.

Every note has exactly one labour set: the adult one for 18 and over, the child one under
18 (as screening.engine.policy chooses); a sexual-exploitation set of the same age group and
the context set come on top at random. Few months, oblasts and indicators, so that small
cells, zeros and sums of them are common.
"""

from __future__ import annotations

import random

from handmade import note

MONTHS = ("2026-01", "2026-02", "2026-03")
OBLASTS = ("UA-12", "UA-46", None)
ADULT_BANDS = ("18-24", "25-59", "60+")
CHILD_BANDS = ("<14", "14-17")
VERDICTS = ("strong-indication", "some-indication", "no-indication")
SETS = {  # set -> (dimensions, indicators)
    "ilo-adult-labour": (("al-d1", "al-d2"), ("al-i1", "al-i2", "al-i3")),
    "ilo-adult-sexual": (("as-d1",), ("as-i1", "as-i2")),
    "ilo-child-labour": (("cl-d1", "cl-d2"), ("cl-i1", "cl-i2")),
    "ilo-child-sexual": (("cs-d1",), ("cs-i1",)),
    "context-ukraine-war": ((), ("ctx-i1", "ctx-i2")),
}
NEEDS = ("danger", "medical", "shelter")


def random_note(rng: random.Random, number: int, child_share: float = 0.3) -> dict:
    child = rng.random() < child_share
    prefix = "ilo-child-" if child else "ilo-adult-"
    sets = [prefix + "labour"]
    if rng.random() < 0.3:
        sets.append(prefix + "sexual")
    if rng.random() < 0.4:
        sets.append("context-ukraine-war")
    results = []
    for set_id in sets:
        dims, indicators = SETS[set_id]
        present = [i for i in indicators if rng.random() < 0.3]
        if set_id == "context-ukraine-war":
            results.append((set_id, None, [], present))
        else:
            results.append((set_id, rng.choice(VERDICTS), [d for d in dims if present and rng.random() < 0.6], present))
    needs = [n for n in NEEDS if rng.random() < 0.2]
    made = note(number, rng.choice(MONTHS), rng.choice(OBLASTS), rng.choice(CHILD_BANDS if child else ADULT_BANDS), results, needs, [f"svc-{n}" for n in needs])
    return made


def random_notes(seed: int, n: int, child_share: float = 0.3) -> list[dict]:
    rng = random.Random(seed)
    return [random_note(rng, 1000 + i, child_share) for i in range(n)]
