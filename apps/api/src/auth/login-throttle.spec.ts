import { throttleAddress } from './login-throttle';

describe('throttleAddress (decision 0024)', () => {
  it('keeps IPv4 addresses, also mapped into IPv6', () => {
    expect(throttleAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(throttleAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
  });

  it('counts an IPv6 address by its /64, however it is written', () => {
    expect(throttleAddress('2001:db8:85a3:1:8a2e:370:7334:1')).toBe('2001:db8:85a3:1::/64');
    expect(throttleAddress('2001:0db8:85a3:0001:ffff:ffff:ffff:ffff')).toBe('2001:db8:85a3:1::/64');
    expect(throttleAddress('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(throttleAddress('2001:DB8:0:0:1::')).toBe('2001:db8:0:0::/64');
    expect(throttleAddress('::1')).toBe('0:0:0:0::/64');
    expect(throttleAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('leaves anything else as it is', () => {
    expect(throttleAddress('')).toBe('');
    expect(throttleAddress('not-an-address')).toBe('not-an-address');
  });
});
