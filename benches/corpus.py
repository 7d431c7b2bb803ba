#!/usr/bin/env python3
"""Benchmark corpus: one export catalog written twice, as a vitrina site and as an equivalent Hugo site.

    python3 benches/corpus.py --products N --langs es,en --images M --out DIR [--images-per-product K] [--seed S]

Writes
  DIR/vitrina/   company.yaml (12 categories, payment methods, shipping zones, testimonials...), rates.yaml,
                 products/<slug>.md plus products/<slug>.<lang>.md for every other language, pages/cuidados*.md,
                 images/ (the source photos).
  DIR/hugo/      the same catalog as a multilingual Hugo site (one content dir per language, linked by
                 translationKey), data/company.json + data/rates.json, i18n/, assets/images/ (the same photos,
                 hard-linked) and a theme in layouts/ that does the same work per page as vitrina's default theme:
                 prices in the base currency plus three converted (or fixed) currencies computed in the template
                 from the rates data, canonical + hreflang alternates incl. x-default, Open Graph (+ product:*),
                 JSON-LD Product / BreadcrumbList / Organization, WhatsApp / Messenger / e-mail order links with the
                 message URL-encoded, a category (taxonomy term) page per category listing every product as a
                 <picture> card, a home page with the featured products and the category cards, how-to-order and
                 about pages built from the profile, a 404 page, robots.txt and Hugo's multilingual sitemap (with
                 xhtml:link alternates). Images go through Hugo image processing exactly as vitrina does them:
                 widths 480/960/1600 (never above the original) in WebP and JPEG, quality 80, Lanczos, plus a
                 1200x630 centre crop as the og:image.

Products: N per language, spread over the 12 categories, each with a few hundred words of Markdown (paragraphs,
a bulleted list, a table, links, emphasis), tags, materials, dimensions, weight, HS code; 1 in 5 has a fixed USD
price, 1 in 40 is "price on request"; the first product of each category is featured (12 on the home page).
Every translation has its own localized slug.

Images: --images M generates M photo-like 4000x3000 JPEGs (quality 90: smooth colour fields, gradients, shapes
with edges and sensor-like grain, so they compress like camera photos, about 3-5 MB each); each product uses
--images-per-product of them (default 2), reused round-robin across products. --images 0 writes one small
(400x300) image shared by every product: the "text-only" corpus (the image work is then a handful of tiny files).

Needs Pillow for the JPEGs (python3 -m pip install pillow); everything else is the standard library. Output is
deterministic for a given --seed. The script refuses to write into a non-empty DIR/vitrina or DIR/hugo unless
--force is given.
"""

import argparse
import json
import os
import random
import shutil
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BASE_URL = "https://catalogo-bench.example/"
WIDTHS = [480, 960, 1600]

# ---------------------------------------------------------------------------------------------------------------
# Vocabulary. Spanish and English are parallel (index i in one is the translation of index i in the other); any
# other language code reuses the English text (and vitrina gets a copy of the English UI strings for it).

CATEGORIES = [
    # id, es name, en name, es slug, en slug, es description, en description, hs, nouns (es, en), materials, origin
    ("molcajetes", "Molcajetes", "Molcajetes", "molcajetes", "molcajetes",
     "Molcajetes tallados a mano en piedra volcánica.", "Hand-carved volcanic-stone molcajetes.", "6802.93",
     [("Molcajete", "Molcajete"), ("Metate", "Metate"), ("Mortero", "Mortar")],
     [("piedra volcánica", "volcanic stone"), ("basalto", "basalt")], "Tzintzuntzan, Michoacán"),
    ("barro", "Barro", "Pottery", "barro", "pottery",
     "Cazuelas, vajillas y figuras de barro con esmaltes sin plomo.", "Casseroles, tableware and clay figures with lead-free glazes.", "6912.00",
     [("Cazuela", "Casserole"), ("Olla", "Pot"), ("Jarro", "Jug"), ("Plato", "Plate")],
     [("barro bruñido", "burnished clay"), ("barro vidriado", "glazed clay")], "Capula, Michoacán"),
    ("textiles", "Textiles", "Textiles", "textiles", "textiles",
     "Rebozos, caminos de mesa y servilletas tejidos en telar.", "Rebozos, table runners and napkins woven on the loom.", "6214.90",
     [("Rebozo", "Rebozo"), ("Camino de mesa", "Table runner"), ("Mantel", "Tablecloth")],
     [("algodón", "cotton"), ("lana", "wool")], "Ahuiran, Michoacán"),
    ("cobre", "Cobre", "Copper", "cobre", "copper",
     "Cobre martillado a mano en Santa Clara del Cobre.", "Copper hand-hammered in Santa Clara del Cobre.", "7418.10",
     [("Cazo", "Cazo pan"), ("Jarra", "Jug"), ("Tarro", "Mug"), ("Lavabo", "Sink")],
     [("cobre martillado", "hammered copper")], "Santa Clara del Cobre, Michoacán"),
    ("maque", "Maque", "Lacquerware", "maque", "lacquerware",
     "Bateas y alhajeros de maque pintados a mano.", "Hand-painted lacquered trays and jewellery boxes.", "4420.90",
     [("Batea", "Tray"), ("Alhajero", "Jewellery box"), ("Jícara", "Gourd bowl")],
     [("maque sobre madera", "lacquer on wood")], "Uruapan, Michoacán"),
    ("madera", "Madera tallada", "Carved wood", "madera", "carved-wood",
     "Muebles y piezas de madera tallada a mano.", "Hand-carved wooden furniture and pieces.", "4420.10",
     [("Máscara", "Mask"), ("Baúl", "Chest"), ("Cuchara", "Spoon")],
     [("madera de pino", "pine wood"), ("madera de cedro", "cedar wood")], "Paracho, Michoacán"),
    ("vidrio", "Vidrio soplado", "Blown glass", "vidrio-soplado", "blown-glass",
     "Vasos, jarras y esferas de vidrio soplado reciclado.", "Glasses, jugs and baubles of recycled blown glass.", "7013.37",
     [("Vaso", "Glass"), ("Jarra", "Pitcher"), ("Esfera", "Bauble")],
     [("vidrio reciclado", "recycled glass")], "Tonalá, Jalisco"),
    ("plata", "Plata", "Silver", "plata", "silver",
     "Joyería de plata .925 trabajada a mano.", "Handmade .925 silver jewellery.", "7113.11",
     [("Anillo", "Ring"), ("Collar", "Necklace"), ("Arete", "Earring")],
     [("plata .925", ".925 silver")], "Taxco, Guerrero"),
    ("cesteria", "Cestería", "Basketry", "cesteria", "basketry",
     "Canastas y petates tejidos con fibras naturales.", "Baskets and mats woven from natural fibres.", "4602.19",
     [("Canasta", "Basket"), ("Petate", "Mat"), ("Tortillero", "Tortilla warmer")],
     [("tule", "tule reed"), ("carrizo", "cane")], "Ihuatzio, Michoacán"),
    ("talavera", "Talavera", "Talavera", "talavera", "talavera",
     "Talavera poblana pintada a mano con certificado de origen.", "Hand-painted Talavera from Puebla with certificate of origin.", "6912.00",
     [("Azulejo", "Tile"), ("Tibor", "Urn"), ("Lavabo", "Basin")],
     [("talavera poblana", "Puebla talavera")], "Puebla, Puebla"),
    ("piel", "Piel", "Leather", "piel", "leather",
     "Bolsas, cinturones y huaraches de piel curtida al vegetal.", "Bags, belts and huaraches in vegetable-tanned leather.", "4202.21",
     [("Bolsa", "Bag"), ("Cinturón", "Belt"), ("Huarache", "Huarache")],
     [("piel de res", "cowhide")], "León, Guanajuato"),
    ("papel", "Papel y cartonería", "Paper crafts", "papel", "paper-crafts",
     "Papel picado, alebrijes y piñatas de cartonería.", "Papel picado, alebrijes and papier-mâché piñatas.", "4823.90",
     [("Alebrije", "Alebrije"), ("Piñata", "Piñata"), ("Judas", "Judas figure")],
     [("papel amate", "amate paper"), ("cartón", "cardboard")], "Oaxaca, Oaxaca"),
]

ADJ = [("grande", "large"), ("mediano", "medium"), ("tradicional", "traditional"), ("decorado", "decorated"),
       ("rústico", "rustic"), ("clásico", "classic"), ("fino", "fine"), ("de colección", "collector's")]
COLORS = [("rojo", "red"), ("verde", "green"), ("azul", "blue"), ("negro", "black"), ("natural", "natural"),
          ("dorado", "golden"), ("blanco", "white")]
USES = [("la cocina diaria", "everyday cooking"), ("regalar", "gifts"), ("decorar la casa", "home decoration"),
        ("restaurantes", "restaurants"), ("tiendas de diseño", "design shops"), ("coleccionistas", "collectors")]
ARTISANS = ["doña Esperanza Huipe", "don Rafael Morales", "Lupita Morales", "Julián Huipe", "María Tzintzun",
            "Pedro Campos", "Rosa Cuiriz", "Tomás Guzmán"]

# Parallel sentence bank: {n} noun, {m} material, {o} origin, {s} size, {a} artisan, {y} years, {u} use, {c} colour.
SENTENCES = [
    ("Cada {n} lo hace a mano {a}, con técnicas que su familia usa desde hace {y} años.",
     "Every {n} is made by hand by {a}, with techniques the family has used for {y} years."),
    ("El {m} viene de {o} y se trabaja sin moldes ni máquinas.",
     "The {m} comes from {o} and is worked without moulds or machines."),
    ("Es una pieza pensada para {u}, resistente y fácil de cuidar.",
     "It is a piece designed for {u}, sturdy and easy to care for."),
    ("Las medidas pueden variar un poco: cada pieza es única y eso es parte de su encanto.",
     "Sizes may vary slightly: every piece is unique, and that is part of its charm."),
    ("El acabado {c} se logra con pigmentos naturales y varias capas de pulido.",
     "The {c} finish comes from natural pigments and several rounds of polishing."),
    ("Mide alrededor de {s} cm y llega envuelta en papel, plástico de burbujas y caja doble.",
     "It measures about {s} cm and arrives wrapped in paper, bubble wrap and a double box."),
    ("Muchos clientes en Estados Unidos y Canadá la piden para {u}.",
     "Many customers in the United States and Canada order it for {u}."),
    ("Antes de enviarla la revisamos pieza por pieza y le mandamos una foto si lo pide.",
     "Before shipping we check it piece by piece and send you a photo if you ask."),
    ("La producción es pequeña, así que los pedidos de mayoreo se apartan con anticipo.",
     "Production is small, so wholesale orders are reserved with a deposit."),
    ("El taller está en {o}, a unas horas de Morelia, y recibe visitas con cita.",
     "The workshop is in {o}, a few hours from Morelia, and welcomes visitors by appointment."),
    ("Con el uso el {m} toma un tono más profundo que muchos prefieren.",
     "With use the {m} takes on a deeper shade that many people prefer."),
    ("No la meta al lavavajillas: basta con agua tibia y un trapo suave.",
     "Do not put it in the dishwasher: warm water and a soft cloth are all it needs."),
    ("Cada compra sostiene directamente a {a} y a su familia.",
     "Every purchase directly supports {a} and their family."),
    ("Si la necesita en otro tamaño o color, escríbanos: hacemos piezas sobre pedido.",
     "If you need it in another size or colour, write to us: we make pieces to order."),
    ("Declaramos el valor real en la aduana y enviamos la factura comercial con el paquete.",
     "We declare the real value at customs and send the commercial invoice with the parcel."),
    ("Es uno de los productos más pedidos de la temporada, sobre todo para {u}.",
     "It is one of the season's most requested products, especially for {u}."),
    ("El diseño retoma motivos purépechas que se han pasado de generación en generación.",
     "The design draws on Purépecha motifs handed down from generation to generation."),
    ("La pieza pesa poco para su tamaño y viaja bien por paquetería internacional.",
     "The piece is light for its size and travels well by international courier."),
    ("Recomendamos curarla o protegerla antes del primer uso, como explicamos abajo.",
     "We recommend seasoning or protecting it before first use, as explained below."),
    ("Hay diferencias pequeñas de color entre lotes porque el {m} es un material natural.",
     "There are small colour differences between batches because {m} is a natural material."),
]
LIST_ITEMS = [
    ("la pieza principal, revisada una por una;", "the main piece, checked one by one;"),
    ("una hoja de cuidados en español e inglés;", "a care sheet in Spanish and English;"),
    ("empaque reforzado para envío internacional;", "reinforced packing for international shipping;"),
    ("certificado de origen para pedidos de mayoreo;", "a certificate of origin for wholesale orders;"),
    ("una tarjeta con el nombre de quien la hizo;", "a card with the name of the artisan who made it;"),
    ("bolsa de tela para guardarla.", "a cloth bag to store it."),
]
TABLE_ROWS = [("Largo", "Length"), ("Ancho", "Width"), ("Alto", "Height"), ("Peso", "Weight"),
              ("Capacidad", "Capacity")]
TAGS = [("hecho a mano", "handmade"), ("regalo", "gift"), ("cocina", "kitchen"), ("decoración", "decor"),
        ("mayoreo", "wholesale"), ("Michoacán", "Michoacán"), ("tradición", "tradition")]


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s.lower()).encode("ascii", "ignore").decode()
    return "-".join("".join(ch if ch.isalnum() else " " for ch in s).split())


def text_idx(lang, pair):
    """Picks the Spanish or the English member of a parallel pair (other languages read English)."""
    return pair[0] if lang == "es" else pair[1]


# ---------------------------------------------------------------------------------------------------------------
# A small YAML emitter (block style, strings as JSON = valid YAML double-quoted scalars).

def yscalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if v is None:
        return "null"
    return json.dumps(str(v), ensure_ascii=False)


def yaml_dump(v, indent=0):
    pad = " " * indent
    out = []
    if isinstance(v, dict):
        for k, x in v.items():
            if isinstance(x, (dict, list)) and x:
                if isinstance(x, list) and all(not isinstance(e, (dict, list)) for e in x):
                    out.append(f"{pad}{k}: [{', '.join(yscalar(e) for e in x)}]")
                else:
                    out.append(f"{pad}{k}:")
                    out.append(yaml_dump(x, indent + 2))
            elif isinstance(x, (dict, list)):
                out.append(f"{pad}{k}: {'{}' if isinstance(x, dict) else '[]'}")
            else:
                out.append(f"{pad}{k}: {yscalar(x)}")
    elif isinstance(v, list):
        for x in v:
            if isinstance(x, dict):
                inner = yaml_dump(x, indent + 2).split("\n")
                inner[0] = f"{pad}- " + inner[0].lstrip()
                out.extend(inner)
            else:
                out.append(f"{pad}- {yscalar(x)}")
    else:
        out.append(pad + yscalar(v))
    return "\n".join(out)


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------
# The company profile, with Text fields as {lang: text} maps.

def T(es, en):
    return {"es": es, "en": en}


def profile():
    return {
        "name": "Artesanías del Lago",
        "legal_name": "Artesanías del Lago",
        "legal_form": "S. de R.L. de C.V.",
        "founded": 1991,
        "tagline": T("Artesanía mexicana hecha a mano, enviada a todo el mundo",
                     "Handmade Mexican crafts, shipped worldwide"),
        "story": T(
            "Artesanías del Lago nació en 1991 en un patio junto al lago de Pátzcuaro. Hoy somos una red de "
            "**más de cuarenta familias artesanas** de Michoacán, Jalisco, Puebla, Guerrero y Oaxaca.\n\n"
            "Elegimos cada pieza, la revisamos, la empacamos con cuidado y la enviamos; los artesanos reciben un "
            "pago justo y a tiempo. Desde 2012 enviamos a Estados Unidos, Canadá y Europa.\n",
            "Artesanías del Lago began in 1991 in a courtyard by Lake Pátzcuaro. Today we are a network of "
            "**more than forty artisan families** from Michoacán, Jalisco, Puebla, Guerrero and Oaxaca.\n\n"
            "We choose every piece, check it, pack it carefully and ship it; the artisans are paid fairly and on "
            "time. Since 2012 we have shipped to the United States, Canada and Europe.\n"),
        "location": {"street": "Av. del Lago 45", "city": "Pátzcuaro", "region": "Michoacán", "postal_code": "61600",
                     "country": "MX", "show_street": False},
        "contact": {
            "whatsapp": "+52 434 555 0100", "messenger": "artesaniasdellago",
            "email": "ventas@catalogo-bench.example", "phone": "+52 434 555 0101",
            "hours": T("Lunes a sábado, de 9:00 a 18:00", "Monday to Saturday, 9 am to 6 pm"),
            "timezone": "America/Mexico_City",
            "response_time": T("menos de 24 horas", "within 24 hours"),
        },
        "social": [{"network": "facebook", "url": "https://www.facebook.com/artesaniasdellago"},
                   {"network": "instagram", "url": "https://www.instagram.com/artesaniasdellago"}],
        "marketplaces": [{"name": "Etsy", "url": "https://www.etsy.com/shop/ArtesaniasDelLago"}],
        "payment_methods": [
            {"type": "bank_transfer", "provider": "BBVA México", "currencies": ["MXN", "USD"],
             "note": T("SPEI o transferencia internacional; los datos van con la cotización.",
                       "SPEI or international wire; account details come with your quote.")},
            {"type": "deposit", "provider": "OXXO", "currencies": ["MXN"],
             "note": T("Depósito en efectivo en cualquier OXXO.", "Cash deposit at any OXXO store.")},
            {"type": "money_transfer", "provider": "Remitly", "currencies": ["USD", "CAD", "EUR"],
             "note": T("Depósito directo a nuestra cuenta en México.", "Direct deposit to our Mexican account.")},
            {"type": "paypal", "provider": "PayPal", "currencies": ["USD", "EUR", "CAD", "MXN"],
             "note": T("La comisión se suma al total.", "The fee is added to the total.")},
        ],
        "ordering": {"checklist": [T("El comprobante de pago", "Your proof of payment"),
                                   T("Nombre completo de quien recibe", "The recipient's full name"),
                                   T("Dirección completa con código postal", "The full address with postal code"),
                                   T("Teléfono de quien recibe", "The recipient's phone number")],
                     "ship_after_payment": True},
        "shipping": {
            "carriers": [{"name": "DHL Express",
                          "tracking_url": "https://www.dhl.com/global-en/home/tracking.html?tracking-id={tracking}"},
                         {"name": "FedEx", "tracking_url": "https://www.fedex.com/fedextrack/?trknbr={tracking}"}],
            "zones": [
                {"name": T("México", "Mexico"), "countries": ["MX"], "carriers": ["FedEx"],
                 "delivery_days": [3, 7], "cost": {"amount": 280, "currency": "MXN"}},
                {"name": T("Estados Unidos y Canadá", "United States and Canada"), "countries": ["US", "CA"],
                 "carriers": ["DHL Express", "FedEx"], "delivery_days": [4, 8],
                 "cost": {"amount": 1150, "currency": "MXN"}},
                {"name": T("Europa", "Europe"), "countries": ["ES", "FR", "DE", "IT", "NL"],
                 "carriers": ["DHL Express"], "delivery_days": [5, 10],
                 "cost_note": T("Se cotiza según peso y volumen.", "Quoted by weight and size.")},
            ],
            "duties": T("Los impuestos de importación los paga quien recibe.",
                        "Import duties are paid by the recipient."),
            "minimum_order": T("Piezas sueltas; mayoreo desde 20 piezas.", "Single pieces; wholesale from 20 pieces."),
        },
        "certifications": [
            {"name": "Registro Estatal de Artesanos", "issuer": "Instituto del Artesano Michoacano",
             "id": "IAM-0999", "url": "https://registro.example/IAM-0999", "year": 2005},
            {"name": "Distintivo Hecho en México", "issuer": "Secretaría de Economía", "id": "HM-2016-0001",
             "url": "https://hechoenmexico.example/HM-2016-0001", "year": 2016}],
        "memberships": [{"name": "Red de Exportadores Artesanales", "url": "https://red.example/", "since": 2014}],
        "markets": ["US", "CA", "ES", "FR", "DE"],
        "testimonials": [
            {"quote": T("Llegó a Chicago perfectamente empacado y en cinco días.",
                        "It arrived in Chicago perfectly packed, in five days."),
             "author": "Laura G.", "country": "US", "date": "2026-03-14",
             "source": "https://www.facebook.com/artesaniasdellago/reviews"},
            {"quote": T("Pedimos veinte cazos para nuestro restaurante y todo llegó como acordamos.",
                        "We ordered twenty cazos for our restaurant and everything arrived as agreed."),
             "author": "Miguel R.", "country": "CA", "date": "2025-10-02",
             "source": "https://www.facebook.com/artesaniasdellago/reviews"},
            {"quote": T("Pagué por transferencia desde Madrid sin ningún problema.",
                        "I paid by bank transfer from Madrid without any trouble."),
             "author": "Carmen V.", "country": "ES", "date": "2026-06-21",
             "source": "https://www.facebook.com/artesaniasdellago/posts/1"}],
        "legal": {
            "returns": T("Si su pedido llega dañado, envíenos fotos **dentro de 7 días** y se lo reponemos.\n",
                         "If your order arrives damaged, send us photos **within 7 days** and we replace it.\n"),
            "terms": T("Los precios en otras monedas son aproximados. Enviamos al confirmar el pago.\n",
                       "Prices in other currencies are approximate. We ship once payment is confirmed.\n")},
    }


RATES = {"base": "MXN", "date": "2026-11-20", "source": "Banco de México (FIX)",
         "rates": {"USD": 0.0551, "EUR": 0.0478, "CAD": 0.0772}}
SYMBOLS = {"MXN": "$", "USD": "US$", "EUR": "€", "CAD": "CA$"}


def localize(v, lang, default):
    """Resolves every {lang: text} map for one language (falling back to the default language)."""
    if isinstance(v, dict):
        if set(v) <= {"es", "en"} and v and all(isinstance(x, str) for x in v.values()):
            return v.get(lang) or v.get("en") or v.get(default)
        return {k: localize(x, lang, default) for k, x in v.items()}
    if isinstance(v, list):
        return [localize(x, lang, default) for x in v]
    return v


def expand_langs(v, langs):
    """Turns {es, en} maps into maps over exactly the requested languages (others reuse English)."""
    if isinstance(v, dict):
        if set(v) <= {"es", "en"} and v and all(isinstance(x, str) for x in v.values()):
            return {l: v.get(l, v["en"]) for l in langs}
        return {k: expand_langs(x, langs) for k, x in v.items()}
    if isinstance(v, list):
        return [expand_langs(x, langs) for x in v]
    return v


# ---------------------------------------------------------------------------------------------------------------
# Products.

def make_products(n, langs, photos, per_product, rng):
    products = []
    counters = {c[0]: 0 for c in CATEGORIES}
    for i in range(n):
        cat = CATEGORIES[i % len(CATEGORIES)]
        cid = cat[0]
        counters[cid] += 1
        noun = rng.choice(cat[8])
        mat = rng.choice(cat[9])
        adj = rng.choice(ADJ)
        col = rng.choice(COLORS)
        size = rng.randint(8, 120)
        num = i + 1
        slug_es = f"{cid}-{num:06d}"
        price = "on request" if i % 40 == 39 else round(rng.uniform(150, 25000), rng.choice([0, 2]))
        fixed = {"USD": round(price * 0.055 + 1, 0)} if (price != "on request" and i % 5 == 0) else None
        imgs = [photos[(i + k * max(1, len(photos) // max(1, per_product))) % len(photos)]
                for k in range(per_product)] if photos else []
        # distinct photos within one product where possible
        seen, imgs_u = set(), []
        for im in imgs:
            if im not in seen:
                seen.add(im)
                imgs_u.append(im)
        sentences = rng.sample(range(len(SENTENCES)), 18)
        p = {
            "i": i, "id": cid, "cat": cat, "num": num, "slug": {}, "title": {}, "description": {}, "body": {},
            "alts": {}, "unit": {}, "tags": {}, "materials": {},
            "sku": f"{cid[:3].upper()}-{num:06d}", "price": price, "fixed": fixed,
            "availability": rng.choices(["in_stock", "made_to_order", "preorder", "out_of_stock"], [70, 20, 5, 5])[0],
            "images": imgs_u, "origin": cat[10], "hs": cat[7], "weight": round(rng.uniform(0.2, 12), 1),
            "dims": f"{size} × {max(5, size // 2)} × {max(3, size // 3)} cm", "min_order": rng.choice([1, 1, 2, 6]),
            "featured": counters[cid] == 1, "size": size,
        }
        tag_idx = rng.sample(range(len(TAGS)), 3)
        years = rng.randint(15, 80)
        artisan = rng.choice(ARTISANS)
        use = rng.choice(USES)
        for lang in langs:
            L = lambda pair: text_idx(lang, pair)
            n_ = L(noun)
            m_ = L(mat)
            if lang == "es":
                title = f"{n_} de {m_} {L(adj)} {L(col)}, {size} cm"
                slug = slug_es
            else:
                title = f"{L(adj).capitalize()} {L(col)} {m_} {n_.lower()}, {size} cm"
                slug = f"{L((cat[3], cat[4]))}-{ascii_slug(n_)}-{num:06d}"
                if lang not in ("es", "en"):
                    slug = f"{lang}-{slug}"
            fill = dict(n=n_.lower(), m=m_, o=cat[10], s=size, a=artisan, y=years, u=L(use), c=L(col))
            sent = [L(SENTENCES[k]).format(**fill) for k in sentences]
            care = f"{BASE_URL}{'' if lang == 'es' else lang + '/'}{'cuidados' if lang == 'es' else 'care-guide'}/"
            more = "Más sobre el oficio en" if lang == "es" else "More about the craft on"
            inc = "Incluye" if lang == "es" else "Included"
            meas, val = ("Medida", "Valor") if lang == "es" else ("Measurement", "Value")
            care_t = ("Antes del primer uso lea nuestra [guía de cuidados]" if lang == "es"
                      else "Before first use read our [care guide]")
            rows = [f"| {L(r)} | {v} |" for r, v in zip(TABLE_ROWS, [f"{size} cm", f"{max(5, size // 2)} cm",
                                                                      f"{max(3, size // 3)} cm", f"{p['weight']} kg",
                                                                      f"{size * 20} ml"])]
            body = (
                f"{sent[0]} {sent[1]} **{sent[2]}** {sent[3]}\n\n"
                f"{sent[4]} {sent[5]} {sent[6]}\n\n"
                f"**{inc}:**\n\n" + "".join(f"- {L(LIST_ITEMS[k])}\n" for k in range(5)) + "\n"
                f"| {meas} | {val} |\n|---|---|\n" + "\n".join(rows) + "\n\n"
                f"{sent[7]} {sent[8]} *{sent[9]}* {sent[10]}\n\n"
                f"{care_t}({care}). {more} [Wikipedia](https://{'es' if lang == 'es' else 'en'}.wikipedia.org/wiki/Michoac%C3%A1n). "
                f"{sent[11]} {sent[12]} {sent[13]}\n\n"
                f"{sent[14]} {sent[15]} **{sent[16]}** {sent[17]}\n"
            )
            p["slug"][lang] = slug
            p["title"][lang] = title
            p["description"][lang] = f"{title}. {sent[0]} {sent[2]}"
            p["body"][lang] = body
            p["alts"][lang] = [f"{title}, {'foto' if lang == 'es' else 'photo'} {k + 1}" for k in range(len(imgs_u) or 1)]
            p["unit"][lang] = "pieza" if lang == "es" else "piece"
            p["tags"][lang] = [L(TAGS[k]) for k in tag_idx]
            p["materials"][lang] = [m_]
        products.append(p)
    return products


# ---------------------------------------------------------------------------------------------------------------
# vitrina

def write_vitrina(root, langs, products, image_names, prof):
    default = langs[0]
    company = {
        "base_url": BASE_URL,
        "languages": [{"code": l, "hreflang": l} for l in langs],
        "currency": "MXN",
        "display_currencies": ["USD", "EUR", "CAD"],
    }
    p = expand_langs(prof, langs)
    for k in ["name", "legal_name", "legal_form", "founded", "tagline", "story", "location", "contact", "social",
              "marketplaces", "payment_methods", "ordering", "shipping"]:
        company[k] = p[k]
    company["categories"] = [
        {"id": c[0], "name": {l: text_idx(l, (c[1], c[2])) for l in langs},
         "slug": {l: text_idx(l, (c[3], c[4])) for l in langs},
         "description": {l: text_idx(l, (c[5], c[6])) for l in langs}} for c in CATEGORIES]
    for k in ["certifications", "memberships", "markets", "testimonials", "legal"]:
        company[k] = p[k]
    company["images"] = {"widths": WIDTHS, "quality": 80}
    write(root / "company.yaml", "# Benchmark corpus (benches/corpus.py). Fictitious company.\n" + yaml_dump(company) + "\n")
    write(root / "rates.yaml", yaml_dump(RATES) + "\n")
    for lang in langs:
        if lang not in ("es", "en"):
            src = REPO / "themes/default/i18n/en.yaml"
            if src.exists():
                (root / "i18n").mkdir(exist_ok=True)
                shutil.copy(src, root / "i18n" / f"{lang}.yaml")
    # a free page, in every language
    for lang in langs:
        fm = {"title": "Cuidados de sus piezas" if lang == "es" else "Caring for your pieces"}
        if lang != default:
            fm["slug"] = "care-guide" if lang == "en" else f"{lang}-care-guide"
        body = ("Lave las piezas a mano con agua tibia. Cure los molcajetes con arroz y sal.\n\n"
                "- No use el lavavajillas.\n- Seque al aire.\n" if lang == "es" else
                "Wash pieces by hand in warm water. Season molcajetes with rice and salt.\n\n"
                "- No dishwasher.\n- Air dry.\n")
        name = "cuidados.md" if lang == default else f"cuidados.{lang}.md"
        write(root / "pages" / name, f"---\n{yaml_dump(fm)}\n---\n{body}")
    pdir = root / "products"
    pdir.mkdir(parents=True, exist_ok=True)
    for pr in products:
        imgs = pr["images"] or [image_names[0]]
        fm = {
            "title": pr["title"][default], "sku": pr["sku"], "price": pr["price"],
        }
        if pr["fixed"]:
            fm["prices"] = pr["fixed"]
        fm.update({
            "unit": pr["unit"][default], "min_order": pr["min_order"], "availability": pr["availability"],
            "category": pr["id"], "tags": pr["tags"][default],
            "images": [{"src": s, "alt": a} for s, a in zip(imgs, pr["alts"][default])],
            "origin": pr["origin"], "country_of_origin": "MX", "materials": pr["materials"][default],
            "dimensions": pr["dims"], "weight_kg": pr["weight"], "hs_code": pr["hs"], "featured": pr["featured"],
            "description": pr["description"][default],
        })
        slug = pr["slug"][default]
        (pdir / f"{slug}.md").write_text(f"---\n{yaml_dump(fm)}\n---\n{pr['body'][default]}", encoding="utf-8")
        for lang in langs[1:]:
            tf = {"title": pr["title"][lang], "slug": pr["slug"][lang], "unit": pr["unit"][lang],
                  "tags": pr["tags"][lang], "materials": pr["materials"][lang],
                  "images": [{"alt": a} for a in pr["alts"][lang][:len(imgs)]],
                  "description": pr["description"][lang]}
            (pdir / f"{slug}.{lang}.md").write_text(f"---\n{yaml_dump(tf)}\n---\n{pr['body'][lang]}", encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------
# Hugo

UI = {
    "es": {
        "skip": "Saltar al contenido", "language": "Idioma", "main_menu": "Menú principal",
        "breadcrumb": "Ruta de navegación", "home": "Inicio", "order": "Cómo comprar", "about": "Nosotros",
        "featured": "Productos destacados", "categories": "Nuestras categorías", "products_count": "{{ . }} productos",
        "years": "{{ . }} años de oficio", "testimonials": "Lo que dicen nuestros clientes",
        "source": "ver reseña", "sku": "SKU", "on_request": "Precio a consultar",
        "on_request_note": "Le enviamos una cotización por mensaje.", "per": "por", "approx_title": "aproximadamente",
        "fx_note": "Precios en otras monedas: solo de referencia, tipo de cambio del %s%s. Cotizamos y facturamos en %s; el envío se cotiza aparte.",
        "fixed_note": "precio fijo", "details": "Detalles", "origin": "Origen", "materials": "Materiales",
        "dimensions": "Medidas", "weight": "Peso", "min_order": "Pedido mínimo", "hs_code": "Código arancelario (HS)",
        "order_title": "Pedir o preguntar",
        "order_intro": "Abre una conversación con el mensaje ya escrito; solo agrega la cantidad y el destino.",
        "wa": "Pedir por WhatsApp", "ms": "Escribir por Messenger", "mail": "Pedir por correo",
        "wa_short": "WhatsApp", "ms_short": "Messenger", "mail_short": "Correo", "hours": "Horario",
        "message_label": "Mensaje listo para copiar",
        "message": "Hola, me interesa este producto:\n%s (SKU %s)\n%s\n\nCantidad: \nPaís y ciudad de destino: ",
        "subject": "Consulta: %s (SKU %s)",
        "how_title": "Así se compra",
        "how_summary": "Nos escribes → te enviamos la cotización con envío → pagas por transferencia o envío de dinero → enviamos al confirmar el pago, con número de rastreo.",
        "how_link": "Ver cómo comprar paso a paso", "in_stock": "Disponible", "made_to_order": "Sobre pedido",
        "preorder": "Preventa", "out_of_stock": "Agotado", "order_page_intro": "No hay carrito ni pago en línea. Cada pedido empieza con una conversación.",
        "steps_title": "Paso a paso", "payment_title": "Formas de pago", "currencies": "Monedas",
        "no_account": "Por su seguridad nunca publicamos números de cuenta.", "ship_after": "Enviamos solo después de confirmar su pago.",
        "shipping_title": "Envíos", "zone": "Zona", "delivery": "Tiempo de entrega", "cost": "Costo de envío",
        "carriers": "Paqueterías", "days": "%v a %v días hábiles", "quoted": "Se cotiza con su pedido",
        "duties": "Impuestos de importación", "minimum": "Pedido mínimo", "checklist_title": "Después de pagar, envíenos",
        "tracking_title": "Rastree su pedido", "tracking_intro": "Cuando enviamos su paquete le mandamos el número de guía.",
        "contact_title": "Escríbenos", "pages": "Más información", "privacy": "Sin cookies ni rastreadores.",
        "story": "Nuestra historia", "since": "Desde %v", "location": "Dónde estamos", "markets": "Ya enviamos a",
        "certifications": "Certificaciones", "channels": "Canales oficiales", "legal": "Aviso legal",
        "returns": "Devoluciones", "terms": "Condiciones", "notfound": "Página no encontrada",
        "notfound_text": "La página que buscas no existe o cambió de dirección.", "back": "Ir al inicio",
        "empty": "Todavía no hay productos en esta categoría.",
        "steps": ["Escríbanos por WhatsApp, Messenger o correo.", "Le enviamos la cotización con envío.",
                  "Paga por transferencia, depósito o envío de dinero.", "Nos manda el comprobante y los datos de entrega.",
                  "Empacamos y enviamos por paquetería internacional.", "Le mandamos el número de rastreo."],
        "payment_types": {"bank_transfer": "Transferencia bancaria", "deposit": "Depósito", "money_transfer": "Envío de dinero",
                          "paypal": "PayPal"},
    },
    "en": {
        "skip": "Skip to content", "language": "Language", "main_menu": "Main menu", "breadcrumb": "Breadcrumb",
        "home": "Home", "order": "How to order", "about": "About us", "featured": "Featured products",
        "categories": "Our categories", "products_count": "{{ . }} products", "years": "{{ . }} years of craft",
        "testimonials": "What our customers say", "source": "see review", "sku": "SKU", "on_request": "Price on request",
        "on_request_note": "We send you a quote by message.", "per": "per", "approx_title": "approximately",
        "fx_note": "Prices in other currencies are indicative only, at the exchange rate of %s%s. We quote and invoice in %s; shipping is quoted separately.",
        "fixed_note": "fixed price", "details": "Details", "origin": "Origin", "materials": "Materials",
        "dimensions": "Dimensions", "weight": "Weight", "min_order": "Minimum order", "hs_code": "HS tariff code",
        "order_title": "Order or ask",
        "order_intro": "Opens a conversation with the message already written; just add the quantity and destination.",
        "wa": "Order on WhatsApp", "ms": "Message on Messenger", "mail": "Order by e-mail", "wa_short": "WhatsApp",
        "ms_short": "Messenger", "mail_short": "E-mail", "hours": "Hours", "message_label": "Message ready to copy",
        "message": "Hello, I am interested in this product:\n%s (SKU %s)\n%s\n\nQuantity: \nDestination country and city: ",
        "subject": "Enquiry: %s (SKU %s)", "how_title": "How buying works",
        "how_summary": "You message us → we send a quote including shipping → you pay by bank transfer or money-transfer service → we ship once payment is confirmed, with a tracking number.",
        "how_link": "See how to order, step by step", "in_stock": "In stock", "made_to_order": "Made to order",
        "preorder": "Pre-order", "out_of_stock": "Out of stock",
        "order_page_intro": "There is no cart and no online payment. Every order starts with a conversation.",
        "steps_title": "Step by step", "payment_title": "Payment methods", "currencies": "Currencies",
        "no_account": "For your safety we never publish account numbers.", "ship_after": "We ship only after your payment is confirmed.",
        "shipping_title": "Shipping", "zone": "Zone", "delivery": "Delivery time", "cost": "Shipping cost",
        "carriers": "Carriers", "days": "%v to %v business days", "quoted": "Quoted with your order",
        "duties": "Import duties and taxes", "minimum": "Minimum order", "checklist_title": "After paying, send us",
        "tracking_title": "Track your order", "tracking_intro": "When we ship your parcel we send you its tracking number.",
        "contact_title": "Message us", "pages": "More information", "privacy": "No cookies, no trackers.",
        "story": "Our story", "since": "Since %v", "location": "Where we are", "markets": "We already ship to",
        "certifications": "Certifications", "channels": "Official channels", "legal": "Legal",
        "returns": "Returns", "terms": "Terms", "notfound": "Page not found",
        "notfound_text": "The page you are looking for does not exist or has moved.", "back": "Go to the home page",
        "empty": "There are no products in this category yet.",
        "steps": ["Message us by WhatsApp, Messenger or e-mail.", "We send you a quote including shipping.",
                  "You pay by bank transfer, deposit or money transfer.", "You send the receipt and delivery details.",
                  "We pack and ship by international courier.", "We send you the tracking number."],
        "payment_types": {"bank_transfer": "Bank transfer", "deposit": "Bank deposit", "money_transfer": "Money transfer",
                          "paypal": "PayPal"},
    },
}

ROUTES = {  # per language: products dir, categories taxonomy, order, about, care page
    "es": ("productos", "categorias", "categoria", "como-comprar", "nosotros", "cuidados"),
    "en": ("products", "categories", "category", "how-to-order", "about", "care-guide"),
}


def routes(lang):
    if lang in ROUTES:
        return ROUTES[lang]
    return ROUTES["en"]


def lang_prefix(lang, default):
    return "/" if lang == default else f"/{lang}/"


def write_hugo(root, langs, products, image_names, prof):
    default = langs[0]
    cfg = [
        f'baseURL = "{BASE_URL}"',
        f'defaultContentLanguage = "{default}"',
        "defaultContentLanguageInSubdir = false",
        'disableKinds = ["RSS", "taxonomy", "section"]',
        "enableRobotsTXT = true",
        'ignoreErrors = ["error-disable-taxonomy"]',
        'title = "Artesanías del Lago"',
        "timeout = \"600s\"",
        "[params]",
        f"widths = {json.dumps(WIDTHS)}",
        "[imaging]",
        'quality = 80\nresampleFilter = "Lanczos"\nanchor = "Center"',
        "[markup.goldmark.renderer]\nunsafe = false",
        "[outputs]",
        'home = ["HTML"]\npage = ["HTML"]\nterm = ["HTML"]',
    ]
    for w, lang in enumerate(langs, 1):
        r = routes(lang)
        cfg += [
            f"[languages.{lang}]",
            f'contentDir = "content/{lang}"',
            f'languageName = "{"Español" if lang == "es" else "English" if lang == "en" else lang}"',
            f'languageCode = "{lang}"',
            f"weight = {w}",
            f"[languages.{lang}.params]",
            f'ogLocale = "{ {"es": "es_MX", "en": "en_US"}.get(lang, lang)}"',
            f'taxonomy = "{r[1]}"',
            f"[languages.{lang}.taxonomies]",
            f'{r[2]} = "{r[1]}"',
        ]
    write(root / "config.toml", "\n".join(cfg) + "\n")

    # data: the profile per language, categories with their localized path, rates with symbols
    data = {}
    for lang in langs:
        p = localize(prof, lang, default)
        r = routes(lang)
        pre = lang_prefix(lang, default)
        cats = []
        for c in CATEGORIES:
            cats.append({"id": c[0], "name": text_idx(lang, (c[1], c[2])), "slug": text_idx(lang, (c[3], c[4])),
                         "description": text_idx(lang, (c[5], c[6])),
                         "path": f"{pre}{r[1]}/{text_idx(lang, (c[3], c[4]))}/"})
        p["categories"] = cats
        p["catmap"] = {c["id"]: c for c in cats}
        p["location_text"] = f"{p['location']['city']}, {p['location']['region']}, México"
        c = p["contact"]
        c["wa_digits"] = "".join(ch for ch in c["whatsapp"] if ch.isdigit())
        p["order_path"] = f"{pre}{r[3]}/"
        p["about_path"] = f"{pre}{r[4]}/"
        p["home"] = pre
        p["year"] = 2026
        data[lang] = p
    write(root / "data" / "company.json", json.dumps(data, ensure_ascii=False, indent=1))
    write(root / "data" / "rates.json", json.dumps({
        "base": RATES["base"], "date": RATES["date"], "source": RATES["source"],
        "display": [{"code": k, "rate": v, "symbol": SYMBOLS[k]} for k, v in RATES["rates"].items()],
        "symbol": SYMBOLS[RATES["base"]]}, indent=1))
    for lang in langs:
        ui = UI.get(lang, UI["en"])
        lines = []
        for k, v in ui.items():
            if isinstance(v, str):
                lines.append(f"{k}: {json.dumps(v, ensure_ascii=False)}")
        write(root / "i18n" / f"{lang}.yaml", "\n".join(lines) + "\n")
    # lists the templates need (steps, payment type names) go to data too
    write(root / "data" / "ui.json", json.dumps({l: {"steps": UI.get(l, UI["en"])["steps"],
                                                     "payment_types": UI.get(l, UI["en"])["payment_types"]}
                                                 for l in langs}, ensure_ascii=False))

    # content
    for lang in langs:
        r = routes(lang)
        cdir = root / "content" / lang
        home_title = data[lang]["name"]
        write(cdir / "_index.md", yaml_front({"title": home_title, "description": data[lang]["tagline"],
                                               "translationKey": "home"}) + "")
        write(cdir / f"{r[3]}.md", yaml_front({"title": UI.get(lang, UI["en"])["order"], "layout": "order",
                                                "translationKey": "order",
                                                "description": UI.get(lang, UI["en"])["order_page_intro"]}))
        write(cdir / f"{r[4]}.md", yaml_front({"title": UI.get(lang, UI["en"])["about"], "layout": "about",
                                                "translationKey": "about", "description": data[lang]["tagline"]}))
        care_body = ("Lave las piezas a mano con agua tibia. Cure los molcajetes con arroz y sal.\n\n"
                     "- No use el lavavajillas.\n- Seque al aire.\n" if lang == "es" else
                     "Wash pieces by hand in warm water. Season molcajetes with rice and salt.\n\n"
                     "- No dishwasher.\n- Air dry.\n")
        slug_care = r[5] if lang in ROUTES else f"{lang}-care-guide"
        write(cdir / f"{slug_care}.md", yaml_front({"title": "Cuidados de sus piezas" if lang == "es" else "Caring for your pieces",
                                                    "translationKey": "care", "layout": "page"}) + care_body)
        for c in data[lang]["categories"]:
            write(cdir / r[1] / c["slug"] / "_index.md",
                  yaml_front({"title": c["name"], "description": c["description"], "translationKey": f"cat-{c['id']}",
                              "catid": c["id"]}))
        pdir = cdir / r[0]
        pdir.mkdir(parents=True, exist_ok=True)
        for pr in products:
            imgs = pr["images"] or [image_names[0]]
            fm = {"title": pr["title"][lang], "slug": pr["slug"][lang], "type": "product",
                  "translationKey": f"p{pr['num']}", "sku": pr["sku"], "price": pr["price"]}
            if pr["fixed"]:
                fm["prices"] = {k.lower(): v for k, v in pr["fixed"].items()}
            fm.update({
                "unit": pr["unit"][lang], "min_order": pr["min_order"], "availability": pr["availability"],
                "category": pr["id"], r[1]: [text_idx(lang, (pr["cat"][3], pr["cat"][4]))],
                "tags": pr["tags"][lang],
                "images": [{"src": s, "alt": a} for s, a in zip(imgs, pr["alts"][lang])],
                "origin": pr["origin"], "country_of_origin": "MX", "materials": pr["materials"][lang],
                "dimensions": pr["dims"], "weight_kg": pr["weight"], "hs_code": pr["hs"], "featured": pr["featured"],
                "description": pr["description"][lang],
            })
            (pdir / f"{pr['slug'][lang]}.md").write_text(yaml_front(fm) + pr["body"][lang], encoding="utf-8")

    css = REPO / "themes/default/static/style.css"
    (root / "static").mkdir(parents=True, exist_ok=True)
    if css.exists():
        shutil.copy(css, root / "static" / "style.css")
    else:
        write(root / "static" / "style.css", "body{font-family:system-ui}\n")
    for name, text in HUGO_LAYOUTS.items():
        write(root / "layouts" / name, text.lstrip("\n"))


def yaml_front(d):
    return f"---\n{yaml_dump(d)}\n---\n"


HUGO_LAYOUTS = {}

HUGO_LAYOUTS["_default/baseof.html"] = r"""
{{- $co := index site.Data.company site.Language.Lang -}}
<!doctype html>
<html lang="{{ site.Language.Lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">
{{ end }}<link rel="canonical" href="{{ .Permalink }}">
{{ if .IsTranslated }}{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ end }}{{ with index .AllTranslations 0 }}<link rel="alternate" hreflang="x-default" href="{{ .Permalink }}">
{{ end }}{{ end }}<meta property="og:type" content="{{ if eq .Type "product" }}product{{ else }}website{{ end }}">
<meta property="og:title" content="{{ .Title }}">
{{ with .Description }}<meta property="og:description" content="{{ . }}">
{{ end }}<meta property="og:url" content="{{ .Permalink }}">
<meta property="og:site_name" content="{{ $co.name }}">
<meta property="og:locale" content="{{ site.Params.ogLocale }}">
{{ range .Translations }}<meta property="og:locale:alternate" content="{{ .Site.Params.ogLocale }}">
{{ end }}{{ $share := dict }}{{ $alt := "" }}
{{- if eq .Type "product" }}{{ $im := index .Params.images 0 }}{{ $share = partialCached "share.html" $im.src $im.src }}{{ $alt = $im.alt }}
{{- else }}{{ $d := partialCached "default-share.html" site.Language.Lang site.Language.Lang }}{{ $share = $d.share }}{{ $alt = $d.alt }}{{ end -}}
{{ with $share }}<meta property="og:image" content="{{ .url }}">
<meta property="og:image:type" content="image/jpeg">
<meta property="og:image:width" content="{{ .w }}">
<meta property="og:image:height" content="{{ .h }}">
<meta property="og:image:alt" content="{{ $alt }}">
{{ end }}<meta name="twitter:card" content="summary_large_image">
{{ block "share" . }}{{ end }}<link rel="stylesheet" href="{{ "style.css" | relURL }}">
{{ block "jsonld" . }}{{ end }}</head>
<body>
<a class="skip" href="#main">{{ i18n "skip" }}</a>
<header class="site-header">
  <div class="wrap header-row">
    <a class="brand" href="{{ $co.home }}"><span>{{ $co.name }}</span></a>
    {{ if .IsTranslated }}<nav class="langs" aria-label="{{ i18n "language" }}"><ul>
      {{ $cur := .Language.Lang }}{{ range .AllTranslations }}<li>{{ if eq .Language.Lang $cur }}<a href="{{ .RelPermalink }}" aria-current="page" lang="{{ .Language.Lang }}" hreflang="{{ .Language.Lang }}">{{ upper .Language.Lang }}</a>{{ else }}<a href="{{ .RelPermalink }}" lang="{{ .Language.Lang }}" hreflang="{{ .Language.Lang }}" title="{{ .Language.LanguageName }}">{{ upper .Language.Lang }}</a>{{ end }}</li>
      {{ end }}</ul></nav>{{ end }}
  </div>
  {{ $here := .RelPermalink }}<nav class="wrap main-nav" aria-label="{{ i18n "main_menu" }}"><ul>
    {{ range $co.categories }}<li><a href="{{ .path }}"{{ if eq .path $here }} aria-current="page"{{ end }}>{{ .name }}</a></li>
    {{ end }}<li><a href="{{ $co.order_path }}"{{ if eq $co.order_path $here }} aria-current="page"{{ end }}>{{ i18n "order" }}</a></li>
    <li><a href="{{ $co.about_path }}"{{ if eq $co.about_path $here }} aria-current="page"{{ end }}>{{ i18n "about" }}</a></li>
  </ul></nav>
</header>
{{ block "crumbs" . }}{{ end }}<main id="main" class="wrap">
{{ block "main" . }}{{ end }}
</main>
{{ partialCached "footer.html" . site.Language.Lang }}
</body>
</html>
"""

HUGO_LAYOUTS["partials/footer.html"] = r"""
{{- $co := index site.Data.company site.Language.Lang -}}
<footer class="site-footer">
  <div class="wrap footer-grid">
    <section>
      <h2>{{ $co.name }}</h2>
      <p>{{ $co.tagline }}</p>
      <p>{{ $co.location_text }}</p>
    </section>
    <section>
      <h2>{{ i18n "contact_title" }}</h2>
      <ul class="plain">
        <li><a href="https://wa.me/{{ $co.contact.wa_digits }}">{{ i18n "wa_short" }}: {{ $co.contact.whatsapp }}</a></li>
        <li><a href="https://m.me/{{ $co.contact.messenger }}">{{ i18n "ms_short" }}</a></li>
        <li><a href="mailto:{{ $co.contact.email }}">{{ $co.contact.email }}</a></li>
        <li>{{ i18n "hours" }}: {{ $co.contact.hours }}</li>
      </ul>
    </section>
    <section>
      <h2>{{ i18n "pages" }}</h2>
      <ul class="plain">
        <li><a href="{{ $co.order_path }}">{{ i18n "order" }}</a></li>
        <li><a href="{{ $co.about_path }}">{{ i18n "about" }}</a></li>
        {{ range where site.Pages "Layout" "page" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
        {{ end }}{{ range $co.social }}<li><a href="{{ .url }}" rel="me">{{ humanize .network }}</a></li>
        {{ end }}</ul>
    </section>
  </div>
  <p class="wrap small">© {{ $co.year }} {{ $co.legal_name }}, {{ $co.legal_form }} · {{ i18n "privacy" }}</p>
</footer>
"""

# One source photo -> its responsive variants (WebP + JPEG at each width, never above the original): the same
# outputs as vitrina. Cached per source, like vitrina's renditions.
HUGO_LAYOUTS["partials/rendition.html"] = r"""
{{- $img := resources.Get (printf "images/%s" .) -}}
{{- $webp := slice }}{{ $jpg := slice }}{{ $src := "" }}{{ $last := "" }}{{ $abs := "" }}{{ $w := 0 }}{{ $h := 0 }}{{ $done := false -}}
{{- range site.Params.widths }}{{ if not $done }}
  {{- $tw := . }}{{ if ge $tw $img.Width }}{{ $tw = $img.Width }}{{ $done = true }}{{ end -}}
  {{- $a := $img.Resize (printf "%dx webp q80 Lanczos" $tw) -}}
  {{- $b := $img.Resize (printf "%dx jpg q80 Lanczos" $tw) -}}
  {{- $webp = $webp | append (printf "%s %dw" $a.RelPermalink $tw) -}}
  {{- $jpg = $jpg | append (printf "%s %dw" $b.RelPermalink $tw) -}}
  {{- if and (eq $src "") (ge $tw 960) }}{{ $src = $b.RelPermalink }}{{ end -}}
  {{- $last = $b.RelPermalink }}{{ $abs = $b.Permalink }}{{ $w = $b.Width }}{{ $h = $b.Height -}}
{{- end }}{{ end -}}
{{- if eq $src "" }}{{ $src = $last }}{{ end -}}
{{- return (dict "webp" (delimit $webp ", ") "jpg" (delimit $jpg ", ") "src" $src "w" $w "h" $h "largest" $abs) -}}
"""

HUGO_LAYOUTS["partials/share.html"] = r"""
{{- $img := resources.Get (printf "images/%s" .) -}}
{{- $s := $img.Fill "1200x630 Center jpg q80 Lanczos" -}}
{{- return (dict "url" $s.Permalink "w" $s.Width "h" $s.Height) -}}
"""

HUGO_LAYOUTS["partials/default-share.html"] = r"""
{{- $p := index (where site.RegularPages "Params.featured" true) 0 -}}
{{- $im := index $p.Params.images 0 -}}
{{- return (dict "share" (partialCached "share.html" $im.src $im.src) "alt" $im.alt) -}}
"""

HUGO_LAYOUTS["partials/picture.html"] = r"""
{{- $r := partialCached "rendition.html" .src .src -}}
<picture>
  <source type="image/webp" srcset="{{ $r.webp }}" sizes="{{ .sizes }}">
  <img src="{{ $r.src }}" srcset="{{ $r.jpg }}" sizes="{{ .sizes }}" alt="{{ .alt }}" width="{{ $r.w }}" height="{{ $r.h }}"{{ if .lazy }} loading="lazy"{{ else }} fetchpriority="high"{{ end }} decoding="async">
</picture>
"""

# Price in the base currency plus each display currency: fixed price if the product has one, else converted.
HUGO_LAYOUTS["partials/price.html"] = r"""
{{- $rates := site.Data.rates -}}
{{- $p := .Params.price -}}
{{- $res := dict "on_request" true -}}
{{- if ne $p "on request" -}}
{{- $amount := float $p -}}
{{- $others := slice -}}
{{- range $rates.display -}}
  {{- $code := .code -}}
  {{- $fx := 0.0 }}{{ $approx := true -}}
  {{- with $.Params.prices }}{{ with index . (lower $code) }}{{ $fx = float . }}{{ $approx = false }}{{ end }}{{ end -}}
  {{- if $approx }}{{ $fx = mul $amount .rate }}{{ end -}}
  {{- $others = $others | append (dict "code" .code "amount" (printf "%.2f" $fx) "text" (printf "%s%s" .symbol (lang.FormatNumber 2 $fx)) "approximate" $approx) -}}
{{- end -}}
{{- $res = dict "on_request" false "amount" (printf "%.2f" $amount) "currency" $rates.base "text" (printf "%s%s %s" $rates.symbol (lang.FormatNumber 2 $amount) $rates.base) "others" $others -}}
{{- end -}}
{{- return $res -}}
"""

HUGO_LAYOUTS["partials/card.html"] = r"""
{{- $im := index .Params.images 0 -}}
{{- $pr := partialCached "price.html" . .RelPermalink -}}
<li class="card">
  <a href="{{ .RelPermalink }}">
    {{ partial "picture.html" (dict "src" $im.src "alt" $im.alt "sizes" "(min-width: 72rem) 17rem, (min-width: 48rem) 31vw, 48vw" "lazy" true) }}
    <span class="card-title">{{ .Title }}</span>
  </a>
  <p class="card-price">{{ if $pr.on_request }}{{ i18n "on_request" }}{{ else }}<data value="{{ $pr.amount }}">{{ $pr.text }}</data>{{ with index $pr.others 0 }} <span class="fx">{{ if .approximate }}≈ {{ end }}{{ .text }}</span>{{ end }}{{ end }}</p>
  {{ if ne .Params.availability "in_stock" }}<p class="badge badge-{{ .Params.availability }}">{{ i18n .Params.availability }}</p>{{ end }}
</li>
"""

HUGO_LAYOUTS["partials/contact-buttons.html"] = r"""
{{- $c := .contact -}}
<p class="buttons">
  <a class="btn btn-wa" href="https://wa.me/{{ $c.wa_digits }}?text={{ i18n "order_page_intro" | urlquery }}">{{ i18n "wa_short" }}</a>
  <a class="btn btn-ms" href="https://m.me/{{ $c.messenger }}">{{ i18n "ms_short" }}</a>
  <a class="btn btn-mail" href="mailto:{{ $c.email }}">{{ i18n "mail_short" }}</a>
</p>
"""

HUGO_LAYOUTS["partials/crumbs-ld.html"] = r"""
{{- $co := index site.Data.company site.Language.Lang -}}
{{- $items := slice (dict "name" (i18n "home") "url" ($co.home | absURL)) -}}
{{- range . }}{{ $items = $items | append . }}{{ end -}}
{{- $list := slice }}{{ range $i, $b := $items }}{{ $list = $list | append (dict "@type" "ListItem" "position" (add $i 1) "name" $b.name "item" $b.url) }}{{ end -}}
<script type="application/ld+json">{{ dict "@context" "https://schema.org" "@type" "BreadcrumbList" "itemListElement" $list | jsonify | safeJS }}</script>
"""

HUGO_LAYOUTS["partials/crumbs-nav.html"] = r"""
{{- $co := index site.Data.company site.Language.Lang -}}
{{- $items := slice (dict "name" (i18n "home") "path" $co.home) -}}
{{- range . }}{{ $items = $items | append . }}{{ end -}}
<nav class="wrap crumbs" aria-label="{{ i18n "breadcrumb" }}"><ol>
  {{ range $i, $b := $items }}<li>{{ if eq (add $i 1) (len $items) }}<span aria-current="page">{{ $b.name }}</span>{{ else }}<a href="{{ $b.path }}">{{ $b.name }}</a>{{ end }}</li>
  {{ end }}</ol></nav>
"""

HUGO_LAYOUTS["partials/org-ld.html"] = r"""
{{- $co := index site.Data.company site.Language.Lang -}}
{{- $same := slice }}{{ range $co.social }}{{ $same = $same | append .url }}{{ end }}{{ range $co.marketplaces }}{{ $same = $same | append .url }}{{ end -}}
{{- $langs := slice }}{{ range site.Languages }}{{ $langs = $langs | append .Lang }}{{ end -}}
{{- $org := dict "@context" "https://schema.org" "@type" "Organization" "@id" (printf "%s#org" site.BaseURL) "name" $co.name "legalName" (printf "%s, %s" $co.legal_name $co.legal_form) "url" site.BaseURL "description" $co.tagline "email" $co.contact.email "foundingDate" (string $co.founded) "sameAs" $same "address" (dict "@type" "PostalAddress" "addressCountry" $co.location.country "addressLocality" $co.location.city "addressRegion" $co.location.region) "contactPoint" (slice (dict "@type" "ContactPoint" "contactType" "sales" "email" $co.contact.email "telephone" $co.contact.phone "availableLanguage" $langs)) -}}
<script type="application/ld+json">{{ $org | jsonify | safeJS }}</script>
"""

HUGO_LAYOUTS["product/single.html"] = r"""
{{ define "share" }}{{ if ne .Params.price "on request" }}{{ $pr := partialCached "price.html" . .RelPermalink }}<meta property="product:price:amount" content="{{ $pr.amount }}">
<meta property="product:price:currency" content="{{ $pr.currency }}">
{{ end }}<meta property="product:availability" content="{{ if eq .Params.availability "in_stock" }}in stock{{ else if eq .Params.availability "out_of_stock" }}out of stock{{ else if eq .Params.availability "preorder" }}preorder{{ else }}available for order{{ end }}">
<meta property="product:condition" content="new">
<meta property="product:retailer_item_id" content="{{ .Params.sku }}">
{{ end }}
{{ define "jsonld" }}{{ $co := index site.Data.company site.Language.Lang }}{{ $cat := index $co.catmap .Params.category -}}
{{ $pr := partialCached "price.html" . .RelPermalink -}}
{{ if not $pr.on_request -}}
{{ $imgs := slice }}{{ range .Params.images }}{{ $r := partialCached "rendition.html" .src .src }}{{ $imgs = $imgs | append $r.largest }}{{ end -}}
{{ $im0 := index .Params.images 0 }}{{ $imgs = $imgs | append (partialCached "share.html" $im0.src $im0.src).url -}}
{{ $avail := dict "in_stock" "https://schema.org/InStock" "out_of_stock" "https://schema.org/OutOfStock" "preorder" "https://schema.org/PreOrder" "made_to_order" "https://schema.org/MadeToOrder" -}}
{{ $offer := dict "@type" "Offer" "price" $pr.amount "priceCurrency" $pr.currency "availability" (index $avail .Params.availability) "itemCondition" "https://schema.org/NewCondition" "url" .Permalink "seller" (dict "@id" (printf "%s#org" site.BaseURL)) -}}
{{ $ld := dict "@context" "https://schema.org" "@type" "Product" "@id" (printf "%s#product" .Permalink) "name" .Title "sku" .Params.sku "description" .Description "image" $imgs "brand" (dict "@type" "Brand" "name" $co.name) "category" $cat.name "material" (delimit .Params.materials ", ") "countryOfOrigin" (dict "@type" "Country" "name" .Params.country_of_origin) "weight" (dict "@type" "QuantitativeValue" "unitCode" "KGM" "value" .Params.weight_kg) "offers" $offer -}}
<script type="application/ld+json">{{ $ld | jsonify | safeJS }}</script>
{{ end }}{{ partial "crumbs-ld.html" (slice (dict "name" $cat.name "url" ($cat.path | absURL)) (dict "name" .Title "url" .Permalink)) }}{{ end }}
{{ define "crumbs" }}{{ $co := index site.Data.company site.Language.Lang }}{{ $cat := index $co.catmap .Params.category }}{{ partial "crumbs-nav.html" (slice (dict "name" $cat.name "path" $cat.path) (dict "name" .Title "path" .RelPermalink)) }}{{ end }}
{{ define "main" }}{{ $co := index site.Data.company site.Language.Lang }}{{ $cat := index $co.catmap .Params.category }}{{ $rates := site.Data.rates -}}
{{ $pr := partialCached "price.html" . .RelPermalink -}}
<article class="product">
  <div class="gallery">
    {{ range $i, $im := .Params.images }}{{ if eq $i 0 }}{{ partial "picture.html" (dict "src" $im.src "alt" $im.alt "sizes" "(min-width: 72rem) 38rem, (min-width: 48rem) 52vw, 100vw" "lazy" false) }}{{ end }}
    {{ end }}
  </div>
  <div class="summary">
    <h1>{{ .Title }}</h1>
    <p class="muted">{{ i18n "sku" }}: {{ .Params.sku }} · <a href="{{ $cat.path }}">{{ $cat.name }}</a></p>
    <div class="price">
      {{ if $pr.on_request }}<p class="price-main">{{ i18n "on_request" }}</p>
      <p class="note">{{ i18n "on_request_note" }}</p>
      {{ else }}<p class="price-main"><data value="{{ $pr.amount }}">{{ $pr.text }}</data>{{ with .Params.unit }} <span class="unit">{{ i18n "per" }} {{ . }}</span>{{ end }}</p>
      <ul class="fx">
        {{ range $pr.others }}<li>{{ if .approximate }}<abbr title="{{ i18n "approx_title" }}">≈</abbr> {{ end }}<data value="{{ .amount }}">{{ .text }}</data>{{ if not .approximate }} <small>({{ i18n "fixed_note" }})</small>{{ end }}</li>
        {{ end }}</ul>
      <p class="note">{{ printf (i18n "fx_note") $rates.date (printf " (%s)" $rates.source) $pr.currency }}</p>
      {{ end }}
    </div>
    <p class="badge badge-{{ .Params.availability }}">{{ i18n .Params.availability }}</p>
    {{ $msg := printf (i18n "message") .Title .Params.sku .Permalink -}}
    {{ $subject := printf (i18n "subject") .Title .Params.sku -}}
    <section class="order-box" aria-labelledby="order-title">
      <h2 id="order-title">{{ i18n "order_title" }}</h2>
      <p>{{ i18n "order_intro" }}</p>
      <p class="buttons">
        <a class="btn btn-wa" href="https://wa.me/{{ $co.contact.wa_digits }}?text={{ $msg | urlquery }}">{{ i18n "wa" }}</a>
        <a class="btn btn-ms" href="https://m.me/{{ $co.contact.messenger }}?ref={{ .Params.sku | urlquery }}">{{ i18n "ms" }}</a>
        <a class="btn btn-mail" href="mailto:{{ $co.contact.email }}?subject={{ $subject | urlquery }}&amp;body={{ replace $msg "\n" "\r\n" | urlquery }}">{{ i18n "mail" }}</a>
      </p>
      <details><summary>{{ i18n "message_label" }}</summary><pre class="message">{{ $msg }}</pre></details>
      <p class="how-short">{{ i18n "how_summary" }} <a href="{{ $co.order_path }}">{{ i18n "how_link" }}</a></p>
    </section>
  </div>
  {{ if gt (len .Params.images) 1 }}<div class="more-photos">
    {{ range $i, $im := .Params.images }}{{ if gt $i 0 }}{{ partial "picture.html" (dict "src" $im.src "alt" $im.alt "sizes" "(min-width: 48rem) 16rem, 50vw" "lazy" true) }}
    {{ end }}{{ end }}
  </div>{{ end }}
  <div class="description">
    {{ .Content }}
  </div>
  <section class="details" aria-labelledby="details-title">
    <h2 id="details-title">{{ i18n "details" }}</h2>
    <dl>
      <div><dt>{{ i18n "origin" }}</dt><dd>{{ .Params.origin }}</dd></div>
      <div><dt>{{ i18n "materials" }}</dt><dd>{{ delimit .Params.materials ", " }}</dd></div>
      <div><dt>{{ i18n "dimensions" }}</dt><dd>{{ .Params.dimensions }}</dd></div>
      <div><dt>{{ i18n "weight" }}</dt><dd>{{ .Params.weight_kg }} kg</dd></div>
      <div><dt>{{ i18n "min_order" }}</dt><dd>{{ .Params.min_order }} {{ .Params.unit }}</dd></div>
      <div><dt>{{ i18n "hs_code" }}</dt><dd>{{ .Params.hs_code }}</dd></div>
      </dl>
  </section>
</article>
{{ end }}
"""

HUGO_LAYOUTS["_default/term.html"] = r"""
{{ define "jsonld" }}{{ partial "crumbs-ld.html" (slice (dict "name" .Title "url" .Permalink)) }}{{ end }}
{{ define "crumbs" }}{{ partial "crumbs-nav.html" (slice (dict "name" .Title "path" .RelPermalink)) }}{{ end }}
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ with .Description }}<p class="lead">{{ . }}</p>{{ end }}
{{ with .Pages }}<ul class="cards">
{{ range . }}{{ partial "card.html" . }}
{{ end }}</ul>
{{ else }}<p>{{ i18n "empty" }}</p>{{ end }}
{{ end }}
"""

HUGO_LAYOUTS["index.html"] = r"""
{{ define "jsonld" }}{{ partial "org-ld.html" . }}{{ end }}
{{ define "main" }}{{ $co := index site.Data.company site.Language.Lang -}}
<section class="hero">
  <h1>{{ $co.name }}</h1>
  <p class="lead">{{ $co.tagline }}</p>
  <p class="trust-line">{{ i18n "years" (sub $co.year $co.founded) }} · {{ $co.location_text }}</p>
  {{ partial "contact-buttons.html" $co }}
  <p><a href="{{ $co.order_path }}">{{ i18n "how_link" }}</a></p>
</section>

<section aria-labelledby="featured">
  <h2 id="featured">{{ i18n "featured" }}</h2>
  <ul class="cards">
  {{ range where site.RegularPages "Params.featured" true }}{{ partial "card.html" . }}
  {{ end }}</ul>
</section>

<section aria-labelledby="cats">
  <h2 id="cats">{{ i18n "categories" }}</h2>
  <ul class="cards cats">
  {{ $terms := index site.Taxonomies site.Params.taxonomy }}{{ range $co.categories }}{{ $wp := index $terms .slug }}<li class="card">
    <a href="{{ .path }}">
      {{ with $wp }}{{ $first := index .Pages 0 }}{{ $im := index $first.Params.images 0 }}{{ partial "picture.html" (dict "src" $im.src "alt" "" "sizes" "(min-width: 72rem) 17rem, (min-width: 48rem) 31vw, 48vw" "lazy" true) }}{{ end }}
      <span class="card-title">{{ .name }}</span>
    </a>
    <p class="muted">{{ i18n "products_count" (len $wp) }}</p>
  </li>
  {{ end }}</ul>
</section>

<section class="how" aria-labelledby="how">
  <h2 id="how">{{ i18n "how_title" }}</h2>
  <p>{{ i18n "how_summary" }}</p>
  <p><a href="{{ $co.order_path }}">{{ i18n "how_link" }}</a></p>
</section>

<section aria-labelledby="reviews">
  <h2 id="reviews">{{ i18n "testimonials" }}</h2>
  <ul class="quotes">
  {{ range $co.testimonials }}<li><blockquote><p>“{{ .quote }}”</p></blockquote>
    <p class="muted">— {{ .author }}, {{ .country }} · <a href="{{ .source }}" rel="nofollow noopener">{{ i18n "source" }}</a></p></li>
  {{ end }}</ul>
</section>
{{ end }}
"""

HUGO_LAYOUTS["_default/order.html"] = r"""
{{ define "jsonld" }}{{ partial "crumbs-ld.html" (slice (dict "name" .Title "url" .Permalink)) }}{{ end }}
{{ define "crumbs" }}{{ partial "crumbs-nav.html" (slice (dict "name" .Title "path" .RelPermalink)) }}{{ end }}
{{ define "main" }}{{ $co := index site.Data.company site.Language.Lang }}{{ $ui := index site.Data.ui site.Language.Lang -}}
<h1>{{ .Title }}</h1>
<p class="lead">{{ i18n "order_page_intro" }}</p>
{{ partial "contact-buttons.html" $co }}
<section aria-labelledby="steps">
  <h2 id="steps">{{ i18n "steps_title" }}</h2>
  <ol class="steps">
    {{ range $ui.steps }}<li>{{ . }}</li>
    {{ end }}</ol>
  <p class="callout">{{ i18n "ship_after" }}</p>
</section>
<section aria-labelledby="payment">
  <h2 id="payment">{{ i18n "payment_title" }}</h2>
  <ul class="plain payments">
    {{ range $co.payment_methods }}<li><strong>{{ index $ui.payment_types .type }}</strong> — {{ .provider }} <span class="muted">({{ i18n "currencies" }}: {{ delimit .currencies ", " }})</span><br>{{ .note }}</li>
    {{ end }}</ul>
  <p class="note">{{ i18n "no_account" }}</p>
</section>
<section aria-labelledby="shipping">
  <h2 id="shipping">{{ i18n "shipping_title" }}</h2>
  <div class="table-wrap"><table>
    <thead><tr><th scope="col">{{ i18n "zone" }}</th><th scope="col">{{ i18n "delivery" }}</th><th scope="col">{{ i18n "cost" }}</th><th scope="col">{{ i18n "carriers" }}</th></tr></thead>
    <tbody>
    {{ range $co.shipping.zones }}<tr>
      <th scope="row">{{ .name }}<br><small class="muted">{{ delimit .countries ", " }}</small></th>
      <td>{{ printf (i18n "days") (index .delivery_days 0) (index .delivery_days 1) }}</td>
      <td>{{ with .cost }}{{ site.Data.rates.symbol }}{{ lang.FormatNumber 2 .amount }} {{ .currency }}{{ else }}{{ .cost_note }}{{ end }}</td>
      <td>{{ delimit .carriers ", " }}</td>
    </tr>
    {{ end }}</tbody>
  </table></div>
  <p><strong>{{ i18n "minimum" }}:</strong> {{ $co.shipping.minimum_order }}</p>
  <p><strong>{{ i18n "duties" }}:</strong> {{ $co.shipping.duties }}</p>
</section>
<section aria-labelledby="checklist">
  <h2 id="checklist">{{ i18n "checklist_title" }}</h2>
  <ul class="checklist">
    {{ range $co.ordering.checklist }}<li>{{ . }}</li>
    {{ end }}</ul>
</section>
<section aria-labelledby="tracking">
  <h2 id="tracking">{{ i18n "tracking_title" }}</h2>
  <p>{{ i18n "tracking_intro" }}</p>
  <ul class="plain">
    {{ range $co.shipping.carriers }}<li><a href="{{ replace .tracking_url "{tracking}" "" }}" rel="noopener">{{ .name }}</a></li>
    {{ end }}</ul>
</section>
{{ end }}
"""

HUGO_LAYOUTS["_default/about.html"] = r"""
{{ define "jsonld" }}{{ partial "org-ld.html" . }}{{ partial "crumbs-ld.html" (slice (dict "name" .Title "url" .Permalink)) }}{{ end }}
{{ define "crumbs" }}{{ partial "crumbs-nav.html" (slice (dict "name" .Title "path" .RelPermalink)) }}{{ end }}
{{ define "main" }}{{ $co := index site.Data.company site.Language.Lang -}}
<h1>{{ .Title }}</h1>
<p class="lead">{{ $co.tagline }}</p>
<ul class="facts">
  <li><strong>{{ i18n "years" (sub $co.year $co.founded) }}</strong><br><span class="muted">{{ printf (i18n "since") $co.founded }}</span></li>
  <li><strong>{{ i18n "location" }}</strong><br><span class="muted">{{ $co.location_text }}</span></li>
  <li><strong>{{ i18n "markets" }}</strong><br><span class="muted">{{ delimit $co.markets ", " }}</span></li>
</ul>
<section aria-labelledby="story">
  <h2 id="story">{{ i18n "story" }}</h2>
  {{ $co.story | markdownify }}
</section>
<section aria-labelledby="certs">
  <h2 id="certs">{{ i18n "certifications" }}</h2>
  <ul class="plain">
    {{ range $co.certifications }}<li><a href="{{ .url }}" rel="noopener">{{ .name }}</a> — {{ .issuer }} ({{ .id }}), {{ .year }}</li>
    {{ end }}{{ range $co.memberships }}<li><a href="{{ .url }}" rel="noopener">{{ .name }}</a> · {{ printf (i18n "since") .since }}</li>
    {{ end }}</ul>
</section>
<section aria-labelledby="reviews">
  <h2 id="reviews">{{ i18n "testimonials" }}</h2>
  <ul class="quotes">
  {{ range $co.testimonials }}<li><blockquote><p>“{{ .quote }}”</p></blockquote>
    <p class="muted">— {{ .author }}, {{ .country }} · <time datetime="{{ .date }}">{{ .date }}</time> · <a href="{{ .source }}" rel="nofollow noopener">{{ i18n "source" }}</a></p></li>
  {{ end }}</ul>
</section>
<section aria-labelledby="channels">
  <h2 id="channels">{{ i18n "channels" }}</h2>
  <ul class="plain">
    <li>{{ i18n "wa_short" }}: <a href="https://wa.me/{{ $co.contact.wa_digits }}">{{ $co.contact.whatsapp }}</a></li>
    <li>{{ i18n "ms_short" }}: <a href="https://m.me/{{ $co.contact.messenger }}">{{ $co.contact.messenger }}</a></li>
    <li>{{ i18n "mail_short" }}: <a href="mailto:{{ $co.contact.email }}">{{ $co.contact.email }}</a></li>
    <li>{{ i18n "hours" }}: {{ $co.contact.hours }} ({{ $co.contact.timezone }})</li>
    {{ range $co.social }}<li><a href="{{ .url }}" rel="me">{{ humanize .network }}</a></li>
    {{ end }}{{ range $co.marketplaces }}<li><a href="{{ .url }}">{{ .name }}</a></li>
    {{ end }}</ul>
</section>
<section aria-labelledby="legal">
  <h2 id="legal">{{ i18n "legal" }}</h2>
  <h3>{{ i18n "returns" }}</h3>{{ $co.legal.returns | markdownify }}
  <h3>{{ i18n "terms" }}</h3>{{ $co.legal.terms | markdownify }}
</section>
{{ end }}
"""

HUGO_LAYOUTS["_default/page.html"] = r"""
{{ define "jsonld" }}{{ partial "crumbs-ld.html" (slice (dict "name" .Title "url" .Permalink)) }}{{ end }}
{{ define "crumbs" }}{{ partial "crumbs-nav.html" (slice (dict "name" .Title "path" .RelPermalink)) }}{{ end }}
{{ define "main" }}
<article class="prose">
  <h1>{{ .Title }}</h1>
  {{ .Content }}
</article>
{{ end }}
"""

HUGO_LAYOUTS["_default/single.html"] = HUGO_LAYOUTS["_default/page.html"]

HUGO_LAYOUTS["404.html"] = r"""
{{ define "main" }}
<section lang="{{ site.Language.Lang }}" class="notfound">
  <h1>{{ i18n "notfound" }}</h1>
  <p>{{ i18n "notfound_text" }}</p>
  <p><a href="{{ "" | relLangURL }}">{{ i18n "back" }}</a></p>
</section>
{{ end }}
"""


# ---------------------------------------------------------------------------------------------------------------
# Images

def make_photo(path, seed, size=(4000, 3000)):
    """A photo-like JPEG: smooth colour fields + gradient + shapes with edges + fine grain, quality 90."""
    from PIL import Image, ImageDraw, ImageFilter
    rng = random.Random(seed)
    w, h = size
    # low-frequency colour field (like a blurred scene)
    field = Image.frombytes("RGB", (8, 6), rng.randbytes(8 * 6 * 3)).resize((w, h), Image.BICUBIC)
    # vertical light gradient
    grad = Image.linear_gradient("L").resize((w, h)).rotate(rng.choice([0, 90, 180, 270]), expand=False).resize((w, h))
    img = Image.composite(field, Image.new("RGB", (w, h), (rng.randint(150, 255),) * 3), grad.point(lambda v: 90 + v // 3))
    # objects: ellipses and rectangles with hard edges, slightly blurred
    d = ImageDraw.Draw(img)
    for _ in range(rng.randint(6, 14)):
        x0, y0 = rng.randint(0, w), rng.randint(0, h)
        x1, y1 = x0 + rng.randint(w // 12, w // 3), y0 + rng.randint(h // 12, h // 3)
        col = tuple(rng.randint(20, 235) for _ in range(3))
        (d.ellipse if rng.random() < 0.6 else d.rectangle)([x0, y0, x1, y1], fill=col)
    img = img.filter(ImageFilter.GaussianBlur(3))
    # mid-frequency texture (wood grain, fabric, stone)
    tex = Image.frombytes("RGB", (w // 6, h // 6), rng.randbytes((w // 6) * (h // 6) * 3)).resize((w, h), Image.BICUBIC)
    img = Image.blend(img, tex, 0.14)
    # sensor grain
    grain = Image.frombytes("L", (w, h), rng.randbytes(w * h)).convert("RGB")
    img = Image.blend(img, grain, 0.06)
    img.save(path, "JPEG", quality=90)


def make_small(path):
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (400, 300), (200, 170, 140))
    ImageDraw.Draw(img).ellipse([100, 60, 300, 240], fill=(120, 70, 40))
    img.save(path, "JPEG", quality=90)


def link_or_copy(src, dst):
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy(src, dst)


# ---------------------------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--products", type=int, required=True)
    ap.add_argument("--langs", default="es,en", help="comma-separated, first = default (es and en have real text)")
    ap.add_argument("--images", type=int, default=0, help="number of large source photos (0 = one small shared image)")
    ap.add_argument("--images-per-product", type=int, default=2)
    ap.add_argument("--photo-size", default="4000x3000")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--force", action="store_true", help="replace DIR/vitrina and DIR/hugo if they exist")
    a = ap.parse_args()
    langs = [l.strip() for l in a.langs.split(",") if l.strip()]
    out = Path(a.out)
    vroot, hroot = out / "vitrina", out / "hugo"
    for d in (vroot, hroot):
        if d.exists() and any(d.iterdir()):
            if not a.force:
                sys.exit(f"error: {d} is not empty (use --force to replace it)")
            shutil.rmtree(d)
    rng = random.Random(a.seed)

    # images
    (vroot / "images").mkdir(parents=True, exist_ok=True)
    (hroot / "assets" / "images").mkdir(parents=True, exist_ok=True)
    try:
        import PIL  # noqa: F401
    except ImportError:
        sys.exit("error: Pillow is needed to write the JPEGs: python3 -m pip install pillow")
    if a.images > 0:
        pw, ph = (int(x) for x in a.photo_size.lower().split("x"))
        names = [f"foto-{k + 1:03d}.jpg" for k in range(a.images)]
        cache = out / ".photos"
        cache.mkdir(parents=True, exist_ok=True)
        for k, name in enumerate(names):
            src = cache / f"{a.seed}-{pw}x{ph}-{name}"
            if not src.exists():  # photos are reused between corpora of the same seed and size
                make_photo(src.with_suffix(".tmp.jpg"), a.seed * 1000 + k, (pw, ph))
                src.with_suffix(".tmp.jpg").rename(src)
            link_or_copy(src, vroot / "images" / name)
            link_or_copy(src, hroot / "assets" / "images" / name)
        photos = names
    else:
        names = ["muestra.jpg"]
        make_small(vroot / "images" / names[0])
        link_or_copy(vroot / "images" / names[0], hroot / "assets" / "images" / names[0])
        photos = []

    prof = profile()
    products = make_products(a.products, langs, photos, a.images_per_product if photos else 1, rng)
    write_vitrina(vroot, langs, products, names, prof)
    write_hugo(hroot, langs, products, names, prof)

    nl = len(langs)
    cats = len(CATEGORIES)
    pages = nl * (a.products + cats + 4)  # products, categories, home, order, about, care page
    used = sorted({s for p in products for s in (p["images"] or names)})
    print(f"corpus: {a.products} products x {nl} languages ({','.join(langs)}), {cats} categories, "
          f"{len(used)} source image(s) ({'large photos' if photos else 'one small shared image'})")
    print(f"  vitrina: {vroot}  expected HTML pages: {pages} + 404")
    print(f"  hugo:    {hroot}  expected HTML pages: {pages} + {nl} x 404")
    print(f"  images to make from {len(used)} sources: {len(used)} x ({len(WIDTHS)} widths x 2 formats) + share crops")


if __name__ == "__main__":
    main()
