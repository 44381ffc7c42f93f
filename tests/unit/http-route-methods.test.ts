import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HTTP_METHODS, ROUTE_HANDLERS, routeMethods } from '@/lib/http/route-methods';

const APP = path.join(import.meta.dirname, '..', '..', 'app');

/** Every route handler under app/ and the methods its file exports, read from the source. */
function routeHandlersInApp(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      const route = `/${path.relative(APP, dir).split(path.sep).join('/')}`.replace(/\/$/, '');
      if (/^route\.(ts|tsx|js)$/.test(entry.name)) {
        const source = fs.readFileSync(full, 'utf8');
        const methods = HTTP_METHODS.filter((m) =>
          new RegExp(`export\\s+(?:async\\s+)?(?:function|const)\\s+${m}\\b`).test(source),
        );
        found.set(route || '/', methods);
      } else if (
        /^(icon|apple-icon|favicon)\.\w+$|^(sitemap|robots|manifest)\.\w+$/.test(entry.name)
      ) {
        // Metadata files are served as routes that answer GET.
        found.set(`${route}/${entry.name}`, ['GET']);
      }
    }
  };
  walk(APP);
  return found;
}

describe('the request gate knows every route handler', () => {
  it('lists exactly the route handlers in app/, with the methods each exports', () => {
    const listed = new Map(ROUTE_HANDLERS.map((r) => [r.path, [...r.exports]]));
    expect(Object.fromEntries(listed)).toEqual(Object.fromEntries(routeHandlersInApp()));
  });

  it('answers a route handler with what it exports, HEAD with GET, and OPTIONS', () => {
    expect(routeMethods('/api/claims/12')).toEqual({
      kind: 'handler',
      allowed: ['GET', 'HEAD', 'OPTIONS'],
    });
    expect(routeMethods('/import/commit')).toEqual({
      kind: 'handler',
      allowed: ['OPTIONS', 'POST'],
    });
    expect(routeMethods('/claims/12').kind).toBe('page');
    expect(routeMethods('/claims/export').kind).toBe('handler');
    expect(routeMethods('/_next/image').kind).toBe('asset');
  });
});
