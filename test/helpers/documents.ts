import JSZip from 'jszip';

/**
 * Documents in the formats the corpus reads, made at test time: a PDF written by hand (one
 * Helvetica text line per entry, optional encryption dictionary), a DOCX zipped with JSZip, and
 * a news page in HTML.
 */

export interface PdfOptions {
  /** Adds a standard-security /Encrypt dictionary whose user password is not empty. */
  encrypted?: boolean;
}

function pdfString(text: string): string {
  return `(${text.replace(/[()\\]/gu, (c) => `\\${c}`)})`;
}

/** A PDF with one page per entry of `pages`, each page a list of text lines (empty list = no text layer). */
export function makePdf(pages: string[][], options: PdfOptions = {}): Buffer {
  const objects: string[] = [];
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${pages.map((_, i) => `${3 + i * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  const fontId = 3 + pages.length * 2;
  pages.forEach((lines, i) => {
    const content = lines.length === 0 ? '0 0 1 rg 72 72 200 200 re f' : `BT /F1 11 Tf 14 TL 72 740 Td ${lines.map((line) => `${pdfString(line)} '`).join(' ')} ET`;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${4 + i * 2} 0 R >>`);
    objects.push(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  });
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  if (options.encrypted) objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const encrypt = options.encrypted ? ` /Encrypt ${objects.length} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : '';
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function xmlText(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** A minimal Word document: one paragraph per entry. */
export async function makeDocx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlText(p)}</w:t></w:r></w:p>`).join('') +
      '</w:body></w:document>',
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

export interface PageOptions {
  title: string;
  paragraphs: string[];
  published?: string;
  canonical?: string;
}

/** A news page as a site serves it: navigation, the article, related links and a footer. */
export function makeHtmlPage(options: PageOptions): string {
  const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/"/gu, '&quot;');
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escape(options.title)} | Example News</title>`,
    `<meta property="og:title" content="${escape(options.title)}">`,
    options.published !== undefined ? `<meta property="article:published_time" content="${escape(options.published)}">` : '',
    options.canonical !== undefined ? `<link rel="canonical" href="${escape(options.canonical)}">` : '',
    '</head><body>',
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/economy">Economy</a></li></ul></nav>',
    `<main><article><h1>${escape(options.title)}</h1>`,
    ...options.paragraphs.map((p) => `<p>${escape(p)}</p>`),
    '</article>',
    '<aside><h3>Related</h3><ul><li><a href="/a">Weather in Baku</a></li><li><a href="/b">Football results</a></li></ul></aside></main>',
    '<footer><p>© Example News. All rights reserved.</p></footer>',
    '</body></html>',
  ].join('\n');
}
