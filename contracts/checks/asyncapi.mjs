// The AsyncAPI document of the topics (contracts/src/main/resources/contracts/asyncapi.yaml): parsed and
// validated by the AsyncAPI parser, its event schemas resolved from the files it references, and
// checked against those JSON Schemas: each message names its schema's type (title), sits on the
// topic the schema names (x-topic) and is sent by the service the schema names (x-producer); every
// schema file is a message; every operation names its services (x-parksuite-services). The event
// types each service's code publishes and consumes are checked against the operations by the
// services' EventCatalogueTest.
import { Parser, fromFile } from '@asyncapi/parser';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const contracts = fileURLToPath(new URL('../src/main/resources/contracts/', import.meta.url));
const severities = ['error', 'warning', 'information', 'hint'];
const { document, diagnostics } = await fromFile(new Parser(), contracts + 'asyncapi.yaml').parse();
const problems = diagnostics.filter((d) => d.severity <= 1)
  .map((d) => `${severities[d.severity]} ${d.code} at ${d.path.join('.') || '(root)'}: ${d.message}`);

if (document) {
  const sentBy = new Map();
  for (const operation of document.operations()) {
    const services = operation.extensions().get('x-parksuite-services')?.value() ?? [];
    if (services.length === 0) problems.push(`operation ${operation.id()} names no x-parksuite-services`);
    if (operation.action() !== 'send') continue;
    for (const message of operation.messages()) {
      sentBy.set(message.name(), [...(sentBy.get(message.name()) ?? []), ...services]);
    }
  }
  const names = new Set();
  for (const channel of document.channels()) {
    for (const message of channel.messages()) {
      const name = message.name();
      const payload = message.payload()?.json() ?? {};
      const schema = payload.schema ?? payload;
      names.add(name);
      if (schema.title !== name) problems.push(`message ${name}: its schema's title is ${schema.title}`);
      if (schema['x-topic'] !== channel.address()) {
        problems.push(`message ${name} is on ${channel.address()}, its schema names topic ${schema['x-topic']}`);
      }
      const senders = sentBy.get(name) ?? [];
      for (const producer of String(schema['x-producer']).split(/,\s*/)) {
        if (!senders.includes(producer)) {
          problems.push(`message ${name}: its schema's producer ${producer} has no send operation for it (${senders})`);
        }
      }
    }
  }
  for (const file of readdirSync(contracts + 'events')) {
    const type = file.replace(/\.schema\.json$/, '');
    if (!names.has(type)) problems.push(`events/${file} is no message of the document`);
  }
}
for (const problem of problems) console.error(problem);
if (!document || problems.length > 0) {
  console.error(`AsyncAPI document: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`AsyncAPI ${document.version()}: ${document.channels().length} channels, ${document.operations().length} operations, ` +
  `${document.allMessages().length} messages; valid, and consistent with the ${document.allMessages().length} event schemas`);
