// Sheets as a user runs them: the built CLI on the generated fixtures in fixtures/sheets/
// (scripts/fixtures/sheets.mjs; planted.json says which rows hold which planted link).

import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vetCli } from '../helpers/cli.js';
import { sheetjsBook } from './xlsx-books.js';
import { ACCENTED_NAMES } from '../../scripts/fixtures/sheets.mjs';

const NOW = '2026-11-26T12:00:00Z';
const planted = JSON.parse(readFileSync('fixtures/sheets/planted.json', 'utf8')) as Record<string, number[]>;

interface Entry {
  candidate: { id?: string; name?: string; source: string; row?: number };
  risk?: string;
  error?: string;
  findings?: { check: string; severity: string; evidence: string }[];
}
interface Run {
  candidates: Entry[];
  correlations: { check: string; kind: string; value: string; severity: string; candidates: { row?: number; name: string }[] }[];
}

function runJson(args: string[]): { code: number | null; run: Run; stderr: string } {
  const r = vetCli(['--format', 'json', '--now', NOW, '--fail-on', 'never', ...args]);
  return { code: r.code, run: JSON.parse(r.stdout) as Run, stderr: r.stderr };
}

const rowOf = (run: Run, row: number) => run.candidates.find((c) => c.candidate.row === row)!;
const linkFindings = (entry: Entry, check: string) => (entry.findings ?? []).filter((f) => f.check === check);
const linkOf = (run: Run, kind: string, row: number) => run.correlations.filter((c) => c.kind === kind && c.candidates.some((m) => m.row === row));

describe('a CSV sheet of 30 rows with planted links', () => {
  const { code, run, stderr } = runJson(['fixtures/sheets/candidates.csv']);

  it('has one entry per input row, in input order, bad rows included; exit 2 for the bad rows', () => {
    expect(run.candidates.map((c) => c.candidate.row)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(code).toBe(2);
    expect(stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('names the row and the column of each row that cannot be read', () => {
    expect(rowOf(run, planted.badCountry[0]).error).toBe(`fixtures/sheets/candidates.csv:${planted.badCountry[0]}: column "Country" ($.location.country): expected ISO 3166 alpha-2 code or a country name, got "Atlantis"`);
    expect(rowOf(run, planted.emptyName[0]).error).toMatch(/column "Full Name" \(\$\.name\)/);
    expect(rowOf(run, planted.outsidePhoto[0]).error).toMatch(/column "Photo" \(\$\.photos\[0\]\): "\.\.\/\.\.\/\.\.\/etc\/passwd\.jpg" leaves/);
  });

  it('grades each of four identities shipping to one address high, and names all four in one link', () => {
    const [link] = linkOf(run, 'shared-address', planted.farm[0]);
    expect(link.severity).toBe('high');
    expect(link.candidates.map((m) => m.row)).toEqual(planted.farm);
    expect(link.value).toBe('••• Phoenix, AZ 85001, US');
    for (const row of planted.farm) {
      const entry = rowOf(run, row);
      expect(entry.risk).toBe('high');
      const [finding] = linkFindings(entry, 'correlation.shared-address');
      expect(finding.severity).toBe('high');
      expect(finding.evidence).toMatch(/^shipping address ••• Phoenix, AZ 85001, US is also given by 3 other candidates: /);
      expect(finding.evidence).not.toMatch(/1200|Example/);
    }
  });

  it('keeps a family sharing home and shipping address at medium, saying it may be a household', () => {
    for (const row of planted.family) {
      const entry = rowOf(run, row);
      expect(entry.risk).toBe('medium');
      const [finding] = linkFindings(entry, 'correlation.shared-address');
      expect(finding.severity).toBe('medium');
      expect(finding.evidence).toMatch(/household/);
    }
  });

  it('links one phone written two ways, one bank account under three names, and a copied resume', () => {
    expect(linkOf(run, 'shared-phone', planted.phone[0])[0].candidates.map((m) => m.row)).toEqual(planted.phone);
    expect(linkOf(run, 'shared-bank-account', planted.account[0])[0].candidates.map((m) => m.row)).toEqual(planted.account);
    const [resume] = linkOf(run, 'similar-resume', planted.resume[0]);
    expect(resume.candidates.map((m) => m.row)).toEqual(planted.resume);
    expect(resume.severity).toBe('medium');
  });

  it('links a photo and its resized copy under two names', () => {
    const [photo] = linkOf(run, 'shared-photo', planted.photo[0]);
    expect(photo.candidates.map((m) => m.row)).toEqual(planted.photo);
    expect(photo.severity).toBe('high');
  });

  it('links nobody else: every other row has no correlation finding', () => {
    const linked = new Set([...planted.farm, ...planted.family, ...planted.phone, ...planted.account, ...planted.resume, ...planted.photo]);
    const others = run.candidates.filter((c) => c.candidate.row !== undefined && !linked.has(c.candidate.row) && !c.error);
    expect(others.length).toBeGreaterThan(5);
    for (const c of others) expect(c.findings!.filter((f) => f.check.startsWith('correlation.shared') || f.check === 'correlation.similar-resume')).toEqual([]);
  });
});

describe('TSV and XLSX read like the CSV', () => {
  const linksOf = (run: Run) => run.correlations.map((c) => `${c.kind}:${c.candidates.map((m) => m.row).join(',')}`).sort();
  const csv = runJson(['fixtures/sheets/candidates.csv']).run;

  it('a TSV gives the same links', () => {
    expect(linksOf(runJson(['fixtures/sheets/candidates.tsv']).run)).toEqual(linksOf(csv));
  });

  it('a Windows-1252 CSV (Excel\'s "CSV" on Western Windows) reads its accented names, gives the same rows and links, and says how it was read', () => {
    const r = runJson(['fixtures/sheets/candidates-windows-1252.csv']);
    expect(r.run.candidates.slice(0, 3).map((c) => c.candidate.name)).toEqual(ACCENTED_NAMES);
    expect(r.run.candidates.slice(3).map((c) => c.error ?? c.candidate.name)).toEqual(csv.candidates.slice(3).map((c) => (c.error ?? c.candidate.name)!.replace('candidates.csv', 'candidates-windows-1252.csv')));
    expect(linksOf(r.run)).toEqual(linksOf(csv));
    expect(r.stderr).toMatch(/candidates-windows-1252\.csv: not UTF-8, read as Windows-1252/);
    expect(runJson(['fixtures/sheets/candidates.csv']).stderr).not.toMatch(/not UTF-8/);
  });

  it('written back with --format csv, the Windows-1252 sheet keeps its names, now in UTF-8', () => {
    const r = vetCli(['--format', 'csv', '--now', NOW, '--fail-on', 'never', 'fixtures/sheets/candidates-windows-1252.csv']);
    const [header, ...lines] = r.stdout.split('\n');
    const names = lines.slice(0, 3).map((line) => line.split(',')[header.split(',').indexOf('Full Name')]);
    expect(names).toEqual(ACCENTED_NAMES);
  });

  it('an XLSX reads its first tab by default, says it has two, and gives the same links', () => {
    const r = runJson(['fixtures/sheets/candidates.xlsx']);
    expect(linksOf(r.run)).toEqual(linksOf(csv));
    expect(r.stderr).toMatch(/workbook has 2 tabs \(Candidates, Contractors\); read "Candidates" \(choose another with --sheet\)/);
  });

  it('--sheet reads another tab, labelled with its name', () => {
    const r = runJson(['--sheet', 'Contractors', 'fixtures/sheets/candidates.xlsx']);
    expect(r.code).toBe(0);
    expect(r.run.candidates.map((c) => c.candidate.source)).toEqual(['fixtures/sheets/candidates.xlsx[Contractors]:1', 'fixtures/sheets/candidates.xlsx[Contractors]:2', 'fixtures/sheets/candidates.xlsx[Contractors]:3']);
  });

  it('an unknown tab is one line naming the tabs, exit 2', () => {
    const r = vetCli(['--sheet', 'Nope', 'fixtures/sheets/candidates.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('vet: fixtures/sheets/candidates.xlsx: no tab named "Nope" (tabs: Candidates, Contractors)\n');
  });
});

describe('workbooks that would expand out of proportion are refused before any part is expanded', () => {
  it.each([
    ['bomb-declared.xlsx', /expands to more than \d+ bytes \(limit\), refused as a possible zip bomb/],
    ['bomb-ratio.xlsx', /part "xl\/sharedStrings.xml" expands \d+ times \(limit 100\), refused as a possible zip bomb/],
    ['bomb-lying.xlsx', /expands beyond the 1000 bytes it declares, refused as a possible zip bomb/],
    ['not-a-workbook.xlsx', /not an xlsx workbook/],
  ])('%s', (file, message) => {
    const r = vetCli([`fixtures/sheets/${file}`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});

describe('columns', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vet-sheet-'));
  const sheet = (name: string, text: string | Buffer) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('--map names columns the aliases do not know; unknown columns pass through to csv output', () => {
    const file = sheet('mapped.csv', 'Person,Laptop Destination,Team\nAnn Lee,"9 Elm St, Reno, NV 89501",blue\nBo Diaz,"9 Elm Street, Reno NV 89501",green\n');
    const r = runJson(['--map', 'Person=name,Laptop Destination=addresses.shipping', file]);
    expect(r.run.correlations.map((c) => [c.kind, c.candidates.map((m) => m.name)])).toEqual([['shared-address', ['Ann Lee', 'Bo Diaz']]]);
    const out = vetCli(['--format', 'csv', '--fail-on', 'never', '--map', 'Person=name,Laptop Destination=addresses.shipping', file]);
    expect(out.stdout.split('\r\n')[0]).toBe('Person,Laptop Destination,Team,risk,score,findings,links');
    expect(out.stdout).toContain(',blue,');
  });

  it('says which columns it did not read, once, and links what the known ones share', () => {
    const file = sheet('ats.csv', 'Applicant ID,First Name,Last Name,Acct #,Routing #,Last Login IP,Stage\nA1,Ann,Lee,000123456789,021000021,203.0.113.5,screen\nA2,Bo,Diaz,000123456789,021000021,203.0.113.9,offer\n');
    const r = vetCli(['--format', 'json', '--fail-on', 'never', file]);
    expect(r.stderr).toBe(`vet: warning: ${file}: column "Stage" not read as a dossier field, only copied to the output (read one with --map "Column=field")\n`);
    expect(JSON.parse(r.stdout).correlations.map((c: { kind: string }) => c.kind)).toEqual(['shared-bank-account']);
  });

  describe('a title above the header, as applicant-tracking exports write one', () => {
    const farm = (d: string) => `Name${d}Phone${d}Ship To\nAnn Lee${d}+1 512 555 0147${d}"1 Main St, Austin, TX 78701"\nBo Diaz${d}+1 512 555 0147${d}"1 Main St, Austin, TX 78701"\n`;

    it.each([
      ['a title and a blank line', 'title.csv', `Candidate export - Acme Staffing\n\n${farm(',')}`, '2 rows'],
      ['a title over a semicolon sheet', 'semi-title.csv', `Export 2026-11-01\n${farm(';')}`, 'the row'],
      ['two title rows in a workbook', 'title.xlsx', sheetjsBook([{ name: 'Export', rows: [['Candidates - Acme Staffing'], ['Exported 2026-11-01'], ['Name', 'Phone', 'Ship To'], ['Ann Lee', '+1 512 555 0147', '1 Main St, Austin, TX 78701'], ['Bo Diaz', '+1 512 555 0147', '1 Main St, Austin, TX 78701']] }], false), '2 rows'],
    ])('%s: skipped with a warning, rows counted from the header', (_, name, content, skipped) => {
      const file = sheet(name, content);
      const r = runJson([file]);
      expect(r.stderr).toContain(`${skipped} above the header read as a title and skipped`);
      expect(r.run.candidates.map((c) => [c.candidate.row, c.candidate.name])).toEqual([[1, 'Ann Lee'], [2, 'Bo Diaz']]);
      expect(r.run.correlations.map((c) => c.kind)).toEqual(['shared-phone', 'shared-address']);
    });

    it.each([
      ['sep=;', ';'],
      ['sep=,', ','],
      ['\ufeffsep=\t', '\t'],
    ])('Excel\'s delimiter line %j says the delimiter and is skipped without a title warning', (line, d) => {
      const r = runJson([sheet(`sep-${d === '\t' ? 'tab' : d === ';' ? 'semi' : 'comma'}.csv`, `${line}\n${farm(d)}`)]);
      expect(r.stderr).toBe('');
      expect(r.run.candidates.map((c) => [c.candidate.row, c.candidate.name])).toEqual([[1, 'Ann Lee'], [2, 'Bo Diaz']]);
      expect(r.run.correlations.map((c) => c.kind)).toEqual(['shared-phone', 'shared-address']);
    });

    it('a first row of several cells that is no header is refused, not searched past', () => {
      const r = vetCli([sheet('no-header.csv', `Ann Lee,+1 512 555 0147\n${farm(',')}`)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/no-header\.csv: no column for the candidate's name/);
    });

    it('more than five title rows are refused', () => {
      const r = vetCli([sheet('long-title.csv', `${'title\n'.repeat(6)}${farm(',')}`)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/long-title\.csv: no column for the candidate's name/);
    });
  });

  it('headers match aliases ignoring case, spaces and punctuation; lists split on ; and new lines', () => {
    const file = sheet('aliases.csv', 'full_name,E MAIL,ip-addresses\nAnn Lee,ann@example.com,"198.51.100.7; 198.51.100.8"\nBo Diaz,bo@example.com,"198.51.100.9\n198.51.100.7"\n');
    const r = runJson([file]);
    expect(r.code).toBe(0);
    expect(r.run.correlations.map((c) => [c.kind, c.value, c.severity])).toEqual([['shared-ip', 'IP 198.51.100.x', 'low']]);
  });

  it('reads choices and hours as a recruiter types them; a value no field has is refused on its row', () => {
    const file = sheet('typed.csv', 'Name,Payment Method,Liveness,Working Hours,Time zone\nAnn Lee,Payoneer,Passed,9am-5pm,America/Chicago\nBo Diaz,Bank Transfer,FAIL,9:00 - 17:30,America/Chicago\nCy Ray,Carrier Pigeon,passed,09:00-17:00,America/Chicago\n');
    const r = runJson(['--fail-on', 'never', file]);
    expect(r.run.candidates.map((c) => c.error ?? c.candidate.name)).toEqual(['Ann Lee', 'Bo Diaz', expect.stringMatching(/typed\.csv:3: column "Payment Method" \(\$\.payment\.method\): expected one of .* got "Carrier Pigeon"/)]);
    const checksOf = (i: number) => r.run.candidates[i].findings?.map((f) => f.check);
    expect(checksOf(0)).toContain('payment.method-risk');
    expect(checksOf(1)).toContain('interview.liveness-failed');
  });

  it('joins First Name and Last Name columns into the name, as applicant-tracking exports split it', () => {
    const file = sheet('split.csv', 'Last Name,First Name,Email Address\nLee,Ann,ann@example.com\nDiaz,Bo,ann@example.com\n');
    const r = runJson([file]);
    expect(r.run.correlations.map((c) => [c.kind, c.candidates.map((m) => m.name)])).toEqual([['shared-email', ['Ann Lee', 'Bo Diaz']]]);
  });

  it('photo paths written on Windows (photos\\ann.jpg) are found, and link', () => {
    const file = sheet('windows-paths.csv', 'Name,Photo\nAnn Lee,photos\\shared.jpg\nBo Diaz,photos/shared-resized.jpg\n');
    mkdirSync(path.join(dir, 'photos'), { recursive: true });
    for (const photo of ['shared.jpg', 'shared-resized.jpg']) copyFileSync(path.join('fixtures/sheets/photos', photo), path.join(dir, 'photos', photo));
    const r = runJson([file]);
    expect(r.run.correlations.map((c) => [c.kind, c.candidates.map((m) => m.name)])).toEqual([['shared-photo', ['Ann Lee', 'Bo Diaz']]]);
  });

  it('an hours cell with no time in it (Flexible) is not read, with one warning; an Availability column (a start date) is not hours', () => {
    const file = sheet('hours.csv', 'Name,Availability,Working Hours\nAnn Lee,Immediately,9am-5pm\nBo Diaz,2 weeks notice,Flexible\nCy Ray,Full-time,Full-time\n');
    const r = runJson([file]);
    expect(r.code).toBe(0);
    expect(r.run.candidates.map((c) => c.error ?? c.candidate.name)).toEqual(['Ann Lee', 'Bo Diaz', 'Cy Ray']);
    expect(r.stderr).toContain('column "Working Hours" holds text with no time of day in it (the first in row 2: "Flexible"): those cells are not read as working hours');
    expect(r.stderr.match(/no time of day/g)).toHaveLength(1);
  });

  it('a Location column in one cell is the claimed location; a City column says more; a cell that names no place is not read, with one warning', () => {
    const rows = [
      'Name,Location,City,Ship To,Phone',
      'Ann Lee,"Austin, TX",,"1200 Example Rd, Phoenix, AZ 85001",',
      'Bo Diaz,"Phoenix, AZ",Phoenix,"1200 Example Rd, Phoenix, AZ 85001",',
      'Cy Lee,"Austin, TX",Phoenix,"1200 Example Rd, Phoenix, AZ 85001",',
      'Cy Ray,Remote - US,,,+44 20 7946 0018',
      'Di Fox,Greater Seattle Area,,"1200 Example Rd, Phoenix, AZ 85001",',
      'Ed Poe,Greater Boston Area,,,',
    ];
    const r = runJson([sheet('location.csv', `${rows.join('\n')}\n`)]);
    expect(r.code).toBe(0);
    const findings = (name: string) => (r.run.candidates.find((c) => c.candidate?.name === name)!.findings ?? []).map((f) => `${f.check}: ${f.evidence}`);
    expect(findings('Ann Lee')).toContain('address.shipping-far: shipping to Phoenix, AZ, US: another state or region than the claimed location (Austin, TX, US)');
    expect(findings('Bo Diaz').filter((f) => f.startsWith('address.shipping-far'))).toEqual([]);
    // The cell and the City column disagree: the column stands alone (Phoenix, no state), never `Phoenix, TX`.
    expect(findings('Cy Lee').filter((f) => f.startsWith('address.shipping-far'))).toEqual([]);
    expect(findings('Cy Ray').filter((f) => f.startsWith('phone.country-mismatch'))).toHaveLength(1);
    expect(findings('Di Fox').filter((f) => f.startsWith('address.shipping-far'))).toEqual([]);
    expect(r.stderr).toContain('column "Location" holds text that names no place (the first in row 5: "Greater Seattle Area"): those cells are not read as the candidate\'s location');
    expect(r.stderr.match(/names no place/g)).toHaveLength(1);
  });

  it('a sheet with a header and no row is one line saying so, exit 2', () => {
    const file = sheet('header-only.csv', 'Name,Phone\n');
    const r = vetCli([file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`vet: ${file}: no candidate to vet (a sheet with no row under its header?)\n`);
  });

  it('a sheet without a name column is one line saying which headers would do, exit 2', () => {
    const r = vetCli([sheet('noname.csv', 'Phone,Country\n+1 512 555 0147,US\n')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^vet: .*noname\.csv: no column for the candidate's name \(expected a header such as Name, Full Name/);
  });

  it('--map naming a field that does not exist is a usage error', () => {
    const r = vetCli(['--map', 'Mobile=telephone', 'fixtures/sheets/candidates.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('vet: --map: "telephone" is not a dossier field (examples: phone, addresses.shipping, location.country)\n');
  });

  it('a row with more cells than the header is reported, the rest go on', () => {
    const r = runJson([sheet('ragged.csv', 'Name,Phone\nAnn Lee,+1 512 555 0147\nBo Diaz,+1 512 555 0148,extra\nCy Ray,+1 512 555 0149\n')]);
    expect(r.code).toBe(2);
    expect(r.run.candidates.map((c) => c.error ?? c.candidate.name)).toEqual(['Ann Lee', expect.stringMatching(/ragged\.csv:2: row has 3 cells but the header has 2 columns/), 'Cy Ray']);
  });

  it('one phone in every row of a sheet: every candidate linked, and the report says how to mark it as the agency\'s own', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `Person ${i + 1},+1 512 555 0100,"${100 + i} Oak St, Austin, TX 78701"`);
    const file = sheet('agency.csv', `Name,Phone,Ship To\n${rows.join('\n')}\n`);
    const text = vetCli(['--fail-on', 'never', '--no-color', file]).stdout;
    expect(text).toContain('HIGH shared-phone  +1 •••00  (12 candidates)\n    one value for 12 of 12 candidates: if it is your own (an office, a recruiter\'s contact), list it under allowContacts in the configuration and it links nobody\n    row 1');
  });

  it('cells an export wrapped for Excel (="021000021") and quoted cells after a space (, "...") are read as their text', () => {
    const text = 'Name,Mobile,Routing Number,Account Number\nAnn Lee,="+1 512 555 0147",="021000021",="000123456789"\nBo Diaz, "+1 512 555 0147", "021000021", "123456789"\n';
    const r = runJson([sheet('excel-text.csv', text)]);
    expect(r.code).toBe(0);
    expect(r.run.candidates.map((c) => c.error ?? c.candidate.name)).toEqual(['Ann Lee', 'Bo Diaz']);
    expect(r.run.correlations.map((c) => c.kind)).toEqual(['shared-phone', 'shared-bank-account']);
    expect(r.run.candidates.flatMap((c) => (c.findings ?? []).map((f) => f.check))).not.toContain('payment.invalid-details');
  });

  it('a stray quote in the middle of a sheet rejects that row only, with its number', () => {
    const r = runJson([sheet('stray.csv', 'Name,Phone\nAnn Lee,+1 512 555 0147\nBo "Diaz,+1 512 555 0148\nCy Ray,+1 512 555 0149\n')]);
    expect(r.code).toBe(2);
    expect(r.run.candidates.map((c) => c.error ?? c.candidate.name)).toEqual(['Ann Lee', expect.stringMatching(/stray\.csv:2: Invalid Opening Quote/), 'Cy Ray']);
  });

  it('an unclosed quote is reported on its row, not as a crash', () => {
    const r = vetCli(['--format', 'json', sheet('quote.csv', 'Name,Phone\nAnn Lee,+1 512 555 0147\n"Bo Diaz,+1 512 555 0148\n')]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it('a French export (BOM, semicolons, CRLF, "France" written out, addresses with and without commas) reads FR and links the one address', () => {
    const text = '\ufeff"Name";"E-mail";"Mobile";"Ship To";"Country";;\r\n"Ann Lee";"ann@example.com";"+33 6 12 34 56 78";"12 rue de la Paix, 75002 Paris";"FR";;\r\n"Bo Diaz";"bo@example.com";"+33 6 98 76 54 32";"12 Rue de la Paix 75002 Paris";"France";;\r\n;;;;;;\r\n';
    const r = runJson([sheet('export-fr.csv', text)]);
    expect(r.code).toBe(0);
    expect(r.run.candidates.flatMap((c) => (c.findings ?? []).map((f) => f.check))).not.toContain('phone.country-mismatch');
    expect(r.run.correlations.map((c) => [c.kind, c.candidates.map((m) => m.row)])).toEqual([['shared-address', [1, 2]]]);
  });

  it('addresses split into columns: one street in three cities is no link; a farm written in parts is one', () => {
    const text = [
      'First Name,Last Name,Address,Address 2,City,State,Zip,Ship To Address,Ship To City,Ship To State,Ship To Zip',
      'Ann,Lee,100 Main St,Apt 4,Austin,TX,78701,1200 Example Rd Ste 4,Phoenix,AZ,85001',
      'Bo,Diaz,100 Main St,Apt 4,Denver,CO,80202,1200 Example Road Suite 4,Phoenix,AZ,85001',
      'Cy,Ray,100 Main Street,,Boston,MA,02108,"1200 Example Rd, #4",Phoenix,AZ,85001',
      'Dee,Fox,7 Elm St,,Reno,NV,89501,1200 Example Rd Unit 4,Phoenix,AZ,85001',
    ].join('\n');
    const r = runJson([sheet('split.csv', `${text}\n`)]);
    expect(r.stderr).toBe('');
    expect(r.run.correlations.map((c) => [c.kind, c.severity, c.value, c.candidates.map((m) => m.row)])).toEqual([['shared-address', 'high', '••• Phoenix, AZ 85001, US', [1, 2, 3, 4]]]);
  });

  it('numbers a spreadsheet saved in scientific notation (1.51222E+10) are not read: different phones and accounts do not link as one', () => {
    const text = 'Name,Mobile,Country,Account Number,Routing Number\nAnn Lee,+1 512 555 0147,US,123456789012,021000021\nBo Diaz,1.51222E+10,US,1.23457E+11,21000021\nCy Ray,1.51222E+10,US,1.23457E+11,21000021\nDee Fox,1.51222E+10,US,555000111,021000021\n';
    const file = sheet('excel-general.csv', text);
    const r = runJson([file]);
    expect(r.code).toBe(0);
    expect(r.run.candidates.map((c) => c.candidate.name)).toEqual(['Ann Lee', 'Bo Diaz', 'Cy Ray', 'Dee Fox']);
    expect(r.run.correlations).toEqual([]);
    // Each column is named once, at its first such row, without the value (six digits of an account are still the candidate's).
    expect(r.stderr.trim().split('\n')).toEqual([
      `vet: warning: ${file}: column "Mobile" holds numbers a spreadsheet rounded (the first in row 2): in scientific notation, as a long number in a General cell is saved, or longer than the 15 digits a number cell keeps. Their last digits are lost, so those cells are not read (format the column as Text and enter or export them again)`,
      `vet: warning: ${file}: column "Account Number" holds numbers a spreadsheet rounded (the first in row 2): in scientific notation, as a long number in a General cell is saved, or longer than the 15 digits a number cell keeps. Their last digits are lost, so those cells are not read (format the column as Text and enter or export them again)`,
    ]);
    // Read as if empty: no phone check judges six digits, and the typed row is checked as before.
    const phoneChecks = (i: number) => (r.run.candidates[i].findings ?? []).filter((f) => f.check.startsWith('phone.'));
    expect(phoneChecks(1)).toEqual([]);
    const written = vetCli(['--format', 'csv', '--fail-on', 'never', file]).stdout.split('\r\n');
    expect(written[2]).toMatch(/^Bo Diaz,1\.51222E\+10,US,1\.23457E\+11,21000021,low,/);
  });

  it('the rounded-number warning comes with a row that is read, not with one refused for another reason', () => {
    const file = sheet('rounded-refused.csv', 'Name,Mobile,Country\nAnn Lee,1.51222E+10,ATLANTIS\nBo Diaz,1.51222E+10,US\n');
    const r = runJson([file]);
    expect(r.run.candidates.map((c) => c.error ?? c.candidate.name)).toEqual([expect.stringMatching(/rounded-refused\.csv:1: column "Country"/), 'Bo Diaz']);
    expect(r.stderr).toContain('column "Mobile" holds numbers a spreadsheet rounded (the first in row 2)');
  });

  it('a workbook\'s number cells: a 12-digit account keeps its digits and links; 17-digit ones lost theirs and are not read', () => {
    const rows = [
      ['Name', 'Account Number', 'Routing Number', 'Zip', 'Address'],
      ['Ann Lee', 123456789012, 21000021, 2108, '9 Elm St'],
      ['Bo Diaz', 123456789012, 21000021, 2108, '9 Elm Street'],
      ['Cy Ray', 12345678901234567, 21000021, 78701, '1 Oak St'],
      ['Dee Fox', 12345678901234568, 21000021, 78702, '2 Oak St'],
    ];
    const file = sheet('numbers.xlsx', sheetjsBook([{ name: 'Candidates', rows }], false));
    const r = runJson(['--fail-on', 'never', file]);
    // Boston's 02108 lost its zero in the number cell: the two Elm Street rows still make one address.
    expect(r.run.correlations.map((c) => [c.kind, c.candidates.map((m) => m.row)])).toEqual([['shared-address', [1, 2]], ['shared-bank-account', [1, 2]]]);
    expect(r.stderr).toContain('column "Account Number" holds numbers a spreadsheet rounded (the first in row 3)');
  });

  it('an unclosed quote in the middle costs that row only: the rows after it are read and linked', () => {
    const rows = ['Ann Lee,+1 512 555 0147', '"Bo Diaz,+1 512 555 0148', 'Cy Ray,+1 512 555 0149', 'Dee Fox,+1 512 555 0149'];
    const r = runJson([sheet('unclosed.csv', `Name,Phone\n${rows.join('\n')}\n`)]);
    expect(r.code).toBe(2);
    expect(r.run.candidates.map((c) => c.error ?? c.candidate.name)).toEqual(['Ann Lee', expect.stringMatching(/unclosed\.csv:2: Quote Not Closed: .*; the quoted cell opens on line 3, and the lines after it are read as rows of their own$/), 'Cy Ray', 'Dee Fox']);
    expect(r.run.correlations.map((c) => [c.kind, c.candidates.map((m) => m.row)])).toEqual([['shared-phone', [3, 4]]]);
  });
});

describe('several JSON dossiers in one run are linked too', () => {
  it('two dossiers giving one email (gmail dots and +tag ignored) link, naming each other', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vet-json-'));
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ id: 'A-1', name: 'Ann Lee', email: 'ann.lee@gmail.com' }));
    writeFileSync(path.join(dir, 'b.json'), JSON.stringify({ id: 'B-2', name: 'Bo Diaz', email: 'annlee+jobs@gmail.com' }));
    const r = runJson([dir]);
    expect(r.run.correlations).toEqual([
      { check: 'correlation.shared-email', kind: 'shared-email', value: 'a•••@gmail.com', severity: 'high', candidates: [expect.objectContaining({ id: 'A-1', name: 'Ann Lee' }), expect.objectContaining({ id: 'B-2', name: 'Bo Diaz' })] },
    ]);
    const text = vetCli(['--now', NOW, dir]).stdout;
    expect(text).toMatch(/Links between candidates \(1\):/);
  });
});

describe('the correlation kinds are listed and explained like checks', () => {
  it('vet checks lists them; vet explain prints the description and sources', () => {
    const list = vetCli(['checks']).stdout;
    for (const id of ['correlation.shared-address', 'correlation.shared-phone', 'correlation.shared-photo', 'correlation.similar-resume']) expect(list).toContain(id);
    const explained = vetCli(['explain', 'correlation.shared-address']);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toMatch(/68 stolen identities/);
    expect(explained.stdout).toMatch(/justice\.gov/);
  });
});
