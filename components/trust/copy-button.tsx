'use client';

import { useState, useSyncExternalStore } from 'react';
import { secondaryButton } from '@/components/auth/form-styles';

const subscribeNever = () => () => {};

/**
 * Copies `text` to the clipboard. A progressive enhancement: the server renders nothing (the
 * text beside it is selectable without JavaScript), the browser shows the button once hydrated.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const hydrated = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  if (!hydrated) return null;
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={secondaryButton}
        onClick={() => {
          navigator.clipboard.writeText(text).then(
            () => setCopied('yes'),
            () => setCopied('no'),
          );
        }}
      >
        {label}
      </button>
      <span aria-live="polite" className="font-sans text-sm">
        {copied === 'yes' ? 'Copied.' : copied === 'no' ? 'Could not copy: select the text.' : ''}
      </span>
    </span>
  );
}
