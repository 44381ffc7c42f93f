import type { ReactNode } from 'react';
import type { Verdict } from '@/lib/domain/verdicts';

/**
 * A distinct shape per verdict, so the badge never relies on colour alone. Decorative. Its stroke
 * is the `verdict-icon` class (app/globals.css): one class, not five attributes per icon.
 */
export function VerdictIcon({ verdict, className }: { verdict: Verdict; className?: string }) {
  return (
    <svg
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      className={className ? `verdict-icon ${className}` : 'verdict-icon'}
    >
      {SHAPES[verdict]}
    </svg>
  );
}

const ring = <circle cx="8" cy="8" r="6.25" />;

const SHAPES: Record<Verdict, ReactNode> = {
  confirmed: (
    <>
      {ring}
      <path d="M5.2 8.3 7.1 10.2 10.9 6" />
    </>
  ),
  likely: (
    <>
      <circle cx="8" cy="8" r="6.25" strokeDasharray="2.6 1.9" />
      <path d="M5.2 8.3 7.1 10.2 10.9 6" />
    </>
  ),
  disputed: <path d="M2.5 5.5h10M10 3l2.5 2.5L10 8M13.5 10.5h-10M6 8l-2.5 2.5L6 13" />,
  misleading: (
    <>
      <path d="M8 1.9 14.4 13.4H1.6Z" />
      <path d="M8 6.4v3" />
      <circle cx="8" cy="11.3" r="0.35" fill="currentColor" />
    </>
  ),
  unsubstantiated: (
    <>
      {ring}
      <path d="M6.3 6.4a1.8 1.8 0 1 1 2.5 1.7c-.5.2-.8.6-.8 1.1v.3" />
      <circle cx="8" cy="11.4" r="0.35" fill="currentColor" />
    </>
  ),
  false: (
    <>
      {ring}
      <path d="M5.8 5.8 10.2 10.2M10.2 5.8 5.8 10.2" />
    </>
  ),
  unverified: (
    <>
      {ring}
      <path d="M8 4.6V8l2.3 1.5" />
    </>
  ),
};
