import { PDFArray, PDFDocument, type PDFFont, PDFName, type PDFPage, PDFString, StandardFonts, rgb } from 'pdf-lib';

/**
 * A small page writer shared by the invoice and report PDFs: A4, Helvetica, a cursor that moves down the page and
 * starts a new one when the next block does not fit. Everything is deterministic — metadata dates come from the
 * document's own date, never the clock — so the same input gives the same bytes.
 */
export const PAGE = { width: 595.28, height: 841.89, margin: 50 };
export const GREY = rgb(0.4, 0.4, 0.4);
export const LINE = rgb(0.8, 0.8, 0.8);
export const LINK = rgb(0.1, 0.3, 0.75);
const PRODUCER = 'Client Portal (pdf-lib)';

export type Fonts = { regular: PDFFont; bold: PDFFont };

export async function newDocument(meta: { title: string; subject: string; author: string; date: string }) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const at = new Date(`${meta.date}T00:00:00Z`);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setAuthor(meta.author);
  doc.setProducer(PRODUCER);
  doc.setCreator(PRODUCER);
  doc.setCreationDate(at);
  doc.setModificationDate(at);
  const fonts: Fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  return { doc, fonts };
}

const encodable = new WeakMap<PDFFont, Set<number>>();

/** Text the font can encode (WinAnsi for the standard fonts): accents kept when possible, anything else becomes '?'. */
export function safeText(font: PDFFont, text: string): string {
  let set = encodable.get(font);
  if (!set) encodable.set(font, (set = new Set(font.getCharacterSet())));
  const ok = set;
  return Array.from(text.replace(/[\t\r\n]+/g, ' '))
    .map((ch) => {
      if (ok.has(ch.codePointAt(0)!)) return ch;
      const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      return base && Array.from(base).every((c) => ok.has(c.codePointAt(0)!)) ? base : '?';
    })
    .join('');
}

/** Lines no wider than `width`, breaking at spaces (and inside words longer than a line); blank lines kept. */
export function wrap(font: PDFFont, size: number, text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of safeText(font, paragraph).split(' ')) {
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
        if (line) out.push(line);
        out.push(rest.slice(0, cut));
        line = '';
        rest = rest.slice(cut);
      }
      const next = line ? `${line} ${rest}` : rest;
      if (font.widthOfTextAtSize(next, size) <= width) line = next;
      else {
        out.push(line);
        line = rest;
      }
    }
    out.push(line);
  }
  return out;
}

export class Writer {
  page!: PDFPage;
  y = 0;
  constructor(
    readonly doc: PDFDocument,
    readonly fonts: Fonts,
    private readonly onNewPage: (w: Writer) => void = () => {},
  ) {
    this.addPage();
  }

  addPage() {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
    this.onNewPage(this);
  }

  /** Starts a new page unless `height` points still fit above the bottom margin. */
  ensure(height: number) {
    if (this.y - height < PAGE.margin + 20) this.addPage();
  }

  text(text: string, x: number, opts: { size?: number; bold?: boolean; color?: ReturnType<typeof rgb>; align?: 'left' | 'right'; y?: number } = {}) {
    const size = opts.size ?? 10;
    const font = opts.bold ? this.fonts.bold : this.fonts.regular;
    const safe = safeText(font, text);
    const left = opts.align === 'right' ? x - font.widthOfTextAtSize(safe, size) : x;
    this.page.drawText(safe, { x: left, y: opts.y ?? this.y, size, font, color: opts.color ?? rgb(0, 0, 0) });
  }

  /** Wrapped paragraph at the cursor; moves the cursor below it. */
  paragraph(text: string, opts: { size?: number; bold?: boolean; color?: ReturnType<typeof rgb>; x?: number; width?: number } = {}) {
    const size = opts.size ?? 10;
    const font = opts.bold ? this.fonts.bold : this.fonts.regular;
    for (const line of wrap(font, size, text, opts.width ?? PAGE.width - 2 * PAGE.margin)) {
      this.ensure(size * 1.4);
      this.text(line, opts.x ?? PAGE.margin, { ...opts, size });
      this.y -= size * 1.4;
    }
  }

  /**
   * A URL at the cursor as a real link: blue, underlined, broken across lines by character when it is too wide, each
   * line covered by a Link annotation (URI action) a reader opens on click. Moves the cursor below it.
   */
  link(url: string, opts: { size?: number; x?: number; width?: number } = {}) {
    const size = opts.size ?? 10;
    const x = opts.x ?? PAGE.margin;
    const font = this.fonts.regular;
    const href = new URL(url).href;
    const lines: string[] = [];
    for (const ch of safeText(font, href)) {
      const last = lines.at(-1);
      if (last !== undefined && font.widthOfTextAtSize(last + ch, size) <= (opts.width ?? PAGE.width - 2 * PAGE.margin)) lines[lines.length - 1] = last + ch;
      else lines.push(ch);
    }
    for (const line of lines) {
      this.ensure(size * 1.4);
      const width = font.widthOfTextAtSize(line, size);
      this.page.drawText(line, { x, y: this.y, size, font, color: LINK });
      this.page.drawLine({ start: { x, y: this.y - 1.5 }, end: { x: x + width, y: this.y - 1.5 }, thickness: 0.5, color: LINK });
      this.annotateLink(href, [x, this.y - 3, x + width, this.y + size]);
      this.y -= size * 1.4;
    }
  }

  private annotateLink(href: string, rect: [number, number, number, number]) {
    const { context } = this.doc;
    const ref = context.register(
      context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], A: { Type: 'Action', S: 'URI', URI: PDFString.of(href) } }),
    );
    const annots = this.page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (annots) annots.push(ref);
    else this.page.node.set(PDFName.of('Annots'), context.obj([ref]));
  }

  rule(y = this.y) {
    this.page.drawLine({ start: { x: PAGE.margin, y }, end: { x: PAGE.width - PAGE.margin, y }, thickness: 0.5, color: LINE });
  }

  /** "Page n of m" at the foot of every page; call once everything is drawn. */
  numberPages() {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      const label = `Page ${i + 1} of ${pages.length}`;
      const width = this.fonts.regular.widthOfTextAtSize(label, 8);
      page.drawText(label, { x: PAGE.width - PAGE.margin - width, y: PAGE.margin - 20, size: 8, font: this.fonts.regular, color: GREY });
    });
  }
}

export type Column<Row> = { header: string; width: number; align?: 'left' | 'right'; value: (row: Row) => string; wrap?: boolean };

/** A table whose wrapped cells grow the row; the header row is repeated on each new page. */
export function table<Row>(w: Writer, columns: Column<Row>[], rows: readonly Row[], size = 9) {
  const lead = size * 1.35;
  // Left-aligned cells after the first keep a gutter from a right-aligned neighbour.
  const indent = (i: number) => (i > 0 && columns[i].align !== 'right' ? 10 : 0);
  const header = () => {
    w.ensure(lead * 2);
    let x = PAGE.margin;
    columns.forEach((c, i) => {
      w.text(c.header, c.align === 'right' ? x + c.width - 4 : x + indent(i), { size, bold: true, align: c.align });
      x += c.width;
    });
    w.rule(w.y - 4);
    w.y -= lead + 4;
  };
  header();
  for (const row of rows) {
    const cells = columns.map((c, i) => (c.wrap ? wrap(w.fonts.regular, size, c.value(row), c.width - 8 - indent(i)) : [c.value(row)]));
    const height = Math.max(...cells.map((l) => l.length)) * lead;
    if (w.y - height < PAGE.margin + 20) {
      w.addPage();
      header();
    }
    let x = PAGE.margin;
    columns.forEach((c, i) => {
      cells[i].forEach((line, j) => w.text(line, c.align === 'right' ? x + c.width - 4 : x + indent(i), { size, align: c.align, y: w.y - j * lead }));
      x += c.width;
    });
    const ruleY = w.y - height + lead - 4;
    w.rule(ruleY);
    w.y = ruleY - size - 4;
  }
}
