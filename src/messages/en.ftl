# vitrina's messages in English. Every id here must also be in es.ftl (a test checks both catalogs match).
# How to add one: docs/contributing-messages.md. `.hint` is printed on its own line after "hint:".
# Write "{ $name }" in quotes where the old code used {:?}; numbers can choose plural forms.

## Prefixes of the lines vitrina prints

prefix-error = error:
prefix-warning = warning:
prefix-hint = hint:
prefix-caused-by = caused by:

## Command line help (see src/messages/help.rs for how ids are matched to clap's commands and arguments)

cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-default = [default: { $value }]
cli-env = [also the environment variable { $name }]
cli-error-unknown-argument = vitrina does not know the option { $arg }.
    .hint = see the options with `vitrina --help` or `vitrina <command> --help`
cli-error-unknown-command = vitrina has no command "{ $command }".
    .hint = the commands are build, serve, init, strings and check; see `vitrina --help`
cli-error-invalid-value = "{ $value }" is not a valid value for { $arg }.
    .hint = see what it accepts with `vitrina <command> --help`
cli-error-missing-argument = { $arg } is missing.
    .hint = see `vitrina <command> --help`
cli-value-command = COMMAND
cli-value-site = SITE
cli-value-output = DIR
cli-value-cache-dir = DIR
cli-value-port = PORT
cli-value-bind = ADDRESS
cli-value-dir = DIR
cli-value-lang = LANG
cli-value-subcommand = COMMAND
cli-value-base-url = URL
cli-value-deploy = HOST
cli-about = Build multilingual export catalogs from Markdown products and a company profile
cli-arg-message-lang = Language of vitrina's messages: es or en (also VITRINA_LANG; otherwise LANG decides)
cli-arg-help = Print help
cli-arg-version = Print version
cli-arg-site = The site folder (holds company.yaml)
cli-arg-cache-dir = Keep the cache (processed images, the build record) here instead of SITE/.vitrina-cache
cli-cmd-build = Build the site into SITE/public (or --output)
cli-arg-build-output = Write the output here instead of SITE/public
cli-arg-build-timings = Print how long each build stage took
cli-arg-build-strict = Treat warnings (such as missing translations) as errors
cli-arg-build-base-url = Publish address for this build, instead of company.yaml's base_url (e.g. a preview deploy)
cli-cmd-serve = Build into memory, serve on 127.0.0.1 and rebuild when files change, with live reload
cli-arg-serve-port = Port to listen on (the next free one is used if it is taken)
cli-arg-serve-bind = Address to listen on; 127.0.0.1 keeps the preview on this computer
cli-arg-serve-open = Open the preview in the default browser
cli-cmd-init = Create a starter catalog (Spanish and English, one product) in a new folder
cli-arg-init-dir = The folder to create (it must be new or empty)
cli-arg-init-deploy = Also write the workflow that publishes the site (github: GitHub Pages)
cli-cmd-strings = Print the theme's UI strings for a language (es or en), to copy into i18n/<lang>.yaml
cli-arg-strings-lang = es or en
cli-cmd-check = Check the site for errors and missing translations without writing anything
cli-arg-check-strict = Treat warnings as errors
cli-cmd-help = Print this message or the help of the given command
cli-arg-help-subcommand = The command to explain

## Commands' own output (src/main.rs)

build-strict-failed = --strict: { $count ->
        [one] 1 warning
       *[other] { $count } warnings
    }; nothing was built
build-timing-peak = (peak memory { $mb } MB)
build-summary = Built { $pages } pages ({ $rendered } rendered, { $unchanged } unchanged; { $files } files, { $images } images processed) into { $dir } in { $ms } ms
init-done =
    Created a starter catalog in { $dir }.
    Edit { $dir }/company.yaml and the files in { $dir }/products/, then run:
    {"  "}vitrina serve { $dir } --open
init-deploy-github-done = Wrote { $workflow }: it publishes the site on GitHub Pages at every push (on GitHub: Settings > Pages > Source: GitHub Actions).
strings-unknown-lang = the theme has UI strings for es and en only, not "{ $lang }".
    .hint = run `vitrina strings en > i18n/{ $lang }.yaml` in your site and translate that file
check-ok = OK: { $products ->
        [one] 1 product
       *[other] { $products } products
    }, { $pages ->
        [one] 1 page
       *[other] { $pages } pages
    }, { $languages ->
        [one] 1 language
       *[other] { $languages } languages
    }

## Products and pages (src/content/)

content-no-products = { $dir } has no products.
    .hint = add products/<slug>.md files (see docs/content-format.md)
content-no-products-left = { $dir } has no products left.
    .hint = add products/<slug>.md files (see docs/content-format.md)
content-duplicate-sku = { $file }: SKU "{ $sku }" is already used by { $other }: every product needs its own SKU.
    .hint = change `sku` in one of the two files
content-duplicate-product-slug = { $file }: the { $lang } slug "{ $slug }" is also used by { $other }: two products cannot share an address.
    .hint = give one of them another `slug`
content-duplicate-page-slug = { $file }: slug "{ $slug }" is also used by { $other }: two pages cannot share an address.
    .hint = give one of them another `slug`
content-untranslated = { $lang } translation missing for { $count ->
        [one] 1 file
       *[other] { $count } files
    }, shown in { $default } until you add: { $files }
page-missing-title = { $file }: missing field `title`.
    .hint = add a line like `title: Cuidados del molcajete`
page-bad-slug = { $file }: field `slug` is "{ $slug }": use lower-case letters, digits and dashes only.
    .hint = for example `slug: { $example }`

## Rendering (src/render/)

render-cannot-list = cannot list { $dir }
render-static-reserved = static/{ $file }: vitrina generates this file itself.
    .hint = rename your file or remove it
render-page-failed = cannot render /{ $path } with template { $template }
render-404-failed = cannot render the 404 page
render-shared-context = cannot prepare the data every page of the site shares
render-bad-category-slug = company.yaml: category "{ $category }" has the { $lang } slug "{ $slug }": use lower-case letters, digits and dashes only.
    .hint = for example `{ $example }`
render-path-collision = two pages would be written at /{ $path }: a free page or category slug collides with another page.
    .hint = give one of them another slug

## YAML files: company.yaml, rates.yaml, front matter (src/yaml.rs). These follow "file:line:column: ".

yaml-in-field = field `{ $field }`: { $what }
yaml-bad-character = this line has a character YAML cannot read here (a tab, or a symbol like `@` or `` ` `` at the start of a value)
yaml-too-deep = values are nested too deeply (more than a hundred levels of `{"{"}`, `[` or indentation)
yaml-wrong-shape = this value has the wrong shape
yaml-key-without-text = `{ $key }` has no text after it
yaml-unknown-field = unknown field `{ $field }`; the fields here are { $known }
yaml-unknown-field-none = unknown field `{ $field }`; this place takes no fields
yaml-unknown-value = unknown value `{ $value }`; use one of { $expected }
yaml-missing-field = missing field `{ $field }`
yaml-duplicate = `{ $field }` is written twice
yaml-front-matter-not-a-list = the front matter must be a set of `field: value` lines (like `title: Cuenco`), not a list
yaml-file-not-a-list = the file must be a set of `field: value` lines (like `currency: MXN`), not a list
yaml-wrong-type = found { $found }, but it must be { $expected }
yaml-indentation = YAML cannot read this line: the indentation or a `: ` inside a text is wrong
yaml-control-characters = this line has invisible control characters
yaml-unclosed = the file ends inside a text in quotes or a `{"{"}`/`[` that is never closed
yaml-other = YAML cannot read this line ({ $detail })
yaml-found-text = the text { $value }
yaml-found-number = the number { $value }
yaml-found-list = a list
yaml-found-map = a set of `field: value` lines
yaml-found-nothing = nothing
yaml-expected-map = a set of `field: value` lines
yaml-expected-number = a plain number like 850 or 1250.50
yaml-expected-number-or-word = a plain number like 850 or 1250.50, or `on request`
yaml-expected-text = a text (put it in quotes)
yaml-expected-list = a list, like [a, b] or one `- item` per line
yaml-expected-boolean = true or false
yaml-expected-whole-number = a whole number
yaml-expected-pair = two numbers, like [0.5, 0.3]
yaml-expected-text-or-map = a text, or a map of language → text like {"{"}es: Hola, en: Hello{"}"}
yaml-hint-tab =
    .hint = line { $line } is indented with a tab; YAML allows only spaces: indent with two spaces instead
yaml-hint-comma-fixed =
    .hint = a comma inside a text ends it; put the text in quotes:
        {"    "}{ $fixed }
yaml-hint-comma =
    .hint = a comma inside a text ends it; put texts that contain commas or colons in quotes
yaml-hint-wrong-shape =
    .hint = a text is one string, or a map of language → string like {"{"} es: Hola, en: Hello {"}"}; put texts that contain commas or colons in quotes
yaml-hint-missing-field =
    .hint = add the field; see docs/content-format.md for what it must hold
yaml-hint-bad-character =
    .hint = put the value in quotes, like `name: "@barro"`
yaml-hint-too-deep =
    .hint = look for a `{"{"}` or `[` that is never closed
yaml-hint-indentation =
    .hint = check the indentation and that text containing ': ' is in quotes
yaml-hint-number-as-text =
    .hint = put the value in quotes so it is read as text, e.g. hs_code: "6912.00" or postal_code: "58440"
yaml-hint-front-matter-not-a-list =
    .hint = write each field on its own line as `name: value`, without a leading `- `
yaml-hint-list =
    .hint = write the items as [a, b] or one `- item` per line under the field
yaml-hint-duplicate =
    .hint = each field may appear once; remove or merge the repeated line
yaml-hint-unknown-value =
    .hint = use one of the values listed
yaml-hint-wrong-type =
    .hint = see docs/content-format.md for what each field holds
yaml-hint-stray-characters =
    .hint = check the line for characters that do not belong there (stray quotes, brackets or invisible characters)
yaml-hint-unclosed =
    .hint = look for a quote (" or ') or a `{"{"}` or `[` that is opened and never closed
yaml-hint-other =
    .hint = check the line against the examples in docs/content-format.md; text with `: `, `#`, `{"{"}`, `[` or a leading `-` needs quotes
yaml-hint-did-you-mean =
    .hint = did you mean `{ $field }`? check the spelling of the field name
yaml-hint-field-spelling =
    .hint = check the spelling of the field name (see docs/content-format.md for the list)

## Files and folders (everywhere)

io-cannot-read = cannot read { $path }
io-cannot-write = cannot write { $path }
io-cannot-create = cannot create { $path }
io-cannot-list = cannot list { $path }

## Money and exchange rates (src/money.rs)

money-number-too-large = { $value } is too large for a number; check for a misplaced decimal point or exponent
    .hint = write the amount with digits and a dot for decimals, like `1250.50`
money-price-too-large = { $value } is too large: write prices below { $max } (a thousand trillion) as plain numbers
    .hint = write the amount with digits and a dot for decimals, like `1250.50`; check for a misplaced exponent (`e`)
money-not-a-number = { $value } is not a number: write a plain number like 850 or 1250.50
    .hint = write the amount with digits and a dot for decimals, like `1250.50`
money-bad-currency = "{ $code }" is not an ISO 4217 currency code (examples: MXN, USD, EUR, CAD, GBP)
    .hint = write the three capital letters of the currency's code, nothing else
money-bad-locale = "{ $locale }" is not a valid locale (write it like es-MX or en-US)
money-no-number-formats = no number formats for locale { $locale }
rates-missing-file = { $file } is missing, but company.yaml lists display_currencies ({ $currencies }).
    .hint = create { $file } with base, date, source and a rate per currency (see docs/content-format.md), or remove display_currencies
file-field = { $file }: field `{ $field }`
rates-no-rate = { $file }: no rate for { $code }, which company.yaml lists in display_currencies.
    .hint = add `{ $code }: <units of { $code } per 1 { $site_currency } (or per 1 unit of the file's base)>` under `rates:`, or remove { $code } from display_currencies
rates-bad-date = { $file }: field `date` is "{ $date }": write the reference date as YYYY-MM-DD.
    .hint = the day the rates were taken, a date that exists, like `date: 2026-11-20`
rates-not-positive = field `rates.{ $code }` is { $rate }: rates must be greater than zero.
    .hint = write how many { $code } one { $base } buys, like `{ $code }: 1.08`
rates-no-site-rate = { $file }: the file's base is { $base } but the site's currency { $site_currency } has no rate in it.
    .hint = add `{ $site_currency }: <units per 1 { $base }>` under `rates:`, or make `base: { $site_currency }`
rates-unreal = field `rates.{ $wrong }`: with these rates 1 { $site_currency } would be { $amount } { $code }, which is no real exchange rate.
    .hint = write how many units of each currency one { $base } (the file's base) buys, like `USD: 1.08`; check for a misplaced decimal point or exponent
rates-unreal-overflow = field `rates.{ $wrong }`: with these rates 1 { $site_currency } would be beyond any number of { $code }, which is no real exchange rate.
    .hint = write how many units of each currency one { $base } (the file's base) buys, like `USD: 1.08`; check for a misplaced decimal point or exponent
date-in-future = { $date } is in the future (today is { $today }).
    .hint = write the date it happened, as YYYY-MM-DD

## The company profile (src/config.rs)

config-cannot-read = cannot read { $path }: every site needs a company profile (see docs/content-format.md, or run `vitrina init`)
config-base-url-not-absolute = { $source } is "{ $url }": it must be the absolute address where the site is published, like https://example.com/ or https://user.github.io/catalog/
config-base-url-bad-characters = { $source } ({ $url }) must not contain spaces, quotes, `?` or `#`
config-no-languages = { $file }: field `languages` is empty: list at least one language code, the default first (e.g. [es, en])
config-delivery-days = { $file }: field `shipping.zones[{ $zone }].delivery_days` is [{ $min }, { $max }]: write [minimum, maximum] days
config-payment-type = { $file }: field `payment_methods[{ $index }].type` is "{ $kind }": use one of { $types }
config-no-contact = { $file }: field `contact` has no channel: give at least one of whatsapp, messenger, email or phone, so buyers can order
config-no-categories = { $file }: field `categories` is empty: define at least one category ({"{"}id, name{"}"}) for products to belong to
config-bad-category-id = { $file }: field `categories[{ $index }].id` is "{ $id }": use lower-case letters, digits and dashes only (it appears in URLs)
config-duplicate-category = { $file }: category id "{ $id }" is defined twice in `categories`
config-image-widths = { $file }: field `images.widths` must list widths in pixels between 16 and 4096, like [480, 960, 1600]
config-image-quality = { $file }: field `images.quality` is { $quality }: use a number from 30 to 100 (80 is a good default)
config-link-not-absolute = { $file }: a link in `{ $field }` is "{ $url }": write the full address starting with https://
config-bad-year = { $year } is not a past year: pages would print a wrong age ("{ $age } years").
    .hint = write the four-digit year it happened, { $now } or earlier
config-bad-country = "{ $code }" is not an ISO 3166 two-letter country code (examples: MX, US, CA, ES, DE; the United Kingdom is GB)

## Products (src/content/product.rs). "at" is the file and line, like products/molcajete.md:4

field-error = { $at }: field `{ $field }`: { $error }
product-missing-field = { $file }: missing field `{ $field }`.
    .hint = add a line like `{ $field }: { $example }` to the front matter
product-price-example = 850   (or: price: on request)
product-sku-spaces = { $at }: field `sku` is "{ $sku }": a SKU may not be empty or contain spaces (use dashes)
product-sku-formula = { $at }: field `sku` is "{ $sku }": a SKU may not start with =, +, - or @ (spreadsheets read it as a formula when the product feed is opened).
    .hint = start it with a letter or digit
product-price-not-positive = { $at }: field `price` is { $price }: a price must be greater than zero; write `price: on request` if you quote each order
product-price-word = { $at }: field `price` is "{ $price }": write a plain number in the base currency (850 or 1250.50, no symbol or thousands separator) or `on request`
product-unknown-category = { $at }: field `category` is "{ $category }", which company.yaml does not define.
    .hint = use one of: { $known }; or add it under `categories:` in company.yaml
product-no-images = { $file }: no `images`: every product needs at least one photo.
    .hint = add
        {"    "}images:
        {"      "}- src: my-photo.jpg
        {"        "}alt: What the photo shows
product-image-no-src = { $at }: image { $number } has no `src`: name a file under images/
product-image-focus = { $at }: image { $src }: `focus` must be two fractions between 0 and 1, like [0.5, 0.3]
product-prices-not-positive = { $at }: field `prices`: the { $code } price must be greater than zero
product-weight-not-positive = { $at }: field `weight_kg` is { $weight }: a weight must be greater than zero.
    .hint = write the shipping weight in kilograms, like `weight_kg: 1.5`, or remove the line
product-bad-updated = { $at }: field `updated` is "{ $date }": write the date as YYYY-MM-DD
product-bad-slug = { $at }: field `slug` is "{ $slug }": use lower-case letters, digits and dashes only, e.g. "{ $example }"
product-translation-image-src = { $at }: images in a translation may only change `alt` texts (list them in the same order, without `src`)
product-decimals = is { $amount }, but { $currency } prices carry { $dp } decimals: it would be published as { $published }.
    .hint = { $case ->
        [zero] write a price the currency can show, or `price: on request`
        [no-cents] { $currency } has no cents: write a whole number, like { $published }
       *[decimals] write it with at most { $dp } decimals, like { $published }
    }
product-image-outside = image "{ $src }": name a file inside the images/ folder, like `molcajete.jpg` or `textiles/rebozo.jpg`
product-image-missing = image "{ $src }" does not exist: expected the file { $path }.
    .hint = check the spelling (names are case-sensitive) or copy the photo into images/

## Finding and reading products and pages (src/content/documents.rs, front_matter.rs)

content-not-utf8 = cannot read { $path } (is it UTF-8 text?)
content-unknown-language = { $file }: "{ $code }" is not one of the site's languages ({ $languages }).
    .hint = translations are named <slug>.<language>.md; add the language to `languages` in company.yaml or rename the file
content-default-language-suffix = { $file }: { $code } is the default language, whose text lives in { $folder }/{ $slug }.md.
    .hint = rename this file to { $slug }.md
content-orphan-translation = { $file }: a translation without its default-language file { $folder }/{ $slug }.md.
    .hint = create { $folder }/{ $slug }.md with the shared fields (sku, price, images…) or rename this file to match an existing product
content-symlink = { $file }: this file is a symbolic link (a shortcut to another file); vitrina reads only real files in the site folder.
    .hint = replace the link with a copy of the file it points to
content-no-front-matter = { $file }:1: the file must start with a line `---`, then the fields (title, sku, price…), then another `---`, then the description.
    .hint = add a line `---` at the very top, with nothing before it
content-front-matter-not-closed = { $file }: the front matter opened with `---` on line 1 is never closed: add a line `---` after the last field.
    .hint = the fields go between two lines that hold only `---`; the description follows the second

## Photos (src/images/)

image-empty = { $file } is an empty file (0 bytes): copy the photo again
image-wrong-format = { $file } is a { $format } image: use JPEG, PNG or WebP (export or convert it first)
image-unknown-format = { $file } is not an image vitrina can read: use JPEG, PNG or WebP
image-too-large = { $file } is too large to process (the limit is { $side } pixels a side and { $megapixels } megapixels): resize it first
image-unreadable = { $file }: cannot read this image (is it complete and really a JPEG, PNG or WebP?): { $error }
image-incomplete = { $file } is incomplete (the JPEG data ends early): copy the photo again from the camera or phone
image-resize-failed = resizing failed
image-encode-failed = { $format } encoding failed
image-cache-cannot-create = cannot create the image cache { $path }
image-cache-cannot-save-index = cannot save the image cache index
image-cache-cannot-prune = cannot prune { $path }
image-cannot-save-copy = { $file }: cannot save a processed copy
render-template-error = template error: { $error }
init-not-empty = { $dir } is not empty: `vitrina init` only writes into a new or empty folder, so nothing of yours is overwritten.
    .hint = choose a new folder name, e.g. `vitrina init mi-catalogo`

## The preview server (src/serve/)

serve-cannot-watch = cannot watch { $path } for changes
serve-cannot-start = cannot start the preview server's runtime
serve-port-taken = Port { $port } is in use; serving on port { $other } instead.
serve-cannot-listen = cannot listen on { $address }
serve-ports-in-use = ports { $first } to { $last } are all in use ({ $error }): choose another with --port
serve-no-address = cannot read the preview server's address
serve-internal-error = vitrina stopped on an internal error while rebuilding ({ $what }).
    .hint = this is a bug in vitrina; please report it with the file you just changed. Undo the change or save again to retry

## Links, phone numbers and e-mail (src/link.rs, src/contact.rs)

link-control-character = "{ $url }" contains a tab, line break or other control character.
    .hint = write the address on one line, without invisible characters
link-bad-scheme = "{ $url }" is a `{ $scheme }:` link; only http, https, mailto and tel links, or addresses relative to the site, are published.
    .hint = write the full web address, starting with https://
contact-phone-characters = "{ $number }" is not a phone number: it may hold only digits, spaces, +, -, parentheses and dots.
    .hint = write the full international number, like "+52 443 123 4567" (+, country code, number)
contact-phone-invalid = "{ $number }" is not a valid phone number for its country code.
    .hint = check the digits; write the full international number, like "+52 443 123 4567" (+, country code, number)
contact-phone-no-country-known = "{ $number }" has no country code, so buyers abroad (and WhatsApp) would dial another number.
    .hint = write it as "{ $fixed }"
contact-phone-no-country = "{ $number }" has no country code (it must start with + or 00).
    .hint = write the full international number, like "+52 443 123 4567" (+, country code, number)
contact-email-invalid = "{ $address }" is not an e-mail address ({ $error }).
    .hint = write one plain address, like ventas@example.com
contact-email-character = "{ $address }" contains { $character }, which would change the e-mail links built from it (an address such as a@b.example?cc=… adds hidden recipients).
    .hint = write one plain address, like ventas@example.com

## Languages and the theme's UI strings (src/i18n.rs)

lang-bad-code = company.yaml: field `languages[{ $index }]` is "{ $code }": not an ISO 639-1 language code (examples: es, en, fr, de, pt)
    .hint = put a region in `locale` or `hreflang` instead, like {"{"}code: es, locale: es-MX{"}"}
lang-twice = company.yaml: language "{ $code }" is listed twice in `languages`
lang-locale-mismatch = company.yaml: field `languages[{ $index }].locale` is "{ $locale }" but the language is "{ $code }": the locale must start with the language code
lang-hreflang-prefix = "{ $hreflang }" must start with the language code "{ $code }"
lang-hreflang-shape = "{ $hreflang }": write hreflang as language or language-REGION, like en or en-GB
lang-no-strings = no UI strings for language "{ $lang }": the theme has es and en.
    .hint = create i18n/{ $lang }.yaml in the site, starting from a copy of themes/default/i18n/en.yaml (see docs/content-format.md)
lang-strings-untranslated = i18n/{ $lang }.yaml: { $count } UI string(s) untranslated, shown in English: { $keys }
lang-strings-not-a-map = { $file }: UI strings must be a map of key: text
lang-unknown-key-near = i18n/{ $lang }.yaml: unknown key `{ $key }`: the theme has no such string, so it is never shown (unless your own templates use it).
    .hint = did you mean `{ $near }`?
lang-unknown-key = i18n/{ $lang }.yaml: unknown key `{ $key }`: the theme has no such string, so it is never shown (unless your own templates use it).
    .hint = run `vitrina strings en` to see every key

## Templates that include or call themselves (src/render/templates/recursion.rs)

render-macro-in = macro { $name } in { $file }
render-theme-file = the theme's { $file }
render-recursion = { $place }: { $template } { $direct ->
        [yes] calls itself
       *[no] calls itself through others
    } ({ $chain }), so rendering would never end.
    .hint = remove the { $call ->
        [macro] macro call
       *[include] include or extends
    } there, or render the repeated part with a {"{"}% for %{"}"} loop; templates and macros may not include or call themselves

## The preview server's terminal lines (src/serve/mod.rs, watch.rs)

serve-on-network = serving on { $address } — other devices on your network can see this preview
serve-serving = Serving { $dir } at { $url } (press Ctrl+C to stop)
serve-cannot-open-browser = cannot open a browser: { $error }
serve-rebuilt-in = { $what } in { $ms } ms
serve-still-serving = (still serving the last good version; fix the file and save to rebuild)
serve-rebuilt-products = Rebuilt { $count } product(s) ({ $slugs })
serve-reloaded-styles = Reloaded stylesheets
serve-built-site = Built the site
serve-overlay-heading = vitrina: the last change broke the build; this is the last good version.
serve-method-not-allowed = vitrina serve answers only GET and HEAD requests, not { $method }.
serve-refused-host = vitrina serve refused this request: it was addressed to host "{ $host }", and the preview answers only at http://127.0.0.1:{ $port }/ or http://localhost:{ $port }/.
    .hint = open the address printed in the terminal; another name pointing at this computer is refused to protect the preview from other web pages (DNS rebinding).
serve-refused-host-also = vitrina serve refused this request: it was addressed to host "{ $host }", and the preview answers only at http://127.0.0.1:{ $port }/, http://localhost:{ $port }/ or{ $also }.
    .hint = open the address printed in the terminal; another name pointing at this computer is refused to protect the preview from other web pages (DNS rebinding).
image-colour-unconverted = { $file }: { $why }, so its colours are published unconverted and may look different; export the photo as sRGB to be sure
image-colour-unreadable = its embedded colour profile cannot be read ({ $error })
image-colour-unsupported = its colour profile is not supported ({ $error })
image-colour-failed = its colour profile could not be applied ({ $error })
image-colour-grey-unsupported = its grey colour profile is not supported ({ $error })
image-colour-grey-failed = its grey colour profile could not be applied ({ $error })
image-colour-other-space = it has a { $space } colour profile (vitrina converts RGB and grey ones)
image-share-too-small = images/{ $src } is only { $width } × { $height } pixels: its share preview will look blurry; use a photo at least 1200 pixels wide

## The output folder (src/output.rs, src/output/, src/site.rs)

io-cannot-remove = cannot remove { $path }
output-cannot-finish = cannot finish the interrupted update of { $path }
output-cannot-remove-leftover = cannot remove the leftover { $path }
output-unusable = { $path } is not a usable output folder
output-cannot-write-manifest = cannot write the output manifest
output-cannot-replace-empty = cannot replace the empty folder { $path }
output-cannot-move = cannot move the new output into { $path }
output-is-a-file = the output { $path } is a file, not a folder: choose another --output
output-foreign-files = the output folder { $path } holds files vitrina did not make ({ $files }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }); vitrina replaces this folder on every build, so it refuses to touch it.
    .hint = move those files elsewhere (files to publish as they are go in the site's static/ folder), or build into another folder with --output
output-cannot-open-lock = cannot open the lock file { $path }
output-cannot-lock = cannot lock { $path }
output-lock-unsupported = cannot lock { $path }: { $error }
    .hint = build into a folder on a local disk (--output), where file locks work
output-bad-path = the output path { $path } { $why }; vitrina writes and deletes only inside the output folder.
    .hint = path words in i18n/*.yaml, slugs and file names in static/ must be plain names like `pedidos`
output-symlink = { $path } is a symlink: vitrina does not write or delete through links in the output folder.
    .hint = remove the link; vitrina recreates the folder on the next build
site-not-a-site = { $dir } is not a vitrina site: it has no { $file }.
    .hint = run `vitrina build` on the folder that holds company.yaml (try example-site/), or `vitrina init <folder>` to start one
site-cannot-resolve = cannot find the folder { $path }
site-output-over-sources = the output folder { $output } would overwrite the site's own files: choose a folder like { $example }
render-static-unpublishable = static/{ $file } cannot be published
lang-paths-not-a-map = { $at }: `paths` must be a map of path words
    .hint = write it like `paths: {"{"}products: productos, order: pedidos{"}"}`
lang-bad-path-word = { $at }: `paths.{ $key }` is { $value }: { $why }
    .hint = write one word such as `pedidos`; the site then has the address /pedidos/
output-why-empty = is empty
output-why-nul = contains a NUL character
output-why-backslash = contains a backslash (paths inside the site use `/`)
output-why-absolute = is an absolute path
output-why-colon = contains a colon (a drive letter or stream name on Windows)
output-why-empty-segment = has an empty segment (`//` or a trailing `/`)
output-why-dot-segment = has a `.` or `..` segment that leaves its folder
output-why-reserved = is the name of vitrina's own bookkeeping file
routes-word-empty = a path word cannot be empty
routes-word-slash = a path word is one URL segment, without `/` or `\`
routes-word-characters = a path word may hold only letters, digits, `-` and `_`
routes-word-not-text = a path word must be text
output-waiting-for-lock = waiting for another vitrina build of { $output } to finish (it holds { $path })
output-manifest-bad-entry = { $at }: the entry { $path } { $why }; ignored (vitrina never deletes anything outside the output folder)
    .hint = vitrina writes this file itself; do not edit it
output-journal-bad-line = { $at }: not a journal entry; ignored
output-journal-bad-path = { $at }: the path { $path } { $why }; ignored, nothing outside the output folder is touched
site-profile-untranslated = company.yaml: { $count } text(s) have no { $lang } version, shown in { $default }: { $fields }

# vitrina import (issue 11)
cli-cmd-import = Import products from a Meta catalog, Shopify or WooCommerce CSV, or vitrina's spreadsheet template
cli-arg-import-files = The CSV files (a Meta catalog: one per language, such as meta-es.csv meta-en.csv)
cli-arg-import-site = The site folder to write into (new or existing)
cli-arg-import-from = The format of the files (recognised from their columns when not given)
cli-arg-import-images = A folder with the photos the CSV names (downloaded photos, by their file name)
cli-arg-import-currency = The currency of the prices, for a new site (MXN, USD…)
cli-arg-import-dry-run = List what would be written, and write nothing
cli-arg-import-update = Replace files that exist with other content (the changes are listed)
cli-value-files = FILE
cli-value-from = FORMAT
cli-value-images = DIR
import-cannot-read = cannot read { $file }
import-cannot-write = cannot write { $file }
import-company-unreadable = { $file } is not valid YAML, so the import cannot read the site's languages, currency and categories
    .hint = run `vitrina check` on the site to see the line to fix, then import again
import-not-csv = { $file } is not a CSV file vitrina can read
    .hint = in the spreadsheet, use File → Save as (or Download) → CSV, UTF-8
import-unknown-format = { $file }: these columns are not a Meta catalog, Shopify, WooCommerce or vitrina template file
    .hint = name the format with `--from meta`, `--from shopify`, `--from woocommerce` or `--from sheet`; docs/import.md lists the columns of each
import-missing-columns = { $file }: a { $format } file needs the columns { $columns }, which this file lacks
    .hint = export the file again with all columns, or add them to the first row
import-empty-cell = { $file }, row { $row }, column "{ $column }": this cell is empty, and every product needs it
    .hint = fill in the cell, or delete the row if it is not a product
import-price-bad = { $file }, row { $row }, column "{ $column }": "{ $value }" is not a price
    .hint = write the number, with or without the currency, such as 1299.00, $1,299.00, 1.299,00 € or MXN 850; leave it empty or write `on request` for "price on request"
import-price-ambiguous = { $file }, row { $row }, column "{ $column }": "{ $value }" could be { $whole } or { $decimal }
    .hint = write the decimals too (1,299.00 or 1.299,00), or the number without separators ({ $whole })
import-price-currency = { $file }, row { $row }, column "{ $column }": the price "{ $value }" is in { $currency }, but the site's prices are in { $site }
    .hint = convert the price to { $site } in the file (vitrina shows other currencies from rates.yaml), or change `currency` in company.yaml
import-no-currency = the files do not say the currency of the prices, and the site has no company.yaml yet
    .hint = add `--currency MXN` (or USD, EUR…): the currency you invoice in
import-duplicate-sku = { $file }, row { $row }: the SKU "{ $sku }" is already used by { $other }
    .hint = give each product its own SKU
import-errors = the import stopped, nothing was written: { $count ->
        [one] 1 problem
       *[other] { $count } problems
    } to fix in the files
import-availability-unknown = { $file }, row { $row }, column "{ $column }": "{ $value }" is not a stock status vitrina knows; the product is imported as in stock
import-variants-split = { $file }, row { $row }: "{ $product }" has { $count } variants; vitrina has none, so each variant becomes its own product
import-image-missing = { $file }, row { $row }, column "{ $column }": the photo "{ $image }" is not next to the CSV nor in --images; put it in the site's images folder before you build
import-conflicts = { $count ->
        [one] 1 file exists
       *[other] { $count } files exist
    } with other content; nothing was written:
      { $files }
    .hint = add `--dry-run` to see the changes, and `--update` to replace these files with the imported ones
import-would-write = would write { $file }
import-wrote = wrote { $file }
import-changes = changes in { $file }:
import-downloads = { $count ->
        [one] 1 photo is
       *[other] { $count } photos are
    } named by address: download each one and save it where the arrow points (builds never download anything):
import-categories-to-add = company.yaml has no { $count ->
        [one] category
       *[other] categories
    } for these products; add these lines under `categories:` in company.yaml:
import-summary = Imported { $products ->
        [one] 1 product
       *[other] { $products } products
    } into { $dir }: { $files } files written, { $unchanged } already up to date. Next: `vitrina build { $dir }`
import-summary-dry-run = Dry run: { $products ->
        [one] 1 product
       *[other] { $products } products
    }, { $files } files would be written into { $dir } ({ $unchanged } already up to date). Nothing was written.
import-company-name = My shop
import-company-comment =
    Written by `vitrina import` from { $files }.
    Check every line before you publish: base_url, name and contact are placeholders to replace.
# Listings, search and redirects (issue 13, big catalogs)
config-page-size = { $file }: field `listing.page_size` is { $size }: use a number from 1 to 1000
    .hint = 48 products a page keeps a category page light; write `listing: {"{"}page_size: 48{"}"}`
product-alias-bad = { $at }: the alias "{ $alias }" { $why }
    .hint = write the page's old address as a path inside the site, like `productos/molcajete-viejo/`
alias-why-url = is a full address (write only the path after the domain)
alias-why-home = is the home page
alias-why-characters = may hold only letters, digits, `-`, `_`, `.` and `/`
render-alias-collision = { $file }: the alias "{ $alias }" is the address of a page of the site or of another alias; a redirect never replaces a page
    .hint = remove it from `aliases`, or rename the page that now lives there
# brand: theme colours, custom.css, theme files a site replaces (issue 13)
brand-bad-colour = `{ $field }` is { $value }, which is not a CSS colour.
    .hint = write a colour like "#0b6e4f" (with the quotes), rgb(11 110 79) or a colour name such as teal
brand-low-contrast = company.yaml: theme.accent is used for links and has only { $ratio }:1 contrast with the page background; text in it is hard to read.
    .hint = choose a darker accent (or a lighter background) for at least 4.5:1
render-static-replaces-theme = static/{ $file } would replace the theme's { $file }, and every rule of the theme would be lost.
    .hint = put your own rules in assets/custom.css (added after the theme's stylesheet); to replace the theme's file on purpose, write `theme: {"{"}replace: [{ $file }]{"}"}` in company.yaml
render-replace-not-a-theme-file = company.yaml: theme.replace lists { $file }, which is not a file of the theme.
    .hint = list only theme files such as style.css, or remove the line
## check finds everything, rates import (src/check/, src/rates.rs, src/country.rs)

cli-cmd-rates = Write rates.yaml from an exchange-rate file downloaded from the ECB or Banco de México
cli-arg-rates-file = The downloaded file: ECB eurofxref XML or CSV, or a Banco de México (SIE) CSV
cli-arg-rates-replace = Replace an existing rates.yaml (without it, vitrina only shows what it would write)
cli-arg-check-format = How to print the report: text (for people) or json (for scripts and CI)
cli-value-file = FILE
cli-value-format = FORMAT
check-found = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }.
check-photo-used-by = { $error } Used by { $files }.
check-alt-missing = { $file }: { $photos } has no `alt:` text, so buyers using a screen reader (and search engines) get no description of the photo.
    .hint = under `images:`, add a line `alt: what the photo shows` to each photo, like `alt: Bolsa de café de 1 kg`
check-too-long = { $file }: the { $field } has { $chars } characters; search results show only about { $max }, the rest is cut off.
    .hint = shorten it, putting the words buyers search for first
check-link-broken = { $file }: the link "{ $link }" ({ $lang }) points to a page the site does not have.
    .hint = correct the address, or link to the product's page as it appears in the site (`vitrina serve` shows it)
image-heic = { $file } is a { $kind } photo (the "High Efficiency" format iPhones save by default), which vitrina and many browsers cannot read.
    .hint = convert it to JPEG (Mac: open it in Preview, File → Export → JPEG; Windows: open it in Photos, … → Save as → .jpg); to get JPEG photos from now on, set the iPhone to Settings → Camera → Formats → Most Compatible
config-country-name = "{ $name }" is a country name; here the two-letter ISO 3166 code is expected.
    .hint = write { $code } instead
rates-stale = { $file }: the rates are from { $date }, { $days } days ago (more than { $max }): prices in other currencies may mislead buyers.
    .hint = download the latest rates and run `vitrina rates <file>` (see docs/content-format.md), or raise `max_age_days:` in { $file }
rates-import-unknown-format = { $file } is not a rate file vitrina knows.
    .hint = use the ECB's euro reference rates (eurofxref-daily.xml or the CSV inside eurofxref.zip) or a Banco de México series downloaded as CSV (SIE, series SF43718)
rates-import-cannot-read = cannot read the rates in { $file }
rates-import-xml = the XML is damaged ({ $error })
rates-import-no-rates = the file holds no date with rates
    .hint = download the file again; the ECB's daily file or a Banco de México CSV with at least one day
rates-import-no-series = none of the file's columns is a Banco de México series vitrina knows ({ $series })
    .hint = in the SIE, choose the FIX (SF43718) and, if you need them, the euro and Canadian dollar series, then export as CSV
rates-import-bad-date = "{ $date }" is not a date
rates-import-no-site-currency = the file has no rate for the site's currency { $currency } (it has: { $currencies }).
    .hint = use a file that quotes { $currency }, or write rates.yaml by hand (see docs/content-format.md)
rates-import-missing = { $file } has no rate for { $currencies }, which company.yaml lists in display_currencies.
    .hint = use a file that quotes them (the ECB quotes about 30 currencies), or remove them from display_currencies
rates-import-header = Written by `vitrina rates` from { $file } (rates of { $date }).
    Each line: how many units of that currency 1 unit of the site's currency buys; after # the same rate as banks publish it.
rates-import-symlink = { $file } is a symbolic link: vitrina writes only real files in the site folder.
    .hint = replace the link with a copy of the file, or remove it
rates-import-done = Wrote { $file } (rates of { $date }).
rates-import-exists = { $file } already exists and was not changed; above is what vitrina would write.
    .hint = run the same command with --replace to replace it
## Names as owners write them (branch names): file and photo names, translation files
content-file-name-unreadable = { $file }: the file name "{ $name }" has no letters or digits that can be used in the page's address.
    .hint = rename the file with letters or digits, e.g. "jarron-de-barro.md" (accents, ñ, capitals and spaces are fine)
content-file-names-clash = { $file } and { $other } both give the address "{ $slug }": in addresses, file names are written without accents, capitals or spaces, so two products or pages cannot differ only by those.
    .hint = rename one of the two files, or give one of them its own `slug:` in its front matter
product-untranslatable-field = { $at }: field `{ $field }` cannot be translated: it is the same in every language, so it belongs only in { $default }.
    .hint = a translation may hold only { $allowed }; move `{ $field }` to { $default } or delete it here
image-name-clash = { $first } and { $second } would get the same name on the site ({ $name }-…): there, photo names are written without accents, capitals or spaces.
    .hint = rename one of the two photos (and the `images:` lines that use it)
yaml-expected-image = a photo's file name, or `src`, `alt` and `focus` lines
# render: a template reading a variable that does not exist (issue 14)
render-unknown-variable = { $template }:{ $line }: the variable `{ $variable }` does not exist
    .hint = check its spelling: docs/templates.md lists what each template receives, and `vitrina strings <lang>` prints the UI strings (`t.…`)
## Dates for people (issue 12, locale)
dates-no-formats = no date formats for locale { $locale }
    .hint = use a locale such as es-MX, en-US, fr-FR, de-DE, pt-BR or ja-JP in company.yaml `languages`
render-local-date-no-locale = the local_date filter needs the page's locale
    .hint = write it as {"{{"} q.date | local_date(locale=lang.locale) {"}}"}
## line sheet (issue 13, deliverable 3)
line-sheet-qr-failed = cannot make a QR code for { $url }: { $why }
    .hint = shorten base_url in company.yaml or the product's slug; a QR code holds at most about 2,900 characters
## import: photos only from the CSV's folder or --images (issue 13)
import-image-outside = { $file }, row { $row }, column "{ $column }": the photo "{ $image }" is outside the CSV's folder and the --images folder, so it is not copied
    .hint = put the photo in the CSV's folder (or its images folder) and write only its file name, or pass the folder that holds it with --images DIR
## build record (issue 16): a build where nothing changed does nothing; --timings says what was reused
build-nothing-changed = Nothing changed since the last build: its { $pages } pages were kept; nothing was read, rendered or written.
timings-record-kept = nothing changed ({ $checked } files and folders compared with the last build)
timings-record-full = full build: { $why }
timings-record-not-saved = build not recorded ({ $why }): the next build is a full one too
timings-images = { $made } image files made
timings-pages = { $rendered } pages rendered, { $kept } unchanged
record-why-none = no record of an earlier build
record-why-damaged = the build record is damaged
record-why-key = another vitrina program, other options, another day or another message language than the last build
record-why-changed = { $path } was added, changed or removed
record-why-output = the output was changed ({ $path })
record-why-journal = the last build was interrupted
record-skip-symlink = { $path } is a symbolic link
record-skip-name = the name of { $path } cannot be recorded
record-skip-get-env = { $path } calls get_env()
## line sheet: QR codes drawn by the templates (issue 16)
render-qr-no-url = the qr function needs the address to encode: write {"{{"} qr(url=p.url) {"}}"}
record-why-products = { $count ->
        [one] 1 changed product
       *[other] { $count } changed products
    } could not be built from the saved catalog
timings-record-products = { $files ->
        [one] 1 product file changed
       *[other] { $files } product files changed
    }: { $products ->
        [one] 1 product read again
       *[other] { $products } products read again
    }, only the pages they touch rendered
## UI strings with plural forms (issue 13 leftover)
lang-plural-needs-other = { $file }: the text `{ $key }` has plural forms but no `other` form (or a form that is not text)
    .hint = every language needs `other`, the form used for any number without a form of its own: `{ $key }: {"{"}one: "{"{"}n{"}"} producto", other: "{"{"}n{"}"} productos"{"}"}`
render-fill-plural-no-number = this text has plural forms: fill needs the number that chooses the form, as n or count
    .hint = write it as {"{{"} t.home.products_count | fill(n=c.count) {"}}"}
output-no-previous = { $file } cannot be made from the previous build's file: the output does not hold it as written
timings-pieces = { $pages }; files about every product: { $made } of { $total } entries made again
cache-description-unreadable = a description in the saved catalog { $path } cannot be read back; the build starts again from the product files
