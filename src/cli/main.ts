import { readFileSync } from 'node:fs';
import { repair } from '../index.js';

/**
 * Run the vnfix command line. (Placeholder: text output of stdin or one file.)
 * @param argv process.argv
 * @returns the exit code
 */
export async function main(argv: string[]): Promise<number> {
  const file = argv[2];
  const input = readFileSync(file && file !== '-' ? file : 0, 'utf8');
  process.stdout.write(repair(input).text);
  return 0;
}
