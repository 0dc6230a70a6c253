import { describe, expect, it } from 'vitest';
import { isDutchPhone, isPostcode, isPrivateEmail, telHref } from './validate.ts';

describe('format checks', () => {
  it('accept Dutch phone numbers in their usual spellings', () => {
    for (const n of ['112', '113', '0800-2000', '0800-0113', '0900-8844', '088-1234567', '053 481 1234', '06-12345678', '+31 53 481 1234'])
      expect(isDutchPhone(n), n).toBe(true);
  });
  it('reject numbers that are not Dutch phone numbers', () => {
    for (const n of ['12', '0800', '12345678', '053-12', 'bel ons', '0031', '+44 20 7946 0958']) expect(isDutchPhone(n), n).toBe(false);
  });
  it('write tel: links with digits only', () => {
    expect(telHref('0800-2000')).toBe('tel:08002000');
    expect(telHref('+31 53 481 1234')).toBe('tel:+31534811234');
  });
  it('accept postcodes like 7511 JE and reject others', () => {
    expect(isPostcode('7511 JE')).toBe(true);
    expect(isPostcode('7511JE')).toBe(true);
    for (const p of ['0511 JE', '7511 je', '751 JE', '7511 SS']) expect(isPostcode(p), p).toBe(false);
  });
  it('recognise private e-mail domains', () => {
    expect(isPrivateEmail('iemand@hotmail.com')).toBe(true);
    expect(isPrivateEmail('info@veiligthuis.nl')).toBe(false);
  });
});
