#!/usr/bin/env python3
"""Writes a member list as an organisation might bring it: bokmål headings, semicolons,
Windows-1252, ROWS rows (default 100,000) of people with distinct e-mail addresses and phone
numbers, spread over the demo organisation's chapters, some ended, most with this year's or
last year's fee paid.

    bench/member_list.py OUT.csv [ROWS] [PREFIX]

PREFIX makes the contacts of one file differ from another's (default: "bench")."""

import random
import sys

CHAPTERS = ["LPP Trondheim", "LPP Bergen", "LPP Oslo", "LPP Agder", "LPP Nordland", "LPP Vestland",
            "LPP Trøndelag", "LPP Stjørdal", "LPP Voss", "LPP Bodø", "LPP Arendal", "LPP Narvik"]
GIVEN = ["Kari", "Ola", "Åse", "Per", "Ingrid", "Nils", "Sigrid", "Bjørn", "Marit", "Håkon", "Liv", "Øystein"]
FAMILY = ["Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
          "Jensen", "Karlsen", "Ødegård", "Bakke", "Haugen", "Dahl"]
TYPES = ["Ordinært medlem", "Ungdomsmedlem", "Familiemedlem", "Støttemedlem"]


def main():
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    prefix = sys.argv[3] if len(sys.argv) > 3 else "bench"
    rng = random.Random(20261203)
    lines = ["Fornavn;Etternavn;E-post;Mobil;Postnummer;Fødselsår;Lokallag;Medlemstype;Innmeldt;Status;Utmeldt;"
             "Kontingent betalt"]
    for n in range(rows):
        joined_year = rng.randint(1995, 2025)
        joined = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{joined_year}"
        ended = rng.random() < 0.15
        status, ended_on = ("utmeldt", f"31.12.{min(joined_year + rng.randint(0, 5), 2025)}") if ended else ("", "")
        paid = ", ".join(str(y) for y, share in ((2025, 0.85), (2026, 0.7)) if y >= joined_year and rng.random() < share)
        phone = f"4{n:07d}" if rng.random() < 0.7 else ""
        lines.append(";".join([
            rng.choice(GIVEN), rng.choice(FAMILY), f"{prefix}.{n}@example.no", phone,
            f"{rng.randint(1, 9990):04d}", str(rng.randint(1935, 2008)), rng.choice(CHAPTERS), rng.choice(TYPES),
            joined, status, ended_on, paid,
        ]))
    with open(out, "w", encoding="cp1252", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
