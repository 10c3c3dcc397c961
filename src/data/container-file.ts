/** Writing and reading container files on disk. */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { Container, encodeContainer, MAGIC, type ContainerSpec } from './container.js';

/**
 * Write a container file safely: everything goes to a temporary file whose header says "incomplete",
 * the real magic is written last, and only then is the file renamed into place.
 * @param file destination path
 * @param spec kind, version, facts and sections
 * @returns the number of bytes written
 */
export function writeContainerFile(file: string, spec: ContainerSpec): number {
  const bytes = encodeContainer(spec);
  const temp = `${file}.tmp-${process.pid}`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, bytes, 0, bytes.length, 0);
    fsyncSync(fd);
    writeSync(fd, new TextEncoder().encode(MAGIC), 0, 4, 0);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  return bytes.length;
}

/**
 * Read and check a container file (one read; sections are views over the buffer).
 * @param file path
 * @param expected kind, version and the command that rebuilds the file
 * @returns the opened container
 */
export function readContainerFile(file: string, expected: { kind: string; version: number; rebuild: string }): Container {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new Error(`${file}: cannot read the compiled data (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); run \`${expected.rebuild}\` to build it`);
  }
  return new Container(bytes, file, expected);
}
