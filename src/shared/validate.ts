/** Format checks shared by the schemas, the content lint and the tests. Pure functions. */

const DUTCH_PHONE = [
  /^(112|113)$/, // alarm and suicide prevention short numbers
  /^0(800|900|906|909)\d{4,7}$/, // free and paid service numbers
  /^0[1-9]\d{8}$/, // geographic, mobile (06) and 085/088 numbers: ten digits
  /^31[1-9]\d{8}$/, // +31 international form
];

export function phoneDigits(phone: string): string {
  return phone.replace(/^\+/, '').replace(/[\s().-]/g, '');
}

export function isDutchPhone(phone: string): boolean {
  if (!/^\+?[\d\s().-]+$/.test(phone)) return false;
  const digits = phoneDigits(phone);
  return DUTCH_PHONE.some((re) => re.test(digits));
}

/** `tel:` URI: digits only, as ../shared/hulplijnen.md asks. */
export function telHref(phone: string): string {
  const digits = phoneDigits(phone);
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${digits}`;
}

export function isPostcode(value: string): boolean {
  return /^[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}$/.test(value);
}

export const PRIVATE_EMAIL_DOMAINS = [
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.nl',
  'outlook.com',
  'outlook.nl',
  'live.nl',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.nl',
  'icloud.com',
  'me.com',
  'ziggo.nl',
  'kpnmail.nl',
  'planet.nl',
  'home.nl',
  'hetnet.nl',
  'xs4all.nl',
  'casema.nl',
  'upcmail.nl',
  'telfort.nl',
  'chello.nl',
  'quicknet.nl',
  'online.nl',
  'tele2.nl',
  'protonmail.com',
  'proton.me',
];

export function isPrivateEmail(address: string): boolean {
  const domain = address.split('@')[1]?.toLowerCase() ?? '';
  return PRIVATE_EMAIL_DOMAINS.includes(domain);
}

/** A phone number as shown on the page: it never breaks over two lines. */
export function displayPhone(phone: string): string {
  return phone.trim().replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}
