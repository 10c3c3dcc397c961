import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { processFile, type ProcessSettings } from '../../src/cli/process-file.js';
import { AtomicFileTarget, type OutputTarget } from '../../src/cli/output-target.js';
import { LegacyTables } from '../../src/encoding/legacy-tables.js';
import { Resources } from '../../src/resources.js';
import { schemaErrors } from '../structure/helpers.js';
import { ROOT, ensureBuilt, runBin, tempDir } from './cli-harness.js';

const context = { resources: new Resources(), tables: new LegacyTables() };
const fixture = (name: string) => readFileSync(path.join(ROOT, 'fixtures/structure', `${name}.txt`), 'utf8');

/** Pages of a party committee's report: sections, numbered headings, notes at the foot, page numbers. */
function report(pages: number): string {
  const head = [
    'ĐẢNG BỘ KHỐI CƠ QUAN TỈNH          ĐẢNG CỘNG SẢN VIỆT NAM',
    'ĐẢNG ỦY SỞ Y TẾ',
    'Số 41-BC/ĐU              Vĩnh Long, ngày 19 tháng 6 năm 2023',
    '',
    'BÁO CÁO',
    'kết quả lãnh đạo thực hiện nhiệm vụ 6 tháng đầu năm 2023',
    '',
  ].join('\n');
  const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
  const sections = ['TÌNH HÌNH CHUNG', 'KẾT QUẢ LÃNH ĐẠO', 'HẠN CHẾ, NGUYÊN NHÂN', 'NHIỆM VỤ TRỌNG TÂM'];
  const topics = [
    'Công tác chính trị, tư tưởng',
    'Công tác xây dựng tổ chức đảng',
    'Công tác kiểm tra, giám sát',
    'Công tác dân vận',
    'Công tác phòng, chống dịch bệnh',
    'Công tác khám, chữa bệnh',
    'Công tác cải cách hành chính',
    'Công tác thi đua, khen thưởng',
  ];
  const out: string[] = [head];
  for (let p = 0; p < pages; p++) {
    const body: string[] = [];
    if (p % 2 === 0) body.push(`${romans[p / 2]}. ${sections[(p / 2) % sections.length]}`, '');
    body.push(`${(p % 2) + 1}. ${topics[p % topics.length]}`, '');
    body.push(
      `Tổ chức học tập, quán triệt các chuyên đề năm 2023 cho 100% cán bộ, đảng viên¹ của ${14 + p} chi bộ;`,
      'thực hiện tốt việc nắm bắt tư tưởng, dư luận xã hội trong các đơn vị trực',
      'thuộc, kịp thời định hướng thông tin, không để phát sinh điểm nóng.',
      '',
      `Kết nạp ${String(p + 3).padStart(2, '0')} đảng viên mới, chuyển chính thức 12 đảng viên²; kiện toàn cấp ủy 02`,
      'chi bộ trực thuộc theo đúng quy định của Điều lệ Đảng và hướng dẫn của cấp trên.',
      '__________',
      `¹ Số liệu tính đến ngày ${p + 1} tháng 5 năm 2023.`,
      `² Theo Hướng dẫn số ${p + 9}-HD/BTCTU ngày 10/01/2023 của Ban Tổ chức Tỉnh ủy.`,
      '',
      `- ${p + 1} -`,
      '\f',
    );
    out.push(body.join('\n'));
  }
  out.push(['T/M ĐẢNG ỦY', 'BÍ THƯ', 'Lâm Quốc Thịnh', 'Nơi nhận:', '- Đảng ủy Khối (b/c),', '- Lưu VP.', ''].join('\n'));
  return out.join('\n');
}

/** A decision, signed, then the regulation it issues on pages of its own: chapters and articles. */
function decisionWithRegulation(chapters: number): string {
  const decision = [
    'ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'TỈNH CAO BẰNG                   Độc lập - Tự do - Hạnh phúc',
    'Số: 12/2024/QĐ-UBND             Cao Bằng, ngày 05 tháng 3 năm 2024',
    '',
    'QUYẾT ĐỊNH',
    'Ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh',
    '',
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
    '',
    'Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh.',
    '',
    'Điều 2. Quyết định này có hiệu lực từ ngày 15 tháng 3 năm 2024.',
    '',
    'Nơi nhận:',
    '- Như Điều 2;',
    '- Lưu: VT.',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Hoàng Xuân Ánh',
    '\f',
    'QUY CHẾ',
    'Quản lý cụm công nghiệp trên địa bàn tỉnh Cao Bằng',
    '',
  ];
  const pages: string[] = [];
  let article = 0;
  for (let c = 1; c <= chapters; c++) {
    const page = [`Chương ${['I', 'II', 'III', 'IV', 'V', 'VI'][c - 1]}`, `QUY ĐỊNH CHUNG PHẦN ${c}`, ''];
    for (let k = 0; k < 2; k++) {
      article++;
      page.push(
        `Điều ${article}. Phạm vi điều chỉnh của phần ${c}`,
        '',
        `1. Quy chế này quy định việc quản lý cụm công nghiệp, trách nhiệm của các sở, ngành và Ủy ban nhân dân cấp huyện trong giai đoạn ${c}.`,
        '',
        '2. Các nội dung không quy định tại Quy chế này thực hiện theo quy định của pháp luật hiện hành về cụm công nghiệp.',
        '',
      );
    }
    page.push(`- ${c} -`, '\f');
    pages.push(page.join('\n'));
  }
  return decision.join('\n') + '\n' + pages.join('\n') + '\n';
}

async function run(text: string, settings: Partial<ProcessSettings>, target?: OutputTarget) {
  const bytes = Buffer.from(text);
  const slices: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += 4096) slices.push(bytes.subarray(i, i + 4096));
  const outcome = await processFile({ index: 0, displayPath: 'bao-cao.txt' }, Readable.from(slices), context, {
    format: 'md',
    toneStyle: 'traditional',
    minConfidence: 0.5,
    ...settings,
  }, target);
  expect(outcome.problem).toBeUndefined();
  return outcome;
}

/** The input as OCR without Vietnamese marks gives it, so that every window has words to repair. */
function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Two pages per window: enough for the structure stage to see running headers and page feet. */
const WINDOWED = { wholeChars: 1000, pieceChars: 1200 };

describe('Markdown and JSON of a huge input, window by window', () => {
  const text = report(8);

  it('gives exactly the whole-document output when the windowed document is one window', async () => {
    for (const name of ['footnote-interrupts-paragraph', 'legal-chapters-articles', 'superscript-footnotes-with-rule', 'two-column-header-flattened']) {
      for (const format of ['md', 'json', 'jsonl'] as const) {
        const whole = await run(fixture(name), { format });
        const windowed = await run(fixture(name), { format, wholeChars: 10, pieceChars: 1 << 20 });
        expect(windowed.output, `${name} ${format}`).toBe(whole.output);
      }
    }
  });

  it('keeps the header once, the heading levels and the linked notes of the whole document', async () => {
    expect(text.length).toBeGreaterThan(WINDOWED.pieceChars * 3);
    const whole = JSON.parse((await run(text, { format: 'json' })).output!);
    const windowed = JSON.parse((await run(text, { format: 'json', ...WINDOWED })).output!);
    expect(windowed.header).toEqual(whole.header);
    const headings = (doc: { blocks: Array<{ type: string; depth?: number; text: string }> }) =>
      doc.blocks.filter((b) => b.type === 'heading' || b.type === 'title').map((b) => [b.type, b.depth, b.text]);
    expect(headings(windowed)).toEqual(headings(whole));
    expect(headings(windowed).filter(([type]) => type === 'title')).toHaveLength(1);
    const notes = (doc: { footnotes: Array<{ label: string; text: string; refLine: number }> }) => doc.footnotes.map((n) => [n.label, n.text, n.refLine]);
    expect(notes(windowed)).toEqual(notes(whole));
    expect(windowed.footnotes).toHaveLength(16);
  });

  it('starts levels afresh at the title of a regulation issued after the signature, in a later window', async () => {
    const text = decisionWithRegulation(6);
    const whole = JSON.parse((await run(text, { format: 'json' })).output!);
    const windowed = JSON.parse((await run(text, { format: 'json', wholeChars: 500, pieceChars: 700 })).output!);
    const headings = (doc: { blocks: Array<{ type: string; depth?: number; text: string; lines: number[] }> }) =>
      doc.blocks.filter((b) => b.type === 'heading' || b.type === 'title').map((b) => [b.type, b.depth, b.text, b.lines[0]]);
    expect(headings(whole).filter(([type]) => type === 'title')).toHaveLength(2);
    expect(headings(windowed)).toEqual(headings(whole));
  });

  it('loses no text: every block and note of the whole document, on the same lines', async () => {
    const whole = JSON.parse((await run(text, { format: 'json' })).output!);
    const windowed = JSON.parse((await run(text, { format: 'json', ...WINDOWED })).output!);
    const blocks = (doc: { blocks: Array<{ type: string; text: string; lines: number[] }> }) => doc.blocks.map((b) => [b.type, b.text, b.lines]);
    expect(blocks(windowed)).toEqual(blocks(whole));
    expect(windowed.removed).toEqual(whole.removed);
    expect(windowed.changes).toEqual(whole.changes);
    expect(windowed.stats).toEqual(whole.stats);
  });

  it('writes JSON that validates against the schema, with unique note labels each referenced once', async () => {
    const json = JSON.parse((await run(text, { format: 'json', ...WINDOWED })).output!);
    expect(schemaErrors(json)).toBe('');
    const labels = json.footnotes.map((n: { label: string }) => n.label);
    expect(new Set(labels).size).toBe(labels.length);
    const refs = json.blocks.flatMap((b: { refs?: Array<{ label: string }> }) => (b.refs ?? []).map((r) => r.label));
    expect(refs.sort()).toEqual([...labels].sort());
    const jsonl = (await run(text, { format: 'jsonl', ...WINDOWED })).output!;
    expect(jsonl.endsWith('}\n')).toBe(true);
    expect(jsonl.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(jsonl)).toEqual(json);
  });

  it('writes Markdown with the same headings and every note defined once', async () => {
    const whole = (await run(text, { format: 'md' })).output!;
    const windowed = (await run(text, { format: 'md', ...WINDOWED })).output!;
    const headings = (md: string) => md.split('\n').filter((line) => line.startsWith('#'));
    expect(headings(windowed)).toEqual(headings(whole));
    const definitions = windowed.match(/^\[\^\d+\]:/gm) ?? [];
    expect(definitions).toHaveLength(16);
    expect(new Set(definitions).size).toBe(16);
    expect(windowed.slice(windowed.indexOf('[^1]:'))).toBe(whole.slice(whole.indexOf('[^1]:')));
  });

  it('spools the JSON tail next to the output and removes it when the input fails midway', async () => {
    const dir = tempDir();
    const target = new AtomicFileTarget(path.join(dir, 'bao-cao.json'));
    const seen = new Set<string>();
    async function* failing() {
      // Past the 64 KiB read before choosing an encoding, so that windows are written.
      for (const slice of stripMarks(text).repeat(20).match(/[^]{1,8192}/g)!.slice(0, 10)) {
        for (const name of readdirSync(dir)) seen.add(name);
        yield Buffer.from(slice);
      }
      throw Object.assign(new Error('read error'), { code: 'EIO' });
    }
    const settings = { format: 'json', toneStyle: 'traditional', minConfidence: 0.5, wholeChars: 1000, pieceChars: 8000 } as const;
    const outcome = await processFile({ index: 0, displayPath: 'bao-cao.txt' }, failing(), context, settings, target);
    expect(outcome.problem).toBeDefined();
    expect([...seen].some((name) => name.endsWith('.changes.tmp'))).toBe(true);
    await target.abort();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('windowed output from the command line', () => {
  const env = { VNFIX_WINDOW_CHARS: '2000' };

  it('writes the same files with -j 2 as with -j 1', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), stripMarks(report(6)));
    writeFileSync(path.join(dir, 'b.txt'), stripMarks(report(4)));
    for (const format of ['json', 'md']) {
      const one = await runBin(['--no-config', '-q', '-f', format, '-j', '1', '--out-dir', `one-${format}`, 'a.txt', 'b.txt'], { cwd: dir, env });
      const two = await runBin(['--no-config', '-q', '-f', format, '-j', '2', '--out-dir', `two-${format}`, 'a.txt', 'b.txt'], { cwd: dir, env });
      expect([one.code, two.code, one.stderr]).toEqual([0, 0, '']);
      for (const name of [`a.${format}`, `b.${format}`]) {
        expect(readFileSync(path.join(dir, `two-${format}`, name), 'utf8')).toBe(readFileSync(path.join(dir, `one-${format}`, name), 'utf8'));
      }
      expect(readdirSync(path.join(dir, `one-${format}`)).sort()).toEqual([`a.${format}`, `b.${format}`]);
    }
  });

  it('leaves no temporary file on Ctrl-C', async () => {
    ensureBuilt();
    const dir = tempDir();
    writeFileSync(path.join(dir, 'big.txt'), stripMarks(report(8)).repeat(40));
    const spooled = await new Promise<boolean>((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'bin/vnfix.js'), '--no-config', '-q', '-f', 'json', '-o', 'out.json', 'big.txt'], {
        cwd: dir,
        env: { PATH: process.env.PATH, ...env },
        stdio: 'ignore',
      });
      let seen = false;
      const poll = setInterval(() => {
        if (!seen && readdirSync(dir).some((name) => name.endsWith('.changes.tmp'))) {
          seen = true;
          child.kill('SIGINT');
        }
      }, 10);
      child.on('close', () => {
        clearInterval(poll);
        resolve(seen);
      });
    });
    expect(spooled).toBe(true);
    expect(readdirSync(dir)).toEqual(['big.txt']);
    expect(existsSync(path.join(dir, 'out.json'))).toBe(false);
  });
});

describe('a huge Markdown input written back as Markdown', () => {
  it('streams by paragraph and keeps its markup, only its words repaired', async () => {
    const section = (n: number) =>
      [`## **${n}. Kết quả thực hiện nhiệm vụ**`, '', `- Ủy ban nhân dân các xã đã tổ chức ${n} hội nghị triển khai kế hoạch;`, '- Phòng Nông nghiệp theo dõi, báo cáo kết quả.', ''].join('\n');
    const markdown = ['**KẾ HOẠCH**  ', '**Triển khai công tác năm 2025**', '', ...Array.from({ length: 60 }, (_, i) => section(i + 1))].join('\n');
    const input = stripMarks(markdown);
    expect(input.length).toBeGreaterThan(WINDOWED.pieceChars * 4);
    const whole = await run(input, { format: 'md' });
    const streamed = await run(input, { format: 'md', ...WINDOWED });
    expect(streamed.output).toBe(whole.output);
    expect(streamed.output).not.toContain('\\*');
    expect(streamed.output!.split('\n')).toHaveLength(input.split('\n').length);
    expect(streamed.output).toContain('## **7. Kết quả thực hiện nhiệm vụ**');
  });
});
