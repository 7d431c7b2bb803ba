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
