// extract.mjs - a peer's pass over a folder of articles, for make bench: each .txt
// file read in name order and given to the tool, what it found counted (so that no
// work is skipped), the counts printed as one JSON line.
//
// usage: node extract.mjs compromise|wink DIR
//   compromise  people, organisations, places and quotations (rules and a lexicon)
//   wink        wink-nlp with its English model: tokens, sentences, parts of speech
//               and its entities (dates, numbers, e-mail addresses and the like)
import fs from 'node:fs';
import path from 'node:path';

const [tool, dir] = process.argv.slice(2);
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const found = {articles: files.length, bytes: 0};
const add = (k, n) => { found[k] = (found[k] || 0) + n; };

if (tool === 'compromise') {
  const {default: nlp} = await import('compromise');
  for (const f of files) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    found.bytes += Buffer.byteLength(text);
    const doc = nlp(text);
    add('people', doc.people().length);
    add('organisations', doc.organizations().length);
    add('places', doc.places().length);
    add('quotations', doc.quotations().length);
  }
} else if (tool === 'wink') {
  const {default: winkNLP} = await import('wink-nlp');
  const {default: model} = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  for (const f of files) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    found.bytes += Buffer.byteLength(text);
    const doc = nlp.readDoc(text);
    add('tokens', doc.tokens().length());
    add('sentences', doc.sentences().length());
    add('entities', doc.entities().length());
  }
} else {
  console.error('usage: node extract.mjs compromise|wink DIR');
  process.exit(2);
}
console.log(JSON.stringify(found));
