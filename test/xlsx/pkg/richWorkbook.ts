/**
 * A plan workbook carrying what real office workbooks carry, made by XML
 * surgery on the example plan's package (no library re-serializes it): an
 * embedded chart and a chart sheet, a pivot cache and table, an external
 * link, names of every kind, a VBA project (.xlsm), custom properties,
 * custom XML, threaded comments with their persons, and optionally sheet or
 * workbook protection.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_R = "http://schemas.openxmlformats.org/package/2006/relationships";
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const DEFINED_NAMES =
  "<definedNames>" +
  "<definedName name=\"Dinamis\">OFFSET('Lampiran I'!$A$2,0,0,COUNTA('Lampiran I'!$A:$A)-1,1)</definedName>" +
  '<definedName name="Tarif">0.11</definedName>' +
  "<definedName name=\"Kolom\">'Lampiran I'!$F:$F</definedName>" +
  "<definedName name=\"Lokal\" localSheetId=\"0\" hidden=\"1\">'Lampiran I'!$B$11</definedName>" +
  '<definedName name="Luar">[1]Data!$A$1</definedName>' +
  "</definedNames>";

function rels(...items: [string, string, string, boolean?][]): string {
  return (
    `${HEAD}<Relationships xmlns="${PKG_R}">` +
    items.map(([id, type, target, ext]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"${ext ? ' TargetMode="External"' : ""}/>`).join("") +
    "</Relationships>"
  );
}

function chart(title: string): string {
  return (
    `${HEAD}<c:chartSpace xmlns:c="${C}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}">` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${title}</a:t></a:r></a:p></c:rich></c:tx></c:title>` +
    "<c:plotArea><c:layout/><c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/>" +
    "<c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:val><c:numRef><c:f>'Lampiran I'!$F$11:$F$20</c:f></c:numRef></c:val></c:ser>" +
    '<c:axId val="1"/><c:axId val="2"/></c:barChart>' +
    '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
    '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>' +
    "</c:plotArea></c:chart></c:chartSpace>"
  );
}

function drawing(): string {
  return (
    `${HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    "<xdr:twoCellAnchor><xdr:from><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>" +
    "<xdr:to><xdr:col>22</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>" +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafik 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

export interface RichOptions {
  /** <sheetProtection sheet="1"> on the plan sheet (every cell locked, Excel's default). */
  protectSheet?: boolean;
  /** <workbookProtection lockStructure="1">. */
  lockStructure?: boolean;
}

/** The rich package's parts, by name, made from the example's bytes (test/support/example.ts). */
export function richParts(example: Uint8Array, opts: RichOptions = {}): Record<string, Uint8Array> {
  const parts = unzipSync(example);
  const text = (name: string) => strFromU8(parts[name]);
  const put = (name: string, s: string) => (parts[name] = strToU8(s));

  // The plan sheet: a drawing with a chart, threaded comments, maybe protection.
  let sheet = text("xl/worksheets/sheet1.xml");
  if (opts.protectSheet) sheet = sheet.replace("</sheetData>", '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/>');
  sheet = sheet.replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>');
  if (!sheet.includes(`xmlns:r="${R}"`)) sheet = sheet.replace("<worksheet ", `<worksheet xmlns:r="${R}" `);
  put("xl/worksheets/sheet1.xml", sheet);
  put("xl/worksheets/_rels/sheet1.xml.rels", rels(
    ["rId1", `${R}/drawing`, "../drawings/drawing1.xml"],
    ["rId2", "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment", "../threadedComments/threadedComment1.xml"],
    ["rId3", `${R}/pivotTable`, "../pivotTables/pivotTable1.xml"],
  ));
  put("xl/drawings/drawing1.xml", drawing());
  put("xl/drawings/_rels/drawing1.xml.rels", rels(["rId1", `${R}/chart`, "../charts/chart1.xml"]));
  put("xl/charts/chart1.xml", chart("Target per indikator"));
  put("xl/threadedComments/threadedComment1.xml", `${HEAD}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="F11" dT="2026-01-05T09:00:00.00" personId="{11111111-1111-1111-1111-111111111111}" id="{22222222-2222-2222-2222-222222222222}"><text>Cek target ini, Bu Sri</text></threadedComment></ThreadedComments>`);
  put("xl/persons/person.xml", `${HEAD}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="Sri Wahyuni" id="{11111111-1111-1111-1111-111111111111}" userId="sri" providerId="None"/></personList>`);

  // A chart sheet.
  put("xl/chartsheets/sheet2.xml", `${HEAD}<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`);
  put("xl/chartsheets/_rels/sheet2.xml.rels", rels(["rId1", `${R}/drawing`, "../drawings/drawing2.xml"]));
  put("xl/drawings/drawing2.xml", drawing().replace("xdr:twoCellAnchor", "xdr:absoluteAnchor").replace("xdr:twoCellAnchor", "xdr:absoluteAnchor"));
  put("xl/drawings/_rels/drawing2.xml.rels", rels(["rId1", `${R}/chart`, "../charts/chart2.xml"]));
  put("xl/charts/chart2.xml", chart("Grafik capaian"));

  // A pivot cache and table over the plan.
  put("xl/pivotCache/pivotCacheDefinition1.xml", `${HEAD}<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}" r:id="rId1" refreshOnLoad="1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="E10:F20" sheet="Lampiran I"/></cacheSource><cacheFields count="2"><cacheField name="Indikator" numFmtId="0"><sharedItems/></cacheField><cacheField name="Target" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`);
  put("xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", rels(["rId1", `${R}/pivotCacheRecords`, "pivotCacheRecords1.xml"]));
  put("xl/pivotCache/pivotCacheRecords1.xml", `${HEAD}<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0"/>`);
  put("xl/pivotTables/pivotTable1.xml", `${HEAD}<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="Pivot1" cacheId="7" dataCaption="Nilai"><location ref="Q30:R31" firstHeaderRow="1" firstDataRow="1" firstDataCol="0"/><pivotFields count="2"><pivotField showAll="0"/><pivotField showAll="0"/></pivotFields></pivotTableDefinition>`);
  put("xl/pivotTables/_rels/pivotTable1.xml.rels", rels(["rId1", `${R}/pivotCacheDefinition`, "../pivotCache/pivotCacheDefinition1.xml"]));

  // An external link, custom XML, VBA.
  put("xl/externalLinks/externalLink1.xml", `${HEAD}<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Data"/></sheetNames></externalBook></externalLink>`);
  put("xl/externalLinks/_rels/externalLink1.xml.rels", rels(["rId1", `${R}/externalLinkPath`, "file:///C:/Anggaran/dpa-2026.xlsx", true]));
  put("customXml/item1.xml", `${HEAD}<labels><label id="rahasia-terbatas"/></labels>`);
  put("customXml/itemProps1.xml", `${HEAD}<ds:datastoreItem ds:itemID="{33333333-3333-3333-3333-333333333333}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>`);
  put("customXml/_rels/item1.xml.rels", rels(["rId1", `${R}/customXmlProps`, "itemProps1.xml"]));
  const vba = new Uint8Array(4096);
  for (let i = 0; i < vba.length; i++) vba[i] = (i * 7919) & 0xff;
  parts["xl/vbaProject.bin"] = vba;
  put("docProps/custom.xml", `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Klasifikasi"><vt:lpwstr>Internal</vt:lpwstr></property></Properties>`);

  // The workbook: chart sheet, external reference, names, pivot cache, protection.
  let wb = text("xl/workbook.xml");
  if (opts.lockStructure) wb = wb.replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>');
  // The example's own names (its print titles) give way to these: one <definedNames> in a workbook.
  wb = wb.replace(/<definedNames>[\s\S]*?<\/definedNames>/, "");
  wb = wb.replace("</sheets>", '<sheet sheetId="2" name="Grafik" r:id="rId20"/></sheets><externalReferences><externalReference r:id="rId21"/></externalReferences>' + DEFINED_NAMES);
  wb = wb.replace(/<calcPr[^>]*\/>/, (m) => `${m}<pivotCaches><pivotCache cacheId="7" r:id="rId22"/></pivotCaches>`);
  put("xl/workbook.xml", wb);
  put("xl/_rels/workbook.xml.rels", text("xl/_rels/workbook.xml.rels").replace("</Relationships>",
    `<Relationship Id="rId20" Type="${R}/chartsheet" Target="chartsheets/sheet2.xml"/>` +
    `<Relationship Id="rId21" Type="${R}/externalLink" Target="externalLinks/externalLink1.xml"/>` +
    `<Relationship Id="rId22" Type="${R}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/>` +
    '<Relationship Id="rId23" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' +
    '<Relationship Id="rId24" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/>' +
    `<Relationship Id="rId25" Type="${R}/customXml" Target="../customXml/item1.xml"/>` +
    "</Relationships>"));
  put("_rels/.rels", text("_rels/.rels").replace("</Relationships>", `<Relationship Id="rIdC" Type="${R}/custom-properties" Target="docProps/custom.xml"/></Relationships>`));
  const override = (p: string, t: string) => `<Override PartName="/${p}" ContentType="${t}"/>`;
  const ct = "application/vnd.openxmlformats-officedocument";
  put("[Content_Types].xml", text("[Content_Types].xml")
    .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
    .replace("</Types>",
      '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' +
      override("xl/chartsheets/sheet2.xml", `${ct}.spreadsheetml.chartsheet+xml`) +
      override("xl/drawings/drawing1.xml", `${ct}.drawing+xml`) +
      override("xl/drawings/drawing2.xml", `${ct}.drawing+xml`) +
      override("xl/charts/chart1.xml", `${ct}.drawingml.chart+xml`) +
      override("xl/charts/chart2.xml", `${ct}.drawingml.chart+xml`) +
      override("xl/pivotCache/pivotCacheDefinition1.xml", `${ct}.spreadsheetml.pivotCacheDefinition+xml`) +
      override("xl/pivotCache/pivotCacheRecords1.xml", `${ct}.spreadsheetml.pivotCacheRecords+xml`) +
      override("xl/pivotTables/pivotTable1.xml", `${ct}.spreadsheetml.pivotTable+xml`) +
      override("xl/externalLinks/externalLink1.xml", `${ct}.spreadsheetml.externalLink+xml`) +
      override("xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml") +
      override("xl/persons/person.xml", "application/vnd.ms-excel.person+xml") +
      override("customXml/itemProps1.xml", `${ct}.customXmlProperties+xml`) +
      override("docProps/custom.xml", `${ct}.custom-properties+xml`) +
      "</Types>"));
  return parts;
}

/** The rich workbook as .xlsm bytes. */
export function richWorkbook(example: Uint8Array, opts: RichOptions = {}): Uint8Array {
  return zipSync(richParts(example, opts) as Zippable);
}
