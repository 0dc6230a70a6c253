/** vCard 3.0 (RFC 2426) for an organisation's contact card. Lines end in CRLF and are folded at 75 octets. */
export interface VcardInput {
  naam: string;
  samenvatting?: string;
  telefoon?: string;
  email?: string;
  website?: string;
  adres?: { straat: string; postcode: string; plaats: string };
  pagina?: string;
}

export const escapeText = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/([,;])/g, '\\$1');

export function foldLine(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if (size + n > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function vcard(org: VcardInput): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${escapeText(org.naam)}`, `N:${escapeText(org.naam)};;;;`, `ORG:${escapeText(org.naam)}`];
  if (org.telefoon) lines.push(`TEL;TYPE=WORK,VOICE:${org.telefoon}`);
  if (org.email) lines.push(`EMAIL;TYPE=INTERNET:${org.email}`);
  if (org.website) lines.push(`URL:${org.website}`);
  if (org.adres) lines.push(`ADR;TYPE=WORK:;;${escapeText(org.adres.straat)};${escapeText(org.adres.plaats)};;${escapeText(org.adres.postcode)};Nederland`);
  if (org.samenvatting) lines.push(`NOTE:${escapeText(org.samenvatting)}`);
  if (org.pagina) lines.push(`SOURCE:${org.pagina}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
