'use client';

import { useEffect } from 'react';
import { ACTION_BODY_LIMIT_BYTES, formatMegabytes } from '@/lib/http/body-limits';

/**
 * Room left in the limit for what is sent besides the fields: the multipart framing and the
 * state of the form's last answer, which Next.js sends back with a server action.
 */
const RESERVED_BYTES = 128 * 1024;
const MESSAGE_CLASS =
  'mb-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm font-semibold text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100';

/**
 * Stops any form on any page from sending more than the server takes (proxy.ts answers such a
 * post with 413), and says so in the form instead: what was typed stays where it is. One
 * listener for the whole document, ahead of React's (capture phase), so every form, including
 * ones added later, is covered and React never starts the action.
 */
export function FormSizeGuard() {
  useEffect(() => {
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || !sendsBody(form)) return;
      const size = estimatedBytes(form, event.submitter);
      const notice = form.querySelector<HTMLElement>(':scope > [data-form-size-guard]');
      if (size <= ACTION_BODY_LIMIT_BYTES - RESERVED_BYTES) {
        notice?.remove();
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      const message =
        notice ?? Object.assign(document.createElement('p'), { className: MESSAGE_CLASS });
      message.setAttribute('role', 'alert');
      message.setAttribute('data-form-size-guard', '');
      message.textContent = `Not sent: this form holds ${formatMegabytes(size)}, more than the ${formatMegabytes(ACTION_BODY_LIMIT_BYTES - RESERVED_BYTES)} one form may send. Shorten the longest text and try again. Nothing was saved, and what you typed is still here.`;
      if (!notice) form.prepend(message);
    };
    document.addEventListener('submit', onSubmit, { capture: true });
    return () => document.removeEventListener('submit', onSubmit, { capture: true });
  }, []);
  return null;
}

/**
 * GET forms (filters) send no body; a form marked `data-size-guard="own"` sends its data its
 * own way under its own limit (the import's file upload).
 */
function sendsBody(form: HTMLFormElement): boolean {
  if (form.dataset.sizeGuard === 'own') return false;
  return form.getAttribute('method')?.toLowerCase() !== 'get';
}

function estimatedBytes(form: HTMLFormElement, submitter: HTMLElement | null): number {
  const encoder = new TextEncoder();
  let size = 0;
  for (const [name, value] of new FormData(form, submitter)) {
    // Each multipart part's boundary and headers.
    size += 100 + encoder.encode(name).length;
    size += typeof value === 'string' ? encoder.encode(value).length : value.size;
  }
  return size;
}
