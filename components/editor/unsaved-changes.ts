/**
 * The page-wide warning before leaving with unsaved changes: while any editor form on the page
 * holds typed text it has not saved, closing or reloading the tab asks first (`beforeunload`),
 * and so does following a link to another page (client-side navigations never fire
 * `beforeunload`). Each form reports itself; the listeners exist only while one is unsaved.
 */
const unsaved = new Set<string>();

export const LEAVE_WARNING =
  'You have unsaved changes on this page. Leave it anyway? (They stay as a draft in this tab.)';

function warnBeforeUnload(event: BeforeUnloadEvent) {
  event.preventDefault();
  // Older browsers ask only when returnValue is set (they show their own text, not this one).
  event.returnValue = LEAVE_WARNING;
}

function confirmLeavingLink(event: MouseEvent) {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return; // a new tab
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement)) return;
  if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return;
  // A link that loses nothing: one that comes back here (adding a source to cite; the drafts
  // are restored then), or one that deliberately leaves the form behind.
  if (link.dataset.noLeaveWarning !== undefined) return;
  const url = new URL(link.href, window.location.href);
  if (url.origin === window.location.origin && url.pathname === window.location.pathname) return;
  if (!window.confirm(LEAVE_WARNING)) {
    event.preventDefault();
    event.stopPropagation();
  }
}

/** Marks one form (by a key unique to its mounted instance) as holding unsaved changes or not. */
export function setUnsaved(key: string, isUnsaved: boolean): void {
  const before = unsaved.size;
  if (isUnsaved) unsaved.add(key);
  else unsaved.delete(key);
  if (before === 0 && unsaved.size > 0) {
    window.addEventListener('beforeunload', warnBeforeUnload);
    document.addEventListener('click', confirmLeavingLink, true);
  } else if (before > 0 && unsaved.size === 0) {
    window.removeEventListener('beforeunload', warnBeforeUnload);
    document.removeEventListener('click', confirmLeavingLink, true);
  }
}
