import { promises as fs } from "node:fs";
import { PDFDocument, StandardFonts, degrees, rgb } from "pdf-lib";
import { parseRanges } from "./paths.js";
export async function info(file) {
    const doc = await PDFDocument.load(await fs.readFile(file), { ignoreEncryption: true });
    const first = doc.getPageCount() ? doc.getPage(0).getSize() : undefined;
    return {
        pages: doc.getPageCount(),
        title: doc.getTitle(),
        author: doc.getAuthor(),
        producer: doc.getProducer(),
        created: doc.getCreationDate()?.toISOString(),
        size: first ? `${Math.round(first.width)}×${Math.round(first.height)} pt` : undefined,
    };
}
export async function merge(inputs, output, maxPages) {
    const out = await PDFDocument.create();
    for (const f of inputs) {
        const src = await PDFDocument.load(await fs.readFile(f));
        const pages = await out.copyPages(src, src.getPageIndices());
        pages.forEach((p) => out.addPage(p));
        if (out.getPageCount() > maxPages)
            throw new Error(`Result exceeds ${maxPages} pages`);
    }
    await fs.writeFile(output, await out.save());
    return out.getPageCount();
}
export async function extract(input, ranges, output) {
    const src = await PDFDocument.load(await fs.readFile(input));
    const idx = parseRanges(ranges, src.getPageCount());
    if (!idx.length)
        throw new Error("Range selects no pages");
    const out = await PDFDocument.create();
    (await out.copyPages(src, idx)).forEach((p) => out.addPage(p));
    await fs.writeFile(output, await out.save());
    return idx.length;
}
export async function stamp(input, text, output, font) {
    const doc = await PDFDocument.load(await fs.readFile(input));
    const f = await doc.embedFont(StandardFonts[font]);
    for (const page of doc.getPages()) {
        const { width, height } = page.getSize();
        const size = Math.min(width, height) / 10;
        page.drawText(text, {
            x: width / 2 - f.widthOfTextAtSize(text, size) / 2,
            y: height / 2,
            size,
            font: f,
            color: rgb(0.8, 0.1, 0.1),
            opacity: 0.25,
            rotate: degrees(35),
        });
    }
    await fs.writeFile(output, await doc.save());
    return doc.getPageCount();
}
//# sourceMappingURL=ops.js.map