import type { Footnote, LineFeatures, RemovedLine, Zone } from './types.js';
import type { StructureData } from './structure-data.js';
import type { RefCandidate } from './footnote-marks.js';
import { findRefCandidates, quotationOpenAfter, readNoteMark } from './footnote-marks.js';
import { FULL_LINE_RATIO } from './line-features.js';
import { foldText } from './fold.js';


/** What {@link findFootnotes} returns. */
export interface FootnoteResult {
  footnotes: Footnote[];
  /** Linked references by line, for the block builder to cut the marks out of the text. */
  refs: Map<number, Array<RefCandidate & { label: string }>>;
  /** Lines of the notes, moved out of the flow. */
  noteLines: Set<number>;
  /** Rules drawn above the notes, and page numbers OCR garbled under them ("59." for "- 2 -"). */
  rules: RemovedLine[];
  /** Note-like lines at a page foot that no reference points to. */
  unmatched: number[];
}

/** A quotation runs on over at most this many lines of its paragraph. */
const QUOTE_LINES = 3;

/** A note holds at most this many lines (measured: notes of administrative reports run 1–4 lines). */
const MAX_NOTE_LINES = 6;

/**
 * Link footnote marks glued to words in the body ("nhân dân2", "mới®", "Chỉ thị¹") to the notes at
 * the foot of the page that start with the same mark, or a garbled form of it.
 * @param features line features
 * @param zones zone of each line
 * @param breaks line numbers where pages end
 * @param data structure phrase lists (footnote marks, superscripts, rule characters)
 * @returns the footnotes in order of reference, the references and note lines to take out of the flow
 */
export function findFootnotes(features: LineFeatures[], zones: Zone[], breaks: number[], data: StructureData): FootnoteResult {
  const result: FootnoteResult = { footnotes: [], refs: new Map(), noteLines: new Set(), rules: [], unmatched: [] };
  // A note needs a line to refer to and a line of its own.
  if (features.filter((f) => !f.blank).length < 2) return result;
  const found = findNotes(features, zones, breaks, data);
  const notes = found.notes;
  if (notes.length === 0) return result;
  breaks = [...breaks, ...found.breaks].sort((a, b) => a - b);
  const debris = found.debris.map((line): RemovedLine => ({ line, text: features[line - 1].raw, reason: 'page-number' }));
  // A quotation open at the start of each line of a paragraph (for a few lines: OCR may leave one open).
  let open = false;
  let openLines = 0;
  const all = features.flatMap((f, i) => {
    const found = zones[i] === 'body' || zones[i] === 'title' ? findRefCandidates(f, data, features[i - 1], features[i + 1], open) : [];
    open = !f.blank && quotationOpenAfter(f.text, open) && ++openLines <= QUOTE_LINES;
    if (!open) openLines = 0;
    return found;
  });
  // A weak reading that recurs as a word ("x4" for xã, "s6" for số) is that word, not word and mark.
  const words = wordCounts(features, zones);
  const candidates = all.filter((c) => !c.weak || c.word === undefined || (words.get(markedWord(features, c)) ?? 0) < 2);
  const links: Array<{ note: Note; ref: RefCandidate }> = [];
  const pageStartOf = (note: Note) => Math.max(0, ...breaks.filter((b) => b < note.start));
  const usable = (c: RefCandidate, note: Note) => c.line < note.start && !isInNote(c.line, notes) && !!c.bracketed === !!note.bracketed;
  // "[1]" notes stand anywhere after their reference: each takes the last bracketed mark before it.
  const used = new Set<RefCandidate>();
  for (const note of notes.filter((n) => n.bracketed)) {
    const ref = pickLast(candidates, (c) => !used.has(c) && usable(c, note) && sameMark(c, note));
    if (ref) {
      used.add(ref);
      links.push({ note, ref });
    } else result.unmatched.push(note.start);
  }
  // The other notes come in the order of their references: align the two sequences, so that a
  // lost or an extra mark shifts no other note onto the wrong reference.
  const plain = notes.filter((n) => !n.bracketed);
  const refs = candidates.filter((c) => !c.bracketed);
  const markCounts = new Map<string, number>();
  for (const c of refs) if (c.value === undefined) markCounts.set(c.mark, (markCounts.get(c.mark) ?? 0) + 1);
  const generic = new Set([...markCounts].filter(([, n]) => n >= 2).map(([mark]) => mark));
  const pairScore = plain.map((note) => {
    const pageStart = pageStartOf(note);
    return refs.map((c, j) => linkScore(c, note, usable(c, note), c.line > pageStart, j, generic));
  });
  const bodyLines = features.filter((f, i) => zones[i] === 'body' && !f.blank && !isInNote(f.line, notes)).map((f) => f.line);
  // (Read only when lost marks leave a choice, and once per line.)
  let lineCounts: Map<string, number> | undefined;
  // On how many body lines a folded phrase stands (the body's lines folded once, when first asked).
  let foldedLines: string[] | undefined;
  const phraseCounts = new Map<string, number>();
  const phraseLines = (phrase: string): number => {
    foldedLines ??= bodyLines.map((l) => ` ${foldText(features[l - 1].text.toLowerCase()).split(/[^\p{L}\d%]+/u).filter(Boolean).join(' ')} `);
    let n = phraseCounts.get(phrase);
    if (n === undefined) phraseCounts.set(phrase, (n = foldedLines.filter((line) => line.includes(` ${phrase} `)).length));
    return n;
  };
  const rareWordLines = (): Map<string, number> => {
    if (!lineCounts) {
      lineCounts = new Map();
      for (const l of bodyLines) for (const w of new Set(foldedWords(features[l - 1].text))) lineCounts.set(w, (lineCounts.get(w) ?? 0) + 1);
    }
    return lineCounts;
  };
  const fits = (note: Note, ref: RefCandidate) => pairScore[plain.indexOf(note)][refs.indexOf(ref)] > 0;
  // The choice among placements asks the same note and reference again for every placement it tries.
  const aligned = placeLostMarks(alignNotes(plain, refs, pairScore), bodyLines, pageStartOf, {
    fits,
    echoes: perPair((note, ref) => echoesNote(features, ref, note, phraseLines)),
    likeness: perPair((note, ref) => sharedRareWords(features, ref, note, rareWordLines())),
    names: (note, ref) => sameMark(ref, note) && !generic.has(ref.mark),
  });
  const placed = placeLostMarksByEcho(features, aligned, bodyLines, pageStartOf);
  for (const { note, ref } of aligned) {
    if (ref) links.push({ note, ref });
    else result.unmatched.push(note.start);
  }
  // The page number under notes that a reference confirms goes with the page break.
  for (const d of debris) if (links.some(({ note }) => note.end < d.line && d.line - note.end <= 2)) result.rules.push(d);
  links.sort((a, b) => a.ref.line - b.ref.line || a.ref.offset - b.ref.offset);
  links.forEach(({ note, ref }, i) => {
    const label = String(i + 1);
    result.footnotes.push({
      label,
      refMark: ref.mark,
      noteMark: note.mark,
      text: note.text,
      refLine: ref.line,
      lines: [note.start, note.end],
      ...(placed.has(note) ? { confidence: PLACED_REF_CONFIDENCE } : {}),
    });
    result.refs.set(ref.line, [...(result.refs.get(ref.line) ?? []), { ...ref, label }]);
    for (let line = note.start; line <= note.end; line++) result.noteLines.add(line);
    if (note.rule !== undefined && !result.rules.some((r) => r.line === note.rule)) {
      result.rules.push({ line: note.rule, text: features[note.rule - 1].raw, reason: 'footnote-rule' });
    }
  });
  return result;
}

/** A judgement of a note and a reference, made once per pair. */
function perPair<T>(judge: (note: Note, ref: RefCandidate) => T): (note: Note, ref: RefCandidate) => T {
  const seen = new Map<Note, Map<RefCandidate, T>>();
  return (note, ref) => {
    let byRef = seen.get(note);
    if (!byRef) seen.set(note, (byRef = new Map()));
    if (!byRef.has(ref)) byRef.set(ref, judge(note, ref));
    return byRef.get(ref)!;
  };
}

/** How often each word (without the punctuation after it) occurs in the body. */
function wordCounts(features: LineFeatures[], zones: Zone[]): Map<string, number> {
  const counts = new Map<string, number>();
  features.forEach((f, i) => {
    if (zones[i] !== 'body' && zones[i] !== 'title') return;
    for (const w of f.text.split(/\s+/)) {
      const word = w.replace(/[.,;:!?"”)]+$/, '');
      if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  });
  return counts;
}

/** The word a candidate's mark ends, from its start through the mark. */
function markedWord(features: LineFeatures[], c: RefCandidate): string {
  const start = Number(c.word!.split(':')[1]);
  return features[c.line - 1].text.slice(start, c.offset + c.length);
}

/**
 * Marks that say the same: of the same number, or equal without their brackets ("(*)" and "*"). A
 * bracket alone, what OCR leaves of any "⁽ⁿ⁾", names no note.
 */
function sameMark(c: RefCandidate, note: Note): boolean {
  if (c.value !== undefined && c.value === note.value) return true;
  // (Brackets aside, and a speck the scan left before a note's mark: "_ ©" is "©".)
  const bare = (mark: string) => mark.replace(/[()[\]_\s]/g, '');
  return (c.value !== undefined || note.value === undefined) && bare(c.mark) !== '' && bare(c.mark) === bare(note.mark);
}

/**
 * How well a reference candidate fits a note (0: it cannot be its reference). A mark of the note's
 * number glued to a word is the best evidence, wherever it stands; on the note's page only, a garbled
 * mark glued to a word before punctuation ("két*."), which says nothing of its number, then one of the
 * note's number glued to a code or a figure ("b4" may be bá, "20252" is 2025 and a mark), then a
 * garbled mark inside a phrase ("lugt' và"), then one after a figure ("6,2%!") or a u/o ("cu’", a
 * split horn). A garbled mark shaped like the note's number ("!" for ¹, "?" for ²) fits it a little
 * better. Among equals, a numbered mark closer to the note and a garbled one earlier wins.
 * @param at the candidate's index among the document's candidates, for the tie-breaks
 */
function linkScore(c: RefCandidate, note: Note, usable: boolean, onPage: boolean, at: number, generic: Set<string>): number {
  // Integer scores, so that equal alignments tie exactly (the walk back then leaves the earlier note
  // unlinked: a lost mark); the place only breaks ties between candidates of one kind.
  const unit = 1 << 20;
  if (!usable) return 0;
  // A garble that OCR made of several marks ("®" for ⁽¹⁾, ⁽²⁾ and ⁽³⁾) says no more than any garble.
  if (sameMark(c, note) && !(c.value === undefined && generic.has(c.mark))) {
    // (A garbled sign names its note best on the note's page: notes stand at the foot of their page.
    // Of two marks of the note's number, one written as the note writes its own, "(4)" and "(4)", best.)
    if (!c.weak) return (c.value !== undefined ? 12 : onPage ? 8 : 7) * unit + (c.value !== undefined && c.mark === note.mark ? unit / 2 : 0) + at;
    // (Read weakly, the note's own number still says more than a garbled sign inside a phrase.)
    return onPage ? 4.5 * unit + at : 0;
  }
  if (c.value !== undefined && note.value !== undefined) return 0;
  // A digit glued to a short stem ("h6" for hộ) is evidence only when it is the note's number.
  if (c.value !== undefined && c.weak) return 0;
  if (!onPage) return 0;
  // A garbled mark before punctuation ends a phrase, where notes are referenced ("dinh®.", "2024?,");
  // inside a phrase it is more likely a garbled letter ("Căn ct? Nghị định").
  return (c.weak ? 2 : c.beforeStop ? 5 : 4) * unit + (glyphFits(c, note) ? unit / 2 : 0) - at;
}

/**
 * A garbled mark shaped like the note's number: a stroke for ¹ ("!", "|", "l"), a hook for ² ("?").
 */
function glyphFits(c: RefCandidate, note: Note): boolean {
  return (note.value === 1 && /^[!|l]$/.test(c.mark)) || (note.value === 2 && c.mark === '?');
}

/**
 * Link notes to references in order: the best-scoring monotone alignment (each note to a later
 * reference than the note before it, or to none), by dynamic programming over notes × candidates.
 * Candidates read from one word (`word`) are used once.
 */
function alignNotes(notes: Note[], refs: RefCandidate[], score: number[][]): Array<{ note: Note; ref?: RefCandidate }> {
  const n = notes.length;
  const m = refs.length;
  const next = refs.map((c, j) => {
    let k = j + 1;
    while (k < m && c.word !== undefined && refs[k].word === c.word) k++;
    return k;
  });
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    best[i][m] = 0;
    for (let j = m - 1; j >= 0; j--) {
      const take = score[i][j] > 0 ? score[i][j] + best[i + 1][next[j]] : 0;
      best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], take);
    }
  }
  const out: Array<{ note: Note; ref?: RefCandidate }> = [];
  let i = 0;
  let j = 0;
  while (i < n) {
    if (j >= m || best[i][j] === best[i + 1][j]) {
      out.push({ note: notes[i] });
      i++;
    } else if (best[i][j] === best[i][j + 1]) j++;
    else {
      out.push({ note: notes[i], ref: refs[j] });
      j = next[j];
      i++;
    }
  }
  return out;
}

/** What {@link placeLostMarks} asks of a note and a reference. */
interface LinkJudge {
  /** The note may take the reference. */
  fits: (note: Note, ref: RefCandidate) => boolean;
  /** The words before the reference open the note. */
  echoes: (note: Note, ref: RefCandidate) => boolean;
  /** How many rare words the text around the reference shares with the note. */
  likeness: (note: Note, ref: RefCandidate) => number;
  /** The reference's garbled mark is the note's own, and no other reference's. */
  names: (note: Note, ref: RefCandidate) => boolean;
}

/**
 * Notes left unlinked (their marks lost) before notes of one page linked to garbled marks could as
 * well be any notes of the run: the garbled marks say nothing of their numbers, and the alignment scores
 * are equal. The lost marks stood somewhere between the references around them, on the notes' page and
 * before the notes: keep the garbled references in order and give them to the notes that leave the
 * lost marks their likeliest places, marks spread evenly over the page's text (u marks lost in a
 * stretch of g lines: g^u / u!). For one lost mark, the stretch between references furthest apart.
 * A mark shaped like a note's number, or after the words its note starts with, goes to that note; one
 * among rare words the note repeats leans to it.
 * @param bodyLines the body's lines of text, outside the notes
 * @param pageStartOf the line where a note's page starts (0 on the first page)
 * @param judge whether a note may take a reference, whether its words open the note, and whether its
 *   garbled mark names the note
 */
function placeLostMarks(aligned: Array<{ note: Note; ref?: RefCandidate }>, bodyLines: number[], pageStartOf: (note: Note) => number, judge: LinkJudge): Array<{ note: Note; ref?: RefCandidate }> {
  const { fits, echoes } = judge;
  const out = aligned.map((a) => ({ ...a }));
  // (A garbled mark equal to its note's, "®" and "®)", says which note it is: it is not moved. Unless
  // OCR made it of several marks of the page.)
  const open = (a: { note: Note; ref?: RefCandidate }) => !a.ref || (a.ref.value === undefined && !judge.names(a.note, a.ref));
  for (let i = 0; i < out.length; i++) {
    // The alignment leaves the earlier notes unlinked when the scores tie: the run of the page's notes
    // with garbled marks around an unlinked one may be such a tie, the lost mark as likely before
    // them as after; any other unlinked note the scores decided.
    if (out[i].ref) continue;
    const page = pageStartOf(out[i].note);
    while (i > 0 && out[i - 1].ref && open(out[i - 1]) && pageStartOf(out[i - 1].note) === page) i--;
    let k = i;
    while (k + 1 < out.length && open(out[k + 1]) && pageStartOf(out[k + 1].note) === page) k++;
    const run = out.slice(i, k + 1);
    const refs = run.flatMap((a) => (a.ref ? [a.ref] : []));
    const first = i;
    i = k;
    if (refs.length === 0 || refs.length === run.length) continue;
    // The stretch where the run's marks stand: from the reference before it (or the page's first line
    // of text) to the one after it (or the last line before the notes).
    const pageLines = bodyLines.filter((l) => l > page && l < run[run.length - 1].note.start);
    const firstLine = pageLines[0] ?? bodyLines[0] ?? 1;
    const lastLine = pageLines[pageLines.length - 1] ?? firstLine;
    const low = Math.max(firstLine, (first > 0 ? out[first - 1].ref?.line : undefined) ?? 0);
    const high = Math.min(lastLine, (k + 1 < out.length ? out[k + 1].ref?.line : undefined) ?? Infinity);
    const logFactorial = (n: number): number => (n <= 1 ? 0 : Math.log(n) + logFactorial(n - 1));
    const likelihood = (picked: number[]): number => {
      let total = 0;
      for (let s = 0; s <= picked.length; s++) {
        const lost = (s === picked.length ? run.length : picked[s]) - (s === 0 ? 0 : picked[s - 1] + 1);
        const gap = (s === picked.length ? high : refs[s].line) - (s === 0 ? low : refs[s - 1].line);
        total += lost * Math.log(Math.max(gap, 0.5)) - logFactorial(lost);
        if (s < picked.length && glyphFits(refs[s], run[picked[s]].note)) total += 2;
        if (s < picked.length && echoes(run[picked[s]].note, refs[s])) total += 3;
        if (s < picked.length) total += LIKENESS_WEIGHT * judge.likeness(run[picked[s]].note, refs[s]);
      }
      return total;
    };
    // The alignment's choice stands unless another is likelier.
    let best = run.flatMap((a, p) => (a.ref ? [p] : []));
    let bestScore = likelihood(best);
    const choose = (from: number, picked: number[]): void => {
      if (picked.length === refs.length) {
        const score = likelihood(picked);
        if (score > bestScore + 1e-9) {
          bestScore = score;
          best = picked;
        }
        return;
      }
      for (let p = from; p <= run.length - (refs.length - picked.length); p++) {
        if (fits(run[p].note, refs[picked.length])) choose(p + 1, [...picked, p]);
      }
    };
    if (run.length <= 12) choose(0, []);
    run.forEach((a, p) => {
      const r = best.indexOf(p);
      out[first + p].ref = r >= 0 ? refs[r] : undefined;
    });
  }
  return out;
}

/**
 * The two words before a reference's mark open its note ("30% chi phí³ và" and "³ Chi phí chuyển
 * giao ..."): a note explains the term it is marked on. (Words found further into a note say less:
 * a note often repeats a phrase of the page, "tay chân miệng" in a note that cites a guide to the
 * disease.) Tones are ignored, as OCR loses them.
 */
function echoesNote(features: LineFeatures[], ref: RefCandidate, note: Note, phraseLines: (phrase: string) => number): boolean {
  const line = features[ref.line - 1];
  const before = `${ref.offset < 20 && ref.line > 1 ? features[ref.line - 2].text : ''} ${line.text.slice(0, ref.offset)}`;
  const opening = ` ${foldText(note.text.toLowerCase()).split(/[^\p{L}\d%]+/u).filter(Boolean).slice(0, 6).join(' ')} `;
  // (Words the text repeats on many lines, its subject, name no one place: "lý lịch tư pháp".)
  const echoes = (words: string[]): boolean => words.length === 2 && words.join('').length >= 4 && opening.includes(` ${words.join(' ')} `) && phraseLines(words.join(' ')) <= ECHO_PHRASE_LINES;
  const words = foldText(before.toLowerCase()).split(/[^\p{L}\d%]+/u).filter(Boolean);
  // Or the kind of document the mark stands after the number of ("Nghị quyết số 09/NQ-HĐND®" and
  // "⁽⁵⁾ Nghị quyết của Hội đồng nhân dân xã ...").
  const cited = /(\S+)\s+(\S+)\s+(?:số\s+)?\d[\d/.]*[-/][\p{Lu}Đ/-]+\s*$/u.exec(before);
  if (echoes(words.slice(-2)) || (cited !== null && echoes([cited[1], cited[2]].map((w) => foldText(w.toLowerCase()))))) return true;
  // Or the document the clause the mark ends cites, where the note opens with its kind: "Căn cứ Thông
  // tư số 09/2021/TT-BTP ... hướng dẫn thi hành ...®;" and "(2) Thông tư hướng dẫn cách cho điểm ...".
  const clause = ` ${clauseBefore(features, ref).join(' ')} `;
  const head = opening.trim().split(' ').slice(0, 2);
  return head.length === 2 && /^\p{L}+$/u.test(head.join('')) && clause.includes(` ${head.join(' ')} so `);
}

/** Two words that open a note echo a reference's words only when the body has them on at most this many lines. */
const ECHO_PHRASE_LINES = 3;

/** The words of the clause a reference's mark ends, back to the stop before it (within a few lines of its paragraph), folded. */
function clauseBefore(features: LineFeatures[], ref: RefCandidate): string[] {
  let text = features[ref.line - 1].text.slice(0, ref.offset);
  for (let line = ref.line - 1; line >= 1 && line >= ref.line - 3 && !/[;:]|\.(?:\s|$)/.test(text); line--) {
    const f = features[line - 1];
    if (f.blank) break;
    text = `${f.text} ${text}`;
  }
  const stops = [...text.matchAll(/[;:]|\.(?=\s)/g)];
  const from = stops.length ? stops[stops.length - 1].index! + 1 : 0;
  return foldText(text.slice(from).toLowerCase()).split(/[^\p{L}\d%]+/u).filter(Boolean);
}

/** The words of a text, folded, of two letters or more. */
function foldedWords(text: string): string[] {
  return foldText(text.toLowerCase()).split(/[^\p{L}\d]+/u).filter((w) => w.length >= 2);
}

/** A word on at most this many lines of the body is rare: it names what a note may explain. */
const RARE_WORD_LINES = 2;
/** What each rare word a note shares with the lines around a reference adds to the log-likelihood of that link, */
const LIKENESS_WEIGHT = 1;
/** up to this many words (a note on a disease repeats its name, "tay chân miệng", wherever it is marked). */
const LIKENESS_WORDS = 2;

/**
 * How many rare words of the body the note's opening (its first fifteen words) shares with the lines
 * around the reference (the line before, its own, the line after): a note tends to repeat a name or a
 * figure of the sentence it is marked in. Weak alone, it tells two notes apart for one garbled mark.
 * @param lineCounts on how many body lines each folded word stands
 */
function sharedRareWords(features: LineFeatures[], ref: RefCandidate, note: Note, lineCounts: Map<string, number>): number {
  const around = new Set([
    ...(ref.line > 1 ? foldedWords(features[ref.line - 2].text) : []),
    ...foldedWords(features[ref.line - 1].text),
    ...(ref.line < features.length ? foldedWords(features[ref.line].text) : []),
  ]);
  let n = 0;
  for (const w of new Set(foldedWords(note.text).slice(0, 15))) if (around.has(w) && (lineCounts.get(w) ?? 0) <= RARE_WORD_LINES) n++;
  return Math.min(n, LIKENESS_WORDS);
}

/** A lost mark is placed where the text repeats this many of its note's words in a row, */
const ECHO_WORDS = 3;
/** with this many letters and digits in them. */
const ECHO_LETTERS = 8;
/** How sure a reference so placed is (measured: see fixtures/structure/README.md). */
const PLACED_REF_CONFIDENCE = 0.5;

/**
 * Notes still unlinked after the alignment, their marks lost outright: where a sentence of the text
 * between the references around the note (on its page) ends in words the note repeats, three or more
 * in a row and found once in the text ("... do Bộ Y tế ban hành." and "⁵ Thông tư số 07/2024/TT-BYT do
 * Bộ Y tế ban hành ..."), the mark stood at the end of that sentence. A note explains what it is
 * marked on, often in the same words. Where two places echo the note as well, neither is taken.
 * @returns the notes given a reference so placed
 */
function placeLostMarksByEcho(features: LineFeatures[], aligned: Array<{ note: Note; ref?: RefCandidate }>, bodyLines: number[], pageStartOf: (note: Note) => number): Set<Note> {
  const placed = new Set<Note>();
  const words = (text: string): string[] => foldText(text.toLowerCase()).split(/[^\p{L}\d%.,/-]+/u).map((w) => w.replace(/^[.,/-]+|[.,/-]+$/g, '')).filter(Boolean);
  const isBody = new Set(bodyLines);
  // Each word end of a body line, with the words up to it (from the line before too): read once, for
  // every note that looks at the line.
  const endsOf = new Map<number, Array<{ end: number; upTo: string[] }>>();
  const wordEnds = (line: number): Array<{ end: number; upTo: string[] }> => {
    let ends = endsOf.get(line);
    if (!ends) {
      const text = features[line - 1].text;
      const before = line > 1 && isBody.has(line - 1) ? words(features[line - 2].text) : [];
      ends = [...text.matchAll(/[\p{L}\d%)”"]+(?=[\s.,;:]|$)/gu)].map((m) => {
        const end = m.index! + m[0].length;
        return { end, upTo: [...before, ...words(text.slice(0, end))] };
      });
      endsOf.set(line, ends);
    }
    return ends;
  };
  // The text's words, read only when a note's words are found in it.
  let body: string | undefined;
  const onceInText = (phrase: string[]): boolean => {
    body ??= ` ${bodyLines.map((l) => words(features[l - 1].text).join(' ')).join(' ')} `;
    return body.split(` ${phrase.join(' ')} `).length === 2;
  };
  aligned.forEach((a, i) => {
    if (a.ref) return;
    const linkedBefore = pickLast(aligned.slice(0, i), (b) => b.ref !== undefined)?.ref;
    const linkedAfter = aligned.slice(i + 1).find((b) => b.ref !== undefined)?.ref;
    const low = Math.max(pageStartOf(a.note), (linkedBefore?.line ?? 0) - 1);
    const high = Math.min(a.note.start - 1, linkedAfter?.line ?? Infinity);
    const note = ` ${words(a.note.text).join(' ')} `;
    let best: { line: number; offset: number; length: number } | undefined;
    let tied = false;
    for (const line of bodyLines) {
      if (line <= low || line > high) continue;
      for (const { end, upTo } of wordEnds(line)) {
        let n = 0;
        while (n < upTo.length && note.includes(` ${upTo.slice(upTo.length - n - 1).join(' ')} `)) n++;
        const echo = upTo.slice(upTo.length - n);
        if (n < ECHO_WORDS || echo.join('').length < ECHO_LETTERS || !onceInText(echo)) continue;
        if (!best || n > best.length) {
          best = { line, offset: end, length: n };
          tied = false;
        } else if (n === best.length && line !== best.line) tied = true;
      }
    }
    if (!best || tied) return;
    // The end of the sentence or clause (a comma, not one inside a figure) the echo ends in, on its
    // line or one of the next two.
    let { line, offset } = best;
    for (let moved = 0; ; moved++) {
      const text = features[line - 1].text;
      const stop = /[;:!?]|[.,](?!\d)/.exec(text.slice(offset));
      if (stop) {
        offset += stop.index;
        break;
      }
      if (moved === 2 || !isBody.has(line + 1) || line + 1 > high || features[line].marker !== undefined) {
        offset = text.length;
        break;
      }
      line++;
      offset = 0;
    }
    a.ref = { line, offset, length: 0, mark: '' };
    placed.add(a.note);
  });
  return placed;
}

interface Note {
  start: number;
  end: number;
  mark: string;
  value?: number;
  text: string;
  /** Line of the rule above the notes, if any. */
  rule?: number;
  /** "[1]": a bracketed mark, linked only to a bracketed reference. */
  bracketed?: boolean;
}

function isInNote(line: number, notes: Note[]): boolean {
  return notes.some((n) => line >= n.start && line <= n.end);
}

function pickLast<T>(items: T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return items[i];
  return undefined;
}

/**
 * Notes: runs of lines at the foot of a page (just before a page break, or after a rule, or at the
 * end of the body) whose first line starts with a mark.
 */
function findNotes(features: LineFeatures[], zones: Zone[], breaks: number[], data: StructureData): { notes: Note[]; breaks: number[]; debris: number[] } {
  const notes: Note[] = [];
  const result = { notes, breaks: [] as number[], debris: [] as number[] };
  const isRule = (f: LineFeatures): boolean => f.text.length >= 3 && [...f.text].every((c) => data.footnoteRuleChars.includes(c));
  const breakSet = new Set(breaks);
  const endsPage = (k: number): boolean => breakSet.has(features[k].line) || zones[k] === 'removed';
  const starLines = features.filter((f, i) => zones[i] === 'body' && STAR_REF.test(f.text)).map((f) => f.line);
  // The last run of notes that was not found at a page foot.
  let pending: { notes: Note[]; end: number } | undefined;
  for (let i = 0; i < features.length; i++) {
    if (zones[i] !== 'body' && zones[i] !== 'closing') continue;
    // (Notes whose marks OCR garbled count for their numbers: after two, the next is the third.)
    const lastNote = notes[notes.length - 1]?.value ?? (notes.length > 0 ? notes.length : undefined);
    // The marks a run's next note may have, then those a first note may have (a number glued to its
    // word, numbered 1), then the forms only the note after it confirms.
    const underSignature = zones[i] === 'closing' && lastNote !== undefined;
    const read =
      misreadUnderSignature(features, zones, i, lastNote) ??
      (underSignature ? figureGluedMark(features, i, lastNote + 1, data, true) ?? commaMark(features[i].text, lastNote + 1) : undefined) ??
      noteMarkInRun(features[i].text, lastNote, data) ??
      (lastNote === undefined ? gluedMark(features[i].text, 1) : undefined) ??
      letterMark(features, i, (lastNote ?? 0) + 1, data) ??
      (lastNote === undefined ? undefined : figureGluedMark(features, i, lastNote + 1, data)) ??
      spaceLeftOfMark(features, i);
    const dashed = read ? undefined : starAsDash(features, i, starLines, zones[i] === 'closing');
    const mark = read ?? dashed;
    if (!mark) continue;
    // A bullet that is also a garbled note mark ("+ Theo ...") goes on a list when the line before
    // opens one or is an item of the same bullet: "+ Đẩy nhanh ...;" after "... chỉ đạo:".
    if (mark.value === undefined && features[i].marker?.kind === 'bullet' && continuesList(features, i)) continue;
    // A number then a word in lower case, on the line after a full line of text, ends that
    // paragraph ("... định kỳ trước ngày" + "20 hằng tháng."); a note starts with a capital.
    const previous = features[i - 1];
    const goesOn = previous && !previous.blank && zones[i - 1] === 'body' && previous.lengthRatio >= FULL_LINE_RATIO && !previous.endsWithStop;
    if (goesOn && mark.value !== undefined && /^\p{Ll}/u.test(features[i].text.slice(mark.length).trim())) continue;
    // So does one that numbers on from no note before it, after a blank line OCR put inside the
    // paragraph ("... chủ trì rà soát" + "" + "9 tổ hòa giải hiện có"), unless the next note numbers on
    // from the one it should have been (a misread "17 wat s6" for "¹ Luật số", then "2").
    const expected = (lastNote ?? 0) + 1;
    if (!read?.bracketed && mark.value !== undefined && mark.value !== expected && /^\p{Ll}/u.test(features[i].text.slice(mark.length).trim()) && !nextNoteNumbersOn(features, i, expected, data)) continue;
    // "[1] ..." notes of a document published on the web stand anywhere after their reference (often
    // after the signature), and a superscript number never starts a line of running text: neither
    // needs the page foot. Such a note runs on over the lines its margin wrapped.
    // So does a numbered note after the signature, the last page's foot, that goes on from the notes
    // before it.
    // And a note whose mark OCR garbled into signs ("© Luật số ...", "®@ Về ...", "© 820 triệu đồng"),
    // which no recipient or signature line starts with.
    const afterClosing =
      zones[i] === 'closing' &&
      ((mark.value !== undefined && mark.value === (lastNote ?? -1) + 1) ||
        // (Or the one after it, when OCR lost that note's number and the next note numbers on: "4 Bằng
        // 7% ..." then "5 Bảo hiểm ..." after note 2.)
        (mark.value !== undefined && lastNote !== undefined && mark.value === lastNote + 2 && nextNoteNumbersOn(features, i, mark.value, data)) ||
        // (The first note of the document there when the next numbers on: "1 Theo ...", "2 Gồm ...".)
        (lastNote === undefined && mark.value === 1 && nextNoteNumbersOn(features, i, 1, data)) ||
        // (Or the count of the notes so far, where OCR misread a number before, "8" for ³, when the next
        // note numbers on: "4 Danh sách ..." then "5 Theo dự toán ...".)
        (mark.value !== undefined && mark.value === notes.length + 1 && nextNoteNumbersOn(features, i, mark.value, data)) ||
        dashed !== undefined ||
        // "(3) Việc ..." under the signature: no recipient or signature line starts with a number in
        // brackets, whatever number OCR read in it (nor with "‘8)" for "⁽⁵⁾").
        (/^[(‘'`]\d{1,2}\)$/.test(mark.mark) && /^\S+\s+\p{Lu}/u.test(features[i].text)) ||
        (mark.value === undefined && (features[i].marker === undefined || mark.length > features[i].marker!.label.length) && /^[^\p{L}\p{N}]+$/u.test(mark.mark) && /^\s+[\p{Lu}\d$]/u.test(features[i].text.slice(mark.length))) ||
        // (A star too, that a bullet of no recipient list reads, where a star stands glued to a word of
        // the text: "* Các hộ gia đình ..." under the signature, for "(dién thoai, ...)*".)
        (/^\*{1,3}$/.test(mark.mark) && starLines.some((l) => l < features[i].line) && /^\s+\p{Lu}/u.test(features[i].text.slice(mark.length))) ||
        /^\(?$/.test(mark.mark));
    if (mark.bracketed || data.superscriptDigits.includes(features[i].text[0]) || afterClosing) {
      let j = i + 1;
      // (A line the margin cut short goes on too when the next starts in lower case or with a figure:
      // "... ngày" + "20/5/2025 của Ủy ban nhân dân xã.")
      // (A "[n]" note's next one is bracketed too: a plain number there is its text wrapped, "... và
      // Điều" + "6 Luật Tín ngưỡng, tôn giáo.")
      const startsNote = (text: string): boolean => {
        const next = readNoteMark(text, data);
        return next !== undefined && (!mark.bracketed || next.bracketed === true);
      };
      // (Not into a numbered heading: "3. Kiến nghị sau giám sát" after a note OCR cut short.)
      while (j < features.length && j - i < MAX_NOTE_LINES && !features[j].blank && !startsNote(features[j].text) && !startsHeading(features[j]) && (features[j - 1].lengthRatio >= FULL_LINE_RATIO || /^[\p{Ll}\d]/u.test(features[j].text)) && !features[j - 1].endsWithStop) j++;
      let text = features[i].text.slice(mark.length).trim();
      for (let k = i + 1; k < j; k++) text = joinNoteText(text, features[k].text);
      const rule = i > 0 && isRule(features[i - 1]) ? features[i - 1].line : undefined;
      notes.push({ start: features[i].line, end: features[j - 1].line, mark: mark.mark, value: mark.value, text, ...(mark.bracketed ? { bracketed: true } : {}), ...(rule ? { rule } : {}) });
      i = j - 1;
      continue;
    }
    if (zones[i] !== 'body') continue;
    // Gather this note's lines and any notes after it, up to the page foot. A note's wrapped lines
    // follow a full line; after a short finished line, only another note goes on the run (the text
    // of the next page may follow the notes with no blank line between).
    const run: number[] = [i];
    const marks = new Map<number, NoteMark>([[i, mark]]);
    let lastValue = mark.value;
    // The run's marks so far are all signs OCR made of them, no number among them.
    let signs = isSignMark(mark);
    const markOfRun = (at: number, wrapped: boolean): NoteMark | undefined => nextMarkOfRun(features, at, lastValue, data, wrapped, endsPage, signs);
    let j = i + 1;
    let k = j;
    for (;;) {
      while (j < features.length && zones[j] === 'body' && !features[j].blank && run.length < MAX_NOTE_LINES * 3) {
        if (isRule(features[j])) break;
        // A number that starts the line after a full one is the note's text wrapped ("của Hội nghị
        // Trung ương" + "11 khóa XIII."), unless it is the next note's number; a figure that starts
        // with that number is the text wrapped all the same ("... từ 38.000 đến" + "45.000 đồng").
        const wrapped = features[j - 1].lengthRatio >= FULL_LINE_RATIO && !features[j - 1].endsWithStop;
        let m = markOfRun(j, wrapped);
        if (m && wrapped && m.value !== undefined && m.value !== (lastValue ?? -1) + 1) m = undefined;
        // Nor is a number that does not go on from the note before when a word in lower case follows
        // it: a count in the note's text ("... 126 phòng;" + "17 cơ sở tập trung tại thôn ...").
        // (Where the marks so far are garbled, from their count: "® Trang thiết bị ...;" + "14 hòm lạnh".)
        const counted = lastValue ?? notes.length + marks.size;
        if (m?.value !== undefined && m.value !== counted + 1 && /^\p{Ll}/u.test(features[j].text.slice(m.length).trim())) m = undefined;
        // After a finished sentence, a short line ends the note, and so does a line in lower case
        // (a note's next sentence starts with a capital; the page's text goes on in lower case).
        // (A clause a semicolon ends goes on in lower case: "... huyện;" + "không tính 3 hợp tác xã".)
        // (A clause a semicolon ends goes on, in a capital too: "... Quy chế giám sát;" + "Quyết định số
        // 218-QĐ/TW quy định ...": a note's list.)
        const ended = features[j - 1].endsWithStop && !/;$/.test(features[j - 1].text) && (features[j - 1].lengthRatio < FULL_LINE_RATIO || features[j].startsLower);
        // (A numbering alone on a line after a full one is the note's text wrapped: "... tại khoản 2" +
        // "Điều 3.")
        const bareLabel = wrapped && features[j].marker !== undefined && features[j].text.trim() === features[j].marker!.label.trim();
        if (!m && ((features[j].marker !== undefined && !bareLabel) || ended)) break;
        if (m) {
          marks.set(j, m);
          lastValue = m.value;
          signs &&= isSignMark(m);
        }
        run.push(j);
        j++;
      }
      k = j;
      while (k < features.length && features[k].blank) k++;
      // OCR may leave blank lines between the notes of one page foot: the next note goes on the run.
      const next = k > j && k < features.length && zones[k] === 'body' ? markOfRun(k, false) : undefined;
      if (next && run.length < MAX_NOTE_LINES * 3) {
        j = k;
        continue;
      }
      // And inside a note: a line in lower case after the note's full, unfinished line goes on with
      // the note when the text before the notes ended its sentence (no paragraph waits for it).
      const wraps = k > j && k < features.length && zones[k] === 'body' && features[k].startsLower && features[j - 1].lengthRatio >= FULL_LINE_RATIO && !features[j - 1].endsWithStop;
      if (wraps && bodyEnded(features, i) && run.length < MAX_NOTE_LINES * 3) {
        j = k;
        continue;
      }
      // So does a note's clause a semicolon ended, when the lines after the blank end the page ("... từ
      // 30 ngày trở lên;" + "" + "06 dự án có nợ quá hạn ..." + page number).
      if (k > j && k < features.length && zones[k] === 'body' && /;$/.test(features[j - 1].text) && features[k].marker === undefined && linesEndPage(features, k, endsPage) && run.length < MAX_NOTE_LINES * 3) {
        j = k;
        continue;
      }
      break;
    }
    const atFoot = k >= features.length || endsPage(k) || zones[k] === 'closing';
    let ruleAbove: number | undefined;
    for (let b = i - 1; b >= 0 && b >= i - 2; b--) {
      if (isRule(features[b])) ruleAbove = features[b].line;
      if (!features[b].blank) break;
    }
    // A star note read as a dash is known by its star above: it ends the page where it stands.
    const inferred = !atFoot && ruleAbove === undefined ? (dashed !== undefined || footWithoutBreak(features, i, k, [...marks.values()], notes, data)) : false;
    // Split the run into notes at each line that starts with a mark.
    const found = ((): Note[] => {
      const out: Note[] = [];
      let current: Note | undefined;
      for (const index of run) {
        const f = features[index];
        const m = marks.get(index);
        if (m) {
          if (current) out.push(current);
          current = { start: f.line, end: f.line, mark: m.mark, value: m.value, text: f.text.slice(m.length).trim(), rule: ruleAbove };
        } else if (current) {
          current.end = f.line;
          current.text = joinNoteText(current.text, f.text);
        }
      }
      if (current) out.push(current);
      return out;
    })();
    // Under the signature, unless a document it issues follows it, the notes stand on the last page,
    // one run after another: each run is notes, and no page ends between them.
    const lastPage = belowClosingBlock(zones, features[i].line) && !zones.slice(zones.indexOf('closing'), i).includes('title');
    if (!atFoot && ruleAbove === undefined && !inferred && !lastPage) {
      if (!pending || i > pending.end) pending = { notes: found, end: j - 1 };
      continue;
    }
    // A paragraph between a run judged a page foot and the page's end is its last note, the mark OCR
    // lost ("Theo Hướng dẫn số 12-HD/BTGHU ..." + "2"): the next page's text starts after the page end.
    const trailing = inferred === true && !lastPage ? lostNoteBeforePageEnd(features, zones, k, endsPage) : undefined;
    // (Unless the run's last line is full and unfinished: then it is that note's text going on, a name
    // in capitals after a blank line, "... Yên Bối, Đông" + "" + "Bãi, Khê Lầy, ...".)
    const runLast = found[found.length - 1];
    if (trailing && runLast && features[j - 1].lengthRatio >= FULL_LINE_RATIO && !features[j - 1].endsWithStop) {
      runLast.end = trailing.note.end;
      runLast.text = joinNoteText(runLast.text, trailing.note.text);
      j = trailing.after;
    } else if (trailing) {
      // (Its number from the run's last legible one: "(2)", "‘9)", ... then 4.)
      const legible = pickLast(found, (n) => n.value !== undefined);
      const value = legible === undefined ? undefined : legible.value! + found.length - found.indexOf(legible);
      found.push({ ...trailing.note, ...(value !== undefined ? { value } : {}) });
      j = trailing.after;
    }
    // The page ends with its notes: the next page starts after the run.
    else if (inferred && k < features.length && !lastPage) result.breaks.push(features[k - 1].line);
    if (inferred === 'debris') result.debris.push(features[k].line);
    // A run of notes just above this page foot, with no more than a line of text between (a note whose
    // mark OCR lost), is part of the foot: the page's text does not go on between its notes.
    if (pending && pendingJoins(features, zones, pending.end, i, pending.notes, found, notes.length)) notes.push(...pending.notes.filter((n) => !isInNote(n.start, notes)));
    else if (pending) {
      // (Or several notes whose marks OCR lost between: each a paragraph of its own.)
      const lostRun = lostNotesBetween(features, zones, pending, i, found);
      if (lostRun) notes.push(...pending.notes.filter((n) => !isInNote(n.start, notes)), ...lostRun);
    }
    pending = undefined;
    const above = notes[notes.length - 1];
    // (The run's first number, where OCR garbled it, from a legible one after it: ")", "(3)" start at 2.)
    const legible = found.findIndex((n) => n.value !== undefined);
    const runStart = legible < 0 ? undefined : found[legible].value! - legible;
    const lost = noteBetween(features, zones, above, i, found[0], above?.value ?? firstValue(notes), found[0].value ?? runStart);
    if (lost) {
      // (The page did not end after the notes above it.)
      // (Unless it stands under the signature: then the page ended before the closing block.)
      if (above && !zones.slice(above.end, lost.start - 1).includes('closing')) result.breaks = result.breaks.filter((b) => b < above.end || b >= lost.start);
      notes.push(lost);
    }
    notes.push(...found);
    i = j - 1;
  }
  result.notes = notes.filter((n) => n.end - n.start < MAX_NOTE_LINES);
  // A number between two that count on by two is the one they skip, whatever OCR read ("1", "2", "8",
  // "4": the third note's ³ read as 8).
  result.notes.forEach((n, k, all) => {
    const before = all[k - 1]?.value;
    const after = all[k + 1]?.value;
    if (before !== undefined && after === before + 2 && n.value !== undefined && n.value !== before + 1 && !n.bracketed) n.value = before + 1;
  });
  return result;
}

type NoteMark = NonNullable<ReturnType<typeof readNoteMark>>;

/** The line starts with a heading's numbering, not a bullet, before words ("3. Kiến nghị ..."). */
function startsHeading(f: LineFeatures): boolean {
  return f.marker !== undefined && f.marker.kind !== 'bullet' && !/^\d/.test(f.text.slice(f.marker.label.length).trim());
}

/** The lines from index `at` to the next blank or numbered line (a note's few) are the last of their page. */
function linesEndPage(features: LineFeatures[], at: number, endsPage: (index: number) => boolean): boolean {
  let k = at;
  while (k < features.length && !features[k].blank && features[k].marker === undefined && !endsPage(k) && k - at < MAX_NOTE_LINES) k++;
  while (k < features.length && features[k].blank) k++;
  return k >= features.length || endsPage(k);
}

/**
 * A run of notes not at a page foot (`above`, ending at index `end`) belongs to the foot that starts at
 * index `foot` (notes `below`): between them only blank lines and at most one line of body text with no
 * numbering, a finished sentence (a note whose mark OCR lost); the notes above start with a capital,
 * and where both are numbered, the foot's numbers go on from theirs (one lost note between at most).
 * `before` counts the notes found before them.
 */
function pendingJoins(features: LineFeatures[], zones: Zone[], end: number, foot: number, above: Note[], below: Note[], before: number): boolean {
  const between = features.slice(end + 1, foot).filter((f) => !f.blank);
  // (Or a few lines of one note between, whose mark OCR lost: see noteBetween.)
  const lastAbove = above[above.length - 1];
  if (lastAbove && below.length > 0 && noteBetween(features, zones, lastAbove, foot, below[0], lastAbove.value ?? (before === 0 ? firstValue(above) : undefined))) return true;
  // (Under the signature, the notes' only place, lines between two runs of notes are notes too.)
  if (above.length > 0 && below.length > 0 && belowClosingBlock(zones, above[0].start) && foot - end <= MAX_NOTE_LINES + 2 && isLostNote(features, zones, between)) return true;
  if (foot - end > 6 || between.length > 1 || above.length === 0 || below.length === 0) return false;
  if (!between.every((f) => zones[f.line - 1] === 'body' && f.marker === undefined && f.endsWithStop && f.lengthRatio < FULL_LINE_RATIO)) return false;
  if (!above.every((n) => /^\p{Lu}/u.test(n.text))) return false;
  const last = above[above.length - 1].value;
  const next = below[0].value;
  return last === undefined || next === undefined || (next > last && next - last <= 1 + between.length);
}

/**
 * Notes whose marks OCR lost, between a run of notes not at a page foot (`pending`) and the page foot's
 * run that starts at index `foot` (notes `below`): two or three paragraphs set apart by blank lines,
 * each a few lines of text with no numbering that start with a capital and end a sentence. The page's
 * text does not go on between its notes. (One paragraph between: see {@link pendingJoins}.)
 */
function lostNotesBetween(features: LineFeatures[], zones: Zone[], pending: { notes: Note[]; end: number }, foot: number, below: Note[]): Note[] | undefined {
  if (pending.notes.length === 0 || below.length === 0 || !pending.notes.every((n) => /^\p{Lu}/u.test(n.text))) return undefined;
  // Paragraphs between, set apart by blank lines.
  const paragraphs: LineFeatures[][] = [];
  let current: LineFeatures[] = [];
  for (let k = pending.end + 1; k < foot; k++) {
    const f = features[k];
    if (f.blank) {
      if (current.length) paragraphs.push(current);
      current = [];
    } else current.push(f);
  }
  if (current.length) paragraphs.push(current);
  if (paragraphs.length < 2 || paragraphs.length > 3) return undefined;
  if (!paragraphs.every((p) => p.length <= 4 && isLostNote(features, zones, p))) return undefined;
  const last = pending.notes[pending.notes.length - 1].value;
  return paragraphs.map((lines, n) => ({ start: lines[0].line, end: lines[lines.length - 1].line, mark: '', ...(last !== undefined ? { value: last + n + 1 } : {}), text: lines.map((f) => f.text).reduce(joinNoteText) }));
}

/**
 * The number of the document's only note so far whose mark OCR garbled ("( Pháp lệnh ..." for "⁽¹⁾
 * Pháp lệnh"): 1, unless the mark is a bullet sign, which a list item starts with as well.
 */
function firstValue(notes: Note[]): number | undefined {
  return notes.length === 1 && !/^[-+*•–]$/.test(notes[0].mark) ? 1 : undefined;
}

/**
 * A note whose mark OCR lost, between the note `above` and a page foot's run that starts at index
 * `foot` with the number after the next ("² Theo ...", "Cụm công nghiệp có ...", "⁴ Mỗi thôn ..."): the
 * lines between, a few of text with no numbering that start with a capital and end a sentence, are
 * the missing note. So is the short paragraph just above the document's note 2 when no note came
 * before it.
 */
function noteBetween(features: LineFeatures[], zones: Zone[], above: Note | undefined, foot: number, below: Note, aboveValue = above?.value, belowValue = below.value): Note | undefined {
  const first = above === undefined && belowValue === 2;
  // (Under the signature, a note whose garbled mark gives no number confirms one too.)
  const signed = above !== undefined && below.value === undefined && belowClosingBlock(zones, above.start);
  // (So does a note with a garbled mark after a line or two between it and one above it: "©) Thuộc Cục
  // ...", "Quy định xử phạt ...", "‘) Để báo cáo ...". A page's text does not go on between its notes.)
  const garbled = above !== undefined && above.value === undefined && below.value === undefined && aboveValue === undefined && foot - above.end <= GARBLED_GAP;
  if (!first && !signed && !garbled && (aboveValue === undefined || below.value !== aboveValue + 2)) return undefined;
  // (Or before the document's note 2 when no note came before: the paragraph just above it, set apart
  // by blank lines, is note 1.)
  let from = above?.end ?? foot;
  if (first) {
    let k = foot - 1;
    while (k >= 0 && features[k].blank) k--;
    const last = k;
    while (k >= 0 && !features[k].blank) k--;
    // (Or, with no blank line above it, the sentences after the paragraph's last short line that ends one:
    // "... hạn sử dụng." + "Theo Báo cáo nhanh số 214/BC-SNNMT ..." + "... trên 1 m.")
    if (foot - k > 5 && below.value === undefined) {
      k = last - 1;
      while (k >= 0 && !features[k].blank && !(features[k].endsWithStop && features[k].lengthRatio < FULL_LINE_RATIO)) k--;
    }
    // (Not the text a heading opens.)
    let before = k;
    while (before >= 0 && features[before].blank) before--;
    if (k < 0 || foot - k > 5 || (before >= 0 && features[before].marker !== undefined)) return undefined;
    from = k + 1;
  }
  // (Under the signature, the lines after it: the page's text ended above the closing block.)
  const signature = above === undefined ? -1 : zones.lastIndexOf('closing', foot - 1);
  if (signature > from) from = signature + 1;
  const lines = features.slice(from, foot).filter((f) => !f.blank);
  if (lines.length === 0 || lines.length >= MAX_NOTE_LINES || features[foot].line - from > MAX_NOTE_LINES + 2) return undefined;
  if (!isLostNote(features, zones, lines)) return undefined;
  // (What OCR left of the mark, signs and digits before the capital, "‘77 Số liệu" for "⁽⁷⁾ Số liệu", is its mark.)
  const remnant = LOST_MARK_REMNANT.exec(lines[0].text);
  const text = lines.map((f) => f.text).reduce(joinNoteText).slice(remnant ? remnant[0].length : 0);
  const value = belowValue !== undefined ? belowValue - 1 : aboveValue !== undefined ? aboveValue + 1 : undefined;
  return { start: lines[0].line, end: lines[lines.length - 1].line, mark: remnant ? remnant[1] : '', ...(value !== undefined ? { value } : {}), text };
}

/**
 * A note whose mark OCR lost, from index `at` to the page's end: one paragraph of a few lines that
 * starts with a capital and ends a sentence, then blank lines at most before the page ends.
 * @returns the note (no mark) and the index after its lines
 */
function lostNoteBeforePageEnd(features: LineFeatures[], zones: Zone[], at: number, endsPage: (index: number) => boolean): { note: Note; after: number } | undefined {
  let end = at;
  while (end < features.length && !features[end].blank && !endsPage(end) && end - at < MAX_NOTE_LINES) end++;
  let next = end;
  while (next < features.length && features[next].blank) next++;
  if (end === at || next >= features.length || !endsPage(next)) return undefined;
  const lines = features.slice(at, end);
  if (!isLostNote(features, zones, lines)) return undefined;
  return { note: { start: lines[0].line, end: lines[lines.length - 1].line, mark: '', text: lines.map((f) => f.text).reduce(joinNoteText) }, after: end };
}

/** Lines of body text with no numbering, one paragraph that starts with a capital and ends a sentence: a note whose mark OCR lost. */
function isLostNote(features: LineFeatures[], zones: Zone[], lines: LineFeatures[]): boolean {
  if (lines.length === 0 || !lines.every((f) => zones[f.line - 1] === 'body' && f.marker === undefined) || !/^\p{Lu}/u.test(lines[0].text.slice(LOST_MARK_REMNANT.exec(lines[0].text)?.[0].length ?? 0)) || !lines[lines.length - 1].endsWithStop) return false;
  // (One paragraph: a line after a blank one starts no other.)
  return !lines.some((f, n) => n > 0 && features[f.line - 2].blank);
}

/** Lines from the end of a note with a garbled mark to the next such note, a lost note between them. */
const GARBLED_GAP = 4;

/** Signs and digits OCR made of a note's mark that no reading names, before the note's capital. */
const LOST_MARK_REMNANT = /^([^\p{L}\s]{1,4})\s+(?=\p{Lu})/u;

/** Line `line` comes after the signature: the closing block stands before it. */
function belowClosingBlock(zones: Zone[], line: number): boolean {
  return zones.slice(0, line - 1).includes('closing');
}

/**
 * The mark a line of a run of notes starts with. Besides the marks of {@link readNoteMark}, the
 * next number glued to the note's first word ("7Có 11 đề án" for "⁷ Có", "2’Vắc xin"), where OCR lost
 * the space, or before a figure that starts the note.
 */
function noteMarkInRun(text: string, lastValue: number | undefined, data: StructureData): NoteMark | undefined {
  const mark = readNoteMark(text, data);
  // (The document's first note may have a speck before its number too: ": 1 Số liệu ...".)
  if (lastValue === undefined) return markBeforeSo(text, 1) ?? mark ?? speckedMark(text, 1, data);
  const expected = lastValue + 1;
  if (mark && (mark.value === undefined || mark.value === expected)) return mark;
  // (A digit that does not go on may be such a speck, before the number that does: "5 3 Số 14 ...".)
  return speckedMark(text, expected, data) ?? markBeforeSo(text, expected) ?? mark ?? gluedMark(text, expected) ?? figureAfterMark(text, expected);
}

/** The next note's number glued to "Số" read as a 6, before "liệu" ("26 liéu thống kê" for "² Số liệu thống kê"). */
function markBeforeSo(text: string, expected: number): NoteMark | undefined {
  const so = /^(\d{1,2})6(?=\s+li[eéệ]u\s)/u.exec(text);
  return so && Number(so[1]) === expected ? { mark: so[1], value: expected, length: so[1].length } : undefined;
}

/**
 * The next note's number with a comma OCR made of a speck after it, before a capital ("2, Trong đó ..."
 * for "² Trong đó"): only the number that goes on, and only where notes stand (a heading "2." read so
 * starts a line of the text).
 */
function commaMark(text: string, expected: number): NoteMark | undefined {
  const m = /^(\d{1,2}),\s+(?=\p{Lu})/u.exec(text);
  return m && Number(m[1]) === expected ? { mark: `${m[1]},`, value: expected, length: m[1].length + 1 } : undefined;
}

/** A number and a space that start a line, before a word or a figure. */
const LEADING_NUMBER = /^(\d{1,2})\s+(?=[\p{L}\d])/u;

/**
 * A note's number OCR misread under the signature ("0 Luật số 72/2020/QH14" and "2 03 cơ sở" for ¹¹ and
 * ¹², above "13 300 m³"): a number that does not go on from the notes before it, where a later line of
 * the block under the signature starts with the number its place in the block gives. It takes that
 * number.
 */
function misreadUnderSignature(features: LineFeatures[], zones: Zone[], at: number, lastNote: number | undefined): NoteMark | undefined {
  if (zones[at] !== 'closing' || lastNote === undefined) return undefined;
  const first = LEADING_NUMBER.exec(features[at].text);
  if (!first || Number(first[1]) === lastNote + 1) return undefined;
  let place = 0;
  for (let k = at + 1; k < features.length && k - at <= 12; k++) {
    if (zones[k] === 'header' || zones[k] === 'title') break;
    const m = LEADING_NUMBER.exec(features[k].text);
    if (!m) continue;
    place++;
    if (Number(m[1]) === lastNote + 1 + place) return { mark: first[1], value: lastNote + 1, length: first[1].length };
  }
  return undefined;
}

/**
 * The mark of a line in a run of notes at a page foot: the marks of {@link noteMarkInRun}, then those
 * only a run makes likely (a number with a dot, a lone sign, a number glued to a figure, the last not on
 * a line that a full line before it wraps).
 */
function nextMarkOfRun(features: LineFeatures[], at: number, lastValue: number | undefined, data: StructureData, wrapped: boolean, endsPage: (index: number) => boolean, signs = false): NoteMark | undefined {
  const text = features[at].text;
  const afterSigns = signs && at > 0 && features[at - 1].blank;
  return noteMarkInRun(text, lastValue, data) ?? dottedNoteMark(features, at, lastValue, data, endsPage) ?? signMark(text, lastValue, afterSigns) ?? (wrapped ? undefined : numberGluedToFigure(text, lastValue) ?? quotedNumber(text, lastValue) ?? spaceLeftOfMark(features, at) ?? scrapBeforeSign(text, data));
}

/**
 * A garbled sign mark after a scrap the scan left before it, then a capital ("fe) ® Gồm thửa số 112 ..."
 * for "⁽³⁾ Gồm"), in a run of notes: the scrap, a letter and a bracket, is no list item's there.
 */
function scrapBeforeSign(text: string, data: StructureData): NoteMark | undefined {
  const scrap = /^\S{1,3}\s+(?=[^\p{L}\p{N}\s]{1,3}\s+\p{Lu})/u.exec(text);
  if (!scrap) return undefined;
  const mark = readNoteMark(text.slice(scrap[0].length), data);
  if (!mark || !isSignMark(mark)) return undefined;
  return { mark: text.slice(0, scrap[0].length + mark.length), length: scrap[0].length + mark.length };
}

/**
 * A number with the opening quote OCR made of a "⁽" glued before it, then a capital ("‘4 Cơ quan ..."
 * for "⁽⁴⁾ Cơ quan"), in a run of notes: what the digit says of its number is kept where it goes on.
 */
function quotedNumber(text: string, lastValue: number | undefined): NoteMark | undefined {
  const m = /^[‘'`](\d{1,2})\s+(?=\p{Lu})/u.exec(text);
  if (!m || lastValue === undefined) return undefined;
  const value = Number(m[1]);
  return { mark: m[0].trimEnd(), length: m[0].trimEnd().length, ...(value === lastValue + 1 ? { value } : {}) };
}

/** A note's mark that is signs only, no number among them ("©", "®)"). */
function isSignMark(mark: NoteMark): boolean {
  return mark.value === undefined && /^[^\p{L}\p{N}\s]+$/u.test(mark.mark);
}

/**
 * A note whose mark OCR dropped but for the space after it, or the opening bracket of "⁽⁴⁾": a line
 * after a blank one (or first) that starts with one space, or a bracket and a space, then a capital or
 * a figure (" Tuyến đường đất từ ...", "( Theo mẫu biểu ..."). Text OCR reads starts at the margin.
 */
function spaceLeftOfMark(features: LineFeatures[], at: number): NoteMark | undefined {
  const remnant = /^(?: |\( )(?=[\p{Lu}\d§$])/u.exec(features[at].raw);
  if (!remnant || (at > 0 && !features[at - 1].blank)) return undefined;
  return { mark: remnant[0].trim(), length: remnant[0].trim().length };
}

/** The next note's number glued to the figure that starts it, in a run of notes ("825 điểm" for "⁸ 2,5 điểm"). */
function numberGluedToFigure(text: string, lastValue: number | undefined): NoteMark | undefined {
  if (lastValue === undefined) return undefined;
  const expected = lastValue + 1;
  const mark = String(expected);
  return new RegExp(`^${mark}\\d[\\d.,/%]*\\s+(?:\\p{Ll}|\\d\\s+\\p{L})`, 'u').test(text) ? { mark, value: expected, length: mark.length } : undefined;
}

/**
 * Any lone sign before a capital, in a run of numbered notes ("> Nghị định quy định ..." for "³ Nghị
 * định"): a superscript OCR read as a sign it has no name for. Not a bullet: the page's text may go on
 * with a list after its notes. In a run whose marks OCR all read as signs, after a blank line, the same
 * ("& Theo Thông tư ..." after "© Gồm ..." and "® Kế hoạch ..."), but not a speck's stop either.
 * @param afterSigns the line follows a blank one in a run whose marks are all signs
 */
function signMark(text: string, lastValue: number | undefined, afterSigns = false): NoteMark | undefined {
  const m =
    lastValue !== undefined ? /^([^\p{L}\p{N}\s\-–+•*([“"'‘’])\s+(?=\p{Lu})/u.exec(text)
    : afterSigns ? /^([^\p{L}\p{N}\s.,;:=~_\-–+•*([“"'‘’])\s+(?=\p{Lu}\p{Ll})/u.exec(text)
    : null;
  return m ? { mark: m[1], length: 1 } : undefined;
}

/**
 * The next note's number read with a dot or a comma ("2. Cả 2 ca đều dương tính" for "² Cả 2 ca"), which
 * numbers a heading as well: a note only when the note after it, a few lines on, numbers on from it (or
 * the one after that), or when the page ends with it (no heading ends a page).
 * @param endsPage whether the line at an index ends the page (a page break or its number)
 */
function dottedNoteMark(features: LineFeatures[], at: number, lastValue: number | undefined, data: StructureData, endsPage: (index: number) => boolean): NoteMark | undefined {
  if (lastValue === undefined) return undefined;
  const m = /^(\d{1,2})[.,](?:\s+|(?=[$§]))(?=[\p{Lu}$§])/u.exec(features[at].text);
  if (!m || Number(m[1]) !== lastValue + 1) return undefined;
  const mark = { mark: m[0].trimEnd(), value: lastValue + 1, length: m[1].length + 1 };
  if (linesEndPage(features, at + 1, endsPage)) return mark;
  for (let k = at + 1, seen = 0; k < features.length && seen < MAX_NOTE_LINES; k++) {
    if (features[k].blank) continue;
    seen++;
    // (Or the one after that, where OCR garbled the note between past reading: "2. Số liệu ...", "ihagg
    // $ 5 ...", "4 Kế hoạch ...".)
    const next = readNoteMark(features[k].text, data)?.value;
    if (next === lastValue + 2 || next === lastValue + 3) return mark;
    if (features[k].marker !== undefined) return undefined;
  }
  return undefined;
}

/**
 * The next note's number before a note that starts with a figure ("2 4/17 đồng chí ...", "(5) 6 tháng
 * một lần"): only the number that goes on from the notes before it.
 */
function figureAfterMark(text: string, expected: number): NoteMark | undefined {
  const m = /^\(?(\d{1,2})(\)?)\s+(?=\d[\d/.,%]*\s+\S)/u.exec(text);
  if (!m || Number(m[1]) !== expected || text.startsWith('(') !== (m[2] === ')')) return undefined;
  const mark = text.slice(0, m[0].trimEnd().length);
  return { mark, value: expected, length: mark.length };
}

/**
 * The next note's number glued to its first word, a capital ("7Có", "2’Vắc", "4S6 xuất" for "⁴ Số
 * xuất", "1X4 Phú Thọ" for "¹ Xã", "4+Y kiến" for "⁴ Ý kiến") or an opening quote ("2"3 cứng" gồm ..."): only the number that goes on from the notes before (1 for a
 * document's first note). A line of text starts with no number glued to a capital.
 */
function gluedMark(text: string, expected: number): NoteMark | undefined {
  const glued = /^(\d{1,2})['’`+]?(?=\p{Lu}\S*\s+\S)/u.exec(text) ?? /^(\d{1,2})(?=["“]\S+\s+\S)/u.exec(text);
  return glued && Number(glued[1]) === expected ? { mark: glued[0], value: expected, length: glued[0].length } : undefined;
}

/** A star mark glued to a word, a figure or a bracket ("nặng*.", "cấp V*", "31/12/2025**."). */
const STAR_REF = /[\p{L}\d%)]\*{1,3}(?=[.,;:)]|\s|$)/u;
/** Lines a star's note may stand below its reference: about a page. */
const STAR_NOTE_REACH = 45;

/**
 * A star note whose stars OCR read as a dash ("- Số liệu tổng hợp ..." for "* Số liệu"): a dash and a
 * capital, after a finished sentence or under the signature, below a star mark glued to a word on the
 * page, and not on a list (nothing before it opens one or is a dash item).
 */
function starAsDash(features: LineFeatures[], at: number, starLines: number[], afterSignature = false): NoteMark | undefined {
  if (!/^[-–]\s+\p{Lu}/u.test(features[at].text)) return undefined;
  const line = features[at].line;
  if (!starLines.some((l) => l < line && l >= line - STAR_NOTE_REACH)) return undefined;
  // Under the signature the line before is the signer's name, which ends no sentence.
  if ((!afterSignature && !bodyEnded(features, at)) || continuesList(features, at)) return undefined;
  // (Nor one that another item of its bullet follows, a blank line between at most: a list.)
  let n = at + 1;
  while (n < features.length && !features[n].blank && features[n].marker === undefined && n - at < LIST_LOOKBACK) n++;
  while (n < features.length && features[n].blank) n++;
  if (features[at].marker !== undefined && n < features.length && features[n].marker?.key === features[at].marker.key) return undefined;
  return { mark: features[at].text[0], length: 1 };
}

/** Lines looked back over for the item before a bullet (an item wraps over two or three lines). */
const LIST_LOOKBACK = 4;

/**
 * The bullet line at `at` goes on a list: the line of text before it ends with a colon or is a numbered
 * heading, or the paragraph before it or a line within the few before it is an item of the same bullet.
 */
function continuesList(features: LineFeatures[], at: number): boolean {
  const key = features[at].marker?.key;
  let p = at - 1;
  while (p >= 0 && features[p].blank) p--;
  if (p >= 0 && features[p].text.endsWith(':')) return true;
  // Right under a numbered heading ("3.3. Phát triển công dân số" + "+ Duy trì ..."): notes follow text.
  if (p >= 0 && features[p].marker !== undefined && features[p].marker?.kind !== 'bullet' && !features[p].endsWithStop) return true;
  // Or the paragraph before it, however many lines it wraps over, is an item of the same bullet (not
  // a list of recipients above a signature: its lines in capitals stand between).
  let start = p;
  while (start > 0 && !features[start - 1].blank && features[start].marker === undefined && !inCapitals(features[start]) && p - start < MAX_NOTE_LINES) start--;
  if (start >= 0 && features[start].marker?.key === key) return true;
  for (let q = at - 1; q >= 0 && q >= at - LIST_LOOKBACK; q--) {
    if (features[q].marker?.key === key) return true;
    // A line in capitals (a signer's title) stands between a list and what follows it.
    if (!features[q].blank && inCapitals(features[q])) break;
  }
  return false;
}

/** A line in capitals, a signer's title or a heading: four letters or more, nearly all capitals. */
function inCapitals(f: LineFeatures): boolean {
  return f.letters >= 4 && f.upperRatio >= 0.9;
}

/** The last line of text before line index `at` ends a sentence (or there is none). */
function bodyEnded(features: LineFeatures[], at: number): boolean {
  let p = at - 1;
  while (p >= 0 && features[p].blank) p--;
  return p < 0 || features[p].endsWithStop;
}

/**
 * A note whose mark OCR read as a capital consonant ("Q Quyết định số ..." for "¹ Quyết định"), or as
 * a run of signs with no letter or digit among them ("__ = Trong đó" for "¹ Trong đó", "“) Gồm" for
 * "⁽¹⁾ Gồm"): a lone consonant is no Vietnamese word and a line of text starts with no such run (a
 * lone bullet sign is left to lists), and a note numbered on from it follows (after the note's wrapped
 * lines, which OCR may set after a blank line, and blank lines), so it takes the number between.
 * @param expected the number the note would have: one after the notes before it
 */
function letterMark(features: LineFeatures[], at: number, expected: number, data: StructureData): NoteMark | undefined {
  const m = /^([BCDFGHJ-NP-TV-Z]|[^\p{L}\p{N}\s](?:\s?[^\p{L}\p{N}\s]){0,3})\s+(?=\p{Lu}\p{Ll})/u.exec(features[at].text);
  if (!m || /^[-+•*]$/.test(m[1])) return undefined;
  return nextNoteNumbersOn(features, at, expected, data) ? { mark: m[1], value: expected, length: m[1].length } : undefined;
}

/**
 * A note's number glued to the figure that starts the note ("345 ha gồm" for "³ 45 ha gồm"): the
 * number it would have, then the rest of a figure and a word, where a note numbered on from it follows.
 * @param expected the number the note would have: one after the notes before it
 */
function figureGluedMark(features: LineFeatures[], at: number, expected: number, data: StructureData, underSignature = false): NoteMark | undefined {
  const mark = String(expected);
  const text = features[at].text;
  // (The word may start with a letter OCR read as a digit: "405 6 dịch" for "⁴ 05 ổ dịch".)
  if (!new RegExp(`^${mark}\\d[\\d.,/]*\\s+(?:\\p{L}|\\d\\s+\\p{L})`, 'u').test(text)) return undefined;
  // (Under the signature, where no line of the closing block starts with a figure, the notes before
  // it confirm it: the last note, "46 liệu" for "⁴ Số liệu", has no note after it.)
  return underSignature || nextNoteNumbersOn(features, at, expected, data) ? { mark, value: expected, length: mark.length } : undefined;
}

/** The note after the one starting at index `at` (past its wrapped lines and blank lines) is numbered `expected + 1`. */
function nextNoteNumbersOn(features: LineFeatures[], at: number, expected: number, data: StructureData): boolean {
  let j = at + 1;
  for (;;) {
    // (A line the margin cut short goes on too when the next starts in lower case, as in findNotes.)
    while (j < features.length && j - at < MAX_NOTE_LINES && !features[j].blank && (features[j - 1].lengthRatio >= FULL_LINE_RATIO || features[j].startsLower) && !features[j - 1].endsWithStop) j++;
    const last = j - 1;
    while (j < features.length && features[j].blank) j++;
    const wrapped = j > last + 1 && j < features.length && j - at < MAX_NOTE_LINES && features[j].startsLower && features[last].lengthRatio >= FULL_LINE_RATIO && !features[last].endsWithStop;
    if (!wrapped) break;
    j++;
  }
  // (The next note's number may have a speck before it: "‘ 2 Thời gian ...".)
  const next = j < features.length ? (readNoteMark(features[j].text, data) ?? speckedMark(features[j].text, expected + 1, data) ?? commaMark(features[j].text, expected + 1)) : undefined;
  return next?.value === expected + 1 && !next.bracketed;
}

/** Signs a scan's speck is read as before a note's number. */
const SPECKS = "-–:.,;_~'‘’|=";
const SPECK_BEFORE_NUMBER = new RegExp(`^(?:[${SPECKS}]|\\d(?=\\s+\\d{1,2}\\s)|\\p{Ll}|\\p{L}{2}(?=\\s+\\d{1,2}\\))|\\p{L}\\p{Ll}{1,2}(?=\\s+\\d{1,2}\\s+\\p{Lu})|\\p{L}\\p{Ll}{1,5}(?=\\s+\\(\\d{1,2}\\)\\s+\\p{Lu}))\\s+(?=\\d|\\[|\\(\\d)`, 'u');

/**
 * A note's number after a speck the scan left before it (": 4 Chủ yếu", "- 4 Tại địa chỉ"): only the
 * number that goes on from the notes before it, as a bullet may stand before a figure in a list. The
 * mark is kept as written, speck and all.
 */
function speckedMark(text: string, expected: number, data: StructureData): NoteMark | undefined {
  // A lone small letter is a speck too ("a 4 Bao gồm" for "⁴ Bao gồm"): no sentence starts so. So are
  // two before the number and a capital ("oe 7 Cách nói ..."), and a word OCR moved there from the note
  // above before a number in brackets ("phút (2) Chỉ số ...").
  const speck = SPECK_BEFORE_NUMBER.exec(text);
  if (!speck) return undefined;
  const mark = readNoteMark(text.slice(speck[0].length), data);
  // A bracketed number (": [3] Khu vực") is a note's mark whatever it numbers: no list item is so written.
  // (After a small letter, "i [3] Danh sách", only the number that goes on.)
  if (!mark || (mark.bracketed ? !SPECKS.includes(speck[0][0]) && mark.value !== expected : mark.value !== expected)) return undefined;
  return { ...mark, mark: text.slice(0, speck[0].length + mark.length), length: mark.length + speck[0].length };
}

/**
 * Notes found where no page break shows (OCR text of pages run together): a run of notes is a page
 * foot when the text after it reads as a new page, or its marks number on from the notes before it.
 * @returns 'debris' when the line after the notes is what OCR made of the page number
 * - the next line is page debris too short to be text ("59.", "a" for a page number), or
 * - it goes on with a paragraph the notes interrupted (lower case after a line with no stop), or
 * - two or more notes number on one by one ("1", "2", "3"), or one note numbers on from the notes
 *   before it ("4" after "3"), or two or more notes start with different marks whose legible numbers
 *   stand in their places ("®", "@", "(3)"); not after a colon that announces a list.
 * @param first index of the run's first line
 * @param after index of the first line after the run
 * @param before the notes found before the run
 * @param data structure phrase lists (footnote marks)
 */
function footWithoutBreak(features: LineFeatures[], first: number, after: number, marks: NoteMark[], before: Note[], data: StructureData): boolean | 'debris' {
  const next = features[after];
  if (next && next.text.length <= 4 && !/[:;,]$/.test(next.text)) return 'debris';
  // (Or two scraps OCR made of a page number, "ay ee": a foot, but the line stays, as it may be words.)
  if (next && next.text.length <= 7 && /^\p{L}{1,3}(?:\s+\p{L}{1,3})?$/u.test(next.text)) return true;
  let p = first - 1;
  while (p >= 0 && features[p].blank) p--;
  const previous = p >= 0 ? features[p] : undefined;
  if (next && next.startsLower && previous && !previous.endsWithStop) return true;
  // (Unless each of two or more numbered notes ends a sentence, as no item of a list does, and a
  // list goes on after them: "... cụ thể:" + "1 Số liệu ... hàng trăm." + "2 Kế hoạch ... năm 2024." + "- Lao
  // phổi ...", the list the colon opened on the next page.)
  if (previous?.text.endsWith(':') && !(marks.length >= 2 && notesEndSentences(features, first, after) && next?.marker?.kind === 'bullet')) return false;
  // Nor does a list that numbers on from an item above it ("2)", "3)" after "... gồm:" and "1)").
  const opening = marks[0];
  if (opening.value !== undefined && opening.value > 1) {
    const shape = (m: NoteMark) => m.mark.replace(/\d+/g, '#');
    for (let q = p; q >= 0 && q >= p - 12; q--) {
      const item = features[q].blank ? undefined : readNoteMark(features[q].text, data);
      if (item?.value === opening.value - 1 && shape(item) === shape(opening) && !before.some((n) => n.start === features[q].line)) return false;
    }
  }
  const values = marks.map((m) => m.value);
  if (values.every((v, n) => v !== undefined && (n === 0 || v === values[n - 1]! + 1))) {
    const numbered = before.filter((n) => n.value !== undefined);
    // (Notes number on through the document: a run that counts again from a number already used is a
    // list, or the rows of a table OCR flattened: "1 Bàn ghế ... 2008 172.800.000", "2 Máy vi tính ...".
    // The last note's number says which: one before it may be a garbled mark misread, "_ 8" for ³.)
    if (numbered.length > 0 && numbered[numbered.length - 1].value! >= values[0]!) return false;
    return values.length >= 2 || (numbered.length > 0 && values[0] === numbered[numbered.length - 1].value! + 1);
  }
  // Garbled marks ("®", "@", "(3)" for ¹ ² ³): the legible numbers stand in their places, and the
  // marks differ (a list of one bullet sign is no run of notes); with no legible number, three notes.
  const offsets = values.flatMap((v, n) => (v === undefined ? [] : [v - n]));
  const kinds = new Set(marks.map((m) => m.mark)).size;
  // In a run of three or more, one legible number out of place is a garbled one too ("8)" for ⁽³⁾
  // after "®" and "(2)"), when the others agree.
  const agreeing = offsets.filter((o) => o === mostCommon(offsets)).length;
  const inPlace = offsets.every((o) => o === offsets[0]) || (marks.length >= 3 && offsets.length - agreeing <= 1);
  // Two garbled marks alone ("®", "@)") are two notes when neither is a bullet a list may use.
  const twoSigns = marks.length === 2 && marks.every((m) => !/^[-+*•–]$/.test(m.mark));
  // (One garble for all is no bullet either when it holds the closing bracket of "⁽⁵⁾": "‘) Theo ...",
  // "‘) Theo QCVN ...".)
  const bracketed = marks.every((m) => m.value === undefined && /^[^\p{L}\p{N}\s]?\)$/u.test(m.mark));
  // (Nor when it is a sign no list is bulleted with: "®", "©", "™", "°".)
  const signs = marks.every((m) => m.value === undefined && /^[®©™°]$/.test(m.mark));
  return marks.length >= 2 && inPlace && (kinds > 1 || bracketed || signs) && (offsets.length > 0 || marks.length >= 3 || twoSigns);
}

/** Every line of the run [first, after) that a blank line or the run's end follows (two at least) ends a sentence with a full stop. */
function notesEndSentences(features: LineFeatures[], first: number, after: number): boolean {
  const ends = features.slice(first, after).filter((f, n) => !f.blank && (first + n + 1 >= after || features[first + n + 1].blank));
  return ends.length >= 2 && ends.every((f) => /\.$/.test(f.text));
}

function joinNoteText(a: string, b: string): string {
  return /[\p{L}\d][-/]$/u.test(a) ? a + b : `${a} ${b}`;
}

/** The value that occurs most often (the first of equals). */
function mostCommon(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}
