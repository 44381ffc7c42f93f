/**
 * A bad setting, thrown by lib/env.ts: each issue names the variable and what is wrong with it.
 * In a module of its own so the command-line tools can recognise it without importing
 * lib/env.ts, which validates the environment as it loads.
 */
export class InvalidEnvironmentError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid environment configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'InvalidEnvironmentError';
  }
}
