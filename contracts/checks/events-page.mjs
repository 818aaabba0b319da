// Renders the event catalogue of the API portal (deploy/gateway/portal/events.html) from the AsyncAPI
// document and its event schemas: static HTML without scripts, so the portal's Content-Security-Policy
// holds. `node events-page.mjs` writes the page; `node events-page.mjs --check` fails when the
// committed page differs from what the document renders.
import { Parser, fromFile } from '@asyncapi/parser';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const documentPath = fileURLToPath(new URL('../src/main/resources/contracts/asyncapi.yaml', import.meta.url));
const pagePath = fileURLToPath(new URL('../../deploy/gateway/portal/events.html', import.meta.url));

const escape = (text) => String(text ?? '').replace(/[&<>"']/g,
  (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function typeOf(property) {
  if (!property) return '';
  if (property.enum) return `one of ${property.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  const type = Array.isArray(property.type) ? property.type.join(' or ') : property.type ?? 'object';
  if (type === 'array') return `array of ${typeOf(property.items)}`;
  return property.format ? `${type} (${property.format})` : type;
}

function fields(schema) {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => `
          <tr><td><code>${escape(name)}</code></td><td>${escape(typeOf(property))}</td>`
    + `<td>${required.has(name) ? 'yes' : ''}</td><td>${escape(property.description)}</td></tr>`).join('');
}

function render(document) {
  const operations = document.operations().all();
  const services = (operation) => operation.extensions().get('x-parksuite-services')?.value() ?? [];
  const channels = document.channels().all().map((channel) => {
    const onChannel = operations.filter((o) => o.channels().all().some((c) => c.address() === channel.address()));
    const senders = onChannel.filter((o) => o.action() === 'send').flatMap(services);
    const receivers = onChannel.filter((o) => o.action() === 'receive').flatMap(services);
    const messages = channel.messages().all().map((message) => {
      const payload = message.payload()?.json() ?? {};
      const schema = payload.schema ?? payload;
      const key = message.bindings().get('kafka')?.value()?.key?.description;
      return `
      <article id="${escape(message.name())}">
        <h3><code>${escape(message.name())}</code>: ${escape(message.title())}</h3>
        <p>${escape(schema.description)}</p>
        ${key ? `<p>Record key: ${escape(key)}.</p>` : ''}
        <table>
          <thead><tr><th>field</th><th>type</th><th>required</th><th>meaning</th></tr></thead>
          <tbody>${fields(schema)}
          </tbody>
        </table>
      </article>`;
    }).join('');
    return `
    <section id="topic-${escape(channel.address())}">
      <h2>Topic <code>${escape(channel.address())}</code></h2>
      <p>${escape(channel.description())}</p>
      <p>Published by ${escape([...new Set(senders)].join(', ') || 'no service')}; consumed by `
      + `${escape([...new Set(receivers)].join(', ') || 'no service')}.</p>${messages}
    </section>`;
  }).join('');
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Park Suite event catalogue</title>
    <link rel="stylesheet" href="/portal/portal.css">
  </head>
  <body class="catalogue">
    <header class="portal-header">
      <h1>Park Suite event catalogue</h1>
      <p>${escape(document.info().description())}</p>
      <p>Generated from the AsyncAPI document and the JSON Schemas of the event types
        (<code>contracts/</code>); the APIs are in the <a href="/">API portal</a>.</p>
    </header>
    <main>${channels}
    </main>
  </body>
</html>
`;
}

const { document, diagnostics } = await fromFile(new Parser(), documentPath).parse();
if (!document) {
  diagnostics.forEach((d) => console.error(d.message));
  process.exit(1);
}
const page = render(document);
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(pagePath, 'utf8');
  } catch {
    // no page yet
  }
  if (committed !== page) {
    console.error(`${pagePath} is not what the AsyncAPI document renders: run node contracts/checks/events-page.mjs and commit it`);
    process.exit(1);
  }
  console.log(`Event catalogue page up to date (${document.allMessages().length} event types)`);
} else {
  writeFileSync(pagePath, page);
  console.log(`Wrote ${pagePath}`);
}
