/*
 * The front end's one build step: each entry below, an ES module with its imports, bundled by
 * esbuild into one classic script (an IIFE), so pages load it with a plain <script> and the
 * site works from file://. `node scripts/web/build.js OUTDIR` writes OUTDIR/<site path>;
 * the MkDocs hook runs it on every build and adds the files to the site (nothing committed).
 */
import { build } from "esbuild"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const HERE = dirname(fileURLToPath(import.meta.url))

/** Site path of each bundle -> its entry module under scripts/web/. */
export const ENTRIES = {
  "assets/search/fanwen-search.js": "search/worker.js",
  "assets/desk/fanwen-desk.js": "desk/main.js",
  "assets/desk/fanwen-word.js": "desk/word-entry.js",
  "assets/check/fanwen-check.js": "check/main.js",
  "assets/catalogue/fanwen-catalogue.js": "catalogue/main.js",
}

export async function bundle(outdir) {
  for (const [target, entry] of Object.entries(ENTRIES)) {
    await build({
      entryPoints: [join(HERE, entry)],
      outfile: join(outdir, target),
      bundle: true,
      format: "iife",
      target: "es2019",
      charset: "utf8",
      legalComments: "none",
      logLevel: "warning",
    })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outdir = process.argv[2]
  if (!outdir) {
    console.error("usage: node scripts/web/build.js OUTDIR")
    process.exit(2)
  }
  await bundle(outdir)
}
