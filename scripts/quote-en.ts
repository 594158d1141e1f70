/**
 * Helper for translating the reports' quotes (issue 19 §3).
 *   node scripts/quote-en.ts list <report>          numbered distinct quotes (with a hint per row)
 *   node scripts/quote-en.ts apply <report> <tsv>   writes quote_en / translation_note into the CSVs
 * The TSV holds `number<TAB>quote_en<TAB>translation_note`; numbers are those `list` prints.
 * Every other cell and line stays byte-for-byte (the CSVs round-trip through d3-dsv unchanged).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { csvFormatRows, csvParseRows } from 'd3-dsv';

const [command, report, tsvFile] = process.argv.slice(2);
const dir = `data/${report}`;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.csv'))
  .sort();

function table(file: string): string[][] {
  return csvParseRows(readFileSync(`${dir}/${file}`, 'utf8').replace(/\n$/, ''));
}

/** Distinct quotes in file order, so that the numbers are stable between list and apply. */
function distinctQuotes(): Map<string, string[]> {
  const quotes = new Map<string, string[]>();
  for (const file of files) {
    const [header, ...rows] = table(file);
    const q = header.indexOf('quote');
    const hintColumn = header.findIndex((h) => h.endsWith('_en'));
    for (const row of rows) {
      const hints = quotes.get(row[q]) ?? [];
      hints.push(`${file.replace('.csv', '')}${hintColumn >= 0 ? ': ' + row[hintColumn] : ''}`);
      quotes.set(row[q], hints);
    }
  }
  return quotes;
}

function list(): void {
  [...distinctQuotes()].forEach(([quote, hints], i) => console.log(`${i + 1}\t${quote}\t[${hints.slice(0, 2).join(' | ')}]`));
}

function apply(): void {
  const numbered = [...distinctQuotes().keys()];
  const english = new Map<string, [string, string]>();
  for (const line of readFileSync(tsvFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())) {
    const [n, en, note = ''] = line.split('\t');
    english.set(numbered[Number(n) - 1], [en.trim(), note.trim()]);
  }
  const missing = numbered.filter((q) => !english.get(q)?.[0]);
  if (missing.length) console.warn(`${missing.length} quotes without English, e.g. ${missing[0]}`);
  for (const file of files) {
    const [header, ...rows] = table(file);
    const clean = header.filter((h) => h !== 'quote_en' && h !== 'translation_note');
    const drop = (row: string[]) => row.filter((_, i) => header[i] !== 'quote_en' && header[i] !== 'translation_note');
    const q = clean.indexOf('quote');
    const withEn = (row: string[], en: string, note: string) => [...row.slice(0, q + 1), en, note, ...row.slice(q + 1)];
    const out = [withEn(clean, 'quote_en', 'translation_note')];
    for (const row of rows.map(drop)) out.push(withEn(row, ...(english.get(row[q]) ?? ['', ''])));
    writeFileSync(`${dir}/${file}`, csvFormatRows(out) + '\n');
  }
}

if (command === 'list') list();
else if (command === 'apply') apply();
else console.error('usage: node scripts/quote-en.ts list|apply <report> [tsv]');
