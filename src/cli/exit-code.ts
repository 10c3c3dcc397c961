/**
 * Exit statuses: a documented contract (README, EXIT STATUS).
 * 0 success; 1 processed, with findings (`vnfix check`); 2 usage or input error, including one bad file
 * in a batch; 130 interrupted (Ctrl-C).
 */
export const ExitCode = {
  Success: 0,
  Findings: 1,
  Error: 2,
  Interrupted: 130,
} as const;

/** One of {@link ExitCode}'s values. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Severity order used to merge the statuses of many files: interrupted > error > findings > success. */
const SEVERITY: Record<ExitCode, number> = { 0: 0, 1: 1, 2: 2, 130: 3 };

/**
 * Merge exit statuses of several files or jobs into one.
 * @param codes statuses
 * @returns the most severe
 * @example mergeExitCodes([0, 1, 2]) // 2
 */
export function mergeExitCodes(codes: Iterable<ExitCode>): ExitCode {
  let merged: ExitCode = ExitCode.Success;
  for (const code of codes) if (SEVERITY[code] > SEVERITY[merged]) merged = code;
  return merged;
}
