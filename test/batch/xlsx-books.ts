// Workbooks for the xlsx reader's parity test: SheetJS-written books, and hand-written zips whose
// XML imitates what Microsoft Excel writes (shared strings with rich text and phonetic runs,
// styles with built-in and custom date formats, rows and cells without `r`, inline strings...).

import * as XLSX from '@e965/xlsx';
import { zipOf } from '../../scripts/fixtures/sheets.mjs';

// ---------------------------------------------------------------------------------------------
// SheetJS-written books

export interface SheetSpec {
  name: string;
  rows: unknown[][];
  /** Where the first row goes, as in `aoa_to_sheet(rows, { origin })`. */
  origin?: string;
}

/** A book written by SheetJS itself; `sst` chooses shared strings (`bookSST`), `compression: false` stored members. */
export function sheetjsBook(sheets: SheetSpec[], sst: boolean, compression = true): Buffer {
  const book = XLSX.utils.book_new();
  for (const { name, rows, origin } of sheets) {
    const sheet = XLSX.utils.aoa_to_sheet(rows, { cellDates: true, ...(origin ? { origin } : {}) });
    XLSX.utils.book_append_sheet(book, sheet, name);
  }
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression, bookSST: sst }) as Buffer;
}

/** Every kind of value a recruiter's sheet holds, as SheetJS writes it. */
export const MIXED_ROWS: unknown[][] = [
  [],
  [null, '   '],
  ['Name', ' Note ', 'Phone', 'Account', 'Amount', 'Flag', 'When', 'Formula-like', 'Last'],
  ['Ann Lee', 'a < b & "c" \'d\'', 15125550147, '000123', 0.1, true, new Date(Date.UTC(2024, 0, 15)), '=1+1', 'end'],
  ['  padded  ', 'line1\nline2', 1234567890123, -42, 3.14159, false, { t: 'n', v: 45000, z: 'yyyy-mm-dd' }, 'x', 'end'],
  ['Émile Zola', '中文 😀', -0.5, '', null, null, { t: 'n', v: 45000.5, z: 'yyyy-mm-dd hh:mm:ss' }, null, 'end'],
  [],
  ['', ' ', null, '\t'],
  ['Bo Chen', null, '', null, 7, null, null, null, null],
  ['Cy Diaz', 'tab\there', 0, 'café', -1e-7, true, null, 'R&D', '<x/>'],
  ['Di Eve', '\u00a0nbsp\u00a0', 2 ** 53 - 1, 'ends with space ', 100, false, null, '', 'last'],
];

// ---------------------------------------------------------------------------------------------
// Excel-like books, XML written by hand the way Excel writes it

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export interface ExcelSheet {
  name: string;
  /** The `<sheetData>` element's content. */
  sheetData: string;
  dimension?: string;
}

/**
 * An Excel-like workbook. Tabs appear in `sheets` order in workbook.xml; their parts are
 * numbered in reverse (the first tab is the last sheetN.xml) so a reader must follow the rels.
 */
export function excelBook(sheets: ExcelSheet[], sharedStrings: string[], options: { reversedParts?: boolean } = {}): Buffer {
  const part = (i: number) => (options.reversedParts ? sheets.length - i : i + 1);
  const contentTypes =
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${part(i)}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
    '<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>';
  const rootRels =
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
    '</Relationships>';
  const workbook =
    XML_HEAD +
    `<workbook xmlns="${NS}" xmlns:r="${REL_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">` +
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>' +
    '<workbookPr defaultThemeVersion="166925"/>' +
    '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15720" xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/></bookViews>' +
    `<sheets>${sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>` +
    '<calcPr calcId="191029"/>' +
    '</workbook>';
  const n = sheets.length;
  const workbookRels =
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>` +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${part(i)}.xml"/>`).join('') +
    `<Relationship Id="rId${n + 3}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>';
  const styles =
    XML_HEAD +
    `<styleSheet xmlns="${NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="d/m/yyyy"/></numFmts>' +
    '<fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="4">' +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '</cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    '</styleSheet>';
  const sst =
    XML_HEAD +
    `<sst xmlns="${NS}" count="${sharedStrings.length}" uniqueCount="${sharedStrings.length}">` +
    sharedStrings.join('') +
    '</sst>';
  const members: { name: string; data: string }[] = [
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: rootRels },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: workbookRels },
  ];
  sheets.forEach((s, i) => members.push({ name: `xl/worksheets/sheet${part(i)}.xml`, data: worksheetXml(s, i === 0) }));
  members.push(
    { name: 'xl/theme/theme1.xml', data: XML_HEAD + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements/></a:theme>' },
    { name: 'xl/styles.xml', data: styles },
    { name: 'xl/sharedStrings.xml', data: sst },
    {
      name: 'docProps/core.xml',
      data: XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Recruiter</dc:creator></cp:coreProperties>',
    },
    {
      name: 'docProps/app.xml',
      data: XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>',
    },
  );
  return zipOf(members.map(({ name, data }) => ({ name, data: typeof data === 'string' ? Buffer.from(data, 'utf8') : data })));
}

function worksheetXml(sheet: ExcelSheet, selected: boolean): string {
  return (
    XML_HEAD +
    `<worksheet xmlns="${NS}" xmlns:r="${REL_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xr:uid="{00000000-0001-0000-0000-000000000000}">` +
    `<dimension ref="${sheet.dimension ?? 'A1'}"/>` +
    `<sheetViews><sheetView ${selected ? 'tabSelected="1" ' : ''}workbookViewId="0"/></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>' +
    '<cols><col min="1" max="1" width="12.7109375" customWidth="1"/></cols>' +
    `<sheetData>${sheet.sheetData}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Shared strings of the Excel-like candidates book, by index. */
export const EXCEL_SHARED_STRINGS = [
  /* 0 */ '<si><t>Name</t></si>',
  /* 1 */ '<si><t>Note</t></si>',
  /* 2 */ '<si><t xml:space="preserve"> padded </t></si>',
  /* 3 */ '<si><r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr><t>Bold</t></r><r><rPr><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr><t xml:space="preserve"> rest</t></r></si>',
  /* 4 */ '<si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/></si>',
  /* 5 */ '<si><t>line1_x000D_&#10;line2</t></si>',
  /* 6 */ '<si><t>&amp;&lt;&gt;&quot;&apos;&#233;</t></si>',
  /* 7 */ '<si><t>Ann Lee</t></si>',
  /* 8 */ '<si><t>Bo Chen</t></si>',
  /* 9 */ '<si><t>Cy Diaz</t></si>',
  /* 10 */ '<si><t xml:space="preserve">trailing space </t></si>',
  /* 11 */ '<si><t>Tab_x0009_bed</t></si>',
  /* 12 */ '<si><t/></si>',
  /* 13 */ '<si><r><t>漢</t></r><r><rPr><b/></rPr><t>字</t></r><rPh sb="0" eb="1"><t>カン</t></rPh><rPh sb="1" eb="2"><t>ジ</t></rPh><phoneticPr fontId="1"/></si>',
  /* 14 */ '<si><t>cr_x000D_only</t></si>',
  /* 15 */ '<si><t>_x005F_x0041_ literal</t></si>',
  /* 16 */ '<si><t xml:space="preserve">\n  leading newline</t></si>',
];

/**
 * Row 1 is the header (inline strings mixed with shared ones). Rows skip numbers (2, then 5),
 * some cells have no `r` (the column after the previous cell), some are empty `<c r=".."/>`,
 * row 7 holds only empty cells (a blank row), and the row after a blank run has no `r` at all.
 */
export const EXCEL_CANDIDATES_SHEET: ExcelSheet = {
  name: 'Candidates',
  dimension: 'A1:L9',
  sheetData: [
    '<row r="1" spans="1:12" x14ac:dyDescent="0.25">',
    '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>',
    '<c r="C1" t="inlineStr"><is><t>Inline</t></is></c><c r="D1" t="inlineStr"><is><t>Formula</t></is></c>',
    '<c r="E1" t="inlineStr"><is><t>Flag</t></is></c><c r="F1" t="inlineStr"><is><t>Error</t></is></c>',
    '<c r="G1" t="inlineStr"><is><t>General</t></is></c><c r="H1" t="inlineStr"><is><t>Builtin date</t></is></c>',
    '<c r="I1" t="inlineStr"><is><t>Custom date</t></is></c><c r="J1" t="inlineStr"><is><t>Text format</t></is></c>',
    '<c r="K1" t="inlineStr"><is><t>Implied</t></is></c><c r="L1" t="inlineStr"><is><t xml:space="preserve"> Spaced header </t></is></c>',
    '</row>',
    '<row r="2" spans="1:12" x14ac:dyDescent="0.25">',
    '<c r="A2" t="s"><v>7</v></c><c r="B2" t="s"><v>2</v></c>',
    '<c r="C2" t="inlineStr"><is><t>inline</t></is></c>',
    '<c r="D2" t="str"><f>A2&amp;"x"</f><v>joined</v></c>',
    '<c r="E2" t="b"><v>1</v></c><c r="F2" t="e"><f>NA()</f><v>#N/A</v></c>',
    '<c r="G2"><v>15125550147</v></c><c r="H2" s="1"><v>45000</v></c><c r="I2" s="2"><v>45000.25</v></c>',
    '<c r="J2" s="3" t="s"><v>10</v></c>',
    '<c t="s"><v>3</v></c>',
    '<c r="L2"><v>0.1</v></c>',
    '</row>',
    '<row r="5" spans="1:12" x14ac:dyDescent="0.25">',
    '<c r="A5" t="s"><v>8</v></c><c r="B5" t="s"><v>4</v></c><c r="C5" t="s"><v>5</v></c>',
    '<c r="D5"/>',
    '<c r="E5" t="b"><v>0</v></c><c r="F5" t="e"><v>#DIV/0!</v></c>',
    '<c r="G5"><v>-3.5</v></c><c r="H5" s="1"><v>45000.5</v></c><c r="I5" s="2"><v>1</v></c>',
    '<c r="J5" s="3"><v>123</v></c>',
    '<c r="K5" t="s"><v>6</v></c>',
    '</row>',
    '<row r="6" spans="1:12" x14ac:dyDescent="0.25">',
    '<c r="A6" t="s"><v>9</v></c><c t="s"><v>11</v></c><c><v>1234567890123</v></c>',
    '<c r="E6" t="s"><v>12</v></c><c r="G6" s="0"><v>1E-3</v></c><c r="H6" s="1"/><c r="I6" s="2"><v>44927</v></c>',
    '</row>',
    '<row r="7" spans="1:12" x14ac:dyDescent="0.25"><c r="D7"/><c r="E7" s="1"/></row>',
    '<row spans="1:12" x14ac:dyDescent="0.25">',
    '<c r="B8" t="inlineStr"><is><r><rPr><b/></rPr><t>rich</t></r><r><t xml:space="preserve"> inline</t></r></is></c>',
    '<c r="G8"><v>-0</v></c><c r="L8" t="str"><f>L2*2</f><v>0.2</v></c>',
    '</row>',
    '<row r="9" spans="1:12" x14ac:dyDescent="0.25"><c r="A9" t="inlineStr"><is><t>&lt;last&gt;</t></is></c>',
    '<c r="B9" t="s"><v>13</v></c><c r="C9" t="s"><v>14</v></c><c r="D9" t="s"><v>15</v></c><c r="E9" t="s"><v>16</v></c>',
    '<c r="G9"><v>1.2345678901234567E+19</v></c><c r="H9" s="1"><v>2958465</v></c><c r="I9" s="2"><v>60</v></c><c r="J9" s="3" t="inlineStr"><is><t>007</t></is></c></row>',
  ].join(''),
};

/** A second tab for the two-tab Excel-like book: data from C3, a tab name with an ampersand. */
export const EXCEL_SECOND_SHEET: ExcelSheet = {
  name: 'R&D',
  dimension: 'C3:D5',
  sheetData: [
    '<row r="3"><c r="C3" t="s"><v>0</v></c><c r="D3" t="s"><v>1</v></c></row>',
    '<row r="4"><c r="C4" t="s"><v>7</v></c><c r="D4" s="2"><v>45001</v></c></row>',
    '<row r="5"><c r="C5" t="s"><v>8</v></c><c r="D5" t="s"><v>2</v></c></row>',
  ].join(''),
};

/**
 * Formula results (`t="str"`) whose text holds what looks like an escape: SheetJS unescapes a
 * `<v>` once as XML and once more as a string, so `&amp;amp;` reads as `&` and `_x005F_x0041_`
 * as `A`. Kept apart from the Excel-like book above: this is SheetJS's reading, not Excel's meaning.
 */
export const EXCEL_STR_QUIRKS_SHEET: ExcelSheet = {
  name: 'Quirks',
  dimension: 'A1:C3',
  sheetData: [
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Other</t></is></c></row>',
    '<row r="2"><c r="A2" t="str"><f>"a &amp;amp; b"</f><v>a &amp;amp; b</v></c><c r="B2" t="str"><f>"_x0041_"</f><v>_x005F_x0041_</v></c><c r="C2" t="str"><f>"&amp;lt;"</f><v>&amp;lt;tag&amp;gt;</v></c></row>',
    '<row r="3"><c r="A3" t="str"><f>CHAR(13)</f><v>x_x000D_&#10;y</v></c><c r="B3" t="str"><f>""</f><v></v></c><c r="C3" t="str"><f>A1</f><v>plain</v></c></row>',
  ].join(''),
};

/** `count` data rows for a large book: repeated strings (one shared-string table), numbers, dates, gaps. */
export function largeRows(count: number): unknown[][] {
  const cities = ['Austin', 'Denver', 'Seattle', 'Boston', 'Atlanta', 'Chicago', 'München', '東京'];
  const rows: unknown[][] = [['Candidate ID', 'Full Name', 'City', 'Mobile', 'Account', 'Salary', 'Start', 'Remote', 'Notes']];
  for (let i = 0; i < count; i++) {
    rows.push([
      `C-${String(i + 1).padStart(6, '0')}`,
      `Person ${i % 997} ${['Lee', 'Chen', 'Díaz', 'O\'Neil'][i % 4]}`,
      cities[i % cities.length],
      15125550000 + i,
      String(i * 7919).padStart(9, '0'),
      i % 13 === 0 ? null : 50000 + (i % 500) * 12.5,
      { t: 'n', v: 44927 + (i % 700), z: 'yyyy-mm-dd' },
      i % 3 === 0,
      i % 11 === 0 ? '' : `note ${i % 37} <${i % 5}> & "q"`,
    ]);
    if (i % 500 === 250) rows.push([]);
  }
  return rows;
}
