'use client';

import { useRouter } from 'next/navigation';
import { useRef, type ComponentProps } from 'react';
import { claimListHref } from '@/lib/format/claim-list-href';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';

/**
 * The filter `<form>` element. Without JavaScript the browser submits it as a plain GET to
 * `/claims`. With JavaScript the same fields go through the list's own parser and link builder,
 * so the address bar gets the short canonical URL (no `tag=&claimant=`, no default sort) and the
 * list updates without a full page load. One refinement: when the reader changes the search
 * words but has not touched "Sort by", the default order applies (best match for a search),
 * instead of the order the select showed for the previous search.
 */
export function ClaimFilterFormElement({
  children,
  initialSearch,
  ...props
}: ComponentProps<'form'> & { initialSearch: string }) {
  const router = useRouter();
  const sortTouched = useRef(false);
  return (
    <form
      {...props}
      onChange={(event) => {
        if ((event.target as HTMLElement).getAttribute('name') === 'sort')
          sortTouched.current = true;
      }}
      onSubmit={(event) => {
        event.preventDefault();
        const fields = new URLSearchParams();
        for (const [name, value] of new FormData(event.currentTarget)) {
          if (typeof value === 'string') fields.append(name, value);
        }
        if (!sortTouched.current && (fields.get('q') ?? '').trim() !== initialSearch) {
          fields.delete('sort');
        }
        router.push(claimListHref(parseClaimListQuery(fields)));
      }}
    >
      {children}
    </form>
  );
}
