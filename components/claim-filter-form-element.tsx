'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, type ComponentProps } from 'react';
import { claimListViewHref, parseClaimListView } from '@/lib/figures/list-view';
import { parseClaimListQuery, type ClaimSort } from '@/lib/validation/claim-list-query';

/** How long typing must pause before the list follows the search box. */
export const SEARCH_AS_YOU_TYPE_DELAY_MS = 300;
/** The width (Tailwind's `lg`) from which the filters stand open beside the list. */
const WIDE_SCREEN = '(min-width: 64rem)';

/**
 * The filter `<form>` element. Without JavaScript the browser submits it as a plain GET to
 * `/claims`. With JavaScript the same fields go through the list's own parser and link builder,
 * so the address bar gets the short canonical URL (no `tag=&claimant=`, no default sort) and the
 * list updates without a full page load. One refinement: when the reader changes the search
 * words but has not touched "Sort by", the default order applies (best match for a search),
 * instead of the order the select showed for the previous search.
 *
 * Search as you type: once typing in the search box pauses, the list follows, with the URL the
 * form would submit. The first such update of a search adds a history entry and the rest of it
 * replace that one, so Back returns to the list as it was before the search, not to every prefix
 * typed on the way. A change of the URL that the box did not make (Back, a filter chip, "Clear
 * filters") puts the URL's words back in the box.
 */
export function ClaimFilterFormElement({
  children,
  initialSearch,
  currentSort,
  ...props
}: ComponentProps<'form'> & { initialSearch: string; currentSort: ClaimSort }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const sortTouched = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The search words of the last URL this form asked for, while a typed search is going on. */
  const typedSearch = useRef<string | null>(null);

  const hrefOf = (element: HTMLFormElement) => {
    const fields = new URLSearchParams();
    for (const [name, value] of new FormData(element)) {
      if (typeof value === 'string') fields.append(name, value);
    }
    if (!sortTouched.current && (fields.get('q') ?? '').trim() !== initialSearch) {
      fields.delete('sort');
    }
    // The view (list or figures) is not list state: kept as the form's hidden field says.
    return claimListViewHref(
      parseClaimListQuery(fields),
      parseClaimListView({ view: fields.get('view') ?? undefined }),
    );
  };

  /** The URL's search words at the last render: the box follows only when they change. */
  const shownSearch = useRef(initialSearch);

  useEffect(() => {
    // Not on the first render: words typed before the page became interactive stay in the box.
    if (shownSearch.current === initialSearch) return;
    shownSearch.current = initialSearch;
    const search = form.current?.elements.namedItem('q');
    if (search instanceof HTMLInputElement && typedSearch.current !== initialSearch) {
      // The URL changed under the box (Back, a chip, a link): show what the list is searching.
      typedSearch.current = null;
      search.value = initialSearch;
    }
  }, [initialSearch]);

  useEffect(() => {
    // A search changes the default order (best match first); the select follows unless chosen.
    const sort = form.current?.elements.namedItem('sort');
    if (sort instanceof HTMLSelectElement && !sortTouched.current) sort.value = currentSort;
  }, [currentSort]);

  useEffect(() => {
    // Without JavaScript the filters fold away on every width, one click from open; on a wide
    // screen they stand open beside the list (the CSS does it too, where ::details-content is
    // supported).
    if (window.matchMedia(WIDE_SCREEN).matches) {
      form.current?.querySelector('details')?.setAttribute('open', '');
    }
    return () => clearTimeout(timer.current);
  }, []);

  return (
    <form
      {...props}
      ref={form}
      onChange={(event) => {
        if ((event.target as HTMLElement).getAttribute('name') === 'sort')
          sortTouched.current = true;
      }}
      onInput={(event) => {
        const target = event.target as HTMLElement;
        if (target.getAttribute('name') !== 'q') return;
        const element = event.currentTarget;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          const words = parseClaimListQuery({ q: String(new FormData(element).get('q') ?? '') }).q;
          if (words === (typedSearch.current ?? initialSearch)) return;
          const href = hrefOf(element);
          const first = typedSearch.current === null;
          typedSearch.current = words;
          if (first) router.push(href, { scroll: false });
          else router.replace(href, { scroll: false });
        }, SEARCH_AS_YOU_TYPE_DELAY_MS);
      }}
      onSubmit={(event) => {
        event.preventDefault();
        clearTimeout(timer.current);
        const href = hrefOf(event.currentTarget);
        // A typed search already has its history entry: Enter settles it, not a second one.
        if (typedSearch.current === null) router.push(href);
        else router.replace(href);
        typedSearch.current = null;
      }}
    >
      {children}
    </form>
  );
}
