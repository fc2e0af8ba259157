import { Document, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';

/** A realistic resume's lines: contact block, an internship, a job, education, projects, skills. */
export const sampleResumeLines = [
  'Ada Lovelace',
  'ada.lovelace@example.org | +44 20 7946 0958 | linkedin.com/in/ada-lovelace',
  'Summary',
  'Analyst moving into software engineering.',
  'Experience',
  'Software Engineering Intern, Acme Corp',
  'Jun 2021 – Aug 2021',
  '• Built a React dashboard used by 40 analysts',
  '• Cut report generation time by 40% with SQL indexes',
  'Data Analyst | Globex | 2019 - Present',
  '• Automated weekly reporting in Python',
  'EDUCATION',
  'BSc Computer Science, University of Leeds, 2016 – 2019',
  'Skills:',
  'Python, SQL, React | Docker • Quantum Basketweaving',
];

/** A DOCX (built with the docx library) with one paragraph per line. */
export async function resumeDocx(lines: readonly string[] = sampleResumeLines): Promise<Buffer> {
  const document = new Document({
    sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }],
  });
  return Packer.toBuffer(document);
}

function pdfBytes(draw: (pdf: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', info: { Title: 'Resume' } });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  draw(pdf);
  pdf.end();
  return done;
}

/** A PDF (built with pdfkit) with one text line per line, headings in bold. */
export function resumePdf(lines: readonly string[] = sampleResumeLines): Promise<Buffer> {
  return pdfBytes((pdf) => {
    for (const line of lines)
      pdf.font(/^[A-Z][a-z]+:?$|^[A-Z]+$/.test(line) ? 'Helvetica-Bold' : 'Helvetica').text(line);
  });
}

/** A PDF with a picture and no text, as a scanner makes. */
export function scannedPdf(image: Buffer): Promise<Buffer> {
  return pdfBytes((pdf) => {
    pdf.image(image, 50, 50, { width: 400 });
  });
}
