/**
 * The headers every response carries besides the Content-Security-Policy
 * (content-security-policy.ts): proxy.ts sets them on everything it passes or refuses, and
 * the reader-page cache serves them with the stored pages.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
  'browsing-topics=()',
].join(', ');

/** Two years, the preload list's minimum, for the site's own host and its subdomains. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

export function securityHeaders(https: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': PERMISSIONS_POLICY,
    // frame-ancestors says the same to browsers that read CSP; this is for the ones that do not.
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
  };
  // Over plain http a browser ignores it; sent only where it means something.
  if (https) headers['strict-transport-security'] = STRICT_TRANSPORT_SECURITY;
  return headers;
}
