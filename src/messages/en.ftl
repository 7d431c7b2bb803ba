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
cli-arg-cache-dir = Keep processed images here instead of SITE/.vitrina-cache/images
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
product-shared-field-in-translation = { $at }: field `{ $field }` belongs in the default-language file, so every language shows the same value.
    .hint = remove it from this translation
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
content-bad-file-name = { $file }: the file name "{ $slug }" is used in the page's address, so it may hold only lower-case letters, digits and dashes.
    .hint = rename it, e.g. to "{ $example }"
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

## line sheet (issue 13, deliverable 3)
line-sheet-qr-failed = cannot make a QR code for { $url }: { $why }
    .hint = shorten base_url in company.yaml or the product's slug; a QR code holds at most about 2,900 characters
