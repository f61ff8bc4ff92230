// Writes one TypeScript module per dashboard JSON file of a folder: the JSON as an object literal typed as
// DashboardJson (Grafana's Dashboard with InfluxDB annotation targets, read as JSON; see influx.ts for the two
// adjustments and why), then assigned to a const of Grafana's own Dashboard read as JSON, AsJson<Dashboard>.
// Usage: node generate.mjs <dashboards folder> <output folder>
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';

const [source, output] = process.argv.slice(2);
if (!source || !output) {
  console.error('usage: node generate.mjs <dashboards folder> <output folder>');
  process.exit(2);
}

const here = import.meta.dirname;
const out = resolve(output);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const files = readdirSync(source).filter((f) => f.endsWith('.json')).sort();
if (files.length === 0) {
  console.error(`no dashboard JSON in ${source}`);
  process.exit(1);
}

let influx = relative(out, join(here, 'influx')).replaceAll('\\', '/');
if (!influx.startsWith('.')) {
  influx = './' + influx;
}

for (const file of files) {
  const text = readFileSync(join(source, file), 'utf8');
  try {
    JSON.parse(text);
  } catch (e) {
    console.error(`${join(source, file)}: not JSON: ${e.message}`);
    process.exit(1);
  }

  const module = [
    `// Generated from ${file} by generate.mjs: the dashboard JSON checked against @grafana/schema's Dashboard.`,
    `import type { Dashboard } from '@grafana/schema';`,
    `import type { AsJson, DashboardJson } from '${influx}';`,
    ``,
    `const json: DashboardJson = ${text.trim()};`,
    ``,
    `export const dashboard: AsJson<Dashboard> = json;`,
    ``,
  ].join('\n');
  writeFileSync(join(out, basename(file, '.json') + '.ts'), module);
}

console.log(`${files.length} dashboard(s) written to ${out}`);
