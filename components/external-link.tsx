import type { ReactNode } from 'react';
import { safeExternalUrl } from '@/lib/format/external-url';

interface ExternalLinkProps {
  href: string;
  children: ReactNode;
  /** `nofollow`: the desk cites these pages, it does not vouch for them. */
  rel?: string;
  className?: string;
}

/**
 * A link that leaves the site, marked with an arrow. Opens in the same tab (the reader decides);
 * a stored address that is not http(s) is shown as plain text, never as a link.
 */
export function ExternalLink({
  href,
  children,
  rel = 'nofollow noopener noreferrer',
  className = '',
}: ExternalLinkProps) {
  const url = safeExternalUrl(href);
  if (!url) return <span className={className}>{children}</span>;
  return (
    <a
      href={url}
      rel={rel}
      className={`font-sans text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300 ${className}`}
    >
      {children}
      <svg
        viewBox="0 0 12 12"
        aria-hidden="true"
        focusable="false"
        className="ms-1 inline size-3 align-baseline"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.5}
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M4.5 2.5H9.5V7.5M9.5 2.5 2.5 9.5" />
      </svg>
    </a>
  );
}
