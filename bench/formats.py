#!/usr/bin/env python3
"""Writes the files bench/formats.sh imports, one folder each: the seed in every form, a large export, and hostile
markup of about a megabyte (unclosed templates, deeply nested braces, a 1 MB line, unbalanced tags, a deep table,
an HTML page nested too deep, a script-laden page). usage: formats.py OUT_DIR"""
import os
import shutil
import sys

out = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
fixtures = os.path.join(here, "..", "tests", "BilateralRelations.Core.Tests", "Formats")
seed = os.path.join(here, "..", "seeds", "azerbaijan-hungary-relations.txt")
head = "'''Azerbaijan–Hungary relations''' are good.\n== Visits ==\n"
visit = "* 12 May 2015 - President Ilham Aliyev visited Budapest.\n"


def write(name, text):
    folder = os.path.join(out, name.replace(".", "-"))
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
        f.write(text)


def copy(source, name):
    folder = os.path.join(out, name.replace(".", "-"))
    os.makedirs(folder, exist_ok=True)
    shutil.copy(source, os.path.join(folder, name))


copy(seed, "seed-plain.txt")
copy(os.path.join(fixtures, "azerbaijan-hungary-relations.wiki"), "seed-wikitext.wiki")
copy(os.path.join(fixtures, "azerbaijan-hungary-relations.html"), "seed-saved-page.html")
copy(os.path.join(fixtures, "relations-export.xml"), "seed-export.xml")

# An export of 100 relations pages (the seed's wikitext under 100 titles of other pairs), about 1.4 MB.
wiki = open(os.path.join(fixtures, "azerbaijan-hungary-relations.wiki"), encoding="utf-8").read()
escaped = wiki.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
countries = ["Albania", "Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Denmark", "Estonia", "Finland", "France",
             "Germany", "Greece", "Ireland", "Italy", "Latvia"]
pairs = [(a, b) for i, a in enumerate(countries) for b in countries[i + 1:]][:100]
pages = "".join(f"<page><title>{a}–{b} relations</title><ns>0</ns><revision><text>{escaped}</text></revision></page>\n"
                for a, b in pairs)
write("export-100-pages.xml", f'<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/">\n{pages}</mediawiki>\n')

write("unclosed-templates.wiki", head + "{{Infobox bilateral relations|x\n" + "{{cite web|" * 200_000 + "\n" + visit)
write("nested-braces.wiki", head + "{{nowrap|" * 300_000 + "x" + "}}" * 300_000 + "\n" + visit)
write("megabyte-line.wiki", head + "* " + "word [[link|text]] '''b''' {{lang|hu|szó}} <ref>r</ref> [http://x y] " * 14_000 + "\n" + visit)
write("unbalanced.wiki", head + "[[a|" * 100_000 + "[http://x " * 100_000 + "<ref>" * 100_000 + "<!--" * 100_000 + "\n" + visit)
write("deep-table.wiki", head + "{|\n|-\n| rowspan=9999 colspan=9999 | x || y\n" + "|-\n| a || b\n" * 60_000 + "|}\n" + visit)
write("megabyte-line.txt", "= Azerbaijan–Hungary relations =\n== Visits ==\n- " + "word " * 200_000 + "\n" + visit.replace("* ", "- "))
write("nested-elements.html", "<!DOCTYPE html><html><body><div class='mw-parser-output'>" + "<li><ul>" * 100_000 + "</ul></li>" * 100_000 + "</div></body></html>")
write("scripts.html", "<!DOCTYPE html><html><head><title>Azerbaijan–Hungary relations - Wikipedia</title></head><body>"
      + "<h1 id='firstHeading'>Azerbaijan–Hungary relations</h1><div class='mw-parser-output'><h2>Visits</h2><ul>"
      + "<li>12 May 2015 - President Ilham Aliyev visited Budapest.<script>alert(1)</script></li>\n" * 10_000 + "</ul></div></body></html>")
