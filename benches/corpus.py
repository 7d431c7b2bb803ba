#!/usr/bin/env python3
"""Benchmark corpus: one export catalog written twice, as a vitrina site and as an equivalent Hugo site.

    python3 benches/corpus.py --products N --langs es,en --images M --out DIR [--images-per-product K] [--seed S]

Writes
  DIR/vitrina/   company.yaml (12 categories, payment methods, shipping zones, testimonials...), rates.yaml,
                 products/<slug>.md plus products/<slug>.<lang>.md for every other language, pages/cuidados*.md,
                 images/ (the source photos).
  DIR/hugo/      the same catalog as a multilingual Hugo site (one content dir per language, linked by
                 translationKey), data/company.json + data/rates.json + data/ui.json, i18n/, assets/images/ (the
                 same photos, hard-linked), static/ (the theme's style.css, enquiry.js, search.js) and a theme in
                 layouts/ that does, page for page, the same work as vitrina's default theme
                 (themes/default/templates/): the same page kinds, pagination and per-page blocks.
                 - Every page: prices in the base currency plus three converted (or fixed) currencies computed in
                   the template from the rates data, canonical + hreflang alternates incl. x-default, Open Graph
                   (+ product:*), the <body> data attributes enquiry.js reads (rates, UI strings as JSON, links),
                   the enquiry link and currency picker, the main menu, footer with the line-sheet link.
                 - Product pages: JSON-LD Product (with shippingDetails per zone) / BreadcrumbList, the photo
                   gallery (zoom links, thumbnails), WhatsApp / e-mail / Messenger order links with the message
                   URL-encoded, the add-to-enquiry form, the copyable message, the shipping box, details, share
                   links (WhatsApp, Facebook, X, LinkedIn, Pinterest, e-mail) and 4 related products as cards:
                   the neighbours in the category's page list (Pages.Next, as vitrina takes the next products of
                   the category; Hugo's .Related index scored every product of the category for every page,
                   which made Hugo's build grow with the square of the catalog).
                 - Listings of LISTING_PAGE (48) cards a page with the search form and numbered page links: all
                   products (productos/pagina/N/) and each category (a taxonomy term, categorias/x/pagina/N/).
                 - The line sheet: a cover listing its parts, and a part per category of PART_SIZE (50) products a
                   page (linea/x/pagina/N/) with SKU, prices, minimum order, HS code; noindex.
                 - The enquiry page, a home page with the 12 featured products and the category cards,
                   how-to-order, about and care pages, a 404 page, robots.txt and Hugo's multilingual sitemap
                   (with xhtml:link alternates).
                 - Per language, as custom output formats of the home: the Google Merchant RSS feed and the Meta
                   catalog CSV (feeds/google.xml, feeds/meta.csv; vitrina: feeds/google-LANG.xml,
                   feeds/meta-LANG.csv) and the search files (search/index.json, search/products.json; vitrina:
                   search/LANG.json, search/LANG-products.json).
                 Images go through Hugo image processing exactly as vitrina does them: widths 480/960/1600 (never
                 above the original) in WebP and JPEG, quality 80, Lanczos, plus a 1200x630 centre crop as the
                 og:image.
                 NOT done by the Hugo twin: the line sheet's QR codes (an inline SVG for the cover, each part and
                 each product; Hugo 0.111 has no QR function, images.QR arrived in Hugo 0.141), so its line-sheet
                 pages are about a fifth of vitrina's in bytes; vitrina's build record (.vitrina-manifest). Hugo
                 also writes what vitrina does not: a redirect page for page 1 of every paginated list
                 (.../pagina/1/), the /es/ redirect, a sitemap index and a sitemap per language, and /en/404.html.

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

# Strings of the default theme's newer blocks (enquiry list, share links, related products, listings, search,
# line sheet), copied from themes/default/i18n/{es,en}.yaml so that the Hugo pages carry the same text.
UI_MORE = {'es': {'enquiry': {'default_currency': '',
                    'title': 'Mi consulta',
                    'intro': 'Los productos que eligió, para pedir una sola cotización en un solo mensaje. La lista '
                             'se guarda en este navegador.',
                    'nav': 'Mi consulta',
                    'add': 'Agregar a mi consulta',
                    'add_short': 'Agregar a consulta',
                    'added': 'Agregado a su consulta: {count} productos.',
                    'quantity': 'Cantidad',
                    'remove': 'Quitar',
                    'empty': 'Su consulta está vacía. Agregue productos desde su página o desde el catálogo.',
                    'on_request': 'precio a consultar',
                    'total': 'Total aproximado',
                    'total_note': 'Las conversiones son solo de referencia, al tipo de cambio del {date}. Cotizamos '
                                  'y facturamos en {currency}; el envío se cotiza aparte.',
                    'destination': 'País y ciudad de destino',
                    'send_title': 'Enviar su consulta',
                    'copy': 'Copiar el mensaje',
                    'copied': 'Mensaje copiado.',
                    'copy_failed': 'Aquí no se permite copiar; seleccione el mensaje y cópielo a mano.',
                    'currency': 'Moneda',
                    'message_intro': 'Hola, quisiera una cotización de estos productos:',
                    'message_line': '- {qty} {unit} × {title} (SKU {sku})\n  {url}',
                    'message_total': 'Total aproximado: ≈ {total} (tipo de cambio del {date})',
                    'message_destination': 'País y ciudad de destino: {destination}',
                    'email_subject': 'Consulta: {count} productos',
                    'noscript': 'La lista de consulta necesita JavaScript. Puede pedir cada producto con los botones '
                                'de su página.',
                    'copy_hint': 'Messenger no recibe mensajes ya escritos: cópielo primero y péguelo en el chat.'},
        'share': {'title': 'Compartir',
                  'whatsapp': 'WhatsApp',
                  'facebook': 'Facebook',
                  'x': 'X',
                  'linkedin': 'LinkedIn',
                  'pinterest': 'Pinterest',
                  'email': 'Correo'},
        'related': {'title': 'También le puede interesar'},
        'listing': {'all_title': 'Todos los productos',
                    'page_title': '{title} — página {n}',
                    'pages': 'Páginas del listado',
                    'page': 'Página',
                    'previous': 'Anterior',
                    'next': 'Siguiente'},
        'search': {'query': 'Buscar',
                   'placeholder': 'Nombre o SKU',
                   'category': 'Categoría',
                   'any_category': 'Todas',
                   'availability': 'Disponibilidad',
                   'any_availability': 'Cualquiera',
                   'price_min': 'Precio desde ({currency})',
                   'price_max': 'Precio hasta ({currency})',
                   'submit': 'Buscar',
                   'clear': 'Limpiar',
                   'results': '{n} productos encontrados',
                   'none': 'Ningún producto coincide con su búsqueda.',
                   'more': 'Se muestran los primeros {n}; escriba más palabras para afinar.'},
        'line_sheet': {'nav': 'Lista de productos (imprimir)',
                       'title': 'Lista de productos',
                       'description': 'Lista de productos de {name}: cada producto con su SKU, precio, pedido mínimo '
                                      'y un código QR a su página, lista para imprimir.',
                       'intro': 'Todos los productos con su SKU, precio y pedido mínimo. Escanee un código QR para '
                                'abrir la página del producto y pedir por mensaje.',
                       'scan_catalog': 'Escanee para abrir el catálogo',
                       'scan_product': 'Escanee para ver y pedir',
                       'hs_code': 'Código HS',
                       'price_note': 'En papel los precios pueden quedar desactualizados: la página del producto '
                                     'tiene el precio vigente.',
                       'parts': 'Partes de la lista',
                       'part_count': '{count} productos',
                       'scan_part': 'Escanee para abrir esta parte',
                       'all_parts': 'Todas las partes de la lista'},
        'product': {'photos': 'Fotos',
                    'photo_larger': 'Ver foto grande',
                    'shipping_title': 'Envío',
                    'shipping_link': 'Todos los detalles de envío',
                    'fx_note_fixed': 'Los precios marcados como “precio fijo” los fijamos nosotros en esa moneda. '
                                     'Los demás son solo de referencia, al tipo de cambio del {date}{source}; los '
                                     'cotizamos y facturamos en {currency}. El envío se cotiza aparte.',
                    'price': 'Precio',
                    'whatsapp': 'Pedir por WhatsApp',
                    'email': 'Pedir por correo',
                    'messenger': 'Escribir por Messenger'},
        'nav_products': 'Productos'},
 'en': {'enquiry': {'default_currency': 'USD',
                    'title': 'My enquiry',
                    'intro': 'The products you picked, to ask for one quote in one message. The list stays in this '
                             'browser.',
                    'nav': 'My enquiry',
                    'add': 'Add to my enquiry',
                    'add_short': 'Add to enquiry',
                    'added': 'Added to your enquiry: {count} products.',
                    'quantity': 'Quantity',
                    'remove': 'Remove',
                    'empty': 'Your enquiry is empty. Add products from their pages or from the catalog.',
                    'on_request': 'price on request',
                    'total': 'Indicative total',
                    'total_note': 'Conversions are for reference only, at the exchange rate of {date}. We quote and '
                                  'invoice in {currency}; shipping is quoted separately.',
                    'destination': 'Destination country and city',
                    'send_title': 'Send your enquiry',
                    'copy': 'Copy the message',
                    'copied': 'Message copied.',
                    'copy_failed': 'Copying is not allowed here; select the message and copy it by hand.',
                    'currency': 'Currency',
                    'message_intro': 'Hello, I would like a quote for these products:',
                    'message_line': '- {qty} {unit} × {title} (SKU {sku})\n  {url}',
                    'message_total': 'Indicative total: ≈ {total} (exchange rate of {date})',
                    'message_destination': 'Destination country and city: {destination}',
                    'email_subject': 'Enquiry: {count} products',
                    'noscript': 'The enquiry list needs JavaScript. You can still order each product with the '
                                'buttons on its page.',
                    'copy_hint': 'Messenger cannot receive a ready-made message: copy it first, then paste it in the '
                                 'chat.'},
        'share': {'title': 'Share',
                  'whatsapp': 'WhatsApp',
                  'facebook': 'Facebook',
                  'x': 'X',
                  'linkedin': 'LinkedIn',
                  'pinterest': 'Pinterest',
                  'email': 'E-mail'},
        'related': {'title': 'You may also like'},
        'listing': {'all_title': 'All products',
                    'page_title': '{title} — page {n}',
                    'pages': 'Listing pages',
                    'page': 'Page',
                    'previous': 'Previous',
                    'next': 'Next'},
        'search': {'query': 'Search',
                   'placeholder': 'Name or SKU',
                   'category': 'Category',
                   'any_category': 'All',
                   'availability': 'Availability',
                   'any_availability': 'Any',
                   'price_min': 'Price from ({currency})',
                   'price_max': 'Price up to ({currency})',
                   'submit': 'Search',
                   'clear': 'Clear',
                   'results': '{n} products found',
                   'none': 'No product matches your search.',
                   'more': 'Showing the first {n}; add words to narrow it down.'},
        'line_sheet': {'nav': 'Line sheet (print)',
                       'title': 'Line sheet',
                       'description': 'Line sheet of {name}: every product with SKU, price, minimum order and a QR '
                                      'code to its page, ready to print.',
                       'intro': 'Every product with its SKU, price and minimum order. Scan a QR code to open the '
                                'product page and order by message.',
                       'scan_catalog': 'Scan to open the catalog',
                       'scan_product': 'Scan to see and order',
                       'hs_code': 'HS code',
                       'price_note': 'Printed on paper, prices may have changed: the product page has the current '
                                     'price.',
                       'parts': 'Parts of the line sheet',
                       'part_count': '{count} products',
                       'scan_part': 'Scan to open this part',
                       'all_parts': 'All parts of the line sheet'},
        'product': {'photos': 'Photos',
                    'photo_larger': 'View larger photo',
                    'shipping_title': 'Shipping',
                    'shipping_link': 'All shipping details',
                    'fx_note_fixed': 'Prices marked “fixed price” are set by us in that currency. The others are '
                                     'indicative only, at the exchange rate of {date}{source}; we quote and invoice '
                                     'them in {currency}. Shipping is quoted separately.',
                    'price': 'Price',
                    'whatsapp': 'Order on WhatsApp',
                    'email': 'Order by e-mail',
                    'messenger': 'Message on Messenger'},
        'nav_products': 'Products'}}

ROUTES = {  # per language: products dir, categories taxonomy, order, about, care page, enquiry, line sheet, page word
    "es": ("productos", "categorias", "categoria", "como-comprar", "nosotros", "cuidados", "consulta", "linea", "pagina"),
    "en": ("products", "categories", "category", "how-to-order", "about", "care-guide", "enquiry", "line-sheet", "page"),
}
LISTING_PAGE = 48  # products per listing page (all products, a category), as vitrina's listing::PAGE_SIZE
PART_SIZE = 50  # products per line-sheet part, as vitrina's line_sheet::PART_SIZE


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
        'disableKinds = ["RSS", "taxonomy"]',
        "enableRobotsTXT = true",
        f"paginate = {LISTING_PAGE}",
        'ignoreErrors = ["error-disable-taxonomy"]',
        'title = "Artesanías del Lago"',
        "timeout = \"600s\"",
        "[params]",
        f"widths = {json.dumps(WIDTHS)}",
        "[imaging]",
        'quality = 80\nresampleFilter = "Lanczos"\nanchor = "Center"',
        "[markup.goldmark.renderer]\nunsafe = false",
        "[outputs]",
        # The catalog files vitrina writes per language: Google Merchant RSS, Meta catalog CSV and the two search
        # files (index for search.js, product data for the enquiry list), as custom output formats of the home.
        'home = ["HTML", "GoogleFeed", "MetaCSV", "SearchIndex", "SearchProducts"]\npage = ["HTML"]\n'
        'term = ["HTML"]\nsection = ["HTML"]',
        "[outputFormats.GoogleFeed]",
        'mediaType = "application/rss+xml"\nbaseName = "google"\npath = "feeds"\nisPlainText = true\nnotAlternative = true',
        "[outputFormats.MetaCSV]",
        'mediaType = "text/csv"\nbaseName = "meta"\npath = "feeds"\nisPlainText = true\nnotAlternative = true',
        "[outputFormats.SearchIndex]",
        'mediaType = "application/json"\nbaseName = "index"\npath = "search"\nisPlainText = true\nnotAlternative = true',
        "[outputFormats.SearchProducts]",
        'mediaType = "application/json"\nbaseName = "products"\npath = "search"\nisPlainText = true\nnotAlternative = true',
    ]
    for w, lang in enumerate(langs, 1):
        r = routes(lang)
        cfg += [
            f"[languages.{lang}]",
            f'contentDir = "content/{lang}"',
            f'languageName = "{"Español" if lang == "es" else "English" if lang == "en" else lang}"',
            f'languageCode = "{lang}"',
            f"weight = {w}",
            f'paginatePath = "{r[8]}"',
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
        p["products_path"] = f"{pre}{r[0]}/"
        p["enquiry_path"] = f"{pre}{r[6]}/"
        p["line_sheet_path"] = f"{pre}{r[7]}/"
        p["page_word"] = r[8]
        p["locale"] = {"es": "es-MX", "en": "en-US"}.get(lang, lang)
        # what vitrina puts in <body data-rates> (read by enquiry.js to convert prices in the browser)
        date_text = "20 de noviembre de 2026" if lang == "es" else "November 20, 2026"
        p["rates_js"] = {"date": RATES["date"], "date_text": date_text, "source": RATES["source"],
                         "per": {k: str(v) for k, v in sorted(RATES["rates"].items())}}
        p["date_text"] = date_text
        hello = ("Hola, quiero hacer un pedido desde su catálogo.\n\nProductos y cantidades: \nPaís y ciudad de destino: "
                 if lang == "es" else
                 "Hello, I would like to order from your catalog.\n\nProducts and quantities: \nDestination country and city: ")
        p["order_text"] = hello
        for z in p["shipping"]["zones"]:
            z["days"] = UI.get(lang, UI["en"])["days"].replace("%v", "{}").format(*z["delivery_days"])
        data[lang] = p
    write(root / "data" / "company.json", json.dumps(data, ensure_ascii=False, indent=1))
    write(root / "data" / "rates.json", json.dumps({
        "base": RATES["base"], "date": RATES["date"], "source": RATES["source"],
        "display": [{"code": k, "rate": v, "symbol": SYMBOLS[k]} for k, v in RATES["rates"].items()],
        "codes": list(RATES["rates"]), "symbol": SYMBOLS[RATES["base"]]}, indent=1))
    for lang in langs:
        ui = UI.get(lang, UI["en"])
        lines = []
        for k, v in ui.items():
            if isinstance(v, str):
                lines.append(f"{k}: {json.dumps(v, ensure_ascii=False)}")
        write(root / "i18n" / f"{lang}.yaml", "\n".join(lines) + "\n")
    # lists the templates need (steps, payment type names) go to data too
    write(root / "data" / "ui.json", json.dumps({l: {"steps": UI.get(l, UI["en"])["steps"],
                                                     "payment_types": UI.get(l, UI["en"])["payment_types"],
                                                     **UI_MORE.get(l, UI_MORE["en"])}
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
        more = UI_MORE.get(lang, UI_MORE["en"])
        # the paginated listing of every product (the section of the product pages), the enquiry page, and the
        # line sheet: a cover (section) and one part per category (sub-section), each paginated by PART_SIZE
        write(cdir / r[0] / "_index.md", yaml_front({"title": more["listing"]["all_title"], "layout": "listing",
                                                      "translationKey": "products"}))
        write(cdir / f"{r[6]}.md", yaml_front({"title": more["enquiry"]["title"], "layout": "enquiry",
                                               "translationKey": "enquiry", "description": more["enquiry"]["intro"]}))
        write(cdir / r[7] / "_index.md", yaml_front({
            "title": more["line_sheet"]["title"], "layout": "linesheet", "translationKey": "line-sheet", "noindex": True,
            "description": more["line_sheet"]["description"].replace("{name}", data[lang]["name"])}))
        for c in data[lang]["categories"]:
            write(cdir / r[7] / c["slug"] / "_index.md",
                  yaml_front({"title": c["name"], "layout": "linesheet", "translationKey": f"ls-{c['id']}", "noindex": True,
                              "catid": c["id"], "catslug": c["slug"]}))
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
    for js in ("enquiry.js", "search.js"):  # the scripts vitrina copies beside style.css
        if (REPO / "themes/default/static" / js).exists():
            shutil.copy(REPO / "themes/default/static" / js, root / "static" / js)
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
{{ end }}{{ if .Params.noindex }}<meta name="robots" content="noindex">
{{ else }}<link rel="canonical" href="{{ .Permalink }}">
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
{{ block "share" . }}{{ end }}{{ end }}<script>document.documentElement.classList.add("js")</script>
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
{{ block "jsonld" . }}{{ end }}</head>
{{ $ui := index site.Data.ui site.Language.Lang -}}
<body data-locale="{{ $co.locale }}" data-base="{{ site.Data.rates.base }}" data-rates="{{ $co.rates_js | jsonify }}" data-shows="{{ site.Data.rates.codes | jsonify }}" data-t="{{ $ui.enquiry | jsonify }}" data-list="{{ $co.enquiry_path }}" data-root="{{ site.BaseURL }}" data-wa="https://wa.me/{{ $co.contact.wa_digits }}?text={{ $co.order_text | urlquery }}" data-mail="mailto:{{ $co.contact.email }}">
<a class="skip" href="#main">{{ i18n "skip" }}</a>
<header class="site-header logo-left">
  <div class="wrap header-row">
    <a class="brand" href="{{ $co.home }}"><span>{{ $co.name }}</span></a>
    {{ if .IsTranslated }}<nav class="langs" aria-label="{{ i18n "language" }}"><ul>
      {{ $cur := .Language.Lang }}{{ range .AllTranslations }}<li>{{ if eq .Language.Lang $cur }}<a href="{{ .RelPermalink }}" aria-current="page" lang="{{ .Language.Lang }}" hreflang="{{ .Language.Lang }}">{{ upper .Language.Lang }}</a>{{ else }}<a href="{{ .RelPermalink }}" lang="{{ .Language.Lang }}" hreflang="{{ .Language.Lang }}" title="{{ .Language.LanguageName }}">{{ upper .Language.Lang }}</a>{{ end }}</li>
      {{ end }}</ul></nav>{{ end }}
  </div>
  <div class="wrap nav-row">
  <a class="enq-link js-only" href="{{ $co.enquiry_path }}">{{ $ui.enquiry.nav }} <span class="enq-count">0</span></a>
  <label class="cur-pick js-only"><span class="vh">{{ $ui.enquiry.currency }}</span> <select>
    <option>{{ site.Data.rates.base }}</option>{{ range site.Data.rates.display }}<option>{{ .code }}</option>{{ end }}
  </select></label>
  {{ $here := .RelPermalink }}<nav class="main-nav" aria-label="{{ i18n "main_menu" }}"><ul>
    <li><a href="{{ $co.products_path }}"{{ if eq $co.products_path $here }} aria-current="page"{{ end }}>{{ $ui.nav_products }}</a></li>
    {{ range $co.categories }}<li><a href="{{ .path }}"{{ if eq .path $here }} aria-current="page"{{ end }}>{{ .name }}</a></li>
    {{ end }}<li><a href="{{ $co.order_path }}"{{ if eq $co.order_path $here }} aria-current="page"{{ end }}>{{ i18n "order" }}</a></li>
    <li><a href="{{ $co.about_path }}"{{ if eq $co.about_path $here }} aria-current="page"{{ end }}>{{ i18n "about" }}</a></li>
  </ul></nav>
  </div>
</header>
{{ block "crumbs" . }}{{ end }}<main id="main" class="wrap">
{{ block "main" . }}{{ end }}
</main>
{{ partialCached "footer.html" . site.Language.Lang }}
<script src="{{ "enquiry.js" | relURL }}" defer></script>
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
        <li><a href="https://wa.me/{{ $co.contact.wa_digits }}?text={{ $co.order_text | urlquery }}">{{ i18n "wa_short" }}: {{ $co.contact.whatsapp }}</a></li>
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
        <li><a href="{{ $co.line_sheet_path }}">{{ (index site.Data.ui site.Language.Lang).line_sheet.nav }}</a></li>
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
{{- $webp := slice }}{{ $jpg := slice }}{{ $src := "" }}{{ $last := "" }}{{ $abs := "" }}{{ $small := "" }}{{ $w := 0 }}{{ $h := 0 }}{{ $done := false -}}
{{- range site.Params.widths }}{{ if not $done }}
  {{- $tw := . }}{{ if ge $tw $img.Width }}{{ $tw = $img.Width }}{{ $done = true }}{{ end -}}
  {{- $a := $img.Resize (printf "%dx webp q80 Lanczos" $tw) -}}
  {{- $b := $img.Resize (printf "%dx jpg q80 Lanczos" $tw) -}}
  {{- $webp = $webp | append (printf "%s %dw" $a.RelPermalink $tw) -}}
  {{- $jpg = $jpg | append (printf "%s %dw" $b.RelPermalink $tw) -}}
  {{- if and (eq $src "") (ge $tw 960) }}{{ $src = $b.RelPermalink }}{{ end -}}
  {{- if eq $small "" }}{{ $small = $b.RelPermalink }}{{ end -}}
  {{- $last = $b.RelPermalink }}{{ $abs = $b.Permalink }}{{ $w = $b.Width }}{{ $h = $b.Height -}}
{{- end }}{{ end -}}
{{- if eq $src "" }}{{ $src = $last }}{{ end -}}
{{- return (dict "webp" (delimit $webp ", ") "jpg" (delimit $jpg ", ") "src" $src "w" $w "h" $h "largest" $abs "big" $last "small" $small) -}}
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
{{- $ui := index site.Data.ui site.Language.Lang -}}
<li class="card">
  <a href="{{ .RelPermalink }}">
    {{ partial "picture.html" (dict "src" $im.src "alt" $im.alt "sizes" "(min-width: 72rem) 17rem, (min-width: 48rem) calc(33.3vw - 1.3rem), calc(50vw - 1.5rem)" "lazy" true) }}
    <span class="card-title">{{ .Title }}</span>
  </a>
  <p class="card-price">{{ if $pr.on_request }}{{ i18n "on_request" }}{{ else }}<data value="{{ $pr.amount }}" data-amt="{{ $pr.amount }}" data-cur="{{ $pr.currency }}">{{ $pr.text }}</data>{{ with index $pr.others 0 }} <span class="fx">{{ if .approximate }}≈ {{ end }}{{ .text }}</span>{{ end }}{{ end }}</p>
  <button type="button" class="card-add js-only" data-add="{{ .Params.sku }}" data-q="{{ .Params.min_order | default 1 }}">+ {{ $ui.enquiry.add_short }}<span class="vh"> — {{ .Title }}</span></button>
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

HUGO_LAYOUTS["partials/ship-ld.html"] = r"""
{{- $co := index site.Data.company site.Language.Lang -}}
{{- $ship := slice -}}
{{- range $z := $co.shipping.zones }}{{ if $z.cost -}}
  {{- $dest := slice }}{{ range $z.countries }}{{ $dest = $dest | append (dict "@type" "DefinedRegion" "addressCountry" .) }}{{ end -}}
  {{- $ship = $ship | append (dict "@type" "OfferShippingDetails" "deliveryTime" (dict "@type" "ShippingDeliveryTime" "transitTime" (dict "@type" "QuantitativeValue" "minValue" (index $z.delivery_days 0) "maxValue" (index $z.delivery_days 1) "unitCode" "DAY")) "shippingDestination" $dest "shippingRate" (dict "@type" "MonetaryAmount" "currency" $z.cost.currency "value" (printf "%.2f" (float $z.cost.amount)))) -}}
{{- end }}{{ end -}}
{{- return $ship -}}
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
{{ $offer := dict "@type" "Offer" "price" $pr.amount "priceCurrency" $pr.currency "availability" (index $avail .Params.availability) "itemCondition" "https://schema.org/NewCondition" "url" .Permalink "seller" (dict "@id" (printf "%s#org" site.BaseURL)) "shippingDetails" (partialCached "ship-ld.html" . site.Language.Lang) -}}
{{ $ld := dict "@context" "https://schema.org" "@type" "Product" "@id" (printf "%s#product" .Permalink) "name" .Title "sku" .Params.sku "description" .Description "image" $imgs "brand" (dict "@type" "Brand" "name" $co.name) "category" $cat.name "material" (delimit .Params.materials ", ") "countryOfOrigin" (dict "@type" "Country" "name" .Params.country_of_origin) "weight" (dict "@type" "QuantitativeValue" "unitCode" "KGM" "value" .Params.weight_kg) "offers" $offer -}}
<script type="application/ld+json">{{ $ld | jsonify | safeJS }}</script>
{{ end }}{{ partial "crumbs-ld.html" (slice (dict "name" $cat.name "url" ($cat.path | absURL)) (dict "name" .Title "url" .Permalink)) }}{{ end }}
{{ define "crumbs" }}{{ $co := index site.Data.company site.Language.Lang }}{{ $cat := index $co.catmap .Params.category }}{{ partial "crumbs-nav.html" (slice (dict "name" $cat.name "path" $cat.path) (dict "name" .Title "path" .RelPermalink)) }}{{ end }}
{{ define "main" }}{{ $co := index site.Data.company site.Language.Lang }}{{ $cat := index $co.catmap .Params.category }}{{ $rates := site.Data.rates -}}
{{ $ui := index site.Data.ui site.Language.Lang }}{{ $pr := partialCached "price.html" . .RelPermalink -}}
{{ $msg := printf (i18n "message") .Title .Params.sku .Permalink -}}
{{ $subject := printf (i18n "subject") .Title .Params.sku -}}
{{ $im0 := index .Params.images 0 }}{{ $n := len .Params.images -}}
<article class="product">
  <div class="gallery{{ if gt $n 1 }} gallery-many{{ end }}">
  <ul class="gallery-strip" aria-label="{{ $ui.product.photos }}">
    {{ range $i, $im := .Params.images }}{{ $r := partialCached "rendition.html" $im.src $im.src }}<li id="photo-{{ add $i 1 }}"><a href="{{ $r.big }}" class="zoom"><picture>
      <source type="image/webp" srcset="{{ $r.webp }}" sizes="(min-width: 72rem) 38rem, (min-width: 48rem) 52vw, calc(85vw - 2rem)">
      <img src="{{ $r.src }}" srcset="{{ $r.jpg }}" sizes="(min-width: 72rem) 38rem, (min-width: 48rem) 52vw, calc(85vw - 2rem)" alt="{{ $im.alt }}" width="{{ $r.w }}" height="{{ $r.h }}"{{ if eq $i 0 }} fetchpriority="high"{{ else }} loading="lazy"{{ end }} decoding="async">
    </picture><span class="zoom-label">{{ $ui.product.photo_larger }}{{ if gt $n 1 }} ({{ add $i 1 }}/{{ $n }}){{ end }}</span></a></li>
    {{ end }}</ul>
  {{ if gt $n 1 }}<ol class="gallery-thumbs" aria-label="{{ $ui.product.photos }}">
    {{ range $i, $im := .Params.images }}{{ $r := partialCached "rendition.html" $im.src $im.src }}<li><a href="#photo-{{ add $i 1 }}"><img src="{{ $r.small }}" alt="{{ $ui.product.photos }} {{ add $i 1 }}" width="{{ $r.w }}" height="{{ $r.h }}" loading="lazy" decoding="async"></a></li>
    {{ end }}</ol>{{ end }}
  </div>
  <div class="summary">
    <h1>{{ .Title }}</h1>
    <div class="price">
      {{ if $pr.on_request }}<p class="price-main">{{ i18n "on_request" }}</p>
      {{ else }}<p class="price-main"><data value="{{ $pr.amount }}" data-amt="{{ $pr.amount }}" data-cur="{{ $pr.currency }}" data-fixed="{{ range $pr.others }}{{ if not .approximate }}{{ .code }}={{ .amount }};{{ end }}{{ end }}">{{ $pr.text }}</data>{{ with .Params.unit }} <span class="unit">{{ i18n "per" }} {{ . }}</span>{{ end }}<span class="fxc"></span></p>
      {{ end }}
    </div>
    <p class="buttons order-buttons">
      <a class="btn btn-wa" href="https://wa.me/{{ $co.contact.wa_digits }}?text={{ $msg | urlquery }}">{{ $ui.product.whatsapp }}</a>
      <a class="btn btn-mail" href="mailto:{{ $co.contact.email }}?subject={{ $subject | urlquery }}&amp;body={{ replace $msg "\n" "\r\n" | urlquery }}">{{ $ui.product.email }}</a>
      <a class="btn btn-ms" href="https://m.me/{{ $co.contact.messenger }}?ref={{ .Params.sku | urlquery }}">{{ $ui.product.messenger }}</a>
    </p>
    <p class="muted">{{ i18n "sku" }}: {{ .Params.sku }} · <a href="{{ $cat.path }}">{{ $cat.name }}</a></p>
    <form class="enq-add js-only" data-sku="{{ .Params.sku }}">
      <label>{{ $ui.enquiry.quantity }}{{ with .Params.unit }} ({{ . }}){{ end }} <input type="number" name="q" inputmode="numeric" min="1" step="1" value="{{ .Params.min_order | default 1 }}" required></label>
      <button type="submit" class="btn btn-line">{{ $ui.enquiry.add }}</button>
      {{ with .Params.min_order }}<small class="muted">{{ i18n "min_order" }}: {{ . }}{{ with $.Params.unit }} × {{ . }}{{ end }}</small>{{ end }}
      <span class="enq-status" role="status"></span>
    </form>
    <div class="copy-box">
      <p class="note"><button type="button" class="btn btn-line copy js-only">{{ $ui.enquiry.copy }}</button> {{ $ui.enquiry.copy_hint }} <span class="copy-status" role="status"></span></p>
      <details><summary>{{ i18n "message_label" }}</summary><pre class="message">{{ $msg }}</pre></details>
    </div>
    {{ if $pr.on_request }}<p class="note">{{ i18n "on_request_note" }}</p>
    {{ else }}<ul class="fx">
      {{ range $pr.others }}<li>{{ if .approximate }}<abbr title="{{ i18n "approx_title" }}">≈</abbr> {{ end }}<data value="{{ .amount }}">{{ .text }}</data>{{ if not .approximate }} <small>({{ i18n "fixed_note" }})</small>{{ end }}</li>
      {{ end }}</ul>
      {{ $src := printf " (%s)" $rates.source }}<p class="note">{{ if where $pr.others "approximate" false }}{{ replace (replace (replace $ui.product.fx_note_fixed "{date}" $co.date_text) "{source}" $src) "{currency}" $pr.currency }}{{ else }}{{ printf (i18n "fx_note") $co.date_text $src $pr.currency }}{{ end }}</p>
    {{ end }}
    <p class="badge badge-{{ .Params.availability }}">{{ i18n .Params.availability }}</p>
    <section class="order-box" aria-labelledby="order-title">
      <h2 id="order-title">{{ i18n "order_title" }}</h2>
      <p>{{ i18n "order_intro" }}</p>
      <p class="how-short">{{ i18n "how_summary" }} <a href="{{ $co.order_path }}">{{ i18n "how_link" }}</a></p>
    </section>
    <section class="ship-box" aria-labelledby="ship-title">
      <h2 id="ship-title">{{ $ui.product.shipping_title }}</h2>
      <ul class="plain ship-zones">
        {{ range $co.shipping.zones }}<li data-countries="{{ range .countries }}{{ . }} {{ end }}"><strong>{{ .name }}</strong> · {{ .days }} · {{ with .cost }}<span data-amt="{{ printf "%.2f" (float .amount) }}" data-cur="{{ .currency }}">{{ $rates.symbol }}{{ lang.FormatNumber 2 .amount }} {{ .currency }}</span>{{ else }}{{ .cost_note }}{{ end }}</li>
        {{ end }}</ul>
      <p><strong>{{ i18n "minimum" }}:</strong> {{ $co.shipping.minimum_order }}</p>
      <p><strong>{{ i18n "duties" }}:</strong> {{ $co.shipping.duties }}</p>
      <p><a href="{{ $co.order_path }}#shipping">{{ $ui.product.shipping_link }}</a></p>
    </section>
  </div>
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
      <div><dt>{{ i18n "min_order" }}</dt><dd>{{ .Params.min_order }} × {{ .Params.unit }}</dd></div>
      <div><dt>{{ i18n "hs_code" }}</dt><dd>{{ .Params.hs_code }}</dd></div>
      </dl>
  </section>
  <section class="share" aria-labelledby="share-title">
    <h2 id="share-title">{{ $ui.share.title }}</h2>
    <ul class="share-links">
      <li><a href="https://wa.me/?text={{ printf "%s %s" .Title .Permalink | urlquery }}" rel="noopener nofollow">{{ $ui.share.whatsapp }}</a></li>
      <li><a href="https://www.facebook.com/sharer/sharer.php?u={{ .Permalink | urlquery }}" rel="noopener nofollow">{{ $ui.share.facebook }}</a></li>
      <li><a href="https://x.com/intent/post?text={{ .Title | urlquery }}&amp;url={{ .Permalink | urlquery }}" rel="noopener nofollow">{{ $ui.share.x }}</a></li>
      <li><a href="https://www.linkedin.com/sharing/share-offsite/?url={{ .Permalink | urlquery }}" rel="noopener nofollow">{{ $ui.share.linkedin }}</a></li>
      <li><a href="https://www.pinterest.com/pin/create/button/?url={{ .Permalink | urlquery }}&amp;media={{ (partialCached "share.html" $im0.src $im0.src).url | urlquery }}&amp;description={{ .Title | urlquery }}" rel="noopener nofollow">{{ $ui.share.pinterest }}</a></li>
      <li><a href="mailto:?subject={{ .Title | urlquery }}&amp;body={{ printf "%s\r\n%s" .Title .Permalink | urlquery }}" rel="noopener nofollow">{{ $ui.share.email }}</a></li>
      </ul>
  </section>
</article>
{{ $list := (index (index site.Taxonomies site.Params.taxonomy) (index (index .Params site.Params.taxonomy) 0)).Pages -}}
{{ $rel := slice }}{{ $at := . }}{{ $k := 4 }}{{ if lt (len $list) 5 }}{{ $k = sub (len $list) 1 }}{{ end }}{{ if gt $k 0 }}{{ range seq $k -}}
  {{ $at = $list.Next $at | default (index $list (sub (len $list) 1)) }}{{ $rel = $rel | append $at -}}
{{ end }}{{ end -}}
{{ with $rel }}<section class="related" aria-labelledby="related-title">
  <h2 id="related-title">{{ $ui.related.title }}</h2>
  <ul class="cards">
  {{ range . }}{{ partial "card.html" . }}
  {{ end }}</ul>
</section>{{ end }}
{{ end }}
"""

# Listings: every product (the products section) and a category (a taxonomy term), LISTING_PAGE cards a page,
# the search form above them, numbered page links below, as vitrina's products.html / category.html.
HUGO_LAYOUTS["_default/term.html"] = r"""
{{ define "jsonld" }}{{ partial "crumbs-ld.html" (slice (dict "name" .Title "url" .Permalink)) }}{{ end }}
{{ define "crumbs" }}{{ partial "crumbs-nav.html" (slice (dict "name" .Title "path" .RelPermalink)) }}{{ end }}
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ with .Description }}<p class="lead">{{ . }}</p>{{ end }}
{{ partial "search.html" (.Params.catid | default "") }}
<div data-listing>
{{ $pag := .Paginate .Pages }}{{ with $pag.Pages }}<ul class="cards">
{{ range . }}{{ partial "card.html" . }}
{{ end }}</ul>
{{ else }}<p>{{ i18n "empty" }}</p>{{ end }}
{{ partial "pager.html" $pag }}
</div>
{{ end }}
"""

HUGO_LAYOUTS["_default/listing.html"] = HUGO_LAYOUTS["_default/term.html"]  # the products section: no catid

# The numbered page links: the first, the last and two either side of the current page.
HUGO_LAYOUTS["partials/pager.html"] = r"""
{{- $ui := index site.Data.ui site.Language.Lang -}}
{{- if gt .TotalPages 1 -}}
{{- $cur := .PageNumber }}{{ $last := .TotalPages }}{{ $gap := false -}}
<nav class="pager" aria-label="{{ $ui.listing.pages }}"><ul>
  {{ with .Prev }}<li><a href="{{ .URL }}">{{ $ui.listing.previous }}</a></li>
  {{ end }}{{ range .Pagers }}{{ $n := .PageNumber }}{{ if or (eq $n 1) (eq $n $last) (and (ge $n (sub $cur 2)) (le $n (add $cur 2))) }}{{ $gap = false }}<li>{{ if eq $n $cur }}<a href="{{ .URL }}" aria-current="page"><span class="vh">{{ $ui.listing.page }} </span>{{ $n }}</a>{{ else }}<a href="{{ .URL }}"><span class="vh">{{ $ui.listing.page }} </span>{{ $n }}</a>{{ end }}</li>
  {{ else if not $gap }}{{ $gap = true }}<li><span class="gap">…</span></li>
  {{ end }}{{ end }}{{ with .Next }}<li><a href="{{ .URL }}">{{ $ui.listing.next }}</a></li>
  {{ end }}</ul></nav>
{{- end -}}
"""

# The search form above every listing (search.js reads search/index.json); the argument is the category's id.
HUGO_LAYOUTS["partials/search.html"] = r"""
{{- $co := index site.Data.company site.Language.Lang }}{{ $ui := index site.Data.ui site.Language.Lang }}{{ $cat := . -}}
{{- $base := site.Data.rates.base -}}
<form id="search" class="search" role="search" data-index="{{ "search/index.json" | relLangURL }}" data-root="{{ $co.home }}" data-lang="{{ site.Language.Lang }}" data-category="{{ range $i, $c := $co.categories }}{{ if eq $c.id $cat }}{{ $i }}{{ end }}{{ end }}" data-results="{{ $ui.search.results }}" data-none="{{ $ui.search.none }}" data-more="{{ $ui.search.more }}" data-on-request="{{ i18n "on_request" }}">
  <div class="search-q"><label for="search-q">{{ $ui.search.query }}</label>
  <input id="search-q" name="q" type="search" placeholder="{{ $ui.search.placeholder }}" autocomplete="off"></div>
  <div><label for="search-category">{{ $ui.search.category }}</label>
  <select id="search-category" name="category"><option value="">{{ $ui.search.any_category }}</option>
    {{ range $i, $c := $co.categories }}<option value="{{ $i }}"{{ if eq $c.id $cat }} selected{{ end }}>{{ $c.name }}</option>
    {{ end }}</select></div>
  <div><label for="search-availability">{{ $ui.search.availability }}</label>
  <select id="search-availability" name="availability"><option value="">{{ $ui.search.any_availability }}</option>
    {{ range slice "in_stock" "made_to_order" "preorder" "out_of_stock" }}<option value="{{ . }}">{{ i18n . }}</option>
    {{ end }}</select></div>
  <div class="search-price"><label for="search-min">{{ replace $ui.search.price_min "{currency}" $base }}</label>
  <input id="search-min" name="min" type="number" min="0" step="any" inputmode="decimal" data-base="{{ $base }}"></div>
  <div class="search-price"><label for="search-max">{{ replace $ui.search.price_max "{currency}" $base }}</label>
  <input id="search-max" name="max" type="number" min="0" step="any" inputmode="decimal" data-base="{{ $base }}"></div>
  <div class="search-buttons"><button type="submit">{{ $ui.search.submit }}</button> <button type="reset">{{ $ui.search.clear }}</button></div>
</form>
<div id="search-results" class="search-results" aria-live="polite" hidden></div>
<script src="{{ "search.js" | relURL }}" defer></script>
"""

HUGO_LAYOUTS["_default/enquiry.html"] = r"""
{{ define "main" }}{{ $co := index site.Data.company site.Language.Lang }}{{ $ui := index site.Data.ui site.Language.Lang -}}
<h1>{{ $ui.enquiry.title }}</h1>
<p class="lead">{{ $ui.enquiry.intro }}</p>
<noscript><p class="callout">{{ $ui.enquiry.noscript }}</p></noscript>
<div class="enq-page" data-root="{{ $co.home }}" data-products="{{ "search/products.json" | relLangURL }}" data-date="{{ $co.date_text }}">
  <p class="enq-empty" hidden>{{ $ui.enquiry.empty }}</p>
  <ul class="plain enq-lines"></ul>
  <div class="enq-send" hidden>
    <p class="enq-total"><strong>{{ $ui.enquiry.total }}:</strong> <span class="enq-sum"></span></p>
    <p class="note enq-note">{{ replace (replace $ui.enquiry.total_note "{date}" $co.date_text) "{currency}" site.Data.rates.base }}</p>
    <p><label for="enq-dest">{{ $ui.enquiry.destination }}</label><br><input id="enq-dest" class="enq-dest" autocomplete="country-name"></p>
    <h2>{{ $ui.enquiry.send_title }}</h2>
    <p class="buttons">
      <a class="btn btn-wa enq-wa" href="https://wa.me/{{ $co.contact.wa_digits }}?text={{ $co.order_text | urlquery }}">{{ $ui.product.whatsapp }}</a>
      <a class="btn btn-mail enq-mail" href="mailto:{{ $co.contact.email }}">{{ $ui.product.email }}</a>
      <a class="btn btn-ms" href="https://m.me/{{ $co.contact.messenger }}">{{ $ui.product.messenger }}</a>
    </p>
    <p class="note">{{ $ui.enquiry.copy_hint }}</p>
    <div class="copy-box">
      <pre class="message enq-message"></pre>
      <p><button type="button" class="btn btn-line copy">{{ $ui.enquiry.copy }}</button> <span class="copy-status" role="status"></span></p>
    </div>
  </div>
</div>
{{ end }}
"""

# The line sheet (vitrina's line-sheet.html): a cover listing the parts, and per category PART_SIZE products a
# page with SKU, prices, minimum order, HS code. NOT here: the QR code vitrina draws (inline SVG) for the cover,
# every part and every product: Hugo 0.111 has no QR function (images.QR arrived in Hugo 0.141).
HUGO_LAYOUTS["_default/linesheet.html"] = r"""
{{ define "main" }}{{ $co := index site.Data.company site.Language.Lang }}{{ $ui := index site.Data.ui site.Language.Lang }}{{ $rates := site.Data.rates -}}
{{ $terms := index site.Taxonomies site.Params.taxonomy -}}
{{ $note := printf (i18n "fx_note") $rates.date (printf " (%s)" $rates.source) $rates.base -}}
<div class="line-sheet">
{{ if .Params.catid }}{{ $pag := .Paginate (index $terms .Params.catslug).Pages 50 -}}
<div class="ls-head">
  <h1>{{ $co.name }} — {{ $ui.line_sheet.title }}: {{ .Title }}{{ if gt $pag.TotalPages 1 }} ({{ $pag.PageNumber }}/{{ $pag.TotalPages }}){{ end }}</h1>
  <ul class="plain ls-contact">
    <li>{{ i18n "wa_short" }}: {{ $co.contact.whatsapp }}</li>
    <li>{{ $co.contact.phone }}</li>
    <li>{{ $co.contact.email }}</li>
    <li>{{ $co.home | absURL }}</li>
  </ul>
  <p class="ls-back"><a href="{{ $co.line_sheet_path }}">{{ $ui.line_sheet.all_parts }}</a></p>
  <p class="note">{{ $note }}</p>
  <p class="note">{{ $ui.line_sheet.price_note }}</p>
</div>
<ol class="plain ls-items">
  {{ range $pag.Pages }}{{ $im := index .Params.images 0 }}{{ $r := partialCached "rendition.html" $im.src $im.src }}{{ $pr := partialCached "price.html" . .RelPermalink }}<li class="ls-item">
    <img class="ls-photo" src="{{ $r.src }}" alt="{{ $im.alt }}" width="{{ $r.w }}" height="{{ $r.h }}" loading="lazy">
    <div class="ls-text">
      <h2><a href="{{ .Permalink }}">{{ .Title }}</a></h2>
      <dl>
        <div><dt>{{ i18n "sku" }}</dt><dd>{{ .Params.sku }}</dd></div>
        <div><dt>{{ $ui.product.price }}</dt><dd>{{ if $pr.on_request }}{{ i18n "on_request" }}{{ else }}<strong><data value="{{ $pr.amount }}">{{ $pr.text }}</data></strong>{{ with .Params.unit }} {{ i18n "per" }} {{ . }}{{ end }}{{ range $pr.others }}<br>{{ if .approximate }}<abbr title="{{ i18n "approx_title" }}">≈</abbr> {{ end }}<data value="{{ .amount }}">{{ .text }}</data>{{ if not .approximate }} ({{ i18n "fixed_note" }}){{ end }}{{ end }}{{ end }}</dd></div>
        <div><dt>{{ i18n "min_order" }}</dt><dd>{{ .Params.min_order }} {{ .Params.unit }}</dd></div>
        <div><dt>{{ $ui.line_sheet.hs_code }}</dt><dd>{{ .Params.hs_code }}</dd></div>
      </dl>
      <p class="badge badge-{{ .Params.availability }}">{{ i18n .Params.availability }}</p>
    </div>
  </li>
  {{ end }}</ol>
{{ else -}}
<div class="ls-front">
<section class="ls-cover" aria-labelledby="ls-title">
  <div class="ls-cover-text">
    <h1 id="ls-title">{{ $co.name }} — {{ $ui.line_sheet.title }}</h1>
    <p class="lead">{{ $co.tagline }}</p>
    <p>{{ $ui.line_sheet.intro }}</p>
    <ul class="plain ls-contact">
      <li>{{ i18n "wa_short" }}: {{ $co.contact.whatsapp }}</li>
      <li>{{ $co.contact.phone }}</li>
      <li>{{ $co.contact.email }}</li>
      <li>{{ $co.location_text }}</li>
      <li>{{ $co.home | absURL }}</li>
    </ul>
  </div>
</section>
<p class="note">{{ $note }}</p>
<p class="note">{{ $ui.line_sheet.price_note }}</p>
</div>
<h2>{{ $ui.line_sheet.parts }}</h2>
<ol class="plain ls-items ls-parts">
  {{ range $co.categories }}{{ $c := . }}{{ $n := len (index $terms .slug) }}{{ $np := div (add $n 49) 50 }}{{ range $k := seq $np -}}
  {{ $path := cond (eq $k 1) (printf "%s%s/" $co.line_sheet_path $c.slug) (printf "%s%s/%s/%d/" $co.line_sheet_path $c.slug $co.page_word $k) -}}
  <li class="ls-item ls-part">
    <div class="ls-text"><h3><a href="{{ $path }}">{{ $c.name }}{{ if gt $np 1 }} ({{ $k }}/{{ $np }}){{ end }}</a></h3><p>{{ replace $ui.line_sheet.part_count "{count}" (string (cond (lt $k $np) 50 (sub $n (mul 50 (sub $np 1))))) }}</p><p class="small">{{ $path | absURL }}</p></div>
  </li>
  {{ end }}{{ end }}</ol>
{{ end }}
</div>
{{ end }}
"""

# The catalog files (custom output formats of each language's home), as vitrina's feeds/ and search/ files.
# Products priced "on request" are left out of both feeds and of the enquiry data, as vitrina does.
HUGO_LAYOUTS["index.googlefeed.xml"] = r"""
{{- $co := index site.Data.company site.Language.Lang -}}
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">
<channel>
<title>{{ $co.name | htmlEscape }}</title>
<link>{{ .Permalink }}</link>
<description>{{ $co.tagline | htmlEscape }}</description>
<language>{{ site.Language.Lang }}</language>
{{ range where site.RegularPages "Type" "product" }}{{ if ne .Params.price "on request" -}}
{{ $pr := partialCached "price.html" . .RelPermalink }}{{ $im := index .Params.images 0 }}{{ $r := partialCached "rendition.html" $im.src $im.src }}{{ $cat := index $co.catmap .Params.category -}}
<item>
<g:id>{{ .Params.sku }}</g:id>
<g:title>{{ .Title | htmlEscape }}</g:title>
<g:description>{{ .Plain | htmlEscape }}</g:description>
<g:link>{{ .Permalink }}</g:link>
<g:image_link>{{ $r.largest }}</g:image_link>
{{ range after 1 .Params.images }}<g:additional_image_link>{{ (partialCached "rendition.html" .src .src).largest }}</g:additional_image_link>
{{ end }}<g:availability>{{ .Params.availability }}</g:availability>
<g:price>{{ $pr.amount }} {{ $pr.currency }}</g:price>
<g:condition>new</g:condition>
<g:brand>{{ $co.name | htmlEscape }}</g:brand>
<g:product_type>{{ $cat.name | htmlEscape }}</g:product_type>
<g:identifier_exists>no</g:identifier_exists>
<g:shipping_weight>{{ .Params.weight_kg }} kg</g:shipping_weight>
</item>
{{ end }}{{ end }}</channel>
</rss>
"""

HUGO_LAYOUTS["index.metacsv.csv"] = r"""
{{- $co := index site.Data.company site.Language.Lang -}}
{{- $avail := dict "in_stock" "in stock" "out_of_stock" "out of stock" "preorder" "preorder" "made_to_order" "available for order" -}}
id,title,description,availability,condition,price,link,image_link,additional_image_link,brand,product_type,gtin,mpn
{{ range where site.RegularPages "Type" "product" }}{{ if ne .Params.price "on request" -}}
{{ $pr := partialCached "price.html" . .RelPermalink }}{{ $im := index .Params.images 0 }}{{ $r := partialCached "rendition.html" $im.src $im.src }}{{ $cat := index $co.catmap .Params.category -}}
{{ $more := slice }}{{ range after 1 .Params.images }}{{ $more = $more | append (partialCached "rendition.html" .src .src).largest }}{{ end -}}
{{ .Params.sku }},"{{ replace .Title `"` `""` }}","{{ replace .Plain `"` `""` }}",{{ index $avail .Params.availability }},new,{{ $pr.amount }} {{ $pr.currency }},{{ .Permalink }},{{ $r.largest }},"{{ delimit $more "," }}",{{ $co.name }},{{ $cat.name }},,
{{ end }}{{ end -}}
"""

HUGO_LAYOUTS["index.searchindex.json"] = r"""
{{- $co := index site.Data.company site.Language.Lang -}}
{{- $ci := dict }}{{ $names := slice }}{{ range $i, $c := $co.categories }}{{ $ci = merge $ci (dict $c.id $i) }}{{ $names = $names | append $c.name }}{{ end -}}
{{- $ai := dict "in_stock" 0 "made_to_order" 1 "preorder" 2 "out_of_stock" 3 -}}
{"v":1,"currency":{{ site.Data.rates.base | jsonify }},"prefix":{{ $co.products_path | jsonify }},"categories":{{ $names | jsonify }},"availability":["in_stock","made_to_order","preorder","out_of_stock"],"items":[
{{- range $i, $p := where site.RegularPages "Type" "product" }}{{ if $i }},{{ end -}}
[{{ $p.Title | jsonify }},"{{ path.Base $p.RelPermalink }}/",{{ index $ci $p.Params.category }},{{ index $ai $p.Params.availability }},{{ if eq $p.Params.price "on request" }}null{{ else }}{{ $p.Params.price }}{{ end }},{{ $p.Params.sku | jsonify }}]
{{- end }}]}
"""

HUGO_LAYOUTS["index.searchproducts.json"] = r"""
{{- $sep := "" -}}
{ {{- range where site.RegularPages "Type" "product" }}{{ if ne .Params.price "on request" -}}
{{ $pr := partialCached "price.html" . .RelPermalink -}}
{{ $sep }}{{ .Params.sku | jsonify }}:{{ dict "title" .Title "path" (strings.TrimPrefix "/" .RelPermalink) "unit" .Params.unit "min" .Params.min_order "amount" $pr.amount | jsonify }}{{ $sep = "," }}
{{- end }}{{ end -}} }
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
    per_cat = [sum(1 for p in products if p["id"] == c[0]) for c in CATEGORIES]
    pages_of = lambda n, size: max(1, -(-n // size))
    # products, listing of all products, categories, line sheet cover and parts, home, order, about, care, enquiry
    pages = nl * (a.products + pages_of(a.products, LISTING_PAGE) + sum(pages_of(n, LISTING_PAGE) for n in per_cat)
                  + 1 + sum(pages_of(n, PART_SIZE) for n in per_cat) + 5)
    used = sorted({s for p in products for s in (p["images"] or names)})
    print(f"corpus: {a.products} products x {nl} languages ({','.join(langs)}), {cats} categories, "
          f"{len(used)} source image(s) ({'large photos' if photos else 'one small shared image'})")
    print(f"  vitrina: {vroot}  expected HTML pages: {pages} + {nl} x 404")
    print(f"  hugo:    {hroot}  expected HTML pages: {pages} + {nl} x 404 (+ its page-1 redirects)")
    print(f"  images to make from {len(used)} sources: {len(used)} x ({len(WIDTHS)} widths x 2 formats) + share crops")


if __name__ == "__main__":
    main()
