/**
 * The site an address belongs to, by its host's registrable part, roughly: the last two labels, or
 * three under a two-letter country code with a short second level (`news.example.co.uk` and
 * `www.example.co.uk` are one site, `example.co.uk`; `example.com` and `other.com` two). A relative
 * address is resolved against `base`. Null when it is no web address.
 */
export function siteOf(address: string, base?: string): string | null {
  let hostname: string;
  try {
    hostname = new URL(address, base).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (!hostname) return null;
  const labels = hostname.split('.');
  const [second, top] = labels.slice(-2);
  const countryWithSecondLevel = top?.length === 2 && second !== undefined && second.length <= 3;
  return labels.slice(countryWithSecondLevel ? -3 : -2).join('.');
}
