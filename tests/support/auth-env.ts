/**
 * Import first in auth test files, before any app module: lib/env.ts reads the environment once,
 * on import. A fixed secret keeps tests from creating data/auth-secret in the project.
 */
process.env.BETTER_AUTH_SECRET = 'integration-tests-only-secret-0123456789abcdef';
