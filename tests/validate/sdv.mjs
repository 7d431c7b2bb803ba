// sdv.mjs: offline Google rich-result checks of the JSON-LD in built pages, with
// @adobe/structured-data-validator (see docs WEB-STANDARDS.md §6.2).
// Usage: node sdv.mjs FILE_OR_DIR...   (directories are searched for *.html)
// Prints one line per issue and a summary line; exits 1 if any ERROR.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Validator from '@adobe/structured-data-validator';

// Expand directories into their .html files (sorted, for stable output).
const files = (function walk(paths) {
  return paths.flatMap((p) => statSync(p).isDirectory()
    ? walk(readdirSync(p).sort().map((n) => join(p, n)))
    : p.endsWith('.html') ? [p] : []);
})(process.argv.slice(2));

// A JSON-LD block may be one object, an array of objects, or an object with @graph
// (its items inherit the @context); nested combinations are flattened too.
const flatten = (d, ctx) => Array.isArray(d) ? d.flatMap((x) => flatten(x, ctx))
  : d && typeof d === 'object' && Array.isArray(d['@graph'])
    ? flatten(d['@graph'], d['@context'] ?? ctx)
    : d && typeof d === 'object' ? [{ '@context': ctx, ...d }] : [];

// "Product[0].offers[Offer].price"-style path of an issue.
const where = (i) => [
  ...(i.path || []).map((p) => (p.property ?? p.type ?? '?') + (p.property && p.type ? `[${p.type}]` : '')),
].join('.') + (i.fieldNames?.length ? `.${i.fieldNames.join('|')}` : '');

let errors = 0, warnings = 0;
for (const f of files) {
  const html = readFileSync(f, 'utf8');
  // Same shape as @marbec/web-auto-extractor output, which the validator expects.
  const wae = { jsonld: {}, microdata: {}, rdfa: {}, errors: [] };
  for (const m of html.matchAll(/<script[^>]*type=["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi)) {
    let d;
    try { d = JSON.parse(m[1]); } catch (e) {
      wae.errors.push({ format: 'jsonld', message: `JSON-LD parse error: ${e.message}` });
      continue;
    }
    for (const it of flatten(d)) {
      // Our own check (the library does not do it): Google needs the schema.org context.
      if (!/^https?:\/\/schema\.org\/?$/.test(String(it['@context'])))
        wae.errors.push({ format: 'jsonld', message: `missing or non-schema.org @context on ${it['@type']}` });
      const t = [].concat(it['@type'] ?? 'untyped')[0];
      (wae.jsonld[t] ||= []).push(it);
    }
  }
  for (const i of await new Validator().validate(wae)) {
    if (i.severity === 'ERROR') errors++; else warnings++;
    console.log(`${f}: ${i.severity} [${i.rootType}] ${where(i) ? where(i) + ': ' : ''}${i.issueMessage}`);
  }
}
console.log(`sdv: ${files.length} files, ${errors} errors, ${warnings} warnings`);
process.exit(errors ? 1 : 0);
