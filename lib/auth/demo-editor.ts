/**
 * The demo installation's editor account. Seeded with the demo data set (prisma/seed) and shown
 * on the sign-in page only while the site runs on that data set: its password is public.
 */
export const DEMO_EDITOR = {
  name: 'Demo Editor',
  email: 'editor@demo.claimtrack.example',
  password: 'demo-editor-2024',
  role: 'editor',
} as const;
