// Builds the static assets into the directory given as the first argument
// (Maven passes target/classes/static). Run by exec-maven-plugin in generate-resources.
import * as sass from "sass";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const out = process.argv[2] ?? join(root, "target", "classes", "static");
const modules = join(root, "node_modules");

const css = sass.compile(join(here, "app.scss"), {
  loadPaths: [modules],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import", "global-builtin", "slash-div"],
});
mkdirSync(join(out, "css"), { recursive: true });
writeFileSync(join(out, "css", "app.css"), css.css);

mkdirSync(join(out, "js"), { recursive: true });
cpSync(join(modules, "govuk-frontend", "dist", "govuk", "govuk-frontend.min.js"), join(out, "js", "govuk-frontend.min.js"));
cpSync(join(modules, "htmx.org", "dist", "htmx.min.js"), join(out, "js", "htmx.min.js"));
// images and the manifest only: the fonts are GOV.UK's and not ours to use
cpSync(join(modules, "govuk-frontend", "dist", "govuk", "assets", "images"), join(out, "assets", "images"), { recursive: true });
console.log(`static assets built into ${out}`);
