#!/usr/bin/env python3
"""Derives the stem lists of deploy/bench's realistic corpus from Debian's hunspell-kk and
hunspell-ru dictionaries (MPL-1.1/LGPL-2.1+/GPL-2+ and BSD-style: word lists only).
   apt-get install hunspell-kk hunspell-ru && deploy/bench/corpus/extract.py"""
import re
D = "/usr/share/hunspell/"
def entries(name):
    with open(D + name, encoding="utf-8-sig") as f:
        lines = [l.strip() for l in f][1:]
    for l in lines:
        w, _, flags = l.partition("/")
        yield w, flags
def write(name, words, every):
    words = sorted(set(words))[::every]
    with open(name, "w", encoding="utf-8") as f:
        f.write("\n".join(words) + "\n")
kk = list(entries("kk_KZ.dic"))
write("kk-nouns.txt", [w for w, f in kk if f == "ABbCcDdEeFfGgHhIiJjKkLl"
                       and re.fullmatch("[а-яәіңғүұқөһ]{3,10}", w)], 5)
write("kk-verbs.txt", [w[:-1] for w, f in kk if f == "MmNnOoPpQqRrSsTtUuVvWwXxYyZz"
                       and re.fullmatch("[а-яәіңғүұқөһ]{3,11}у", w)], 2)
ru = list(entries("ru_RU.dic"))
write("ru-adjectives.txt", [w for w, f in ru if "A" in f and re.fullmatch("[а-яё]{4,12}(ый|ий|ой)", w)
                            and not re.search("(вший|щий|мый|нный|тый)$", w)], 3)
write("ru-verbs.txt", [w for w, f in ru if f and re.fullmatch("[а-яё]{3,12}(ать|ить|еть)", w)], 4)
write("ru-nouns.txt", [w for w, f in ru if f[:1] in ("H", "J", "F", "I", "K")
                       and re.fullmatch("[а-яё]{4,12}", w)
                       and not re.search("(ый|ий|ой|ть|ся|ая|ое|ие|ые)$", w)], 4)
