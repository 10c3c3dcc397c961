import { AtomicFileTarget } from './output-target.js';

/**
 * Write a whole file atomically (temporary file in the same folder, then rename).
 * @param file final path
 * @param content text
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const target = new AtomicFileTarget(file);
  try {
    await target.write(content);
    await target.commit();
  } catch (error) {
    await target.abort();
    throw error;
  }
}
