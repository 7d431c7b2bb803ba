# Los mensajes de vitrina en español (de usted, claros y breves, para dueños de negocio, no programadores).
# Cada id de aquí debe estar también en en.ftl (una prueba verifica que los dos catálogos coinciden).
# Cómo agregar uno: docs/contributing-messages.md. `.hint` se imprime en su propia línea tras "cómo arreglarlo:".

## Prefijos de las líneas que imprime vitrina

prefix-error = error:
prefix-warning = aviso:
prefix-hint = cómo arreglarlo:
prefix-caused-by = causa:

## Ayuda de la línea de comandos (src/messages/help.rs explica cómo se asocian los ids a comandos y argumentos)

cli-heading-usage = Uso
cli-heading-commands = Comandos
cli-heading-arguments = Argumentos
cli-heading-options = Opciones
cli-default = [si no se indica: { $value }]
cli-env = [también la variable de entorno { $name }]
cli-error-unknown-argument = vitrina no conoce la opción { $arg }.
    .hint = vea las opciones con `vitrina --help` o `vitrina <comando> --help`
cli-error-unknown-command = vitrina no tiene el comando "{ $command }".
    .hint = los comandos son build, serve, init, strings y check; vea `vitrina --help`
cli-error-invalid-value = "{ $value }" no es un valor válido para { $arg }.
    .hint = vea qué acepta con `vitrina <comando> --help`
cli-error-missing-argument = falta { $arg }.
    .hint = vea `vitrina <comando> --help`
cli-value-command = COMANDO
cli-value-site = SITIO
cli-value-output = CARPETA
cli-value-cache-dir = CARPETA
cli-value-port = PUERTO
cli-value-bind = DIRECCIÓN
cli-value-dir = CARPETA
cli-value-lang = IDIOMA
cli-value-subcommand = COMANDO
cli-value-base-url = URL
cli-value-deploy = SERVICIO
cli-about = Crea catálogos de exportación en varios idiomas a partir de productos en Markdown y el perfil de su empresa
cli-arg-message-lang = Idioma de los mensajes de vitrina: es o en (también VITRINA_LANG; si no, lo decide LANG)
cli-arg-help = Muestra esta ayuda
cli-arg-version = Muestra la versión
cli-arg-site = La carpeta del sitio (la que tiene company.yaml)
cli-arg-cache-dir = Guarda aquí la caché (imágenes procesadas, el registro de compilación) en lugar de SITIO/.vitrina-cache
cli-cmd-build = Crea el sitio en SITIO/public (o en --output)
cli-arg-build-output = Escribe el sitio en esta carpeta en lugar de SITIO/public
cli-arg-build-timings = Muestra cuánto tardó cada etapa
cli-arg-build-strict = Trata los avisos (como traducciones que faltan) como errores
cli-arg-build-base-url = Dirección de publicación para esta construcción, en lugar del base_url de company.yaml (p. ej. una vista previa publicada)
cli-cmd-serve = Muestra una vista previa en 127.0.0.1 que se actualiza sola cuando usted guarda un archivo
cli-arg-serve-port = Puerto de la vista previa (si está ocupado, se usa el siguiente libre)
cli-arg-serve-bind = Dirección de la vista previa; 127.0.0.1 la deja visible solo en esta computadora
cli-arg-serve-open = Abre la vista previa en el navegador
cli-cmd-init = Crea un catálogo de ejemplo (español e inglés, un producto) en una carpeta nueva
cli-arg-init-dir = La carpeta que se va a crear (nueva o vacía)
cli-arg-init-deploy = Escribe también el flujo que publica el sitio (github: GitHub Pages)
cli-cmd-strings = Muestra los textos de la interfaz del tema para un idioma (es o en), para copiarlos en i18n/<idioma>.yaml
cli-arg-strings-lang = es o en
cli-cmd-check = Revisa el sitio en busca de errores y traducciones que faltan, sin escribir nada
cli-arg-check-strict = Trata los avisos como errores
cli-cmd-help = Muestra esta ayuda o la de un comando
cli-arg-help-subcommand = El comando que quiere conocer

## Lo que muestran los comandos (src/main.rs)

build-strict-failed = --strict: { $count ->
        [one] hay 1 aviso
       *[other] hay { $count } avisos
    }; no se creó nada
build-timing-peak = (memoria máxima { $mb } MB)
build-summary = Listo: { $pages } páginas ({ $rendered } generadas, { $unchanged } sin cambios; { $files } archivos, { $images } imágenes procesadas) en { $dir }, en { $ms } ms
init-done =
    Se creó un catálogo de ejemplo en { $dir }.
    Edite { $dir }/company.yaml y los archivos de { $dir }/products/; después ejecute:
    {"  "}vitrina serve { $dir } --open
init-deploy-github-done = Se escribió { $workflow }: publica el sitio en GitHub Pages cada vez que usted sube cambios (en GitHub: Settings > Pages > Source: GitHub Actions).
strings-unknown-lang = el tema trae textos de la interfaz solo para es y en, no para "{ $lang }".
    .hint = en la carpeta de su sitio ejecute `vitrina strings en > i18n/{ $lang }.yaml` y traduzca ese archivo
check-ok = Todo bien: { $products ->
        [one] 1 producto
       *[other] { $products } productos
    }, { $pages ->
        [one] 1 página
       *[other] { $pages } páginas
    }, { $languages ->
        [one] 1 idioma
       *[other] { $languages } idiomas
    }

## Productos y páginas (src/content/)

content-no-products = { $dir } no tiene productos.
    .hint = agregue archivos products/<nombre>.md (vea docs/content-format.md)
content-no-products-left = a { $dir } ya no le quedan productos.
    .hint = agregue archivos products/<nombre>.md (vea docs/content-format.md)
content-duplicate-sku = { $file }: el SKU "{ $sku }" ya lo usa { $other }: cada producto necesita su propio SKU.
    .hint = cambie `sku` en uno de los dos archivos
content-duplicate-product-slug = { $file }: el slug en { $lang } "{ $slug }" ya lo usa { $other }: dos productos no pueden tener la misma dirección.
    .hint = ponga otro `slug` a uno de los dos
content-duplicate-page-slug = { $file }: el slug "{ $slug }" ya lo usa { $other }: dos páginas no pueden tener la misma dirección.
    .hint = ponga otro `slug` a una de las dos
content-untranslated = falta la traducción al { $lang } de { $count ->
        [one] 1 archivo
       *[other] { $count } archivos
    }; se muestran en { $default } mientras no agregue: { $files }
page-missing-title = { $file }: falta el campo `title`.
    .hint = agregue una línea como `title: Cuidados del molcajete`
page-bad-slug = { $file }: el campo `slug` es "{ $slug }": use solo minúsculas, números y guiones.
    .hint = por ejemplo `slug: { $example }`

## Generación de páginas (src/render/)

render-cannot-list = no se puede leer la carpeta { $dir }
render-static-reserved = static/{ $file }: vitrina crea este archivo por su cuenta.
    .hint = cambie el nombre de su archivo o quítelo
render-page-failed = no se pudo generar /{ $path } con la plantilla { $template }
render-404-failed = no se pudo generar la página 404
render-shared-context = no se pudieron preparar los datos que comparten todas las páginas del sitio
render-bad-category-slug = company.yaml: la categoría "{ $category }" tiene el slug en { $lang } "{ $slug }": use solo minúsculas, números y guiones.
    .hint = por ejemplo `{ $example }`
render-path-collision = dos páginas irían en la misma dirección /{ $path }: el slug de una página o categoría choca con el de otra página.
    .hint = ponga otro slug a una de las dos

## Archivos YAML: company.yaml, rates.yaml, encabezados (src/yaml.rs). Van después de "archivo:línea:columna: ".

yaml-in-field = campo `{ $field }`: { $what }
yaml-bad-character = esta línea tiene un carácter que YAML no puede leer aquí (un tabulador, o un símbolo como `@` o `` ` `` al inicio de un valor)
yaml-too-deep = hay valores anidados demasiado profundo (más de cien niveles de `{"{"}`, `[` o sangría)
yaml-wrong-shape = este valor no tiene la forma correcta
yaml-key-without-text = `{ $key }` no tiene texto después
yaml-unknown-field = campo desconocido `{ $field }`; los campos de aquí son { $known }
yaml-unknown-field-none = campo desconocido `{ $field }`; aquí no van campos
yaml-unknown-value = valor desconocido `{ $value }`; use uno de { $expected }
yaml-missing-field = falta el campo `{ $field }`
yaml-duplicate = `{ $field }` está escrito dos veces
yaml-front-matter-not-a-list = el encabezado debe ser una serie de líneas `campo: valor` (como `title: Cuenco`), no una lista
yaml-file-not-a-list = el archivo debe ser una serie de líneas `campo: valor` (como `currency: MXN`), no una lista
yaml-wrong-type = hay { $found }, pero debe ser { $expected }
yaml-indentation = YAML no puede leer esta línea: la sangría está mal o hay un `: ` dentro de un texto
yaml-control-characters = esta línea tiene caracteres de control invisibles
yaml-unclosed = el archivo termina dentro de un texto entre comillas o de un `{"{"}`/`[` que nunca se cierra
yaml-other = YAML no puede leer esta línea ({ $detail })
yaml-found-text = el texto { $value }
yaml-found-number = el número { $value }
yaml-found-list = una lista
yaml-found-map = una serie de líneas `campo: valor`
yaml-found-nothing = nada
yaml-expected-map = una serie de líneas `campo: valor`
yaml-expected-number = un número simple como 850 o 1250.50
yaml-expected-number-or-word = un número simple como 850 o 1250.50, o `on request`
yaml-expected-text = un texto (póngalo entre comillas)
yaml-expected-list = una lista, como [a, b] o un `- elemento` por línea
yaml-expected-boolean = true o false
yaml-expected-whole-number = un número entero
yaml-expected-pair = dos números, como [0.5, 0.3]
yaml-expected-text-or-map = un texto, o un mapa de idioma → texto como {"{"}es: Hola, en: Hello{"}"}
yaml-hint-tab =
    .hint = la línea { $line } tiene sangría con tabulador; YAML solo acepta espacios: use dos espacios
yaml-hint-comma-fixed =
    .hint = una coma dentro de un texto lo termina; ponga el texto entre comillas:
        {"    "}{ $fixed }
yaml-hint-comma =
    .hint = una coma dentro de un texto lo termina; ponga entre comillas los textos que tienen comas o dos puntos
yaml-hint-wrong-shape =
    .hint = un texto es una sola cadena, o un mapa de idioma → texto como {"{"} es: Hola, en: Hello {"}"}; ponga entre comillas los textos que tienen comas o dos puntos
yaml-hint-missing-field =
    .hint = agregue el campo; vea en docs/content-format.md qué debe contener
yaml-hint-bad-character =
    .hint = ponga el valor entre comillas, como `name: "@barro"`
yaml-hint-too-deep =
    .hint = busque un `{"{"}` o `[` que nunca se cierra
yaml-hint-indentation =
    .hint = revise la sangría y que los textos que tienen ': ' estén entre comillas
yaml-hint-number-as-text =
    .hint = ponga el valor entre comillas para que se lea como texto, por ejemplo hs_code: "6912.00" o postal_code: "58440"
yaml-hint-front-matter-not-a-list =
    .hint = escriba cada campo en su propia línea como `nombre: valor`, sin `- ` al inicio
yaml-hint-list =
    .hint = escriba los elementos como [a, b] o un `- elemento` por línea debajo del campo
yaml-hint-duplicate =
    .hint = cada campo puede aparecer una sola vez; borre o una la línea repetida
yaml-hint-unknown-value =
    .hint = use uno de los valores de la lista
yaml-hint-wrong-type =
    .hint = vea en docs/content-format.md qué contiene cada campo
yaml-hint-stray-characters =
    .hint = busque en la línea caracteres que no van ahí (comillas o corchetes sueltos, o caracteres invisibles)
yaml-hint-unclosed =
    .hint = busque unas comillas (" o ') o un `{"{"}` o `[` que se abre y nunca se cierra
yaml-hint-other =
    .hint = compare la línea con los ejemplos de docs/content-format.md; el texto con `: `, `#`, `{"{"}`, `[` o un `-` al inicio necesita comillas
yaml-hint-did-you-mean =
    .hint = ¿quiso decir `{ $field }`? revise cómo está escrito el nombre del campo
yaml-hint-field-spelling =
    .hint = revise cómo está escrito el nombre del campo (vea la lista en docs/content-format.md)

## Archivos y carpetas (en todas partes)

io-cannot-read = no se puede leer { $path }
io-cannot-write = no se puede escribir { $path }
io-cannot-create = no se puede crear { $path }
io-cannot-list = no se puede ver el contenido de { $path }

## Dinero y tipos de cambio (src/money.rs)

money-number-too-large = { $value } es demasiado grande para un número; revise si hay un punto decimal o un exponente fuera de lugar
    .hint = escriba la cantidad con dígitos y un punto para los decimales, como `1250.50`
money-price-too-large = { $value } es demasiado grande: escriba precios menores que { $max } (mil billones) como números simples
    .hint = escriba la cantidad con dígitos y un punto para los decimales, como `1250.50`; revise si hay un exponente (`e`) fuera de lugar
money-not-a-number = { $value } no es un número: escriba un número simple como 850 o 1250.50
    .hint = escriba la cantidad con dígitos y un punto para los decimales, como `1250.50`
money-bad-currency = "{ $code }" no es un código de moneda ISO 4217 (por ejemplo: MXN, USD, EUR, CAD, GBP)
    .hint = escriba solo las tres letras mayúsculas del código de la moneda
money-bad-locale = "{ $locale }" no es una configuración regional válida (escríbala como es-MX o en-US)
money-no-number-formats = no hay formatos de número para { $locale }
rates-missing-file = falta { $file }, pero company.yaml tiene display_currencies ({ $currencies }).
    .hint = cree { $file } con base, date, source y un tipo de cambio por moneda (vea docs/content-format.md), o quite display_currencies
file-field = { $file }: campo `{ $field }`
rates-no-rate = { $file }: no hay tipo de cambio para { $code }, que company.yaml tiene en display_currencies.
    .hint = agregue `{ $code }: <unidades de { $code } por 1 { $site_currency } (o por 1 unidad de la base del archivo)>` bajo `rates:`, o quite { $code } de display_currencies
rates-bad-date = { $file }: el campo `date` es "{ $date }": escriba la fecha de referencia como AAAA-MM-DD.
    .hint = el día en que se tomaron los tipos de cambio, una fecha que exista, como `date: 2026-11-20`
rates-not-positive = el campo `rates.{ $code }` es { $rate }: los tipos de cambio deben ser mayores que cero.
    .hint = escriba cuántos { $code } se compran con un { $base }, como `{ $code }: 1.08`
rates-no-site-rate = { $file }: la base del archivo es { $base }, pero no tiene tipo de cambio para { $site_currency }, la moneda del sitio.
    .hint = agregue `{ $site_currency }: <unidades por 1 { $base }>` bajo `rates:`, o ponga `base: { $site_currency }`
rates-unreal = campo `rates.{ $wrong }`: con estos tipos de cambio 1 { $site_currency } valdría { $amount } { $code }, y ese no es un tipo de cambio real.
    .hint = escriba cuántas unidades de cada moneda se compran con un { $base } (la base del archivo), como `USD: 1.08`; revise si hay un punto decimal o un exponente fuera de lugar
rates-unreal-overflow = campo `rates.{ $wrong }`: con estos tipos de cambio 1 { $site_currency } valdría más { $code } de lo que cabe en un número, y ese no es un tipo de cambio real.
    .hint = escriba cuántas unidades de cada moneda se compran con un { $base } (la base del archivo), como `USD: 1.08`; revise si hay un punto decimal o un exponente fuera de lugar
date-in-future = { $date } es una fecha futura (hoy es { $today }).
    .hint = escriba la fecha en que ocurrió, como AAAA-MM-DD

## El perfil de la empresa (src/config.rs)

config-cannot-read = no se puede leer { $path }: todo sitio necesita un perfil de la empresa (vea docs/content-format.md, o ejecute `vitrina init`)
config-base-url-not-absolute = { $source } es "{ $url }": debe ser la dirección completa donde se publica el sitio, como https://example.com/ o https://usuario.github.io/catalogo/
config-base-url-bad-characters = { $source } ({ $url }) no puede tener espacios, comillas, `?` ni `#`
config-no-languages = { $file }: el campo `languages` está vacío: escriba al menos un código de idioma, primero el principal (por ejemplo [es, en])
config-delivery-days = { $file }: el campo `shipping.zones[{ $zone }].delivery_days` es [{ $min }, { $max }]: escriba [mínimo, máximo] de días
config-payment-type = { $file }: el campo `payment_methods[{ $index }].type` es "{ $kind }": use uno de { $types }
config-no-contact = { $file }: el campo `contact` no tiene ningún medio: escriba al menos uno de whatsapp, messenger, email o phone, para que los compradores puedan pedir
config-no-categories = { $file }: el campo `categories` está vacío: defina al menos una categoría ({"{"}id, name{"}"}) a la que pertenezcan los productos
config-bad-category-id = { $file }: el campo `categories[{ $index }].id` es "{ $id }": use solo letras minúsculas, dígitos y guiones (aparece en las direcciones)
config-duplicate-category = { $file }: la categoría "{ $id }" está definida dos veces en `categories`
config-image-widths = { $file }: el campo `images.widths` debe tener anchos en píxeles entre 16 y 4096, como [480, 960, 1600]
config-image-quality = { $file }: el campo `images.quality` es { $quality }: use un número de 30 a 100 (80 es un buen valor)
config-link-not-absolute = { $file }: un enlace en `{ $field }` es "{ $url }": escriba la dirección completa, empezando con https://
config-bad-year = { $year } no es un año pasado: las páginas mostrarían una antigüedad equivocada ("{ $age } años").
    .hint = escriba el año de cuatro dígitos en que ocurrió, { $now } o antes
config-bad-country = "{ $code }" no es un código de país ISO 3166 de dos letras (por ejemplo: MX, US, CA, ES, DE; el Reino Unido es GB)

## Productos (src/content/product.rs). "at" es el archivo y la línea, como products/molcajete.md:4

field-error = { $at }: campo `{ $field }`: { $error }
product-missing-field = { $file }: falta el campo `{ $field }`.
    .hint = agregue al encabezado una línea como `{ $field }: { $example }`
product-price-example = 850   (o: price: on request)
product-sku-spaces = { $at }: el campo `sku` es "{ $sku }": un SKU no puede estar vacío ni tener espacios (use guiones)
product-sku-formula = { $at }: el campo `sku` es "{ $sku }": un SKU no puede empezar con =, +, - o @ (las hojas de cálculo lo leen como fórmula al abrir el catálogo de productos).
    .hint = empiécelo con una letra o un dígito
product-price-not-positive = { $at }: el campo `price` es { $price }: un precio debe ser mayor que cero; escriba `price: on request` si cotiza cada pedido
product-price-word = { $at }: el campo `price` es "{ $price }": escriba un número simple en la moneda del sitio (850 o 1250.50, sin símbolo ni separador de miles) u `on request`
product-unknown-category = { $at }: el campo `category` es "{ $category }", que no está definida en company.yaml.
    .hint = use una de: { $known }; o agréguela bajo `categories:` en company.yaml
product-no-images = { $file }: no tiene `images`: cada producto necesita al menos una foto.
    .hint = agregue
        {"    "}images:
        {"      "}- src: mi-foto.jpg
        {"        "}alt: Lo que muestra la foto
product-image-no-src = { $at }: la imagen { $number } no tiene `src`: escriba el nombre de un archivo de images/
product-image-focus = { $at }: imagen { $src }: `focus` deben ser dos fracciones entre 0 y 1, como [0.5, 0.3]
product-prices-not-positive = { $at }: campo `prices`: el precio en { $code } debe ser mayor que cero
product-weight-not-positive = { $at }: el campo `weight_kg` es { $weight }: el peso debe ser mayor que cero.
    .hint = escriba el peso de envío en kilogramos, como `weight_kg: 1.5`, o borre la línea
product-bad-updated = { $at }: el campo `updated` es "{ $date }": escriba la fecha como AAAA-MM-DD
product-bad-slug = { $at }: el campo `slug` es "{ $slug }": use solo letras minúsculas, dígitos y guiones, por ejemplo "{ $example }"
product-translation-image-src = { $at }: las imágenes de una traducción solo pueden cambiar los textos `alt` (escríbalas en el mismo orden, sin `src`)
product-decimals = es { $amount }, pero los precios en { $currency } llevan { $dp } decimales: se publicaría como { $published }.
    .hint = { $case ->
        [zero] escriba un precio que la moneda pueda mostrar, o `price: on request`
        [no-cents] { $currency } no tiene centavos: escriba un número entero, como { $published }
       *[decimals] escríbalo con { $dp } decimales como máximo, como { $published }
    }
product-image-outside = imagen "{ $src }": escriba el nombre de un archivo dentro de la carpeta images/, como `molcajete.jpg` o `textiles/rebozo.jpg`
product-image-missing = la imagen "{ $src }" no existe: se esperaba el archivo { $path }.
    .hint = revise cómo está escrito (las mayúsculas cuentan) o copie la foto en images/

## Buscar y leer productos y páginas (src/content/documents.rs, front_matter.rs)

content-not-utf8 = no se puede leer { $path } (¿está guardado como texto UTF-8?)
content-unknown-language = { $file }: "{ $code }" no es uno de los idiomas del sitio ({ $languages }).
    .hint = las traducciones se llaman <slug>.<idioma>.md; agregue el idioma a `languages` en company.yaml o cambie el nombre del archivo
content-default-language-suffix = { $file }: { $code } es el idioma principal, cuyo texto va en { $folder }/{ $slug }.md.
    .hint = cambie el nombre de este archivo a { $slug }.md
content-orphan-translation = { $file }: es una traducción sin su archivo del idioma principal { $folder }/{ $slug }.md.
    .hint = cree { $folder }/{ $slug }.md con los campos comunes (sku, price, images…) o cambie el nombre de este archivo para que coincida con un producto que exista
content-symlink = { $file }: este archivo es un enlace simbólico (un acceso directo a otro archivo); vitrina solo lee archivos reales dentro de la carpeta del sitio.
    .hint = reemplace el enlace por una copia del archivo al que apunta
content-no-front-matter = { $file }:1: el archivo debe empezar con una línea `---`, luego los campos (title, sku, price…), luego otra `---`, y después la descripción.
    .hint = agregue una línea `---` al principio, sin nada antes
content-front-matter-not-closed = { $file }: el encabezado que abre con `---` en la línea 1 nunca se cierra: agregue una línea `---` después del último campo.
    .hint = los campos van entre dos líneas que solo tienen `---`; la descripción va después de la segunda

## Fotos (src/images/)

image-empty = { $file } es un archivo vacío (0 bytes): copie la foto otra vez
image-wrong-format = { $file } es una imagen { $format }: use JPEG, PNG o WebP (expórtela o conviértala antes)
image-unknown-format = { $file } no es una imagen que vitrina pueda leer: use JPEG, PNG o WebP
image-too-large = { $file } es demasiado grande para procesarla (el límite es { $side } píxeles por lado y { $megapixels } megapíxeles): redúzcala antes
image-unreadable = { $file }: no se puede leer esta imagen (¿está completa y es de verdad JPEG, PNG o WebP?): { $error }
image-incomplete = { $file } está incompleta (los datos JPEG terminan antes de tiempo): copie la foto otra vez desde la cámara o el teléfono
image-resize-failed = no se pudo cambiar el tamaño de la imagen
image-encode-failed = no se pudo guardar la imagen como { $format }
image-cache-cannot-create = no se puede crear la caché de imágenes { $path }
image-cache-cannot-save-index = no se puede guardar el índice de la caché de imágenes
image-cache-cannot-prune = no se puede limpiar { $path }
image-cannot-save-copy = { $file }: no se puede guardar una copia procesada
render-template-error = error en una plantilla: { $error }
init-not-empty = { $dir } no está vacía: `vitrina init` solo escribe en una carpeta nueva o vacía, para no sobrescribir nada suyo.
    .hint = elija otro nombre de carpeta, por ejemplo `vitrina init mi-catalogo`

## El servidor de vista previa (src/serve/)

serve-cannot-watch = no se pueden vigilar los cambios en { $path }
serve-cannot-start = no se puede iniciar el servidor de vista previa
serve-port-taken = El puerto { $port } está ocupado; se usa el puerto { $other }.
serve-cannot-listen = no se puede escuchar en { $address }
serve-ports-in-use = los puertos { $first } a { $last } están todos ocupados ({ $error }): elija otro con --port
serve-no-address = no se puede leer la dirección del servidor de vista previa
serve-internal-error = vitrina se detuvo por un error interno al reconstruir ({ $what }).
    .hint = es un error de vitrina; repórtelo con el archivo que acaba de cambiar. Deshaga el cambio o guarde otra vez para reintentar

## Enlaces, teléfonos y correo (src/link.rs, src/contact.rs)

link-control-character = "{ $url }" tiene un tabulador, un salto de línea u otro carácter de control.
    .hint = escriba la dirección en una sola línea, sin caracteres invisibles
link-bad-scheme = "{ $url }" es un enlace `{ $scheme }:`; solo se publican enlaces http, https, mailto y tel, o direcciones relativas al sitio.
    .hint = escriba la dirección web completa, empezando con https://
contact-phone-characters = "{ $number }" no es un número de teléfono: solo puede tener dígitos, espacios, +, -, paréntesis y puntos.
    .hint = escriba el número internacional completo, como "+52 443 123 4567" (+, código de país, número)
contact-phone-invalid = "{ $number }" no es un número de teléfono válido para su código de país.
    .hint = revise los dígitos; escriba el número internacional completo, como "+52 443 123 4567" (+, código de país, número)
contact-phone-no-country-known = "{ $number }" no tiene código de país, así que los compradores de otros países (y WhatsApp) marcarían otro número.
    .hint = escríbalo como "{ $fixed }"
contact-phone-no-country = "{ $number }" no tiene código de país (debe empezar con + o 00).
    .hint = escriba el número internacional completo, como "+52 443 123 4567" (+, código de país, número)
contact-email-invalid = "{ $address }" no es una dirección de correo ({ $error }).
    .hint = escriba una sola dirección, sin nada más, como ventas@example.com
contact-email-character = "{ $address }" tiene { $character }, que cambiaría los enlaces de correo hechos con ella (una dirección como a@b.example?cc=… agrega destinatarios ocultos).
    .hint = escriba una sola dirección, sin nada más, como ventas@example.com

## Idiomas y textos de la interfaz del tema (src/i18n.rs)

lang-bad-code = company.yaml: el campo `languages[{ $index }]` es "{ $code }": no es un código de idioma ISO 639-1 (por ejemplo: es, en, fr, de, pt)
    .hint = ponga la región en `locale` o `hreflang`, como {"{"}code: es, locale: es-MX{"}"}
lang-twice = company.yaml: el idioma "{ $code }" aparece dos veces en `languages`
lang-locale-mismatch = company.yaml: el campo `languages[{ $index }].locale` es "{ $locale }" pero el idioma es "{ $code }": la configuración regional debe empezar con el código del idioma
lang-hreflang-prefix = "{ $hreflang }" debe empezar con el código de idioma "{ $code }"
lang-hreflang-shape = "{ $hreflang }": escriba hreflang como idioma o idioma-REGIÓN, como en o en-GB
lang-no-strings = no hay textos de interfaz para el idioma "{ $lang }": el tema tiene es y en.
    .hint = cree i18n/{ $lang }.yaml en el sitio, empezando con una copia de themes/default/i18n/en.yaml (vea docs/content-format.md)
lang-strings-untranslated = i18n/{ $lang }.yaml: { $count } texto(s) de interfaz sin traducir, se muestran en inglés: { $keys }
lang-strings-not-a-map = { $file }: los textos de interfaz deben ser un mapa de clave: texto
lang-unknown-key-near = i18n/{ $lang }.yaml: clave desconocida `{ $key }`: el tema no tiene ese texto, así que nunca se muestra (salvo que sus propias plantillas lo usen).
    .hint = ¿quiso decir `{ $near }`?
lang-unknown-key = i18n/{ $lang }.yaml: clave desconocida `{ $key }`: el tema no tiene ese texto, así que nunca se muestra (salvo que sus propias plantillas lo usen).
    .hint = ejecute `vitrina strings en` para ver todas las claves

## Plantillas que se incluyen o se llaman a sí mismas (src/render/templates/recursion.rs)

render-macro-in = la macro { $name } de { $file }
render-theme-file = { $file } del tema
render-recursion = { $place }: { $template } { $direct ->
        [yes] se llama a sí misma
       *[no] se llama a sí misma a través de otras
    } ({ $chain }), así que la página nunca terminaría de generarse.
    .hint = quite ahí { $call ->
        [macro] la llamada a la macro
       *[include] el include o extends
    }, o genere la parte repetida con un ciclo {"{"}% for %{"}"}; las plantillas y macros no pueden incluirse ni llamarse a sí mismas

## Las líneas del servidor de vista previa en la terminal (src/serve/mod.rs, watch.rs)

serve-on-network = se sirve en { $address } — otros equipos de su red pueden ver esta vista previa
serve-serving = Sirviendo { $dir } en { $url } (presione Ctrl+C para terminar)
serve-cannot-open-browser = no se puede abrir un navegador: { $error }
serve-rebuilt-in = { $what } en { $ms } ms
serve-still-serving = (se sigue mostrando la última versión buena; corrija el archivo y guárdelo para reconstruir)
serve-rebuilt-products = Se reconstruyeron { $count } producto(s) ({ $slugs })
serve-reloaded-styles = Se recargaron las hojas de estilo
serve-built-site = Se construyó el sitio
serve-overlay-heading = vitrina: el último cambio rompió el sitio; esta es la última versión buena.
serve-method-not-allowed = vitrina serve solo responde a peticiones GET y HEAD, no a { $method }.
serve-refused-host = vitrina serve rechazó esta petición: iba dirigida al nombre "{ $host }", y la vista previa solo responde en http://127.0.0.1:{ $port }/ o http://localhost:{ $port }/.
    .hint = abra la dirección que aparece en la terminal; otro nombre que apunte a esta computadora se rechaza para proteger la vista previa de otras páginas web (DNS rebinding).
serve-refused-host-also = vitrina serve rechazó esta petición: iba dirigida al nombre "{ $host }", y la vista previa solo responde en http://127.0.0.1:{ $port }/, http://localhost:{ $port }/ o{ $also }.
    .hint = abra la dirección que aparece en la terminal; otro nombre que apunte a esta computadora se rechaza para proteger la vista previa de otras páginas web (DNS rebinding).
image-colour-unconverted = { $file }: { $why }, así que sus colores se publican sin convertir y pueden verse distintos; exporte la foto en sRGB para estar seguro
image-colour-unreadable = no se puede leer su perfil de color ({ $error })
image-colour-unsupported = su perfil de color no es compatible ({ $error })
image-colour-failed = no se pudo aplicar su perfil de color ({ $error })
image-colour-grey-unsupported = su perfil de color en gris no es compatible ({ $error })
image-colour-grey-failed = no se pudo aplicar su perfil de color en gris ({ $error })
image-colour-other-space = tiene un perfil de color { $space } (vitrina convierte los de RGB y gris)
image-share-too-small = images/{ $src } mide solo { $width } × { $height } píxeles: su vista previa al compartir se verá borrosa; use una foto de al menos 1200 píxeles de ancho

## La carpeta de salida (src/output.rs, src/output/, src/site.rs)

io-cannot-remove = no se puede borrar { $path }
output-cannot-finish = no se puede terminar la actualización interrumpida de { $path }
output-cannot-remove-leftover = no se puede borrar el resto { $path }
output-unusable = { $path } no sirve como carpeta de salida
output-cannot-write-manifest = no se puede escribir la lista de archivos de la salida
output-cannot-replace-empty = no se puede reemplazar la carpeta vacía { $path }
output-cannot-move = no se puede mover la nueva salida a { $path }
output-is-a-file = la salida { $path } es un archivo, no una carpeta: elija otra con --output
output-foreign-files = la carpeta de salida { $path } tiene archivos que vitrina no hizo ({ $files }{ $more ->
        [0] {""}
       *[other] {" "}y { $more } más
    }); vitrina reemplaza esta carpeta en cada construcción, así que no la toca.
    .hint = mueva esos archivos a otro lugar (los archivos que se publican tal cual van en la carpeta static/ del sitio), o construya en otra carpeta con --output
output-cannot-open-lock = no se puede abrir el archivo de bloqueo { $path }
output-cannot-lock = no se puede bloquear { $path }
output-lock-unsupported = no se puede bloquear { $path }: { $error }
    .hint = construya en una carpeta de un disco local (--output), donde los bloqueos de archivo funcionan
output-bad-path = la ruta de salida { $path } { $why }; vitrina escribe y borra solo dentro de la carpeta de salida.
    .hint = las palabras de ruta de i18n/*.yaml, los slugs y los nombres de archivo de static/ deben ser nombres simples como `pedidos`
output-symlink = { $path } es un enlace simbólico: vitrina no escribe ni borra a través de enlaces en la carpeta de salida.
    .hint = quite el enlace; vitrina vuelve a crear la carpeta en la siguiente construcción
site-not-a-site = { $dir } no es un sitio de vitrina: no tiene { $file }.
    .hint = ejecute `vitrina build` en la carpeta que tiene company.yaml (pruebe example-site/), o `vitrina init <carpeta>` para empezar uno
site-cannot-resolve = no se encuentra la carpeta { $path }
site-output-over-sources = la carpeta de salida { $output } sobrescribiría los archivos del sitio: elija una carpeta como { $example }
render-static-unpublishable = static/{ $file } no se puede publicar
lang-paths-not-a-map = { $at }: `paths` debe ser un mapa de palabras de ruta
    .hint = escríbalo como `paths: {"{"}products: productos, order: pedidos{"}"}`
lang-bad-path-word = { $at }: `paths.{ $key }` es { $value }: { $why }
    .hint = escriba una sola palabra como `pedidos`; el sitio tendrá entonces la dirección /pedidos/
output-why-empty = está vacía
output-why-nul = tiene un carácter NUL
output-why-backslash = tiene una barra invertida (las rutas dentro del sitio usan `/`)
output-why-absolute = es una ruta absoluta
output-why-colon = tiene dos puntos (una letra de unidad o un nombre de flujo en Windows)
output-why-empty-segment = tiene un tramo vacío (`//` o una `/` al final)
output-why-dot-segment = tiene un tramo `.` o `..` que sale de su carpeta
output-why-reserved = es el nombre del archivo de control de vitrina
routes-word-empty = una palabra de ruta no puede estar vacía
routes-word-slash = una palabra de ruta es un solo tramo de la dirección, sin `/` ni `\`
routes-word-characters = una palabra de ruta solo puede tener letras, dígitos, `-` y `_`
routes-word-not-text = una palabra de ruta debe ser texto
output-waiting-for-lock = esperando a que termine otra construcción de vitrina en { $output } (tiene { $path })
output-manifest-bad-entry = { $at }: la entrada { $path } { $why }; se ignora (vitrina nunca borra nada fuera de la carpeta de salida)
    .hint = vitrina escribe este archivo; no lo edite
output-journal-bad-line = { $at }: no es una entrada del registro; se ignora
output-journal-bad-path = { $at }: la ruta { $path } { $why }; se ignora, no se toca nada fuera de la carpeta de salida
site-profile-untranslated = company.yaml: { $count } texto(s) no tienen versión en { $lang }, se muestran en { $default }: { $fields }

# vitrina import (issue 11)
cli-cmd-import = Importar productos de un catálogo de Meta, un CSV de Shopify o WooCommerce, o la plantilla de hoja de cálculo de vitrina
cli-arg-import-files = Los archivos CSV (un catálogo de Meta: uno por idioma, como meta-es.csv meta-en.csv)
cli-arg-import-site = La carpeta del sitio donde escribir (nueva o existente)
cli-arg-import-from = El formato de los archivos (si no lo indica, se reconoce por sus columnas)
cli-arg-import-images = Una carpeta con las fotos que nombra el CSV (fotos descargadas, por su nombre de archivo)
cli-arg-import-currency = La moneda de los precios, para un sitio nuevo (MXN, USD…)
cli-arg-import-dry-run = Mostrar lo que se escribiría, sin escribir nada
cli-arg-import-update = Reemplazar los archivos que ya existen con otro contenido (se muestran los cambios)
cli-value-files = ARCHIVO
cli-value-from = FORMATO
cli-value-images = CARPETA
import-cannot-read = no se puede leer { $file }
import-cannot-write = no se puede escribir { $file }
import-company-unreadable = { $file } no es YAML válido, así que no se pueden leer los idiomas, la moneda ni las categorías del sitio
    .hint = ejecute `vitrina check` en el sitio para ver la línea que debe corregir, y vuelva a importar
import-not-csv = { $file } no es un archivo CSV que vitrina pueda leer
    .hint = en la hoja de cálculo, use Archivo → Guardar como (o Descargar) → CSV, UTF-8
import-unknown-format = { $file }: estas columnas no son de un catálogo de Meta, de Shopify, de WooCommerce ni de la plantilla de vitrina
    .hint = indique el formato con `--from meta`, `--from shopify`, `--from woocommerce` o `--from sheet`; docs/es/import.md muestra las columnas de cada uno
import-missing-columns = { $file }: un archivo de { $format } necesita las columnas { $columns }, y este no las tiene
    .hint = exporte el archivo otra vez con todas las columnas, o agréguelas en la primera fila
import-empty-cell = { $file }, fila { $row }, columna "{ $column }": esta celda está vacía, y todo producto la necesita
    .hint = llene la celda, o borre la fila si no es un producto
import-price-bad = { $file }, fila { $row }, columna "{ $column }": "{ $value }" no es un precio
    .hint = escriba el número, con o sin la moneda, como 1299.00, $1,299.00, 1.299,00 € o MXN 850; déjela vacía o escriba `a consultar` para "precio a consultar"
import-price-ambiguous = { $file }, fila { $row }, columna "{ $column }": "{ $value }" puede ser { $whole } o { $decimal }
    .hint = escriba también los decimales (1,299.00 o 1.299,00), o el número sin separadores ({ $whole })
import-price-currency = { $file }, fila { $row }, columna "{ $column }": el precio "{ $value }" está en { $currency }, pero los precios del sitio están en { $site }
    .hint = convierta el precio a { $site } en el archivo (vitrina muestra otras monedas con rates.yaml), o cambie `currency` en company.yaml
import-no-currency = los archivos no dicen en qué moneda están los precios, y el sitio todavía no tiene company.yaml
    .hint = agregue `--currency MXN` (o USD, EUR…): la moneda en la que usted factura
import-duplicate-sku = { $file }, fila { $row }: el SKU "{ $sku }" ya lo usa { $other }
    .hint = dé a cada producto su propio SKU
import-errors = la importación se detuvo y no se escribió nada: { $count ->
        [one] hay 1 problema
       *[other] hay { $count } problemas
    } que corregir en los archivos
import-availability-unknown = { $file }, fila { $row }, columna "{ $column }": vitrina no conoce el estado de existencias "{ $value }"; el producto se importa como disponible
import-variants-split = { $file }, fila { $row }: "{ $product }" tiene { $count } variantes; vitrina no usa variantes, así que cada una será un producto
import-image-missing = { $file }, fila { $row }, columna "{ $column }": la foto "{ $image }" no está junto al CSV ni en --images; póngala en la carpeta images del sitio antes de construirlo
import-conflicts = { $count ->
        [one] 1 archivo ya existe
       *[other] { $count } archivos ya existen
    } con otro contenido; no se escribió nada:
      { $files }
    .hint = agregue `--dry-run` para ver los cambios, y `--update` para reemplazar estos archivos por los importados
import-would-write = se escribiría { $file }
import-wrote = escrito { $file }
import-changes = cambios en { $file }:
import-downloads = { $count ->
        [one] 1 foto se nombra
       *[other] { $count } fotos se nombran
    } por su dirección: descargue cada una y guárdela donde indica la flecha (la construcción nunca descarga nada):
import-categories-to-add = company.yaml no tiene { $count ->
        [one] la categoría
       *[other] las categorías
    } de estos productos; agregue estas líneas bajo `categories:` en company.yaml:
import-summary = Se { $products ->
        [one] importó 1 producto
       *[other] importaron { $products } productos
    } en { $dir }: { $files } archivos escritos, { $unchanged } ya estaban al día. Siguiente paso: `vitrina build { $dir }`
import-summary-dry-run = Prueba: { $products ->
        [one] 1 producto
       *[other] { $products } productos
    }, se escribirían { $files } archivos en { $dir } ({ $unchanged } ya al día). No se escribió nada.
import-company-name = Mi tienda
import-company-comment =
    Escrito por `vitrina import` a partir de { $files }.
    Revise cada línea antes de publicar: base_url, name y contact son datos de ejemplo que debe reemplazar.
# Listados, búsqueda y redirecciones (issue 13, catálogos grandes)
config-page-size = { $file }: el campo `listing.page_size` es { $size }: use un número de 1 a 1000
    .hint = 48 productos por página mantienen ligera una página de categoría; escriba `listing: {"{"}page_size: 48{"}"}`
product-alias-bad = { $at }: el alias "{ $alias }" { $why }
    .hint = escriba la dirección antigua de la página como una ruta dentro del sitio, por ejemplo `productos/molcajete-viejo/`
alias-why-url = es una dirección completa (escriba solo la ruta que va después del dominio)
alias-why-home = es la página de inicio
alias-why-characters = solo puede tener letras, números, `-`, `_`, `.` y `/`
render-alias-collision = { $file }: el alias "{ $alias }" es la dirección de una página del sitio o de otro alias; una redirección nunca reemplaza una página
    .hint = quítelo de `aliases`, o cambie el nombre de la página que ahora está en esa dirección
# brand: theme colours, custom.css, theme files a site replaces (issue 13)
brand-bad-colour = `{ $field }` es { $value }, que no es un color CSS.
    .hint = escriba un color como "#0b6e4f" (con las comillas), rgb(11 110 79) o un nombre de color como teal
brand-low-contrast = company.yaml: theme.accent se usa para los enlaces y solo tiene un contraste de { $ratio }:1 con el fondo de la página; el texto en ese color se lee mal.
    .hint = elija un color de acento más oscuro (o un fondo más claro) para llegar al menos a 4.5:1
render-static-replaces-theme = static/{ $file } reemplazaría el archivo { $file } del tema, y se perderían todas las reglas del tema.
    .hint = ponga sus propias reglas en assets/custom.css (se añade después de la hoja de estilos del tema); para reemplazar el archivo del tema a propósito, escriba `theme: {"{"}replace: [{ $file }]{"}"}` en company.yaml
render-replace-not-a-theme-file = company.yaml: theme.replace menciona { $file }, que no es un archivo del tema.
    .hint = mencione solo archivos del tema como style.css, o quite la línea
## check encuentra todo, importar tipos de cambio (src/check/, src/rates.rs, src/country.rs)

cli-cmd-rates = Escribe rates.yaml a partir de un archivo de tipos de cambio descargado del BCE o del Banco de México
cli-arg-rates-file = El archivo descargado: XML o CSV eurofxref del BCE, o un CSV del Banco de México (SIE)
cli-arg-rates-replace = Reemplazar un rates.yaml que ya existe (sin esto, vitrina solo muestra lo que escribiría)
cli-arg-check-format = Cómo mostrar el informe: text (para personas) o json (para programas y CI)
cli-value-file = ARCHIVO
cli-value-format = FORMATO
check-found = { $errors ->
        [one] 1 error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] 1 aviso
       *[other] { $warnings } avisos
    }.
check-photo-used-by = { $error } La usa { $files }.
check-alt-missing = { $file }: { $photos } no tiene texto `alt:`; quien usa un lector de pantalla (y los buscadores) no sabe qué muestra la foto.
    .hint = bajo `images:`, agregue a cada foto una línea `alt: lo que muestra la foto`, por ejemplo `alt: Bolsa de café de 1 kg`
check-too-long = { $file }: el campo { $field } tiene { $chars } caracteres; los buscadores muestran solo unos { $max } y cortan el resto.
    .hint = acórtelo y ponga primero las palabras que buscan sus clientes
check-link-broken = { $file }: el enlace "{ $link }" ({ $lang }) lleva a una página que el sitio no tiene.
    .hint = corrija la dirección, o enlace a la página del producto tal como aparece en el sitio (`vitrina serve` la muestra)
image-heic = { $file } es una foto { $kind } (el formato "Alta eficiencia" que el iPhone usa de fábrica); vitrina y muchos navegadores no pueden leerla.
    .hint = conviértala a JPEG (Mac: ábrala en Vista Previa, Archivo → Exportar → JPEG; Windows: ábrala en Fotos, … → Guardar como → .jpg); para que el iPhone tome fotos JPEG de ahora en adelante: Ajustes → Cámara → Formatos → Más compatible
config-country-name = "{ $name }" es el nombre de un país; aquí va el código ISO 3166 de dos letras.
    .hint = escriba { $code } en su lugar
rates-stale = { $file }: los tipos de cambio son del { $date }, hace { $days } días (más de { $max }): los precios en otras monedas pueden confundir a sus clientes.
    .hint = descargue los tipos de cambio más recientes y ejecute `vitrina rates <archivo>` (vea docs/es/content-format.md), o aumente `max_age_days:` en { $file }
rates-import-unknown-format = { $file } no es un archivo de tipos de cambio que vitrina conozca.
    .hint = use los tipos de referencia del BCE (eurofxref-daily.xml o el CSV dentro de eurofxref.zip) o una serie del Banco de México descargada como CSV (SIE, serie SF43718)
rates-import-cannot-read = no se pueden leer los tipos de cambio de { $file }
rates-import-xml = el XML está dañado ({ $error })
rates-import-no-rates = el archivo no tiene ninguna fecha con tipos de cambio
    .hint = descargue el archivo de nuevo: el archivo diario del BCE o un CSV del Banco de México con al menos un día
rates-import-no-series = ninguna columna del archivo es una serie del Banco de México que vitrina conozca ({ $series })
    .hint = en el SIE elija el FIX (SF43718) y, si los necesita, las series del euro y del dólar canadiense, y exporte como CSV
rates-import-bad-date = "{ $date }" no es una fecha
rates-import-no-site-currency = el archivo no tiene tipo de cambio para la moneda del sitio, { $currency } (tiene: { $currencies }).
    .hint = use un archivo que cotice { $currency }, o escriba rates.yaml a mano (vea docs/es/content-format.md)
rates-import-missing = { $file } no tiene tipo de cambio para { $currencies }, que company.yaml tiene en display_currencies.
    .hint = use un archivo que las cotice (el BCE cotiza unas 30 monedas), o quítelas de display_currencies
rates-import-header = Escrito por `vitrina rates` a partir de { $file } (tipos del { $date }).
    Cada línea: cuántas unidades de esa moneda compra 1 unidad de la moneda del sitio; después de # el mismo tipo como lo publican los bancos.
rates-import-symlink = { $file } es un enlace simbólico: vitrina solo escribe archivos reales en la carpeta del sitio.
    .hint = reemplace el enlace por una copia del archivo, o bórrelo
rates-import-done = Se escribió { $file } (tipos del { $date }).
rates-import-exists = { $file } ya existe y no se cambió; arriba está lo que vitrina escribiría.
    .hint = ejecute el mismo comando con --replace para reemplazarlo
## Nombres como los escriben los dueños (rama names): archivos, fotos y archivos de traducción
content-file-name-unreadable = { $file }: el nombre de archivo "{ $name }" no tiene letras ni dígitos que se puedan usar en la dirección de la página.
    .hint = cambie el nombre del archivo por uno con letras o dígitos, por ejemplo "jarron-de-barro.md" (los acentos, la ñ, las mayúsculas y los espacios sí se pueden usar)
content-file-names-clash = { $file } y { $other } dan la misma dirección "{ $slug }": en las direcciones, los nombres de archivo se escriben sin acentos, mayúsculas ni espacios, así que dos productos o páginas no pueden diferenciarse solo en eso.
    .hint = cambie el nombre de uno de los dos archivos, o ponga a uno de ellos su propio `slug:` en la cabecera
product-untranslatable-field = { $at }: el campo `{ $field }` no se traduce: es igual en todos los idiomas, así que solo va en { $default }.
    .hint = una traducción solo puede llevar { $allowed }; pase `{ $field }` a { $default } o bórrelo de aquí
image-name-clash = { $first } y { $second } quedarían con el mismo nombre en el sitio ({ $name }-…): ahí los nombres de las fotos se escriben sin acentos, mayúsculas ni espacios.
    .hint = cambie el nombre de una de las dos fotos (y las líneas de `images:` que la usan)
yaml-expected-image = el nombre de archivo de una foto, o líneas `src`, `alt` y `focus`
# render: a template reading a variable that does not exist (issue 14)
render-unknown-variable = { $template }:{ $line }: la variable `{ $variable }` no existe
    .hint = revise cómo está escrita: docs/templates.md lista lo que recibe cada plantilla, y `vitrina strings <idioma>` muestra los textos de la interfaz (`t.…`)
## Fechas para personas (issue 12, locale)
dates-no-formats = no hay formatos de fecha para { $locale }
    .hint = use una configuración regional como es-MX, en-US, fr-FR, de-DE, pt-BR o ja-JP en `languages` de company.yaml
render-local-date-no-locale = el filtro local_date necesita la configuración regional de la página
    .hint = escríbalo así: {"{{"} q.date | local_date(locale=lang.locale) {"}}"}
## line sheet (issue 13, deliverable 3)
line-sheet-qr-failed = no se puede hacer un código QR para { $url }: { $why }
    .hint = acorte base_url en company.yaml o el slug del producto; un código QR admite como mucho unos 2900 caracteres
## import: photos only from the CSV's folder or --images (issue 13)
import-image-outside = { $file }, fila { $row }, columna "{ $column }": la foto "{ $image }" está fuera de la carpeta del CSV y de la carpeta --images, así que no se copia
    .hint = ponga la foto en la carpeta del CSV (o en su carpeta images) y escriba solo su nombre de archivo, o indique la carpeta que la contiene con --images CARPETA
## build record (issue 16): a build where nothing changed does nothing; --timings says what was reused
build-nothing-changed = Nada cambió desde la última compilación: se conservaron sus { $pages } páginas; no se leyó, generó ni escribió nada.
timings-record-kept = nada cambió (se compararon { $checked } archivos y carpetas con la última compilación)
timings-record-full = compilación completa: { $why }
timings-record-not-saved = compilación no registrada ({ $why }): la próxima también será completa
timings-images = { $made } archivos de imagen creados
timings-pages = { $rendered } páginas generadas, { $kept } sin cambios
record-why-none = no hay registro de una compilación anterior
record-why-damaged = el registro de compilación está dañado
record-why-key = otro programa vitrina, otras opciones, otro día u otro idioma de mensajes que en la última compilación
record-why-changed = { $path } se agregó, cambió o eliminó
record-why-output = la salida fue modificada ({ $path })
record-why-journal = la última compilación se interrumpió
record-skip-symlink = { $path } es un enlace simbólico
record-skip-name = el nombre de { $path } no se puede registrar
record-skip-get-env = { $path } llama a get_env()
## line sheet: QR codes drawn by the templates (issue 16)
render-qr-no-url = la función qr necesita la dirección que codifica: escriba {"{{"} qr(url=p.url) {"}}"}
record-why-products = no se { $count ->
        [one] pudo compilar 1 producto cambiado
       *[other] pudieron compilar { $count } productos cambiados
    } a partir del catálogo guardado
timings-record-products = { $files ->
        [one] cambió 1 archivo de producto
       *[other] cambiaron { $files } archivos de productos
    }: se { $products ->
        [one] leyó de nuevo 1 producto
       *[other] leyeron de nuevo { $products } productos
    } y solo se generaron las páginas que afectan
## UI strings with plural forms (issue 13 leftover)
lang-plural-needs-other = { $file }: el texto `{ $key }` tiene formas de plural pero no la forma `other` (o una forma que no es texto)
    .hint = todo idioma necesita `other`, la forma que se usa para cualquier número sin forma propia: `{ $key }: {"{"}one: "{"{"}n{"}"} producto", other: "{"{"}n{"}"} productos"{"}"}`
render-fill-plural-no-number = este texto tiene formas de plural: fill necesita el número que elige la forma, como n o count
    .hint = escríbalo así: {"{{"} t.home.products_count | fill(n=c.count) {"}}"}
output-no-previous = { $file } no se puede hacer a partir del archivo de la compilación anterior: la salida no lo tiene tal como se escribió
timings-pieces = { $pages }; archivos sobre todos los productos: { $made } de { $total } entradas hechas de nuevo
cache-description-unreadable = una descripción del catálogo guardado { $path } no se puede leer; la compilación vuelve a empezar desde los archivos de productos
