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
cli-arg-cache-dir = Guarda aquí las imágenes procesadas en lugar de SITIO/.vitrina-cache/images
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
